# tests/e2e/cases_lib.sh — set-up of the case-screen e2e tests: a seeded
# throwaway cluster, staff of two towns and a supervisor; sessions come from
# tests/lib/sessions.sh.
#   . cases_lib.sh; cases_setup
#   session stf stf1 80 24     # casedesk as stf1 in tmux session "stf"
#   on stf; wait_for ...       # later wait_for/tmux_send/tmux_type go there
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/lib/sessions.sh"

cases_setup() {
    pg_cluster 0.02
    fixture_admin_users <<'USERS'
sup1 督查员甲 dcs supervisor
stf1 巡查员乙 wlz staff
stf2 办事员丙 gmz staff
USERS
    e2e_home cases
    CASES_HOME=$E2E_HOME
}
