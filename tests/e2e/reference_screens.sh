#!/bin/bash
# tests/e2e/reference_screens.sh — administrators keep the district's
# reference data in casedesk (issue 14 item 8): F11 "Reference data" lists
# units, villages, projects (dedicated account, packaged budget),
# resettlement communities and the working-day calendar; a adds, Enter
# edits, through the same database functions as `casedesk-admin`.  A
# refusal is the database's sentence in the user's language and the form
# keeps what was typed.  English at 132x43, Chinese at 80x24.  Staff never
# reach the screen, and the functions refuse them in psql.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/lib/sessions.sh"

pg_cluster 0.02
fixture_admin_users <<'USERS'
rf_adm 管理员甲 xxzx admin
rf_stf 办事员乙 xcb staff
USERS
e2e_home refscr
NY=$(psql_su -c "SELECT extract(year FROM casedesk.today())::int + 1")
# The first weekday and the first Saturday of October next year.
WEEKDAY=$(psql_su -c "SELECT d::date FROM generate_series('$NY-10-01'::date, '$NY-10-07', '1 day') d
                      WHERE extract(isodow FROM d) < 6 LIMIT 1")
SATURDAY=$(psql_su -c "SELECT d::date FROM generate_series('$NY-10-01'::date, '$NY-10-07', '1 day') d
                       WHERE extract(isodow FROM d) = 6 LIMIT 1")
psql_su -c "DELETE FROM casedesk.calendar_day WHERE extract(year FROM day) = $NY" >/dev/null

# --- the administrator, English at 132x43 --------------------------------------
session adm rf_adm 132 43
wait_for "Welcome" 15; ok $? "admin session starts"
like "$(tmux_screen | sed -n 2p)" "F11 Reference data" "the title line names F11 Reference data"
like "$(tmux_screen | sed -n '3,$p')" "F12 Funds   F11 Reference data" "the home screen lists F12 and F11 too"
tmux_send F11; wait_for "Working-day calendar" 5; ok $? "F11 opens the reference data"
units=$(psql_su -c "SELECT count(*) FROM casedesk.unit")
like "$(tmux_screen | grep -E '^ ?Units ')" " $units *[│|]? *$" "the units line counts the $units units"

# units: the list shows names and kinds, never codes
tmux_send Enter; wait_for "Showing: Units  $units" 5; ok $? "Enter opens the units list"
like "$(tmux_screen | grep -F 新城街道办)" "Subdistrict|Town" "a unit is shown with its kind as a word"
refute_screen -E "\bxcb\b" "no unit code in the list"
# a new unit with a duplicate code: refused, the typing stays
tmux_send a; wait_for "New unit" 5; ok $? "a opens the new unit form"
tmux_type "xcb"; tmux_send Tab; tmux_type "测试镇甲"; tmux_send Tab; tmux_send Tab
tmux_type "新城"; wait_for "新城街道办" 5; tmux_send Enter
tmux_send C-s
wait_for "A unit with that code already exists." 5; ok $? "a duplicate code is refused with the database's sentence"
like "$(tmux_screen)" "测试镇甲" "the name typed stays in the form"
like "$(tmux_screen | grep -F 'Parent unit')" "新城街道办" "the parent is shown by name"
tmux_send Up; tmux_send Up; tmux_send Up
# back to the code field: replace it
tmux_send C-u; tmux_type "csz1"; tmux_send C-s
wait_for "Showing: Units  $((units + 1))" 5; ok $? "saved: the list has one unit more"
is "$(psql_su -c "SELECT u.name || '/' || p.name FROM casedesk.unit u JOIN casedesk.unit p ON p.id = u.parent_id WHERE u.code = 'csz1'")" \
    "测试镇甲/新城街道办" "the unit is in the database with its parent"
tmux_send Escape; wait_for "Working-day calendar" 5

# projects: a new one with its dedicated account and packaged budget
tmux_send g; tmux_send Down; tmux_send Down; tmux_send Enter; wait_for "Showing: Projects" 5
ok $? "the projects list opens"
tmux_send a; wait_for "New project" 5
tmux_type "qa-proj"; tmux_send Tab; tmux_type "测试棚改项目"; tmux_send Tab; tmux_send Tab
tmux_send Tab; tmux_type "12345"; tmux_send Tab; tmux_send Tab; tmux_type "1234567.89"; tmux_send C-s
wait_for "dedicated account number is 10 to 25 digits" 5; ok $? "a short account number is refused"
like "$(tmux_screen)" "1234567.89" "the budget typed stays in the form"
tmux_send Up; tmux_send Up; tmux_send C-u; tmux_type "6222020200112233445"; tmux_send C-s
# (the name is in the form too: wait for the list's row, with its account)
wait_match "测试棚改项目.*6222020200112233445" 5; ok $? "the project is saved and listed"
like "$(tmux_screen | grep -F 测试棚改项目)" "6222020200112233445.*1,234,567.89" \
    "the list shows its dedicated account and the packaged budget with separators"
tmux_send Escape; wait_for "Working-day calendar" 5

# communities: flats ready above flats planned are refused, the figures typed stay
tmux_send g; press Down 3; tmux_send Enter; wait_for "Showing: Resettlement communities" 5
ok $? "the communities list opens"
tmux_send a; wait_for "New resettlement community" 5
tmux_type "测试安置小区"; tmux_send Tab; tmux_type "五里"; wait_for "五里镇" 5; tmux_send Enter
tmux_send Tab; tmux_type "120"; tmux_send C-s
wait_for "测试安置小区" 5; ok $? "a new community is saved and listed"
is "$(psql_su -c "SELECT c.flats_planned || '/' || u.name FROM casedesk.resettlement_community c JOIN casedesk.unit u ON u.id = c.unit_id WHERE c.name = '测试安置小区'")" \
    "120/五里镇" "with its flats and its unit, picked by name"
tmux_send Escape; wait_for "Working-day calendar" 5

# the calendar of next year: a holiday on a Saturday is refused, on a weekday saved
tmux_send g; press Down 4; tmux_send Enter; wait_for "Working-day calendar of" 5
tmux_send ']'; wait_for "Working-day calendar of $NY · 0 days" 5; ok $? "] shows next year's calendar, empty"
tmux_send a; wait_for "Holiday or make-up working day" 5
tmux_send C-u; tmux_type "$SATURDAY"; tmux_send Tab; tmux_send Tab; tmux_type "国庆节"; tmux_send C-s
wait_for "Only a weekday can be a holiday" 5; ok $? "a holiday on a Saturday is refused"
like "$(tmux_screen)" "国庆节" "the name typed stays"
tmux_send Up; tmux_send Up; tmux_send C-u; tmux_type "$WEEKDAY"; tmux_send C-s
wait_for "Working-day calendar of $NY · 1 days" 5; ok $? "the holiday is saved"
like "$(tmux_screen | grep -F "$WEEKDAY")" "Holiday.*国庆节" "the calendar lists it as a holiday, by name"
is "$(psql_su -c "SELECT kind FROM casedesk.calendar_day WHERE day = '$WEEKDAY'")" "holiday" "it is in the database"
# Enter edits the day: a weekday cannot be a make-up working day; the name typed stays
tmux_send g; tmux_send Enter; wait_for "Holiday or make-up working day" 5; ok $? "Enter edits the day"
tmux_send Space; tmux_send Tab; tmux_send C-u; tmux_type "国庆节假日"; tmux_send C-s
wait_for "Only a weekday can be a holiday" 5; ok $? "a weekday as a make-up working day is refused"
like "$(tmux_screen)" "国庆节假日" "the new name stays in the form"
tmux_send Up; tmux_send Space; tmux_send C-s
wait_for "Working-day calendar of $NY · 1 days" 5
wait_for "国庆节假日" 5; ok $? "the renamed holiday is listed"
is "$(psql_su -c "SELECT kind || '/' || name FROM casedesk.calendar_day WHERE day = '$WEEKDAY'")" "holiday/国庆节假日" \
    "the database has the new name"
# d clears it, after asking (the safe answer is the default)
tmux_send d; wait_for "Clear $WEEKDAY from the calendar" 5; ok $? "d asks before clearing a day"
tmux_send Enter; tmux_settle 2
like "$(tmux_screen)" "of $NY · 1 days" "Enter alone keeps the day"
tmux_send d; wait_for "Clear $WEEKDAY" 5; tmux_send y
wait_for "Working-day calendar of $NY · 0 days" 5; ok $? "y clears it"

# --- Chinese at 80x24 ----------------------------------------------------------
SESSION_ARGS="--lang zh" session zh rf_adm 80 24
wait_for "未读" 15; ok $? "a Chinese admin session starts"
tmux_send F11; wait_for "基础数据" 5; ok $? "F11 opens 基础数据"
wait_for "工作日历" 5; ok $? "the lists are named in Chinese"
tmux_send Enter; wait_for "显示：单位" 5; ok $? "the units list in Chinese"
tmux_send a; tmux_settle 2
tmux_type "csz1"; tmux_send Tab; tmux_type "测试镇乙"; tmux_send C-s
wait_for "已有使用该代码的单位。" 5; ok $? "the refusal is in Chinese"
like "$(tmux_screen)" "测试镇乙" "the typing stays"

# --- staff: no F11, and the functions refuse them ------------------------------
session stf rf_stf 80 24
wait_for "Welcome" 15; ok $? "staff session starts"
tmux_send F11
wait_for "Screen F11 is not available to your role." 5; ok $? "F11 says the screen is not for staff"
refute_screen -F "Working-day calendar" "F11 opens nothing for staff"
refute_screen -F "Reference data" "staff's title line does not name the screen"
like "$(psql_as rf_stf -c "SELECT casedesk.unit_add('zz1', '假单位', 'town', NULL)" 2>&1)" \
    "permission denied" "staff cannot add a unit in psql"
like "$(psql_as rf_stf -c "SELECT casedesk.calendar_set('$WEEKDAY', 'holiday', 'x')" 2>&1)" \
    "permission denied" "staff cannot change the calendar in psql"

done_testing
