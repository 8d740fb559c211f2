# tests/lib/pg.sh — a throwaway PostgreSQL cluster for one test script.
#
#   . "$srcdir/tests/lib/pg.sh"
#   pg_start            # initdb + pg_ctl start on a Unix socket in a temp dir
#   pg_init             # casedesk-admin init (+ seed --scale $1 when given)
#   psql_as LOGIN -c 'select ...'   # connect as a real login role
#   pg_stop             # also run from an EXIT trap
#
# PostgreSQL refuses to run as root: when we are root the server runs as the
# unprivileged 'postgres' account (created by the postgresql package), and its
# directory is handed to that account.  As an ordinary user nothing changes.
# Authentication is 'trust' on a socket inside a 0700-ish private directory:
# the test connects as each login role for real (session_user is that role).

: "${top_srcdir:=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
: "${top_builddir:=$PWD}"

. "$top_srcdir/scripts/pgcluster.sh"
PG_BIN=$(pgc_bindir)
if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
    echo "Bail out! PostgreSQL server binaries (initdb) not found: apt-get install postgresql"
    exit 99
fi
PG_OWNER=$(pgc_owner)
pg_as_owner() { pgc_as_owner "$@"; }

pg_start() {
    PG_TMP=$(mktemp -d "${TMPDIR:-/tmp}/casedesk-test.XXXXXX")
    pgc_create "$PG_TMP" || { echo "Bail out! could not create a test cluster"; exit 99; }
    # Throwaway data: durability off for speed.
    pgc_as_owner tee -a "$PG_TMP/data/postgresql.conf" >/dev/null <<CONF
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
    pgc_start "$PG_TMP" || { echo "Bail out! could not start the test cluster"; exit 99; }
    export PGHOST="$PG_TMP/sock" PGPORT=5432 PGUSER="$PG_OWNER" PGDATABASE=casedesk
    unset PGSERVICE PGPASSWORD PGOPTIONS
    "$PG_BIN/createdb" -U "$PG_OWNER" casedesk || { echo "Bail out! createdb failed"; exit 99; }
    trap pg_stop EXIT
}

pg_stop() {
    [ -n "${PG_TMP:-}" ] || return 0
    pgc_stop "$PG_TMP" immediate
    rm -rf "$PG_TMP"
    PG_TMP=
}

# casedesk-admin from the build tree.
admin() { "$top_builddir/casedesk-admin" "$@"; }

pg_init() {
    admin init >"$PG_TMP/init.log" 2>&1 || { echo "Bail out! casedesk-admin init failed: $(tail -n 5 "$PG_TMP/init.log")"; exit 99; }
    if [ -n "${1:-}" ]; then
        admin seed --scale "$1" >"$PG_TMP/seed.log" 2>&1 || { echo "Bail out! seed failed: $(tail -n 5 "$PG_TMP/seed.log")"; exit 99; }
    fi
}

# psql as the installer (superuser), quiet, unaligned, stop on error.
psql_su() { "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -At "$@"; }
# psql as a real login role.
psql_as() { local who=$1; shift; "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -At -U "$who" "$@"; }
