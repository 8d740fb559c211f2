#!/bin/bash
# tests/e2e/live_listen.sh — a case saved anywhere in the district costs a
# supervisor's session nothing while none of its shown screens shows cases
# (issue 16, item 1): the session does not even hear of it (the log of
# every notification it gets has no line for it), yet hears every task
# change on its home screen; on the case list it hears and shows each
# change at once; and a case list left behind another tab, shown again,
# shows what changed while the session was not listening.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/e2e/cases_lib.sh"
cases_setup
LOG=$CASES_HOME/sup.log
# wait_log RE [N]: the session's log has more than N lines matching RE
wait_log() {
    for _ in $(seq 1 $((50 * ${CASEDESK_TEST_SLOWDOWN:-1}))); do
        [ "$(grep -cE "$1" "$LOG")" -gt "${2:-0}" ] && return 0; sleep 0.1
    done
    return 1
}
heard() { grep -cE "notify $1" "$LOG"; }
# The newest case: the first row of the list, newest first.
C=$(psql_su -c "SELECT id FROM casedesk.case_file ORDER BY opened_on DESC, id DESC LIMIT 1")
T=$(psql_su -c "SELECT id FROM casedesk.task WHERE status NOT IN ('closed', 'cancelled') ORDER BY id LIMIT 1")
rename() { psql_su -c "UPDATE casedesk.case_file SET party_name = '$1' WHERE id = $C" >/dev/null; }

session sup sup1 110 30
wait_for "Extension requests" 10; ok $? "the supervisor is on the home screen"
tmux_settle

# ---- home: tasks heard, cases not ----
psql_su -c "UPDATE casedesk.task SET title = title || '·' WHERE id = $T" >/dev/null
wait_log "notify task:$T:update"; ok $? "on the home screen a task change is heard" || diag "$(grep notify "$LOG" | tail -n 5)"
rename '首页未闻'
# a task change after it: once that is heard, the case change would have been
psql_su -c "UPDATE casedesk.task SET title = title || '·' WHERE id = $T" >/dev/null
wait_log "notify task:$T:update" 1
is "$(heard "case_file:$C:")" 0 "a case saved meanwhile is not heard at all (no unit channel is listened to)"

# ---- the case list: heard and shown at once ----
cases_key=$(screen_key Cases)
tmux_send "$cases_key"
wait_for "首页未闻" 5; ok $? "the case list shows the case as saved while home was shown"
rename '列表实时'
wait_for "列表实时" 5; ok $? "on the case list a change is shown at once"
cmp_ok() { [ "$1" -gt "$2" ]; }
cmp_ok "$(heard "case_file:$C:")" 0; ok $? "because the session hears the unit channels now"

# ---- home again, the list hidden in its tab ----
tmux_send "$(screen_key Home)"
wait_for "Extension requests" 5 >/dev/null
tmux_settle
n=$(heard "case_file:$C:")
rename '藏后改名'
psql_su -c "UPDATE casedesk.task SET title = title || '·' WHERE id = $T" >/dev/null
wait_log "notify task:$T:update" 2
is "$(heard "case_file:$C:")" "$n" "back home, the hidden list's cases are not heard either"
tmux_send "$cases_key"
wait_for "藏后改名" 5; ok $? "shown again, the list shows the change it did not hear of"
refute_screen -F "列表实时" "not the name it had"
psql_su -c "UPDATE casedesk.task SET title = regexp_replace(title, '·+$', '') WHERE id = $T" >/dev/null

done_testing
