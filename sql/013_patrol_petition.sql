-- 013_patrol_petition: patrol findings, violation-free villages, petitions.
--
-- Patrol logs (巡查) are plain rows staff insert for their unit (grants in
-- 011); a finding on patrol opens a violation case with found_by = 'patrol'
-- dated on the patrol day and marks the village as patrolled.  A village
-- certified violation-free (无违村) by a supervisor loses the title by
-- trigger (011) when a new violation case is found there.  Petitions (信访)
-- must be answered within 60 days of receipt.

CREATE FUNCTION casedesk.patrol_record_finding(p_patrol_id bigint, p_village_id integer,
        p_subkind text, p_owner_name text, p_address text DEFAULT NULL,
        p_area_m2 numeric DEFAULT NULL, p_floors integer DEFAULT NULL,
        p_built_on date DEFAULT NULL, p_lat numeric DEFAULT NULL, p_lon numeric DEFAULT NULL,
        p_note text DEFAULT NULL)
    RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    p casedesk.patrol;
    v_case bigint;
BEGIN
    IF casedesk.my_role() IS DISTINCT FROM 'staff' THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'Only staff of a town or sub-district office may record patrol findings.';
    END IF;
    SELECT * INTO p FROM casedesk.patrol WHERE id = p_patrol_id AND unit_id = casedesk.my_unit_id();
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'This patrol does not exist or does not belong to your unit.';
    END IF;
    v_case := casedesk.case_new_violation(p_village_id, p_subkind, 'patrol', p.patrol_on,
        p_owner_name, p_address, p_area_m2, p_floors, p_built_on, p_lat, p_lon, NULL, p_note, p.id);
    INSERT INTO casedesk.patrol_village (patrol_id, unit_id, village_id)
    VALUES (p.id, p.unit_id, p_village_id)
    ON CONFLICT (patrol_id, village_id) DO NOTHING;
    RETURN v_case;
END $$;

-- 无违村/无违社区创建: supervisors certify, on a date, a village with no
-- violation left unresolved.
CREATE FUNCTION casedesk.village_certify_violation_free(p_village_id integer, p_on date)
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v casedesk.village;
    v_open bigint;
BEGIN
    IF casedesk.my_role() IS DISTINCT FROM 'supervisor' THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'Only supervisors may certify a village as violation-free.';
    END IF;
    SELECT * INTO v FROM casedesk.village WHERE id = p_village_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'No such village or community.';
    END IF;
    IF p_on IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The certification date is required.';
    END IF;
    PERFORM casedesk.check_past(p_on, 'certification date');
    IF v.violation_free_since IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = format(
            'The village is already certified as violation-free since %s.', v.violation_free_since);
    END IF;
    SELECT count(*) INTO v_open FROM casedesk.case_file
     WHERE village_id = p_village_id AND kind = 'violation'
       AND status IN ('found','verified','stop_notice','rectifying');
    IF v_open > 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = format(
            'The village still has %s unresolved violation cases and cannot be certified.', v_open);
    END IF;
    INSERT INTO casedesk.village_certification (village_id, certified_on, certified_by)
    VALUES (p_village_id, p_on, casedesk.my_official_id());
    UPDATE casedesk.village SET violation_free_since = p_on WHERE id = p_village_id;
END $$;

-- The petition, locked, if the session is staff of its unit and holds the
-- current version.
CREATE FUNCTION casedesk.petition_for_staff(p_petition_id bigint, p_version integer)
    RETURNS casedesk.petition
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    p casedesk.petition;
BEGIN
    IF casedesk.my_role() IS DISTINCT FROM 'staff' THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'Only staff of the petition''s unit may answer or close it.';
    END IF;
    SELECT * INTO p FROM casedesk.petition
     WHERE id = p_petition_id AND unit_id = casedesk.my_unit_id() FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'This petition does not exist or does not belong to your unit.';
    END IF;
    IF p.version IS DISTINCT FROM p_version THEN
        RAISE EXCEPTION USING ERRCODE = '40001', MESSAGE = 'This petition was changed by someone else after you opened it; reload it and try again.';
    END IF;
    RETURN p;
END $$;

CREATE FUNCTION casedesk.petition_answer(p_petition_id bigint, p_version integer,
        p_answered_on date, p_answer text)
    RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    p casedesk.petition := casedesk.petition_for_staff(p_petition_id, p_version);
    v_version integer;
BEGIN
    IF p.status <> 'open' THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'This petition has already been answered.';
    END IF;
    IF p_answered_on IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The date of the answer is required.';
    END IF;
    PERFORM casedesk.check_past(p_answered_on, 'date of the answer');
    IF p_answered_on < p.received_on THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The answer cannot be dated before the petition was received.';
    END IF;
    IF coalesce(btrim(p_answer), '') = '' THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The answer must not be empty.';
    END IF;
    UPDATE casedesk.petition SET status = 'answered', answered_on = p_answered_on, answer = btrim(p_answer)
     WHERE id = p.id RETURNING version INTO v_version;
    RETURN v_version;
END $$;

CREATE FUNCTION casedesk.petition_close(p_petition_id bigint, p_version integer)
    RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    p casedesk.petition := casedesk.petition_for_staff(p_petition_id, p_version);
    v_version integer;
BEGIN
    IF p.status <> 'answered' THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'Only an answered petition can be closed.';
    END IF;
    UPDATE casedesk.petition SET status = 'closed' WHERE id = p.id RETURNING version INTO v_version;
    RETURN v_version;
END $$;

GRANT EXECUTE ON FUNCTION
    casedesk.patrol_record_finding(bigint, integer, text, text, text, numeric, integer, date,
                                   numeric, numeric, text),
    casedesk.petition_answer(bigint, integer, date, text),
    casedesk.petition_close(bigint, integer)
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector;
GRANT EXECUTE ON FUNCTION casedesk.village_certify_violation_free(integer, date)
    TO casedesk_supervisor, casedesk_staff, casedesk_inspector;
