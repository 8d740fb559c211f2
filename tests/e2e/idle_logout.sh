#!/bin/bash
# tests/e2e/idle_logout.sh — a session left without a key for idle_timeout
# (3 s here, from a test system file) logs out: what was typed in an open
# form comes back as a draft at the next login, the terminal says why (in
# English and in Chinese), the exit status is 3.  An idle_timeout the system
# file marks fixed is not lifted by the user's file, CASEDESK_CONFIG,
# XDG_CONFIG_HOME, --config or --idle-timeout; one it does not fix is the
# user's to change.  A save waiting for a row lock is not idleness: it
# finishes, and the logout comes idle_timeout after it.
#
# The system file is named by CASEDESK_TEST_SYSTEM_CONFIG, which only the
# test build tests/unit/casedesk_sysconf reads (attacks_config.sh proves the
# installed casedesk does not).
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/faults/faults_lib.sh"
BIN="$top_builddir/tests/unit/casedesk_sysconf"
[ -x "$BIN" ] || { echo "Bail out! $BIN not built"; exit 99; }
faults_setup 8     # one login per concurrent session (a login has a connection limit)
read -r ID CASENO < <(faults_cases 1)
S=$E2E_HOME
printf 'fixed idle_timeout = 3s\n' >"$S/fixed.conf"
printf '# the district default, users may change it\nidle_timeout = 3s\n' >"$S/free.conf"
printf 'idle_timeout = off\n' >"$S/off.conf"
DRAFT="$S/st1/.local/state/casedesk/drafts/st1-case-$ID.draft"
note() { psql_su -c "SELECT coalesce(note, '') FROM casedesk.case_file WHERE id = $ID"; }

# idle NAME LOGIN SYSFILE [VAR=VALUE...] [-- OPTION...]: casedesk_sysconf in a
# shell-less tmux session whose pane stays after the exit (so what is printed
# after curses ends can be read); the status goes to $S/status-NAME.
idle() {
    local name=$1 login=$2 sys=$3 envs=() opts=() cmd; shift 3
    while [ $# -gt 0 ] && [ "$1" != -- ]; do envs+=("$1"); shift; done
    [ "${1:-}" = -- ] && { shift; opts=("$@"); }
    mkdir -p "$S/$login"; chmod 777 "$S/$login"; rm -f "$S/status-$name"
    cmd="env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=screen-256color HOME=$S/$login CASEDESK_CONFIG=/nonexistent"
    cmd="$cmd CASEDESK_LOCALEDIR=$top_builddir/po/locale"   # not run from the top of the build tree
    cmd="$cmd CASEDESK_TEST_SYSTEM_CONFIG=$sys PGHOST=$PGHOST PGPORT=$PGPORT PGDATABASE=$PGDATABASE PGUSER=$login"
    cmd="$cmd ${envs[*]} $BIN --log=$S/$name.log ${opts[*]}; echo \$? >$S/status-$name; sleep 86400"
    if [ -z "$_TMUX_STARTED" ]; then tmux_start -x 100 -y 30 -- sleep 86400; _TMUX_STARTED=1; fi
    tmux_cmd kill-session -t "$name" >/dev/null 2>&1
    tmux_cmd new-session -d -s "$name" -x 100 -y 30 "$cmd" || return 1
    TMUX_TARGET=$name
}
ended() {   # ended NAME [SECONDS=8]: the program has exited
    local i; for i in $(seq 1 $((${2:-8} * 10 * ${CASEDESK_TEST_SLOWDOWN:-1}))); do
        [ -s "$S/status-$1" ] && return 0; sleep 0.1; done; return 1
}
running() { [ ! -s "$S/status-$1" ]; }

# 1. An open form, typed into, left alone: a draft, a sentence, status 3.
idle e1 st1 "$S/fixed.conf"
open_case "$CASENO"; ok $? "st1 opens a case"
focus_field 3; tmux_send C-u; tmux_type "空闲前的草稿ZQ"; wait_for "空闲前的草稿ZQ" 3
t0=$(date +%s%N)
sleep 1.5
ok $(running e1; echo $?) "1.5 s after the last key the session is still open"
ended e1; ok $? "3 s after the last key it has ended"
t1=$(date +%s%N)
ok $([ $(( (t1 - t0) / 1000000 )) -ge 2500 ]; echo $?) "not before the idle time ($(( (t1 - t0) / 1000000 )) ms after the last key)"
is "$(cat "$S/status-e1")" 3 "exit status 3 (logged out when idle)"
wait_for "Logged out after 3 seconds without a key." 3; ok $? "the terminal says why, after curses has ended"
ok $([ -f "$DRAFT" ] && grep -q "空闲前的草稿ZQ" "$DRAFT"; echo $?) "the typed text is kept as a draft"
like "$(cat "$S/e1.log")" "idle for 3 s: logging out" "the log says so too"
is "$(note)" "" "nothing was saved in the database"
tmux_cmd kill-session -t e1

# The next login offers it (idle logout off for this one).
idle e2 st1 "$S/off.conf"
wait_for "Restore the unsaved edit of case $CASENO?" 10; ok $? "the next login offers the draft"
tmux_send y; wait_for "空闲前的草稿ZQ" 5; ok $? "and restores the typing"
tmux_send C-s; wait_for "Saved." 5; ok $? "which then saves"
like "$(note)" "空闲前的草稿ZQ" "the database has it"
tmux_send F10; ended e2; tmux_cmd kill-session -t e2

# 2. In Chinese.
idle z1 st2 "$S/fixed.conf" -- --lang zh
wait_for "欢迎" 10; ok $? "a Chinese session starts"
ended z1; ok $? "and, left alone, ends"
wait_for "3 秒未按任何键，已退出登录。" 3; ok $? "saying why in Chinese"
tmux_cmd kill-session -t z1

# 3. A fixed idle_timeout holds against everything the user controls.
mkdir -p "$S/st3/.config/casedesk" "$S/xdg/casedesk"
printf 'idle_timeout = off\n' >"$S/st3/.config/casedesk/config"
printf 'idle_timeout = 1h\n' >"$S/xdg/casedesk/config"
chmod -R 777 "$S/st3" "$S/xdg"
idle f1 st3 "$S/fixed.conf" CASEDESK_CONFIG=                      # the user's own ~/.config file
idle f2 st4 "$S/fixed.conf" CASEDESK_CONFIG="$S/off.conf"
idle f3 st5 "$S/fixed.conf" CASEDESK_CONFIG= XDG_CONFIG_HOME="$S/xdg"
idle f4 st6 "$S/fixed.conf" -- --config="$S/off.conf"
idle f5 st7 "$S/fixed.conf" -- --idle-timeout=off
idle f6 st8 "$S/fixed.conf" CASEDESK_CONFIG="$S/off.conf" -- --config="$S/off.conf" --idle-timeout=2h
for f in f1 f2 f3 f4 f5 f6; do
    ended "$f" 12; ok $? "fixed 3 s: $f still logs out"
    st=$(cat "$S/status-$f" 2>/dev/null); is "$st" 3 "$f: exit status 3"
    [ "$st" = 3 ] || { on "$f"; tmux_screen | sed 's/^/# /'; sed 's/^/# log: /' "$S/$f.log"; }
done
like "$(cat "$S/f1.log")" "fixed in .*fixed.conf, so not changed: idle_timeout \(.*/st3/.config/casedesk/config:1\)" \
    "the log names the user's line that was ignored"
like "$(cat "$S/f5.log")" "not changed: idle_timeout \(--idle-timeout\)" "and the ignored option"
for f in f1 f2 f3 f4 f5 f6; do tmux_cmd kill-session -t "$f"; done

# 4. Not fixed: the user's file or option may change it; without them it holds.
idle n1 st3 "$S/free.conf" CASEDESK_CONFIG=
idle n2 st4 "$S/free.conf" CASEDESK_CONFIG="$S/off.conf"
idle n3 st5 "$S/free.conf" -- --idle-timeout=off
idle n4 st6 "$S/free.conf"
ended n4 12; ok $? "not fixed, no user setting: the system's 3 s applies"
sleep 3
for n in n1 n2 n3; do ok $(running "$n"; echo $?) "not fixed: $n changed it (still open after 6 s)"; done
for n in n1 n2 n3 n4; do tmux_cmd kill-session -t "$n"; done

# 5. Time stopped (^Z, SIGSTOP) is not idleness: after SIGCONT the full
# idle time runs again.
idle s1 st7 "$S/fixed.conf"
wait_for "Welcome" 10; tmux_send Down
pid=$(pgrep -P "$(tmux_cmd display-message -p -t s1 '#{pane_pid}')" | head -n 1)
kill -STOP "$pid"; sleep 4; kill -CONT "$pid"
sleep 1.5
ok $(running s1; echo $?) "stopped for 4 s, continued: still open 1.5 s later"
ended s1; ok $? "and logged out once idle after that"
tmux_cmd kill-session -t s1

# 6. A save waiting for a row lock is not idleness.
idle w1 st1 "$S/fixed.conf"
open_case "$CASENO"; ok $? "st1 opens the case again"
focus_field 3; tmux_send C-u; tmux_type "等锁时保存"; wait_for "等锁时保存" 3
psql_su -c "BEGIN; SELECT 1 FROM casedesk.case_file WHERE id = $ID FOR UPDATE; SELECT pg_sleep(5); COMMIT" >/dev/null &
LOCKER=$!
sleep 0.5
tmux_send C-s
wait_for "Saving…" 5; ok $? "the save waits for the lock"
wait $LOCKER
wait_for "Saved." 5; ok $? "the save goes through when the lock is released, 5 s later"
ok $(running w1; echo $?) "the session did not log out during the wait"
like "$(note)" "等锁时保存" "the database has the text"
ended w1; ok $? "the logout comes after the wait, once idle"
ok $([ ! -f "$DRAFT" ]; echo $?) "nothing left to keep: no draft"
tmux_cmd kill-session -t w1
done_testing
