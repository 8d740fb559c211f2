# tests/lib/tmux.sh — drive casedesk in a real terminal: a private tmux server.
#
#   . "$top_srcdir/tests/lib/tmux.sh"
#   tmux_start [-x COLS] [-y ROWS] [-e VAR=VALUE]... -- COMMAND [ARGS...]
#   wait_for '新城街道办' 5 || ...      # poll capture-pane every 50 ms
#   wait_match ' no *$' 5                # the same for an extended regex
#   tmux_send q                          # send-keys (tmux key names: Enter, Escape, C-c, F1)
#   tmux_type '张三'                     # literal text (send-keys -l)
#   screen=$(tmux_screen)                # the pane as text
#   tmux_resize 100 30
#   tmux_wait_exit 5 && echo "status $(tmux_status)"   # kill -HUP $(tmux_pid)
#   tmux_stop                            # also run from the EXIT trap
#   refute_screen -i 'discipline' "staff never sees discipline"   # TAP: absent once settled
#   w=$(tmux_screen | head -n 1 | text_width)   # display columns of each line
#
# CASEDESK_TEST_SLOWDOWN (default 1) multiplies every timeout: a sanitizer
# build or a loaded machine is slower, and a wait is an upper bound, not a
# measurement (latency is measured by `make bench`).
#
# The server has its own socket (tmux -L) and no configuration (only remain-on-exit and no status line),
# so it neither sees nor disturbs anyone's tmux.  The pane runs with
# LANG=C.UTF-8 and stays open after the program exits (remain-on-exit), so
# its last screen and exit status can be read.

TMUX_BASE="casedesk-test-$$-${RANDOM}"
TMUX_RUN=0
TMUX_SOCK="$TMUX_BASE-0"
TMUX_TARGET="t"

# The server's only configuration: a program that fails at once must leave
# its pane (and message) behind, so remain-on-exit has to be in force before
# the pane's command starts, not set after new-session.
TMUX_CONF=${TMPDIR:-/tmp}/casedesk-tmux-$$.conf
printf 'set -g remain-on-exit on\nset -g status off\n' >"$TMUX_CONF"
tmux_cmd() { tmux -L "$TMUX_SOCK" -f "$TMUX_CONF" "$@"; }

# text_width: the display width of each line on stdin, one number a line
# (CJK counts 2), measured by a check program (tests/unit/textwidth.c) with
# the C library's wcwidth, independently of casedesk's own width.c.
text_width() {
    local tw="${top_builddir:-.}/tests/unit/textwidth"
    [ -x "$tw" ] || { echo "Bail out! $tw not built (make check builds it)" >&2; exit 99; }
    "$tw"
}

tmux_stop() {
    tmux_cmd kill-server >/dev/null 2>&1 || true
    [ -n "${TMUX_STATUS_FILE:-}" ] && rm -f "$TMUX_STATUS_FILE"
    [ "${1:-}" = final ] && rm -f "$TMUX_CONF"
}

tmux_start() {
    local cols=80 rows=24 envs=() cmd q=""
    while [ $# -gt 0 ]; do
        case $1 in
            -x) cols=$2; shift 2 ;;
            -y) rows=$2; shift 2 ;;
            -e) envs+=("$2"); shift 2 ;;
            --) shift; break ;;
            *) break ;;
        esac
    done
    for a in "$@"; do q="$q $(printf '%q' "$a")"; done
    local e=""
    for a in "${envs[@]}"; do e="$e $(printf '%q' "$a")"; done
    # The pane runs a shell that waits for the program and records its exit
    # status in a file: tmux itself is not always quick to reap the child.
    TMUX_STATUS_FILE=$(mktemp "${TMPDIR:-/tmp}/tmux-status.XXXXXX")
    rm -f "$TMUX_STATUS_FILE"
    cmd="env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=screen-256color$e$q; echo \$? >$(printf '%q' "$TMUX_STATUS_FILE")"
    # Chain our cleanup in front of any EXIT trap already set (pg_stop).
    if [ -z "${_TMUX_TRAPPED:-}" ]; then
        local prev
        prev=$(trap -p EXIT | sed -E "s/^trap -- '(.*)' EXIT$/\\1/")
        trap "tmux_stop final; ${prev}" EXIT
        _TMUX_TRAPPED=1
    fi
    # A fresh socket per start: no race with a server still shutting down.
    tmux_stop
    TMUX_RUN=$((TMUX_RUN + 1))
    TMUX_SOCK="$TMUX_BASE-$TMUX_RUN"
    tmux_cmd new-session -d -s "$TMUX_TARGET" -x "$cols" -y "$rows" "$cmd" || return 1
    tmux_cmd set-window-option -t "$TMUX_TARGET" aggressive-resize off >/dev/null 2>&1
}

tmux_send() { tmux_cmd send-keys -t "$TMUX_TARGET" "$@"; }
tmux_type() { tmux_cmd send-keys -t "$TMUX_TARGET" -l -- "$1"; }
tmux_screen() { tmux_cmd capture-pane -p -t "$TMUX_TARGET"; }
tmux_resize() { tmux_cmd resize-window -t "$TMUX_TARGET" -x "$1" -y "$2"; }
tmux_shell_pid() { tmux_cmd display-message -p -t "$TMUX_TARGET" '#{pane_pid}' 2>/dev/null; }
# The program's pid (the child of the pane's shell).
tmux_pid() { pgrep -P "$(tmux_shell_pid)" | head -n 1; }
# The program has exited and its status was recorded.
tmux_dead() { [ -s "$TMUX_STATUS_FILE" ]; }
tmux_status() { cat "$TMUX_STATUS_FILE" 2>/dev/null; }

# _deadline SECONDS → an end time in centiseconds since the epoch
_tmux_now_cs() { local t; t=$(date +%s%N); echo $((t / 10000000)); }

# wait_for TEXT [TIMEOUT=5]: until the pane shows TEXT (fixed string).
# On timeout prints the screen as TAP diagnostics and returns 1.
wait_for() {
    local text=$1 timeout=$(( ${2:-5} * ${CASEDESK_TEST_SLOWDOWN:-1} )) end
    end=$(( $(_tmux_now_cs) + timeout * 100 ))
    while :; do
        tmux_screen 2>/dev/null | grep -qF -- "$text" && return 0
        [ "$(_tmux_now_cs)" -ge "$end" ] && break
        sleep 0.05
    done
    echo "# wait_for timed out after ${timeout}s waiting for: $text"
    tmux_screen 2>/dev/null | sed 's/^/#   |/'
    return 1
}

# wait_match REGEX [TIMEOUT=5]: until a line of the pane matches REGEX
# (extended), as wait_for.
wait_match() {
    local re=$1 timeout=$(( ${2:-5} * ${CASEDESK_TEST_SLOWDOWN:-1} )) end
    end=$(( $(_tmux_now_cs) + timeout * 100 ))
    while :; do
        tmux_screen 2>/dev/null | grep -qaE -- "$re" && return 0
        [ "$(_tmux_now_cs)" -ge "$end" ] && break
        sleep 0.05
    done
    echo "# wait_match timed out after ${timeout}s waiting for: $re"
    tmux_screen 2>/dev/null | sed 's/^/#   |/'
    return 1
}

# wait_gone TEXT [TIMEOUT=5]: until the pane no longer shows TEXT.
wait_gone() {
    local text=$1 timeout=$(( ${2:-5} * ${CASEDESK_TEST_SLOWDOWN:-1} )) end
    end=$(( $(_tmux_now_cs) + timeout * 100 ))
    while :; do
        tmux_screen 2>/dev/null | grep -qF -- "$text" || return 0
        [ "$(_tmux_now_cs)" -ge "$end" ] && break
        sleep 0.05
    done
    echo "# wait_gone timed out after ${timeout}s; still shown: $text"
    tmux_screen 2>/dev/null | sed 's/^/#   |/'
    return 1
}

# tmux_wait_exit [TIMEOUT=5]: until the program in the pane has exited.
tmux_wait_exit() {
    local timeout=$(( ${1:-5} * ${CASEDESK_TEST_SLOWDOWN:-1} )) end
    end=$(( $(_tmux_now_cs) + timeout * 100 ))
    while ! tmux_dead; do
        [ "$(_tmux_now_cs)" -ge "$end" ] && return 1
        sleep 0.05
    done
}

# tmux_settle [TIMEOUT=2]: until the pane has stopped changing (two captures
# 100 ms apart agree) — before asserting that something is NOT shown, or
# reading a screen whose content a key only changes a little.
tmux_settle() {
    local timeout=$(( ${1:-2} * ${CASEDESK_TEST_SLOWDOWN:-1} )) end a b
    end=$(( $(_tmux_now_cs) + timeout * 100 ))
    a=$(tmux_screen 2>/dev/null)
    while :; do
        sleep 0.1
        b=$(tmux_screen 2>/dev/null)
        [ "$a" = "$b" ] && return 0
        [ "$(_tmux_now_cs)" -ge "$end" ] && return 1
        a=$b
    done
}

# refute_screen [-F] [-i] [-e] [-r ROWS] [-t SECONDS] PATTERN DESCRIPTION — one TAP
# result: PATTERN (an extended regex; -F a fixed string, -i ignoring case)
# is not on the screen (-r: only the rows a sed address picks, "2" or
# "5,14"; -e: the capture with its escape sequences, for colours), and the
# screen has settled, so "not shown" is not merely "not drawn yet".
# Settled: unchanged for a quiet interval (0.3 s + 0.05 s x
# CASEDESK_TEST_SLOWDOWN: a minimum wait, so only a little longer when
# slowed down), sampled every 50 ms; every sample counts, so the text appearing at any
# moment of the wait fails, as does a screen still changing after the bound
# (-t, default 3 s, x CASEDESK_TEST_SLOWDOWN).
refute_screen() {
    local gopt=(-E) rows="" esc="" bound=3 slow=${CASEDESK_TEST_SLOWDOWN:-1}
    while [ $# -gt 2 ]; do
        case $1 in
            -F) gopt[0]=-F; shift ;;
            -i) gopt+=(-i); shift ;;
            -e) esc=-e; shift ;;
            -r) rows=$2; shift 2 ;;
            -t) bound=$2; shift 2 ;;
            *) break ;;
        esac
    done
    local pat=$1 desc=$2 quiet=$((30 + 5 * slow)) now start end since prev="" cur why=""
    start=$(_tmux_now_cs); end=$((start + bound * 100 * slow)); since=$start
    while :; do
        cur=$(tmux_cmd capture-pane -p $esc -t "$TMUX_TARGET" 2>/dev/null)
        [ -n "$rows" ] && cur=$(printf '%s\n' "$cur" | sed -n "${rows}p")
        if printf '%s\n' "$cur" | grep -qa "${gopt[@]}" -- "$pat"; then
            why="shown after $(( ($(_tmux_now_cs) - start) * 10 )) ms"; break
        fi
        now=$(_tmux_now_cs)
        if [ "$cur" != "$prev" ]; then prev=$cur; since=$now
        elif [ $((now - since)) -ge "$quiet" ]; then break
        fi
        [ "$now" -ge "$end" ] && { why="the screen did not settle in $((bound * slow)) s"; break; }
        sleep 0.05
    done
    ok "$([ -z "$why" ]; echo $?)" "$desc"
    [ -z "$why" ] && return 0
    echo "#   refute_screen: $why: ${gopt[*]} '$pat'${rows:+ (rows $rows)}"
    printf '%s\n' "$cur" | sed 's/^/#   |/'
    return 1
}
