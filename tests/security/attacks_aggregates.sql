-- Aggregates are not single records (issue 11, class 8): nobody picks the
-- window of a unit's totals.  Over one day, another unit's "house area
-- expropriated" is one household's; people get whole periods only.
-- pgTAP, run by tests/lib/pgtap.sh; everything is rolled back.
-- pg_cluster: 0.05
BEGIN;
\ir ../sql/tasks_users.sql
SELECT * FROM no_plan();

SELECT min(day) AS day FROM casedesk.unit_day_total WHERE kind LIKE 'exp:household:%' AND area > 0 \gset
SELECT unit_id AS other FROM casedesk.unit_day_total WHERE day = :'day' AND kind LIKE 'exp:household:%' LIMIT 1 \gset

SELECT isnt(:'day'::date, NULL, 'the seed has a day with a household expropriated (the attack has a target)');
SET SESSION AUTHORIZATION t_other;
SELECT throws_like(format($$SELECT * FROM casedesk.unit_actuals(%L, %L, %s)$$, :'day', :'day', :other),
                   '%permission denied%', 'staff cannot total another unit over one day');
SELECT throws_like(format($$SELECT * FROM casedesk.unit_deductibles(%L, %L)$$, :'day', :'day'),
                   '%permission denied%', 'nor count cards over a window of their choosing');
SELECT throws_like($$SELECT * FROM casedesk.unit_scores(2026, 'day', 1)$$,
                   '%period must be year, quarter or month%', 'the scoring functions take whole periods only');
SELECT lives_ok($$SELECT * FROM casedesk.unit_scores(2026, 'month', 6)$$, 'a whole month is fine');
RESET SESSION AUTHORIZATION;
SET SESSION AUTHORIZATION t_sup;
SELECT throws_like(format($$SELECT * FROM casedesk.unit_actuals(%L, %L, %s)$$, :'day', :'day', :other),
                   '%permission denied%', 'supervisors get whole periods too');
RESET SESSION AUTHORIZATION;
SELECT * FROM finish();
ROLLBACK;
