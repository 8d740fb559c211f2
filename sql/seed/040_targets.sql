-- seed/040_targets: the target-responsibility agreements of every town and
-- sub-district office for each seeded year (the last three years and this
-- one), the scoring rule, and the commendations of the past years.
-- Targets are set around what the seeded data achieves (70%-130% of the
-- year's actual, scaled up for the year in progress), so percentages are
-- realistic; a metric with nothing to do gets a target of 0.
-- Deterministic: choices come from md5 of unit, year and metric.

CREATE FUNCTION pg_temp.tgt_h(salt text) RETURNS bigint
    LANGUAGE sql IMMUTABLE
AS $$ SELECT ('x' || substr(md5(salt), 1, 8))::bit(32)::bigint & 2147483647 $$;

CREATE TEMP TABLE tgt_year ON COMMIT DROP AS
    SELECT y::integer AS year, make_date(y::integer, 1, 1) AS d0,
           least(make_date(y::integer, 12, 31), current_date) AS d1,
           -- share of the year elapsed, to extrapolate the year in progress
           (least(make_date(y::integer, 12, 31), current_date) - make_date(y::integer, 1, 1) + 1)::numeric
               / (make_date(y::integer, 12, 31) - make_date(y::integer, 1, 1) + 1) AS elapsed
      FROM generate_series(extract(year FROM current_date)::integer - 3,
                           extract(year FROM current_date)::integer) y;

CREATE TEMP TABLE tgt_unit ON COMMIT DROP AS
    SELECT id, code FROM casedesk.unit WHERE kind IN ('town','subdistrict');

INSERT INTO casedesk.target (unit_id, year, metric, target_value, signed_on, note)
SELECT u.id, y.year, a.metric,
       CASE WHEN a.metric IN ('patrol_coverage_pct','tasks_closed_on_time')
            THEN 80 + pg_temp.tgt_h(u.code || y.year || a.metric) % 21
            WHEN coalesce(a.actual, 0) = 0 THEN 0
            ELSE round(a.actual / y.elapsed * (70 + pg_temp.tgt_h(u.code || y.year || a.metric) % 61) / 100,
                       CASE WHEN a.metric IN ('house_area_m2','land_mu') THEN 2 ELSE 0 END) END,
       make_date(y.year, 2, 10 + (pg_temp.tgt_h(u.code || y.year) % 15)::integer),
       format('%s年度目标责任书', y.year)
  FROM tgt_year y
 CROSS JOIN tgt_unit u
 CROSS JOIN LATERAL casedesk.unit_actuals(y.d0, y.d1, u.id) a;

-- One scoring rule from the first seeded year on (the ranking uses the
-- latest rule not after the year): weights add up to 100.
INSERT INTO casedesk.score_rule (year, metric, weight)
SELECT (SELECT min(year) FROM tgt_year), m, w
  FROM (VALUES ('households_expropriated', 15), ('enterprises_expropriated', 5),
               ('house_area_m2', 10), ('land_mu', 15), ('households_resettled', 10),
               ('violations_removed', 15), ('villages_certified', 10),
               ('patrol_coverage_pct', 10), ('tasks_closed_on_time', 10)) v(m, w);

INSERT INTO casedesk.score_deduction (year, per_yellow, per_red, per_overdue, max_deduction, accountability_threshold)
SELECT min(year), 1, 3, 0.5, 30, 60 FROM tgt_year;

-- 先进单位: the two best-ranked units of each past year; 先进个人: two
-- officials of each of those units.
INSERT INTO casedesk.commendation (year, unit_id, title, granted_on)
SELECT y.year, r.unit_id, format('%s年度重点项目征收安置和“两违”管控工作先进单位', y.year),
       make_date(y.year + 1, 2, 20)
  FROM tgt_year y
 CROSS JOIN LATERAL casedesk.ranking(y.year, 'year', NULL) r
 WHERE y.year < extract(year FROM current_date) AND r.rank <= 2;

INSERT INTO casedesk.commendation (year, official_id, title, granted_on)
SELECT c.year, o.id, format('%s年度重点项目征收安置和“两违”管控工作先进个人', c.year),
       make_date(c.year + 1, 2, 20)
  FROM casedesk.commendation c
 CROSS JOIN LATERAL (SELECT x.id FROM casedesk.official x
                      WHERE x.unit_id = c.unit_id AND x.role = 'staff' AND NOT x.disabled
                      ORDER BY md5(x.id::text || c.year) LIMIT 2) o
 WHERE c.unit_id IS NOT NULL;
