-- casedesk.saved_filter (migration 130): a person's saved filters are that
-- person's only.  Another login neither sees, renames nor deletes them, and
-- cannot save one in someone else's name; names are checked; at most 50 a list.
-- The same holds for the task board's filters (screen 'tasks', migration 190).
BEGIN;
\ir ../lib/fixture.sql
\ir tasks_users.sql
SELECT * FROM no_plan();

SET SESSION AUTHORIZATION t_lead;
SELECT lives_ok($$INSERT INTO casedesk.saved_filter (screen, name, overdue, text)
                  VALUES ('cases', '我的超期', true, '河堤')$$, 'staff save a filter of their own');
SELECT is((SELECT login FROM casedesk.saved_filter WHERE name = '我的超期'), 't_lead', 'it is saved under their login');
SELECT id AS f1 FROM casedesk.saved_filter WHERE name = '我的超期' \gset
SELECT throws_ok($$INSERT INTO casedesk.saved_filter (login, screen, name) VALUES ('t_lead2', 'cases', '冒名')$$,
                 '42501', NULL, 'nobody saves a filter in another login''s name');
SELECT throws_ok($$INSERT INTO casedesk.saved_filter (screen, name) VALUES ('cases', '   ')$$,
                 '23514', NULL, 'a blank name is refused');
SELECT throws_ok($$INSERT INTO casedesk.saved_filter (screen, name) VALUES ('cases', repeat('长', 61))$$,
                 '23514', NULL, 'a name over 60 characters is refused');

SET SESSION AUTHORIZATION t_lead2;
SELECT is((SELECT count(*) FROM casedesk.saved_filter)::int, 0, 'a colleague of the same unit sees none of them');
SELECT is((SELECT count(*) FROM casedesk.saved_filter WHERE id = :f1)::int, 0, 'not even by id');
UPDATE casedesk.saved_filter SET name = '改名', text = NULL WHERE id = :f1;
SELECT is(casedesk.saved_filter_delete(:f1), false, 'a colleague cannot delete it');
SELECT lives_ok($$INSERT INTO casedesk.saved_filter (screen, name) VALUES ('cases', '我的超期')$$,
                'the same name is free for another person');
SET SESSION AUTHORIZATION t_sup;
SELECT is((SELECT count(*) FROM casedesk.saved_filter)::int, 0, 'a supervisor sees no one else''s filters');
SELECT is(casedesk.saved_filter_delete(:f1), false, 'nor can a supervisor');
SET SESSION AUTHORIZATION t_adm;
SELECT is((SELECT count(*) FROM casedesk.saved_filter)::int, 0, 'nor does an admin');
UPDATE casedesk.saved_filter SET name = 'x';

SET SESSION AUTHORIZATION t_lead;
SELECT results_eq($$SELECT name, text, overdue FROM casedesk.saved_filter WHERE id = $$ || :f1,
                  $$VALUES ('我的超期'::text, '河堤'::text, true)$$,
                  'the owner''s filter is unchanged by the others'' updates and deletes');
-- the cap: 50 a person and list
INSERT INTO casedesk.saved_filter (screen, name) SELECT 'cases', '筛选' || g FROM generate_series(2, 50) g;
SELECT is((SELECT count(*) FROM casedesk.saved_filter)::int, 50, 'fifty filters may be saved');
SELECT throws_like($$INSERT INTO casedesk.saved_filter (screen, name) VALUES ('cases', '第五十一')$$,
                   '%50 saved filters%', 'the fifty-first is refused with a sentence');
SELECT throws_ok($$DELETE FROM casedesk.saved_filter$$, '42501', NULL,
                 'no one deletes from the table itself (DELETE would allow LOCK TABLE)');
SELECT is(casedesk.saved_filter_delete(:f1), true, 'the owner deletes their own');
SELECT is((SELECT count(*) FROM casedesk.saved_filter WHERE id = :f1)::int, 0, 'and it is gone');

-- the task board's saved filters (migration 190): the preset in kind, the card in status
SET SESSION AUTHORIZATION t_sup;
SELECT lives_ok($$INSERT INTO casedesk.saved_filter (screen, name, kind, status, text)
                  VALUES ('tasks', '红牌督办', 'card', 'red', '整改')$$, 'a supervisor saves a task board filter');
SELECT lives_ok($$INSERT INTO casedesk.saved_filter (screen, name, kind, unit_id)
                  SELECT 'tasks', '新城街道', 'unit', u.id FROM casedesk.unit u WHERE u.code = 'xcb'$$,
                'and one by lead unit');
SELECT lives_ok($$INSERT INTO casedesk.saved_filter (screen, name, kind) VALUES ('cases', '红牌督办', 'fine')$$,
                'the same name is free on the case list');
SELECT id AS t1 FROM casedesk.saved_filter WHERE screen = 'tasks' AND name = '红牌督办' \gset
SELECT throws_ok($$INSERT INTO casedesk.saved_filter (screen, name) VALUES ('boards', '别处')$$,
                 '23514', NULL, 'only the case list and the task board have saved filters');
SET SESSION AUTHORIZATION t_insp;
SELECT is((SELECT count(*) FROM casedesk.saved_filter WHERE screen = 'tasks')::int, 0,
          'an inspector sees none of the supervisor''s board filters');
UPDATE casedesk.saved_filter SET name = '改名' WHERE id = :t1;
SELECT is(casedesk.saved_filter_delete(:t1), false, 'nor deletes one');
SET SESSION AUTHORIZATION t_lead;
SELECT is((SELECT count(*) FROM casedesk.saved_filter WHERE screen = 'tasks')::int, 0,
          'nor does staff, who has filters of their own');
SET SESSION AUTHORIZATION t_sup;
SELECT results_eq($$SELECT name, kind, status, text FROM casedesk.saved_filter WHERE id = $$ || :t1,
                  $$VALUES ('红牌督办'::text, 'card'::text, 'red'::text, '整改'::text)$$,
                  'the board filter is unchanged by the other''s update and delete');
SELECT lives_ok($$UPDATE casedesk.saved_filter SET name = '红牌整改' WHERE screen = 'tasks' AND name = '红牌督办'$$,
                'the owner renames it');
SELECT throws_ok($$UPDATE casedesk.saved_filter SET name = '新城街道' WHERE screen = 'tasks' AND name = '红牌整改'$$,
                 '23505', NULL, 'not to the name of another of their board filters');
INSERT INTO casedesk.saved_filter (screen, name) SELECT 'tasks', '看板' || g FROM generate_series(3, 50) g;
SELECT is((SELECT count(*) FROM casedesk.saved_filter WHERE screen = 'tasks')::int, 50,
          'fifty board filters may be saved');
SELECT throws_like($$INSERT INTO casedesk.saved_filter (screen, name) VALUES ('tasks', '第五十一')$$,
                   '%50 saved filters%', 'the fifty-first board filter is refused');
SELECT lives_ok($$INSERT INTO casedesk.saved_filter (screen, name) VALUES ('cases', '第五十一')$$,
                'the cap is per list: the case list still takes one');
SELECT throws_ok($$DELETE FROM casedesk.saved_filter WHERE id = $$ || :t1, '42501', NULL,
                 'board filters are not deleted from the table itself either');
SELECT is(casedesk.saved_filter_delete(:t1), true, 'the owner deletes a board filter through the function');
SELECT is((SELECT count(*) FROM casedesk.saved_filter WHERE screen = 'tasks')::int, 49, 'and it is gone');
RESET SESSION AUTHORIZATION;
SELECT is((SELECT count(*) FROM casedesk.audit_pending WHERE table_name = 'saved_filter')::int >= 1, true,
          'saving is audited');
SELECT * FROM finish();
ROLLBACK;
