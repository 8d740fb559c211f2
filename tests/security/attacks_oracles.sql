-- Oracles and stray columns (issue 11, class 9): a refusal is the same for a
-- row that is hidden and one that does not exist, and the inspectors'
-- evidence view carries no field they may not read directly (phones).
-- pgTAP, run by tests/lib/pgtap.sh; not in one transaction (the evidence
-- view is read through the discipline read protocol, which needs commits;
-- the cluster is private to this file).
-- pg_cluster: 0.05
\ir ../sql/tasks_users.sql
SELECT * FROM no_plan();

SELECT min(c.id) AS hidden_case FROM casedesk.case_file c JOIN casedesk.unit u ON u.id = c.unit_id
 WHERE u.code = 'xcb' \gset
SELECT min(t.id) AS hidden_task FROM casedesk.task t
 WHERE t.id NOT IN (SELECT task_id FROM casedesk.task_unit tu JOIN casedesk.unit u ON u.id = tu.unit_id WHERE u.code = 'gmz')
   AND t.lead_unit_id <> (SELECT id FROM casedesk.unit WHERE code = 'gmz') \gset
SELECT id AS lead FROM casedesk.official WHERE login = 't_lead' \gset

SET SESSION AUTHORIZATION t_other;   -- staff of 关庙镇 (gmz)
SELECT is((SELECT count(*)::int FROM casedesk.case_file WHERE id = :hidden_case), 0,
          'the case of 新城街道办 is hidden from gmz staff (the attack has a target)');
CREATE FUNCTION pg_temp.refusal(p_sql text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN EXECUTE p_sql; RETURN 'accepted';
EXCEPTION WHEN OTHERS THEN RETURN SQLERRM; END $$;
SELECT is(pg_temp.refusal(format($$SELECT casedesk.flag_official(%s, 'other', '事实', ARRAY[%s]::bigint[])$$, :lead, :hidden_case)),
          pg_temp.refusal(format($$SELECT casedesk.flag_official(%s, 'other', '事实', ARRAY[999999999]::bigint[])$$, :lead)),
          'flagging with another unit''s case and with a made-up case: the same refusal');
SELECT is(pg_temp.refusal(format($$SELECT casedesk.flag_official(%s, 'other', '事实', ARRAY[%s]::bigint[])$$, :lead, :hidden_case)),
          pg_temp.refusal(format($$SELECT casedesk.flag_official(%s, 'other', '事实', ARRAY[NULL]::bigint[])$$, :lead)),
          'and with a NULL case (no number echoed back)');
SELECT is(pg_temp.refusal(format($$SELECT casedesk.flag_official(%s, 'other', '事实', NULL, ARRAY[%s]::bigint[])$$, :lead, :hidden_task)),
          pg_temp.refusal(format($$SELECT casedesk.flag_official(%s, 'other', '事实', NULL, ARRAY[999999999]::bigint[])$$, :lead)),
          'the same for another unit''s task and a made-up one');
RESET SESSION AUTHORIZATION;

-- An administrator records a clerk's phone; the audit row holds it.
SET SESSION AUTHORIZATION t_adm;
UPDATE casedesk.official SET phone = '13912345678' WHERE login = 't_lead';
RESET SESSION AUTHORIZATION;
SELECT id AS adm FROM casedesk.official WHERE login = 't_adm' \gset
SET SESSION AUTHORIZATION t_insp;
SELECT throws_like($$SELECT phone FROM casedesk.official$$, '%permission denied%',
                   'inspectors may not read officials'' phones directly');
SELECT casedesk.audit_seal() AS sealed \gset
SELECT casedesk.discipline_request('evidence', jsonb_build_object('official_id', :adm)) AS tok \gset
SELECT casedesk.audit_seal() AS sealed \gset
SELECT is((SELECT count(*)::int FROM casedesk.official_evidence(:'tok') WHERE kind = 'audit'), 1,
          'the admin''s edit is in the evidence');
SELECT is((SELECT count(*)::int FROM casedesk.official_evidence(:'tok') WHERE summary ~ '13912345678'), 0,
          'but not the phone number it recorded');
RESET SESSION AUTHORIZATION;
SELECT * FROM finish();
