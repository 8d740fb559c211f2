#!/bin/bash
# tests/faults/case_conflict.sh — two clerks edit one case at 80x24.  A
# reload while nothing is typed follows the other's save without moving
# the focus; during an edit it changes nothing and the save shows the
# conflict screen field by field (theirs / mine / base, a long Note
# wrapped so its end is readable).  "Keep mine" writes only the field I
# changed and keeps theirs in the others; "take theirs" keeps nothing of
# mine.  Esc with unsaved edits asks, going back by default.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/faults/faults_lib.sh"
faults_setup 2
read -r ID CASENO < <(faults_cases 1)
OLDADDR=$(psql_su -c "SELECT coalesce(address, '') FROM casedesk.case_file WHERE id = $ID")

session a st1; open_case "$CASENO"; ok $? "st1 opens $CASENO"
focus_field 3                                   # Note
session b st2; open_case "$CASENO"; ok $? "st2 opens $CASENO"
focus_field 2                                   # Address
tmux_send C-u; tmux_type "乙改的新地址一号"; tmux_send C-s
wait_for "Saved." 5; ok $? "st2 saves a new address"

on a
wait_for "乙改的新地址一号" 5; ok $? "st1's untouched form follows st2's save"
tmux_send End; tmux_type " 甲键入"
tmux_settle
like "$(tmux_screen | grep -E '^ *Note')" "甲键入" "the reload left st1's focus on Note: the typing went there"
is "$(psql_su -c "SELECT count(*) FROM casedesk.case_file WHERE id = $ID AND party_name LIKE '%甲键入%'")" 0 "nothing went into the party's name"

# An edit in progress: st2 saves again, st1's typing and base stay.
LONG="甲写的很长的备注：$(printf '第%d段说明文字，' 1 2 3 4 5 6 7 8 9 10 11 12)结尾标记"
tmux_send C-u; tmux_type "$LONG"
on b; tmux_send C-u; tmux_type "乙改的新地址二号"; tmux_send C-s; wait_for "Saved." 5
on a
wait_for "Someone changed this case meanwhile" 5; ok $? "st1 is told the case changed, and keeps typing"
like "$(tmux_screen | grep -E 'Address')" "乙改的新地址一号" "the reload did not replace the fields of an edit in progress"
tmux_send C-s
wait_for "Changed meanwhile by" 5; ok $? "the save shows the conflict screen, not an overwrite"
scr=$(tmux_screen)
like "$scr" "Theirs \(saved\): 乙改的新地址二号" "theirs shown for the address"
like "$scr" "Base \(when I started\): 乙改的新地址一号" "the base shown for the address"
like "$scr" "not changed by me" "the address is marked as not changed by me"
like "$(tmux_screen | tr -d '\n ')" "结尾标记" "the end of my long Note is readable at 80 columns (wrapped)"
tmux_send M; wait_for "Saved." 5; ok $? "M saves"
is "$(psql_su -c "SELECT address FROM casedesk.case_file WHERE id = $ID")" "乙改的新地址二号" "keep mine kept theirs in the field I did not change"
like "$(psql_su -c "SELECT note FROM casedesk.case_file WHERE id = $ID")" "结尾标记" "keep mine wrote my Note"

# take theirs
tmux_send C-u; tmux_type "甲的第三稿"
on b; wait_for "Note:  甲写的很长的备注" 5; ok $? "st2's untouched form follows st1's save"
tmux_send Tab; tmux_send C-u; tmux_type "乙的备注"; tmux_send C-s; wait_for "Saved." 5
on a; wait_for "Someone changed this case meanwhile" 5
tmux_send C-s; wait_for "Changed meanwhile by" 5; ok $? "second conflict"
tmux_send T; wait_for "Their version is shown" 5; ok $? "T takes theirs"
like "$(tmux_screen | grep -E '^ *Note')" "乙的备注" "the form shows their Note"
is "$(psql_su -c "SELECT note FROM casedesk.case_file WHERE id = $ID")" "乙的备注" "nothing of mine was written"

# Esc with an edit asks; the default goes back to the edit.
tmux_send End; tmux_type "丙"; tmux_send Escape
wait_for "You have unsaved edits" 5; ok $? "Esc with an unsaved edit asks"
tmux_send Enter; wait_gone "You have unsaved edits"
like "$(tmux_screen | grep -E '^ *Note')" "乙的备注丙" "Enter (the default) goes back to the edit, nothing lost"
done_testing
