-- functions/030_discipline.sql: flagging an official, the inspectors' workflow, logged reads,
-- statistics and evidence.
-- One current definition of each function, view and trigger here; init
-- re-runs this file whenever it changes (README, HACKING).

CREATE OR REPLACE TRIGGER discipline_record_version BEFORE UPDATE ON casedesk.discipline_record
    FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();
CREATE OR REPLACE TRIGGER discipline_flagger_version BEFORE UPDATE ON casedesk.discipline_flagger
    FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();
CREATE OR REPLACE TRIGGER discipline_link_version BEFORE UPDATE ON casedesk.discipline_link
    FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();
CREATE OR REPLACE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON casedesk.discipline_record
    FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger('discipline');
CREATE OR REPLACE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON casedesk.discipline_flagger
    FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger('discipline');
CREATE OR REPLACE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON casedesk.discipline_link
    FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger('discipline');

-- A fresh receipt: 48 random bits.
CREATE OR REPLACE FUNCTION casedesk.discipline_new_receipt() RETURNS text
    LANGUAGE sql VOLATILE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT 'JB-' || substr(h, 1, 4) || '-' || substr(h, 5, 4) || '-' || substr(h, 9, 4)
    FROM (SELECT upper(replace(gen_random_uuid()::text, '-', '')) AS h) s
$$;

-- Insert a record with its flagger row and links; shared by flag_official and
-- the automatic inaction flag.  Not granted to anyone.
CREATE OR REPLACE FUNCTION casedesk.discipline_insert(p_official_id integer, p_category text,
        p_facts text, p_source text, p_flagger integer,
        p_case_ids bigint[], p_task_ids bigint[])
    RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_unit    integer;
    v_id      bigint;
    v_receipt text;
BEGIN
    SELECT unit_id INTO v_unit FROM casedesk.official WHERE id = p_official_id;
    INSERT INTO casedesk.discipline_record (official_id, unit_id, category, facts, source)
        VALUES (p_official_id, v_unit, p_category, btrim(p_facts), p_source)
        RETURNING id INTO v_id;
    LOOP
        v_receipt := casedesk.discipline_new_receipt();
        EXIT WHEN NOT EXISTS (SELECT 1 FROM casedesk.discipline_flagger WHERE receipt = v_receipt);
    END LOOP;
    INSERT INTO casedesk.discipline_flagger (record_id, flagger_id, receipt)
        VALUES (v_id, p_flagger, v_receipt);
    INSERT INTO casedesk.discipline_link (record_id, case_id)
        SELECT DISTINCT v_id, c FROM unnest(coalesce(p_case_ids, '{}')) c;
    INSERT INTO casedesk.discipline_link (record_id, task_id)
        SELECT DISTINCT v_id, t FROM unnest(coalesce(p_task_ids, '{}')) t;
    RETURN v_receipt;
END $$;

-- Anyone may flag an official.  Every refusal is about the input alone and
-- says nothing about records that exist.
CREATE OR REPLACE FUNCTION casedesk.flag_official(p_official_id integer, p_category text,
        p_facts text, p_case_ids bigint[] DEFAULT NULL, p_task_ids bigint[] DEFAULT NULL)
    RETURNS text
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_me  integer := casedesk.my_official_id();
    v_role text := casedesk.my_role();
    v_bad bigint;
BEGIN
    IF v_me IS NULL THEN
        RAISE EXCEPTION USING MESSAGE = 'Only active casedesk users may flag an official.',
            ERRCODE = '42501';
    END IF;
    IF p_official_id IS NULL OR NOT EXISTS (SELECT 1 FROM casedesk.official
            WHERE id = p_official_id AND NOT disabled) THEN
        RAISE EXCEPTION USING MESSAGE = 'The flagged official does not exist or is no longer active.',
            ERRCODE = '23514';
    END IF;
    IF p_category IS NULL OR p_category NOT IN
            ('soliciting','favouritism','leaking','abuse','inaction','reckless','other') THEN
        RAISE EXCEPTION USING MESSAGE = 'The category must be one of soliciting, favouritism, leaking, abuse, inaction, reckless or other.',
            ERRCODE = '23514';
    END IF;
    IF p_facts IS NULL OR btrim(p_facts) = '' THEN
        RAISE EXCEPTION USING MESSAGE = 'The facts of the flag must not be empty.', ERRCODE = '23514';
    END IF;
    IF length(p_facts) > 20000 THEN
        RAISE EXCEPTION USING MESSAGE = 'The facts of the flag must be at most 20000 characters.',
            ERRCODE = '23514';
    END IF;
    -- Cases and tasks cited must be ones the flagger can see (definer rights
    -- would otherwise make this an oracle for other units' rows); a hidden
    -- and a missing one get the same sentence, without echoing the number.
    SELECT c INTO v_bad FROM unnest(coalesce(p_case_ids, '{}')) c
        WHERE c IS NULL OR NOT EXISTS (SELECT 1 FROM casedesk.case_file f WHERE f.id = c
              AND (v_role IN ('supervisor', 'inspector') OR (v_role = 'staff' AND f.unit_id = casedesk.my_unit_id())))
        LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION USING MESSAGE = 'Each case named in the flag must be one you can see.', ERRCODE = '23514';
    END IF;
    SELECT t INTO v_bad FROM unnest(coalesce(p_task_ids, '{}')) t
        WHERE t IS NULL OR NOT EXISTS (SELECT 1 FROM casedesk.task k WHERE k.id = t
              AND (v_role IN ('supervisor', 'inspector') OR (v_role = 'staff' AND k.id IN (SELECT casedesk.my_task_ids()))))
        LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION USING MESSAGE = 'Each task named in the flag must be one you can see.', ERRCODE = '23514';
    END IF;
    RETURN casedesk.discipline_insert(p_official_id, p_category, p_facts, 'flag', v_me,
                                      p_case_ids, p_task_ids);
END $$;

-- 'open' or 'closed' for a receipt the caller filed; NULL for any other
-- string (another person's receipt and a made-up one look the same).
CREATE OR REPLACE FUNCTION casedesk.flag_receipt_status(p_receipt text) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE WHEN r.status IN ('set_aside','concluded') THEN 'closed' ELSE 'open' END
    FROM casedesk.discipline_flagger f
    JOIN casedesk.discipline_record r ON r.id = f.record_id
    WHERE f.receipt = upper(btrim(p_receipt))
      AND f.flagger_id = casedesk.my_official_id()
$$;

-- The receipts the caller filed, with their open/closed state only.
CREATE OR REPLACE FUNCTION casedesk.my_flag_receipts()
    RETURNS TABLE (receipt text, filed_on date, state text)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT f.receipt, casedesk.day_of(r.received_at),
           CASE WHEN r.status IN ('set_aside','concluded') THEN 'closed' ELSE 'open' END
    FROM casedesk.discipline_flagger f
    JOIN casedesk.discipline_record r ON r.id = f.record_id
    WHERE f.flagger_id = casedesk.my_official_id()
    ORDER BY r.received_at DESC
$$;

GRANT EXECUTE ON FUNCTION casedesk.flag_official(integer, text, text, bigint[], bigint[]),
                          casedesk.flag_receipt_status(text),
                          casedesk.my_flag_receipts()
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin;

-- Defence in depth: no discipline function is executable by PUBLIC, whatever
-- the default privileges in force when this runs.
DO $$
DECLARE f regprocedure;
BEGIN
    FOR f IN SELECT p.oid::regprocedure FROM pg_proc p
              WHERE p.pronamespace = 'casedesk'::regnamespace
                AND (p.proname LIKE 'discipline\_%' OR p.proname LIKE 'flag\_%'
                     OR p.proname IN ('my_flag_receipts','log_discipline_read'))
    LOOP
        EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f);
    END LOOP;
END $$;
-- Workflow: the inspector's workflow and logged reads.
--
--   received ──start_review──► preliminary_review ──route──► talk_letter
--                                   │                        investigation
--                                   │                        set_aside (final)
--                                   └──conclude──► concluded (final)
--   talk_letter ──route──► investigation;  talk_letter, investigation ──conclude──► concluded
--
-- Every function checks that the caller is an active inspector, that the
-- record is not about the caller, the state, and (when given) the version
-- the caller's screen was showing.

-- The record, locked, after all checks common to every transition.  A record
-- about the caller is reported exactly like a missing one.
CREATE OR REPLACE FUNCTION casedesk.discipline_lock(p_id bigint, p_version integer)
    RETURNS casedesk.discipline_record
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    r casedesk.discipline_record;
BEGIN
    IF casedesk.my_role() IS DISTINCT FROM 'inspector' THEN
        RAISE EXCEPTION USING MESSAGE = 'Only discipline inspectors may manage discipline records.',
            ERRCODE = '42501';
    END IF;
    SELECT * INTO r FROM casedesk.discipline_record WHERE id = p_id FOR UPDATE;
    IF NOT FOUND OR r.official_id = casedesk.my_official_id() THEN
        RAISE EXCEPTION USING MESSAGE = format('Discipline record %s does not exist.', coalesce(p_id::text, 'NULL')),
            ERRCODE = 'P0002';
    END IF;
    IF p_version IS NOT NULL AND r.version <> p_version THEN
        RAISE EXCEPTION USING MESSAGE = 'The discipline record was changed by someone else; reload it and try again.',
            ERRCODE = '40001';
    END IF;
    RETURN r;
END $$;

CREATE OR REPLACE FUNCTION casedesk.discipline_start_review(p_id bigint, p_due date DEFAULT NULL,
        p_version integer DEFAULT NULL)
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    r     casedesk.discipline_record := casedesk.discipline_lock(p_id, p_version);
    v_due date := coalesce(p_due, casedesk.today() + 30);
BEGIN
    IF r.status <> 'received' THEN
        RAISE EXCEPTION USING MESSAGE = format('Preliminary review can start only on a received record; this one is %s.', r.status),
            ERRCODE = 'P0001';
    END IF;
    IF v_due < casedesk.today() THEN
        RAISE EXCEPTION USING MESSAGE = 'The preliminary review deadline must not be in the past.',
            ERRCODE = '23514';
    END IF;
    UPDATE casedesk.discipline_record
       SET status = 'preliminary_review', review_started_on = casedesk.today(),
           review_due = v_due, reviewer_id = casedesk.my_official_id()
     WHERE id = p_id;
END $$;

-- preliminary_review → talk_letter | investigation | set_aside;
-- talk_letter → investigation.
CREATE OR REPLACE FUNCTION casedesk.discipline_route(p_id bigint, p_to text, p_note text DEFAULT NULL,
        p_version integer DEFAULT NULL)
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    r casedesk.discipline_record := casedesk.discipline_lock(p_id, p_version);
BEGIN
    IF p_to IS NULL OR p_to NOT IN ('talk_letter','investigation','set_aside') THEN
        RAISE EXCEPTION USING MESSAGE = 'The next step must be talk_letter, investigation or set_aside.',
            ERRCODE = '23514';
    END IF;
    IF NOT (r.status = 'preliminary_review'
            OR (r.status = 'talk_letter' AND p_to = 'investigation')) THEN
        RAISE EXCEPTION USING MESSAGE = format('A %s record cannot move to %s.', r.status, p_to),
            ERRCODE = 'P0001';
    END IF;
    IF p_to = 'set_aside' AND (p_note IS NULL OR btrim(p_note) = '') THEN
        RAISE EXCEPTION USING MESSAGE = 'Setting a record aside needs a reason in the note.',
            ERRCODE = '23514';
    END IF;
    UPDATE casedesk.discipline_record
       SET status = p_to,
           note = CASE WHEN p_note IS NULL OR btrim(p_note) = '' THEN note
                       ELSE concat_ws(E'\n', note, btrim(p_note)) END,
           closed_at = CASE WHEN p_to = 'set_aside' THEN now() END
     WHERE id = p_id;
END $$;

-- preliminary_review | talk_letter | investigation → concluded, with the
-- disposition, its date and the decision document number.
CREATE OR REPLACE FUNCTION casedesk.discipline_conclude(p_id bigint, p_disposition text,
        p_decided_on date, p_decision_no text, p_note text DEFAULT NULL,
        p_version integer DEFAULT NULL)
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    r casedesk.discipline_record := casedesk.discipline_lock(p_id, p_version);
BEGIN
    IF r.status NOT IN ('preliminary_review','talk_letter','investigation') THEN
        RAISE EXCEPTION USING MESSAGE = format('Only a record under review, talk letter or investigation can be concluded; this one is %s.', r.status),
            ERRCODE = 'P0001';
    END IF;
    IF p_disposition IS NULL OR p_disposition NOT IN ('no_violation','reminder_talk','criticism',
            'warning','serious_warning','removal','judicial_referral') THEN
        RAISE EXCEPTION USING MESSAGE = 'The disposition must be one of no_violation, reminder_talk, criticism, warning, serious_warning, removal or judicial_referral.',
            ERRCODE = '23514';
    END IF;
    IF p_decision_no IS NULL OR btrim(p_decision_no) = '' THEN
        RAISE EXCEPTION USING MESSAGE = 'The decision document number is required to conclude a record.',
            ERRCODE = '23514';
    END IF;
    IF p_decided_on IS NULL OR p_decided_on > casedesk.today() THEN
        RAISE EXCEPTION USING MESSAGE = 'The decision date is required and must not be in the future.',
            ERRCODE = '23514';
    END IF;
    IF p_decided_on < casedesk.day_of(r.received_at) THEN
        RAISE EXCEPTION USING MESSAGE = 'The decision date must not be before the flag was received.',
            ERRCODE = '23514';
    END IF;
    UPDATE casedesk.discipline_record
       SET status = 'concluded', disposition = p_disposition, disposition_on = p_decided_on,
           decision_no = btrim(p_decision_no), decided_by = casedesk.my_official_id(),
           note = CASE WHEN p_note IS NULL OR btrim(p_note) = '' THEN note
                       ELSE concat_ws(E'\n', note, btrim(p_note)) END,
           closed_at = now()
     WHERE id = p_id;
END $$;

GRANT EXECUTE ON FUNCTION casedesk.discipline_start_review(bigint, date, integer),
                          casedesk.discipline_route(bigint, text, text, integer),
                          casedesk.discipline_conclude(bigint, text, date, text, text, integer)
    TO casedesk_inspector;

-- Refuse anyone but an active inspector, before any row is touched.
CREATE OR REPLACE FUNCTION casedesk.discipline_require_inspector() RETURNS integer
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF casedesk.my_role() IS DISTINCT FROM 'inspector' THEN
        RAISE EXCEPTION USING MESSAGE = 'Only discipline inspectors may read discipline records.',
            ERRCODE = '42501';
    END IF;
    RETURN casedesk.my_official_id();
END $$;

-- One page of records, newest first (keyset: pass the last id seen; ids
-- are random, the order is by received_at).  Every record returned is
-- logged as read.
CREATE OR REPLACE FUNCTION casedesk.discipline_list(p_status text DEFAULT NULL, p_category text DEFAULT NULL,
        p_unit_id integer DEFAULT NULL, p_official_id integer DEFAULT NULL,
        p_before_id bigint DEFAULT NULL, p_limit integer DEFAULT 50)
    RETURNS TABLE (id bigint, receipt text, official_id integer, official_name text,
                   unit_id integer, unit_name text, category text, source text, status text,
                   received_at timestamptz, review_due date, overdue boolean,
                   disposition text, decision_no text, version integer)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_me  integer := casedesk.discipline_require_inspector();
    v_ids bigint[];
BEGIN
    -- pick the page first, so that exactly what is returned gets logged
    SELECT coalesce(array_agg(x.id), '{}') INTO v_ids
      FROM (SELECT r.id FROM casedesk.discipline_record r
             WHERE r.official_id <> v_me
               AND (p_status IS NULL OR r.status = p_status
                    OR (p_status = 'open' AND r.status NOT IN ('set_aside','concluded')))
               AND (p_category IS NULL OR r.category = p_category)
               AND (p_unit_id IS NULL OR r.unit_id = p_unit_id)
               AND (p_official_id IS NULL OR r.official_id = p_official_id)
               AND (p_before_id IS NULL OR (r.received_at, r.id) <
                    (SELECT b.received_at, b.id FROM casedesk.discipline_record b WHERE b.id = p_before_id))
             ORDER BY r.received_at DESC, r.id DESC
             LIMIT greatest(1, least(coalesce(p_limit, 50), 500))) x;
    PERFORM casedesk.log_discipline_read('discipline_record', i) FROM unnest(v_ids) i;
    RETURN QUERY
    SELECT r.id, f.receipt, r.official_id, o.name, r.unit_id, u.name, r.category, r.source,
           r.status, r.received_at, r.review_due,
           (r.status = 'preliminary_review' AND r.review_due < casedesk.today()),
           r.disposition, r.decision_no, r.version
      FROM casedesk.discipline_record r
      JOIN casedesk.discipline_flagger f ON f.record_id = r.id
      JOIN casedesk.official o ON o.id = r.official_id
      JOIN casedesk.unit u ON u.id = r.unit_id
     WHERE r.id = ANY (v_ids)
     ORDER BY r.received_at DESC, r.id DESC;
END $$;

-- One record in full, with the flagger and the linked cases and tasks.
CREATE OR REPLACE FUNCTION casedesk.discipline_get(p_id bigint)
    RETURNS TABLE (id bigint, receipt text, official_id integer, official_name text,
                   official_login text, unit_id integer, unit_name text, category text,
                   facts text, source text, status text, received_at timestamptz,
                   review_started_on date, review_due date, reviewer_name text, note text,
                   disposition text, disposition_on date, decision_no text,
                   decided_by_name text, closed_at timestamptz, flagger_name text,
                   flagger_unit text, case_ids bigint[], task_ids bigint[], version integer)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_me integer := casedesk.discipline_require_inspector();
BEGIN
    RETURN QUERY
    SELECT r.id, f.receipt, r.official_id, o.name, o.login, r.unit_id, u.name, r.category,
           r.facts, r.source, r.status, r.received_at, r.review_started_on, r.review_due,
           rv.name, r.note, r.disposition, r.disposition_on, r.decision_no, dc.name,
           r.closed_at, fl.name, fu.name,
           ARRAY(SELECT l.case_id FROM casedesk.discipline_link l
                  WHERE l.record_id = r.id AND l.case_id IS NOT NULL ORDER BY l.case_id),
           ARRAY(SELECT l.task_id FROM casedesk.discipline_link l
                  WHERE l.record_id = r.id AND l.task_id IS NOT NULL ORDER BY l.task_id),
           r.version
      FROM casedesk.discipline_record r
      JOIN casedesk.discipline_flagger f ON f.record_id = r.id
      JOIN casedesk.official o ON o.id = r.official_id
      JOIN casedesk.unit u ON u.id = r.unit_id
      LEFT JOIN casedesk.official rv ON rv.id = r.reviewer_id
      LEFT JOIN casedesk.official dc ON dc.id = r.decided_by
      LEFT JOIN casedesk.official fl ON fl.id = f.flagger_id
      LEFT JOIN casedesk.unit fu ON fu.id = fl.unit_id
     WHERE r.id = p_id AND r.official_id <> v_me;
    IF FOUND THEN
        PERFORM casedesk.log_discipline_read('discipline_record', p_id);
    END IF;
END $$;

GRANT EXECUTE ON FUNCTION casedesk.discipline_require_inspector(),
                          casedesk.discipline_list(text, text, integer, integer, bigint, integer),
                          casedesk.discipline_get(bigint)
    TO casedesk_inspector;

-- Inspector reports.  Aggregates only; each call is logged as one read.
CREATE OR REPLACE FUNCTION casedesk.discipline_open_by_category_unit()
    RETURNS TABLE (unit_code text, unit_name text, category text, open_count bigint)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_me integer := casedesk.discipline_require_inspector();
BEGIN
    PERFORM casedesk.audit_append('discipline_audit', 'discipline_record', NULL, 'READ', NULL,
                                   jsonb_build_object('report', 'open_by_category_unit'));
    RETURN QUERY
    SELECT u.code, u.name, r.category, count(*)
      FROM casedesk.discipline_record r JOIN casedesk.unit u ON u.id = r.unit_id
     WHERE r.status NOT IN ('set_aside','concluded') AND r.official_id <> v_me
     GROUP BY u.code, u.name, r.category
     ORDER BY u.code, r.category;
END $$;

CREATE OR REPLACE FUNCTION casedesk.discipline_overdue_reviews()
    RETURNS TABLE (id bigint, official_name text, unit_name text, category text,
                   review_due date, days_overdue integer)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_me integer := casedesk.discipline_require_inspector();
BEGIN
    PERFORM casedesk.audit_append('discipline_audit', 'discipline_record', NULL, 'READ', NULL,
                                   jsonb_build_object('report', 'overdue_reviews'));
    RETURN QUERY
    SELECT r.id, o.name, u.name, r.category, r.review_due, (casedesk.today() - r.review_due)::integer
      FROM casedesk.discipline_record r
      JOIN casedesk.official o ON o.id = r.official_id
      JOIN casedesk.unit u ON u.id = r.unit_id
     WHERE r.status = 'preliminary_review' AND r.review_due < casedesk.today()
       AND r.official_id <> v_me
     ORDER BY r.review_due, r.id;
END $$;

-- Officials flagged at least p_min times (default 2) in all.
CREATE OR REPLACE FUNCTION casedesk.discipline_repeat_officials(p_min integer DEFAULT 2)
    RETURNS TABLE (official_id integer, official_name text, unit_name text, flags bigint,
                   open_flags bigint, sanctions bigint, categories text)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_me integer := casedesk.discipline_require_inspector();
BEGIN
    PERFORM casedesk.audit_append('discipline_audit', 'discipline_record', NULL, 'READ', NULL,
                                   jsonb_build_object('report', 'repeat_officials'));
    RETURN QUERY
    SELECT o.id, o.name, u.name, count(*),
           count(*) FILTER (WHERE r.status NOT IN ('set_aside','concluded')),
           count(*) FILTER (WHERE r.disposition NOT IN ('no_violation')),
           string_agg(DISTINCT r.category, ',' ORDER BY r.category)
      FROM casedesk.discipline_record r
      JOIN casedesk.official o ON o.id = r.official_id
      JOIN casedesk.unit u ON u.id = o.unit_id
     WHERE r.official_id <> v_me
     GROUP BY o.id, o.name, u.name
    HAVING count(*) >= greatest(coalesce(p_min, 2), 1)
     ORDER BY count(*) DESC, o.id;
END $$;

GRANT EXECUTE ON FUNCTION casedesk.discipline_open_by_category_unit(),
                          casedesk.discipline_overdue_reviews(),
                          casedesk.discipline_repeat_officials(integer)
    TO casedesk_inspector;

-- Defence in depth: no discipline function is executable by PUBLIC.
DO $$
DECLARE f regprocedure;
BEGIN
    FOR f IN SELECT p.oid::regprocedure FROM pg_proc p
              WHERE p.pronamespace = 'casedesk'::regnamespace
                AND p.proname LIKE 'discipline\_%'
    LOOP
        EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f);
    END LOOP;
END $$;

-- Replaces the placeholder of 024.  A red card on a task raises an
-- 'inaction' flag on the task's responsible official, with the task linked;
-- one open automatic flag per official and task is enough.
CREATE OR REPLACE FUNCTION casedesk.discipline_auto_flag_inaction(p_task_id bigint, p_official_id integer)
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    t casedesk.task;
BEGIN
    IF p_task_id IS NULL OR p_official_id IS NULL THEN
        RETURN;
    END IF;
    SELECT * INTO t FROM casedesk.task WHERE id = p_task_id;
    IF NOT FOUND OR NOT EXISTS (SELECT 1 FROM casedesk.official WHERE id = p_official_id) THEN
        RETURN;
    END IF;
    IF EXISTS (SELECT 1 FROM casedesk.discipline_record r
                 JOIN casedesk.discipline_link l ON l.record_id = r.id
                WHERE r.official_id = p_official_id AND r.source = 'auto'
                  AND r.category = 'inaction' AND l.task_id = p_task_id
                  AND r.status NOT IN ('set_aside','concluded')) THEN
        RETURN;
    END IF;
    PERFORM casedesk.discipline_insert(p_official_id, 'inaction',
        format('督办任务 %s「%s」逾期未办结被亮红牌（期限 %s），系统自动转纪检审查。',
               t.number, t.title, t.deadline),
        'auto', NULL, NULL, ARRAY[p_task_id]);
END $$;
REVOKE EXECUTE ON FUNCTION casedesk.discipline_auto_flag_inaction(bigint, integer) FROM PUBLIC;

-- Everything around one official, newest first within each kind:
--   flag     their discipline records, past and present
--   case     cases they handle(d) or created
--   task     tasks they were responsible for, with the cards issued
--   card     cards issued naming them
--   payment  payments they recorded
--   audit    their own changes (audit_log rows with their login)
-- p_limit caps each kind.  The read is logged (official + each record shown).
CREATE OR REPLACE FUNCTION casedesk.official_evidence(p_official_id integer, p_limit integer DEFAULT 200)
    RETURNS TABLE (kind text, ref_id bigint, ref_no text, on_date date, state text, summary text)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_me    integer := casedesk.discipline_require_inspector();
    v_login text;
    v_lim   integer := greatest(1, least(coalesce(p_limit, 200), 5000));
    v_ids   bigint[];
BEGIN
    SELECT o.login INTO v_login FROM casedesk.official o WHERE o.id = p_official_id;
    IF NOT FOUND OR p_official_id = v_me THEN
        RAISE EXCEPTION USING MESSAGE = format('Official %s does not exist.', coalesce(p_official_id::text, 'NULL')),
            ERRCODE = 'P0002';
    END IF;
    SELECT coalesce(array_agg(r.id), '{}') INTO v_ids
      FROM (SELECT r0.id FROM casedesk.discipline_record r0
             WHERE r0.official_id = p_official_id
             ORDER BY r0.received_at DESC, r0.id DESC LIMIT v_lim) r;
    PERFORM casedesk.log_discipline_read('official', p_official_id);
    PERFORM casedesk.log_discipline_read('discipline_record', i) FROM unnest(v_ids) i;

    RETURN QUERY
    SELECT 'flag'::text, r.id, r.category, casedesk.day_of(r.received_at),
           r.status, left(r.facts, 120)
      FROM casedesk.discipline_record r WHERE r.id = ANY (v_ids) ORDER BY r.received_at DESC, r.id DESC;

    RETURN QUERY
    SELECT 'case'::text, c.id, c.case_no, c.opened_on, c.status,
           concat_ws(' ', c.kind, c.party_name, u.name)
      FROM casedesk.case_file c JOIN casedesk.unit u ON u.id = c.unit_id
     WHERE c.id IN (SELECT c1.id FROM casedesk.case_file c1 WHERE c1.handled_by = p_official_id
                    UNION
                    SELECT c2.id FROM casedesk.case_file c2 WHERE c2.created_by = p_official_id)
     ORDER BY c.opened_on DESC, c.id DESC LIMIT v_lim;

    RETURN QUERY
    SELECT 'task'::text, t.id, t.number, t.deadline, t.status,
           t.title || coalesce(' [' || (SELECT string_agg(k.kind || ' ' || k.issued_on, ', ' ORDER BY k.id)
                                          FROM casedesk.task_card k WHERE k.task_id = t.id) || ']', '')
      FROM casedesk.task t WHERE t.responsible_id = p_official_id
     ORDER BY t.deadline DESC, t.id DESC LIMIT v_lim;

    RETURN QUERY
    SELECT 'card'::text, k.id, t.number, k.issued_on, k.kind, k.reason
      FROM casedesk.task_card k JOIN casedesk.task t ON t.id = k.task_id
     WHERE k.official_id = p_official_id
     ORDER BY k.issued_on DESC, k.id DESC LIMIT v_lim;

    RETURN QUERY
    SELECT 'payment'::text, p.id, p.voucher_no, p.paid_on, c.case_no,
           format('%s 元 → %s', p.amount, p.payee)
      FROM casedesk.payment p JOIN casedesk.case_file c ON c.id = p.case_id
     WHERE p.recorded_by = p_official_id
     ORDER BY p.paid_on DESC, p.id DESC LIMIT v_lim;

    RETURN QUERY
    SELECT 'audit'::text, a.id, a.table_name || ':' || coalesce(a.row_id::text, ''),
           casedesk.day_of(a.at), a.op,
           -- only the fields the inspector may read directly (not phones)
           left(coalesce((SELECT jsonb_object_agg(e.key, e.value)
                            FROM jsonb_each(coalesce(a.new_row, a.old_row)) e
                            JOIN pg_catalog.pg_attribute att
                              ON att.attrelid = to_regclass('casedesk.' || quote_ident(a.table_name))
                             AND att.attname = e.key AND att.attnum > 0 AND NOT att.attisdropped
                           WHERE has_column_privilege(session_user, att.attrelid, att.attnum, 'SELECT')),
                         '{}'::jsonb)::text, 120)
      FROM casedesk.audit_log a
     WHERE a.login = v_login
     ORDER BY a.id DESC LIMIT v_lim;
END $$;
REVOKE EXECUTE ON FUNCTION casedesk.official_evidence(integer, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk.official_evidence(integer, integer) TO casedesk_inspector;
