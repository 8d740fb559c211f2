#!/bin/bash
# tests/deploy/report_standby.sh — reports from a replica: with
# `report_conninfo` in casedesk.conf (the standby first, then the primary,
# target_session_attrs=prefer-standby) the progress screen reads its figures
# on the standby, as the same role, while the session itself (writes, live
# screens, discipline reads) stays on the primary.  With WAL replay paused
# (pg_wal_replay_pause) a target changed on the primary is not yet in the
# figures and the screen says how old they are; resumed, they catch up and
# the note goes; with the standby stopped the figures come from the primary.
# Exports (casedesk-admin export with the report conninfo) run on the
# standby, read-only, and fall back the same way.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/lib/sessions.sh"
. "$top_srcdir/tests/deploy/standby_lib.sh"

pg_cluster 0.02
fixture_admin_users <<'USERS'
sup1 督查员甲 dcs supervisor
stf1 巡查员乙 wlz staff
USERS
e2e_home report
standby_setup
YEAR=$(psql_su -c "SELECT extract(year FROM current_date)::int")
TODAY=$(psql_su -c "SELECT casedesk.today()")
V=$(psql_su -c "SELECT v.id FROM casedesk.village v JOIN casedesk.unit u ON u.id = v.unit_id
                WHERE u.code = 'wlz' ORDER BY v.id LIMIT 1")
REPORT="host=$S/sock,$P/sock port=$PGPORT,$PGPORT dbname=casedesk target_session_attrs=prefer-standby"
# Exports: casedesk-admin, given the report conninfo, as sup1.
export_on() { PGUSER=sup1 admin -d "$1" export cases --kind violation --from "$TODAY" --to "$TODAY"; }

cat >"$E2E_HOME/casedesk.conf" <<CONF
# reports from the standby, the primary when it is away
report_conninfo = host=$S/sock,$P/sock port=$PGPORT,$PGPORT dbname=casedesk target_session_attrs=prefer-standby connect_timeout=3
CONF
rep_session() {  # NAME LOGIN: as session (tests/lib/sessions.sh), with the config above
    local name=$1 login=$2 cmd
    mkdir -p "$E2E_HOME/$login"; chmod 777 "$E2E_HOME/$login"
    cmd="env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=screen-256color HOME=$E2E_HOME/$login"
    cmd="$cmd CASEDESK_CONFIG=$E2E_HOME/casedesk.conf PGHOST=$P/sock PGPORT=$PGPORT PGDATABASE=casedesk"
    cmd="$cmd PGUSER=$login $CASEDESK --log=$E2E_HOME/$name.log; echo \$? >$E2E_HOME/status-$name"
    tmux_start -x 132 -y 43 -- sleep 86400; _TMUX_STARTED=1
    tmux_cmd new-session -d -s "$name" -x 132 -y 43 "$cmd" || return 1
    TMUX_TARGET=$name
}
# who SOCKET-DIR APP: the role of each casedesk connection named APP there
who() { PGHOST=$1 psql_su -c "SELECT string_agg(usename, ',') FROM pg_stat_activity WHERE application_name = '$2'"; }

rep_session sup sup1
wait_for "Welcome" 10; ok $? "casedesk starts with report_conninfo set"
tmux_send "$(screen_key Progress)"; wait_for "sorted by Unit" 10; ok $? "the progress screen opens"
is "$(who $S/sock casedesk-report)" sup1 "its figures are read on the standby, as sup1"
is "$(who $S/sock casedesk)" "" "the session itself is not on the standby"
is "$(who $P/sock casedesk)" sup1 "it stays on the primary"
is "$(who $P/sock casedesk-report)" "" "and the primary has no report connection"

# --- the standby lags: replay paused, a target changed on the primary -------
# The unit on the first row of the screen, whose households target changes.
uname=$(tmux_screen | sed -n 5p | awk '{print $1}')
ucode=$(psql_su -c "SELECT code FROM casedesk.unit WHERE name = '$uname'")
ok $([ -n "$ucode" ]; echo $?) "the first row is unit $uname ($ucode)"
on_sb psql_su -c "SELECT pg_wal_replay_pause()" >/dev/null
admin target set --year "$YEAR" --unit "$ucode" --metric households_expropriated --value 987654 >/dev/null ||
    { echo "Bail out! target set failed"; exit 99; }
psql_su -c "SELECT 1 FROM casedesk.target WHERE target_value = 987654" | grep -q 1; ok $? "the primary has the new target"
psql_as stf1 -c "SELECT casedesk.case_create_violation($V, 'land', 'report', casedesk.today(), '导出新户')" >/dev/null
out=$(export_on "$REPORT" 2>&1); rc=$?
ok $rc "casedesk-admin export runs on the standby (read-only) with the report conninfo"
[ $rc = 0 ] || diag "$out"
ok $(! grep -qF "导出新户" <<<"$out"; echo $?) "its export has the standby's rows (the new case is not there yet)"
ok $(export_on "host=$P/sock port=$PGPORT dbname=casedesk" | grep -qF "导出新户"; echo $?) "the primary's export has it"
sleep 3
lag_diag() {  # what the standby and casedesk said, when the note is missing
    diag "standby: $(on_sb psql_su -c "SELECT pg_is_in_recovery(), pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn(),
                                        pg_last_xact_replay_timestamp(), now(), pg_get_wal_replay_pause_state()" 2>&1)"
    diag "casedesk log: $(tail -n 8 "$E2E_HOME/sup.log" | tr '\n' ' ')"
    diag "screen: $(tmux_screen | tail -n 3 | tr -s ' ' | tr '\n' '|')"
}
tmux_send r
# A key typed while casedesk waits on the server is dropped on purpose (it
# was typed at the waiting screen); one more r is what a user would do.
wait_for "Figures from the report server as of" 10 || { lag_diag; tmux_send r; wait_for "Figures from the report server as of" 10; }
ok $? "with replay paused the screen says how old its figures are"
like "$(tmux_screen)" "s behind the primary" "and by how many seconds"
refute_screen -F "987654" "the figures are the standby's (the new target is not there yet)"
is "$(who $P/sock casedesk)" sup1 "the session is still on the primary meanwhile"

on_sb psql_su -c "SELECT pg_wal_replay_resume()" >/dev/null
for _ in $(seq 100); do
    [ "$(on_sb psql_su -c "SELECT pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn()")" = t ] && break
    sleep 0.05
done
tmux_send r
wait_for "987654" 10; ok $? "replay resumed: the new target is in the figures"
wait_gone "behind the primary" 5; ok $? "and the note is gone"
ok $(export_on "$REPORT" | grep -qF "导出新户"; echo $?) "and the standby's export has the new case"

# --- the standby goes away: figures from the primary ------------------------
ctl "$S" -m fast stop
tmux_send r
wait_for "987654" 10; ok $? "standby stopped: the progress screen still shows its figures"
refute_screen -F "report server" "with no note about the report server"
is "$(who $P/sock casedesk-report)" sup1 "the report connection moved to the primary (prefer-standby)"
ok $(export_on "$REPORT" | grep -qF "导出新户"; echo $?) "exports with the report conninfo fall back to the primary too"
tmux_send F10; tmux_settle
done_testing
