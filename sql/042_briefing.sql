-- 042_briefing: the figures of the year-end briefing (年度通报), one
-- function per figure group, each a single query.  p_unit_code NULL means
-- the whole district.  Definitions follow 041 (casedesk.unit_actuals).
-- Every function refuses a year without targets and an unknown unit code
-- with one sentence, so the report never prints half a briefing.

CREATE FUNCTION casedesk.briefing_check(p_year integer, p_unit_code text) RETURNS integer
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

-- 当年征收房屋X户X万平方米、企事业单位X个；统征土地X亩，占任务的X%；
-- X户分配入住；货币化安置率X%.
CREATE FUNCTION casedesk.briefing_expropriation(p_year integer, p_unit_code text DEFAULT NULL)
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
        SELECT count(*) FILTER (WHERE e.party_kind = 'household') AS hh,
               coalesce(sum(e.house_area) FILTER (WHERE e.party_kind = 'household'), 0) AS area,
               count(*) FILTER (WHERE e.party_kind = 'enterprise') AS ent,
               coalesce(sum(e.land_area_mu), 0) AS mu,
               count(*) FILTER (WHERE e.party_kind = 'household' AND e.resettlement = 'money') AS money,
               count(*) FILTER (WHERE e.party_kind = 'household' AND e.resettlement = 'flat') AS flat
          FROM casedesk.expropriation e
         WHERE e.signed_on BETWEEN d0 AND d1 AND (v_unit IS NULL OR e.unit_id = v_unit)
    ), r AS (
        SELECT count(*) AS n
          FROM casedesk.case_file c JOIN casedesk.expropriation e ON e.id = c.id
         WHERE c.kind = 'expropriation' AND c.closed_on BETWEEN d0 AND d1
           AND e.party_kind = 'household' AND e.resettlement = 'flat'
           AND (v_unit IS NULL OR c.unit_id = v_unit)
    ), t AS (
        SELECT sum(x.target_value) AS mu
          FROM casedesk.target x
         WHERE x.year = p_year AND x.metric = 'land_mu' AND (v_unit IS NULL OR x.unit_id = v_unit)
    ), p AS (
        SELECT count(*) AS n FROM casedesk.project pr
         WHERE pr.kind = 'shantytown' AND pr.started_on BETWEEN d0 AND d1
           AND (v_unit IS NULL OR pr.lead_unit_id = v_unit
                OR EXISTS (SELECT 1 FROM casedesk.project_unit pu
                            WHERE pu.project_id = pr.id AND pu.unit_id = v_unit))
    )
    SELECT p.n, s.hh, s.area, s.ent, s.mu, t.mu,
           CASE WHEN t.mu > 0 THEN round(100 * s.mu / t.mu, 1) END,
           r.n, s.money, s.flat,
           CASE WHEN s.money + s.flat > 0 THEN round(100.0 * s.money / (s.money + s.flat), 1) END
      FROM s, r, t, p;
END $$;

-- "两违": per town / sub-district office (units that have villages), and a
-- total row with unit_code NULL.  violation_free counts villages certified
-- and not lost at the end of the year.
CREATE FUNCTION casedesk.briefing_violations(p_year integer, p_unit_code text DEFAULT NULL)
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
    ), f AS (
        SELECT v.unit_id, count(*) AS n FROM casedesk.violation v
         WHERE v.found_on BETWEEN d0 AND d1 GROUP BY v.unit_id
    ), rm AS (
        SELECT v.unit_id, count(*) FILTER (WHERE v.resolution IN ('demolished','rectified')) AS removed,
               count(*) FILTER (WHERE v.resolution = 'stock_disposal') AS stock
          FROM casedesk.violation v
         WHERE v.resolved_on BETWEEN d0 AND d1 GROUP BY v.unit_id
    ), pv AS (
        SELECT x.unit_id, count(DISTINCT x.village_id) AS n
          FROM casedesk.patrol_village x JOIN casedesk.patrol p ON p.id = x.patrol_id
         WHERE p.patrol_on BETWEEN d0 AND d1 GROUP BY x.unit_id
    ), vl AS (
        SELECT v.unit_id, count(*) AS n,
               count(*) FILTER (WHERE EXISTS (
                   SELECT 1 FROM casedesk.village_certification c
                    WHERE c.village_id = v.id AND c.certified_on <= d1
                      AND (c.lost_on IS NULL OR c.lost_on > d1))) AS free
          FROM casedesk.village v GROUP BY v.unit_id
    ), rows AS (
        SELECT vu.code, vu.name, vu.kind, coalesce(f.n, 0) AS found,
               coalesce(rm.removed, 0) AS removed, coalesce(rm.stock, 0) AS stock,
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
CREATE FUNCTION casedesk.briefing_tasks(p_year integer, p_unit_code text DEFAULT NULL)
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
        SELECT count(*) AS due,
               count(*) FILTER (WHERE x.status = 'closed'
                   AND (x.closed_at)::date <= x.deadline) AS on_time,
               count(*) FILTER (WHERE x.deadline < current_date AND (x.status <> 'closed'
                   OR (x.closed_at)::date > x.deadline)) AS overdue,
               count(*) FILTER (WHERE x.deadline < current_date AND x.status <> 'closed') AS open_overdue
          FROM casedesk.task x
         WHERE x.deadline BETWEEN d0 AND d1 AND (v_unit IS NULL OR x.lead_unit_id = v_unit)
    ), k AS (
        SELECT count(*) FILTER (WHERE c.kind = 'warning') AS w,
               count(*) FILTER (WHERE c.kind = 'yellow') AS y,
               count(*) FILTER (WHERE c.kind = 'red') AS r
          FROM casedesk.task_card c
         WHERE c.issued_on BETWEEN d0 AND d1 AND (v_unit IS NULL OR c.unit_id = v_unit)
    )
    SELECT t.due, t.on_time, t.overdue, t.open_overdue, k.w, k.y, k.r FROM t, k;
END $$;

-- Discipline figures: inspectors only, logged as a read.  raised = flags
-- received in the year; concluded / set_aside = closed in the year;
-- sanctioned = concluded with a disposition other than no_violation.
CREATE FUNCTION casedesk.briefing_discipline(p_year integer, p_unit_code text DEFAULT NULL)
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
CREATE FUNCTION casedesk.briefing_commendations(p_year integer, p_unit_code text DEFAULT NULL)
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

CREATE INDEX IF NOT EXISTS discipline_record_closed_idx ON casedesk.discipline_record(closed_at);

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
