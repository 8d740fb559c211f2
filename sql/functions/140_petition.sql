-- functions/140_petition.sql: the kind of case "petition" (信访).  Its
-- case_kind row, steps, detail table and clocks are in migration 140; here
-- are the detail-row checks, the blocker and step functions its case_kind
-- row names, the create function, the masked detail read, the notices
-- issued at acceptance and answer, the adoption of the older petition rows
-- and the briefing's petition figures.

-- ------------------------------------------------------------- checks
CREATE OR REPLACE FUNCTION casedesk.petition_case_check() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND current_user <> 'casedesk_owner' AND casedesk.case_is_closed(NEW.id) THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'A closed case can no longer be changed.';
    END IF;
    NEW.subject := btrim(NEW.subject);
    IF coalesce(NEW.subject, '') = '' THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The subject of the petition must not be empty.';
    END IF;
    IF length(NEW.subject) > 200 THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The subject of the petition must be at most 200 characters long.';
    END IF;
    IF length(NEW.content) > 4000 THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The content of the petition must be at most 4000 characters long.';
    END IF;
    NEW.petitioner_id_no := nullif(upper(btrim(NEW.petitioner_id_no)), '');
    IF NEW.petitioner_id_no IS NOT NULL AND NOT casedesk.valid_citizen_id(NEW.petitioner_id_no) THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The ID number is not a valid citizen ID number (18 characters, check digit per GB 11643).';
    END IF;
    PERFORM casedesk.check_past_changed(TG_OP, NEW.received_on,
        CASE WHEN TG_OP = 'UPDATE' THEN OLD.received_on END, 'date the petition was received');
    RETURN NEW;
END $$;
CREATE OR REPLACE TRIGGER petition_case_check BEFORE INSERT OR UPDATE ON casedesk.petition_case
    FOR EACH ROW EXECUTE FUNCTION casedesk.petition_case_check();

-- The period of clock p_code in days (the data of migration 140).
CREATE OR REPLACE FUNCTION casedesk.petition_period(p_code text) RETURNS integer
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT coalesce(l.max_amount, l.min_amount) FROM casedesk.legal_clock l WHERE l.code = p_code
$$;

-- ------------------------------------------------------------- blocker
CREATE OR REPLACE FUNCTION casedesk.case_blocker_petition(c casedesk.case_file, p_step text) RETURNS text
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    p casedesk.petition_case;
BEGIN
    SELECT * INTO p FROM casedesk.petition_case WHERE id = c.id;
    IF p_step = 'extend' THEN
        IF p.extended_on IS NOT NULL THEN
            RETURN 'The handling period was already extended once (信访工作条例第34条).';
        END IF;
        -- whether it is still within the period depends on the step's date:
        -- case_step_petition checks that
    END IF;
    RETURN NULL;
END $$;

-- ------------------------------------------------------------- steps
CREATE OR REPLACE FUNCTION casedesk.arg_longtext(a jsonb, p_key text, p_field text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v text := nullif(btrim(a->>p_key), '');
BEGIN
    IF v IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = format('The %s is required.', p_field);
    END IF;
    IF length(v) > 2000 THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = format('The %s must be at most 2000 characters long.', p_field);
    END IF;
    RETURN v;
END $$;

-- A request of the petitioner after its window is refused: the window is
-- the clock row's period, counted from p_from.
CREATE OR REPLACE FUNCTION casedesk.petition_window(p_code text, p_from date, p_on date) RETURNS void
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    l casedesk.legal_clock;
BEGIN
    SELECT * INTO l FROM casedesk.legal_clock WHERE code = p_code;
    IF p_on > p_from + l.min_amount THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = format(
            'Too late: %s, and the last day was %s (%s).', l.label_en, p_from + l.min_amount, l.source);
    END IF;
END $$;

CREATE OR REPLACE FUNCTION casedesk.case_step_petition(c casedesk.case_file, p_step text, a jsonb)
    RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    p casedesk.petition_case;
    v_on date;
    v_to text;
    v_days integer;
    v_deadline date := c.deadline;
BEGIN
    SELECT * INTO p FROM casedesk.petition_case WHERE id = c.id FOR UPDATE;
    SELECT s.to_status INTO v_to FROM casedesk.case_steps() s WHERE s.kind = c.kind AND s.step = p_step;
    v_to := coalesce(v_to, c.status);
    v_on := casedesk.arg_date(a, 'on', 'date of this step');
    PERFORM casedesk.check_step_date(v_on, greatest(p.received_on, p.accept_decided_on, p.extended_on,
        p.answered_on, p.review_requested_on, p.reviewed_on, p.recheck_requested_on, p.rechecked_on));
    CASE p_step
    WHEN 'accept' THEN
        UPDATE casedesk.petition_case SET accept_decided_on = v_on, accepted = true WHERE id = c.id;
        v_deadline := v_on + casedesk.petition_period('pet_answer');
    WHEN 'not_accept' THEN
        UPDATE casedesk.petition_case SET accept_decided_on = v_on, accepted = false,
               not_accepted_reason = casedesk.arg_text(a, 'reason', 'reason')
         WHERE id = c.id;
        v_deadline := NULL;
    WHEN 'extend' THEN
        IF coalesce(a->>'days', '') !~ '^[0-9]{1,3}$' OR (a->>'days')::integer NOT BETWEEN 1 AND 30 THEN
            RAISE EXCEPTION USING ERRCODE = '23514',
                MESSAGE = 'The handling period may be extended by 1 to 30 days (信访工作条例第34条).';
        END IF;
        v_days := (a->>'days')::integer;
        IF v_on > p.answer_clock_on + casedesk.petition_period('pet_answer') THEN
            RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = format(
                'The handling period ended on %s; it can be extended only before it ends (%s).',
                p.answer_clock_on + casedesk.petition_period('pet_answer'), '信访工作条例第34条');
        END IF;
        UPDATE casedesk.petition_case SET extended_on = v_on, extended_days = v_days,
               extension_reason = casedesk.arg_text(a, 'reason', 'reason')
         WHERE id = c.id;
        v_deadline := p.answer_clock_on + v_days + casedesk.petition_period('pet_answer');
    WHEN 'answer' THEN
        UPDATE casedesk.petition_case SET answered_on = v_on,
               answer = casedesk.arg_longtext(a, 'answer', 'answer')
         WHERE id = c.id;
        v_deadline := NULL;   -- the petitioner's window is not the office's deadline
    WHEN 'request_review' THEN
        PERFORM casedesk.petition_window('pet_review_window', p.answered_on, v_on);
        UPDATE casedesk.petition_case SET review_requested_on = v_on WHERE id = c.id;
        v_deadline := v_on + casedesk.petition_period('pet_review_due');
    WHEN 'review' THEN
        UPDATE casedesk.petition_case SET reviewed_on = v_on,
               review_opinion = casedesk.arg_longtext(a, 'answer', 'review opinion')
         WHERE id = c.id;
        v_deadline := NULL;
    WHEN 'request_recheck' THEN
        PERFORM casedesk.petition_window('pet_recheck_window', p.reviewed_on, v_on);
        UPDATE casedesk.petition_case SET recheck_requested_on = v_on WHERE id = c.id;
        v_deadline := v_on + casedesk.petition_period('pet_recheck_due');
    WHEN 'recheck' THEN
        UPDATE casedesk.petition_case SET rechecked_on = v_on,
               recheck_opinion = casedesk.arg_longtext(a, 'answer', 'second review opinion')
         WHERE id = c.id;
        v_deadline := NULL;
    ELSE  -- the closing steps
        UPDATE casedesk.petition_case SET concluded_on = v_on WHERE id = c.id;
        v_deadline := NULL;
    END CASE;
    UPDATE casedesk.case_file
       SET status = v_to, deadline = v_deadline, closed_on = CASE WHEN v_to = 'closed' THEN v_on END
     WHERE id = c.id;
END $$;

-- ------------------------------------------------------------- notices
-- The 受理/答复告知书 (template petition_notice, 082) is issued in the same
-- transaction as the acceptance and as the answer, numbered in the register.
CREATE OR REPLACE FUNCTION casedesk.petition_documents() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    d casedesk.document;
BEGIN
    IF NEW.accepted AND OLD.accept_decided_on IS NULL THEN
        d := casedesk.doc_issue(NEW.unit_id, 'petition_notice', NEW.id, NULL, NULL, NEW.accept_decided_on,
                                NEW.answer_clock_on + casedesk.petition_period('pet_answer'));
    END IF;
    IF NEW.answered_on IS NOT NULL AND OLD.answered_on IS NULL THEN
        d := casedesk.doc_issue(NEW.unit_id, 'petition_notice', NEW.id, NULL, NULL, NEW.answered_on, NULL);
    END IF;
    RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION casedesk.petition_documents() FROM PUBLIC;
CREATE OR REPLACE TRIGGER zz_petition_documents AFTER UPDATE ON casedesk.petition_case
    FOR EACH ROW EXECUTE FUNCTION casedesk.petition_documents();

-- ------------------------------------------------------------- creating
-- Registration (登记): the petitioner is the case's party; p_channel one of
-- visit, letter, phone, online, transferred; optionally about a project
-- and/or a case of the unit (its number).  Staff of the unit.  Returns the case id.
CREATE OR REPLACE FUNCTION casedesk.case_create_petition(p_village_id integer, p_channel text,
        p_received_on date, p_petitioner text, p_id_no text, p_phone text, p_address text,
        p_subject text, p_content text, p_project_id integer DEFAULT NULL, p_about_case_no text DEFAULT NULL)
    RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c casedesk.case_file;
    v_about bigint;
BEGIN
    IF nullif(btrim(p_about_case_no), '') IS NOT NULL THEN
        SELECT f.id INTO v_about FROM casedesk.case_file f
         WHERE f.case_no = upper(btrim(p_about_case_no)) AND f.unit_id = casedesk.my_unit_id();
        IF v_about IS NULL THEN
            RAISE EXCEPTION USING ERRCODE = '42501',
                MESSAGE = 'This case does not exist or does not belong to your unit.';
        END IF;
    END IF;
    IF p_channel IS NULL OR p_channel NOT IN ('visit', 'letter', 'phone', 'online', 'transferred') THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The channel must be visit, letter, phone, online or transferred.';
    END IF;
    IF p_received_on IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The date the petition was received is required.';
    END IF;
    IF coalesce(btrim(p_subject), '') = '' THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The subject of the petition must not be empty.';
    END IF;
    IF p_project_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM casedesk.project WHERE id = p_project_id) THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'There is no such project.';
    END IF;
    c := casedesk.case_new('petition', p_village_id, p_received_on, p_petitioner, p_phone, p_address, NULL);
    INSERT INTO casedesk.petition_case (id, unit_id, channel, petitioner_id_no, subject, content,
            project_id, about_case_id, received_on)
    VALUES (c.id, c.unit_id, p_channel, p_id_no, p_subject, nullif(btrim(p_content), ''),
            p_project_id, v_about, p_received_on);
    UPDATE casedesk.case_file SET deadline = p_received_on + casedesk.petition_period('pet_accept')
     WHERE id = c.id;
    RETURN c.id;
END $$;
GRANT EXECUTE ON FUNCTION casedesk.case_create_petition(integer, text, date, text, text, text, text,
    text, text, integer, text) TO casedesk_staff, casedesk_supervisor, casedesk_inspector;

-- ------------------------------------------------------------- reading
-- The petition row of a case the caller may read, the ID number masked
-- (staff may not read it at all: 065), with the related case's number and
-- the project's name.
CREATE OR REPLACE FUNCTION casedesk.petition_detail(p_case_id bigint)
    RETURNS TABLE (channel text, id_no text, subject text, content text, project_name text,
                   about_case_no text, received_on date, accept_decided_on date, accepted boolean,
                   not_accepted_reason text, extended_on date, extended_days integer,
                   extension_reason text, answered_on date, answer text, review_requested_on date,
                   reviewed_on date, review_opinion text, recheck_requested_on date,
                   rechecked_on date, recheck_opinion text, concluded_on date, version integer)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_scope integer := casedesk.case_scope();
BEGIN
    IF v_scope IS NULL THEN
        RETURN;
    END IF;
    RETURN QUERY
    SELECT p.channel, CASE WHEN casedesk.my_role() = 'staff' THEN NULL ELSE casedesk.mask_id(p.petitioner_id_no) END,
           p.subject, p.content, pr.name, ac.case_no, p.received_on, p.accept_decided_on, p.accepted,
           p.not_accepted_reason, p.extended_on, p.extended_days, p.extension_reason, p.answered_on,
           p.answer, p.review_requested_on, p.reviewed_on, p.review_opinion, p.recheck_requested_on,
           p.rechecked_on, p.recheck_opinion, p.concluded_on, p.version
      FROM casedesk.petition_case p
      LEFT JOIN casedesk.project pr ON pr.id = p.project_id
      LEFT JOIN casedesk.case_file ac ON ac.id = p.about_case_id
     WHERE p.id = p_case_id AND (v_scope = 0 OR p.unit_id = v_scope);
END $$;
GRANT EXECUTE ON FUNCTION casedesk.petition_detail(bigint)
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector;

-- ------------------------------------------------------------- adoption
-- Every row of the older casedesk.petition table not adopted yet becomes a
-- petition case: registered on the day received, accepted three days later
-- (when that day has come), answered and concluded as the row says (a
-- concluded one once the 30 days to ask for a review had passed).  Run as
-- the owner by migration 141 and by the demo seed; returns the cases made.
CREATE OR REPLACE FUNCTION casedesk.petition_cases_from_legacy() RETURNS integer
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    r record;
    v_n integer;
    v_id bigint;
    v_village integer;
    v_accept date;
    v_status text;
    v_closed date;
    v_total integer := 0;
    v_today date := casedesk.today();
BEGIN
    FOR r IN SELECT p.*, f.village_id AS case_village
               FROM casedesk.petition p
               LEFT JOIN casedesk.case_file f ON f.id = p.case_id
              WHERE NOT EXISTS (SELECT 1 FROM casedesk.petition_case x WHERE x.legacy_petition_id = p.id)
              ORDER BY p.received_on, p.id LOOP
        v_village := coalesce(r.case_village,
                              (SELECT min(v.id) FROM casedesk.village v WHERE v.unit_id = r.unit_id));
        CONTINUE WHEN v_village IS NULL;
        v_accept := CASE WHEN r.answered_on IS NOT NULL THEN least(r.received_on + 3, r.answered_on)
                         WHEN r.received_on + 3 <= v_today THEN r.received_on + 3 END;
        v_closed := CASE WHEN r.status = 'closed' AND r.answered_on + 31 <= v_today THEN r.answered_on + 31 END;
        v_status := CASE WHEN v_closed IS NOT NULL THEN 'closed'
                         WHEN r.answered_on IS NOT NULL THEN 'answered'
                         WHEN v_accept IS NOT NULL THEN 'accepted' ELSE 'registered' END;
        INSERT INTO casedesk.case_counter AS n (prefix, year, last)
        VALUES ('XF', extract(year FROM r.received_on)::integer, 1)
        ON CONFLICT (prefix, year) DO UPDATE SET last = n.last + 1
        RETURNING last INTO v_n;
        INSERT INTO casedesk.case_file (case_no, kind, unit_id, village_id, status, opened_on, closed_on,
                deadline, party_name, party_phone)
        VALUES (format('XF-%s-%s', extract(year FROM r.received_on)::integer, lpad(v_n::text, 6, '0')),
                'petition', r.unit_id, v_village, v_status, r.received_on, v_closed,
                CASE v_status WHEN 'registered' THEN r.received_on + 15 WHEN 'accepted' THEN v_accept + 60 END,
                r.petitioner, r.phone)
        RETURNING id INTO v_id;
        INSERT INTO casedesk.petition_case (id, unit_id, channel, subject, content, project_id, about_case_id,
                legacy_petition_id, received_on, accept_decided_on, accepted, answered_on, answer, concluded_on)
        VALUES (v_id, r.unit_id, (ARRAY['visit', 'letter', 'phone', 'online', 'transferred'])[1 + r.id % 5],
                r.subject, r.content, r.project_id, r.case_id, r.id, r.received_on, v_accept,
                CASE WHEN v_accept IS NOT NULL THEN true END, r.answered_on,
                CASE WHEN r.answered_on IS NOT NULL THEN coalesce(r.answer, '已书面答复。') END, v_closed);
        v_total := v_total + 1;
    END LOOP;
    RETURN v_total;
END $$;
REVOKE ALL ON FUNCTION casedesk.petition_cases_from_legacy() FROM PUBLIC;

-- The petitions' figures kept per unit and day (unit_day_total, migration
-- 055, and by month, 053): the rows of casedesk.totals_pet_rows
-- (functions/055_totals.sql), as the expropriations' and violations'.
CREATE OR REPLACE FUNCTION casedesk.totals_pet_trg() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    EXECUTE casedesk.totals_apply_sql(concat_ws(' UNION ALL ',
        CASE WHEN TG_OP IN ('INSERT','UPDATE') THEN casedesk.totals_pet_rows('nt', 1) END,
        CASE WHEN TG_OP IN ('DELETE','UPDATE') THEN casedesk.totals_pet_rows('ot', -1) END));
    RETURN NULL;
END $$;
REVOKE EXECUTE ON FUNCTION casedesk.totals_pet_trg() FROM PUBLIC;
CREATE OR REPLACE TRIGGER totals_ins AFTER INSERT ON casedesk.petition_case
    REFERENCING NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION casedesk.totals_pet_trg();
CREATE OR REPLACE TRIGGER totals_upd AFTER UPDATE ON casedesk.petition_case
    REFERENCING OLD TABLE AS ot NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION casedesk.totals_pet_trg();
CREATE OR REPLACE TRIGGER totals_del AFTER DELETE ON casedesk.petition_case
    REFERENCING OLD TABLE AS ot FOR EACH STATEMENT EXECUTE FUNCTION casedesk.totals_pet_trg();
-- Totals kept before the petitions were counted in them: rebuilt once.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM casedesk.petition_case)
       AND NOT EXISTS (SELECT 1 FROM casedesk.unit_day_total WHERE kind LIKE 'pet:%') THEN
        PERFORM casedesk.totals_rebuild();
    END IF;
END $$;

-- ------------------------------------------------------------- briefing
-- Petitions in the briefing (issue 15, item 8): of the petition cases the
-- district, of unit p_unit (0: all), received in [p_from, p_to];
-- accepted and concluded in the period (by the day of the step); overdue:
-- received in the period and decided or answered after the statutory day,
-- or still not decided or answered after it (as of p_to or today).
-- Counts only, nothing personal: SECURITY DEFINER like the other briefing
-- figures (a town's staff read the district's briefing too), for those
-- who read cases (casedesk.case_scope).
CREATE OR REPLACE FUNCTION casedesk.petition_figures(p_unit integer, p_from date, p_to date)
    RETURNS TABLE (received bigint, accepted bigint, concluded bigint, overdue bigint)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    -- Received, accepted and concluded from the kept totals: by month over
    -- whole months (the briefing's year), by day otherwise.  Overdue from
    -- the petitions received in the period, read from their index alone
    -- (migration 206).  Before, one sub-select over every petition of the
    -- unit, of every year, read four times: 47 ms of the briefing at scale
    -- 200 (24,000 petitions).  case_scope() has no column: a one-time
    -- filter (not the admins, 065).  The day and the periods are read once:
    -- inlined, today() read the zone from the catalog once per petition.
    WITH k AS MATERIALIZED (
        SELECT least(p_to, casedesk.today()) AS asof, casedesk.petition_period('pet_accept') AS accept_days,
               casedesk.petition_period('pet_answer') AS answer_days,
               casedesk.whole_months(p_from, p_to) AS months,
               casedesk.case_scope() IS NOT NULL AS may
    ), t AS (
        SELECT x.kind, x.n FROM casedesk.unit_month_total x, k
         WHERE k.months AND k.may AND x.month BETWEEN p_from AND p_to AND x.kind LIKE 'pet:%'
           AND (coalesce(p_unit, 0) = 0 OR x.unit_id = p_unit)
        UNION ALL
        SELECT x.kind, x.n FROM casedesk.unit_day_total x, k
         WHERE NOT k.months AND k.may AND x.day BETWEEN p_from AND p_to AND x.kind LIKE 'pet:%'
           AND (coalesce(p_unit, 0) = 0 OR x.unit_id = p_unit)
    )
    SELECT (SELECT coalesce(sum(t.n), 0)::bigint FROM t WHERE t.kind = 'pet:received'),
           (SELECT coalesce(sum(t.n), 0)::bigint FROM t WHERE t.kind = 'pet:accepted'),
           (SELECT coalesce(sum(t.n), 0)::bigint FROM t WHERE t.kind = 'pet:concluded'),
           (SELECT count(*) FROM casedesk.petition_case x, k
             WHERE k.may AND x.received_on BETWEEN p_from AND p_to
               AND (coalesce(p_unit, 0) = 0 OR x.unit_id = p_unit)
               AND (coalesce(x.accept_decided_on, k.asof) > x.received_on + k.accept_days
                    OR (x.accepted AND coalesce(x.answered_on, k.asof) > x.answer_clock_on + k.answer_days)))
$$;
GRANT EXECUTE ON FUNCTION casedesk.petition_figures(integer, date, date)
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector;

-- The briefing's section (report.c), like the other briefing_* functions:
-- year p_year, unit p_unit_code or the whole district (NULL).
CREATE OR REPLACE FUNCTION casedesk.briefing_petitions(p_year integer, p_unit_code text DEFAULT NULL)
    RETURNS TABLE (received bigint, accepted bigint, concluded bigint, overdue bigint)
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_unit integer;
BEGIN
    IF p_year IS NULL OR p_year NOT BETWEEN 2000 AND 2100 THEN
        RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'The year must be between 2000 and 2100.';
    END IF;
    IF p_unit_code IS NOT NULL THEN
        SELECT u.id INTO v_unit FROM casedesk.unit u WHERE u.code = p_unit_code;
        IF v_unit IS NULL THEN
            RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('There is no unit with the code "%s".', p_unit_code);
        END IF;
    END IF;
    RETURN QUERY SELECT * FROM casedesk.petition_figures(coalesce(v_unit, 0), make_date(p_year, 1, 1),
                                                         make_date(p_year, 12, 31));
END $$;
GRANT EXECUTE ON FUNCTION casedesk.briefing_petitions(integer, text)
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector;
GRANT EXECUTE ON FUNCTION casedesk.petition_period(text)
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector;
