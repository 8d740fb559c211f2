#!/bin/bash
# tests/deploy/failover.sh — a primary and a streaming standby (initdb,
# pg_basebackup -R, each on a Unix socket in its own directory, synchronous
# replication: synchronous_commit = on, synchronous_standby_names), casedesk
# sessions of three people connected with one multi-host conninfo
# (host=PRIMARY,STANDBY target_session_attrs=read-write).  The primary is
# stopped with -m immediate while saves are being confirmed; a few seconds
# later the standby is promoted (pg_ctl promote).  Proves: every session
# says it is reconnecting, none settles on the read-only standby, each is
# connected and live again within 2 s of the promote (measured), the typed
# form is kept and its save lands exactly once, a change made during the
# switch is on the screens (reloaded) and one made after it arrives without
# a key (LISTEN again), no confirmed save is lost, and `casedesk-admin
# audit verify` passes on the promoted server, continuing the chain's head
# taken on the old primary.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/faults/term_lib.sh"
. "$top_srcdir/tests/deploy/standby_lib.sh"
SLOW=${CASEDESK_TEST_SLOWDOWN:-1}

# --- the primary: the seeded template, three people -------------------------
pg_cluster 0.02
fixture_admin_users <<'USERS'
stf1 巡查员乙 wlz staff
stf2 办事员丙 wlz staff
sup1 督查员甲 dcs supervisor
USERS
e2e_home failover
standby_setup sync
is "$(sync_state)" sync \
    "the standby streams from the primary, synchronously"
is "$(on_sb psql_su -c "SELECT pg_is_in_recovery()")" t "the standby is read-only (in recovery)"

# --- casedesk with the multi-host conninfo ----------------------------------
CONNINFO="host=$P/sock,$S/sock port=$PGPORT,$PGPORT dbname=casedesk target_session_attrs=read-write"
ha_session() {  # NAME LOGIN: as session (tests/lib/sessions.sh), -d CONNINFO
    local name=$1 login=$2 cmd
    mkdir -p "$E2E_HOME/$login"; chmod 777 "$E2E_HOME/$login"
    cmd="env -u PGHOST -u PGPORT LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=screen-256color HOME=$E2E_HOME/$login"
    cmd="$cmd CASEDESK_CONFIG=/nonexistent PGUSER=$login $CASEDESK --log=$E2E_HOME/$name.log"
    cmd="$cmd '--dbname=$CONNINFO'; echo \$? >$E2E_HOME/status-$name"
    if [ -z "$_TMUX_STARTED" ]; then tmux_start -x 80 -y 24 -- sleep 86400; _TMUX_STARTED=1; fi
    tmux_cmd new-session -d -s "$name" -x 80 -y 24 "$cmd" || return 1
    TMUX_TARGET=$name
}
connected_now() { tmux_cmd capture-pane -p -t "$1" | head -n 1 | grep -qF " connected │"; }
open_cases() { tmux_send "$(screen_key Cases)"; wait_for "Showing:" 5; }

CASENO=$(term_case_no)
note() { "$@" psql_su -c "SELECT coalesce(note, '') FROM casedesk.case_file WHERE case_no = '$CASENO'"; }
V=$(psql_su -c "SELECT v.id FROM casedesk.village v JOIN casedesk.unit u ON u.id = v.unit_id
                WHERE u.code = 'wlz' ORDER BY v.id LIMIT 1")
new_case() { psql_as stf2 -c "SELECT casedesk.case_create_violation($V, 'land', 'report', casedesk.today(), '$1')" >/dev/null; }

ha_session clerk1 stf1; wait_for "Welcome" 10; ok $? "stf1's casedesk starts on the multi-host conninfo"
term_open_case clerk1 "$CASENO"; term_field_at 3 "Note"; tmux_type "已存"
tmux_send C-s; wait_for "Saved." 10; ok $? "a save on the primary is confirmed"
term_field_at 3 "Note"; tmux_type "切换前"
ha_session clerk2 stf2; wait_for "Welcome" 10; open_cases; ok $? "stf2 has the case list open"
ha_session super sup1; wait_for "Welcome" 10; open_cases; ok $? "sup1 has the case list open"
note0=$(note)

# The chain's head on the primary now: the new primary must continue it.
# (writers only stage audit rows; the head is the chain once sealed, which a
# standby in recovery cannot do — it shows what its primary had sealed)
audit_head() {
    "$@" psql_su -c "SELECT CASE WHEN pg_is_in_recovery() THEN 0 ELSE casedesk.audit_seal() END" >/dev/null
    "$@" psql_su -c "SELECT id || ' ' || encode(hash, 'hex') FROM casedesk.audit_log ORDER BY id DESC LIMIT 1"
}
head0=$(audit_head)

# --- saves confirmed one after another while the primary dies --------------
# Each line psql prints is a case whose creation was committed (and, with
# synchronous replication, received by the standby) before it was printed.
{ i=0; while :; do i=$((i + 1)); echo "SELECT casedesk.case_create_violation($V, 'land', 'report', casedesk.today(), '确认$i');"; sleep 0.02; done; } |
    psql_as stf2 >"$E2E_HOME/confirmed" 2>/dev/null &
writer=$!
sleep 1.5
ctl "$P" -m immediate stop
t_down=$(now_ms)
wait "$writer" 2>/dev/null
kill "$writer" 2>/dev/null
nconf=$(grep -c . "$E2E_HOME/confirmed")
diag "saves confirmed before the primary went down: $nconf"
ok $([ "$nconf" -gt 5 ]; echo $?) "saves were being confirmed when the primary went down ($nconf)"

for s in clerk1 clerk2 super; do
    on $s; wait_for "reconnecting…" 10; ok $? "session $s: the header says reconnecting"
done
on clerk1; like "$(tmux_screen)" "切换前" "the typed form is kept while the database is away"
tmux_send C-s; sleep 1
refute_screen -F "Saved." "a save tried while no primary is there is not reported as saved"
like "$(tmux_screen)" "切换前" "and the form is still there"
# The standby accepts connections but is read-only: nobody settles there.
n0=$(grep -c "connection authorized" "$S/server.log")
sleep $((4 * SLOW))
tries=$(( $(grep -c "connection authorized" "$S/server.log") - n0 ))
diag "connections the three sessions made to the read-only standby in $((4 * SLOW)) s: $tries"
# Each refusal costs the standby a backend: after one, a session waits
# (250 ms, doubling to 600 ms) instead of trying every 200 ms (53 seen).
ok $([ $((2 * tries)) -le $((3 * 5 * 4 * SLOW)) ]; echo $?) "while it is read-only the sessions try it at most 2.5 times a second each ($tries)"
for s in clerk1 clerk2 super; do
    ok $(! connected_now $s; echo $?) "session $s does not settle on the read-only standby"
done

# --- promote: every session is live again within 2 s ------------------------
t_promote=$(now_ms)
pg_as_owner "$PG_BIN/pg_ctl" -D "$S/data" promote >/dev/null 2>&1 &
promoter=$!
# A change on the new primary at once, while the sessions are still away:
# its notification reaches nobody, the screens' reload must show it.
until [ "$(on_sb psql_su -c "SELECT pg_is_in_recovery()" 2>/dev/null)" = f ]; do sleep 0.01; done
t_writable=$(now_ms)
on_sb new_case "切换中户" || diag "the case could not be made on the new primary"
declare -A t_live
for _ in $(seq 1000); do
    for s in clerk1 clerk2 super; do
        [ -z "${t_live[$s]:-}" ] && connected_now $s && t_live[$s]=$(now_ms)
    done
    [ ${#t_live[@]} = 3 ] && break
    sleep 0.01
done
wait "$promoter"
worst=0
for s in clerk1 clerk2 super; do
    ms=$(( ${t_live[$s]:-99999999999999} - t_promote ))
    [ "$ms" -gt "$worst" ] && worst=$ms
    diag "promote → session $s connected: $ms ms"
done
diag "promote → server writable: $((t_writable - t_promote)) ms; down → promote: $((t_promote - t_down)) ms"
diag "promote → all sessions connected and live again: $worst ms"
ok $([ ${#t_live[@]} = 3 ]; echo $?) "every session reconnects to the new primary by itself"
# 2 s is the target; under AddressSanitizer (CASEDESK_TEST_SLOWDOWN=4) a
# second per unit of slowdown.
limit=2000; [ "$SLOW" -gt 2 ] && limit=$((1000 * SLOW))
ok $([ "$worst" -le "$limit" ]; echo $?) "all sessions live again within $((limit / 1000)) s of the promote ($worst ms)"

# --- nothing confirmed is lost ----------------------------------------------
ids=$(paste -sd, "$E2E_HOME/confirmed")
found=$(on_sb psql_su -c "SELECT count(*) FROM casedesk.case_file WHERE id IN (${ids:-0})")
lost=$((nconf - found))
diag "confirmed saves lost in the failover: $lost of $nconf"
is "$lost" 0 "no save confirmed before the primary went down is lost (synchronous_commit = on)"
is "$(note on_sb)" "${note0}" "the case note holds what was saved before the switch"

# --- screens reloaded, LISTEN again, the kept form saves once ---------------
# what a session did and shows, when a check on it fails
why() { diag "$1's log: $(tail -n 12 "$E2E_HOME/$1.log" | cut -c 21- | tr '\n' '|')"
        diag "$1's screen: $(tmux_cmd capture-pane -p -t "$1" | tr -s ' ' | tr '\n' '|')"; }
on clerk2; tmux_send g; wait_for "切换中户" 10; r=$?; ok $r "stf2's list shows the case made during the switch (reloaded)"; [ $r = 0 ] || why clerk2
on super; tmux_send g; wait_for "切换中户" 10; r=$?; ok $r "and so does sup1's"; [ $r = 0 ] || why super
on_sb new_case "切换后户"
on clerk2; wait_for "切换后户" 10; r=$?; ok $r "a case made after the switch arrives in stf2's list without a key (LISTEN again)"; [ $r = 0 ] || why clerk2
on super; wait_for "切换后户" 10; r=$?; ok $r "and in sup1's"; [ $r = 0 ] || why super
on clerk1; like "$(tmux_screen)" "切换前" "the typed form survived the failover"
tmux_send C-s; wait_for "Saved." 10; ok $? "the kept form saves on the new primary"
is "$(note on_sb)" "${note0}切换前" "the save after the switch lands exactly once"
is "$(on_sb psql_su -c "SELECT pg_is_in_recovery()")" f "the promoted server is the primary now"

# --- the audit chain continues on the promoted server -----------------------
on_sb pg_seal   # the saves' audit rows came over staged; the new primary's sealer chains them
is "$(on_sb psql_su -c "SELECT id || ' ' || encode(hash, 'hex') FROM casedesk.audit_log WHERE id = ${head0%% *}")" "$head0" \
    "the audit chain's head taken on the old primary is on the new one, unchanged"
is "$(on_sb psql_su -c "SELECT count(DISTINCT row_id) FROM casedesk.audit_log
                        WHERE table_name = 'case_file' AND op = 'INSERT' AND row_id IN (${ids:-0})")" "$nconf" \
    "every confirmed save has its audit row there"
ok $([ "$(audit_head on_sb | cut -d' ' -f1)" -gt "${head0%% *}" ]; echo $?) "the saves after the switch extend the chain"
out=$(PGHOST=$S/sock admin audit verify 2>&1); rc=$?
ok $rc "casedesk-admin audit verify passes on the promoted server"
[ $rc = 0 ] || diag "$out"
on clerk1; tmux_send F10; tmux_settle
done_testing
