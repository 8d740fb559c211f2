-- functions/173_task_totals.sql: the triggers that keep
-- casedesk.task_open_total and casedesk.task_card_total (migration 168)
-- and casedesk.task_due_total (053), and their rebuild.  One current
-- definition of each here; init re-runs this file whenever it changes.
--
-- Rows in and out as deltas per (lead unit, status, deadline), added with
-- ON CONFLICT in key order (as case_open_total, sql/functions/091): two
-- writers on one key add one after the other, and an edit that moves none
-- of the three columns writes nothing.  A key whose count falls to 0 is
-- deleted by the same statement's second step.
CREATE OR REPLACE FUNCTION casedesk.task_open_total_trg() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO casedesk.task_open_total AS t (lead_unit_id, status, deadline, n)
        SELECT d.lead_unit_id, d.status, d.deadline, count(*) FROM nt d WHERE d.status <> 'closed'
         GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (lead_unit_id, status, deadline) DO UPDATE SET n = t.n + excluded.n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO casedesk.task_open_total AS t (lead_unit_id, status, deadline, n)
        SELECT d.lead_unit_id, d.status, d.deadline, -count(*) FROM ot d WHERE d.status <> 'closed'
         GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (lead_unit_id, status, deadline) DO UPDATE SET n = t.n + excluded.n;
    ELSE
        INSERT INTO casedesk.task_open_total AS t (lead_unit_id, status, deadline, n)
        SELECT d.lead_unit_id, d.status, d.deadline, sum(d.s) FROM (
            SELECT lead_unit_id, status, deadline, 1 AS s FROM nt WHERE status <> 'closed'
            UNION ALL
            SELECT lead_unit_id, status, deadline, -1 FROM ot WHERE status <> 'closed') d
         GROUP BY 1, 2, 3 HAVING sum(d.s) <> 0 ORDER BY 1, 2, 3
        ON CONFLICT (lead_unit_id, status, deadline) DO UPDATE SET n = t.n + excluded.n;
    END IF;
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM casedesk.task_open_total t WHERE t.n = 0
           AND (t.lead_unit_id, t.status, t.deadline) IN (SELECT o.lead_unit_id, o.status, o.deadline FROM ot o);
    END IF;
    RETURN NULL;
END $$;
REVOKE EXECUTE ON FUNCTION casedesk.task_open_total_trg() FROM PUBLIC;

-- The whole table again (after a seed loaded with triggers off, or to repair).
CREATE OR REPLACE FUNCTION casedesk.task_totals_rebuild() RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v bigint;
BEGIN
    LOCK TABLE casedesk.task IN SHARE MODE;
    LOCK TABLE casedesk.task_open_total IN EXCLUSIVE MODE;
    DELETE FROM casedesk.task_open_total;
    INSERT INTO casedesk.task_open_total (lead_unit_id, status, deadline, n)
    SELECT t.lead_unit_id, t.status, t.deadline, count(*) FROM casedesk.task t
     WHERE t.status <> 'closed' GROUP BY 1, 2, 3;
    GET DIAGNOSTICS v = ROW_COUNT;
    -- the tasks due per month, in the district's zone now (053)
    LOCK TABLE casedesk.task_due_total, casedesk.task_due_zone IN EXCLUSIVE MODE;
    DELETE FROM casedesk.task_due_zone;
    INSERT INTO casedesk.task_due_zone (zone) VALUES (casedesk.district_zone());
    DELETE FROM casedesk.task_due_total;
    INSERT INTO casedesk.task_due_total (lead_unit_id, month, due, on_time, late, open)
    SELECT t.lead_unit_id, date_trunc('month', t.deadline)::date, count(*),
           count(*) FILTER (WHERE t.status = 'closed' AND (t.closed_at AT TIME ZONE z.zone)::date <= t.deadline),
           count(*) FILTER (WHERE t.status = 'closed' AND (t.closed_at AT TIME ZONE z.zone)::date > t.deadline),
           count(*) FILTER (WHERE t.status <> 'closed')
      FROM casedesk.task t, casedesk.task_due_zone z
     GROUP BY 1, 2;
    LOCK TABLE casedesk.task_card IN SHARE MODE;
    LOCK TABLE casedesk.task_card_total IN EXCLUSIVE MODE;
    DELETE FROM casedesk.task_card_total;
    INSERT INTO casedesk.task_card_total (unit_id, kind, issued_on, n)
    SELECT c.unit_id, c.kind, c.issued_on, count(*) FROM casedesk.task_card c GROUP BY 1, 2, 3;
    LOCK TABLE casedesk.task_card_month_total IN EXCLUSIVE MODE;
    DELETE FROM casedesk.task_card_month_total;
    INSERT INTO casedesk.task_card_month_total (unit_id, kind, month, n)
    SELECT c.unit_id, c.kind, date_trunc('month', c.issued_on)::date, count(*) FROM casedesk.task_card c
     GROUP BY 1, 2, 3;
    RETURN v;
END $$;
REVOKE EXECUTE ON FUNCTION casedesk.task_totals_rebuild() FROM PUBLIC;

-- Tasks due per lead unit and month (migration 053): the signed rows of
-- the transition tables, the closing day in the zone task_due_zone records
-- (not the district's now: the table stays in one zone until rebuilt).
-- Only keys whose figures move are written, in key order.
CREATE OR REPLACE FUNCTION casedesk.task_due_total_trg() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_zone text := (SELECT z.zone FROM casedesk.task_due_zone z);
BEGIN
    EXECUTE format($q$
        INSERT INTO casedesk.task_due_total AS t (lead_unit_id, month, due, on_time, late, open)
        SELECT d.lead_unit_id, date_trunc('month', d.deadline)::date, sum(d.s), sum(d.s * d.ok), sum(d.s * d.late),
               sum(d.s * d.open)
          FROM (SELECT x.lead_unit_id, x.deadline, x.s,
                       CASE WHEN x.status = 'closed' AND (x.closed_at AT TIME ZONE $1)::date <= x.deadline THEN 1 ELSE 0 END,
                       CASE WHEN x.status = 'closed' AND (x.closed_at AT TIME ZONE $1)::date > x.deadline THEN 1 ELSE 0 END,
                       CASE WHEN x.status <> 'closed' THEN 1 ELSE 0 END
                  FROM (%s) x (lead_unit_id, deadline, status, closed_at, s)) d (lead_unit_id, deadline, s, ok, late, open)
         GROUP BY 1, 2
        HAVING sum(d.s) <> 0 OR sum(d.s * d.ok) <> 0 OR sum(d.s * d.late) <> 0 OR sum(d.s * d.open) <> 0
         ORDER BY 1, 2
        ON CONFLICT (lead_unit_id, month) DO UPDATE
           SET due = t.due + excluded.due, on_time = t.on_time + excluded.on_time, late = t.late + excluded.late,
               open = t.open + excluded.open
    $q$, concat_ws(' UNION ALL ',
        CASE WHEN TG_OP <> 'DELETE' THEN 'SELECT lead_unit_id, deadline, status, closed_at, 1 FROM nt' END,
        CASE WHEN TG_OP <> 'INSERT' THEN 'SELECT lead_unit_id, deadline, status, closed_at, -1 FROM ot' END))
    USING v_zone;
    RETURN NULL;
END $$;
REVOKE EXECUTE ON FUNCTION casedesk.task_due_total_trg() FROM PUBLIC;

CREATE OR REPLACE TRIGGER task_due_total_ins AFTER INSERT ON casedesk.task
    REFERENCING NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION casedesk.task_due_total_trg();
CREATE OR REPLACE TRIGGER task_due_total_upd AFTER UPDATE ON casedesk.task
    REFERENCING OLD TABLE AS ot NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION casedesk.task_due_total_trg();
CREATE OR REPLACE TRIGGER task_due_total_del AFTER DELETE ON casedesk.task
    REFERENCING OLD TABLE AS ot FOR EACH STATEMENT EXECUTE FUNCTION casedesk.task_due_total_trg();

-- Whether task_due_total may be read now: it was built in the district's
-- zone of today.
CREATE OR REPLACE FUNCTION casedesk.task_due_total_current() RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN coalesce((SELECT z.zone = casedesk.district_zone() FROM casedesk.task_due_zone z), false);
END $$;
REVOKE EXECUTE ON FUNCTION casedesk.task_due_total_current() FROM PUBLIC;

CREATE OR REPLACE TRIGGER task_open_total_ins AFTER INSERT ON casedesk.task
    REFERENCING NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION casedesk.task_open_total_trg();
CREATE OR REPLACE TRIGGER task_open_total_upd AFTER UPDATE ON casedesk.task
    REFERENCING OLD TABLE AS ot NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION casedesk.task_open_total_trg();
CREATE OR REPLACE TRIGGER task_open_total_del AFTER DELETE ON casedesk.task
    REFERENCING OLD TABLE AS ot FOR EACH STATEMENT EXECUTE FUNCTION casedesk.task_open_total_trg();

-- Cards in and out, as the open tasks above (a card is not closed: every
-- row counts), per day and, for the ranking and the briefing, per month
-- (task_card_month_total, migration 053): one set of deltas, the day rows
-- written, then the month rows (the CTE "m" is not read by the outer
-- statement, so it runs after it), each in key order.
CREATE OR REPLACE FUNCTION casedesk.task_card_total_trg() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    EXECUTE format($q$
        WITH d AS MATERIALIZED (
            SELECT x.unit_id, x.kind, x.issued_on, sum(x.s) AS n
              FROM (%s) x (unit_id, kind, issued_on, s)
             GROUP BY 1, 2, 3 HAVING sum(x.s) <> 0
        ), m AS (
            INSERT INTO casedesk.task_card_month_total AS t (unit_id, kind, month, n)
            SELECT d.unit_id, d.kind, date_trunc('month', d.issued_on)::date, sum(d.n) FROM d
             GROUP BY 1, 2, 3 HAVING sum(d.n) <> 0 ORDER BY 1, 2, 3
            ON CONFLICT (unit_id, kind, month) DO UPDATE SET n = t.n + excluded.n
        )
        INSERT INTO casedesk.task_card_total AS t (unit_id, kind, issued_on, n)
        SELECT d.unit_id, d.kind, d.issued_on, d.n FROM d ORDER BY 1, 2, 3
        ON CONFLICT (unit_id, kind, issued_on) DO UPDATE SET n = t.n + excluded.n
    $q$, concat_ws(' UNION ALL ',
        CASE WHEN TG_OP <> 'DELETE' THEN 'SELECT unit_id, kind, issued_on, 1 FROM nt' END,
        CASE WHEN TG_OP <> 'INSERT' THEN 'SELECT unit_id, kind, issued_on, -1 FROM ot' END));
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM casedesk.task_card_total t WHERE t.n = 0
           AND (t.unit_id, t.kind, t.issued_on) IN (SELECT o.unit_id, o.kind, o.issued_on FROM ot o);
        DELETE FROM casedesk.task_card_month_total t WHERE t.n = 0
           AND (t.unit_id, t.kind, t.month) IN (SELECT o.unit_id, o.kind, date_trunc('month', o.issued_on)::date
                                                   FROM ot o);
    END IF;
    RETURN NULL;
END $$;
REVOKE EXECUTE ON FUNCTION casedesk.task_card_total_trg() FROM PUBLIC;

CREATE OR REPLACE TRIGGER task_card_total_ins AFTER INSERT ON casedesk.task_card
    REFERENCING NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION casedesk.task_card_total_trg();
CREATE OR REPLACE TRIGGER task_card_total_upd AFTER UPDATE ON casedesk.task_card
    REFERENCING OLD TABLE AS ot NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION casedesk.task_card_total_trg();
CREATE OR REPLACE TRIGGER task_card_total_del AFTER DELETE ON casedesk.task_card
    REFERENCING OLD TABLE AS ot FOR EACH STATEMENT EXECUTE FUNCTION casedesk.task_card_total_trg();

-- Per lead unit, the tasks whose deadline falls in [p_from, p_to]: due,
-- closed by the deadline (the closing day in the district's zone), overdue
-- (deadline before today and not closed by it) and, of those, still open.
-- The one definition the progress screen, the ranking and the briefing
-- count tasks by.  Over whole months, while task_due_total is in the
-- district's zone, from the kept month rows: due and on time; overdue and
-- open, for the months before this one, their late and open tasks; and
-- for this month, whose row also holds tasks not yet due, the tasks due
-- before today counted directly (a few days of deadlines, index-only).
-- Otherwise the tasks themselves are counted.  Only units with such tasks
-- have a row.  Static queries on a generic plan: the briefing asks three
-- times (its tasks, the ranking's scores and deductions), and the plan of
-- the first serves the others.
CREATE OR REPLACE FUNCTION casedesk.task_period_figures(p_from date, p_to date, p_unit_id integer DEFAULT NULL)
    RETURNS TABLE (unit_id integer, due bigint, on_time bigint, overdue bigint, open_overdue bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    SET plan_cache_mode = force_generic_plan
AS $fn$
DECLARE
    v_zone  text := casedesk.district_zone();
    v_today date := casedesk.today();
    v_month date := date_trunc('month', v_today)::date;
BEGIN
    IF casedesk.whole_months(p_from, p_to)
       -- task_due_total_current(), with the zone already read
       AND coalesce((SELECT z.zone = v_zone FROM casedesk.task_due_zone z), false) THEN
        RETURN QUERY
        WITH m AS (
            SELECT x.lead_unit_id AS uid, sum(x.due) AS due, sum(x.on_time) AS on_time,
                   coalesce(sum(x.late + x.open) FILTER (WHERE x.month < v_month), 0) AS overdue,
                   coalesce(sum(x.open) FILTER (WHERE x.month < v_month), 0) AS open
              FROM casedesk.task_due_total x
             WHERE x.month BETWEEN p_from AND p_to AND (p_unit_id IS NULL OR x.lead_unit_id = p_unit_id)
             GROUP BY 1
        ), l AS (
            SELECT t.lead_unit_id AS uid,
                   count(*) FILTER (WHERE t.status <> 'closed' OR (t.closed_at AT TIME ZONE v_zone)::date > t.deadline)
                       AS overdue,
                   count(*) FILTER (WHERE t.status <> 'closed') AS open
              FROM casedesk.task t
             WHERE t.deadline >= greatest(p_from, v_month) AND t.deadline <= p_to AND t.deadline < v_today
               AND (p_unit_id IS NULL OR t.lead_unit_id = p_unit_id)
             GROUP BY 1
        )
        SELECT coalesce(m.uid, l.uid), coalesce(m.due, 0)::bigint, coalesce(m.on_time, 0)::bigint,
               (coalesce(m.overdue, 0) + coalesce(l.overdue, 0))::bigint,
               (coalesce(m.open, 0) + coalesce(l.open, 0))::bigint
          FROM m FULL JOIN l ON l.uid = m.uid;
    ELSE
        RETURN QUERY
        SELECT t.lead_unit_id, count(*),
               count(*) FILTER (WHERE t.status = 'closed' AND (t.closed_at AT TIME ZONE v_zone)::date <= t.deadline),
               count(*) FILTER (WHERE t.deadline < v_today AND (t.status <> 'closed'
                                   OR (t.closed_at AT TIME ZONE v_zone)::date > t.deadline)),
               count(*) FILTER (WHERE t.deadline < v_today AND t.status <> 'closed')
          FROM casedesk.task t
         WHERE t.deadline BETWEEN p_from AND p_to AND (p_unit_id IS NULL OR t.lead_unit_id = p_unit_id)
         GROUP BY 1;
    END IF;
END $fn$;
-- a helper of the scoring functions, as unit_actuals (functions/055)
REVOKE EXECUTE ON FUNCTION casedesk.task_period_figures(date, date, integer) FROM PUBLIC;
