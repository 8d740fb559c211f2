#!/bin/bash
# The briefing at 80x24 wraps its sentences at word and number boundaries
# by display width (issue 14: `6` / `1.5%`, `insti` / `tutions`): in Chinese
# no number is split across lines; in English every word on screen is a
# word of the briefing; table rows are not wrapped under the next row.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/lib/sessions.sh"

pg_cluster 0.02
fixture_admin_users <<'USERS'
bw_sup 督查员甲 dcs supervisor
USERS
e2e_home briefing_wrap
YEAR=$(psql_su -c "SELECT extract(year FROM casedesk.today())::int")

lang_session() {   # NAME LANG
    local cmd="env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=screen-256color HOME=$E2E_HOME/bw"
    mkdir -p "$E2E_HOME/bw"; chmod 777 "$E2E_HOME/bw"
    cmd="$cmd CASEDESK_CONFIG=/nonexistent PGHOST=$PGHOST PGPORT=$PGPORT PGDATABASE=$PGDATABASE"
    cmd="$cmd PGUSER=bw_sup $CASEDESK --lang $2"
    if [ -z "$_TMUX_STARTED" ]; then tmux_start -x 80 -y 24 -- sleep 86400; _TMUX_STARTED=1; fi
    tmux_cmd new-session -d -s "$1" -x 80 -y 24 "$cmd"; TMUX_TARGET=$1
}
# All the briefing's text lines, page by page (rows 4..23 of each page).
briefing_lines() {
    local out="" prev="" cur i
    for i in $(seq 1 12); do
        cur=$(tmux_screen | sed -n '4,23p')
        [ "$cur" = "$prev" ] && break
        out+="$cur"$'\n'; prev=$cur
        tmux_send PageDown; tmux_settle 2
    done
    printf '%s' "$out"
}

lang_session zh zh
wait_for "督查员甲" 15
tmux_send 6; wait_for "$YEAR · " 8; ok $? "the briefing opens in Chinese at 80x24"
tmux_settle 2
split=""
for cols in 64 68 72 76 80; do   # 80 and narrower: each width breaks elsewhere
    tmux_resize "$cols" 24; tmux_settle 2; tmux_send Home; tmux_settle 2
    lines=$(briefing_lines)
    split+=$(printf '%s\n' "$lines" | awk -v c="$cols" 'prev ~ /[0-9.]$/ && $0 ~ /^[0-9.%]/ { print c ": " prev " / " $0 } { prev = $0 }')
done
is "$split" "" "no number is split across two lines (at 64 to 80 columns)"
like "$lines" "[0-9]+(\.[0-9]+)?%" "the percentages are there, whole"
over=$(printf '%s\n' "$lines" | while IFS= read -r l; do w=$(printf '%s\n' "$l" | text_width); [ "$w" -gt 80 ] && echo "$l"; done)
is "$over" "" "no line is wider than the terminal"
tmux_cmd kill-session -t zh

lang_session en en
wait_for "Unread" 15
tmux_send 6; wait_for "$YEAR · " 8; ok $? "the briefing opens in English at 80x24"
tmux_settle 2
lines=$(briefing_lines)
words=$(admin --lang en report briefing --year "$YEAR" | tr -s ' \n' '\n\n' | sort -u)
bad=$(printf '%s\n' "$lines" | grep -vE '^ *[^ ]+( {2,}[^ ]+){2,} *$' | tr -s ' ' '\n' | grep -v '^$' | sort -u |
      comm -23 - <(printf '%s\n' "$words") | grep -vE '^(…|~)$' | head -5 | tr '\n' ' ')
is "$bad" "" "every word on screen is a whole word of the briefing (none cut by the wrap)"
done_testing
