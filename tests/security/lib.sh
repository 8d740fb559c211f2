# tests/security/lib.sh — sourced by tests/security/*.sh (not a test itself).
# A throwaway cluster with the schema, the fixed units the tests use and one
# real login role per part played (tests/lib/fixture.sh).

: "${top_srcdir:=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
. "$top_srcdir/tests/lib/pg.sh"
. "$top_srcdir/tests/lib/tap.sh"
. "$top_srcdir/tests/lib/fixture.sh"

pg_cluster
fixture_units

# The parts: staff in two units, a supervisor, an inspector, an admin.
sec_users() {
    ID_STAFF=$(fixture_user sec_staff 张三 xcb staff)
    ID_STAFF2=$(fixture_user sec_staff2 李四 gmz staff)
    ID_SUP=$(fixture_user sec_sup 王督查 dcs supervisor)
    ID_INSP=$(fixture_user sec_insp 赵纪检 jw inspector)
    ID_ADM=$(fixture_user sec_adm 钱管理 xxzx admin)
}
SEC_ROLES="sec_staff sec_staff2 sec_sup sec_insp sec_adm"

# sql_as LOGIN SQL... -> stdout+stderr of psql run as a real login role
sql_as() { psql_as "$@" 2>&1; }
# denied LOGIN SQL DESCRIPTION: must fail with a permission error
denied() {
    fails_like 'permission denied|must be|must have|not permitted|Only ' "$3" -- psql_as "$1" -c "$2"
}
