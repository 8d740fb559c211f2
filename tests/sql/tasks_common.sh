# tests/sql/tasks_common.sh — shared set-up for the tasks_*.sh tests: a fresh
# cluster with the schema, the fixed units (tests/lib/fixture.sql) and one
# real login role per part of the permission matrix (tests/sql/tasks_users.sql,
# which the tasks_*.sql files include too).
. "$top_srcdir/tests/lib/tap.sh"
. "$top_srcdir/tests/lib/pg.sh"
. "$top_srcdir/tests/lib/fixture.sh"

tasks_setup() {
    pg_cluster
    fixture_units
    psql_su -f "$top_srcdir/tests/sql/tasks_users.sql" >/dev/null ||
        { echo "Bail out! could not create the test users"; exit 99; }
}

# q LOGIN SQL: one value from a query as LOGIN (stderr kept for fails_like).
q() { local who=$1; shift; psql_as "$who" -c "$*"; }
# version of a task as the supervisor sees it
tver() { q t_sup "SELECT version FROM casedesk.task WHERE id = $1"; }
tstatus() { q t_sup "SELECT status FROM casedesk.task WHERE id = $1"; }
