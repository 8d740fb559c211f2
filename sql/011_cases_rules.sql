-- 011_cases_rules: field validation, derived columns, row security, grants,
-- audit and notify for the tables of 010.
--
-- Validation triggers raise one sentence naming the field and the rule, with
-- SQLSTATE 23514 (check_violation); state rules use P0001.  Inside the
-- SECURITY DEFINER workflow functions current_user is casedesk_owner: the
-- triggers use that to tell "the workflow is changing this" from "a user is
-- editing columns directly".

-- True when official p_official is an active member of unit p_unit.  Definer
-- rights: the official directory may be narrowed by later policies.
CREATE FUNCTION casedesk.official_in_unit(p_official integer, p_unit integer) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$ SELECT EXISTS (SELECT 1 FROM casedesk.official o
                     WHERE o.id = p_official AND o.unit_id = p_unit AND NOT o.disabled) $$;

-- Invoker's rights on purpose: whoever edits a detail row can see its case,
-- and nobody learns the status of a case they cannot see.
CREATE FUNCTION casedesk.case_is_closed(p_case bigint) RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$ SELECT coalesce((SELECT status = 'closed' FROM casedesk.case_file WHERE id = p_case), false) $$;

GRANT EXECUTE ON FUNCTION casedesk.setting_date(text), casedesk.official_in_unit(integer, integer),
    casedesk.case_is_closed(bigint)
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin;

-- A date that makes no sense in the future.
CREATE FUNCTION casedesk.check_past(p_date date, p_field text) RETURNS void
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$ BEGIN
    IF p_date > current_date THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = format('The %s cannot be in the future.', p_field);
    END IF;
END $$;
GRANT EXECUTE ON FUNCTION casedesk.check_past(date, text)
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin;

-- Dates are checked when written, not on every later update of the row: the
-- sessions' time zones differ, and yesterday's "today" must stay valid.
CREATE FUNCTION casedesk.check_past_changed(p_op text, p_new date, p_old date, p_field text)
    RETURNS void
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$ BEGIN
    IF p_op = 'INSERT' OR p_new IS DISTINCT FROM p_old THEN
        PERFORM casedesk.check_past(p_new, p_field);
    END IF;
END $$;
GRANT EXECUTE ON FUNCTION casedesk.check_past_changed(text, date, date, text)
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin;

-- ------------------------------------------------------------- case_file
CREATE FUNCTION casedesk.case_file_check() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.status = 'closed' AND current_user <> 'casedesk_owner' THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'A closed case can no longer be changed.';
    END IF;
    NEW.party_name := btrim(NEW.party_name);
    IF coalesce(NEW.party_name, '') = '' THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The party name must not be empty.';
    END IF;
    IF length(NEW.party_name) > 100 THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The party name must be at most 100 characters long.';
    END IF;
    NEW.party_phone := nullif(btrim(NEW.party_phone), '');
    IF NEW.party_phone IS NOT NULL AND NOT casedesk.valid_phone(NEW.party_phone) THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The phone number must be a mobile number (11 digits starting with 13 to 19) or a landline number with its area code.';
    END IF;
    NEW.address := nullif(btrim(NEW.address), '');
    IF length(NEW.address) > 200 THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The address must be at most 200 characters long.';
    END IF;
    PERFORM casedesk.check_past_changed(TG_OP, NEW.opened_on,
        CASE WHEN TG_OP = 'UPDATE' THEN OLD.opened_on END, 'opening date');
    IF NEW.handled_by IS NOT NULL AND (TG_OP = 'INSERT' OR NEW.handled_by IS DISTINCT FROM OLD.handled_by)
       AND NOT casedesk.official_in_unit(NEW.handled_by, NEW.unit_id) THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = 'The official handling a case must be an active member of the case''s unit.';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER case_file_check BEFORE INSERT OR UPDATE ON casedesk.case_file
    FOR EACH ROW EXECUTE FUNCTION casedesk.case_file_check();

-- --------------------------------------------------------- expropriation
CREATE FUNCTION casedesk.expropriation_check() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND current_user <> 'casedesk_owner' AND casedesk.case_is_closed(NEW.id) THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'A closed case can no longer be changed.';
    END IF;
    NEW.party_id_no := nullif(upper(btrim(NEW.party_id_no)), '');
    IF NEW.party_id_no IS NOT NULL THEN
        IF NEW.party_kind = 'household' AND NOT casedesk.valid_citizen_id(NEW.party_id_no) THEN
            RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The citizen ID number is not valid: it needs 18 characters, a real birth date and a correct check digit (GB 11643).';
        ELSIF NEW.party_kind = 'enterprise' AND NOT casedesk.valid_credit_code(NEW.party_id_no) THEN
            RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The unified social credit code is not valid: it needs 18 characters and a correct check character (GB 32100).';
        END IF;
    END IF;
    IF NEW.house_area <= 0 OR NEW.house_area >= 1000000 THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The house area must be greater than 0 and less than 1,000,000 square metres.';
    END IF;
    IF NEW.land_area_mu <= 0 OR NEW.land_area_mu >= 1500 THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The land area must be greater than 0 and less than 1,500 mu.';
    END IF;
    IF NEW.assessed_compensation < 0 OR NEW.assessed_compensation >= 1e10 THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The assessed compensation must be at least 0 and less than 10,000,000,000 yuan.';
    END IF;
    IF NEW.paid_total > coalesce(NEW.assessed_compensation, 0) THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = format(
            'The total paid (%s yuan) cannot exceed the assessed compensation (%s yuan).',
            NEW.paid_total, coalesce(NEW.assessed_compensation, 0));
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER expropriation_check BEFORE INSERT OR UPDATE ON casedesk.expropriation
    FOR EACH ROW EXECUTE FUNCTION casedesk.expropriation_check();

-- ------------------------------------------------------------- violation
CREATE FUNCTION casedesk.violation_check() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND current_user <> 'casedesk_owner' AND casedesk.case_is_closed(NEW.id) THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'A closed case can no longer be changed.';
    END IF;
    IF NEW.area_m2 <= 0 OR NEW.area_m2 >= 1000000 THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The area must be greater than 0 and less than 1,000,000 square metres.';
    END IF;
    IF NEW.floors < 0 OR NEW.floors > 99 THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The number of floors must be between 0 and 99.';
    END IF;
    IF (NEW.lat IS NULL) <> (NEW.lon IS NULL) OR NEW.lat NOT BETWEEN -90 AND 90
       OR NEW.lon NOT BETWEEN -180 AND 180 THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The location needs both latitude (-90 to 90) and longitude (-180 to 180), or neither.';
    END IF;
    PERFORM casedesk.check_past_changed(TG_OP, NEW.found_on,
        CASE WHEN TG_OP = 'UPDATE' THEN OLD.found_on END, 'date the violation was found');
    IF NEW.built_on > NEW.found_on THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The construction date cannot be after the date the violation was found.';
    END IF;
    -- 市管存量、区管增量
    NEW.stock := coalesce(NEW.built_on, NEW.found_on) < casedesk.stock_cutoff();
    RETURN NEW;
END $$;

CREATE TRIGGER violation_check BEFORE INSERT OR UPDATE ON casedesk.violation
    FOR EACH ROW EXECUTE FUNCTION casedesk.violation_check();

-- A new violation costs its village the violation-free title (无违村).
CREATE FUNCTION casedesk.violation_village_lost() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_village integer;
BEGIN
    SELECT village_id INTO v_village FROM casedesk.case_file WHERE id = NEW.id;
    UPDATE casedesk.village_certification
       SET lost_on = greatest(NEW.found_on, certified_on), lost_case_id = NEW.id
     WHERE village_id = v_village AND lost_on IS NULL;
    IF FOUND THEN
        UPDATE casedesk.village SET violation_free_since = NULL WHERE id = v_village;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER violation_village_lost AFTER INSERT ON casedesk.violation
    FOR EACH ROW EXECUTE FUNCTION casedesk.violation_village_lost();

-- Administrators may edit villages (001), but the violation-free title moves
-- only through village_certify_violation_free and the trigger above.
CREATE FUNCTION casedesk.village_title_guard() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$ BEGIN
    IF current_user <> 'casedesk_owner' AND (CASE TG_OP WHEN 'INSERT' THEN NEW.violation_free_since IS NOT NULL
            ELSE NEW.violation_free_since IS DISTINCT FROM OLD.violation_free_since END) THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'The violation-free title is granted only by a supervisor''s certification and lost only through a new violation.';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER village_title_guard BEFORE INSERT OR UPDATE ON casedesk.village
    FOR EACH ROW EXECUTE FUNCTION casedesk.village_title_guard();

-- The cut-off moves: every violation is re-classified.
CREATE FUNCTION casedesk.setting_check() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NEW.key = 'violation.stock_cutoff' AND NEW.value !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The stock cut-off must be a date written as YYYY-MM-DD.';
    END IF;
    IF NEW.key = 'violation.stock_cutoff' THEN
        PERFORM NEW.value::date;
    END IF;
    RETURN NEW;
END $$;

CREATE FUNCTION casedesk.setting_apply() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NEW.key = 'violation.stock_cutoff' AND NEW.value IS DISTINCT FROM OLD.value THEN
        UPDATE casedesk.violation
           SET stock = coalesce(built_on, found_on) < NEW.value::date
         WHERE stock IS DISTINCT FROM (coalesce(built_on, found_on) < NEW.value::date);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER setting_check BEFORE INSERT OR UPDATE ON casedesk.setting
    FOR EACH ROW EXECUTE FUNCTION casedesk.setting_check();
CREATE TRIGGER setting_apply AFTER UPDATE ON casedesk.setting
    FOR EACH ROW EXECUTE FUNCTION casedesk.setting_apply();

-- --------------------------------------------------------------- payment
-- The authority on overpayment: locks the expropriation row so concurrent
-- payments queue up, then refuses any payment that would exceed the assessed
-- compensation.
CREATE FUNCTION casedesk.payment_apply() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    e record;
BEGIN
    SELECT x.assessed_compensation AS comp, x.paid_total, x.signed_on, p.account_no, c.status
      INTO e
      FROM casedesk.expropriation x
      JOIN casedesk.project p ON p.id = x.project_id
      JOIN casedesk.case_file c ON c.id = x.id
     WHERE x.id = NEW.case_id
       FOR UPDATE OF x;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'Payments can be recorded only for expropriation cases.';
    END IF;
    IF e.status <> 'agreement_signed' THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'Payments can be recorded only after the agreement is signed and before the compensation is marked as paid in full.';
    END IF;
    IF NEW.account IS DISTINCT FROM e.account_no THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = format(
            'Payments must go to the project''s dedicated account %s.', e.account_no);
    END IF;
    PERFORM casedesk.check_past(NEW.paid_on, 'payment date');
    IF NEW.paid_on < e.signed_on THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The payment date cannot be before the date the agreement was signed.';
    END IF;
    IF e.paid_total + NEW.amount > e.comp THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = format(
            'This payment would bring the total paid to %s yuan, more than the assessed compensation of %s yuan.',
            e.paid_total + NEW.amount, e.comp);
    END IF;
    UPDATE casedesk.expropriation SET paid_total = paid_total + NEW.amount WHERE id = NEW.case_id;
    RETURN NEW;
END $$;

CREATE TRIGGER payment_apply BEFORE INSERT ON casedesk.payment
    FOR EACH ROW EXECUTE FUNCTION casedesk.payment_apply();

-- Payments are a ledger: corrections are new rows, never edits.
CREATE FUNCTION casedesk.payment_immutable() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$ BEGIN
    RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'Recorded payments cannot be changed or deleted.';
END $$;
CREATE TRIGGER payment_immutable BEFORE UPDATE OR DELETE ON casedesk.payment
    FOR EACH ROW EXECUTE FUNCTION casedesk.payment_immutable();

-- Who recorded it is the session's official, whatever the client sent.
CREATE FUNCTION casedesk.stamp_recorder() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$ BEGIN
    NEW.recorded_by := coalesce(casedesk.my_official_id(), NEW.recorded_by);
    RETURN NEW;
END $$;
CREATE TRIGGER payment_recorder BEFORE INSERT ON casedesk.payment
    FOR EACH ROW EXECUTE FUNCTION casedesk.stamp_recorder();
CREATE TRIGGER patrol_recorder BEFORE INSERT ON casedesk.patrol
    FOR EACH ROW EXECUTE FUNCTION casedesk.stamp_recorder();

-- ------------------------------------------------------ patrol, petition
CREATE FUNCTION casedesk.patrol_check() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$ BEGIN
    PERFORM casedesk.check_past_changed(TG_OP, NEW.patrol_on,
        CASE WHEN TG_OP = 'UPDATE' THEN OLD.patrol_on END, 'patrol date');
    NEW.members := btrim(NEW.members);
    IF coalesce(NEW.members, '') = '' THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The patrol members must not be empty.';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER patrol_check BEFORE INSERT OR UPDATE ON casedesk.patrol
    FOR EACH ROW EXECUTE FUNCTION casedesk.patrol_check();

-- Plain sentences instead of the foreign-key errors the composite keys give.
CREATE FUNCTION casedesk.patrol_village_check() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM casedesk.patrol WHERE id = NEW.patrol_id AND unit_id = NEW.unit_id) THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'This patrol does not exist or does not belong to your unit.';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM casedesk.village WHERE id = NEW.village_id AND unit_id = NEW.unit_id) THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = 'The village or community must belong to the patrol''s town or office.';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER patrol_village_check BEFORE INSERT OR UPDATE ON casedesk.patrol_village
    FOR EACH ROW EXECUTE FUNCTION casedesk.patrol_village_check();

CREATE FUNCTION casedesk.petition_check() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$ BEGIN
    PERFORM casedesk.check_past_changed(TG_OP, NEW.received_on,
        CASE WHEN TG_OP = 'UPDATE' THEN OLD.received_on END, 'date the petition was received');
    NEW.phone := nullif(btrim(NEW.phone), '');
    IF NEW.phone IS NOT NULL AND NOT casedesk.valid_phone(NEW.phone) THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The phone number must be a mobile number (11 digits starting with 13 to 19) or a landline number with its area code.';
    END IF;
    IF coalesce(btrim(NEW.petitioner), '') = '' THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The petitioner must not be empty.';
    END IF;
    IF coalesce(btrim(NEW.subject), '') = '' THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The subject of the petition must not be empty.';
    END IF;
    IF NEW.project_id IS NULL AND NEW.case_id IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'A petition must concern a project or a case.';
    END IF;
    -- RLS hides other units' cases from staff, so "not found" covers both
    IF NEW.case_id IS NOT NULL AND (TG_OP = 'INSERT' OR NEW.case_id IS DISTINCT FROM OLD.case_id)
       AND NOT EXISTS (SELECT 1 FROM casedesk.case_file c WHERE c.id = NEW.case_id AND c.unit_id = NEW.unit_id) THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'This case does not exist or does not belong to your unit.';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER petition_check BEFORE INSERT OR UPDATE ON casedesk.petition
    FOR EACH ROW EXECUTE FUNCTION casedesk.petition_check();

-- ------------------------------------------ version, audit, notify (all)
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['setting','project','project_unit','resettlement_community','case_file',
            'case_counter','expropriation','violation','payment','patrol','patrol_village',
            'village_certification','petition'] LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE ON casedesk.%I
                        FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version()', t || '_version', t);
        -- The case number counter is bookkeeping: the case row itself is audited.
        CONTINUE WHEN t = 'case_counter';
        EXECUTE format('CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON casedesk.%I
                        FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger()', t);
        EXECUTE format('CREATE TRIGGER notify AFTER INSERT OR UPDATE OR DELETE ON casedesk.%I
                        FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger()', t);
    END LOOP;
END $$;

-- ------------------------------------------------------- row security
-- Staff: their unit.  Supervisors and inspectors: read all.  Admin: nothing.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['case_file','expropriation','violation','payment','patrol',
            'patrol_village','petition'] LOOP
        EXECUTE format('ALTER TABLE casedesk.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE casedesk.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON casedesk.%I TO casedesk_staff
                        USING (unit_id = (SELECT casedesk.my_unit_id()))
                        WITH CHECK (unit_id = (SELECT casedesk.my_unit_id()))', t || '_own_unit', t);
        EXECUTE format('CREATE POLICY %I ON casedesk.%I FOR SELECT
                        TO casedesk_supervisor, casedesk_inspector USING (true)', t || '_read_all', t);
        EXECUTE format('GRANT SELECT ON casedesk.%I
                        TO casedesk_staff, casedesk_supervisor, casedesk_inspector', t);
    END LOOP;
END $$;

-- A case registered by mistake may be deleted while nothing has happened yet.
CREATE POLICY case_file_delete_initial ON casedesk.case_file AS RESTRICTIVE FOR DELETE
    TO casedesk_staff USING (status IN ('registered','found'));

GRANT UPDATE (party_name, party_phone, address, note, handled_by), DELETE
    ON casedesk.case_file TO casedesk_staff;
GRANT UPDATE (party_id_no, house_area, land_area_mu) ON casedesk.expropriation TO casedesk_staff;
GRANT UPDATE (area_m2, floors, lat, lon) ON casedesk.violation TO casedesk_staff;
GRANT INSERT (patrol_on, members, notes), UPDATE (patrol_on, members, notes), DELETE
    ON casedesk.patrol TO casedesk_staff;
GRANT INSERT (patrol_id, village_id), DELETE ON casedesk.patrol_village TO casedesk_staff;
GRANT INSERT (project_id, case_id, petitioner, phone, received_on, subject, content),
    UPDATE (petitioner, phone, subject, content) ON casedesk.petition TO casedesk_staff;

-- District-wide reference data, open to every role; the 征收办 (supervisors)
-- keep projects and resettlement communities up to date.
GRANT SELECT ON casedesk.project, casedesk.project_unit, casedesk.resettlement_community,
    casedesk.village_certification, casedesk.setting
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin;
GRANT INSERT, UPDATE ON casedesk.project, casedesk.project_unit, casedesk.resettlement_community
    TO casedesk_supervisor;
GRANT DELETE ON casedesk.project_unit TO casedesk_supervisor;
-- They carry unit columns, so they follow the house rule (RLS forced, the
-- unit column indexed) even though every role reads every row.
CREATE INDEX project_lead_unit_idx ON casedesk.project(lead_unit_id);
CREATE INDEX community_unit_idx ON casedesk.resettlement_community(unit_id);
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['project','project_unit','resettlement_community'] LOOP
        EXECUTE format('ALTER TABLE casedesk.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE casedesk.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON casedesk.%I FOR SELECT
                        TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin
                        USING (true)', t || '_read_all', t);
        EXECUTE format('CREATE POLICY %I ON casedesk.%I TO casedesk_supervisor
                        USING (true) WITH CHECK (true)', t || '_supervisor_write', t);
    END LOOP;
END $$;
GRANT UPDATE (value) ON casedesk.setting TO casedesk_admin;

-- ---------------------------------------------------------------- views
-- Days since each village was last patrolled (staff see their own patrols).
CREATE VIEW casedesk.village_patrol_status WITH (security_invoker = true) AS
SELECT v.id AS village_id, v.unit_id, v.name, v.kind, v.violation_free_since,
       lp.last_patrolled_on,
       current_date - lp.last_patrolled_on AS days_since_patrol
  FROM casedesk.village v
  LEFT JOIN LATERAL (
        SELECT max(p.patrol_on) AS last_patrolled_on
          FROM casedesk.patrol_village pv
          JOIN casedesk.patrol p ON p.id = pv.patrol_id
         WHERE pv.village_id = v.id) lp ON true;

-- Petitions with their statutory clock.
CREATE VIEW casedesk.petition_clock WITH (security_invoker = true) AS
SELECT p.*, (p.status = 'open' AND p.due_on < current_date) AS overdue,
       p.due_on - current_date AS days_left
  FROM casedesk.petition p;

GRANT SELECT ON casedesk.village_patrol_status, casedesk.petition_clock
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector;
