-- Names, numbers and codes take only visible characters, however they come
-- in (issue 10: bad input).  pgTAP, run by tests/lib/pgtap.sh; rolled back.
-- pg_cluster: 0.02
BEGIN;
\ir tasks_users.sql
SELECT * FROM no_plan();
SELECT min(c.id) AS c FROM casedesk.case_file c JOIN casedesk.unit u ON u.id = c.unit_id
 WHERE u.code = 'xcb' AND c.status NOT IN ('closed') \gset
SELECT min(v.id) AS v FROM casedesk.village v JOIN casedesk.unit u ON u.id = v.unit_id WHERE u.code = 'xcb' \gset
SET SESSION AUTHORIZATION t_lead;
SELECT throws_like(format($$UPDATE casedesk.case_file SET party_name = E'王\u200B五' WHERE id = %s$$, :c),
                   '%party_name_visible%', 'a party name with a zero-width space is refused');
SELECT throws_like(format($$UPDATE casedesk.case_file SET party_name = E'\u202E五王' WHERE id = %s$$, :c),
                   '%party_name_visible%', 'so is one with a right-to-left override');
SELECT throws_like(format($$UPDATE casedesk.case_file SET party_phone = E'1391234\u20665678' WHERE id = %s$$, :c),
                   '%phone number must be%', 'a phone number with an isolate mark is refused (by its format first)');
RESET SESSION AUTHORIZATION;
SET SESSION AUTHORIZATION t_adm;
SELECT throws_like($$UPDATE casedesk.official SET name = E'刘\u2066洋' WHERE login = 't_other'$$,
                   '%official_name_visible%', 'an official''s name with an isolate mark is refused');
RESET SESSION AUTHORIZATION;
SET SESSION AUTHORIZATION t_lead;
SELECT throws_like(format($$SELECT casedesk.case_create_violation(%s, 'land', 'report', casedesk.today(), E'\uFEFF张三')$$, :v),
                   '%party_name_visible%', 'the workflow function refuses a BOM in the party too');
SELECT lives_ok(format($$UPDATE casedesk.case_file SET note = E'备注\u200B可以' WHERE id = %s$$, :c),
                'free text may hold them');
SELECT lives_ok(format($$UPDATE casedesk.case_file SET party_name = '王五' WHERE id = %s$$, :c),
                'a plain name is fine');
RESET SESSION AUTHORIZATION;
SELECT * FROM finish();
ROLLBACK;
