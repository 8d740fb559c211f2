-- functions/010_cases.sql: what every kind of case shares: row rules
-- (triggers), the legal steps read from casedesk.case_kind / case_step and
-- dispatched to the kind's own functions (functions/011_<kind>.sql),
-- numbering, patrols, violation-free villages, petitions.
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
    IF p_date > casedesk.today() THEN
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

-- Who recorded it is the session's official, whatever the client sent.
CREATE OR REPLACE FUNCTION casedesk.stamp_recorder() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$ BEGIN
    NEW.recorded_by := coalesce(casedesk.my_official_id(), NEW.recorded_by);
    RETURN NEW;
END $$;
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
        -- Rows of one unit are announced on that unit's channel only.
        EXECUTE format('CREATE OR REPLACE TRIGGER notify AFTER INSERT OR UPDATE OR DELETE ON casedesk.%I
                        FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger(%L)', t,
                       CASE WHEN t IN ('case_file', 'expropriation', 'violation', 'payment', 'patrol',
                                       'patrol_village', 'petition') THEN 'unit' ELSE 'all' END);
    END LOOP;
END $$;

-- ---------------------------------------------------------------- views
-- casedesk.village_patrol_status (days since each village was patrolled)
-- is defined in functions/195_reference_retire.sql: it leaves out villages
-- merged away, a column of migration 195.

-- Petitions with their statutory clock.
-- Without the petitioner and phone (migration 065: staff cannot read them;
-- a security_invoker view that names them fails for everybody who cannot).
CREATE OR REPLACE VIEW casedesk.petition_clock WITH (security_invoker = true) AS
SELECT p.id, p.unit_id, p.project_id, p.case_id, p.received_on, p.subject, p.content, p.status,
       p.due_on, p.answered_on, p.answer, p.version,
       (p.status = 'open' AND p.due_on < casedesk.today()) AS overdue,
       p.due_on - casedesk.today() AS days_left
  FROM casedesk.petition p;

GRANT SELECT ON casedesk.petition_clock
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
    IF v_fn IS NOT NULL THEN
        EXECUTE format('SELECT casedesk.%I($1, $2)', v_fn) INTO v_why USING c, p_step;
    END IF;
    -- then the statutory periods (functions/102_legal_clocks.sql), as of today
    RETURN coalesce(v_why, casedesk.legal_clock_blocker(c, p_step, casedesk.today()));
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
    -- a step dated in the past is held to the periods as of its own date
    v_why := coalesce(v_why, casedesk.legal_clock_blocker(c, p_step,
                 coalesce(casedesk.arg_date(p_args, 'on', 'date of this step', false), casedesk.today())));
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

GRANT EXECUTE ON FUNCTION
    casedesk.case_next_steps(bigint),
    casedesk.case_transition(bigint, integer, text, jsonb)
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

-- 无违村/无违社区创建: the title's life cycle is in functions/105_village_title.sql.

-- The older petition table's answer and close functions (petition_answer,
-- petition_close) were dropped by migration 186: petitions are cases of the
-- kind petition (functions/140); the old rows are kept for history
-- (functions/186_petition_retired.sql).

GRANT EXECUTE ON FUNCTION
    casedesk.patrol_record_finding(bigint, integer, text, text, text, numeric, integer, date,
                                   numeric, numeric, text)
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector;
