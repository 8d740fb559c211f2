#!/bin/bash
# tests/e2e/discipline_flow.sh — a flag from staff to disposition, in two
# live casedesk sessions: staff (80x24) flag an official with ! and get only
# a receipt number; the inspector (132x43) finds the flag in the discipline
# list after a reload, opens it and takes it through preliminary review to a
# disposition with a decision number (a decision date in the future is
# refused with the database's sentence); the staff receipt then reads
# closed.  Confidentiality: staff never see a discipline screen, its number
# key, its help entry or a count, at 80x24.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/e2e/tasks_lib.sh"

disc_setup() {
    pg_cluster 0.02
    fixture_admin_users <<'USERS'
stf1 办事员丙   xcb staff
ins1 纪检员甲   jw  inspector
tgt1 被举报人丁 ldb staff
USERS
    e2e_home disc
    TASKS_HOME=$E2E_HOME
}
disc_setup

FACTS="在征收入户调查中向被征收户索要好处费e2e"
FUTURE=$(date -d '+5 days' +%F)

# --- staff: no discipline anywhere ------------------------------------------
session stf stf1 80 24
wait_for "Welcome" 10; ok $? "staff session starts"
refute_screen -r 2 -F "Discipline" "staff title line has no Discipline screen"
refute_screen -i "discipline" "staff home never mentions discipline"
tmux_send '?'; wait_for "Keys" 5
refute_screen -i "discipline" "staff help, first page: no discipline entry"
# Wait for the second page to be drawn before reading it.
tmux_send PageDown; wait_for "flag an official" 5; ok $? "staff help offers flagging an official"
refute_screen -i "discipline" "staff help, second page: no discipline entry"
tmux_send q

# --- an inspector session, already on the discipline list --------------------
session ins ins1 132 43
wait_for "Welcome" 10; ok $? "inspector session starts"
dkey=$(screen_key Discipline)
ok $([ -n "$dkey" ]; echo $?) "inspector title line lists Discipline ($dkey)"
tmux_send "$dkey"; wait_for "Showing: open" 5; ok $? "discipline list opens on open records"

# --- staff flag an official ---------------------------------------------------
on stf
tmux_send '!'; wait_for "My flag receipts"; ok $? "! offers flagging and my receipts"
tmux_send Enter; wait_for "Name of the official to flag"; ok $? "asks for the official's name"
tmux_type "被举报人"; tmux_send Enter
wait_for "被举报人丁 (" 5; ok $? "the directory found the official and the form shows them"
like "$(tmux_screen)" "Only discipline inspectors read flags" "the form says who reads it"
tmux_send Space                     # category: the next one (favouritism)
tmux_send Tab; tmux_send C-s
wait_for "required" 3; ok $? "empty facts refused before filing"
tmux_type "$FACTS"; tmux_send C-s
wait_for "Receipt number:" 5; ok $? "filed: the receipt is shown"
receipt=$(tmux_screen | grep -oE 'JB-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}' | head -n 1)
like "$receipt" "^JB-" "receipt number $receipt"
refute_screen "Preliminary|review|[Ss]tatus|record" "the flagger sees the receipt and nothing about its handling"
tmux_send q; wait_gone "Receipt number:"; ok $? "q closes the receipt"
tmux_send '!'; wait_for "My flag receipts"; tmux_send Down; tmux_send Enter
wait_for "$receipt" 5; ok $? "my receipts list the new receipt"
like "$(tmux_screen | grep "$receipt")" "Open" "the receipt reads Open"

# --- inspector: the new flag appears after a reload ---------------------------
on ins
refute_screen -F "$receipt" "the open list does not show it yet (no NOTIFY for discipline)"
tmux_send r; wait_for "$receipt" 5; ok $? "r reloads: the staff flag is in the list"
like "$(tmux_screen | grep "$receipt")" "被举报人丁.*老城街道办" "row shows official and unit"
tmux_send f; wait_for "Overdue reviews"; tmux_send 2
wait_for "Showing: overdue reviews"; ok $? "filter: overdue reviews"
refute_screen -F "$receipt" "a fresh flag is not an overdue review"
tmux_send f; wait_for "Open records"; tmux_send 1; wait_for "$receipt"; ok $? "back to open records"
tmux_send g; tmux_settle
# newest first: the fresh flag is the first row (line 5: header, tabs, state, column titles)
like "$(tmux_screen | sed -n 5p)" "$receipt" "the new flag is the newest record"
tmux_send Enter
wait_for "$FACTS" 5; ok $? "Enter opens the record with its facts"
like "$(tmux_screen)" "办事员丙" "the inspector sees who flagged"
like "$(tmux_screen)" "flag received" "history shows the flag received"
tmux_send t; wait_for "Start preliminary review"; ok $? "received: only starting the review is offered"
refute_screen -F "Conclude with" "no conclusion offered before review"
tmux_send Enter; wait_for "Review deadline"; tmux_send Enter
wait_for "Done: Preliminary review" 5; ok $? "preliminary review started"
like "$(tmux_screen)" "Review due: " "deadline shown"
tmux_send t; wait_for "Set aside"; ok $? "review: routes and conclusion offered"
like "$(tmux_screen)" "Route to investigation" "investigation offered"
tmux_send 4; wait_for "Disposition" 3; tmux_send 3     # conclude; criticism
wait_for "Date of the decision"; tmux_send C-u; tmux_type "$FUTURE"; tmux_send Enter
wait_for "Decision document number"; tmux_type "汉纪发〔2025〕7号"; tmux_send Enter
wait_for "Note (optional)"; tmux_send Enter
wait_for "must not be in the future" 5; ok $? "a future decision date: the database's sentence"
tmux_send t; wait_for "Conclude with"; tmux_send 4
wait_for "Disposition" 3; tmux_send 3
wait_for "Date of the decision"; tmux_send Enter
wait_for "Decision document number"; tmux_type "汉纪发〔2025〕7号"; tmux_send Enter
wait_for "Note (optional)"; tmux_type "已谈话提醒"; tmux_send Enter
wait_for "Done: Disposition recorded" 5; ok $? "concluded with a disposition"
like "$(tmux_screen)" "Decision number: 汉纪发〔2025〕7号" "decision number shown"
like "$(tmux_screen)" "Criticism and education" "disposition shown"
tmux_send t; wait_for "no further step"; ok $? "a concluded record offers no step"
tmux_send E; wait_for "Evidence about 被举报人丁" 5; ok $? "E opens the evidence about the official"
like "$(tmux_screen)" "Flag .*Soliciting|Flag .*Favour" "the evidence lists the flag"
tmux_send q; tmux_send q
wait_for "Showing: open"; tmux_send S
wait_for "Open flags by unit and category" 5; ok $? "S opens the inspector reports"
like "$(tmux_screen)" "Officials flagged more than once" "repeat officials section"
tmux_send q

# --- staff: the receipt is closed; still no discipline -----------------------
on stf
tmux_send r; wait_for "Closed" 5; ok $? "staff receipt now reads Closed"
tmux_send q
refute_screen -i "discipline|Criticism|汉纪发" "staff screens show nothing of the outcome"
tmux_send "$dkey"; tmux_send '?'; wait_for "On this screen:"
refute_screen -i "On this screen: *Discipline|discipline" "the inspector's discipline key opens no discipline screen for staff"
tmux_send q

tmux_send Q
done_testing
