-- 054_escalate_daily: the lazy escalation a session runs at start costs
-- ~200 ms at district-decade scale; it only needs to run once a day.  The
-- daily job (`casedesk-admin escalate`, cron/systemd timer) keeps calling
-- task_escalate() directly; sessions call task_escalate_daily(), which runs
-- it only when nobody has yet done so today (Beijing date).
ALTER TABLE casedesk.task_setting ADD COLUMN last_escalated_on date;

CREATE FUNCTION casedesk.task_escalate_daily() RETURNS integer
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
    UPDATE casedesk.task_setting SET last_escalated_on = current_date
     WHERE id = 1 AND last_escalated_on IS DISTINCT FROM current_date;
    GET DIAGNOSTICS v_claimed = ROW_COUNT;
    IF v_claimed = 0 THEN
        RETURN 0;
    END IF;
    RETURN casedesk.task_escalate(current_date);
END $$;

REVOKE EXECUTE ON FUNCTION casedesk.task_escalate_daily() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk.task_escalate_daily()
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin;
