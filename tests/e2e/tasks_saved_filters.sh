#!/bin/bash
# tests/e2e/tasks_saved_filters.sh — saved filters per user on the task
# board, in Chinese at 80x24 (issue 14, item 6).  A supervisor narrows the
# board to one lead unit and a word of the titles, names the filter, clears
# the board, leaves for the home screen, comes back and recalls the filter
# from the filter menu: the same tasks come back.  In a new session the
# filter is still there; it is renamed; another supervisor has none; it is
# deleted.  The filter menu (over ten entries) is used by typing.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/e2e/tasks_lib.sh"
tasks_setup

# tasks of 新城街道办 (xcb), some about the river bank (河堤); one of another
# unit about it too, so the unit and the word each narrow the board
FUTURE=$(date -d '+40 days' +%F)
for t in xcb:河堤加固工程进度督办 xcb:河堤违建拆除督办 xcb:河堤绿化整改督办 xcb:背街小巷整治督办 ldb:河堤护栏修复督办; do
    psql_as sup1 -c "SELECT casedesk.task_create('${t#*:}', '${t%%:*}', '$FUTURE'::date)" >/dev/null
done
UCODE=xcb
UNAME=$(psql_su -c "SELECT name FROM casedesk.unit WHERE code = '$UCODE'")
WORD=河堤
NAME="本单位${WORD}督办"
NAME2="牵头${WORD}任务"
numbers() { tmux_screen | sed -n '4,$p' | grep -oE 'DB-[0-9]{4}-[0-9]+' | sort | tr '\n' ' '; }

SESSION_ARGS="--lang zh" session sup sup1 80 24
wait_for "欢迎" 10; ok $? "supervisor session starts in Chinese"
tkey=$(screen_key 督办)
ok $([ -n "$tkey" ]; echo $?) "the tab line names the task board ($tkey)"
tmux_send "$tkey"; wait_for "显示：全部未办结" 5; ok $? "the board shows all open tasks"
tmux_settle 1
ALL=$(numbers)

tmux_send f; wait_for "显示任务"
tmux_type "按牵头"; tmux_send Enter; wait_for "牵头单位" 5
tmux_type "$UNAME"; wait_for "$UNAME" 5; tmux_send Enter
wait_for "显示：单位 $UNAME" 8; ok $? "the board is narrowed to one lead unit"
tmux_send /; wait_for "编号或标题中的字词" 5
tmux_type "$WORD"; tmux_send Enter
wait_for "显示：单位 $UNAME · $WORD" 8; ok $? "and to a word of the titles"
tmux_settle 1
SHOWN=$(numbers)
WANT=$(psql_su -c "SELECT string_agg(t.number, ' ' ORDER BY t.number) || ' ' FROM casedesk.task t
                   JOIN casedesk.unit u ON u.id = t.lead_unit_id
                   WHERE u.code = '$UCODE' AND t.status <> 'closed' AND t.title LIKE '%$WORD%'")
is "$SHOWN" "$WANT" "the filtered board shows exactly the unit's tasks with the word"
ok $([ "$SHOWN" != "$ALL" ]; echo $?) "not all open tasks"

tmux_send f; wait_for "显示任务"; tmux_type "保存当前"; tmux_send Enter
wait_for "筛选条件名称" 5; ok $? "the board's filter menu offers to save the filter"
tmux_send Enter; wait_for "请给筛选条件起个名称。" 5; ok $? "an empty name is refused in the prompt"
tmux_type "$NAME"; tmux_send Enter
wait_for "筛选条件“$NAME”已保存" 5; ok $? "the filter is saved under its name"
is "$(psql_su -c "SELECT f.login || ' ' || f.kind || ' ' || u.code || ' ' || f.text FROM casedesk.saved_filter f
                  JOIN casedesk.unit u ON u.id = f.unit_id WHERE f.screen = 'tasks' AND f.name = '$NAME'")" \
    "sup1 unit $UCODE $WORD" "the row is the supervisor's board filter: the unit (by id) and the text"

# clear, leave, come back
tmux_send f; wait_for "显示任务"; tmux_type "全部未办结任务"; tmux_send Enter
wait_for "显示：全部未办结" 8; ok $? "the filter is cleared"
tmux_send /; wait_for "编号或标题中的字词" 5; tmux_send C-u; tmux_send Enter
tmux_settle 1
refute_screen "显示：全部未办结 · " "no text filter shown any more"
tmux_send 1; wait_for "欢迎" 5; ok $? "the supervisor leaves for the home screen"
tmux_send "$tkey"; wait_for "显示：全部未办结" 5; ok $? "and comes back to the unfiltered board"
tmux_settle 1
is "$(numbers)" "$ALL" "the board shows all open tasks again"

tmux_send f; wait_for "显示任务"; tmux_type "已保存的"; tmux_send Enter
wait_for "$NAME" 5; ok $? "the board's saved filters are listed by name"
like "$(tmux_screen | grep -F "$NAME")" "单位 $UNAME · \"$WORD\"" "each with what it shows"
tmux_send Enter
wait_for "正在显示已保存的筛选条件“$NAME”" 5; ok $? "recalling the filter says so"
wait_for "显示：单位 $UNAME · $WORD" 8; ok $? "the board's line shows the recalled filter"
tmux_settle 1
is "$(numbers)" "$SHOWN" "the recalled filter shows the same tasks"
# no saved board filter on the case list, which has its own
tmux_send "$(screen_key 案件)"; tmux_settle 1
tmux_send f; tmux_settle 1; tmux_type "已保存的"; tmux_send Enter
wait_for "您还没有保存的筛选条件。" 5; ok $? "the case list's saved filters are its own"
tmux_send Escape; tmux_settle 1

# a new session: still there; rename it
tmux_send Q; wait_for "退出 casedesk？" 5; tmux_send y; tmux_settle 2
SESSION_ARGS="--lang zh" session sup sup1 80 24
wait_for "欢迎" 10
tmux_send "$tkey"; wait_for "显示：" 5
tmux_send f; wait_for "显示任务"; tmux_type "重命名"; tmux_send Enter
wait_for "重命名哪个已保存的筛选条件？" 5; ok $? "the filter menu offers to rename, in a new session too"
tmux_send Enter; wait_for "筛选条件的新名称" 5
tmux_send C-u; tmux_type "$NAME2"; tmux_send Enter
wait_for "已改名为“$NAME2”" 5; ok $? "the filter is renamed"
is "$(psql_su -c "SELECT string_agg(name, ',') FROM casedesk.saved_filter WHERE screen = 'tasks'")" "$NAME2" \
    "the one row has the new name"

# another supervisor sees none of it
SESSION_ARGS="--lang zh" session sup2 sup2 80 24
wait_for "欢迎" 10
tmux_send "$tkey"; wait_for "显示：" 5
tmux_send f; wait_for "显示任务"; tmux_type "已保存的"; tmux_send Enter
wait_for "您还没有保存的筛选条件。" 5; ok $? "another supervisor has no saved board filters (not the colleague's)"

# delete
on sup
tmux_send f; wait_for "显示任务"; tmux_type "删除已保存"; tmux_send Enter
wait_for "删除哪个已保存的筛选条件？" 5; tmux_send Enter
wait_for "删除已保存的筛选条件“$NAME2”？" 5; ok $? "deleting asks first"
tmux_send y; wait_for "已删除保存的筛选条件“$NAME2”。" 5; ok $? "the filter is deleted"
tmux_send f; wait_for "显示任务"; tmux_type "已保存的"; tmux_send Enter
wait_for "您还没有保存的筛选条件。" 5; ok $? "and is no longer offered"
is "$(psql_su -c "SELECT count(*) FROM casedesk.saved_filter")" "0" "no row is left"
done_testing
