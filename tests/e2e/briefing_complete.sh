#!/bin/bash
# The complete briefing on screen, in Chinese at 80x24 (issue 15, item 8):
# patrol coverage as villages on schedule (the figure an independent count
# gives), the area removed, move-ins per community and the projects' table
# with its columns aligned; nothing wider than the terminal; the discipline
# section for the inspector only.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/lib/sessions.sh"

pg_cluster 0.02
fixture_admin_users <<'USERS'
bc_sup 督查员甲 dcs supervisor
bc_ins 纪检员甲 jw inspector
USERS
e2e_home briefing_complete
YEAR=$(psql_su -c "SELECT extract(year FROM casedesk.today())::int")
# villages on schedule today, counted apart from the briefing's functions
read -r ON VIL <<<"$(psql_su -c "SELECT count(*) FILTER (WHERE EXISTS (
        SELECT 1 FROM casedesk.patrol_village pv JOIN casedesk.patrol p ON p.id = pv.patrol_id
         WHERE pv.village_id = v.id AND p.patrol_on <= current_date AND p.patrol_on > current_date - 7)), count(*)
    FROM casedesk.village v" | tr '|' ' ')"

zh_session() {   # NAME LOGIN
    local cmd="env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=screen-256color HOME=$E2E_HOME/$1"
    mkdir -p "$E2E_HOME/$1"; chmod 777 "$E2E_HOME/$1"
    cmd="$cmd CASEDESK_CONFIG=/nonexistent PGHOST=$PGHOST PGPORT=$PGPORT PGDATABASE=$PGDATABASE"
    cmd="$cmd PGUSER=$2 $CASEDESK --lang zh"
    if [ -z "$_TMUX_STARTED" ]; then tmux_start -x 80 -y 24 -- sleep 86400; _TMUX_STARTED=1; fi
    tmux_cmd new-session -d -s "$1" -x 80 -y 24 "$cmd"; TMUX_TARGET=$1
}
briefing_lines() {   # every page's text rows
    local out="" prev="" cur i
    for i in $(seq 1 15); do
        cur=$(tmux_screen | sed -n '4,23p')
        [ "$cur" = "$prev" ] && break
        out+="$cur"$'\n'; prev=$cur
        tmux_send PageDown; tmux_settle 2
    done
    printf '%s' "$out"
}

zh_session sup bc_sup
wait_for "督查员甲" 15
tmux_send 6; wait_for "$YEAR · " 8; ok $? "the briefing opens in Chinese at 80x24"
tmux_settle 2
lines=$(briefing_lines)
joined=$(printf '%s\n' "$lines" | sed 's/^ *//; s/ *$//' | tr -d '\n')
like "$joined" "按期巡查${ON}/${VIL}个村、社区" "coverage: the villages on schedule, as counted ($ON of $VIL)"
like "$joined" "拆除整改[0-9]+处[0-9.]+平方米" "the area removed in m²"
like "$joined" "当年分配入住：[^。]*[0-9]+户" "move-ins per resettlement community"
like "$lines" "各项目截至年底进展（户）" "the projects' table is there"
# the table: header and rows with the 户数 figures at one display column
hdr=$(printf '%s\n' "$lines" | grep -E '^ +项目 +户数 +已签约 +已付清 +已腾房 +未腾房' | head -n 1)
[ -n "$hdr" ]; ok $? "the projects' header row, in Chinese"
tbl=$(printf '%s\n' "$lines" | awk '/项目 +户数/ { on = 1; next } on && /^ +[^ ].* +[0-9]+ +[0-9]+ +[0-9]+ +[0-9]+ +[0-9]+ *$/ { print; next } on { exit }')
n=$(printf '%s\n' "$tbl" | grep -c .)
[ "$n" -gt 0 ]; ok $? "the projects' table has rows ($n)"
ends=$(printf '%s\n' "$tbl" | while IFS= read -r l; do printf '%s\n' "$l" | text_width; done | sort -u | grep -c .)
is "$ends" 1 "every project row ends at the same display column (CJK names counted 2)"
over=$(printf '%s\n' "$lines" | while IFS= read -r l; do w=$(printf '%s\n' "$l" | text_width); [ "$w" -gt 80 ] && echo "$l"; done)
is "$over" "" "no line is wider than the terminal"
printf '%s\n' "$lines" | grep -q "纪检监察"; is $? 1 "a supervisor's briefing has no discipline section"
tmux_cmd kill-session -t sup

zh_session ins bc_ins
wait_for "纪检员甲" 15
tmux_send 6; wait_for "$YEAR · " 8; ok $? "the inspector's briefing opens"
tmux_settle 2
lines=$(briefing_lines)
like "$lines" "七、纪检监察" "the inspector's briefing has the discipline section"
joined=$(printf '%s\n' "$lines" | sed 's/^ *//; s/ *$//' | tr -d '\n')
like "$joined" "当年受理问题线索[0-9]+件，办结[0-9]+件" "... with the flags received and concluded"
done_testing
