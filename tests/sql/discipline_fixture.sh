# tests/sql/discipline_fixture.sh — sourced by the discipline_*.sh tests:
# a fresh cluster with the schema, the units the tests use and one real login
# role per part played (tests/lib/fixture.sh).  Not a test itself.

: "${top_srcdir:=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
. "$top_srcdir/tests/lib/pg.sh"
. "$top_srcdir/tests/lib/tap.sh"
. "$top_srcdir/tests/lib/fixture.sh"

pg_cluster
fixture_units

ID_FLAGGER=$(fixture_user t_flagger 张三 xcb staff)
ID_FLAGGED=$(fixture_user t_flagged 李四 xcb staff)
ID_OTHER=$(fixture_user t_other 王五 gmz staff)
ID_SUP=$(fixture_user t_sup 赵督查 dcs supervisor)
ID_INS=$(fixture_user t_ins 钱纪检 jw inspector)
ID_INS2=$(fixture_user t_ins2 孙纪检 jw inspector)
ID_ADM=$(fixture_user t_adm 周管理 xxzx admin)
export ID_FLAGGER ID_FLAGGED ID_OTHER ID_SUP ID_INS ID_INS2 ID_ADM

# sql_err LOGIN SQL -> stderr+stdout of a statement run as LOGIN
sql_as() { psql_as "$@" 2>&1; }
