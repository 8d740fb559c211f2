-- functions/056_limits.sql: one user cannot stop the others (migration 056
-- says why): deleting through row_delete, the watchdog's sweep, and the
-- triggers of casedesk.session_limit.
-- One current definition of each function, view and trigger here; init
-- re-runs this file whenever it changes (README, HACKING).

-- Who may delete what.  Rows that are not listed cannot be deleted by anyone
-- but the installer.  Hidden and missing rows get the same sentence.
CREATE OR REPLACE FUNCTION casedesk.row_delete(p_table text, p_id bigint) RETURNS void
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

CREATE OR REPLACE TRIGGER session_limit_version BEFORE UPDATE ON casedesk.session_limit
    FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();
CREATE OR REPLACE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON casedesk.session_limit
    FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();
CREATE OR REPLACE TRIGGER notify AFTER INSERT OR UPDATE OR DELETE ON casedesk.session_limit
    FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger();

-- casedesk_watchdog owns the sweep (it may cancel and end sessions); nobody
-- can SET ROLE to it, so the installer defines it.
RESET ROLE;
-- One sweep: returns what it did, one row per session acted on.  Only
-- sessions of casedesk logins are touched (never the installer's, nor other
-- databases' users).  A statement over its limit is cancelled; one still
-- running at twice the limit (it ignored the cancel) is ended.
CREATE OR REPLACE FUNCTION casedesk.watchdog_sweep()
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
ALTER FUNCTION casedesk.watchdog_sweep() OWNER TO casedesk_watchdog;
SET ROLE casedesk_owner;
