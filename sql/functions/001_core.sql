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

-- The district's time zone and its today.  000_bootstrap sets the database's
-- TimeZone to Asia/Shanghai, but that is only a default: any session may SET
-- timezone, and current_date and timestamptz::date follow the session.  So
-- deadlines, escalation "for today" and the not-in-the-future checks use these,
-- which read the database's own setting whatever the session says.  Plain SQL
-- without SET options, so the planner inlines them and the catalog lookup runs
-- once per query, not once per row.
CREATE OR REPLACE FUNCTION casedesk.district_zone() RETURNS text
    LANGUAGE sql STABLE
AS $$ SELECT coalesce((SELECT pg_catalog.substr(c, 10)
                         FROM pg_catalog.pg_db_role_setting s, pg_catalog.unnest(s.setconfig) c
                        WHERE s.setrole = 0 AND pg_catalog.lower(c) LIKE 'timezone=%'
                          AND s.setdatabase = (SELECT d.oid FROM pg_catalog.pg_database d
                                                WHERE d.datname = pg_catalog.current_database())),
                      'Asia/Shanghai') $$;
CREATE OR REPLACE FUNCTION casedesk.today() RETURNS date
    LANGUAGE sql STABLE
AS $$ SELECT (pg_catalog.now() AT TIME ZONE casedesk.district_zone())::date $$;
-- The district's date of a moment.
CREATE OR REPLACE FUNCTION casedesk.day_of(p_at timestamptz) RETURNS date
    LANGUAGE sql STABLE
AS $$ SELECT (p_at AT TIME ZONE casedesk.district_zone())::date $$;
GRANT EXECUTE ON FUNCTION casedesk.district_zone(), casedesk.today(), casedesk.day_of(timestamptz)
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin;
