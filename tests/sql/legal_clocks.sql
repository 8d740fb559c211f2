-- legal_clocks: the statutory periods as data (issue 15, item 3; migration
-- 102): one holdout household walked through the compulsory route of
-- expropriation, each step refused too early with the period and its
-- source named, allowed when the period has passed, and shown as the next
-- legal step with its dates; forced demolition refused with the
-- compensation neither paid nor deposited and on a rest day.  The
-- decisions are served on the day they are issued (service_clocks.sql
-- shows the periods moving with a later service).  The periods
-- are rows an admin corrects (and nobody else).  As real login roles;
-- everything is rolled back.
-- pg_seeds: 010_places.sql 015_cases.sql
-- pg_cluster: 0.05
BEGIN;
SELECT * FROM no_plan();
\ir case_helpers.sql
\set as_gmz  'SET SESSION AUTHORIZATION gmz_01;'
\set as_dcs  'SET SESSION AUTHORIZATION dcs_01;'
\set as_xxzx 'SET SESSION AUTHORIZATION xxzx_01;'
\set as_su   'RESET SESSION AUTHORIZATION;'

CREATE FUNCTION pg_temp.clock(p_case bigint, p_code text) RETURNS text LANGUAGE sql AS $$
    SELECT state || ':' || coalesce(earliest::text, '-') || ':' || coalesce(due::text, '-')
      FROM casedesk.case_legal_clocks(p_case) WHERE code = p_code $$;
GRANT EXECUTE ON FUNCTION pg_temp.clock(bigint, text) TO PUBLIC;
-- the case's register document of a kind served n days ago, in person (the
-- periods the law counts from service start then: migration 160)
CREATE FUNCTION pg_temp.serve(p_case bigint, p_kind text, n integer) RETURNS void LANGUAGE sql AS $$
    SELECT casedesk.document_serve((SELECT max(id) FROM casedesk.document WHERE case_id = p_case AND kind = p_kind),
                                   current_date - n, 'in_person') $$;
GRANT EXECUTE ON FUNCTION pg_temp.serve(bigint, text, integer) TO PUBLIC;

:as_gmz
SELECT min(v.id) AS gmz_v FROM casedesk.village v WHERE v.unit_id = casedesk.my_unit_id() \gset
SELECT id AS proj FROM casedesk.project WHERE code = 'chengdong' \gset
SELECT casedesk.case_create_expropriation(:proj, :gmz_v, 'household', '钉子户老王', '610902198001011230', NULL, NULL,
                                          120, NULL, current_date - 420) AS f \gset
SELECT pg_temp.step(:f, 'survey', jsonb_build_object('on', (current_date - 410)::text)) AS ignored \gset
SELECT pg_temp.step(:f, 'assess', jsonb_build_object('on', (current_date - 400)::text, 'amount', '900000')) AS ignored \gset
SELECT pg_temp.step(:f, 'record_expropriation_decision', pg_temp.doc(390, '汉政征字〔2025〕3号')) AS ignored \gset

-- ---------------------------------------------------- before the decision
SELECT alike(pg_temp.try(format($$SELECT pg_temp.step(%s, 'record_demand', pg_temp.doc(200, 'C1'))$$, :f)),
            'Record the compensation decision before the demand%', 'no demand before the compensation decision');
SELECT is(pg_temp.clock(:f, 'exp_lawsuit_window'), 'waiting:-:-',
          'the lawsuit window is shown as waiting for the compensation decision');

SELECT pg_temp.step(:f, 'record_compensation_decision', pg_temp.doc(380, '汉政补字〔2025〕9号')) AS ignored \gset
SELECT pg_temp.serve(:f, 'compensation_decision', 380);
SELECT (current_date - 380 + interval '6 months')::date AS windows_close \gset

-- ------------------------------------------------------------- the demand
SELECT alike(pg_temp.try(format($$SELECT pg_temp.step(%s, 'record_demand', jsonb_build_object('on', (%L::date - 1)::text, 'doc_no', 'C1'))$$,
                               :f, :'windows_close')),
            'Not before ' || :'windows_close' || ': the 6 months to sue%国有土地上房屋征收与补偿条例第26条%',
            'a demand the day before the lawsuit window closes is refused, naming the period and the article');
SELECT is((SELECT demand_on FROM casedesk.expropriation WHERE id = :f), NULL, 'nothing was written');
SELECT is(pg_temp.clock(:f, 'exp_lawsuit_window'), 'open:' || :'windows_close' || ':-',
          'the next legal step shows from when it is lawful');
SELECT alike(pg_temp.try(format($$SELECT pg_temp.step(%s, 'record_court_application', pg_temp.doc(150, 'A1'))$$, :f)),
            'Serve the demand to comply before applying%', 'no application to court before the demand');
SELECT pg_temp.step(:f, 'record_demand', jsonb_build_object('on', :'windows_close', 'doc_no', '汉征催字〔2025〕11号')) AS ignored \gset
-- the step issued the 催告书 (migration 180); served the same day
SELECT casedesk.document_serve((SELECT max(id) FROM casedesk.document WHERE case_id = :f AND kind = 'demand'),
                               :'windows_close', 'in_person');
SELECT casedesk.add_workdays(:'windows_close'::date, 10) AS apply_from \gset

-- ---------------------------------------------------- the application
SELECT alike(pg_temp.try(format($$SELECT pg_temp.step(%s, 'record_court_application', jsonb_build_object('on', (%L::date - 1)::text, 'doc_no', 'A1'))$$,
                               :f, :'apply_from')),
            'Not before ' || :'apply_from' || ': the court may be asked only 10 working days after the demand%行政强制法第54条%',
            'an application within 10 working days of the demand is refused (counted in working days)');
SELECT is(pg_temp.clock(:f, 'exp_apply_within'),
          'overdue:-:' || (current_date - 380 + interval '9 months')::date,
          'the application was due within 3 months after the windows closed: missed, it shows as overdue');
SELECT alike(pg_temp.try(format($$SELECT pg_temp.step(%s, 'record_court_enforcement', pg_temp.doc(120, 'R1'))$$, :f)),
            'Record the application to the court before its ruling%', 'no court ruling without the application');
SELECT pg_temp.step(:f, 'record_court_application', jsonb_build_object('on', :'apply_from', 'doc_no', '汉征申字〔2025〕2号')) AS ignored \gset
SELECT is(pg_temp.clock(:f, 'exp_court_rules'), 'overdue:-:' || (:'apply_from'::date + 30),
          'the court''s 30 days run from the application (and are long past here)');
SELECT pg_temp.step(:f, 'record_court_enforcement', jsonb_build_object('on', (:'apply_from'::date + 20)::text,
                                                                      'doc_no', '（2025）陕0902行审12号')) AS ignored \gset
SELECT is((SELECT count(*) FROM casedesk.case_legal_clocks(:f) WHERE step LIKE 'record_court%')::int, 0,
          'once taken, a step''s clocks are settled');

-- ------------------------------------------------------- forced demolition
SELECT (SELECT d::date FROM generate_series(current_date - 60, current_date - 40, interval '1 day') d
         WHERE casedesk.is_workday(d::date) ORDER BY d LIMIT 1) AS workday,
       (SELECT d::date FROM generate_series(current_date - 60, current_date - 40, interval '1 day') d
         WHERE NOT casedesk.is_workday(d::date) ORDER BY d LIMIT 1) AS restday \gset
SELECT alike(pg_temp.try(format($$SELECT pg_temp.step(%s, 'forced_demolish', jsonb_build_object('on', %L))$$, :f, :'workday')),
            'Forced demolition needs the compensation paid in full or deposited%',
            'no forced demolition with the compensation neither paid nor deposited');
SELECT is((SELECT string_agg(step, ',' ORDER BY step) FROM casedesk.case_next_steps(:f) WHERE step LIKE 'forced%' OR step LIKE 'record_dep%'),
          'record_deposit', 'the menu offers the deposit, not forced demolition');
SELECT pg_temp.step(:f, 'record_deposit', jsonb_build_object('on', (:'apply_from'::date + 25)::text, 'doc_no', '（2025）陕安证提字第7号')) AS ignored \gset
SELECT alike(pg_temp.try(format($$SELECT pg_temp.step(%s, 'forced_demolish', jsonb_build_object('on', %L))$$, :f, :'restday')),
            'Forced demolition may not take place on a holiday or a rest day (行政强制法第43条)%',
            'no forced demolition on a rest day');
SELECT pg_temp.step(:f, 'forced_demolish', jsonb_build_object('on', :'workday', 'at', '09:00')) AS ignored \gset
SELECT is((SELECT c.status || ' ' || x.forced FROM casedesk.case_file c JOIN casedesk.expropriation x USING (id) WHERE id = :f),
          'demolished true', 'forced demolition after the whole statutory route, compensation deposited');

-- ------------------------------------------- forced demolition of a violation
-- 限期拆除 → deadline passes → 强制拆除决定 → 公告催告 → windows → 强制拆除.
SELECT casedesk.case_create_violation(:gmz_v, 'construction', 'report', current_date - 400, '违建户赵某', NULL, 240, 3)
    AS v \gset
SELECT pg_temp.step(:v, 'verify', jsonb_build_object('on', (current_date - 399)::text)) AS ignored \gset
SELECT pg_temp.step(:v, 'stop_notice', pg_temp.doc(398, '关庙停字〔2025〕第021号')) AS ignored \gset
SELECT pg_temp.step(:v, 'order_rectify', jsonb_build_object('on', (current_date - 397)::text,
                                                           'deadline', (current_date - 380)::text)) AS ignored \gset
SELECT pg_temp.serve(:v, 'rectify_decision', 397);
SELECT alike(pg_temp.try(format($$SELECT pg_temp.step(%s, 'forced_demolish', jsonb_build_object('on', (current_date - 300)::text))$$, :v)),
             'Not yet: the 60 days to apply for administrative review must pass first%the day it starts from is not recorded%',
             'no forced demolition of a violation without the forced-demolition decision');
SELECT alike(pg_temp.try(format($$SELECT pg_temp.step(%s, 'record_enforcement_decision', pg_temp.doc(380, 'D1'))$$, :v)),
             'Not before ' || (current_date - 379) || ': the deadline to demolish it oneself must pass%',
             'no forced-demolition decision on the day the self-demolition deadline ends');
SELECT pg_temp.step(:v, 'record_enforcement_decision', pg_temp.doc(370, '关庙强拆决字〔2025〕第3号')) AS ignored \gset
SELECT pg_temp.serve(:v, 'forced_demolition', 370);   -- issued by the step (migration 180)
SELECT pg_temp.step(:v, 'record_enforcement_notice', pg_temp.doc(365, '关庙强拆告字〔2025〕第3号')) AS ignored \gset
SELECT pg_temp.serve(:v, 'demand', 365);
SELECT alike(pg_temp.try(format($$SELECT pg_temp.step(%s, 'forced_demolish', jsonb_build_object('on', (current_date - 300)::text))$$, :v)),
             'Not before ' || (current_date - 370 + interval '6 months')::date || ': the 6 months to sue must pass first%行政诉讼法第46条%',
             'no forced demolition within the lawsuit window after the decision');
SELECT (SELECT d::date FROM generate_series(current_date - 100, current_date - 80, interval '1 day') d
         WHERE casedesk.is_workday(d::date) ORDER BY d LIMIT 1) AS vworkday \gset
SELECT pg_temp.step(:v, 'forced_demolish', jsonb_build_object('on', :'vworkday', 'area', '236.5', 'at', '08:30')) AS ignored \gset
SELECT is((SELECT c.status || ' ' || x.forced || ' ' || x.resolution || ' ' || x.resolved_area_m2
             FROM casedesk.case_file c JOIN casedesk.violation x USING (id) WHERE id = :v),
          'demolished true demolished 236.50', 'a violation demolished by force after the whole route, marked as forced');

-- ------------------------------------------------------- escalation
-- A second holdout whose compensation decision is 380 days old and nobody
-- served the demand: the application to court was due 3 months after the
-- windows closed, and the miss reaches the unit's inbox once.
SELECT casedesk.case_create_expropriation(:proj, :gmz_v, 'household', '钉子户老李', NULL, NULL, NULL,
                                          80, NULL, current_date - 420) AS g \gset
SELECT pg_temp.step(:g, 'survey', jsonb_build_object('on', (current_date - 410)::text)) AS ignored \gset
SELECT pg_temp.step(:g, 'assess', jsonb_build_object('on', (current_date - 400)::text, 'amount', '500000')) AS ignored \gset
SELECT pg_temp.step(:g, 'record_expropriation_decision', pg_temp.doc(390, '汉政征字〔2025〕4号')) AS ignored \gset
SELECT pg_temp.step(:g, 'record_compensation_decision', pg_temp.doc(380, '汉政补字〔2025〕10号')) AS ignored \gset
SELECT pg_temp.serve(:g, 'compensation_decision', 380);
SELECT casedesk.task_escalate(current_date) AS ignored \gset
SELECT is((SELECT string_agg(detail || '@' || ref_date, ',') FROM casedesk.inbox
            WHERE kind = 'legal_step_overdue' AND case_id = :g),
          'exp_apply_within@' || (current_date - 380 + interval '9 months')::date,
          'the missed application deadline is in the unit''s inbox, with its due day');
SELECT casedesk.task_escalate(current_date) AS ignored \gset
SELECT is((SELECT count(*) FROM casedesk.inbox WHERE kind = 'legal_step_overdue' AND case_id = :g)::int, 1,
          'escalating again adds nothing');
SELECT is((SELECT count(*) FROM casedesk.inbox WHERE kind = 'legal_step_overdue' AND case_id = :f)::int, 0,
          'the case that took its steps in time (late ruling aside) has no missed application');
\set as_ztz 'SET SESSION AUTHORIZATION ztz_01;'
:as_ztz
SELECT is((SELECT count(*) FROM casedesk.inbox WHERE kind = 'legal_step_overdue')::int, 0,
          'another town''s staff see none of it');

-- ------------------------------------------------------- the data
:as_gmz
SELECT alike(pg_temp.try($$UPDATE casedesk.legal_clock SET min_amount = 0 WHERE code = 'exp_lawsuit_window'$$),
            '%permission denied%', 'staff cannot shorten a statutory period');
:as_dcs
SELECT alike(pg_temp.try($$UPDATE casedesk.legal_clock SET min_amount = 0 WHERE code = 'exp_lawsuit_window'$$),
            '%permission denied%', 'nor can a supervisor');
:as_xxzx
SELECT is(pg_temp.try($$UPDATE casedesk.legal_clock SET min_amount = 3, source = '某市地方规定第5条' WHERE code = 'exp_lawsuit_window'$$),
          'ok', 'an admin corrects a period and its source for a local rule');
SELECT alike(pg_temp.try($$UPDATE casedesk.legal_clock SET step = 'close' WHERE code = 'exp_lawsuit_window'$$),
            '%permission denied%', 'but cannot move a rule to another step');
:as_su
SELECT is((SELECT count(*) FROM casedesk.legal_clock WHERE btrim(source) = '')::int, 0, 'every period names its source');

SELECT * FROM finish();
ROLLBACK;
