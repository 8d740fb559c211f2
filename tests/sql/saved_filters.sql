-- casedesk.saved_filter (migration 130): a person's saved filters are that
-- person's only.  Another login neither sees, renames nor deletes them, and
-- cannot save one in someone else's name; names are checked; at most 50 a list.
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
RESET SESSION AUTHORIZATION;
SELECT is((SELECT count(*) FROM casedesk.audit_pending WHERE table_name = 'saved_filter')::int >= 1, true,
          'saving is audited');
SELECT * FROM finish();
ROLLBACK;
