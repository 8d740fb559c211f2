#!/bin/bash
# tests/faults/term_sigcont.sh — Ctrl-Z, then fg in the shell, then the
# arrow keys: they must still move between fields (keypad transmit mode is
# set again on SIGCONT).  On the old code an arrow then arrived as Esc [ B:
# Esc left the form and the rest was typed as keys.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/faults/term_lib.sh"
term_setup
CASENO=$(term_case_no)

tmux_start -x 80 -y 24 -- bash --norc --noprofile -i
TMUX_TARGET=t
wait_for "bash-" 5
tmux_type "HOME=$E2E_HOME CASEDESK_CONFIG=/nonexistent PGHOST=$PGHOST PGPORT=$PGPORT PGDATABASE=$PGDATABASE PGUSER=stf1 $CASEDESK; echo status=\$?"
tmux_send Enter
wait_for "Welcome" 10; ok $? "casedesk starts from an interactive shell"
term_open_case t "$CASENO"; ok $? "the case form is open"
before=$(term_case_row "$CASENO")

tmux_send C-z
wait_for "Stopped" 5; ok $? "Ctrl-Z stops casedesk and gives the shell back"
tmux_type "fg"; tmux_send Enter
wait_for "Ctrl-S save" 5; ok $? "fg: the form is drawn again"
tmux_settle
# Down twice reaches a text field; what is typed there is saved.
tmux_send Down; tmux_send Down; tmux_type "箭头ZB7"; tmux_send C-s
wait_for "Saved." 10; ok $? "after fg: Down Down, typing and Ctrl-S save the form"
like "$(tmux_screen)" "Ctrl-S save" "the form is still open (an arrow was not taken for Esc)"
ok $(tmux_screen | grep -q "does nothing here"; [ $? -ne 0 ]; echo $?) "no stray keys from a raw escape sequence"
after=$(term_case_row "$CASENO")
like "$after" "箭头ZB7" "the typed text is in the case row"
# A second stop and fg: Up and Down move the cursor one field each way.
cursor_y() { tmux_cmd display-message -p -t "$TMUX_TARGET" '#{cursor_y}'; }
tmux_send C-z; wait_for "Stopped" 5
tmux_type "fg"; tmux_send Enter; wait_for "Ctrl-S save" 5; tmux_settle
tmux_send Up; tmux_settle; y0=$(cursor_y)
tmux_send Down; tmux_settle; y1=$(cursor_y)
tmux_send Up; tmux_settle; y2=$(cursor_y)
is "$((y1 - y0)) $y2" "1 $y0" "a second stop: Down and Up move one field each (rows $y0 $y1 $y2)"
like "$(tmux_screen)" "Ctrl-S save" "and the form is still open"
tmux_send F10; tmux_settle
done_testing
