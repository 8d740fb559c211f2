#!/bin/bash
# tests/e2e/menu_find.sh — type-to-find in every long menu.  A menu of more
# than ten entries (here the supervisor's unit menu when adding a target,
# an ordinary ui_menu call) narrows as one types: names, pinyin initials;
# Backspace widens again; Esc first clears what was typed, then closes; the
# digits 1-9 still pick while nothing is typed, and Enter picks the one found.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/e2e/tasks_lib.sh"

tasks_setup
# three more towns, so the unit menu is longer than ten entries
psql_su -c "INSERT INTO casedesk.unit (code, name, kind, parent_id)
            SELECT c, n, 'town', (SELECT id FROM casedesk.unit WHERE code = 'hb')
            FROM (VALUES ('zhangt', '张滩镇'), ('yingh', '瀛湖镇'), ('hengk', '恒口镇')) v(c, n)" >/dev/null
NU=$(psql_su -c "SELECT count(*) FROM casedesk.unit WHERE kind IN ('town','subdistrict')")
XNAME=$(psql_su -c "SELECT name FROM casedesk.unit WHERE code = 'xcb'")
FIRST=$(psql_su -c "SELECT name FROM casedesk.unit WHERE kind IN ('town','subdistrict') ORDER BY code LIMIT 1")
WNAME=$(psql_su -c "SELECT name FROM casedesk.unit WHERE code = 'wlz'")
ok $([ "$NU" -gt 10 ]; echo $?) "the unit menu is long ($NU towns and offices)"

session sup sup1 80 24
wait_for "督查员甲" 10; ok $? "supervisor session starts"
tkey=$(screen_key Targets)
tmux_send "$tkey"; wait_match "[0-9]{4} · " 5
tmux_send a; wait_for " $NU / $NU " 5; ok $? "the long unit menu counts its entries"
like "$(tmux_screen)" "type to find" "the key bar says one can type to find"

# pinyin initials of 新城街道办: the menu narrows to it
tmux_type "xcjd"
wait_match " 1 / $NU " 5; ok $? "typing pinyin initials narrows the menu to one unit"
like "$(tmux_screen)" "$XNAME" "the unit found is shown by name"
refute_screen "$WNAME" "other units are gone from the menu"

# Backspace widens
tmux_send BSpace; tmux_send BSpace; tmux_send BSpace; tmux_send BSpace
wait_for " $NU / $NU " 5; ok $? "Backspace widens the menu again"

# by name: a Chinese fragment
tmux_type "五里"
wait_match " [1-9][0-9]* / $NU " 5
like "$(tmux_screen)" "$WNAME" "typing part of a name finds it"
refute_screen "$XNAME" "and hides the others"

# Esc clears, then closes
tmux_send Escape
wait_for " $NU / $NU " 5; ok $? "Esc first clears the typed text (the menu stays open)"
tmux_send Escape
wait_gone " / $NU " 5; ok $? "a second Esc closes the menu"
like "$(tmux_screen)" "a add, e edit" "back on the targets screen"

# Enter picks the one found
tmux_send a; wait_for " $NU / $NU " 5
tmux_type "xcjd"; wait_match " 1 / $NU " 5
tmux_send Enter; wait_gone " 1 / $NU " 5; ok $? "Enter picks the unit found"
tmux_send 6
wait_match "(New target|Target) for [0-9]{4}" 5
like "$(tmux_screen)" "$XNAME" "the form is for the unit found ($XNAME)"
# digits still pick while nothing is typed: 1 is the first town by code
tmux_send Escape; wait_for "a add, e edit" 5
tmux_send a; wait_for " $NU / $NU " 5
tmux_send 1; wait_gone " $NU / $NU " 5; ok $? "1 picks the first entry while nothing is typed"
tmux_send 6
wait_match "(New target|Target) for [0-9]{4}" 5
like "$(tmux_screen)" "$FIRST" "the form is for the first unit ($FIRST)"
done_testing
