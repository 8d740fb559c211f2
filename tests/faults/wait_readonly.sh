#!/bin/bash
# tests/faults/wait_readonly.sh — a database that cannot take the write:
# read-only (default_transaction_read_only, as on a hot standby) and a
# statement timeout.  One clear sentence in the user's language (no raw
# server text, also not in the Chinese UI), and the form is kept.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/faults/term_lib.sh"
term_setup
CASENO=$(term_case_no)
raw="read-only transaction|cannot execute|ERROR|25006|57014|canceling statement"

psql_su -c "ALTER DATABASE casedesk SET default_transaction_read_only = on" >/dev/null

session en stf1 80 24
wait_for "Welcome" 10; ok $? "casedesk starts on a read-only database"
term_open_case en "$CASENO"; term_field 2; tmux_type "只读库"
tmux_send C-s
wait_for "The database is read-only at the moment" 10; ok $? "saving says the database is read-only"
ok $(tmux_screen | grep -qE "$raw"; [ $? -ne 0 ]; echo $?) "no server text or SQLSTATE"
like "$(tmux_screen)" "只读库" "the form and the typed text are kept"
tmux_send F10; tmux_settle

cmd="env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=screen-256color HOME=$E2E_HOME/stf1 CASEDESK_CONFIG=/nonexistent PGHOST=$PGHOST PGPORT=$PGPORT PGDATABASE=$PGDATABASE PGUSER=stf1 $CASEDESK --lang zh"
tmux_cmd new-session -d -s zh -x 80 -y 24 "$cmd"; on zh
wait_for "未读" 10; ok $? "casedesk starts in Chinese"
tmux_send :; wait_for "：" 5; tmux_type "$CASENO"; tmux_send Enter
wait_for "Ctrl-S" 10
term_field 2; tmux_type "中文只读"; tmux_send C-s
wait_for "数据库目前为只读" 10; ok $? "the Chinese interface says it in Chinese"
ok $(tmux_screen | grep -qE "$raw"; [ $? -ne 0 ]; echo $?) "no English server text in the Chinese interface"
like "$(tmux_screen)" "中文只读" "the form is kept"
# Killed with an edit open, that session writes a draft as it exits: wait
# for it to be gone before the draft is removed below (under load it
# wrote the draft after the rm once, and the next session asked about it).
zpid=$(tmux_cmd display-message -p -t zh '#{pane_pid}')
tmux_cmd kill-session -t zh
for _ in $(seq 1 $((100 * ${CASEDESK_TEST_SLOWDOWN:-1}))); do
    kill -0 "$zpid" 2>/dev/null || break
    sleep 0.05
done

# --- a statement timeout -------------------------------------------------------
PGOPTIONS="-c default_transaction_read_only=off" psql_su -c "ALTER DATABASE casedesk RESET default_transaction_read_only" >/dev/null
psql_su -c "ALTER ROLE stf1 SET statement_timeout = '2s'; ALTER ROLE stf1 SET lock_timeout = 0" >/dev/null
# The Chinese session was killed with an edit open, so it kept a draft
# (tests/faults/drafts.sh proves that); this part starts without it.
rm -rf "$E2E_HOME/stf1/.local/state/casedesk/drafts"
session to stf1 80 24
wait_for "Welcome" 10
term_open_case to "$CASENO"; term_field 2; tmux_type "超时"
psql_su -c "SELECT 1 FROM casedesk.case_file WHERE case_no = '$CASENO' FOR UPDATE; SELECT pg_sleep(30)" >/dev/null 2>&1 &
locker=$!
sleep 0.5
tmux_send C-s
wait_for "The database took too long and stopped the request; nothing was changed." 15; ok $? "a statement timeout: one sentence"
ok $(tmux_screen | grep -qE "$raw"; [ $? -ne 0 ]; echo $?) "no server text"
like "$(tmux_screen)" "超时" "the form is kept"
psql_su -c "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE '%FOR UPDATE; SELECT pg_sleep%' AND pid <> pg_backend_pid()" >/dev/null
wait "$locker" 2>/dev/null
done_testing
