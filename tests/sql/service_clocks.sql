-- service_clocks: the legal clocks run from service (送达), not from issue,
-- and forced demolition never at night or on a holiday (issue 15, items 3
-- and the "Bad input"; migration 160).  One violation and one expropriation
-- household, as real login roles: a period the law counts from the service
-- of a decision has not started while the decision is unserved (refused,
-- not escalated), and starts — with the deadline written on it — on the day
-- it was served; a service dated before the issue is refused; the forced
-- demolition is refused without its hour, at night, on a holiday and
-- within the 3 working days of the demand, and allowed otherwise.
-- Everything is rolled back.
-- pg_seeds: 010_places.sql 015_cases.sql
-- pg_cluster: 0.05
BEGIN;
SELECT * FROM no_plan();
\ir case_helpers.sql
\set as_gmz  'SET SESSION AUTHORIZATION gmz_01;'
\set as_su   'RESET SESSION AUTHORIZATION;'

CREATE FUNCTION pg_temp.clock(p_case bigint, p_code text) RETURNS text LANGUAGE sql AS $$
    SELECT state || ':' || coalesce(earliest::text, '-') || ':' || coalesce(due::text, '-')
      FROM casedesk.case_legal_clocks(p_case) WHERE code = p_code $$;
CREATE FUNCTION pg_temp.docid(p_case bigint, p_kind text) RETURNS bigint LANGUAGE sql AS $$
    SELECT max(id) FROM casedesk.document WHERE case_id = p_case AND kind = p_kind $$;
GRANT EXECUTE ON FUNCTION pg_temp.clock(bigint, text), pg_temp.docid(bigint, text) TO PUBLIC;

:as_gmz
SELECT min(v.id) AS gmz_v FROM casedesk.village v WHERE v.unit_id = casedesk.my_unit_id() \gset

-- ============================================================ a violation
SELECT casedesk.case_create_violation(:gmz_v, 'construction', 'report', current_date - 400, '违建户钱某', NULL, 180, 2)
    AS v \gset
SELECT pg_temp.step(:v, 'verify', pg_temp.d(399)) AS ignored \gset
SELECT pg_temp.step(:v, 'stop_notice', pg_temp.doc(398, 'S1')) AS ignored \gset
SELECT pg_temp.step(:v, 'order_rectify', jsonb_build_object('on', (current_date - 397)::text,
                                                           'deadline', (current_date - 390)::text)) AS ignored \gset
SELECT pg_temp.docid(:v, 'rectify_decision') AS rect \gset

-- the order to demolish is not served yet: its deadline has not started
SELECT alike(pg_temp.try(format($$SELECT pg_temp.step(%s, 'record_enforcement_decision', pg_temp.doc(300, 'D1'))$$, :v)),
             'Not yet: the deadline to demolish it oneself must pass%the period runs from the service of the 限期拆除（改正）决定书, which is not recorded.',
             'no forced-demolition decision while the order to demolish is unserved, whatever its written deadline');
SELECT is(pg_temp.clock(:v, 'vio_deadline_first'), 'waiting:-:-', 'the self-demolition deadline waits for the service');

-- a service before the issue is refused with one sentence, nothing written
SELECT is(pg_temp.try(format($$SELECT casedesk.document_serve(%s, current_date - 398, 'in_person')$$, :rect)),
          'A document cannot be served before it was issued (' || (current_date - 397) || ').',
          'a service dated before the issue is refused');
SELECT is((SELECT served_on FROM casedesk.document WHERE id = :rect), NULL, 'nothing was recorded');

-- served 5 days after the issue: the 7 days written on it run from then
SELECT casedesk.document_serve(:rect, current_date - 392, 'in_person');
SELECT is(pg_temp.clock(:v, 'vio_deadline_first'), 'open:' || (current_date - 384) || ':-',
          'the deadline moves with the service: lawful from the day after deadline + 5 days');
SELECT alike(pg_temp.try(format($$SELECT pg_temp.step(%s, 'record_enforcement_decision', pg_temp.doc(385, 'D1'))$$, :v)),
             'Not before ' || (current_date - 384) || ': the deadline to demolish it oneself%',
             'the day after the written deadline is still too early when the order was served late');
SELECT pg_temp.step(:v, 'record_enforcement_decision', pg_temp.doc(384, '关庙强拆决字〔2025〕第9号')) AS ignored \gset

-- the forced-demolition decision in the register: the review and lawsuit
-- windows run from its service
SELECT casedesk.document_issue('forced_demolition', :v, jsonb_build_object('on', (current_date - 384)::text,
        'deadline', (current_date - 374)::text, 'about', :rect)) AS fdoc \gset
SELECT pg_temp.step(:v, 'record_enforcement_notice', pg_temp.doc(150, '关庙强拆告字〔2025〕第9号')) AS ignored \gset
-- the step issued the 催告书 (migration 180); served the same day
SELECT casedesk.document_serve(pg_temp.docid(:v, 'demand'), current_date - 150, 'in_person');
SELECT casedesk.add_workdays(current_date - 150, 3) AS e \gset
SELECT alike(pg_temp.try(format($$SELECT pg_temp.step(%s, 'forced_demolish', jsonb_build_object('on', %L, 'at', '09:00'))$$, :v, :'e')),
             'Not yet: the 60 days to apply for administrative review must pass first%the period runs from the service of the 强制拆除决定书, which is not recorded.',
             'no forced demolition while the forced-demolition decision is unserved');
SELECT casedesk.document_serve(:fdoc, current_date - 380, 'post');

-- 3 working days' demand before 代履行 (行政强制法第51条)
SELECT alike(pg_temp.try(format($$SELECT pg_temp.step(%s, 'forced_demolish', jsonb_build_object('on', %L, 'at', '09:00'))$$,
                               :v, casedesk.add_workdays(current_date - 150, 2))),
             'Not before ' || :'e' || ': demand compliance 3 working days before the agency demolishes%',
             'forced demolition two working days after the demand is refused');

-- never without the hour, never at night
SELECT is(pg_temp.try(format($$SELECT pg_temp.step(%s, 'forced_demolish', jsonb_build_object('on', %L))$$, :v, :'e')),
          'The time the forced demolition starts is required (HH:MM).', 'the hour is asked');
SELECT is(pg_temp.try(format($$SELECT pg_temp.step(%s, 'forced_demolish', jsonb_build_object('on', %L, 'at', '22:00'))$$, :v, :'e')),
          'Forced demolition may not take place at night, between 22:00 and 06:00 (行政强制法第43条).',
          'refused at 22:00');
SELECT is(pg_temp.try(format($$SELECT pg_temp.step(%s, 'forced_demolish', jsonb_build_object('on', %L, 'at', '05:59'))$$, :v, :'e')),
          'Forced demolition may not take place at night, between 22:00 and 06:00 (行政强制法第43条).',
          'refused at 05:59');
SELECT is(pg_temp.try(format($$SELECT pg_temp.step(%s, 'forced_demolish', jsonb_build_object('on', %L, 'at', '9h'))$$, :v, :'e')),
          'A time is written HH:MM (24-hour clock).', 'a time that is not one is refused');

-- never on a statutory holiday: a weekday made a holiday in the calendar
:as_su
SELECT casedesk.add_workdays(:'e'::date, 1) AS hol \gset
INSERT INTO casedesk.calendar_day (day, kind, name) VALUES (:'hol', 'holiday', '测试假日');
:as_gmz
SELECT is(pg_temp.try(format($$SELECT pg_temp.step(%s, 'forced_demolish', jsonb_build_object('on', %L, 'at', '10:00'))$$, :v, :'hol')),
          'Forced demolition may not take place on a holiday or a rest day (行政强制法第43条).',
          'refused on a weekday that is a statutory holiday');
SELECT is((SELECT c.status FROM casedesk.case_file c WHERE id = :v), 'rectifying', 'nothing half-written by the refusals');

SELECT pg_temp.step(:v, 'forced_demolish', jsonb_build_object('on', :'e', 'at', '21:59', 'area', '180')) AS ignored \gset
SELECT is((SELECT c.status || ' ' || x.forced || ' ' || x.forced_at FROM casedesk.case_file c JOIN casedesk.violation x USING (id)
            WHERE id = :v), 'demolished true 21:59:00',
          'allowed on a working day at 21:59, after the demand and the windows from service, the hour kept');

-- ================================================= an expropriation household
SELECT id AS proj FROM casedesk.project WHERE code = 'chengdong' \gset
SELECT casedesk.case_create_expropriation(:proj, :gmz_v, 'household', '钉子户老孙', NULL, NULL, NULL,
                                          100, NULL, current_date - 420) AS f \gset
SELECT pg_temp.step(:f, 'survey', pg_temp.d(410)) AS ignored \gset
SELECT pg_temp.step(:f, 'assess', jsonb_build_object('on', (current_date - 400)::text, 'amount', '700000')) AS ignored \gset
SELECT pg_temp.step(:f, 'record_expropriation_decision', pg_temp.doc(390, '汉政征字〔2025〕7号')) AS ignored \gset
SELECT pg_temp.step(:f, 'record_compensation_decision', pg_temp.doc(380, '汉政补字〔2025〕17号')) AS ignored \gset
SELECT (current_date - 380 + interval '6 months')::date AS from_issue,
       (current_date - 350 + interval '6 months')::date AS from_service,
       (current_date - 350 + interval '9 months')::date AS apply_due \gset

SELECT is(pg_temp.clock(:f, 'exp_lawsuit_window'), 'waiting:-:-',
          'the lawsuit window has not started while the compensation decision is unserved');
SELECT alike(pg_temp.try(format($$SELECT pg_temp.step(%s, 'record_demand', jsonb_build_object('on', %L, 'doc_no', 'C1'))$$, :f, :'from_issue')),
             'Not yet: %the period runs from the service of the 征收补偿决定书, which is not recorded.',
             'no demand while the compensation decision is unserved');
SELECT casedesk.task_escalate(current_date) AS ignored \gset
SELECT is((SELECT count(*) FROM casedesk.inbox WHERE kind = 'legal_step_overdue' AND case_id = :f)::int, 0,
          'an unserved decision starts no period, so nothing is escalated');

-- served by post 30 days after the issue
SELECT casedesk.document_serve(pg_temp.docid(:f, 'compensation_decision'), current_date - 350, 'post');
SELECT is(pg_temp.clock(:f, 'exp_lawsuit_window'), 'open:' || :'from_service' || ':-',
          'the 6 months run from the service');
SELECT alike(pg_temp.try(format($$SELECT pg_temp.step(%s, 'record_demand', jsonb_build_object('on', %L, 'doc_no', 'C1'))$$, :f, :'from_issue')),
             'Not before ' || :'from_service' || ': the 6 months to sue%',
             'a demand 6 months after the issue but not after the service is refused');
SELECT casedesk.task_escalate(current_date) AS ignored \gset
SELECT is((SELECT string_agg(detail || '@' || ref_date, ',') FROM casedesk.inbox
            WHERE kind = 'legal_step_overdue' AND case_id = :f),
          'exp_apply_within@' || :'apply_due',
          'the application to court is escalated with its due day counted from the service');
SELECT is(pg_temp.try(format($$SELECT pg_temp.step(%s, 'record_demand', jsonb_build_object('on', %L, 'doc_no', '汉征催字〔2025〕19号'))$$,
                             :f, :'from_service')), 'ok', 'the demand is lawful once the windows from service have passed');

SELECT * FROM finish();
ROLLBACK;
