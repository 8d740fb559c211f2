#!/bin/bash
# tests/e2e/cases_live.sh — the case family's notifications travel on the
# unit's own channel (casedesk.my_channels): a case registered by a colleague
# of the same town appears in a clerk's open case list and in a supervisor's
# within seconds, and not at all on the screen of another town's clerk.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/e2e/cases_lib.sh"
cases_setup
echo "stf3 办事员丁 wlz staff" | fixture_admin_users
V=$(psql_su -c "SELECT v.id FROM casedesk.village v JOIN casedesk.unit u ON u.id = v.unit_id WHERE u.code = 'wlz' ORDER BY v.id LIMIT 1")
OWNER="新户王五"

open_cases() {  # NAME LOGIN COLS ROWS
    session "$1" "$2" "$3" "$4"
    wait_for "Welcome" 10 || return 1
    tmux_send "$(screen_key Cases)"; wait_for "Showing:" 5
}
open_cases stf stf1 80 24; ok $? "the clerk's case list is open"
open_cases sup sup1 132 43; ok $? "the supervisor's case list is open"
open_cases other stf2 80 24; ok $? "another town's clerk has the list open too"

psql_as stf3 -c "SELECT casedesk.case_create_violation($V, 'land', 'report', casedesk.today(), '$OWNER')" >/dev/null
on stf; wait_for "$OWNER" 5; ok $? "the new case appears in the clerk's list without a key"
on sup; wait_for "$OWNER" 5; ok $? "and in the supervisor's"
on other; refute_screen -F "$OWNER" "but not on another town's screen"
done_testing
