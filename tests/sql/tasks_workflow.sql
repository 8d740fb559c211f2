-- Permission x workflow matrix for supervision tasks, as real login roles.
-- pgTAP, run by tests/lib/pgtap.sh; everything is rolled back.  (The
-- notifications a report sends are in tasks_notify.sh: NOTIFY needs a commit.)
BEGIN;
\ir ../lib/fixture.sql
\ir tasks_users.sql
\ir tasks_helpers.sql
SELECT * FROM no_plan();

SELECT current_date + 10 AS d10 \gset
:as_sup
SELECT casedesk.task_create('北环线棚改项目征收进度督办', 'xcb', :'d10', '逐户推进签约', 'meeting', 'listed', 5, 't_lead', ARRAY['ldb']) AS t \gset
SELECT matches(:'t'::text, '^[0-9]+$', 'supervisor creates a task');
SELECT matches((SELECT number FROM casedesk.task WHERE id = :t), '^DB-[0-9]{4}-0001$', 'task number is DB-year-0001');

-- --- who may create
:as_lead
SELECT throws_like(format($$SELECT casedesk.task_create('x', 'xcb', %L)$$, :'d10'), '%Only a supervisor may create a task%', 't_lead cannot create a task');
:as_insp
SELECT throws_like(format($$SELECT casedesk.task_create('x', 'xcb', %L)$$, :'d10'), '%Only a supervisor may create a task%', 't_insp cannot create a task');
:as_adm
SELECT throws_like(format($$SELECT casedesk.task_create('x', 'xcb', %L)$$, :'d10'), '%Only a supervisor may create a task%', 't_adm cannot create a task');
:as_sup
SELECT throws_like($$SELECT casedesk.task_create('x', 'xcb', current_date - 1)$$, '%The deadline cannot be in the past%', 'deadline in the past refused');
SELECT throws_like(format($$SELECT casedesk.task_create('x', 'nosuch', %L)$$, :'d10'), '%not a known unit code%', 'unknown lead unit refused');
SELECT throws_like(format($$SELECT casedesk.task_create('  ', 'xcb', %L)$$, :'d10'), '%The task title is required%', 'empty title refused');
SELECT throws_like(format($$SELECT casedesk.task_create('x', 'xcb', %L, '', 'meeting', 'normal', 5, 't_co')$$, :'d10'),
                   '%must belong to the lead unit%', 'responsible official of another unit refused');

-- --- who sees it
:as_lead
SELECT is((SELECT count(*) FROM casedesk.task)::int, 1, 'lead unit staff see the task');
:as_co
SELECT is((SELECT count(*) FROM casedesk.task)::int, 1, 'co-handling unit staff see the task');
:as_other
SELECT is((SELECT count(*) FROM casedesk.task)::int, 0, 'unrelated unit staff see no task');
SELECT is((SELECT count(*) FROM casedesk.task_unit)::int, 0, 'unrelated unit staff see no co-handling rows');
:as_insp
SELECT is((SELECT count(*) FROM casedesk.task)::int, 1, 'inspector reads all tasks');
:as_adm
SELECT throws_like($$SELECT count(*) FROM casedesk.task$$, '%permission denied%', 'admin cannot read tasks');

-- --- signing
SELECT pg_temp.tver(:t) AS v \gset
:as_co
SELECT throws_like(format($$SELECT casedesk.task_sign(%s, %s)$$, :t, :v), '%Only the lead unit signs%', 'co-handling unit cannot sign');
:as_other
SELECT throws_like(format($$SELECT casedesk.task_sign(%s, %s)$$, :t, :v), '%Only staff of the lead unit may sign%', 'unrelated unit cannot sign');
:as_sup
SELECT throws_like(format($$SELECT casedesk.task_sign(%s, %s)$$, :t, :v), '%Only staff of the lead unit may sign%', 'supervisor cannot sign');
:as_lead
SELECT throws_like(format($$SELECT casedesk.task_sign(%s, %s)$$, :t, :v - 1), '%changed by someone else%', 'stale version refused');
SELECT throws_like(format($$UPDATE casedesk.task SET status = 'signed' WHERE id = %s$$, :t), '%permission denied%', 'staff cannot UPDATE status directly');
:as_sup
SELECT throws_like(format($$UPDATE casedesk.task SET status = 'closed' WHERE id = %s$$, :t), '%permission denied%', 'supervisor cannot UPDATE status directly');
:as_lead
SELECT throws_like(format($$SELECT casedesk.task_add_report(%s, '已入户', 10)$$, :t), '%The lead unit must sign%', 'no report before signing');
SELECT lives_ok(format($$SELECT casedesk.task_sign(%s, %s)$$, :t, :v), 'lead staff signs');
SELECT is(pg_temp.tstatus(:t), 'signed', 'status is signed');
:as_lead2
SELECT throws_like(format($$SELECT casedesk.task_sign(%s, %s)$$, :t, pg_temp.tver(:t)), '%already been signed%', 'cannot sign twice');

-- --- progress reports
:as_other
SELECT throws_like(format($$SELECT casedesk.task_add_report(%s, '进展', 10)$$, :t), '%Only staff of the lead or a co-handling unit%', 'unrelated unit cannot report');
:as_insp
SELECT throws_like(format($$SELECT casedesk.task_add_report(%s, '进展', 10)$$, :t), '%Only staff of the lead or a co-handling unit%', 'inspector cannot report');
:as_lead
SELECT throws_like(format($$SELECT casedesk.task_add_report(%s, '进展', 101)$$, :t), '%between 0 and 100%', 'percent 101 refused');
SELECT throws_like(format($$SELECT casedesk.task_add_report(%s, '进展', -1)$$, :t), '%between 0 and 100%', 'percent -1 refused');
SELECT throws_like(format($$SELECT casedesk.task_add_report(%s, ' ', 5)$$, :t), '%needs some text%', 'empty report refused');
:as_co
SELECT matches(casedesk.task_add_report(:t, '配合完成评估', 20)::text, '^[0-9]+$', 'co-handling unit reports progress');
SELECT is(pg_temp.tstatus(:t), 'signed', 'a co-handling report leaves the status');
:as_lead
SELECT matches(casedesk.task_add_report(:t, '已签约30户', 40)::text, '^[0-9]+$', 'lead unit reports progress');
SELECT is(pg_temp.tstatus(:t), 'in_progress', 'a lead report moves it to in_progress');
:as_co
SELECT is((SELECT count(*) FROM casedesk.task_report WHERE task_id = :t)::int, 2, 'co-handling staff read both reports');
:as_other
SELECT is((SELECT count(*) FROM casedesk.task_report)::int, 0, 'unrelated staff read no reports');

-- --- report done, return, close
:as_co
SELECT throws_like(format($$SELECT casedesk.task_submit(%s, %s, '完成')$$, :t, pg_temp.tver(:t)),
                   '%Only staff of the lead unit may report this task done%', 'co-handling unit cannot report done');
:as_lead
SELECT casedesk.task_submit(:t, pg_temp.tver(:t), '全部签约完成') AS ignored \gset
SELECT is(pg_temp.tstatus(:t), 'reported', 'lead unit reports it done');
SELECT throws_like(format($$SELECT casedesk.task_add_report(%s, '补充', 100)$$, :t), '%awaits verification%', 'no progress report while awaiting verification');
SELECT throws_like(format($$SELECT casedesk.task_close(%s, %s)$$, :t, pg_temp.tver(:t)), '%Only a supervisor may verify and close%', 'staff cannot close');
:as_insp
SELECT throws_like(format($$SELECT casedesk.task_close(%s, %s)$$, :t, pg_temp.tver(:t)), '%Only a supervisor may verify and close%', 'inspector cannot close');
:as_lead
SELECT throws_like(format($$SELECT casedesk.task_return(%s, %s, '不行')$$, :t, pg_temp.tver(:t)), '%Only a supervisor may return%', 'staff cannot return');
:as_sup
SELECT throws_like(format($$SELECT casedesk.task_return(%s, %s, '')$$, :t, pg_temp.tver(:t)), '%A reason is required%', 'return needs a reason');
SELECT casedesk.task_return(:t, pg_temp.tver(:t), '资料不全，补充签约协议') AS ignored \gset
SELECT is(pg_temp.tstatus(:t), 'returned', 'supervisor returns it');
SELECT throws_like(format($$SELECT casedesk.task_close(%s, %s)$$, :t, pg_temp.tver(:t)), '%Only a task reported done can be verified%', 'a returned task cannot be closed');
:as_lead
SELECT casedesk.task_add_report(:t, '已补充协议', 100) AS ignored \gset
SELECT is(pg_temp.tstatus(:t), 'in_progress', 're-report moves a returned task to in_progress');
SELECT casedesk.task_submit(:t, pg_temp.tver(:t), '补齐资料') AS ignored \gset
:as_sup
SELECT casedesk.task_close(:t, pg_temp.tver(:t), '核验销号') AS ignored \gset
SELECT is(pg_temp.tstatus(:t), 'closed', 'supervisor verifies and closes it');
:as_lead
SELECT throws_like(format($$SELECT casedesk.task_add_report(%s, '再报', 100)$$, :t), '%This task is closed; no more reports%', 'no report on a closed task');
:as_sup
SELECT throws_like(format($$UPDATE casedesk.task SET title = '改' WHERE id = %s$$, :t), '%closed and can no longer be changed%', 'a closed task cannot be edited');

-- --- supervisor edits with version check, staff cannot
SELECT casedesk.task_create('“两违”整治百日攻坚督办', 'xcb', :'d10', '', 'inspection', 'key') AS t2 \gset
SELECT pg_temp.tver(:t2) AS v \gset
SELECT results_eq(format($$UPDATE casedesk.task SET title = '“两违”整治百日攻坚' WHERE id = %s AND version = %s RETURNING version::int$$, :t2, :v),
                  ARRAY[:v + 1], 'supervisor saves with the version');
SELECT is_empty(format($$UPDATE casedesk.task SET title = 'x' WHERE id = %s AND version = %s RETURNING version$$, :t2, :v),
                'a stale save updates nothing');
:as_lead
SELECT throws_like(format($$UPDATE casedesk.task SET title = 'x' WHERE id = %s$$, :t2), '%permission denied%', 'staff cannot edit the title');
SELECT throws_like($$INSERT INTO casedesk.task (number_year, number_seq, title, lead_unit_id, deadline, created_by) VALUES (2026, 99, 'x', 1, current_date, 1)$$,
                   '%permission denied%', 'staff cannot insert tasks directly');

-- --- extensions
SELECT casedesk.task_sign(:t2, pg_temp.tver(:t2)) AS ignored \gset
:as_other
SELECT throws_like(format($$SELECT casedesk.task_request_extension(%s, current_date + 20, '拆迁资金未到位')$$, :t2),
                   '%Only staff of the lead unit may request an extension%', 'co-handling/other unit cannot request');
:as_lead
SELECT throws_like(format($$SELECT casedesk.task_request_extension(%s, current_date + 5, '理由')$$, :t2),
                   '%must be later than the current deadline%', 'earlier requested deadline refused');
SELECT throws_like(format($$SELECT casedesk.task_request_extension(%s, current_date + 20, '')$$, :t2),
                   '%A reason is required%', 'extension needs a reason');
SELECT casedesk.task_request_extension(:t2, current_date + 20, '拆迁资金未到位') AS e1 \gset
SELECT matches(:'e1'::text, '^[0-9]+$', 'lead staff request an extension');
SELECT throws_like(format($$SELECT casedesk.task_request_extension(%s, current_date + 25, '再延')$$, :t2),
                   '%already waiting for a decision%', 'one pending request at a time');
SELECT throws_like(format($$SELECT casedesk.task_decide_extension(%s, true)$$, :e1), '%Only a supervisor may decide%', 'staff cannot decide');
:as_sup
SELECT casedesk.task_decide_extension(:e1, true, '同意') AS ignored \gset
SELECT is((SELECT deadline = current_date + 20 FROM casedesk.task WHERE id = :t2), true, 'approval moves the deadline');
SELECT throws_like(format($$SELECT casedesk.task_decide_extension(%s, false)$$, :e1), '%already been decided%', 'cannot decide twice');
:as_lead
SELECT casedesk.task_request_extension(:t2, current_date + 30, '群众诉求复杂') AS e2 \gset
:as_sup
SELECT casedesk.task_decide_extension(:e2, false, '不同意') AS ignored \gset
SELECT is((SELECT deadline = current_date + 20 FROM casedesk.task WHERE id = :t2), true, 'refusal keeps the deadline');
:as_lead
SELECT throws_like(format($$SELECT casedesk.task_request_extension(%s, current_date + 40, '再次申请')$$, :t2),
                   '%maximum number of extension requests%', 'third request over the cap refused');
:as_su
-- closed: must stay (the update fails; the test goes on)
SELECT pg_temp.try(format('UPDATE casedesk.task SET deadline = current_date - 1 WHERE id = %s', :t)) AS ignored \gset
:as_sup
SELECT casedesk.task_create('无违村创建督办', 'xcb', current_date) AS t3 \gset
:as_lead
SELECT casedesk.task_sign(:t3, pg_temp.tver(:t3)) AS ignored \gset
:as_su
UPDATE casedesk.task SET deadline = current_date - 1 WHERE id = :t3;
:as_lead
SELECT throws_like(format($$SELECT casedesk.task_request_extension(%s, current_date + 10, '来不及')$$, :t3),
                   '%before the deadline has passed%', 'extension after the deadline refused');

-- --- co-handling units and reassignment
:as_sup
SELECT casedesk.task_add_unit(:t2, 'gmz') AS ignored \gset
:as_other
SELECT is((SELECT count(*) FROM casedesk.task WHERE id = :t2)::int, 1, 'a newly added co-handling unit sees the task');
:as_sup
SELECT throws_like(format($$SELECT casedesk.task_add_unit(%s, 'xcb')$$, :t2), '%cannot also be a co-handling unit%', 'lead unit cannot co-handle');
SELECT casedesk.task_reassign(:t2, pg_temp.tver(:t2), 'gmz') AS ignored \gset
SELECT is((SELECT status || ':' || (SELECT code FROM casedesk.unit WHERE id = lead_unit_id) FROM casedesk.task WHERE id = :t2),
          'assigned:gmz', 'reassignment gives the task to the new unit, unsigned');
:as_lead
SELECT is((SELECT count(*) FROM casedesk.task WHERE id = :t2)::int, 0, 'the old lead unit no longer sees it');

-- --- inbox: the right recipients only
SELECT is((SELECT count(*) FROM casedesk.my_inbox WHERE task_id = :t AND kind = 'new_task')::int, 1, 'lead unit got new_task');
:as_lead2
SELECT is((SELECT count(*) FROM casedesk.my_inbox WHERE task_id = :t AND kind = 'new_task')::int, 1, 'colleague in the lead unit got it too');
:as_co
SELECT is((SELECT detail FROM casedesk.my_inbox WHERE task_id = :t AND kind = 'new_task'), 'cohandling', 'co-handling unit got new_task');
:as_other
SELECT is((SELECT count(*) FROM casedesk.inbox WHERE task_id = :t)::int, 0, 'unrelated unit got nothing about it');
:as_sup
SELECT is((SELECT count(*) FROM casedesk.my_inbox WHERE task_id = :t AND kind = 'reported')::int, 2, 'creator told twice it was reported done');
:as_lead
SELECT is((SELECT count(*) FROM casedesk.my_inbox WHERE task_id = :t AND kind IN ('returned','closed'))::int, 2, 'lead unit told of return and close');
SELECT is((SELECT string_agg(detail, ',' ORDER BY id) FROM casedesk.my_inbox WHERE kind = 'extension_decided'), 'approved,refused', 'requester told of both decisions');
:as_lead2
SELECT is((SELECT count(*) FROM casedesk.my_inbox WHERE kind = 'extension_decided')::int, 0, 'decisions are personal to the requester');
:as_lead
SELECT is((SELECT count(*) FROM casedesk.my_inbox WHERE task_id = :t2 AND kind = 'reassigned')::int, 1, 'old lead unit told of the reassignment');
:as_sup
SELECT is((SELECT count(*) FROM casedesk.my_inbox WHERE kind = 'extension_requested')::int, 2, 'creator told of extension requests');
:as_insp
SELECT is((SELECT count(*) FROM casedesk.my_inbox)::int, 0, 'inspector got nothing');
:as_lead
SELECT throws_like($$INSERT INTO casedesk.inbox (unit_id, kind) VALUES (1, 'closed')$$, '%permission denied%', 'staff cannot write the inbox');
SELECT casedesk.inbox_unread_count() AS n1 \gset
:as_lead2
SELECT casedesk.inbox_unread_count() AS n2 \gset
:as_lead
SELECT min(id) AS m FROM casedesk.my_inbox WHERE to_unit \gset
SELECT is(casedesk.inbox_mark_read(:m), true, 'mark a unit message read');
SELECT is(casedesk.inbox_mark_read(:m), false, 'marking again changes nothing');
SELECT is(casedesk.inbox_unread_count()::int, :n1 - 1, 'my unread count drops');
:as_lead2
SELECT is(casedesk.inbox_unread_count()::int, :n2, 'my colleague''s unread count does not');
:as_other
SELECT throws_like(format($$SELECT casedesk.inbox_mark_read(%s)$$, :m), '%not in your inbox%', 'cannot mark someone else''s message');
:as_lead
SELECT casedesk.inbox_mark_all_read() AS ignored \gset
SELECT is(casedesk.inbox_unread_count()::int, 0, 'mark all read');

-- --- audit: every transition is in the chain with the real login
:as_su
-- (staged in audit_pending: this file is one transaction, and the sealer
-- chains a transaction's rows once it has committed)
SELECT is((SELECT count(*) > 0 FROM casedesk.audit_pending WHERE chain = 'audit_log' AND table_name = 'task' AND row_id = :t AND login = 't_lead' AND op = 'UPDATE'),
          true, 'staff transitions are audited under their login');

SELECT * FROM finish();
ROLLBACK;
