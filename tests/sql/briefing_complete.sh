#!/bin/bash
# The figures the briefing was missing (issue 15, item 8; migration 160),
# each equal to an independent count over the raw tables for three years and
# the district and two units: patrol coverage as villages on schedule (a
# unit with its own interval), the area demolished or rectified, move-ins
# per resettlement community, the projects' households (registered, signed,
# paid, vacated, gap); the text quotes them; projects started is not 0.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/lib/pg.sh"
. "$top_srcdir/tests/lib/tap.sh"
TOOL="$top_builddir/tests/unit/report_tool"

pg_cluster 0.05

Y=$(date +%Y)
STAFF=$(psql_su -c "SELECT login FROM casedesk.official WHERE role = 'staff' AND NOT disabled ORDER BY login LIMIT 1")
[ -n "$STAFF" ] || { echo "Bail out! the seed made no staff"; exit 99; }

# The seed records no area removed: give half the removed violations theirs
# (through the triggers, as a step would; closed cases are frozen), and one
# unit a fortnightly round.
psql_su -q -c "UPDATE casedesk.violation SET resolved_area_m2 = area_m2 + 0.25
                WHERE resolution IN ('demolished', 'rectified') AND id % 2 = 0 AND area_m2 IS NOT NULL
                  AND id IN (SELECT id FROM casedesk.case_file WHERE status <> 'closed')" >/dev/null
psql_su -q -c "UPDATE casedesk.unit SET patrol_interval_days = 14 WHERE code = 'gmz'" >/dev/null

briefing_csv() { PGUSER=$1 "$TOOL" briefing "$2" "${3:--}" csv; }
to_map() { tail -n +2 | tr -d '\r' | awk -F, '{ printf "%s|%s|%s\t%s\n", $1, $2, $3, $4 }' | sort; }
new_figures() {
    awk -F'\t' '{ split($1, k, "|")
                  if (k[1] == "coverage" || k[1] == "removed_area" || k[1] == "moved_in" || k[1] == "projects") print }'
}

# Independent counts (EXISTS, extract/to_char, the unit's code, no totals).
expected() {  # YEAR UNIT-CODE-or-empty
    psql_su -v y="$1" -v u="$2" <<'SQL' | sort
WITH sc AS (SELECT id FROM casedesk.unit WHERE :'u' = '' OR code = :'u'),
asof AS (SELECT least(make_date(:'y'::int, 12, 31), current_date) AS d),
cu AS (
  SELECT u.code, coalesce(u.patrol_interval_days,
                          (SELECT value::int FROM casedesk.setting WHERE key = 'patrol.interval_days')) AS iv,
         (SELECT count(*) FROM casedesk.village vl WHERE vl.unit_id = u.id) AS villages,
         (SELECT count(*) FROM casedesk.village vl WHERE vl.unit_id = u.id
             AND EXISTS (SELECT 1 FROM casedesk.patrol_village pv, casedesk.patrol p, asof
                          WHERE pv.village_id = vl.id AND p.id = pv.patrol_id
                            AND p.patrol_on <= asof.d
                            AND asof.d - p.patrol_on < coalesce(u.patrol_interval_days,
                                (SELECT value::int FROM casedesk.setting WHERE key = 'patrol.interval_days')))) AS ok
    FROM casedesk.unit u
   WHERE u.id IN (SELECT id FROM sc) AND EXISTS (SELECT 1 FROM casedesk.village vl WHERE vl.unit_id = u.id)
),
hh AS (SELECT e.* FROM casedesk.expropriation e WHERE e.party_kind = 'household' AND e.unit_id IN (SELECT id FROM sc))
SELECT 'coverage|' || k || '|' || code || E'\t' || coalesce(v, '') FROM (
  SELECT code, 'interval_days' k, iv::text v FROM cu
  UNION ALL SELECT code, 'villages', villages::text FROM cu
  UNION ALL SELECT code, 'on_schedule', ok::text FROM cu
  UNION ALL SELECT code, 'overdue', (villages - ok)::text FROM cu
  UNION ALL SELECT code, 'coverage_pct', round(100.0 * ok / nullif(villages, 0), 1)::text FROM cu
  UNION ALL SELECT '', 'interval_days', NULL
  UNION ALL SELECT '', 'villages', sum(villages)::text FROM cu
  UNION ALL SELECT '', 'on_schedule', sum(ok)::text FROM cu
  UNION ALL SELECT '', 'overdue', sum(villages - ok)::text FROM cu
  UNION ALL SELECT '', 'coverage_pct', round(100.0 * sum(ok) / nullif(sum(villages), 0), 1)::text FROM cu
) c
UNION ALL
SELECT 'removed_area|' || k || '|' || E'\t' || v FROM (
  SELECT 'demolished_m2' k, coalesce(sum(resolved_area_m2) FILTER (WHERE resolution = 'demolished'), 0)::text v,
         1 AS o FROM casedesk.violation x WHERE to_char(x.resolved_on, 'YYYY') = :'y' AND x.unit_id IN (SELECT id FROM sc)
  UNION ALL
  SELECT 'rectified_m2', coalesce(sum(resolved_area_m2) FILTER (WHERE resolution = 'rectified'), 0)::text, 2
    FROM casedesk.violation x WHERE to_char(x.resolved_on, 'YYYY') = :'y' AND x.unit_id IN (SELECT id FROM sc)
  UNION ALL
  SELECT 'removed_m2', coalesce(sum(resolved_area_m2) FILTER (WHERE resolution IN ('demolished', 'rectified')), 0)::text, 3
    FROM casedesk.violation x WHERE to_char(x.resolved_on, 'YYYY') = :'y' AND x.unit_id IN (SELECT id FROM sc)
) a
UNION ALL
SELECT 'moved_in|' || rc.name || '|' || E'\t' || count(*)
  FROM hh JOIN casedesk.resettlement_community rc ON rc.id = hh.community_id
 WHERE hh.resettlement = 'flat' AND extract(year FROM hh.moved_in_on) = :'y'::int
 GROUP BY rc.name
UNION ALL
SELECT 'projects|' || k || '|' || p.code || E'\t' || v
  FROM casedesk.project p
 CROSS JOIN LATERAL (
   SELECT 'households' k, (SELECT count(*) FROM hh WHERE hh.project_id = p.id)::text v
   UNION ALL SELECT 'signed', (SELECT count(*) FROM hh WHERE hh.project_id = p.id AND extract(year FROM hh.signed_on) <= :'y'::int)::text
   UNION ALL SELECT 'paid', (SELECT count(*) FROM hh WHERE hh.project_id = p.id AND extract(year FROM hh.paid_on) <= :'y'::int)::text
   UNION ALL SELECT 'vacated', (SELECT count(*) FROM hh WHERE hh.project_id = p.id AND extract(year FROM hh.vacated_on) <= :'y'::int)::text
   UNION ALL SELECT 'gap', (SELECT count(*) FROM hh WHERE hh.project_id = p.id
                             AND (hh.vacated_on IS NULL OR extract(year FROM hh.vacated_on) > :'y'::int))::text
   UNION ALL SELECT 'signed_in_year', (SELECT count(*) FROM hh WHERE hh.project_id = p.id AND to_char(hh.signed_on, 'YYYY') = :'y')::text
   UNION ALL SELECT 'vacated_in_year', (SELECT count(*) FROM hh WHERE hh.project_id = p.id AND to_char(hh.vacated_on, 'YYYY') = :'y')::text
 ) f
 WHERE EXISTS (SELECT 1 FROM hh WHERE hh.project_id = p.id)
SQL
}

for year in $((Y - 3)) $((Y - 1)) $Y; do
    for unit in "" gmz xcb; do
        out=$(briefing_csv "$STAFF" $year "$unit" 2>&1) || { ok 1 "briefing $year ${unit:-all} ran: $out"; continue; }
        got=$(printf '%s\n' "$out" | to_map | new_figures)
        want=$(expected $year "$unit")
        if [ "$got" = "$want" ]; then ok 0 "briefing $year ${unit:-district}: coverage, area, move-ins and projects match the independent count"
        else ok 1 "briefing $year ${unit:-district}: figures differ"; diff <(echo "$want") <(echo "$got") | head -n 20 | sed 's/^/# /'; fi
    done
done

# The comparisons mean something: the seed's figures are not all zero.
out=$(briefing_csv "$STAFF" $Y)
fig() { printf '%s\n' "$out" | tr -d '\r' | awk -F, -v s="$1" -v f="$2" -v u="$3" '$1 == s && $2 == f && $3 == u { print $4 }'; }
on=$(fig coverage on_schedule ""); vil=$(fig coverage villages "")
[ "${on:-0}" -gt 0 ] && [ "$on" -lt "${vil:-0}" ]; ok $? "some but not all villages are on schedule this year ($on of $vil)"
area=$(fig removed_area removed_m2 "")
awk -v a="${area:-0}" 'BEGIN { exit !(a + 0 > 0) }'; ok $? "the area removed this year is not zero ($area m2)"
printf '%s\n' "$out" | grep -q '^moved_in,'; ok $? "move-ins per community are listed"
is "$(fig coverage interval_days gmz)" 14 "a unit's own patrol interval is used"
for year in $((Y - 3)) $((Y - 1)) $Y; do
    n=$(briefing_csv "$STAFF" $year | tr -d '\r' | awk -F, '$1 == "expropriation" && $2 == "projects_started" { print $4 }')
    [ "${n:-0}" -gt 0 ]; ok $? "projects started in $year: $n, not 0"
done

# The text quotes the new figures in the speech's words.
txt=$(PGUSER=$STAFF LANGUAGE=zh_CN LANG=C.UTF-8 LC_ALL=C.UTF-8 "$TOOL" briefing $Y)

# A patrol today of an overdue village puts it on schedule.
v=$(psql_su -c "SELECT min(vl.id) FROM casedesk.village vl JOIN casedesk.unit u ON u.id = vl.unit_id
                WHERE u.code = 'gmz' AND NOT EXISTS (SELECT 1 FROM casedesk.patrol_village pv JOIN casedesk.patrol p ON p.id = pv.patrol_id
                                                      WHERE pv.village_id = vl.id AND p.patrol_on > current_date - 14)")
psql_su -q -c "WITH p AS (INSERT INTO casedesk.patrol (unit_id, patrol_on, members)
                           SELECT unit_id, current_date, '测试巡查组' FROM casedesk.village WHERE id = $v RETURNING id, unit_id)
               INSERT INTO casedesk.patrol_village (patrol_id, unit_id, village_id) SELECT id, unit_id, $v FROM p" >/dev/null
out2=$(briefing_csv "$STAFF" $Y gmz)
is "$(printf '%s\n' "$out2" | tr -d '\r' | awk -F, '$1 == "coverage" && $2 == "on_schedule" && $3 == "gmz" { print $4 }')" \
   "$(( $(fig coverage on_schedule gmz) + 1 ))" "patrolling an overdue village today adds one village on schedule"

like "$txt" "按期巡查${on}/${vil}个村、社区" "the Chinese briefing gives the villages on schedule"
like "$txt" "当年分配入住：" "... the move-ins per community"
like "$txt" "各项目截至年底进展" "... and the projects' table"

# Discipline detail: inspectors only, equal to an independent count.
INSP=$(psql_su -c "SELECT login FROM casedesk.official WHERE role = 'inspector' AND NOT disabled ORDER BY login LIMIT 1")
for year in $((Y - 1)) $Y; do
    want=$(psql_su -v y=$year -v me="$INSP" <<'SQL'
WITH r AS (SELECT * FROM casedesk.discipline_record
            WHERE official_id <> (SELECT id FROM casedesk.official WHERE login = :'me'))
SELECT concat_ws(' ',
  (SELECT count(*) FROM r WHERE extract(year FROM review_started_on) = :'y'::int),
  (SELECT string_agg(k.d || '=' || (SELECT count(*) FROM r WHERE status = 'concluded' AND disposition = k.d
                                     AND to_char(closed_at, 'YYYY') = :'y'), ' ' ORDER BY k.o)
     FROM unnest(ARRAY['no_violation','reminder_talk','criticism','warning','serious_warning',
                       'removal','judicial_referral']) WITH ORDINALITY AS k(d, o)))
SQL
)
    got=$(briefing_csv "$INSP" $year | tr -d '\r' | awk -F, '$1 == "discipline_detail" { if ($2 == "reviewed") printf "%s", $4; else printf " %s=%s", $2, $4 }')
    is "$got" "$want" "the inspector's reviews and dispositions of $year match the independent count"
done
briefing_csv "$STAFF" $Y | grep -q '^discipline_detail,'; is $? 1 "staff get no discipline detail"
is "$(psql_as "$STAFF" -c "SELECT count(*) FROM casedesk.briefing_discipline_detail($Y)" 2>&1 | grep -c 'permission denied')" 1 \
   "staff may not call the discipline detail"

done_testing
