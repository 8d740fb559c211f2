-- functions/011_expropriation.sql: the kind of case "expropriation" (征收).
-- Its case_kind row and steps are in migration 010; here are its
-- detail-row checks, payments, the blocker and step functions its case_kind
-- row names, and the function that creates such a case.
-- One current definition of each function and trigger here; init re-runs
-- this file whenever it changes (README, HACKING).

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
CREATE OR REPLACE TRIGGER payment_recorder BEFORE INSERT ON casedesk.payment
    FOR EACH ROW EXECUTE FUNCTION casedesk.stamp_recorder();

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
          WHEN x.court_application_on IS NULL THEN 'Record the application to the court before its ruling.'
          WHEN x.court_enforcement_on IS NOT NULL THEN 'The court enforcement ruling is already recorded.' END
      WHEN 'forced_demolish' THEN CASE
          WHEN x.expropriation_decision_on IS NULL OR x.compensation_decision_on IS NULL
            OR x.court_enforcement_on IS NULL THEN
          'Forced demolition needs the expropriation decision, the compensation decision and the court enforcement ruling, each recorded with date and document number, in that order.'
          -- 条例第27条: compensate first; 提存 when the household will not take it
          WHEN x.paid_total IS DISTINCT FROM x.assessed_compensation AND x.deposit_on IS NULL THEN
          'Forced demolition needs the compensation paid in full or deposited (提存) first.' END
      -- resettlement (migration 104)
      WHEN 'allocate_flat' THEN CASE
          WHEN x.party_kind <> 'household' OR x.resettlement IS DISTINCT FROM 'flat' THEN
          'Only a household that chose a resettlement flat is allocated one.'
          WHEN x.flat_allocated_on IS NOT NULL THEN 'The flat is already allocated.' END
      WHEN 'move_in' THEN CASE
          WHEN x.flat_allocated_on IS NULL THEN 'Allocate the flat before recording the move-in.'
          WHEN x.moved_in_on IS NOT NULL THEN 'The move-in is already recorded.' END
      WHEN 'close' THEN CASE
          WHEN x.party_kind = 'household' AND x.resettlement = 'flat' AND x.moved_in_on IS NULL THEN
          'A household resettled in a flat is closed once it has moved in.' END
      WHEN 'record_demand' THEN CASE
          WHEN x.compensation_decision_on IS NULL THEN 'Record the compensation decision before the demand to comply.'
          WHEN x.demand_on IS NOT NULL THEN 'The demand to comply is already recorded.' END
      WHEN 'record_court_application' THEN CASE
          WHEN x.demand_on IS NULL THEN 'Serve the demand to comply before applying to the court.'
          WHEN x.court_application_on IS NOT NULL THEN 'The application to the court is already recorded.' END
      WHEN 'record_deposit' THEN CASE
          WHEN x.compensation_decision_on IS NULL THEN 'Record the compensation decision before depositing the compensation.'
          WHEN x.deposit_on IS NOT NULL THEN 'The deposit of the compensation is already recorded.' END
    END;
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
    d record;   -- the document the step issues (functions/180; its table comes later)
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
        -- a document made elsewhere is recorded by its number; the register
        -- numbers its own (record_demand, record_compensation_decision)
        v_no := casedesk.arg_text(a, 'doc_no', 'document number',
                                  p_step NOT IN ('record_demand', 'record_compensation_decision'));
    ELSIF p_step = 'allocate_flat' THEN
        -- may precede the demolition recorded before it: only not in the future
        PERFORM casedesk.check_past(v_on, 'date of the allocation');
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
        -- 行政强制法第43条: not on a statutory holiday (nor a rest day)
        IF NOT casedesk.is_workday(v_on) THEN
            RAISE EXCEPTION USING ERRCODE = '23514',
                MESSAGE = 'Forced demolition may not take place on a holiday or a rest day (行政强制法第43条).';
        END IF;
        UPDATE casedesk.expropriation SET demolished_on = v_on, forced = true,
               forced_at = casedesk.forced_daytime(a) WHERE id = c.id;
    WHEN 'allocate_flat' THEN
        IF v_on < x.signed_on THEN
            RAISE EXCEPTION USING ERRCODE = '23514',
                MESSAGE = 'A flat cannot be allocated before the agreement was signed.';
        END IF;
        IF EXISTS (SELECT 1 FROM casedesk.expropriation o
                    WHERE o.community_id = x.community_id AND o.id <> c.id
                      AND o.flat_building = casedesk.arg_text(a, 'building', 'building')
                      AND coalesce(o.flat_unit, '') = coalesce(casedesk.arg_text(a, 'unit_no', 'unit', false), '')
                      AND o.flat_room = casedesk.arg_text(a, 'room', 'room')) THEN
            RAISE EXCEPTION USING ERRCODE = '23505',
                MESSAGE = 'That flat is already allocated to another household.';
        END IF;
        UPDATE casedesk.expropriation
           SET flat_allocated_on = v_on,
               flat_building = casedesk.arg_text(a, 'building', 'building'),
               flat_unit = casedesk.arg_text(a, 'unit_no', 'unit', false),
               flat_room = casedesk.arg_text(a, 'room', 'room'),
               flat_area_m2 = casedesk.arg_num(a, 'flat_area', 'flat area'),
               transition_monthly = casedesk.arg_num(a, 'monthly', 'monthly transition allowance', false)
         WHERE id = c.id;
    WHEN 'move_in' THEN
        IF v_on < x.flat_allocated_on THEN
            RAISE EXCEPTION USING ERRCODE = '23514',
                MESSAGE = 'The move-in cannot be dated before the flat was allocated.';
        END IF;
        UPDATE casedesk.expropriation SET moved_in_on = v_on WHERE id = c.id;
    WHEN 'record_demand' THEN
        -- 催告书: 10 working days before the court may be asked (行政强制法第54条)
        d := casedesk.step_document(c, p_step, v_on, casedesk.add_workdays(v_on, 10));
        UPDATE casedesk.expropriation SET demand_on = v_on, demand_no = d.doc_no WHERE id = c.id;
    WHEN 'record_court_application' THEN
        UPDATE casedesk.expropriation SET court_application_on = v_on, court_application_no = v_no WHERE id = c.id;
    WHEN 'record_deposit' THEN
        UPDATE casedesk.expropriation SET deposit_on = v_on, deposit_no = v_no WHERE id = c.id;
    WHEN 'record_expropriation_decision' THEN
        UPDATE casedesk.expropriation SET expropriation_decision_on = v_on, expropriation_decision_no = v_no
         WHERE id = c.id;
    WHEN 'record_compensation_decision' THEN
        IF v_on < x.expropriation_decision_on THEN
            RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = format(
                'The compensation decision cannot be dated before the expropriation decision (%s).',
                x.expropriation_decision_on);
        END IF;
        -- 征收补偿决定书, numbered by the register
        d := casedesk.step_document(c, p_step, v_on, v_on + 15);
        UPDATE casedesk.expropriation SET compensation_decision_on = v_on, compensation_decision_no = d.doc_no
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
    c := casedesk.case_new('expropriation', p_village_id, coalesce(p_opened_on, casedesk.today()),
                           p_party_name, p_phone, p_address, NULL);
    INSERT INTO casedesk.expropriation (id, unit_id, project_id, party_kind, party_id_no,
            house_area, land_area_mu)
    VALUES (c.id, c.unit_id, p_project_id, p_party_kind, p_party_id_no, p_house_area, p_land_area_mu);
    RETURN c.id;
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
    casedesk.case_create_expropriation(integer, integer, text, text, text, text, text, numeric, numeric, date),
    casedesk.payment_add(bigint, numeric, date, text, text)
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector;
