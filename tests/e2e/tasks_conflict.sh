#!/bin/bash
# tests/e2e/tasks_conflict.sh — two supervisors edit one task: the second
# save shows the conflict screen (who, when, theirs beside mine), Esc keeps
# everything typed, M saves mine over theirs, T takes theirs.  A SIGHUP
# during an edit leaves a draft (0700 directory) that the next start offers
# and restores.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/e2e/tasks_lib.sh"
tasks_setup

FUTURE=$(date -d '+30 days' +%F)
id=$(psql_as sup1 -c "SELECT casedesk.task_create('冲突测试原标题', 'ldb', '$FUTURE'::date)")
number=$(psql_su -c "SELECT number FROM casedesk.task WHERE id = $id")
ok $([ -n "$number" ]; echo $?) "task $number created for the test"

open_task() {   # in the current session: board, search, open
    wait_for "Welcome" 10 || return 1
    tmux_send "$(screen_key Tasks)"; wait_for "Showing:" || return 1
    tmux_send /; wait_for "Number or words"; tmux_type "冲突测试"; tmux_send Enter
    wait_for "· 冲突测试" || return 1
    tmux_send Enter; wait_for "$number"
}
session a sup1; open_task; ok $? "sup1 opens the task"
session b sup2; open_task; ok $? "sup2 opens the task"

on b; tmux_send C-u; tmux_type "乙改的标题"
on a; tmux_send C-u; tmux_type "甲改的标题"; tmux_send C-s
wait_for "Saved." 5; ok $? "sup1 saves first"
on b
wait_for "Someone changed this task meanwhile" 3; ok $? "sup2 is told, without a key, that the task changed"
like "$(tmux_screen)" "乙改的标题" "sup2's typing survives the reload"
tmux_send C-s
wait_for "Changed meanwhile by sup1" 5; ok $? "conflict screen names who changed it"
like "$(tmux_screen)" "甲改的标题" "theirs shown"
like "$(tmux_screen)" "乙改的标题" "mine shown"
like "$(tmux_screen)" "\* *Title" "the differing field is marked"
tmux_send Escape; wait_gone "Changed meanwhile"
like "$(tmux_screen)" "Title:  *乙改的标题" "Esc: back to my edit, nothing lost"
tmux_send C-s; wait_for "Changed meanwhile by sup1" 5
tmux_send M; wait_for "Saved." 5; ok $? "M saves mine over theirs"
is "$(psql_su -c "SELECT title FROM casedesk.task WHERE id = $id")" "乙改的标题" "database has mine"

# take theirs
on a
wait_for "Title:  乙改的标题" 3; ok $? "sup1's unchanged form follows the new title"
tmux_send C-u; tmux_type "甲的第二稿"
on b; tmux_send C-u; tmux_type "乙的第二稿"; tmux_send C-s; wait_for "Saved." 5
on a; tmux_send C-s; wait_for "Changed meanwhile by sup2" 5; ok $? "second conflict, the other way"
tmux_send T; wait_for "Their version is shown" 5; ok $? "T takes theirs"
like "$(tmux_screen)" "Title:  *乙的第二稿" "form shows theirs"

# --- SIGHUP during an edit leaves a draft -----------------------------------
on b
tmux_send Tab; tmux_type "草稿：挂断前输入的说明"
# The draft's time is shown in the district's zone (the database's), not the host's.
district_now() { psql_su -c "SELECT to_char(now(), 'MM-DD HH24:MI')"; }
saved_before=$(district_now)
pid=$(session_pid b); kill -HUP "$pid"
for i in $(seq 1 50); do [ -s "$TASKS_HOME/status-b" ] && break; sleep 0.1; done
saved_after=$(district_now)
is "$(session_status b)" 129 "SIGHUP: exit status 129"
draft="$TASKS_HOME/sup2/.local/state/casedesk/drafts/sup2-task-$id.draft"
ok $([ -f "$draft" ]; echo $?) "draft written: ${draft#$TASKS_HOME/}"
is "$(stat -c %a "$(dirname "$draft")")" 700 "drafts directory is 0700"
like "$(cat "$draft" 2>/dev/null)" "草稿：挂断前输入的说明" "draft holds the typed text"
session b sup2
wait_for "Restore the unsaved edit of task $number (saved " 10; ok $? "next start offers the draft"
like "$(tmux_screen)" "Restore the unsaved edit of task $number \\(saved ($saved_before|$saved_after)\\)\\?" \
    "the offer says when the draft was saved, in the district's time ($saved_before)"
tmux_send y
wait_for "草稿：挂断前输入的说明" 5; ok $? "restored form shows the typed text"
tmux_send C-s; wait_for "Saved." 5; ok $? "restored edit saves"
is "$(psql_su -c "SELECT description FROM casedesk.task WHERE id = $id")" "草稿：挂断前输入的说明" "database has the restored text"
ok $([ ! -f "$draft" ]; echo $?) "draft removed after saving"
done_testing
