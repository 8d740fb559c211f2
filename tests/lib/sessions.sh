# tests/lib/sessions.sh — several casedesk sessions on one private tmux
# server, each as its own login role, for the end-to-end tests.
#   . "$top_srcdir/tests/lib/sessions.sh"
#   e2e_home NAME               # a scratch HOME per login under $E2E_HOME
#   session sup sup1 80 24      # casedesk as login sup1 in tmux session "sup"
#   SESSION_ARGS="--lang zh" session ...   # with options (the Chinese UI)
#   on sup; wait_for ...        # later wait_for/tmux_send/tmux_type go there
#   session_status sup          # its exit status once it has ended
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
: "${top_builddir:=$PWD}"
. "$top_srcdir/tests/lib/tap.sh"
. "$top_srcdir/tests/lib/pg.sh"
. "$top_srcdir/tests/lib/fixture.sh"
. "$top_srcdir/tests/lib/tmux.sh"

command -v tmux >/dev/null || { echo "1..0 # SKIP tmux not installed"; exit 0; }
CASEDESK="$top_builddir/casedesk"
[ -x "$CASEDESK" ] || { echo "Bail out! $CASEDESK not built"; exit 99; }
unset LANGUAGE

# e2e_home NAME: make $E2E_HOME and clean it, the tmux server and the
# cluster up on exit.
e2e_home() {
    E2E_HOME=$(mktemp -d "${TMPDIR:-/tmp}/$1-home.XXXXXX")
    chmod 755 "$E2E_HOME"
    trap e2e_cleanup EXIT
    _TMUX_STARTED=
}
e2e_cleanup() { tmux_stop final; rm -rf "$E2E_HOME"; pg_stop; }

# session NAME LOGIN [COLS ROWS]: casedesk as LOGIN in tmux session NAME,
# with its own HOME (drafts, config) and log, its exit status recorded.
session() {
    local name=$1 login=$2 cols=${3:-80} rows=${4:-24} cmd
    mkdir -p "$E2E_HOME/$login"
    chmod 777 "$E2E_HOME/$login"
    rm -f "$E2E_HOME/status-$name"
    cmd="env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=screen-256color HOME=$E2E_HOME/$login"
    cmd="$cmd CASEDESK_CONFIG=/nonexistent PGHOST=$PGHOST PGPORT=$PGPORT PGDATABASE=$PGDATABASE"
    cmd="$cmd PGUSER=$login $CASEDESK ${SESSION_ARGS:-} --log=$E2E_HOME/$name.log; echo \$? >$E2E_HOME/status-$name"
    if [ -z "$_TMUX_STARTED" ]; then
        tmux_start -x "$cols" -y "$rows" -- sleep 86400   # keeps the server up
        _TMUX_STARTED=1
    fi
    tmux_cmd kill-session -t "$name" >/dev/null 2>&1
    tmux_cmd new-session -d -s "$name" -x "$cols" -y "$rows" "$cmd" || return 1
    TMUX_TARGET=$name
}

on() { TMUX_TARGET=$1; }
session_pid() { pgrep -P "$(tmux_cmd display-message -p -t "$1" '#{pane_pid}')" | head -n 1; }
session_status() { cat "$E2E_HOME/status-$1" 2>/dev/null; }

# The key of a main screen, read from the title line (row 2): "3 Inbox" or
# "3Inbox" → 3.  When the title line cuts names (80 columns, English), the
# home screen's block of screens ("2 Tasks   3 Inbox") gives the key.
screen_key() {
    local k
    k=$(tmux_screen | sed -n 2p | grep -oE "(^| )[0-9] ?$1\b" | head -n 1 | grep -oE '[0-9]' | head -n 1)
    [ -n "$k" ] || k=$(tmux_screen | sed -n '3,$p' | grep -oE "(^| )[0-9] $1\b" | head -n 1 | grep -oE '[0-9]' | head -n 1)
    # a name the tab line had to cut ("9Targe…"): its first four characters
    [ -n "$k" ] || k=$(tmux_screen | sed -n 2p | grep -oE "(^| )[0-9] ?${1:0:4}" | head -n 1 | grep -oE '[0-9]' | head -n 1)
    echo "$k"
}

# press KEY N times
press() { local k=$1 n=$2; while [ "$n" -gt 0 ]; do tmux_send "$k"; n=$((n - 1)); done; }

# Display columns at which COL_RE (an extended regex) starts, for every
# screen line matching LINE_RE (East Asian wide characters count 2).
columns_of() {
    local line
    tmux_screen | while IFS= read -r line; do
        [[ $line =~ $1 ]] || continue
        [[ $line =~ $2 ]] || continue
        # The text before the first occurrence of the leftmost match.
        printf '%s\n' "${line%%"${BASH_REMATCH[0]}"*}"
    done | text_width
}
