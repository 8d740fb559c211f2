-- functions/011_violation.sql: the kind of case "violation" (违法用地和违法建设).
-- Its case_kind row and steps are in migration 010; here are its
-- detail-row checks, the blocker and step functions its case_kind
-- row names, and the function that creates such a case.
-- One current definition of each function and trigger here; init re-runs
-- this file whenever it changes (README, HACKING).

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
    -- the forced route, once each (migration 103); its periods are clocks
    IF p_step = 'record_enforcement_decision' AND v.enforcement_decision_on IS NOT NULL THEN
        RETURN 'The forced-demolition decision is already recorded.';
    END IF;
    IF p_step = 'record_enforcement_notice' AND v.enforcement_notice_on IS NOT NULL THEN
        RETURN 'The notice and demand are already recorded.';
    END IF;
    RETURN NULL;
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
    d record;   -- the document the step issues (functions/180; its table comes later)
BEGIN
    SELECT * INTO v FROM casedesk.violation WHERE id = c.id FOR UPDATE;
    SELECT s.to_status INTO v_to FROM casedesk.case_steps() s WHERE s.kind = c.kind AND s.step = p_step;
    v_to := coalesce(v_to, c.status);   -- a step that records a document keeps the status
    v_on := casedesk.arg_date(a, 'on', 'date of this step');
    PERFORM casedesk.check_step_date(v_on, greatest(v.found_on, v.verified_on, v.stop_notice_on,
        v.rectify_ordered_on, v.resolved_on, v.reinspected_on, v.enforcement_decision_on, v.enforcement_notice_on));
    v_deadline := c.deadline;
    CASE p_step
    WHEN 'verify' THEN
        v_built := casedesk.arg_date(a, 'built_on', 'construction date', false);
        UPDATE casedesk.violation SET verified_on = v_on, built_on = coalesce(v_built, built_on)
         WHERE id = c.id;
    WHEN 'stop_notice' THEN
        -- the number is the register's (migration 200: no longer asked)
        d := casedesk.step_document(c, p_step, v_on, v_on + 3);
        UPDATE casedesk.violation SET stop_notice_on = v_on, stop_notice_no = d.doc_no
         WHERE id = c.id;
    WHEN 'order_rectify' THEN
        v_deadline := casedesk.arg_date(a, 'deadline', 'rectification deadline');
        IF v_deadline < v_on THEN
            RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The rectification deadline cannot be earlier than the date of the order.';
        END IF;
        d := casedesk.step_document(c, p_step, v_on, v_deadline);
        UPDATE casedesk.violation SET rectify_ordered_on = v_on, rectify_deadline = v_deadline
         WHERE id = c.id;
    WHEN 'demolish', 'rectify', 'stock_dispose' THEN
        -- the area removed: as asked, else the area found (migration 101)
        UPDATE casedesk.violation SET resolution = v_to, resolved_on = v_on,
               resolved_area_m2 = CASE WHEN p_step <> 'stock_dispose'
                                       THEN coalesce(casedesk.arg_num(a, 'area', 'area demolished or rectified', false),
                                                     v.area_m2) END
         WHERE id = c.id;
        v_deadline := NULL;  -- the clock stops once the violation is dealt with
    WHEN 'record_enforcement_decision' THEN
        -- 强制拆除决定书: the party is given 10 days to demolish it
        d := casedesk.step_document(c, p_step, v_on, v_on + 10);
        UPDATE casedesk.violation SET enforcement_decision_on = v_on, enforcement_decision_no = d.doc_no
         WHERE id = c.id;
    WHEN 'record_enforcement_notice' THEN
        -- 催告书: 3 working days before 代履行 (行政强制法第51条)
        d := casedesk.step_document(c, p_step, v_on, casedesk.add_workdays(v_on, 3));
        UPDATE casedesk.violation SET enforcement_notice_on = v_on, enforcement_notice_no = d.doc_no
         WHERE id = c.id;
    WHEN 'forced_demolish' THEN
        -- 行政强制法第43条: not on a statutory holiday (nor a rest day)
        IF NOT casedesk.is_workday(v_on) THEN
            RAISE EXCEPTION USING ERRCODE = '23514',
                MESSAGE = 'Forced demolition may not take place on a holiday or a rest day (行政强制法第43条).';
        END IF;
        UPDATE casedesk.violation SET resolution = 'demolished', resolved_on = v_on, forced = true,
               forced_at = casedesk.forced_daytime(a),
               resolved_area_m2 = coalesce(casedesk.arg_num(a, 'area', 'area demolished or rectified', false), v.area_m2)
         WHERE id = c.id;
        v_deadline := NULL;
    WHEN 'not_violation', 'void' THEN
        -- closed with the outcome and why; counted in no figure (migration 101)
        UPDATE casedesk.violation SET resolution = p_step, resolved_on = v_on,
               outcome_reason = casedesk.arg_text(a, 'reason', 'reason')
         WHERE id = c.id;
        v_deadline := NULL;
    WHEN 'reinspect' THEN
        UPDATE casedesk.violation SET reinspected_on = v_on WHERE id = c.id;
    ELSE
        NULL;  -- 'close'
    END CASE;
    UPDATE casedesk.case_file
       SET status = v_to, deadline = v_deadline, closed_on = CASE WHEN v_to = 'closed' THEN v_on END
     WHERE id = c.id;
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

GRANT EXECUTE ON FUNCTION
    casedesk.case_create_violation(integer, text, text, date, text, text, numeric, integer, date,
                                   numeric, numeric, text, text)
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector;
