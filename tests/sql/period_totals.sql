-- The figures kept per month (migration 053): unit_month_total is
-- unit_day_total rolled up to months, task_due_total the tasks due per lead
-- unit and month with those closed on time and late, and the progress
-- screen, the ranking and the briefing give from them exactly what a count
-- of the tables themselves gives: after the seed, after every kind of
-- change, across a month's edge, and when the district's zone is no longer
-- the one the totals were kept in.
-- pgTAP, run by tests/lib/pgtap.sh; everything is rolled back.
-- pg_cluster: 0.05
BEGIN;
SELECT * FROM no_plan();

-- Month rows that differ from their days ('' when none).
CREATE FUNCTION pg_temp.month_drift() RETURNS text LANGUAGE sql AS $$
WITH fresh AS (
    SELECT date_trunc('month', day)::date AS month, unit_id, kind, sum(n) AS n, sum(area) AS area, sum(mu) AS mu
      FROM casedesk.unit_day_total GROUP BY 1, 2, 3
    HAVING sum(n) <> 0 OR sum(area) <> 0 OR sum(mu) <> 0
), kept AS (
    SELECT month, unit_id, kind, n, area, mu FROM casedesk.unit_month_total
     WHERE n <> 0 OR area <> 0 OR mu <> 0
)
SELECT coalesce(string_agg(coalesce(f.kind, k.kind) || ' ' || coalesce(f.month, k.month) || ' unit '
                           || coalesce(f.unit_id, k.unit_id) || ': kept ' || coalesce(k.n::text, '-')
                           || ' counted ' || coalesce(f.n::text, '-'), E'\n'), '')
  FROM fresh f FULL JOIN kept k USING (month, unit_id, kind)
 WHERE f.n IS DISTINCT FROM k.n OR f.area IS DISTINCT FROM k.area OR f.mu IS DISTINCT FROM k.mu
$$;
-- Tasks due per unit and month, counted here in the district's zone.
CREATE FUNCTION pg_temp.task_drift() RETURNS text LANGUAGE sql AS $$
WITH fresh AS (
    SELECT lead_unit_id, date_trunc('month', deadline)::date AS month, count(*) AS due,
           count(*) FILTER (WHERE status = 'closed' AND casedesk.day_of(closed_at) <= deadline) AS on_time,
           count(*) FILTER (WHERE status = 'closed' AND casedesk.day_of(closed_at) > deadline) AS late,
           count(*) FILTER (WHERE status <> 'closed') AS open
      FROM casedesk.task GROUP BY 1, 2
), kept AS (
    SELECT lead_unit_id, month, due::bigint, on_time::bigint, late::bigint, open::bigint FROM casedesk.task_due_total
     WHERE due <> 0 OR on_time <> 0 OR late <> 0 OR open <> 0
)
SELECT coalesce(string_agg(coalesce(f.lead_unit_id, k.lead_unit_id) || ' ' || coalesce(f.month, k.month)
                           || ': kept ' || coalesce(k.due || '/' || k.on_time || '/' || k.late || '/' || k.open, '-')
                           || ' counted ' || coalesce(f.due || '/' || f.on_time || '/' || f.late || '/' || f.open, '-'),
                           E'\n'), '')
  FROM fresh f FULL JOIN kept k USING (lead_unit_id, month)
 WHERE (f.due, f.on_time, f.late, f.open) IS DISTINCT FROM (k.due, k.on_time, k.late, k.open)
$$;
-- The briefing's task figures of a year, counted from the tables.
CREATE FUNCTION pg_temp.tasks_counted(p_year integer) RETURNS TABLE (a bigint, b bigint, c bigint, d bigint, w bigint,
                                                                     y bigint, r bigint)
LANGUAGE sql AS $$
    SELECT count(*),
           count(*) FILTER (WHERE t.status = 'closed' AND casedesk.day_of(t.closed_at) <= t.deadline),
           count(*) FILTER (WHERE t.deadline < casedesk.today()
                              AND (t.status <> 'closed' OR casedesk.day_of(t.closed_at) > t.deadline)),
           count(*) FILTER (WHERE t.deadline < casedesk.today() AND t.status <> 'closed'),
           (SELECT count(*) FROM casedesk.task_card c WHERE c.kind = 'warning' AND extract(year FROM c.issued_on) = p_year),
           (SELECT count(*) FROM casedesk.task_card c WHERE c.kind = 'yellow' AND extract(year FROM c.issued_on) = p_year),
           (SELECT count(*) FROM casedesk.task_card c WHERE c.kind = 'red' AND extract(year FROM c.issued_on) = p_year)
      FROM casedesk.task t WHERE extract(year FROM t.deadline) = p_year $$;
-- Per unit and period, the overdue tasks and cards the ranking deducts for.
CREATE FUNCTION pg_temp.deductibles_counted(p_from date, p_to date)
RETURNS TABLE (unit_id integer, y bigint, r bigint, o bigint) LANGUAGE sql AS $$
    SELECT u.id,
           (SELECT count(*) FROM casedesk.task_card k WHERE k.unit_id = u.id AND k.kind = 'yellow'
               AND k.issued_on BETWEEN p_from AND p_to),
           (SELECT count(*) FROM casedesk.task_card k WHERE k.unit_id = u.id AND k.kind = 'red'
               AND k.issued_on BETWEEN p_from AND p_to),
           (SELECT count(*) FROM casedesk.task t WHERE t.lead_unit_id = u.id AND t.deadline BETWEEN p_from AND p_to
               AND t.deadline < casedesk.today()
               AND (t.status <> 'closed' OR casedesk.day_of(t.closed_at) > t.deadline))
      FROM casedesk.unit u ORDER BY 1 $$;
CREATE FUNCTION pg_temp.briefing_tasks(p_year integer) RETURNS TABLE (a bigint, b bigint, c bigint, d bigint, w bigint,
                                                                      y bigint, r bigint)
LANGUAGE sql AS $$ SELECT * FROM casedesk.briefing_tasks(p_year) $$;
-- on time per unit, in the progress screen's words (percent of the due)
CREATE FUNCTION pg_temp.on_time_counted(p_from date, p_to date) RETURNS TABLE (unit_id integer, pct numeric)
LANGUAGE sql AS $$
    SELECT u.id, (SELECT round(100.0 * count(*) FILTER (WHERE t.status = 'closed'
                                                 AND casedesk.day_of(t.closed_at) <= t.deadline) / nullif(count(*), 0), 2)
                    FROM casedesk.task t WHERE t.lead_unit_id = u.id AND t.deadline BETWEEN p_from AND p_to)
      FROM casedesk.unit u ORDER BY 1 $$;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA pg_temp TO PUBLIC;

SELECT extract(year FROM casedesk.today())::int AS y, date_trunc('month', casedesk.today())::date AS m0,
       casedesk.today() AS today \gset
SELECT login AS staff FROM casedesk.official WHERE role = 'staff' AND NOT disabled ORDER BY login LIMIT 1 \gset
SELECT login AS sup FROM casedesk.official WHERE role = 'supervisor' AND NOT disabled ORDER BY login LIMIT 1 \gset

SELECT cmp_ok((SELECT count(*) FROM casedesk.unit_month_total), '>', 10::bigint, 'the seed filled the month totals');
SELECT cmp_ok((SELECT count(*) FROM casedesk.task_due_total), '>', 3::bigint, 'and the tasks due per month');
SELECT is(pg_temp.month_drift(), '', 'after the seed each month is the sum of its days');
SELECT is(pg_temp.task_drift(), '', 'after the seed the tasks due per month are those of the table');
SELECT is(casedesk.task_due_total_current(), true, 'kept in the district''s zone');

-- Every figure the kept months replace, against the tables.
SELECT results_eq('SELECT * FROM pg_temp.briefing_tasks(' || :y || ')', 'SELECT * FROM pg_temp.tasks_counted(' || :y || ')',
                  'the briefing''s task figures are those of the tables');
SELECT results_eq(format('SELECT unit_id, yellow_cards, red_cards, overdue_tasks FROM casedesk.unit_deductibles(%L, %L) ORDER BY 1',
                         make_date(:y, 1, 1), make_date(:y, 12, 31)),
                  format('SELECT * FROM pg_temp.deductibles_counted(%L, %L)', make_date(:y, 1, 1), make_date(:y, 12, 31)),
                  'the ranking''s deductions for the year are those of the tables');

-- Changes: tasks added in this month and the last, one closed late this
-- month after its deadline yesterday, one closed on time, one due at the
-- month's end already closed after it (a clock set back), a deadline moved
-- across a month's edge, a lead unit changed, a task deleted.  (A closed
-- task cannot change: task_check.)
CREATE TEMP TABLE t0 AS SELECT t.* FROM casedesk.task t ORDER BY t.id LIMIT 1;
INSERT INTO casedesk.task (number_year, number_seq, title, lead_unit_id, deadline, report_interval, status,
                           signed_at, closed_at, created_by)
SELECT t.number_year, (SELECT max(number_seq) FROM casedesk.task) + g.i, '期间合计的督办事项' || g.i,
       t.lead_unit_id, d.deadline, 5, d.status, now() - interval '40 days', d.closed_at, t.created_by
  FROM t0 t
 CROSS JOIN LATERAL (VALUES
    (1, greatest(:'today'::date - 1, :'m0'::date), 'closed', (:'today'::date + 0)::timestamp AT TIME ZONE casedesk.district_zone()),
    (2, :'m0'::date - 3, 'in_progress', NULL),
    (3, :'m0'::date - 5, 'in_progress', NULL),
    (4, (:'m0'::date + interval '1 month')::date - 1, 'closed', ((:'m0'::date + interval '1 month')::date + 2)::timestamp AT TIME ZONE casedesk.district_zone()),
    (5, :'today'::date + 3, 'signed', NULL)) d (i, deadline, status, closed_at)
 CROSS JOIN generate_series(1, 5) g (i)
 WHERE g.i = d.i;
SELECT is(pg_temp.task_drift(), '', 'five tasks added: the kept months are those of the table');
-- closing at 23:30 of the deadline in the district's zone is on time there
UPDATE casedesk.task SET status = 'closed',
       closed_at = (deadline + time '23:30')::timestamp AT TIME ZONE casedesk.district_zone()
 WHERE title = '期间合计的督办事项3';
SELECT is((SELECT on_time FROM casedesk.task_period_figures((:'m0'::date - interval '1 month')::date, :'m0'::date - 1)
            WHERE unit_id = (SELECT lead_unit_id FROM t0))
          - (SELECT count(*) FILTER (WHERE status = 'closed' AND casedesk.day_of(closed_at) <= deadline)
               FROM casedesk.task WHERE lead_unit_id = (SELECT lead_unit_id FROM t0)
                AND deadline BETWEEN :'m0'::date - interval '1 month' AND :'m0'::date - 1
                AND title <> '期间合计的督办事项3'),
          1::bigint, 'a task closed at 23:30 of its deadline, district time, counts as on time');
UPDATE casedesk.task SET deadline = deadline + 40 WHERE title = '期间合计的督办事项2';
UPDATE casedesk.task SET lead_unit_id = (SELECT max(id) FROM casedesk.unit) WHERE title = '期间合计的督办事项5';
UPDATE casedesk.task SET updated_at = now()   -- moves no figure
 WHERE lead_unit_id = (SELECT lead_unit_id FROM t0) AND status <> 'closed';
SELECT is(pg_temp.task_drift(), '', 'after closing, moving and reassigning: still the table''s');
DELETE FROM casedesk.task WHERE title = '期间合计的督办事项2';
SELECT is(pg_temp.task_drift(), '', 'and after a task deleted');
INSERT INTO casedesk.task_card (task_id, unit_id, kind, reason, deadline, issued_on)
SELECT t.id, t.lead_unit_id, 'yellow', '逾期未办结', t.deadline + 200, :'today'::date
  FROM casedesk.task t WHERE t.title = '期间合计的督办事项1';
SELECT results_eq('SELECT * FROM pg_temp.briefing_tasks(' || :y || ')', 'SELECT * FROM pg_temp.tasks_counted(' || :y || ')',
                  'after the changes: the briefing''s task figures are those of the tables');
DELETE FROM casedesk.task_card WHERE id = (SELECT min(id) FROM casedesk.task_card WHERE kind = 'red');
SELECT results_eq($$SELECT unit_id, kind, month, n::bigint FROM casedesk.task_card_month_total ORDER BY 1, 2, 3$$,
                  $$SELECT unit_id, kind, date_trunc('month', issued_on)::date, count(*) FROM casedesk.task_card
                     GROUP BY 1, 2, 3 ORDER BY 1, 2, 3$$,
                  'after a card issued and one withdrawn: the cards per month are those of the table');
SELECT results_eq(format('SELECT unit_id, yellow_cards, red_cards, overdue_tasks FROM casedesk.unit_deductibles(%L, %L) ORDER BY 1',
                         :'m0', (:'m0'::date + interval '1 month')::date - 1),
                  format('SELECT * FROM pg_temp.deductibles_counted(%L, %L)', :'m0', (:'m0'::date + interval '1 month')::date - 1),
                  'this month''s deductions: a task closed late after yesterday''s deadline is overdue, one not yet due is not');
SELECT results_eq(format('SELECT unit_id, yellow_cards, red_cards, overdue_tasks FROM casedesk.unit_deductibles(%L, %L) ORDER BY 1',
                         :'m0'::date - interval '1 month', :'m0'::date - 1),
                  format('SELECT * FROM pg_temp.deductibles_counted(%L, %L)', :'m0'::date - interval '1 month', :'m0'::date - 1),
                  'last month''s deductions are those of the tables');
SELECT results_eq(format($$SELECT unit_id, actual FROM casedesk.unit_actuals(%L, %L)
                            WHERE metric = 'tasks_closed_on_time' ORDER BY 1$$, make_date(:y, 1, 1), make_date(:y, 12, 31)),
                  format('SELECT * FROM pg_temp.on_time_counted(%L, %L)', make_date(:y, 1, 1), make_date(:y, 12, 31)),
                  'the progress screen''s share closed on time is that of the tables');

-- The district's zone is not the one the totals were kept in: the figures
-- are counted from the tasks, and stay right; the rebuild re-tags.
UPDATE casedesk.task_due_zone SET zone = 'Pacific/Kiritimati';
SELECT is(casedesk.task_due_total_current(), false, 'totals kept in another zone are not used');
SELECT results_eq('SELECT * FROM pg_temp.briefing_tasks(' || :y || ')', 'SELECT * FROM pg_temp.tasks_counted(' || :y || ')',
                  'then the briefing counts the tasks themselves, in the district''s zone');
SELECT results_eq(format($$SELECT unit_id, actual FROM casedesk.unit_actuals(%L, %L)
                            WHERE metric = 'tasks_closed_on_time' ORDER BY 1$$, make_date(:y, 1, 1), make_date(:y, 12, 31)),
                  format('SELECT * FROM pg_temp.on_time_counted(%L, %L)', make_date(:y, 1, 1), make_date(:y, 12, 31)),
                  'and so does the progress screen''s share closed on time');
UPDATE casedesk.task SET status = 'closed', closed_at = now() WHERE title = '期间合计的督办事项5';
SELECT casedesk.task_totals_rebuild() AS ignored \gset
SELECT is(casedesk.task_due_total_current(), true, 'the rebuild keeps them in the district''s zone again');
SELECT is(pg_temp.task_drift(), '', 'and they are the table''s');

-- Month totals move with the day totals: an expropriation's signing day
-- moved into another month, a violation resolved.
UPDATE casedesk.expropriation SET signed_on = signed_on - 35
 WHERE id = (SELECT e.id FROM casedesk.expropriation e JOIN casedesk.case_file c ON c.id = e.id
              WHERE e.signed_on IS NOT NULL AND c.status <> 'closed' ORDER BY e.id LIMIT 1);
UPDATE casedesk.violation SET found_on = found_on - 40
 WHERE id = (SELECT v.id FROM casedesk.violation v JOIN casedesk.case_file c ON c.id = v.id
              WHERE c.status <> 'closed' ORDER BY v.id LIMIT 1);
SELECT is(pg_temp.month_drift(), '', 'after a signing day and a finding day moved across months: each month the sum of its days');
SELECT casedesk.totals_rebuild() AS ignored \gset
SELECT is(pg_temp.month_drift(), '', 'and after totals_rebuild()');

-- Nobody reads the tables but the functions.
SET SESSION AUTHORIZATION :"sup";
SELECT throws_like('SELECT count(*) FROM casedesk.unit_month_total', '%permission denied%', 'a supervisor cannot read the month totals');
SELECT throws_like('SELECT count(*) FROM casedesk.task_due_total', '%permission denied%', 'nor the tasks due per month');
SELECT throws_like($$SELECT * FROM casedesk.task_period_figures('2026-01-01', '2026-01-01')$$, '%permission denied%',
                   'nor a window of their own choosing');
SELECT throws_like('UPDATE casedesk.task_due_zone SET zone = ''UTC''', '%permission denied%', 'nor change the zone they are kept in');
SET SESSION AUTHORIZATION :"staff";
SELECT throws_like('SELECT casedesk.task_totals_rebuild()', '%permission denied%', 'a clerk cannot rebuild them');
RESET SESSION AUTHORIZATION;

SELECT * FROM finish();
ROLLBACK;
