-- functions/160_briefing.sql: the figures the year-end briefing was missing
-- (issue 15, item 8; migration 160): patrol coverage as villages on
-- schedule, the area demolished or rectified, move-ins per resettlement
-- community and the status of each project.  Each briefing_* function is
-- one query over pre-totalled rows (unit_day_total, functions/055_totals.sql)
-- or over a unit's patrols of a few days, refuses what briefing_check
-- refuses, and is granted like the other briefing figures.

-- ------------------------------------------------------- patrol interval
-- The days within which each village of a unit is due a patrol: the unit's
-- own interval, else the district's setting, else 7.
CREATE OR REPLACE FUNCTION casedesk.patrol_interval(p_unit_id integer) RETURNS integer
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT coalesce((SELECT u.patrol_interval_days FROM casedesk.unit u WHERE u.id = p_unit_id),
                    (SELECT s.value::integer FROM casedesk.setting s WHERE s.key = 'patrol.interval_days'), 7)
$$;

-- The rule of patrol coverage: a village whose patrol of p_day is seen on
-- p_on is on schedule when that patrol lies within the interval before it
-- (the day itself included, the day an interval earlier not).  Every count
-- of coverage goes through this (the villages screen's schedule here, the
-- briefing, the targets and the ranking through casedesk.patrol_coverage,
-- functions/185).  Plain SQL, so the planner inlines it and a patrol_on
-- range on patrol_unit_idx is still used.
CREATE OR REPLACE FUNCTION casedesk.patrol_within(p_day date, p_on date, p_interval integer) RETURNS boolean
    LANGUAGE sql IMMUTABLE
AS $$ SELECT p_day <= p_on AND p_day > p_on - p_interval $$;

CREATE OR REPLACE FUNCTION casedesk.setting_check_patrol() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NEW.key = 'patrol.interval_days'
       AND (NEW.value !~ '^[0-9]{1,3}$' OR NEW.value::integer NOT BETWEEN 1 AND 365) THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The patrol interval is a number of days from 1 to 365.';
    END IF;
    RETURN NEW;
END $$;
CREATE OR REPLACE TRIGGER setting_check_patrol BEFORE INSERT OR UPDATE ON casedesk.setting
    FOR EACH ROW EXECUTE FUNCTION casedesk.setting_check_patrol();

-- Each village's patrol schedule as of p_on: its last patrol on or before
-- that day, when the next is due (last + interval; the day itself when it
-- was never patrolled) and whether it is on schedule (last patrol within
-- the interval).  Overdue villages first, the longest overdue first.
-- Villages only (names and dates), so every role may read them; p_unit_id
-- NULL means all.
CREATE OR REPLACE FUNCTION casedesk.village_patrol_schedule(p_unit_id integer DEFAULT NULL, p_on date DEFAULT NULL)
    RETURNS TABLE (village_id integer, unit_id integer, village_name text, interval_days integer,
                   last_patrol date, due_on date, on_schedule boolean)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_on date := coalesce(p_on, casedesk.today());
BEGIN
    IF casedesk.my_role() IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'Only casedesk users may read the patrol schedule.';
    END IF;
    RETURN QUERY
    SELECT v.id, v.unit_id, v.name, casedesk.patrol_interval(v.unit_id), l.last,
           coalesce(l.last + casedesk.patrol_interval(v.unit_id), v_on),
           coalesce(casedesk.patrol_within(l.last, v_on, casedesk.patrol_interval(v.unit_id)), false)
      FROM casedesk.village v
      LEFT JOIN LATERAL (SELECT max(p.patrol_on) AS last
                           FROM casedesk.patrol_village pv JOIN casedesk.patrol p ON p.id = pv.patrol_id
                          WHERE pv.village_id = v.id AND p.patrol_on <= v_on) l ON true
     WHERE (p_unit_id IS NULL OR v.unit_id = p_unit_id)
       AND (v.retired_on IS NULL OR v.retired_on > v_on)   -- merged away: not on the schedule
     ORDER BY 7, 6, 3;
END $$;

-- ------------------------------------------------------------ coverage
-- Per unit with villages, and a total row (unit_code NULL): villages, those
-- on schedule at the year's end (today for the running year) and the share,
-- counted by casedesk.patrol_coverage (functions/185), the one rule the
-- targets and the ranking count by too.
CREATE OR REPLACE FUNCTION casedesk.briefing_coverage(p_year integer, p_unit_code text DEFAULT NULL)
    RETURNS TABLE (unit_code text, unit_name text, interval_days integer, villages bigint,
                   on_schedule bigint, overdue bigint, coverage_pct numeric)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_unit integer := casedesk.briefing_check(p_year, p_unit_code);
BEGIN
    RETURN QUERY
    WITH r AS (
        SELECT x.code, x.name, c.interval_days AS iv, c.villages, c.on_schedule AS ok
          FROM casedesk.patrol_coverage(make_date(p_year, 12, 31), v_unit) c
          JOIN casedesk.unit x ON x.id = c.unit_id
    )
    SELECT * FROM (
        SELECT r.code, r.name, r.iv, r.villages, r.ok, r.villages - r.ok,
               CASE WHEN r.villages > 0 THEN round(100.0 * r.ok / r.villages, 1) END
          FROM r
        UNION ALL
        SELECT NULL, NULL, NULL, coalesce(sum(r.villages), 0)::bigint, coalesce(sum(r.ok), 0)::bigint,
               coalesce(sum(r.villages - r.ok), 0)::bigint,
               CASE WHEN sum(r.villages) > 0 THEN round(100.0 * sum(r.ok) / sum(r.villages), 1) END
          FROM r
    ) z
    ORDER BY z.code IS NULL, z.code;
END $$;

-- --------------------------------------------------------- area removed
-- m² demolished (by the party or by force) and rectified in the year.
CREATE OR REPLACE FUNCTION casedesk.briefing_removed_area(p_year integer, p_unit_code text DEFAULT NULL)
    RETURNS TABLE (demolished_m2 numeric, rectified_m2 numeric, removed_m2 numeric)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_unit integer := casedesk.briefing_check(p_year, p_unit_code);
BEGIN
    RETURN QUERY
    SELECT coalesce(sum(x.area) FILTER (WHERE x.kind = 'vio:demolished'), 0),
           coalesce(sum(x.area) FILTER (WHERE x.kind = 'vio:rectified'), 0),
           coalesce(sum(x.area) FILTER (WHERE x.kind IN ('vio:demolished', 'vio:rectified')), 0)
      FROM casedesk.unit_month_total x
     WHERE x.month BETWEEN make_date(p_year, 1, 1) AND make_date(p_year, 12, 31)
       AND x.kind IN ('vio:demolished', 'vio:rectified')
       AND (v_unit IS NULL OR x.unit_id = v_unit);
END $$;

-- ---------------------------------------------- move-ins per community
-- Households that moved into a flat of each resettlement community in the
-- year (安置社区 分配入住), communities with none left out, most first.
CREATE OR REPLACE FUNCTION casedesk.briefing_communities(p_year integer, p_unit_code text DEFAULT NULL)
    RETURNS TABLE (community text, moved_in bigint, flats_planned integer, flats_ready integer)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_unit integer := casedesk.briefing_check(p_year, p_unit_code);
BEGIN
    RETURN QUERY
    SELECT rc.name, t.n, rc.flats_planned, rc.flats_ready
      FROM (SELECT substr(x.kind, 6)::integer AS cid, sum(x.n)::bigint AS n
              FROM casedesk.unit_month_total x
             WHERE x.month BETWEEN make_date(p_year, 1, 1) AND make_date(p_year, 12, 31)
               AND x.kind LIKE 'flat@%' AND (v_unit IS NULL OR x.unit_id = v_unit)
             GROUP BY 1) t
      JOIN casedesk.resettlement_community rc ON rc.id = t.cid
     WHERE t.n <> 0
     ORDER BY t.n DESC, rc.name;
END $$;

-- ------------------------------------------------------- the projects
-- Each project with households: registered (now), signed, paid in full and
-- vacated by the year's end, and the gap (registered, not yet vacated),
-- with what of it happened in the year.  From the yearly per-project rows.
CREATE OR REPLACE FUNCTION casedesk.briefing_projects(p_year integer, p_unit_code text DEFAULT NULL)
    RETURNS TABLE (project_code text, project_name text, project_kind text, households bigint,
                   signed bigint, paid bigint, vacated bigint, gap bigint,
                   signed_in_year bigint, vacated_in_year bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_unit integer := casedesk.briefing_check(p_year, p_unit_code);
    y0     date := make_date(p_year, 1, 1);
BEGIN
    RETURN QUERY
    WITH t AS (
        SELECT split_part(x.kind, ':', 2)::integer AS pid, split_part(x.kind, ':', 3) AS what,
               sum(x.n) FILTER (WHERE x.month <= y0) AS upto, sum(x.n) FILTER (WHERE x.month = y0) AS this
          FROM casedesk.unit_month_total x
         -- the months of 1 January, each a range of the primary key: the
         -- day rows' "IN (SELECT ...)" was a scan of all 80,000 (12 ms at
         -- scale 200)
         WHERE x.month = ANY (ARRAY(SELECT make_date(g, 1, 1) FROM generate_series(1970, p_year) g))
           AND x.kind LIKE 'proj:%' AND (v_unit IS NULL OR x.unit_id = v_unit)
         GROUP BY 1, 2
    ), p AS (
        SELECT t.pid,
               coalesce(sum(t.upto) FILTER (WHERE t.what = 'registered'), 0)::bigint AS hh,
               coalesce(sum(t.upto) FILTER (WHERE t.what = 'signed'), 0)::bigint AS signed,
               coalesce(sum(t.upto) FILTER (WHERE t.what = 'paid'), 0)::bigint AS paid,
               coalesce(sum(t.upto) FILTER (WHERE t.what = 'vacated'), 0)::bigint AS vacated,
               coalesce(sum(t.this) FILTER (WHERE t.what = 'signed'), 0)::bigint AS signed_y,
               coalesce(sum(t.this) FILTER (WHERE t.what = 'vacated'), 0)::bigint AS vacated_y
          FROM t GROUP BY t.pid
    )
    SELECT pr.code, pr.name, pr.kind, p.hh, p.signed, p.paid, p.vacated, greatest(p.hh - p.vacated, 0),
           p.signed_y, p.vacated_y
      FROM p JOIN casedesk.project pr ON pr.id = p.pid
     WHERE p.hh > 0
     ORDER BY pr.kind = 'major', pr.code;
END $$;

DO $$
DECLARE f regprocedure;
BEGIN
    FOR f IN SELECT p.oid::regprocedure FROM pg_proc p
              WHERE p.pronamespace = 'casedesk'::regnamespace
                AND p.proname IN ('patrol_interval', 'patrol_within', 'village_patrol_schedule', 'briefing_coverage',
                                  'briefing_removed_area', 'briefing_communities', 'briefing_projects')
    LOOP
        EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f);
        EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin', f);
    END LOOP;
END $$;
REVOKE EXECUTE ON FUNCTION casedesk.setting_check_patrol() FROM PUBLIC;

-- ------------------------------------------ discipline, inspectors only
-- Beside briefing_discipline's totals: the flags whose preliminary review
-- began in the year, and the dispositions of those concluded in it, one row
-- per disposition (zeros included).  The inspector's own records are left
-- out, as everywhere; the read is logged like the briefing's.
CREATE OR REPLACE FUNCTION casedesk.briefing_discipline_detail(p_year integer, p_unit_code text DEFAULT NULL)
    RETURNS TABLE (figure text, n bigint)
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
        jsonb_build_object('report', 'briefing_detail', 'year', p_year, 'unit', p_unit_code));
    RETURN QUERY
    WITH r AS (
        SELECT x.* FROM casedesk.discipline_record x
         WHERE x.official_id <> v_me AND (v_unit IS NULL OR x.unit_id = v_unit)
    )
    SELECT 'reviewed', count(*) FROM r
     WHERE r.review_started_on BETWEEN make_date(p_year, 1, 1) AND make_date(p_year, 12, 31)
    UNION ALL
    SELECT k.d, (SELECT count(*) FROM r WHERE r.status = 'concluded' AND r.disposition = k.d
                   AND r.closed_at >= d0 AND r.closed_at < d1)
      FROM unnest(ARRAY['no_violation','reminder_talk','criticism','warning','serious_warning',
                        'removal','judicial_referral']) WITH ORDINALITY AS k(d, o);
END $$;
REVOKE EXECUTE ON FUNCTION casedesk.briefing_discipline_detail(integer, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk.briefing_discipline_detail(integer, text) TO casedesk_inspector;
