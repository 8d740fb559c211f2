-- functions/081_documents.sql: the document register (migration 081):
-- numbering, rendering, issuing (by the steps that produce a document, in
-- their transaction, and on request), service (送达), immutability.
-- One current definition of each function and trigger here; init re-runs
-- this file whenever it changes (README, HACKING).

-- 2026-12-01 → 2026年12月1日
CREATE OR REPLACE FUNCTION casedesk.doc_cn_date(d date) RETURNS text
    LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE WHEN d IS NULL THEN '＿＿＿＿年＿＿月＿＿日'
                ELSE extract(year FROM d)::int || '年' || extract(month FROM d)::int || '月'
                     || extract(day FROM d)::int || '日' END
$$;

-- The prefix of a unit's numbers: its own (doc_unit.prefix), or its name
-- without 街道办事处/街道办/镇人民政府/镇/办/区 (新城街道办 → 新城, 汉滨区 → 汉滨).
CREATE OR REPLACE FUNCTION casedesk.doc_prefix(p_unit integer) RETURNS text
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT coalesce((SELECT d.prefix FROM casedesk.doc_unit d WHERE d.unit_id = p_unit),
                    (SELECT coalesce(nullif(regexp_replace(u.name, '(街道办事处|街道办|镇人民政府|镇|办|区)$', ''), ''), u.name)
                       FROM casedesk.unit u WHERE u.id = p_unit))
$$;

-- 新城停字〔2026〕第058号
CREATE OR REPLACE FUNCTION casedesk.doc_number(p_unit integer, p_kind text, p_year integer, p_seq integer)
    RETURNS text
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT casedesk.doc_prefix(p_unit) || k.abbrev || '字〔' || p_year || '〕第'
           || lpad(p_seq::text, 3, '0') || '号'
      FROM casedesk.doc_kind k WHERE k.kind = p_kind
$$;

-- Fill {{key}} from v; a key v does not have stays as written.
CREATE OR REPLACE FUNCTION casedesk.doc_render(p_body text, v jsonb) RETURNS text
    LANGUAGE plpgsql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    k text;
    out text := p_body;
BEGIN
    FOR k IN SELECT DISTINCT m[1] FROM regexp_matches(p_body, '\{\{([a-z_0-9]+)\}\}', 'g') AS m LOOP
        IF v ? k THEN
            out := replace(out, '{{' || k || '}}', coalesce(v->>k, ''));
        END IF;
    END LOOP;
    RETURN out;
END $$;

-- What the templates may say about a case, a petition and the document a
-- receipt or a demand refers to.
CREATE OR REPLACE FUNCTION casedesk.doc_values(p_unit integer, p_case bigint, p_petition bigint,
        p_about bigint) RETURNS jsonb
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v jsonb;
BEGIN
    SELECT jsonb_build_object('issuer', u.name, 'unit_name', u.name,
               'district', coalesce((SELECT d.name FROM casedesk.unit d WHERE d.kind = 'district' ORDER BY d.id LIMIT 1), ''))
      INTO v FROM casedesk.unit u WHERE u.id = p_unit;
    IF p_case IS NOT NULL THEN
        -- place: the village and the address, without the village twice
        -- when the address already starts with it.
        v := v || (SELECT jsonb_build_object('case_no', c.case_no, 'party_name', c.party_name,
                       'address', coalesce(c.address, ''), 'village', coalesce(vl.name, ''),
                       'place', CASE WHEN vl.name IS NOT NULL AND coalesce(c.address, '') NOT LIKE vl.name || '%'
                                     THEN vl.name || coalesce(c.address, '') ELSE coalesce(c.address, '') END)
                     FROM casedesk.case_file c LEFT JOIN casedesk.village vl ON vl.id = c.village_id
                    WHERE c.id = p_case);
        v := v || coalesce((SELECT jsonb_build_object(
                       'subkind_cn', CASE x.subkind WHEN 'land' THEN '违法占地' ELSE '违法建设' END,
                       'area_m2', coalesce(x.area_m2::text, '—'), 'found_on_cn', casedesk.doc_cn_date(x.found_on),
                       'stop_no', coalesce(x.stop_notice_no, '—'), 'stop_on_cn', casedesk.doc_cn_date(x.stop_notice_on),
                       'party_id_no', '—')
                     FROM casedesk.violation x WHERE x.id = p_case), '{}');
        v := v || coalesce((SELECT jsonb_build_object(
                       'party_id_no', coalesce(x.party_id_no, '—'), 'house_area', coalesce(x.house_area::text, '—'),
                       'project_name', p.name, 'account_no', p.account_no,
                       'compensation', coalesce(to_char(x.assessed_compensation, 'FM999,999,999,990.00'), '—'),
                       'exp_decision_no', coalesce(x.expropriation_decision_no, '—'),
                       'exp_decision_on_cn', casedesk.doc_cn_date(x.expropriation_decision_on))
                     FROM casedesk.expropriation x JOIN casedesk.project p ON p.id = x.project_id
                    WHERE x.id = p_case), '{}');
        -- a petition case (functions/140): its subject, receipt and answer
        v := v || coalesce((SELECT jsonb_build_object('subject', x.subject,
                       'received_on_cn', casedesk.doc_cn_date(x.received_on),
                       'party_id_no', coalesce(x.petitioner_id_no, '—'),
                       'answer', coalesce('处理意见：' || x.answer, '本事项办结后，本机关将书面答复你。'))
                     FROM casedesk.petition_case x WHERE x.id = p_case), '{}');
    END IF;
    IF p_petition IS NOT NULL THEN
        v := v || (SELECT jsonb_build_object('party_name', pt.petitioner, 'party_id_no', '—',
                       'subject', pt.subject, 'received_on_cn', casedesk.doc_cn_date(pt.received_on),
                       'answer', coalesce('处理意见：' || pt.answer, '本事项办结后，本机关将书面答复你。'),
                       'address', '', 'village', '', 'place', '', 'case_no', '—')
                     FROM casedesk.petition pt WHERE pt.id = p_petition);
    END IF;
    IF p_about IS NOT NULL THEN
        v := v || (SELECT jsonb_build_object('about_no', d.doc_no, 'about_name', k.name,
                       'about_on_cn', casedesk.doc_cn_date(d.issued_on))
                     FROM casedesk.document d JOIN casedesk.doc_kind k ON k.kind = d.kind WHERE d.id = p_about);
    ELSE
        v := v || jsonb_build_object('about_no', '—', 'about_name', '—', 'about_on_cn', '—');
    END IF;
    RETURN v;
END $$;

-- Allocate the next number of (unit, kind, year) and write the document,
-- in the caller's transaction (see migration 081 for why this is gapless
-- and never reuses a number).  Internal: called by document_issue and by
-- the steps (step_document, functions/180: p_step names the step that
-- issued it, one document per case and step); not granted to anyone.
CREATE OR REPLACE FUNCTION casedesk.doc_issue(p_unit integer, p_kind text, p_case bigint, p_petition bigint,
        p_about bigint, p_on date, p_deadline date, p_facts text DEFAULT NULL, p_step text DEFAULT NULL)
    RETURNS casedesk.document
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    d casedesk.document;
    v jsonb;
    y integer := extract(year FROM p_on)::integer;
    n integer;
    t text;
    -- The sequence is the issuing body's: the case's unit, except for the
    -- compensation decision, which the district government makes (条例 26).
    v_issuer integer := CASE WHEN p_kind = 'compensation_decision'
        THEN coalesce((SELECT u.id FROM casedesk.unit u WHERE u.kind = 'district' ORDER BY u.id LIMIT 1), p_unit)
        ELSE p_unit END;
BEGIN
    SELECT body INTO t FROM casedesk.doc_template WHERE kind = p_kind;
    IF t IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'There is no template for this kind of document.';
    END IF;
    INSERT INTO casedesk.doc_counter AS c (unit_id, kind, year, last) VALUES (v_issuer, p_kind, y, 1)
    ON CONFLICT (unit_id, kind, year) DO UPDATE SET last = c.last + 1
    RETURNING last INTO n;
    v := casedesk.doc_values(p_unit, p_case, p_petition, p_about)
         || jsonb_build_object('doc_no', casedesk.doc_number(v_issuer, p_kind, y, n),
                'issued_on_cn', casedesk.doc_cn_date(p_on), 'deadline_cn', casedesk.doc_cn_date(p_deadline),
                'facts', coalesce(nullif(btrim(p_facts), ''), ''));
    INSERT INTO casedesk.document (unit_id, kind, year, seq, doc_no, case_id, petition_id, about_id,
                                   issued_on, deadline, party_name, party_id_no, body, sha256, issued_by, step)
    VALUES (p_unit, p_kind, y, n, v->>'doc_no', p_case, p_petition, p_about, p_on, p_deadline,
            coalesce(v->>'party_name', '—'), nullif(v->>'party_id_no', '—'),
            casedesk.doc_render(t, v),
            encode(sha256(convert_to(casedesk.doc_render(t, v), 'UTF8')), 'hex'),
            casedesk.my_official_id(), p_step)
    RETURNING * INTO d;
    RETURN d;
END $$;
REVOKE ALL ON FUNCTION casedesk.doc_issue(integer, text, bigint, bigint, bigint, date, date, text, text) FROM PUBLIC;

-- Issue a document of a case on request (催告书, 强制拆除决定书, 送达回证,
-- or any kind of the case's kind), as staff of the case's unit.  a:
-- on (date, default today), deadline (date; required for 催告书, 强制拆除
-- and decisions with a deadline), about (the id of the document it refers
-- to: required for 送达回证, 催告书 and 强制拆除决定书), facts (free text).
-- Returns the document id.
CREATE OR REPLACE FUNCTION casedesk.document_issue(p_kind text, p_case_id bigint, a jsonb DEFAULT '{}')
    RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c casedesk.case_file;
    k casedesk.doc_kind;
    ab casedesk.document;
    v_on date;
    v_dl date;
    d casedesk.document;
BEGIN
    c := casedesk.case_for_staff(p_case_id);
    SELECT * INTO k FROM casedesk.doc_kind WHERE kind = p_kind;
    IF NOT FOUND OR p_kind = 'petition_notice' OR (k.case_kind IS NOT NULL AND k.case_kind <> c.kind) THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'This kind of document cannot be issued for this case.';
    END IF;
    BEGIN
        v_on := coalesce(nullif(a->>'on', '')::date, casedesk.today());
        v_dl := nullif(a->>'deadline', '')::date;
    EXCEPTION WHEN invalid_datetime_format OR datetime_field_overflow THEN
        RAISE EXCEPTION USING ERRCODE = '22007', MESSAGE = 'Dates are written YYYY-MM-DD.';
    END;
    PERFORM casedesk.check_past(v_on, 'issue date');
    IF v_on < c.opened_on THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'A document cannot be dated before the case was opened.';
    END IF;
    IF p_kind IN ('demand', 'forced_demolition', 'rectify_decision', 'compensation_decision') AND v_dl IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'This document needs a deadline (YYYY-MM-DD).';
    END IF;
    IF v_dl < v_on THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The deadline cannot be before the issue date.';
    END IF;
    IF p_kind IN ('service_receipt', 'demand', 'forced_demolition') THEN
        SELECT * INTO ab FROM casedesk.document
         WHERE id = nullif(a->>'about', '')::bigint AND case_id = c.id AND kind <> 'service_receipt';
        IF NOT FOUND THEN
            RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'Name the document of this case that this one refers to.';
        END IF;
        IF v_on < ab.issued_on THEN
            RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'A document cannot be dated before the document it refers to.';
        END IF;
    END IF;
    d := casedesk.doc_issue(c.unit_id, p_kind, c.id, NULL, ab.id, v_on, v_dl, a->>'facts');
    RETURN d.id;
END $$;

-- The 信访 notice of a petition is issued by the petition case's accept and
-- answer steps (functions/140); document_issue_petition, which issued it for
-- a row of the older petition table, was dropped by migration 186.

-- Record how and when a document was served (送达): once, by staff of its
-- unit, not before it was issued and not in the future.
CREATE OR REPLACE FUNCTION casedesk.document_serve(p_doc_id bigint, p_on date, p_way text, p_to text DEFAULT NULL)
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    d casedesk.document;
BEGIN
    IF casedesk.my_role() IS DISTINCT FROM 'staff' THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'Only staff of the document''s unit may record its service.';
    END IF;
    SELECT * INTO d FROM casedesk.document WHERE id = p_doc_id AND unit_id = casedesk.my_unit_id() FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'This document does not exist or does not belong to your unit.';
    END IF;
    IF d.served_on IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'The service of this document is already recorded.';
    END IF;
    IF p_way IS NULL OR p_way NOT IN ('in_person', 'post', 'notice') THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'A document is served in person, by post or by public notice.';
    END IF;
    IF p_on IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The date of service is required.';
    END IF;
    PERFORM casedesk.check_past(p_on, 'date of service');
    IF p_on < d.issued_on THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = format(
            'A document cannot be served before it was issued (%s).', d.issued_on);
    END IF;
    UPDATE casedesk.document SET served_on = p_on, served_way = p_way,
           served_to = nullif(btrim(p_to), ''), served_by = casedesk.my_official_id()
     WHERE id = d.id;
END $$;

GRANT EXECUTE ON FUNCTION casedesk.document_issue(text, bigint, jsonb),
    casedesk.document_serve(bigint, date, text, text)
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector;
GRANT EXECUTE ON FUNCTION casedesk.doc_cn_date(date), casedesk.doc_prefix(integer),
    casedesk.doc_number(integer, text, integer, integer), casedesk.doc_render(text, jsonb)
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin;

-- A document is what it was issued as: only its service may be added, once.
CREATE OR REPLACE FUNCTION casedesk.document_immutable() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$ BEGIN
    IF TG_OP = 'DELETE' OR OLD.served_on IS NOT NULL
       OR (to_jsonb(NEW) - '{served_on,served_way,served_to,served_by,version}'::text[])
          IS DISTINCT FROM (to_jsonb(OLD) - '{served_on,served_way,served_to,served_by,version}'::text[]) THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'An issued document cannot be changed or deleted.';
    END IF;
    RETURN NEW;
END $$;
CREATE OR REPLACE TRIGGER document_immutable BEFORE UPDATE OR DELETE ON casedesk.document
    FOR EACH ROW EXECUTE FUNCTION casedesk.document_immutable();

-- ------------------------------------------------ documents of the steps
-- The steps that produce a document issue it themselves, in their own
-- transaction, through casedesk.step_document (functions/180).

-- ------------------------------------------------ version, audit, notify
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['doc_kind','doc_template','doc_unit','doc_counter','document'] LOOP
        EXECUTE format('CREATE OR REPLACE TRIGGER %I BEFORE UPDATE ON casedesk.%I
                        FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version()', t || '_version', t);
        -- The counter is bookkeeping: the documents themselves are audited.
        CONTINUE WHEN t = 'doc_counter';
        EXECUTE format('CREATE OR REPLACE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON casedesk.%I
                        FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger()', t);
        EXECUTE format('CREATE OR REPLACE TRIGGER notify AFTER INSERT OR UPDATE OR DELETE ON casedesk.%I
                        FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger(%L)', t,
                       CASE WHEN t = 'document' THEN 'unit' ELSE 'all' END);
    END LOOP;
END $$;
