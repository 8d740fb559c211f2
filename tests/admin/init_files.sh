#!/bin/bash
# casedesk-admin init and the two kinds of SQL file (README, HACKING):
# migrations run once and are checked by sha256, functions files are re-run
# when they change, and a database of the old layout is refused in a sentence.
. "$top_srcdir/tests/lib/tap.sh"
. "$top_srcdir/tests/lib/pg.sh"
pg_start

# A private copy of the SQL, to change files the way a developer would.
mkdir -p "$PG_TMP/sql"
cp -r "$top_srcdir/sql/migrations" "$top_srcdir/sql/functions" "$PG_TMP/sql/"
chmod -R u+w "$PG_TMP/sql"
export CASEDESK_SQLDIR="$PG_TMP/sql"
nfun=$(ls "$PG_TMP"/sql/functions/[0-9][0-9][0-9]_*.sql | wc -l)
sha() { sha256sum "$1" | cut -d' ' -f1; }

out=$(admin init 2>&1); ok $? "init builds the schema from migrations and functions files"
like "$out" "applied functions/001_core.sql" "and says which functions files it applied"
is "$(psql_su -c "select count(*) from casedesk.schema_migration where kind = 'functions'")" "$nfun" \
    "every functions file is recorded once"
is "$(psql_su -c "select sha256 from casedesk.schema_migration where version = '001_core.sql'")" \
    "$(sha "$PG_TMP/sql/migrations/001_core.sql")" "a migration is recorded with the sha256 of its file"
is "$(psql_su -c "select sha256 from casedesk.schema_migration where version = 'functions/010_cases.sql'")" \
    "$(sha "$PG_TMP/sql/functions/010_cases.sql")" "a functions file is recorded with the sha256 of its file"
is "$(psql_su -c "select count(*) from pg_proc where pronamespace = 'casedesk'::regnamespace
                    and proname in ('task_escalate', 'unit_actuals', 'discipline_auto_flag_inaction')")" "3" \
    "each folded function exists once"

# A changed functions file is re-run, alone.
cat >>"$PG_TMP/sql/functions/055_targets.sql" <<'SQL'

CREATE OR REPLACE VIEW casedesk.zz_probe WITH (security_invoker = true) AS SELECT 1 AS x;
SQL
out=$(admin init 2>&1); ok $? "init after a functions file changed"
like "$out" "applied functions/055_targets.sql" "re-runs the changed functions file"
is "$(printf '%s\n' "$out" | grep -c '^applied')" "1" "and nothing else"
is "$(psql_su -c 'select x from casedesk.zz_probe')" "1" "what the changed file defines is there"
is "$(psql_su -c "select sha256 from casedesk.schema_migration where version = 'functions/055_targets.sql'")" \
    "$(sha "$PG_TMP/sql/functions/055_targets.sql")" "with its new sha256 recorded"
out=$(admin init 2>&1); like "$out" "already up to date" "a second init re-runs nothing"

# A new migration: applied, then every functions file again (a migration
# may drop what they define).
dump() { "$PG_BIN/pg_dump" --schema-only --schema=casedesk --exclude-table=casedesk.zz_probe_table casedesk |
         grep -v '^\\\(un\)\?restrict '; }
dump >"$PG_TMP/before.sql"
cat >"$PG_TMP/sql/migrations/900_probe.sql" <<'SQL'
CREATE TABLE casedesk.zz_probe_table (id integer PRIMARY KEY);
SQL
out=$(admin init 2>&1); ok $? "init with a new migration"
like "$out" "applied 900_probe.sql" "applies the new migration"
is "$(printf '%s\n' "$out" | grep -c '^applied functions/')" "$nfun" "then re-runs every functions file"
dump >"$PG_TMP/after.sql"
diff "$PG_TMP/before.sql" "$PG_TMP/after.sql" >"$PG_TMP/rerun.diff"
ok $? "re-running every functions file leaves the schema as it was (owners and grants included)"
[ -s "$PG_TMP/rerun.diff" ] && diag "$(head -n 20 "$PG_TMP/rerun.diff")"

# An applied migration is never edited.
echo "-- an afterthought" >>"$PG_TMP/sql/migrations/021_tasks.sql"
out=$(admin init 2>&1); rc=$?
is "$rc" "1" "init refuses a migration changed after it was applied"
like "$out" "021_tasks.sql has changed since it was applied" "naming the file"
like "$out" "put the change in a new migration" "and saying what to do instead"
is "$(printf '%s\n' "$out" | wc -l)" "1" "in one line"

# A database initialised by the old layout (no checksums): one sentence.
"$PG_BIN/createdb" -U "$PG_OWNER" oldlayout
psql_su -d oldlayout -c "CREATE SCHEMA casedesk;
    CREATE TABLE casedesk.schema_migration (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now());
    INSERT INTO casedesk.schema_migration (version) VALUES ('001_core.sql'), ('055_totals.sql');" >/dev/null
out=$(PGDATABASE=oldlayout admin init 2>&1); rc=$?
is "$rc" "1" "init refuses a database of the old layout"
like "$out" "cannot be upgraded: drop it, create it again and run init" "and says to recreate it"
is "$(printf '%s\n' "$out" | wc -l)" "1" "in one line"
done_testing
