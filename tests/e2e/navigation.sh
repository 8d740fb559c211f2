#!/bin/bash
# tests/e2e/navigation.sh — the navigation model, pickers and prompts that
# keep typing (issue 14), as a supervisor and a clerk would meet them:
#  - Esc/q go back one level and never quit: Esc Esc : 1234 Enter on the
#    home screen jumps, it does not end the session; Q asks with No as the
#    default, and a key that is no answer is not taken as one;
#  - the title line names every main screen at 80 columns in Chinese, with
#    the same numbers for every role (an absent screen keeps its number);
#  - a task is created by picking the lead unit and the responsible person
#    by typing part of a name (or pinyin initials); no login or internal id
#    is shown where a name exists;
#  - "+15" in a date field; a wrong date keeps the prompt open with the text;
#  - an extension request is refused before the reason is typed.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/e2e/tasks_lib.sh"
tasks_setup
sql() { psql_su -c "$1"; }

TITLE="导航拾取测试督办"
D15=$(sql "SELECT casedesk.today() + 15")

# --- home: Esc never quits, Q asks with No default -----------------------------
SESSION_ARGS="--lang zh" session sup sup1 80 24
wait_match "欢迎|Welcome" 10; ok $? "supervisor session starts (Chinese, 80x24)"
tmux_send Escape; tmux_send Escape; tmux_send :; tmux_type 1234; tmux_send Enter
sleep 1
ok $([ -z "$(session_status sup)" ]; echo $?) "Esc Esc : 1234 Enter on the home screen does not quit"
refute_screen "\[[yY]/[nN]\]" "no quit question was left open"
tmux_send Escape
# One level deeper: from screen 2, Esc goes home and the next Esc would
# have asked "Quit? [Y/n]", swallowing ": 1234" and taking Enter as yes.
tmux_send 2; wait_match "显示：|Showing:" 5
tmux_send Escape; tmux_send Escape; tmux_send :; tmux_type 1234; tmux_send Enter
sleep 1
ok $([ -z "$(session_status sup)" ]; echo $?) "from screen 2, Esc Esc : 1234 Enter does not quit"
tmux_send Escape; wait_match "欢迎" 5; ok $? "and Esc leads back to the home screen"
tmux_send Q; wait_match "退出|Quit" 5; ok $? "Q asks before quitting"
like "$(tmux_screen)" "\\[y/N\\]" "No is the default"
tmux_send Enter; sleep 0.5
ok $([ -z "$(session_status sup)" ]; echo $?) "Q Enter does not quit"
tmux_send Q; wait_match "\\[y/N\\]" 5; tmux_send 2; wait_match "显示：|Showing:" 5
ok $? "a key that is no answer (2) closes the question as No and opens screen 2"
ok $([ -z "$(session_status sup)" ]; echo $?) "still running"
tmux_send 1; wait_match "欢迎" 5

# --- the title line at 80 columns, zh: every main screen by name -------------------
row2=$(tmux_screen | sed -n 2p)
for name in 首页 督办 收件箱 目标进度 工作通报 案件 巡查 目标 排名; do
    like "$row2" "$name" "80 columns, zh: the title line names $name"
done
like "$row2" "1 ?首页.*2 ?督办.*3 ?收件箱.* 4 .*5 ?目标进度.*6 ?工作通报.*7 ?案件.*8 ?巡查.*9 ?目标.*0 ?排名" \
    "numbered 1-9, 0 in registry order; the absent discipline screen keeps its number 4"
ok $(! grep -q "纪检" <<<"$row2"; echo $?) "without its name"
tmux_send 4; wait_match "不对您的角色开放|not available" 5; ok $? "the supervisor's key 4 (discipline) says it is not for this role"
home=$(tmux_screen)
for name in 督办 收件箱 目标进度 工作通报 案件 巡查 目标 排名; do
    like "$home" "[0-9] $name" "the home screen lists $name"
done

# --- creating a task by picking names ---------------------------------------------
tmux_send 2; wait_match "显示：|Showing:" 5
tmux_send a; wait_match "督办任务|New supervision task" 5; ok $? "a opens the new-task form"
tmux_type "$TITLE"; tmux_send Tab
tmux_type "新城"; wait_match "─ 1 / [0-9]+ ─" 5; ok $? "typing part of a unit name opens the picker with one match"
like "$(tmux_screen)" "新城街道办" "the picker shows the unit by name"
tmux_send Enter; sleep 0.3
like "$(tmux_screen)" "新城街道办" "the lead unit field shows the name"
tmux_send Tab; tmux_type "+15"; tmux_send Tab
wait_for "$D15" 5; ok $? "+15 in the deadline field becomes today + 15 ($D15)"
tmux_send Tab; tmux_send Tab; tmux_send Tab; tmux_send Tab
tmux_type "bsy"; wait_match "─ 1 / [0-9]+ ─" 5; ok $? "pinyin initials (bsy) find 办事员丙"
tmux_send Enter; sleep 0.3
like "$(tmux_screen)" "办事员丙" "the responsible field shows the person's name"
tmux_send C-s
wait_match "已交办|created" 5; ok $? "task created"
number=$(tmux_screen | grep -oE 'DB-[0-9]{4}-[0-9]+' | head -n 1)
is "$(sql "SELECT u.code || ' ' || o.login FROM casedesk.task t JOIN casedesk.unit u ON u.id = t.lead_unit_id
           JOIN casedesk.official o ON o.id = t.responsible_id WHERE t.number = '$number'")" "xcb stf1" \
    "stored: the unit and the official picked"
refute_screen -r 3,22 -e "stf1|sup1" "no login shown in the task's screen"
like "$(tmux_screen | grep '责任人\|Responsible')" "办事员丙" "the responsible person is shown by name"

# --- q is text in a form ----------------------------------------------------------
tmux_send BTab; tmux_send BTab; tmux_send BTab; tmux_send BTab
tmux_send C-e; tmux_type "q1!:"; sleep 0.3
like "$(tmux_screen)" "q1!:" "in a form q, digits, ! and : are text"
like "$(tmux_screen | sed -n 3p)" "$number" "q did not leave the form"
tmux_send Escape; wait_match "未保存|unsaved" 5; tmux_send Down; tmux_send Down; tmux_send Enter
sleep 0.3

# --- the staff side: extension checked before the reason; date prompt keeps typing -------
SESSION_ARGS="--lang zh" session stf stf1 80 24
wait_match "欢迎" 10
tmux_send 2; wait_match "显示：" 5
tmux_send /; wait_match "编号|Number"; tmux_type "导航"; tmux_send Enter; sleep 0.5; tmux_send Enter
wait_for "$number" 5; ok $? "staff open the task"
tmux_send C-t; wait_match "签收|Sign"; tmux_send Enter; sleep 0.5
tmux_send C-t; wait_match "申请延期|extension" 5
choice=$(tmux_screen | grep -oE "[0-9] (申请延期|Request an extension)" | head -n 1 | cut -c1)
tmux_send "$choice"; wait_match "新期限|New deadline" 5; ok $? "the extension asks for the new deadline first"
tmux_send C-u; tmux_type "2020-13-45"; tmux_send Enter
wait_match "不是有效的日历日期|not a real" 5; ok $? "a wrong date is refused in the prompt"
like "$(tmux_screen)" "2020-13-45" "the prompt stays open with the typed text"
tmux_send C-u; tmux_type "+1"; tmux_send Enter
wait_match "必须晚于|must be later" 5; ok $? "a deadline before the current one is refused before the reason is asked"
refute_screen -F "延期理由" "the reason was not asked yet"
tmux_send C-u; tmux_type "+30wd"; tmux_send Enter
wait_match "延期理由|Why is more time" 5; ok $? "+30wd accepted: now the reason"
tmux_type "拆迁资金未到位"; tmux_send Enter
wait_match "已申请延期|Extension requested" 5; ok $? "extension requested"
is "$(sql "SELECT requested_deadline = casedesk.add_workdays(casedesk.today(), 30) FROM casedesk.task_extension e
           JOIN casedesk.task t ON t.id = e.task_id WHERE t.number = '$number'")" t "+30wd is 30 working days by the calendar"
tmux_send C-t; wait_match "申请延期|extension|操作" 5
choice=$(tmux_screen | grep -oE "[0-9] (申请延期|Request an extension)" | head -n 1 | cut -c1)
if [ -n "$choice" ]; then
    tmux_send "$choice"; wait_match "正在等待审批|waiting for a decision" 5; ok $? "a second request is refused at once, before any typing"
    refute_screen -F "新期限" "no deadline prompt opened"
else
    ok 0 "a second request is not offered while one is pending"
    ok 0 "no deadline prompt opened"
fi
done_testing
