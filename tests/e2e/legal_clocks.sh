#!/bin/bash
# tests/e2e/legal_clocks.sh — the case form names the next legal step with
# its dates and the article (migration 102), in Chinese at 80x24 and in
# English at 132x43, and the actions menu does not offer forced demolition
# before the compensation is paid or deposited.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/e2e/cases_lib.sh"
cases_setup

# A holdout household of 五里镇 whose compensation decision is 100 days old:
# the lawsuit window (6 months) is still open, so the demand is not yet lawful.
VID=$(psql_su -c "SELECT min(v.id) FROM casedesk.village v JOIN casedesk.unit u ON u.id = v.unit_id WHERE u.code = 'wlz'")
PROJ=$(psql_su -c "SELECT min(project_id) FROM casedesk.project_unit pu JOIN casedesk.unit u ON u.id = pu.unit_id WHERE u.code = 'wlz'")
ID=$(psql_as stf1 -c "SELECT casedesk.case_create_expropriation($PROJ, $VID, 'household', '钉子户老周', NULL, NULL, NULL, 95, NULL, current_date - 200)")
step() { psql_as stf1 -c "SELECT casedesk.case_transition($ID, (SELECT version FROM casedesk.case_file WHERE id = $ID), '$1', '$2'::jsonb)" >/dev/null; }
step survey "{\"on\":\"$(date -d '-190 days' +%F)\"}"
step assess "{\"on\":\"$(date -d '-180 days' +%F)\",\"amount\":\"600000\"}"
step record_expropriation_decision "{\"on\":\"$(date -d '-170 days' +%F)\",\"doc_no\":\"汉政征字〔2026〕5号\"}"
step record_compensation_decision "{\"on\":\"$(date -d '-100 days' +%F)\",\"doc_no\":\"汉政补字〔2026〕12号\"}"
# served the day it was issued: the periods run from service (migration 160)
psql_as stf1 -c "SELECT casedesk.document_serve((SELECT max(id) FROM casedesk.document WHERE case_id = $ID
                 AND kind = 'compensation_decision'), current_date - 100, 'in_person')" >/dev/null
CASENO=$(psql_su -c "SELECT case_no FROM casedesk.case_file WHERE id = $ID")
FROM=$(psql_su -c "SELECT (current_date - 100 + interval '6 months')::date")
like "$CASENO" "^ZS-" "a holdout case with a compensation decision ($CASENO)"

CASEDESK_PLAIN=$CASEDESK; CASEDESK="$CASEDESK_PLAIN --lang zh"
session stz stf1 80 24
CASEDESK=$CASEDESK_PLAIN
wait_for "欢迎" 10; ok $? "the Chinese session starts"
tmux_send :; wait_for "跳转"; tmux_type "$CASENO"; tmux_send Enter
wait_for "$CASENO" 5; ok $? "the case opens"
wait_for "下一法定步骤" 5; ok $? "the form names the next legal step"
like "$(tmux_screen)" "下一法定步骤：送达催告书 · $FROM 起 · 国有土地上房屋征收与补偿条例第26条" \
    "one line per step: the later of its two windows (60 days, 6 months) decides, with the article"
tmux_send C-t; wait_for "案件办理"
like "$(tmux_screen)" "1 补偿款提存" "the menu offers the deposit of the compensation"
refute_screen "依法强制拆除|  [0-9] 送达催告书" "but neither forced demolition nor the demand before the lawsuit window closes"
tmux_send Escape; tmux_send Escape; tmux_send Q

session sen stf1 132 43
wait_for "Welcome" 10; ok $? "the English session starts"
tmux_send :; wait_for "Jump to"; tmux_type "$CASENO"; tmux_send Enter
wait_for "Next legal step" 5; ok $? "English: the next legal step"
like "$(tmux_screen)" "Next legal step: *Serve the demand to comply.* · from $FROM · 国有土地上房屋征收与补偿条例第26条" \
    "the article of the period is named"
done_testing
