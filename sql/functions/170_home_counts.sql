-- functions/170_home_counts: the home screen's task counts (issue 16), one
-- round trip per role, bounded by the caller's own tasks.
--
-- SECURITY DEFINER (the owner bypasses row-level security) and the scope is
-- applied inside, from the session's login (my_role(), my_unit_id() read
-- session_user): no login or unit is taken from the caller, so the counts
-- are exactly those of the rows the policies of 021 let the caller read,
-- whoever may read which column of task.  Most counts move with the date
-- (due soon, overdue, report due), so what triggers keep is not a count but
-- what the date is compared with: the open tasks per lead unit, status and
-- deadline (task_open_total, migration 168), and each open task once per
-- unit that sees it with the day its next report counts from (task_seen,
-- 169).  Nothing needs a rebuild at midnight; at scale 200 a clerk's counts
-- went from 30 to 8 ms, a supervisor's from 19 to (README, Speed).
--
-- The district's day is written `(SELECT casedesk.today())`: a scalar
-- sub-select is computed once per query (an InitPlan), where a bare
-- casedesk.today() in a per-row expression reads the zone from
-- pg_db_role_setting once per row (~30 µs each; the working-day window
-- alone took 14 ms of the staff counts' 40–54 ms at scale 1, now 4–13 ms).

-- The open tasks the caller may read: staff, those their unit leads or
-- co-handles, each once, as task_seen keeps them for the unit (migration
-- 169: one range of its key) with the day the next report counts from;
-- supervisors and inspectors, all (no report day: they are not asked for
-- one); anyone else, none.  Dropped first: its columns grew.
DROP FUNCTION IF EXISTS casedesk.home_open_tasks();
CREATE FUNCTION casedesk.home_open_tasks()
    RETURNS TABLE (id bigint, status text, lead_unit_id integer, deadline date,
                   signed_at timestamptz, report_interval integer, report_base date)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT t.id, t.status, t.lead_unit_id, t.deadline, t.signed_at, t.report_interval, NULL::date
      FROM casedesk.task t
     WHERE t.status <> 'closed' AND (SELECT casedesk.my_role()) IN ('supervisor', 'inspector')
    UNION ALL
    SELECT s.task_id, s.status, s.lead_unit, s.deadline, s.signed_at, s.report_interval, s.report_base
      FROM casedesk.task_seen s
     WHERE (SELECT casedesk.my_role()) = 'staff' AND s.unit_id = (SELECT casedesk.my_unit_id())
$$;
REVOKE EXECUTE ON FUNCTION casedesk.home_open_tasks() FROM PUBLIC;

-- A clerk's "my work": to sign, due soon, overdue, returned, report due,
-- unread, the unit's open cases (-1 when the caller is not staff).  Report
-- due reads the day each report counts from as task_seen keeps it (looking
-- up each task's last report took 11 ms at scale 200).  The
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
           count(*) FILTER (WHERE t.report_base < back.d)::integer,
           casedesk.inbox_unread_count(),
           coalesce(casedesk.my_open_case_count()::integer, -1)
      FROM s
      LEFT JOIN t ON true
      LEFT JOIN cal back ON NOT back.ahead AND back.n = t.report_interval
     GROUP BY s.warn_workdays
$$;
REVOKE EXECUTE ON FUNCTION casedesk.home_staff_counts() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk.home_staff_counts() TO casedesk_staff;

-- A supervisor's totals: awaiting verification, pending extensions, overdue,
-- unread (supervisors and inspectors read every task; anyone else gets
-- zeros).  The task counts are sums of task_open_total (migration 168).
CREATE OR REPLACE FUNCTION casedesk.home_supervisor_counts(
        OUT awaiting integer, OUT pending_extensions integer, OUT overdue integer, OUT unread integer)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT (SELECT coalesce(sum(t.n), 0) FROM casedesk.task_open_total t
             WHERE t.status = 'reported' AND w.ok)::integer,
           (SELECT count(*) FROM casedesk.task_extension e WHERE e.status = 'pending' AND w.ok)::integer,
           (SELECT coalesce(sum(t.n), 0) FROM casedesk.task_open_total t
             WHERE t.status IN ('assigned','signed','in_progress','returned')
               AND t.deadline < (SELECT casedesk.today()) AND w.ok)::integer,
           casedesk.inbox_unread_count()
      FROM (SELECT casedesk.my_role() IN ('supervisor', 'inspector') AS ok) w
$$;
REVOKE EXECUTE ON FUNCTION casedesk.home_supervisor_counts() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk.home_supervisor_counts() TO casedesk_supervisor, casedesk_inspector;

-- Per unit with open tasks or cards this year: open, overdue, yellow, red;
-- worst first.  One pass over the open tasks' totals per lead unit, status
-- and deadline (task_open_total, migration 168) and the cards' per unit,
-- kind and month (task_card_month_total, 053: the year's day rows took 4 of
-- this query's 11 ms at scale 200), grouped.
CREATE OR REPLACE FUNCTION casedesk.home_unit_overdue()
    RETURNS TABLE (unit_code text, unit_name text, open integer, overdue integer,
                   yellow integer, red integer)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    WITH ok AS (SELECT casedesk.my_role() IN ('supervisor', 'inspector') AS ok),
    tk AS (
        SELECT t.lead_unit_id AS unit_id, sum(t.n) AS open,
               coalesce(sum(t.n) FILTER (WHERE t.status IN ('assigned','signed','in_progress','returned')
                                           AND t.deadline < (SELECT casedesk.today())), 0) AS overdue
          FROM casedesk.task_open_total t
         WHERE (SELECT ok.ok FROM ok)
         GROUP BY t.lead_unit_id),
    cd AS (
        SELECT c.unit_id, coalesce(sum(c.n) FILTER (WHERE c.kind = 'yellow'), 0) AS yellow,
               coalesce(sum(c.n) FILTER (WHERE c.kind = 'red'), 0) AS red
          FROM casedesk.task_card_month_total c
         WHERE c.kind IN ('yellow', 'red') AND (SELECT ok.ok FROM ok)
           AND c.month >= date_trunc('year', (SELECT casedesk.today()))::date
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
