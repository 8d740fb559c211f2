-- case_open_total: a clerk's home count of open cases comes from totals the
-- triggers of sql/091 keep (issue 16); it must equal what counting the
-- unit's rows through the policy gives, after every kind of change: a new
-- case, closing one, moving one to another unit, deleting one, a bulk
-- update, and after totals_rebuild().  Only clerks may ask.
-- pg_seeds: 010_places.sql 015_cases.sql 016_totals.sql
-- pg_cluster: 0.05
BEGIN;
SELECT * FROM no_plan();

-- counted(): the count as the current role sees the rows (the old query)
CREATE FUNCTION pg_temp.counted() RETURNS bigint LANGUAGE sql AS $$
    SELECT count(*) FROM casedesk.case_file WHERE status <> 'closed' $$;
GRANT EXECUTE ON FUNCTION pg_temp.counted() TO PUBLIC;

SET SESSION AUTHORIZATION gmz_01;
SELECT cmp_ok(pg_temp.counted(), '>', 0::bigint, 'the clerk has open cases to count');
SELECT is(casedesk.my_open_case_count(), pg_temp.counted(), 'the kept count equals the counted one');
SELECT casedesk.case_create_violation(
    (SELECT v.id FROM casedesk.village v WHERE v.unit_id = casedesk.my_unit_id() ORDER BY v.id LIMIT 1),
    'land', 'report', casedesk.today(), '总数测试');
SELECT is(casedesk.my_open_case_count(), pg_temp.counted(), 'a new case counts');

SET SESSION AUTHORIZATION ztz_01;
SELECT is(casedesk.my_open_case_count(), pg_temp.counted(), 'another town''s clerk counts only their own');
RESET SESSION AUTHORIZATION;

-- as the owner: close one, move one, delete one, a bulk edit of nothing counted
UPDATE casedesk.case_file SET status = 'closed', closed_on = greatest(opened_on, current_date)
 WHERE id = (SELECT id FROM casedesk.case_file c JOIN (SELECT id AS uid FROM casedesk.unit WHERE code = 'gmz') u
                ON c.unit_id = u.uid WHERE c.status <> 'closed' ORDER BY c.id LIMIT 1);
SET SESSION AUTHORIZATION gmz_01;
SELECT is(casedesk.my_open_case_count(), pg_temp.counted(), 'a closed case no longer counts');
RESET SESSION AUTHORIZATION;
UPDATE casedesk.case_file c SET unit_id = (SELECT id FROM casedesk.unit WHERE code = 'ztz'),
       village_id = (SELECT v.id FROM casedesk.village v JOIN casedesk.unit u ON u.id = v.unit_id
                      WHERE u.code = 'ztz' ORDER BY v.id LIMIT 1)
 WHERE c.id = (SELECT c2.id FROM casedesk.case_file c2 JOIN casedesk.unit u ON u.id = c2.unit_id
                WHERE u.code = 'gmz' AND c2.status <> 'closed' ORDER BY c2.id DESC LIMIT 1);
SET SESSION AUTHORIZATION gmz_01;
SELECT is(casedesk.my_open_case_count(), pg_temp.counted(), 'a case moved away no longer counts here');
SET SESSION AUTHORIZATION ztz_01;
SELECT is(casedesk.my_open_case_count(), pg_temp.counted(), 'and counts in its new unit');
RESET SESSION AUTHORIZATION;
DELETE FROM casedesk.case_file WHERE party_name = '总数测试';
UPDATE casedesk.case_file SET note = coalesce(note, '')
 WHERE unit_id = (SELECT id FROM casedesk.unit WHERE code = 'gmz') AND status <> 'closed';
SET SESSION AUTHORIZATION gmz_01;
SELECT is(casedesk.my_open_case_count(), pg_temp.counted(), 'a deleted case no longer counts; an edit changes nothing');
RESET SESSION AUTHORIZATION;
UPDATE casedesk.case_open_total SET n = n + 7;
SELECT casedesk.totals_rebuild();
SET SESSION AUTHORIZATION gmz_01;
SELECT is(casedesk.my_open_case_count(), pg_temp.counted(), 'totals_rebuild() puts a wrong total right');

SET SESSION AUTHORIZATION dcs_01;
SELECT throws_ok('SELECT casedesk.my_open_case_count()', '42501', NULL, 'a supervisor may not ask for a clerk''s count');
SELECT throws_ok('SELECT count(*) FROM casedesk.case_open_total', '42501', NULL,
                 'and nobody reads the totals table directly');

SELECT * FROM finish();
ROLLBACK;
