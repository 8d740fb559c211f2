-- functions/010_cases.sql: cases of every kind: row rules (triggers), the legal steps,
-- creating cases and payments, patrols, violation-free villages, petitions.
-- One current definition of each function, view and trigger here; init
-- re-runs this file whenever it changes (README, HACKING).

CREATE OR REPLACE FUNCTION casedesk.setting_date(p_key text) RETURNS date
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$ SELECT value::date FROM casedesk.setting WHERE key = p_key $$;

CREATE OR REPLACE FUNCTION casedesk.stock_cutoff() RETURNS date
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$ SELECT casedesk.setting_date('violation.stock_cutoff') $$;

GRANT EXECUTE ON FUNCTION casedesk.valid_citizen_id(text), casedesk.valid_credit_code(text),
    casedesk.valid_phone(text), casedesk.stock_cutoff()
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin;

-- True when official p_official is an active member of unit p_unit.  Definer
-- rights: the official directory may be narrowed by later policies.
CREATE OR REPLACE FUNCTION casedesk.official_in_unit(p_official integer, p_unit integer) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$ SELECT EXISTS (SELECT 1 FROM casedesk.official o
                     WHERE o.id = p_official AND o.unit_id = p_unit AND NOT o.disabled) $$;

-- Invoker's rights on purpose: whoever edits a detail row can see its case,
-- and nobody learns the status of a case they cannot see.
CREATE OR REPLACE FUNCTION casedesk.case_is_closed(p_case bigint) RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$ SELECT coalesce((SELECT status = 'closed' FROM casedesk.case_file WHERE id = p_case), false) $$;

GRANT EXECUTE ON FUNCTION casedesk.setting_date(text), casedesk.official_in_unit(integer, integer),
    casedesk.case_is_closed(bigint)
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin;

-- A date that makes no sense in the future.
CREATE OR REPLACE FUNCTION casedesk.check_past(p_date date, p_field text) RETURNS void
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
CREATE OR REPLACE FUNCTION casedesk.check_past_changed(p_op text, p_new date, p_old date, p_field text)
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
CREATE OR REPLACE FUNCTION casedesk.case_file_check() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    k casedesk.case_kind;
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.status = 'closed' AND current_user <> 'casedesk_owner' THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'A closed case can no longer be changed.';
    END IF;
    IF TG_OP = 'INSERT' OR NEW.kind IS DISTINCT FROM OLD.kind OR NEW.case_no IS DISTINCT FROM OLD.case_no
       OR NEW.status IS DISTINCT FROM OLD.status THEN
        SELECT * INTO k FROM casedesk.case_kind WHERE code = NEW.kind;
        IF FOUND AND left(NEW.case_no, 3) IS DISTINCT FROM k.number_prefix || '-' THEN
            RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = format(
                'The number of a case of this kind starts with %s-.', k.number_prefix);
        END IF;
        IF FOUND AND NEW.status IS DISTINCT FROM k.initial_status AND NOT EXISTS (
                SELECT 1 FROM casedesk.case_step s WHERE s.kind = NEW.kind AND s.to_status = NEW.status) THEN
            RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = format(
                'A case of this kind cannot have the status %s.', NEW.status);
        END IF;
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

CREATE OR REPLACE TRIGGER case_file_check BEFORE INSERT OR UPDATE ON casedesk.case_file
    FOR EACH ROW EXECUTE FUNCTION casedesk.case_file_check();

-- --------------------------------------------------------- expropriation
CREATE OR REPLACE FUNCTION casedesk.expropriation_check() RETURNS trigger
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

CREATE OR REPLACE TRIGGER expropriation_check BEFORE INSERT OR UPDATE ON casedesk.expropriation
    FOR EACH ROW EXECUTE FUNCTION casedesk.expropriation_check();

-- ------------------------------------------------------------- violation
CREATE OR REPLACE FUNCTION casedesk.violation_check() RETURNS trigger
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

CREATE OR REPLACE TRIGGER violation_check BEFORE INSERT OR UPDATE ON casedesk.violation
    FOR EACH ROW EXECUTE FUNCTION casedesk.violation_check();

-- A new violation costs its village the violation-free title (无违村).
CREATE OR REPLACE FUNCTION casedesk.violation_village_lost() RETURNS trigger
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

CREATE OR REPLACE TRIGGER violation_village_lost AFTER INSERT ON casedesk.violation
    FOR EACH ROW EXECUTE FUNCTION casedesk.violation_village_lost();

-- Administrators may edit villages (001), but the violation-free title moves
-- only through village_certify_violation_free and the trigger above.
CREATE OR REPLACE FUNCTION casedesk.village_title_guard() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$ BEGIN
    IF current_user <> 'casedesk_owner' AND (CASE TG_OP WHEN 'INSERT' THEN NEW.violation_free_since IS NOT NULL
            ELSE NEW.violation_free_since IS DISTINCT FROM OLD.violation_free_since END) THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'The violation-free title is granted only by a supervisor''s certification and lost only through a new violation.';
    END IF;
    RETURN NEW;
END $$;
CREATE OR REPLACE TRIGGER village_title_guard BEFORE INSERT OR UPDATE ON casedesk.village
    FOR EACH ROW EXECUTE FUNCTION casedesk.village_title_guard();

-- The cut-off moves: every violation is re-classified.
CREATE OR REPLACE FUNCTION casedesk.setting_check() RETURNS trigger
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

CREATE OR REPLACE FUNCTION casedesk.setting_apply() RETURNS trigger
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

CREATE OR REPLACE TRIGGER setting_check BEFORE INSERT OR UPDATE ON casedesk.setting
    FOR EACH ROW EXECUTE FUNCTION casedesk.setting_check();
CREATE OR REPLACE TRIGGER setting_apply AFTER UPDATE ON casedesk.setting
    FOR EACH ROW EXECUTE FUNCTION casedesk.setting_apply();

-- --------------------------------------------------------------- payment
-- The authority on overpayment: locks the expropriation row so concurrent
-- payments queue up, then refuses any payment that would exceed the assessed
-- compensation.
CREATE OR REPLACE FUNCTION casedesk.payment_apply() RETURNS trigger
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

CREATE OR REPLACE TRIGGER payment_apply BEFORE INSERT ON casedesk.payment
    FOR EACH ROW EXECUTE FUNCTION casedesk.payment_apply();

-- Payments are a ledger: corrections are new rows, never edits.
CREATE OR REPLACE FUNCTION casedesk.payment_immutable() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$ BEGIN
    RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'Recorded payments cannot be changed or deleted.';
END $$;
CREATE OR REPLACE TRIGGER payment_immutable BEFORE UPDATE OR DELETE ON casedesk.payment
    FOR EACH ROW EXECUTE FUNCTION casedesk.payment_immutable();

-- Who recorded it is the session's official, whatever the client sent.
CREATE OR REPLACE FUNCTION casedesk.stamp_recorder() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$ BEGIN
    NEW.recorded_by := coalesce(casedesk.my_official_id(), NEW.recorded_by);
    RETURN NEW;
END $$;
CREATE OR REPLACE TRIGGER payment_recorder BEFORE INSERT ON casedesk.payment
    FOR EACH ROW EXECUTE FUNCTION casedesk.stamp_recorder();
CREATE OR REPLACE TRIGGER patrol_recorder BEFORE INSERT ON casedesk.patrol
    FOR EACH ROW EXECUTE FUNCTION casedesk.stamp_recorder();

-- ------------------------------------------------------ patrol, petition
CREATE OR REPLACE FUNCTION casedesk.patrol_check() RETURNS trigger
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
CREATE OR REPLACE TRIGGER patrol_check BEFORE INSERT OR UPDATE ON casedesk.patrol
    FOR EACH ROW EXECUTE FUNCTION casedesk.patrol_check();

-- Plain sentences instead of the foreign-key errors the composite keys give.
CREATE OR REPLACE FUNCTION casedesk.patrol_village_check() RETURNS trigger
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
CREATE OR REPLACE TRIGGER patrol_village_check BEFORE INSERT OR UPDATE ON casedesk.patrol_village
    FOR EACH ROW EXECUTE FUNCTION casedesk.patrol_village_check();

CREATE OR REPLACE FUNCTION casedesk.petition_check() RETURNS trigger
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
CREATE OR REPLACE TRIGGER petition_check BEFORE INSERT OR UPDATE ON casedesk.petition
    FOR EACH ROW EXECUTE FUNCTION casedesk.petition_check();

-- ------------------------------------------ version, audit, notify (all)
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['setting','project','project_unit','resettlement_community',
            'case_kind','case_step','case_file',
            'case_counter','expropriation','violation','payment','patrol','patrol_village',
            'village_certification','petition'] LOOP
        EXECUTE format('CREATE OR REPLACE TRIGGER %I BEFORE UPDATE ON casedesk.%I
                        FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version()', t || '_version', t);
        -- The case number counter is bookkeeping: the case row itself is audited.
        CONTINUE WHEN t = 'case_counter';
        EXECUTE format('CREATE OR REPLACE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON casedesk.%I
                        FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger()', t);
        EXECUTE format('CREATE OR REPLACE TRIGGER notify AFTER INSERT OR UPDATE OR DELETE ON casedesk.%I
                        FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger()', t);
    END LOOP;
END $$;

-- ---------------------------------------------------------------- views
-- Days since each village was last patrolled (staff see their own patrols).
CREATE OR REPLACE VIEW casedesk.village_patrol_status WITH (security_invoker = true) AS
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
CREATE OR REPLACE VIEW casedesk.petition_clock WITH (security_invoker = true) AS
SELECT p.*, (p.status = 'open' AND p.due_on < current_date) AS overdue,
       p.due_on - current_date AS days_left
  FROM casedesk.petition p;

GRANT SELECT ON casedesk.village_patrol_status, casedesk.petition_clock
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector;
-- Workflow: creating cases, legal transitions, payments.
--
-- Expropriation (征收安置):
--   registered -survey-> surveyed -assess-> assessed -sign-> agreement_signed
--   -pay_complete-> compensation_paid -vacate-> vacated -demolish-> demolished
--   -close-> closed
--   Statutory forced path (强拆, rare): record_expropriation_decision (征收决定),
--   record_compensation_decision (补偿决定), record_court_enforcement (法院裁定),
--   each with date and document number and in that order, then
--   forced_demolish: assessed -> demolished.
-- Violation (两违):
--   found -verify-> verified -stop_notice-> stop_notice -order_rectify->
--   rectifying -demolish|rectify|stock_dispose-> demolished|rectified|
--   stock_disposal -reinspect-> reinspected -close-> closed
--   stock_dispose only for stock cases (built before the cut-off).
--
-- Every step is dated ("on" in p_args); dates never go backwards and are
-- never in the future.  Only staff of the case's unit change a case.
--
-- p_args keys: on (date), doc_no, amount, deadline (date), resettlement
-- ('money'|'flat'), community_id, and optionally house_area, land_area_mu
-- (survey) and built_on (verify).  case_next_steps lists the required keys
-- of each step in needs[].

CREATE OR REPLACE FUNCTION casedesk.case_steps()
    RETURNS TABLE(kind text, step text, from_status text[], to_status text,
                  label_zh text, label_en text, needs text[], ord integer)
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT s.kind, s.step, s.from_status, s.to_status, s.label_zh, s.label_en, s.needs, s.ord
      FROM casedesk.case_step s
$$;
GRANT EXECUTE ON FUNCTION casedesk.case_steps()
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector;

-- ------------------------------------------------------ argument helpers
CREATE OR REPLACE FUNCTION casedesk.arg_date(p_args jsonb, p_key text, p_field text, p_required boolean DEFAULT true)
    RETURNS date
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v text := btrim(p_args->>p_key);
BEGIN
    IF coalesce(v, '') = '' THEN
        IF p_required THEN
            RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = format('The %s is required.', p_field);
        END IF;
        RETURN NULL;
    END IF;
    BEGIN
        IF v !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN RAISE SQLSTATE '22007'; END IF;
        RETURN v::date;
    EXCEPTION WHEN others THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = format('The %s must be a date written as YYYY-MM-DD.', p_field);
    END;
END $$;

CREATE OR REPLACE FUNCTION casedesk.arg_text(p_args jsonb, p_key text, p_field text, p_required boolean DEFAULT true)
    RETURNS text
    LANGUAGE plpgsql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v text := nullif(btrim(p_args->>p_key), '');
BEGIN
    IF v IS NULL AND p_required THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = format('The %s is required.', p_field);
    END IF;
    IF length(v) > 100 THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = format('The %s must be at most 100 characters long.', p_field);
    END IF;
    RETURN v;
END $$;

CREATE OR REPLACE FUNCTION casedesk.arg_num(p_args jsonb, p_key text, p_field text, p_required boolean DEFAULT true)
    RETURNS numeric
    LANGUAGE plpgsql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v text := nullif(btrim(p_args->>p_key), '');
BEGIN
    IF v IS NULL THEN
        IF p_required THEN
            RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = format('The %s is required.', p_field);
        END IF;
        RETURN NULL;
    END IF;
    IF v !~ '^[0-9]{1,10}(\.[0-9]{1,2})?$' THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE =
            format('The %s must be a number with at most two decimals.', p_field);
    END IF;
    RETURN v::numeric;
END $$;

-- The date of a step: not in the future, not before the previous step.
CREATE OR REPLACE FUNCTION casedesk.check_step_date(p_on date, p_last date) RETURNS void
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$ BEGIN
    PERFORM casedesk.check_past(p_on, 'date of this step');
    IF p_on < p_last THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = format(
            'The date of this step cannot be earlier than the previous step (%s).', p_last);
    END IF;
END $$;

-- ------------------------------------------------------------- scope
-- The case, locked, if the session is staff of its unit; one message for
-- "no such case" and "not yours" so existence does not leak.
CREATE OR REPLACE FUNCTION casedesk.case_for_staff(p_case_id bigint) RETURNS casedesk.case_file
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c casedesk.case_file;
BEGIN
    IF casedesk.my_role() IS DISTINCT FROM 'staff' THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'Only staff of the case''s town or office may change a case.';
    END IF;
    SELECT * INTO c FROM casedesk.case_file
     WHERE id = p_case_id AND unit_id = casedesk.my_unit_id() FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'This case does not exist or does not belong to your unit.';
    END IF;
    RETURN c;
END $$;

-- Why a step cannot be taken now beyond the status (NULL: it can): asks the
-- kind's blocker function (case_kind.blocker_function), if it has one.
CREATE OR REPLACE FUNCTION casedesk.case_step_blocker(c casedesk.case_file, p_step text) RETURNS text
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_fn  text;
    v_why text;
BEGIN
    SELECT k.blocker_function INTO v_fn FROM casedesk.case_kind k WHERE k.code = c.kind;
    IF v_fn IS NULL THEN
        RETURN NULL;
    END IF;
    EXECUTE format('SELECT casedesk.%I($1, $2)', v_fn) INTO v_why USING c, p_step;
    RETURN v_why;
END $$;

CREATE OR REPLACE FUNCTION casedesk.case_blocker_violation(c casedesk.case_file, p_step text) RETURNS text
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v casedesk.violation;
BEGIN
    SELECT * INTO v FROM casedesk.violation WHERE id = c.id;
    IF p_step = 'stock_dispose' AND NOT v.stock THEN
        RETURN format('Only stock violations (built before %s) may be disposed of as stock.',
                      casedesk.stock_cutoff());
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION casedesk.case_blocker_expropriation(c casedesk.case_file, p_step text) RETURNS text
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    x casedesk.expropriation;
BEGIN
    SELECT * INTO x FROM casedesk.expropriation WHERE id = c.id;
    RETURN CASE p_step
      WHEN 'sign' THEN CASE WHEN x.party_id_no IS NULL THEN
          'Record the party''s citizen ID number or credit code before signing the agreement.' END
      WHEN 'pay_complete' THEN CASE WHEN x.paid_total IS DISTINCT FROM x.assessed_compensation THEN
          format('The compensation is not paid in full: %s of %s yuan paid.', x.paid_total, x.assessed_compensation) END
      WHEN 'record_expropriation_decision' THEN CASE WHEN x.expropriation_decision_on IS NOT NULL THEN
          'The expropriation decision is already recorded.' END
      WHEN 'record_compensation_decision' THEN CASE
          WHEN x.expropriation_decision_on IS NULL THEN 'Record the expropriation decision before the compensation decision.'
          WHEN x.compensation_decision_on IS NOT NULL THEN 'The compensation decision is already recorded.' END
      WHEN 'record_court_enforcement' THEN CASE
          WHEN x.compensation_decision_on IS NULL THEN 'Record the compensation decision before the court enforcement ruling.'
          WHEN x.court_enforcement_on IS NOT NULL THEN 'The court enforcement ruling is already recorded.' END
      WHEN 'forced_demolish' THEN CASE WHEN x.expropriation_decision_on IS NULL
            OR x.compensation_decision_on IS NULL OR x.court_enforcement_on IS NULL THEN
          'Forced demolition needs the expropriation decision, the compensation decision and the court enforcement ruling, each recorded with date and document number, in that order.' END
    END;
END $$;

-- ------------------------------------------------------------ next steps
CREATE OR REPLACE FUNCTION casedesk.case_next_steps(p_case_id bigint)
    RETURNS TABLE(step text, label_zh text, label_en text, needs text[])
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c casedesk.case_file;
BEGIN
    IF casedesk.my_role() IS DISTINCT FROM 'staff' THEN RETURN; END IF;
    SELECT * INTO c FROM casedesk.case_file f
     WHERE f.id = p_case_id AND f.unit_id = casedesk.my_unit_id();
    IF NOT FOUND THEN RETURN; END IF;
    RETURN QUERY
        SELECT s.step, s.label_zh, s.label_en, s.needs
          FROM casedesk.case_steps() s
         WHERE s.kind = c.kind AND c.status = ANY (s.from_status)
           AND casedesk.case_step_blocker(c, s.step) IS NULL
         ORDER BY s.ord;
END $$;

-- ------------------------------------------------------ expropriation steps
CREATE OR REPLACE FUNCTION casedesk.case_step_expropriation(c casedesk.case_file, p_step text, a jsonb)
    RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    x casedesk.expropriation;
    v_on date;
    v_last date;
    v_no text;
    v_res text;
    v_comm integer;
    v_to text;
BEGIN
    SELECT * INTO x FROM casedesk.expropriation WHERE id = c.id FOR UPDATE;
    SELECT s.to_status INTO v_to FROM casedesk.case_steps() s WHERE s.kind = c.kind AND s.step = p_step;
    v_to := coalesce(v_to, c.status);
    v_last := greatest(c.opened_on, x.surveyed_on, x.assessed_on, x.signed_on, x.paid_on,
                       x.vacated_on, x.demolished_on);
    IF p_step = 'pay_complete' THEN
        SELECT max(paid_on) INTO v_on FROM casedesk.payment WHERE case_id = c.id;
        v_on := greatest(v_on, x.signed_on);
    ELSE
        v_on := casedesk.arg_date(a, 'on', 'date of this step');
    END IF;
    IF p_step LIKE 'record\_%' THEN
        PERFORM casedesk.check_past(v_on, 'date of the decision');
        v_no := casedesk.arg_text(a, 'doc_no', 'document number');
    ELSIF p_step = 'forced_demolish' THEN
        PERFORM casedesk.check_step_date(v_on, greatest(v_last, x.court_enforcement_on));
    ELSE
        PERFORM casedesk.check_step_date(v_on, v_last);
    END IF;

    CASE p_step
    WHEN 'survey' THEN
        UPDATE casedesk.expropriation SET surveyed_on = v_on,
               house_area = coalesce(casedesk.arg_num(a, 'house_area', 'house area', false), house_area),
               land_area_mu = coalesce(casedesk.arg_num(a, 'land_area_mu', 'land area', false), land_area_mu)
         WHERE id = c.id;
    WHEN 'assess' THEN
        UPDATE casedesk.expropriation SET assessed_on = v_on,
               assessed_compensation = casedesk.arg_num(a, 'amount', 'assessed compensation')
         WHERE id = c.id;
    WHEN 'sign' THEN
        v_res := casedesk.arg_text(a, 'resettlement', 'resettlement choice');
        IF v_res NOT IN ('money','flat') THEN
            RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The resettlement must be money or flat.';
        END IF;
        IF v_res = 'flat' THEN
            v_comm := casedesk.arg_num(a, 'community_id', 'resettlement community')::integer;
            IF NOT EXISTS (SELECT 1 FROM casedesk.resettlement_community WHERE id = v_comm) THEN
                RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'No such resettlement community.';
            END IF;
        END IF;
        UPDATE casedesk.expropriation SET signed_on = v_on, resettlement = v_res, community_id = v_comm
         WHERE id = c.id;
    WHEN 'pay_complete' THEN
        UPDATE casedesk.expropriation SET paid_on = v_on WHERE id = c.id;
    WHEN 'vacate' THEN
        UPDATE casedesk.expropriation SET vacated_on = v_on WHERE id = c.id;
    WHEN 'demolish' THEN
        UPDATE casedesk.expropriation SET demolished_on = v_on WHERE id = c.id;
    WHEN 'forced_demolish' THEN
        UPDATE casedesk.expropriation SET demolished_on = v_on, forced = true WHERE id = c.id;
    WHEN 'record_expropriation_decision' THEN
        UPDATE casedesk.expropriation SET expropriation_decision_on = v_on, expropriation_decision_no = v_no
         WHERE id = c.id;
    WHEN 'record_compensation_decision' THEN
        IF v_on < x.expropriation_decision_on THEN
            RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = format(
                'The compensation decision cannot be dated before the expropriation decision (%s).',
                x.expropriation_decision_on);
        END IF;
        UPDATE casedesk.expropriation SET compensation_decision_on = v_on, compensation_decision_no = v_no
         WHERE id = c.id;
    WHEN 'record_court_enforcement' THEN
        IF v_on < x.compensation_decision_on THEN
            RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = format(
                'The court enforcement ruling cannot be dated before the compensation decision (%s).',
                x.compensation_decision_on);
        END IF;
        UPDATE casedesk.expropriation SET court_enforcement_on = v_on, court_enforcement_no = v_no
         WHERE id = c.id;
    ELSE
        NULL;  -- 'close': only the case row changes
    END CASE;
    UPDATE casedesk.case_file
       SET status = v_to, closed_on = CASE WHEN v_to = 'closed' THEN v_on END
     WHERE id = c.id;
END $$;

-- ---------------------------------------------------------- violation steps
CREATE OR REPLACE FUNCTION casedesk.case_step_violation(c casedesk.case_file, p_step text, a jsonb)
    RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v casedesk.violation;
    v_on date;
    v_deadline date;
    v_built date;
    v_to text;
BEGIN
    SELECT * INTO v FROM casedesk.violation WHERE id = c.id FOR UPDATE;
    SELECT s.to_status INTO v_to FROM casedesk.case_steps() s WHERE s.kind = c.kind AND s.step = p_step;
    v_on := casedesk.arg_date(a, 'on', 'date of this step');
    PERFORM casedesk.check_step_date(v_on, greatest(v.found_on, v.verified_on, v.stop_notice_on,
        v.rectify_ordered_on, v.resolved_on, v.reinspected_on));
    v_deadline := c.deadline;
    CASE p_step
    WHEN 'verify' THEN
        v_built := casedesk.arg_date(a, 'built_on', 'construction date', false);
        UPDATE casedesk.violation SET verified_on = v_on, built_on = coalesce(v_built, built_on)
         WHERE id = c.id;
    WHEN 'stop_notice' THEN
        UPDATE casedesk.violation SET stop_notice_on = v_on,
               stop_notice_no = casedesk.arg_text(a, 'doc_no', 'notice number')
         WHERE id = c.id;
    WHEN 'order_rectify' THEN
        v_deadline := casedesk.arg_date(a, 'deadline', 'rectification deadline');
        IF v_deadline < v_on THEN
            RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The rectification deadline cannot be earlier than the date of the order.';
        END IF;
        UPDATE casedesk.violation SET rectify_ordered_on = v_on, rectify_deadline = v_deadline
         WHERE id = c.id;
    WHEN 'demolish', 'rectify', 'stock_dispose' THEN
        UPDATE casedesk.violation SET resolution = v_to, resolved_on = v_on WHERE id = c.id;
        v_deadline := NULL;  -- the clock stops once the violation is dealt with
    WHEN 'reinspect' THEN
        UPDATE casedesk.violation SET reinspected_on = v_on WHERE id = c.id;
    ELSE
        NULL;  -- 'close'
    END CASE;
    UPDATE casedesk.case_file
       SET status = v_to, deadline = v_deadline, closed_on = CASE WHEN v_to = 'closed' THEN v_on END
     WHERE id = c.id;
END $$;

-- ------------------------------------------------------------- transition
-- Returns the case's new version.  p_version is the version the caller read:
-- a mismatch means someone else changed the case meanwhile (SQLSTATE 40001).
CREATE OR REPLACE FUNCTION casedesk.case_transition(p_case_id bigint, p_version integer, p_step text,
        p_args jsonb DEFAULT '{}')
    RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c casedesk.case_file;
    s record;
    v_why text;
    v_fn text;
    v_version integer;
BEGIN
    c := casedesk.case_for_staff(p_case_id);
    IF c.version IS DISTINCT FROM p_version THEN
        RAISE EXCEPTION USING ERRCODE = '40001', MESSAGE = 'This case was changed by someone else after you opened it; reload it and try again.';
    END IF;
    SELECT * INTO s FROM casedesk.case_steps() t WHERE t.kind = c.kind AND t.step = p_step;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format(
            'There is no step "%s" for %s cases.', p_step, c.kind);
    END IF;
    IF NOT c.status = ANY (s.from_status) THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = format(
            'The step "%s" is not possible while the case is %s.', p_step, c.status);
    END IF;
    v_why := casedesk.case_step_blocker(c, p_step);
    IF v_why IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = v_why;
    END IF;
    SELECT k.step_function INTO v_fn FROM casedesk.case_kind k WHERE k.code = c.kind;
    EXECUTE format('SELECT casedesk.%I($1, $2, $3)', v_fn) USING c, p_step, coalesce(p_args, '{}');
    SELECT version INTO v_version FROM casedesk.case_file WHERE id = p_case_id;
    RETURN v_version;
END $$;

-- --------------------------------------------------------------- creating
-- Allocates the number and inserts the case row in the caller's unit.
CREATE OR REPLACE FUNCTION casedesk.case_new(p_kind text, p_village_id integer, p_opened_on date,
        p_party_name text, p_phone text, p_address text, p_note text)
    RETURNS casedesk.case_file
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_unit integer := casedesk.my_unit_id();
    k casedesk.case_kind;
    v_year integer;
    v_n integer;
    c casedesk.case_file;
BEGIN
    IF casedesk.my_role() IS DISTINCT FROM 'staff' THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'Only staff of a town or sub-district office may register cases.';
    END IF;
    IF p_village_id IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The village or community is required.';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM casedesk.village WHERE id = p_village_id AND unit_id = v_unit) THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'The village or community must belong to your unit.';
    END IF;
    IF p_opened_on IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The opening date is required.';
    END IF;
    PERFORM casedesk.check_past(p_opened_on, 'opening date');
    SELECT * INTO k FROM casedesk.case_kind WHERE code = p_kind;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('There is no kind of case "%s".', p_kind);
    END IF;
    v_year := extract(year FROM p_opened_on)::integer;
    INSERT INTO casedesk.case_counter AS n (prefix, year, last) VALUES (k.number_prefix, v_year, 1)
        ON CONFLICT (prefix, year) DO UPDATE SET last = n.last + 1
        RETURNING last INTO v_n;
    INSERT INTO casedesk.case_file (case_no, kind, unit_id, village_id, status, opened_on,
            party_name, party_phone, address, note, created_by, handled_by)
    VALUES (format('%s-%s-%s', k.number_prefix, v_year, lpad(v_n::text, 6, '0')), p_kind, v_unit,
            p_village_id, k.initial_status,
            p_opened_on, coalesce(p_party_name, ''), p_phone, p_address, p_note,
            casedesk.my_official_id(), casedesk.my_official_id())
    RETURNING * INTO c;
    RETURN c;
END $$;

CREATE OR REPLACE FUNCTION casedesk.case_create_expropriation(p_project_id integer, p_village_id integer,
        p_party_kind text, p_party_name text, p_party_id_no text DEFAULT NULL,
        p_phone text DEFAULT NULL, p_address text DEFAULT NULL, p_house_area numeric DEFAULT NULL,
        p_land_area_mu numeric DEFAULT NULL, p_opened_on date DEFAULT NULL)
    RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c casedesk.case_file;
BEGIN
    IF p_party_kind IS NULL OR p_party_kind NOT IN ('household','enterprise') THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The party must be a household or an enterprise.';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM casedesk.project WHERE id = p_project_id) THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The project is required and must exist.';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM casedesk.project_unit
                    WHERE project_id = p_project_id AND unit_id = casedesk.my_unit_id()) THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'Your unit does not take part in this project.';
    END IF;
    c := casedesk.case_new('expropriation', p_village_id, coalesce(p_opened_on, current_date),
                           p_party_name, p_phone, p_address, NULL);
    INSERT INTO casedesk.expropriation (id, unit_id, project_id, party_kind, party_id_no,
            house_area, land_area_mu)
    VALUES (c.id, c.unit_id, p_project_id, p_party_kind, p_party_id_no, p_house_area, p_land_area_mu);
    RETURN c.id;
END $$;

-- Shared by case_create_violation and patrol_record_finding.
CREATE OR REPLACE FUNCTION casedesk.case_new_violation(p_village_id integer, p_subkind text, p_found_by text,
        p_found_on date, p_owner_name text, p_address text, p_area_m2 numeric, p_floors integer,
        p_built_on date, p_lat numeric, p_lon numeric, p_phone text, p_note text, p_patrol_id bigint)
    RETURNS bigint
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c casedesk.case_file;
BEGIN
    IF p_subkind IS NULL OR p_subkind NOT IN ('land','construction') THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The kind of violation must be illegal land use (land) or illegal construction (construction).';
    END IF;
    IF p_found_by IS NULL OR p_found_by NOT IN ('patrol','report','satellite','petition') THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The source must be patrol, report, satellite or petition.';
    END IF;
    IF p_found_on IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The date the violation was found is required.';
    END IF;
    c := casedesk.case_new('violation', p_village_id, p_found_on, p_owner_name, p_phone, p_address, p_note);
    INSERT INTO casedesk.violation (id, unit_id, subkind, found_by, patrol_id, lat, lon, area_m2,
            floors, built_on, found_on)
    VALUES (c.id, c.unit_id, p_subkind, p_found_by, p_patrol_id, p_lat, p_lon, p_area_m2,
            p_floors, p_built_on, p_found_on);
    RETURN c.id;
END $$;

CREATE OR REPLACE FUNCTION casedesk.case_create_violation(p_village_id integer, p_subkind text,
        p_found_by text, p_found_on date, p_owner_name text, p_address text DEFAULT NULL,
        p_area_m2 numeric DEFAULT NULL, p_floors integer DEFAULT NULL, p_built_on date DEFAULT NULL,
        p_lat numeric DEFAULT NULL, p_lon numeric DEFAULT NULL, p_phone text DEFAULT NULL,
        p_note text DEFAULT NULL)
    RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF p_found_by = 'patrol' THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'A violation found on patrol is recorded from the patrol log (patrol_record_finding).';
    END IF;
    RETURN casedesk.case_new_violation(p_village_id, p_subkind, p_found_by, p_found_on, p_owner_name,
        p_address, p_area_m2, p_floors, p_built_on, p_lat, p_lon, p_phone, p_note, NULL);
END $$;

-- ---------------------------------------------------------------- payment
-- The account is always the project's dedicated account (专户).
CREATE OR REPLACE FUNCTION casedesk.payment_add(p_case_id bigint, p_amount numeric, p_paid_on date,
        p_payee text, p_voucher_no text DEFAULT NULL)
    RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c casedesk.case_file;
    v_id bigint;
BEGIN
    c := casedesk.case_for_staff(p_case_id);
    IF p_amount IS NULL OR p_amount <= 0 OR p_amount >= 1e10 OR p_amount <> round(p_amount, 2) THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The amount must be greater than 0 and less than 10,000,000,000 yuan, with at most two decimals.';
    END IF;
    IF p_paid_on IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The payment date is required.';
    END IF;
    IF coalesce(btrim(p_payee), '') = '' THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The payee is required.';
    END IF;
    INSERT INTO casedesk.payment (case_id, unit_id, amount, paid_on, payee, account, voucher_no)
    SELECT c.id, c.unit_id, p_amount, p_paid_on, btrim(p_payee), p.account_no, nullif(btrim(p_voucher_no), '')
      FROM casedesk.expropriation x JOIN casedesk.project p ON p.id = x.project_id
     WHERE x.id = c.id
    RETURNING id INTO v_id;
    IF v_id IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'Payments can be recorded only for expropriation cases.';
    END IF;
    RETURN v_id;
END $$;

GRANT EXECUTE ON FUNCTION
    casedesk.case_next_steps(bigint),
    casedesk.case_transition(bigint, integer, text, jsonb),
    casedesk.case_create_expropriation(integer, integer, text, text, text, text, text, numeric, numeric, date),
    casedesk.case_create_violation(integer, text, text, date, text, text, numeric, integer, date,
                                   numeric, numeric, text, text),
    casedesk.payment_add(bigint, numeric, date, text, text)
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector;
-- Patrols and petitions: patrol findings, violation-free villages, petitions.
--
-- Patrol logs (巡查) are plain rows staff insert for their unit (grants in
-- 011); a finding on patrol opens a violation case with found_by = 'patrol'
-- dated on the patrol day and marks the village as patrolled.  A village
-- certified violation-free (无违村) by a supervisor loses the title by
-- trigger (011) when a new violation case is found there.  Petitions (信访)
-- must be answered within 60 days of receipt.

CREATE OR REPLACE FUNCTION casedesk.patrol_record_finding(p_patrol_id bigint, p_village_id integer,
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
CREATE OR REPLACE FUNCTION casedesk.village_certify_violation_free(p_village_id integer, p_on date)
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
CREATE OR REPLACE FUNCTION casedesk.petition_for_staff(p_petition_id bigint, p_version integer)
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

CREATE OR REPLACE FUNCTION casedesk.petition_answer(p_petition_id bigint, p_version integer,
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

CREATE OR REPLACE FUNCTION casedesk.petition_close(p_petition_id bigint, p_version integer)
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
