# tests/sql/discipline_fixture.sh — sourced by the discipline_*.sh tests:
# a fresh cluster with the schema, the units the tests use and one real login
# role per part played.  Not a test itself.

: "${top_srcdir:=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
. "$top_srcdir/tests/lib/pg.sh"
. "$top_srcdir/tests/lib/tap.sh"

pg_start
pg_init

# The places seed normally brings these; a bare init has none.
psql_su <<'SQL' || { echo "Bail out! could not create the test units"; exit 99; }
INSERT INTO casedesk.unit (code, name, kind) VALUES
    ('hb', '汉滨区', 'district'), ('xcb', '新城街道办', 'subdistrict'),
    ('gmz', '关庙镇', 'town'), ('dcs', '区政府督查室', 'department'),
    ('jw', '区纪委监委', 'department'), ('xxzx', '区政务信息中心', 'department')
ON CONFLICT (code) DO NOTHING;
SQL

# user LOGIN NAME UNIT ROLE -> prints the official id
mkuser() {
    psql_su -c "SELECT casedesk.user_add('$1', '$2', '$3', '$4')" ||
        { echo "Bail out! user_add $1 failed"; exit 99; }
}

ID_FLAGGER=$(mkuser t_flagger 张三 xcb staff)
ID_FLAGGED=$(mkuser t_flagged 李四 xcb staff)
ID_OTHER=$(mkuser t_other 王五 gmz staff)
ID_SUP=$(mkuser t_sup 赵督查 dcs supervisor)
ID_INS=$(mkuser t_ins 钱纪检 jw inspector)
ID_INS2=$(mkuser t_ins2 孙纪检 jw inspector)
ID_ADM=$(mkuser t_adm 周管理 xxzx admin)
export ID_FLAGGER ID_FLAGGED ID_OTHER ID_SUP ID_INS ID_INS2 ID_ADM

# sql_err LOGIN SQL -> stderr+stdout of a statement run as LOGIN
sql_as() { psql_as "$@" 2>&1; }
