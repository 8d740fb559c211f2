#!/bin/bash
# Codes and column names reach a reader as labels: a case's history shows
# field labels and status labels (not assessed_on, compensation_paid →
# vacated) in Chinese; the Chinese CSV ledger has labels under its Chinese
# headers (not rectifying, land, f); English forms use ASCII colons.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/lib/sessions.sh"

pg_cluster 0.02
read -r cid cver cno ucode < <(psql_su -F ' ' -c "SELECT c.id, c.version, c.case_no, u.code FROM casedesk.case_file c
    JOIN casedesk.unit u ON u.id = c.unit_id WHERE c.kind = 'expropriation' AND c.status = 'surveyed' ORDER BY c.id LIMIT 1")
read -r vid vver vno vcode < <(psql_su -F ' ' -c "SELECT c.id, c.version, c.case_no, u.code FROM casedesk.case_file c
    JOIN casedesk.unit u ON u.id = c.unit_id WHERE c.kind = 'expropriation' AND c.status = 'compensation_paid'
    ORDER BY u.code = '$ucode' DESC, c.id LIMIT 1")
fixture_admin_users <<USERS
zl_stf 办事员庚 $ucode staff
zl_stf2 办事员辛 $vcode staff
USERS
e2e_home zhlabels
today=$(psql_su -c "SELECT casedesk.today()")
psql_as zl_stf -c "SELECT casedesk.case_transition($cid, $cver, 'assess', '{\"on\": \"$today\", \"amount\": \"123456.00\"}'::jsonb)" >/dev/null
ok $? "the staff assess case $cno"
if [ -n "$vid" ]; then
    psql_as zl_stf2 -c "SELECT casedesk.case_transition($vid, $vver, 'vacate', '{\"on\": \"$today\"}'::jsonb)" >/dev/null
fi

zh_session() {
    local name=$1 login=$2 cols=$3 rows=$4 lang=$5 cmd
    mkdir -p "$E2E_HOME/$login"; chmod 777 "$E2E_HOME/$login"
    cmd="env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=screen-256color HOME=$E2E_HOME/$login"
    cmd="$cmd CASEDESK_CONFIG=/nonexistent PGHOST=$PGHOST PGPORT=$PGPORT PGDATABASE=$PGDATABASE"
    cmd="$cmd PGUSER=$login $CASEDESK --lang $lang --log=$E2E_HOME/$name.log"
    if [ -z "$_TMUX_STARTED" ]; then tmux_start -x "$cols" -y "$rows" -- sleep 86400; _TMUX_STARTED=1; fi
    tmux_cmd new-session -d -s "$name" -x "$cols" -y "$rows" "$cmd" || return 1
    TMUX_TARGET=$name
}
open_history() {   # CASENO: jump to the case, then its history
    tmux_send :; tmux_settle 2; tmux_type "$1"; tmux_send Enter
    wait_for "$1" 5; tmux_settle 2; tmux_send C-o
}

zh_session zh zl_stf 132 43 zh
wait_for "未读" 15
open_history "$cno"
wait_for "案件 $cno 的历史记录" 5; ok $? "the history of $cno opens in Chinese"
scr=$(tmux_screen)
like "$scr" "评估日期" "the column assessed_on is shown as 评估日期"
like "$scr" "状态 +已入户调查 +已评估" "the status change is shown with status labels"
refute_screen 'assessed_on|assessed_compensation|surveyed|assessed\b' "no column name or status code in the history"
tmux_cmd kill-session -t zh
zh_session zh2 zl_stf2 132 43 zh
wait_for "未读" 15
open_history "$vno"
wait_for "案件 $vno 的历史记录" 5; ok $? "the history of $vno opens"
like "$(tmux_screen)" "状态 +已兑付 +已腾房" "compensation_paid → vacated as status labels"
refute_screen 'compensation_paid|vacated' "no status code or column name"
tmux_cmd kill-session -t zh2

zh_session en zl_stf 132 43 en
wait_for "Unread" 15
tmux_send :; tmux_settle 2; tmux_type "$cno"; tmux_send Enter; wait_for "$cno" 5; tmux_settle 2
refute_screen '[A-Za-z)]：' "the English case form puts ASCII colons after its labels"
like "$(tmux_screen)" "[A-Za-z)]: " "and the labels end in ': '"
tmux_cmd kill-session -t en

# --- the Chinese CSV ledger -------------------------------------------------
from=$(psql_su -c "SELECT min(opened_on) FROM casedesk.case_file"); to=$today
csv=$(LANGUAGE= "$top_builddir/casedesk-admin" --lang zh export cases --kind violation --from "$from" --to "$to" 2>&1)
like "$(printf '%s\n' "$csv" | head -n 1)" "状态" "the Chinese ledger has Chinese headers"
codes=$(printf '%s\n' "$csv" | tail -n +2 | tr ',' '\n' | grep -xE 'found|verified|stop_notice|rectifying|demolished|rectified|stock_disposal|reinspected|closed|land|construction|patrol|report|satellite|petition|t|f' | sort -u | tr '\n' ' ')
is "$codes" "" "and labels, not codes, in its cells"
csv=$("$top_builddir/casedesk-admin" --lang zh export cases --kind expropriation --from "$from" --to "$to" 2>&1)
codes=$(printf '%s\n' "$csv" | tail -n +2 | tr ',' '\n' | grep -xE 'household|enterprise|flat|money|registered|surveyed|assessed|agreement_signed|compensation_paid|vacated|demolished|closed' | sort -u | tr '\n' ' ')
is "$codes" "" "the expropriation ledger too"
done_testing
