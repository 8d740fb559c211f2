# tests/e2e/cases_lib.sh — shared set-up of the case-screen e2e tests: a
# seeded throwaway cluster, staff of two towns and a supervisor, and
# casedesk sessions on one private tmux server.
#   . cases_lib.sh; cases_setup
#   session stf stf1 80 24     # casedesk as stf1 in tmux session "stf"
#   on stf; wait_for ...       # later wait_for/tmux_send/tmux_type go there
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
: "${top_builddir:=$PWD}"
. "$top_srcdir/tests/lib/tap.sh"
. "$top_srcdir/tests/lib/pg.sh"
. "$top_srcdir/tests/lib/tmux.sh"

command -v tmux >/dev/null || { echo "1..0 # SKIP tmux not installed"; exit 0; }
CASEDESK="$top_builddir/casedesk"
[ -x "$CASEDESK" ] || { echo "Bail out! $CASEDESK not built"; exit 99; }
unset LANGUAGE

cases_setup() {
    pg_start
    pg_init 0.02
    admin user add sup1 --name 督查员甲 --unit dcs --role supervisor >/dev/null || { echo "Bail out! user add sup1"; exit 99; }
    admin user add stf1 --name 巡查员乙 --unit wlz --role staff >/dev/null || { echo "Bail out! user add stf1"; exit 99; }
    admin user add stf2 --name 办事员丙 --unit gmz --role staff >/dev/null || { echo "Bail out! user add stf2"; exit 99; }
    CASES_HOME=$(mktemp -d "${TMPDIR:-/tmp}/cases-home.XXXXXX")
    chmod 755 "$CASES_HOME"
    trap cases_cleanup EXIT
    _TMUX_STARTED=
}

cases_cleanup() { tmux_stop; rm -rf "$CASES_HOME"; pg_stop; }

# session NAME LOGIN [COLS ROWS]
session() {
    local name=$1 login=$2 cols=${3:-80} rows=${4:-24} cmd
    mkdir -p "$CASES_HOME/$login"
    chmod 777 "$CASES_HOME/$login"
    cmd="env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=screen-256color HOME=$CASES_HOME/$login"
    cmd="$cmd CASEDESK_CONFIG=/nonexistent PGHOST=$PGHOST PGPORT=$PGPORT PGDATABASE=$PGDATABASE"
    cmd="$cmd PGUSER=$login $CASEDESK --log=$CASES_HOME/$name.log"
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
# The key of a main screen: from the title line ("6 Cases") or the home
# screen's list ("6  Cases").
screen_key() { tmux_screen | grep -oE "[0-9] +$1" | head -n 1 | cut -c1; }
# press KEY N times
press() { local k=$1 n=$2; while [ "$n" -gt 0 ]; do tmux_send "$k"; n=$((n - 1)); done; }

# Display columns at which TEXT-matching regex starts, for every screen line
# matching LINE_RE (python: East Asian wide characters count 2).
columns_of() {
    tmux_screen | python3 -c '
import re, sys, unicodedata
line_re, col_re = re.compile(sys.argv[1]), re.compile(sys.argv[2])
def w(s): return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
for line in sys.stdin:
    if line_re.search(line):
        m = col_re.search(line)
        if m: print(w(line[:m.start()]))
' "$1" "$2"
}
