-- functions/054_escalate_daily.sql: the once-a-day escalation a session start runs (uses
-- task_setting.last_escalated_on of migration 054).
-- One current definition of each function, view and trigger here; init
-- re-runs this file whenever it changes (README, HACKING).

CREATE OR REPLACE FUNCTION casedesk.task_escalate_daily() RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_claimed integer;
BEGIN
    IF casedesk.my_role() IS NULL AND NOT pg_has_role(session_user, 'casedesk_owner', 'MEMBER') THEN
        RAISE EXCEPTION USING MESSAGE = 'Only casedesk users may run the escalation.', ERRCODE = '42501';
    END IF;
    -- Claim today's run; a concurrent session that loses the race skips it.
    UPDATE casedesk.task_setting SET last_escalated_on = casedesk.today()
     WHERE id = 1 AND last_escalated_on IS DISTINCT FROM casedesk.today();
    GET DIAGNOSTICS v_claimed = ROW_COUNT;
    IF v_claimed = 0 THEN
        RETURN 0;
    END IF;
    RETURN casedesk.task_escalate(casedesk.today());
END $$;

REVOKE EXECUTE ON FUNCTION casedesk.task_escalate_daily() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk.task_escalate_daily()
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin;
