-- functions/055_targets.sql: targets, scoring rules, actuals, scores, the ranking and the
-- yearly briefing (the additive figures read from unit_day_total, 055).
-- One current definition of each function, view and trigger here; init
-- re-runs this file whenever it changes (README, HACKING).

-- Version, audit and notify triggers of the target tables.
DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['target','score_rule','score_deduction','commendation'] LOOP
        EXECUTE format('CREATE OR REPLACE TRIGGER %I BEFORE UPDATE ON casedesk.%I
                        FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version()', t || '_version', t);
        EXECUTE format('CREATE OR REPLACE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON casedesk.%I
                        FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger()', t);
        EXECUTE format('CREATE OR REPLACE TRIGGER notify AFTER INSERT OR UPDATE OR DELETE ON casedesk.%I
                        FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger()', t);
    END LOOP;
END $$;

CREATE OR REPLACE FUNCTION casedesk.target_metrics() RETURNS text[]
    LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
AS $$ SELECT ARRAY['households_expropriated','enterprises_expropriated','house_area_m2',
                   'land_mu','households_resettled','violations_removed',
                   'villages_certified','patrol_coverage_pct','tasks_closed_on_time'] $$;

-- A clear sentence when a year's weights do not add up to 100, NULL when they
-- do (or when the year has no weights at all, which the ranking refuses itself).
CREATE OR REPLACE FUNCTION casedesk.score_rule_problem(p_year integer) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT format('The scoring weights for %s add up to %s, not 100.', p_year, trim_scale(sum(weight)))
      FROM casedesk.score_rule WHERE year = p_year
    HAVING sum(weight) <> 100
$$;

CREATE OR REPLACE FUNCTION casedesk.score_rule_sum_check() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_year integer := CASE WHEN TG_OP = 'DELETE' THEN OLD.year ELSE NEW.year END;
    v_msg  text;
BEGIN
    v_msg := casedesk.score_rule_problem(v_year);
    IF v_msg IS NOT NULL THEN
        RAISE EXCEPTION USING MESSAGE = v_msg, ERRCODE = '23514';
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.year <> NEW.year THEN
        v_msg := casedesk.score_rule_problem(OLD.year);
        IF v_msg IS NOT NULL THEN
            RAISE EXCEPTION USING MESSAGE = v_msg, ERRCODE = '23514';
        END IF;
    END IF;
    RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS score_rule_sum ON casedesk.score_rule;
CREATE CONSTRAINT TRIGGER score_rule_sum AFTER INSERT OR UPDATE OR DELETE ON casedesk.score_rule
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION casedesk.score_rule_sum_check();

-- Replace a year's weights in one step: p_weights = {"metric": weight, ...}.
CREATE OR REPLACE FUNCTION casedesk.score_rule_set(p_year integer, p_weights jsonb) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_bad text;
    v_sum numeric;
BEGIN
    IF casedesk.my_role() IS DISTINCT FROM 'admin' AND casedesk.my_role() IS DISTINCT FROM 'supervisor' THEN
        RAISE EXCEPTION USING MESSAGE = 'Only administrators and supervisors may change the scoring rules.',
            ERRCODE = '42501';
    END IF;
    IF p_weights IS NULL OR jsonb_typeof(p_weights) <> 'object' THEN
        RAISE EXCEPTION USING MESSAGE = 'The weights must be given as an object of metric and weight.',
            ERRCODE = '23514';
    END IF;
    SELECT k INTO v_bad FROM jsonb_object_keys(p_weights) k
     WHERE k <> ALL (casedesk.target_metrics()) LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION USING MESSAGE = format('%s is not an assessment metric.', v_bad), ERRCODE = '23514';
    END IF;
    SELECT sum((v)::numeric) INTO v_sum FROM jsonb_each_text(p_weights) AS e(k, v);
    IF v_sum IS DISTINCT FROM 100 THEN
        RAISE EXCEPTION USING MESSAGE = format('The scoring weights for %s add up to %s, not 100.',
            p_year, coalesce(trim_scale(v_sum)::text, '0')), ERRCODE = '23514';
    END IF;
    DELETE FROM casedesk.score_rule WHERE year = p_year;
    INSERT INTO casedesk.score_rule (year, metric, weight)
        SELECT p_year, k, v::numeric FROM jsonb_each_text(p_weights) AS e(k, v);
END $$;

GRANT EXECUTE ON FUNCTION casedesk.target_metrics(), casedesk.score_rule_problem(integer)
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin;
GRANT EXECUTE ON FUNCTION casedesk.score_rule_set(integer, jsonb) TO casedesk_supervisor, casedesk_admin;

DO $$
DECLARE f regprocedure;
BEGIN
    FOR f IN SELECT p.oid::regprocedure FROM pg_proc p
              WHERE p.pronamespace = 'casedesk'::regnamespace
                AND p.proname IN ('target_metrics','score_rule_problem','score_rule_sum_check','score_rule_set')
    LOOP
        EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f);
    END LOOP;
END $$;

-- First and last day of a period; refuses a bad period with one sentence.
CREATE OR REPLACE FUNCTION casedesk.period_bounds(p_year integer, p_period text, p_index integer,
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

-- Whether [p_from, p_to] is whole months (first day of one to the last of
-- another): the windows the month totals (migration 053) can answer.
CREATE OR REPLACE FUNCTION casedesk.whole_months(p_from date, p_to date) RETURNS boolean
    LANGUAGE sql IMMUTABLE
AS $$ SELECT p_from = date_trunc('month', p_from)::date
             AND p_to = (date_trunc('month', p_to) + interval '1 month')::date - 1 $$;
REVOKE EXECUTE ON FUNCTION casedesk.whole_months(date, date) FROM PUBLIC;

-- Unit id of a code; NULL code means "all units".  Refuses unknown codes.
CREATE OR REPLACE FUNCTION casedesk.unit_id_of(p_code text) RETURNS integer
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

-- Actuals per unit and metric over a period.  The additive figures are
-- summed from the pre-totalled unit_month_total over whole months (the
-- periods people get), unit_day_total otherwise (functions/055_totals.sql);
-- the tasks from task_due_total (053) or casedesk.task_period_figures
-- (functions/173).  Sums of area /
-- mu that come out 0 are shown as 0 (as the direct sum over no rows was),
-- not 0.00.  The query runs through EXECUTE ... USING, so it is planned
-- afresh with the real dates on every call: a SECURITY DEFINER function is
-- never inlined, and a plain RETURN QUERY would switch to a cached generic
-- plan after five calls in a long-lived session.
CREATE OR REPLACE FUNCTION casedesk.unit_actuals(p_from date, p_to date, p_unit_id integer DEFAULT NULL)
    RETURNS TABLE (unit_id integer, metric text, actual numeric)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    v_months boolean := casedesk.whole_months(p_from, p_to);
BEGIN
    RETURN QUERY EXECUTE format($q$
    WITH u AS (
        SELECT id FROM casedesk.unit
         WHERE ($3 IS NULL OR id = $3)
    ), tot AS (
        SELECT t.unit_id,
               coalesce(sum(t.n) FILTER (WHERE t.kind LIKE 'exp:household:%%'), 0) AS hh,
               coalesce(sum(t.n) FILTER (WHERE t.kind LIKE 'exp:enterprise:%%'), 0) AS ent,
               coalesce(nullif(sum(t.area) FILTER (WHERE t.kind LIKE 'exp:household:%%'), 0), 0) AS area,
               coalesce(nullif(sum(t.mu) FILTER (WHERE t.kind LIKE 'exp:%%'), 0), 0) AS mu,
               coalesce(sum(t.n) FILTER (WHERE t.kind = 'flat'), 0) AS flat,
               coalesce(sum(t.n) FILTER (WHERE t.kind IN ('vio:demolished','vio:rectified')), 0) AS vio
          FROM casedesk.%1$I t
         WHERE t.%2$I BETWEEN $1 AND $2
           AND ($3 IS NULL OR t.unit_id = $3)
         GROUP BY t.unit_id
    ), cert AS (
        SELECT vl.unit_id, count(*) AS n
          FROM casedesk.village_certification vc
          JOIN casedesk.village vl ON vl.id = vc.village_id
         WHERE vc.certified_on BETWEEN $1 AND $2
           AND ($3 IS NULL OR vl.unit_id = $3)
         GROUP BY vl.unit_id
    ), cover AS (
        -- villages on schedule at the period's end, the briefing's rule
        -- (casedesk.patrol_coverage, functions/185)
        SELECT c.unit_id, c.villages, c.on_schedule AS patrolled
          FROM casedesk.patrol_coverage($2, $3) c
    ), tk AS (
        -- due and on time need no "today": the month rows when they serve
        -- (task_period_figures' own test), else task_period_figures, whose
        -- overdue the ranking asks for once itself (unit_deductibles)
        SELECT x.lead_unit_id AS unit_id, sum(x.due) AS due, sum(x.on_time) AS on_time
          FROM casedesk.task_due_total x
         WHERE $4 AND x.month BETWEEN $1 AND $2 AND ($3 IS NULL OR x.lead_unit_id = $3)
         GROUP BY 1
        UNION ALL
        SELECT f.unit_id, f.due, f.on_time FROM casedesk.task_period_figures($1, $2, $3) f WHERE NOT $4
    )
    SELECT u.id, m.metric, m.actual
      FROM u
      LEFT JOIN tot ON tot.unit_id = u.id
      LEFT JOIN cert ON cert.unit_id = u.id
      LEFT JOIN cover ON cover.unit_id = u.id
      LEFT JOIN tk ON tk.unit_id = u.id
     CROSS JOIN LATERAL (VALUES
        ('households_expropriated', coalesce(tot.hh, 0)::numeric),
        ('enterprises_expropriated', coalesce(tot.ent, 0)::numeric),
        ('house_area_m2', coalesce(tot.area, 0)),
        ('land_mu', coalesce(tot.mu, 0)),
        ('households_resettled', coalesce(tot.flat, 0)::numeric),
        ('violations_removed', coalesce(tot.vio, 0)::numeric),
        ('villages_certified', coalesce(cert.n, 0)::numeric),
        ('patrol_coverage_pct', round(100.0 * cover.patrolled / nullif(cover.villages, 0), 2)),
        ('tasks_closed_on_time', round(100.0 * tk.on_time / nullif(tk.due, 0), 2))
     ) AS m(metric, actual)
    $q$, CASE WHEN v_months THEN 'unit_month_total' ELSE 'unit_day_total' END,
         CASE WHEN v_months THEN 'month' ELSE 'day' END)
    USING p_from, p_to, p_unit_id, v_months AND casedesk.task_due_total_current();
END $fn$;

-- Cards and overdue tasks per unit in [p_from, p_to]: the cards from
-- task_card_month_total over whole months (migration 053), task_card_total
-- (168) otherwise, the tasks by task_period_figures.
CREATE OR REPLACE FUNCTION casedesk.unit_deductibles(p_from date, p_to date)
    RETURNS TABLE (unit_id integer, yellow_cards bigint, red_cards bigint, overdue_tasks bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    v_months boolean := casedesk.whole_months(p_from, p_to);
BEGIN
    RETURN QUERY EXECUTE format($q$
    WITH k AS (
        SELECT c.unit_id, coalesce(sum(c.n) FILTER (WHERE c.kind = 'yellow'), 0) AS y,
               coalesce(sum(c.n) FILTER (WHERE c.kind = 'red'), 0) AS r
          FROM casedesk.%1$I c
         WHERE c.%2$I BETWEEN $1 AND $2 AND c.kind IN ('yellow', 'red')
         GROUP BY 1
    )
    SELECT u.id, coalesce(k.y, 0)::bigint, coalesce(k.r, 0)::bigint, coalesce(f.overdue, 0)::bigint
      FROM casedesk.unit u
      LEFT JOIN k ON k.unit_id = u.id
      LEFT JOIN casedesk.task_period_figures($1, $2) f ON f.unit_id = u.id
    $q$, CASE WHEN v_months THEN 'task_card_month_total' ELSE 'task_card_total' END,
         CASE WHEN v_months THEN 'month' ELSE 'issued_on' END)
    USING p_from, p_to;
END $fn$;

-- The scoring rule in force for a year: its own, else the latest earlier one.
CREATE OR REPLACE FUNCTION casedesk.score_rule_year(p_year integer) RETURNS integer
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$ SELECT max(year) FROM casedesk.score_rule WHERE year <= p_year $$;

-- Per unit and metric: target (pro-rated to the period for counts), actual,
-- percent of target and the points earned.  Only units with targets that
-- year.  A zero or missing target earns the full weight (nothing was asked),
-- so there is never a division by zero.
CREATE OR REPLACE FUNCTION casedesk.unit_scores(p_year integer, p_period text DEFAULT 'year', p_index integer DEFAULT NULL)
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
CREATE OR REPLACE FUNCTION casedesk.ranking(p_year integer, p_period text DEFAULT 'year', p_index integer DEFAULT NULL)
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
CREATE OR REPLACE FUNCTION casedesk.accountability_units(p_year integer)
    RETURNS TABLE (unit_code text, unit_name text, score numeric, rank bigint)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT r.unit_code, r.unit_name, r.score, r.rank
      FROM casedesk.ranking(p_year, 'year', NULL) r WHERE r.below_threshold
     ORDER BY r.rank, r.unit_code
$$;

DO $$
DECLARE f regprocedure;
BEGIN
    FOR f IN SELECT p.oid::regprocedure FROM pg_proc p
              WHERE p.pronamespace = 'casedesk'::regnamespace
                AND p.proname IN ('period_bounds','unit_id_of',
                                  'score_rule_year','unit_scores','ranking','accountability_units')
    LOOP
        EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f);
        EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin', f);
    END LOOP;
END $$;
-- Actuals and deductibles over any window are the scoring functions' own
-- helpers, not an interface: over a one-day window a unit's "total" is one
-- household's house area.  People get whole months, quarters and years
-- (unit_scores, ranking, the briefing), never a window of their choosing.
REVOKE EXECUTE ON FUNCTION casedesk.unit_actuals(date, date, integer), casedesk.unit_deductibles(date, date)
    FROM PUBLIC, casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin;

CREATE OR REPLACE FUNCTION casedesk.briefing_check(p_year integer, p_unit_code text) RETURNS integer
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_unit integer := casedesk.unit_id_of(p_unit_code);
BEGIN
    PERFORM casedesk.period_bounds(p_year, 'year', NULL);
    IF NOT EXISTS (SELECT 1 FROM casedesk.target WHERE year = p_year) THEN
        RAISE EXCEPTION USING MESSAGE = format('No targets have been set for %s.', p_year), ERRCODE = 'P0001';
    END IF;
    RETURN v_unit;
END $$;

-- Whether a household or enterprise of the project (in the unit's part of
-- it, v_unit NULL: all) was registered -- its case opened -- in [d0, d1];
-- briefing_expropriation's third test of a project under way.
CREATE OR REPLACE FUNCTION casedesk.project_registered_within(p_project integer, p_unit integer, d0 date, d1 date)
    RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT EXISTS (SELECT 1 FROM casedesk.expropriation e JOIN casedesk.case_file c ON c.id = e.id
                    WHERE e.project_id = p_project AND (p_unit IS NULL OR e.unit_id = p_unit)
                      AND c.opened_on BETWEEN d0 AND d1)
$$;
REVOKE EXECUTE ON FUNCTION casedesk.project_registered_within(integer, integer, date, date) FROM PUBLIC;

CREATE OR REPLACE FUNCTION casedesk.briefing_expropriation(p_year integer, p_unit_code text DEFAULT NULL)
    RETURNS TABLE (projects_started bigint, households bigint, house_area_m2 numeric,
                   enterprises bigint, land_mu numeric, land_target_mu numeric,
                   land_share_pct numeric, households_resettled bigint,
                   monetised bigint, flats bigint, monetisation_pct numeric)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_unit integer := casedesk.briefing_check(p_year, p_unit_code);
    d0     date := make_date(p_year, 1, 1);
    d1     date := make_date(p_year, 12, 31);
BEGIN
    RETURN QUERY
    WITH s AS (
        SELECT coalesce(sum(x.n) FILTER (WHERE x.kind LIKE 'exp:household:%'), 0)::bigint AS hh,
               coalesce(nullif(sum(x.area) FILTER (WHERE x.kind LIKE 'exp:household:%'), 0), 0) AS area,
               coalesce(sum(x.n) FILTER (WHERE x.kind LIKE 'exp:enterprise:%'), 0)::bigint AS ent,
               coalesce(nullif(sum(x.mu) FILTER (WHERE x.kind LIKE 'exp:%'), 0), 0) AS mu,
               coalesce(sum(x.n) FILTER (WHERE x.kind = 'exp:household:money'), 0)::bigint AS money,
               coalesce(sum(x.n) FILTER (WHERE x.kind = 'exp:household:flat'), 0)::bigint AS flat,
               coalesce(sum(x.n) FILTER (WHERE x.kind = 'flat'), 0)::bigint AS resettled
          FROM casedesk.unit_month_total x
         WHERE x.month BETWEEN d0 AND d1 AND (v_unit IS NULL OR x.unit_id = v_unit)
    ), t AS (
        SELECT sum(x.target_value) AS mu
          FROM casedesk.target x
         WHERE x.year = p_year AND x.metric = 'land_mu' AND (v_unit IS NULL OR x.unit_id = v_unit)
    ), p AS (
        -- 棚改项目征收安置工作启动实施: shanty-town projects launched by the
        -- year's end whose expropriation work was under way in the year (a
        -- household or enterprise registered, signed or demolished then, in
        -- the unit's part of it).  Counting only projects whose start date
        -- fell in the year said 0 in every year after the first.  Three
        -- EXISTS, not one over an OR: each stops at its first row, where the
        -- OR made a hash join of every case with the project's households
        -- (780 ms at scale 200; 5 ms so).  The third asks a function, so
        -- the case table (23 indexes) is planned only for a project with no
        -- signing or demolition in the year: opening it took 2 of the
        -- section's 11 ms in a new session (issue 16).
        SELECT count(*) AS n FROM casedesk.project pr
         WHERE pr.kind = 'shantytown' AND coalesce(pr.started_on, d0) <= d1
           AND (EXISTS (SELECT 1 FROM casedesk.expropriation e
                         WHERE e.project_id = pr.id AND (v_unit IS NULL OR e.unit_id = v_unit)
                           AND e.signed_on BETWEEN d0 AND d1)
                OR EXISTS (SELECT 1 FROM casedesk.expropriation e
                            WHERE e.project_id = pr.id AND (v_unit IS NULL OR e.unit_id = v_unit)
                              AND e.demolished_on BETWEEN d0 AND d1)
                OR casedesk.project_registered_within(pr.id, v_unit, d0, d1))
    )
    SELECT p.n, s.hh, s.area, s.ent, s.mu, t.mu,
           CASE WHEN t.mu > 0 THEN round(100 * s.mu / t.mu, 1) END,
           s.resettled, s.money, s.flat,
           CASE WHEN s.money + s.flat > 0 THEN round(100.0 * s.money / (s.money + s.flat), 1) END
      FROM s, t, p;
END $$;

CREATE OR REPLACE FUNCTION casedesk.briefing_violations(p_year integer, p_unit_code text DEFAULT NULL)
    RETURNS TABLE (unit_code text, unit_name text, unit_kind text, found bigint, removed bigint,
                   stock_disposed bigint, villages bigint, patrolled bigint,
                   coverage_pct numeric, violation_free bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_unit integer := casedesk.briefing_check(p_year, p_unit_code);
    d0     date := make_date(p_year, 1, 1);
    d1     date := make_date(p_year, 12, 31);
BEGIN
    RETURN QUERY
    WITH vu AS (
        SELECT u.id, u.code, u.name, u.kind FROM casedesk.unit u
         WHERE (v_unit IS NULL OR u.id = v_unit)
           AND EXISTS (SELECT 1 FROM casedesk.village vl WHERE vl.unit_id = u.id)
    ), tot AS (
        SELECT x.unit_id,
               sum(x.n) FILTER (WHERE x.kind = 'vio_found') AS found,
               sum(x.n) FILTER (WHERE x.kind IN ('vio:demolished','vio:rectified')) AS removed,
               sum(x.n) FILTER (WHERE x.kind = 'vio:stock_disposal') AS stock
          FROM casedesk.unit_month_total x
         WHERE x.month BETWEEN d0 AND d1 AND x.kind LIKE 'vio%' GROUP BY x.unit_id
    ), f AS (
        SELECT tot.unit_id, tot.found AS n FROM tot
    ), rm AS (
        SELECT tot.unit_id, tot.removed, tot.stock FROM tot
    ), pv AS (
        -- patrolled = villages on schedule at the year's end, as in
        -- briefing_coverage (casedesk.patrol_coverage, functions/185)
        SELECT c.unit_id, c.on_schedule AS n FROM casedesk.patrol_coverage(d1, v_unit) c
    ), vl AS (
        SELECT v.unit_id, count(*) AS n,
               count(*) FILTER (WHERE EXISTS (
                   SELECT 1 FROM casedesk.village_certification c
                    WHERE c.village_id = v.id AND c.certified_on <= d1
                      AND (c.lost_on IS NULL OR c.lost_on > d1))) AS free
          FROM casedesk.village v GROUP BY v.unit_id
    ), rows AS (
        SELECT vu.code, vu.name, vu.kind, coalesce(f.n, 0)::bigint AS found,
               coalesce(rm.removed, 0)::bigint AS removed, coalesce(rm.stock, 0)::bigint AS stock,
               coalesce(vl.n, 0) AS villages, coalesce(pv.n, 0) AS patrolled,
               coalesce(vl.free, 0) AS free
          FROM vu
          LEFT JOIN f ON f.unit_id = vu.id LEFT JOIN rm ON rm.unit_id = vu.id
          LEFT JOIN pv ON pv.unit_id = vu.id LEFT JOIN vl ON vl.unit_id = vu.id
    )
    SELECT * FROM (
        SELECT r.code, r.name, r.kind, r.found, r.removed, r.stock, r.villages, r.patrolled,
               CASE WHEN r.villages > 0 THEN round(100.0 * r.patrolled / r.villages, 1) END, r.free
          FROM rows r
        UNION ALL
        SELECT NULL, NULL, NULL, coalesce(sum(r.found), 0)::bigint, coalesce(sum(r.removed), 0)::bigint,
               coalesce(sum(r.stock), 0)::bigint, coalesce(sum(r.villages), 0)::bigint,
               coalesce(sum(r.patrolled), 0)::bigint,
               CASE WHEN sum(r.villages) > 0 THEN round(100.0 * sum(r.patrolled) / sum(r.villages), 1) END,
               coalesce(sum(r.free), 0)::bigint
          FROM rows r
    ) z
    ORDER BY z.code IS NULL, z.code;
END $$;

-- Supervision: tasks due in the year, closed on time, overdue (deadline
-- passed, not closed by it), still open and overdue today, cards issued.
CREATE OR REPLACE FUNCTION casedesk.briefing_tasks(p_year integer, p_unit_code text DEFAULT NULL)
    RETURNS TABLE (tasks_due bigint, closed_on_time bigint, overdue bigint,
                   open_overdue bigint, warnings bigint, yellow_cards bigint, red_cards bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_unit integer := casedesk.briefing_check(p_year, p_unit_code);
    d0     date := make_date(p_year, 1, 1);
    d1     date := make_date(p_year, 12, 31);
BEGIN
    RETURN QUERY
    WITH t AS (
        SELECT coalesce(sum(f.due), 0)::bigint AS due, coalesce(sum(f.on_time), 0)::bigint AS on_time,
               coalesce(sum(f.overdue), 0)::bigint AS overdue, coalesce(sum(f.open_overdue), 0)::bigint AS open_overdue
          FROM casedesk.task_period_figures(d0, d1, v_unit) f
    ), k AS (
        SELECT coalesce(sum(c.n) FILTER (WHERE c.kind = 'warning'), 0)::bigint AS w,
               coalesce(sum(c.n) FILTER (WHERE c.kind = 'yellow'), 0)::bigint AS y,
               coalesce(sum(c.n) FILTER (WHERE c.kind = 'red'), 0)::bigint AS r
          FROM casedesk.task_card_month_total c
         WHERE c.month BETWEEN d0 AND d1 AND (v_unit IS NULL OR c.unit_id = v_unit)
    )
    SELECT t.due, t.on_time, t.overdue, t.open_overdue, k.w, k.y, k.r FROM t, k;
END $$;

-- Discipline figures: inspectors only, logged as a read.  raised = flags
-- received in the year; concluded / set_aside = closed in the year;
-- sanctioned = concluded with a disposition other than no_violation.
CREATE OR REPLACE FUNCTION casedesk.briefing_discipline(p_year integer, p_unit_code text DEFAULT NULL)
    RETURNS TABLE (raised bigint, concluded bigint, set_aside bigint, sanctioned bigint, open_now bigint)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_me   integer := casedesk.discipline_require_inspector();
    v_unit integer := casedesk.briefing_check(p_year, p_unit_code);
    d0     timestamptz := make_date(p_year, 1, 1)::timestamptz;
    d1     timestamptz := make_date(p_year + 1, 1, 1)::timestamptz;
BEGIN
    PERFORM casedesk.audit_append('discipline_audit', 'discipline_record', NULL, 'READ', NULL,
        jsonb_build_object('report', 'briefing', 'year', p_year, 'unit', p_unit_code));
    RETURN QUERY
    SELECT count(*) FILTER (WHERE r.received_at >= d0 AND r.received_at < d1),
           count(*) FILTER (WHERE r.status = 'concluded' AND r.closed_at >= d0 AND r.closed_at < d1),
           count(*) FILTER (WHERE r.status = 'set_aside' AND r.closed_at >= d0 AND r.closed_at < d1),
           count(*) FILTER (WHERE r.status = 'concluded' AND r.disposition <> 'no_violation'
                              AND r.closed_at >= d0 AND r.closed_at < d1),
           count(*) FILTER (WHERE r.status NOT IN ('set_aside','concluded'))
      FROM casedesk.discipline_record r
     WHERE r.official_id <> v_me AND (v_unit IS NULL OR r.unit_id = v_unit);
END $$;

-- Commendations of a year, for everyone.
CREATE OR REPLACE FUNCTION casedesk.briefing_commendations(p_year integer, p_unit_code text DEFAULT NULL)
    RETURNS TABLE (title text, unit_name text, official_name text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_unit integer := casedesk.briefing_check(p_year, p_unit_code);
BEGIN
    RETURN QUERY
    SELECT c.title, coalesce(u.name, ou.name), o.name
      FROM casedesk.commendation c
      LEFT JOIN casedesk.unit u ON u.id = c.unit_id
      LEFT JOIN casedesk.official o ON o.id = c.official_id
      LEFT JOIN casedesk.unit ou ON ou.id = o.unit_id
     WHERE c.year = p_year
       AND (v_unit IS NULL OR c.unit_id = v_unit OR o.unit_id = v_unit)
     ORDER BY c.official_id IS NOT NULL, c.id;
END $$;

DO $$
DECLARE f regprocedure;
BEGIN
    FOR f IN SELECT p.oid::regprocedure FROM pg_proc p
              WHERE p.pronamespace = 'casedesk'::regnamespace
                AND p.proname LIKE 'briefing\_%'
    LOOP
        EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f);
        IF f::text NOT LIKE '%briefing_discipline%' THEN
            EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin', f);
        END IF;
    END LOOP;
END $$;
GRANT EXECUTE ON FUNCTION casedesk.briefing_discipline(integer, text) TO casedesk_inspector;
