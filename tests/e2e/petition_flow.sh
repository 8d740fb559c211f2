#!/bin/bash
# tests/e2e/petition_flow.sh — a petition (信访) in the TUI, in Chinese at
# 80x24, as town staff: registered from the case list's New case menu (a
# letter received 20 days ago), the form names the acceptance as overdue by
# 《信访工作条例》第22条、第23条; accepted, answered and then a review asked
# for through the actions menu, which does not offer closing while the
# petitioner may still ask for the review; the 受理 and 答复 notices are in
# the register; the case list's kind filter shows petitions.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/e2e/cases_lib.sh"
cases_setup

PETITIONER="信访人王大妈"
SUBJECT="过渡费发放不及时"
RECEIVED=$(date -d '-20 days' +%F)
DUE=$(date -d '-5 days' +%F)
# the petition is about a case of the town
ABOUT=$(psql_su -c "SELECT min(c.case_no) FROM casedesk.case_file c JOIN casedesk.unit u ON u.id = c.unit_id
                    WHERE u.code = 'wlz' AND c.kind = 'expropriation'")

CASEDESK_PLAIN=$CASEDESK; CASEDESK="$CASEDESK_PLAIN --lang zh"
session stz stf1 80 24
CASEDESK=$CASEDESK_PLAIN
wait_for "欢迎" 10; ok $? "the Chinese session starts"
# keys typed while a screen waits for the database are not its: let it settle
idle() { wait_gone "正在等待数据库" 10; tmux_settle; }
idle
tmux_send 7; wait_match "显示：.*件）" 10; idle
tmux_send a; wait_for "新建案件" 5; ok $? "a opens the New case menu"
like "$(tmux_screen)" "3 信访件（信访）" "the menu offers a petition"
tmux_send 3; wait_for "村（社区）" 5; ok $? "a petition asks for the village"
tmux_send Enter; wait_for "信访形式？" 5; ok $? "then how it came in"
like "$(tmux_screen)" "走访.*" "the channels are listed in Chinese"
tmux_send 2; wait_for "收到日期（年-月-日）" 5
tmux_send C-u; tmux_type "$RECEIVED"; tmux_send Enter
wait_for "信访人" 5; tmux_type "$PETITIONER"; tmux_send Enter
wait_for "公民身份号码（可不填）" 5; tmux_type "610902198001011231"; tmux_send Enter
wait_for "校验码" 3; ok $? "a wrong check digit is refused in the prompt"
tmux_send C-u; tmux_send Enter
wait_for "电话（可不填）" 5; tmux_send Enter
wait_for "地址（可不填）" 5; tmux_send Enter
wait_for "事由" 5; tmux_type "$SUBJECT"; tmux_send Enter
wait_for "内容（可不填）" 5; tmux_type "要求按月发放过渡费"; tmux_send Enter
wait_for "是否涉及项目？" 5; tmux_send Enter
wait_for "涉及案件编号（可不填）" 5; tmux_type "$ABOUT"; tmux_send Enter
wait_for "[已登记]" 5; ok $? "the petition is registered and its form opens"
CASENO=$(tmux_screen | grep -oE 'XF-[0-9]{4}-[0-9]{6}' | head -n 1)
like "$CASENO" "^XF-" "numbered as a petition ($CASENO)"
like "$(tmux_screen)" "$PETITIONER" "the petitioner is the case's party"
like "$(tmux_screen)" "来信" "the channel is shown"
like "$(tmux_screen)" "涉及案件： *$ABOUT" "and the case it is about"
like "$(tmux_screen)" "下一法定步骤：已超期 受理 · $DUE 前 · 信访工作条例第22条" \
    "the form names the acceptance as overdue, with its due day and the article"

# --- 受理 ------------------------------------------------------------------
idle; tmux_send C-t; wait_for "案件办理" 5
like "$(tmux_screen)" "1 受理" "the first step offered is acceptance"
like "$(tmux_screen)" "2 不予受理" "or not accepting it"
refute_screen "书面答复|结案" "no answer nor closing before acceptance"
tmux_send 1; wait_for "日期（YYYY-MM-DD）" 5; tmux_send Enter
wait_for "[已受理（办理中）]" 5; ok $? "accepted"
like "$(tmux_screen)" "下一法定步骤：书面答复" "the next legal step is the answer"

# --- 答复 ------------------------------------------------------------------
idle; tmux_send C-t; wait_for "书面答复" 5
like "$(tmux_screen)" "延长办理期限" "an extension of the handling period is offered"
n=$(tmux_screen | grep -oE '[0-9] 书面答复' | cut -c1); tmux_send "$n"
wait_for "日期（YYYY-MM-DD）" 5; tmux_send Enter
wait_for "答复或意见（文字）" 5; tmux_send Enter
wait_for "答复或意见（文字）" 3; ok $? "an empty answer is refused in the prompt"
tmux_type "已协调按月发放"; tmux_send Enter
wait_for "[已答复]" 5; ok $? "answered"

# --- 复查 ------------------------------------------------------------------
idle; tmux_send C-t; wait_for "申请复查" 5
like "$(tmux_screen)" "1 申请复查" "a review may be asked for"
refute_screen "[0-9] 结案" "closing is not offered while the petitioner may still ask for a review"
tmux_send 1; wait_for "日期（YYYY-MM-DD）" 5; tmux_send Enter
wait_for "[已申请复查]" 5; ok $? "review requested"
like "$(tmux_screen)" "下一法定步骤：复查意见" "the review opinion is the next legal step"

is "$(psql_su -c "SELECT c.status || ' ' || x.channel || ' ' || x.received_on || ' ' || (x.review_requested_on = casedesk.today())
                  FROM casedesk.case_file c JOIN casedesk.petition_case x USING (id) WHERE c.case_no = '$CASENO'")" \
   "review_requested letter $RECEIVED true" "the database holds the petition as the screen showed it"
is "$(psql_su -c "SELECT count(*) FROM casedesk.document d JOIN casedesk.case_file c ON c.id = d.case_id
                  WHERE c.case_no = '$CASENO' AND d.kind = 'petition_notice' AND d.body LIKE '%$SUBJECT%'")" "2" \
   "the 受理 and 答复 notices are in the register, about the subject"

# --- the list's kind filter ------------------------------------------------------
tmux_send Escape; wait_gone "[已申请复查]" 5
idle; tmux_send f; wait_for "4 信访件" 5; ok $? "the case list's filter offers petitions"
tmux_send 4; wait_for "$CASENO" 5; ok $? "filtered by kind, the list shows the petition"
refute_screen "LW-[0-9]|ZS-[0-9]" "and no case of another kind"
idle; tmux_send :; wait_for "跳转" 5; tmux_type "$CASENO"; tmux_send Enter
wait_for "[已申请复查]" 5; ok $? "the jump prompt knows a petition's number"
tmux_send Escape; idle
tmux_send Q
done_testing
