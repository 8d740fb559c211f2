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

pg_bindir() {
    if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
        pg_config --bindir; return
    fi
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

PG_BIN=$(pg_bindir)
if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
    echo "Bail out! PostgreSQL server binaries (initdb) not found: apt-get install postgresql"
    exit 99
fi

# Run a server-side command as the cluster's owner.
pg_as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u "$PG_OWNER" -- "$@"
    else
        "$@"
    fi
}

pg_start() {
    if [ "$(id -u)" = 0 ]; then PG_OWNER=${PG_OWNER:-postgres}; else PG_OWNER=$(id -un); fi
    PG_TMP=$(mktemp -d "${TMPDIR:-/tmp}/casedesk-test.XXXXXX")
    chmod 755 "$PG_TMP"
    mkdir -p "$PG_TMP/data" "$PG_TMP/sock"
    [ "$(id -u)" = 0 ] && chown -R "$PG_OWNER" "$PG_TMP"
    pg_as_owner "$PG_BIN/initdb" -D "$PG_TMP/data" -U "$PG_OWNER" --auth=trust \
        --encoding=UTF8 --locale=C.UTF-8 >"$PG_TMP/initdb.log" 2>&1 ||
        { echo "Bail out! initdb failed: $(tail -n 3 "$PG_TMP/initdb.log")"; exit 99; }
    cat >>"$PG_TMP/data/postgresql.conf" <<CONF
listen_addresses = ''
unix_socket_directories = '$PG_TMP/sock'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 120
shared_buffers = 128MB
log_min_messages = warning
CONF
    pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/server.log" -w -t 60 start >/dev/null ||
        { echo "Bail out! pg_ctl start failed: $(tail -n 5 "$PG_TMP/server.log")"; exit 99; }
    export PGHOST="$PG_TMP/sock" PGPORT=5432 PGUSER="$PG_OWNER" PGDATABASE=casedesk
    unset PGSERVICE PGPASSWORD
    "$PG_BIN/createdb" -U "$PG_OWNER" casedesk || { echo "Bail out! createdb failed"; exit 99; }
    trap pg_stop EXIT
}

pg_stop() {
    [ -n "${PG_TMP:-}" ] || return 0
    pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -m immediate stop >/dev/null 2>&1
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
