# tests/sql/discipline_fixture.sh — sourced by the discipline_*.sh tests:
# a fresh cluster with the schema, the units the tests use and one real login
# role per part played (tests/sql/discipline_users.sql, which the
# discipline_*.sql files include too).  Not a test itself.

: "${top_srcdir:=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
. "$top_srcdir/tests/lib/pg.sh"
. "$top_srcdir/tests/lib/tap.sh"
. "$top_srcdir/tests/lib/fixture.sh"

pg_cluster
fixture_units

psql_su -f "$top_srcdir/tests/sql/discipline_users.sql" >/dev/null ||
    { echo "Bail out! could not create the test users"; exit 99; }
official_id() { psql_su -c "SELECT id FROM casedesk.official WHERE login = '$1'"; }
ID_FLAGGER=$(official_id t_flagger) ID_FLAGGED=$(official_id t_flagged) ID_OTHER=$(official_id t_other)
ID_SUP=$(official_id t_sup) ID_INS=$(official_id t_ins) ID_INS2=$(official_id t_ins2) ID_ADM=$(official_id t_adm)
export ID_FLAGGER ID_FLAGGED ID_OTHER ID_SUP ID_INS ID_INS2 ID_ADM

# sql_err LOGIN SQL -> stderr+stdout of a statement run as LOGIN
sql_as() { psql_as "$@" 2>&1; }
