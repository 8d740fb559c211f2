#!/bin/bash
# sql/schema.sql is the dump of what init builds (`make schema` writes it):
# fails when the committed file is stale, showing the head of the diff.
. "$top_srcdir/tests/lib/tap.sh"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/casedesk-schema-test.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

"$top_srcdir/sql/dump-schema.sh" "$top_builddir/casedesk-admin" >"$tmp/schema.sql" 2>"$tmp/err"
rc=$?
ok $rc "init and pg_dump --schema-only ran"
[ $rc -eq 0 ] || diag "$(tail -n 5 "$tmp/err")"
grep -q '^CREATE TABLE casedesk.case_file ' "$tmp/schema.sql"
ok $? "the dump holds the schema"
diff -u "$top_srcdir/sql/schema.sql" "$tmp/schema.sql" >"$tmp/diff"
rc=$?
ok $rc "sql/schema.sql is current (if not: make schema, review the diff, commit it)"
if [ $rc -ne 0 ]; then
    while IFS= read -r l; do diag "$l"; done < <(head -n 40 "$tmp/diff")
fi
done_testing
