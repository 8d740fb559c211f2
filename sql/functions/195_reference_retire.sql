-- functions/195_reference_retire.sql: retiring a village or community
-- (merged into another, 村居撤并) or a project (finished), and restoring
-- one retired by mistake (migration 195; issue 14, item 8).
--
-- Retired rows are never deleted: existing cases, patrols, petitions and
-- payments keep naming them and keep working (they can be edited, moved on
-- and closed); only NEW rows are refused in them (the *_in_use triggers
-- below), and the client's pickers leave them out.
--
-- Decisions, as a clerk would expect them:
-- * The date is not in the future.  retired_on records a fact ("since the
--   merger of 2026-06-30"), like every other date of the record
--   (check_past); a retirement scheduled ahead would make a village vanish
--   from a clerk's menus on some morning with nobody at the desk who did
--   it.  The administrator retires it on the day (or afterwards, with the
--   day it took effect).
-- * A village with open cases is not retired: the refusal says how many,
--   in one sentence, so the town moves or closes them first.  Retiring it
--   anyway would leave work in a place that no picker offers any more, and
--   nobody would notice the cases until their deadlines passed.  The same
--   for a project's open cases.
-- * The date is not before a case opened in it (or a patrol through it):
--   "gone since" must be true of the record.
-- * Retiring a retired row is refused (restore it first to change the date),
--   so a second retirement cannot silently move the date.
--
-- SECURITY DEFINER: the new columns have no UPDATE grant, so these are the
-- one door, and the open-case count must see every unit's cases.  Who may
-- is checked here: administrators for villages (as village_add), and
-- administrators and supervisors (征收办) for projects (as project_add);
-- the installer (owner) too, for scripts.  The village's and project's
-- audit triggers record the change with the session's login.

CREATE OR REPLACE FUNCTION casedesk.ref_retire_check(p_roles text[], p_what text) RETURNS void
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF pg_has_role(session_user, 'casedesk_owner', 'MEMBER') THEN
        RETURN;
    END IF;
    IF coalesce(casedesk.my_role() = ANY (p_roles), false) THEN
        RETURN;
    END IF;
    IF p_what = 'village' THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'Only an administrator may retire or restore a village or community.';
    END IF;
    RAISE EXCEPTION USING ERRCODE = '42501',
        MESSAGE = 'Only an administrator or a supervisor may retire or restore a project.';
END $$;

CREATE OR REPLACE FUNCTION casedesk.ref_retire_date(p_on date) RETURNS date
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF p_on IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The retirement date is missing.';
    END IF;
    PERFORM casedesk.check_past(p_on, 'retirement date');
    RETURN p_on;
END $$;

CREATE OR REPLACE FUNCTION casedesk.village_retire(p_unit_code text, p_name text, p_on date, p_reason text)
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v casedesk.village;
    v_open bigint;
    v_last date;
BEGIN
    PERFORM casedesk.ref_retire_check(ARRAY['admin'], 'village');
    PERFORM casedesk.ref_retire_date(p_on);
    IF length(p_reason) > 200 THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The reason is at most 200 characters.';
    END IF;
    SELECT * INTO v FROM casedesk.village
     WHERE unit_id = casedesk.ref_unit(p_unit_code) AND name = p_name FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '23503', MESSAGE = 'The unit has no village of that name.';
    END IF;
    IF v.retired_on IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = format('The village or community %s was already retired on %s.', v.name, v.retired_on);
    END IF;
    SELECT count(*) INTO v_open FROM casedesk.case_file WHERE village_id = v.id AND status <> 'closed';
    IF v_open > 0 THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = format('The village or community %s still has %s open cases; move or close them before retiring it.',
                             v.name, v_open);
    END IF;
    SELECT greatest((SELECT max(opened_on) FROM casedesk.case_file WHERE village_id = v.id),
                    (SELECT max(p.patrol_on) FROM casedesk.patrol_village pv
                       JOIN casedesk.patrol p ON p.id = pv.patrol_id WHERE pv.village_id = v.id))
      INTO v_last;
    IF v_last > p_on THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = format('The village or community %s has a case or patrol of %s, after the retirement date.',
                             v.name, v_last);
    END IF;
    UPDATE casedesk.village SET retired_on = p_on, retired_reason = nullif(btrim(p_reason), '')
     WHERE id = v.id;
END $$;

CREATE OR REPLACE FUNCTION casedesk.village_restore(p_unit_code text, p_name text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    PERFORM casedesk.ref_retire_check(ARRAY['admin'], 'village');
    UPDATE casedesk.village SET retired_on = NULL, retired_reason = NULL
     WHERE unit_id = casedesk.ref_unit(p_unit_code) AND name = p_name AND retired_on IS NOT NULL;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '23503', MESSAGE = 'The unit has no retired village of that name.';
    END IF;
END $$;

-- Cases of a project: the expropriation cases and the petitions about it.
CREATE OR REPLACE FUNCTION casedesk.project_retire(p_code text, p_on date, p_reason text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    p casedesk.project;
    v_open bigint;
BEGIN
    PERFORM casedesk.ref_retire_check(ARRAY['admin', 'supervisor'], 'project');
    PERFORM casedesk.ref_retire_date(p_on);
    IF length(p_reason) > 200 THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The reason is at most 200 characters.';
    END IF;
    SELECT * INTO p FROM casedesk.project WHERE id = casedesk.ref_project(p_code) FOR UPDATE;
    IF p.retired_on IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = format('The project %s was already finished on %s.', p.name, p.retired_on);
    END IF;
    IF p.started_on > p_on THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = format('The project %s started on %s, after that date.', p.name, p.started_on);
    END IF;
    SELECT count(*) INTO v_open FROM casedesk.case_file c
     WHERE c.status <> 'closed'
       AND (EXISTS (SELECT 1 FROM casedesk.expropriation x WHERE x.id = c.id AND x.project_id = p.id)
            OR EXISTS (SELECT 1 FROM casedesk.petition_case pc WHERE pc.id = c.id AND pc.project_id = p.id));
    IF v_open > 0 THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = format('The project %s still has %s open cases; close them before marking it finished.',
                             p.name, v_open);
    END IF;
    UPDATE casedesk.project SET retired_on = p_on, retired_reason = nullif(btrim(p_reason), '')
     WHERE id = p.id;
END $$;

CREATE OR REPLACE FUNCTION casedesk.project_restore(p_code text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    PERFORM casedesk.ref_retire_check(ARRAY['admin', 'supervisor'], 'project');
    UPDATE casedesk.project SET retired_on = NULL, retired_reason = NULL
     WHERE id = casedesk.ref_project(p_code) AND retired_on IS NOT NULL;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The project is not marked finished.';
    END IF;
END $$;

REVOKE ALL ON FUNCTION casedesk.ref_retire_check(text[], text), casedesk.ref_retire_date(date),
    casedesk.village_retire(text, text, date, text), casedesk.village_restore(text, text),
    casedesk.project_retire(text, date, text), casedesk.project_restore(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk.village_retire(text, text, date, text), casedesk.village_restore(text, text)
    TO casedesk_admin;
GRANT EXECUTE ON FUNCTION casedesk.project_retire(text, date, text), casedesk.project_restore(text)
    TO casedesk_admin, casedesk_supervisor;

-- ---------------------------------------------- nothing new in a retired row
-- Invoker's rights: every role reads every village and project (001, 011).
-- Existing rows keep working: only an INSERT, or moving a row into a
-- retired village or project, is refused.
CREATE OR REPLACE FUNCTION casedesk.village_in_use() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_name text;
    v_on date;
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.village_id IS NOT DISTINCT FROM OLD.village_id THEN
        RETURN NEW;
    END IF;
    SELECT name, retired_on INTO v_name, v_on FROM casedesk.village WHERE id = NEW.village_id;
    IF v_on IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = format('The village or community %s was retired on %s; nothing new can be recorded in it.',
                             v_name, v_on);
    END IF;
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION casedesk.project_in_use() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_name text;
    v_on date;
BEGIN
    IF NEW.project_id IS NULL
       OR (TG_OP = 'UPDATE' AND NEW.project_id IS NOT DISTINCT FROM OLD.project_id) THEN
        RETURN NEW;
    END IF;
    SELECT name, retired_on INTO v_name, v_on FROM casedesk.project WHERE id = NEW.project_id;
    IF v_on IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = format('The project %s was finished on %s; no new case can be opened in it.',
                             v_name, v_on);
    END IF;
    RETURN NEW;
END $$;

GRANT EXECUTE ON FUNCTION casedesk.village_in_use(), casedesk.project_in_use()
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin;

CREATE OR REPLACE TRIGGER case_file_village_in_use BEFORE INSERT OR UPDATE OF village_id ON casedesk.case_file
    FOR EACH ROW EXECUTE FUNCTION casedesk.village_in_use();
CREATE OR REPLACE TRIGGER patrol_village_in_use BEFORE INSERT OR UPDATE OF village_id ON casedesk.patrol_village
    FOR EACH ROW EXECUTE FUNCTION casedesk.village_in_use();
CREATE OR REPLACE TRIGGER expropriation_project_in_use BEFORE INSERT OR UPDATE OF project_id ON casedesk.expropriation
    FOR EACH ROW EXECUTE FUNCTION casedesk.project_in_use();
CREATE OR REPLACE TRIGGER petition_case_project_in_use BEFORE INSERT OR UPDATE OF project_id ON casedesk.petition_case
    FOR EACH ROW EXECUTE FUNCTION casedesk.project_in_use();
CREATE OR REPLACE TRIGGER petition_project_in_use BEFORE INSERT OR UPDATE OF project_id ON casedesk.petition
    FOR EACH ROW EXECUTE FUNCTION casedesk.project_in_use();

-- Days since each village in use was last patrolled (staff see their own
-- patrols); a village merged away (retired_on, migration 195) is not listed.
CREATE OR REPLACE VIEW casedesk.village_patrol_status WITH (security_invoker = true) AS
SELECT v.id AS village_id, v.unit_id, v.name, v.kind, v.violation_free_since,
       lp.last_patrolled_on,
       casedesk.today() - lp.last_patrolled_on AS days_since_patrol
  FROM casedesk.village v
  LEFT JOIN LATERAL (
        SELECT max(p.patrol_on) AS last_patrolled_on
          FROM casedesk.patrol_village pv
          JOIN casedesk.patrol p ON p.id = pv.patrol_id
         WHERE pv.village_id = v.id) lp ON true
 WHERE v.retired_on IS NULL OR v.retired_on > (SELECT casedesk.today());
GRANT SELECT ON casedesk.village_patrol_status
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector;
