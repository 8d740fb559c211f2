# tests/security/lib.sh — sourced by tests/security/*.sh (not a test itself).
# A throwaway cluster with the schema, the fixed units the tests use and one
# real login role per part played, all created through casedesk.user_add.

: "${top_srcdir:=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
. "$top_srcdir/tests/lib/pg.sh"
. "$top_srcdir/tests/lib/tap.sh"

pg_start
if [ -x "${top_builddir}/casedesk-admin" ]; then
    pg_init
else
    # No build yet: apply the migrations the way init does.
    psql_su -f "${CASEDESK_SQLDIR:-$top_srcdir/sql}/000_bootstrap.sql" >/dev/null ||
        { echo "Bail out! bootstrap failed"; exit 99; }
    for f in "${CASEDESK_SQLDIR:-$top_srcdir/sql}"/[0-9][0-9][0-9]_*.sql; do
        case $f in */000_bootstrap.sql) continue ;; esac
        { echo 'SET ROLE casedesk_owner;'; cat "$f"; } | psql_su -1 -f - >/dev/null ||
            { echo "Bail out! migration $f failed"; exit 99; }
    done
fi

psql_su <<'SQL' || { echo "Bail out! could not create the test units"; exit 99; }
INSERT INTO casedesk.unit (code, name, kind) VALUES
    ('hb', '汉滨区', 'district'), ('xcb', '新城街道办', 'subdistrict'),
    ('gmz', '关庙镇', 'town'), ('dcs', '区政府督查室', 'department'),
    ('jw', '区纪委监委', 'department'), ('xxzx', '区政务信息中心', 'department')
ON CONFLICT (code) DO NOTHING;
SQL

# sec_user LOGIN NAME UNIT ROLE -> the official id (as the installer)
sec_user() {
    psql_su -c "SELECT casedesk.user_add('$1', '$2', '$3', '$4')" ||
        { echo "Bail out! user_add $1 failed"; exit 99; }
}
# The parts: staff in two units, a supervisor, an inspector, an admin.
sec_users() {
    ID_STAFF=$(sec_user sec_staff 张三 xcb staff)
    ID_STAFF2=$(sec_user sec_staff2 李四 gmz staff)
    ID_SUP=$(sec_user sec_sup 王督查 dcs supervisor)
    ID_INSP=$(sec_user sec_insp 赵纪检 jw inspector)
    ID_ADM=$(sec_user sec_adm 钱管理 xxzx admin)
}
SEC_ROLES="sec_staff sec_staff2 sec_sup sec_insp sec_adm"

# sql_as LOGIN SQL... -> stdout+stderr of psql run as a real login role
sql_as() { psql_as "$@" 2>&1; }
# denied LOGIN SQL DESCRIPTION: must fail with a permission error
denied() {
    fails_like 'permission denied|must be|must have|not permitted|Only ' "$3" -- psql_as "$1" -c "$2"
}
