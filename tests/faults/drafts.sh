#!/bin/bash
# tests/faults/drafts.sh — what a clerk typed in a case form survives the
# session ending: SIGHUP, SIGTERM, the pane killed (the terminal vanishes),
# F10 with unsaved edits (which asks, going back by default), F10 at
# "terminal too small".  Each leaves a draft in the 0700 state directory
# that the next start offers; a draft of a case changed meanwhile goes
# through the conflict screen.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/faults/faults_lib.sh"
faults_setup 2
read -r ID CASENO < <(faults_cases 1)
DRAFT="$FAULTS_HOME/st1/.local/state/casedesk/drafts/st1-case-$ID.draft"
note() { psql_su -c "SELECT coalesce(note, '') FROM casedesk.case_file WHERE id = $ID"; }

edit() {   # edit NAME TEXT: open the case in a new session as st1, Note := TEXT
    session "$1" st1; open_case "$CASENO" || return 1
    focus_field 3; tmux_send C-u; tmux_type "$2"; wait_for "$2" 5
}
restore() {   # restore NAME TEXT: a new session is offered the draft; y brings TEXT back
    session "$1" st1
    wait_for "Restore the unsaved edit of case $CASENO?" 10 || return 1
    tmux_send y; wait_for "$2" 5
}
ended() {   # ended NAME: the program has exited
    local i; for i in $(seq 1 $((50 * ${CASEDESK_TEST_SLOWDOWN:-1}))); do
        [ -s "$FAULTS_HOME/status-$1" ] && return 0; sleep 0.1; done; return 1
}

# SIGHUP
edit h1 " 挂断前的草稿"; ok $? "st1 types into the Note"
kill -HUP "$(session_pid h1)"; ended h1
is "$(session_status h1)" 129 "SIGHUP: exit status 129"
ok $([ -f "$DRAFT" ]; echo $?) "SIGHUP keeps a draft"
is "$(stat -c %a "$(dirname "$DRAFT")" 2>/dev/null)" 700 "the drafts directory is 0700"
restore h2 "挂断前的草稿"; ok $? "the next start offers the draft and restores the typing"
tmux_send C-s; wait_for "Saved." 5; ok $? "the restored edit saves"
like "$(note)" "挂断前的草稿" "the database has it"
ok $([ ! -f "$DRAFT" ]; echo $?) "the draft is gone once saved"
tmux_cmd kill-session -t h2

# SIGTERM
edit t1 " 终止前的草稿"
kill -TERM "$(session_pid t1)"; ended t1
ok $([ -f "$DRAFT" ]; echo $?) "SIGTERM keeps a draft"
restore t2 "终止前的草稿"; ok $? "offered and restored after SIGTERM"
tmux_send C-s; wait_for "Saved." 5; ok $? "saved"
tmux_cmd kill-session -t t2

# The pane killed (the terminal vanishes), and the case changed meanwhile.
edit k1 " 断线前的草稿"
tmux_cmd kill-session -t k1; ended k1
ok $([ -f "$DRAFT" ]; echo $?) "killing the pane keeps a draft"
session other st2; open_case "$CASENO"; focus_field 2; tmux_send C-u; tmux_type "别人改的地址"; tmux_send C-s
wait_for "Saved." 5; ok $? "meanwhile st2 changes the address"
tmux_cmd kill-session -t other
restore k2 "断线前的草稿"; ok $? "offered and restored after the pane was killed"
tmux_send C-s; wait_for "Changed meanwhile by" 5; ok $? "the draft of a case changed meanwhile meets the conflict screen"
tmux_send M; wait_for "Saved." 5; ok $? "keep mine saves the draft"
like "$(note)" "断线前的草稿" "the Note has the draft"
is "$(psql_su -c "SELECT address FROM casedesk.case_file WHERE id = $ID")" "别人改的地址" "the other's address is kept"
tmux_cmd kill-session -t k2

# F10 with unsaved edits asks; the default goes back; "keep as draft" quits.
edit q1 " 退出前的草稿"
tmux_send F10; wait_for "You have unsaved edits" 5; ok $? "F10 with unsaved edits asks"
tmux_send Enter; wait_gone "You have unsaved edits"
like "$(tmux_screen)" "退出前的草稿" "the default (Enter) goes back to the edit"
ok $([ ! -s "$FAULTS_HOME/status-q1" ]; echo $?) "and casedesk is still running"
tmux_send F10; wait_for "You have unsaved edits" 5; tmux_send Down; tmux_send Enter; ended q1
is "$(session_status q1)" 0 "keep as draft: casedesk quits"
ok $([ -f "$DRAFT" ]; echo $?) "the draft is kept"
restore q2 "退出前的草稿"; ok $? "offered and restored after quitting"
tmux_send C-s; wait_for "Saved." 5; ok $? "saved"
tmux_cmd kill-session -t q2

# F10 at "terminal too small" never drops an edit.
edit s1 " 窗口太小时的草稿"
tmux_cmd resize-window -t s1 -x 50 -y 15; sleep 0.5
tmux_send F10; ended s1
ok $([ -f "$DRAFT" ] && grep -q "窗口太小时的草稿" "$DRAFT"; echo $?) "F10 at 'terminal too small' keeps the edit as a draft"
restore s2 "窗口太小时的草稿"; ok $? "offered and restored at the next start"
tmux_cmd kill-session -t s2; ended s2

# The flag form: an unfiled flag survives a hang-up.
FDRAFT="$FAULTS_HOME/st1/.local/state/casedesk/drafts/st1-flag-0.draft"
session f1 st1
wait_for "Restore the unsaved edit of case $CASENO?" 10 && tmux_send n
wait_for "Welcome" 10
tmux_send '!'; wait_for "My flag receipts"; tmux_send Enter
wait_for "Name of the official to flag"; tmux_type "办事员2"; tmux_send Enter
wait_for "办事员2 (" 5; ok $? "st1 starts flagging st2"
tmux_send Tab; tmux_type "未提交的举报事实"; wait_for "未提交的举报事实" 5
kill -HUP "$(session_pid f1)"; ended f1
ok $([ -f "$FDRAFT" ]; echo $?) "SIGHUP keeps the unfiled flag as a draft"
session f2 st1
wait_for "Restore the flag you had not filed yet?" 10; ok $? "the next start offers it"
tmux_send y; wait_for "未提交的举报事实" 5; ok $? "restored: the facts are back"
like "$(tmux_screen)" "办事员2 \(" "restored: the official is back"
tmux_send C-s; wait_for "Receipt number:" 5; ok $? "the restored flag is filed"
ok $([ ! -f "$FDRAFT" ]; echo $?) "its draft is gone once filed"
tmux_cmd kill-session -t f2

# The task form: the pane killed, then F10 with edits.
admin user add sp1 --name 督查员草稿 --unit dcs --role supervisor >/dev/null
TID=$(psql_as sp1 -c "SELECT casedesk.task_create('草稿测试任务', 'ldb', '$(date -d '+30 days' +%F)'::date)")
TNUM=$(psql_su -c "SELECT number FROM casedesk.task WHERE id = $TID")
TDRAFT="$FAULTS_HOME/sp1/.local/state/casedesk/drafts/sp1-task-$TID.draft"
open_task() {
    wait_for "Welcome" 10 || return 1
    tmux_send "$(screen_key Tasks)"; wait_for "Showing:" || return 1
    tmux_send /; wait_for "Number or words"; tmux_type "草稿测试"; tmux_send Enter
    wait_for "· 草稿测试" || return 1
    tmux_send Enter; wait_for "$TNUM"
}
session p1 sp1; open_task; ok $? "sp1 opens task $TNUM"
tmux_send C-u; tmux_type "断线前的任务标题"; wait_for "断线前的任务标题" 5
tmux_cmd kill-session -t p1; ended p1
ok $([ -f "$TDRAFT" ]; echo $?) "task form: killing the pane keeps a draft"
session p2 sp1
wait_for "Restore the unsaved edit of task $TNUM (saved" 10; ok $? "task form: offered at the next start"
tmux_send y; wait_for "断线前的任务标题" 5; ok $? "task form: restored"
tmux_send F10; wait_for "You have unsaved edits" 5; ok $? "task form: F10 with edits asks"
tmux_send Down; tmux_send Enter; ended p2
is "$(session_status p2)" 0 "task form: keep as draft quits"
like "$(cat "$TDRAFT" 2>/dev/null)" "断线前的任务标题" "task form: the draft is kept"
# Restored, then "discard my edit and quit": the draft goes with it.
session p4 sp1
wait_for "Restore the unsaved edit of task $TNUM (saved" 10; tmux_send y; wait_for "断线前的任务标题" 5
cp "$TDRAFT" "$TDRAFT.keep"
tmux_send F10; wait_for "You have unsaved edits" 5; tmux_send Down; tmux_send Down; tmux_send Enter; ended p4
ok $([ ! -f "$TDRAFT" ]; echo $?) "task form: discard and quit forgets the draft it was restored from"
session p5 sp1; wait_for "Welcome" 10
refute_screen -F "Restore the unsaved edit of task $TNUM" "task form: a discarded edit is not offered again"
tmux_cmd kill-session -t p5
mv "$TDRAFT.keep" "$TDRAFT"
session p3 sp1
wait_for "Restore the unsaved edit of task $TNUM (saved" 10; tmux_send y; wait_for "断线前的任务标题" 5
tmux_send C-s; wait_for "Saved." 5; ok $? "task form: the restored edit saves"
is "$(psql_su -c "SELECT title FROM casedesk.task WHERE id = $TID")" "断线前的任务标题" "task form: the database has it"
tmux_cmd kill-session -t p3

# The payment form: a payment being typed survives a hang-up.
PDRAFT="$FAULTS_HOME/st1/.local/state/casedesk/drafts/st1-payment-$ID.draft"
session y1 st1; open_case "$CASENO"
tmux_send C-t; wait_for "Payments…"
n=$(tmux_screen | grep -oE '[0-9] Payments' | cut -c1); tmux_send "$n"
wait_for "Assessed compensation" 5; tmux_send a; wait_for "Amount in yuan" 5
tmux_type "1234.5"; press Tab 3; tmux_type "PZ-草稿-01"; wait_for "PZ-草稿-01" 5; ok $? "st1 types a payment"
kill -HUP "$(session_pid y1)"; ended y1
ok $([ -f "$PDRAFT" ]; echo $?) "SIGHUP keeps the payment being typed as a draft"
session y2 st1
wait_for "Restore the unsaved payment of case $CASENO?" 10; ok $? "the next start offers it"
tmux_send y; wait_for "PZ-草稿-01" 5; ok $? "restored: the voucher is back"
like "$(tmux_screen | grep "Amount in yuan")" "1234.5" "restored: the amount is back"
tmux_send C-s; wait_for "Payment of 1,234.5 yuan recorded." 5; ok $? "the restored payment is recorded (amount grouped by thousands)"
is "$(psql_su -c "SELECT count(*) FROM casedesk.payment WHERE voucher_no = 'PZ-草稿-01'")" 1 "the database has it once"
ok $([ ! -f "$PDRAFT" ]; echo $?) "its draft is gone once recorded"
done_testing
