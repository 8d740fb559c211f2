#!/bin/bash
# tests/deploy/failover_async.sh — what asynchronous replication can lose,
# shown exactly: a primary and a standby streaming asynchronously (no
# synchronous_standby_names).  The walsender is frozen (SIGSTOP), so the
# standby falls behind; saves are confirmed on the primary meanwhile; the
# primary dies (-m immediate) and the standby is promoted.  The confirmed
# saves are gone, and so are their audit rows: the chain on the promoted
# server ends at the head the standby had, `casedesk-admin audit verify`
# still passes there (it cannot know what never arrived), and only the head
# recorded on the old primary (id and hash) shows the gap.  failover.sh is
# the same with synchronous_standby_names: nothing confirmed is lost.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/lib/sessions.sh"
. "$top_srcdir/tests/deploy/standby_lib.sh"

pg_cluster 0.02
echo "stf2 办事员丙 wlz staff" | fixture_admin_users
e2e_home failover-async
standby_setup
# Durable on the primary itself (the harness turns that off for speed): what
# is lost below is lost to asynchronous replication alone.
echo "synchronous_commit = on" | pg_as_owner tee -a "$P/data/postgresql.conf" >/dev/null
ctl "$P" reload
is "$(psql_su -c "SHOW synchronous_commit")" on "commits wait for the primary's own disk"
is "$(sync_state)" async "the standby streams asynchronously"
V=$(psql_su -c "SELECT v.id FROM casedesk.village v JOIN casedesk.unit u ON u.id = v.unit_id
                WHERE u.code = 'wlz' ORDER BY v.id LIMIT 1")
# (writers only stage audit rows; the head is the chain once sealed, which a
# standby in recovery cannot do — it shows what its primary had sealed)
audit_head() {
    "$@" psql_su -c "SELECT CASE WHEN pg_is_in_recovery() THEN 0 ELSE casedesk.audit_seal() END" >/dev/null
    "$@" psql_su -c "SELECT id || ' ' || encode(hash, 'hex') FROM casedesk.audit_log ORDER BY id DESC LIMIT 1"
}
for _ in $(seq 100); do
    [ "$(psql_su -c "SELECT replay_lsn = pg_current_wal_lsn() FROM pg_stat_replication")" = t ] && break
    sleep 0.05
done
head0=$(audit_head)
is "$(audit_head on_sb)" "$head0" "the standby has caught up: the same audit head on both"

# --- the standby falls behind; saves are confirmed on the primary ------------
walsender=$(psql_su -c "SELECT pid FROM pg_stat_replication WHERE application_name = 'standby1'")
kill -STOP "$walsender" || { echo "Bail out! cannot stop the walsender"; exit 99; }
ids=()
for i in 1 2 3 4 5; do
    id=$(psql_as stf2 -c "SELECT casedesk.case_create_violation($V, 'land', 'report', casedesk.today(), '异步$i')") &&
        ids+=("$id")
done
is "${#ids[@]}" 5 "five saves are confirmed on the primary while the standby is behind"
head1=$(audit_head)
ok $([ "${head1%% *}" -gt "${head0%% *}" ]; echo $?) "their audit rows extend the chain on the primary (${head0%% *} → ${head1%% *})"

# --- the primary dies, the standby is promoted -------------------------------
ctl "$P" -m immediate stop            # the frozen walsender is killed after 5 s
kill -CONT "$walsender" 2>/dev/null
ctl "$S" -w promote || { echo "Bail out! promote failed: $(tail -n 5 "$S/server.log")"; exit 99; }
is "$(on_sb psql_su -c "SELECT pg_is_in_recovery()")" f "the standby is the primary now"
list=$(IFS=,; echo "${ids[*]}")
is "$(on_sb psql_su -c "SELECT count(*) FROM casedesk.case_file WHERE id IN ($list)")" 0 \
    "asynchronous: all 5 confirmed saves are lost in the failover"
is "$(audit_head on_sb)" "$head0" "the chain on the promoted server ends where the standby was"
out=$(PGHOST=$S/sock admin audit verify 2>&1); rc=$?
ok $rc "casedesk-admin audit verify still passes there (it cannot see what never arrived)"
[ $rc = 0 ] || diag "$out"
is "$(on_sb psql_su -c "SELECT count(*) FROM casedesk.audit_log WHERE id = ${head1%% *}")" 0 \
    "the head recorded on the old primary (id ${head1%% *}) is missing: that record shows the gap"
diag "lost: audit rows $(( ${head0%% *} + 1 ))..${head1%% *}, cases ${list}"
done_testing
