-- reference_retire: villages merged (村居撤并) and projects finished are
-- retired, not deleted (issue 14, item 8; migration 195): who may retire
-- and restore, the refusals a clerk meets (a future date, open cases, a
-- date before the last case, twice), nothing new in a retired village or
-- project while existing rows keep working, and the audit trail.  As real
-- login roles; rolled back.
-- pg_seeds: 010_places.sql 015_cases.sql
-- pg_cluster: 0.05
BEGIN;
SELECT * FROM no_plan();
\ir case_helpers.sql
\set as_gmz  'SET SESSION AUTHORIZATION gmz_01;'
\set as_dcs  'SET SESSION AUTHORIZATION dcs_01;'
\set as_jw   'SET SESSION AUTHORIZATION jw_01;'
\set as_adm  'SET SESSION AUTHORIZATION xxzx_01;'
\set as_su   'RESET SESSION AUTHORIZATION;'

-- two new villages of 关庙镇: 旧村 will be merged, 新村 takes its people
:as_adm
SELECT casedesk.village_add('gmz', '撤并旧村', 'village') AS old_v \gset
SELECT casedesk.village_add('gmz', '合并新村', 'village') AS new_v \gset

-- a case opened in the old village 20 days ago, still open
:as_gmz
SELECT casedesk.case_create_violation(:old_v, 'construction', 'report', current_date - 20, '张三', '旧村一组', 80, 1) AS c1 \gset

-- ---------------------------------------------------------------- refusals
:as_gmz
SELECT alike(pg_temp.try($$SELECT casedesk.village_retire('gmz', '撤并旧村', current_date, NULL)$$),
             '%permission denied%', 'staff cannot retire a village');
:as_dcs
SELECT alike(pg_temp.try($$SELECT casedesk.village_retire('gmz', '撤并旧村', current_date, NULL)$$),
             '%permission denied%', 'a supervisor cannot retire a village (only projects)');
:as_adm
SELECT is(pg_temp.try($$SELECT casedesk.village_retire('gmz', '撤并旧村', current_date, '并入合并新村')$$),
          'The village or community 撤并旧村 still has 1 open cases; move or close them before retiring it.',
          'a village with open cases is refused, with the count, in one sentence');
SELECT alike(pg_temp.try($$SELECT casedesk.village_retire('gmz', '撤并旧村', current_date + 1, NULL)$$),
             'The retirement date cannot be in the future.', 'a date in the future is refused');
SELECT alike(pg_temp.try($$SELECT casedesk.village_retire('gmz', '无此村', current_date, NULL)$$),
             'The unit has no village of that name.', 'a village that is not there is refused');
SELECT alike(pg_temp.try($$SELECT casedesk.village_retire('gmz', '撤并旧村', NULL, NULL)$$),
             'The retirement date is missing.', 'the date is required');

-- the case is closed (a fixture shortcut: the workflow is not under test)
:as_su
SET session_replication_role = replica;
UPDATE casedesk.case_file SET status = 'closed', closed_on = current_date - 2, deadline = NULL WHERE id = :c1;
SET session_replication_role = origin;

:as_adm
SELECT is(pg_temp.try($$SELECT casedesk.village_retire('gmz', '撤并旧村', current_date - 30, NULL)$$),
          format('The village or community 撤并旧村 has a case or patrol of %s, after the retirement date.', current_date - 20),
          'a date before the last case opened in it is refused');
SELECT lives_ok($$SELECT casedesk.village_retire('gmz', '撤并旧村', current_date - 1, '并入合并新村（区政发〔2026〕12号）')$$,
                'an admin retires the village once its cases are closed');
SELECT is((SELECT retired_on || ' ' || retired_reason FROM casedesk.village WHERE id = :old_v),
          (current_date - 1) || ' 并入合并新村（区政发〔2026〕12号）', 'the date and the reason are kept');
SELECT is(pg_temp.try($$SELECT casedesk.village_retire('gmz', '撤并旧村', current_date, NULL)$$),
          format('The village or community 撤并旧村 was already retired on %s.', current_date - 1),
          'retiring it twice is refused (the date does not move silently)');
:as_su
SELECT ok(EXISTS (SELECT 1 FROM casedesk.audit_pending WHERE table_name = 'village' AND row_id = :old_v
                   AND op = 'UPDATE' AND login = 'xxzx_01' AND new_row->>'retired_on' = (current_date - 1)::text
                   AND old_row->>'retired_on' IS NULL),
          'the retirement is audited with the admin''s login');
:as_gmz
SELECT is((SELECT retired_on FROM casedesk.village WHERE id = :old_v), current_date - 1,
          'every role reads the retirement date');
:as_adm
SELECT throws_ok($$UPDATE casedesk.village SET retired_on = NULL WHERE name = '撤并旧村'$$, '42501', NULL,
                 'not even an admin changes the date directly, past the checks');

-- ------------------------------------------------ nothing new, the old works
:as_gmz
SELECT ok(NOT EXISTS (SELECT 1 FROM casedesk.village_patrol_status WHERE village_id = :old_v),
          'the villages (patrol) screen no longer lists it as a village to patrol');
SELECT ok(NOT EXISTS (SELECT 1 FROM casedesk.village_patrol_schedule(NULL, NULL) WHERE village_id = :old_v),
          'nor does the patrol schedule');
SELECT is(pg_temp.try(format($$SELECT casedesk.village_apply_violation_free(%s, current_date, NULL)$$, :old_v)),
          'A village that has been merged away cannot apply for the violation-free title.',
          'a retired village cannot apply for the violation-free title');
SELECT is(pg_temp.try(format($$SELECT casedesk.case_create_violation(%s, 'land', 'report', current_date, '李四')$$, :old_v)),
          format('The village or community 撤并旧村 was retired on %s; nothing new can be recorded in it.', current_date - 1),
          'no new case in a retired village: one sentence naming it and the date');
SELECT alike(pg_temp.try(format($$SELECT casedesk.case_create_petition(%s, 'visit', current_date, '王五', NULL, NULL, NULL, '拆迁补偿', NULL)$$, :old_v)),
             'The village or community 撤并旧村 was retired on %', 'no new petition in a retired village');
INSERT INTO casedesk.patrol (patrol_on, members, notes) VALUES (current_date, '甲、乙', '例行巡查') RETURNING id AS pt \gset
SELECT alike(pg_temp.try(format('INSERT INTO casedesk.patrol_village (patrol_id, village_id) VALUES (%s, %s)', :pt, :old_v)),
             'The village or community 撤并旧村 was retired on %', 'no patrol through a retired village');
SELECT lives_ok(format('INSERT INTO casedesk.patrol_village (patrol_id, village_id) VALUES (%s, %s)', :pt, :new_v),
                'the village it merged into takes patrols');
SELECT lives_ok(format($$SELECT casedesk.case_create_violation(%s, 'land', 'report', current_date, '李四')$$, :new_v),
                'and new cases');
SELECT is((SELECT v.name FROM casedesk.case_file c JOIN casedesk.village v ON v.id = c.village_id WHERE c.id = :c1),
          '撤并旧村', 'the closed case still names its village');

-- an open case of a village retired before this rule (set directly by the
-- installer) keeps working: the trigger watches only new rows
:as_su
SELECT v.id AS other_v, c.id AS c2 FROM casedesk.case_file c JOIN casedesk.village v ON v.id = c.village_id
 JOIN casedesk.unit u ON u.id = c.unit_id
 WHERE u.code = 'gmz' AND c.status <> 'closed' AND c.kind = 'violation' ORDER BY c.id LIMIT 1 \gset
UPDATE casedesk.village SET retired_on = current_date - 3 WHERE id = :other_v;
:as_gmz
SELECT lives_ok(format($$UPDATE casedesk.case_file SET note = '已通知当事人' WHERE id = %s$$, :c2),
                'an existing case in a retired village is still edited');
SELECT is((SELECT note FROM casedesk.case_file WHERE id = :c2), '已通知当事人', 'and the change is kept');

-- ----------------------------------------------------------------- restore
:as_gmz
SELECT alike(pg_temp.try($$SELECT casedesk.village_restore('gmz', '撤并旧村')$$),
             '%permission denied%', 'staff cannot restore a village');
:as_adm
SELECT lives_ok($$SELECT casedesk.village_restore('gmz', '撤并旧村')$$, 'an admin restores a village retired by mistake');
SELECT is((SELECT coalesce(retired_on::text, 'in use') || coalesce(retired_reason, '') FROM casedesk.village WHERE id = :old_v),
          'in use', 'restored: no date, no reason');
SELECT is(pg_temp.try($$SELECT casedesk.village_restore('gmz', '撤并旧村')$$),
          'The unit has no retired village of that name.', 'restoring a village in use is refused');
:as_gmz
SELECT lives_ok(format($$SELECT casedesk.case_create_violation(%s, 'land', 'report', current_date, '李四')$$, :old_v),
                'a restored village takes new cases again');

-- ---------------------------------------------------------------- projects
:as_adm
SELECT casedesk.project_add('gm-jc', '关庙旧城改造', 'shantytown', 'gmz', '6222020200112233999',
                            current_date - 100, 1000000, 1200000) AS prj \gset
SELECT casedesk.project_add('gm-xq', '关庙新区道路', 'major', 'gmz', '6222020200112234000',
                            current_date - 100, 1000000, 1200000) AS prj2 \gset
:as_gmz
SELECT casedesk.case_create_expropriation(:prj, :new_v, 'household', '赵六') AS c3 \gset
:as_gmz
SELECT alike(pg_temp.try($$SELECT casedesk.project_retire('gm-xq', current_date, NULL)$$),
             '%permission denied%', 'staff cannot mark a project finished');
:as_jw
SELECT alike(pg_temp.try($$SELECT casedesk.project_retire('gm-xq', current_date, NULL)$$),
             '%permission denied%', 'an inspector cannot');
:as_dcs
SELECT is(pg_temp.try($$SELECT casedesk.project_retire('gm-jc', current_date, NULL)$$),
          'The project 关庙旧城改造 still has 1 open cases; close them before marking it finished.',
          'a project with open cases is refused, with the count');
SELECT is(pg_temp.try($$SELECT casedesk.project_retire('gm-xq', current_date - 101, NULL)$$),
          format('The project 关庙新区道路 started on %s, after that date.', current_date - 100),
          'a date before the project started is refused');
SELECT alike(pg_temp.try($$SELECT casedesk.project_retire('gm-xq', current_date + 3, NULL)$$),
             'The retirement date cannot be in the future.', 'a future date is refused');
SELECT lives_ok($$SELECT casedesk.project_retire('gm-xq', current_date, '道路已竣工验收')$$,
                'a supervisor marks a finished project');
SELECT throws_ok($$UPDATE casedesk.project SET retired_on = NULL WHERE code = 'gm-xq'$$, '42501', NULL,
                 'nor a supervisor a project''s');
:as_gmz
SELECT is(pg_temp.try(format($$SELECT casedesk.case_create_expropriation(%s, %s, 'household', '钱七')$$, :prj2, :new_v)),
          format('The project 关庙新区道路 was finished on %s; no new case can be opened in it.', current_date),
          'no new case in a finished project');
SELECT alike(pg_temp.try(format($$SELECT casedesk.case_create_petition(%s, 'visit', current_date, '王五', NULL, NULL, NULL, '补偿', NULL, %s)$$, :new_v, :prj2)),
             'The project 关庙新区道路 was finished on %', 'no new petition about a finished project');
:as_adm
SELECT is(pg_temp.try($$SELECT casedesk.project_retire('gm-xq', current_date, NULL)$$),
          format('The project 关庙新区道路 was already finished on %s.', current_date), 'finishing it twice is refused');
SELECT lives_ok($$SELECT casedesk.project_restore('gm-xq')$$, 'an admin restores a project');
SELECT is(pg_temp.try($$SELECT casedesk.project_restore('gm-xq')$$), 'The project is not marked finished.',
          'restoring a project in use is refused');
:as_gmz
SELECT lives_ok(format($$SELECT casedesk.case_create_expropriation(%s, %s, 'household', '钱七')$$, :prj2, :new_v),
                'a restored project takes new cases');

SELECT * FROM finish();
ROLLBACK;
