-- 051_perf: fixes for the slow figures of `make bench` (scale 200,
-- 1.6 million cases).  Only additions and CREATE OR REPLACE: earlier
-- migrations may already be applied.

-- The case list's `l` filter with one or two characters.  pg_trgm takes no
-- trigram from fewer than three characters, so '%王建%' read every row
-- (2.3 s).  Short text is matched as a prefix instead (src/model_case.c),
-- which this index serves in any collation; case_no has its own
-- (case_file_no_prefix_idx, sql/010).
CREATE INDEX IF NOT EXISTS case_file_party_prefix_idx
    ON casedesk.case_file (party_name text_pattern_ops);

-- Progress, ranking and briefing: casedesk.unit_actuals.  As a SECURITY
-- DEFINER SQL function it is never inlined and its query is planned
-- generically, with the dates unknown: the planner expected ~600 households
-- resettled in a year instead of 254,000 and probed expropriation once per
-- case (2.1 of 2.9 s).  The same query, same signature and results, now
-- runs through EXECUTE ... USING, which plans it afresh with the real dates
-- on every call (a one-shot plan; a plain plpgsql RETURN QUERY would switch
-- to a cached generic plan after five calls in a long-lived session).
-- Two parts are written differently, with the same results (checked with
-- EXCEPT against the SQL version over three periods at scale 200):
--   cover: the villages patrolled in the period are found once, from the
--     patrols of the period (patrol_on_idx), instead of one EXISTS per
--     village that walked patrol_pkey (165 ms -> 26 ms);
--   flat: served index-only by case_file_closed_exp_idx below (id and
--     unit_id of expropriation cases by closing date), instead of a bitmap
--     heap scan of 254,000 case rows (290 ms -> 130 ms).
-- unit_scores (the progress screen) 540 ms -> 280-340 ms on the shared
-- 2-core bench machine.  Reaching 200 ms needs figures pre-totalled per
-- unit and day; not done here.
CREATE OR REPLACE FUNCTION casedesk.unit_actuals(p_from date, p_to date, p_unit_id integer DEFAULT NULL)
    RETURNS TABLE (unit_id integer, metric text, actual numeric)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
    RETURN QUERY EXECUTE $q$
    WITH u AS (
        SELECT id FROM casedesk.unit
         WHERE ($3 IS NULL OR id = $3)
    ), exp AS (
        SELECT e.unit_id,
               count(*) FILTER (WHERE e.party_kind = 'household') AS hh,
               count(*) FILTER (WHERE e.party_kind = 'enterprise') AS ent,
               coalesce(sum(e.house_area) FILTER (WHERE e.party_kind = 'household'), 0) AS area,
               coalesce(sum(e.land_area_mu), 0) AS mu
          FROM casedesk.expropriation e
         WHERE e.signed_on BETWEEN $1 AND $2
           AND ($3 IS NULL OR e.unit_id = $3)
         GROUP BY e.unit_id
    ), flat AS (
        SELECT c.unit_id, count(*) AS n
          FROM casedesk.case_file c
          JOIN casedesk.expropriation e ON e.id = c.id
         WHERE c.kind = 'expropriation' AND c.closed_on BETWEEN $1 AND $2
           AND e.party_kind = 'household' AND e.resettlement = 'flat'
           AND ($3 IS NULL OR c.unit_id = $3)
         GROUP BY c.unit_id
    ), vio AS (
        SELECT v.unit_id, count(*) AS n
          FROM casedesk.violation v
         WHERE v.resolved_on BETWEEN $1 AND $2
           AND v.resolution IN ('demolished','rectified')
           AND ($3 IS NULL OR v.unit_id = $3)
         GROUP BY v.unit_id
    ), cert AS (
        SELECT vl.unit_id, count(*) AS n
          FROM casedesk.village_certification vc
          JOIN casedesk.village vl ON vl.id = vc.village_id
         WHERE vc.certified_on BETWEEN $1 AND $2
           AND ($3 IS NULL OR vl.unit_id = $3)
         GROUP BY vl.unit_id
    ), pat AS (
        SELECT DISTINCT pv.village_id
          FROM casedesk.patrol p
          JOIN casedesk.patrol_village pv ON pv.patrol_id = p.id
         WHERE p.patrol_on BETWEEN $1 AND $2
    ), cover AS (
        SELECT vl.unit_id, count(*) AS villages, count(pat.village_id) AS patrolled
          FROM casedesk.village vl
          LEFT JOIN pat ON pat.village_id = vl.id
         WHERE ($3 IS NULL OR vl.unit_id = $3)
         GROUP BY vl.unit_id
    ), tk AS (
        SELECT t.lead_unit_id AS unit_id, count(*) AS due,
               count(*) FILTER (WHERE t.status = 'closed'
                   AND (t.closed_at)::date <= t.deadline) AS on_time
          FROM casedesk.task t
         WHERE t.deadline BETWEEN $1 AND $2
           AND ($3 IS NULL OR t.lead_unit_id = $3)
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
    $q$ USING p_from, p_to, p_unit_id;
END $fn$;

CREATE INDEX IF NOT EXISTS case_file_closed_exp_idx
    ON casedesk.case_file (closed_on) INCLUDE (id, unit_id)
 WHERE kind = 'expropriation' AND closed_on IS NOT NULL;

-- CREATE OR REPLACE keeps the grants of 041 (REVOKE from PUBLIC, EXECUTE to
-- the four roles).
