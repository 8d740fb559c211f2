#!/bin/bash
# casedesk-admin init / seed / audit verify on a throwaway cluster.
. "$top_srcdir/tests/lib/tap.sh"
. "$top_srcdir/tests/lib/pg.sh"
pg_start

out=$(admin init 2>&1); ok $? "init applies the migrations on an empty database"
like "$out" "applied 001_core.sql" "init says which migrations it applied"
out=$(admin init 2>&1); ok $? "init is idempotent"
like "$out" "already up to date" "a second init applies nothing"
is "$(psql_su -c 'show jit')" "off" "new sessions run without JIT (052_session_settings)"
n=$(psql_su -c "select count(*) from casedesk.schema_migration where kind = 'migration'")
is "$n" "$(ls "$top_srcdir"/sql/migrations/[0-9][0-9][0-9]_*.sql | grep -vc 000_bootstrap)" "every migration is recorded once"

out=$(admin seed --scale 0.02 2>&1); ok $? "seed loads demo data"
units=$(psql_su -c "select count(*) from casedesk.unit")
ok $([ "$units" -ge 15 ] && echo 0 || echo 1) "seed creates the district's units ($units)"
out=$(admin seed --scale 0.02 2>&1); rc=$?
ok $([ $rc -ne 0 ] && echo 0 || echo 1) "seed refuses a database that already holds data"
like "$out" "already holds data" "and says why"

out=$(admin seed --scale abc 2>&1); rc=$?
is "$rc" "2" "a non-numeric scale is a usage error"

out=$(admin audit verify 2>&1); ok $? "audit verify passes on an untouched database"
like "$out" "chain intact" "audit verify reports the chain intact"

y=$(psql_su -c "select extract(year from current_date)::int")
out=$(admin report briefing --year "$y" 2>&1); ok $? "report briefing prints the year's figures"
like "$out" "Expropriation and resettlement" "the briefing has the speech's first section"
out=$(admin --lang zh report briefing --year "$y" --unit xcb 2>&1); ok $? "a unit's briefing in Chinese"
like "$out" "新城街道办${y}年度" "titled with the unit and year in Chinese"
out=$(admin report briefing --year "$y" --unit nosuch 2>&1); rc=$?
is "$rc" "1" "an unknown unit code is refused"
is "$(admin report briefing --year "$y" --unit nosuch 2>/dev/null | wc -c)" "0" "with no partial output"
out=$(admin export cases --kind violation --from "$y-01-01" --to "$y-12-31" --bom 2>&1); ok $? "export cases writes a CSV ledger"
is "$(printf '%s' "$out" | head -c 3 | od -An -tx1 | tr -d ' ')" "efbbbf" "--bom starts the file with a UTF-8 byte-order mark"
out=$(admin escalate 2>&1); ok $? "escalate runs"
out=$(admin escalate 2>&1); like "$out" "issued 0 cards" "a second escalate issues nothing"
# the host's timer runs `escalate`: it is today's run, so the first session
# of the day does not run it again (1.3 s with nothing left at scale 200)
is "$(psql_su -c "select last_escalated_on = casedesk.today() from casedesk.task_setting")" "t" \
    "escalate records today's run (a session's task_escalate_daily then returns at once)"

out=$(admin frobnicate 2>&1); rc=$?
is "$rc" "2" "an unknown verb exits 2"
like "$out" "unknown verb" "and names the problem"

out=$(PGDATABASE=nosuchdb admin init 2>&1); rc=$?
ok $([ $rc -ne 0 ] && echo 0 || echo 1) "a missing database is an error"
like "$out" "does not exist" "with a sentence saying so"

out=$(admin --version); like "$out" "^casedesk-admin [0-9]" "--version prints the version"
done_testing
