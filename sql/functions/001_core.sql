-- functions/001_core.sql: Who is connected (my_official_id, my_unit_id, my_role), refuse(), and the
-- version trigger every table carries.
-- One current definition of each function, view and trigger here; init
-- re-runs this file whenever it changes (README, HACKING).

-- Who is connected.  session_user is the login role even inside SECURITY
-- DEFINER code and cannot be changed with SET ROLE or set_config.
CREATE OR REPLACE FUNCTION casedesk.my_official_id() RETURNS integer
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$ SELECT id FROM casedesk.official WHERE login = session_user::text AND NOT disabled $$;

CREATE OR REPLACE FUNCTION casedesk.my_unit_id() RETURNS integer
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$ SELECT unit_id FROM casedesk.official WHERE login = session_user::text AND NOT disabled $$;

-- 'staff' | 'supervisor' | 'inspector' | 'admin', or NULL for a stranger.
CREATE OR REPLACE FUNCTION casedesk.my_role() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$ SELECT role FROM casedesk.official WHERE login = session_user::text AND NOT disabled $$;

-- Raise a check_violation with a sentence for the user; used by workflow code.
CREATE OR REPLACE FUNCTION casedesk.refuse(msg text, code text DEFAULT 'P0001') RETURNS void
    LANGUAGE plpgsql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
AS $$ BEGIN RAISE EXCEPTION USING MESSAGE = msg, ERRCODE = code; END $$;

-- Bump version on every UPDATE: forms save with WHERE id=$1 AND version=$2.
CREATE OR REPLACE FUNCTION casedesk.bump_version() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$ BEGIN NEW.version := OLD.version + 1; RETURN NEW; END $$;

CREATE OR REPLACE TRIGGER unit_version BEFORE UPDATE ON casedesk.unit
    FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();
CREATE OR REPLACE TRIGGER village_version BEFORE UPDATE ON casedesk.village
    FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();
CREATE OR REPLACE TRIGGER official_version BEFORE UPDATE ON casedesk.official
    FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

GRANT EXECUTE ON FUNCTION casedesk.my_official_id(), casedesk.my_unit_id(), casedesk.my_role()
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin;
