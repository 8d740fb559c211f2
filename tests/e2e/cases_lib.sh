# tests/e2e/cases_lib.sh — set-up of the case-screen e2e tests: a seeded
# throwaway cluster, staff of two towns and a supervisor; sessions come from
# tests/lib/sessions.sh.
#   . cases_lib.sh; cases_setup
#   session stf stf1 80 24     # casedesk as stf1 in tmux session "stf"
#   on stf; wait_for ...       # later wait_for/tmux_send/tmux_type go there
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/lib/sessions.sh"

cases_setup() {
    pg_start
    pg_init 0.02
    admin user add sup1 --name 督查员甲 --unit dcs --role supervisor >/dev/null || { echo "Bail out! user add sup1"; exit 99; }
    admin user add stf1 --name 巡查员乙 --unit wlz --role staff >/dev/null || { echo "Bail out! user add stf1"; exit 99; }
    admin user add stf2 --name 办事员丙 --unit gmz --role staff >/dev/null || { echo "Bail out! user add stf2"; exit 99; }
    e2e_home cases
    CASES_HOME=$E2E_HOME
}
