#!/bin/bash
# tests/faults/target_conflict.sh — the target form goes through the same
# conflict mechanism as the others: while a supervisor edits the Note of a
# target, the value is changed elsewhere; the save shows the conflict
# screen (nothing typed replaced), and "keep mine" writes only the Note,
# keeping their value.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/e2e/tasks_lib.sh"
tasks_setup
YEAR=$(psql_su -c "SELECT extract(year FROM current_date)::int")
XPOS=$(psql_su -c "SELECT count(*) FROM casedesk.unit WHERE kind IN ('town','subdistrict') AND code < 'xcb'")
Q="SELECT t.target_value || '|' || coalesce(t.note, '') FROM casedesk.target t JOIN casedesk.unit u ON u.id = t.unit_id
   WHERE u.code = 'xcb' AND t.year = $YEAR AND t.metric = 'land_mu'"

open_target() {
    local k
    for k in 2 3 4 5 6 7 8 9 0; do      # the Targets screen's key
        tmux_send "$k"; tmux_settle 1 >/dev/null
        tmux_screen | sed -n 2p | grep -qE "(^| )$k ?Targ" && break   # (the tab line may cut the name)
    done
    wait_for "$YEAR · " 5 || return 1
    tmux_send a; wait_for "Unit"; for i in $(seq 1 "$XPOS"); do tmux_send Down; done; tmux_send Enter
    wait_for "Metric"; tmux_send 4
    wait_match "Target for [0-9]{4}" 3
}
session sup sup1 80 24
wait_for "Welcome" 10
open_target; ok $? "the target form opens on an existing target"
tmux_send Tab; tmux_send Tab; tmux_send C-u; tmux_type "甲的说明"
admin target set --year "$YEAR" --unit xcb --metric land_mu --value 777 >/dev/null
like "$(psql_su -c "$Q")" "^777.00\|" "meanwhile the value is changed to 777"
tmux_send C-s
wait_for "Changed meanwhile by" 5; ok $? "the save shows the conflict screen"
like "$(tmux_screen)" "Theirs \(saved\): 777" "their value is shown"
like "$(tmux_screen)" "Mine \(typed\): 甲的说明" "my Note is shown"
tmux_send M; wait_for "Target saved" 5; ok $? "keep mine saves"
is "$(psql_su -c "$Q")" "777.00|甲的说明" "their value kept, my Note written"

# A hang-up keeps the edit as a draft; restored after the value changed
# again, it meets the conflict screen.
TID=$(psql_su -c "SELECT t.id FROM casedesk.target t JOIN casedesk.unit u ON u.id = t.unit_id
   WHERE u.code = 'xcb' AND t.year = $YEAR AND t.metric = 'land_mu'")
DRAFT="$E2E_HOME/sup1/.local/state/casedesk/drafts/sup1-target-$TID.draft"
tmux_send 1; wait_for "Welcome" 5
open_target; tmux_send Tab; tmux_send Tab; tmux_send C-u; tmux_type "挂断前的说明"; wait_for "挂断前的说明" 5
kill -HUP "$(session_pid sup)"
for i in $(seq 1 50); do [ -s "$E2E_HOME/status-sup" ] && break; sleep 0.1; done
ok $([ -f "$DRAFT" ]; echo $?) "SIGHUP keeps the target edit as a draft"
admin target set --year "$YEAR" --unit xcb --metric land_mu --value 888 >/dev/null
session sup2 sup1 80 24
wait_for "Restore the unsaved edit of the target" 10; ok $? "the next start offers it"
tmux_send y; wait_for "挂断前的说明" 5; ok $? "restored"
tmux_send C-s; wait_for "Changed meanwhile by" 5; ok $? "changed meanwhile: the conflict screen"
tmux_send M; wait_for "Target saved" 5; ok $? "keep mine saves"
is "$(psql_su -c "$Q")" "888.00|挂断前的说明" "their new value kept, the restored Note written"
ok $([ ! -f "$DRAFT" ]; echo $?) "the draft is gone once saved"
done_testing
