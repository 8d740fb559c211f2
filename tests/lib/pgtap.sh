#!/bin/bash
# tests/lib/pgtap.sh FILE.sql — run one pgTAP file for `make check` (the log
# compiler of the .sql tests, see tests/tests.mk): a private cluster copied
# from the build's template (pg_cluster), the pgtap extension, then pg_prove
# as the installer.  The file runs inside BEGIN ... ROLLBACK and takes the
# part under test with SET SESSION AUTHORIZATION.  A line
#   -- pg_cluster: 0.05
#   -- pg_seeds: 010_places.sql 015_cases.sql
# near its top ask for the demo data of that scale, and only those seeds
# (default: the bare schema).  Prints the file's TAP, which automake's tap-driver reads; the
# rest of pg_prove's report only when it failed.
: "${top_srcdir:=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
: "${top_builddir:=$PWD}"
. "$top_srcdir/tests/lib/pg.sh"

file=$1
[ -f "$file" ] || { echo "Bail out! no such test file: $file"; exit 99; }
command -v pg_prove >/dev/null ||
    { echo "Bail out! pg_prove not found: apt-get install libtap-parser-sourcehandler-pgtap-perl"; exit 99; }
[ -f "$(pg_config --sharedir 2>/dev/null)/extension/pgtap.control" ] ||
    ls /usr/share/postgresql/*/extension/pgtap.control >/dev/null 2>&1 ||
    { echo "Bail out! pgTAP not installed: apt-get install postgresql-15-pgtap"; exit 99; }

# shellcheck disable=SC2046
seeds=$(sed -n '1,20s/^-- pg_seeds: *//p' "$file" | head -n 1)
pg_cluster ${seeds:+--seeds "$seeds"} $(sed -n '1,20s/^-- pg_cluster: *//p' "$file" | head -n 1)
psql_su -c 'CREATE EXTENSION pgtap' >/dev/null || { echo "Bail out! CREATE EXTENSION pgtap failed"; exit 99; }

out="$PG_TMP/pg_prove.out"
pg_prove --verbose --nocolor --merge --ext .sql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" \
    -d "$PGDATABASE" "$file" >"$out" 2>&1
rc=$?
grep -aE '^(not )?ok [0-9]|^1\.\.[0-9]|^#|^Bail out!' "$out"
if [ $rc -ne 0 ]; then
    grep -avE '^(not )?ok [0-9]|^1\.\.[0-9]|^#' "$out" | sed 's/^/# pg_prove: /'
fi
exit $rc
