#!/bin/bash
# tests/faults/term_invisible.sh — invisible format characters (U+200B zero
# width space, U+202E right-to-left override, U+2066 left-to-right isolate,
# U+FEFF, general category Cf) are refused in names and numbers, naming the
# character; in free text they are allowed and shown (as U+FFFD), not
# hidden.  The old code took them into names and numbers unseen.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/faults/term_lib.sh"
term_setup
CASENO=$(term_case_no)
field() { psql_su -c "SELECT coalesce($1, '') FROM casedesk.case_file WHERE case_no = '$CASENO'"; }
name0=$(field party_name); phone0=$(field party_phone)
ZWSP=$(printf '\u200b'); RLO=$(printf '\u202e'); LRI=$(printf '\u2066'); BOM=$(printf '\ufeff')

session s stf1 80 24
wait_for "Welcome" 10; ok $? "casedesk starts"
term_open_case s "$CASENO"; ok $? "the case form is open"

# a name with a zero-width space
term_field 0; tmux_send End; tmux_type "${ZWSP}"; tmux_send C-s
wait_for "invisible character (U+200B)" 5; ok $? "a zero-width space in the name is refused, naming U+200B"
is "$(field party_name)" "$name0" "the name in the database is unchanged"
tmux_send BSpace
# a phone number with a bidi override, and one with a BOM
term_field 1; tmux_send End; tmux_type "${RLO}"; tmux_send C-s
wait_for "invisible character (U+202E)" 5; ok $? "a right-to-left override in the phone is refused, naming U+202E"
tmux_send BSpace; tmux_send Home; tmux_type "${BOM}"; tmux_send C-s
wait_for "invisible character (U+FEFF)" 5; ok $? "a BOM in the phone is refused, naming U+FEFF"
tmux_send Home; tmux_send Delete
is "$(field party_phone)" "$phone0" "the phone in the database is unchanged"
# free text: allowed, and visible
term_field 3; tmux_type "见${LRI}附件"
tmux_settle
like "$(tmux_screen | grep 'Note')" "见�附件" "in free text the isolate is shown (as U+FFFD), not hidden"
tmux_send C-s; wait_for "Saved." 10; ok $? "free text with it saves"
is "$(field note)" "见${LRI}附件" "and keeps the character as typed"
is "$(field party_name)" "$name0" "the name was saved without the invisible character"
tmux_send F10; tmux_settle
done_testing
