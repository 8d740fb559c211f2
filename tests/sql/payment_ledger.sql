-- payment_ledger: payments are a ledger and corrections are reversal
-- entries (issue 15, money): casedesk.payment_reverse needs a reason, leaves
-- the original row, brings "paid so far" down; a reversal of a reversal, a
-- reversal larger than what is left, a reversal by another town or after the
-- compensation is marked paid in full are refused; each entry is audited;
-- the funds of a project (专户, 包装的拆迁资金, committed, paid, 资金需求出入)
-- equal independent sums.  Racing reversals need two sessions:
-- payment_race.sh.  pgTAP, run by tests/lib/pgtap.sh; all rolled back.
-- pg_seeds: 010_places.sql 015_cases.sql
-- pg_cluster: 0.05
BEGIN;
SELECT * FROM no_plan();
\set as_gmz  'SET SESSION AUTHORIZATION gmz_01;'
\set as_ztz  'SET SESSION AUTHORIZATION ztz_01;'
\set as_dcs  'SET SESSION AUTHORIZATION dcs_01;'
\set as_xxzx 'SET SESSION AUTHORIZATION xxzx_01;'

CREATE FUNCTION pg_temp.step(p_case bigint, p_step text, p_args jsonb) RETURNS integer LANGUAGE sql AS $$
    SELECT casedesk.case_transition(p_case, (SELECT version FROM casedesk.case_file WHERE id = p_case), p_step, p_args)::integer $$;
GRANT EXECUTE ON FUNCTION pg_temp.step(bigint, text, jsonb) TO PUBLIC;

:as_gmz
SELECT min(id) AS gmz_v FROM casedesk.village v WHERE v.unit_id = (SELECT id FROM casedesk.unit WHERE code = 'gmz') \gset
SELECT id AS proj FROM casedesk.project WHERE code = 'chengdong' \gset
SELECT casedesk.case_create_expropriation(:proj, :gmz_v, 'household', '周八', '11010519491231002X', NULL, '关庙村三组', 120, NULL, current_date - 100) AS e \gset
SELECT pg_temp.step(:e, 'survey', jsonb_build_object('on', (current_date - 90)::text)) AS ignored \gset
SELECT pg_temp.step(:e, 'assess', jsonb_build_object('on', (current_date - 80)::text, 'amount', '100000')) AS ignored \gset
SELECT pg_temp.step(:e, 'sign', jsonb_build_object('on', (current_date - 70)::text, 'resettlement', 'money')) AS ignored \gset
SELECT casedesk.payment_add(:e, 60000, current_date - 60, '周八', 'PZ-1') AS p1 \gset
SELECT casedesk.payment_add(:e, 6000, current_date - 50, '周八', 'PZ-2') AS p2 \gset
SELECT is((SELECT paid_total::text FROM casedesk.expropriation WHERE id = :e), '66000.00', 'paid so far: two payments');

-- ------------------------------------------------------------ refusals
SELECT throws_like(format($$SELECT casedesk.payment_reverse(%s, '')$$, :p2), '%needs a reason%',
                   'a reversal without a reason is refused');
SELECT throws_like(format($$SELECT casedesk.payment_reverse(%s, '   ')$$, :p2), '%needs a reason%',
                   'a blank reason is no reason');
SELECT throws_like(format($$SELECT casedesk.payment_reverse(%s, '录入错误', 6000.01)$$, :p2),
                   '%larger than what is left of the payment: 6000.00 of 6000.00 yuan%',
                   'a reversal larger than the payment is refused');
SELECT throws_like(format($$SELECT casedesk.payment_reverse(%s, '录入错误', -5)$$, :p2),
                   '%greater than 0%', 'a negative reversal is refused');
SELECT throws_like('SELECT casedesk.payment_reverse(-1, ''录入错误'')', '%does not exist or does not belong to your unit%',
                   'a payment that does not exist cannot be reversed');
:as_ztz
SELECT throws_like(format($$SELECT casedesk.payment_reverse(%s, '录入错误')$$, :p2),
                   '%does not exist or does not belong to your unit%', 'another town cannot reverse the payment');
:as_dcs
SELECT throws_like(format($$SELECT casedesk.payment_reverse(%s, '录入错误')$$, :p2),
                   '%Only staff of the case''s town%', 'a supervisor cannot reverse payments');
:as_gmz
SELECT is((SELECT paid_total::text FROM casedesk.expropriation WHERE id = :e), '66000.00',
          'nothing was half-written by the refused reversals');
SELECT is((SELECT count(*) FROM casedesk.payment WHERE case_id = :e)::int, 2, 'no reversal row after the refusals');

-- ------------------------------------------------------------ a full reversal
RESET SESSION AUTHORIZATION;
-- staged: this file is one transaction (the sealer chains rows once committed)
SELECT coalesce(max(seq), 0) AS audit0 FROM casedesk.audit_pending \gset
:as_gmz
SELECT casedesk.payment_reverse(:p2, '金额录入错误，应为600元') AS r2 \gset
SELECT is((SELECT paid_total::text FROM casedesk.expropriation WHERE id = :e), '60000.00',
          'the reversal brings "paid so far" down');
SELECT is((SELECT amount::text || ' ' || reverses_id || ' ' || reason || ' ' || (paid_on = casedesk.today())
             FROM casedesk.payment WHERE id = :r2),
          '-6000.00 ' || :p2 || ' 金额录入错误，应为600元 true', 'the reversal is its own row: negative, naming the payment, with the reason, dated today');
SELECT is((SELECT amount::text || ' ' || coalesce(reason, '-') FROM casedesk.payment WHERE id = :p2), '6000.00 -',
          'the original row stays as it was');
SELECT is((SELECT sum(amount)::text FROM casedesk.payment WHERE case_id = :e), '60000.00',
          'the sum of the ledger equals paid so far');
SELECT throws_matching(format('DELETE FROM casedesk.payment WHERE id = %s', :r2),
                       'cannot be changed or deleted|permission denied', 'a reversal cannot be deleted');
SELECT throws_like(format($$SELECT casedesk.payment_reverse(%s, '撤销冲正')$$, :r2),
                   '%reversal cannot itself be reversed%', 'a reversal of a reversal is refused');
SELECT throws_like(format($$SELECT casedesk.payment_reverse(%s, '再次冲正')$$, :p2),
                   '%already been reversed in full%', 'a payment reversed in full cannot be reversed again');
RESET SESSION AUTHORIZATION;
SELECT is((SELECT count(*) FROM casedesk.audit_pending WHERE chain = 'audit_log' AND seq > :audit0 AND table_name = 'payment' AND op = 'INSERT'
              AND row_id = :r2 AND new_row->>'reason' = '金额录入错误，应为600元' AND (new_row->>'reverses_id')::bigint = :p2)::int,
          1, 'the reversal is in the audit trail with its reason, like every payment');
SELECT is((SELECT count(*) FROM casedesk.audit_pending WHERE chain = 'audit_log' AND seq > :audit0 AND table_name = 'expropriation' AND op = 'UPDATE'
              AND row_id = :e AND old_row->>'paid_total' = '66000.00' AND new_row->>'paid_total' = '60000.00')::int,
          1, 'and so is the change of paid so far');
-- Straight INSERTs of reversal rows (not granted; the owner, to test the trigger).
SELECT throws_like(format($$INSERT INTO casedesk.payment (case_id, unit_id, amount, paid_on, payee, account, reverses_id, reason)
                            SELECT case_id, unit_id, -1, current_date, payee, account, %s, 'x' FROM casedesk.payment WHERE id = %s$$, :r2, :r2),
                   '%cannot itself be reversed%', 'the trigger refuses a reversal of a reversal on any way in');
SELECT throws_like(format($$INSERT INTO casedesk.payment (case_id, unit_id, amount, paid_on, payee, account, reverses_id, reason)
                            SELECT case_id, unit_id, -1, current_date, payee, account, %s, 'x' FROM casedesk.payment WHERE id = %s$$, :p2, :p2),
                   '%already been reversed in full%', 'and a reversal beyond the payment');
:as_gmz
SELECT throws_like(format($$INSERT INTO casedesk.payment (case_id, unit_id, amount, paid_on, payee, account, reverses_id, reason)
                            SELECT case_id, unit_id, -1, current_date, payee, account, id, 'x' FROM casedesk.payment WHERE id = %s$$, :p1),
                   '%permission denied%', 'staff cannot insert ledger rows directly');

-- ------------------------------------------------------------ partial reversal
SELECT casedesk.payment_reverse(:p1, '多付一万元', 10000) AS r1 \gset
SELECT is((SELECT paid_total::text FROM casedesk.expropriation WHERE id = :e), '50000.00', 'a partial reversal');
SELECT throws_like(format($$SELECT casedesk.payment_reverse(%s, '再冲', 50000.01)$$, :p1),
                   '%larger than what is left of the payment: 50000.00 of 60000.00 yuan%',
                   'the rest of a partly reversed payment is the limit');
SELECT throws_like(format($$SELECT pg_temp.step(%s, 'pay_complete', '{}'::jsonb)$$, :e),
                   '%not paid in full: 50000.00 of 100000.00%', 'the case cannot be marked paid in full after the reversals');

-- ------------------------------------------------------------ outstanding, then paid in full
SELECT casedesk.payment_add(:e, 50000, current_date - 1, '周八', 'PZ-3') AS ignored \gset
SELECT pg_temp.step(:e, 'pay_complete', '{}'::jsonb) AS ignored \gset
SELECT throws_like(format($$SELECT casedesk.payment_reverse(%s, '晚了')$$, :p1),
                   '%only while the compensation is being paid%', 'no reversal once the compensation is marked paid in full');

-- ------------------------------------------------------------ project funds
-- Independent sums from the base tables (as a supervisor, who reads every
-- case), against casedesk.project_funds as each role sees it.
:as_dcs
SELECT is((SELECT paid::text FROM casedesk.project_funds('chengdong')),
          (SELECT sum(p.amount)::text FROM casedesk.payment p JOIN casedesk.expropriation x ON x.id = p.case_id
            WHERE x.project_id = :proj), 'project paid = the sum of its ledger, reversals included');
SELECT is((SELECT committed::text FROM casedesk.project_funds('chengdong')),
          (SELECT coalesce(sum(assessed_compensation), 0)::text FROM casedesk.expropriation
            WHERE project_id = :proj AND signed_on IS NOT NULL), 'committed = the compensation of the signed agreements');
SELECT is((SELECT reversed::text FROM casedesk.project_funds('chengdong')),
          (SELECT (-sum(p.amount))::text FROM casedesk.payment p JOIN casedesk.expropriation x ON x.id = p.case_id
            WHERE x.project_id = :proj AND p.reverses_id IS NOT NULL), 'reversed: this test''s 16,000 yuan and the seed''s');
SELECT is((SELECT to_pay = committed - paid FROM casedesk.project_funds('chengdong')), true, 'to pay = committed - paid');
SELECT is((SELECT account_no || ' ' || budget_packaged || ' ' || funding_need FROM casedesk.project_funds('chengdong')),
          (SELECT account_no || ' ' || budget_packaged || ' ' || funding_need FROM casedesk.project WHERE id = :proj),
          'the dedicated account, packaged budget and estimated need');
SELECT is((SELECT gap FROM casedesk.project_funds('chengdong')),
          (SELECT greatest(p.funding_need, (SELECT sum(assessed_compensation) FROM casedesk.expropriation
                                              WHERE project_id = p.id AND signed_on IS NOT NULL)) - p.budget_packaged
             FROM casedesk.project p WHERE p.id = :proj), 'the gap (资金需求出入): the real need minus the packaged budget');
SELECT is((SELECT count(*) FROM casedesk.project_funds())::int, (SELECT count(*) FROM casedesk.project)::int,
          'one row per project');
SELECT throws_like($$SELECT * FROM casedesk.project_funds('nosuch')$$, '%no project with the code "nosuch"%',
                   'an unknown project code is one sentence');
SELECT paid::text AS funds_paid FROM casedesk.project_funds('chengdong') \gset
:as_gmz
SELECT is((SELECT paid::text FROM casedesk.project_funds('chengdong')), :'funds_paid',
          'staff read the same project totals (sums per project only)');
:as_xxzx
SELECT is((SELECT paid::text FROM casedesk.project_funds('chengdong')), :'funds_paid', 'and so does the admin');

SELECT * FROM finish();
ROLLBACK;
