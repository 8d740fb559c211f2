#!/bin/bash
# tests/e2e/progress_screens.sh — the targets progress screen and the
# briefing: staff at 80x24 see each unit's actual against target as bars,
# sort by another column, pick one metric, drill down from a figure to the
# case list; the briefing shows their own unit's figures, another year on y;
# a supervisor at 132x43 with a Chinese interface reads the district
# briefing in Chinese.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/e2e/tasks_lib.sh"

tasks_setup
YEAR=$(psql_su -c "SELECT extract(year FROM current_date)::int")

session stf stf1 80 24
wait_for "Welcome" 10; ok $? "staff session starts"
pkey=$(screen_key Progress); bkey=$(screen_key Briefing)
ok $([ -n "$pkey" ] && [ -n "$bkey" ]; echo $?) "title line lists Progress ($pkey) and Briefing ($bkey)"

# --- progress ------------------------------------------------------------------
tmux_send "$pkey"; wait_for "sorted by Unit" 5; ok $? "progress opens for $YEAR, sorted by unit"
like "$(tmux_screen | sed -n 3p)" "^$YEAR" "the year is shown"
like "$(tmux_screen | sed -n 4p)" "Unit +Metric +Target +Actual +%" "column titles"
bars=$(tmux_screen | grep -ac '[█▏▎▍▌▋▊▉]')
ok $([ "$bars" -ge 5 ]; echo $?) "bars drawn in block characters ($bars lines)"
like "$(tmux_screen | sed -n 5p)" "[0-9]" "rows carry figures"
tmux_send s; wait_for "sorted by Metric"; ok $? "s sorts by the next column"
tmux_send s; tmux_send s; tmux_send s; wait_for "sorted by %"; ok $? "s cycles to percent"
first=$(tmux_screen | sed -n 5p | grep -oE '[0-9.]+ +[█▏▎▍▌▋▊▉ ]*$' | grep -oE '^[0-9.]+')
second=$(tmux_screen | sed -n 6p | grep -oE '[0-9.]+ +[█▏▎▍▌▋▊▉ ]*$' | grep -oE '^[0-9.]+')
ok $(awk -v a="$first" -v b="$second" 'BEGIN { exit !(a + 0 >= b + 0) }'; echo $?) "largest percentage first ($first >= $second)"
tmux_send f; wait_for "All metrics"; tmux_send 2          # households expropriated
wait_for "Households expropriated ·" 5; ok $? "f picks one metric"
n=$(tmux_screen | sed -n '5,22p' | grep -ac "Households expropri")
other=$(tmux_screen | sed -n '5,22p' | grep -ac "Violations removed")
ok $([ "$n" -ge 3 ] && [ "$other" -eq 0 ]; echo $?) "only that metric is listed ($n rows)"
tmux_send y; wait_for "Year"; tmux_send C-u; tmux_type "1999"; tmux_send Enter
wait_for "Type a year such as" 3; ok $? "an impossible year is refused in the prompt"
tmux_send C-u; tmux_type "$((YEAR - 1))"; tmux_send Enter
wait_for "$((YEAR - 1)) ·" 5; ok $? "y switches to the previous year"
# drill down on the staff member's own unit (row security hides the others')
row=$(tmux_screen | grep -an "新城街道办 *Households" | head -n 1 | cut -d: -f1)
tmux_send g; for i in $(seq 6 "$row"); do tmux_send j; done
tmux_send Enter
if nm "$top_builddir/casedesk" | grep -q ' T open_case_list$'; then
    wait_for "ZS-" 5; ok $? "Enter drills down to the case list"
    like "$(tmux_screen | sed -n 3p)" "Expropriation" "the case list is filtered to expropriation cases"
    tmux_send "$pkey"; wait_for "sorted by" 3
    tmux_send k; tmux_send Enter
    wait_for "not yours to see" 3; ok $? "another unit's figure: told the cases are not visible"
else
    wait_for "The case list is not available (would show expropriation cases" 5
    ok $? "Enter asks for the case list (not linked in this build)"
fi

# --- briefing --------------------------------------------------------------------
tmux_send "$bkey"; wait_match "^20[0-9]{2} · 新城街道办 · " 8; ok $? "briefing opens on the staff member's own unit, by its name"
refute_screen -r 3 -F "xcb" "the briefing's header names no unit code"
like "$(tmux_screen)" "新城街道办" "the unit's name"
refute_screen -i "discipline|flags raised" "no discipline figures for staff"
tmux_send y; wait_for "Year"; tmux_send C-u; tmux_type "$((YEAR - 1))"; tmux_send Enter
wait_for "$((YEAR - 1)) · 新城街道办" 8; ok $? "y: another year"
tmux_send f; wait_for "own unit" 3; ok $? "staff cannot pick another unit"
tmux_send Q

# --- a supervisor, Chinese, 132x43 ------------------------------------------------
session sup sup1 132 43
tmux_cmd kill-session -t sup
cmd="env LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=zh_CN TERM=screen-256color HOME=$TASKS_HOME/sup1"
cmd="$cmd CASEDESK_CONFIG=/nonexistent PGHOST=$PGHOST PGPORT=$PGPORT PGDATABASE=$PGDATABASE"
cmd="$cmd PGUSER=sup1 $CASEDESK --lang=zh"
tmux_cmd new-session -d -s sup -x 132 -y 43 "$cmd"
on sup
wait_for "督查员甲" 10; ok $? "supervisor session in Chinese"
tmux_send "$bkey"; wait_for "$YEAR · " 8
scr=$(tmux_screen)
like "$scr" "户|亩|万平方米" "the briefing is in Chinese"
like "$scr" "新城街道办" "the district briefing names the units"
tmux_send End; tmux_send G
refute_screen -r 3,43 "纪检|举报" "no discipline section for a supervisor (the title line shows the absent screen dim)"
tmux_send Q
done_testing
