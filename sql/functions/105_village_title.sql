-- functions/105_village_title.sql: the violation-free village title as a
-- life cycle (migration 105): apply (the town's staff) → inspect (a
-- supervisor, on site, passed or not) → certify (a supervisor, after a
-- passed inspection) → lost on a new finding (functions/011) or revoked.
-- One current definition of each function here; init re-runs this file
-- whenever it changes (README, HACKING).

-- Open violation cases of a village (the title needs none).
CREATE OR REPLACE FUNCTION casedesk.village_open_violations(p_village_id integer) RETURNS bigint
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT count(*) FROM casedesk.case_file
     WHERE village_id = p_village_id AND kind = 'violation'
       AND status IN ('found', 'verified', 'stop_notice', 'rectifying')
$$;

CREATE OR REPLACE FUNCTION casedesk.village_apply_violation_free(p_village_id integer, p_on date, p_note text)
    RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v casedesk.village;
    v_id integer;
BEGIN
    IF casedesk.my_role() IS DISTINCT FROM 'staff' THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'Only staff of the village''s town or office apply for the violation-free title.';
    END IF;
    SELECT * INTO v FROM casedesk.village WHERE id = p_village_id FOR UPDATE;
    IF NOT FOUND OR v.unit_id IS DISTINCT FROM casedesk.my_unit_id() THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'No such village or community in your unit.';
    END IF;
    IF v.retired_on IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001',
            MESSAGE = 'A village that has been merged away cannot apply for the violation-free title.';
    END IF;
    IF p_on IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The date of the application is required.';
    END IF;
    PERFORM casedesk.check_past(p_on, 'date of the application');
    IF v.violation_free_since IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'The village already holds the violation-free title.';
    END IF;
    IF EXISTS (SELECT 1 FROM casedesk.village_application a
                WHERE a.village_id = p_village_id AND a.inspected_on IS NULL) THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'An application for this village is waiting for its inspection.';
    END IF;
    IF casedesk.village_open_violations(p_village_id) > 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001',
            MESSAGE = 'The village still has unresolved violation cases; deal with them before applying.';
    END IF;
    INSERT INTO casedesk.village_application (village_id, unit_id, applied_on, applied_by, note)
    VALUES (p_village_id, v.unit_id, p_on, casedesk.my_official_id(), nullif(btrim(p_note), ''))
    RETURNING id INTO v_id;
    RETURN v_id;
END $$;

CREATE OR REPLACE FUNCTION casedesk.village_inspect_violation_free(p_village_id integer, p_on date,
        p_passed boolean, p_note text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    a casedesk.village_application;
BEGIN
    IF casedesk.my_role() IS DISTINCT FROM 'supervisor' THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'Only supervisors inspect a village for the violation-free title.';
    END IF;
    SELECT * INTO a FROM casedesk.village_application
     WHERE village_id = p_village_id AND inspected_on IS NULL FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'The village has no application waiting for an inspection.';
    END IF;
    IF p_on IS NULL OR p_passed IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The inspection needs its date and its result.';
    END IF;
    PERFORM casedesk.check_past(p_on, 'date of the inspection');
    IF p_on < a.applied_on THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The inspection cannot be dated before the application.';
    END IF;
    IF NOT p_passed AND coalesce(btrim(p_note), '') = '' THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'Say what the inspection found when it did not pass.';
    END IF;
    UPDATE casedesk.village_application
       SET inspected_on = p_on, inspected_by = casedesk.my_official_id(), passed = p_passed,
           inspection_note = nullif(btrim(p_note), '')
     WHERE id = a.id;
END $$;

-- Supervisors certify after a passed inspection of an application not yet
-- certified, with no violation left open and none found since the inspection.
CREATE OR REPLACE FUNCTION casedesk.village_certify_violation_free(p_village_id integer, p_on date)
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v casedesk.village;
    a casedesk.village_application;
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
    v_open := casedesk.village_open_violations(p_village_id);
    IF v_open > 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = format(
            'The village still has %s unresolved violation cases and cannot be certified.', v_open);
    END IF;
    SELECT * INTO a FROM casedesk.village_application
     WHERE village_id = p_village_id AND passed AND NOT certified
     ORDER BY inspected_on DESC, id DESC LIMIT 1;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001',
            MESSAGE = 'The village needs an application and a passed inspection before it is certified.';
    END IF;
    IF p_on < a.inspected_on THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The certification cannot be dated before the inspection.';
    END IF;
    IF EXISTS (SELECT 1 FROM casedesk.case_file c JOIN casedesk.violation x ON x.id = c.id
                WHERE c.village_id = p_village_id AND x.found_on > a.inspected_on) THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001',
            MESSAGE = 'A violation was found after the inspection: inspect the village again.';
    END IF;
    UPDATE casedesk.village_application SET certified = true WHERE id = a.id;
    INSERT INTO casedesk.village_certification (village_id, certified_on, certified_by, application_id)
    VALUES (p_village_id, p_on, casedesk.my_official_id(), a.id);
    UPDATE casedesk.village SET violation_free_since = p_on WHERE id = p_village_id;
END $$;

-- A supervisor takes the title away, with the reason (a finding on its own
-- does so already, functions/011).
CREATE OR REPLACE FUNCTION casedesk.village_revoke_violation_free(p_village_id integer, p_on date, p_reason text)
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c casedesk.village_certification;
BEGIN
    IF casedesk.my_role() IS DISTINCT FROM 'supervisor' THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'Only supervisors revoke the violation-free title.';
    END IF;
    SELECT * INTO c FROM casedesk.village_certification
     WHERE village_id = p_village_id AND lost_on IS NULL FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'The village does not hold the violation-free title.';
    END IF;
    IF coalesce(btrim(p_reason), '') = '' THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The reason for revoking the title is required.';
    END IF;
    IF p_on IS NULL OR p_on < c.certified_on THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The title cannot be revoked before it was granted.';
    END IF;
    PERFORM casedesk.check_past(p_on, 'date of the revocation');
    UPDATE casedesk.village_certification SET lost_on = p_on, revoked_reason = btrim(p_reason) WHERE id = c.id;
    UPDATE casedesk.village SET violation_free_since = NULL WHERE id = p_village_id;
END $$;

REVOKE EXECUTE ON FUNCTION casedesk.village_open_violations(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk.village_apply_violation_free(integer, date, text) TO casedesk_staff;
GRANT EXECUTE ON FUNCTION casedesk.village_inspect_violation_free(integer, date, boolean, text),
    casedesk.village_certify_violation_free(integer, date),
    casedesk.village_revoke_violation_free(integer, date, text)
    TO casedesk_supervisor, casedesk_staff, casedesk_inspector;   -- the others get the sentence, not a bare refusal
