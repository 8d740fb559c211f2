-- 041_actuals: what each unit actually achieved, the assessment score and
-- the ranking.
--
-- Definitions (the briefing and the tests rely on them):
--   households_expropriated  expropriation cases of households whose agreement
--                            was signed (signed_on) in the period
--   enterprises_expropriated the same for enterprises and institutions
--   house_area_m2            house area of those households
--   land_mu                  land area (mu) of all cases signed in the period
--   households_resettled     households resettled in a flat (resettlement
--                            'flat') whose case was closed in the period
--   violations_removed       violations resolved (resolved_on) in the period
--                            by demolition or rectification
--   villages_certified       violation-free certifications (无违村) granted in
--                            the period
--   patrol_coverage_pct      villages patrolled at least once in the period,
--                            out of all villages of the unit, in percent
--   tasks_closed_on_time     tasks led by the unit with a deadline in the
--                            period, closed no later than the deadline, in
--                            percent of those tasks
-- Deductions in the period: yellow and red cards issued against the unit;
-- overdue tasks = tasks led by the unit with a deadline in the period that
-- has passed, not closed by it.
--
-- These are aggregates over every unit: the functions are SECURITY DEFINER
-- and return counts only, never rows (the briefing and the ranking are
-- published to all staff).  Dates of timestamps are taken in the session's
-- TimeZone, like current_date (set the database's TimeZone to Asia/Shanghai).

-- First and last day of a period; refuses a bad period with one sentence.
CREATE FUNCTION casedesk.period_bounds(p_year integer, p_period text, p_index integer,
        OUT d_from date, OUT d_to date, OUT year_fraction numeric)
    LANGUAGE plpgsql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF p_year IS NULL OR p_year NOT BETWEEN 2000 AND 2100 THEN
        RAISE EXCEPTION USING MESSAGE = 'The year must be between 2000 and 2100.', ERRCODE = '22023';
    END IF;
    CASE coalesce(p_period, 'year')
    WHEN 'year' THEN
        d_from := make_date(p_year, 1, 1); d_to := make_date(p_year, 12, 31); year_fraction := 1;
    WHEN 'quarter' THEN
        IF p_index IS NULL OR p_index NOT BETWEEN 1 AND 4 THEN
            RAISE EXCEPTION USING MESSAGE = 'The quarter must be between 1 and 4.', ERRCODE = '22023';
        END IF;
        d_from := make_date(p_year, 3 * p_index - 2, 1);
        d_to := (d_from + interval '3 months')::date - 1; year_fraction := 0.25;
    WHEN 'month' THEN
        IF p_index IS NULL OR p_index NOT BETWEEN 1 AND 12 THEN
            RAISE EXCEPTION USING MESSAGE = 'The month must be between 1 and 12.', ERRCODE = '22023';
        END IF;
        d_from := make_date(p_year, p_index, 1);
        d_to := (d_from + interval '1 month')::date - 1; year_fraction := 1.0 / 12;
    ELSE
        RAISE EXCEPTION USING MESSAGE = 'The period must be year, quarter or month.', ERRCODE = '22023';
    END CASE;
END $$;

-- Unit id of a code; NULL code means "all units".  Refuses unknown codes.
CREATE FUNCTION casedesk.unit_id_of(p_code text) RETURNS integer
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v integer;
BEGIN
    IF p_code IS NULL OR p_code = '' THEN RETURN NULL; END IF;
    SELECT id INTO v FROM casedesk.unit WHERE code = p_code;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING MESSAGE = format('There is no unit with the code "%s".', p_code),
            ERRCODE = '22023';
    END IF;
    RETURN v;
END $$;

-- Actuals of every unit (or one) for [p_from, p_to]: one row per unit and
-- metric, units without any activity included with 0 (percentages NULL
-- when there is nothing to divide by).
CREATE FUNCTION casedesk.unit_actuals(p_from date, p_to date, p_unit_id integer DEFAULT NULL)
    RETURNS TABLE (unit_id integer, metric text, actual numeric)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    WITH u AS (
        SELECT id FROM casedesk.unit
         WHERE (p_unit_id IS NULL OR id = p_unit_id)
    ), exp AS (
        SELECT e.unit_id,
               count(*) FILTER (WHERE e.party_kind = 'household') AS hh,
               count(*) FILTER (WHERE e.party_kind = 'enterprise') AS ent,
               coalesce(sum(e.house_area) FILTER (WHERE e.party_kind = 'household'), 0) AS area,
               coalesce(sum(e.land_area_mu), 0) AS mu
          FROM casedesk.expropriation e
         WHERE e.signed_on BETWEEN p_from AND p_to
           AND (p_unit_id IS NULL OR e.unit_id = p_unit_id)
         GROUP BY e.unit_id
    ), flat AS (
        SELECT c.unit_id, count(*) AS n
          FROM casedesk.case_file c
          JOIN casedesk.expropriation e ON e.id = c.id
         WHERE c.kind = 'expropriation' AND c.closed_on BETWEEN p_from AND p_to
           AND e.party_kind = 'household' AND e.resettlement = 'flat'
           AND (p_unit_id IS NULL OR c.unit_id = p_unit_id)
         GROUP BY c.unit_id
    ), vio AS (
        SELECT v.unit_id, count(*) AS n
          FROM casedesk.violation v
         WHERE v.resolved_on BETWEEN p_from AND p_to
           AND v.resolution IN ('demolished','rectified')
           AND (p_unit_id IS NULL OR v.unit_id = p_unit_id)
         GROUP BY v.unit_id
    ), cert AS (
        SELECT vl.unit_id, count(*) AS n
          FROM casedesk.village_certification vc
          JOIN casedesk.village vl ON vl.id = vc.village_id
         WHERE vc.certified_on BETWEEN p_from AND p_to
           AND (p_unit_id IS NULL OR vl.unit_id = p_unit_id)
         GROUP BY vl.unit_id
    ), cover AS (
        SELECT vl.unit_id, count(*) AS villages,
               count(*) FILTER (WHERE EXISTS (
                   SELECT 1 FROM casedesk.patrol_village pv
                     JOIN casedesk.patrol p ON p.id = pv.patrol_id
                    WHERE pv.village_id = vl.id AND p.patrol_on BETWEEN p_from AND p_to)) AS patrolled
          FROM casedesk.village vl
         WHERE (p_unit_id IS NULL OR vl.unit_id = p_unit_id)
         GROUP BY vl.unit_id
    ), tk AS (
        SELECT t.lead_unit_id AS unit_id, count(*) AS due,
               count(*) FILTER (WHERE t.status = 'closed'
                   AND (t.closed_at)::date <= t.deadline) AS on_time
          FROM casedesk.task t
         WHERE t.deadline BETWEEN p_from AND p_to
           AND (p_unit_id IS NULL OR t.lead_unit_id = p_unit_id)
         GROUP BY t.lead_unit_id
    )
    SELECT u.id, m.metric, m.actual
      FROM u
      LEFT JOIN exp ON exp.unit_id = u.id
      LEFT JOIN flat ON flat.unit_id = u.id
      LEFT JOIN vio ON vio.unit_id = u.id
      LEFT JOIN cert ON cert.unit_id = u.id
      LEFT JOIN cover ON cover.unit_id = u.id
      LEFT JOIN tk ON tk.unit_id = u.id
     CROSS JOIN LATERAL (VALUES
        ('households_expropriated', coalesce(exp.hh, 0)::numeric),
        ('enterprises_expropriated', coalesce(exp.ent, 0)::numeric),
        ('house_area_m2', coalesce(exp.area, 0)),
        ('land_mu', coalesce(exp.mu, 0)),
        ('households_resettled', coalesce(flat.n, 0)::numeric),
        ('violations_removed', coalesce(vio.n, 0)::numeric),
        ('villages_certified', coalesce(cert.n, 0)::numeric),
        ('patrol_coverage_pct', round(100.0 * cover.patrolled / nullif(cover.villages, 0), 2)),
        ('tasks_closed_on_time', round(100.0 * tk.on_time / nullif(tk.due, 0), 2))
     ) AS m(metric, actual)
$$;

-- Cards and overdue tasks per unit in [p_from, p_to].
CREATE FUNCTION casedesk.unit_deductibles(p_from date, p_to date)
    RETURNS TABLE (unit_id integer, yellow_cards bigint, red_cards bigint, overdue_tasks bigint)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT u.id,
           (SELECT count(*) FROM casedesk.task_card k
             WHERE k.unit_id = u.id AND k.kind = 'yellow' AND k.issued_on BETWEEN p_from AND p_to),
           (SELECT count(*) FROM casedesk.task_card k
             WHERE k.unit_id = u.id AND k.kind = 'red' AND k.issued_on BETWEEN p_from AND p_to),
           (SELECT count(*) FROM casedesk.task t
             WHERE t.lead_unit_id = u.id AND t.deadline BETWEEN p_from AND p_to
               AND t.deadline < current_date
               AND (t.status <> 'closed'
                    OR (t.closed_at)::date > t.deadline))
      FROM casedesk.unit u
$$;

-- The scoring rule in force for a year: its own, else the latest earlier one.
CREATE FUNCTION casedesk.score_rule_year(p_year integer) RETURNS integer
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$ SELECT max(year) FROM casedesk.score_rule WHERE year <= p_year $$;

-- Per unit and metric: target (pro-rated to the period for counts), actual,
-- percent of target and the points earned.  Only units with targets that
-- year.  A zero or missing target earns the full weight (nothing was asked),
-- so there is never a division by zero.
CREATE FUNCTION casedesk.unit_scores(p_year integer, p_period text DEFAULT 'year', p_index integer DEFAULT NULL)
    RETURNS TABLE (unit_id integer, metric text, target numeric, actual numeric,
                   pct numeric, weight numeric, points numeric)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    b      record;
    v_rule integer;
    v_msg  text;
BEGIN
    SELECT * INTO b FROM casedesk.period_bounds(p_year, p_period, p_index);
    IF NOT EXISTS (SELECT 1 FROM casedesk.target t WHERE t.year = p_year) THEN
        RAISE EXCEPTION USING MESSAGE = format('No targets have been set for %s.', p_year), ERRCODE = 'P0001';
    END IF;
    v_rule := casedesk.score_rule_year(p_year);
    IF v_rule IS NULL THEN
        RAISE EXCEPTION USING MESSAGE = format('No scoring rule has been set for %s or any earlier year.', p_year),
            ERRCODE = 'P0001';
    END IF;
    v_msg := casedesk.score_rule_problem(v_rule);
    IF v_msg IS NOT NULL THEN
        RAISE EXCEPTION USING MESSAGE = v_msg, ERRCODE = '23514';
    END IF;
    RETURN QUERY
    WITH tu AS (SELECT DISTINCT t.unit_id FROM casedesk.target t WHERE t.year = p_year),
    tv AS (
        SELECT t.unit_id, t.metric,
               CASE WHEN t.metric IN ('patrol_coverage_pct','tasks_closed_on_time') THEN t.target_value
                    ELSE round(t.target_value * b.year_fraction, 2) END AS target
          FROM casedesk.target t WHERE t.year = p_year
    ),
    act AS (SELECT a.* FROM casedesk.unit_actuals(b.d_from, b.d_to) a WHERE a.unit_id IN (SELECT tu.unit_id FROM tu))
    SELECT tu.unit_id, r.metric, tv.target, a.actual,
           CASE WHEN coalesce(tv.target, 0) > 0 THEN round(100 * coalesce(a.actual, 0) / tv.target, 2) END,
           r.weight,
           round(CASE WHEN coalesce(tv.target, 0) = 0 THEN r.weight
                      ELSE r.weight * least(coalesce(a.actual, 0) / tv.target, 1) END, 2)
      FROM tu
     CROSS JOIN casedesk.score_rule r
      LEFT JOIN tv ON tv.unit_id = tu.unit_id AND tv.metric = r.metric
      LEFT JOIN act a ON a.unit_id = tu.unit_id AND a.metric = r.metric
     WHERE r.year = v_rule;
END $$;

-- The ranking of the units that have targets in p_year, for the year, a
-- quarter (p_index 1-4) or a month (1-12).  score = sum of points minus
-- deductions (capped at max_deduction), never below 0; equal scores share a
-- rank.  Without a score_deduction row: 1 / 3 / 0.5 per yellow / red /
-- overdue task, at most 30, threshold 60.
CREATE FUNCTION casedesk.ranking(p_year integer, p_period text DEFAULT 'year', p_index integer DEFAULT NULL)
    RETURNS TABLE (unit_id integer, unit_code text, unit_name text, base_score numeric,
                   yellow_cards bigint, red_cards bigint, overdue_tasks bigint,
                   deduction numeric, score numeric, rank bigint, below_threshold boolean)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    b  record;
    d  record;
BEGIN
    SELECT * INTO b FROM casedesk.period_bounds(p_year, p_period, p_index);
    SELECT coalesce(x.per_yellow, 1) AS py, coalesce(x.per_red, 3) AS pr,
           coalesce(x.per_overdue, 0.5) AS po, coalesce(x.max_deduction, 30) AS mx,
           coalesce(x.accountability_threshold, 60) AS th
      INTO d
      FROM (SELECT 1) one
      LEFT JOIN casedesk.score_deduction x
        ON x.year = (SELECT max(y.year) FROM casedesk.score_deduction y WHERE y.year <= p_year);
    RETURN QUERY
    WITH s AS (SELECT us.unit_id, sum(us.points) AS base
                 FROM casedesk.unit_scores(p_year, p_period, p_index) us GROUP BY us.unit_id),
    k AS (
        SELECT s.unit_id, s.base, dd.yellow_cards, dd.red_cards, dd.overdue_tasks,
               least(d.py * dd.yellow_cards + d.pr * dd.red_cards + d.po * dd.overdue_tasks, d.mx) AS ded
          FROM s JOIN casedesk.unit_deductibles(b.d_from, b.d_to) dd ON dd.unit_id = s.unit_id
    )
    SELECT k.unit_id, u.code, u.name, k.base, k.yellow_cards, k.red_cards, k.overdue_tasks,
           k.ded, greatest(k.base - k.ded, 0),
           rank() OVER (ORDER BY greatest(k.base - k.ded, 0) DESC),
           greatest(k.base - k.ded, 0) < d.th
      FROM k JOIN casedesk.unit u ON u.id = k.unit_id
     ORDER BY 10, u.code;
END $$;

-- Units below the accountability threshold (问责) for a year.
CREATE FUNCTION casedesk.accountability_units(p_year integer)
    RETURNS TABLE (unit_code text, unit_name text, score numeric, rank bigint)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT r.unit_code, r.unit_name, r.score, r.rank
      FROM casedesk.ranking(p_year, 'year', NULL) r WHERE r.below_threshold
     ORDER BY r.rank, r.unit_code
$$;

-- Indexes the actuals use (the case tables belong to 010; these serve the
-- period aggregates at 1M cases).
CREATE INDEX IF NOT EXISTS expropriation_signed_idx
    ON casedesk.expropriation(signed_on) INCLUDE (unit_id, party_kind, house_area, land_area_mu, resettlement)
    WHERE signed_on IS NOT NULL;
CREATE INDEX IF NOT EXISTS case_file_kind_closed_idx
    ON casedesk.case_file(kind, closed_on) INCLUDE (unit_id) WHERE closed_on IS NOT NULL;
CREATE INDEX IF NOT EXISTS violation_resolved_idx
    ON casedesk.violation(resolved_on) INCLUDE (unit_id, resolution) WHERE resolved_on IS NOT NULL;
CREATE INDEX IF NOT EXISTS violation_found_idx ON casedesk.violation(found_on) INCLUDE (unit_id, stock);
CREATE INDEX IF NOT EXISTS patrol_on_idx ON casedesk.patrol(patrol_on) INCLUDE (id, unit_id);
CREATE INDEX IF NOT EXISTS village_certification_on_idx ON casedesk.village_certification(certified_on);
CREATE INDEX IF NOT EXISTS task_deadline_lead_idx ON casedesk.task(deadline, lead_unit_id);
CREATE INDEX IF NOT EXISTS task_card_issued_idx ON casedesk.task_card(issued_on, unit_id, kind);

DO $$
DECLARE f regprocedure;
BEGIN
    FOR f IN SELECT p.oid::regprocedure FROM pg_proc p
              WHERE p.pronamespace = 'casedesk'::regnamespace
                AND p.proname IN ('period_bounds','unit_id_of','unit_actuals','unit_deductibles',
                                  'score_rule_year','unit_scores','ranking','accountability_units')
    LOOP
        EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f);
        EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin', f);
    END LOOP;
END $$;
