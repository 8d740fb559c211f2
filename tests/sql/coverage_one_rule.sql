-- coverage_one_rule: patrol coverage has one definition (issue 15, item 4;
-- functions/185).  A village is covered when its last patrol lies within
-- its unit's patrol interval at the period's end.  The ranking, the targets'
-- actual figure (and so the progress screen, which reads unit_scores) and
-- the briefing count by that one rule: a unit of four villages, one
-- patrolled only in January, gets the same figure from every reader, equal
-- to the independent count written here; before, the ranking counted the
-- January patrol as a year's coverage.  Last year, so the figures do not
-- move with today.  As real login roles; everything is rolled back.
-- pg_cluster: 0.05
BEGIN;
SELECT * FROM no_plan();

SELECT extract(year FROM current_date)::int - 1 AS ly \gset
SELECT max(login) FILTER (WHERE role = 'staff') AS staff, max(login) FILTER (WHERE role = 'supervisor') AS sup
  FROM (SELECT DISTINCT ON (role) role, login FROM casedesk.official WHERE NOT disabled ORDER BY role, login) o \gset

-- A town of four villages: 甲 patrolled on 10 January only, 乙 on 29
-- December, 丙 on 20 December, 丁 never.
INSERT INTO casedesk.unit (code, name, kind, parent_id)
SELECT 'covtest', '覆盖测试镇', 'town', (SELECT id FROM casedesk.unit WHERE kind = 'district' LIMIT 1);
SELECT id AS u FROM casedesk.unit WHERE code = 'covtest' \gset
INSERT INTO casedesk.village (unit_id, name) VALUES (:u, '甲村'), (:u, '乙村'), (:u, '丙村'), (:u, '丁村');
CREATE TEMP TABLE cov_patrol (village text, day date);
INSERT INTO cov_patrol VALUES ('甲村', make_date(:ly, 1, 10)), ('乙村', make_date(:ly, 12, 29)),
                              ('丙村', make_date(:ly, 12, 20));
WITH p AS (
    INSERT INTO casedesk.patrol (unit_id, patrol_on, members)
    SELECT :u, day, '测试巡查组 ' || village FROM cov_patrol RETURNING id, members
)
INSERT INTO casedesk.patrol_village (patrol_id, unit_id, village_id)
SELECT p.id, :u, v.id FROM p JOIN casedesk.village v ON v.unit_id = :u AND p.members = '测试巡查组 ' || v.name;
-- Its target: full coverage, nothing else asked (full weight elsewhere).
INSERT INTO casedesk.target (unit_id, year, metric, target_value) VALUES (:u, :ly, 'patrol_coverage_pct', 100);

-- The independent count: villages of the unit whose last patrol on or
-- before p_on is fewer than the interval's days before it, in percent.
CREATE FUNCTION pg_temp.want(p_on date, p_iv integer) RETURNS numeric LANGUAGE sql AS $$
    SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (
               SELECT 1 FROM casedesk.patrol_village pv JOIN casedesk.patrol p ON p.id = pv.patrol_id
                WHERE pv.village_id = v.id AND p.patrol_on <= p_on AND p_on - p.patrol_on < p_iv)) / count(*), 2)
      FROM casedesk.village v WHERE v.unit_id = (SELECT id FROM casedesk.unit WHERE code = 'covtest')
$$;
CREATE FUNCTION pg_temp.actual(p_year integer, p_period text, p_index integer) RETURNS numeric
    LANGUAGE sql AS $$
    SELECT s.actual FROM casedesk.unit_scores(p_year, p_period, p_index) s
      JOIN casedesk.unit u ON u.id = s.unit_id
     WHERE u.code = 'covtest' AND s.metric = 'patrol_coverage_pct'
$$;
SELECT pg_temp.want(make_date(:ly, 12, 31), 7) AS want7, pg_temp.want(make_date(:ly, 1, 31), 7) AS jan7,
       pg_temp.want(make_date(:ly, 12, 31), 30) AS want30, pg_temp.want(make_date(:ly, 1, 31), 30) AS jan30 \gset

SELECT is(:want7, 25.00, 'the count written here: one of four villages patrolled in the last 7 days of the year');
SET SESSION AUTHORIZATION :"sup";
SELECT is(pg_temp.actual(:ly, 'year', NULL), :want7,
          'the targets'' actual coverage (progress screen) is the villages on schedule at the year''s end, not those patrolled once');
SELECT is((SELECT coverage_pct FROM casedesk.briefing_coverage(:ly, 'covtest') WHERE unit_code = 'covtest'),
          round(:want7, 1), 'the briefing gives the same figure');
SELECT is((SELECT patrolled || '/' || villages || ' ' || coverage_pct FROM casedesk.briefing_violations(:ly, 'covtest')
            WHERE unit_code = 'covtest'), '1/4 ' || round(:want7, 1),
          'the briefing''s two-violations table counts the villages on schedule too');
SELECT is((SELECT base_score FROM casedesk.ranking(:ly, 'year', NULL) WHERE unit_code = 'covtest'),
          100 - (SELECT weight FROM casedesk.score_rule
                  WHERE year = (SELECT max(year) FROM casedesk.score_rule WHERE year <= :ly)
                    AND metric = 'patrol_coverage_pct') * (1 - :want7 / 100),
          'the ranking scores that coverage (weight × 25 %)');
SET SESSION AUTHORIZATION :"staff";
SELECT is(pg_temp.actual(:ly, 'year', NULL), :want7, 'staff read the same actual figure');

-- January: 甲村's patrol of the 10th is 21 days old on the 31st.
SELECT is(pg_temp.actual(:ly, 'month', 1), :jan7,
          'a month''s coverage is read on its last day: a patrol three weeks old is overdue');
SELECT is(:jan7, 0.00, '(none of the four is on schedule on 31 January)');

-- A unit's own interval is the rule's too: monthly rounds.
RESET SESSION AUTHORIZATION;
UPDATE casedesk.unit SET patrol_interval_days = 30 WHERE id = :u;
SET SESSION AUTHORIZATION :"sup";
SELECT is(pg_temp.actual(:ly, 'month', 1), :jan30,
          'with a 30-day interval 甲村 is on schedule on 31 January');
SELECT is(pg_temp.actual(:ly, 'year', NULL), :want30,
          'and two villages at the year''s end');
SELECT is((SELECT on_schedule || '/' || villages || ' ' || coverage_pct FROM casedesk.briefing_coverage(:ly, 'covtest')
            WHERE unit_code = 'covtest'), '2/4 ' || round(:want30, 1),
          'the briefing agrees');

-- A village merged away (migration 195) leaves the count from its date:
-- 丁村, never patrolled, retired on 1 December, is no longer an
-- unpatrolled village at the year's end (the 30-day round still applies).
RESET SESSION AUTHORIZATION;
UPDATE casedesk.village SET retired_on = make_date(:ly, 12, 1), retired_reason = '并入乙村'
 WHERE unit_id = :u AND name = '丁村';
SET SESSION AUTHORIZATION :"sup";
SELECT is((SELECT on_schedule || '/' || villages FROM casedesk.briefing_coverage(:ly, 'covtest')
            WHERE unit_code = 'covtest'), '2/3',
          'a retired village leaves the coverage after its date (2 of the 3 in use at the year''s end)');
SELECT is(pg_temp.actual(:ly, 'year', NULL), round(100.0 * 2 / 3, 2),
          'and the targets'' actual agrees');

-- The rule's helper is no interface of its own.
SELECT throws_like($$SELECT * FROM casedesk.patrol_coverage(current_date, NULL)$$, '%permission denied%',
                   'the coverage helper is not callable by users');

SELECT * FROM finish();
ROLLBACK;
