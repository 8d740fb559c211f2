# tests/faults/term_lib.sh — set-up shared by the terminal and waiting
# fault tests (term_*.sh, wait_*.sh): a seeded throwaway cluster, one staff
# login of town wlz, and helpers.
#   . "$top_srcdir/tests/faults/term_lib.sh"; term_setup
#   term_session NAME [COLS ROWS]      # casedesk as stf1 (tests/lib/sessions.sh)
#   CASENO=$(term_case_no)             # a case stf1 may edit
#   term_open_case NAME CASENO         # the jump prompt, then the form
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/lib/sessions.sh"

term_setup() {
    pg_start
    pg_init 0.02
    admin user add stf1 --name 巡查员乙 --unit wlz --role staff >/dev/null || { echo "Bail out! user add stf1"; exit 99; }
    e2e_home "faults-$(basename "$0" .sh)"
}

term_case_no() {
    psql_su -c "SELECT c.case_no FROM casedesk.case_file c JOIN casedesk.unit u ON u.id = c.unit_id
                WHERE u.code = 'wlz' ORDER BY c.id LIMIT 1"
}

# The case row as text (to find what a save wrote).
term_case_row() { psql_su -c "SELECT row_to_json(c)::text FROM casedesk.case_file c WHERE case_no = '$1'"; }

term_open_case() {
    on "$1"
    tmux_send :; wait_for "Jump to" 5 || return 1
    tmux_type "$2"; tmux_send Enter
    wait_for "Ctrl-S save" 10
}

# now_ms: wall clock in milliseconds.
now_ms() { local t; t=$(date +%s%N); echo $((t / 1000000)); }

# The casedesk started by the interactive shell in the pane (pane: sh → bash → casedesk).
term_shell_child() { pgrep -x casedesk -P "$(pgrep -P "$(tmux_shell_pid)" | head -n 1)" | head -n 1; }

# term_field N: the cursor to the Nth field of the open form (0 = first):
# Up to the top (it does not wrap), then Down N times.
term_field() {
    local i
    for i in 1 2 3 4 5 6 7 8 9 10; do tmux_send Up; done
    for ((i = 0; i < $1; i++)); do tmux_send Down; done
}

# term_field_at N LABEL: term_field N, until the cursor is on the row that
# shows LABEL.  A reload after our own save may still move the cursor to
# the first field (issue 10 item 1, being fixed in the forms); navigating
# again after it is what a user would do.
term_field_at() {
    local n=$1 label=$2 try row y
    for try in 1 2 3 4 5 6; do
        term_field "$n"; tmux_settle
        row=$(tmux_screen | grep -nF -- "$label" | head -n 1 | cut -d: -f1)
        y=$(tmux_cmd display-message -p -t "$TMUX_TARGET" '#{cursor_y}')
        [ -n "$row" ] && [ "$((row - 1))" = "$y" ] && return 0
        sleep 0.3
    done
    echo "# term_field_at: the cursor did not stay on $label"
    return 1
}
