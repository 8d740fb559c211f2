#!/bin/bash
# tests/e2e/ui_db.sh — the UI loop and the database: LISTEN/NOTIFY payloads
# reach every screen's notify hook; when the server goes away the header
# says so, the loop backs off without burning CPU, reconnects by itself,
# LISTENs again and tells every screen to reload.
# Uses tests/unit/ui_demo with DEMO_DB=1 on a throwaway cluster.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
: "${top_builddir:=$PWD}"
. "$top_srcdir/tests/lib/tap.sh"
. "$top_srcdir/tests/lib/pg.sh"
. "$top_srcdir/tests/lib/tmux.sh"

command -v tmux >/dev/null || { echo "1..0 # SKIP tmux not installed"; exit 0; }
DEMO="$top_builddir/tests/unit/ui_demo"
[ -x "$DEMO" ] || { echo "Bail out! $DEMO not built"; exit 99; }
unset LANGUAGE
pg_start
pgctl() { pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/server.log" -w -t 60 "$@" >/dev/null; }

tmux_start -e DEMO_DB=1 -e CASEDESK_CONFIG=/nonexistent -e PGHOST="$PGHOST" -e PGPORT="$PGPORT" \
    -e PGUSER="$PGUSER" -e PGDATABASE="$PGDATABASE" -- "$DEMO"
wait_for "Welcome" 5; ok $? "demo connects and starts"
like "$(tmux_screen | sed -n 1p)" " connected │ unread" "header: connected"
tmux_send 4; wait_for "notify=0"; ok $? "screen with a notify hook open"

psql_su -c "NOTIFY casedesk, 'unit:5:update'"
wait_for "notify=1 last=unit/5/update"; ok $? "a NOTIFY payload table:id:op reaches the screen"
wait_for "loads=1"
# (village and official: a case or task payload on the district channel is
# forged and dropped, tests/security/attacks_notify.sh)
psql_su -c "BEGIN; NOTIFY casedesk, 'village:7:insert'; NOTIFY casedesk, 'official:9:delete'; COMMIT;"
wait_for "notify=3 last=official/9/delete"; ok $? "two notifications in one transaction, in order"
wait_for "loads=2"; tmux_settle
like "$(tmux_screen)" "loads=2\b" "the core loads once per burst (the transaction's two changes: one load)"
psql_su -c "NOTIFY other_channel, 'x:1:update'"
refute_screen "notify=([0-24-9]|[0-9]{2,}) " "other channels are not listened to: the count does not move"
like "$(tmux_screen)" "notify=3 " "other channels are not listened to"
tmux_send :; wait_for "Jump"
psql_su -c "NOTIFY casedesk, 'unit:6:update'"
tmux_settle
like "$(tmux_screen)" "notify=3 .*loads=2\b" "while a prompt is open the screen keeps still"
tmux_send Escape; wait_gone "Jump"
wait_for "notify=4 last=unit/6/update"; ok $? "the change waiting behind the prompt arrives when it closes"
wait_for "loads=3"; ok $? "...and is loaded"

# --- the server goes away --------------------------------------------------
pgctl -m fast stop
wait_for "reconnecting…" 10; ok $? "header shows reconnecting after the server stopped"
like "$(tmux_screen)" "connection to the database was lost" "message line says the connection was lost"
pid=$(tmux_pid)
t0=$(awk '{print $14+$15}' /proc/$pid/stat); sleep 2; t1=$(awk '{print $14+$15}' /proc/$pid/stat)
ok $([ $((t1 - t0)) -le 5 ]; echo $?) "back-off while down uses little CPU ($((t1 - t0)) ticks in 2 s)"
tmux_send 2; wait_for "/ 1000"; ok $? "the UI stays usable while disconnected"
tmux_send 4
pgctl start
wait_for " connected │ unread" 40; ok $? "reconnects by itself when the server is back"
wait_for "reload=1" 5; ok $? "every screen was told to reload (notifications were lost)"
like "$(tmux_screen)" "Reconnected to the database" "message line says reconnected"
psql_su -c "NOTIFY casedesk, 'official:3:update'"
wait_for "last=official/3/update"; ok $? "LISTEN is in place again after the reconnect"

# --- a killed backend (connection reset) -------------------------------------
psql_su -c "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'ui_demo'" >/dev/null
wait_for "reload=2" 40; ok $? "a terminated backend is noticed and reconnected"
psql_su -c "NOTIFY casedesk, 'unit:11:update'"
wait_for "last=unit/11/update"; ok $? "notifications flow after the second reconnect"

tmux_send Q; wait_for "Quit casedesk?"; tmux_send y
tmux_wait_exit 5; is "$(tmux_status)" 0 "quits cleanly"
done_testing
