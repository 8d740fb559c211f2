-- Session settings do not change the rules (issue 11, class 11): a clerk who
-- SETs timezone so that the session's date is not Beijing's still gets the
-- district's today in deadlines, escalation and the not-in-the-future checks.
-- pgTAP, run by tests/lib/pgtap.sh; everything is rolled back.
BEGIN;
\ir ../lib/fixture.sql
\ir ../sql/tasks_users.sql
SELECT * FROM no_plan();

-- A zone whose date differs from Beijing's right now: UTC-12 is a day behind
-- until 20:00 Beijing time, UTC+14 a day ahead from 18:00.
SELECT CASE WHEN extract(hour FROM now() AT TIME ZONE 'Asia/Shanghai') < 20
            THEN 'Etc/GMT+12' ELSE 'Pacific/Kiritimati' END AS zone \gset
SET SESSION AUTHORIZATION t_lead;
SET timezone = :'zone';

SELECT isnt(current_date, (now() AT TIME ZONE 'Asia/Shanghai')::date,
            'the session''s own date is not Beijing''s (' || :'zone' || ')');
SELECT is(casedesk.today(), (now() AT TIME ZONE 'Asia/Shanghai')::date,
          'casedesk.today() is Beijing''s date whatever the session''s zone');
SELECT lives_ok($$SELECT casedesk.check_past(casedesk.today(), 'date of the step')$$,
                'the district''s today is not "in the future"');
SELECT throws_like($$SELECT casedesk.check_past(casedesk.today() + 1, 'date of the step')$$,
                   '%cannot be in the future%', 'the district''s tomorrow is, in any zone');
SELECT throws_like($$SELECT casedesk.task_escalate(current_date)$$,
                   '%Only a supervisor may run the escalation for a day other than today%',
                   'staff cannot run the escalation for the session''s "today" when it is not the district''s');
SELECT is(casedesk.day_of(timestamptz '2026-06-30 17:00:00+00'), '2026-07-01'::date,
          'a moment''s date is the district''s (17:00 UTC is 01:00 the next day in Beijing)');
RESET SESSION AUTHORIZATION;

SELECT is((SELECT pg_get_expr(d.adbin, d.adrelid) FROM pg_attrdef d
            JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
           WHERE d.adrelid = 'casedesk.task_report'::regclass AND a.attname = 'reported_on'),
          'casedesk.today()', 'a report is dated by the district''s today by default');
SELECT is((SELECT count(*)::int FROM pg_proc p WHERE p.pronamespace = 'casedesk'::regnamespace
            AND p.prosrc ~* '\mcurrent_date\M'), 0,
          'no casedesk function uses the session''s current_date');
SELECT * FROM finish();
ROLLBACK;
