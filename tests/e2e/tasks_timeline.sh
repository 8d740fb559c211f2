#!/bin/bash
# One timeline per task (h on the task board, Ctrl-O in the task form):
# every workflow event — created and assigned, signed, reported done,
# returned with its reason, closed — and every progress report in full, in
# order, with who (by name) and when; the return reason stays readable after
# the task is closed.  A scrollable reader, wrapped by display width.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/e2e/tasks_lib.sh"
tasks_setup

ver() { psql_su -c "SELECT version FROM casedesk.task WHERE id = $tid"; }
deadline=$(psql_su -c "SELECT casedesk.today() + 30")
tid=$(psql_as sup1 -c "SELECT casedesk.task_create('河堤加固工程进度督办', 'xcb', '$deadline', '', 'meeting', 'normal', 5, 'stf1')")
ok $? "a supervisor creates a task"
tno=$(psql_su -c "SELECT number FROM casedesk.task WHERE id = $tid")
REPORT="第一段河堤已完成土方回填和护坡砌筑，共计完成工程量的百分之四十，第二段正在组织施工队伍进场，预计下月中旬完成全部加固任务并组织验收。"
REASON="照片不全，请补充第二段现场照片"
psql_as stf1 -c "SELECT casedesk.task_sign($tid, $(ver))" >/dev/null &&
psql_as stf1 -c "SELECT casedesk.task_add_report($tid, '$REPORT', 40)" >/dev/null &&
psql_as stf1 -c "SELECT casedesk.task_submit($tid, $(ver), '全部完成')" >/dev/null &&
psql_as sup1 -c "SELECT casedesk.task_return($tid, $(ver), '$REASON')" >/dev/null &&
psql_as stf1 -c "SELECT casedesk.task_submit($tid, $(ver), '已补充照片')" >/dev/null &&
psql_as sup1 -c "SELECT casedesk.task_close($tid, $(ver), '同意销号')" >/dev/null
ok $? "signed, reported, done, returned, done again, closed"

session stf stf1 80 24
wait_for "Welcome" 15
tmux_send :; tmux_settle 2; tmux_type "$tno"; tmux_send Enter; wait_for "$tno" 5; tmux_settle 2
tmux_send C-o
wait_for "Timeline of task $tno" 5; ok $? "Ctrl-O in the task form opens the task's timeline"
tmux_settle 2
# a reader: it scrolls at 80x24 ...
top=$(tmux_screen | sed -n 4p)
tmux_send PageDown; tmux_settle 2
ok "$([ "$(tmux_screen | sed -n 4p)" != "$top" ]; echo $?)" "PageDown scrolls the timeline"
tmux_send Home; tmux_settle 2
# ... and on a tall terminal the whole of it shows at once
tmux_resize 80 70; tmux_settle 3
scr=$(tmux_screen)
for ev in "Created and assigned" "Signed for" "Progress report 40%" "Reported done" "Returned" "Closed"; do
    like "$scr" "$ev" "the timeline shows: $ev"
done
like "$scr" "督查员甲 +Created and assigned" "who created it, by name"
like "$scr" "办事员丙 +Signed for" "who signed, by name"
like "$scr" "[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2} +督查员甲 +Returned" "when and by whom it was returned"
like "$(printf '%s' "$scr" | tr -d '\n ')" "Reason:$REASON" "the return reason is readable after the task is closed"
like "$(printf '%s' "$scr" | tr -d '\n ')" "百分之四十.*组织验收。" "the whole progress report can be read, not one cut line"
order=$(printf '%s\n' "$scr" | grep -oE 'Created and assigned|Signed for|Progress report|Reported done|Returned|Closed' | tr '\n' ' ')
diag "events in order: $order"
like "$order" "^Created and assigned Signed for Progress report Progress report Reported done Returned Progress report Reported done Closed $" "in the order they happened (a submission is its final report, then the status)"
tmux_send Escape; tmux_settle 2
done_testing
