-- 031_discipline_workflow: the inspector's workflow and logged reads.
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
CREATE FUNCTION casedesk.discipline_lock(p_id bigint, p_version integer)
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

CREATE FUNCTION casedesk.discipline_start_review(p_id bigint, p_due date DEFAULT NULL,
        p_version integer DEFAULT NULL)
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    r     casedesk.discipline_record := casedesk.discipline_lock(p_id, p_version);
    v_due date := coalesce(p_due, current_date + 30);
BEGIN
    IF r.status <> 'received' THEN
        RAISE EXCEPTION USING MESSAGE = format('Preliminary review can start only on a received record; this one is %s.', r.status),
            ERRCODE = 'P0001';
    END IF;
    IF v_due < current_date THEN
        RAISE EXCEPTION USING MESSAGE = 'The preliminary review deadline must not be in the past.',
            ERRCODE = '23514';
    END IF;
    UPDATE casedesk.discipline_record
       SET status = 'preliminary_review', review_started_on = current_date,
           review_due = v_due, reviewer_id = casedesk.my_official_id()
     WHERE id = p_id;
END $$;

-- preliminary_review → talk_letter | investigation | set_aside;
-- talk_letter → investigation.
CREATE FUNCTION casedesk.discipline_route(p_id bigint, p_to text, p_note text DEFAULT NULL,
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
CREATE FUNCTION casedesk.discipline_conclude(p_id bigint, p_disposition text,
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
    IF p_decided_on IS NULL OR p_decided_on > current_date THEN
        RAISE EXCEPTION USING MESSAGE = 'The decision date is required and must not be in the future.',
            ERRCODE = '23514';
    END IF;
    IF p_decided_on < (r.received_at)::date THEN
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
CREATE FUNCTION casedesk.discipline_require_inspector() RETURNS integer
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
CREATE FUNCTION casedesk.discipline_list(p_status text DEFAULT NULL, p_category text DEFAULT NULL,
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
           (r.status = 'preliminary_review' AND r.review_due < current_date),
           r.disposition, r.decision_no, r.version
      FROM casedesk.discipline_record r
      JOIN casedesk.discipline_flagger f ON f.record_id = r.id
      JOIN casedesk.official o ON o.id = r.official_id
      JOIN casedesk.unit u ON u.id = r.unit_id
     WHERE r.id = ANY (v_ids)
     ORDER BY r.received_at DESC, r.id DESC;
END $$;

-- One record in full, with the flagger and the linked cases and tasks.
CREATE FUNCTION casedesk.discipline_get(p_id bigint)
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
CREATE FUNCTION casedesk.discipline_open_by_category_unit()
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

CREATE FUNCTION casedesk.discipline_overdue_reviews()
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
    SELECT r.id, o.name, u.name, r.category, r.review_due, (current_date - r.review_due)::integer
      FROM casedesk.discipline_record r
      JOIN casedesk.official o ON o.id = r.official_id
      JOIN casedesk.unit u ON u.id = r.unit_id
     WHERE r.status = 'preliminary_review' AND r.review_due < current_date
       AND r.official_id <> v_me
     ORDER BY r.review_due, r.id;
END $$;

-- Officials flagged at least p_min times (default 2) in all.
CREATE FUNCTION casedesk.discipline_repeat_officials(p_min integer DEFAULT 2)
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
