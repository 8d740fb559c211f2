#!/bin/bash
# tests/e2e/cases_flow.sh — a violation from patrol to closure, in two live
# sessions with Chinese data: a supervisor (132x43) certifies a new village
# violation-free on the villages screen; town staff (80x24) record a patrol
# covering it and a finding there, which opens a violation case; staff take
# it verified → stop-work notice (printed to a file) → rectification
# deadline → demolished → re-inspected → closed through the actions menu;
# the list filtered by that village shows it; both villages screens show
# the title lost.  Also: Chinese columns stay aligned at both sizes.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/e2e/cases_lib.sh"
cases_setup

VNAME="无违示范新村"
OWNER="违建户张三丰"
FUTURE=$(date -d '+30 days' +%F)
psql_su -c "INSERT INTO casedesk.village (unit_id, name, kind)
            SELECT id, '$VNAME', 'village' FROM casedesk.unit WHERE code = 'wlz'" >/dev/null
VID=$(psql_su -c "SELECT id FROM casedesk.village WHERE name = '$VNAME'")
# positions in the screens' own orderings (pick lists and the villages list)
STAFF_POS=$(psql_su -c "SELECT rn FROM (SELECT v.id, row_number() OVER (ORDER BY u.id, v.name, v.id) rn
    FROM casedesk.village v JOIN casedesk.unit u ON u.id = v.unit_id WHERE u.code = 'wlz') s WHERE id = $VID")
SUP_POS=$(psql_su -c "SELECT rn FROM (SELECT s.village_id, row_number() OVER (ORDER BY
        coalesce(s.days_since_patrol >= casedesk.patrol_interval(s.unit_id), true) DESC, un.id, s.name, s.village_id) rn
    FROM casedesk.village_patrol_status s JOIN casedesk.unit un ON un.id = s.unit_id) x WHERE village_id = $VID")

# --- the town applies (as psql would), the supervisor inspects and certifies
# the village violation-free on the villages screen (132x43) -----------------
psql_as stf1 -c "SELECT casedesk.village_apply_violation_free($VID, current_date, '申请创建无违村')" >/dev/null
session sup sup1 132 43
wait_for "Welcome" 10; ok $? "supervisor session starts"
vkey=$(screen_key Patrols)
tmux_send "$vkey"; wait_for "v: villages"; tmux_send v
wait_for "t: inspect, certify, revoke"; ok $? "villages screen, the title's steps offered to supervisors"
press Down $((SUP_POS - 1))
wait_match "$VNAME.*applied" 5; ok $? "the village shows its application"
tmux_send t; wait_for "Inspected: passed"; tmux_send Enter
wait_for "Date for $VNAME"; tmux_send Enter
wait_for "Inspection note"; tmux_type "验收合格"; tmux_send Enter
wait_for "Inspection of $VNAME recorded" 5; ok $? "inspection recorded"
like "$(tmux_screen | grep "$VNAME")" " passed *$" "the village shows the passed inspection"
tmux_send t; wait_for "Certify violation-free"
like "$(tmux_screen)" "Certify violation-free" "after a passed inspection the menu offers certifying"
tmux_send Enter; wait_for "Certify $VNAME"; ok $? "certify asks for the date of $VNAME"
tmux_send Enter
wait_for "is certified violation-free since" 5; ok $? "village certified"
like "$(tmux_screen | grep "$VNAME")" "$(date +%F)" "villages screen shows the certification date"

# --- staff: a patrol and a finding (80x24) ----------------------------------
session stf stf1 80 24
wait_for "Welcome" 10; ok $? "staff session starts"
# At 80 columns the title line still names the main screens (the absent
# discipline screen as its dim number only); the home screen lists every
# one the role has with its key.
# Eleven English names need 85 columns: the longest are cut by display
# width to fit, each still recognisable, the eleventh on F12.
like "$(tmux_screen | sed -n 2p)" "1 ?Home.*2 ?Tasks.*3 ?Inbox.* 4 .*5 ?Prog.*6 ?Brief.*7 ?Cases.*8 ?Patr.*9 ?Targ.*0 ?Rank.*F12 ?Fund" \
    "80 columns: the title line names every main screen, numbered by its place"
like "$(tmux_screen)" "8 Patrols" "the home screen names the main screens with their keys"
pkey=$(screen_key Patrols); ckey=$(screen_key Cases)
tmux_send "$pkey"; wait_for "a: new patrol"; ok $? "patrols screen"
tmux_send a; wait_for "Patrol date"; tmux_send Enter
wait_for "Members of the patrol"; tmux_send C-u; tmux_type "巡查员乙、李四"; tmux_send Enter
wait_for "Villages covered (0 chosen)"; press Down $((STAFF_POS - 1)); tmux_send Enter
wait_for "Villages covered (1 chosen)"; ok $? "one village chosen"
tmux_send Enter; wait_for "Notes (optional)"; tmux_type "重点巡查新村"; tmux_send Enter
wait_for "Patrol of" 5; ok $? "patrol recorded"
like "$(tmux_screen | grep "巡查员乙、李四")" "$VNAME" "the patrol lists the village and its members"
tmux_send t; wait_for "Where was the violation found"
press Down $((STAFF_POS - 1)); tmux_send Enter
wait_for "What kind of violation"; tmux_send Enter
wait_for "Owner (party)"; tmux_type "$OWNER"; tmux_send Enter
wait_for "Address (optional)"; tmux_type "${VNAME}三组"; tmux_send Enter
wait_for "Area in m²"; tmux_type "abc"; tmux_send Enter
wait_for "The area" 3; ok $? "a bad area is refused in the prompt"
tmux_send C-u; tmux_type "120.5"; tmux_send Enter
wait_for "[Found]" 5; ok $? "the finding opened a violation case form"
CASENO=$(tmux_screen | grep -oE 'LW-[0-9]{4}-[0-9]{6}' | head -n 1)
like "$CASENO" "^LW-" "case number shown ($CASENO)"
like "$(tmux_screen)" "$OWNER" "the owner is in the form"

# --- the live villages screen of the supervisor lost the title ---------------
on sup
wait_for "$VNAME" 3
wait_match "$VNAME.* no *$" 5
ok $? "supervisor's villages screen: title lost without a key"

# --- through the workflow ---------------------------------------------------
on stf
like "$(tmux_screen)" "Class: *new \\(district\\)" "a finding with no construction date is a new violation (区管增量)"
tmux_send C-t; wait_for "Case actions"
like "$(tmux_screen)" "1 Verify on site" "only the legal step is offered first"
refute_screen "Demolished|Close the case" "later steps not offered"
tmux_send 1; wait_for "Date (YYYY-MM-DD)"; tmux_send Enter
wait_for "Built on (YYYY-MM-DD; empty if unknown)"; ok $? "verifying asks when it was built"
tmux_type "2019-06-01"; tmux_send Enter
wait_for "[Verified]" 5; ok $? "verified"
like "$(tmux_screen)" "Class: *stock \\(city\\)" "built before the cut-off, it becomes stock (市管存量)"
tmux_send C-t; wait_for "Issue a stop-work notice"
like "$(tmux_screen)" "Not a violation \\(verified lawful\\)" "a verified case may also be found lawful"
n=$(tmux_screen | grep -oE '[0-9] Issue a stop-work' | cut -c1); tmux_send "$n"
wait_for "Date (YYYY-MM-DD)"; tmux_send Enter
wait_for "[Stop-work notice]" 5; ok $? "stop-work notice issued"
refute_screen -F "Document number" "without asking for a number: the register gives it (migration 200)"
tmux_send C-t; wait_for "Print the stop-work notice"
n=$(tmux_screen | grep -oE '[0-9] Print the stop-work' | cut -c1); tmux_send "$n"
# The notice is in the register (issue 15): numbered by the step, not by
# what was typed; "print" opens it there and writes no file.
REGNO=$(psql_su -c "SELECT d.doc_no FROM casedesk.document d JOIN casedesk.case_file c ON c.id = d.case_id
                    WHERE c.case_no = '$CASENO' AND d.kind = 'stop_order'")
like "$REGNO" '^五里停字〔[0-9]{4}〕第[0-9]{3}号$' "the step numbered the notice from the register"
wait_for "Documents · $CASENO" 5; ok $? "print opens the notice in the register"
wait_for "$REGNO" 5; ok $? "with its official number"
ok $([ -z "$(find "$CASES_HOME/stf1" -name 'casedesk-notice*')" ]; echo $?) "no notice file is written to the home directory"
NOTICE=$(psql_su -c "SELECT body FROM casedesk.document WHERE doc_no = '$REGNO'")
like "$NOTICE" "$REGNO" "the notice carries the document number"
like "$NOTICE" "$OWNER" "the notice is addressed to the owner"
ok $(printf '%s' "$NOTICE" | grep -q '{{'; [ $? -ne 0 ]; echo $?) "no placeholder left in the notice"
tmux_send Escape; wait_gone "Documents · $CASENO" 3
tmux_send C-t; wait_for "Order rectification"; tmux_send 1
wait_for "Date (YYYY-MM-DD)"; tmux_send Enter
wait_for "Deadline (YYYY-MM-DD)"; tmux_type "$FUTURE"; tmux_send Enter
wait_for "[Rectifying]" 5; ok $? "rectification ordered"
like "$(tmux_screen)" "Rectify by: $FUTURE" "the deadline is shown"
tmux_send C-t; wait_for "1 Demolished"; tmux_send 1; wait_for "Date (YYYY-MM-DD)"; tmux_send Enter
wait_for "Area demolished or rectified"; ok $? "demolishing asks for the area removed"
like "$(tmux_screen)" "│ *120\.50" "it offers the area found in the prompt"
tmux_send C-u; tmux_type "118"; tmux_send Enter
wait_for "[Demolished]" 5; ok $? "demolished"
like "$(tmux_screen)" "Area removed \(m²\): *118" "the area removed is on the form"
tmux_send C-t; wait_for "1 Re-inspected"; tmux_send 1; wait_for "Date (YYYY-MM-DD)"; tmux_send Enter
wait_for "[Re-inspected]" 5; ok $? "re-inspected"
tmux_send C-t; wait_for "1 Close the case"; tmux_send 1; wait_for "Date (YYYY-MM-DD)"; tmux_send Enter
wait_for "[Closed]" 5; ok $? "closed"
like "$(tmux_screen)" "Read only" "a closed case is read only"
tmux_send C-o; wait_for "History of case $CASENO"; ok $? "history view"
like "$(tmux_screen)" "status +Found +Verified" "history: status Found → Verified, as labels"
like "$(tmux_screen)" "巡查员乙" "history names who changed it"
tmux_send Escape; tmux_send Escape

# --- the list filtered by the village ----------------------------------------
tmux_send "$ckey"; wait_for "Showing:"
tmux_send f; wait_for "Show cases"
n=$(tmux_screen | grep -oE '[0-9] By village' | cut -c1); tmux_send "$n"
wait_for "Village or community"; press Down $((STAFF_POS - 1)); tmux_send Enter
wait_for "Showing: all cases · $VNAME" 5; ok $? "filter line names the village"
like "$(tmux_screen)" "(1 cases)" "one case in that village"
like "$(tmux_screen | grep "$CASENO")" "违建户张三.*$VNAME.*Closed" "the case row: owner, village, closed"

# --- villages screen of staff: title lost ------------------------------------
tmux_send "$pkey"; wait_for "v: villages"; tmux_send v; wait_for "$VNAME"
like "$(tmux_screen | grep "$VNAME")" "$(date +%F) .* no *$" "staff villages screen: patrolled today, not violation-free"

# --- Chinese columns aligned at 80x24 and 132x43 ------------------------------
tmux_send "$ckey"; tmux_send f; wait_for "Show cases"; tmux_send 1; wait_for "Showing: all cases  ("
cols=$(columns_of '^ (LW|ZS)-' '[0-9]{4}-[0-9]{2}-[0-9]{2}' | sort -u)
is "$(echo "$cols" | grep -c .)" "1" "80x24: the Opened column starts at one display column ($cols)"
cols=$(columns_of '^ (LW|ZS)-' ' (Closed|Found|Verified|Rectifying|Surveyed|Assessed|Vacated|Registered|Agreement|Compensat|Re-inspec|Stop-work|Demolished|Rectified)' | sort -u)
is "$(echo "$cols" | grep -c .)" "1" "80x24: the Status column too ($cols)"
on sup
k=$(screen_key Cases); tmux_send "$k"; wait_for "Showing: all cases"
like "$(tmux_screen | sed -n 4p)" "Unit" "132 columns: the unit column is shown"
n=$(tmux_screen | grep -cE '^ (LW|ZS)-')
cols=$(columns_of '^ (LW|ZS)-' '[0-9]{4}-[0-9]{2}-[0-9]{2}' | sort -u)
is "$(echo "$cols" | grep -c .)" "1" "132x43: the Opened column of $n rows starts at one display column ($cols)"
on stf
refute_screen "ERROR|42501" "no raw database errors on screen"
done_testing
