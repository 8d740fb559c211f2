#!/bin/bash
# tests/faults/term_input.sh — what arrives from the terminal: a byte that
# is not UTF-8 is refused by name and the valid text around it (in the same
# read) is kept; a multi-line bracketed paste is one edit of one field (line
# breaks become spaces, with a message), never field navigation.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/faults/term_lib.sh"
term_setup
CASENO=$(term_case_no)
field() { psql_su -c "SELECT coalesce($1, '') FROM casedesk.case_file WHERE case_no = '$CASENO'"; }
note0=$(field note); phone0=$(field party_phone); addr0=$(field address)

session s stf1 80 24
wait_for "Welcome" 10; ok $? "casedesk starts"
term_open_case s "$CASENO"; ok $? "the case form is open"

# --- invalid UTF-8: 前 0xFF 后 in one write ------------------------------------
term_field 2
tmux_send -H e5 89 8d ff e5 90 8e
wait_for "Refused the byte 0xFF" 5; ok $? "the byte 0xFF is refused, by name"
like "$(tmux_screen | grep 'Address')" "前后" "the valid text before and after it is kept"
tmux_send -H c3 28 41          # a cut-short sequence, then ( and A
wait_for "Refused the byte 0xC3" 5; ok $? "a cut-short sequence is refused by its first byte"
like "$(tmux_screen | grep 'Address')" "前后\(A" "...and the bytes after it are kept"
tmux_send C-s; wait_for "Saved." 10
is "$(field address)" "${addr0}前后(A" "what was saved is exactly the valid text"

# --- a multi-line paste ----------------------------------------------------------
term_field_at 2 "Address: "
tmux_cmd set-buffer -b p "$(printf '甲一\n乙二\r\n丙三')"
tmux_cmd paste-buffer -p -b p -t "$TMUX_TARGET"
wait_for "Pasted as one line" 5; ok $? "a multi-line paste says the line breaks became spaces"
like "$(tmux_screen | grep 'Address')" "甲一 乙二 丙三" "the three lines are in the one field"
like "$(tmux_screen)" "Ctrl-S save" "the form is still open (no line was taken for Enter)"
tmux_send C-s; wait_for "Saved." 10; ok $? "saved"
is "$(field address)" "${addr0}前后(A甲一 乙二 丙三" "the address holds the whole paste"
is "$(field note)" "$note0" "the note is untouched (line 2 did not go there)"
is "$(field party_phone)" "$phone0" "the phone is untouched"
# a 120-line paste: still one field
term_field_at 3 "Note: "
tmux_cmd set-buffer -b q "$(seq 1 120)"
tmux_cmd paste-buffer -p -b q -t "$TMUX_TARGET"
wait_for "Pasted as one line" 5; ok $? "a 120-line paste is one edit too"
tmux_send C-s; wait_for "Saved." 10
is "$(field note)" "$(seq 1 120 | tr "\n" " " | sed "s/ $//")" "it went into the note, lines as spaces"
is "$(field address)" "${addr0}前后(A甲一 乙二 丙三" "the other fields did not change"
tmux_send F10; tmux_settle
done_testing
