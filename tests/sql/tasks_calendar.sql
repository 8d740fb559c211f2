-- Working-day calendar: weekends, holidays, make-up days; who maintains it.
-- pgTAP, run by tests/lib/pgtap.sh; everything is rolled back.
BEGIN;
\ir ../lib/fixture.sql
\ir tasks_users.sql
SELECT * FROM no_plan();

-- Shipped calendar: 春节 2026 is 02-15..02-23, with Saturday 02-14 a make-up day.
SET SESSION AUTHORIZATION t_lead;
SELECT is(casedesk.is_workday('2026-02-14'), true, 'make-up Saturday is a working day');
SELECT is(casedesk.is_workday('2026-02-16'), false, 'a Spring Festival Monday is not');
SELECT is(casedesk.is_workday('2026-03-01'), false, 'an ordinary Sunday is not');
SELECT is(casedesk.add_workdays('2026-02-13', 1), '2026-02-14'::date, 'Friday + 1 lands on the make-up Saturday');
SELECT is(casedesk.add_workdays('2026-02-13', 2), '2026-02-24'::date, 'Friday + 2 jumps over the whole holiday');
SELECT is(casedesk.workdays_between('2026-02-13', '2026-02-24'), 2, 'two working days across the holiday');

-- A calendar of our own in 2040: Monday 05-14 off, Saturday 05-19 on.
SELECT throws_like($$INSERT INTO casedesk.calendar_day (day, kind) VALUES ('2040-05-14', 'holiday')$$,
                   '%permission denied%', 'staff cannot change the calendar');
RESET SESSION AUTHORIZATION;
SET SESSION AUTHORIZATION t_sup;
SELECT throws_like($$INSERT INTO casedesk.calendar_day (day, kind) VALUES ('2040-05-14', 'holiday')$$,
                   '%permission denied%', 'supervisor cannot change the calendar');
RESET SESSION AUTHORIZATION;
SET SESSION AUTHORIZATION t_adm;
SELECT lives_ok($$INSERT INTO casedesk.calendar_day (day, kind, name)
                  VALUES ('2040-05-14', 'holiday', '测试假日'), ('2040-05-19', 'workday', '调休')$$,
                'admin adds a holiday and a make-up day');
SELECT throws_like($$INSERT INTO casedesk.calendar_day (day, kind) VALUES ('2040-05-20', 'festival')$$,
                   '%calendar_day_kind_valid%', 'unknown day kind refused');
RESET SESSION AUTHORIZATION;

SET SESSION AUTHORIZATION t_lead;
SELECT is(casedesk.is_workday('2040-05-14'), false, 'the holiday Monday is off');
SELECT is(casedesk.is_workday('2040-05-15'), true, 'the Tuesday after is on');
SELECT is(casedesk.is_workday('2040-05-19'), true, 'the make-up Saturday is on');
SELECT is(casedesk.is_workday('2040-05-20'), false, 'the Sunday after is off');
SELECT is(casedesk.add_workdays('2040-05-11', 1), '2040-05-15'::date, 'Friday + 1 skips the weekend and the holiday');
SELECT is(casedesk.add_workdays('2040-05-18', 1), '2040-05-19'::date, 'Friday + 1 is the make-up Saturday');
SELECT is(casedesk.add_workdays('2040-05-18', 2), '2040-05-21'::date, 'Friday + 2 is Monday');
SELECT is(casedesk.add_workdays('2040-05-15', -1), '2040-05-11'::date, 'Tuesday - 1 goes back over the holiday to Friday');
SELECT is(casedesk.add_workdays('2040-05-20', 0), '2040-05-20'::date, 'adding zero keeps the day');
SELECT is(casedesk.workdays_between('2040-05-11', '2040-05-21'), 6, 'working days from Friday to the next-but-one Monday');
SELECT is(casedesk.workdays_between('2040-05-21', '2040-05-11'), -6, 'and backwards is negative');
SELECT is(casedesk.workdays_between('2040-05-14', '2040-05-14'), 0, 'a day to itself is zero');
SELECT is(casedesk.add_workdays('2040-05-01', 60), '2040-07-24'::date, 'long jumps agree with day-by-day counting');
SELECT is((SELECT count(*) FROM generate_series(0, 60) n
            WHERE casedesk.workdays_between('2040-05-10', casedesk.add_workdays('2040-05-10', n)) <> n),
          0::bigint, 'workdays_between(d, add_workdays(d, n)) = n for n = 0..60');
RESET SESSION AUTHORIZATION;

SET SESSION AUTHORIZATION t_adm;
SELECT casedesk.row_delete('calendar_day', (SELECT id FROM casedesk.calendar_day WHERE day = '2040-05-14')) AS ignored \gset
RESET SESSION AUTHORIZATION;
SET SESSION AUTHORIZATION t_lead;
SELECT is(casedesk.add_workdays('2040-05-11', 1), '2040-05-14'::date, 'removing the holiday makes Monday a working day again');

-- Settings belong to administrators.
SELECT throws_like($$UPDATE casedesk.task_setting SET max_extensions = 9$$,
                   '%permission denied%', 'staff cannot change the settings');
RESET SESSION AUTHORIZATION;
SET SESSION AUTHORIZATION t_adm;
SELECT throws_like($$UPDATE casedesk.task_setting SET warn_workdays = 99$$,
                   '%task_setting_warn_range%', 'settings are range-checked');
SELECT results_eq($$UPDATE casedesk.task_setting SET max_extensions = 3 RETURNING max_extensions::int$$,
                  ARRAY[3], 'admin changes the extension cap');
RESET SESSION AUTHORIZATION;

SELECT * FROM finish();
ROLLBACK;
