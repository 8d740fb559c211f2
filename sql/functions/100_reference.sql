-- functions/100_reference.sql: the district's reference data kept by
-- administrators (and, for projects and communities, supervisors): units,
-- villages, projects, resettlement communities and the working-day calendar.
-- Used by `casedesk-admin unit|village|project|community|calendar` and the
-- reference screens.  SECURITY INVOKER on purpose: the caller's grants and
-- the tables' policies decide who may change what (migration 100); these
-- functions only turn codes into ids and say in one sentence what is wrong.

CREATE OR REPLACE FUNCTION casedesk.ref_unit(p_code text) RETURNS integer
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_id integer;
BEGIN
    SELECT id INTO v_id FROM casedesk.unit WHERE code = p_code;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '23503', MESSAGE = 'There is no unit with that code.';
    END IF;
    RETURN v_id;
END $$;

CREATE OR REPLACE FUNCTION casedesk.ref_name(p_name text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF p_name IS NULL OR btrim(p_name) = '' THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The name must not be empty.';
    END IF;
    RETURN btrim(p_name);
END $$;

CREATE OR REPLACE FUNCTION casedesk.unit_add(p_code text, p_name text, p_kind text, p_parent_code text)
    RETURNS integer
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_id integer;
BEGIN
    IF p_code IS NULL OR p_code !~ '^[a-z][a-z0-9_-]{0,15}$' THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = 'A unit code is 1 to 16 lower-case letters, digits, - or _, starting with a letter.';
    END IF;
    IF p_kind IS NULL OR p_kind NOT IN ('district', 'town', 'subdistrict', 'department') THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = 'The kind of a unit is district, town, subdistrict or department.';
    END IF;
    IF EXISTS (SELECT 1 FROM casedesk.unit WHERE code = p_code) THEN
        RAISE EXCEPTION USING ERRCODE = '23505', MESSAGE = 'A unit with that code already exists.';
    END IF;
    INSERT INTO casedesk.unit (code, name, kind, parent_id)
        VALUES (p_code, casedesk.ref_name(p_name), p_kind,
                CASE WHEN p_parent_code IS NULL THEN NULL ELSE casedesk.ref_unit(p_parent_code) END)
        RETURNING id INTO v_id;
    RETURN v_id;
END $$;

CREATE OR REPLACE FUNCTION casedesk.unit_rename(p_code text, p_name text) RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    UPDATE casedesk.unit SET name = casedesk.ref_name(p_name) WHERE id = casedesk.ref_unit(p_code);
END $$;

CREATE OR REPLACE FUNCTION casedesk.village_add(p_unit_code text, p_name text, p_kind text)
    RETURNS integer
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_unit integer := casedesk.ref_unit(p_unit_code);
    v_id integer;
BEGIN
    IF coalesce(p_kind, 'village') NOT IN ('village', 'community') THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'A village is a village or a community.';
    END IF;
    IF EXISTS (SELECT 1 FROM casedesk.village WHERE unit_id = v_unit AND name = btrim(p_name)) THEN
        RAISE EXCEPTION USING ERRCODE = '23505', MESSAGE = 'The unit already has a village of that name.';
    END IF;
    INSERT INTO casedesk.village (unit_id, name, kind)
        VALUES (v_unit, casedesk.ref_name(p_name), coalesce(p_kind, 'village'))
        RETURNING id INTO v_id;
    RETURN v_id;
END $$;

CREATE OR REPLACE FUNCTION casedesk.village_rename(p_unit_code text, p_old text, p_new text) RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_unit integer := casedesk.ref_unit(p_unit_code);
BEGIN
    IF EXISTS (SELECT 1 FROM casedesk.village WHERE unit_id = v_unit AND name = btrim(p_new)) THEN
        RAISE EXCEPTION USING ERRCODE = '23505', MESSAGE = 'The unit already has a village of that name.';
    END IF;
    UPDATE casedesk.village SET name = casedesk.ref_name(p_new) WHERE unit_id = v_unit AND name = p_old;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '23503', MESSAGE = 'The unit has no village of that name.';
    END IF;
END $$;

CREATE OR REPLACE FUNCTION casedesk.ref_project(p_code text) RETURNS integer
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_id integer;
BEGIN
    SELECT id INTO v_id FROM casedesk.project WHERE code = p_code;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '23503', MESSAGE = 'There is no project with that code.';
    END IF;
    RETURN v_id;
END $$;

CREATE OR REPLACE FUNCTION casedesk.ref_money(p_value numeric) RETURNS numeric
    LANGUAGE plpgsql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF p_value IS NOT NULL AND (p_value < 0 OR p_value >= 1e12 OR p_value <> round(p_value, 2)) THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = 'An amount is between 0 and 999,999,999,999.99 yuan, to the fen.';
    END IF;
    RETURN p_value;
END $$;

-- A project with its dedicated account (专户) and the money: the budget as
-- packaged (包装的拆迁资金) and the real need of the area.
CREATE OR REPLACE FUNCTION casedesk.project_add(p_code text, p_name text, p_kind text,
        p_lead_unit_code text, p_account_no text, p_started_on date,
        p_budget_packaged numeric, p_funding_need numeric)
    RETURNS integer
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_id integer;
BEGIN
    IF p_code IS NULL OR p_code !~ '^[a-z][a-z0-9_-]{0,31}$' THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = 'A project code is 1 to 32 lower-case letters, digits, - or _, starting with a letter.';
    END IF;
    IF p_kind IS NULL OR p_kind NOT IN ('shantytown', 'major') THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = 'The kind of a project is shantytown or major.';
    END IF;
    IF p_account_no IS NULL OR p_account_no !~ '^[0-9]{10,25}$' THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = 'The dedicated account number is 10 to 25 digits.';
    END IF;
    IF p_started_on > casedesk.today() THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The start date must not be in the future.';
    END IF;
    IF EXISTS (SELECT 1 FROM casedesk.project WHERE code = p_code) THEN
        RAISE EXCEPTION USING ERRCODE = '23505', MESSAGE = 'A project with that code already exists.';
    END IF;
    INSERT INTO casedesk.project (code, name, kind, lead_unit_id, started_on,
                                  budget_packaged, funding_need, account_no)
        VALUES (p_code, casedesk.ref_name(p_name), p_kind,
                CASE WHEN p_lead_unit_code IS NULL THEN NULL ELSE casedesk.ref_unit(p_lead_unit_code) END,
                p_started_on, casedesk.ref_money(p_budget_packaged), casedesk.ref_money(p_funding_need),
                p_account_no)
        RETURNING id INTO v_id;
    IF p_lead_unit_code IS NOT NULL THEN
        INSERT INTO casedesk.project_unit (project_id, unit_id) VALUES (v_id, casedesk.ref_unit(p_lead_unit_code));
    END IF;
    RETURN v_id;
END $$;

CREATE OR REPLACE FUNCTION casedesk.project_set_money(p_code text, p_budget_packaged numeric,
        p_funding_need numeric) RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    UPDATE casedesk.project
       SET budget_packaged = casedesk.ref_money(p_budget_packaged),
           funding_need = casedesk.ref_money(p_funding_need)
     WHERE id = casedesk.ref_project(p_code);
END $$;

-- A town or office the project runs through (its clerks then see it in their pickers).
CREATE OR REPLACE FUNCTION casedesk.project_add_unit(p_code text, p_unit_code text) RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    INSERT INTO casedesk.project_unit (project_id, unit_id)
        VALUES (casedesk.ref_project(p_code), casedesk.ref_unit(p_unit_code))
        ON CONFLICT ON CONSTRAINT project_unit_unique DO NOTHING;
END $$;

CREATE OR REPLACE FUNCTION casedesk.community_add(p_name text, p_unit_code text, p_flats_planned integer)
    RETURNS integer
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_id integer;
BEGIN
    IF coalesce(p_flats_planned, 0) < 0 THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The number of flats must not be negative.';
    END IF;
    IF EXISTS (SELECT 1 FROM casedesk.resettlement_community WHERE name = btrim(p_name)) THEN
        RAISE EXCEPTION USING ERRCODE = '23505',
            MESSAGE = 'A resettlement community of that name already exists.';
    END IF;
    INSERT INTO casedesk.resettlement_community (name, unit_id, flats_planned)
        VALUES (casedesk.ref_name(p_name),
                CASE WHEN p_unit_code IS NULL THEN NULL ELSE casedesk.ref_unit(p_unit_code) END,
                coalesce(p_flats_planned, 0))
        RETURNING id INTO v_id;
    RETURN v_id;
END $$;

CREATE OR REPLACE FUNCTION casedesk.community_set_flats(p_name text, p_planned integer, p_ready integer)
    RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF p_planned IS NULL OR p_ready IS NULL OR p_planned < 0 OR p_ready < 0 OR p_ready > p_planned THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = 'Flats ready must be between 0 and the flats planned.';
    END IF;
    UPDATE casedesk.resettlement_community SET flats_planned = p_planned, flats_ready = p_ready
     WHERE name = p_name;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '23503', MESSAGE = 'There is no resettlement community of that name.';
    END IF;
END $$;

-- The working-day calendar: a statutory holiday (法定节假日) on a weekday,
-- or a make-up working day (调休上班) on a weekend.  Setting a plain day
-- to what it is anyway (a holiday on a Sunday) is refused: it would change
-- nothing and hide a typo in the date.
CREATE OR REPLACE FUNCTION casedesk.calendar_set(p_day date, p_kind text, p_name text) RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF p_day IS NULL OR p_kind IS NULL OR p_kind NOT IN ('holiday', 'workday') THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'A calendar day is a holiday or a make-up working day.';
    END IF;
    IF (p_kind = 'holiday') = (extract(isodow FROM p_day) >= 6) THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = 'Only a weekday can be a holiday and only a weekend day a make-up working day.';
    END IF;
    INSERT INTO casedesk.calendar_day (day, kind, name) VALUES (p_day, p_kind, coalesce(btrim(p_name), ''))
        ON CONFLICT ON CONSTRAINT calendar_day_unique
        DO UPDATE SET kind = EXCLUDED.kind, name = EXCLUDED.name;
END $$;

CREATE OR REPLACE FUNCTION casedesk.calendar_clear(p_day date) RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_id integer;
BEGIN
    SELECT id INTO v_id FROM casedesk.calendar_day WHERE day = p_day;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '23503', MESSAGE = 'That day is not in the calendar.';
    END IF;
    PERFORM casedesk.row_delete('calendar_day', v_id);   -- deleting has its one door (056)
END $$;

REVOKE ALL ON FUNCTION casedesk.ref_unit(text), casedesk.ref_name(text), casedesk.ref_project(text),
    casedesk.ref_money(numeric),
    casedesk.unit_add(text, text, text, text), casedesk.unit_rename(text, text),
    casedesk.village_add(text, text, text), casedesk.village_rename(text, text, text),
    casedesk.project_add(text, text, text, text, text, date, numeric, numeric),
    casedesk.project_set_money(text, numeric, numeric), casedesk.project_add_unit(text, text),
    casedesk.community_add(text, text, integer), casedesk.community_set_flats(text, integer, integer),
    casedesk.calendar_set(date, text, text), casedesk.calendar_clear(date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk.ref_unit(text), casedesk.ref_name(text), casedesk.ref_project(text),
    casedesk.ref_money(numeric),
    casedesk.unit_add(text, text, text, text), casedesk.unit_rename(text, text),
    casedesk.village_add(text, text, text), casedesk.village_rename(text, text, text),
    casedesk.calendar_set(date, text, text), casedesk.calendar_clear(date) TO casedesk_admin;
GRANT EXECUTE ON FUNCTION casedesk.ref_unit(text), casedesk.ref_name(text), casedesk.ref_project(text),
    casedesk.ref_money(numeric),
    casedesk.project_add(text, text, text, text, text, date, numeric, numeric),
    casedesk.project_set_money(text, numeric, numeric), casedesk.project_add_unit(text, text),
    casedesk.community_add(text, text, integer), casedesk.community_set_flats(text, integer, integer)
    TO casedesk_admin, casedesk_supervisor;
