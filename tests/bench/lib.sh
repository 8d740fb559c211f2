# tests/bench/lib.sh — helpers of tests/bench/bench.sh: casedesk sessions in
# tmux with a log, the timing lines they write, psql/pgbench baselines, and
# the result table.
#
# Timing lines (src/ui_loop.c, only with --log):
#   timing first_draw ms=N                 process start → first doupdate
#   timing key=K screen=S ms=N             key readable → its doupdate
#   timing settle key=K screen=S ms=N      ... → doupdate after debounce timers
#   timing notify ms=N                     NOTIFY readable → redraw showing it

. "$top_srcdir/tests/lib/tmux.sh"

CASEDESK=${BENCH_CASEDESK:-$top_builddir/casedesk}   # another build to compare with
ADMIN="$top_builddir/casedesk-admin"
PSQL="$BENCH_PG_BIN/psql"
PGBENCH="$BENCH_PG_BIN/pgbench"

now_ms() { local t=${EPOCHREALTIME/./}; echo $((t / 1000)); }
now_us() { echo "${EPOCHREALTIME/./}"; }

# ---- sessions ------------------------------------------------------------
# session NAME LOGIN [COLS ROWS]: casedesk as LOGIN in tmux session NAME,
# logging to $BENCH_TMP/NAME.log.
_TMUX_UP=
session() {
    local name=$1 login=$2 cols=${3:-132} rows=${4:-43} cmd
    mkdir -p "$BENCH_TMP/home-$login"
    rm -f "$BENCH_TMP/$name.log"
    # GNUTLS_NO_IMPLICIT_INIT=1: what the host's sshd gives every session
    # (casedesk-host-setup's SetEnv), so the figures are the users'.
    cmd="env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=screen-256color HOME=$BENCH_TMP/home-$login"
    cmd="$cmd GNUTLS_NO_IMPLICIT_INIT=1 CASEDESK_CONFIG=/nonexistent PGHOST=$PGHOST PGPORT=$PGPORT PGDATABASE=$PGDATABASE"
    cmd="$cmd PGUSER=$login $CASEDESK --log=$BENCH_TMP/$name.log"
    if [ -z "$_TMUX_UP" ]; then
        TMUX_TARGET=bench-keeper   # never a figure's session name
        tmux_start -x "$cols" -y "$rows" -- sleep 86400   # keeps the server up
        _TMUX_UP=1
        tmc_start
    fi
    # (the server's configuration has no status line: tests/lib/tmux.sh)
    tmc "kill-session -t $name"
    SESSION_T0=${EPOCHREALTIME/./}   # the terminal is asked to start it
    tmc "new-session -d -s $name -x $cols -y $rows '$cmd'" || return 1
    TMUX_TARGET=$name
}

# ---- a control-mode client: tmux commands without a process each ----------
# Every figure ends when tmux shows the result.  Asked through a `tmux`
# process, the question alone takes 2.5–3 ms (start a client, connect,
# capture the whole pane, grep it), which was in every figure; asked
# through one client in control mode (tmux -C, on FIFOs), with tmux's own
# search of the pane (#{C/r:REGEX}), it takes ≈ 0.2 ms.  Sessions are
# started through it too: the clock then holds tmux starting the pane's
# process, not a tmux client starting up.
TMC_IN= TMC_OUT= TMC_N=0
tmc_start() {
    local f=$BENCH_TMP/tmc.$RANDOM
    mkfifo "$f.in" "$f.out"
    tmux_cmd -C attach -t "$TMUX_TARGET" <"$f.in" >"$f.out" 2>/dev/null &
    exec {TMC_IN}>"$f.in" {TMC_OUT}<"$f.out"
    rm -f "$f.in" "$f.out"
    tmc_sync
}
tmc_stop() {
    [ -n "$TMC_IN" ] || return 0
    exec {TMC_IN}>&- {TMC_OUT}<&-
    TMC_IN= TMC_OUT=
}
# _tmc_block: read one reply block (%begin … %end/%error) into TMC_REPLY;
# notifications between blocks (%sessions-changed, …) are skipped.
_tmc_block() {
    local l inside=
    TMC_REPLY=
    while IFS= read -r -t 10 l <&"$TMC_OUT"; do
        case $l in
            "%begin "*) inside=1 ;;
            "%end "*) [ -n "$inside" ] && return 0 ;;
            "%error "*) [ -n "$inside" ] && return 1 ;;
            *) [ -n "$inside" ] && TMC_REPLY+=$l$'\n' ;;
        esac
    done
    return 2
}
# The client's first block answers its own attach: read up to a reply we
# asked for, so that every later reply is the answer to its command.
tmc_sync() {
    TMC_N=$((TMC_N + 1))
    printf 'display-message -p tmc-sync-%s\n' "$TMC_N" >&"$TMC_IN"
    while _tmc_block || [ $? -eq 1 ]; do
        [ "$TMC_REPLY" = "tmc-sync-$TMC_N"$'\n' ] && return 0
    done
    echo "bench: the tmux control client does not answer" >&2
    return 1
}
# tmc COMMAND: run one tmux command; its output in TMC_REPLY (a variable,
# not a subshell: a fork is a millisecond).  Fails when tmux says %error.
tmc() {
    printf '%s\n' "$1" >&"$TMC_IN"
    _tmc_block
}
# seen NAME REGEX: REGEX (POSIX extended, no single quote) is on the screen.
# Each question carries a number its answer repeats: an answer that is not
# to this question (one left over, seen once in a few hundred) is skipped,
# never taken for this one's.
seen() {
    TMC_N=$((TMC_N + 1))
    printf '%s\n' "display-message -p -t $1 'q$TMC_N #{C/r:$2}'" >&"$TMC_IN"
    while :; do
        _tmc_block; case $? in 2) return 1 ;; esac
        case $TMC_REPLY in "q$TMC_N "*) break ;; esac
    done
    [ "$TMC_REPLY" != "q$TMC_N 0"$'\n' ]
}
on() { TMUX_TARGET=$1; }
pane_pid() { tmux_cmd display-message -p -t "$1" '#{pane_pid}'; }
# casedesk_pid NAME: the casedesk process of tmux session NAME (the pane's
# shell may exec it or run it as a child).
casedesk_pid() {
    local p comm
    comm=$(basename "$CASEDESK" | cut -c1-15)   # BENCH_CASEDESK may be named otherwise
    p=$(pane_pid "$1")
    [ "$(cat "/proc/$p/comm" 2>/dev/null)" = "$comm" ] && { echo "$p"; return; }
    pgrep -P "$p" -x "$comm" | head -n 1
}

# The key of a main screen, read from the title line (row 2): "3 Cases" → 3.
# (a name the tab line had to cut matches by its first four characters)
screen_key() { tmux_screen | sed -n 2p | grep -oE "(^| )[0-9] ?(${1}|${1:0:4})" | head -n 1 | grep -oE '[0-9]' | head -n 1; }

# ---- timing lines ----------------------------------------------------------
# tcount NAME: timing lines so far in NAME's log.
tcount() { local n; n=$(grep -c ' timing ' "$BENCH_TMP/$1.log" 2>/dev/null); echo "${n:-0}"; }
# tlines NAME FROM: the timing lines after the first FROM, without the stamp.
tlines() { grep ' timing ' "$BENCH_TMP/$1.log" 2>/dev/null | tail -n +"$(( $2 + 1 ))" | sed 's/^.* timing /timing /'; }
# twait NAME N [TIMEOUT_MS=5000]: until NAME's log has more than N timing lines.
twait() {
    local name=$1 n=$2 end=$(( $(now_ms) + ${3:-5000} ))
    while [ "$(tcount "$name")" -le "$n" ]; do
        [ "$(now_ms)" -ge "$end" ] && return 1
        sleep 0.005
    done
}
# tquiet NAME [MS=300]: until no timing line arrives for MS (a screen settled).
tquiet() {
    local name=$1 quiet=${2:-300} last cur t
    last=$(tcount "$name"); t=$(now_ms)
    while :; do
        sleep 0.02
        cur=$(tcount "$name")
        if [ "$cur" != "$last" ]; then last=$cur; t=$(now_ms)
        elif [ $(( $(now_ms) - t )) -ge "$quiet" ]; then return 0; fi
    done
}
# press NAME KEY: send KEY, wait for its timing line(s); prints the largest
# ms of key/settle lines it caused (a debounced screen settles later).
press() {
    local name=$1 key=$2 n
    n=$(tcount "$name")
    tmux_cmd send-keys -t "$name" "$key"
    twait "$name" "$n" "${PRESS_TIMEOUT:-10000}" || { echo "n/a"; return 1; }
    tquiet "$name" 250
    tlines "$name" "$n" | grep -E '^timing (key|settle)' | ms_of | max_of
}
ms_of() { sed -nE 's/.* ms=([0-9.]+).*/\1/p'; }
max_of() { sort -g | tail -n 1; }
median_of() { sort -g | awk '{a[NR]=$1} END {if (NR) print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }
fmt_ms() { [ -n "$1" ] && [ "$1" != n/a ] && printf '%.1f ms' "$1" || echo "${2:-n/a}"; }

# ---- baselines -------------------------------------------------------------
# pgb_ms LOGIN SQL [TIMES=20]: the average latency of SQL over pgbench runs
# (one connection, simple protocol: parameters are literals, as in the
# custom plan libpq gets for PQexecParams).
pgb_ms() {
    local login=$1 sql=$2 t=${3:-20} f
    f=$(mktemp "$BENCH_TMP/pgb.XXXXXX.sql")
    printf '%s\n' "$sql" >"$f"
    "$PGBENCH" -n -U "$login" -t "$t" -f "$f" "$PGDATABASE" 2>/dev/null |
        sed -nE 's/^latency average = ([0-9.]+) ms/\1/p'
}
# q LOGIN SQL: one value.
q() { local who=$1; shift; "$PSQL" -X -q -At -v ON_ERROR_STOP=1 -U "$who" -c "$1" 2>/dev/null; }

# ---- the table ---------------------------------------------------------------
# row FIGURE TARGET_MS MEASURED BASELINE [NOTE]: MEASURED/BASELINE are numbers
# (ms, MB...) or "n/a (...)"; TARGET is "≤ N unit" compared numerically.
RESULTS=
row() { RESULTS="$RESULTS$1|$2|$3|$4|$5|$6"$'\n'; }
verdict() {   # verdict MEASURED LIMIT → MET / MISSED / -
    case $1 in ''|n/a*) echo "-"; return ;; esac
    awk -v m="$1" -v l="$2" 'BEGIN { print (m + 0 <= l + 0) ? "MET" : "MISSED" }'
}
ratio() {   # ratio MEASURED BASELINE → "3.2x"
    case "$1$2" in *n/a*|'') echo "-"; return ;; esac
    [ -z "$1" ] || [ -z "$2" ] && { echo "-"; return; }
    awk -v m="$1" -v b="$2" 'BEGIN { if (b + 0 > 0) printf "%.2fx\n", m / b; else print "-" }'
}
print_table() {
    local w1=50
    printf '%-*s | %-15s | %-24s | %-40s | %-8s | %s\n' $w1 "figure" "target" "measured" "baseline" "ratio" "verdict"
    printf '%s\n' "$(printf '%*s' 150 '' | tr ' ' '-')"
    printf '%s' "$RESULTS" | while IFS='|' read -r fig tgt meas base rat ver; do
        [ -n "$fig" ] || continue
        printf '%-*s | %-15s | %-24s | %-40s | %-8s | %s\n' $w1 "$fig" "$tgt" "$meas" "$base" "$rat" "$ver"
    done
}
