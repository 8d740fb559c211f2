-- step_documents: the enforcement and decision steps issue their documents
-- (issue 15, item 1; migration 180), as real login roles.  Each step —
-- 责令停止, 限期拆除决定, 强制拆除决定, 公告催告 of a violation; 征收补偿决定
-- and 催告 of an expropriation household — leaves exactly one document of
-- its kind in the register, numbered from the issuing body's per-year
-- sequence in the step's own transaction, and the case carries that
-- number; a step rolled back or refused consumes no number (the next one
-- takes it); a step done again issues nothing new; the periods the law
-- counts from the document's service have not started until it is served
-- and start from the day it was.  Everything is rolled back.
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
-- the kinds of the documents of a case, in order
CREATE FUNCTION pg_temp.docs(p_case bigint) RETURNS text LANGUAGE sql AS $$
    SELECT coalesce(string_agg(kind, ',' ORDER BY id), '')
      FROM casedesk.document WHERE case_id = p_case $$;
CREATE FUNCTION pg_temp.docid(p_case bigint, p_kind text) RETURNS bigint LANGUAGE sql AS $$
    SELECT max(id) FROM casedesk.document WHERE case_id = p_case AND kind = p_kind $$;
CREATE FUNCTION pg_temp.y(n integer) RETURNS text LANGUAGE sql AS $$
    SELECT extract(year FROM current_date - n)::text $$;
GRANT EXECUTE ON FUNCTION pg_temp.clock(bigint, text), pg_temp.docs(bigint),
    pg_temp.docid(bigint, text), pg_temp.y(integer) TO PUBLIC;

:as_gmz
SELECT min(v.id) AS gmz_v FROM casedesk.village v WHERE v.unit_id = casedesk.my_unit_id() \gset

-- ============================================================ a violation
SELECT casedesk.case_create_violation(:gmz_v, 'construction', 'report', current_date - 400, '违建户周某', '关庙村七组', 150, 2)
    AS v \gset
SELECT pg_temp.step(:v, 'verify', pg_temp.d(399)) AS ignored \gset
SELECT pg_temp.step(:v, 'stop_notice', pg_temp.doc(398, '手写1号')) AS ignored \gset
SELECT is(pg_temp.docs(:v), 'stop_order', 'the stop-work step issues one 责令停止违法行为通知书');
SELECT matches((SELECT doc_no FROM casedesk.document WHERE case_id = :v), '^关庙停字〔' || pg_temp.y(398) || '〕第[0-9]{3}号$',
               'numbered 关庙停字〔year〕第NNN号');
SELECT is((SELECT stop_notice_no FROM casedesk.violation WHERE id = :v),
          (SELECT doc_no FROM casedesk.document WHERE case_id = :v), 'the case carries the register''s number');
SELECT pg_temp.step(:v, 'order_rectify', jsonb_build_object('on', (current_date - 397)::text,
                                                           'deadline', (current_date - 390)::text)) AS ignored \gset
SELECT is(pg_temp.docs(:v), 'stop_order,rectify_decision',
          'the order to demolish issues one 限期拆除（改正）决定书');
SELECT casedesk.document_serve(pg_temp.docid(:v, 'rectify_decision'), current_date - 397, 'in_person');

-- the forced-demolition decision: issued by the step, its number on the case
SELECT pg_temp.step(:v, 'record_enforcement_decision', pg_temp.doc(380, '手写2号')) AS ignored \gset
SELECT is(pg_temp.docs(:v), 'stop_order,rectify_decision,forced_demolition',
          'the forced-demolition decision step issues one 强制拆除决定书');
SELECT is((SELECT d.doc_no || '|' || d.issued_on || '|' || d.deadline || '|' || (d.about_id = pg_temp.docid(:v, 'rectify_decision'))
             FROM casedesk.document d WHERE d.id = pg_temp.docid(:v, 'forced_demolition')),
          (SELECT enforcement_decision_no FROM casedesk.violation WHERE id = :v) || '|' || (current_date - 380)
              || '|' || (current_date - 370) || '|true',
          'numbered, dated the step''s day, 10 days to comply, referring to the 限期拆除 decision; the case carries its number');
SELECT matches((SELECT enforcement_decision_no FROM casedesk.violation WHERE id = :v),
               '^关庙强拆字〔' || pg_temp.y(380) || '〕第[0-9]{3}号$', 'numbered 关庙强拆字〔year〕第NNN号');
SELECT matches((SELECT body FROM casedesk.document WHERE id = pg_temp.docid(:v, 'forced_demolition')), '违建户周某',
               'the decision names the party');
-- the review window runs from the decision's service: not started before
SELECT is(pg_temp.clock(:v, 'vio_review_window'), 'waiting:-:-', 'the review window waits for the service of the decision');
SELECT casedesk.document_serve(pg_temp.docid(:v, 'forced_demolition'), current_date - 378, 'in_person');
SELECT is(pg_temp.clock(:v, 'vio_review_window'), 'open:' || (current_date - 378 + 60) || ':-',
          'and runs 60 days from the day it was served');

-- the demand: refused too early consumes no number
SELECT count(*) AS n_before FROM casedesk.document WHERE kind = 'demand' \gset
SELECT alike(pg_temp.try(format($$SELECT pg_temp.step(%s, 'record_enforcement_notice', pg_temp.doc(381, 'x'))$$, :v)),
             '%', 'a demand dated before the decision is refused');
SELECT is((SELECT count(*) FROM casedesk.document WHERE kind = 'demand')::int, :n_before::int,
          'the refused step issued no document');
SELECT pg_temp.step(:v, 'record_enforcement_notice', pg_temp.doc(370, '手写3号')) AS ignored \gset
SELECT is((SELECT string_agg(kind, ',' ORDER BY id) FROM casedesk.document WHERE case_id = :v AND kind = 'demand'), 'demand',
          'the demand step issues one 催告书');
SELECT is((SELECT d.doc_no || '|' || d.deadline || '|' || (d.about_id = pg_temp.docid(:v, 'forced_demolition'))
             FROM casedesk.document d WHERE d.id = pg_temp.docid(:v, 'demand')),
          (SELECT enforcement_notice_no FROM casedesk.violation WHERE id = :v) || '|'
              || casedesk.add_workdays(current_date - 370, 3) || '|true',
          'the demand gives 3 working days and refers to the decision; the case carries its number');
SELECT matches((SELECT enforcement_notice_no FROM casedesk.violation WHERE id = :v),
               '^关庙催字〔' || pg_temp.y(370) || '〕第[0-9]{3}号$', 'numbered 关庙催字〔year〕第NNN号');
-- the 3 working days before 代履行 run from the demand's service
SELECT is(pg_temp.clock(:v, 'vio_demand_3wd'), 'waiting:-:-', 'the 3 working days wait for the service of the demand');
SELECT (SELECT d::date FROM generate_series(current_date - 100, current_date - 80, interval '1 day') d
         WHERE casedesk.is_workday(d::date) ORDER BY d LIMIT 1) AS vworkday \gset
SELECT alike(pg_temp.try(format($$SELECT pg_temp.step(%s, 'forced_demolish', jsonb_build_object('on', %L, 'at', '09:00'))$$, :v, :'vworkday')),
             'Not yet: demand compliance 3 working days%the period runs from the service of the 催告书, which is not recorded.',
             'no forced demolition while the demand is unserved');
SELECT casedesk.document_serve(pg_temp.docid(:v, 'demand'), current_date - 368, 'notice');
SELECT is(pg_temp.clock(:v, 'vio_demand_3wd'), 'open:' || casedesk.add_workdays(current_date - 368, 3) || ':-',
          'and start on the day it was served');
SELECT pg_temp.step(:v, 'forced_demolish', jsonb_build_object('on', :'vworkday', 'at', '09:00')) AS ignored \gset
SELECT is((SELECT status FROM casedesk.case_file WHERE id = :v), 'demolished', 'the whole route goes through');
SELECT is((SELECT count(*) FROM casedesk.document WHERE case_id = :v)::int, 4,
          'four steps with documents, four documents');
SELECT is((SELECT string_agg(step, ',' ORDER BY id) FROM casedesk.document WHERE case_id = :v),
          'stop_notice,order_rectify,record_enforcement_decision,record_enforcement_notice',
          'each document names the step that issued it');

-- the same step again issues nothing new (the helper itself, as the owner)
:as_su
SELECT is((SELECT (casedesk.step_document(c, 'record_enforcement_notice', current_date - 1, current_date + 5)).id
             FROM casedesk.case_file c WHERE c.id = :v), pg_temp.docid(:v, 'demand'),
          'a step done again returns the document it issued');
SELECT is((SELECT count(*) FROM casedesk.document WHERE case_id = :v AND kind = 'demand')::int, 1, 'still one demand');
SELECT is((SELECT casedesk.step_document(c, 'verify', current_date, NULL) IS NULL FROM casedesk.case_file c WHERE c.id = :v),
          true, 'a step without a document issues none');
:as_gmz

-- ================================================= two expropriation households
SELECT id AS proj FROM casedesk.project WHERE code = 'chengdong' \gset
SELECT casedesk.case_create_expropriation(:proj, :gmz_v, 'household', '钉子户吴某', NULL, NULL, NULL,
                                          100, NULL, current_date - 420) AS f \gset
SELECT casedesk.case_create_expropriation(:proj, :gmz_v, 'household', '钉子户郑某', NULL, NULL, NULL,
                                          90, NULL, current_date - 420) AS g \gset
SELECT pg_temp.step(:f, 'survey', pg_temp.d(410)) AS ignored \gset
SELECT pg_temp.step(:f, 'assess', jsonb_build_object('on', (current_date - 400)::text, 'amount', '700000')) AS ignored \gset
SELECT pg_temp.step(:f, 'record_expropriation_decision', pg_temp.doc(390, '汉政征字〔2025〕8号')) AS ignored \gset
SELECT pg_temp.step(:g, 'survey', pg_temp.d(410)) AS ignored \gset
SELECT pg_temp.step(:g, 'assess', jsonb_build_object('on', (current_date - 400)::text, 'amount', '600000')) AS ignored \gset
SELECT pg_temp.step(:g, 'record_expropriation_decision', pg_temp.doc(390, '汉政征字〔2025〕8号')) AS ignored \gset
SELECT is(pg_temp.docs(:f), '', 'the expropriation decision (the project''s) is not a document of the household');

-- a compensation decision rolled back gives its number back
SELECT coalesce(max(seq), 0) AS s0 FROM casedesk.document WHERE kind = 'compensation_decision' AND year = pg_temp.y(380)::int \gset
SAVEPOINT before_f;
SELECT pg_temp.step(:f, 'record_compensation_decision', pg_temp.doc(380, 'x')) AS ignored \gset
SELECT is((SELECT seq FROM casedesk.document WHERE case_id = :f), :s0 + 1, 'the decision took the next number');
ROLLBACK TO SAVEPOINT before_f;
SELECT is(pg_temp.docs(:f), '', 'the rolled-back step left no document');
-- a refused one (dated before the expropriation decision) takes none
SELECT alike(pg_temp.try(format($$SELECT pg_temp.step(%s, 'record_compensation_decision', pg_temp.doc(395, 'x'))$$, :g)),
             'The compensation decision cannot be dated before the expropriation decision%', 'a decision dated too early is refused');
SELECT pg_temp.step(:g, 'record_compensation_decision', pg_temp.doc(380, 'x')) AS ignored \gset
SELECT is((SELECT seq FROM casedesk.document WHERE case_id = :g), :s0 + 1,
          'the next decision takes the number the rolled-back and the refused steps did not use');
SELECT pg_temp.step(:f, 'record_compensation_decision', pg_temp.doc(380, 'x')) AS ignored \gset
SELECT is((SELECT seq FROM casedesk.document WHERE case_id = :f), :s0 + 2, 'and the one after it the next');
SELECT is(pg_temp.docs(:f), 'compensation_decision', 'one 征收补偿决定书');
SELECT matches((SELECT compensation_decision_no FROM casedesk.expropriation WHERE id = :f),
               '^汉滨补字〔' || pg_temp.y(380) || '〕第[0-9]{3}号$', 'numbered by the district, 汉滨补字〔year〕第NNN号, on the case');
-- twice: the second is refused and nothing is issued
SELECT alike(pg_temp.try(format($$SELECT pg_temp.step(%s, 'record_compensation_decision', pg_temp.doc(379, 'x'))$$, :f)),
             'The compensation decision is already recorded.', 'the same step twice is refused');
SELECT is((SELECT count(*) FROM casedesk.document WHERE case_id = :f)::int, 1, 'still one document');

-- the windows run from the decision's service; then the demand
SELECT casedesk.document_serve(pg_temp.docid(:f, 'compensation_decision'), current_date - 370, 'post');
SELECT (current_date - 370 + interval '6 months')::date AS dem_on \gset
SELECT pg_temp.step(:f, 'record_demand', jsonb_build_object('on', :'dem_on', 'doc_no', '手写催1号')) AS ignored \gset
SELECT is(pg_temp.docs(:f), 'compensation_decision,demand',
          'the demand step issues one 催告书');
SELECT is((SELECT d.doc_no || '|' || d.deadline || '|' || (d.about_id = pg_temp.docid(:f, 'compensation_decision'))
             FROM casedesk.document d WHERE d.id = pg_temp.docid(:f, 'demand')),
          (SELECT demand_no FROM casedesk.expropriation WHERE id = :f) || '|'
              || casedesk.add_workdays(:'dem_on'::date, 10) || '|true',
          '10 working days to comply, referring to the compensation decision; the case carries its number');
SELECT is(pg_temp.clock(:f, 'exp_demand_then_apply'), 'waiting:-:-',
          'the 10 working days before the court wait for the service of the demand');
SELECT alike(pg_temp.try(format($$SELECT pg_temp.step(%s, 'record_court_application', jsonb_build_object('on', %L, 'doc_no', 'A1'))$$,
                               :f, casedesk.add_workdays(:'dem_on'::date, 20))),
             'Not yet: the court may be asked only 10 working days after the demand%the period runs from the service of the 催告书, which is not recorded.',
             'no application to court while the demand is unserved');
SELECT casedesk.document_serve(pg_temp.docid(:f, 'demand'), (:'dem_on'::date + 2), 'in_person');
SELECT is(pg_temp.clock(:f, 'exp_demand_then_apply'), 'open:' || casedesk.add_workdays(:'dem_on'::date + 2, 10) || ':-',
          'they start on the day the demand was served');

:as_su
-- The steps that number their document from the register do not ask for a
-- number (migration 200); those that record another body's document do.
SELECT is((SELECT string_agg(kind || '.' || step, ' ' ORDER BY kind, step) FROM casedesk.case_step k
            WHERE 'doc_no' = ANY (k.needs) AND casedesk.step_doc_kind(k.kind, k.step) IS NOT NULL),
          NULL, 'no step that the register numbers asks for a document number');
SELECT ok((SELECT 'doc_no' = ANY (needs) FROM casedesk.case_step
            WHERE kind = 'expropriation' AND step = 'record_court_application'),
          'the application to court (the court''s number) is still asked for');
SELECT * FROM finish();
ROLLBACK;
