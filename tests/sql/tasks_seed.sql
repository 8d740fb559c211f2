-- The task seed is consistent with the rules: what task_escalate would issue
-- is already there, numbers and cards are well formed, each role sees its
-- share; and a red card reaches the discipline module's hook for real.
-- pgTAP, run by tests/lib/pgtap.sh; everything is rolled back.
-- pg_cluster: 0.05
BEGIN;
SELECT * FROM no_plan();

SELECT is((SELECT count(*) FROM casedesk.task)::int, 25, 'scale 0.05 seeds 25 tasks');
SELECT is((SELECT count(*) FROM casedesk.task WHERE number !~ '^DB-[0-9]{4}-[0-9]{4,}$')::int, 0, 'task numbers are DB-year-nnnn');
SELECT is((SELECT count(*) FROM casedesk.task t WHERE t.status IN ('reported','closed')
             AND NOT EXISTS (SELECT 1 FROM casedesk.task_report r WHERE r.task_id = t.id AND r.final))::int, 0,
          'every task reported done has its final report');
SELECT is((SELECT count(*) FROM casedesk.task_card c JOIN casedesk.task t ON t.id = c.task_id
            WHERE c.unit_id <> t.lead_unit_id OR c.deadline <> t.deadline)::int, 0, 'cards are against the lead unit and deadline');
SELECT is((SELECT count(*) FROM casedesk.task_report r JOIN casedesk.task t ON t.id = r.task_id
            WHERE r.reported_on > current_date OR r.reported_on < t.created_at::date)::int, 0, 'report dates lie between creation and today');
SELECT is((SELECT count(*) FROM casedesk.task_unit tu JOIN casedesk.task t ON t.id = tu.task_id
            WHERE tu.unit_id = t.lead_unit_id)::int, 0, 'no lead unit is also co-handling');
SELECT count(*) AS inbox FROM casedesk.inbox WHERE kind = 'report_due' \gset
SELECT is(casedesk.task_escalate()::int, 0, 'escalating today adds no card the seed did not already hold');
SELECT is((SELECT count(*) FROM casedesk.inbox WHERE kind = 'report_due')::int, :inbox, 'nor a report-due message');

SELECT o.login AS staff FROM casedesk.official o JOIN casedesk.unit u ON u.id = o.unit_id
 WHERE u.code = 'xcb' AND o.role = 'staff' ORDER BY o.id LIMIT 1 \gset
SELECT login AS sup FROM casedesk.official WHERE role = 'supervisor' ORDER BY id LIMIT 1 \gset
SELECT count(*) AS want FROM casedesk.task t JOIN casedesk.unit u ON u.id = t.lead_unit_id
 WHERE u.code = 'xcb' OR t.id IN (SELECT tu.task_id FROM casedesk.task_unit tu
                                   JOIN casedesk.unit cu ON cu.id = tu.unit_id WHERE cu.code = 'xcb') \gset
SET SESSION AUTHORIZATION :"staff";
SELECT is((SELECT count(*) FROM casedesk.task)::int, :want, 'seeded xcb staff see exactly their unit''s tasks');
SET SESSION AUTHORIZATION :"sup";
SELECT is((SELECT count(*) FROM casedesk.task)::int, 25, 'a seeded supervisor sees all tasks');
SET SESSION AUTHORIZATION :"staff";
SELECT matches(casedesk.inbox_unread_count()::text, '^[0-9]+$', 'seeded staff have an inbox');

-- A red card raises an automatic inaction flag through the discipline hook.
SET SESSION AUTHORIZATION :"sup";
SELECT casedesk.task_create('红牌联动测试', 'xcb', current_date, '', 'meeting', 'normal', 5, :'staff') AS t \gset
SET SESSION AUTHORIZATION :"staff";
SELECT casedesk.task_sign(:t, (SELECT version FROM casedesk.task WHERE id = :t)) AS ignored \gset
SET SESSION AUTHORIZATION :"sup";
SELECT casedesk.task_escalate(current_date + 30) AS ignored \gset
RESET SESSION AUTHORIZATION;
SELECT is((SELECT count(*) FROM casedesk.task_card WHERE task_id = :t AND kind = 'red')::int, 1, 'the overdue task got a red card');
-- (staged in this transaction; the sealer files it once committed:
-- tests/sql/discipline_workflow.sql)
SELECT is((SELECT count(*) FROM casedesk.audit_pending p
            WHERE p.table_name = 'flag_request' AND p.new_row->'task_ids' = jsonb_build_array(:t::bigint)
              AND p.new_row->>'source' = 'auto' AND p.new_row->>'category' = 'inaction')::int, 1,
          'the hook raised an automatic inaction flag linked to the task');
SET SESSION AUTHORIZATION :"staff";
SELECT throws_like('SELECT count(*) FROM casedesk.discipline_link', '%permission denied%',
                   'the responsible official cannot read discipline records');

-- Links to cases and projects.
RESET SESSION AUTHORIZATION;
SELECT c.id AS case_own FROM casedesk.case_file c JOIN casedesk.unit u ON u.id = c.unit_id WHERE u.code = 'xcb' ORDER BY c.id LIMIT 1 \gset
SELECT c.id AS case_other FROM casedesk.case_file c JOIN casedesk.unit u ON u.id = c.unit_id WHERE u.code <> 'xcb' ORDER BY c.id LIMIT 1 \gset
SELECT min(id) AS proj FROM casedesk.project \gset
SELECT o.login AS other FROM casedesk.official o JOIN casedesk.unit u ON u.id = o.unit_id
 WHERE u.code = 'gmz' AND o.role = 'staff' ORDER BY o.id LIMIT 1 \gset
SET SESSION AUTHORIZATION :"staff";
SELECT matches(casedesk.task_link_case(:t, :case_own)::text, '^[0-9]+$', 'lead staff link a case of their unit');
SELECT throws_like(format('SELECT casedesk.task_link_case(%s, %s)', :t, :case_other), '%belongs to another unit%',
                   'lead staff cannot link another unit''s case');
SET SESSION AUTHORIZATION :"other";
SELECT throws_like(format('SELECT casedesk.task_link_project(%s, %s)', :t, :proj), '%Only a supervisor or staff of the lead unit%',
                   'unrelated staff cannot link');
SET SESSION AUTHORIZATION :"sup";
SELECT matches(casedesk.task_link_case(:t, :case_other)::text, '^[0-9]+$', 'supervisor links any case');
SELECT matches(casedesk.task_link_project(:t, :proj)::text, '^[0-9]+$', 'supervisor links a project');
SET SESSION AUTHORIZATION :"staff";
SELECT is((SELECT count(*) FROM casedesk.task_link WHERE task_id = :t)::int, 3, 'lead staff see the task''s links');
SET SESSION AUTHORIZATION :"other";
SELECT is((SELECT count(*) FROM casedesk.task_link WHERE task_id = :t)::int, 0, 'unrelated staff do not');
RESET SESSION AUTHORIZATION;

SELECT * FROM finish();
ROLLBACK;
