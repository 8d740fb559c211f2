-- 012_cases_workflow: creating cases, legal transitions, payments.
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

CREATE FUNCTION casedesk.case_steps()
    RETURNS TABLE(kind text, step text, from_status text[], to_status text,
                  label_zh text, label_en text, needs text[], ord integer)
    LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
AS $$ VALUES
  ('expropriation'::text,'survey'::text,'{registered}'::text[],'surveyed'::text,'入户调查'::text,
   'Survey the house'::text,'{on}'::text[],10),
  ('expropriation','assess','{surveyed}','assessed','评估补偿','Assess the compensation','{on,amount}',20),
  ('expropriation','sign','{assessed}','agreement_signed','签订协议','Sign the agreement','{on,resettlement}',30),
  ('expropriation','pay_complete','{agreement_signed}','compensation_paid','补偿款付清','Compensation paid in full','{}',40),
  ('expropriation','vacate','{compensation_paid}','vacated','腾房','House vacated','{on}',50),
  ('expropriation','demolish','{vacated}','demolished','拆除','Demolished','{on}',60),
  ('expropriation','record_expropriation_decision','{registered,surveyed,assessed}',NULL,'登记征收决定','Record the expropriation decision','{on,doc_no}',70),
  ('expropriation','record_compensation_decision','{assessed}',NULL,'登记补偿决定','Record the compensation decision','{on,doc_no}',71),
  ('expropriation','record_court_enforcement','{assessed}',NULL,'登记法院强制执行裁定','Record the court enforcement ruling','{on,doc_no}',72),
  ('expropriation','forced_demolish','{assessed}','demolished','依法强制拆除','Forced demolition (statutory)','{on}',73),
  ('expropriation','close','{demolished}','closed','结案','Close the case','{on}',90),
  ('violation','verify','{found}','verified','现场核实','Verify on site','{on}',10),
  ('violation','stop_notice','{verified}','stop_notice','责令停工','Issue a stop-work notice','{on,doc_no}',20),
  ('violation','order_rectify','{stop_notice}','rectifying','限期整改','Order rectification by a deadline','{on,deadline}',30),
  ('violation','demolish','{rectifying}','demolished','拆除','Demolished','{on}',40),
  ('violation','rectify','{rectifying}','rectified','整改完成','Rectified','{on}',41),
  ('violation','stock_dispose','{rectifying}','stock_disposal','存量处置','Disposed of as stock','{on}',42),
  ('violation','reinspect','{demolished,rectified,stock_disposal}','reinspected','复查','Re-inspected','{on}',50),
  ('violation','close','{reinspected}','closed','结案','Close the case','{on}',90)
$$;
GRANT EXECUTE ON FUNCTION casedesk.case_steps()
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector;

-- ------------------------------------------------------ argument helpers
CREATE FUNCTION casedesk.arg_date(p_args jsonb, p_key text, p_field text, p_required boolean DEFAULT true)
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

CREATE FUNCTION casedesk.arg_text(p_args jsonb, p_key text, p_field text, p_required boolean DEFAULT true)
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

CREATE FUNCTION casedesk.arg_num(p_args jsonb, p_key text, p_field text, p_required boolean DEFAULT true)
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
CREATE FUNCTION casedesk.check_step_date(p_on date, p_last date) RETURNS void
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
CREATE FUNCTION casedesk.case_for_staff(p_case_id bigint) RETURNS casedesk.case_file
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

-- Why a step cannot be taken now beyond the status (NULL: it can).
CREATE FUNCTION casedesk.case_step_blocker(c casedesk.case_file, p_step text) RETURNS text
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    x casedesk.expropriation;
    v casedesk.violation;
BEGIN
    IF c.kind = 'violation' THEN
        SELECT * INTO v FROM casedesk.violation WHERE id = c.id;
        IF p_step = 'stock_dispose' AND NOT v.stock THEN
            RETURN format('Only stock violations (built before %s) may be disposed of as stock.',
                          casedesk.stock_cutoff());
        END IF;
        RETURN NULL;
    END IF;
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
CREATE FUNCTION casedesk.case_next_steps(p_case_id bigint)
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
CREATE FUNCTION casedesk.case_step_expropriation(c casedesk.case_file, p_step text, a jsonb)
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
CREATE FUNCTION casedesk.case_step_violation(c casedesk.case_file, p_step text, a jsonb)
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
CREATE FUNCTION casedesk.case_transition(p_case_id bigint, p_version integer, p_step text,
        p_args jsonb DEFAULT '{}')
    RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c casedesk.case_file;
    s record;
    v_why text;
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
    IF c.kind = 'expropriation' THEN
        PERFORM casedesk.case_step_expropriation(c, p_step, coalesce(p_args, '{}'));
    ELSE
        PERFORM casedesk.case_step_violation(c, p_step, coalesce(p_args, '{}'));
    END IF;
    SELECT version INTO v_version FROM casedesk.case_file WHERE id = p_case_id;
    RETURN v_version;
END $$;

-- --------------------------------------------------------------- creating
-- Allocates the number and inserts the case row in the caller's unit.
CREATE FUNCTION casedesk.case_new(p_kind text, p_village_id integer, p_opened_on date,
        p_party_name text, p_phone text, p_address text, p_note text)
    RETURNS casedesk.case_file
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_unit integer := casedesk.my_unit_id();
    v_prefix text := CASE p_kind WHEN 'expropriation' THEN 'ZS' ELSE 'LW' END;
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
    v_year := extract(year FROM p_opened_on)::integer;
    INSERT INTO casedesk.case_counter AS k (prefix, year, last) VALUES (v_prefix, v_year, 1)
        ON CONFLICT (prefix, year) DO UPDATE SET last = k.last + 1
        RETURNING last INTO v_n;
    INSERT INTO casedesk.case_file (case_no, kind, unit_id, village_id, status, opened_on,
            party_name, party_phone, address, note, created_by, handled_by)
    VALUES (format('%s-%s-%s', v_prefix, v_year, lpad(v_n::text, 6, '0')), p_kind, v_unit,
            p_village_id, CASE p_kind WHEN 'expropriation' THEN 'registered' ELSE 'found' END,
            p_opened_on, coalesce(p_party_name, ''), p_phone, p_address, p_note,
            casedesk.my_official_id(), casedesk.my_official_id())
    RETURNING * INTO c;
    RETURN c;
END $$;

CREATE FUNCTION casedesk.case_create_expropriation(p_project_id integer, p_village_id integer,
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
CREATE FUNCTION casedesk.case_new_violation(p_village_id integer, p_subkind text, p_found_by text,
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

CREATE FUNCTION casedesk.case_create_violation(p_village_id integer, p_subkind text,
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
CREATE FUNCTION casedesk.payment_add(p_case_id bigint, p_amount numeric, p_paid_on date,
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
