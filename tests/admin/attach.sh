#!/bin/bash
# `casedesk-admin attach` (issue 15, item 7): a clerk attaches photos to a
# case from the command line, as their own login role.  The JPEGs are made
# by the test (tests/admin/make_jpeg.py: big- and little-endian EXIF, north-
# east and south-west), and their EXIF time and GPS position are read back
# from the list; the sha256 is the file's and is in the sealed audit chain;
# export writes the same bytes (0600); another town's clerk can neither see
# nor attach; a 2 GB file is refused from its size before it is read; an
# unknown type and an empty file are refused in one sentence, nothing kept.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/lib/pg.sh"
. "$top_srcdir/tests/lib/tap.sh"
. "$top_srcdir/tests/lib/fixture.sh"
pg_cluster 0.02
fixture_admin_users <<'USERS'
stf1 巡查员乙 wlz staff
stf2 办事员丙 gmz staff
sup1 督查员甲 dcs supervisor
USERS
as() { local who=$1; shift; PGUSER=$who "$top_builddir/casedesk-admin" "$@" 2>&1; }
asfail() {   # asfail LOGIN PATTERN DESCRIPTION -- args
    local who=$1 pat=$2 desc=$3; shift 4
    fails_like "$pat" "$desc" -- env PGUSER="$who" "$top_builddir/casedesk-admin" "$@"
}
W=$PG_TMP/attach; mkdir -p "$W/out"
CASE=$(psql_su -c "SELECT c.case_no FROM casedesk.case_file c JOIN casedesk.unit u ON u.id = c.unit_id
                   WHERE u.code = 'wlz' ORDER BY c.id LIMIT 1")
CID=$(psql_su -c "SELECT id FROM casedesk.case_file WHERE case_no = '$CASE'")
python3 "$top_srcdir/tests/admin/make_jpeg.py" "$W/现场1.jpg" MM "2026:05:06 07:08:09" 30.59 114.3
python3 "$top_srcdir/tests/admin/make_jpeg.py" "$W/现场2.jpg" II "2025:12:31 23:59:58" -33.8568 -151.2153
python3 "$top_srcdir/tests/admin/make_jpeg.py" "$W/no_exif.jpg" II

# --- in -------------------------------------------------------------------------
A1=$(as stf1 attach case "$CASE" "$W/现场1.jpg")
like "$A1" '^[0-9]+$' "a clerk attaches a photo to a case of her unit by its case number"
A2=$(as stf1 attach case "$(echo "$CASE" | tr A-Z a-z)" "$W/现场2.jpg")
like "$A2" '^[0-9]+$' "a second one (the case number in lower case)"
A3=$(as stf1 attach case "$CID" "$W/no_exif.jpg")
like "$A3" '^[0-9]+$' "a third, without time or position, by the case's id"

list=$(as stf1 attach list case "$CASE")
row1=$(grep -P "^$A1\t" <<<"$list")
like "$row1" $'\t现场1.jpg\timage/jpeg\t' "the list names the file and the type read from its bytes"
like "$row1" $'\t2026-05-06 07:08:09\t30.590000,114.300000\t' "the EXIF time and GPS (big-endian TIFF) are read back"
like "$(grep -P "^$A2\t" <<<"$list")" $'\t2025-12-31 23:59:58\t-33.856800,-151.215300\t' \
    "little-endian EXIF, south and west as negative degrees"
like "$(grep -P "^$A3\t" <<<"$list")" $'\t-\t-\t' "a photo without EXIF has no time and no position"
like "$row1" "	$(sha256sum "$W/现场1.jpg" | cut -c1-64)\$" "the list shows the file's sha256"
like "$row1" $'\t巡查员乙\t' "and who attached it"

# --- the audit chain carries the hash -------------------------------------------
pg_seal
is "$(psql_su -c "SELECT new_row->>'sha256' FROM casedesk.audit_log WHERE table_name = 'attachment' AND row_id = $A1")" \
    "$(sha256sum "$W/现场1.jpg" | cut -c1-64)" "the sealed audit row of the attachment carries the file's sha256"
is "$(psql_su -c "SELECT count(*) FROM casedesk.audit_log WHERE table_name = 'attachment' AND new_row ? 'data'")" "0" \
    "and not its bytes"
ok "$("$top_builddir/casedesk-admin" audit verify >/dev/null 2>&1; echo $?)" "the chain verifies"

# --- out --------------------------------------------------------------------------
out=$(as stf1 attach export case "$CASE" "$W/out")
is "$(wc -l <<<"$out")" "3" "export writes every file of the case: $(echo $out)"
cmp -s "$W/现场1.jpg" "$W/out/$A1-现场1.jpg"; ok $? "the exported photo is byte for byte the one attached"
is "$(stat -c %a "$W/out/$A1-现场1.jpg")" "600" "written for its owner only"
asfail stf1 "File exists" "export never writes over a file" -- attach export --id "$A1" "$W/out"
asfail stf1 "not a directory" "export into something that is not a directory is refused" -- attach export case "$CASE" "$W/现场1.jpg"

# --- who --------------------------------------------------------------------------
asfail stf2 "no such record that you may see" "another town's clerk cannot attach to the case" -- attach case "$CID" "$W/现场1.jpg"
is "$(as stf2 attach list case "$CID")" "" "nor list its attachments"
asfail stf2 "no attachment $A1 that you may see" "nor export one" -- attach export --id "$A1" "$W/out"
is "$(as sup1 attach list case "$CASE" | wc -l)" "3" "a supervisor lists them"

# --- bad input --------------------------------------------------------------------
truncate -s 2G "$W/huge.jpg"
printf '\xff\xd8\xff\xe0' | dd of="$W/huge.jpg" conv=notrunc status=none
start=$(date +%s%N)
asfail stf1 "The file is 2048.0 MiB; the limit is 20.0 MiB per file." "a 2 GB file is refused with its size and the limit" \
    -- attach case "$CASE" "$W/huge.jpg"
ms=$(( ($(date +%s%N) - start) / 1000000 ))
ok $([ "$ms" -lt 5000 ] && echo 0 || echo 1) "from its size, without reading it ($ms ms)"
printf '\x7fELF\x02\x01\x01\x00\x00\x00' >"$W/tool"
asfail stf1 "^casedesk-admin: Only photos \(JPEG, PNG, HEIC\), PDF documents and plain text can be attached; this file is none of them.$" \
    "an unknown type is refused in one sentence" -- attach case "$CASE" "$W/tool"
: >"$W/empty.txt"
asfail stf1 "The file is empty." "an empty file is refused" -- attach case "$CASE" "$W/empty.txt"
asfail stf1 "Cannot open" "a file that is not there" -- attach case "$CASE" "$W/nothing.jpg"
asfail stf1 "not a regular file" "a directory" -- attach case "$CASE" "$W/out"
asfail stf1 "Evidence is attached to a case, a patrol" "an unknown record kind" -- attach invoice 1 "$W/现场1.jpg"
asfail stf1 "usage" "a missing file is a usage error" -- attach case "$CASE"
is "$(psql_su -c "SELECT count(*) FROM casedesk.attachment")" "3" "nothing was kept of the refused files"
LC_ALL=C.UTF-8 out=$(PGUSER=stf1 "$top_builddir/casedesk-admin" --lang zh attach case "$CASE" "$W/tool" 2>&1)
unlike_en=$(grep -c "Only photos" <<<"$out")
is "$unlike_en" "0" "in Chinese the refusal is translated: $out"

# --- the case export carries its evidence ------------------------------------------
read -r KIND OPENED < <(psql_su -F ' ' -c "SELECT kind, opened_on FROM casedesk.case_file WHERE id = $CID")
mkdir -p "$W/ledger"
csv=$(PGUSER=stf1 "$top_builddir/casedesk-admin" export cases --kind "$KIND" --from "$OPENED" --to "$OPENED" \
      --attachments "$W/ledger" 2>"$W/ledger.err"); ok $? "export cases --attachments runs as the clerk"
like "$(head -n 1 <<<"$csv")" ",attachments," "the CSV has an attachments column"
row=$(grep -F "$CASE," <<<"$csv")
like "$row" "现场1.jpg sha256:$(sha256sum "$W/现场1.jpg" | cut -c1-64); 现场2.jpg sha256:" \
    "the case's row names its files with their sha256, in the order attached"
cmp -s "$W/现场1.jpg" "$W/ledger/$CASE/$A1-现场1.jpg"; ok $? "and the files are written under the case's number, byte for byte"
is "$(ls "$W/ledger/$CASE" | wc -l)" "3" "every file of the case"
like "$(cat "$W/ledger.err")" "^3 attachments written under " "a summary on standard error"
csv2=$(PGUSER=stf2 "$top_builddir/casedesk-admin" export cases --kind "$KIND" --from "$OPENED" --to "$OPENED" 2>&1)
ok "$(grep -qF "现场1.jpg" <<<"$csv2"; [ $? = 1 ]; echo $?)" "another town's clerk's export names none of them"
asfail stf1 "not a directory" "export --attachments into something that is not a directory is refused" \
    -- export cases --kind "$KIND" --from "$OPENED" --to "$OPENED" --attachments "$W/现场1.jpg"

# --- the server reads the EXIF, not the client ----------------------------------
# attach_add from psql with a time and a place the photo does not carry: the
# row has the photo's own (functions/205), as the TUI would have recorded.
hex() { od -An -tx1 -v "$1" | tr -d ' \n'; }
A4=$(psql_as stf1 -c "SELECT casedesk.attach_add('case', $CID, '伪造.jpg', decode('$(hex "$W/现场1.jpg")', 'hex'),
                      '1999-01-01 00:00:00', 1.5, 2.5)")
is "$(psql_su -c "SELECT taken_at || ' ' || round(gps_lat::numeric, 6) || ',' || round(gps_lon::numeric, 6)
                  FROM casedesk.attachment WHERE id = $A4")" "2026-05-06 07:08:09 30.590000,114.300000" \
    "a time and position passed by the caller are ignored: the server reads the photo's EXIF (big-endian)"
A5=$(psql_as stf1 -c "SELECT casedesk.attach_add('case', $CID, '伪造2.jpg', decode('$(hex "$W/现场2.jpg")', 'hex'))")
is "$(psql_su -c "SELECT taken_at || ' ' || round(gps_lat::numeric, 4) || ',' || round(gps_lon::numeric, 4)
                  FROM casedesk.attachment WHERE id = $A5")" "2025-12-31 23:59:58 -33.8568,-151.2153" \
    "and a client that passes none gets them too (little-endian, south and west negative)"
A6=$(psql_as stf1 -c "SELECT casedesk.attach_add('case', $CID, '伪造3.jpg', decode('$(hex "$W/no_exif.jpg")', 'hex'),
                      '2020-02-02 02:02:02', 10, 20)")
is "$(psql_su -c "SELECT coalesce(taken_at::text, '-') || ' ' || coalesce(gps_lat::text, '-') FROM casedesk.attachment WHERE id = $A6")" "- -" \
    "a photo without EXIF has none, whatever the caller says"
# A damaged EXIF block (the IFD offset points past the segment): no time, no error.
python3 - "$W/现场1.jpg" "$W/broken.jpg" <<'PY'
import sys
b = bytearray(open(sys.argv[1], 'rb').read())
i = b.find(b'Exif\0\0') + 6            # the TIFF header
b[i + 4:i + 8] = (b'\xff\xff\xff\x00' if b[i:i + 2] == b'II' else b'\x00\xff\xff\xff')
open(sys.argv[2], 'wb').write(b)
PY
A7=$(psql_as stf1 -c "SELECT casedesk.attach_add('case', $CID, 'broken.jpg', decode('$(hex "$W/broken.jpg")', 'hex'))" 2>&1)
like "$A7" '^[0-9]+$' "a damaged EXIF block is attached all the same"
is "$(psql_su -c "SELECT coalesce(taken_at::text, '-') FROM casedesk.attachment WHERE id = ${A7//[^0-9]/0}")" "-" \
    "with no time read from it"

# --- the help names the verb ----------------------------------------------------
like "$("$top_builddir/casedesk-admin" --help)" "attach KIND ID FILE" "casedesk-admin --help lists attach"

done_testing
