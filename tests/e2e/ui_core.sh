#!/bin/bash
# tests/e2e/ui_core.sh — the UI core in a real terminal (tmux): header, main
# screen switching and role predicate, help generated from the key tables,
# list paging past the loaded window, form editing with CJK text and
# validators, modal prompt/menu/confirm, resize and "terminal too small",
# timers, idle CPU, ^C, SIGHUP/SIGTERM saving drafts, config errors.
# Uses tests/unit/ui_demo (the core with demo screens and no database).
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
: "${top_builddir:=$PWD}"
. "$top_srcdir/tests/lib/tap.sh"
. "$top_srcdir/tests/lib/tmux.sh"

command -v tmux >/dev/null || { echo "1..0 # SKIP tmux not installed"; exit 0; }
DEMO="$top_builddir/tests/unit/ui_demo"
[ -x "$DEMO" ] || { echo "Bail out! $DEMO not built"; exit 99; }
WORK=$(mktemp -d "${TMPDIR:-/tmp}/ui-core.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
export CASEDESK_CONFIG="$WORK/none.conf"   # no /etc or ~ config in tests

unset LANGUAGE
restart() { tmux_start "$@" -- "$DEMO"; }
row() { tmux_screen | sed -n "${1}p"; }

# --- start-up, header, main screens -------------------------------------
restart
wait_for "Welcome" 5; ok $? "demo starts and shows the home screen"
like "$(row 1)" "张三 \(demo_staff\) │ 新城街道办 │ .* [0-2][0-9]:[0-5][0-9] *$" \
    "header: name, login, unit, clock HH:MM at the right edge"
like "$(row 1)" "unread 3|未读 3" "header: unread count"
like "$(row 2)" "1 [^ ]+ +2 案件 +3 +4 计时" "title line names every main screen, numbered by its place"
colour=$(tmux_cmd capture-pane -e -p -t t | sed -n 2p)
like "$colour" "2m ?3 " "a main screen the role does not have keeps its number, drawn dim"
refute_screen -r 2 -F "纪检" "and without its name (staff learn nothing of it)"
tmux_send 3; wait_for "not available to your role" 5; ok $? "its key says it is not for this role"
refute_screen -r 3,22 -F "纪检" "staff never see the screen's body"
tmux_send 4; wait_for "ticks=5" 5; ok $? "key 4 still opens the fourth screen; its timer fired five times (ui_timer)"
tmux_send 2; wait_for "1 / 1000"; ok $? "key 2 opens the list; subtitle shows position"
like "$(row 4)" "^ +1 新城街道办 +张三 *$" "list row: right-aligned number, CJK cells"
like "$(row 8)" "^ +5 张滩镇 +欧阳建国-城乡结合部(违法建设当事人及其家属共七人 *|.*… ?)$" \
    "long CJK cell whole when the other columns leave room (widths by content), else cut with an ellipsis"
like "$(row 24)" "Enter open +/ search +t actions" "hint bar generated from the screen's commands"

# --- the navigation model: Esc/q back, never quit; Q asks, No default ------
tmux_send 1; wait_for "Welcome"
tmux_send Escape; tmux_send Escape; tmux_send :; tmux_type 1234; tmux_send Enter
wait_for "jump: 1234" 5; ok $? "home: Esc Esc : 1234 Enter jumps (Esc never quits)"
refute_screen -F "Quit casedesk" "home: Esc asked nothing"
tmux_send q; wait_for "This is the home screen" 5; ok $? "home: q says where you are and how to quit"
ok $(kill -0 "$(tmux_pid)" 2>/dev/null; echo $?) "still running after Esc, Esc, q"
tmux_send Q; wait_for "Quit casedesk?"; ok $? "Q asks before quitting"
like "$(tmux_screen)" "\[y/N\]" "the safe answer (No) is the default"
tmux_send Enter; wait_gone "Quit casedesk?"; ok $? "Enter answers No"
ok $(kill -0 "$(tmux_pid)" 2>/dev/null; echo $?) "Q Enter did not quit"
tmux_send Q; wait_for "Quit casedesk?"; tmux_send :; wait_for "Jump"; ok $? "a key that is no answer closes the question as No and does its own work"
tmux_send Escape; wait_gone "Jump"
tmux_send F10; wait_for "Quit casedesk?"; ok $? "F10 asks too"; tmux_send n; wait_gone "Quit casedesk?"
tmux_send 2; wait_for "/ 1000"
tmux_send '?'; wait_for "Main screens"; like "$(tmux_screen)" "Esc/q +back" "lists: Esc (then q) goes back, named as in forms"
tmux_send Escape; wait_for "/ 1000"

# --- paging past the loaded window (keyset style) -----------------------
tmux_send G; wait_for "1000 / 1000"; ok $? "G loads the last page (LIST_NEED_LAST)"
tmux_send g; wait_for " 1 / 1000"; ok $? "g goes back to the first page"
for i in $(seq 1 45); do tmux_send j; done
wait_for "46 / 1000"; ok $? "45 x down crosses the 40-row window (LIST_NEED_NEXT)"
tmux_send NPage; wait_for "64 / 1000"; ok $? "page down moves by a screenful less one row"

# --- help generated from the key tables ----------------------------------
tmux_send '?'; wait_for "Main screens"; ok $? "? opens help"
like "$(tmux_screen)" "/ +search" "help lists this screen's keys"
like "$(tmux_screen)" "2/F2 +案件" "help lists main screens with their keys"
refute_screen -r 3,22 -F "纪检" "help leaves out screens the role cannot see"
tmux_send q; wait_for "64 / 1000"; ok $? "q closes help and returns to the list"

# --- prompt, menu --------------------------------------------------------
tmux_send /; wait_for "Search"; tmux_type "街道"; tmux_send Enter
wait_gone "Search"; ok $? "search prompt accepts CJK text and closes"
colour=$(tmux_cmd capture-pane -e -p -t t)
like "$colour" "42m街道" "search hits drawn in the match colour (match callback)"
tmux_send t; wait_for "责令停工"; ok $? "t opens a menu"
tmux_send Down; tmux_send Enter; wait_for "chose 责令停工"; ok $? "menu: Down + Enter picks the 2nd item"
tmux_send :; wait_for "Jump"; tmux_type "HB-2024"; tmux_send Escape
wait_gone "Jump"; ok $? "jump prompt (command hook) cancelled with Esc"

# --- form ----------------------------------------------------------------
tmux_send e; wait_for "身份证号"; ok $? "e opens the form"
tmux_send C-u; tmux_type "欧阳修"; tmux_send Tab; tmux_type "12345"; tmux_send Tab
wait_for "身份证号应为18位"; ok $? "validator runs when leaving the field"
like "$(tmux_screen | grep -E '身份证号(：|: )')" "12345" "focus stays on the invalid field"
tmux_send C-u; tmux_type "11010519491231002X"; tmux_send Tab; tmux_send Right; tmux_send Tab
wait_for "违法建设"; ok $? "Right cycles the choice field"
long=$(printf '很长的备注%.0s' $(seq 1 60))
tmux_type "$long"
wait_match "full|满" 3; ok $? "a paste longer than the field limit reports the field is full"
cx=$(tmux_cmd display -p -t t '#{cursor_x}')
ok $([ "$cx" -gt 10 ] && [ "$cx" -lt 80 ]; echo $?) "cursor stays visible in a scrolled field (x=$cx)"
tmux_send Escape; wait_for "Discard"; ok $? "Esc with changes asks before discarding"
tmux_send n; wait_gone "Discard"
like "$(tmux_screen)" "身份证号" "answering no keeps the form"
tmux_send C-s; wait_for "saved: 欧阳修 / 11010519491231002X / 违法建设"; ok $? "^S saves (validators pass)"
tmux_send e; wait_for "身份证号"; tmux_send C-e; tmux_type 'q1!:?'; tmux_send Tab
wait_for "q1!:?" 5; ok $? "in a form q, digits, !, : and ? are text"
like "$(row 2)" "编辑" "and q did not leave the form"
like "$(row 24)" "Ctrl-S save" "the bar names Ctrl-S for save"
tmux_send Escape; wait_for "Discard"; tmux_send y; wait_gone "身份证号"; ok $? "Esc then y leaves the form"

# --- resize and too small --------------------------------------------------
tmux_resize 60 20; wait_for "need 80x24, have 60x20"; ok $? "too small: centred message with sizes"
tmux_resize 40 10; wait_for "have 40x10"; ok $? "smaller still: message updates, no crash"
tmux_resize 120 40; wait_for "/ 1000"; ok $? "back to a big terminal: list shown again"
like "$(row 1)" "^.{100,}[0-2][0-9]:[0-5][0-9] *$" "header spans the wider terminal"
tmux_resize 80 24; wait_for "/ 1000"

# --- idle CPU, ^C, quit ----------------------------------------------------
pid=$(tmux_pid)
t0=$(awk '{print $14+$15}' /proc/$pid/stat); sleep 1; t1=$(awk '{print $14+$15}' /proc/$pid/stat)
ok $([ $((t1 - t0)) -le 2 ]; echo $?) "idle uses no CPU ($((t1 - t0)) ticks in 1 s)"
tmux_send C-c; wait_for "Quit casedesk?"; ok $? "^C on a list asks to quit"
tmux_send n; wait_gone "Quit casedesk?"; ok $? "answering n keeps running"
tmux_send Q; wait_for "Quit casedesk?"; tmux_send y
tmux_wait_exit 5; ok $? "Q + y quits"
is "$(tmux_status)" 0 "normal quit exits with 0"

# --- SIGHUP / SIGTERM save drafts --------------------------------------------
restart -e DEMO_DRAFT="$WORK/draft"
wait_for "Welcome"; tmux_send 2; wait_for "/ 1000"; tmux_send e; wait_for "身份证号"
tmux_send C-u; tmux_type "草稿人"
tmux_send C-c
refute_screen -F "Quit casedesk" "^C while typing does not ask to quit"
pid=$(tmux_pid); kill -HUP "$pid"; tmux_wait_exit 5; r=$?
[ $r = 0 ] || { diag "pid $pid: $(ps -o stat=,wchan=,cmd= -p "$pid")"; ps -o pid,ppid,stat,wchan:30,cmd -C tmux | sed 's/^/# /'; tmux_wait_exit 20; diag "later: $? $(tmux_status) $(ps -o stat= -p $pid)"; }
ok $r "SIGHUP ends the program"
is "$(tmux_status)" 129 "exit status 129 after SIGHUP"
is "$(cat "$WORK/draft" 2>/dev/null)" "draft 草稿人|" "save_draft ran and kept the typed text"
restart -e DEMO_DRAFT="$WORK/draft2"
wait_for "Welcome"; tmux_send 2; wait_for "/ 1000"; tmux_send e; wait_for "身份证号"
pid=$(tmux_pid); kill -TERM "$pid"; tmux_wait_exit 5 ||
    { diag "pid $pid: $(ps -o stat=,wchan=,cmd= -p "$pid")"; tmux_screen | sed 's/^/#   |/'; }
is "$(tmux_status)" 143 "SIGTERM: exit 143"
ok $([ -s "$WORK/draft2" ]; echo $?) "SIGTERM also saves drafts"

# --- the terminal goes away: no spinning --------------------------------------
restart
wait_for "Welcome"; pid=$(tmux_pid)
tmux_stop
for i in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
ok $(! kill -0 "$pid" 2>/dev/null; echo $?) "terminal closed: the program exits"

# --- ^Z under a job-control shell, then fg --------------------------------------
tmux_start -e CASEDESK_CONFIG="$WORK/none.conf" -e PS1='$ ' -- bash --norc --noprofile -i
wait_match '^\$' 5; tmux_type "$DEMO"; tmux_send Enter
wait_for "Welcome"; tmux_send 2; wait_for "/ 1000"
tmux_send C-z; wait_for "Stopped" 5; ok $? "^Z suspends and gives the shell the terminal back"
tmux_type "fg"; tmux_send Enter; wait_for "1 / 1000"; ok $? "fg restores the screen"
tmux_send j; wait_for "2 / 1000"; ok $? "keys work again after resuming"

# --- roles, monochrome, ASCII, config errors ------------------------------------
restart -e DEMO_ROLE=inspector
wait_for "Welcome"; like "$(row 2)" "3 纪检 +4 计时" "inspector sees the extra main screen, same numbers"
colour=$(tmux_cmd capture-pane -e -p -t t | sed -n 2p)
ok $(! printf '%s' "$colour" | grep -qE "2m ?3 "; echo $?) "for the inspector it is not dim"
restart -e TERM=vt100
wait_for "Welcome"; ok $? "TERM=vt100 (no colour) runs"
printf 'ascii = on\ntheme = mono\n' >"$WORK/ascii.conf"
restart -e CASEDESK_CONFIG="$WORK/ascii.conf" -e NO_COLOR=1
wait_for "Welcome"; like "$(row 1)" "张三 \(demo_staff\) \| 新城街道办" "ascii = on: plain | separators"
tmux_send 2; wait_for "/ 1000"; tmux_send /; wait_for "Search"; tmux_type "街道"; tmux_send Enter; wait_gone "Search"
mono=$(tmux_cmd capture-pane -e -p -t t)
like "$mono" "1;4m街道" "monochrome: search hits bold + underlined"
like "$mono" "7m.{0,16} +1 新城" "monochrome: selected row in reverse video"
refute_screen -e $'\e\\[([0-9;]*;)?(3[0-7]|4[0-7])m' "monochrome: no colour escape sequences"
printf 'bind list x search\nbind global F12 quit\n' >"$WORK/bind.conf"
restart -e CASEDESK_CONFIG="$WORK/bind.conf"
wait_for "Welcome"; tmux_send 2; wait_for "/ 1000"
tmux_send x; wait_for "Search"; ok $? "bind list x search: x opens the search prompt"
tmux_send Escape; wait_gone "Search"; tmux_send '?'; wait_for "Main screens"
like "$(tmux_screen)" "/x +search +search" "help shows the user's binding and the command name"
tmux_send F12; wait_for "Quit casedesk?"; ok $? "bind global F12 quit"
printf 'theme = mono\nfrobnicate = yes\n' >"$WORK/bad.conf"
out=$(CASEDESK_CONFIG="$WORK/bad.conf" "$DEMO" 2>&1 </dev/null); rc=$?
is "$rc" 2 "bad configuration: non-zero exit"
like "$out" "bad.conf:2: unknown key \"frobnicate\"" "bad configuration: file:line and the key"
out=$("$DEMO" 2>&1 </dev/null >/dev/null); rc=$?
ok $([ $rc -ne 0 ]; echo $?) "not a terminal: refuses to start"
tmux_stop
done_testing
