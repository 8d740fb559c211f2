-- functions/055_totals.sql: the pre-totalled per-unit, per-day figures of unit_day_total:
-- the statement triggers that keep them and totals_rebuild().
-- One current definition of each function, view and trigger here; init
-- re-runs this file whenever it changes (README, HACKING).

-- The statement that adds a set of signed rows (s = +1 / -1) to the
-- totals.  Keys whose delta is zero are skipped, so updates that touch no
-- counted column take no lock; keys are applied in order to keep concurrent
-- writers from deadlocking on each other.  d is a query text over the
-- transition tables, which only the trigger function itself can see: it
-- EXECUTEs the text (a function it calls would not find them).
CREATE OR REPLACE FUNCTION casedesk.totals_apply_sql(d text) RETURNS text
    LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
AS $fn$
    -- The same deltas go to the month's row (migration 053) after the day's:
    -- the CTE "m" is not read by the outer INSERT, so it runs once that has
    -- finished, and every writer takes day rows, then month rows, each in key
    -- order.
    SELECT format($q$
        WITH d AS MATERIALIZED (
            SELECT d.day, d.unit_id, d.kind, sum(d.s) AS n, coalesce(sum(d.s * d.area), 0) AS area,
                   coalesce(sum(d.s * d.mu), 0) AS mu
              FROM (%s) d (day, unit_id, kind, s, area, mu)
             WHERE d.day IS NOT NULL
             GROUP BY d.day, d.unit_id, d.kind
            HAVING sum(d.s) <> 0 OR coalesce(sum(d.s * d.area), 0) <> 0 OR coalesce(sum(d.s * d.mu), 0) <> 0
        ), m AS (
            INSERT INTO casedesk.unit_month_total AS t (month, unit_id, kind, n, area, mu)
            SELECT date_trunc('month', d.day)::date, d.unit_id, d.kind, sum(d.n), sum(d.area), sum(d.mu)
              FROM d GROUP BY 1, 2, 3
            HAVING sum(d.n) <> 0 OR sum(d.area) <> 0 OR sum(d.mu) <> 0
             ORDER BY 1, 2, 3
            ON CONFLICT (month, unit_id, kind) DO UPDATE
               SET n = t.n + excluded.n, area = t.area + excluded.area, mu = t.mu + excluded.mu
        )
        INSERT INTO casedesk.unit_day_total AS t (day, unit_id, kind, n, area, mu)
        SELECT d.day, d.unit_id, d.kind, d.n, d.area, d.mu FROM d
         ORDER BY 1, 2, 3
        ON CONFLICT (day, unit_id, kind) DO UPDATE
           SET n = t.n + excluded.n, area = t.area + excluded.area, mu = t.mu + excluded.mu
    $q$, d)
$fn$;

-- Rows of one expropriation transition table (tb) as totals rows, sign s:
-- its signed figures, and "flat" on the day the household moved in
-- (migration 104; it was the day its case closed); the same move-in per
-- resettlement community ("flat@<community id>") and, per project, the
-- households signed, paid in full and vacated in a year, kept on the
-- year's 1 January ("proj:<project id>:signed|paid|vacated", migration 160:
-- the briefing sums them over the years up to its own, a few rows a year),
-- and the households registered in the project, kept on 1970-01-01 (no date:
-- a count of now).
CREATE OR REPLACE FUNCTION casedesk.totals_exp_rows(tb text, s integer) RETURNS text
    LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT format($q$
        SELECT e.signed_on, e.unit_id, 'exp:' || e.party_kind || ':' || coalesce(e.resettlement, ''),
               %2$s, e.house_area, e.land_area_mu
          FROM %1$s e WHERE e.signed_on IS NOT NULL
        UNION ALL
        SELECT e.moved_in_on, e.unit_id, 'flat', %2$s, NULL::numeric, NULL::numeric
          FROM %1$s e
         WHERE e.moved_in_on IS NOT NULL AND e.party_kind = 'household' AND e.resettlement = 'flat'
        UNION ALL
        SELECT e.moved_in_on, e.unit_id, 'flat@' || e.community_id, %2$s, NULL::numeric, NULL::numeric
          FROM %1$s e
         WHERE e.moved_in_on IS NOT NULL AND e.party_kind = 'household' AND e.resettlement = 'flat'
           AND e.community_id IS NOT NULL
        UNION ALL
        SELECT date_trunc('year', x.day)::date, e.unit_id, 'proj:' || e.project_id || ':' || x.what, %2$s, NULL::numeric, NULL::numeric
          FROM %1$s e
         CROSS JOIN LATERAL (VALUES (e.signed_on, 'signed'), (e.paid_on, 'paid'), (e.vacated_on, 'vacated'),
                                    ('1970-01-01'::date, 'registered')) x (day, what)
         WHERE x.day IS NOT NULL AND e.party_kind = 'household'
    $q$, tb, s)
$$;

-- The case row no longer carries a counted figure of its own ("flat" moved
-- to the move-in date of the expropriation row); its triggers stay, adding
-- nothing, so a figure of the case row can come back without new triggers.
CREATE OR REPLACE FUNCTION casedesk.totals_case_rows(tb text, s integer) RETURNS text
    LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT format($q$
        SELECT NULL::date, c.unit_id, 'flat', %2$s, NULL::numeric, NULL::numeric
          FROM %1$s c WHERE false
    $q$, tb, s)
$$;

CREATE OR REPLACE FUNCTION casedesk.totals_vio_rows(tb text, s integer) RETURNS text
    LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT format($q$
        SELECT v.found_on, v.unit_id, 'vio_found', %2$s, NULL::numeric, NULL::numeric FROM %1$s v
        UNION ALL
        SELECT v.resolved_on, v.unit_id, 'vio:' || v.resolution, %2$s, v.resolved_area_m2, NULL::numeric
          FROM %1$s v WHERE v.resolution IS NOT NULL
    $q$, tb, s)
$$;

-- Petition cases (migration 140): received, accepted and concluded, each on
-- its own day, for the briefing's petition figures (functions/140, which
-- also holds the trigger: the table comes after this file on a fresh
-- database).
CREATE OR REPLACE FUNCTION casedesk.totals_pet_rows(tb text, s integer) RETURNS text
    LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT format($q$
        SELECT p.received_on, p.unit_id, 'pet:received', %2$s, NULL::numeric, NULL::numeric FROM %1$s p
        UNION ALL
        SELECT p.accept_decided_on, p.unit_id, 'pet:accepted', %2$s, NULL::numeric, NULL::numeric
          FROM %1$s p WHERE p.accepted
        UNION ALL
        SELECT p.concluded_on, p.unit_id, 'pet:concluded', %2$s, NULL::numeric, NULL::numeric FROM %1$s p
    $q$, tb, s)
$$;

-- One statement trigger function per table; nt / ot are the transition
-- tables that exist for TG_OP (EXECUTE sees them too).
CREATE OR REPLACE FUNCTION casedesk.totals_exp_trg() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    EXECUTE casedesk.totals_apply_sql(concat_ws(' UNION ALL ',
        CASE WHEN TG_OP IN ('INSERT','UPDATE') THEN casedesk.totals_exp_rows('nt', 1) END,
        CASE WHEN TG_OP IN ('DELETE','UPDATE') THEN casedesk.totals_exp_rows('ot', -1) END));
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION casedesk.totals_vio_trg() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    EXECUTE casedesk.totals_apply_sql(concat_ws(' UNION ALL ',
        CASE WHEN TG_OP IN ('INSERT','UPDATE') THEN casedesk.totals_vio_rows('nt', 1) END,
        CASE WHEN TG_OP IN ('DELETE','UPDATE') THEN casedesk.totals_vio_rows('ot', -1) END));
    RETURN NULL;
END $$;

-- case_file: "flat" moves with the case's unit, kind and closing date.
-- Deleting a case: its expropriation row is deleted by the cascade after
-- the case row is gone, so neither statement trigger could still join the
-- two; a row trigger takes the case's "flat" away before (deletes are rare).
CREATE OR REPLACE FUNCTION casedesk.totals_case_trg() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    EXECUTE casedesk.totals_apply_sql(concat_ws(' UNION ALL ',
        CASE WHEN TG_OP IN ('INSERT','UPDATE') THEN casedesk.totals_case_rows('nt', 1) END,
        CASE WHEN TG_OP = 'UPDATE' THEN casedesk.totals_case_rows('ot', -1) END));
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION casedesk.totals_case_del() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    -- Nothing to take away: the cascade deletes the expropriation row, whose
    -- statement trigger subtracts its "flat" (migration 104).
    RETURN OLD;
END $$;

CREATE OR REPLACE TRIGGER totals_ins AFTER INSERT ON casedesk.expropriation
    REFERENCING NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION casedesk.totals_exp_trg();
CREATE OR REPLACE TRIGGER totals_upd AFTER UPDATE ON casedesk.expropriation
    REFERENCING OLD TABLE AS ot NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION casedesk.totals_exp_trg();
CREATE OR REPLACE TRIGGER totals_del AFTER DELETE ON casedesk.expropriation
    REFERENCING OLD TABLE AS ot FOR EACH STATEMENT EXECUTE FUNCTION casedesk.totals_exp_trg();
CREATE OR REPLACE TRIGGER totals_ins AFTER INSERT ON casedesk.violation
    REFERENCING NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION casedesk.totals_vio_trg();
CREATE OR REPLACE TRIGGER totals_upd AFTER UPDATE ON casedesk.violation
    REFERENCING OLD TABLE AS ot NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION casedesk.totals_vio_trg();
CREATE OR REPLACE TRIGGER totals_del AFTER DELETE ON casedesk.violation
    REFERENCING OLD TABLE AS ot FOR EACH STATEMENT EXECUTE FUNCTION casedesk.totals_vio_trg();
CREATE OR REPLACE TRIGGER totals_ins AFTER INSERT ON casedesk.case_file
    REFERENCING NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION casedesk.totals_case_trg();
CREATE OR REPLACE TRIGGER totals_upd AFTER UPDATE ON casedesk.case_file
    REFERENCING OLD TABLE AS ot NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION casedesk.totals_case_trg();
-- "zz": BEFORE row triggers fire in name order; this one must come last,
-- after any that could still cancel the delete.
CREATE OR REPLACE TRIGGER zz_totals_del BEFORE DELETE ON casedesk.case_file
    FOR EACH ROW EXECUTE FUNCTION casedesk.totals_case_del();

-- Recompute every total from the base tables (after a bulk load with
-- triggers off, or to repair).  Locks the three tables against writers
-- while it runs so no delta is lost between the delete and the insert.
CREATE OR REPLACE FUNCTION casedesk.totals_rebuild() RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v bigint;
BEGIN
    LOCK TABLE casedesk.case_file, casedesk.expropriation, casedesk.violation IN SHARE MODE;
    LOCK TABLE casedesk.unit_day_total IN EXCLUSIVE MODE;
    DELETE FROM casedesk.unit_day_total;
    INSERT INTO casedesk.unit_day_total (day, unit_id, kind, n, area, mu)
    SELECT d.day, d.unit_id, d.kind, sum(d.s), coalesce(sum(d.area), 0), coalesce(sum(d.mu), 0)
      FROM (SELECT e.signed_on, e.unit_id, 'exp:' || e.party_kind || ':' || coalesce(e.resettlement, ''),
                   1, e.house_area, e.land_area_mu
              FROM casedesk.expropriation e WHERE e.signed_on IS NOT NULL
            UNION ALL
            SELECT e.moved_in_on, e.unit_id, 'flat', 1, NULL::numeric, NULL::numeric
              FROM casedesk.expropriation e
             WHERE e.moved_in_on IS NOT NULL AND e.party_kind = 'household' AND e.resettlement = 'flat'
            UNION ALL
            SELECT e.moved_in_on, e.unit_id, 'flat@' || e.community_id, 1, NULL::numeric, NULL::numeric
              FROM casedesk.expropriation e
             WHERE e.moved_in_on IS NOT NULL AND e.party_kind = 'household' AND e.resettlement = 'flat'
               AND e.community_id IS NOT NULL
            UNION ALL
            SELECT date_trunc('year', x.day)::date, e.unit_id, 'proj:' || e.project_id || ':' || x.what, 1, NULL::numeric, NULL::numeric
              FROM casedesk.expropriation e
             CROSS JOIN LATERAL (VALUES (e.signed_on, 'signed'), (e.paid_on, 'paid'), (e.vacated_on, 'vacated'),
                                        ('1970-01-01'::date, 'registered')) x (day, what)
             WHERE x.day IS NOT NULL AND e.party_kind = 'household'
            UNION ALL
            SELECT v.found_on, v.unit_id, 'vio_found', 1, NULL, NULL FROM casedesk.violation v
            UNION ALL
            SELECT v.resolved_on, v.unit_id, 'vio:' || v.resolution, 1, v.resolved_area_m2, NULL
              FROM casedesk.violation v WHERE v.resolution IS NOT NULL
           ) d (day, unit_id, kind, s, area, mu)
     WHERE d.day IS NOT NULL
     GROUP BY d.day, d.unit_id, d.kind;
    GET DIAGNOSTICS v = ROW_COUNT;
    -- the petitions' kinds, from the trigger's own rows (none share a key
    -- with the above)
    LOCK TABLE casedesk.petition_case IN SHARE MODE;
    EXECUTE format($q$
        INSERT INTO casedesk.unit_day_total (day, unit_id, kind, n, area, mu)
        SELECT d.day, d.unit_id, d.kind, sum(d.s), 0, 0 FROM (%s) d (day, unit_id, kind, s, area, mu)
         WHERE d.day IS NOT NULL GROUP BY 1, 2, 3
    $q$, casedesk.totals_pet_rows('casedesk.petition_case', 1));
    -- the same by month (053)
    LOCK TABLE casedesk.unit_month_total IN EXCLUSIVE MODE;
    DELETE FROM casedesk.unit_month_total;
    INSERT INTO casedesk.unit_month_total (month, unit_id, kind, n, area, mu)
    SELECT date_trunc('month', d.day)::date, d.unit_id, d.kind, sum(d.n), sum(d.area), sum(d.mu)
      FROM casedesk.unit_day_total d GROUP BY 1, 2, 3;
    -- the open cases per unit of the home screen (sql/091)
    LOCK TABLE casedesk.case_open_total IN EXCLUSIVE MODE;
    DELETE FROM casedesk.case_open_total;
    INSERT INTO casedesk.case_open_total (unit_id, n)
    SELECT c.unit_id, count(*) FROM casedesk.case_file c WHERE c.status <> 'closed' GROUP BY c.unit_id;
    RETURN v;
END $$;

-- Totals kept before migration 160 lack its kinds (move-ins per community,
-- per-project households, the area removed): rebuilt once, here, since on an
-- upgrade the migrations run before the functions that define the kinds.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM casedesk.expropriation WHERE signed_on IS NOT NULL)
       AND NOT EXISTS (SELECT 1 FROM casedesk.unit_day_total WHERE kind LIKE 'proj:%') THEN
        PERFORM casedesk.totals_rebuild();
    END IF;
END $$;
