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

session sup sup1 80 24
wait_for "Welcome" 10
for k in 2 3 4 5 6 7 8 9 0; do      # the Targets screen's key
    tmux_send "$k"; tmux_settle 1 >/dev/null
    tmux_screen | sed -n 2p | grep -qE "(^| )$k Targets\b" && break
done
wait_for "$YEAR · " 5; ok $? "the targets screen opens"
tmux_send a; wait_for "Unit"; for i in $(seq 1 "$XPOS"); do tmux_send Down; done; tmux_send Enter
wait_for "Metric"; tmux_send 4
wait_for "Ctrl-S saves" 3; ok $? "the target form opens on an existing target"
tmux_send Tab; tmux_send Tab; tmux_send C-u; tmux_type "甲的说明"
admin target set --year "$YEAR" --unit xcb --metric land_mu --value 777 >/dev/null
like "$(psql_su -c "$Q")" "^777.00\|" "meanwhile the value is changed to 777"
tmux_send C-s
wait_for "Changed meanwhile by" 5; ok $? "the save shows the conflict screen"
like "$(tmux_screen)" "Theirs \(saved\): 777" "their value is shown"
like "$(tmux_screen)" "Mine \(typed\): 甲的说明" "my Note is shown"
tmux_send M; wait_for "Target saved" 5; ok $? "keep mine saves"
is "$(psql_su -c "$Q")" "777.00|甲的说明" "their value kept, my Note written"
done_testing
