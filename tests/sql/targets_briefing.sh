#!/bin/bash
# The year-end briefing: every figure equals an independent count over the
# seeded data (written differently from sql/041-042), for several years and
# units; the ranking follows the scoring table; the discipline figures appear
# for inspectors only.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/lib/pg.sh"
. "$top_srcdir/tests/lib/tap.sh"
TOOL="$top_builddir/tests/unit/report_tool"

pg_cluster 0.05

Y=$(date +%Y)
STAFF=$(psql_su -c "SELECT login FROM casedesk.official WHERE role = 'staff' AND NOT disabled ORDER BY login LIMIT 1")
INSP=$(psql_su -c "SELECT login FROM casedesk.official WHERE role = 'inspector' AND NOT disabled ORDER BY login LIMIT 1")
[ -n "$STAFF" ] && [ -n "$INSP" ] || { echo "Bail out! the seed made no staff or inspector"; exit 99; }

# figures KEY-FILE: "section|figure|unit<TAB>value" from the CSV briefing
briefing_csv() { PGUSER=$1 "$TOOL" briefing "$2" "${3:--}" csv; }
to_map() { tail -n +2 | tr -d '\r' | awk -F, '{ printf "%s|%s|%s\t%s\n", $1, $2, $3, $4 }' | sort; }

# Independent counts, written against the raw tables with other predicates
# (year via extract/to_char, EXISTS instead of joins, unit via its code).
expected() {  # YEAR UNIT-CODE-or-empty
    psql_su -v y="$1" -v u="$2" <<'SQL' | sort
WITH sc AS (SELECT id FROM casedesk.unit WHERE :'u' = '' OR code = :'u'),
hh AS (
  SELECT e.* FROM casedesk.expropriation e
   WHERE to_char(e.signed_on, 'YYYY') = :'y' AND e.unit_id IN (SELECT id FROM sc))
SELECT 'expropriation|' || k || '|' || E'\t' || coalesce(v, '') FROM (
  SELECT 'households' k, (SELECT count(*) FROM hh WHERE party_kind = 'household')::text v
  UNION ALL SELECT 'house_area_m2', (SELECT coalesce(sum(house_area), 0) FROM hh WHERE party_kind = 'household')::text
  UNION ALL SELECT 'enterprises', (SELECT count(*) FROM hh WHERE party_kind <> 'household')::text
  UNION ALL SELECT 'land_mu', (SELECT coalesce(sum(land_area_mu), 0) FROM hh)::text
  UNION ALL SELECT 'land_target_mu', (SELECT sum(target_value) FROM casedesk.target
                                       WHERE year = :'y'::int AND metric = 'land_mu' AND unit_id IN (SELECT id FROM sc))::text
  UNION ALL SELECT 'land_share_pct', (SELECT round((SELECT coalesce(sum(land_area_mu), 0) FROM hh) * 100
                                       / nullif(sum(target_value), 0), 1) FROM casedesk.target
                                       WHERE year = :'y'::int AND metric = 'land_mu' AND unit_id IN (SELECT id FROM sc))::text
  UNION ALL SELECT 'households_resettled', (SELECT count(*) FROM casedesk.case_file c
        WHERE c.unit_id IN (SELECT id FROM sc)
          AND EXISTS (SELECT 1 FROM casedesk.expropriation e WHERE e.id = c.id
                       AND to_char(e.moved_in_on, 'YYYY') = :'y'
                       AND e.party_kind = 'household' AND e.resettlement = 'flat'))::text
  UNION ALL SELECT 'monetised', (SELECT count(*) FROM hh WHERE party_kind = 'household' AND resettlement = 'money')::text
  UNION ALL SELECT 'flats', (SELECT count(*) FROM hh WHERE party_kind = 'household' AND resettlement = 'flat')::text
  UNION ALL SELECT 'monetisation_pct', (SELECT round(avg(CASE resettlement WHEN 'money' THEN 100.0 ELSE 0 END), 1)
                                         FROM hh WHERE party_kind = 'household' AND resettlement IS NOT NULL)::text
  UNION ALL SELECT 'projects_started', (SELECT count(DISTINCT p.id) FROM casedesk.project p
        JOIN casedesk.expropriation e ON e.project_id = p.id JOIN casedesk.case_file c ON c.id = e.id
        WHERE p.kind = 'shantytown' AND extract(year FROM coalesce(p.started_on, c.opened_on)) <= :'y'::int
          AND c.unit_id IN (SELECT id FROM sc)
          AND :'y'::int IN (extract(year FROM c.opened_on), extract(year FROM e.signed_on),
                            extract(year FROM e.demolished_on)))::text
) x
UNION ALL
SELECT 'violations|' || k || '|' || u.code || E'\t' || coalesce(v, '')
  FROM casedesk.unit u
 CROSS JOIN LATERAL (
  SELECT 'found' k, (SELECT count(*) FROM casedesk.violation x JOIN casedesk.case_file c ON c.id = x.id
                      WHERE c.unit_id = u.id AND extract(year FROM x.found_on) = :'y'::int)::text v
  UNION ALL SELECT 'removed', (SELECT count(*) FROM casedesk.violation x
                      WHERE x.unit_id = u.id AND to_char(x.resolved_on, 'YYYY') = :'y'
                        AND x.resolution NOT IN ('stock_disposal', 'not_violation', 'void'))::text
  UNION ALL SELECT 'stock_disposed', (SELECT count(*) FROM casedesk.violation x
                      WHERE x.unit_id = u.id AND to_char(x.resolved_on, 'YYYY') = :'y'
                        AND x.resolution = 'stock_disposal')::text
  UNION ALL SELECT 'villages', (SELECT count(*) FROM casedesk.village WHERE unit_id = u.id)::text
  -- patrolled: villages on schedule at the year's end (today while it
  -- runs), the one rule of coverage (functions/185)
  UNION ALL SELECT 'patrolled', (SELECT count(*) FROM casedesk.village vl WHERE vl.unit_id = u.id
                      AND EXISTS (SELECT 1 FROM casedesk.patrol_village pv JOIN casedesk.patrol p ON p.id = pv.patrol_id
                                   WHERE pv.village_id = vl.id
                                     AND p.patrol_on <= least(make_date(:'y'::int, 12, 31), current_date)
                                     AND least(make_date(:'y'::int, 12, 31), current_date) - p.patrol_on
                                         < coalesce(u.patrol_interval_days, (SELECT value::int FROM casedesk.setting
                                                                              WHERE key = 'patrol.interval_days'))))::text
  UNION ALL SELECT 'coverage_pct', (SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (
                      SELECT 1 FROM casedesk.patrol_village pv JOIN casedesk.patrol p ON p.id = pv.patrol_id
                       WHERE pv.village_id = vl.id
                         AND p.patrol_on <= least(make_date(:'y'::int, 12, 31), current_date)
                         AND least(make_date(:'y'::int, 12, 31), current_date) - p.patrol_on
                             < coalesce(u.patrol_interval_days, (SELECT value::int FROM casedesk.setting
                                                                  WHERE key = 'patrol.interval_days'))))
                      / nullif(count(*), 0), 1) FROM casedesk.village vl WHERE vl.unit_id = u.id)::text
  UNION ALL SELECT 'violation_free', (SELECT count(*) FROM casedesk.village vl WHERE vl.unit_id = u.id
                      AND EXISTS (SELECT 1 FROM casedesk.village_certification c WHERE c.village_id = vl.id
                                   AND extract(year FROM c.certified_on) <= :'y'::int
                                   AND (c.lost_on IS NULL OR extract(year FROM c.lost_on) > :'y'::int)))::text
 ) f
 WHERE u.id IN (SELECT id FROM sc) AND EXISTS (SELECT 1 FROM casedesk.village vl WHERE vl.unit_id = u.id)
UNION ALL
SELECT 'tasks|' || k || '|' || E'\t' || v FROM (
  SELECT 'tasks_due' k, count(*)::text v FROM casedesk.task t
   WHERE extract(year FROM t.deadline) = :'y'::int AND t.lead_unit_id IN (SELECT id FROM sc)
  UNION ALL SELECT 'closed_on_time', count(*)::text FROM casedesk.task t
   WHERE extract(year FROM t.deadline) = :'y'::int AND t.lead_unit_id IN (SELECT id FROM sc)
     AND t.closed_at IS NOT NULL AND t.status = 'closed'
     AND t.closed_at < (t.deadline + 1)::timestamptz
  UNION ALL SELECT 'overdue', count(*)::text FROM casedesk.task t
   WHERE extract(year FROM t.deadline) = :'y'::int AND t.lead_unit_id IN (SELECT id FROM sc)
     AND t.deadline < current_date
     AND NOT (t.status = 'closed' AND t.closed_at < (t.deadline + 1)::timestamptz)
  UNION ALL SELECT 'open_overdue', count(*)::text FROM casedesk.task t
   WHERE extract(year FROM t.deadline) = :'y'::int AND t.lead_unit_id IN (SELECT id FROM sc)
     AND t.deadline < current_date AND t.status <> 'closed'
  UNION ALL SELECT k.kind || CASE k.kind WHEN 'warning' THEN 's' ELSE '_cards' END, count(c.id)::text
    FROM (VALUES ('warning'), ('yellow'), ('red')) k(kind)
    LEFT JOIN casedesk.task_card c ON c.kind = k.kind AND extract(year FROM c.issued_on) = :'y'::int
                                  AND c.unit_id IN (SELECT id FROM sc)
   GROUP BY k.kind
) t;
SQL
}

# Only the fixed-figure sections are compared here; ranking is checked below.
got_figures() {
    awk -F'\t' '{ split($1, k, "|")
                  if (k[1] == "expropriation" || k[1] == "tasks" || (k[1] == "violations" && k[3] != "")) print }'
}

for year in $((Y - 3)) $((Y - 1)) $Y; do
    for unit in "" xcb gmz wlz; do
        out=$(briefing_csv "$STAFF" $year "$unit" 2>&1) || { ok 1 "briefing $year ${unit:-all} ran: $out"; continue; }
        got=$(printf '%s\n' "$out" | to_map | got_figures)
        want=$(expected $year "$unit")
        if [ "$got" = "$want" ]; then ok 0 "briefing $year ${unit:-district}: every figure matches the independent count"
        else ok 1 "briefing $year ${unit:-district}: figures differ"; diff <(echo "$want") <(echo "$got") | head -n 20 | sed 's/^/# /'; fi
    done
done

# Totals row of the violations table = the sum over the units.
out=$(briefing_csv "$STAFF" $((Y - 1)))
tot=$(printf '%s\n' "$out" | tr -d '\r' | awk -F, '$1 == "violations" && $2 == "found" && $3 == "" { print $4 }')
sum=$(printf '%s\n' "$out" | tr -d '\r' | awk -F, '$1 == "violations" && $2 == "found" && $3 != "" { s += $4 } END { print s + 0 }')
is "$tot" "$sum" "the district total of violations found is the sum over the units"
[ "${tot:-0}" -gt 0 ]; ok $? "the seed has violations found last year ($tot), so the comparison means something"

# Discipline figures: inspectors only.
printf '%s\n' "$out" | grep -q '^discipline,'; is $? 1 "staff get no discipline figures"
outi=$(briefing_csv "$INSP" $((Y - 1)))
want=$(psql_su -v y=$((Y - 1)) <<'SQL'
SELECT concat_ws(' ',
  (SELECT count(*) FROM casedesk.discipline_record
    WHERE to_char(received_at, 'YYYY') = :'y'),
  (SELECT count(*) FROM casedesk.discipline_record
    WHERE status = 'concluded' AND to_char(closed_at, 'YYYY') = :'y'),
  (SELECT count(*) FROM casedesk.discipline_record
    WHERE status = 'set_aside' AND to_char(closed_at, 'YYYY') = :'y'),
  (SELECT count(*) FROM casedesk.discipline_record
    WHERE disposition IN ('reminder_talk','criticism','warning','serious_warning','removal','judicial_referral')
      AND to_char(closed_at, 'YYYY') = :'y'),
  (SELECT count(*) FROM casedesk.discipline_record WHERE closed_at IS NULL))
SQL
)
got=$(printf '%s\n' "$outi" | tr -d '\r' | awk -F, '$1 == "discipline" { printf "%s%s", sep, $4; sep = " " }')
is "$got" "$want" "the inspector's discipline figures match (raised concluded set_aside sanctioned open)"
pg_seal
is "$(psql_su -c "SELECT count(*) FROM casedesk.discipline_audit WHERE op = 'READ' AND login = '$INSP' AND new_row->>'report' = 'briefing'")" 1 \
   "the inspector's briefing read is logged"

# Text form: Chinese under a Chinese UI, English otherwise; same figures.
txt=$(PGUSER=$STAFF LANGUAGE=zh_CN LANG=C.UTF-8 LC_ALL=C.UTF-8 "$TOOL" briefing $((Y - 1)))
hh=$(printf '%s\n' "$out" | tr -d '\r' | awk -F, '$1 == "expropriation" && $2 == "households" { print $4 }')
like "$txt" "当年征收房屋${hh}户" "the Chinese briefing quotes the households in the speech's words"
like "$txt" "货币化安置率达到" "... and the monetisation rate"
txt=$(PGUSER=$STAFF LANGUAGE=en LANG=C.UTF-8 LC_ALL=C.UTF-8 "$TOOL" briefing $((Y - 1)))
like "$txt" "Expropriated this year: $hh households" "the English briefing has the same figure"

# --- ranking follows the scoring table --------------------------------------
# Recomputed from targets, weights, deductions and independent actuals.
rank_want=$(psql_su -v y=$((Y - 1)) <<'SQL'
WITH r AS (SELECT * FROM casedesk.score_rule WHERE year = (SELECT max(year) FROM casedesk.score_rule WHERE year <= :'y'::int)),
d AS (SELECT * FROM casedesk.score_deduction WHERE year = (SELECT max(year) FROM casedesk.score_deduction WHERE year <= :'y'::int)),
u AS (SELECT DISTINCT unit_id FROM casedesk.target WHERE year = :'y'::int),
act AS (
  SELECT u.unit_id, m.metric, m.v FROM u CROSS JOIN LATERAL (VALUES
    ('households_expropriated', (SELECT count(*)::numeric FROM casedesk.expropriation e WHERE e.unit_id = u.unit_id AND e.party_kind = 'household' AND extract(year FROM e.signed_on) = :'y'::int)),
    ('enterprises_expropriated', (SELECT count(*)::numeric FROM casedesk.expropriation e WHERE e.unit_id = u.unit_id AND e.party_kind = 'enterprise' AND extract(year FROM e.signed_on) = :'y'::int)),
    ('house_area_m2', (SELECT coalesce(sum(house_area), 0) FROM casedesk.expropriation e WHERE e.unit_id = u.unit_id AND e.party_kind = 'household' AND extract(year FROM e.signed_on) = :'y'::int)),
    ('land_mu', (SELECT coalesce(sum(land_area_mu), 0) FROM casedesk.expropriation e WHERE e.unit_id = u.unit_id AND extract(year FROM e.signed_on) = :'y'::int)),
    ('households_resettled', (SELECT count(*)::numeric FROM casedesk.case_file c JOIN casedesk.expropriation e USING (id) WHERE c.unit_id = u.unit_id AND e.party_kind = 'household' AND e.resettlement = 'flat' AND extract(year FROM c.closed_on) = :'y'::int)),
    ('violations_removed', (SELECT count(*)::numeric FROM casedesk.violation x WHERE x.unit_id = u.unit_id AND x.resolution IN ('demolished','rectified') AND extract(year FROM x.resolved_on) = :'y'::int)),
    ('villages_certified', (SELECT count(*)::numeric FROM casedesk.village_certification c JOIN casedesk.village vl ON vl.id = c.village_id WHERE vl.unit_id = u.unit_id AND extract(year FROM c.certified_on) = :'y'::int)),
    -- villages on schedule on 31 December (the briefing's rule, functions/185)
    ('patrol_coverage_pct', (SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (SELECT 1 FROM casedesk.patrol_village pv JOIN casedesk.patrol p ON p.id = pv.patrol_id WHERE pv.village_id = vl.id AND p.patrol_on <= make_date(:'y'::int, 12, 31) AND make_date(:'y'::int, 12, 31) - p.patrol_on < coalesce((SELECT patrol_interval_days FROM casedesk.unit WHERE id = u.unit_id), (SELECT value::int FROM casedesk.setting WHERE key = 'patrol.interval_days')))) / nullif(count(*), 0), 2) FROM casedesk.village vl WHERE vl.unit_id = u.unit_id)),
    ('tasks_closed_on_time', (SELECT round(100.0 * count(*) FILTER (WHERE t.status = 'closed' AND t.closed_at < (t.deadline + 1)::timestamptz) / nullif(count(*), 0), 2) FROM casedesk.task t WHERE t.lead_unit_id = u.unit_id AND extract(year FROM t.deadline) = :'y'::int))
  ) m(metric, v)
),
pts AS (
  SELECT a.unit_id, sum(round(CASE WHEN coalesce(t.target_value, 0) = 0 THEN r.weight
                                   ELSE r.weight * least(coalesce(a.v, 0) / t.target_value, 1) END, 2)) AS base
    FROM act a JOIN r ON r.metric = a.metric
    LEFT JOIN casedesk.target t ON t.unit_id = a.unit_id AND t.metric = a.metric AND t.year = :'y'::int
   GROUP BY a.unit_id
),
ded AS (
  SELECT u.unit_id, least((SELECT max_deduction FROM d),
         (SELECT per_yellow FROM d) * (SELECT count(*) FROM casedesk.task_card k WHERE k.unit_id = u.unit_id AND k.kind = 'yellow' AND extract(year FROM k.issued_on) = :'y'::int)
       + (SELECT per_red FROM d) * (SELECT count(*) FROM casedesk.task_card k WHERE k.unit_id = u.unit_id AND k.kind = 'red' AND extract(year FROM k.issued_on) = :'y'::int)
       + (SELECT per_overdue FROM d) * (SELECT count(*) FROM casedesk.task t WHERE t.lead_unit_id = u.unit_id AND extract(year FROM t.deadline) = :'y'::int AND t.deadline < current_date
                                         AND NOT (t.status = 'closed' AND t.closed_at < (t.deadline + 1)::timestamptz))) AS v
    FROM u
)
SELECT string_agg(format('%s=%s', un.code, greatest(p.base - ded.v, 0)), ' ' ORDER BY greatest(p.base - ded.v, 0) DESC, un.code)
  FROM pts p JOIN ded USING (unit_id) JOIN casedesk.unit un ON un.id = p.unit_id
SQL
)
rank_got=$(PGUSER=$STAFF "$TOOL" ranking $((Y - 1)) year 0 csv | tail -n +2 | tr -d '\r' |
           awk -F, '{ printf "%s%s=%s", sep, $2, $4; sep = " " }')
is "$rank_got" "$rank_want" "the ranking equals the score recomputed from the scoring table, best first"
ranks=$(PGUSER=$STAFF "$TOOL" ranking $((Y - 1)) year 0 csv | tail -n +2 | tr -d '\r' | awk -F, '{ printf "%s ", $1 }')
like "$ranks" '^1 ' "ranks start at 1"
acc=$(psql_su -c "SELECT string_agg(unit_code, ' ' ORDER BY unit_code) FROM casedesk.accountability_units($((Y - 1)))")
acc2=$(PGUSER=$STAFF "$TOOL" ranking $((Y - 1)) year 0 csv | tail -n +2 | tr -d '\r' | awk -F, '$10 == "t" { print $2 }' | sort | tr '\n' ' ' | sed 's/ $//')
is "$acc" "$acc2" "units below the accountability threshold are those flagged in the ranking"

# 棚改项目征收安置工作启动实施: the seeded shanty-town projects all started
# years ago and their work goes on — the figure is theirs, not 0.
n=$(briefing_csv "$STAFF" "$Y" - | tr -d '\r' | awk -F, '$2 == "projects_started" && $3 == "" { print $4 }')
like "$n" "^[1-9][0-9]*$" "this year's briefing counts the shanty-town projects under way ($n), not only those that started this year"
done_testing
