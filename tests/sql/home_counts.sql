-- home_counts: the home screen's task counts come from the definer
-- functions of sql/functions/170_home_counts.sql (issue 16: counting through
-- the staff policy scanned every task, ≈ 460 ms at scale 200).  They must
-- give exactly what the old queries gave through the row-level policies,
-- for a clerk of a lead unit, a clerk whose unit co-handles, a supervisor
-- and an inspector; a login with no tasks of its own sees none of others'.
-- pg_seeds: 010_places.sql 020_tasks.sql
-- pg_cluster: 0.5
BEGIN;
SELECT * FROM no_plan();

-- The clerk's counts as the old client query read them (under the policy).
CREATE FUNCTION pg_temp.old_staff() RETURNS TABLE (a bigint, b bigint, c bigint, d bigint, e bigint)
LANGUAGE sql AS $$
    WITH t AS MATERIALIZED (
       SELECT t.id, t.status, t.lead_unit_id, t.deadline, t.signed_at, t.report_interval
         FROM casedesk.task t WHERE t.status <> 'closed'),
    lr AS (
       SELECT r.task_id, max(r.reported_on) AS last_on FROM casedesk.task_report r
        WHERE r.task_id IN (SELECT t.id FROM t WHERE t.status IN ('signed','in_progress','returned'))
        GROUP BY r.task_id),
    cal AS (
       SELECT current_date + g.i AS d, g.i > 0 AS ahead,
              row_number() OVER (PARTITION BY g.i > 0 ORDER BY abs(g.i))::integer AS n
         FROM generate_series(-400, 200) g(i)
         LEFT JOIN casedesk.calendar_day c ON c.day = current_date + g.i
        WHERE coalesce(c.kind = 'workday', extract(isodow FROM current_date + g.i) < 6)),
    s AS (
       SELECT s.warn_workdays, f.d AS soon_end
         FROM casedesk.task_setting s JOIN cal f ON f.ahead AND f.n = s.warn_workdays + 1
        WHERE s.id = 1)
    SELECT count(*) FILTER (WHERE t.status = 'assigned' AND t.lead_unit_id = (SELECT casedesk.my_unit_id())),
      count(*) FILTER (WHERE t.status IN ('assigned','signed','in_progress','returned') AND t.deadline >= current_date
          AND t.deadline <= current_date + (s.warn_workdays * 2 + 14) AND t.deadline < s.soon_end),
      count(*) FILTER (WHERE t.status IN ('assigned','signed','in_progress','returned') AND t.deadline < current_date),
      count(*) FILTER (WHERE t.status = 'returned'),
      count(*) FILTER (WHERE t.status IN ('signed','in_progress','returned')
          AND greatest(coalesce(lr.last_on, t.signed_at::date), t.signed_at::date) < back.d)
     FROM t CROSS JOIN s
     LEFT JOIN lr ON lr.task_id = t.id
     LEFT JOIN cal back ON NOT back.ahead AND back.n = t.report_interval
$$;
CREATE FUNCTION pg_temp.new_staff() RETURNS TABLE (a bigint, b bigint, c bigint, d bigint, e bigint)
LANGUAGE sql AS $$
    SELECT to_sign::bigint, due_soon::bigint, overdue::bigint, returned::bigint, report_due::bigint
      FROM casedesk.home_staff_counts() $$;
-- The supervisor's, likewise.
CREATE FUNCTION pg_temp.old_sup() RETURNS TABLE (a bigint, b bigint, c bigint) LANGUAGE sql AS $$
    SELECT (SELECT count(*) FROM casedesk.task WHERE status = 'reported'),
           (SELECT count(*) FROM casedesk.task_extension WHERE status = 'pending'),
           (SELECT count(*) FROM casedesk.task WHERE status IN ('assigned','signed','in_progress','returned')
               AND deadline < current_date) $$;
CREATE FUNCTION pg_temp.old_units() RETURNS TABLE (code text, open bigint, overdue bigint, yellow bigint, red bigint)
LANGUAGE sql AS $$
    SELECT u.code, x.open, x.overdue, x.yellow, x.red FROM casedesk.unit u
     CROSS JOIN LATERAL (SELECT
       (SELECT count(*) FROM casedesk.task t WHERE t.lead_unit_id = u.id AND t.status <> 'closed') AS open,
       (SELECT count(*) FROM casedesk.task t WHERE t.lead_unit_id = u.id
           AND t.status IN ('assigned','signed','in_progress','returned') AND t.deadline < current_date) AS overdue,
       (SELECT count(*) FROM casedesk.task_card c WHERE c.unit_id = u.id AND c.kind = 'yellow'
           AND c.issued_on >= date_trunc('year', current_date)::date) AS yellow,
       (SELECT count(*) FROM casedesk.task_card c WHERE c.unit_id = u.id AND c.kind = 'red'
           AND c.issued_on >= date_trunc('year', current_date)::date) AS red) x
     WHERE x.open > 0 OR x.yellow > 0 OR x.red > 0
     ORDER BY x.overdue DESC, x.red DESC, x.yellow DESC, u.code $$;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA pg_temp TO PUBLIC;

-- A clerk of the unit that leads the most tasks, and one whose unit
-- co-handles tasks it does not lead.
SELECT (SELECT o.login FROM casedesk.official o JOIN casedesk.unit u ON u.id = o.unit_id
         WHERE o.role = 'staff' AND NOT o.disabled
         ORDER BY (SELECT count(*) FROM casedesk.task t WHERE t.lead_unit_id = u.id AND t.status <> 'closed'
                    AND t.deadline < current_date) DESC, o.login LIMIT 1) AS lead_login,
       (SELECT o.login FROM casedesk.official o
         WHERE o.role = 'staff' AND NOT o.disabled
           AND o.unit_id IN (SELECT tu.unit_id FROM casedesk.task_unit tu JOIN casedesk.task t ON t.id = tu.task_id
                              WHERE t.status <> 'closed')
         ORDER BY (SELECT count(*) FROM casedesk.task_unit tu WHERE tu.unit_id = o.unit_id) DESC, o.login
         LIMIT 1) AS co_login
\gset

SET SESSION AUTHORIZATION :"lead_login";
SELECT cmp_ok((SELECT c FROM pg_temp.old_staff()), '>', 0::bigint, 'the lead unit''s clerk has overdue tasks to count');
SELECT results_eq('SELECT * FROM pg_temp.new_staff()', 'SELECT * FROM pg_temp.old_staff()',
                  'a lead unit''s clerk: the same five task counts as through the policy');
SELECT is((SELECT open_cases FROM casedesk.home_staff_counts())::bigint, casedesk.my_open_case_count(),
          'the clerk''s open cases come with the task counts');
SELECT is((SELECT unread FROM casedesk.home_staff_counts()), casedesk.inbox_unread_count(),
          'and the unread count');
SET SESSION AUTHORIZATION :"co_login";
SELECT results_eq('SELECT * FROM pg_temp.new_staff()', 'SELECT * FROM pg_temp.old_staff()',
                  'a co-handling unit''s clerk: the same counts, co-handled tasks included');
SELECT cmp_ok((SELECT count(*) FROM casedesk.task t WHERE t.status <> 'closed'
                  AND t.lead_unit_id <> casedesk.my_unit_id()), '>', 0::bigint,
              'that clerk does see open tasks their unit does not lead');

SET SESSION AUTHORIZATION dcs_01;
SELECT results_eq('SELECT awaiting::bigint, pending_extensions::bigint, overdue::bigint FROM casedesk.home_supervisor_counts()',
                  'SELECT * FROM pg_temp.old_sup()', 'a supervisor: the same totals');
SELECT results_eq('SELECT unit_code, open::bigint, overdue::bigint, yellow::bigint, red::bigint FROM casedesk.home_unit_overdue()',
                  'SELECT * FROM pg_temp.old_units()', 'a supervisor: the same units, counts and order');
SET SESSION AUTHORIZATION jw_01;
SELECT results_eq('SELECT unit_code, open::bigint, overdue::bigint, yellow::bigint, red::bigint FROM casedesk.home_unit_overdue()',
                  'SELECT * FROM pg_temp.old_units()', 'an inspector: the same units');

-- A clerk's counts read the unit's open tasks as task_seen keeps them, with
-- the day each report counts from (migration 169, sql/functions/172): after
-- reports, a new interval, a co-handling unit added and one removed, and a
-- task reported done, the counts still equal those read from the tables,
-- and so does the kept table.
RESET SESSION AUTHORIZATION;
CREATE FUNCTION pg_temp.seen_from_tables()
    RETURNS TABLE (unit_id integer, task_id bigint, lead integer, status text, deadline date,
                   signed_at timestamptz, i integer, d date)
LANGUAGE sql AS $$
    SELECT u.unit_id, t.id, t.lead_unit_id, t.status, t.deadline, t.signed_at, t.report_interval,
           CASE WHEN t.status IN ('signed', 'in_progress', 'returned') THEN
               greatest(coalesce((SELECT max(r.reported_on) FROM casedesk.task_report r WHERE r.task_id = t.id),
                                 t.signed_at::date), t.signed_at::date) END
      FROM casedesk.task t
     CROSS JOIN LATERAL (SELECT t.lead_unit_id UNION SELECT tu.unit_id FROM casedesk.task_unit tu
                          WHERE tu.task_id = t.id) u (unit_id)
     WHERE t.status <> 'closed'
     ORDER BY 1, 2 $$;
CREATE VIEW pg_temp.seen_kept AS SELECT * FROM casedesk.task_seen ORDER BY 1, 2;
SELECT results_eq('SELECT * FROM pg_temp.seen_kept', 'SELECT * FROM pg_temp.seen_from_tables()',
                  'the seeded open tasks per unit are those of the tables');
SELECT o.unit_id AS lead_unit, o.id AS lead_official FROM casedesk.official o WHERE o.login = :'lead_login' \gset
SELECT o.unit_id AS co_unit FROM casedesk.official o WHERE o.login = :'co_login' \gset
SET SESSION AUTHORIZATION :"lead_login";
SELECT (SELECT e FROM pg_temp.old_staff()) AS due_before \gset
RESET SESSION AUTHORIZATION;
CREATE TEMP TABLE due_task AS
SELECT t.id FROM casedesk.task t
 WHERE t.lead_unit_id = :lead_unit AND t.status IN ('signed', 'in_progress', 'returned')
   AND NOT EXISTS (SELECT 1 FROM casedesk.task_report r WHERE r.task_id = t.id AND r.reported_on >= current_date - 1)
 ORDER BY t.id LIMIT 3;
INSERT INTO casedesk.task_report (task_id, body, percent, reported_on, author_id, unit_id)
SELECT d.id, '本周推进情况', 50, current_date, :lead_official, :lead_unit FROM due_task d;
SET SESSION AUTHORIZATION :"lead_login";
SELECT cmp_ok((SELECT report_due FROM casedesk.home_staff_counts())::bigint, '<', :due_before::bigint,
              'reports filed today: fewer reports are due');
SELECT results_eq('SELECT * FROM pg_temp.new_staff()', 'SELECT * FROM pg_temp.old_staff()',
                  'after three reports: the same counts as from the tables');
RESET SESSION AUTHORIZATION;
WITH moved AS (
    UPDATE casedesk.task SET report_interval = CASE WHEN report_interval = 1 THEN 2 ELSE 1 END
     WHERE id = (SELECT t.id FROM casedesk.task t WHERE t.lead_unit_id = :lead_unit
                  AND t.status IN ('signed', 'in_progress') ORDER BY t.id LIMIT 1)
    RETURNING id)
SELECT is((SELECT count(*) FROM moved), 1::bigint, 'a task of the unit gets another report interval');
INSERT INTO casedesk.task_unit (task_id, unit_id)
SELECT t.id, :co_unit FROM casedesk.task t
 WHERE t.status IN ('signed', 'in_progress') AND t.lead_unit_id <> :co_unit
   AND NOT EXISTS (SELECT 1 FROM casedesk.task_unit tu WHERE tu.task_id = t.id AND tu.unit_id = :co_unit)
 ORDER BY t.id LIMIT 2;
DELETE FROM casedesk.task_unit
 WHERE id = (SELECT tu.id FROM casedesk.task_unit tu JOIN casedesk.task t ON t.id = tu.task_id
              WHERE tu.unit_id = :co_unit AND t.status IN ('signed', 'in_progress') ORDER BY tu.id DESC LIMIT 1 OFFSET 2);
UPDATE casedesk.task SET status = 'reported'
 WHERE id = (SELECT d.id FROM due_task d ORDER BY d.id DESC LIMIT 1);
UPDATE casedesk.task SET deadline = deadline + 3     -- as an extension granted
 WHERE id = (SELECT tu.task_id FROM casedesk.task_unit tu JOIN casedesk.task t ON t.id = tu.task_id
              WHERE tu.unit_id = :co_unit AND t.status <> 'closed' ORDER BY tu.id LIMIT 1);
SELECT results_eq('SELECT * FROM pg_temp.seen_kept', 'SELECT * FROM pg_temp.seen_from_tables()',
                  'after the changes: the kept open tasks and report days are those of the tables');
UPDATE casedesk.task SET status = 'closed', closed_at = now()
 WHERE id = (SELECT t.id FROM casedesk.task t WHERE t.lead_unit_id = :lead_unit AND t.status = 'reported'
              ORDER BY t.id LIMIT 1);
INSERT INTO casedesk.task (number_year, number_seq, title, lead_unit_id, deadline, report_interval, status,
                           signed_at, created_by)
SELECT t.number_year, (SELECT max(number_seq) + 1 FROM casedesk.task), '新增的督办事项', t.lead_unit_id,
       current_date - 2, t.report_interval, 'signed', now() - interval '30 days', t.created_by
  FROM casedesk.task t WHERE t.lead_unit_id = :lead_unit ORDER BY t.id LIMIT 1;
INSERT INTO casedesk.task_card (task_id, unit_id, kind, reason, deadline, issued_on)
SELECT t.id, t.lead_unit_id, 'red', '逾期未办结', t.deadline + 100, current_date
  FROM casedesk.task t WHERE t.lead_unit_id = :lead_unit ORDER BY t.id LIMIT 1;
DELETE FROM casedesk.task_card
 WHERE id = (SELECT c.id FROM casedesk.task_card c WHERE c.kind = 'yellow'
              AND c.issued_on >= date_trunc('year', current_date) ORDER BY c.id LIMIT 1);
SELECT results_eq('SELECT unit_id, kind, issued_on, n::bigint FROM casedesk.task_card_total ORDER BY 1, 2, 3',
                  'SELECT unit_id, kind, issued_on, count(*) FROM casedesk.task_card GROUP BY 1, 2, 3 ORDER BY 1, 2, 3',
                  'after a card issued and one withdrawn: the kept card totals are those of the tables');
SELECT results_eq('SELECT lead_unit_id, status, deadline, n::bigint FROM casedesk.task_open_total ORDER BY 1, 2, 3',
                  $$SELECT lead_unit_id, status, deadline, count(*) FROM casedesk.task WHERE status <> 'closed'
                     GROUP BY 1, 2, 3 ORDER BY 1, 2, 3$$,
                  'after the changes: the kept open task totals are those of the tables');
SET SESSION AUTHORIZATION dcs_01;
SELECT results_eq('SELECT awaiting::bigint, pending_extensions::bigint, overdue::bigint FROM casedesk.home_supervisor_counts()',
                  'SELECT * FROM pg_temp.old_sup()', 'a supervisor: the same totals after the changes');
SELECT results_eq('SELECT unit_code, open::bigint, overdue::bigint, yellow::bigint, red::bigint FROM casedesk.home_unit_overdue()',
                  'SELECT * FROM pg_temp.old_units()', 'a supervisor: the same units after the changes');
SET SESSION AUTHORIZATION :"lead_login";
SELECT results_eq('SELECT * FROM pg_temp.new_staff()', 'SELECT * FROM pg_temp.old_staff()',
                  'the lead unit''s clerk: the same counts after the changes');
SET SESSION AUTHORIZATION :"co_login";
SELECT results_eq('SELECT * FROM pg_temp.new_staff()', 'SELECT * FROM pg_temp.old_staff()',
                  'the co-handling clerk: the same counts after a unit was added and one removed');
RESET SESSION AUTHORIZATION;

-- Scope: the functions never count what the caller may not read.
SET SESSION AUTHORIZATION xxzx_01;
SELECT throws_ok('SELECT * FROM casedesk.home_staff_counts()', '42501', NULL, 'an administrator cannot ask a clerk''s counts');
SELECT throws_ok('SELECT * FROM casedesk.home_unit_overdue()', '42501', NULL, 'nor the per-unit counts');
SELECT throws_ok('SELECT * FROM casedesk.home_open_tasks()', '42501', NULL, 'nor the open tasks behind them');
SET SESSION AUTHORIZATION :"lead_login";
SELECT throws_ok('SELECT * FROM casedesk.home_unit_overdue()', '42501', NULL, 'a clerk cannot ask the per-unit counts of all units');
SELECT throws_ok('SELECT * FROM casedesk.home_open_tasks()', '42501', NULL, 'nor the open tasks of the district');
RESET SESSION AUTHORIZATION;

SELECT * FROM finish();
ROLLBACK;
