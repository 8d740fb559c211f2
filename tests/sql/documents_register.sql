-- documents_register: the document register (issue 15, documents), as real
-- login roles.  The steps that produce a document number it from the
-- per-unit, per-kind, per-year sequence in their own transaction (a step
-- rolled back leaves no gap); the text is stored with its sha256 and both
-- are in the audit; every template has the legal basis, the party, the
-- facts, the deadline, the review/lawsuit rights, the issuer, the date, the
-- seal and signature lines; service is recorded once and never before the
-- issue date; documents cannot be changed; another town sees none.  Racing
-- transactions, PDF, CUPS and the terminal printer: tests/e2e/documents_output.sh.
-- pg_seeds: 010_places.sql 015_cases.sql
-- pg_cluster: 0.05
BEGIN;
SELECT * FROM no_plan();
\set as_gmz  'SET SESSION AUTHORIZATION gmz_01;'
\set as_ztz  'SET SESSION AUTHORIZATION ztz_01;'
\set as_dcs  'SET SESSION AUTHORIZATION dcs_01;'

CREATE FUNCTION pg_temp.step(p_case bigint, p_step text, p_args jsonb) RETURNS integer LANGUAGE sql AS $$
    SELECT casedesk.case_transition(p_case, (SELECT version FROM casedesk.case_file WHERE id = p_case), p_step, p_args)::integer $$;
CREATE FUNCTION pg_temp.on_(n integer) RETURNS jsonb LANGUAGE sql AS $$ SELECT jsonb_build_object('on', (current_date - n)::text) $$;
GRANT EXECUTE ON FUNCTION pg_temp.step(bigint, text, jsonb), pg_temp.on_(integer) TO PUBLIC;

:as_gmz
SELECT min(id) AS gmz_v FROM casedesk.village v WHERE v.unit_id = (SELECT id FROM casedesk.unit WHERE code = 'gmz') \gset
SELECT extract(year FROM current_date - 5)::int AS y \gset
SELECT casedesk.case_create_violation(:gmz_v, 'construction', 'report', current_date - 20, '冯十一', '关庙村四组', 85, 2) AS v1 \gset
SELECT casedesk.case_create_violation(:gmz_v, 'land', 'satellite', current_date - 20, '陈十二', '关庙村五组', 40, 1) AS v2 \gset
SELECT casedesk.case_create_violation(:gmz_v, 'construction', 'report', current_date - 20, '褚十三', '关庙村六组', 60, 1) AS v3 \gset
SELECT pg_temp.step(:v1, 'verify', pg_temp.on_(10)) AS ignored \gset
SELECT pg_temp.step(:v2, 'verify', pg_temp.on_(10)) AS ignored \gset
SELECT pg_temp.step(:v3, 'verify', pg_temp.on_(10)) AS ignored \gset
SELECT coalesce(max(seq), 0) AS s0 FROM casedesk.document
 WHERE kind = 'stop_order' AND year = :y AND unit_id = (SELECT id FROM casedesk.unit WHERE code = 'gmz') \gset

-- ------------------------------------------------------ numbering
SELECT pg_temp.step(:v1, 'stop_notice', pg_temp.on_(5) || '{"doc_no": "手写1号"}') AS ignored \gset
SELECT is((SELECT doc_no FROM casedesk.document WHERE case_id = :v1 AND kind = 'stop_order'),
          format('关庙停字〔%s〕第%s号', :y, lpad((:s0 + 1)::text, 3, '0')),
          'the stop-work step issues 关庙停字〔year〕第NNN号 from the unit''s sequence');
SELECT is((SELECT stop_notice_no FROM casedesk.violation WHERE id = :v1),
          (SELECT doc_no FROM casedesk.document WHERE case_id = :v1 AND kind = 'stop_order'),
          'the case''s notice number is the register''s (not the one typed)');
-- A step that rolls back gives its number back: no gap.
SAVEPOINT before_v2;
SELECT pg_temp.step(:v2, 'stop_notice', pg_temp.on_(5) || '{"doc_no": "x"}') AS ignored \gset
ROLLBACK TO SAVEPOINT before_v2;
SELECT is((SELECT count(*) FROM casedesk.document WHERE case_id = :v2)::int, 0, 'the rolled-back step left no document');
SELECT pg_temp.step(:v3, 'stop_notice', pg_temp.on_(5) || '{"doc_no": "x"}') AS ignored \gset
SELECT is((SELECT seq FROM casedesk.document WHERE case_id = :v3 AND kind = 'stop_order'), :s0 + 2,
          'the next step takes the number the rolled-back one gave back (no gap)');
SELECT pg_temp.step(:v2, 'stop_notice', pg_temp.on_(4) || '{"doc_no": "x"}') AS ignored \gset
SELECT is((SELECT seq FROM casedesk.document WHERE case_id = :v2 AND kind = 'stop_order'), :s0 + 3, 'and the one after the next');
SELECT is((SELECT count(DISTINCT doc_no) FROM casedesk.document WHERE case_id IN (:v1, :v2, :v3))::int, 3,
          'three steps, three distinct numbers');

-- ------------------------------------------------------ the text and its hash
SELECT id AS d1, body AS b1 FROM casedesk.document WHERE case_id = :v1 AND kind = 'stop_order' \gset
SELECT matches(:'b1'::text, '冯十一', 'the notice names the party');
SELECT matches(:'b1'::text, '城乡规划法》第四十条.*第六十四条', 'it cites the articles of the Planning Law');
SELECT matches(:'b1'::text, '六十日内向汉滨区人民政府申请行政复议', 'the right to review and its 60 days');
SELECT matches(:'b1'::text, '六个月内依法向人民法院提起行政诉讼', 'the right to sue and its 6 months');
SELECT matches(:'b1'::text, '执法人员（签名）', 'a signature line');
SELECT matches(:'b1'::text, '关庙镇（印章）', 'the issuing body and its seal');
SELECT matches(:'b1'::text, casedesk.doc_cn_date(current_date - 5), 'the issue date in Chinese');
SELECT doesnt_match(:'b1'::text, '\{\{', 'no placeholder is left');
SELECT doesnt_match(:'b1'::text, (SELECT name || name FROM casedesk.village WHERE id = :gmz_v),
                    'the village is not named twice when the address starts with it');
SELECT matches(:'b1'::text, '地址：关庙村四组', 'the address as recorded');
SELECT is((SELECT sha256 FROM casedesk.document WHERE id = :d1), encode(sha256(convert_to(:'b1', 'UTF8')), 'hex'),
          'the sha256 of the stored text is kept with it');

-- ------------------------------------------------------ the other kinds
SELECT pg_temp.step(:v1, 'order_rectify', pg_temp.on_(3) || jsonb_build_object('deadline', (current_date + 10)::text)) AS ignored \gset
SELECT matches((SELECT doc_no || ' ' || deadline FROM casedesk.document WHERE case_id = :v1 AND kind = 'rectify_decision'),
               format('^关庙限字〔%s〕第[0-9]{3}号 %s$', :y, current_date + 10), 'the order to demolish is a 限字 decision with its deadline');
SELECT throws_like(format($$SELECT casedesk.document_issue('demand', %s, jsonb_build_object('deadline', (current_date + 20)::text))$$, :v1),
                   '%Name the document of this case%', 'a demand must name the decision it follows');
SELECT id AS rd FROM casedesk.document WHERE case_id = :v1 AND kind = 'rectify_decision' \gset
SELECT throws_like(format($$SELECT casedesk.document_issue('demand', %s, jsonb_build_object('about', %s))$$, :v1, :rd),
                   '%needs a deadline%', 'a demand needs a deadline');
SELECT throws_like(format($$SELECT casedesk.document_issue('demand', %s, jsonb_build_object('about', %s, 'deadline', (current_date - 10)::text))$$, :v1, :rd),
                   '%deadline cannot be before the issue date%', 'a deadline before the issue date is refused');
SELECT throws_like(format($$SELECT casedesk.document_issue('compensation_decision', %s, '{}')$$, :v1),
                   '%cannot be issued for this case%', 'a compensation decision is not for a violation');
SELECT casedesk.document_issue('demand', :v1, jsonb_build_object('about', :rd, 'deadline', (current_date + 20)::text)) AS dm \gset
SELECT casedesk.document_issue('forced_demolition', :v1, jsonb_build_object('about', :rd, 'deadline', (current_date + 30)::text)) AS fd \gset
SELECT casedesk.document_issue('service_receipt', :v1, jsonb_build_object('about', :d1)) AS sr \gset

SELECT id AS proj FROM casedesk.project WHERE code = 'chengdong' \gset
SELECT casedesk.case_create_expropriation(:proj, :gmz_v, 'household', '卫十四', '11010519491231002X', NULL, '关庙村七组', 130, NULL, current_date - 100) AS e \gset
SELECT pg_temp.step(:e, 'survey', pg_temp.on_(90)) AS ignored \gset
SELECT pg_temp.step(:e, 'assess', jsonb_build_object('on', (current_date - 80)::text, 'amount', '350000')) AS ignored \gset
SELECT pg_temp.step(:e, 'record_expropriation_decision', jsonb_build_object('on', (current_date - 70)::text, 'doc_no', '汉政征字〔2026〕3号')) AS ignored \gset
SELECT pg_temp.step(:e, 'record_compensation_decision', jsonb_build_object('on', (current_date - 20)::text, 'doc_no', 'typed')) AS ignored \gset
SELECT is((SELECT compensation_decision_no FROM casedesk.expropriation WHERE id = :e),
          (SELECT doc_no FROM casedesk.document WHERE case_id = :e AND kind = 'compensation_decision'),
          'the compensation decision step issues the 补字 decision; its number is the case''s');
SELECT matches((SELECT doc_no FROM casedesk.document WHERE case_id = :e AND kind = 'compensation_decision'),
               format('^汉滨补字〔%s〕第[0-9]{3}号$', extract(year FROM current_date - 20)),
               'numbered in the district government''s sequence, which makes the decision');
-- A petition (a case of the kind petition, migration 186): accepting it
-- issues the 信访受理告知书.
SELECT casedesk.case_create_petition(:gmz_v, 'visit', current_date - 3, '卫十四', NULL, NULL, NULL,
                                     '补偿标准异议', NULL, :proj) AS pt \gset
SELECT pg_temp.step(:pt, 'accept', pg_temp.on_(2)) AS ignored \gset
SELECT id AS pn FROM casedesk.document WHERE case_id = :pt AND kind = 'petition_notice' \gset

-- Every template: the number, the party, the articles, rights, seal, date.
SELECT is((SELECT string_agg(k.kind, ',' ORDER BY k.sort) FROM casedesk.doc_kind k
            WHERE NOT EXISTS (SELECT 1 FROM casedesk.document d WHERE d.kind = k.kind AND (d.case_id IN (:v1, :e) OR d.case_id = :pt))),
          NULL, 'a document of every kind was issued');
SELECT is((SELECT string_agg(d.kind, ',') FROM casedesk.document d
            WHERE (d.case_id IN (:v1, :e) OR d.case_id = :pt)
              AND NOT (position(d.doc_no IN d.body) > 0 AND position(casedesk.document_field(d.id, 'party_name') IN d.body) > 0
                       AND d.body ~ '第[一二三四五六七八九十]+条' AND d.body ~ '（印章）'
                       AND position(casedesk.doc_cn_date(d.issued_on) IN d.body) > 0
                       AND d.body !~ '\{\{')),
          NULL, 'each has its number, the party, articles, the seal and the date, and no placeholder left');
SELECT is((SELECT string_agg(d.kind, ',') FROM casedesk.document d
            WHERE (d.case_id IN (:v1, :e) OR d.case_id = :pt) AND d.kind <> 'service_receipt'
              AND NOT (d.body ~ '复议' OR d.body ~ '复查')),
          NULL, 'each decision or notice states the review rights');
SELECT matches((SELECT body FROM casedesk.document WHERE id = :sr), (SELECT doc_no FROM casedesk.document WHERE id = :d1),
               'the service receipt names the document served');
SELECT matches((SELECT body FROM casedesk.document WHERE case_id = :e AND kind = 'compensation_decision'),
               '350,000.00元.*第二十六条|第二十六条.*350,000.00元', 'the compensation decision has the amount and article 26');
SELECT matches((SELECT body FROM casedesk.document WHERE id = :pn), '第三十四条.*第三十五条.*第三十六条',
               'the petition notice has the 60/30/30-day clocks with their articles');

-- ------------------------------------------------------ service
SELECT throws_like(format($$SELECT casedesk.document_serve(%s, current_date - 6, 'in_person', '冯十一')$$, :d1),
                   '%cannot be served before it was issued%', 'a service date before the issue date is refused');
SELECT throws_like(format($$SELECT casedesk.document_serve(%s, current_date + 1, 'in_person')$$, :d1),
                   '%future%', 'a service date in the future is refused');
SELECT throws_like(format($$SELECT casedesk.document_serve(%s, current_date - 4, 'email')$$, :d1),
                   '%in person, by post or by public notice%', 'only the three ways of service');
SELECT is((SELECT served_on FROM casedesk.document WHERE id = :d1), NULL, 'nothing half-written');
SELECT lives_ok(format($$SELECT casedesk.document_serve(%s, current_date - 4, 'in_person', '冯十一')$$, :d1), 'served in person');
SELECT is((SELECT served_on || ' ' || served_way || ' ' || casedesk.document_field(id, 'served_to') FROM casedesk.document WHERE id = :d1),
          (current_date - 4) || ' in_person 冯十一', 'the date, the way and the recipient are recorded');
SELECT throws_like(format($$SELECT casedesk.document_serve(%s, current_date - 3, 'post')$$, :d1),
                   '%already recorded%', 'service is recorded once');

-- ------------------------------------------------------ immutability, visibility, audit
SELECT throws_like(format($$SELECT party_name FROM casedesk.document WHERE id = %s$$, :d1),
                   '%permission denied%', 'the party is read through casedesk.document_field only (migration 110)');
SELECT throws_matching(format($$UPDATE casedesk.document SET body = 'x' WHERE id = %s$$, :d1),
                       'permission denied|cannot be changed', 'staff cannot edit a document');
RESET SESSION AUTHORIZATION;
SELECT throws_like(format($$UPDATE casedesk.document SET body = 'x' WHERE id = %s$$, :d1),
                   '%cannot be changed or deleted%', 'nor can the owner: the text stays as issued');
SELECT throws_like(format($$DELETE FROM casedesk.document WHERE id = %s$$, :d1),
                   '%cannot be changed or deleted%', 'a document is never deleted');
-- staged: this file is one transaction (the sealer chains rows once committed)
SELECT is((SELECT count(*) FROM casedesk.audit_pending WHERE chain = 'audit_log' AND table_name = 'document' AND op = 'INSERT' AND row_id = :d1
              AND new_row->>'body' = :'b1'::text AND new_row->>'sha256' = encode(sha256(convert_to(:'b1', 'UTF8')), 'hex'))::int,
          1, 'the rendered text and its sha256 are in the audit chain');
:as_ztz
SELECT is((SELECT count(*) FROM casedesk.document WHERE case_id = :v1)::int, 0, 'another town sees none of the documents');
SELECT throws_like(format($$SELECT casedesk.document_serve(%s, current_date, 'post')$$, :dm),
                   '%does not exist or does not belong to your unit%', 'nor can it serve them');
:as_dcs
SELECT is((SELECT count(*) FROM casedesk.document WHERE case_id = :v1)::int, 5, 'a supervisor reads them');
SELECT throws_like(format($$SELECT casedesk.document_issue('demand', %s, '{}')$$, :v1),
                   '%Only staff%', 'but issues none');

SELECT * FROM finish();
ROLLBACK;
