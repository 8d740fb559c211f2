#!/bin/bash
# tests/e2e/live_scope.sh — a shown list reloads only for a change it can
# show (issue 16): the clerk's case list filtered to village A does not
# reload when a colleague saves a case in village B of the same unit (the
# notification arrives, and is seen to be B's), but does, and shows the
# case, when the save is in A.  Loads are counted from the session's log
# (CASEDESK_DEBUG_LOADS=1 logs "load screen=NAME" for every load).
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/e2e/cases_lib.sh"
export CASEDESK_DEBUG_LOADS=1
cases_setup
echo "stf3 办事员丁 wlz staff" | fixture_admin_users
# A: the first village of the clerk's pick list (its order), B: another
read -r VA VB <<<"$(psql_su -c "SELECT string_agg(id::text, ' ') FROM (SELECT v.id FROM casedesk.village v
    JOIN casedesk.unit u ON u.id = v.unit_id WHERE u.code = 'wlz' ORDER BY u.id, v.name, v.id LIMIT 2) s")"
VA_NAME=$(psql_su -c "SELECT name FROM casedesk.village WHERE id = $VA")
LOG=$CASES_HOME/stf.log
loads() { grep -c 'load screen=cases' "$LOG"; }
# wait_log RE: the session's log has a line matching RE (within 5 s)
wait_log() {
    for _ in $(seq 1 $((50 * ${CASEDESK_TEST_SLOWDOWN:-1}))); do
        grep -qE "$1" "$LOG" && return 0; sleep 0.1
    done
    return 1
}
new_case() {
    psql_as stf3 -c "SELECT casedesk.case_create_violation($1, 'land', 'report', casedesk.today(), '$2')"
}

session stf stf1 100 30
wait_for "My unit's open cases" 10; ok $? "the clerk is on the home screen"
tmux_send "$(screen_key Cases)"; wait_for "Showing:" 5
tmux_send f; wait_for "Show cases"
n=$(tmux_screen | grep -oE '[0-9] By village' | cut -c1); tmux_send "$n"   # by its label: entries move when kinds are added
wait_for "Village or community" 5; tmux_send Enter
wait_for "Showing: all cases · $VA_NAME" 5; ok $? "the list is filtered to village A ($VA_NAME)"
tmux_settle
n0=$(loads)

# ---- a save in village B: heard, not reloaded ----
CB=$(new_case "$VB" '乙村新案')
wait_log "notify violation:$CB:insert:.*v$VB"; ok $? "the session hears the new case in village B, placed in B"
wait_log "notify case_file:$CB:insert:.*v$VB" >/dev/null
psql_as stf3 -c "UPDATE casedesk.case_file SET party_name = '乙村改名' WHERE id = $CB" >/dev/null
wait_log "notify case_file:$CB:update" >/dev/null
tmux_settle
is "$(loads)" "$n0" "the list filtered to A does not reload for B's new case nor its edit"
refute_screen -F "乙村" "nor shows it"

# ---- a save in village A: reloaded, shown ----
CA=$(new_case "$VA" '甲村新案')
wait_for "甲村新案" 5; ok $? "a new case in village A is on the list at once"
cmp_ok() { [ "$1" -gt "$2" ]; }
cmp_ok "$(loads)" "$n0"; ok $? "by a reload ($n0 → $(loads) loads)"
n1=$(loads)
# a case moved from B to A is A's too (the payload names both villages)
psql_su -c "UPDATE casedesk.case_file SET village_id = $VA WHERE id = $CB" >/dev/null
wait_for "乙村改名" 5; ok $? "a case moved from B into A appears"
n2=$(loads)
psql_su -c "UPDATE casedesk.case_file SET village_id = $VB WHERE id = $CB" >/dev/null
wait_for_gone() {
    for _ in $(seq 1 $((50 * ${CASEDESK_TEST_SLOWDOWN:-1}))); do
        tmux_screen | grep -qF "$1" || return 0; sleep 0.1
    done
    return 1
}
wait_for_gone "乙村改名"; ok $? "and leaves when moved back to B"
diag "loads: $n0 before, $n1 after A's case, $n2 after the move in, $(loads) after the move out ($CA $CB)"

done_testing
