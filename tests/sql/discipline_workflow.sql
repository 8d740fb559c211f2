-- The inspector's workflow: legal and illegal transitions, the disposition's
-- required fields, logged reads, inspector reports, the evidence view and the
-- automatic inaction flag raised by a red card.
-- pgTAP, run by tests/lib/pgtap.sh.  NOT in one transaction: the read
-- protocol needs each read request committed before it is sealed, and
-- sealed before content is returned; the cluster is private to this file.
\ir ../lib/fixture.sql
\ir discipline_users.sql
SELECT * FROM no_plan();
\set as_flagger 'SET SESSION AUTHORIZATION t_flagger;'
\set as_ins     'SET SESSION AUTHORIZATION t_ins;'
\set as_sup     'SET SESSION AUTHORIZATION t_sup;'
\set as_adm     'SET SESSION AUTHORIZATION t_adm;'
\set as_su      'RESET SESSION AUTHORIZATION;'

-- As the installer: a record's status; the READs of t_ins logged for a row.
CREATE FUNCTION pg_temp.status(p_id bigint) RETURNS text LANGUAGE sql
    AS $$ SELECT status::text FROM casedesk.discipline_record WHERE id = p_id $$;
CREATE FUNCTION pg_temp.reads(p_table text, p_row bigint) RETURNS integer LANGUAGE sql
    AS $$ SELECT count(*)::integer FROM casedesk.discipline_audit
           WHERE op = 'READ' AND login = 't_ins' AND table_name = p_table AND row_id IS NOT DISTINCT FROM p_row $$;
-- As the inspector, a read is asked for in its own statement (so it commits), then
-- sealed (SELECT casedesk.audit_seal()), then the token opens the content.

:as_flagger
SELECT casedesk.flag_official(:id_flagged, 'soliciting', '索要好处费') AS ra \gset
SELECT casedesk.flag_official(:id_flagged, 'favouritism', '优亲厚友') AS rb \gset
SELECT casedesk.flag_official(:id_flagged, 'leaking', '跑风漏气') AS rc \gset
:as_su
SELECT casedesk.audit_seal() AS sealed \gset
SELECT max(record_id) FILTER (WHERE receipt = :'ra') AS a, max(record_id) FILTER (WHERE receipt = :'rb') AS b,
       max(record_id) FILTER (WHERE receipt = :'rc') AS c FROM casedesk.discipline_flagger \gset
SELECT is(pg_temp.status(:a), 'received', 'a new flag is ''received''');

-- --- who may act -------------------------------------------------------------
:as_flagger
SELECT throws_like(format('SELECT casedesk.discipline_start_review(%s)', :a), '%permission denied for function%', 't_flagger cannot start a review');
:as_sup
SELECT throws_like(format('SELECT casedesk.discipline_start_review(%s)', :a), '%permission denied for function%', 't_sup cannot start a review');
:as_adm
SELECT throws_like(format('SELECT casedesk.discipline_start_review(%s)', :a), '%permission denied for function%', 't_adm cannot start a review');

-- --- illegal transitions ---------------------------------------------------
:as_ins
SELECT throws_like(format($$SELECT casedesk.discipline_route(%s, 'investigation', 'x')$$, :a),
                   '%Open the discipline record before changing it%', 'a step before a logged read says nothing of the status');
SELECT casedesk.discipline_request('record', jsonb_build_object('id', :a)) AS tok \gset
SELECT casedesk.audit_seal() AS sealed \gset
SELECT throws_like(format($$SELECT casedesk.discipline_route(%s, 'investigation', 'x')$$, :a),
                   '%A received record cannot move to investigation%', 'received cannot jump to investigation');
SELECT throws_like(format($$SELECT casedesk.discipline_conclude(%s, 'warning', current_date, '汉纪〔2025〕1号')$$, :a),
                   '%Only a record under review, talk letter or investigation can be concluded; this one is received%',
                   'received cannot be concluded');
SELECT throws_like(format($$SELECT casedesk.discipline_start_review(%s, current_date - 1)$$, :a),
                   '%deadline must not be in the past%', 'a review deadline in the past is refused');
:as_su
SELECT is(pg_temp.status(:a), 'received', 'refusals change nothing');

-- --- legal path: review -> talk letter -> investigation -> concluded ----------
:as_ins
SELECT lives_ok(format('SELECT casedesk.discipline_start_review(%s, current_date + 20)', :a), 'start the preliminary review');
:as_su
SELECT is(pg_temp.status(:a), 'preliminary_review', 'status is preliminary_review');
SELECT is((SELECT review_due - review_started_on FROM casedesk.discipline_record WHERE id = :a), 20, 'review deadline stored');
:as_ins
SELECT throws_like(format('SELECT casedesk.discipline_start_review(%s)', :a),
                   '%can start only on a received record; this one is preliminary_review%', 'a review cannot start twice');
SELECT throws_like(format($$SELECT casedesk.discipline_route(%s, 'bogus')$$, :a),
                   '%next step must be talk_letter, investigation or set_aside%', 'an unknown next step is refused');
:as_su
SELECT version AS v FROM casedesk.discipline_record WHERE id = :a \gset
:as_ins
SELECT throws_like(format($$SELECT casedesk.discipline_route(%s, 'talk_letter', '函询', %s)$$, :a, :v - 1),
                   '%changed by someone else%', 'a stale version is refused');
SELECT lives_ok(format($$SELECT casedesk.discipline_route(%s, 'talk_letter', '发函询', %s)$$, :a, :v),
                'route to talk_letter with the current version');
SELECT throws_like(format($$SELECT casedesk.discipline_route(%s, 'set_aside', 'x')$$, :a),
                   '%A talk_letter record cannot move to set_aside%', 'talk_letter cannot be set aside');
SELECT lives_ok(format($$SELECT casedesk.discipline_route(%s, 'investigation', '立案审查')$$, :a), 'talk_letter -> investigation');
SELECT throws_like(format($$SELECT casedesk.discipline_conclude(%s, 'warning', current_date, '  ')$$, :a),
                   '%decision document number is required%', 'a disposition without a document number is refused');
SELECT throws_like(format($$SELECT casedesk.discipline_conclude(%s, 'warning', NULL, '汉纪〔2025〕2号')$$, :a),
                   '%decision date is required%', 'a disposition without a date is refused');
SELECT throws_like(format($$SELECT casedesk.discipline_conclude(%s, 'warning', current_date + 1, '汉纪〔2025〕2号')$$, :a),
                   '%must not be in the future%', 'a disposition dated in the future is refused');
SELECT throws_like(format($$SELECT casedesk.discipline_conclude(%s, 'fine', current_date, '汉纪〔2025〕2号')$$, :a),
                   '%disposition must be one of%', 'an unknown disposition is refused');
:as_su
SELECT is(pg_temp.status(:a), 'investigation', 'refused dispositions change nothing');
:as_ins
SELECT lives_ok(format($$SELECT casedesk.discipline_conclude(%s, 'serious_warning', current_date, ' 汉纪〔2025〕2号 ', '党内严重警告')$$, :a),
                'conclude with a disposition');
:as_su
SELECT is((SELECT concat_ws('|', status, disposition, disposition_on = current_date, decision_no, decided_by, closed_at IS NOT NULL)
             FROM casedesk.discipline_record WHERE id = :a),
          'concluded|serious_warning|t|汉纪〔2025〕2号|' || :id_ins || '|t',
          'disposition, date, document number and the recording inspector are stored');
:as_ins
SELECT throws_like(format($$SELECT casedesk.discipline_route(%s, 'investigation', 'x')$$, :a),
                   '%A concluded record cannot move%', 'a concluded record is final');
:as_flagger
SELECT is(casedesk.flag_receipt_status(:'ra')::text, 'closed', 'the flagger now sees ''closed''');
SELECT is(casedesk.flag_receipt_status(:'rb')::text, 'open', '... and ''open'' for the other one');

-- set aside needs a reason; direct conclusion from review
:as_ins
SELECT casedesk.discipline_request('record', jsonb_build_object('id', :b)) AS tok \gset
SELECT casedesk.discipline_request('record', jsonb_build_object('id', :c)) AS tok \gset
SELECT casedesk.audit_seal() AS sealed \gset
SELECT casedesk.discipline_start_review(:b) AS ignored \gset
SELECT throws_like(format($$SELECT casedesk.discipline_route(%s, 'set_aside', '')$$, :b), '%needs a reason%', 'set aside without a reason is refused');
SELECT lives_ok(format($$SELECT casedesk.discipline_route(%s, 'set_aside', '查无实据，予以了结')$$, :b), 'set aside with a reason');
:as_flagger
SELECT is(casedesk.flag_receipt_status(:'rb')::text, 'closed', 'a set-aside flag is ''closed'' for the flagger');
:as_ins
SELECT casedesk.discipline_start_review(:c) AS ignored \gset
SELECT lives_ok(format($$SELECT casedesk.discipline_conclude(%s, 'no_violation', current_date, '汉纪初〔2025〕7号')$$, :c),
                'review -> concluded directly');
:as_su
SELECT casedesk.audit_seal() AS sealed \gset
SELECT is((SELECT count(*) FROM casedesk.discipline_audit WHERE op = 'UPDATE' AND login = 't_ins' AND table_name = 'discipline_record')::int, 8,
          'every transition is in discipline_audit under the inspector''s login');

-- --- reads are logged ----------------------------------------------------------
SELECT pg_temp.reads('discipline_record', :c) AS before \gset
:as_ins
SELECT casedesk.discipline_request('record', jsonb_build_object('id', :c)) AS tok \gset
SELECT casedesk.audit_seal() AS sealed \gset
SELECT facts AS ignored FROM casedesk.discipline_get(:'tok') \gset
:as_su
SELECT is(pg_temp.reads('discipline_record', :c), :before + 1, 'discipline_get is logged as a READ of that record');
SELECT pg_temp.reads('discipline_record', :b) AS before \gset
SELECT pg_temp.reads('discipline_record', :a) AS before_a \gset
:as_ins
SELECT casedesk.discipline_request('list', '{"status": "set_aside"}') AS tok \gset
SELECT casedesk.audit_seal() AS sealed \gset
SELECT count(*) AS n FROM casedesk.discipline_list(:'tok') \gset
SELECT is(:n, 1, 'discipline_list filters by status');
:as_su
SELECT is(pg_temp.reads('discipline_record', :b), :before + 1, 'discipline_list logs each record it returns');
SELECT is(pg_temp.reads('discipline_record', :a), :before_a, '... and only those');
:as_ins
SELECT casedesk.discipline_request('record', jsonb_build_object('id', :a)) AS tok \gset
SELECT casedesk.audit_seal() AS sealed \gset
SELECT string_agg(format('%s|%s|%s|%s', receipt, flagger_name, official_name, status), E'\n') AS g FROM casedesk.discipline_get(:'tok') \gset
SELECT is(:'g'::text, :'ra' || '|张三|李四|concluded', 'discipline_get shows the receipt, the flagger and the flagged official');

-- --- reports -------------------------------------------------------------------
:as_flagger
SELECT casedesk.flag_official(:id_flagged, 'abuse', '以权谋私') AS rd \gset
:as_su
SELECT casedesk.audit_seal() AS sealed \gset
SELECT record_id AS d FROM casedesk.discipline_flagger WHERE receipt = :'rd' \gset
:as_ins
SELECT casedesk.discipline_request('record', jsonb_build_object('id', :d)) AS tok \gset
SELECT casedesk.audit_seal() AS sealed \gset
SELECT casedesk.discipline_start_review(:d, current_date + 1) AS ignored \gset
:as_su
ALTER TABLE casedesk.discipline_record DISABLE TRIGGER USER;
UPDATE casedesk.discipline_record SET review_started_on = current_date - 40, review_due = current_date - 10 WHERE id = :d;
ALTER TABLE casedesk.discipline_record ENABLE TRIGGER USER;
:as_ins
SELECT casedesk.discipline_request('report', jsonb_build_object('name', 'overdue_reviews')) AS t1 \gset
SELECT casedesk.discipline_request('report', jsonb_build_object('name', 'open_by_category_unit')) AS t2 \gset
SELECT casedesk.discipline_request('report', jsonb_build_object('name', 'repeat_officials')) AS t3 \gset
SELECT casedesk.audit_seal() AS sealed \gset
SELECT throws_like(format('SELECT * FROM casedesk.discipline_repeat_officials(%L)', :'t1'), '%not on record%',
                   'a token opens only the report it was asked for');
SELECT is((SELECT string_agg(format('%s|%s', id, days_overdue), E'\n') FROM casedesk.discipline_overdue_reviews(:'t1')),
          :d || '|10', 'overdue reviews are listed with days overdue');
SELECT is((SELECT string_agg(format('%s|%s|%s', unit_code, category, open_count), E'\n') FROM casedesk.discipline_open_by_category_unit(:'t2')),
          'xcb|abuse|1', 'open flags by category and unit');
SELECT is((SELECT string_agg(format('%s|%s|%s|%s', official_id, flags, open_flags, sanctions), E'\n') FROM casedesk.discipline_repeat_officials(:'t3')),
          :id_flagged || '|4|1|1', 'repeat officials: 4 flags, 1 open, 1 sanction');
:as_su
SELECT is((SELECT count(*) FROM casedesk.discipline_audit WHERE op = 'READ' AND new_row ? 'report')::int, 3, 'each report is logged');
SELECT casedesk.audit_seal() AS sealed \gset

-- --- the automatic inaction flag ------------------------------------------------
INSERT INTO casedesk.task (number_year, number_seq, title, lead_unit_id, responsible_id, deadline, created_by)
SELECT 2025, 901, '西坝安置社区签约攻坚', u.id, :id_other, current_date - 40, :id_sup
  FROM casedesk.unit u WHERE u.code = 'gmz' RETURNING id AS task \gset
SELECT lives_ok('SELECT casedesk.task_escalate()', 'escalation runs');
SELECT casedesk.audit_seal() AS sealed \gset
SELECT is((SELECT count(*) FROM casedesk.task_card WHERE task_id = :task AND kind = 'red')::int, 1, 'the overdue task got a red card');
SELECT is((SELECT string_agg(format('%s|%s|%s|%s|%s', r.official_id, r.category, r.source, r.status, l.task_id), E'\n')
             FROM casedesk.discipline_record r JOIN casedesk.discipline_link l ON l.record_id = r.id
            WHERE r.source = 'auto'),
          :id_other || '|inaction|auto|received|' || :task,
          'the red card raised an inaction flag on the responsible official, task linked');
SELECT casedesk.discipline_auto_flag_inaction(:task, :id_other) AS ignored \gset
SELECT casedesk.audit_seal() AS sealed \gset
SELECT is((SELECT count(*) FROM casedesk.discipline_record WHERE source = 'auto')::int, 1, 'a second red card on the same task adds no duplicate');
:as_ins
SELECT casedesk.discipline_request('list', '{"category": "inaction"}') AS tok \gset
SELECT casedesk.audit_seal() AS sealed \gset
SELECT max(id) AS auto FROM casedesk.discipline_list(:'tok') \gset
SELECT casedesk.discipline_request('record', jsonb_build_object('id', :auto)) AS tok \gset
SELECT casedesk.audit_seal() AS sealed \gset
SELECT is((SELECT task_ids::text FROM casedesk.discipline_get(:'tok')),
          '{' || :task || '}', 'the inspector sees the linked task');

-- --- evidence -------------------------------------------------------------------
SELECT casedesk.discipline_request('evidence', jsonb_build_object('official_id', :id_other)) AS tok \gset
SELECT casedesk.audit_seal() AS sealed \gset
SELECT string_agg(format('%s|%s', kind, ref_id), E'\n') AS ev FROM casedesk.official_evidence(:'tok') \gset
SELECT matches(:'ev'::text, 'flag\|', 'evidence lists the official''s flags');
SELECT matches(:'ev'::text, 'task\|' || :task, 'evidence lists the tasks they were responsible for');
SELECT matches(:'ev'::text, 'card\|', 'evidence lists the cards naming them');
:as_su
SELECT is(pg_temp.reads('official', :id_other), 1, 'the evidence read is logged');
:as_ins
SELECT casedesk.discipline_request('evidence', jsonb_build_object('official_id', :id_ins)) AS tok \gset
SELECT casedesk.audit_seal() AS sealed \gset
SELECT throws_like(format('SELECT * FROM casedesk.official_evidence(%L)', :'tok'), '%does not exist%', 'no evidence view about oneself');
:as_sup
SELECT throws_like(format('SELECT * FROM casedesk.official_evidence(%L)', :'tok'), '%permission denied%', 'supervisors get no evidence view');

-- the chain is intact after all this
:as_su
SELECT casedesk.audit_seal() AS sealed \gset
SELECT is((SELECT coalesce(casedesk.audit_first_broken('discipline_audit')::text, 'intact')), 'intact', 'the discipline audit chain verifies');

SELECT * FROM finish();
