#!/bin/bash
# The briefing's petition figures (issue 15, item 8; functions/140): for
# three years and for the district and two towns, received, accepted,
# concluded and past a statutory period in the CSV briefing equal counts
# written independently over the raw tables (the year by to_char, the unit
# by its code, the periods as the law's 15 and 60 days); the Chinese text
# quotes them in a sentence.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/lib/pg.sh"
. "$top_srcdir/tests/lib/tap.sh"
TOOL="$top_builddir/tests/unit/report_tool"

pg_cluster 0.05

Y=$(date +%Y)
STAFF=$(psql_su -c "SELECT login FROM casedesk.official WHERE role = 'staff' AND NOT disabled ORDER BY login LIMIT 1")
[ -n "$STAFF" ] || { echo "Bail out! the seed made no staff"; exit 99; }
n=$(psql_su -c "SELECT count(*) FROM casedesk.petition_case")
like "$n" "^[1-9][0-9]*$" "the demo's petitions are cases ($n)"

expected() {  # YEAR UNIT-CODE-or-empty
    psql_su -v y="$1" -v u="$2" <<'SQL'
WITH p AS (
  SELECT x.*, least(make_date(:'y'::int, 12, 31), casedesk.today()) AS asof
    FROM casedesk.petition_case x
   WHERE :'u' = '' OR EXISTS (SELECT 1 FROM casedesk.unit u WHERE u.id = x.unit_id AND u.code = :'u'))
SELECT concat_ws(',',
  (SELECT count(*) FROM p WHERE to_char(received_on, 'YYYY') = :'y'),
  (SELECT count(*) FROM p WHERE accepted IS TRUE AND to_char(accept_decided_on, 'YYYY') = :'y'),
  (SELECT count(*) FROM p JOIN casedesk.case_file c USING (id)
    WHERE c.status = 'closed' AND to_char(c.closed_on, 'YYYY') = :'y'),
  (SELECT count(*) FROM p WHERE to_char(received_on, 'YYYY') = :'y'
      AND (coalesce(accept_decided_on, asof) - received_on > 15
           OR (accepted IS TRUE AND coalesce(answered_on, asof) - accept_decided_on - coalesce(extended_days, 0) > 60))))
SQL
}

for year in $((Y - 2)) $((Y - 1)) $Y; do
    for unit in "" gmz wlz; do
        out=$(PGUSER=$STAFF "$TOOL" briefing $year "${unit:--}" csv 2>&1) || { ok 1 "briefing $year ${unit:-all} ran: $out"; continue; }
        got=$(printf '%s\n' "$out" | tr -d '\r' | awk -F, '$1 == "petitions" { printf "%s%s", sep, $4; sep = "," }')
        is "$got" "$(expected $year "$unit")" "briefing $year ${unit:-district}: petitions received, accepted, concluded, overdue"
    done
done
want=$(expected $((Y - 1)) "")
txt=$(PGUSER=$STAFF LANGUAGE=zh_CN LANG=C.UTF-8 LC_ALL=C.UTF-8 "$TOOL" briefing $((Y - 1)))
like "$txt" "六、信访工作" "the Chinese briefing has a petitions section"
like "$txt" "当年受理登记信访事项${want%%,*}件" "and quotes the petitions received"
done_testing
