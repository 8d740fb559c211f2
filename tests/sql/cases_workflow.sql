-- cases_workflow: the case rules of sql/01x, as real login roles.
-- Staff of 关庙镇 (gmz_01) work their cases; staff of 张滩镇 (ztz_01) must not
-- see or touch them; a supervisor (dcs_01) reads all and certifies villages;
-- an admin (xxzx_01) sees no case data.  Every migration, but only the places
-- and cases seeds: this test is about the case rules, and stays independent
-- of the other concerns' demo data.  pgTAP, run by tests/lib/pgtap.sh;
-- everything is rolled back.  (Concurrent payments and the NOTIFY of a
-- transition need several sessions and commits: cases_sessions.sh.)
-- pg_seeds: 010_places.sql 015_cases.sql
-- pg_cluster: 0.05
BEGIN;
SELECT * FROM no_plan();
\set as_gmz  'SET SESSION AUTHORIZATION gmz_01;'
\set as_ztz  'SET SESSION AUTHORIZATION ztz_01;'
\set as_dcs  'SET SESSION AUTHORIZATION dcs_01;'
\set as_jw   'SET SESSION AUTHORIZATION jw_01;'
\set as_xxzx 'SET SESSION AUTHORIZATION xxzx_01;'
\set as_su   'RESET SESSION AUTHORIZATION;'

-- step(case, step, args): case_transition with the current version, as the
-- current role; d(n): the arguments of a step dated n days ago; status(case)
-- as gmz_01 reads it (their own cases).
CREATE FUNCTION pg_temp.step(p_case bigint, p_step text, p_args jsonb) RETURNS integer LANGUAGE sql AS $$
    SELECT casedesk.case_transition(p_case, (SELECT version FROM casedesk.case_file WHERE id = p_case), p_step, p_args)::integer $$;
CREATE FUNCTION pg_temp.d(n integer) RETURNS jsonb LANGUAGE sql AS $$ SELECT jsonb_build_object('on', (current_date - n)::text) $$;
CREATE FUNCTION pg_temp.status(p_case bigint) RETURNS text LANGUAGE sql AS $$
    SELECT status::text FROM casedesk.case_file WHERE id = p_case $$;
-- try(sql): run a statement that may be refused, without aborting the test
CREATE FUNCTION pg_temp.try(p_sql text) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE p_sql;
    RETURN true;
EXCEPTION WHEN OTHERS THEN
    RETURN false;
END $$;
GRANT EXECUTE ON FUNCTION pg_temp.step(bigint, text, jsonb), pg_temp.d(integer), pg_temp.status(bigint),
    pg_temp.try(text) TO PUBLIC;

:as_gmz
SELECT min(id) AS gmz_v, max(id) AS gmz_v2 FROM casedesk.village v WHERE v.unit_id = (SELECT id FROM casedesk.unit WHERE code = 'gmz') \gset
SELECT id AS proj FROM casedesk.project WHERE code = 'chengdong' \gset
SELECT id AS proj_other FROM casedesk.project WHERE code = 'pg-laocheng' \gset
:as_ztz
SELECT min(id) AS ztz_v FROM casedesk.village v WHERE v.unit_id = (SELECT id FROM casedesk.unit WHERE code = 'ztz') \gset

-- ------------------------------------------------------------ violation path
:as_gmz
SELECT casedesk.case_create_violation(:gmz_v, 'construction', 'report', current_date - 30, '张三', '关庙村一组', 120.5, 2) AS v \gset
SELECT matches(:'v'::text, '^[0-9]+$', 'staff create a violation case in their own village');
SELECT matches((SELECT case_no || ' ' || status || ' ' || kind FROM casedesk.case_file WHERE id = :v),
               '^LW-[0-9]{4}-[0-9]{6} found violation$', 'new violation case is numbered LW-YYYY-NNNNNN and found');
SELECT is((SELECT string_agg(step, ',') FROM casedesk.case_next_steps(:v)), 'verify,void', 'next steps from found: verify, or void if registered in error');
:as_ztz
SELECT is((SELECT count(*) FROM casedesk.case_file WHERE id = :v)::int, 0, 'staff of another town do not see the case');
SELECT is((SELECT count(*) FROM casedesk.violation WHERE id = :v)::int, 0, 'nor its violation details');
SELECT lives_ok(format($$UPDATE casedesk.case_file SET note = 'x' WHERE id = %s$$, :v), 'update by another town is silent...');
:as_gmz
SELECT is((SELECT coalesce(note, '-') FROM casedesk.case_file WHERE id = :v), '-', '...and changes nothing');
:as_ztz
SELECT throws_like(format('SELECT casedesk.row_delete(%L, %s)', 'case_file', :v), '%no such row that you may delete%',
                   'another town cannot delete the case (the same sentence as for a missing one)');
:as_gmz
SELECT is((SELECT count(*) FROM casedesk.case_file WHERE id = :v)::int, 1, 'the case is still there');
:as_ztz
SELECT is((SELECT count(*) FROM casedesk.case_next_steps(:v))::int, 0, 'another town gets no next steps');
SELECT throws_like(format($$SELECT pg_temp.step(%s, 'verify', pg_temp.d(1))$$, :v),
                   '%does not exist or does not belong to your unit%', 'another town cannot transition the case');
SELECT throws_like(format($$SELECT casedesk.case_create_violation(%s, 'land', 'report', current_date, '李四')$$, :gmz_v),
                   '%must belong to your unit%', 'staff cannot open a case in another town''s village');
:as_gmz
SELECT throws_like(format($$INSERT INTO casedesk.case_file (case_no, kind, unit_id, village_id, status, opened_on, party_name)
                            VALUES ('LW-2020-999999', 'violation', 1, %s, 'found', current_date, 'x')$$, :gmz_v),
                   '%permission denied%', 'staff cannot INSERT cases directly');
SELECT throws_like(format($$UPDATE casedesk.case_file SET status = 'closed' WHERE id = %s$$, :v),
                   '%permission denied%', 'staff cannot UPDATE the status column');
:as_dcs
SELECT is((SELECT count(*) FROM casedesk.case_file WHERE id = :v)::int, 1, 'supervisor reads every case');
:as_jw
SELECT is((SELECT count(*) FROM casedesk.violation WHERE id = :v)::int, 1, 'inspector reads every case');
:as_dcs
SELECT throws_like(format($$SELECT pg_temp.step(%s, 'verify', pg_temp.d(1))$$, :v), '%Only staff%', 'supervisor cannot transition a case');
:as_xxzx
SELECT throws_like('SELECT count(*) FROM casedesk.case_file', '%permission denied%', 'admin sees no case data');

:as_gmz
SELECT throws_like(format($$SELECT pg_temp.step(%s, 'verify', pg_temp.d(40))$$, :v), '%cannot be earlier than the previous step%',
                   'a step dated before the finding is refused');
SELECT throws_like(format($$SELECT pg_temp.step(%s, 'verify', pg_temp.d(-3))$$, :v), '%cannot be in the future%',
                   'a step dated in the future is refused');
SELECT throws_like(format($$SELECT pg_temp.step(%s, 'verify', '{}'::jsonb)$$, :v), '%is required%', 'a step without its date is refused');
SELECT throws_like(format($$SELECT pg_temp.step(%s, 'close', pg_temp.d(1))$$, :v), '%not possible while the case is found%',
                   'closing a just-found case is refused');
SELECT throws_like(format($$SELECT casedesk.case_transition(%s, 999, 'verify', pg_temp.d(1))$$, :v), '%changed by someone else%',
                   'a stale version is refused');
SELECT throws_like(format($$SELECT pg_temp.step(%s, 'fly', pg_temp.d(1))$$, :v), '%no step%', 'an unknown step is refused');
SELECT matches(pg_temp.step(:v, 'verify', pg_temp.d(29))::text, '^[0-9]+$', 'verify succeeds and returns the new version');
SELECT is((SELECT first_action_days FROM casedesk.violation WHERE id = :v)::int, 1, 'days to first action recorded');
SELECT pg_temp.step(:v, 'stop_notice', pg_temp.d(28)) AS ignored \gset
SELECT matches((SELECT stop_notice_no FROM casedesk.violation WHERE id = :v),
               '^.+停字〔[0-9]{4}〕第[0-9]{3}号$',
               'the stop-work notice is numbered by the register, no number typed (migration 200)');
SELECT throws_like(format($$SELECT pg_temp.step(%s, 'order_rectify', jsonb_build_object('on', (current_date - 27)::text, 'deadline', (current_date - 28)::text))$$, :v),
                   '%deadline cannot be earlier%', 'a deadline before the order is refused');
SELECT pg_temp.step(:v, 'order_rectify', jsonb_build_object('on', (current_date - 27)::text, 'deadline', (current_date + 3)::text)) AS ignored \gset
SELECT is((SELECT status || ' ' || (deadline = current_date + 3) FROM casedesk.case_file WHERE id = :v), 'rectifying true',
          'rectifying with the deadline on the case');
SELECT is((SELECT string_agg(step, ',') FROM casedesk.case_next_steps(:v)), 'demolish,rectify,void', 'an increment case cannot be disposed of as stock');
SELECT throws_like(format($$SELECT pg_temp.step(%s, 'stock_dispose', pg_temp.d(2))$$, :v), '%Only stock violations%',
                   'stock disposal of an increment case is refused');
SELECT pg_temp.step(:v, 'demolish', pg_temp.d(2)) AS ignored \gset
SELECT is((SELECT c.status || ' ' || v.resolution || ' ' || coalesce(c.deadline::text, 'none')
             FROM casedesk.case_file c JOIN casedesk.violation v USING (id) WHERE id = :v),
          'demolished demolished none', 'demolished: resolution recorded, the clock stopped');
SELECT pg_temp.step(:v, 'reinspect', pg_temp.d(1)) AS ignored \gset
SELECT pg_temp.step(:v, 'close', pg_temp.d(0)) AS ignored \gset
SELECT is(pg_temp.status(:v), 'closed', 'the violation case is closed after every step');
SELECT throws_like(format($$UPDATE casedesk.case_file SET note = 'late' WHERE id = %s$$, :v), '%closed case can no longer be changed%',
                   'a closed case is read-only');
SELECT throws_like(format('SELECT casedesk.row_delete(%L, %s)', 'case_file', :v), '%no such row that you may delete%',
                   'a closed case cannot be deleted');
SELECT is((SELECT count(*) FROM casedesk.case_file WHERE id = :v)::int, 1, 'the closed case survived the delete');

-- --------------------------------------------------------- stock vs increment
SELECT casedesk.stock_cutoff() AS cut \gset
SELECT casedesk.case_create_violation(:gmz_v, 'construction', 'satellite', current_date - 10, '王五', NULL, 80, 1, :'cut'::date - 400) AS s \gset
SELECT casedesk.case_create_violation(:gmz_v, 'land', 'report', current_date - 10, '赵六', NULL, 300, 0, :'cut'::date + 1) AS i \gset
SELECT is(format('%s/%s', (SELECT stock FROM casedesk.violation WHERE id = :s), (SELECT stock FROM casedesk.violation WHERE id = :i)),
          't/f', 'built before the cut-off is stock, after it is increment');
SELECT pg_temp.step(:s, 'verify', jsonb_build_object('on', (current_date - 5)::text, 'doc_no', 'N1', 'deadline', (current_date + 30)::text)) AS ignored \gset
SELECT pg_temp.step(:s, 'stop_notice', jsonb_build_object('on', (current_date - 5)::text, 'doc_no', 'N1', 'deadline', (current_date + 30)::text)) AS ignored \gset
SELECT pg_temp.step(:s, 'order_rectify', jsonb_build_object('on', (current_date - 5)::text, 'doc_no', 'N1', 'deadline', (current_date + 30)::text)) AS ignored \gset
SELECT is((SELECT string_agg(step, ',') FROM casedesk.case_next_steps(:s)), 'demolish,rectify,stock_dispose,void', 'a stock case may be disposed of as stock');
SELECT pg_temp.step(:s, 'stock_dispose', pg_temp.d(1)) AS ignored \gset
SELECT is(pg_temp.status(:s), 'stock_disposal', 'stock disposal recorded');
SELECT throws_like($$UPDATE casedesk.setting SET value = '2000-01-01' WHERE key = 'violation.stock_cutoff'$$, '%permission denied%',
                   'staff cannot move the cut-off');
:as_xxzx
SELECT throws_like($$UPDATE casedesk.setting SET value = '2000-01-01' WHERE key = 'violation.stock_cutoff'$$, '%permission denied%',
                   'an administrator cannot move the cut-off either (it reclassifies cases)');
RESET SESSION AUTHORIZATION;
UPDATE casedesk.setting SET value = (:'cut'::date + 10)::text WHERE key = 'violation.stock_cutoff';
:as_dcs
SELECT is((SELECT stock FROM casedesk.violation WHERE id = :i), true, 'the installer moving the cut-off re-classifies cases');
RESET SESSION AUTHORIZATION;
UPDATE casedesk.setting SET value = :'cut' WHERE key = 'violation.stock_cutoff';
SELECT throws_like($$UPDATE casedesk.setting SET value = 'soon' WHERE key = 'violation.stock_cutoff'$$, '%must be a date%',
                   'a malformed cut-off is refused');

-- ------------------------------------------------------- expropriation path
:as_gmz
SELECT throws_like(format($$SELECT casedesk.case_create_expropriation(%s, %s, 'household', '孙七')$$, :proj_other, :gmz_v),
                   '%does not take part in this project%', 'a case in a project the town is not part of is refused');
SELECT throws_like(format($$SELECT casedesk.case_create_expropriation(%s, %s, 'household', '孙七', '110101199003070001')$$, :proj, :gmz_v),
                   '%citizen ID number is not valid%', 'a citizen ID with a wrong check digit is refused');
SELECT throws_like(format($$SELECT casedesk.case_create_expropriation(%s, %s, 'enterprise', '安康某公司', '91350100M000100Y44')$$, :proj, :gmz_v),
                   '%credit code is not valid%', 'a bad credit code is refused');
SELECT throws_like(format($$SELECT casedesk.case_create_expropriation(%s, %s, 'household', '孙七', NULL, '12345')$$, :proj, :gmz_v),
                   '%phone number must be%', 'a bad phone number is refused');
SELECT throws_like(format($$SELECT casedesk.case_create_expropriation(%s, %s, 'household', '孙七', NULL, NULL, NULL, 0)$$, :proj, :gmz_v),
                   '%house area must be greater than 0%', 'a zero house area is refused');
SELECT casedesk.case_create_expropriation(:proj, :gmz_v, 'household', '孙七', NULL, '13912345678', '关庙村二组', 150, 0.5, current_date - 100) AS e \gset
SELECT matches((SELECT case_no || ' ' || status FROM casedesk.case_file WHERE id = :e), '^ZS-[0-9]{4}-[0-9]{6} registered$',
               'expropriation case registered');
SELECT pg_temp.step(:e, 'survey', pg_temp.d(90)) AS ignored \gset
SELECT pg_temp.step(:e, 'assess', jsonb_build_object('on', (current_date - 80)::text, 'amount', '100000')) AS ignored \gset
SELECT is((SELECT string_agg(step, ',') FROM casedesk.case_next_steps(:e)), 'record_expropriation_decision',
          'no signing before the ID number is known');
SELECT throws_like(format($$SELECT pg_temp.step(%s, 'sign', jsonb_build_object('on', (current_date - 70)::text, 'resettlement', 'money'))$$, :e),
                   '%citizen ID number or credit code before signing%', 'signing without ID is refused');
-- 11010519491231002X: a well-known valid GB 11643 example
UPDATE casedesk.expropriation SET party_id_no = '11010519491231002x' WHERE id = :e;
SELECT is((SELECT party_id_no FROM casedesk.case_party(:e)), '1101**********002X',
          'the ID number is stored upper-cased (staff read it masked)');
SELECT throws_matching(format($$SELECT pg_temp.step(%s, 'sign', jsonb_build_object('on', (current_date - 70)::text, 'resettlement', 'flat'))$$, :e),
                       'needs the resettlement community|resettlement community is required', 'flat resettlement needs a community');
SELECT pg_temp.step(:e, 'sign', jsonb_build_object('on', (current_date - 70)::text, 'resettlement', 'money')) AS ignored \gset
SELECT throws_like(format($$SELECT casedesk.payment_add(%s, 1000, current_date - 75, '孙七')$$, :e),
                   '%before the date the agreement was signed%', 'a payment before signing is refused');
SELECT casedesk.payment_add(:e, 60000, current_date - 60, '孙七', 'PZ1') AS p1 \gset
SELECT matches(:'p1'::text, '^[0-9]+$', 'first payment recorded');
SELECT is((SELECT p.account = j.account_no FROM casedesk.payment p JOIN casedesk.project j ON j.id = :proj WHERE p.id = :p1), true,
          'payment goes to the project''s dedicated account');
SELECT throws_like(format($$SELECT casedesk.payment_add(%s, 40000.01, current_date - 50, '孙七')$$, :e),
                   '%more than the assessed compensation%', 'overpayment is refused');
SELECT throws_like(format($$SELECT pg_temp.step(%s, 'pay_complete', '{}'::jsonb)$$, :e),
                   '%not paid in full: 60000.00 of 100000.00%', 'compensation_paid refused before full payment');
:as_ztz
SELECT throws_like(format($$SELECT casedesk.payment_add(%s, 1, current_date, 'x')$$, :e),
                   '%does not exist or does not belong%', 'another town cannot record a payment');
SELECT is((SELECT count(*) FROM casedesk.payment WHERE case_id = :e)::int, 0, 'another town sees no payments');
:as_gmz
SELECT throws_matching(format('UPDATE casedesk.payment SET amount = 1 WHERE id = %s', :p1),
                       'cannot be changed or deleted|permission denied', 'payments cannot be edited');
SELECT casedesk.payment_add(:e, 40000, current_date - 50, '孙七') AS ignored \gset
SELECT is((SELECT paid_total::text FROM casedesk.expropriation WHERE id = :e), '100000.00', 'paid total follows the ledger');
SELECT pg_temp.step(:e, 'pay_complete', '{}'::jsonb) AS ignored \gset
SELECT is((SELECT c.status || ' ' || (x.paid_on = current_date - 50) FROM casedesk.case_file c JOIN casedesk.expropriation x USING (id) WHERE id = :e),
          'compensation_paid true', 'paid in full on the last payment''s date');
SELECT throws_like(format($$SELECT casedesk.payment_add(%s, 1, current_date, '孙七')$$, :e),
                   '%Payments can be recorded only after the agreement%', 'no payments after full payment');
SELECT pg_temp.step(:e, 'vacate', pg_temp.d(40)) AS ignored \gset
SELECT pg_temp.step(:e, 'demolish', pg_temp.d(30)) AS ignored \gset
SELECT pg_temp.step(:e, 'close', pg_temp.d(20)) AS ignored \gset
SELECT is(pg_temp.status(:e), 'closed', 'the expropriation case is closed after every step');

-- --------------------------------------------------------- forced path
-- The statutory compulsory route, with its clocks: tests/sql/legal_clocks.sql.

-- ----------------------------------------- patrols and violation-free villages
INSERT INTO casedesk.patrol (patrol_on, members, notes) VALUES (current_date - 1, '甲、乙', '例行巡查') RETURNING id AS pt \gset
SELECT matches(:'pt'::text, '^[0-9]+$', 'staff log a patrol for their unit');
:as_ztz
SELECT is((SELECT count(*) FROM casedesk.patrol WHERE id = :pt)::int, 0, 'another town does not see the patrol');
:as_gmz
SELECT throws_like(format('INSERT INTO casedesk.patrol_village (patrol_id, village_id) VALUES (%s, %s)', :pt, :ztz_v),
                   '%must belong to the patrol''s town%', 'staff cannot log a patrol village of another town');
INSERT INTO casedesk.patrol_village (patrol_id, village_id) VALUES (:pt, :gmz_v);
SELECT is((SELECT days_since_patrol FROM casedesk.village_patrol_status WHERE village_id = :gmz_v)::int, 1,
          'days since the village was last patrolled');
SELECT throws_like(format('SELECT casedesk.village_certify_violation_free(%s, current_date - 5)', :gmz_v2),
                   '%Only supervisors%', 'staff cannot certify a village');
-- Seeded history out of the way: the village starts with no open violation
-- and no certification; then one open case of ours blocks certification.
:as_su
SET session_replication_role = replica;
UPDATE casedesk.case_file SET status = 'closed', closed_on = current_date, deadline = NULL
 WHERE village_id = :gmz_v2 AND status IN ('found','verified','stop_notice','rectifying');
UPDATE casedesk.village SET violation_free_since = NULL WHERE id = :gmz_v2;
DELETE FROM casedesk.village_certification WHERE village_id = :gmz_v2;
SET session_replication_role = origin;
:as_gmz
SELECT casedesk.case_create_violation(:gmz_v2, 'land', 'report', current_date - 20, '周九') AS b \gset
:as_dcs
SELECT throws_like(format('SELECT casedesk.village_certify_violation_free(%s, current_date - 5)', :gmz_v2),
                   '%still has 1 unresolved violation cases%', 'a village with an open violation cannot be certified');
:as_gmz
SELECT pg_temp.step(:b, 'verify', jsonb_build_object('on', (current_date - 15)::text, 'doc_no', 'N2', 'deadline', (current_date - 10)::text)) AS ignored \gset
SELECT pg_temp.step(:b, 'stop_notice', jsonb_build_object('on', (current_date - 15)::text, 'doc_no', 'N2', 'deadline', (current_date - 10)::text)) AS ignored \gset
SELECT pg_temp.step(:b, 'order_rectify', jsonb_build_object('on', (current_date - 15)::text, 'doc_no', 'N2', 'deadline', (current_date - 10)::text)) AS ignored \gset
SELECT pg_temp.step(:b, 'demolish', jsonb_build_object('on', (current_date - 15)::text, 'doc_no', 'N2', 'deadline', (current_date - 10)::text)) AS ignored \gset
SELECT is(pg_temp.status(:b), 'demolished', 'the blocking case is dealt with');
:as_dcs
SELECT throws_like(format('SELECT casedesk.village_certify_violation_free(%s, current_date - 5)', :gmz_v2),
                   '%needs an application and a passed inspection%', 'no title without an application and an inspection');
:as_gmz
SELECT casedesk.village_apply_violation_free(:gmz_v2, current_date - 8, '全村无违建，申请创建无违村') AS ignored \gset
:as_dcs
SELECT casedesk.village_inspect_violation_free(:gmz_v2, current_date - 6, true, '现场验收合格') AS ignored \gset
SELECT casedesk.village_certify_violation_free(:gmz_v2, current_date - 5) AS ignored \gset
:as_gmz
SELECT is((SELECT violation_free_since = current_date - 5 FROM casedesk.village WHERE id = :gmz_v2), true,
          'supervisor certifies a violation-free village');
SELECT casedesk.patrol_record_finding(:pt, :gmz_v2, 'construction', '钱八', '河堤旁', 60, 1) AS fc \gset
SELECT matches(:'fc'::text, '^[0-9]+$', 'a patrol finding opens a case');
SELECT is((SELECT v.found_by || ' ' || (v.patrol_id = :pt) || ' ' || (v.found_on = current_date - 1) || ' ' || c.status
             FROM casedesk.violation v JOIN casedesk.case_file c USING (id) WHERE id = :fc),
          'patrol true true found', 'the case is found on patrol, dated on the patrol day');
SELECT is((SELECT coalesce(violation_free_since::text, 'lost') FROM casedesk.village WHERE id = :gmz_v2), 'lost',
          'the village loses its violation-free title');
:as_dcs
SELECT is((SELECT lost_case_id = :fc AND lost_on = current_date - 1 FROM casedesk.village_certification
            WHERE village_id = :gmz_v2 ORDER BY id DESC LIMIT 1), true, 'the loss records the date and the case');
:as_gmz
SELECT is((SELECT count(*) FROM casedesk.patrol_village WHERE patrol_id = :pt AND village_id = :gmz_v2)::int, 1,
          'the village counts as patrolled');
:as_ztz
SELECT throws_like(format($$SELECT casedesk.patrol_record_finding(%s, %s, 'land', 'x')$$, :pt, :ztz_v),
                   '%does not exist or does not belong%', 'another town cannot record findings on this patrol');
:as_gmz
SELECT throws_like(format($$SELECT casedesk.case_create_violation(%s, 'land', 'patrol', current_date, 'x')$$, :gmz_v),
                   '%recorded from the patrol log%', 'patrol findings go through the patrol log');

:as_xxzx
SELECT throws_like(format('UPDATE casedesk.village SET violation_free_since = current_date WHERE id = %s', :gmz_v),
                   '%granted only by a supervisor%', 'an admin cannot grant the violation-free title by editing the village');
SELECT throws_like(format($$SELECT casedesk.case_create_violation(%s, 'land', 'report', current_date, 'x')$$, :gmz_v),
                   '%permission denied%', 'an admin cannot register cases');
:as_jw
SELECT throws_like(format($$SELECT casedesk.case_create_violation(%s, 'land', 'report', current_date, 'x')$$, :gmz_v),
                   '%Only staff of a town or sub-district office may register cases%', 'an inspector cannot register cases');
SELECT is((SELECT count(*) FROM casedesk.case_next_steps(:fc))::int, 0, 'an inspector gets no next steps');

-- ---------------------------------------------------------------- petitions
-- A petition is a case of the kind petition (petition_flow.sql); the older
-- petition table keeps its rows for history and takes no new ones
-- (migration 186, petition_retired.sql).
:as_gmz
SELECT throws_like(format($$INSERT INTO casedesk.petition (case_id, petitioner, received_on, subject) VALUES (%s, '孙七', current_date - 10, '补偿标准偏低')$$, :e),
                   '%permission denied%', 'the older petition table takes no new petition');

-- ----------------------------------------------------------------- audit
:as_su
-- (staged: this file is one transaction; the sealer chains rows once committed)
SELECT is((SELECT count(*) > 0 FROM casedesk.audit_pending WHERE chain = 'audit_log' AND table_name = 'case_file' AND row_id = :e AND login = 'gmz_01'), true,
          'case changes are audited under the real login');
:as_gmz
SELECT is((SELECT count(*) FROM casedesk.case_file WHERE id = :v)::int, 1, 'sanity: staff still see their own case');
:as_su

SELECT * FROM finish();
ROLLBACK;
