#!/bin/bash
# tests/e2e/terminals.sh — the terminals district staff use: boxes and rules
# of the main screens, a menu, a prompt and a confirmation are drawn with
# Unicode box-drawing characters in UTF-8 (ASCII with "ascii = on"), never
# with the alternate character set, whose letters ("qqqq", "lqk", "x") show
# wherever a terminal ignores it in UTF-8 mode (PuTTY, the Linux console,
# tmux or screen under a foreign TERM).  Checked twice: on the screen tmux
# shows, and in the bytes casedesk writes (no SO, no ESC ( 0: no switch to
# the line-drawing set at all).
. "$top_srcdir/tests/lib/tap.sh"
. "$top_srcdir/tests/lib/pg.sh"
. "$top_srcdir/tests/lib/tmux.sh"

command -v tmux >/dev/null || { echo "1..0 # SKIP tmux not installed"; exit 0; }
WORK=$(mktemp -d "${TMPDIR:-/tmp}/terminals.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
pg_start
pg_init 0.02
admin user add sup1 --name 督查员甲 --unit dcs --role supervisor >/dev/null || { echo "Bail out! user add sup1"; exit 99; }
printf 'ascii = on\n' >"$WORK/ascii.conf"
unset LANGUAGE

# The letters the alternate character set draws lines with, as they show
# when a terminal ignores it: a run of q (─), corners l k m j (┌ ┐ └ ┘), and
# x (│) at both ends of a box line.
ACS_RE='qqqq|(^| )[lm]q|q[kj]( |$)|^ *x .* x *$'

# visit TERM CONFIG: start casedesk as sup1, record its output bytes, and
# leave every screen it showed in $WORK/screens (one capture after another).
visit() {
    local term=$1 conf=$2 k
    : >"$WORK/screens"; : >"$WORK/bytes"
    tmux_start -x 100 -y 30 -e TERM="$term" -e CASEDESK_CONFIG="$conf" \
        -e PGHOST="$PGHOST" -e PGPORT="$PGPORT" -e PGDATABASE=casedesk -e PGUSER=sup1 -- "$top_builddir/casedesk"
    wait_for "unread" 10 || return 1
    tmux_cmd pipe-pane -t "$TMUX_TARGET" -o "cat >>'$WORK/bytes'"
    tmux_send C-l; tmux_settle
    # Every main screen (1-9 and 0; 4, discipline, is absent for a supervisor), each drawn in full.
    for k in 1 2 3 4 5 6 7 8 9 0; do
        tmux_send "$k"; tmux_settle; tmux_send C-l; tmux_settle
        tmux_screen >>"$WORK/screens"
    done
    tmux_send 7; tmux_settle                                           # cases
    tmux_send f; wait_for "Show cases" 5 || return 1                    # a menu
    tmux_screen >>"$WORK/screens"; tmux_screen >"$WORK/menu"
    tmux_send Escape; wait_gone "Show cases" 5
    tmux_send :; wait_for "Jump to" 5 || return 1                       # a prompt
    tmux_screen >>"$WORK/screens"; tmux_screen >"$WORK/prompt"
    tmux_send Escape; wait_gone "Jump to" 5
    tmux_send 1; tmux_settle; tmux_screen >"$WORK/home"
    tmux_send Q; wait_for "Quit casedesk?" 5 || return 1                # a confirmation
    tmux_screen >>"$WORK/screens"
    tmux_send y; tmux_wait_exit 5 || return 1
    tmux_cmd pipe-pane -t "$TMUX_TARGET" 2>/dev/null || true
}

# The same screen checks for every terminal type; $2 names the line style.
check() {
    local term=$1 style=$2 n
    n=$(grep -cE -- "$ACS_RE" "$WORK/screens")
    is "$n" 0 "$term: no line of any screen, menu, prompt or confirmation shows ACS letters"
    [ "$n" = 0 ] || grep -nE -- "$ACS_RE" "$WORK/screens" | head -n 5 | sed 's/^/#   /'
    n=$(LC_ALL=C grep -c $'\x0e' "$WORK/bytes"; LC_ALL=C grep -cF $'\e(0' "$WORK/bytes")
    is "$(echo $n)" "0 0" "$term: casedesk never switches to the line-drawing set (SO, ESC ( 0)"
    ok $([ -s "$WORK/bytes" ]; echo $?) "$term: the output was recorded ($(wc -c <"$WORK/bytes") bytes)"
    if [ "$style" = unicode ]; then
        like "$(cat "$WORK/home")" "^  ─{40,}" "$term: the home screen's rule is drawn with ─"
        like "$(cat "$WORK/menu")" "┌─ Show cases ─+┐" "$term: the menu's top border is ┌─…┐"
        like "$(cat "$WORK/menu")" "│ +1 All cases.*│" "$term: the menu's sides are │"
        like "$(cat "$WORK/menu")" "└─{10,}( [0-9]+ / [0-9]+ ─)?┘" "$term: the menu's bottom border is └─…┘ (a long menu shows its count in it)"
        like "$(cat "$WORK/prompt")" "┌─ Jump to .*─┐" "$term: the prompt's border is ┌─…┐"
    else
        like "$(cat "$WORK/home")" "^  -{40,}" "$term: the home screen's rule is drawn with -"
        like "$(cat "$WORK/menu")" "\+- Show cases -+\+" "$term: the menu's top border is +-…+"
        like "$(cat "$WORK/menu")" "\| +1 All cases.*\|" "$term: the menu's sides are |"
        like "$(cat "$WORK/prompt")" "\+- Jump to .*-\+" "$term: the prompt's border is +-…+"
        n=$(grep -c '[─│┌┐└┘├┤┬┴┼]' "$WORK/screens")
        is "$n" 0 "$term: no box-drawing character on any screen (header separators included)"
    fi
}

for term in xterm-256color screen-256color tmux-256color linux putty vt100; do
    if ! infocmp "$term" >/dev/null 2>&1; then
        echo "not ok - $term: no terminfo entry (ncurses-term is in scripts/deps.sh)"; TAP_N=$((TAP_N + 1)); TAP_FAILED=$((TAP_FAILED + 1))
        continue
    fi
    visit "$term" /nonexistent; ok $? "$term: every main screen, a menu, a prompt and a confirmation shown"
    check "$term" unicode
done
visit xterm-256color "$WORK/ascii.conf"; ok $? "ascii = on: the same screens shown"
check "xterm-256color, ascii = on" ascii
done_testing
