-- petition_flow: petitions (信访) as a case kind (issue 15, items 3, 5, 8;
-- migration 140).  One petition walked through its whole legal path —
-- registration, 受理 (late, so escalated first), one extension, the answer,
-- 复查 and 复核, closing — with each step refused too early or too late in
-- one sentence naming the article, the 受理/答复告知书 issued at acceptance
-- and answer, the answer and review clocks escalated when missed; the
-- demo's petitions adopted as cases; the petitioner's ID number kept from
-- staff; the briefing's petition figures equal to independent counts for
-- three years.  As real login roles; everything is rolled back.
-- pg_seeds: 010_places.sql 015_cases.sql 015_petitions.sql 016_totals.sql
-- pg_cluster: 0.05
BEGIN;
SELECT * FROM no_plan();
\ir case_helpers.sql
\set as_gmz  'SET SESSION AUTHORIZATION gmz_01;'
\set as_ztz  'SET SESSION AUTHORIZATION ztz_01;'
\set as_dcs  'SET SESSION AUTHORIZATION dcs_01;'
\set as_su   'RESET SESSION AUTHORIZATION;'

CREATE FUNCTION pg_temp.overdue(p_case bigint) RETURNS text LANGUAGE sql AS $$
    SELECT coalesce(string_agg(detail || '@' || ref_date, ',' ORDER BY ref_date), '')
      FROM casedesk.inbox WHERE kind = 'legal_step_overdue' AND case_id = p_case $$;
CREATE FUNCTION pg_temp.on(n integer) RETURNS jsonb LANGUAGE sql AS $$
    SELECT jsonb_build_object('on', (current_date - n)::text) $$;
GRANT EXECUTE ON FUNCTION pg_temp.overdue(bigint), pg_temp.on(integer) TO PUBLIC;

-- ------------------------------------------------------- the demo's petitions
SELECT cmp_ok((SELECT count(*) FROM casedesk.petition)::int, '>', 0, 'the demo has petitions');
SELECT is((SELECT count(*) FROM casedesk.petition p
            WHERE NOT EXISTS (SELECT 1 FROM casedesk.petition_case x WHERE x.legacy_petition_id = p.id))::int, 0,
          'every demo petition is a petition case');
SELECT is((SELECT count(*) FROM casedesk.case_file c JOIN casedesk.petition_case x USING (id)
             JOIN casedesk.petition p ON p.id = x.legacy_petition_id
            WHERE c.kind = 'petition' AND c.party_name = p.petitioner AND x.subject = p.subject
              AND c.case_no LIKE 'XF-%')::int,
          (SELECT count(*) FROM casedesk.petition)::int,
          'with its petitioner, subject and an XF- case number');
SELECT is((SELECT count(*) FROM casedesk.petition p JOIN casedesk.petition_case x ON x.legacy_petition_id = p.id
            WHERE (p.answered_on IS NULL) <> (x.answered_on IS NULL))::int, 0,
          'answered ones answered on the same day, open ones still open');
SELECT is(casedesk.petition_cases_from_legacy(), 0, 'adopting again adds nothing');

-- ------------------------------------------------------------ registration
:as_gmz
SELECT min(v.id) AS gmz_v FROM casedesk.village v WHERE v.unit_id = casedesk.my_unit_id() \gset
SELECT id AS proj FROM casedesk.project WHERE code = 'chengdong' \gset
SELECT alike(pg_temp.try(format($$SELECT casedesk.case_create_petition(%s, 'fax', current_date, '王信访', NULL, NULL, NULL, '补偿', NULL)$$, :gmz_v)),
            'The channel must be visit, letter, phone, online or transferred.', 'an unknown channel is refused in one sentence');
SELECT alike(pg_temp.try(format($$SELECT casedesk.case_create_petition(%s, 'visit', current_date, '王信访', '610902198001011231', NULL, NULL, '补偿', NULL)$$, :gmz_v)),
            'The ID number is not a valid citizen ID number%', 'a wrong check digit is refused');
SELECT casedesk.case_create_petition(:gmz_v, 'letter', current_date - 300, '王信访', '610902198001011230',
                                     '13800138000', '东关村3组', '补偿标准偏低', '要求重新评估', :proj) AS p \gset
SELECT is((SELECT c.kind || ' ' || c.status || ' ' || left(c.case_no, 3) || ' ' || c.deadline
             FROM casedesk.case_file c WHERE id = :p),
          'petition registered XF- ' || (current_date - 285), 'registered, numbered XF-, due to be decided within 15 days');
SELECT alike(pg_temp.try('SELECT petitioner_id_no FROM casedesk.petition_case'), '%permission denied%',
             'staff cannot read the petitioner''s ID number');
SELECT is((SELECT subject || ' ' || channel || ' ' || coalesce(id_no, '-') FROM casedesk.petition_detail(:p)),
          '补偿标准偏低 letter -', 'staff read their petition without the ID number');

-- ---------------------------------------------------- 受理: late, escalated
:as_su
SELECT casedesk.task_escalate(current_date) AS ignored \gset
SELECT is(pg_temp.overdue(:p), 'pet_accept@' || (current_date - 285),
          'the missed 15 days to decide on acceptance reach the unit''s inbox, with the due day');
:as_gmz
SELECT is((SELECT state || ' ' || due || ' ' || source FROM casedesk.case_next_legal_steps(:p) WHERE step = 'accept'),
          'overdue ' || (current_date - 285) || ' 信访工作条例第22条、第23条', 'the case shows the acceptance as overdue, by law');
SELECT alike(pg_temp.try(format($$SELECT pg_temp.step(%s, 'accept', pg_temp.on(301))$$, :p)),
            'The date of this step cannot be earlier than the previous step%', 'no acceptance before the petition came in');
SELECT alike(pg_temp.try(format($$SELECT pg_temp.step(%s, 'answer', pg_temp.on(290) || '{"answer":"x"}')$$, :p)),
            'The step "answer" is not possible while the case is registered.', 'no answer before acceptance');
SELECT pg_temp.step(:p, 'accept', pg_temp.on(280)) AS ignored \gset
SELECT is((SELECT status || ' ' || deadline FROM casedesk.case_file WHERE id = :p),
          'accepted ' || (current_date - 220), 'accepted late (still lawful), answer due in 60 days');
SELECT is((SELECT count(*) FROM casedesk.document WHERE case_id = :p AND kind = 'petition_notice'
              AND body LIKE '%王信访%补偿标准偏低%第二十二条%' AND deadline = current_date - 220)::int, 1,
          'the 受理告知书 is issued with the acceptance, naming the petitioner, the subject and the articles');

-- --------------------------------------------------------------- extension
SELECT alike(pg_temp.try(format($$SELECT pg_temp.step(%s, 'extend', pg_temp.on(270) || '{"days":"31","reason":"情况复杂"}')$$, :p)),
            'The handling period may be extended by 1 to 30 days (信访工作条例第34条).', 'an extension of 31 days is refused');
SELECT alike(pg_temp.try(format($$SELECT pg_temp.step(%s, 'extend', pg_temp.on(219) || '{"days":"20","reason":"情况复杂"}')$$, :p)),
            'The handling period ended on ' || (current_date - 220) || '%', 'an extension after the 60 days is refused');
SELECT alike(pg_temp.try(format($$SELECT pg_temp.step(%s, 'extend', pg_temp.on(270) || '{"days":"20"}')$$, :p)),
            'The reason is required.', 'an extension needs a reason');
SELECT pg_temp.step(:p, 'extend', pg_temp.on(270) || '{"days":"20","reason":"涉及多部门，情况复杂"}') AS ignored \gset
SELECT is((SELECT status || ' ' || deadline FROM casedesk.case_file WHERE id = :p),
          'accepted ' || (current_date - 200), 'extended once: the answer is due 20 days later');
SELECT is((SELECT due FROM casedesk.case_next_legal_steps(:p) WHERE step = 'answer'), current_date - 200,
          'and the answer clock says so');
SELECT alike(pg_temp.try(format($$SELECT pg_temp.step(%s, 'extend', pg_temp.on(260) || '{"days":"5","reason":"再延"}')$$, :p)),
            'The handling period was already extended once (信访工作条例第34条).', 'a second extension is refused');

-- ---------------------------------------------------------------- answer
SELECT pg_temp.step(:p, 'answer', pg_temp.on(205) || '{"answer":"已复核评估并书面答复"}') AS ignored \gset
SELECT is((SELECT status FROM casedesk.case_file WHERE id = :p), 'answered', 'answered within the extended period');
SELECT is((SELECT count(*) FROM casedesk.document WHERE case_id = :p AND kind = 'petition_notice'
              AND body LIKE '%处理意见：已复核评估并书面答复%')::int, 1, 'the 答复告知书 carries the answer');
:as_su
SELECT casedesk.task_escalate(current_date) AS ignored \gset
SELECT is(pg_temp.overdue(:p), 'pet_accept@' || (current_date - 285), 'the answer in time is not escalated');

-- ------------------------------------------------------------------ 复查
:as_gmz
SELECT alike(pg_temp.try(format($$SELECT pg_temp.step(%s, 'close_after_answer', pg_temp.on(176))$$, :p)),
            'Not before ' || (current_date - 175) || ': the petitioner may ask for a review within 30 days of the answer (信访工作条例第35条).',
            'no closing while the petitioner may still ask for a review');
SELECT alike(pg_temp.try(format($$SELECT pg_temp.step(%s, 'request_review', pg_temp.on(174))$$, :p)),
            'Too late: the petitioner may ask for a review within 30 days of the answer, and the last day was '
            || (current_date - 175) || ' (信访工作条例第35条).', 'a review asked for on the 31st day is refused');
SELECT pg_temp.step(:p, 'request_review', pg_temp.on(175)) AS ignored \gset
SELECT is((SELECT status || ' ' || deadline FROM casedesk.case_file WHERE id = :p),
          'review_requested ' || (current_date - 145), 'a review asked for on the 30th day; its opinion due in 30 days');
:as_su
SELECT casedesk.task_escalate(current_date) AS ignored \gset
SELECT is(pg_temp.overdue(:p), 'pet_accept@' || (current_date - 285) || ',pet_review_due@' || (current_date - 145),
          'the review opinion not given in 30 days is escalated');
:as_gmz
SELECT pg_temp.step(:p, 'review', pg_temp.on(140) || '{"answer":"维持原处理意见"}') AS ignored \gset

-- ------------------------------------------------------------------ 复核
SELECT alike(pg_temp.try(format($$SELECT pg_temp.step(%s, 'close_after_review', pg_temp.on(111))$$, :p)),
            'Not before ' || (current_date - 110) || ': %信访工作条例第36条%', 'no closing while a second review may be asked for');
SELECT alike(pg_temp.try(format($$SELECT pg_temp.step(%s, 'request_recheck', pg_temp.on(109))$$, :p)),
            'Too late: %' || (current_date - 110) || ' (信访工作条例第36条).', 'a second review asked for on the 31st day is refused');
SELECT pg_temp.step(:p, 'request_recheck', pg_temp.on(115)) AS ignored \gset
SELECT alike(pg_temp.try(format($$SELECT pg_temp.step(%s, 'recheck', pg_temp.on(100))$$, :p)),
            'The second review opinion is required.', 'a second review opinion needs its text');
SELECT pg_temp.step(:p, 'recheck', pg_temp.on(100) || '{"answer":"复核维持"}') AS ignored \gset
SELECT pg_temp.step(:p, 'close', pg_temp.on(95)) AS ignored \gset
SELECT is((SELECT status || ' ' || closed_on FROM casedesk.case_file WHERE id = :p),
          'closed ' || (current_date - 95), 'closed after the second review');
SELECT is((SELECT concluded_on FROM casedesk.petition_case WHERE id = :p), current_date - 95, 'concluded that day');

-- -------------------------------------------- an answer that never came
SELECT casedesk.case_create_petition(:gmz_v, 'visit', current_date - 80, '李上访', NULL, NULL, NULL, '过渡费发放', NULL) AS q \gset
SELECT pg_temp.step(:q, 'accept', pg_temp.on(75)) AS ignored \gset
:as_su
SELECT casedesk.task_escalate(current_date) AS ignored \gset
SELECT is(pg_temp.overdue(:q), 'pet_answer@' || (current_date - 15),
          'an answer not given within 60 days of acceptance is escalated (not the acceptance, decided in time)');
:as_gmz
-- not accepted: a reason, then closed
SELECT casedesk.case_create_petition(:gmz_v, 'online', current_date - 10, '赵某', NULL, NULL, NULL, '非本机关职权', NULL) AS r \gset
SELECT alike(pg_temp.try(format($$SELECT pg_temp.step(%s, 'not_accept', pg_temp.on(8))$$, :r)),
            'The reason is required.', 'not accepting needs a reason');
SELECT pg_temp.step(:r, 'not_accept', pg_temp.on(8) || '{"reason":"不属于本机关职权范围，已告知向有权机关提出"}') AS ignored \gset
SELECT pg_temp.step(:r, 'close', pg_temp.on(7)) AS ignored \gset
SELECT is((SELECT status FROM casedesk.case_file WHERE id = :r), 'closed', 'not accepted, then closed');

-- ----------------------------------------------------------------- scope
:as_ztz
SELECT is((SELECT count(*) FROM casedesk.petition_detail(:p))::int, 0, 'another town''s staff do not see it');
SELECT alike(pg_temp.try(format($$SELECT pg_temp.step(%s, 'close', pg_temp.on(1))$$, :q)),
            'This case does not exist or does not belong to your unit.', 'nor change it');
:as_dcs
SELECT is((SELECT id_no FROM casedesk.petition_detail(:p)), casedesk.mask_id('610902198001011230'),
          'a supervisor reads the ID number masked');

-- --------------------------------------------------------------- briefing
-- Independent counts: received and concluded from the case rows,
-- accepted by the decision's year, and overdue with the law's 15 and 60
-- days written out, for three years.
:as_dcs
SELECT is((SELECT array_agg(b ORDER BY y) FROM (
              SELECT y, (SELECT row(received, accepted, concluded, overdue)::text
                           FROM casedesk.briefing_petitions(y)) AS b
                FROM generate_series(extract(year FROM current_date)::int - 2, extract(year FROM current_date)::int) y) t),
          (SELECT array_agg(b ORDER BY y) FROM (
              SELECT y, row(
                  (SELECT count(*) FROM casedesk.case_file c WHERE c.kind = 'petition' AND extract(year FROM c.opened_on) = y),
                  (SELECT count(*) FROM casedesk.petition_case x WHERE x.accepted AND extract(year FROM x.accept_decided_on) = y),
                  (SELECT count(*) FROM casedesk.case_file c WHERE c.kind = 'petition' AND c.status = 'closed'
                      AND extract(year FROM c.closed_on) = y),
                  (SELECT count(*) FROM casedesk.petition_case x
                    WHERE extract(year FROM x.received_on) = y
                      AND (coalesce(x.accept_decided_on, least(make_date(y, 12, 31), casedesk.today())) - x.received_on > 15
                           OR (x.accepted AND coalesce(x.answered_on, least(make_date(y, 12, 31), casedesk.today()))
                                  - x.accept_decided_on - coalesce(x.extended_days, 0) > 60))))::text AS b
                FROM generate_series(extract(year FROM current_date)::int - 2, extract(year FROM current_date)::int) y) t),
          'the briefing''s petitions received, accepted, concluded and overdue equal independent counts, three years');
SELECT cmp_ok((SELECT received FROM casedesk.petition_figures(0, current_date - 365, current_date))::int, '>', 0,
              'and the year has some');
:as_gmz
SELECT is((SELECT received FROM casedesk.briefing_petitions(extract(year FROM current_date)::int, 'gmz'))::int,
          (SELECT count(*) FROM casedesk.case_file WHERE kind = 'petition'
              AND extract(year FROM opened_on) = extract(year FROM current_date))::int,
          'staff get their own unit''s figure as they count their cases');
SET SESSION AUTHORIZATION xxzx_01;
SELECT alike(pg_temp.try('SELECT casedesk.briefing_petitions(extract(year FROM current_date)::int)'),
             '%permission denied%', 'an administrator, who reads no cases, gets no petition figures');

SELECT * FROM finish();
ROLLBACK;
