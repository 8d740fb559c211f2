# tests/e2e/tasks_lib.sh — set-up of the task (and discipline/targets) e2e
# tests: a seeded throwaway cluster, two supervisors and a staff member of
# the lead unit; sessions come from tests/lib/sessions.sh.
#   . tasks_lib.sh; tasks_setup
#   session sup sup1        # start casedesk as login sup1 in tmux session "sup"
#   on sup; wait_for ...    # later wait_for/tmux_send/tmux_type go to "sup"
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/lib/sessions.sh"

tasks_setup() {
    pg_start
    pg_init 0.02
    admin user add sup1 --name 督查员甲 --unit dcs --role supervisor >/dev/null || { echo "Bail out! user add sup1"; exit 99; }
    admin user add sup2 --name 督查员乙 --unit dcs --role supervisor >/dev/null || { echo "Bail out! user add sup2"; exit 99; }
    admin user add stf1 --name 办事员丙 --unit xcb --role staff >/dev/null || { echo "Bail out! user add stf1"; exit 99; }
    e2e_home tasks
    TASKS_HOME=$E2E_HOME
}
