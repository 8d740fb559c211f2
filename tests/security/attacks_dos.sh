#!/bin/bash
# One user cannot stop the others (issue 11, class 5), attacked as real logins:
#  - LOCK TABLE in SHARE mode or stronger on any table or view, by every role;
#  - a statement, a lock wait or an open transaction that outlives the limits
#    after the session SET them to 0 or ALTERed its own role;
#  - every connection slot taken by one login;
#  - a note of a megabyte.
. "$top_srcdir/tests/security/lib.sh"
sec_users
ID_STAFF3=$(fixture_user sec_staff3 孙五 xcb staff)
WD=
cleanup() { [ -n "$WD" ] && kill "$WD" 2>/dev/null; wait 2>/dev/null; pg_stop; }
trap cleanup EXIT

XCB_V=$(psql_su -c "INSERT INTO casedesk.village (unit_id, name) SELECT id, '大桥路社区' FROM casedesk.unit
                    WHERE code = 'xcb' RETURNING id")
new_case() { psql_as sec_staff -c "SELECT casedesk.case_create_violation($XCB_V, 'land', 'report', current_date, '$1')"; }
C=$(new_case 张三)
limit() { psql_su -c "UPDATE casedesk.session_limit SET value = $2 WHERE key = '$1'"; }
now_ms() { date +%s%3N; }
S=${CASEDESK_TEST_SLOWDOWN:-1}

# --- LOCK TABLE ----------------------------------------------------------------
# Every mode from SHARE up blocks writers; ACCESS EXCLUSIVE blocks readers too.
# Each lock is taken inside a subtransaction that is rolled back at once.
lock_probe='DO $$
DECLARE t text; m text; refused int := 0; got text := repeat($q$x$q$, 0);
BEGIN
  FOR t IN SELECT relname FROM pg_class WHERE relnamespace = $q$casedesk$q$::regnamespace
             AND relkind IN ($q$r$q$, $q$p$q$, $q$v$q$) ORDER BY 1 LOOP
    FOREACH m IN ARRAY ARRAY[$q$SHARE$q$, $q$SHARE ROW EXCLUSIVE$q$, $q$EXCLUSIVE$q$, $q$ACCESS EXCLUSIVE$q$] LOOP
      BEGIN
        EXECUTE format($q$LOCK TABLE casedesk.%I IN %s MODE NOWAIT$q$, t, m);
        got := got || t || $q$:$q$ || m || $q$ $q$;
        RAISE EXCEPTION USING ERRCODE = $q$P0009$q$;
      EXCEPTION WHEN insufficient_privilege THEN refused := refused + 1;
                WHEN SQLSTATE $q$P0009$q$ THEN NULL;
      END;
    END LOOP;
  END LOOP;
  RAISE NOTICE $q$refused=% got=%$q$, refused, got;
END $$'
for login in $SEC_ROLES sec_staff3; do
    out=$(psql_as "$login" -c "$lock_probe" 2>&1)
    refused=$(sed -n 's/.*refused=\([0-9]*\).*/\1/p' <<<"$out")
    got=$(sed -n 's/.* got=\(.*\)$/\1/p' <<<"$out" | sed 's/ *$//')
    like "$out" "refused=[1-9]" "$login: the lock probe ran (${refused:-0} attempts refused)"
    is "$got" "" "$login cannot LOCK any casedesk table or view in SHARE mode or stronger"
done
is "$(psql_su -c "SELECT c.relname || ':' || g.rolname || ':' || a.privilege_type
      FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) a JOIN pg_roles g ON g.oid = a.grantee
     WHERE c.relnamespace = 'casedesk'::regnamespace AND a.privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE')
       AND g.rolname NOT IN ('casedesk_owner') ORDER BY 1")" "" \
    "no role but the owner holds table-level UPDATE, DELETE or TRUNCATE (column UPDATE does not allow LOCK)"

# Deleting stays possible where the rules allow it, through row_delete.
denied sec_staff "DELETE FROM casedesk.case_file WHERE id = $C" "a direct DELETE is refused"
fails_like "no such row that you may delete" "staff of another unit cannot delete the case" -- \
    psql_as sec_staff2 -c "SELECT casedesk.row_delete('case_file', $C)"
fails_like "no such row that you may delete" "a supervisor cannot delete a case" -- \
    psql_as sec_sup -c "SELECT casedesk.row_delete('case_file', $C)"
fails_like "no such row that you may delete" "a missing case gets the same sentence" -- \
    psql_as sec_staff -c "SELECT casedesk.row_delete('case_file', 999999999)"
fails_like "cannot be deleted" "rows of other kinds cannot be deleted at all" -- \
    psql_as sec_adm -c "SELECT casedesk.row_delete('official', $ID_STAFF2)"
D=$(new_case 李四)
psql_as sec_staff -c "SELECT casedesk.row_delete('case_file', $D)" >/dev/null
is "$(psql_su -c "SELECT count(*) FROM casedesk.case_file WHERE id = $D")" "0" \
    "the clerk deletes a case registered by mistake"
pg_seal
is "$(psql_su -c "SELECT count(*) FROM casedesk.audit_log WHERE table_name = 'case_file' AND op = 'DELETE'
                   AND login = 'sec_staff'")" "1" "and the deletion is audited under the clerk's login"

# --- connection slots ------------------------------------------------------------
for i in 1 2 3 4; do psql_as sec_sup -c "SELECT pg_sleep(8)" >/dev/null 2>&1 & done
for _ in $(seq 100); do
    [ "$(psql_su -c "SELECT count(*) FROM pg_stat_activity WHERE usename = 'sec_sup'")" = 4 ] && break
    sleep 0.1
done
fails_like "too many connections" "a fifth connection of one login is refused (limit 4)" -- \
    psql_as sec_sup -c "SELECT 1"
ok "$([ "$(psql_as sec_staff -c 'SELECT 1' 2>&1)" = 1 ]; echo $?)" "while another login still connects"
fails_like "permission denied|must have|privilege" "a login cannot raise its own connection limit" -- \
    psql_as sec_staff -c "ALTER ROLE sec_staff CONNECTION LIMIT -1"
is "$(psql_su -c "SELECT count(*) FROM pg_roles r JOIN casedesk.official o ON o.login = r.rolname
                   WHERE r.rolconnlimit NOT BETWEEN 1 AND 4")" "0" "every login has a connection limit"
wait

# --- limits that hold whatever the session sets -------------------------------------
limit statement 2; limit lock_wait 8; limit idle_in_transaction 2
admin watchdog --interval 0.3 >"$PG_TMP/watchdog.log" 2>&1 &
WD=$!

t0=$(now_ms)
fails_like "cancel" "a statement after SET statement_timeout = 0 is cancelled by the watchdog" -- \
    psql_as sec_staff -c "SET statement_timeout = 0" -c "SELECT pg_sleep(60)"
el=$(( $(now_ms) - t0 ))
ok "$([ $el -lt $((6000 * S)) ]; echo $?)" "within the 2 s limit and a sweep (${el} ms)"

psql_as sec_staff2 -c "ALTER ROLE sec_staff2 SET statement_timeout = 0" >/dev/null 2>&1
t0=$(now_ms)
fails_like "cancel" "so is one after the login ALTERed its own role's timeout" -- \
    psql_as sec_staff2 -c "SELECT pg_sleep(60)"
el=$(( $(now_ms) - t0 ))
ok "$([ $el -lt $((6000 * S)) ]; echo $?)" "also within the limit (${el} ms)"
psql_su -c "ALTER ROLE sec_staff2 SET statement_timeout = '60s'" >/dev/null

# An open transaction holding a row lock, its own idle timeout switched off.
limit statement 20
{ echo "SET idle_in_transaction_session_timeout = 0;"
  echo "BEGIN; SELECT id FROM casedesk.case_file WHERE id = $C FOR UPDATE;"; sleep 30; echo "COMMIT;"; } |
    psql_as sec_staff >/dev/null 2>&1 &
for _ in $(seq 100); do
    [ "$(psql_su -c "SELECT count(*) FROM pg_stat_activity WHERE usename = 'sec_staff' AND state LIKE 'idle in transaction%'")" = 1 ] && break
    sleep 0.1
done
t0=$(now_ms)
out=$(psql_as sec_staff3 -c "SET lock_timeout = 0" -c "UPDATE casedesk.case_file SET note = '我的' WHERE id = $C" 2>&1)
el=$(( $(now_ms) - t0 ))
is "$out" "" "a colleague's save waits for the forgotten transaction, then goes through"
is "$(psql_su -c "SELECT note FROM casedesk.case_file WHERE id = $C")" "我的" "and is in the row"
ok "$([ $el -lt $((8000 * S)) ]; echo $?)" "the forgotten transaction was ended after the 2 s idle limit (${el} ms)"

# A lock wait beyond the limit, lock_timeout off, behind the installer's lock
# (the watchdog never touches the installer's own sessions).
limit lock_wait 2
{ echo "BEGIN; SELECT id FROM casedesk.case_file WHERE id = $C FOR UPDATE;"; sleep 12; echo "COMMIT;"; } |
    psql_su >/dev/null 2>&1 &
HOLDER=$!
sleep 0.5
t0=$(now_ms)
fails_like "cancel" "a lock wait with lock_timeout = 0 is cancelled by the watchdog" -- \
    psql_as sec_staff3 -c "SET lock_timeout = 0" -c "UPDATE casedesk.case_file SET note = 'x' WHERE id = $C"
el=$(( $(now_ms) - t0 ))
ok "$([ $el -lt $((7000 * S)) ]; echo $?)" "after the 2 s lock-wait limit (${el} ms)"
kill "$HOLDER" 2>/dev/null
psql_su -c "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid()
             AND state LIKE 'idle in transaction%'" >/dev/null
like "$(cat "$PG_TMP/watchdog.log")" "ended session [0-9]+ of sec_staff: idle in a transaction" \
    "the watchdog logs whom it ended and why"
like "$(cat "$PG_TMP/watchdog.log")" "cancelled session [0-9]+ of sec_staff3: waiting for a lock" \
    "and whose statement it cancelled"
fails_like "permission denied" "no login may run the watchdog's sweep itself" -- \
    psql_as sec_adm -c "SELECT * FROM casedesk.watchdog_sweep()"
fails_like "permission denied" "nor raise the limits" -- \
    psql_as sec_adm -c "UPDATE casedesk.session_limit SET value = 100000"

# --- bounded text --------------------------------------------------------------------
is "$(psql_su -c "SELECT c.relname || '.' || a.attname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
     WHERE c.relnamespace = 'casedesk'::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition
       AND a.attnum > 0 AND NOT a.attisdropped AND a.atttypid = 'text'::regtype
       AND c.relname NOT IN ('audit_log', 'discipline_audit', 'audit_chain_head', 'audit_pending', 'schema_migration',
                             'case_counter', 'unit_day_total', 'task_open_total', 'task_card_total',
                             'task_seen')   -- derived: copies of task's and task_card's bounded codes
       AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conrelid = c.oid AND k.contype = 'c'
                        AND k.conkey = ARRAY[a.attnum] AND pg_get_constraintdef(k.oid) ~ 'length\\(')
     ORDER BY 1")" "" "every text column people write has a length bound"
fails_like "case_note_length" "a megabyte note is refused" -- \
    psql_as sec_staff -c "UPDATE casedesk.case_file SET note = repeat('字', 1000000) WHERE id = $C"
fails_like "case_note_length" "so is a note of 4,001 characters" -- \
    psql_as sec_staff -c "UPDATE casedesk.case_file SET note = repeat('字', 4001) WHERE id = $C"
is "$(psql_as sec_staff -c "UPDATE casedesk.case_file SET note = repeat('字', 4000) WHERE id = $C" 2>&1)" "" \
    "a note of 4,000 characters is accepted"
is "$(psql_su -c "SELECT char_length(note) FROM casedesk.case_file WHERE id = $C")" "4000" "and kept whole"
fails_like "party_name_size|at most [0-9]+ characters" "a 1,000-character party name is refused, through the workflow function too" -- \
    psql_as sec_staff -c "SELECT casedesk.case_create_violation($XCB_V, 'land', 'report', current_date, repeat('名', 1000))"
fails_like "content of the petition must be at most 4000 characters" "a megabyte petition is refused in one sentence" -- \
    psql_as sec_staff -c "SELECT casedesk.case_create_petition($XCB_V, 'visit', current_date, '王五', NULL, NULL, NULL,
                                                               '拆迁', repeat('字', 1000000))"

done_testing
