#!/bin/bash
# tests/faults/wait_lock.sh — a save that waits on a row lock held in psql:
# "Saving… N s" is shown and counts; impatient Ctrl-S presses queue
# nothing; Esc cancels (the backend stops waiting at once); the outcome
# stays on the message line; a lock timeout says what is known (a lock held
# by another session), not "someone is changing the same record".  Then a
# hang-up (SIGHUP) and a vanished terminal during a blocked save: the
# backend is gone within 1 s, not at the statement or lock timeout.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/faults/term_lib.sh"
term_setup
CASENO=$(term_case_no)
# stf1's lock waits end after 4 s here (10 s by default), to keep the test short.
psql_su -c "ALTER ROLE stf1 SET lock_timeout = '4s'" >/dev/null

# hold_lock SECONDS: a psql session holding the case row FOR UPDATE.
hold_lock() {
    psql_su -c "SELECT 1 FROM casedesk.case_file WHERE case_no = '$CASENO' FOR UPDATE; SELECT pg_sleep($1)" >/dev/null 2>&1 &
    LOCKER=$!
    local i
    for i in $(seq 100); do
        [ "$(psql_su -c "SELECT count(*) FROM pg_stat_activity WHERE query LIKE '%FOR UPDATE; SELECT pg_sleep%' AND pid <> pg_backend_pid()")" -ge 1 ] && return 0
        sleep 0.05
    done
    return 1
}
release_lock() {
    psql_su -c "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE '%FOR UPDATE; SELECT pg_sleep%' AND pid <> pg_backend_pid()" >/dev/null
    wait "$LOCKER" 2>/dev/null
}
# stf1's backends: all, and those waiting on a lock.
backends() { psql_su -c "SELECT count(*) FROM pg_stat_activity WHERE usename = 'stf1'"; }
lock_waiters() { psql_su -c "SELECT count(*) FROM pg_stat_activity WHERE usename = 'stf1' AND wait_event_type = 'Lock'"; }

session s stf1 80 24
wait_for "Welcome" 10; ok $? "casedesk starts"
term_open_case s "$CASENO"; ok $? "the case form is open"
term_field 2; tmux_type "锁等待A"

# --- waiting is visible, impatience changes nothing, Esc cancels --------------
hold_lock 60; ok $? "psql holds the row lock"
tmux_send C-s
wait_for "Saving… 1 s" 5; ok $? "the save that waits says Saving… with the seconds"
wait_for "Saving… 2 s" 5; ok $? "the seconds count up"
is "$(lock_waiters)" 1 "the backend is waiting on the lock"
tmux_send C-s; tmux_send C-s; tmux_type "x"    # impatient
tmux_send Escape
wait_for "Cancelled: the change was not made." 3; ok $? "Esc cancels the waiting save"
is "$(lock_waiters)" 0 "the backend no longer waits"
tmux_settle 3; sleep 1
like "$(tmux_screen)" "Cancelled: the change was not made." "the outcome stays on the message line (the keys typed while waiting did not erase it)"
ok $(tmux_screen | grep -q "Saving…"; [ $? -ne 0 ]; echo $?) "the Ctrl-S presses typed while waiting queued no further save"
is "$(lock_waiters)" 0 "...nor any waiting statement"
like "$(tmux_screen)" "Ctrl-S save" "the form is kept"

# --- the lock timeout: a truthful sentence ------------------------------------
tmux_send C-s
wait_for "Saving… 1 s" 5
wait_for "Another session holds a lock this change needs" 15; ok $? "a lock timeout says another session holds a lock"
ok $(tmux_screen | grep -q "same record"; [ $? -ne 0 ]; echo $?) "and not that someone changes the same record"
release_lock
tmux_send C-s; wait_for "Saved." 10; ok $? "with the lock gone the same form saves"
like "$(term_case_row "$CASENO")" "锁等待A" "what was typed is in the row"

# --- a hang-up while the save waits: the backend goes at once ------------------
# gone_ms: milliseconds until stf1 has no backend (or 9999).
gone_ms() {
    local t0=$1 i
    for i in $(seq 400); do
        [ "$(backends)" = 0 ] && { echo $(( $(now_ms) - t0 )); return; }
        sleep 0.02
    done
    echo 9999
}
term_field_at 2 "Address: "; tmux_type "B"
hold_lock 60
tmux_send C-s; wait_for "Saving… 1 s" 5
is "$(lock_waiters)" 1 "a second save waits on the lock"
t0=$(now_ms); kill -HUP "$(session_pid s)"
ms=$(gone_ms "$t0")
diag "SIGHUP during a blocked save: backend gone after $ms ms"
ok $([ "$ms" -le 1000 ]; echo $?) "SIGHUP: the backend is gone within 1 s ($ms ms)"
sleep 0.5; is "$(session_status s)" 129 "casedesk exited with 129"
release_lock

# --- the terminal vanishes while the save waits --------------------------------
session v stf1 80 24
wait_for "Welcome" 10
term_open_case v "$CASENO"; term_field 2; tmux_type "C"
hold_lock 60
tmux_send C-s; wait_for "Saving… 1 s" 5
t0=$(now_ms); tmux_cmd kill-session -t v
ms=$(gone_ms "$t0")
diag "terminal gone during a blocked save: backend gone after $ms ms"
ok $([ "$ms" -le 1000 ]; echo $?) "terminal gone: the backend is gone within 1 s ($ms ms)"
release_lock
done_testing
