-- The pre-totalled figures (sql/055_totals.sql): after the seed (rebuilt)
-- and after every kind of change to the counted tables (triggers), the
-- totals equal a count written here against the raw tables, and a figure a
-- user reads in the briefing moves with the change.
-- pgTAP, run by tests/lib/pgtap.sh; everything is rolled back.
-- pg_cluster: 0.05
BEGIN;
SELECT * FROM no_plan();

-- Rows where the kept totals and a fresh count disagree ('' when none).
-- Written independently of totals_rebuild(): one subquery per kind.
CREATE FUNCTION pg_temp.drift() RETURNS text LANGUAGE sql AS $$
WITH fresh AS (
    SELECT e.signed_on AS day, e.unit_id, 'exp:' || e.party_kind || ':' || coalesce(e.resettlement, '') AS kind,
           count(*) AS n, coalesce(sum(e.house_area), 0) AS area, coalesce(sum(e.land_area_mu), 0) AS mu
      FROM casedesk.expropriation e WHERE e.signed_on IS NOT NULL GROUP BY 1, 2, 3
    UNION ALL
    SELECT x.moved_in_on, c.unit_id, 'flat', count(*), 0, 0
      FROM casedesk.case_file c, LATERAL (SELECT e.moved_in_on FROM casedesk.expropriation e
                                          WHERE e.id = c.id AND e.party_kind = 'household'
                                            AND e.resettlement = 'flat' AND e.moved_in_on IS NOT NULL) x
     WHERE c.case_no LIKE 'ZS-%'
     GROUP BY 1, 2
    UNION ALL
    SELECT v.found_on, v.unit_id, 'vio_found', count(*), 0, 0 FROM casedesk.violation v GROUP BY 1, 2
    UNION ALL
    SELECT v.resolved_on, v.unit_id, 'vio:' || v.resolution, count(*), coalesce(sum(v.resolved_area_m2), 0), 0
      FROM casedesk.violation v WHERE v.resolution IS NOT NULL AND v.resolved_on IS NOT NULL GROUP BY 1, 2, 3
    UNION ALL
    SELECT e.moved_in_on, e.unit_id, 'flat@' || e.community_id, count(*), 0, 0
      FROM casedesk.expropriation e
     WHERE e.party_kind = 'household' AND e.resettlement = 'flat' AND e.moved_in_on IS NOT NULL
       AND e.community_id IS NOT NULL
     GROUP BY 1, 2, 3
    UNION ALL
    SELECT make_date(extract(year FROM e.signed_on)::int, 1, 1), e.unit_id, 'proj:' || e.project_id || ':signed', count(*), 0, 0
      FROM casedesk.expropriation e WHERE e.party_kind = 'household' AND e.signed_on IS NOT NULL GROUP BY 1, 2, 3
    UNION ALL
    SELECT make_date(extract(year FROM e.paid_on)::int, 1, 1), e.unit_id, 'proj:' || e.project_id || ':paid', count(*), 0, 0
      FROM casedesk.expropriation e WHERE e.party_kind = 'household' AND e.paid_on IS NOT NULL GROUP BY 1, 2, 3
    UNION ALL
    SELECT make_date(extract(year FROM e.vacated_on)::int, 1, 1), e.unit_id, 'proj:' || e.project_id || ':vacated', count(*), 0, 0
      FROM casedesk.expropriation e WHERE e.party_kind = 'household' AND e.vacated_on IS NOT NULL GROUP BY 1, 2, 3
    UNION ALL
    SELECT date '1970-01-01', e.unit_id, 'proj:' || e.project_id || ':registered', count(*), 0, 0
      FROM casedesk.expropriation e WHERE e.party_kind = 'household' GROUP BY 1, 2, 3
    UNION ALL
    SELECT p.received_on, p.unit_id, 'pet:received', count(*), 0, 0 FROM casedesk.petition_case p GROUP BY 1, 2
    UNION ALL
    SELECT p.accept_decided_on, p.unit_id, 'pet:accepted', count(*), 0, 0
      FROM casedesk.petition_case p WHERE p.accepted GROUP BY 1, 2
    UNION ALL
    SELECT p.concluded_on, p.unit_id, 'pet:concluded', count(*), 0, 0
      FROM casedesk.petition_case p WHERE p.concluded_on IS NOT NULL GROUP BY 1, 2
), kept AS (
    SELECT day, unit_id, kind, n, area, mu FROM casedesk.unit_day_total
     WHERE n <> 0 OR area <> 0 OR mu <> 0
), bad AS (
    SELECT coalesce(f.kind, k.kind) || ' ' || coalesce(f.day, k.day) || ' unit ' || coalesce(f.unit_id, k.unit_id)
           || ': kept ' || coalesce(k.n::text, '-') || ' counted ' || coalesce(f.n::text, '-') AS line
      FROM fresh f FULL JOIN kept k USING (day, unit_id, kind)
     WHERE f.n IS DISTINCT FROM k.n OR f.area IS DISTINCT FROM k.area OR f.mu IS DISTINCT FROM k.mu
     ORDER BY 1 LIMIT 5
)
SELECT coalesce(string_agg(line, E'\n' ORDER BY line), '') FROM bad
$$;
-- households/resettled/monetised in the briefing of a year, as the current role reads it
CREATE FUNCTION pg_temp.households(p_year integer) RETURNS text LANGUAGE sql AS $$
    SELECT households || '/' || households_resettled || '/' || monetised FROM casedesk.briefing_expropriation(p_year) $$;
GRANT EXECUTE ON FUNCTION pg_temp.households(integer) TO PUBLIC;
CREATE FUNCTION pg_temp.md5_totals() RETURNS text LANGUAGE sql AS $$
    SELECT md5(string_agg(concat_ws(' ', day, unit_id, kind, n, area, mu), ',' ORDER BY day, unit_id, kind))
      FROM casedesk.unit_day_total WHERE n <> 0 OR area <> 0 OR mu <> 0 $$;

SELECT extract(year FROM current_date)::int AS y \gset
SELECT login AS staff FROM casedesk.official WHERE role = 'staff' AND NOT disabled ORDER BY login LIMIT 1 \gset

SELECT is((SELECT count(*) > 100 FROM casedesk.unit_day_total), true, 'the seed filled the totals');
SELECT is(pg_temp.drift(), '', 'after the seed every total equals the raw count');
SET SESSION AUTHORIZATION :"staff";
SELECT throws_like('SELECT count(*) FROM casedesk.unit_day_total', '%permission denied%', 'staff cannot read the totals table directly');

-- Expropriation rows of open cases (closed ones are frozen): a household
-- switches from money to flat, areas and signing dates change.
SELECT pg_temp.households(:y) AS b0 \gset
RESET SESSION AUTHORIZATION;
UPDATE casedesk.expropriation SET resettlement = 'flat', community_id = (SELECT min(id) FROM casedesk.resettlement_community)
 WHERE id = (SELECT min(e.id) FROM casedesk.expropriation e
              WHERE e.party_kind = 'household' AND e.resettlement = 'money'
                AND extract(year FROM e.signed_on) = :y
                AND e.id IN (SELECT id FROM casedesk.case_file WHERE status <> 'closed'));
SET SESSION AUTHORIZATION :"staff";
SELECT pg_temp.households(:y) AS b1 \gset
RESET SESSION AUTHORIZATION;
SELECT is(:'b1'::text, split_part(:'b0', '/', 1) || '/' || split_part(:'b0', '/', 2) || '/' || (split_part(:'b0', '/', 3)::int - 1),
          'the briefing''s monetised households drop by one when one takes a flat (' || :'b0' || ' -> ' || :'b1' || ')');
UPDATE casedesk.expropriation SET house_area = house_area + 1.5, signed_on = signed_on - 1
 WHERE id % 3 = 0 AND signed_on IS NOT NULL AND house_area IS NOT NULL
   AND id IN (SELECT id FROM casedesk.case_file WHERE status <> 'closed');
UPDATE casedesk.expropriation SET land_area_mu = coalesce(land_area_mu, 0) + 0.125
 WHERE id % 2 = 0 AND id IN (SELECT id FROM casedesk.case_file WHERE status <> 'closed');
SELECT is(pg_temp.drift(), '', 'after expropriation updates the totals follow');

-- A flat household moving in counts as resettled today (migration 104: the
-- move-in date, not the day its case closes).
SELECT min(c.id) AS c FROM casedesk.case_file c JOIN casedesk.expropriation e ON e.id = c.id
 WHERE c.status = 'demolished' AND e.party_kind = 'household' AND e.resettlement = 'flat'
   AND e.flat_allocated_on IS NOT NULL AND e.moved_in_on IS NULL \gset
SET SESSION AUTHORIZATION :"staff";
SELECT pg_temp.households(:y) AS r0 \gset
RESET SESSION AUTHORIZATION;
UPDATE casedesk.expropriation SET moved_in_on = current_date WHERE id = :c;
SET SESSION AUTHORIZATION :"staff";
SELECT pg_temp.households(:y) AS r1 \gset
RESET SESSION AUTHORIZATION;
SELECT is(split_part(:'r1', '/', 2)::int, split_part(:'r0', '/', 2)::int + 1,
          'the briefing''s households resettled rise by one when a flat household moves in (' || :'r0' || ' -> ' || :'r1' || ')');
UPDATE casedesk.case_file SET status = 'closed', closed_on = current_date, deadline = NULL WHERE id = :c;
SET SESSION AUTHORIZATION :"staff";
SELECT pg_temp.households(:y) AS rc \gset
RESET SESSION AUTHORIZATION;
SELECT is(:'rc'::text, :'r1'::text, 'closing its case afterwards counts nothing more');
SELECT is(pg_temp.drift(), '', 'after a move-in the households resettled follow');

-- Deleting cases: an open one (its expropriation goes by cascade) and, when
-- the seed has one without payments, a closed flat one.
SELECT min(c.id) AS d FROM casedesk.case_file c JOIN casedesk.expropriation e ON e.id = c.id
 WHERE c.status <> 'closed' AND e.signed_on IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM casedesk.payment p WHERE p.case_id = c.id) \gset
DELETE FROM casedesk.case_file WHERE id = :d;
SELECT is((SELECT count(*) FROM casedesk.expropriation WHERE id = :d)::int, 0, '(case ' || :d || ' and its expropriation are gone)');
SELECT coalesce(min(c.id)::text, '') AS d2 FROM casedesk.case_file c JOIN casedesk.expropriation e ON e.id = c.id
 WHERE c.status = 'closed' AND e.party_kind = 'household' AND e.resettlement = 'flat'
   AND NOT EXISTS (SELECT 1 FROM casedesk.payment p WHERE p.case_id = c.id) \gset
DELETE FROM casedesk.case_file WHERE id::text = :'d2';
SELECT diag('closed flat case deleted: ' || coalesce(nullif(:'d2', ''), 'none without payments'));
SELECT is(pg_temp.drift(), '', 'after deleting cases the totals follow');

-- Violations of open cases: resolutions and dates change, one is deleted.
UPDATE casedesk.violation SET found_on = found_on - 2
 WHERE id % 2 = 0 AND id IN (SELECT id FROM casedesk.case_file WHERE status <> 'closed');
UPDATE casedesk.violation SET resolution = 'rectified', resolved_on = current_date
 WHERE id = (SELECT min(id) FROM casedesk.violation
              WHERE resolution IS NULL AND id IN (SELECT id FROM casedesk.case_file WHERE status <> 'closed'));
DELETE FROM casedesk.case_file
 WHERE id = (SELECT max(id) FROM casedesk.violation WHERE id IN (SELECT id FROM casedesk.case_file WHERE status <> 'closed'));
SELECT is(pg_temp.drift(), '', 'after violation changes the totals follow');

-- A rolled-back change leaves nothing behind (here a subtransaction that is
-- rolled back); a rebuild changes nothing.
DO $$
BEGIN
    DELETE FROM casedesk.case_file
     WHERE id IN (SELECT id FROM casedesk.violation WHERE id IN (SELECT id FROM casedesk.case_file WHERE status <> 'closed'));
    UPDATE casedesk.expropriation SET house_area = house_area + 7
     WHERE id IN (SELECT id FROM casedesk.case_file WHERE status <> 'closed');
    RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'roll back';
EXCEPTION WHEN raise_exception THEN
    NULL;
END $$;
SELECT is(pg_temp.drift(), '', 'a rolled-back change leaves the totals as they were');
SELECT pg_temp.md5_totals() AS before \gset
SELECT casedesk.totals_rebuild() AS ignored \gset
SELECT is(pg_temp.md5_totals(), :'before', 'totals_rebuild() finds nothing to correct');
SET SESSION AUTHORIZATION :"staff";
SELECT throws_like('SELECT casedesk.totals_rebuild()', '%permission denied%', 'staff cannot run the rebuild');
RESET SESSION AUTHORIZATION;

SELECT * FROM finish();
ROLLBACK;
