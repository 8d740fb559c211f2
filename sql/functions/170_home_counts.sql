-- functions/170_home_counts: the home screen's task counts (issue 16), one
-- round trip per role, bounded by the caller's own tasks.
--
-- SECURITY DEFINER (the owner bypasses row-level security) and the scope is
-- applied inside, from the session's login (my_role(), my_unit_id() read
-- session_user): no login or unit is taken from the caller, so the counts
-- are exactly those of the rows the policies of 021 let the caller read,
-- whoever may read which column of task.  Why not trigger-kept totals (as
-- 091 for open cases): every count but "to sign" and "returned" moves with
-- the date (due soon, overdue, report due), so a total would need a daily
-- rebuild and would be wrong between midnight and the rebuild; the bounded
-- index reads below cost 1–6 ms at scale 200 (README, Speed).
--
-- The district's day is written `(SELECT casedesk.today())`: a scalar
-- sub-select is computed once per query (an InitPlan), where a bare
-- casedesk.today() in a per-row expression reads the zone from
-- pg_db_role_setting once per row (~30 µs each; the working-day window
-- alone took 14 ms of the staff counts' 40–54 ms at scale 1, now 4–13 ms).

-- The open tasks the caller may read: staff, those their unit leads or
-- co-handles (task_open_unit_idx, task_unit_unit_idx); supervisors and
-- inspectors, all; anyone else, none.
CREATE OR REPLACE FUNCTION casedesk.home_open_tasks()
    RETURNS TABLE (id bigint, status text, lead_unit_id integer, deadline date,
                   signed_at timestamptz, report_interval integer)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT t.id, t.status, t.lead_unit_id, t.deadline, t.signed_at, t.report_interval
      FROM casedesk.task t
     WHERE t.status <> 'closed' AND (SELECT casedesk.my_role()) IN ('supervisor', 'inspector')
    UNION ALL
    SELECT t.id, t.status, t.lead_unit_id, t.deadline, t.signed_at, t.report_interval
      FROM casedesk.task t
     WHERE t.status <> 'closed' AND (SELECT casedesk.my_role()) = 'staff'
       AND t.lead_unit_id = (SELECT casedesk.my_unit_id())
    UNION ALL
    SELECT t.id, t.status, t.lead_unit_id, t.deadline, t.signed_at, t.report_interval
      FROM casedesk.task_unit tu JOIN casedesk.task t ON t.id = tu.task_id
     WHERE t.status <> 'closed' AND (SELECT casedesk.my_role()) = 'staff'
       AND tu.unit_id = (SELECT casedesk.my_unit_id())
       AND t.lead_unit_id <> tu.unit_id
$$;
REVOKE EXECUTE ON FUNCTION casedesk.home_open_tasks() FROM PUBLIC;

-- A clerk's "my work": to sign, due soon, overdue, returned, report due,
-- unread, the unit's open cases (-1 when the caller is not staff).  The
-- working-day arithmetic is the one of model_task_ops.c before (a report is
-- due when (base, today] holds >= report_interval working days; due soon is
-- deadline < the (warn+1)-th working day ahead), set-based over the
-- calendar window; the integer generate_series keeps the estimate exact.
CREATE OR REPLACE FUNCTION casedesk.home_staff_counts(
        OUT to_sign integer, OUT due_soon integer, OUT overdue integer, OUT returned integer,
        OUT report_due integer, OUT unread integer, OUT open_cases integer)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    WITH t AS MATERIALIZED (SELECT * FROM casedesk.home_open_tasks()),
    lr AS (
        SELECT r.task_id, max(r.reported_on) AS last_on FROM casedesk.task_report r
         WHERE r.task_id IN (SELECT t.id FROM t WHERE t.status IN ('signed','in_progress','returned'))
         GROUP BY r.task_id),
    cal AS (
        SELECT (SELECT casedesk.today()) + g.i AS d, g.i > 0 AS ahead,
               row_number() OVER (PARTITION BY g.i > 0 ORDER BY abs(g.i))::integer AS n
          FROM generate_series(-400, 200) g(i)
          LEFT JOIN casedesk.calendar_day c ON c.day = (SELECT casedesk.today()) + g.i
         WHERE coalesce(c.kind = 'workday', extract(isodow FROM (SELECT casedesk.today()) + g.i) < 6)),
    s AS (
        SELECT s.warn_workdays, f.d AS soon_end
          FROM casedesk.task_setting s JOIN cal f ON f.ahead AND f.n = s.warn_workdays + 1
         WHERE s.id = 1)
    SELECT count(*) FILTER (WHERE t.status = 'assigned'
                              AND t.lead_unit_id = (SELECT casedesk.my_unit_id()))::integer,
           count(*) FILTER (WHERE t.status IN ('assigned','signed','in_progress','returned')
                              AND t.deadline >= (SELECT casedesk.today())
                              AND t.deadline <= (SELECT casedesk.today()) + (s.warn_workdays * 2 + 14)
                              AND t.deadline < s.soon_end)::integer,
           count(*) FILTER (WHERE t.status IN ('assigned','signed','in_progress','returned')
                              AND t.deadline < (SELECT casedesk.today()))::integer,
           count(*) FILTER (WHERE t.status = 'returned')::integer,
           count(*) FILTER (WHERE t.status IN ('signed','in_progress','returned')
                              AND greatest(coalesce(lr.last_on, t.signed_at::date), t.signed_at::date)
                                  < back.d)::integer,
           casedesk.inbox_unread_count(),
           coalesce(casedesk.my_open_case_count()::integer, -1)
      FROM s
      LEFT JOIN t ON true
      LEFT JOIN lr ON lr.task_id = t.id
      LEFT JOIN cal back ON NOT back.ahead AND back.n = t.report_interval
     GROUP BY s.warn_workdays
$$;
REVOKE EXECUTE ON FUNCTION casedesk.home_staff_counts() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk.home_staff_counts() TO casedesk_staff;

-- A supervisor's totals: awaiting verification, pending extensions, overdue,
-- unread (supervisors and inspectors read every task; anyone else gets
-- zeros).
CREATE OR REPLACE FUNCTION casedesk.home_supervisor_counts(
        OUT awaiting integer, OUT pending_extensions integer, OUT overdue integer, OUT unread integer)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT (SELECT count(*) FROM casedesk.task t WHERE t.status = 'reported' AND w.ok)::integer,
           (SELECT count(*) FROM casedesk.task_extension e WHERE e.status = 'pending' AND w.ok)::integer,
           (SELECT count(*) FROM casedesk.task t
             WHERE t.status IN ('assigned','signed','in_progress','returned')
               AND t.deadline < (SELECT casedesk.today()) AND w.ok)::integer,
           casedesk.inbox_unread_count()
      FROM (SELECT casedesk.my_role() IN ('supervisor', 'inspector') AS ok) w
$$;
REVOKE EXECUTE ON FUNCTION casedesk.home_supervisor_counts() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk.home_supervisor_counts() TO casedesk_supervisor, casedesk_inspector;

-- Per unit with open tasks or cards this year: open, overdue, yellow, red;
-- worst first.  One index-only pass over the open tasks
-- (task_open_unit_idx) and the cards (task_card_unit_idx), grouped, instead
-- of four correlated counts per unit.
CREATE OR REPLACE FUNCTION casedesk.home_unit_overdue()
    RETURNS TABLE (unit_code text, unit_name text, open integer, overdue integer,
                   yellow integer, red integer)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    WITH ok AS (SELECT casedesk.my_role() IN ('supervisor', 'inspector') AS ok),
    tk AS (
        SELECT t.lead_unit_id AS unit_id, count(*) AS open,
               count(*) FILTER (WHERE t.status IN ('assigned','signed','in_progress','returned')
                                  AND t.deadline < (SELECT casedesk.today())) AS overdue
          FROM casedesk.task t
         WHERE t.status <> 'closed' AND (SELECT ok.ok FROM ok)
         GROUP BY t.lead_unit_id),
    cd AS (
        SELECT c.unit_id, count(*) FILTER (WHERE c.kind = 'yellow') AS yellow,
               count(*) FILTER (WHERE c.kind = 'red') AS red
          FROM casedesk.task_card c
         WHERE c.kind IN ('yellow', 'red') AND (SELECT ok.ok FROM ok)
           AND c.issued_on >= date_trunc('year', (SELECT casedesk.today()))::date
         GROUP BY c.unit_id)
    SELECT u.code, u.name, coalesce(tk.open, 0)::integer, coalesce(tk.overdue, 0)::integer,
           coalesce(cd.yellow, 0)::integer, coalesce(cd.red, 0)::integer
      FROM casedesk.unit u
      LEFT JOIN tk ON tk.unit_id = u.id
      LEFT JOIN cd ON cd.unit_id = u.id
     WHERE tk.unit_id IS NOT NULL OR coalesce(cd.yellow, 0) > 0 OR coalesce(cd.red, 0) > 0
     ORDER BY 4 DESC, 6 DESC, 5 DESC, u.code
$$;
REVOKE EXECUTE ON FUNCTION casedesk.home_unit_overdue() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk.home_unit_overdue() TO casedesk_supervisor, casedesk_inspector;
