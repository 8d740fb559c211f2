# tests/e2e/tasks_lib.sh — set-up of the task (and discipline/targets) e2e
# tests: a seeded throwaway cluster, two supervisors and a staff member of
# the lead unit; sessions come from tests/lib/sessions.sh.
#   . tasks_lib.sh; tasks_setup
#   session sup sup1        # start casedesk as login sup1 in tmux session "sup"
#   on sup; wait_for ...    # later wait_for/tmux_send/tmux_type go to "sup"
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/lib/sessions.sh"

tasks_setup() {
    pg_cluster 0.02
    fixture_admin_users <<'USERS'
sup1 督查员甲 dcs supervisor
sup2 督查员乙 dcs supervisor
stf1 办事员丙 xcb staff
USERS
    e2e_home tasks
    TASKS_HOME=$E2E_HOME
}
