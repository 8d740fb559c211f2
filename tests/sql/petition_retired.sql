-- petition_retired: the older casedesk.petition table is history (issue
-- 15, item 5; migration 186).  A petition is entered in one place, as a
-- case of the kind petition: staff can no longer add or change an old row
-- (the grants are gone, the old answer/close/notice functions dropped), a
-- writer with the owner's rights gets one sentence naming the petition
-- case, the old rows stay readable, and the case-kind path still registers,
-- accepts (with its 信访 notice) and answers a petition.  As real login
-- roles; everything is rolled back.
-- pg_seeds: 010_places.sql 015_cases.sql 015_petitions.sql
-- pg_cluster: 0.05
BEGIN;
SELECT * FROM no_plan();
\ir case_helpers.sql
\set as_su   'RESET SESSION AUTHORIZATION;'
CREATE FUNCTION pg_temp.on(n integer) RETURNS jsonb LANGUAGE sql AS $$ SELECT jsonb_build_object('on', (current_date - n)::text) $$;
GRANT EXECUTE ON FUNCTION pg_temp.on(integer) TO PUBLIC;

SELECT count(*) AS old_rows, md5(string_agg(to_jsonb(p)::text, '|' ORDER BY p.id)) AS old_sum
  FROM casedesk.petition p \gset
SELECT ok(:old_rows > 0, 'the demo''s old petition rows are there (' || :old_rows || ')');
-- An old row with its case, and staff of its unit.
SELECT p.id AS old_id, p.case_id AS old_case,
       (SELECT min(o.login) FROM casedesk.official o WHERE o.unit_id = p.unit_id AND o.role = 'staff' AND NOT o.disabled) AS stf
  FROM casedesk.petition p WHERE p.case_id IS NOT NULL
 ORDER BY EXISTS (SELECT 1 FROM casedesk.payment y WHERE y.case_id = p.case_id), p.id LIMIT 1 \gset

-- ------------------------------------------------------------ staff
SET SESSION AUTHORIZATION :"stf";
SELECT alike(pg_temp.try(format($$INSERT INTO casedesk.petition (case_id, petitioner, received_on, subject)
                                   VALUES (%s, '孙七', current_date, '补偿标准偏低')$$, :old_case)),
             '%permission denied%', 'staff cannot add a petition to the old table');
SELECT alike(pg_temp.try(format($$UPDATE casedesk.petition SET subject = '改' WHERE id = %s$$, :old_id)),
             '%permission denied%', 'nor change an old one');
SELECT alike(pg_temp.try(format($$SELECT casedesk.petition_answer(%s, 1, current_date, '已答复')$$, :old_id)),
             '%does not exist%', 'the old answer function is gone');
SELECT alike(pg_temp.try(format($$SELECT casedesk.petition_close(%s, 1)$$, :old_id)),
             '%does not exist%', 'and the old close function');
SELECT alike(pg_temp.try(format($$SELECT casedesk.document_issue_petition(%s)$$, :old_id)),
             '%does not exist%', 'and the notice for an old row');
SELECT is((SELECT count(*) FROM casedesk.petition_clock WHERE id = :old_id), 1::bigint,
          'staff still read their old rows');

-- ------------------------------------------ a writer with the owner's rights
:as_su
SET SESSION AUTHORIZATION casedesk_owner;
SELECT is(pg_temp.try(format($$INSERT INTO casedesk.petition (unit_id, case_id, petitioner, received_on, subject)
                                SELECT unit_id, id, '孙七', current_date, '补偿标准偏低' FROM casedesk.case_file WHERE id = %s$$, :old_case)),
          'The old petition register is kept for history only: register the petition as a case of the kind petition.',
          'the table itself refuses a new row in one sentence naming the petition case');
SELECT is(pg_temp.try(format($$UPDATE casedesk.petition SET status = 'answered', answered_on = current_date, answer = 'x' WHERE id = %s$$, :old_id)),
          'The old petition register is kept for history only: register the petition as a case of the kind petition.',
          'and an answer written into an old row');
:as_su
SELECT is((SELECT count(*) || ' ' || md5(string_agg(to_jsonb(p)::text, '|' ORDER BY p.id)) FROM casedesk.petition p),
          :old_rows || ' ' || :'old_sum', 'the old rows are kept as they were');

-- A case deleted clears the old rows' link to it (ON DELETE SET NULL).
SELECT is(pg_temp.try(format('DELETE FROM casedesk.case_file WHERE id = %s', :old_case)), 'ok',
          'a case of an old row can still be deleted');
SELECT is((SELECT case_id FROM casedesk.petition WHERE id = :old_id), NULL, '(its link cleared)');

-- --------------------------------------------------- the petition case
SET SESSION AUTHORIZATION :"stf";
SELECT min(v.id) AS v FROM casedesk.village v WHERE v.unit_id = casedesk.my_unit_id() \gset
SELECT casedesk.case_create_petition(:v, 'visit', current_date - 10, '孙七', NULL, NULL, NULL,
                                     '补偿标准偏低', NULL) AS p \gset
SELECT is((SELECT kind || ' ' || status FROM casedesk.case_file WHERE id = :p), 'petition registered',
          'staff register the petition as a petition case');
SELECT pg_temp.step(:p, 'accept', pg_temp.on(8)) AS ignored \gset
SELECT is((SELECT count(*) FROM casedesk.document WHERE case_id = :p AND kind = 'petition_notice'), 1::bigint,
          'accepting it issues the 信访受理告知书');
SELECT pg_temp.step(:p, 'answer', pg_temp.on(2) || '{"answer":"已按政策解释答复"}') AS ignored \gset
SELECT is((SELECT status FROM casedesk.case_file WHERE id = :p), 'answered', 'and it is answered there');
:as_su
SELECT is((SELECT count(*) FROM casedesk.petition), :old_rows::bigint, 'the old table got no row from it');

SELECT * FROM finish();
ROLLBACK;
