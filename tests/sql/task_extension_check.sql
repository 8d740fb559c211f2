-- casedesk.task_extension_check: the checks of an extension request that
-- need no reason, run on their own (the terminal asks before the reason is
-- typed), with the same sentences task_request_extension gives.
BEGIN;
\ir ../lib/fixture.sql
\ir tasks_users.sql
\ir tasks_helpers.sql
SELECT * FROM no_plan();

:as_sup
SELECT casedesk.task_create('延期预检督办', 'xcb', current_date + 10) AS t \gset
:as_lead
SELECT lives_ok(format($$SELECT casedesk.task_extension_check(%s, NULL)$$, :t), 'lead staff may ask: no deadline yet');
SELECT lives_ok(format($$SELECT casedesk.task_extension_check(%s, current_date + 20)$$, :t), 'a later deadline passes');
SELECT throws_like(format($$SELECT casedesk.task_extension_check(%s, current_date + 5)$$, :t),
                   '%must be later than the current deadline%', 'an earlier deadline is refused before any reason');
SELECT is((SELECT count(*) FROM casedesk.task_extension WHERE task_id = :t)::int, 0, 'checking requests nothing');
:as_other
SELECT throws_like(format($$SELECT casedesk.task_extension_check(%s, NULL)$$, :t),
                   '%Only staff of the lead unit may request an extension%', 'another unit cannot ask, even before typing');
:as_lead
SELECT casedesk.task_request_extension(:t, current_date + 20, '拆迁资金未到位') AS e1 \gset
SELECT throws_like(format($$SELECT casedesk.task_extension_check(%s, NULL)$$, :t),
                   '%already waiting for a decision%', 'a pending request is said at once, before the deadline is typed');
SELECT throws_like(format($$SELECT casedesk.task_request_extension(%s, current_date + 25, '再延')$$, :t),
                   '%already waiting for a decision%', 'the request itself refuses the same way');
SELECT throws_like(format($$SELECT casedesk.task_request_extension(%s, NULL, '理由')$$, :t),
                   '%must be later than the current deadline%', 'a request without a deadline is still refused');
SELECT * FROM finish();
ROLLBACK;
