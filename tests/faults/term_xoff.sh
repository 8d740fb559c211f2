#!/bin/bash
# tests/faults/term_xoff.sh — a Ctrl-S (XOFF) typed before casedesk has
# started must not stop it: flow control is turned off before the first
# write and output restarted.  On the old code the screen stayed blank for
# ever and SIGTERM did nothing (the handler's write restarted, blocked).
# Also: the terminal's own flow-control setting comes back at exit.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/faults/term_lib.sh"
term_setup

# An interactive shell in the pane, with flow control on as a login has it.
tmux_start -x 80 -y 24 -- bash --norc --noprofile -i
wait_for "bash-" 5
tmux_type "stty ixon; echo flow=o''n; sleep 2; HOME=$E2E_HOME CASEDESK_CONFIG=/nonexistent PGHOST=$PGHOST PGPORT=$PGPORT PGDATABASE=$PGDATABASE PGUSER=stf1 $CASEDESK; echo status=\$?; stty -a | grep -o -- '-\\?ixon '"
tmux_send Enter
wait_for "flow=on" 5; ok $? "the shell set flow control on"
tmux_send C-s          # typed while casedesk is still starting: the tty stops output
wait_for "Welcome" 10; ok $? "casedesk draws its home screen despite the early ^S"
tmux_send Q; wait_for "Quit casedesk?" 5; ok $? "it answers keys"
tmux_send y
wait_for "status=0" 10; ok $? "and quits normally"
wait_for "ixon " 5
like "$(tmux_screen | grep -o -- '-\?ixon ' | tail -n 1)" "^ixon " "the terminal has flow control on again after exit"

# SIGTERM is heard while starting after an XOFF.
tmux_send C-l
tmux_type "echo again; sleep 2; HOME=$E2E_HOME CASEDESK_CONFIG=/nonexistent PGHOST=$PGHOST PGPORT=$PGPORT PGDATABASE=$PGDATABASE PGUSER=stf1 $CASEDESK; echo status2=\$?"
tmux_send Enter
wait_for "again" 5; tmux_send C-s
wait_for "Welcome" 10; ok $? "second start after an XOFF shows the home screen"
pid=$(term_shell_child)
[ -n "$pid" ] && kill -TERM "$pid"
wait_for "status2=143" 10; ok $? "SIGTERM ends it (status 143)"
done_testing
