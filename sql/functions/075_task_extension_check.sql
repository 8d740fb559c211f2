-- functions/075_task_extension_check.sql: the checks of an extension
-- request that do not need the reason, callable on their own so the
-- terminal can refuse a deadline before the person types why (and keep
-- the prompt open with what they typed).  task_request_extension
-- (functions/025_tasks.sql) runs the same function, under its row lock, so
-- there is one set of rules.
CREATE OR REPLACE FUNCTION casedesk.task_extension_check(p_task_id bigint, p_requested_deadline date)
    RETURNS void
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    r casedesk.task;
    v_max integer;
    v_n integer;
BEGIN
    IF casedesk.task_my_part(p_task_id) IS DISTINCT FROM 'lead' THEN
        PERFORM casedesk.refuse('Only staff of the lead unit may request an extension.', '42501');
    END IF;
    SELECT * INTO r FROM casedesk.task WHERE id = p_task_id;
    IF r.status = 'closed' THEN
        PERFORM casedesk.refuse('This task is closed; no extension can be requested.', 'P0001');
    ELSIF r.status = 'reported' THEN
        PERFORM casedesk.refuse('This task has been reported done and awaits verification.', 'P0001');
    END IF;
    IF casedesk.today() > r.deadline THEN
        PERFORM casedesk.refuse('An extension must be requested before the deadline has passed.', 'P0001');
    END IF;
    IF EXISTS (SELECT 1 FROM casedesk.task_extension WHERE task_id = p_task_id AND status = 'pending') THEN
        PERFORM casedesk.refuse('An extension request for this task is already waiting for a decision.', 'P0001');
    END IF;
    SELECT max_extensions INTO v_max FROM casedesk.task_setting WHERE id = 1;
    SELECT count(*) INTO v_n FROM casedesk.task_extension WHERE task_id = p_task_id;
    IF v_n >= coalesce(v_max, 2) THEN
        PERFORM casedesk.refuse('This task has already had the maximum number of extension requests.', 'P0001');
    END IF;
    -- NULL: only whether a request may be made at all (before any typing).
    IF p_requested_deadline IS NOT NULL AND p_requested_deadline <= r.deadline THEN
        PERFORM casedesk.refuse('The requested deadline must be later than the current deadline.', '23514');
    END IF;
END $$;

GRANT EXECUTE ON FUNCTION casedesk.task_extension_check(bigint, date)
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin;
