#!/bin/bash
# tests/e2e/saved_filters.sh — saved filters per user on the case list.
# A clerk narrows the list (text and overdue), names the filter, clears the
# list, and recalls the filter from the filter menu: the same cases come
# back.  A colleague of the same town has no saved filters.  The clerk
# deletes it; then there is none.  The filter menu, longer than ten
# entries, is used by typing (type-to-find).
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/e2e/cases_lib.sh"
cases_setup
fixture_admin_users <<'USERS'
stf3 办事员丁 wlz staff
USERS
# a word found in some of the town's addresses or names, not in all
WORD=$(psql_su -c "SELECT substr(c.party_name, 1, 1) FROM casedesk.case_file c JOIN casedesk.unit u ON u.id = c.unit_id
                   WHERE u.code = 'wlz' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")
ALL=$(psql_su -c "SELECT count(*) FROM casedesk.case_file c JOIN casedesk.unit u ON u.id = c.unit_id WHERE u.code = 'wlz'")
NAME="本镇${WORD}姓案件"

session stf stf1 80 24
wait_for "Welcome" 10; ok $? "staff session starts"
ckey=$(screen_key Cases)
tmux_send "$ckey"; wait_for "Showing:" 5
tmux_send f; wait_for "Show cases"
tmux_type "Containing"; wait_match " 1 / [0-9]+ " 5; ok $? "the filter menu narrows as one types"
tmux_send Enter; wait_for "Number, party or address containing"
tmux_type "$WORD"; tmux_send Enter
wait_match "Showing: all cases · \"$WORD\"  \\([0-9]+\\+? cases\\)" 8; ok $? "the list is narrowed by text"
SHOWN=$(tmux_screen | grep -oE "Showing: .*cases\)")
diag "filtered: $SHOWN (town: $ALL cases)"

tmux_send f; wait_for "Show cases"; tmux_type "Save this"; tmux_send Enter
wait_for "Name of this filter" 5; ok $? "the filter menu offers to save the filter"
tmux_send Enter; wait_for "Give the filter a name." 5; ok $? "an empty name is refused in the prompt"
tmux_type "$NAME"; tmux_send Enter
wait_for "Filter \"$NAME\" saved" 5; ok $? "the filter is saved under its name"
is "$(psql_su -c "SELECT login || ' ' || text FROM casedesk.saved_filter WHERE name = '$NAME'")" "stf1 $WORD" \
    "the row is the clerk's, with the text"

tmux_send f; wait_for "Show cases"; tmux_type "All cases"; tmux_send Enter
wait_match "Showing: all cases  \\(" 8; ok $? "the filter is cleared"
refute_screen "Showing: all cases · " "no filter shown any more"

tmux_send f; wait_for "Show cases"; tmux_type "Saved f"; tmux_send Enter
wait_for "$NAME" 5; ok $? "the saved filters are listed by name"
like "$(tmux_screen | grep -F "$NAME")" "all cases · \"$WORD\"" "each with what it shows"
tmux_send Enter
wait_for "Showing the saved filter \"$NAME\"" 5; ok $? "recalling the filter says so"
wait_for "$SHOWN" 8; ok $? "the recalled filter shows the same cases ($SHOWN)"

# a colleague of the same town sees none of it
session stf3 stf3 80 24
wait_for "Welcome" 10
tmux_send "$(screen_key Cases)"; wait_for "Showing:" 5
tmux_send f; wait_for "Show cases"; tmux_type "Saved f"; tmux_send Enter
wait_for "You have no saved filters." 5; ok $? "another clerk has no saved filters (not the colleague's)"

# delete
on stf
tmux_send f; wait_for "Show cases"; tmux_type "Delete a"; tmux_send Enter
wait_for "Delete which saved filter?" 5; tmux_send Enter
wait_for "Delete the saved filter \"$NAME\"?" 5; ok $? "deleting asks first"
tmux_send y; wait_for "Saved filter \"$NAME\" deleted." 5; ok $? "the filter is deleted"
tmux_send f; wait_for "Show cases"; tmux_type "Saved f"; tmux_send Enter
wait_for "You have no saved filters." 5; ok $? "and is no longer offered"
is "$(psql_su -c "SELECT count(*) FROM casedesk.saved_filter")" "0" "no row is left"
done_testing
