-- 056_limits: one user cannot stop the others (issue 11, class 5).
--
-- 1. No login group holds UPDATE, DELETE or TRUNCATE on a whole table.
--    PostgreSQL lets the holder of any of them LOCK TABLE ... IN SHARE MODE
--    or stronger, which blocks every writer (or, ACCESS EXCLUSIVE, every
--    reader) of that table in the district until the transaction ends.
--    Column-level UPDATE does not grant LOCK, so table-level UPDATE becomes
--    UPDATE on the same columns; DELETE goes through casedesk.row_delete(),
--    which applies the rules the DELETE policies applied.
-- 2. Session limits hold whatever the session sets.  statement_timeout,
--    lock_timeout and idle_in_transaction_session_timeout are only defaults:
--    any login may SET them to 0 or ALTER ROLE itself.  casedesk.watchdog_sweep()
--    (run every few seconds by `casedesk-admin watchdog`, a systemd service)
--    cancels over-long statements and lock waits and ends sessions left idle
--    in a transaction, by the limits in casedesk.session_limit.
-- 3. One login cannot take every connection slot: each login role gets a
--    CONNECTION LIMIT (a role cannot raise its own; that needs CREATEROLE).
-- 4. Text is bounded: every text column written by people has a CHECK on its
--    length in characters (short fields 200, free text 10,000, unless an
--    earlier migration set its own bound), so nobody stores 32 MB in a note.

------------------------------------------------------------------------------
-- 1. Table-level write privileges become column privileges and a function.
DO $$
DECLARE
    r record;
    cols text;
BEGIN
    FOR r IN
        SELECT c.oid, c.relname, g.rolname, a.privilege_type
          FROM pg_catalog.pg_class c
          CROSS JOIN LATERAL aclexplode(c.relacl) a
          JOIN pg_catalog.pg_roles g ON g.oid = a.grantee
         WHERE c.relnamespace = 'casedesk'::regnamespace AND c.relkind IN ('r', 'p', 'v')
           AND g.rolname IN ('casedesk_staff', 'casedesk_supervisor', 'casedesk_inspector', 'casedesk_admin')
           AND a.privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE')
    LOOP
        -- Revoking a table privilege also revokes it on every column: revoke first.
        EXECUTE format('REVOKE %s ON casedesk.%I FROM %I', r.privilege_type, r.relname, r.rolname);
        IF r.privilege_type = 'UPDATE' THEN
            SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) INTO cols
              FROM pg_catalog.pg_attribute
             WHERE attrelid = r.oid AND attnum > 0 AND NOT attisdropped AND attname <> 'id';
            EXECUTE format('GRANT UPDATE (%s) ON casedesk.%I TO %I', cols, r.relname, r.rolname);
        END IF;
    END LOOP;
END $$;

-- The DELETE policies are now the rules of row_delete; drop the one that
-- named DELETE alone so nobody reads it as still in force.
DROP POLICY case_file_delete_initial ON casedesk.case_file;

-- Who may delete what.  Rows that are not listed cannot be deleted by anyone
-- but the installer.  Hidden and missing rows get the same sentence.
CREATE FUNCTION casedesk.row_delete(p_table text, p_id bigint) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_role text := casedesk.my_role();
    v_unit integer := casedesk.my_unit_id();
    v_ok boolean;
BEGIN
    CASE p_table
    WHEN 'case_file' THEN      -- registered by mistake, nothing has happened yet
        SELECT v_role = 'staff' AND c.unit_id = v_unit AND c.status IN ('registered', 'found')
          INTO v_ok FROM casedesk.case_file c WHERE c.id = p_id;
    WHEN 'patrol' THEN
        SELECT v_role = 'staff' AND p.unit_id = v_unit INTO v_ok FROM casedesk.patrol p WHERE p.id = p_id;
    WHEN 'patrol_village' THEN
        SELECT v_role = 'staff' AND p.unit_id = v_unit INTO v_ok FROM casedesk.patrol_village p WHERE p.id = p_id;
    WHEN 'project_unit' THEN
        v_ok := v_role = 'supervisor' AND EXISTS (SELECT 1 FROM casedesk.project_unit WHERE id = p_id);
    WHEN 'calendar_day' THEN
        v_ok := v_role = 'admin' AND EXISTS (SELECT 1 FROM casedesk.calendar_day WHERE id = p_id);
    WHEN 'target', 'score_rule', 'score_deduction', 'commendation' THEN
        EXECUTE format('SELECT $1 IN (''supervisor'', ''admin'') AND EXISTS (SELECT 1 FROM casedesk.%I WHERE id = $2)',
                       p_table) INTO v_ok USING v_role, p_id;
    ELSE
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'Rows of this kind cannot be deleted.';
    END CASE;
    IF v_ok IS NOT TRUE THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'There is no such row that you may delete.';
    END IF;
    EXECUTE format('DELETE FROM casedesk.%I WHERE id = $1', p_table) USING p_id;
END $$;
GRANT EXECUTE ON FUNCTION casedesk.row_delete(text, bigint)
    TO casedesk_staff, casedesk_supervisor, casedesk_admin;

------------------------------------------------------------------------------
-- 2. Session limits, enforced from outside the session.
CREATE TABLE casedesk.session_limit (
    id          integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    key         text NOT NULL UNIQUE
                CONSTRAINT session_limit_key_valid CHECK (key IN ('statement', 'lock_wait',
                    'idle_in_transaction', 'connections_per_login')),
    value       integer NOT NULL CONSTRAINT session_limit_positive CHECK (value > 0),
    description text NOT NULL,
    version     integer NOT NULL DEFAULT 1
);
CREATE TRIGGER session_limit_version BEFORE UPDATE ON casedesk.session_limit
    FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON casedesk.session_limit
    FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();
CREATE TRIGGER notify AFTER INSERT OR UPDATE OR DELETE ON casedesk.session_limit
    FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger();
ALTER TABLE casedesk.session_limit ENABLE ROW LEVEL SECURITY;
ALTER TABLE casedesk.session_limit FORCE ROW LEVEL SECURITY;
CREATE POLICY session_limit_read ON casedesk.session_limit FOR SELECT USING (true);
INSERT INTO casedesk.session_limit (key, value, description) VALUES
    ('statement', 60, 'seconds a statement may run before it is cancelled'),
    ('lock_wait', 10, 'seconds a statement may wait for a lock before it is cancelled'),
    ('idle_in_transaction', 300, 'seconds a session may sit in an open transaction before it is ended'),
    ('connections_per_login', 4, 'connections one login may hold at once');
-- Readable by everyone (the client shows the limits); written only by the
-- installer: an admin who could raise them could freeze the district.
GRANT SELECT ON casedesk.session_limit
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin;

RESET ROLE;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'casedesk_watchdog') THEN
        CREATE ROLE casedesk_watchdog NOLOGIN;
    END IF;
END $$;
ALTER ROLE casedesk_watchdog NOLOGIN NOCREATEROLE NOCREATEDB;
-- To see every session's state and to cancel or end non-superuser sessions.
GRANT pg_signal_backend, pg_read_all_stats TO casedesk_watchdog;
SET ROLE casedesk_owner;
GRANT USAGE ON SCHEMA casedesk TO casedesk_watchdog;
GRANT SELECT ON casedesk.session_limit, casedesk.official TO casedesk_watchdog;

-- One sweep: returns what it did, one row per session acted on.  Only
-- sessions of casedesk logins are touched (never the installer's, nor other
-- databases' users).  A statement over its limit is cancelled; one still
-- running at twice the limit (it ignored the cancel) is ended.
CREATE FUNCTION casedesk.watchdog_sweep()
    RETURNS TABLE (pid integer, login text, action text, reason text)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    lim_stmt integer := (SELECT value FROM casedesk.session_limit WHERE key = 'statement');
    lim_lock integer := (SELECT value FROM casedesk.session_limit WHERE key = 'lock_wait');
    lim_idle integer := (SELECT value FROM casedesk.session_limit WHERE key = 'idle_in_transaction');
    a record;
    secs double precision;
BEGIN
    FOR a IN
        SELECT s.pid, s.usename::text AS login, s.state, s.wait_event_type,
               extract(epoch FROM now() - s.query_start) AS in_query,
               extract(epoch FROM now() - s.state_change) AS in_state
          FROM pg_catalog.pg_stat_activity s
          JOIN casedesk.official o ON o.login = s.usename
         WHERE s.datname = current_database() AND s.pid <> pg_backend_pid()
           AND s.backend_type = 'client backend'
    LOOP
        secs := NULL;
        IF a.state LIKE 'idle in transaction%' AND a.in_state > lim_idle THEN
            PERFORM pg_terminate_backend(a.pid);
            pid := a.pid; login := a.login; action := 'ended';
            reason := format('idle in a transaction for %s s', round(a.in_state)); RETURN NEXT;
        ELSIF a.state = 'active' AND a.in_query > 2 * lim_stmt THEN
            PERFORM pg_terminate_backend(a.pid);
            pid := a.pid; login := a.login; action := 'ended';
            reason := format('statement running for %s s after a cancel', round(a.in_query)); RETURN NEXT;
        ELSIF a.state = 'active' AND a.wait_event_type = 'Lock' AND a.in_query > lim_lock THEN
            PERFORM pg_cancel_backend(a.pid);
            pid := a.pid; login := a.login; action := 'cancelled';
            reason := format('waiting for a lock for %s s', round(a.in_query)); RETURN NEXT;
        ELSIF a.state = 'active' AND a.in_query > lim_stmt THEN
            PERFORM pg_cancel_backend(a.pid);
            pid := a.pid; login := a.login; action := 'cancelled';
            reason := format('statement running for %s s', round(a.in_query)); RETURN NEXT;
        END IF;
    END LOOP;
END $$;
REVOKE EXECUTE ON FUNCTION casedesk.watchdog_sweep() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk.watchdog_sweep() TO casedesk_owner;

------------------------------------------------------------------------------
-- 3. Connection slots: the limits every login gets (user_add calls this).
RESET ROLE;  -- the function belongs to casedesk_usermgr
CREATE OR REPLACE FUNCTION casedesk.usermgr_set_timeouts(p_rolname text) RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    EXECUTE format('ALTER ROLE %I SET statement_timeout = %L', p_rolname, '60s');
    EXECUTE format('ALTER ROLE %I SET lock_timeout = %L', p_rolname, '10s');
    EXECUTE format('ALTER ROLE %I SET idle_in_transaction_session_timeout = %L', p_rolname, '5min');
    EXECUTE format('ALTER ROLE %I CONNECTION LIMIT %s', p_rolname,
                   (SELECT value FROM casedesk.session_limit WHERE key = 'connections_per_login'));
END $$;
GRANT SELECT ON casedesk.session_limit TO casedesk_usermgr;

ALTER FUNCTION casedesk.watchdog_sweep() OWNER TO casedesk_watchdog;
ALTER FUNCTION casedesk.usermgr_set_timeouts(text) OWNER TO casedesk_usermgr;
-- Logins made before this migration.
DO $$
DECLARE
    l text;
BEGIN
    FOR l IN SELECT o.login FROM casedesk.official o JOIN pg_catalog.pg_roles r ON r.rolname = o.login LOOP
        EXECUTE format('ALTER ROLE %I CONNECTION LIMIT %s', l,
                       (SELECT value FROM casedesk.session_limit WHERE key = 'connections_per_login'));
    END LOOP;
END $$;
SET ROLE casedesk_owner;

------------------------------------------------------------------------------
-- 4. Bounded text.  Columns written by the system (audit, counters, codes
-- checked by their own patterns) are left to their own constraints.
DO $$
DECLARE
    r record;
BEGIN
    FOR r IN
        SELECT c.relname, a.attname,
               CASE WHEN a.attname IN ('note', 'notes', 'facts', 'disposition', 'content', 'answer',
                                       'description', 'body', 'detail', 'close_note', 'return_reason',
                                       'reason', 'decision_note', 'resolution', 'members', 'address')
                    THEN 10000 ELSE 200 END AS max_chars
          FROM pg_catalog.pg_attribute a
          JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
         WHERE c.relnamespace = 'casedesk'::regnamespace AND c.relkind IN ('r', 'p')
           AND NOT c.relispartition
           AND a.attnum > 0 AND NOT a.attisdropped AND a.atttypid = 'text'::regtype
           AND c.relname NOT IN ('audit_log', 'discipline_audit', 'audit_chain_head', 'schema_migration',
                                 'case_counter', 'unit_day_total')
           AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k      -- bounded already
                            WHERE k.conrelid = c.oid AND k.contype = 'c' AND k.conkey = ARRAY[a.attnum]
                              AND pg_catalog.pg_get_constraintdef(k.oid) ~ 'length\(')
    LOOP
        EXECUTE format('ALTER TABLE casedesk.%I ADD CONSTRAINT %I CHECK (char_length(%I) <= %s)',
                       r.relname, left(r.relname || '_' || r.attname || '_size', 63), r.attname, r.max_chars);
    END LOOP;
END $$;
