#!/bin/bash
# tests/e2e/targets_screens.sh — targets maintenance, scoring rules, the
# ranking and commendations, and `casedesk-admin target`.
# A supervisor at 80x24 edits a target and adds one for next year (the
# progress screen shows the new value); weights that do not add up to 100
# are refused with the database's sentence, corrected ones saved; a raised
# accountability threshold marks units on the ranking of a quarter and a
# month; a commendation is recorded.  Staff see targets and rules read-only.
# At 132x43 the ranking lays out the Chinese unit names in full.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/e2e/tasks_lib.sh"

tasks_setup
YEAR=$(psql_su -c "SELECT extract(year FROM current_date)::int")
NEXT=$((YEAR + 1))
# the unit menus list towns and offices by code: where is 新城街道办 (xcb)?
XPOS=$(psql_su -c "SELECT count(*) FROM casedesk.unit WHERE kind IN ('town','subdistrict') AND code < 'xcb'")
XNAME=$(psql_su -c "SELECT name FROM casedesk.unit WHERE code = 'xcb'")

# key of a main screen: the title line names the current screen even when
# it is compact, so try the keys in turn (10 is key 0); back to home after
home_key() {
    local k
    for k in 2 3 4 5 6 7 8 9 0; do
        tmux_send "$k"
        for i in $(seq 1 40); do   # until the title line names screen k
            tmux_screen | sed -n 2p | grep -qE "(^| )$k ?[A-Z]" && break
            sleep 0.05
        done
        tmux_screen | sed -n 2p | grep -qE "(^| )$k ?($1\b|${1:0:4})" || continue   # a cut name: its first four characters
        tmux_send 1; wait_match "1 ?Home" 2 >/dev/null; echo "$k"; return
    done
}

# --- admin verb ------------------------------------------------------------------
out=$(admin target set --year "$NEXT" --unit xcb --metric land_mu --value 77.5 --signed "$NEXT-02-11" 2>&1)
like "$out" "target added: xcb $NEXT land_mu = 77.5" "admin target set adds a target"
out=$(admin target set --year "$NEXT" --unit xcb --metric land_mu --value 80 2>&1)
like "$out" "target updated" "a second set updates it"
like "$(admin target list --year "$NEXT")" "^xcb	$XNAME	$NEXT	land_mu	80.00	$NEXT-02-11" "target list: updated value, date kept"
fails_like "not an assessment metric" "an unknown metric is refused" -- admin target set --year "$NEXT" --unit xcb --metric speed --value 1

# --- supervisor: targets -------------------------------------------------------------
session sup sup1 80 24
wait_for "督查员甲" 10; ok $? "supervisor session starts"
tkey=$(home_key Targets); pkey=$(home_key Progress)
rkey=$(( (tkey + 1) % 10 ))   # the ranking follows the targets (10 is key 0)
ok $([ -n "$tkey" ] && [ -n "$rkey" ] && [ -n "$pkey" ]; echo $?) "home lists Targets ($tkey) and Ranking ($rkey)"
tmux_send "$tkey"; wait_for "$YEAR · " 5; ok $? "targets screen opens on $YEAR"
like "$(tmux_screen | sed -n 3p)" "a add, e edit" "a supervisor is offered add and edit"
like "$(tmux_screen | sed -n 4p)" "Unit +Metric +Target" "column titles"
like "$(tmux_screen | sed -n 5p)" "^[^ ]+[镇办] +Households expropriated +[0-9.]+ households" "Chinese unit names with their targets and measures"

# a: unit, metric (land = 4th); the seeded target exists, so it is edited
tmux_send a; wait_for "Unit"; for i in $(seq 1 "$XPOS"); do tmux_send Down; done; tmux_send Enter
wait_for "Metric"; tmux_send 4
wait_match "Target for [0-9]{4}" 3; ok $? "a: the target form opens"
like "$(tmux_screen)" "already has this target" "an existing unit × metric is edited, not duplicated"
tmux_send C-u; tmux_type "12x"; tmux_send C-s
wait_for "Type a number" 3; ok $? "a value that is not a number is refused in the form"
tmux_send C-u; tmux_type "4321"; tmux_send C-s
wait_for "Target saved" 5; ok $? "the target is saved"
is "$(psql_su -c "SELECT target_value FROM casedesk.target t JOIN casedesk.unit u ON u.id = t.unit_id
                  WHERE u.code = 'xcb' AND t.year = $YEAR AND t.metric = 'land_mu'")" "4321.00" "the database holds 4321"
wait_for "4321" 3; ok $? "the list shows the new value"

# progress reflects it
tmux_send "$pkey"; wait_for "sorted by" 5
tmux_send f; wait_for "All metrics"; tmux_send 5          # Land acquired
wait_for "Land acquired ·" 5
like "$(tmux_screen | grep -a "新城街道办")" "Land acquired +4321 " "the progress screen shows the new target"

# a new target for next year
tmux_send "$tkey"; wait_for "$YEAR · "
tmux_send y; wait_for "Year"; tmux_send C-u; tmux_type "$NEXT"; tmux_send Enter
wait_for "$NEXT · 1 targets" 5; ok $? "y: next year has the one target set by the admin verb"
tmux_send a; wait_for "Unit"; for i in $(seq 1 "$XPOS"); do tmux_send Down; done; tmux_send Enter
wait_for "Metric"; tmux_send 6                          # violations removed
wait_for "New target for $NEXT" 3; ok $? "a new unit × metric opens an empty form"
tmux_type "36"; tmux_send Tab; tmux_type "$NEXT-02-15"; tmux_send C-s
wait_for "$NEXT · 2 targets" 5; ok $? "the new target is listed"
like "$(tmux_screen | grep -a "Violations removed")" "36 .*$NEXT-02-15" "with its value and signing date"
tmux_send "$pkey"; tmux_send y; wait_for "Year"; tmux_send C-u; tmux_type "$NEXT"; tmux_send Enter
tmux_send f; wait_for "All metrics"; tmux_send 1
wait_for "$NEXT · all metrics" 5
like "$(tmux_screen | grep -a "Violations removed")" "新城街道办 +Violations removed +36 " "progress for next year shows it"

# --- scoring rules ---------------------------------------------------------------------
tmux_send "$tkey"; wait_for "targets ·"
tmux_send y; wait_for "Year"; tmux_send C-u; tmux_type "$YEAR"; tmux_send Enter; wait_for "$YEAR · "
tmux_send w; wait_for "Scoring rules for $YEAR" 5; ok $? "w opens the scoring rules"
like "$(tmux_screen)" "weights add up to 100" "the weights in force add up to 100"
like "$(tmux_screen)" "Accountability threshold" "deductions and threshold are shown"
tmux_send C-u; tmux_type "20"; tmux_send C-s
wait_for "The scoring weights for $YEAR add up to 105, not 100." 5
ok $? "weights adding up to 105 are refused with the database's sentence"
is "$(psql_su -c "SELECT count(*) FROM casedesk.score_rule WHERE year = $YEAR")" "0" "nothing was saved"
tmux_send Tab; tmux_send Tab; tmux_send C-u; tmux_type "5"   # house area 10 → 5
for i in $(seq 1 11); do tmux_send Tab; done               # to the threshold
tmux_send C-u; tmux_type "100"; tmux_send C-s
wait_for "Scoring rules for $YEAR saved." 5; ok $? "corrected weights and a threshold of 100 are saved"
is "$(psql_su -c "SELECT sum(weight)::int || '/' || (SELECT accountability_threshold::int FROM casedesk.score_deduction WHERE year = $YEAR)
                  FROM casedesk.score_rule WHERE year = $YEAR")" "100/100" "the database holds the year's own rule"
tmux_send Escape; wait_for "targets ·"

# --- ranking -------------------------------------------------------------------------------
tmux_send "$rkey"; wait_for "Ranking $YEAR, whole year" 8; ok $? "the ranking opens on the whole year"
like "$(tmux_screen | sed -n 4p)" "Rank +Unit +Score +Base" "ranking columns"
tmux_send P; wait_for "Quarter 1"; tmux_send 2
wait_for "Ranking $YEAR, quarter 1" 8; ok $? "P: the ranking of quarter 1"
scr=$(tmux_screen)
nb=$(echo "$scr" | grep -ac "below threshold")
like "$(echo "$scr" | sed -n 3p)" "[0-9]+ below the accountability threshold" "the header counts units below the threshold"
ok $([ "$nb" -ge 1 ]; echo $?) "units below the threshold are marked ($nb)"
ok $(echo "$scr" | sed -n '5,22p' | grep -a "^ *[0-9]" | grep -av "below threshold" | awk '$3 + 0 < 100 { bad = 1 } END { exit bad }'; echo $?) \
   "unmarked units score at least the threshold"
line=$(tmux_cmd capture-pane -e -p -t sup | grep -a "below threshold" | head -n 1)
plain=$(tmux_cmd capture-pane -e -p -t sup | sed -n 5,22p | grep -a "^.*[0-9]" | grep -av "below threshold" | head -n 1)
ok $([ "${line%%[0-9]*}" != "${plain%%[0-9]*}" ] || [ -z "$plain" ]; echo $?) "marked rows are drawn in another colour"
tmux_send ']'; wait_for "Ranking $YEAR, quarter 2" 8; ok $? "] steps to the next quarter"
tmux_send P; wait_for "Month 3"; tmux_send 8
wait_for "Ranking $YEAR, month 3" 8; ok $? "P: the ranking of month 3"
like "$(tmux_screen | sed -n 5p)" "^ +1 " "ranked from 1"
tmux_send y; wait_for "Year"; tmux_send C-u; tmux_type "2001"; tmux_send Enter
wait_for "No targets have been set for 2001." 8; ok $? "a year without targets: the database's sentence"
tmux_send y; wait_for "Year"; tmux_send C-u; tmux_type "$YEAR"; tmux_send Enter
wait_for "Ranking $YEAR, month 3" 8

# --- commendations ---------------------------------------------------------------------------
tmux_send c; wait_for "Commendations of $YEAR" 5; ok $? "c: the commendations of the year"
tmux_send a; wait_for "An advanced unit"; tmux_send 1
wait_for "Advanced unit"; for i in $(seq 1 "$XPOS"); do tmux_send Down; done; tmux_send Enter
wait_for "Title of the commendation"; tmux_send Enter
wait_for "Commendation recorded." 5; ok $? "a commendation of a unit is recorded"
like "$(tmux_screen | grep -a "Advanced unit of $YEAR")" "新城街道办" "and listed with the unit"
tmux_send Escape
tmux_send Q

# --- staff: read-only ------------------------------------------------------------------------------
session stf stf1 80 24
wait_for "Welcome" 10; ok $? "staff session starts"
tmux_send "$tkey"; wait_for "$YEAR · " 5; ok $? "staff open the targets (key $tkey, as for supervisors)"
like "$(tmux_screen | sed -n 3p)" "read-only" "the screen says read-only"
refute_screen -r '$' "\bnew\b|\bedit\b" "no add or edit in the hint bar ($(tmux_screen | tail -n 1))"
tmux_send e; wait_for "read-only for you" 3; ok $? "e says the targets are read-only"
tmux_send Enter
refute_screen "Target for [0-9]{4}" "Enter opens no form"
tmux_send w; wait_for "Scoring rules for $YEAR" 5
like "$(tmux_screen | sed -n 3p)" "read-only" "the rules are read-only for staff"
tmux_send C-s; wait_for "The scoring rules are read-only for you." 3; ok $? "saving is refused before the database"
tmux_send Escape
tmux_send Q

# --- 132x43, Chinese interface -------------------------------------------------------------------
tmux_cmd kill-session -t zh >/dev/null 2>&1
cmd="env LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=zh_CN TERM=screen-256color HOME=$TASKS_HOME/sup1"
cmd="$cmd CASEDESK_CONFIG=/nonexistent PGHOST=$PGHOST PGPORT=$PGPORT PGDATABASE=$PGDATABASE"
cmd="$cmd PGUSER=sup1 $CASEDESK --lang=zh"
tmux_cmd new-session -d -s zh -x 132 -y 43 "$cmd"
on zh
wait_for "督查员甲" 10; ok $? "a Chinese session at 132x43"
tmux_send "$rkey"
for i in $(seq 1 $((160 * ${CASEDESK_TEST_SLOWDOWN:-1}))); do   # the ranking's line, either language
    tmux_screen | sed -n 3p | grep -qE "^(Ranking|排名) $YEAR" && break
    sleep 0.05
done
like "$(tmux_screen | sed -n 3p)" "^(Ranking|排名) $YEAR" "the ranking opens at 132x43"
n=$(tmux_screen | grep -ac "街道办\|镇")
ok $([ "$n" -ge 3 ]; echo $?) "the ranking lists the units by their Chinese names ($n)"
refute_screen -r 5,14 -F "…" "names and figures are not cut at 132 columns"
tmux_send Q
done_testing
