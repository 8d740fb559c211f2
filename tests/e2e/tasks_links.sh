#!/bin/bash
# tests/e2e/tasks_links.sh — the task actions that change who handles a
# task and what it is linked to: a supervisor adds and removes a
# co-handling unit, links a case (a number nobody may see is refused) and a
# project, removes a link and assigns the task to another unit; staff of
# the lead unit are offered the links but not the supervisor's actions.
# Each step is checked in the database as well as on the screen.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/e2e/tasks_lib.sh"
tasks_setup

TITLE="任务关联与协办e2e"
FUTURE=$(date -d '+30 days' +%F)
CASENO=$(psql_su -c "SELECT case_no FROM casedesk.case_file ORDER BY id LIMIT 1")
[ -n "$CASENO" ] || { echo "Bail out! no case to link"; exit 99; }

# choose LABEL: the number key of a menu item, read from the screen ("3 Link a case").
choose() {
    local k
    wait_for "$1" || return 1
    k=$(tmux_screen | grep -oE "[1-9] $1" | head -n 1 | cut -c1)
    [ -n "$k" ] || return 1
    tmux_send "$k"
}
sql() { psql_su -c "$1"; }

session sup sup1 132 43
wait_for "Welcome" 10; ok $? "supervisor session starts"
tkey=$(screen_key Tasks)
tmux_send "$tkey"; wait_for "Showing: all open"
tmux_send a; wait_for "New supervision task"
tmux_type "$TITLE"; tmux_send Tab; tmux_type "xcb"; wait_for "新城街道办"; tmux_send Enter; tmux_send Tab; tmux_type "$FUTURE"
tmux_send Tab; tmux_type "协办与关联"; tmux_send C-s
wait_for "created." 5; ok $? "task created"
number=$(tmux_screen | grep -oE 'DB-[0-9]{4}-[0-9]+' | head -n 1)
tid=$(sql "SELECT id FROM casedesk.task WHERE number = '$number'")

tmux_send C-t; wait_for "Task actions"
screen=$(tmux_screen)
like "$screen" "Assign to another unit" "supervisor: assign offered"
like "$screen" "Add a co-handling unit" "supervisor: add a co-handling unit offered"
like "$screen" "Link a case" "supervisor: link a case offered"
like "$screen" "Link a project" "supervisor: link a project offered"
ok $(grep -qE "Remove a co-handling unit|Remove a link" <<<"$screen"; [ $? -ne 0 ]; echo $?) \
    "nothing to remove yet: no remove actions"

# --- co-handling units ---------------------------------------------------------
choose "Add a co-handling unit"; wait_for "Co-handling unit to add"; tmux_type ldb; wait_match "─ 1 / [0-9]+ ─"; tmux_send Enter
wait_for "老城街道办 now co-handles the task." 5; ok $? "a co-handling unit added, picked by its code, named by its name"
wait_for "Co-handling: 老城街道办" 5; ok $? "the form shows the co-handling unit"
is "$(sql "SELECT count(*) FROM casedesk.task_unit tu JOIN casedesk.unit u ON u.id = tu.unit_id
           WHERE tu.task_id = $tid AND u.code = 'ldb'")" 1 "database: ldb co-handles"
tmux_send C-t; choose "Remove a co-handling unit"; wait_for "Co-handling unit to remove"
tmux_type lcj; wait_match "─ 1 / [0-9]+ ─"; tmux_send Enter
wait_for "老城街道办 no longer co-handles the task." 5; ok $? "the co-handling unit removed, picked by pinyin initials (lcj)"
is "$(sql "SELECT count(*) FROM casedesk.task_unit WHERE task_id = $tid")" 0 "database: no co-handling unit"

# --- links -----------------------------------------------------------------------
tmux_send C-t; choose "Link a case"; wait_for "Case number"; tmux_type "ZS-2099-999999"; tmux_send Enter
wait_for "No case that you may see has the number ZS-2099-999999." 5; ok $? "an unknown case number is refused"
like "$(tmux_screen)" "ZS-2099-999999" "the prompt stays open with the text typed"
tmux_send Escape
# the case picker: part of the party's name, then a pick among the cases shown by number, party and village
PARTY2=$(psql_su -c "SELECT party_name FROM casedesk.case_file WHERE id = (SELECT max(id) FROM casedesk.case_file)")
CASENO2=$(psql_su -c "SELECT case_no FROM casedesk.case_file WHERE id = (SELECT max(id) FROM casedesk.case_file)")
VIL2=$(psql_su -c "SELECT v.name FROM casedesk.case_file c JOIN casedesk.village v ON v.id = c.village_id WHERE c.id = (SELECT max(id) FROM casedesk.case_file)")
tmux_send C-t; choose "Link a case"; wait_for "Case number"; tmux_type "$PARTY2"; tmux_send Enter
wait_match "─ [0-9]+ / [0-9]+ ─" 8; ok $? "a party's name opens the case picker"
like "$(tmux_screen | grep -F "$CASENO2")" "$PARTY2 · $VIL2" "each case shown by number, party and village"
tmux_type "$CASENO2"; wait_match "─ 1 / [0-9]+ ─" 5; ok $? "the picker narrows by the number typed"
tmux_send Enter
wait_for "Case $CASENO2 linked." 5; ok $? "the case picked is linked"
is "$(sql "SELECT count(*) FROM casedesk.task_link l JOIN casedesk.case_file c ON c.id = l.case_id
           WHERE l.task_id = $tid AND c.case_no = '$CASENO2'")" 1 "database: the picked case's id is stored"
sql "DELETE FROM casedesk.task_link WHERE task_id = $tid" >/dev/null   # the links below start from none
tmux_send C-t; choose "Link a case"; wait_for "Case number"; tmux_type "$CASENO"; tmux_send Enter
wait_for "Case $CASENO linked." 5; ok $? "a case linked"
wait_for "Linked cases and projects" 5; ok $? "the history lists the links"
like "$(tmux_screen)" "Case $CASENO" "...with the case number"
tmux_send C-t; choose "Link a project"; wait_for "Project"; tmux_send Enter
wait_for "linked." 5
project=$(sql "SELECT p.name FROM casedesk.task_link l JOIN casedesk.project p ON p.id = l.project_id
               WHERE l.task_id = $tid")
ok $([ -n "$project" ]; echo $?) "database: a project linked ($project)"
wait_for "Project $project" 5; ok $? "the history lists the project"
is "$(sql "SELECT count(*) FROM casedesk.task_link WHERE task_id = $tid")" 2 "database: two links"
tmux_send C-t; choose "Remove a link"; wait_for "Remove which link?"
choose "Case $CASENO"
wait_for "Link removed: Case $CASENO" 5; ok $? "the case link removed"
is "$(sql "SELECT count(*) FROM casedesk.task_link WHERE task_id = $tid AND case_id IS NOT NULL")" 0 \
    "database: the case link is gone"
is "$(sql "SELECT count(*) FROM casedesk.task_link WHERE task_id = $tid")" 1 "database: the project link stays"

# --- staff of the lead unit ----------------------------------------------------
session stf stf1 132 43
wait_for "Welcome" 10; ok $? "staff session starts"
tmux_send "$(screen_key Tasks)"; wait_for "Showing: my unit"
tmux_send /; wait_for "Number or words"; tmux_type "e2e"; tmux_send Enter
wait_for "· e2e"; tmux_send Enter
wait_for "[Assigned]"; ok $? "staff opens the task"
tmux_send C-t; wait_for "Task actions"
screen=$(tmux_screen)
like "$screen" "Link a case" "lead unit staff: links offered"
like "$screen" "Remove a link" "lead unit staff: a link to remove"
ok $(grep -qE "Assign to another unit|co-handling unit" <<<"$screen"; [ $? -ne 0 ]; echo $?) \
    "lead unit staff: no supervisor actions"
tmux_send Escape

# --- assign to another unit ------------------------------------------------------
on sup
tmux_send C-t; choose "Assign to another unit"; wait_for "Lead unit"; tmux_type jbb; wait_match "─ 1 / [0-9]+ ─"; tmux_send Enter
wait_for "Responsible (optional)"; tmux_send Enter
wait_for "Assigned to 江北街道办." 5; ok $? "assigned to another unit"
is "$(sql "SELECT u.code FROM casedesk.task t JOIN casedesk.unit u ON u.id = t.lead_unit_id WHERE t.id = $tid")" \
    jbb "database: jbb leads the task"
on stf
wait_for "no longer visible" 5; ok $? "the former lead unit's open form says the task is gone"

tmux_send Escape; wait_for "Showing:"
tmux_send Q; wait_for "Quit casedesk?"; tmux_send y
for i in $(seq 1 50); do [ -s "$TASKS_HOME/status-stf" ] && break; sleep 0.1; done
is "$(session_status stf)" 0 "staff quits cleanly"
done_testing
