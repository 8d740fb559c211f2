#!/bin/bash
# tests/e2e/case_picker.sh — the case picker where a discipline record names
# the cases concerned: in the flag form's cases field, the key the label
# names opens the picker (part of a party's name or an address; the cases
# one may see, by number, party and village); the number of the case
# chosen is added to the field.  Linking a task to a case uses the same
# picker (tests/e2e/tasks_links.sh).
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/e2e/cases_lib.sh"
cases_setup
row=$(psql_su -F '|' -c "SELECT c.case_no, c.party_name, v.name FROM casedesk.case_file c
   JOIN casedesk.unit u ON u.id = c.unit_id JOIN casedesk.village v ON v.id = c.village_id
  WHERE u.code = 'wlz' ORDER BY c.id DESC LIMIT 1")
IFS='|' read -r CNO PARTY VIL <<<"$row"
OTHER=$(psql_su -c "SELECT c.case_no FROM casedesk.case_file c JOIN casedesk.unit u ON u.id = c.unit_id
   WHERE u.code = 'gmz' ORDER BY c.id DESC LIMIT 1")
OPARTY=$(psql_su -c "SELECT party_name FROM casedesk.case_file WHERE case_no = '$OTHER'")

session stf stf1 132 43
wait_for "Welcome" 10; ok $? "staff session starts"
tmux_send '!'; wait_for "Flag an official"; tmux_send 1
wait_for "Name of the official to flag"; tmux_type "巡查员乙"; tmux_send Enter
wait_for "Cases (numbers; Ctrl-T picks one)" 8; ok $? "the cases field names the key of the picker"
tmux_send Tab; tmux_type "收受好处费"; tmux_send Tab    # from the category (the official is set): facts, then cases
tmux_send C-t; wait_for "Case number, party or address" 5; ok $? "the key opens the case search"
tmux_type "$OPARTY"; tmux_send Enter
wait_for "No case that you may see contains \"$OPARTY\"." 5; ok $? "another town's case is not offered"
tmux_send C-u; tmux_type "$PARTY"; tmux_send Enter
wait_match "─ [0-9]+ / [0-9]+ ─" 8; ok $? "the picker lists the cases found"
like "$(tmux_screen | grep -F "$CNO")" "$PARTY · $VIL" "each case by number, party and village"
tmux_type "$CNO"; wait_match "─ 1 / [0-9]+ ─" 5; tmux_send Enter
wait_gone "─ 1 / " 5
wait_match "Cases \\(numbers; Ctrl-T picks one\\).*$CNO" 5; ok $? "the number of the case chosen is in the field"
tmux_send Escape; wait_for "You have unsaved edits" 5; tmux_send 3 2>/dev/null
done_testing
