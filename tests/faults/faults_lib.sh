# tests/faults/faults_lib.sh — set-up shared by the fault-injection tests:
# a seeded throwaway cluster, staff logins of one town (wlz) and a few of
# its open cases; sessions come from tests/lib/sessions.sh.
#   . faults_lib.sh; faults_setup NSTAFF     # logins st1..stN
#   faults_cases N                           # "id case_no" of N open wlz cases
#   open_case CASENO                         # in the current session
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/lib/sessions.sh"

faults_setup() {
    local n=$1 i
    pg_start
    pg_init 0.02
    for i in $(seq 1 "$n"); do
        admin user add "st$i" --name "办事员$i" --unit wlz --role staff >/dev/null ||
            { echo "Bail out! user add st$i"; exit 99; }
    done
    e2e_home faults
    FAULTS_HOME=$E2E_HOME
}

faults_cases() {
    psql_su -F ' ' -c "SELECT c.id, c.case_no FROM casedesk.case_file c
        JOIN casedesk.unit u ON u.id = c.unit_id
        WHERE u.code = 'wlz' AND c.status <> 'closed' AND c.kind = '${2:-expropriation}'
        ORDER BY c.id LIMIT $1"
}

# Open a case by number through the jump prompt; waits for its form.
open_case() {
    wait_for "Welcome" 10 || return 1
    tmux_send :; wait_for "Jump to" || return 1
    tmux_type "$1"; tmux_send Enter
    wait_for "$1  [" 10
}

# Move the focus from the first field to the field LABEL (Tab N times).
focus_field() { press Tab "$1"; }
