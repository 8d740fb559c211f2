-- village_title: the violation-free title (无违村) as a life cycle (issue 15,
-- item 4; migration 105): the town's staff apply, a supervisor inspects on
-- site and certifies only after a passed inspection; a failed inspection
-- needs its finding and a new application; a violation found after the
-- inspection sends the village back to inspection; the title is lost on a
-- finding or revoked with a reason.  As real login roles; rolled back.
-- pg_seeds: 010_places.sql 015_cases.sql
-- pg_cluster: 0.05
BEGIN;
SELECT * FROM no_plan();
\ir case_helpers.sql
\set as_gmz  'SET SESSION AUTHORIZATION gmz_01;'
\set as_ztz  'SET SESSION AUTHORIZATION ztz_01;'
\set as_dcs  'SET SESSION AUTHORIZATION dcs_01;'
\set as_su   'RESET SESSION AUTHORIZATION;'

-- a village of 关庙镇 with no violation history and no title
SELECT v.id AS vil FROM casedesk.village v JOIN casedesk.unit u ON u.id = v.unit_id
 WHERE u.code = 'gmz' ORDER BY v.id DESC LIMIT 1 \gset
SET session_replication_role = replica;
UPDATE casedesk.case_file SET status = 'closed', closed_on = current_date, deadline = NULL
 WHERE village_id = :vil AND status IN ('found','verified','stop_notice','rectifying');
UPDATE casedesk.village SET violation_free_since = NULL WHERE id = :vil;
DELETE FROM casedesk.village_certification WHERE village_id = :vil;
SET session_replication_role = origin;

:as_dcs
SELECT alike(pg_temp.try(format('SELECT casedesk.village_certify_violation_free(%s, current_date)', :vil)),
             'The village needs an application and a passed inspection%', 'no title without an application');
SELECT alike(pg_temp.try(format('SELECT casedesk.village_inspect_violation_free(%s, current_date, true, NULL)', :vil)),
             'The village has no application waiting%', 'nothing to inspect before the town applies');
SELECT alike(pg_temp.try(format($$SELECT casedesk.village_apply_violation_free(%s, current_date, 'x')$$, :vil)),
             'permission denied%', 'a supervisor does not apply for a town');
:as_ztz
SELECT alike(pg_temp.try(format($$SELECT casedesk.village_apply_violation_free(%s, current_date, 'x')$$, :vil)),
             'No such village or community in your unit%', 'another town cannot apply for it');
:as_gmz
SELECT casedesk.village_apply_violation_free(:vil, current_date - 30, '申请创建无违村') AS ignored \gset
SELECT alike(pg_temp.try(format($$SELECT casedesk.village_apply_violation_free(%s, current_date - 29, 'x')$$, :vil)),
             'An application for this village is waiting for its inspection%', 'one application at a time');
SELECT alike(pg_temp.try(format('SELECT casedesk.village_inspect_violation_free(%s, current_date, true, NULL)', :vil)),
             'Only supervisors inspect%', 'staff do not inspect their own village');

:as_dcs
SELECT alike(pg_temp.try(format('SELECT casedesk.village_inspect_violation_free(%s, current_date - 25, false, NULL)', :vil)),
             'Say what the inspection found%', 'a failed inspection says what it found');
SELECT alike(pg_temp.try(format('SELECT casedesk.village_inspect_violation_free(%s, current_date - 31, true, NULL)', :vil)),
             'The inspection cannot be dated before the application%', 'no inspection before the application');
SELECT casedesk.village_inspect_violation_free(:vil, current_date - 25, false, '河堤旁有一处未拆除的棚子') AS ignored \gset
SELECT alike(pg_temp.try(format('SELECT casedesk.village_certify_violation_free(%s, current_date - 24)', :vil)),
             'The village needs an application and a passed inspection%', 'a failed inspection certifies nothing');
:as_gmz
SELECT is((SELECT inspection_note FROM casedesk.village_application WHERE village_id = :vil AND NOT passed),
          '河堤旁有一处未拆除的棚子', 'the town reads what the inspection found');
SELECT casedesk.village_apply_violation_free(:vil, current_date - 20, '棚子已拆除，再次申请') AS ignored \gset
:as_dcs
SELECT casedesk.village_inspect_violation_free(:vil, current_date - 15, true, '验收合格') AS ignored \gset

-- a violation found after the passed inspection sends it back
:as_gmz
SELECT casedesk.case_create_violation(:vil, 'construction', 'report', current_date - 10, '新违建户', NULL, 30, 1) AS b \gset
:as_dcs
SELECT alike(pg_temp.try(format('SELECT casedesk.village_certify_violation_free(%s, current_date - 5)', :vil)),
             'The village still has 1 unresolved violation cases%', 'the open case blocks the title');
:as_gmz
SELECT pg_temp.step(:b, 'verify', pg_temp.d(9)) AS ignored \gset
SELECT pg_temp.step(:b, 'void', pg_temp.d(9, '{"reason":"重复登记"}')) AS ignored \gset
:as_dcs
SELECT alike(pg_temp.try(format('SELECT casedesk.village_certify_violation_free(%s, current_date - 5)', :vil)),
             'A violation was found after the inspection: inspect the village again%',
             'even closed, a finding after the inspection means a new inspection');
:as_su
-- (back to the state of the passed inspection: the finding was a mistake and is removed)
DELETE FROM casedesk.case_file WHERE id = :b;
:as_dcs
SELECT alike(pg_temp.try(format('SELECT casedesk.village_certify_violation_free(%s, current_date - 16)', :vil)),
             'The certification cannot be dated before the inspection%', 'no certification before the inspection');
SELECT casedesk.village_certify_violation_free(:vil, current_date - 5) AS ignored \gset
SELECT is((SELECT violation_free_since FROM casedesk.village WHERE id = :vil), current_date - 5,
          'certified after a passed inspection');
SELECT is((SELECT a.certified AND c.application_id = a.id FROM casedesk.village_certification c
             JOIN casedesk.village_application a ON a.id = c.application_id
            WHERE c.village_id = :vil AND c.lost_on IS NULL), true,
          'the certification names the application and inspection it rests on');

-- revoked with a reason
SELECT alike(pg_temp.try(format($$SELECT casedesk.village_revoke_violation_free(%s, current_date, '')$$, :vil)),
             'The reason for revoking the title is required%', 'revoking needs a reason');
SELECT casedesk.village_revoke_violation_free(:vil, current_date, '复查发现新增违建') AS ignored \gset
SELECT is((SELECT coalesce(v.violation_free_since::text, 'none') || ' ' || c.revoked_reason
             FROM casedesk.village v JOIN casedesk.village_certification c ON c.village_id = v.id
            WHERE v.id = :vil ORDER BY c.id DESC LIMIT 1), 'none 复查发现新增违建', 'the title is revoked, the reason kept');
SELECT alike(pg_temp.try(format($$SELECT casedesk.village_revoke_violation_free(%s, current_date, 'x')$$, :vil)),
             'The village does not hold the violation-free title%', 'nothing to revoke twice');
:as_gmz
SELECT alike(pg_temp.try($$INSERT INTO casedesk.village_application (village_id, unit_id, applied_on)
                           SELECT id, unit_id, current_date FROM casedesk.village LIMIT 1$$),
             '%permission denied%', 'applications are made through the function only');

SELECT * FROM finish();
ROLLBACK;
