#!/bin/bash
# sql/dump-schema.sh — the schema that `casedesk-admin init` builds, as one
# stable text: a throwaway cluster, init, pg_dump --schema-only of schema
# casedesk, minus the lines that change from run to run or between pg_dump
# versions (version banners, SET lines, \restrict keys).
#
#   sql/dump-schema.sh ADMIN > schema.sql     ADMIN: the casedesk-admin to run
#
# Used by `make schema` (writes sql/schema.sql) and by the test that fails
# when the committed sql/schema.sql is stale (tests/admin/schema.sh).
set -euo pipefail
admin_bin=${1:?usage: dump-schema.sh PATH-TO-casedesk-admin}
top_srcdir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$top_srcdir/scripts/pgcluster.sh"
bin=$(pgc_bindir)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/casedesk-schema.XXXXXX")
cleanup() { pgc_stop "$tmp" immediate; rm -rf "$tmp"; }
trap cleanup EXIT
pgc_create "$tmp" >&2
pgc_as_owner tee -a "$tmp/data/postgresql.conf" >/dev/null <<CONF
fsync = off
synchronous_commit = off
CONF
pgc_start "$tmp" >&2
export PGHOST="$tmp/sock" PGPORT=5432 PGUSER=$(pgc_owner) PGDATABASE=casedesk
unset PGSERVICE PGPASSWORD PGOPTIONS
"$bin/createdb" casedesk
"$admin_bin" init >"$tmp/init.log" 2>&1 || { cat "$tmp/init.log" >&2; exit 1; }
# No owner-independent noise: owners and privileges are part of the schema
# (they are security rules here), so both stay in.
"$bin/pg_dump" --schema-only --schema=casedesk --no-tablespaces casedesk |
    sed -e '/^-- Dumped from database version/d' -e '/^-- Dumped by pg_dump version/d' \
        -e '/^SET /d' -e '/^SELECT pg_catalog.set_config(/d' \
        -e '/^\\restrict /d' -e '/^\\unrestrict /d' |
    cat -s
