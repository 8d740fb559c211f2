-- functions/185_patrol_coverage.sql: the one count of patrol coverage
-- (issue 15, item 4).  A village is covered on a day when its last patrol
-- on or before that day lies within the patrol interval of its unit
-- (casedesk.patrol_within and casedesk.patrol_interval, functions/160: the
-- unit's own interval, else the district's setting, else 7 days).  The
-- briefing (briefing_coverage, briefing_violations), the targets' actual
-- figure and the ranking (unit_actuals -> unit_scores -> ranking, and the
-- progress screen) all count through this function; there is no second
-- copy of the rule.  Before it, the targets and the ranking counted a
-- village as covered after one patrol in the period.

-- Per unit with villages (p_unit_id NULL: every such unit): the interval,
-- the villages and those on schedule at the end of a period ending on
-- p_to -- on that day, or today while the period runs.  Only the unit's patrols of
-- the last interval are read (patrol_unit_idx).  A helper of the figures,
-- not an interface: executed by their owner only.
CREATE OR REPLACE FUNCTION casedesk.patrol_coverage(p_to date, p_unit_id integer DEFAULT NULL)
    RETURNS TABLE (unit_id integer, interval_days integer, villages bigint, on_schedule bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    -- the briefing asks three times (violations, coverage, the ranking's
    -- actuals): the first call's plan serves the others
    SET plan_cache_mode = force_generic_plan
AS $$
DECLARE
    v_on date := least(p_to, casedesk.today());   -- once, not per patrol
BEGIN
    RETURN QUERY
    -- the villages in use on v_on: one merged away (retired_on, migration
    -- 195) leaves the count from its date
    WITH vl AS (
        SELECT v.id, v.unit_id FROM casedesk.village v
         WHERE (p_unit_id IS NULL OR v.unit_id = p_unit_id)
           AND (v.retired_on IS NULL OR v.retired_on > v_on)
    ), u AS (
        SELECT x.id, casedesk.patrol_interval(x.id) AS iv FROM casedesk.unit x
         WHERE (p_unit_id IS NULL OR x.id = p_unit_id)
           AND EXISTS (SELECT 1 FROM vl WHERE vl.unit_id = x.id)
    ), seen AS (
        SELECT u.id, count(DISTINCT pv.village_id) AS n
          FROM u JOIN casedesk.patrol p ON p.unit_id = u.id AND casedesk.patrol_within(p.patrol_on, v_on, u.iv)
               -- implied (an interval is at most 365 days): bounds the index
               -- range to a year, not the whole history before v_on
               AND p.patrol_on > v_on - 365
          JOIN casedesk.patrol_village pv ON pv.patrol_id = p.id
          JOIN vl ON vl.id = pv.village_id
         GROUP BY u.id
    )
    SELECT u.id, u.iv, (SELECT count(*) FROM vl WHERE vl.unit_id = u.id),
           coalesce(seen.n, 0)
      FROM u LEFT JOIN seen ON seen.id = u.id;
END $$;
REVOKE EXECUTE ON FUNCTION casedesk.patrol_coverage(date, integer)
    FROM PUBLIC, casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin;

