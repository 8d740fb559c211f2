-- 023_task_workflow: every legal change of a task, as SECURITY DEFINER
-- functions that check who is asking (session_user via my_role/my_unit_id),
-- the unit, the state and the row version before acting.
--
-- Errors are one sentence naming the rule: 42501 permission, 23514 bad
-- value, P0001 business rule (wrong state, stale version, cap reached).

-- Lock the task and check its version.  Callers check role and scope first
-- (before this reveals anything about the row).
CREATE FUNCTION casedesk.task_for_change(p_task_id bigint, p_version integer) RETURNS casedesk.task
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE r casedesk.task;
BEGIN
    SELECT * INTO r FROM casedesk.task WHERE id = p_task_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM casedesk.refuse('There is no such task.', 'P0001');
    END IF;
    IF p_version IS NULL OR r.version <> p_version THEN
        PERFORM casedesk.refuse('This task was changed by someone else meanwhile; reload it and try again.', 'P0001');
    END IF;
    RETURN r;
END $$;

-- How the caller relates to a task: 'lead', 'cohandling' or NULL.  Only
-- staff act for a unit.
CREATE FUNCTION casedesk.task_my_part(p_task_id bigint) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE
        WHEN casedesk.my_role() IS DISTINCT FROM 'staff' THEN NULL
        WHEN EXISTS (SELECT 1 FROM casedesk.task t WHERE t.id = p_task_id
                        AND t.lead_unit_id = casedesk.my_unit_id()) THEN 'lead'
        WHEN EXISTS (SELECT 1 FROM casedesk.task_unit u WHERE u.task_id = p_task_id
                        AND u.unit_id = casedesk.my_unit_id()) THEN 'cohandling'
    END
$$;

CREATE FUNCTION casedesk.task_unit_by_code(p_code text, p_what text) RETURNS integer
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE v integer;
BEGIN
    SELECT id INTO v FROM casedesk.unit WHERE code = p_code;
    IF v IS NULL THEN
        IF p_what = 'lead unit' THEN
            PERFORM casedesk.refuse('The lead unit is not a known unit code.', '23514');
        ELSE
            PERFORM casedesk.refuse('A co-handling unit is not a known unit code.', '23514');
        END IF;
    END IF;
    RETURN v;
END $$;

CREATE FUNCTION casedesk.task_official_by_login(p_login text, p_unit integer) RETURNS integer
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE v integer;
BEGIN
    IF p_login IS NULL OR p_login = '' THEN RETURN NULL; END IF;
    SELECT id INTO v FROM casedesk.official WHERE login = p_login AND NOT disabled;
    IF v IS NULL THEN
        PERFORM casedesk.refuse('The responsible official does not exist or is disabled.', '23514');
    END IF;
    IF NOT EXISTS (SELECT 1 FROM casedesk.official WHERE id = v AND unit_id = p_unit) THEN
        PERFORM casedesk.refuse('The responsible official must belong to the lead unit.', '23514');
    END IF;
    RETURN v;
END $$;

CREATE FUNCTION casedesk.task_check_deadline(p_deadline date) RETURNS void
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF p_deadline IS NULL THEN
        PERFORM casedesk.refuse('The deadline is required.', '23514');
    ELSIF p_deadline < current_date THEN
        PERFORM casedesk.refuse('The deadline cannot be in the past.', '23514');
    ELSIF p_deadline >= date '2100-01-01' THEN
        PERFORM casedesk.refuse('The deadline must be before the year 2100.', '23514');
    END IF;
END $$;

-- Create a task (status 'assigned').  Returns its id; the number is
-- DB-<year>-<running number>.
CREATE FUNCTION casedesk.task_create(
        p_title text, p_lead_unit text, p_deadline date,
        p_description text DEFAULT '', p_source text DEFAULT 'meeting',
        p_level text DEFAULT 'normal', p_report_interval integer DEFAULT 5,
        p_responsible text DEFAULT NULL, p_cohandling text[] DEFAULT '{}')
    RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_lead integer;
    v_resp integer;
    v_year integer := extract(year FROM current_date)::integer;
    v_seq  integer;
    v_id   bigint;
    v_code text;
BEGIN
    IF casedesk.my_role() IS DISTINCT FROM 'supervisor' THEN
        PERFORM casedesk.refuse('Only a supervisor may create a task.', '42501');
    END IF;
    IF p_title IS NULL OR btrim(p_title) = '' THEN
        PERFORM casedesk.refuse('The task title is required.', '23514');
    ELSIF length(p_title) > 200 THEN
        PERFORM casedesk.refuse('The task title is longer than 200 characters.', '23514');
    END IF;
    IF p_source IS NULL OR p_source NOT IN ('meeting','leader','target','inspection') THEN
        PERFORM casedesk.refuse('The source must be meeting, leader, target or inspection.', '23514');
    END IF;
    IF p_level IS NULL OR p_level NOT IN ('normal','key','listed') THEN
        PERFORM casedesk.refuse('The supervision level must be normal, key or listed.', '23514');
    END IF;
    IF p_report_interval IS NULL OR p_report_interval NOT BETWEEN 1 AND 60 THEN
        PERFORM casedesk.refuse('The report interval must be between 1 and 60 working days.', '23514');
    END IF;
    PERFORM casedesk.task_check_deadline(p_deadline);
    v_lead := casedesk.task_unit_by_code(p_lead_unit, 'lead unit');
    v_resp := casedesk.task_official_by_login(p_responsible, v_lead);

    -- Numbers are handed out under a lock so two supervisors never collide.
    PERFORM pg_advisory_xact_lock(hashtext('casedesk.task_number'));
    SELECT coalesce(max(number_seq), 0) + 1 INTO v_seq FROM casedesk.task WHERE number_year = v_year;

    INSERT INTO casedesk.task (number_year, number_seq, title, description, source, level,
                               lead_unit_id, responsible_id, deadline, report_interval, created_by)
    VALUES (v_year, v_seq, btrim(p_title), coalesce(p_description, ''), p_source, p_level,
            v_lead, v_resp, p_deadline, p_report_interval, casedesk.my_official_id())
    RETURNING id INTO v_id;

    FOREACH v_code IN ARRAY coalesce(p_cohandling, '{}') LOOP
        INSERT INTO casedesk.task_unit (task_id, unit_id)
        VALUES (v_id, casedesk.task_unit_by_code(v_code, 'co-handling unit'))
        ON CONFLICT (task_id, unit_id) DO NOTHING;
    END LOOP;
    RETURN v_id;
END $$;

-- 签收: staff of the lead unit acknowledge the task.  Returns the new version.
CREATE FUNCTION casedesk.task_sign(p_task_id bigint, p_version integer) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_part text := casedesk.task_my_part(p_task_id);
    r casedesk.task;
BEGIN
    IF v_part = 'cohandling' THEN
        PERFORM casedesk.refuse('Only the lead unit signs for a task; co-handling units report progress.', '42501');
    ELSIF v_part IS NULL THEN
        PERFORM casedesk.refuse('Only staff of the lead unit may sign for this task.', '42501');
    END IF;
    r := casedesk.task_for_change(p_task_id, p_version);
    IF r.status <> 'assigned' THEN
        PERFORM casedesk.refuse('This task has already been signed for.', 'P0001');
    END IF;
    UPDATE casedesk.task SET status = 'signed', signed_at = now()
     WHERE id = p_task_id RETURNING version INTO r.version;
    RETURN r.version;
END $$;

-- Refusals shared by progress reports and reporting done.
CREATE FUNCTION casedesk.task_check_reportable(p_status text) RETURNS void
    LANGUAGE plpgsql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    CASE p_status
    WHEN 'closed' THEN
        PERFORM casedesk.refuse('This task is closed; no more reports can be added.', 'P0001');
    WHEN 'assigned' THEN
        PERFORM casedesk.refuse('The lead unit must sign for the task before reporting on it.', 'P0001');
    WHEN 'reported' THEN
        PERFORM casedesk.refuse('This task has been reported done and awaits verification.', 'P0001');
    ELSE NULL;
    END CASE;
END $$;

CREATE FUNCTION casedesk.task_check_report_values(p_body text, p_percent integer) RETURNS void
    LANGUAGE plpgsql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF p_percent IS NULL OR p_percent < 0 OR p_percent > 100 THEN
        PERFORM casedesk.refuse('The percentage done must be between 0 and 100.', '23514');
    END IF;
    IF p_body IS NULL OR btrim(p_body) = '' THEN
        PERFORM casedesk.refuse('The progress report needs some text.', '23514');
    END IF;
END $$;

-- A progress report by staff of the lead or a co-handling unit.  A report
-- by the lead unit moves a signed or returned task to in_progress.
-- Returns the report id.
CREATE FUNCTION casedesk.task_add_report(p_task_id bigint, p_body text, p_percent integer)
    RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_part text := casedesk.task_my_part(p_task_id);
    v_status text;
    v_id bigint;
BEGIN
    IF v_part IS NULL THEN
        PERFORM casedesk.refuse('Only staff of the lead or a co-handling unit may report on this task.', '42501');
    END IF;
    SELECT status INTO v_status FROM casedesk.task WHERE id = p_task_id FOR UPDATE;
    PERFORM casedesk.task_check_reportable(v_status);
    PERFORM casedesk.task_check_report_values(p_body, p_percent);
    INSERT INTO casedesk.task_report (task_id, body, percent, author_id, unit_id)
    VALUES (p_task_id, btrim(p_body), p_percent, casedesk.my_official_id(), casedesk.my_unit_id())
    RETURNING id INTO v_id;
    IF v_part = 'lead' AND v_status IN ('signed','returned') THEN
        UPDATE casedesk.task SET status = 'in_progress' WHERE id = p_task_id;
    END IF;
    RETURN v_id;
END $$;

-- The lead unit reports the task done (with a final 100% report); it then
-- waits for the supervisor's verification.  Returns the new version.
CREATE FUNCTION casedesk.task_submit(p_task_id bigint, p_version integer, p_body text)
    RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_part text := casedesk.task_my_part(p_task_id);
    r casedesk.task;
BEGIN
    IF v_part IS DISTINCT FROM 'lead' THEN
        PERFORM casedesk.refuse('Only staff of the lead unit may report this task done.', '42501');
    END IF;
    r := casedesk.task_for_change(p_task_id, p_version);
    PERFORM casedesk.task_check_reportable(r.status);
    PERFORM casedesk.task_check_report_values(p_body, 100);
    INSERT INTO casedesk.task_report (task_id, body, percent, final, author_id, unit_id)
    VALUES (p_task_id, btrim(p_body), 100, true, casedesk.my_official_id(), casedesk.my_unit_id());
    UPDATE casedesk.task SET status = 'reported', reported_at = now()
     WHERE id = p_task_id RETURNING version INTO r.version;
    RETURN r.version;
END $$;

-- The supervisor sends a reported task back with a reason.
CREATE FUNCTION casedesk.task_return(p_task_id bigint, p_version integer, p_reason text)
    RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE r casedesk.task;
BEGIN
    IF casedesk.my_role() IS DISTINCT FROM 'supervisor' THEN
        PERFORM casedesk.refuse('Only a supervisor may return a task.', '42501');
    END IF;
    IF p_reason IS NULL OR btrim(p_reason) = '' THEN
        PERFORM casedesk.refuse('A reason is required to return a task.', '23514');
    END IF;
    r := casedesk.task_for_change(p_task_id, p_version);
    IF r.status <> 'reported' THEN
        PERFORM casedesk.refuse('Only a task reported done can be returned.', 'P0001');
    END IF;
    UPDATE casedesk.task SET status = 'returned', return_reason = btrim(p_reason)
     WHERE id = p_task_id RETURNING version INTO r.version;
    RETURN r.version;
END $$;

-- 销号: the supervisor verifies and closes a reported task.
CREATE FUNCTION casedesk.task_close(p_task_id bigint, p_version integer, p_note text DEFAULT NULL)
    RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE r casedesk.task;
BEGIN
    IF casedesk.my_role() IS DISTINCT FROM 'supervisor' THEN
        PERFORM casedesk.refuse('Only a supervisor may verify and close a task.', '42501');
    END IF;
    r := casedesk.task_for_change(p_task_id, p_version);
    IF r.status <> 'reported' THEN
        PERFORM casedesk.refuse('Only a task reported done can be verified and closed.', 'P0001');
    END IF;
    UPDATE casedesk.task SET status = 'closed', closed_at = now(),
           closed_by = casedesk.my_official_id(), close_note = nullif(btrim(p_note), '')
     WHERE id = p_task_id RETURNING version INTO r.version;
    RETURN r.version;
END $$;

-- Give the task to another lead unit; it must be signed for again.
CREATE FUNCTION casedesk.task_reassign(p_task_id bigint, p_version integer,
        p_lead_unit text, p_responsible text DEFAULT NULL)
    RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    r casedesk.task;
    v_lead integer;
    v_resp integer;
BEGIN
    IF casedesk.my_role() IS DISTINCT FROM 'supervisor' THEN
        PERFORM casedesk.refuse('Only a supervisor may assign a task.', '42501');
    END IF;
    r := casedesk.task_for_change(p_task_id, p_version);
    IF r.status = 'closed' THEN
        PERFORM casedesk.refuse('This task is closed and can no longer be changed.', 'P0001');
    END IF;
    v_lead := casedesk.task_unit_by_code(p_lead_unit, 'lead unit');
    v_resp := casedesk.task_official_by_login(p_responsible, v_lead);
    DELETE FROM casedesk.task_unit WHERE task_id = p_task_id AND unit_id = v_lead;
    UPDATE casedesk.task
       SET lead_unit_id = v_lead, responsible_id = v_resp,
           status = CASE WHEN v_lead = r.lead_unit_id THEN status ELSE 'assigned' END,
           signed_at = CASE WHEN v_lead = r.lead_unit_id THEN signed_at END
     WHERE id = p_task_id RETURNING version INTO r.version;
    RETURN r.version;
END $$;

CREATE FUNCTION casedesk.task_set_deadline(p_task_id bigint, p_version integer, p_deadline date)
    RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE r casedesk.task;
BEGIN
    IF casedesk.my_role() IS DISTINCT FROM 'supervisor' THEN
        PERFORM casedesk.refuse('Only a supervisor may change the deadline of a task.', '42501');
    END IF;
    PERFORM casedesk.task_check_deadline(p_deadline);
    r := casedesk.task_for_change(p_task_id, p_version);
    IF r.status = 'closed' THEN
        PERFORM casedesk.refuse('This task is closed and can no longer be changed.', 'P0001');
    END IF;
    UPDATE casedesk.task SET deadline = p_deadline WHERE id = p_task_id RETURNING version INTO r.version;
    RETURN r.version;
END $$;

CREATE FUNCTION casedesk.task_add_unit(p_task_id bigint, p_unit text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_unit integer;
    v_status text;
    v_id bigint;
BEGIN
    IF casedesk.my_role() IS DISTINCT FROM 'supervisor' THEN
        PERFORM casedesk.refuse('Only a supervisor may add a co-handling unit.', '42501');
    END IF;
    SELECT status INTO v_status FROM casedesk.task WHERE id = p_task_id FOR UPDATE;
    IF v_status IS NULL THEN
        PERFORM casedesk.refuse('There is no such task.', 'P0001');
    ELSIF v_status = 'closed' THEN
        PERFORM casedesk.refuse('This task is closed and can no longer be changed.', 'P0001');
    END IF;
    v_unit := casedesk.task_unit_by_code(p_unit, 'co-handling unit');
    INSERT INTO casedesk.task_unit (task_id, unit_id) VALUES (p_task_id, v_unit)
        ON CONFLICT (task_id, unit_id) DO NOTHING RETURNING id INTO v_id;
    RETURN v_id;
END $$;

CREATE FUNCTION casedesk.task_remove_unit(p_task_id bigint, p_unit text) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF casedesk.my_role() IS DISTINCT FROM 'supervisor' THEN
        PERFORM casedesk.refuse('Only a supervisor may remove a co-handling unit.', '42501');
    END IF;
    IF EXISTS (SELECT 1 FROM casedesk.task WHERE id = p_task_id AND status = 'closed') THEN
        PERFORM casedesk.refuse('This task is closed and can no longer be changed.', 'P0001');
    END IF;
    DELETE FROM casedesk.task_unit
     WHERE task_id = p_task_id AND unit_id = casedesk.task_unit_by_code(p_unit, 'co-handling unit');
    RETURN FOUND;
END $$;

-- 延期申请: staff of the lead unit, before the deadline, within the cap.
CREATE FUNCTION casedesk.task_request_extension(p_task_id bigint, p_requested_deadline date,
        p_reason text)
    RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_part text := casedesk.task_my_part(p_task_id);
    r casedesk.task;
    v_max integer;
    v_n integer;
    v_id bigint;
BEGIN
    IF v_part IS DISTINCT FROM 'lead' THEN
        PERFORM casedesk.refuse('Only staff of the lead unit may request an extension.', '42501');
    END IF;
    SELECT * INTO r FROM casedesk.task WHERE id = p_task_id FOR UPDATE;
    IF r.status = 'closed' THEN
        PERFORM casedesk.refuse('This task is closed; no extension can be requested.', 'P0001');
    ELSIF r.status = 'reported' THEN
        PERFORM casedesk.refuse('This task has been reported done and awaits verification.', 'P0001');
    END IF;
    IF current_date > r.deadline THEN
        PERFORM casedesk.refuse('An extension must be requested before the deadline has passed.', 'P0001');
    END IF;
    IF p_requested_deadline IS NULL OR p_requested_deadline <= r.deadline THEN
        PERFORM casedesk.refuse('The requested deadline must be later than the current deadline.', '23514');
    END IF;
    IF p_reason IS NULL OR btrim(p_reason) = '' THEN
        PERFORM casedesk.refuse('A reason is required to request an extension.', '23514');
    END IF;
    IF EXISTS (SELECT 1 FROM casedesk.task_extension WHERE task_id = p_task_id AND status = 'pending') THEN
        PERFORM casedesk.refuse('An extension request for this task is already waiting for a decision.', 'P0001');
    END IF;
    SELECT max_extensions INTO v_max FROM casedesk.task_setting WHERE id = 1;
    SELECT count(*) INTO v_n FROM casedesk.task_extension WHERE task_id = p_task_id;
    IF v_n >= coalesce(v_max, 2) THEN
        PERFORM casedesk.refuse('This task has already had the maximum number of extension requests.', 'P0001');
    END IF;
    INSERT INTO casedesk.task_extension (task_id, old_deadline, requested_deadline, reason, requested_by)
    VALUES (p_task_id, r.deadline, p_requested_deadline, btrim(p_reason), casedesk.my_official_id())
    RETURNING id INTO v_id;
    RETURN v_id;
END $$;

-- A supervisor approves (the deadline moves) or refuses a pending request.
CREATE FUNCTION casedesk.task_decide_extension(p_extension_id bigint, p_approve boolean,
        p_note text DEFAULT NULL)
    RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    e casedesk.task_extension;
    v_status text;
BEGIN
    IF casedesk.my_role() IS DISTINCT FROM 'supervisor' THEN
        PERFORM casedesk.refuse('Only a supervisor may decide an extension request.', '42501');
    END IF;
    SELECT * INTO e FROM casedesk.task_extension WHERE id = p_extension_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM casedesk.refuse('There is no such extension request.', 'P0001');
    ELSIF e.status <> 'pending' THEN
        PERFORM casedesk.refuse('This extension request has already been decided.', 'P0001');
    END IF;
    IF p_approve IS NULL THEN
        PERFORM casedesk.refuse('Say whether the extension is approved or refused.', '23514');
    END IF;
    SELECT status INTO v_status FROM casedesk.task WHERE id = e.task_id FOR UPDATE;
    IF p_approve AND v_status = 'closed' THEN
        PERFORM casedesk.refuse('This task is closed and can no longer be changed.', 'P0001');
    END IF;
    UPDATE casedesk.task_extension
       SET status = CASE WHEN p_approve THEN 'approved' ELSE 'refused' END,
           decided_by = casedesk.my_official_id(), decided_on = current_date,
           decision_note = nullif(btrim(p_note), '')
     WHERE id = p_extension_id;
    IF p_approve THEN
        UPDATE casedesk.task SET deadline = e.requested_deadline WHERE id = e.task_id;
    END IF;
    RETURN (SELECT version FROM casedesk.task WHERE id = e.task_id);
END $$;

GRANT EXECUTE ON FUNCTION
        casedesk.task_create(text, text, date, text, text, text, integer, text, text[]),
        casedesk.task_reassign(bigint, integer, text, text),
        casedesk.task_set_deadline(bigint, integer, date),
        casedesk.task_add_unit(bigint, text),
        casedesk.task_remove_unit(bigint, text),
        casedesk.task_return(bigint, integer, text),
        casedesk.task_close(bigint, integer, text),
        casedesk.task_decide_extension(bigint, boolean, text),
        casedesk.task_sign(bigint, integer),
        casedesk.task_add_report(bigint, text, integer),
        casedesk.task_submit(bigint, integer, text),
        casedesk.task_request_extension(bigint, date, text)
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin;
