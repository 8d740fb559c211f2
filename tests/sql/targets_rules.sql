-- Targets and commendations: who may maintain them, the bad values refused,
-- the changes audited; and a flag naming a seeded case keeps the link, with
-- no foreign key to probe.  pgTAP, run by tests/lib/pgtap.sh; everything is
-- rolled back.  (Scoring weights are checked at commit, and the report
-- tool's answers to bad input come from the program: targets_reports.sh.)
-- pg_cluster: 0.05
BEGIN;
SELECT * FROM no_plan();

SELECT extract(year FROM current_date)::int - 1 AS ly \gset
SELECT max(login) FILTER (WHERE role = 'staff') AS staff, max(login) FILTER (WHERE role = 'supervisor') AS sup,
       max(login) FILTER (WHERE role = 'admin') AS adm, max(login) FILTER (WHERE role = 'inspector') AS insp
  FROM (SELECT DISTINCT ON (role) role, login FROM casedesk.official WHERE NOT disabled ORDER BY role, login) o \gset
SELECT id AS xcb FROM casedesk.unit WHERE code = 'xcb' \gset

-- --- who maintains targets ---------------------------------------------------
SET SESSION AUTHORIZATION :"staff";
SELECT throws_like(format($$INSERT INTO casedesk.target (unit_id, year, metric, target_value) VALUES (%s, 2031, 'land_mu', 5)$$, :xcb),
                   '%permission denied%', :'staff' || ' cannot add a target');
SELECT throws_like('UPDATE casedesk.target SET target_value = 0', '%permission denied%', :'staff' || ' cannot change targets');
SET SESSION AUTHORIZATION :"insp";
SELECT throws_like(format($$INSERT INTO casedesk.target (unit_id, year, metric, target_value) VALUES (%s, 2031, 'land_mu', 5)$$, :xcb),
                   '%permission denied%', :'insp' || ' cannot add a target');
SELECT throws_like('UPDATE casedesk.target SET target_value = 0', '%permission denied%', :'insp' || ' cannot change targets');
SET SESSION AUTHORIZATION :"staff";
SELECT is((SELECT count(*) > 0 FROM casedesk.target WHERE year = :ly), true, 'staff read the targets');
SET SESSION AUTHORIZATION :"sup";
SELECT lives_ok(format($$INSERT INTO casedesk.target (unit_id, year, metric, target_value, signed_on) VALUES (%s, 2031, 'land_mu', 5, '2031-02-01')$$, :xcb),
                'a supervisor adds a target');
SET SESSION AUTHORIZATION :"adm";
SELECT lives_ok('UPDATE casedesk.target SET target_value = 6 WHERE year = 2031', 'an administrator changes it');
RESET SESSION AUTHORIZATION;
SELECT is((SELECT target_value || '/' || version FROM casedesk.target WHERE year = 2031), '6.00/2', 'the change is saved and the version bumped');
SET SESSION AUTHORIZATION :"adm";
SELECT throws_like('UPDATE casedesk.target SET year = 2032 WHERE year = 2031', '%permission denied%', 'the year of a target is not editable in place');
SET SESSION AUTHORIZATION :"sup";
SELECT throws_like(format($$INSERT INTO casedesk.target (unit_id, year, metric, target_value) VALUES (%s, 2031, 'patrol_coverage_pct', 120)$$, :xcb),
                   '%target_pct_range%', 'a percentage target above 100 is refused');
SELECT throws_like(format($$INSERT INTO casedesk.target (unit_id, year, metric, target_value) VALUES (%s, 2031, 'land_mu', -1)$$, :xcb),
                   '%target_value_nonnegative%', 'a negative target is refused');
RESET SESSION AUTHORIZATION;
-- staged: this file is one transaction (the sealer chains rows once committed)
SELECT is((SELECT count(*) FROM casedesk.audit_pending WHERE chain = 'audit_log' AND table_name = 'target')::int, 2, 'target changes are audited');
SET SESSION AUTHORIZATION :"sup";
SELECT lives_ok(format($$INSERT INTO casedesk.commendation (year, unit_id, title) VALUES (2031, %s, '先进单位')$$, :xcb),
                'a supervisor records a commendation');
SET SESSION AUTHORIZATION :"staff";
SELECT throws_like(format($$INSERT INTO casedesk.commendation (year, unit_id, title) VALUES (2031, %s, '先进单位')$$, :xcb),
                   '%permission denied%', 'staff cannot record commendations');

-- --- a flag naming a seeded case keeps the link (seeded data needed) ----------
RESET SESSION AUTHORIZATION;
SELECT min(id) AS case_id FROM casedesk.case_file \gset
SELECT id AS flagged FROM casedesk.official WHERE role = 'staff' AND login <> :'staff' ORDER BY id LIMIT 1 \gset
SET SESSION AUTHORIZATION :"staff";
SELECT casedesk.flag_official(:flagged, 'favouritism', '多算面积', ARRAY[:case_id]::bigint[]) AS rc \gset
SELECT matches(:'rc'::text, '^JB-', 'a flag may name a case');
RESET SESSION AUTHORIZATION;
-- (the flag is staged in this transaction; the sealer files it, links
-- included, once it has committed: tests/sql/discipline_workflow.sql)
SELECT is((SELECT (p.new_row->'case_ids'->>0)::bigint FROM casedesk.audit_pending p
            WHERE p.table_name = 'flag_request' AND p.new_row->>'receipt' = :'rc'), :case_id::bigint,
          'the case is linked to the flag');
SET SESSION AUTHORIZATION :"staff";
SELECT throws_like(format($$SELECT casedesk.flag_official(%s, 'other', 'x', ARRAY[0]::bigint[])$$, :flagged),
                   '%Each case named in the flag must be one you can see%', 'a non-existent case is refused');
RESET SESSION AUTHORIZATION;
SELECT is((SELECT count(*) FROM pg_constraint WHERE conrelid = 'casedesk.discipline_link'::regclass
             AND confrelid IN ('casedesk.case_file'::regclass, 'casedesk.task'::regclass))::int, 0,
          'the link has no foreign key to cases or tasks (no FK-probe channel)');

SELECT * FROM finish();
ROLLBACK;
