#!/bin/bash
# tests/e2e/documents_cups.sh — a document from the register printed to a
# real CUPS queue (issue 15, item 1), nothing installed or configured by
# hand: the test starts a private cupsd (its own cupsd.conf and
# cups-files.conf, a Unix socket in a temporary directory, run as the
# test's own user) with a queue whose device is a file (FileDevice Yes,
# file:///...), and a one-line filter that passes the PDF through (Debian's
# cups-daemon ships no filters, and a raw queue writes nothing to a file
# device).  `casedesk-admin document print` sends the stop-work notice to
# the unit's queue; the job's output file is the PDF, and pdftotext shows
# its number and party.  With cupsd stopped, print fails with lp's
# sentence; without lp at all, with casedesk's own sentence.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/lib/pg.sh"
. "$top_srcdir/tests/lib/tap.sh"
. "$top_srcdir/tests/lib/fixture.sh"
for t in cupsd lp lpadmin lpstat pdftotext; do
    command -v "$t" >/dev/null || [ -x "/usr/sbin/$t" ] ||
        { echo "1..0 # SKIP $t not installed (cups-daemon, cups-client, poppler-utils: scripts/deps.sh)"; exit 0; }
done
CUPSD=$(command -v cupsd || echo /usr/sbin/cupsd)
LPADMIN=$(command -v lpadmin || echo /usr/sbin/lpadmin)
grep -q "HAVE_PANGOCAIRO 1" "$top_builddir/config.h" ||
    { echo "1..0 # SKIP built without pango/cairo (no PDF)"; exit 0; }

pg_cluster 0.02
fixture_admin_users <<'USERS'
adm1 管理员戊 xxzx admin
stf1 巡查员乙 wlz staff
USERS

# ------------------------------------------------------------ a private cupsd
C=$(mktemp -d "${TMPDIR:-/tmp}/casedesk-cups.XXXXXX")
chmod 755 "$C"     # filters run as cupsd's User (lp) when the test runs as root
mkdir -p "$C"/etc/ppd "$C"/spool "$C"/tmp "$C"/cache "$C"/state "$C"/log "$C"/out "$C"/bin/filter
chmod 1777 "$C/out" "$C/tmp"
for d in backend daemon notifier; do ln -s "/usr/lib/cups/$d" "$C/bin/$d"; done
cat >"$C/bin/filter/passthrough" <<'SH'
#!/bin/sh
# The PDF as casedesk made it: from the spool file ($6) or standard input.
if [ -n "$6" ]; then exec cat "$6"; else exec cat; fi
SH
chmod 755 "$C/bin/filter/passthrough"
cat >"$C/etc/cupsd.conf" <<CONF
LogLevel info
Listen $C/cups.sock
WebInterface No
Browsing No
DefaultAuthType None
DefaultEncryption Never
<Location />
  Order allow,deny
  Allow all
</Location>
<Location /admin>
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
    Allow all
  </Limit>
</Policy>
CONF
cat >"$C/etc/cups-files.conf" <<CONF
ServerRoot $C/etc
RequestRoot $C/spool
TempDir $C/tmp
CacheDir $C/cache
StateDir $C/state
ServerBin $C/bin
DataDir /usr/share/cups
ErrorLog $C/log/error_log
AccessLog $C/log/access_log
PageLog $C/log/page_log
Printcap $C/printcap
FileDevice Yes
CONF
cat >"$C/file.ppd" <<'PPD'
*PPD-Adobe: "4.3"
*FormatVersion: "4.3"
*FileVersion: "1.0"
*LanguageVersion: English
*LanguageEncoding: ISOLatin1
*PCFileName: "CDFILE.PPD"
*Manufacturer: "casedesk"
*Product: "(casedesk test)"
*ModelName: "casedesk file printer"
*ShortNickName: "casedesk file printer"
*NickName: "casedesk file printer"
*PSVersion: "(3010.000) 0"
*LanguageLevel: "3"
*ColorDevice: False
*DefaultColorSpace: Gray
*FileSystem: False
*Throughput: "1"
*cupsFilter: "application/pdf 0 passthrough"
*OpenUI *PageSize: PickOne
*DefaultPageSize: A4
*PageSize A4: ""
*CloseUI: *PageSize
*DefaultImageableArea: A4
*ImageableArea A4: "0 0 595 842"
*DefaultPaperDimension: A4
*PaperDimension A4: "595 842"
PPD
"$CUPSD" -f -c "$C/etc/cupsd.conf" -s "$C/etc/cups-files.conf" >"$C/log/stdout" 2>&1 &
CUPSD_PID=$!
cups_stop() { [ -n "$CUPSD_PID" ] && kill "$CUPSD_PID" 2>/dev/null && wait "$CUPSD_PID" 2>/dev/null; CUPSD_PID=; }
trap 'cups_stop; rm -rf "$C"; pg_stop' EXIT
export CUPS_SERVER=$C/cups.sock
for i in $(seq 1 100); do [ -S "$C/cups.sock" ] && lpstat -r >/dev/null 2>&1 && break; sleep 0.1; done
if ! lpstat -r >/dev/null 2>&1; then
    echo "1..0 # SKIP cupsd did not start as $(id -un) in $C: $(tail -n 3 "$C/log/stdout" "$C/log/error_log" 2>/dev/null | tr '\n' ' ')"
    exit 0
fi
ok 0 "a private cupsd runs as $(id -un) on a socket in a temporary directory"
: >"$C/out/job.pdf"; chmod 666 "$C/out/job.pdf"
"$LPADMIN" -p casedesk-wlz -E -v "file://$C/out/job.pdf" -P "$C/file.ppd" 2>/dev/null
like "$(lpstat -p casedesk-wlz 2>&1)" "casedesk-wlz is idle" "with a queue whose device is a file"

# ------------------------------------------------------------ a document of wlz
q() { local who=$1; shift; psql_as "$who" -c "$*" 2>&1; }
V=$(q stf1 "SELECT min(id) FROM casedesk.village WHERE unit_id = (SELECT id FROM casedesk.unit WHERE code = 'wlz')")
CID=$(q stf1 "SELECT casedesk.case_create_violation($V, 'construction', 'report', current_date - 20, '印十五', '五里村一组', 90, 2)")
step() { q stf1 "SELECT casedesk.case_transition($CID, (SELECT version FROM casedesk.case_file WHERE id = $CID), '$1', jsonb_build_object('on', (current_date - $2)::text) || '$3')"; }
r=$(step verify 10 '{}'); [ "$r" -ge 0 ] 2>/dev/null || diag "verify: $r"
r=$(step stop_notice 5 '{"doc_no": "x"}'); [ "$r" -ge 0 ] 2>/dev/null || diag "stop_notice: $r"
NO=$(psql_su -c "SELECT doc_no FROM casedesk.document WHERE case_id = $CID AND kind = 'stop_order'")
like "$NO" "停字〔[0-9]{4}〕第[0-9]+号" "the stop-work notice has its number: $NO"

PGUSER=adm1 admin document queue --unit wlz --queue casedesk-wlz >/dev/null
out=$(PGUSER=stf1 admin document print "$NO" 2>&1); rc=$?
is "$rc" 0 "casedesk-admin document print sends it to the unit's queue"
like "$out" "sent to the print queue casedesk-wlz" "and says so: $out"
for i in $(seq 1 100); do [ -s "$C/out/job.pdf" ] && [ -z "$(lpstat -o casedesk-wlz 2>/dev/null)" ] && break; sleep 0.2; done
is "$(head -c 5 "$C/out/job.pdf")" "%PDF-" "the job's output file is a PDF"
text=$(pdftotext "$C/out/job.pdf" - 2>/dev/null)
like "$text" "$NO" "whose text layer has the document's number"
like "$text" "印十五" "and the party"
like "$(lpstat -W completed -o casedesk-wlz 2>&1)" "casedesk-wlz-[0-9]+" "CUPS lists the job as completed"

# ------------------------------------------------------------ CUPS away, lp away
cups_stop
out=$(PGUSER=stf1 admin document print "$NO" 2>&1); rc=$?
is "$rc" 1 "with cupsd stopped, print fails"
like "$out" "The print queue casedesk-wlz did not take the document: " "with one sentence naming the queue and lp's reason: $out"
out=$(env PATH=/nonexistent PGUSER=stf1 "$top_builddir/casedesk-admin" document print "$NO" 2>&1); rc=$?
is "$rc" 1 "on a machine without CUPS (no lp), print fails"
like "$out" "This machine has no CUPS printing \(the lp command is not installed\)" "with one sentence"
done_testing
