#!/bin/bash
# tests/e2e/cases_access.sh — finding cases and what each role may do:
# the jump prompt finds a case by number and by the party's citizen ID; an
# invalid citizen ID is refused as the field is left, with the sentence
# naming the field; an overpayment is refused with the database's
# sentence; staff of another town do not see the case; a supervisor sees it
# read only with no workflow steps offered; a refusal of permission reads
# "You do not have permission to do that.", never an SQLSTATE.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/e2e/cases_lib.sh"
cases_setup
echo "stf3 办事员丁 wlz staff" | fixture_admin_users

row=$(psql_su -F ' ' -c "SELECT c.case_no, x.party_id_no, c.party_name,
        x.assessed_compensation - x.paid_total + 1000
   FROM casedesk.case_file c JOIN casedesk.expropriation x ON x.id = c.id
   JOIN casedesk.unit u ON u.id = c.unit_id
  WHERE u.code = 'wlz' AND x.party_kind = 'household' AND c.status = 'agreement_signed'
    AND x.party_id_no IS NOT NULL AND x.assessed_compensation IS NOT NULL
    AND (SELECT count(*) FROM casedesk.expropriation y WHERE y.party_id_no = x.party_id_no) = 1
  ORDER BY c.id LIMIT 1")
read -r CASENO IDNO PARTY OVER <<<"$row"
[ -n "$CASENO" ] || { echo "Bail out! no expropriation case to test with"; exit 99; }
# the same ID with a wrong check digit
last=${IDNO:17:1}; bad=$([ "$last" = 1 ] && echo 2 || echo 1)
BADID="${IDNO:0:17}$bad"

session stf stf1 80 24
wait_for "Welcome" 10; ok $? "staff session starts"
tmux_send :; wait_for "Jump to"; tmux_type "$(echo "$CASENO" | tr 'A-Z' 'a-z')"; tmux_send Enter
wait_for "$CASENO  [Agreement signed]" 5; ok $? "jump by case number (typed in lower case) opens the case"
tmux_send Escape; wait_gone "$CASENO  ["
tmux_send :; wait_for "Jump to"; tmux_type "$IDNO"; tmux_send Enter
wait_for "$CASENO  [Agreement signed]" 5; ok $? "jump by the party's citizen ID opens the same case"
MASKED="${IDNO:0:4}**********${IDNO:14:4}"
like "$(tmux_screen)" "Citizen ID: *${IDNO:0:4}\\*{10}${IDNO:14:4}" "the form shows the citizen ID masked ($MASKED)"
refute_screen "$IDNO" "and not the full number"
tmux_send C-n; wait_for "$IDNO" 5; ok $? "Ctrl-N shows the full number"
is "$(psql_su -c "SELECT count(*) FROM casedesk.number_reveal r JOIN casedesk.case_file c ON c.id = r.case_id
      WHERE c.case_no = '$CASENO' AND r.field = 'party_id_no' AND r.login = 'stf1'")" "1" "and the look-up is logged"
press Tab 4; tmux_send C-u; tmux_type "$BADID"; tmux_send Tab
wait_for "Citizen ID: The check digit of the citizen ID number is wrong" 3
ok $? "an invalid citizen ID is refused with the sentence naming the field"
tmux_send C-u; tmux_type "$IDNO"; tmux_send Tab
wait_gone "check digit" 3; ok $? "the valid ID is accepted"

# payments: more than the assessed compensation is refused by the database
tmux_send C-t; wait_for "Payments…"
n=$(tmux_screen | grep -oE '[0-9] Payments' | cut -c1); tmux_send "$n"
wait_for "Assessed compensation"; ok $? "payments screen"
tmux_send a; wait_for "Amount in yuan"; tmux_type "$OVER"; tmux_send C-s
wait_for "compensation" 5
like "$(tmux_screen | tail -n 2)" "more than the assess" "overpayment refused with the database's sentence"
ok $(tmux_screen | grep -qE "ERROR|SQLSTATE|23514"; [ $? -ne 0 ]; echo $?) "no raw error code"
like "$(tmux_screen | grep "Amount in yuan")" "$OVER" "the refused payment stays in its form"

# --- another town's staff do not see it ---------------------------------------
session other stf2 80 24
wait_for "Welcome" 10
tmux_send :; wait_for "Jump to"; tmux_type "$CASENO"; tmux_send Enter
wait_for "No case that you may see matches" 5; ok $? "staff of another town: no such case for them"
k=$(screen_key Cases); tmux_send "$k"; wait_for "Showing:"
tmux_send l; wait_for "Only cases containing"; tmux_type "$CASENO"
wait_for "No cases match this filter." 5; ok $? "nor in their list, filtering as they type"
tmux_send Escape

# --- a supervisor reads it, with no steps offered -----------------------------
session sup sup1 132 43
wait_for "Welcome" 10
tmux_send :; wait_for "Jump to"; tmux_type "$CASENO"; tmux_send Enter
wait_for "$CASENO  [Agreement signed]" 5; ok $? "supervisor opens the case"
like "$(tmux_screen)" "Read only" "read only for supervisors"
tmux_send C-t; wait_for "Case actions"
like "$(tmux_screen | grep -A2 'Case actions' | sed -n 2p)" "1 Payments" "no workflow step is offered to a supervisor"
tmux_send Escape

# --- a permission refusal in plain words ---------------------------------------
session perm stf3 80 24
wait_for "Welcome" 10
tmux_send :; wait_for "Jump to"; tmux_type "$CASENO"; tmux_send Enter
wait_for "Ctrl-S save" 5; ok $? "staff of the unit may edit"
admin user set-role stf3 inspector >/dev/null
tmux_send Tab; tmux_send Tab; tmux_type "（已搬迁）"; tmux_send C-s
wait_for "You do not have permission to do that." 5; ok $? "refusal in plain words after the role was taken away"
refute_screen "ERROR|42501|permission denied" "no SQLSTATE or server text"
done_testing
