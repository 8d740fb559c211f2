# tests/bench/cluster.sh — the benchmark's own PostgreSQL cluster, kept
# between runs (seeding scale 200 ≈ 1,000,000 cases takes minutes).
#
#   . "$top_srcdir/tests/bench/cluster.sh"
#   bench_cluster DIR SCALE    # create + seed once, else just start; exports PG*
#   bench_cluster_stop DIR     # fast shutdown (the data stays)
#
# DIR/seeded records the scale the data was seeded at; a different scale, or
# a half-finished seed (no stamp), starts over.  `casedesk-admin init` runs
# every time: it is idempotent and picks up new migrations (indexes).

: "${top_srcdir:?}" "${top_builddir:?}"
. "$top_srcdir/scripts/pgcluster.sh"

BENCH_PG_BIN=$(pgc_bindir)
BENCH_PG_OWNER=$(pgc_owner)

_bench_tune() {
    # A benchmark of reads, not of durability: the same settings every run.
    pgc_as_owner tee -a "$1/data/postgresql.conf" >/dev/null <<CONF
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = 512MB
work_mem = 32MB
maintenance_work_mem = 512MB
max_wal_size = 8GB
checkpoint_timeout = 30min
max_connections = 400
CONF
}

bench_cluster() {
    local dir=$1 scale=$2
    if [ ! -f "$dir/seeded" ] || [ "$(cat "$dir/seeded")" != "$scale" ]; then
        [ -d "$dir/data" ] && pgc_stop "$dir" immediate
        rm -rf "$dir"
        pgc_create "$dir" || return 1
        _bench_tune "$dir"
    fi
    pgc_start "$dir" || return 1
    export PGHOST="$dir/sock" PGPORT=5432 PGUSER="$BENCH_PG_OWNER" PGDATABASE=casedesk
    unset PGSERVICE PGPASSWORD PGOPTIONS
    if [ ! -f "$dir/seeded" ]; then
        "$BENCH_PG_BIN/createdb" -U "$BENCH_PG_OWNER" casedesk || return 1
        "$top_builddir/casedesk-admin" init >"$dir/init.log" 2>&1 || {
            echo "bench: casedesk-admin init failed: $(tail -n 3 "$dir/init.log")" >&2; return 1; }
        echo "bench: seeding scale $scale (once; kept in $dir) ..." >&2
        local t0=$SECONDS
        "$top_builddir/casedesk-admin" seed --scale "$scale" >"$dir/seed.log" 2>&1 || {
            echo "bench: seed failed: $(tail -n 3 "$dir/seed.log")" >&2; return 1; }
        "$BENCH_PG_BIN/psql" -X -q -c 'VACUUM (ANALYZE)' >/dev/null 2>&1
        echo "bench: seeded in $((SECONDS - t0)) s" >&2
        echo "$scale" >"$dir/seeded"
    else
        "$top_builddir/casedesk-admin" init >"$dir/init.log" 2>&1 || {
            echo "bench: casedesk-admin init failed: $(tail -n 3 "$dir/init.log")" >&2; return 1; }
    fi
}

bench_cluster_stop() { pgc_stop "$1" fast; }
