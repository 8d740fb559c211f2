#!/bin/bash
# casedesk starts as the connected official, in either language, with Chinese
# data aligned at 80x24 and 132x43 — and every way of failing to start gives
# one sentence, a non-zero exit and a clean terminal.
. "$top_srcdir/tests/lib/tap.sh"
. "$top_srcdir/tests/lib/pg.sh"
. "$top_srcdir/tests/lib/tmux.sh"
pg_cluster 0.02
admin user add zhou_min --name 周敏 --unit xcb --role staff >/dev/null
cd_bin=$top_builddir/casedesk
conn=(-e "PGHOST=$PGHOST" -e "PGDATABASE=casedesk" -e "PGPORT=$PGPORT")

# --- starting well ---------------------------------------------------------
tmux_start -x 80 -y 24 "${conn[@]}" -e PGUSER=zhou_min -- "$cd_bin"
wait_for "周敏" 10; ok $? "casedesk opens as the connected official"
head=$(tmux_screen | head -n 1)
like "$head" "周敏 \(zhou_min\)" "the header names the official and the login"
like "$head" "新城街道办" "the header names the unit"
like "$head" "[0-2][0-9]:[0-5][0-9]" "the header shows the clock"
w=$(tmux_screen | head -n 1 | sed 's/ *$//' | text_width)
ok $([ "$w" -le 80 ]; echo $?) "the header fits 80 columns by display width ($w)"
tmux_send Q; wait_for "Quit" 3 && tmux_send y
tmux_wait_exit 5; ok $? "Q then y quits"
is "$(tmux_status)" "0" "a normal quit exits 0"

tmux_start -x 132 -y 43 "${conn[@]}" -e PGUSER=zhou_min -- "$cd_bin" --lang zh
wait_for "周敏" 10; ok $? "--lang zh starts at 132x43"
like "$(tmux_screen | head -n 1)" "未读" "--lang zh gives a Chinese header"
tmux_send '?'; wait_for "帮助" 3; ok $? "the help screen is in Chinese too"
kill -TERM "$(tmux_pid)"; tmux_wait_exit 5; ok $? "SIGTERM ends casedesk"

tmux_start -x 80 -y 24 "${conn[@]}" -e PGUSER=zhou_min -e LANG=zh_CN.UTF-8 -e LC_ALL= -e LANGUAGE= -- "$cd_bin"
wait_for "周敏" 10; ok $? "LANG=zh_CN.UTF-8 starts (installed locale or the C.UTF-8 fallback)"
like "$(tmux_screen | head -n 1)" "未读" "and the interface is Chinese"
tmux_send Q; tmux_send y; tmux_wait_exit 5

tmux_start -x 80 -y 24 "${conn[@]}" -e PGUSER=zhou_min -- env -u LANG -u LC_ALL -u LANGUAGE "$cd_bin"
wait_for "周敏" 10; ok $? "with no LANG at all Chinese names still show (UTF-8 fallback)"
tmux_send Q; tmux_send y; tmux_wait_exit 5

# --- failing to start: one sentence, non-zero exit -----------------------------
# start_fails DESCRIPTION REGEX [tmux_start args...]
start_fails() {
    local desc=$1 re=$2; shift 2
    tmux_start -x 80 -y 24 "$@"
    tmux_wait_exit 10; ok $? "$desc: casedesk exits"
    ok $([ "$(tmux_status)" != 0 ]; echo $?) "$desc: with a non-zero status ($(tmux_status))"
    # -J joins the lines the terminal wrapped.
    like "$(tmux_cmd capture-pane -p -J -S - -t "$TMUX_TARGET")" "$re" "$desc: says what is wrong"
    local lines; lines=$(tmux_cmd capture-pane -p -J -S - -t "$TMUX_TARGET" | grep -c 'casedesk: ')
    is "$lines" "1" "$desc: in one message"
}
start_fails "unknown database" "does not exist" \
    -e "PGHOST=$PGHOST" -e PGDATABASE=nosuchdb -e PGUSER=zhou_min -- "$cd_bin"
start_fails "unreachable server" "Cannot reach the database server" \
    -e PGHOST=/nonexistent -e PGDATABASE=casedesk -e PGUSER=zhou_min -- "$cd_bin"
# libpq's two lines ("... failed: No such file or directory" and "Is the server
# running ...?") read as two sentences, not run together.
unreach=$(tmux_cmd capture-pane -p -J -S - -t "$TMUX_TARGET")
like "$unreach" "No such file or directory\. Is the server running locally and accepting connections on that socket\?\)" \
    "unreachable server: libpq's lines are joined as sentences"
ok $(printf "%s" "$unreach" | grep -q "socket \"/nonexistent"; [ $? -ne 0 ]; echo $?) "unreachable server: without libpq's socket preamble"
start_fails "wrong role" "does not know your login role" \
    "${conn[@]}" -e PGUSER=nobody_here -- "$cd_bin"
psql_su -c "create role plain_login login" >/dev/null
start_fails "a role that is not a casedesk user" "not an active casedesk user" \
    "${conn[@]}" -e PGUSER=plain_login -- "$cd_bin"
"$PG_BIN/createdb" -U "$PG_OWNER" emptydb
psql_su -d emptydb -c "grant connect on database emptydb to public" >/dev/null
start_fails "schema not initialised" "casedesk-admin init" \
    -e "PGHOST=$PGHOST" -e PGDATABASE=emptydb -e PGUSER=zhou_min -- "$cd_bin"
cfg=$PG_TMP/bad.conf
printf 'theme = mono\ncolour = red\n' >"$cfg"
start_fails "unknown configuration key" "bad.conf:2: .*colour" \
    "${conn[@]}" -e PGUSER=zhou_min -- "$cd_bin" --config "$cfg"
printf 'theme = purple\n' >"$cfg"
start_fails "bad configuration value" "bad.conf:1: .*purple" \
    "${conn[@]}" -e PGUSER=zhou_min -- "$cd_bin" --config "$cfg"
start_fails "non-UTF-8 terminal" "needs UTF-8|需要 UTF-8" \
    "${conn[@]}" -e PGUSER=zhou_min -e LC_ALL=zh_CN.GB18030 -- "$cd_bin"
admin user disable zhou_min >/dev/null
start_fails "disabled user" "." "${conn[@]}" -e PGUSER=zhou_min -- "$cd_bin"

out=$("$cd_bin" --version); like "$out" "^casedesk [0-9]" "--version prints the version"
out=$("$cd_bin" --help); like "$out" "--dbname" "--help lists the options"
"$cd_bin" --frobnicate >/dev/null 2>&1; is "$?" "2" "an unknown option exits 2"
done_testing
