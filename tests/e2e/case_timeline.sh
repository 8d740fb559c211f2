#!/bin/bash
# tests/e2e/case_timeline.sh — one timeline per case (Ctrl-Y in the case
# form, named in its key bar): the case opened, every status change, the
# document its step issued and its service, payments and their reversal,
# the tasks linked to it — each with who, by name (never a login), and
# when, in order, in a scrollable reader.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/e2e/cases_lib.sh"
cases_setup
q() { local who=$1; shift; psql_as "$who" -c "$*" 2>&1; }
step() { q "$1" "SELECT casedesk.case_transition($2, (SELECT version FROM casedesk.case_file WHERE id = $2), '$3', $4)"; }
d() { echo "jsonb_build_object('on', (current_date - $1)::text)"; }
jump() {
    local i
    for i in 1 2 3; do tmux_send :; wait_for "Jump to" 5 && break; done
    tmux_type "$1"; tmux_send Enter
}

# --- a violation: opened, verified, a stop order issued and served -------------
V=$(q stf1 "SELECT min(id) FROM casedesk.village WHERE unit_id = (SELECT id FROM casedesk.unit WHERE code = 'wlz')")
C=$(q stf1 "SELECT casedesk.case_create_violation($V, 'construction', 'report', current_date - 20, '时间线户主', '五里村一组', 90, 2)")
step stf1 "$C" verify "$(d 10)" >/dev/null
step stf1 "$C" stop_notice "$(d 5) || '{\"doc_no\": \"x\"}'" >/dev/null
DOC=$(psql_su -c "SELECT id FROM casedesk.document WHERE case_id = $C")
DOCNO=$(psql_su -c "SELECT doc_no FROM casedesk.document WHERE case_id = $C")
q stf1 "SELECT casedesk.document_serve($DOC, current_date - 4, 'in_person', '时间线户主')" >/dev/null
TID=$(q sup1 "SELECT casedesk.task_create('违建拆除时间线督办', 'wlz', current_date + 30)")
q sup1 "SELECT casedesk.task_link_case($TID, $C)" >/dev/null
TNO=$(psql_su -c "SELECT number FROM casedesk.task WHERE id = $TID")
CNO=$(psql_su -c "SELECT case_no FROM casedesk.case_file WHERE id = $C")
ok $([ -n "$DOCNO" ] && [ -n "$TNO" ]; echo $?) "fixture: case $CNO with document $DOCNO and task $TNO"

session stf stf1 132 43
wait_for "Welcome" 10; ok $? "staff session starts"
jump "$CNO"; wait_for "$CNO" 8
wait_match "Ctrl-Y:? timeline" 5; ok $? "the case form's key bar names the timeline key"
tmux_send C-y
wait_for "Timeline of case $CNO" 8; ok $? "Ctrl-Y opens the case's timeline"
wait_for "Case opened" 5; ok $? "it starts with the case opened"
S=$(tmux_screen)
like "$S" "巡查员乙 +Case opened" "opened by whom, by name"
like "$S" "巡查员乙 +Status: .+ → " "a status change, by whom"
like "$S" "Document issued: .*$DOCNO" "the document issued"
like "$S" "Document served: $DOCNO · in person · 时间线户主" "its service: how and to whom"
like "$S" "督查员甲 +Task linked: $TNO" "the linked task, by whom"
unlike_login=$(printf '%s\n' "$S" | sed 1d | grep -cE '\b(stf1|sup1)\b')
is "$unlike_login" "0" "no login is shown where a name exists"
# in order: opened before the status change before the task link
o=$(printf '%s\n' "$S" | grep -n "Case opened" | head -1 | cut -d: -f1)
s=$(printf '%s\n' "$S" | grep -n "Status:" | head -1 | cut -d: -f1)
t=$(printf '%s\n' "$S" | grep -n "Task linked" | head -1 | cut -d: -f1)
ok $([ "$o" -lt "$s" ] && [ "$s" -lt "$t" ]; echo $?) "events in the order they happened"
tmux_send Escape; wait_gone "Timeline of case" 5; ok $? "Esc goes back to the case"
tmux_send Escape; wait_gone "timeline" 5

# --- an expropriation: a payment and its reversal ------------------------------
row=$(psql_su -F ' ' -c "SELECT c.case_no, x.id FROM casedesk.case_file c JOIN casedesk.expropriation x ON x.id = c.id
   JOIN casedesk.unit u ON u.id = c.unit_id
  WHERE u.code = 'wlz' AND c.status = 'agreement_signed' AND x.paid_total + 1234.5 <= x.assessed_compensation
  ORDER BY c.id LIMIT 1")
read -r ENO EID <<<"$row"
PAY=$(q stf1 "SELECT casedesk.payment_add($EID, 1234.50, current_date, '时间线收款人', 'PZ-TL-1')")
q stf1 "SELECT casedesk.payment_reverse($PAY, '时间线冲正原因', NULL)" >/dev/null
jump "$ENO"; wait_for "$ENO" 8
tmux_send C-y; wait_for "Timeline of case $ENO" 8
tmux_send G
wait_for "Payment reversed" 8; ok $? "the reversal is on the timeline"
S=$(tmux_screen)
like "$S" "巡查员乙 +Payment: 1,234.50 yuan → 时间线收款人 · PZ-TL-1" "the payment, amount grouped, payee, voucher, by whom"
like "$S" "巡查员乙 +Payment reversed: -1,234.50 yuan" "the reversal, by whom"
like "$S" "时间线冲正原因" "with its reason"
done_testing
