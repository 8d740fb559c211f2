#!/bin/bash
# tests/faults/wait_crash.sh — kill -9 of the postmaster mid-save and
# mid-edit: the save that was waiting fails with one sentence and changes
# nothing, the form and its typed text are kept, casedesk reconnects after
# crash recovery by itself, and the saved text is in the row exactly once.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/faults/term_lib.sh"
term_setup
# The test clusters commit asynchronously (tests/lib/pg.sh: throwaway data).
# Here a save's "Saved." must mean it survives the kill -9 that follows a
# moment later: with synchronous_commit off the WAL of a commit may not yet
# be written when the postmaster dies (up to 3 × wal_writer_delay), and the
# first save was lost once in CI — the second save then rightly met a
# conflict with the row as it was before.
psql_su -c "ALTER SYSTEM SET synchronous_commit = on" >/dev/null
psql_su -c "SELECT pg_reload_conf()" >/dev/null
CASENO=$(term_case_no)
pgctl() { pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/server.log" -t 60 "$@" >/dev/null 2>&1; }
# After kill -9 the old backends leave when they notice (they hold the
# shared memory until then): start again until the server takes it.
restart() { local i; for i in $(seq 100); do pgctl -w start && return 0; sleep 0.2; done; return 1; }
crash() { kill -KILL "$(head -n 1 "$PG_TMP/data/postmaster.pid")"; }
note() { psql_su -c "SELECT coalesce(note, '') FROM casedesk.case_file WHERE case_no = '$CASENO'"; }
connected() { wait_match "^ .* connected │" "${1:-30}"; }
note0=$(note)

session s stf1 80 24
wait_for "Welcome" 10; ok $? "casedesk starts"
term_open_case s "$CASENO"; term_field_at 3 "Note"; tmux_type "崩溃前"

# --- mid-save: the row is locked, the save waits, the server dies ------------
{ echo "BEGIN; SELECT 1 FROM casedesk.case_file WHERE case_no = '$CASENO' FOR UPDATE;"; sleep 120; } |
    psql_su >/dev/null 2>&1 &
locker=$!
for _ in $(seq 100); do
    [ "$(psql_su -c "SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
                      WHERE c.relname = 'case_file' AND l.mode = 'RowShareLock'")" -ge 1 ] && break
    sleep 0.05
done
tmux_send C-s
wait_for "Saving…" 10; ok $? "the save waits for the lock, and says so"
crash
wait_for "reconnecting…" 15; ok $? "kill -9 of the postmaster: the header says reconnecting"
like "$(tmux_screen)" "崩溃前" "the form and the typed text are kept"
refute_screen -F "Saved." "the save is not reported as saved"
kill "$locker" 2>/dev/null; wait "$locker" 2>/dev/null
restart || { echo "Bail out! the server did not come back after kill -9"; exit 99; }
connected 30; ok $? "casedesk reconnects by itself after crash recovery"
is "$(note)" "$note0" "the save that was waiting changed nothing"
tmux_send C-s; wait_for "Saved." 10; ok $? "the kept edit saves after the crash"
is "$(note)" "${note0}崩溃前" "the text is in the row exactly once"

# --- mid-edit: typed, not yet saved, the server dies ---------------------------
term_field_at 3 "Note"; tmux_type "再次"
crash
wait_for "reconnecting…" 15; ok $? "a second kill -9, mid-edit"
restart || { echo "Bail out! the server did not come back"; exit 99; }
connected 30; ok $? "reconnected again"
like "$(tmux_screen)" "崩溃前再次" "the typed text survived"
tmux_send C-s; wait_for "Saved." 10; ok $? "and saves"
is "$(note)" "${note0}崩溃前再次" "the row has each text exactly once"
tmux_send F10; tmux_settle
done_testing
