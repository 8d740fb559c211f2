#!/bin/bash
# tests/e2e/documents_output.sh — documents that reach the user over SSH
# (issue 15): numbers stay distinct and gapless when steps race (one rolled
# back); every template's PDF has, in its text layer (pdftotext), the
# number, the party and the articles; a service date before the issue date
# is refused; on a machine without CUPS "print" says so in one sentence;
# "print on my own printer" sends ESC [5i, the PDF, ESC [4i to the terminal
# (captured from the tmux pane with pipe-pane, and the PDF in it read back);
# the old "print" leaves no file in the home directory.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/e2e/cases_lib.sh"
command -v pdftotext >/dev/null || { echo "1..0 # SKIP pdftotext (poppler-utils) not installed"; exit 0; }
cases_setup
# A key typed while a statement waits is dropped (by design): on a loaded
# machine the first ':' may go; ask again until the prompt is there.
jump() {
    local i
    for i in 1 2 3; do tmux_send :; wait_for "Jump to" 5 && break; done
    tmux_type "$1"; tmux_send Enter
}
fixture_admin_users <<'USERS'
adm1 管理员戊 xxzx admin
stf4 办事员己 wlz staff
stf5 办事员庚 wlz staff
USERS

q() { local who=$1; shift; psql_as "$who" -c "$*" 2>&1; }
skip() { TAP_N=$((TAP_N + 1)); echo "ok $TAP_N # SKIP $1"; }
step() { q "$1" "SELECT casedesk.case_transition($2, (SELECT version FROM casedesk.case_file WHERE id = $2), '$3', $4)"; }
d() { echo "jsonb_build_object('on', (current_date - $1)::text)"; }
V=$(q stf1 "SELECT min(id) FROM casedesk.village WHERE unit_id = (SELECT id FROM casedesk.unit WHERE code = 'wlz')")
newcase() {   # newcase NAME: a verified violation of wlz; prints its id
    local c
    c=$(q stf1 "SELECT casedesk.case_create_violation($V, 'construction', 'report', current_date - 20, '$1', '五里村一组', 90, 2)")
    step stf1 "$c" verify "$(d 10)" >/dev/null
    echo "$c"
}

# ----------------------------------------------------------- racing numbers
N=6
for i in $(seq 1 $N); do CASES[$i]=$(newcase "竞争$i"); done
S0=$(psql_su -c "SELECT coalesce(max(seq), 0) FROM casedesk.document d JOIN casedesk.unit u ON u.id = d.unit_id
                 WHERE u.code = 'wlz' AND d.kind = 'stop_order' AND d.year = extract(year FROM current_date - 5)")
# Each step holds its transaction open a moment; the third rolls back.
for i in $(seq 1 $N); do
    end=COMMIT; [ "$i" = 3 ] && end=ROLLBACK
    who=(stf1 stf4 stf5); who=${who[$((i % 3))]}    # a session limit per login
    psql_as "$who" -c "BEGIN" -c "SELECT casedesk.case_transition(${CASES[$i]}, (SELECT version FROM casedesk.case_file WHERE id = ${CASES[$i]}), 'stop_notice', $(d 5) || '{\"doc_no\": \"x\"}')" \
        -c "SELECT pg_sleep(0.3)" -c "$end" >"$PG_TMP/race.$i" 2>&1 &
done
wait
for i in $(seq 1 $N); do grep -hE "ERROR|FATAL" "$PG_TMP/race.$i" | sed "s/^/# race $i: /"; done
ids=$(IFS=,; echo "${CASES[*]}")
is "$(psql_su -c "SELECT count(*) FROM casedesk.document WHERE case_id IN ($ids)")" "$((N - 1))" \
    "$N racing stop-work steps, one rolled back: $((N - 1)) documents"
is "$(psql_su -c "SELECT count(DISTINCT doc_no) FROM casedesk.document WHERE case_id IN ($ids)")" "$((N - 1))" \
    "their numbers are distinct"
is "$(psql_su -c "SELECT string_agg(seq::text, ',' ORDER BY seq) FROM casedesk.document WHERE case_id IN ($ids)")" \
    "$(seq -s, $((S0 + 1)) $((S0 + N - 1)))" "and consecutive: the rolled-back step left no gap"
is "$(psql_su -c "SELECT count(*) FROM casedesk.violation WHERE id IN ($ids) AND stop_notice_no IN (SELECT doc_no FROM casedesk.document)")" \
    "$((N - 1))" "each case carries the register's number"

# ----------------------------------------------------------- every template as PDF
C=${CASES[1]}
STOP=$(psql_su -c "SELECT id FROM casedesk.document WHERE case_id = $C AND kind = 'stop_order'")
step stf1 "$C" order_rectify "$(d 3) || jsonb_build_object('deadline', (current_date + 10)::text)" >/dev/null
RECT=$(psql_su -c "SELECT id FROM casedesk.document WHERE case_id = $C AND kind = 'rectify_decision'")
q stf1 "SELECT casedesk.document_issue('demand', $C, jsonb_build_object('about', $RECT, 'deadline', (current_date + 20)::text))" >/dev/null
q stf1 "SELECT casedesk.document_issue('forced_demolition', $C, jsonb_build_object('about', $RECT, 'deadline', (current_date + 40)::text))" >/dev/null
q stf1 "SELECT casedesk.document_issue('service_receipt', $C, jsonb_build_object('about', $STOP))" >/dev/null
# An expropriation household of wlz with a decision, and a petition.
PROJ=$(psql_su -c "SELECT pu.project_id FROM casedesk.project_unit pu JOIN casedesk.unit u ON u.id = pu.unit_id WHERE u.code = 'wlz' ORDER BY 1 LIMIT 1")
E=$(q stf1 "SELECT casedesk.case_create_expropriation($PROJ, $V, 'household', '被征收人乙', '11010519491231002X', NULL, '五里村二组', 110, NULL, current_date - 100)")
step stf1 "$E" survey "$(d 90)" >/dev/null
step stf1 "$E" assess "jsonb_build_object('on', (current_date - 80)::text, 'amount', '280000')" >/dev/null
step stf1 "$E" record_expropriation_decision "jsonb_build_object('on', (current_date - 30)::text, 'doc_no', '汉政征字〔2026〕8号')" >/dev/null
step stf1 "$E" record_compensation_decision "jsonb_build_object('on', (current_date - 10)::text, 'doc_no', 'x')" >/dev/null
# (a petition case: accepting it issues the 信访受理告知书; migration 186)
PT=$(q stf1 "SELECT casedesk.case_create_petition($V, 'visit', current_date - 2, '信访人甲', NULL, NULL, NULL, '安置面积异议', NULL, $PROJ)")
step stf1 "$PT" accept "$(d 1)" >/dev/null

declare -A ART=(
    [stop_order]='第六十四条' [rectify_decision]='第六十四条' [demand]='第五十四条'
    [forced_demolition]='第四十三条' [compensation_decision]='第二十六条' [service_receipt]='第八十九条'
    [petition_notice]='第三十四条')
while IFS='|' read -r kind no party; do
    [ -n "$kind" ] || continue
    txt=$(PGUSER=stf1 admin document pdf "$no" | pdftotext -q - - | tr -d ' \n')
    like "$txt" "$(echo "$no" | sed 's/[][()]/./g')" "$kind: the PDF's text layer has the number $no"
    like "$txt" "$party" "$kind: and the party ($party)"
    like "$txt" "${ART[$kind]}" "$kind: and the article (${ART[$kind]})"
    like "$txt" "（印章）" "$kind: and the seal line"
done <<<"$(psql_su -F '|' -c "SELECT DISTINCT ON (kind) kind, doc_no, party_name FROM casedesk.document
                               WHERE case_id IN ($C, $E) OR case_id = $PT ORDER BY kind, id")"
is "$(psql_su -c "SELECT count(DISTINCT kind) FROM casedesk.document WHERE case_id IN ($C, $E) OR case_id = $PT")" 7 \
    "all seven templates were checked"
like "$(PGUSER=stf1 admin document pdf "$(psql_su -c "SELECT doc_no FROM casedesk.document WHERE id = $STOP")" | head -c 5)" '^%PDF-' \
    "document pdf writes a PDF"

# ----------------------------------------------------------- service
STOPNO=$(psql_su -c "SELECT doc_no FROM casedesk.document WHERE id = $STOP")
out=$(PGUSER=stf1 admin document serve "$STOPNO" --on "$(psql_su -c "SELECT current_date - 6")" --way in_person 2>&1); rc=$?
is "$rc" 1 "a service date before the issue date: exit status 1"
like "$out" "cannot be served before it was issued" "and one sentence"
is "$(psql_su -c "SELECT coalesce(served_on::text, '-') FROM casedesk.document WHERE id = $STOP")" "-" "nothing recorded"

# ----------------------------------------------------------- CUPS-less machine
out=$(PGUSER=stf1 admin document print "$STOPNO" 2>&1)
like "$out" "No print queue is set up for your unit" "no queue for the unit: one sentence"
PGUSER=adm1 admin document queue --unit wlz --queue wlz-office
is "$(psql_su -c "SELECT cups_queue FROM casedesk.doc_unit d JOIN casedesk.unit u ON u.id = d.unit_id WHERE u.code = 'wlz'")" \
    "wlz-office" "an admin sets the unit's CUPS queue"
if command -v lp >/dev/null; then
    skip "lp is installed here: this is not a CUPS-less machine"
else
    out=$(PGUSER=stf1 admin document print "$STOPNO" 2>&1); rc=$?
    is "$rc" 1 "on a machine without CUPS, print fails"
    like "$out" "This machine has no CUPS printing \(the lp command is not installed\)" "with one sentence"
fi

# ----------------------------------------------------------- the terminal: media copy
CASENO=$(psql_su -c "SELECT case_no FROM casedesk.case_file WHERE id = $C")
session doc stf1 100 30
wait_for "Welcome" 10; ok $? "staff session starts"
jump "$CASENO"
wait_for "$CASENO  [" 5; ok $? "the violation case opens"
tmux_send C-t; wait_for "Print the rectification notice…" 5; ok $? "the case actions offer the notice"
n=$(tmux_screen | grep -oE '[0-9] Print the rectification notice' | cut -c1); tmux_send "$n"
wait_for "Documents · $CASENO" 5; ok $? "\"print\" opens the register's documents of the case"
wait_for "$(psql_su -c "SELECT doc_no FROM casedesk.document WHERE id = $RECT")" 5; ok $? "with the decision's official number"
like "$(tmux_screen)" "not served" "documents not yet served say so"
# CUPS from the screen
tmux_send t; wait_for "Print on the unit's printer (CUPS)" 5
tmux_send 1
if command -v lp >/dev/null; then skip "lp is installed here"; else
    wait_for "This machine has no CUPS printing" 5; ok $? "the screen says so in one sentence on a CUPS-less machine"
fi
# The user's own printer: the bytes go to the terminal.
CAP=$E2E_HOME/pane.bytes
tmux_cmd pipe-pane -t doc -o "cat >> $CAP"
tmux_send t; wait_for "Print on my own printer" 5
tmux_send 2
wait_for "was sent to your own printer through the terminal" 10; ok $? "the user's own printer: confirmed on screen"
tmux_cmd pipe-pane -t doc
python3 - "$CAP" "$E2E_HOME/mc.pdf" <<'PY'
import sys
b = open(sys.argv[1], 'rb').read()
s = b.find(b'\x1b[5i'); e = b.find(b'\x1b[4i', s)
open(sys.argv[2], 'wb').write(b[s + 4:e] if s >= 0 and e > s else b'')
PY
like "$(head -c 5 "$E2E_HOME/mc.pdf")" '^%PDF-' "ESC [5i, a PDF, ESC [4i reached the terminal"
like "$(pdftotext -q "$E2E_HOME/mc.pdf" - | tr -d ' \n')" "$(psql_su -c "SELECT doc_no FROM casedesk.document WHERE id = $RECT" | sed 's/[][()]/./g')" \
    "and the PDF the terminal got is the decision"
rm -f "$E2E_HOME/mc.pdf" "$CAP"
# Service from the screen, then no file anywhere in the home directory.
tmux_send t; wait_for "Record its service" 5; tmux_send 3
wait_for "served on (YYYY-MM-DD)" 5; tmux_send Enter
wait_for "Served how?" 5; tmux_send Enter
wait_for "Served to" 5; tmux_send Enter
wait_for "Service recorded" 5; ok $? "service recorded from the screen"
is "$(psql_su -c "SELECT served_way FROM casedesk.document WHERE id = $RECT")" "in_person" "in person, as chosen"
is "$(find "$E2E_HOME/stf1" -type f \( -name '*.txt' -o -name '*.pdf' -o -name 'casedesk-notice*' \) | wc -l)" 0 \
    "no file was left in the home directory"

# ----------------------------------------------------------- the step says the number
# A step that issues a document (migration 180) tells the user its official
# number on the message line.
C2=$(q stf4 "SELECT casedesk.case_create_violation($V, 'construction', 'report', current_date - 20, '界面乙', '五里村三组', 70, 1)")
step stf4 "$C2" verify "$(d 10)" >/dev/null
CASENO2=$(psql_su -c "SELECT case_no FROM casedesk.case_file WHERE id = $C2")
tmux_send Escape; wait_gone "Documents · $CASENO" 5
tmux_send Escape; wait_gone "$CASENO  [" 5      # the case form too: ':' jumps from a screen
jump "$CASENO2"
wait_for "$CASENO2  [" 5; ok $? "a verified violation opens"
tmux_send C-t; wait_for "Issue a stop-work notice" 5
n=$(tmux_screen | grep -oE '[0-9] Issue a stop-work' | cut -c1); tmux_send "$n"
wait_for "Date (YYYY-MM-DD)" 5; tmux_send Enter
wait_for "Issued 五里停字" 10; ok $? "after the step the message line says a document was issued"
NO2=$(psql_su -c "SELECT doc_no FROM casedesk.document WHERE case_id = $C2 AND kind = 'stop_order'")
like "$NO2" '^五里停字〔[0-9]{4}〕第[0-9]{3}号$' "the step issued the notice from the register"
like "$(tmux_screen)" "Done: Issue a stop-work notice\\. Issued $(echo "$NO2" | sed 's/[][()]/./g')" \
    "and the message line shows its official number"
done_testing
