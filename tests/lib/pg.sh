# tests/lib/pg.sh — a throwaway PostgreSQL cluster for one test script.
#
#   . "$srcdir/tests/lib/pg.sh"
#   pg_cluster [SCALE]  # a running cluster with the schema (and the demo data
#                       # of SCALE) copied from this build's template: initdb,
#                       # init and seed run once per build and kind of seed
#                       # (again when casedesk-admin, sql/ or the date change),
#                       # not once per script
#   pg_cluster --seeds '010_places.sql 015_cases.sql' 0.05   # only those seeds
#   pg_start            # initdb + pg_ctl start on a Unix socket in a temp dir
#   pg_init             # casedesk-admin init (+ seed --scale $1 when given)
#   pg_seeds FILE...    # CASEDESK_SQLDIR: every migration, only these seeds
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

# The district keeps Beijing time (casedesk.today()); when a test says
# "today" or "20 days ago" in the shell it means the district's day, which
# after 16:00 UTC is already tomorrow.  A POSIX rule, not a zone name: a
# fresh Debian 12 root may have no tzdata (China has no summer time).
export TZ=CST-8

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

# pg_seeds FILE...: point CASEDESK_SQLDIR at a copy of sql/ whose seed/ has
# only the given seed files (all of sql/ but seed/ is linked as it is).
# Needs $PG_TMP (pg_start) or a directory in $1 given as --in DIR.
pg_seeds() {
    local into=$PG_TMP f
    [ "$1" = --in ] && { into=$2; shift 2; }
    [ -d "$into" ] || { echo "Bail out! no cluster directory"; exit 99; }
    mkdir -p "$into/sql/seed"
    for f in "$top_srcdir"/sql/*; do
        [ "${f##*/}" = seed ] || ln -s "$f" "$into/sql/"
    done
    for f in "$@"; do ln -s "$top_srcdir/sql/seed/$f" "$into/sql/seed/"; done
    export CASEDESK_SQLDIR="$into/sql"
}

# --- the template: one seeded cluster per build, copied per test script -----
# $PG_TEMPLATES/KEY holds a stopped cluster after `casedesk-admin init` (and
# seed), built by the first script that asks for KEY under an flock, and
# rebuilt when casedesk-admin, anything under sql/ or the date changed
# (stamp).  Each script copies the data directory and starts its own server
# on its own socket directory, so scripts share nothing at run time and run
# in parallel (make -j).  `make clean` removes the templates.
: "${PG_TEMPLATES:=$top_builddir/tests/pg-template}"

_pg_stamp() {   # KEY: what the template's content depends on
    {
        echo "$1 $(date +%F) $PG_BIN"
        cat "$top_builddir/casedesk-admin"
        find -L "$top_srcdir/sql" -type f | LC_ALL=C sort | while read -r f; do
            echo "$f"; cat "$f"
        done
    } | sha256sum | cut -d' ' -f1
}

# _pg_template_build DIR SOCK SCALE SEEDS: a cluster in DIR with its socket
# in SOCK (a build tree's path can be longer than a socket path may be),
# initialised, seeded and cleanly stopped (the copies need no recovery).
_pg_template_build() {
    local new=$1 sock=$2 scale=$3 seeds=$4
    pgc_create "$new" || return 1
    pgc_as_owner tee -a "$new/data/postgresql.conf" >/dev/null <<CONF
fsync = off
synchronous_commit = off
full_page_writes = off
unix_socket_directories = '$sock'
CONF
    pgc_start "$new" || return 1
    (
        export PGHOST="$sock" PGPORT=5432 PGUSER="$PG_OWNER" PGDATABASE=casedesk
        unset PGSERVICE PGPASSWORD PGOPTIONS
        # shellcheck disable=SC2086
        [ -z "$seeds" ] || pg_seeds --in "$new" $seeds
        "$PG_BIN/createdb" -U "$PG_OWNER" casedesk || exit 1
        admin init >"$new/init.log" 2>&1 || { echo "init: $(tail -n 5 "$new/init.log")" >&2; exit 1; }
        if [ -n "$scale" ]; then
            admin seed --scale "$scale" >"$new/seed.log" 2>&1 ||
                { echo "seed: $(tail -n 5 "$new/seed.log")" >&2; exit 1; }
        fi
    ) || return 1
    pgc_stop "$new" fast || return 1
    rm -rf "$new/sock" "$new/sql"
}

# _pg_template KEY SCALE SEEDS: make $PG_TEMPLATES/KEY current.
_pg_template() {
    local key=$1 scale=$2 seeds=$3 dir="$PG_TEMPLATES/$1" stamp
    mkdir -p "$PG_TEMPLATES" || return 1
    command -v flock >/dev/null || { echo "Bail out! flock not found (util-linux)"; exit 99; }
    # As root the server runs as the owner, who must reach the data
    # directory.  A build tree it cannot enter (a clone under /root, 0700,
    # as root on a fresh machine) keeps its templates in a directory of its
    # own under /tmp instead, one per build tree.
    if ! pgc_as_owner test -x "$PG_TEMPLATES"; then
        local alt
        alt=${TMPDIR:-/tmp}/casedesk-pg-template-$(printf '%s' "$top_builddir" | sha256sum | cut -c1-12)
        mkdir -p "$alt" && [ -O "$alt" ] && [ ! -L "$alt" ] && chmod 755 "$alt" ||
            { echo "Bail out! cannot make $alt for the template clusters"; exit 99; }
        PG_TEMPLATES=$alt dir=$alt/$key
        pgc_as_owner test -x "$PG_TEMPLATES" || {
            echo "Bail out! $PG_TEMPLATES is not reachable by $PG_OWNER (set PG_TEMPLATES)"; exit 99; }
    fi
    stamp=$(_pg_stamp "$key|$scale|$seeds")
    (
        flock 9
        [ -f "$dir/stamp" ] && [ "$(cat "$dir/stamp")" = "$stamp" ] && exit 0
        rm -rf "$dir"
        new=$(mktemp -d "$PG_TEMPLATES/$key.new.XXXXXX") || exit 1
        sock=$(mktemp -d "${TMPDIR:-/tmp}/casedesk-tpl.XXXXXX") || exit 1
        chmod 755 "$sock"
        [ "$(id -u)" = 0 ] && chown "$PG_OWNER" "$sock"
        if ! _pg_template_build "$new" "$sock" "$scale" "$seeds"; then
            pgc_stop "$new" immediate; rm -rf "$new" "$sock"; exit 1
        fi
        rm -rf "$sock"
        echo "$stamp" >"$new/stamp"
        mv "$new" "$dir"
    ) 9>"$PG_TEMPLATES/$key.lock"
}

# pg_cluster [--seeds 'FILE...'] [SCALE]: a private running cluster, as
# pg_start + pg_init would give, from the template.
pg_cluster() {
    local seeds="" scale key
    [ "${1:-}" = --seeds ] && { seeds=$2; shift 2; }
    scale=${1:-}
    key=init${scale:+-seed$scale}${seeds:+-$(echo "$seeds" | tr -c 'a-z0-9\n' _ | tr -d '\n')}
    _pg_template "$key" "$scale" "$seeds" || { echo "Bail out! could not build the template cluster $key"; exit 99; }
    PG_TMP=$(mktemp -d "${TMPDIR:-/tmp}/casedesk-test.XXXXXX")
    trap pg_stop EXIT
    mkdir -p "$PG_TMP/sock"
    chmod 755 "$PG_TMP"
    cp -a "$PG_TEMPLATES/$key/data" "$PG_TMP/data" || { echo "Bail out! could not copy the template"; exit 99; }
    [ "$(id -u)" = 0 ] && chown -R "$PG_OWNER" "$PG_TMP"
    pgc_as_owner tee -a "$PG_TMP/data/postgresql.conf" >/dev/null <<CONF
unix_socket_directories = '$PG_TMP/sock'
CONF
    pgc_start "$PG_TMP" || { echo "Bail out! could not start the test cluster"; exit 99; }
    export PGHOST="$PG_TMP/sock" PGPORT=5432 PGUSER="$PG_OWNER" PGDATABASE=casedesk
    unset PGSERVICE PGPASSWORD PGOPTIONS
    [ -z "$seeds" ] || pg_seeds $seeds
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
# Chain the committed audit rows now (casedesk.audit_seal, functions/061) --
# what the watchdog does every second; call before reading audit_log or
# discipline_audit right after a write.
pg_seal() { "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -At -c "SELECT casedesk.audit_seal()" >/dev/null; }
psql_as() { local who=$1; shift; "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -At -U "$who" "$@"; }
