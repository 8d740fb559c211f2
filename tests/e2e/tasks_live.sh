#!/bin/bash
# tests/e2e/tasks_live.sh — two live casedesk sessions, a supervisor (80x24)
# and staff of the lead unit (132x43): the supervisor assigns a task (a
# deadline in the past is refused with the database's sentence); the staff
# session shows it without a key pressed (inbox count and board); staff
# sign and report; the supervisor returns it with a reason, staff see it
# returned, report again, the supervisor verifies and closes; the inbox
# opens the task and marks items read.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/e2e/tasks_lib.sh"
tasks_setup

TITLE="新城街道办违建整改督办e2e"
FUTURE=$(date -d '+40 days' +%F)

session stf stf1 132 43
wait_for "Welcome" 10; ok $? "staff session starts"
like "$(tmux_screen | sed -n 1p)" "办事员丙 \(stf1\)" "staff header: name and login"
tkey=$(screen_key Tasks); ikey=$(screen_key Inbox)
ok $([ -n "$tkey" ] && [ -n "$ikey" ]; echo $?) "title line lists Tasks ($tkey) and Inbox ($ikey)"
wait_for "Tasks to sign for" 5; ok $? "staff home shows my work"
unread0=$(tmux_screen | sed -n 1p | grep -oE 'unread [0-9]+' | grep -oE '[0-9]+')
tmux_send "$tkey"; wait_for "Showing: my unit"; ok $? "staff board opens on my unit's tasks"

session sup sup1
wait_for "Welcome" 10; ok $? "supervisor session starts"
wait_for "awaiting verification" 5; ok $? "supervisor home shows what awaits verification"
tmux_send "$tkey"; wait_for "Showing: all open"; ok $? "supervisor board"
tmux_send a; wait_for "New supervision task"; ok $? "a opens the new-task form"
tmux_type "$TITLE"; tmux_send Tab; tmux_type "xcb"; wait_for "新城街道办"; tmux_send Enter; tmux_send Tab; tmux_type "2020-01-01"
tmux_send C-s
wait_for "The deadline cannot be in the past." 5; ok $? "past deadline: the database's sentence on the message line"
like "$(tmux_screen)" "$TITLE" "the typed title is still there"
tmux_send C-u; tmux_type "$FUTURE"; tmux_send Tab; tmux_type "限期拆除违法建设并报送照片"
tmux_send C-s
wait_for "created." 5; ok $? "task created"
number=$(tmux_screen | grep -oE 'DB-[0-9]{4}-[0-9]+' | head -n 1)
like "$number" "^DB-" "the form now shows the new task's number ($number)"
like "$(tmux_screen)" "\[Assigned\]" "status Assigned"

# --- the staff session updates by itself ------------------------------------
on stf
want=$((unread0 + 1))
wait_for "unread $want" 3; ok $? "staff header: unread count went up without a key"
wait_for "$TITLE" 3; ok $? "staff board shows the new task without a key"
tmux_send /; wait_for "Number or words"; tmux_type "e2e"; tmux_send Enter
wait_for "· e2e"; tmux_send Enter
wait_for "[Assigned]"; ok $? "staff opens the task"
like "$(tmux_screen)" "^ *Title: .*$TITLE" "fields are shown"
tmux_type "x"; wait_for "Read only"; ok $? "staff cannot type into the fields"
tmux_send C-t; wait_for "Sign for the task"; ok $? "actions offer signing"
refute_screen "Verify and close|Return with" "no supervisor actions for staff"
tmux_send Enter; wait_for "[Signed for]"; ok $? "signed"
tmux_send C-t; wait_for "Report progress"; tmux_send Enter
wait_for "what was done"; tmux_type "已完成入户调查和拍照取证"; tmux_send Enter
wait_for "Percentage"; tmux_send C-u; tmux_type "140"; tmux_send Enter
wait_for "from 0 to 100"; ok $? "percentage over 100 refused in the prompt"
tmux_send C-u; tmux_type "40"; tmux_send Enter
wait_for "已完成入户调查和拍照取证"; ok $? "progress report in the history"
like "$(tmux_screen)" "\[In progress\]" "status In progress"
like "$(tmux_screen)" "Done: 40%" "percent shown"

# --- supervisor: the open form follows; return with a reason ----------------
on sup
wait_for "[In progress]" 3; ok $? "supervisor's open form reloaded by itself"
on stf
tmux_send C-t; wait_for "Report the task done"; tmux_send Down; tmux_send Enter
wait_for "Final report"; tmux_type "整改完毕"; tmux_send Enter
wait_for "[Reported done]"; ok $? "staff reported done"
on sup
wait_for "[Reported done]" 3; ok $? "supervisor sees reported done"
tmux_send C-t; wait_for "Verify and close"; tmux_send Down; tmux_send Enter
wait_for "Why is it returned"; tmux_type "照片不全，请补充"; tmux_send Enter
wait_for "[Returned]"; ok $? "supervisor returned it"
on stf
wait_for "Returned: 照片不全，请补充" 3; ok $? "staff sees returned with the reason, no key pressed"
tmux_send C-t; wait_for "Report the task done"; tmux_send Down; tmux_send Enter
wait_for "Final report"; tmux_type "已补充照片"; tmux_send Enter
wait_for "[Reported done]"; ok $? "staff re-reported"
on sup
wait_for "[Reported done]" 3
tmux_send C-t; wait_for "Verify and close"; tmux_send Enter
wait_for "Closing note"; tmux_type "验收合格"; tmux_send Enter
wait_for "[Closed]"; ok $? "supervisor verified and closed"
on stf
wait_for "[Closed]" 3; ok $? "staff sees closed"
like "$(tmux_screen)" "Verified and closed. 验收合格" "closing note shown"
is "$(psql_su -c "SELECT status FROM casedesk.task WHERE number = '$number'")" closed "database: closed"

# --- inbox ---------------------------------------------------------------------
tmux_send Escape; wait_for "Showing:"
tmux_send "$ikey"; wait_for "Task returned"; ok $? "inbox lists the return"
before=$(tmux_screen | sed -n 1p | grep -oE 'unread [0-9]+' | grep -oE '[0-9]+')
tmux_send Enter; wait_for "Task" 3
wait_for "unread $((before - 1))" 3; ok $? "Enter marks the item read (unread $before → $((before - 1)))"
like "$(tmux_screen | sed -n 2p)" "DB-" "Enter opened the task"
tmux_send Escape; wait_for "mark all read"
tmux_send R; wait_for "unread 0" 3; ok $? "R marks everything read"

tmux_send Q; wait_for "Quit casedesk?"; tmux_send y
for i in $(seq 1 50); do [ -s "$TASKS_HOME/status-stf" ] && break; sleep 0.1; done
is "$(session_status stf)" 0 "staff quits cleanly"
done_testing
