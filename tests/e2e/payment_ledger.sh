#!/bin/bash
# tests/e2e/payment_ledger.sh — money as a ledger, as a clerk sees it
# (issue 15): the case form shows what the household is still owed; in the
# payments screen t reverses the selected payment with a reason (refused
# without one, refused on a reversal), the original row stays and "paid so
# far" and "outstanding" fall; the Funds screen and `casedesk-admin report
# funds` show per project the dedicated account, packaged budget, committed,
# paid and the gap (资金需求出入), equal to independent sums.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/e2e/cases_lib.sh"
cases_setup
# A key typed while a statement waits is dropped (by design): on a loaded
# machine the first ':' may go; ask again until the prompt is there.
jump() {
    local i
    for i in 1 2 3; do tmux_send :; wait_for "Jump to" 5 && break; done
    tmux_type "$1"; tmux_send Enter
}

# A wlz household at agreement_signed with a payment and something still owed.
row=$(psql_su -F ' ' -c "SELECT c.case_no, x.id, x.assessed_compensation, x.paid_total, p.id, p.amount
   FROM casedesk.case_file c JOIN casedesk.expropriation x ON x.id = c.id
   JOIN casedesk.unit u ON u.id = c.unit_id
   JOIN LATERAL (SELECT id, amount FROM casedesk.payment WHERE case_id = c.id ORDER BY paid_on DESC, id DESC LIMIT 1) p ON true
  WHERE u.code = 'wlz' AND x.party_kind = 'household' AND c.status = 'agreement_signed'
    AND x.paid_total < x.assessed_compensation
  ORDER BY c.id LIMIT 1")
read -r CASENO CID COMP PAID PID PAMOUNT <<<"$row"
[ -n "$PID" ] || { echo "Bail out! no paid-in-part expropriation case to test with"; exit 99; }
fen() { psql_su -c "SELECT to_char($1::numeric, 'FM999,999,999,990.00')"; }
OWED=$(psql_su -c "SELECT $COMP - $PAID")

session stf stf1 100 30
wait_for "Welcome" 10; ok $? "staff session starts"
jump "$CASENO"
wait_for "$CASENO  [Agreement signed]" 5; ok $? "the case opens"
wait_for "Outstanding" 5
like "$(tmux_screen | grep 'Outstanding')" "$(fen "$OWED")" "the case form shows what is still owed: compensation - paid so far"

tmux_send C-t; wait_for "Payments…"
n=$(tmux_screen | grep -oE '[0-9] Payments' | cut -c1); tmux_send "$n"
wait_for "Paid so far" 5; ok $? "payments screen with its totals"
like "$(tmux_screen | grep 'Outstanding:')" "Outstanding: $(fen "$OWED")" "the totals line has the outstanding amount"
# The selected row is the last payment.  Reverse 100 yuan of it.
tmux_send t; wait_for "Reverse how much of the payment of $(fen "$PAMOUNT") yuan" 5
ok $? "t asks how much of the selected payment to reverse"
tmux_send C-u; tmux_type "100"; tmux_send Enter
wait_for "Reason for the reversal" 5; ok $? "then for the reason"
tmux_send Enter
wait_for "This must not be empty." 3; ok $? "an empty reason is not accepted"
tmux_type "凭证号录错"; tmux_send Enter
wait_for "Reversed 100 yuan; the original payment stays in the ledger." 5; ok $? "the reversal is recorded"
is "$(psql_su -c "SELECT amount || ' ' || reason FROM casedesk.payment WHERE reverses_id = $PID")" "-100.00 凭证号录错" \
    "the database has the reversal row with its reason"
is "$(psql_su -c "SELECT amount FROM casedesk.payment WHERE id = $PID")" "$PAMOUNT" "and the original payment as it was"
is "$(psql_su -c "SELECT paid_total FROM casedesk.expropriation WHERE id = $CID")" "$(psql_su -c "SELECT $PAID - 100")" \
    "paid so far fell by 100 yuan"
wait_for "reverses " 5; ok $? "the ledger shows the reversal entry"
like "$(tmux_screen | grep 'Outstanding:')" "Outstanding: $(fen "$OWED + 100")" "the outstanding amount grew by 100 on screen"
like "$(tmux_screen | grep '凭证号录错')" "-100.00" "the reversal row: negative, with the reason"
# The reversal is the last row now (today); t on it is refused.
tmux_send G; tmux_send t
wait_for "A reversal cannot itself be reversed" 5; ok $? "a reversal of a reversal is refused with a sentence"
# More than is left of the payment: the database's sentence, nothing written.
tmux_send k; tmux_send t; wait_for "Reverse how much" 5
tmux_send C-u; tmux_type "$(psql_su -c "SELECT $PAMOUNT")"; tmux_send Enter
wait_for "Reason for the reversal" 5; tmux_type "太多"; tmux_send Enter
wait_for "larger than what is left of the payment" 5; ok $? "a reversal larger than what is left is refused with the database's sentence"
is "$(psql_su -c "SELECT count(*) FROM casedesk.payment WHERE reverses_id = $PID")" "1" "and nothing was written"
tmux_send Escape; tmux_send Escape

# The Funds screen: the project of the case, its gap.
PROJ=$(psql_su -c "SELECT p.name FROM casedesk.project p JOIN casedesk.expropriation x ON x.project_id = p.id WHERE x.id = $CID")
k=$(screen_key Funds); [ -n "$k" ] || k=F12   # the 11th main screen: F12
tmux_send "$k"; wait_for "Funds per project" 5; ok $? "the Funds screen opens"
wait_for "$PROJ" 5; ok $? "it lists the case's project"
like "$(tmux_screen)" "dedicated account [0-9]{10,}" "the selected project's dedicated account is shown"
like "$(tmux_screen)" "Gap between need and budget" "and its gap"

# casedesk-admin report funds, as the supervisor: equal to independent sums.
CODE=$(psql_su -c "SELECT p.code FROM casedesk.project p JOIN casedesk.expropriation x ON x.project_id = p.id WHERE x.id = $CID")
csv=$(PGUSER=sup1 admin report funds --project "$CODE" --format csv)
is "$(echo "$csv" | head -n 1)" "code,name,account_no,budget_packaged,funding_need,households,signed,committed,paid,reversed,to_pay,gap" "CSV header"
IFS=, read -r c_code c_name c_acct c_budget c_need c_hh c_signed c_comm c_paid c_rev c_topay c_gap <<<"$(echo "$csv" | sed -n 2p)"
is "$c_paid" "$(psql_su -c "SELECT sum(pm.amount) FROM casedesk.payment pm JOIN casedesk.expropriation x ON x.id = pm.case_id
                            JOIN casedesk.project p ON p.id = x.project_id WHERE p.code = '$CODE'")" "paid = the sum of the project's ledger"
is "$c_comm" "$(psql_su -c "SELECT sum(assessed_compensation) FROM casedesk.expropriation x JOIN casedesk.project p ON p.id = x.project_id
                            WHERE p.code = '$CODE' AND signed_on IS NOT NULL")" "committed = the compensation of the signed agreements"
is "$c_acct $c_budget" "$(psql_su -F ' ' -c "SELECT account_no, budget_packaged FROM casedesk.project WHERE code = '$CODE'")" \
    "the dedicated account and the packaged budget"
is "$c_gap" "$(psql_su -c "SELECT greatest(p.funding_need, $c_comm) - p.budget_packaged FROM casedesk.project p WHERE code = '$CODE'")" \
    "the gap: the real need minus the packaged budget"
like "$c_rev" "^[1-9][0-9]*\.[0-9]{2}$" "the reversal is counted as reversed"
txt=$(LANG=zh_CN.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=zh_CN PGUSER=sup1 admin report funds)
like "$txt" "资金需求出入" "the text report names the gap as the speech does"
like "$txt" "$PROJ" "and lists the project"
out=$(PGUSER=sup1 admin report funds --project nosuch 2>&1); rc=$?
is "$rc" 1 "an unknown project: exit status 1"
like "$out" 'no project with the code "nosuch"' "and one sentence"
done_testing
