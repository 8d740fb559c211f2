-- functions/003_security.sql: audit history as each role may see it, logged discipline reads,
-- and user management (casedesk.user_*, owned by casedesk_usermgr).
-- One current definition of each function, view and trigger here; init
-- re-runs this file whenever it changes (README, HACKING).

GRANT EXECUTE ON FUNCTION casedesk.my_role() TO casedesk_usermgr;

------------------------------------------------------------------------------
-- Audit history.  These two helpers are SECURITY INVOKER on purpose: they run
-- as the person asking, so the target table's grants and RLS decide.

-- Can the caller SELECT row p_row_id of casedesk.p_table right now?
CREATE OR REPLACE FUNCTION casedesk.audit_row_visible(p_table text, p_row_id bigint) RETURNS boolean
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_rel regclass;
    v_ok  boolean;
BEGIN
    IF p_table IS NULL OR p_row_id IS NULL THEN
        RETURN false;
    END IF;
    v_rel := to_regclass('casedesk.' || quote_ident(p_table));
    IF v_rel IS NULL OR NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute
            WHERE attrelid = v_rel AND attname = 'id' AND attnum > 0 AND NOT attisdropped)
       OR NOT has_column_privilege(v_rel, 'id', 'SELECT') THEN
        RETURN false;
    END IF;
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM %s WHERE id = $1)', v_rel)
        INTO v_ok USING p_row_id;
    RETURN v_ok;
END $$;

-- The fields of a row image the caller may SELECT (column privileges).
CREATE OR REPLACE FUNCTION casedesk.audit_redact(p_table text, p_row jsonb) RETURNS jsonb
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT jsonb_object_agg(e.key, e.value)
      FROM jsonb_each(p_row) e
      JOIN pg_catalog.pg_attribute a
        ON a.attrelid = to_regclass('casedesk.' || quote_ident(p_table))
       AND a.attname = e.key AND a.attnum > 0 AND NOT a.attisdropped
     WHERE has_column_privilege(a.attrelid, a.attnum, 'SELECT')
$$;

-- The one view that is deliberately NOT security_invoker: it reads audit_log
-- with its owner's rights, and security_barrier makes its filter run before
-- any function the caller adds.  The filter and the redaction call SECURITY
-- INVOKER functions, which run as the caller.  Reviewed exception in
-- tests/security/catalog.sh.  Rows deleted since are no longer visible.
CREATE OR REPLACE VIEW casedesk.audit_history WITH (security_barrier = true) AS
    SELECT a.id, a.at, a.login, a.table_name, a.row_id, a.op,
           casedesk.audit_redact(a.table_name, a.old_row) AS old_row,
           casedesk.audit_redact(a.table_name, a.new_row) AS new_row
      FROM casedesk.audit_log a
     WHERE casedesk.audit_row_visible(a.table_name, a.row_id);

GRANT EXECUTE ON FUNCTION casedesk.audit_row_visible(text, bigint),
    casedesk.audit_redact(text, jsonb)
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin;
-- audit_history is granted to no login role (migration 065): the caller's
-- leakproof conditions on login / row_id ran on audit_log's indexes before
-- its filter.  History is read through casedesk.row_history
-- (functions/065_personal.sql), a definer function that shows no plan.

-- Inspectors' reads of discipline records go into the discipline chain.  The
-- discipline read functions call this after their own checks.
CREATE OR REPLACE FUNCTION casedesk.log_discipline_reads(p_table text, p_ids bigint[]) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_id bigint;
BEGIN
    IF casedesk.my_role() IS DISTINCT FROM 'inspector' THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'Only discipline inspectors may read discipline records.';
    END IF;
    IF p_table IS NULL OR to_regclass('casedesk.' || quote_ident(p_table)) IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = 'The table named in a discipline read log does not exist.';
    END IF;
    FOREACH v_id IN ARRAY coalesce(p_ids, '{}') LOOP
        PERFORM casedesk.audit_append('discipline_audit', p_table, v_id, 'READ', NULL, NULL);
    END LOOP;
END $$;

CREATE OR REPLACE FUNCTION casedesk.log_discipline_read(p_table text, p_id bigint) RETURNS void
    LANGUAGE sql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$ SELECT casedesk.log_discipline_reads(p_table, ARRAY[p_id]) $$;

GRANT EXECUTE ON FUNCTION casedesk.log_discipline_read(text, bigint),
    casedesk.log_discipline_reads(text, bigint[]) TO casedesk_inspector;

------------------------------------------------------------------------------
-- User accounts.  These functions are the one reviewed path that creates or
-- changes login roles.  They are owned by casedesk_usermgr (set at the end of
-- this file), check the caller against session_user, and grant nothing but
-- one of the four casedesk groups.

-- `casedesk-admin user list`.  Readable by every role (the directory is).
CREATE OR REPLACE VIEW casedesk.user_list WITH (security_invoker = true) AS
    SELECT o.id, o.login, o.name, u.code AS unit_code, u.name AS unit_name,
           o.role, o.disabled
      FROM casedesk.official o
      JOIN casedesk.unit u ON u.id = o.unit_id;
GRANT SELECT ON casedesk.user_list
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin;

-- The user-management functions below belong to casedesk_usermgr, the one
-- role with CREATEROLE, which nobody can SET ROLE to: the installer defines
-- them (and on a re-run replaces them) and hands them over.
RESET ROLE;

-- The installer (superuser, or a member of casedesk_owner) may manage every
-- account; a casedesk admin every account except discipline inspectors', so
-- that administrators cannot give anyone (themselves) access to discipline
-- records.
CREATE OR REPLACE FUNCTION casedesk.usermgr_check(p_touches_inspector boolean) RETURNS void
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF pg_has_role(session_user, 'casedesk_owner', 'MEMBER') THEN
        RETURN;
    END IF;
    IF casedesk.my_role() IS DISTINCT FROM 'admin'
       OR NOT pg_has_role(session_user, 'casedesk_admin', 'MEMBER') THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'Only an administrator may manage user accounts.';
    END IF;
    IF p_touches_inspector THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'Only the installer may create or change discipline inspector accounts.';
    END IF;
END $$;

CREATE OR REPLACE FUNCTION casedesk.usermgr_check_login(p_login text) RETURNS void
    LANGUAGE plpgsql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF p_login IS NULL OR p_login !~ '^[a-z_][a-z0-9_]{0,62}$' THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = 'The login must be 1 to 63 lower-case letters, digits or underscores, not starting with a digit.';
    END IF;
    IF p_login ~ '^(pg_|casedesk_)' OR p_login IN ('public', 'none', 'all', 'current_user',
            'session_user', 'current_role', 'postgres', 'root') THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = format('The login %s is reserved.', p_login);
    END IF;
END $$;

CREATE OR REPLACE FUNCTION casedesk.usermgr_check_role(p_role text) RETURNS void
    LANGUAGE plpgsql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF p_role IS NULL OR p_role NOT IN ('staff', 'supervisor', 'inspector', 'admin') THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = 'The role must be one of staff, supervisor, inspector or admin.';
    END IF;
END $$;

-- An existing role may become a casedesk account only if it is powerless:
-- no attributes, no memberships outside our groups, no members, owns nothing
-- and holds no privileges of its own (left over from a dropped database).
CREATE OR REPLACE FUNCTION casedesk.usermgr_adoptable(p_login text) RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT NOT (r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR r.rolreplication OR r.rolbypassrls)
       AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members m
                         JOIN pg_catalog.pg_roles g ON g.oid = m.roleid
                        WHERE m.member = r.oid
                          AND g.rolname NOT IN ('casedesk_staff', 'casedesk_supervisor',
                                                'casedesk_inspector', 'casedesk_admin'))
       AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members m WHERE m.roleid = r.oid)
       AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_shdepend d
                        WHERE d.refclassid = 'pg_catalog.pg_authid'::regclass AND d.refobjid = r.oid)
       AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_database WHERE datdba = r.oid)
      FROM pg_catalog.pg_roles r
     WHERE r.rolname = p_login
$$;

-- Make p_login a member of exactly casedesk_<p_role> (of none when NULL).
CREATE OR REPLACE FUNCTION casedesk.usermgr_set_group(p_login text, p_role text) RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    g text;
    v_member boolean;
BEGIN
    FOREACH g IN ARRAY ARRAY['staff', 'supervisor', 'inspector', 'admin'] LOOP
        SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members m
                         JOIN pg_catalog.pg_roles gr ON gr.oid = m.roleid
                         JOIN pg_catalog.pg_roles u ON u.oid = m.member
                        WHERE gr.rolname = 'casedesk_' || g AND u.rolname = p_login)
          INTO v_member;
        IF v_member AND g IS DISTINCT FROM p_role THEN
            EXECUTE format('REVOKE %I FROM %I', 'casedesk_' || g, p_login);
        ELSIF NOT v_member AND g = p_role THEN
            EXECUTE format('GRANT %I TO %I', 'casedesk_' || g, p_login);
        END IF;
    END LOOP;
END $$;

-- Session limits, on the group roles and (not inherited) on each login role.
CREATE OR REPLACE FUNCTION casedesk.usermgr_set_timeouts(p_rolname text) RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    EXECUTE format('ALTER ROLE %I SET statement_timeout = %L', p_rolname, '60s');
    EXECUTE format('ALTER ROLE %I SET lock_timeout = %L', p_rolname, '10s');
    EXECUTE format('ALTER ROLE %I SET idle_in_transaction_session_timeout = %L', p_rolname, '5min');
END $$;

-- One login cannot take every connection slot (migration 056): a role
-- cannot raise its own CONNECTION LIMIT, that needs CREATEROLE.
CREATE OR REPLACE FUNCTION casedesk.usermgr_set_connection_limit(p_rolname text) RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    EXECUTE format('ALTER ROLE %I CONNECTION LIMIT %s', p_rolname,
                   (SELECT value FROM casedesk.session_limit WHERE key = 'connections_per_login'));
END $$;

CREATE OR REPLACE FUNCTION casedesk.usermgr_official(p_login text) RETURNS casedesk.official
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    o casedesk.official;
BEGIN
    SELECT * INTO o FROM casedesk.official WHERE login = p_login;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'P0002',
            MESSAGE = format('There is no account with login %s.', coalesce(p_login, '(none)'));
    END IF;
    RETURN o;
END $$;

CREATE OR REPLACE FUNCTION casedesk.usermgr_unit(p_unit_code text) RETURNS integer
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_id integer;
BEGIN
    SELECT id INTO v_id FROM casedesk.unit WHERE code = p_unit_code;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '23503',
            MESSAGE = format('There is no unit with code %s.', coalesce(p_unit_code, '(none)'));
    END IF;
    RETURN v_id;
END $$;

-- Create the login role (or adopt a powerless one left from an earlier
-- database), grant it exactly one group and record the official.
CREATE OR REPLACE FUNCTION casedesk.user_add(p_login text, p_name text, p_unit_code text, p_role text)
    RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_unit integer;
    v_id   integer;
BEGIN
    PERFORM casedesk.usermgr_check(p_role = 'inspector');
    PERFORM casedesk.usermgr_check_login(p_login);
    PERFORM casedesk.usermgr_check_role(p_role);
    IF p_name IS NULL OR btrim(p_name) = '' THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The name must not be empty.';
    END IF;
    v_unit := casedesk.usermgr_unit(p_unit_code);
    IF EXISTS (SELECT 1 FROM casedesk.official WHERE login = p_login) THEN
        RAISE EXCEPTION USING ERRCODE = '23505',
            MESSAGE = format('An account with login %s already exists.', p_login);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = p_login) THEN
        EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE INHERIT', p_login);
    ELSIF casedesk.usermgr_adoptable(p_login) THEN
        EXECUTE format('ALTER ROLE %I LOGIN', p_login);
    ELSE
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('The login %s is a database role that is not a casedesk account.', p_login);
    END IF;
    PERFORM casedesk.usermgr_set_timeouts(p_login);
    PERFORM casedesk.usermgr_set_connection_limit(p_login);
    PERFORM casedesk.usermgr_set_group(p_login, p_role);
    INSERT INTO casedesk.official (login, name, unit_id, role)
        VALUES (p_login, btrim(p_name), v_unit, p_role)
        RETURNING id INTO v_id;
    RETURN v_id;
END $$;

-- The official row and its history stay; the role can no longer log in, loses
-- its group, and its open sessions end.
CREATE OR REPLACE FUNCTION casedesk.user_disable(p_login text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    o casedesk.official;
BEGIN
    PERFORM casedesk.usermgr_check(false);
    o := casedesk.usermgr_official(p_login);
    PERFORM casedesk.usermgr_check(o.role = 'inspector');
    IF p_login = session_user::text THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'You cannot disable your own account.';
    END IF;
    IF NOT o.disabled THEN
        UPDATE casedesk.official SET disabled = true WHERE id = o.id;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = p_login) THEN
        EXECUTE format('ALTER ROLE %I NOLOGIN', p_login);
        PERFORM casedesk.usermgr_set_group(p_login, NULL);
        PERFORM pg_terminate_backend(pid) FROM pg_catalog.pg_stat_activity
          WHERE usename = p_login AND pid <> pg_backend_pid();
    END IF;
END $$;

CREATE OR REPLACE FUNCTION casedesk.user_enable(p_login text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    o casedesk.official;
BEGIN
    PERFORM casedesk.usermgr_check(false);
    o := casedesk.usermgr_official(p_login);
    PERFORM casedesk.usermgr_check(o.role = 'inspector');
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = p_login) THEN
        EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE INHERIT', p_login);
    ELSIF casedesk.usermgr_adoptable(p_login) THEN
        EXECUTE format('ALTER ROLE %I LOGIN', p_login);
    ELSE
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('The login %s is a database role that is not a casedesk account.', p_login);
    END IF;
    PERFORM casedesk.usermgr_set_timeouts(p_login);
    PERFORM casedesk.usermgr_set_connection_limit(p_login);
    PERFORM casedesk.usermgr_set_group(p_login, o.role);
    IF o.disabled THEN
        UPDATE casedesk.official SET disabled = false WHERE id = o.id;
    END IF;
END $$;

CREATE OR REPLACE FUNCTION casedesk.user_set_unit(p_login text, p_unit_code text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    o casedesk.official;
    v_unit integer;
BEGIN
    PERFORM casedesk.usermgr_check(false);
    o := casedesk.usermgr_official(p_login);
    PERFORM casedesk.usermgr_check(o.role = 'inspector');
    IF p_login = session_user::text THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'You cannot move your own account to another unit.';
    END IF;
    v_unit := casedesk.usermgr_unit(p_unit_code);
    IF v_unit IS DISTINCT FROM o.unit_id THEN
        UPDATE casedesk.official SET unit_id = v_unit WHERE id = o.id;
    END IF;
END $$;

CREATE OR REPLACE FUNCTION casedesk.user_set_role(p_login text, p_role text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    o casedesk.official;
BEGIN
    PERFORM casedesk.usermgr_check(false);
    PERFORM casedesk.usermgr_check_role(p_role);
    o := casedesk.usermgr_official(p_login);
    PERFORM casedesk.usermgr_check(o.role = 'inspector' OR p_role = 'inspector');
    IF p_login = session_user::text THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'You cannot change your own role.';
    END IF;
    IF p_role IS DISTINCT FROM o.role THEN
        UPDATE casedesk.official SET role = p_role WHERE id = o.id;
    END IF;
    IF NOT o.disabled THEN
        PERFORM casedesk.usermgr_set_group(p_login, p_role);
    END IF;
END $$;

REVOKE ALL ON FUNCTION casedesk.usermgr_check(boolean), casedesk.usermgr_check_login(text),
    casedesk.usermgr_check_role(text), casedesk.usermgr_adoptable(text),
    casedesk.usermgr_set_group(text, text), casedesk.usermgr_set_timeouts(text),
    casedesk.usermgr_set_connection_limit(text),
    casedesk.usermgr_official(text), casedesk.usermgr_unit(text),
    casedesk.user_add(text, text, text, text), casedesk.user_disable(text),
    casedesk.user_enable(text), casedesk.user_set_unit(text, text),
    casedesk.user_set_role(text, text) FROM PUBLIC;
ALTER FUNCTION casedesk.usermgr_check(boolean) OWNER TO casedesk_usermgr;
ALTER FUNCTION casedesk.usermgr_check_login(text) OWNER TO casedesk_usermgr;
ALTER FUNCTION casedesk.usermgr_check_role(text) OWNER TO casedesk_usermgr;
ALTER FUNCTION casedesk.usermgr_adoptable(text) OWNER TO casedesk_usermgr;
ALTER FUNCTION casedesk.usermgr_set_group(text, text) OWNER TO casedesk_usermgr;
ALTER FUNCTION casedesk.usermgr_set_timeouts(text) OWNER TO casedesk_usermgr;
ALTER FUNCTION casedesk.usermgr_set_connection_limit(text) OWNER TO casedesk_usermgr;
ALTER FUNCTION casedesk.usermgr_official(text) OWNER TO casedesk_usermgr;
ALTER FUNCTION casedesk.usermgr_unit(text) OWNER TO casedesk_usermgr;
ALTER FUNCTION casedesk.user_add(text, text, text, text) OWNER TO casedesk_usermgr;
ALTER FUNCTION casedesk.user_disable(text) OWNER TO casedesk_usermgr;
ALTER FUNCTION casedesk.user_enable(text) OWNER TO casedesk_usermgr;
ALTER FUNCTION casedesk.user_set_unit(text, text) OWNER TO casedesk_usermgr;
ALTER FUNCTION casedesk.user_set_role(text, text) OWNER TO casedesk_usermgr;
GRANT EXECUTE ON FUNCTION casedesk.user_add(text, text, text, text),
    casedesk.user_disable(text), casedesk.user_enable(text),
    casedesk.user_set_unit(text, text), casedesk.user_set_role(text, text)
    TO casedesk_admin;
DO $$ BEGIN
    PERFORM casedesk.usermgr_set_timeouts(r)
       FROM unnest(ARRAY['casedesk_staff', 'casedesk_supervisor',
                         'casedesk_inspector', 'casedesk_admin']) AS r;
END $$;
SET ROLE casedesk_owner;
REVOKE EXECUTE ON FUNCTION casedesk.log_discipline_read(text, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk.log_discipline_read(text, bigint) TO casedesk_inspector;

------------------------------------------------------------------------------
-- An administrator keeps other people's ordinary accounts (migration 057).
CREATE OR REPLACE FUNCTION casedesk.official_guard() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$ BEGIN
    -- The reviewed user-management functions (and the installer's migrations)
    -- run as casedesk_usermgr or casedesk_owner and keep their own rules.
    -- The installer is a member of casedesk_owner; only admins hold UPDATE.
    IF current_user IN ('casedesk_usermgr', 'casedesk_owner')
       OR pg_has_role(session_user, 'casedesk_owner', 'MEMBER') THEN
        RETURN NEW;
    END IF;
    IF OLD.login = session_user::text THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'You cannot change your own account.';
    ELSIF OLD.role = 'inspector' THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'Discipline inspectors'' accounts are kept by the installer.';
    END IF;
    RETURN NEW;
END $$;
CREATE OR REPLACE TRIGGER official_guard BEFORE UPDATE ON casedesk.official
    FOR EACH ROW EXECUTE FUNCTION casedesk.official_guard();
