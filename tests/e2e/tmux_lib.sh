#!/bin/bash
# The terminal helpers themselves: refute_screen waits for the screen to
# settle and fails when the text shows at any moment of that wait, or when
# the screen never settles; text_width counts display columns.
. "$top_srcdir/tests/lib/tap.sh"
. "$top_srcdir/tests/lib/tmux.sh"
command -v tmux >/dev/null || { echo "1..0 # SKIP tmux not installed"; exit 0; }
slow=${CASEDESK_TEST_SLOWDOWN:-1}

# refute_screen prints its own TAP line; run it in a subshell so only its
# verdict is counted here.
verdict() { local out; out=$(refute_screen "$@"); case $out in "ok "*) echo ok ;; "not ok "*) echo "not ok" ;; *) echo "?" ;; esac; }

tmux_start -- sh -c 'echo quiet screen; exec sleep 600'
wait_for "quiet screen" 5
is "$(verdict -F "LATE" "x")" "ok" "a still screen without the text passes"
is "$(verdict -F "quiet screen" "x")" "not ok" "text already shown fails"

# Shown only after a while, halfway through the quiet interval (0.3 s +
# 0.05 s x slowdown) that refute_screen waits for: a single late look would
# pass.
tmux_start -- sh -c "sleep $(awk "BEGIN{print (0.3 + 0.05 * $slow) / 2}"); echo LATE; exec sleep 600"
is "$(verdict -F "LATE" "x")" "not ok" "text that appears during the settle wait fails"

# Shown for a moment, then cleared: caught by the samples, not only the last.
tmux_start -- sh -c "sleep 0.1; echo FLASH; sleep 0.3; clear; exec sleep 600"
is "$(verdict -F "FLASH" "x")" "not ok" "text shown and cleared during the wait fails"

# A screen that never stops changing cannot prove absence.
tmux_start -- sh -c 'i=0; while :; do i=$((i+1)); printf "\r%s" "$i"; sleep 0.05; done'
wait_match '[0-9]' 5
is "$(verdict -t 1 -F "LATE" "x")" "not ok" "a screen still changing after the bound (-t 1) fails"

# Rows: -r looks only where it is told.
tmux_start -- sh -c 'echo first; echo second; exec sleep 600'
wait_for "second" 5
is "$(verdict -r 1 -F "second" "x")" "ok" "-r 1 ignores text on row 2"
is "$(verdict -r 2 -F "second" "x")" "not ok" "-r 2 sees it"
is "$(verdict -i "SECOND" "x")" "not ok" "-i ignores case"
tmux_stop

is "$(printf 'abc\n汉滨区x\n\ne\xcc\x81\n' | text_width | tr '\n' ' ')" "3 7 0 1 " \
    "text_width: ASCII 1, CJK 2, combining marks 0 columns"
done_testing
