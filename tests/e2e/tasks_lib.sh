# tests/e2e/tasks_lib.sh — shared set-up of the task e2e tests: a seeded
# throwaway cluster, a supervisor and a staff member of the lead unit, and
# casedesk sessions in tmux (several sessions on one private tmux server).
#   . tasks_lib.sh; tasks_setup
#   session sup sup1        # start casedesk as login sup1 in tmux session "sup"
#   on sup; wait_for ...    # later wait_for/tmux_send/tmux_type go to "sup"
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
: "${top_builddir:=$PWD}"
. "$top_srcdir/tests/lib/tap.sh"
. "$top_srcdir/tests/lib/pg.sh"
. "$top_srcdir/tests/lib/tmux.sh"

command -v tmux >/dev/null || { echo "1..0 # SKIP tmux not installed"; exit 0; }
CASEDESK="$top_builddir/casedesk"
[ -x "$CASEDESK" ] || { echo "Bail out! $CASEDESK not built"; exit 99; }
unset LANGUAGE

tasks_setup() {
    pg_start
    pg_init 0.02
    admin user add sup1 --name 督查员甲 --unit dcs --role supervisor >/dev/null || { echo "Bail out! user add sup1"; exit 99; }
    admin user add sup2 --name 督查员乙 --unit dcs --role supervisor >/dev/null || { echo "Bail out! user add sup2"; exit 99; }
    admin user add stf1 --name 办事员丙 --unit xcb --role staff >/dev/null || { echo "Bail out! user add stf1"; exit 99; }
    TASKS_HOME=$(mktemp -d "${TMPDIR:-/tmp}/tasks-home.XXXXXX")
    chmod 755 "$TASKS_HOME"
    trap tasks_cleanup EXIT
    _TMUX_STARTED=
}

tasks_cleanup() { rm -rf "$TASKS_HOME"; pg_stop; }

# session NAME LOGIN [COLS ROWS]: casedesk as LOGIN in tmux session NAME.
session() {
    local name=$1 login=$2 cols=${3:-80} rows=${4:-24} cmd
    mkdir -p "$TASKS_HOME/$login"
    eval "STATUS_$name=\$TASKS_HOME/status-$name"
    rm -f "$TASKS_HOME/status-$name"
    cmd="env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=screen-256color HOME=$TASKS_HOME/$login"
    cmd="$cmd CASEDESK_CONFIG=/nonexistent PGHOST=$PGHOST PGPORT=$PGPORT PGDATABASE=$PGDATABASE"
    cmd="$cmd PGUSER=$login $CASEDESK --log=$TASKS_HOME/$name.log; echo \$? >$TASKS_HOME/status-$name"
    if [ -z "$_TMUX_STARTED" ]; then
        tmux_start -x "$cols" -y "$rows" -- sleep 86400   # keeps the server up
        _TMUX_STARTED=1
    fi
    tmux_cmd kill-session -t "$name" >/dev/null 2>&1
    tmux_cmd new-session -d -s "$name" -x "$cols" -y "$rows" "$cmd" || return 1
    tmux_cmd set-option -t "$name" remain-on-exit on >/dev/null
    tmux_cmd set-option -t "$name" status off >/dev/null
    TMUX_TARGET=$name
}

on() { TMUX_TARGET=$1; }
session_pid() { pgrep -P "$(tmux_cmd display-message -p -t "$1" '#{pane_pid}')" | head -n 1; }
session_status() { cat "$TASKS_HOME/status-$1" 2>/dev/null; }
# The key of a main screen, read from the title line (row 2): "3 Inbox" → 3.
# When the title line is too narrow for names (80 columns, many screens),
# the home screen's list of screens ("    4  Progress") gives the key.
screen_key() {
    local k
    k=$(tmux_screen | sed -n 2p | grep -oE "[0-9] $1" | head -n 1 | cut -c1)
    [ -n "$k" ] || k=$(tmux_screen | grep -oE "^ +[0-9] +$1\b" | head -n 1 | grep -oE '[0-9]')
    echo "$k"
}
