#!/bin/bash
# Every main screen of every role, and the help, in Chinese at 80x24: no
# English word anywhere on the screen.  Allowed: tokens that are not words of
# a language — case and task numbers (ZS-/LW-/DB-), key caps (Esc, Tab, F1–F12,
# Ctrl, ^X), file formats (CSV, PDF), the program's name, login names and
# unit codes (lower-case identifiers with _ or digits).
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/lib/sessions.sh"

pg_cluster 0.02
fixture_admin_users <<'USERS'
zw_sup 督查员甲 dcs supervisor
zw_stf 巡查员乙 wlz staff
zw_insp 纪检员丁 jw inspector
zw_adm 管理员戊 xxzx admin
USERS
e2e_home zhwalk
UNIT_CODES=$(psql_su -c "SELECT string_agg(code, '|') FROM casedesk.unit")

# zh_session NAME LOGIN COLS ROWS: casedesk --lang zh as LOGIN
zh_session() {
    local name=$1 login=$2 cols=$3 rows=$4 cmd
    mkdir -p "$E2E_HOME/$login"; chmod 777 "$E2E_HOME/$login"
    cmd="env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=screen-256color HOME=$E2E_HOME/$login"
    cmd="$cmd CASEDESK_CONFIG=/nonexistent PGHOST=$PGHOST PGPORT=$PGPORT PGDATABASE=$PGDATABASE"
    cmd="$cmd PGUSER=$login $CASEDESK --lang zh --log=$E2E_HOME/$name.log"
    if [ -z "$_TMUX_STARTED" ]; then
        tmux_start -x "$cols" -y "$rows" -- sleep 86400
        _TMUX_STARTED=1
    fi
    tmux_cmd new-session -d -s "$name" -x "$cols" -y "$rows" "$cmd" || return 1
    TMUX_TARGET=$name
}

# The English words on the screen, after removing the allowed tokens.
english_words() {
    # The help's last column names each command as the key file spells it
    # (bind list down j), and says so: identifiers, not words.
    tmux_screen | sed -E 's/ {2,}[a-z][a-z0-9-]*$//; s/\bbind\b//' | sed -E 's#(^| )[~/][^ ]*# #g; s/\b(ZS|LW|DB|JB)-[0-9A-Z-]+//g; s/\b[a-z][a-z0-9]*_[a-z0-9_]*\b//g' |
        grep -oE '[A-Za-z]{2,}' |
        grep -vxE "Esc|Tab|F[0-9]{1,2}|Ctrl|CSV|PDF|casedesk|$UNIT_CODES" | sort -u | tr '\n' ' '
}

walk_role() {   # LOGIN DESCRIPTION
    local login=$1 who=$2 found="" k w
    zh_session "w$login" "$login" 80 24
    wait_for "未读" 15 || { ok 1 "$who: casedesk starts"; return; }
    for k in 1 2 3 4 5 6 7 8 9 0 F12 F11; do
        tmux_send "$k"; tmux_settle 3
        w=$(english_words)
        [ -n "$w" ] && { found+="[screen $k: $w] "; tmux_screen | sed 's/^/#  |/'; }
        # and what its first row opens
        tmux_send Enter; tmux_settle 3
        w=$(english_words)
        [ -n "$w" ] && { found+="[screen $k, opened: $w] "; tmux_screen | sed 's/^/#  |/'; }
        tmux_send Escape; tmux_settle 2
        # Esc on a main screen may ask whether to quit: stay.
        tmux_screen | grep -qE '退出.*[?？]|\[Y/n\]|\[y/N\]' && { tmux_send n; tmux_settle 2; }
    done
    tmux_send 1; tmux_settle 2; tmux_send '?'; tmux_settle 2
    w=$(english_words); [ -n "$w" ] && { found+="[help: $w] "; tmux_screen | sed 's/^/#  |/'; }
    is "$found" "" "$who: no English word on any main screen or the help at 80x24 in Chinese"
    tmux_cmd kill-session -t "w$login"
}

walk_role zw_stf "staff"
walk_role zw_sup "supervisor"
walk_role zw_insp "inspector"
walk_role zw_adm "admin"
done_testing
