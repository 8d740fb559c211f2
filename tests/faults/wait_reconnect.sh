#!/bin/bash
# tests/faults/wait_reconnect.sh — the server goes away for 20 s (pg_ctl
# stop, start): casedesk is connected again within 1 s of the server
# accepting connections (the old back-off grew to 32 s: 11.6 s measured),
# with the form and its typed text kept, and saves work again.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/faults/term_lib.sh"
term_setup
CASENO=$(term_case_no)
pgctl() { pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/server.log" -t 60 "$@" >/dev/null; }
accepting() { "$PG_BIN/pg_isready" -q -h "$PGHOST" -p "$PGPORT" -t 1; }

session s stf1 80 24
wait_for "Welcome" 10; ok $? "casedesk starts"
term_open_case s "$CASENO"; term_field 2; tmux_type "断线后"

pgctl -w -m fast stop
wait_for "reconnecting…" 10; ok $? "the header says reconnecting once the server is gone"
sleep 20
pgctl -W start
until accepting; do sleep 0.02; done
t_up=$(now_ms)
t_conn=
for i in $(seq 1500); do
    tmux_screen | head -n 1 | grep -qF " connected │" && { t_conn=$(now_ms); break; }
    sleep 0.02
done
ok $([ -n "$t_conn" ]; echo $?) "casedesk reconnects by itself"
ms=$(( ${t_conn:-99999} - t_up ))
diag "server accepting → casedesk connected: $ms ms"
ok $([ "$ms" -le 1000 ]; echo $?) "connected again within 1 s of the server accepting ($ms ms)"
like "$(tmux_screen)" "断线后" "the form and its typed text are kept"
tmux_send C-s; wait_for "Saved." 10; ok $? "and it saves"
like "$(term_case_row "$CASENO")" "断线后" "the typed text is in the row"

# --- the same over TCP (the database on another host) ------------------------
# A refused TCP connect fails only in libpq's polling, which is where the
# old back-off doubled up to 32 s.
PORT=$((20000 + RANDOM % 20000))
printf "listen_addresses = '127.0.0.1'\nport = %s\n" "$PORT" | pg_as_owner tee -a "$PG_TMP/data/postgresql.conf" >/dev/null
pgctl -w -m fast restart || { echo "Bail out! no TCP cluster on port $PORT"; exit 99; }
export PGPORT=$PORT
SOCKDIR=$PGHOST
PGHOST=127.0.0.1
session tcp stf1 80 24
wait_for "Welcome" 10; ok $? "casedesk starts over TCP"
term_open_case tcp "$CASENO"; term_field 2; tmux_type "经TCP"
pgctl -w -m fast stop
wait_for "reconnecting…" 10; ok $? "TCP: the header says reconnecting"
sleep 20
pgctl -W start
until "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PGPORT" -t 1; do sleep 0.02; done
t_up=$(now_ms)
t_conn=
for i in $(seq 1500); do
    tmux_screen | head -n 1 | grep -qF " connected │" && { t_conn=$(now_ms); break; }
    sleep 0.02
done
ok $([ -n "$t_conn" ]; echo $?) "TCP: casedesk reconnects by itself"
ms=$(( ${t_conn:-99999} - t_up ))
diag "TCP: server accepting → casedesk connected: $ms ms"
ok $([ "$ms" -le 1000 ]; echo $?) "TCP: connected again within 1 s of the server accepting ($ms ms)"
tmux_send C-s; wait_for "Saved." 10; ok $? "TCP: the kept form saves"
PGHOST=$SOCKDIR
done_testing
