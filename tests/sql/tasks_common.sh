# tests/sql/tasks_common.sh — shared set-up for the tasks_*.sh tests: a fresh
# cluster with the schema, the fixed units (when the places seed has not put
# them there) and one real login role per part of the permission matrix:
#   t_sup    supervisor, dcs          t_lead   staff of xcb (lead unit)
#   t_lead2  staff of xcb             t_co     staff of ldb (co-handling)
#   t_other  staff of gmz (unrelated) t_insp   inspector, jw
#   t_adm    admin, xxzx
. "$top_srcdir/tests/lib/tap.sh"
. "$top_srcdir/tests/lib/pg.sh"
. "$top_srcdir/tests/lib/fixture.sh"

tasks_setup() {
    pg_cluster
    fixture_units
    fixture_users <<'USERS'
t_sup   督查员甲 dcs  supervisor
t_lead  王小明   xcb  staff
t_lead2 李红     xcb  staff
t_co    张伟     ldb  staff
t_other 刘洋     gmz  staff
t_insp  纪检员乙 jw   inspector
t_adm   管理员丙 xxzx admin
USERS
}

# q LOGIN SQL: one value from a query as LOGIN (stderr kept for fails_like).
q() { local who=$1; shift; psql_as "$who" -c "$*"; }
# version of a task as the supervisor sees it
tver() { q t_sup "SELECT version FROM casedesk.task WHERE id = $1"; }
tstatus() { q t_sup "SELECT status FROM casedesk.task WHERE id = $1"; }
