#!/bin/bash
# Every list of every role's main screens (and what their first row opens),
# at 80x24 and 132x43, in English and Chinese: numbers, dates, statuses,
# cards and the headers of those columns are never cut ("Signed …",
# "Red c…", "Deduc…", "12-01 14:5…") — titles and names give way first.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/lib/sessions.sh"

pg_cluster 0.02
fixture_admin_users <<'USERS'
lw_sup 督查员甲 dcs supervisor
lw_stf 巡查员乙 wlz staff
lw_insp 纪检员丁 jw inspector
lw_adm 管理员戊 xxzx admin
USERS
e2e_home layoutwalk

# Labels of fixed columns, in both languages: a cut one is a prefix + "…".
labels_en="Signed for|In progress|Reported done|Returned|Closed|Assigned|Red card|Yellow card|Warning|Agreement signed|Compensation paid|Stop-work notice|Rectifying|Re-inspected|Stock disposal|Registered|Surveyed|Assessed|Vacated|Demolished|Verified|Rectified|Deducted|Yellow|Overdue|Deadline|Opened|Status|Number|Score|Base|Done|Days|Card|Rank"
msg() { LANGUAGE=zh_CN TEXTDOMAINDIR=$top_builddir/po/locale gettext casedesk "$1" 2>/dev/null; }
labels_zh=$(IFS='|'; for l in $labels_en; do msg "$l"; echo; done | grep -v '^$' | tr '\n' '|' | sed 's/|$//')
# A regex of every strict prefix of every label, followed by the ellipsis.
cut_re() {
    local IFS='|' l i out=""
    for l in $1; do
        for ((i = 1; i < ${#l}; i++)); do out+="${out:+|}${l:0:i}"; done
    done
    printf '(^| )(%s)…' "$out"
}
RE_EN=$(cut_re "$labels_en"); RE_ZH=$(cut_re "$labels_zh")

lw_session() {   # NAME LOGIN COLS ROWS LANG
    local cmd="env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=screen-256color HOME=$E2E_HOME/$2"
    mkdir -p "$E2E_HOME/$2"; chmod 777 "$E2E_HOME/$2"
    cmd="$cmd CASEDESK_CONFIG=/nonexistent PGHOST=$PGHOST PGPORT=$PGPORT PGDATABASE=$PGDATABASE"
    cmd="$cmd PGUSER=$2 $CASEDESK --lang $5"
    if [ -z "$_TMUX_STARTED" ]; then tmux_start -x "$3" -y "$4" -- sleep 86400; _TMUX_STARTED=1; fi
    tmux_cmd new-session -d -s "$1" -x "$3" -y "$4" "$cmd"; TMUX_TARGET=$1
}
cuts() {   # what on the screen (below the two header lines) is a cut number, date or label
    local re=$1
    tmux_screen | sed -n '3,$p' | sed '$d' | grep -oE "[0-9][0-9:.%-]*…|$re" | sort -u | tr '\n' ' '
}

walk() {   # LOGIN WHO COLS ROWS LANG
    local found="" k c re=$RE_EN
    [ "$5" = zh ] && re=$RE_ZH
    lw_session "l$1$3$5" "$1" "$3" "$4" "$5"
    wait_for "$([ "$5" = zh ] && echo 未读 || echo Welcome)" 15 || { ok 1 "$2 starts"; return; }
    for k in 1 2 3 4 5 6 7 8 9 0 F12 F11; do
        tmux_send "$k"; tmux_settle 3
        c=$(cuts "$re"); [ -n "$c" ] && { found+="[screen $k: $c] "; tmux_screen | sed 's/^/#  |/'; }
        tmux_send Enter; tmux_settle 3
        c=$(cuts "$re"); [ -n "$c" ] && { found+="[screen $k opened: $c] "; tmux_screen | sed 's/^/#  |/'; }
        tmux_send Escape; tmux_settle 2
        tmux_screen | grep -qE '退出.*[?？]|Quit casedesk|\[Y/n\]|\[y/N\]' && { tmux_send n; tmux_settle 2; }
    done
    is "$found" "" "$2 at ${3}x$4 ($5): no number, date, status, card or such header cut"
    tmux_cmd kill-session -t "l$1$3$5"
}

for who in "lw_stf staff" "lw_sup supervisor" "lw_insp inspector" "lw_adm admin"; do
    set -- $who
    walk "$1" "$2" 80 24 zh
    walk "$1" "$2" 132 43 en
done
done_testing
