#!/bin/bash
# tests/e2e/reference_retire.sh — a village merged into another (村居撤并)
# is retired on the reference screen (F11) by an administrator, in Chinese at
# 80x24: x asks for the date and the reason, the list keeps the village
# marked "已撤并 DATE"; town staff no longer find it in the new case's
# village menu, while the one it merged into is there; the case list's
# village filter still offers it, marked, for the old cases; x on the
# retired row restores it.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/lib/sessions.sh"

pg_cluster 0.02
fixture_admin_users <<'USERS'
rt_adm 管理员甲 xxzx admin
rt_stf 巡查员乙 wlz staff
USERS
e2e_home refretire
OLDV="撤并测试旧村"; NEWV="撤并测试新村"
for v in "$OLDV" "$NEWV"; do
    psql_su -c "SELECT casedesk.village_add('wlz', '$v', 'village')" >/dev/null
done
PRJ="撤并测试道路工程"
psql_su -c "SELECT casedesk.project_add('rt-road', '$PRJ', 'major', 'wlz', '6222020200112238888',
                                        NULL, NULL, NULL)" >/dev/null
psql_su -c "SELECT casedesk.project_add('rt-build', '撤并测试在建工程', 'major', 'wlz', '6222020200112238889',
                                        NULL, NULL, NULL)" >/dev/null
TODAY=$(psql_su -c "SELECT casedesk.today()")
PPOS=$(psql_su -c "SELECT rn FROM (SELECT name, row_number() OVER (ORDER BY name) rn FROM casedesk.project) s
                   WHERE name = '$PRJ'")
# the row of the old village in the reference list (ordered by unit name, name)
POS=$(psql_su -c "SELECT rn FROM (SELECT v.name, row_number() OVER (ORDER BY u.name, v.name) rn
    FROM casedesk.village v JOIN casedesk.unit u ON u.id = v.unit_id) s WHERE name = '$OLDV'")
CASEDESK_PLAIN=$CASEDESK
idle() { wait_gone "正在等待数据库" 10; tmux_settle; }

# --- the administrator retires it ---------------------------------------------
CASEDESK="$CASEDESK_PLAIN --lang zh"
session adm rt_adm 80 24
CASEDESK=$CASEDESK_PLAIN
wait_for "未读" 15; ok $? "a Chinese admin session starts"
tmux_send F11; wait_for "工作日历" 5; ok $? "F11 opens 基础数据"
tmux_send Down; tmux_send Enter; wait_for "显示：村和社区" 5; ok $? "the villages list opens"
idle
press Down $((POS - 1))
wait_match "▶? *$OLDV" 5
tmux_send x; wait_for "撤并村（社区）" 5; ok $? "x opens the retire form"
like "$(tmux_screen)" "$TODAY" "the date is today unless changed"
tmux_send Tab; tmux_type "并入$NEWV"; tmux_send C-s
wait_match "$OLDV.*已撤并 $TODAY" 5; ok $? "the village stays listed, marked 已撤并 with the date"
is "$(psql_su -c "SELECT retired_on || ' ' || retired_reason FROM casedesk.village WHERE name = '$OLDV'")" \
    "$TODAY 并入$NEWV" "it is retired in the database, with the reason"
line=$(tmux_screen | grep -F "已撤并 $TODAY")
like "$line" "^ *$OLDV +村（社区） +五里镇 +已撤并 $TODAY *$" "the row keeps its name, kind and unit, the mark in its own column"
w=$(printf '%s' "$line" | text_width); [ "${w:-99}" -le 80 ]; ok $? "and fits the 80 columns ($w)"

# a finished project: x on the projects list, marked in the name
tmux_send Escape; wait_for "工作日历" 5
tmux_send g; press Down 2; tmux_send Enter; wait_for "显示：项目" 5; ok $? "the projects list opens"
idle
press Down $((PPOS - 1))
tmux_send x; wait_for "标记项目结束" 5; ok $? "x on a project asks for the date it finished"
tmux_send Tab; tmux_type "竣工验收"; tmux_send C-s
wait_match "$PRJ +已结束 $TODAY +重点项目" 5; ok $? "the project stays listed, marked 已结束 with the date (a column of its own while one is finished)"
is "$(psql_su -c "SELECT retired_on || ' ' || retired_reason FROM casedesk.project WHERE code = 'rt-road'")" \
    "$TODAY 竣工验收" "it is finished in the database"

# --- town staff: gone from the new case's village menu --------------------------
CASEDESK="$CASEDESK_PLAIN --lang zh"
session stf rt_stf 80 24
CASEDESK=$CASEDESK_PLAIN
wait_for "欢迎" 15; ok $? "a Chinese staff session starts"
idle
tmux_send "$(screen_key 案件)"; wait_match "显示：.*件）" 10; idle
tmux_send a; wait_for "新建案件" 5; ok $? "a opens the New case menu"
tmux_send 1; wait_for "村（社区）" 5; ok $? "a new case asks for the village"
tmux_type "撤并测试"; wait_for "$NEWV" 5; ok $? "type-to-find shows the village it merged into"
refute_screen -F "$OLDV" "the retired village is not offered for a new case"
tmux_send Escape; tmux_settle; tmux_send Escape; idle
# nor the finished project from a new expropriation case's project menu
tmux_send a; wait_for "新建案件" 5
n=$(tmux_screen | grep -oE '[0-9] 征收案件' | head -n 1 | cut -c1); tmux_send "$n"
wait_for "项目" 5; tmux_type "撤并测试"; wait_for "撤并测试在建工程" 5
ok $? "the new expropriation case's project menu offers the project in use"
refute_screen -F "$PRJ" "the finished project is not offered for a new expropriation case"
tmux_send Escape; tmux_settle
tmux_screen | grep -qF "输入查找" && tmux_send Escape
idle

# the village filter over existing cases still offers it, marked
tmux_send f; wait_for "显示案件" 5
n=$(tmux_screen | grep -oE '[0-9] 按村' | cut -c1); tmux_send "$n"
wait_for "村（社区）" 5; tmux_type "撤并测试"
wait_match "$OLDV（已撤并 $TODAY）" 5; ok $? "the case list's village filter still offers it, marked with the date"
tmux_send Escape; tmux_settle   # the first Esc clears the text typed, the second closes
tmux_screen | grep -qF "输入查找" && tmux_send Escape
idle

# --- restored: back in the menu ------------------------------------------------
on adm
tmux_send Escape; wait_for "工作日历" 5
tmux_send g; tmux_send Down; tmux_send Enter; wait_for "显示：村和社区" 5; idle
press Down $((POS - 1))
tmux_send x; wait_match "恢复使用" 5; ok $? "x on a retired village asks to restore it"
tmux_send y; wait_gone "已撤并 $TODAY" 5; ok $? "restored: no longer marked"
is "$(psql_su -c "SELECT coalesce(retired_on::text, 'in use') FROM casedesk.village WHERE name = '$OLDV'")" \
    "in use" "it is in use again in the database"
on stf
tmux_send a; wait_for "新建案件" 5; tmux_send 1; wait_for "村（社区）" 5
tmux_type "撤并测试"; wait_for "$OLDV" 5; ok $? "a restored village is offered again"

done_testing
