-- functions/025_tasks.sql: the working calendar, tasks and their workflow, the inbox, task
-- links and escalation (cards).
-- One current definition of each function, view and trigger here; init
-- re-runs this file whenever it changes (README, HACKING).

CREATE OR REPLACE TRIGGER calendar_day_version BEFORE UPDATE ON casedesk.calendar_day
    FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();
CREATE OR REPLACE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON casedesk.calendar_day
    FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();
CREATE OR REPLACE TRIGGER notify AFTER INSERT OR UPDATE OR DELETE ON casedesk.calendar_day
    FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger();

-- Weekdays (Mon-Fri) in [1900-01-01, d); 1900-01-01 was a Monday.  Closed
-- form, so counting never walks the days one by one.
CREATE OR REPLACE FUNCTION casedesk.weekday_ordinal(d date) RETURNS bigint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT 5 * ((d - date '1900-01-01') / 7)::bigint
           + least((d - date '1900-01-01') % 7, 5)
$$;

CREATE OR REPLACE FUNCTION casedesk.is_workday(d date) RETURNS boolean
    LANGUAGE sql STABLE PARALLEL SAFE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT coalesce((SELECT c.kind = 'workday' FROM casedesk.calendar_day c WHERE c.day = d),
                    extract(isodow FROM d) < 6)
$$;

CREATE OR REPLACE FUNCTION casedesk.workdays_between(a date, b date) RETURNS integer
    LANGUAGE sql STABLE PARALLEL SAFE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE WHEN b >= a THEN 1 ELSE -1 END * (
        abs(casedesk.weekday_ordinal(b + 1) - casedesk.weekday_ordinal(a + 1))
        + coalesce((SELECT sum(c.adjust) FROM casedesk.calendar_day c
                    WHERE c.adjust <> 0 AND c.day > least(a, b) AND c.day <= greatest(a, b)), 0)
    )::integer
$$;

-- Jump by whole weeks first (5 weekdays = 7 days), then walk the last few
-- days; holidays and make-up days inside the jump are corrected by stepping.
CREATE OR REPLACE FUNCTION casedesk.add_workdays(d date, n integer) RETURNS date
    LANGUAGE plpgsql STABLE PARALLEL SAFE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_day  date := d;
    v_step integer := CASE WHEN n < 0 THEN -1 ELSE 1 END;
    v_left integer;
BEGIN
    IF d IS NULL OR n IS NULL THEN RETURN NULL; END IF;
    IF n = 0 THEN RETURN d; END IF;
    IF abs(n) > 100000 THEN
        RAISE EXCEPTION USING MESSAGE = 'The number of working days is too large.', ERRCODE = '22003';
    END IF;
    -- Coarse jump: land safely short of the target, then refine.
    IF abs(n) > 10 THEN
        v_day := d + v_step * ((abs(n) - 10) / 5) * 7;
    END IF;
    -- Working days already passed: (d, v_day] forwards, [v_day, d) backwards.
    IF v_step > 0 THEN
        v_left := n - casedesk.workdays_between(d, v_day);
    ELSE
        v_left := -n - casedesk.workdays_between(v_day - 1, d - 1);
    END IF;
    WHILE v_left > 0 LOOP
        v_day := v_day + v_step;
        IF casedesk.is_workday(v_day) THEN v_left := v_left - 1; END IF;
    END LOOP;
    -- The coarse jump may have overshot when it crossed many make-up days.
    WHILE v_left < 0 OR NOT casedesk.is_workday(v_day) LOOP
        IF casedesk.is_workday(v_day) THEN v_left := v_left + 1; END IF;
        v_day := v_day - v_step;
    END LOOP;
    RETURN v_day;
END $$;

GRANT EXECUTE ON FUNCTION casedesk.weekday_ordinal(date), casedesk.is_workday(date),
        casedesk.workdays_between(date, date), casedesk.add_workdays(date, integer)
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin;
CREATE OR REPLACE TRIGGER task_setting_version BEFORE UPDATE ON casedesk.task_setting
    FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();
CREATE OR REPLACE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON casedesk.task_setting
    FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();
CREATE OR REPLACE TRIGGER notify AFTER INSERT OR UPDATE OR DELETE ON casedesk.task_setting
    FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger();

-- Triggers every domain table carries.
DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['task','task_unit','task_report','task_extension','task_card'] LOOP
        EXECUTE format('CREATE OR REPLACE TRIGGER %I BEFORE UPDATE ON casedesk.%I
                        FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version()', t || '_version', t);
        EXECUTE format('CREATE OR REPLACE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON casedesk.%I
                        FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger()', t);
        EXECUTE format('CREATE OR REPLACE TRIGGER notify AFTER INSERT OR UPDATE OR DELETE ON casedesk.%I
                        FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger()', t);
    END LOOP;
END $$;

-- Rules that hold whoever writes the row (workflow functions included).
CREATE OR REPLACE FUNCTION casedesk.task_check() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF OLD.status = 'closed' THEN
            RAISE EXCEPTION USING ERRCODE = 'P0001',
                MESSAGE = 'This task is closed and can no longer be changed.';
        END IF;
        NEW.updated_at := now();
    END IF;
    IF NEW.responsible_id IS NOT NULL AND (TG_OP = 'INSERT'
            OR NEW.responsible_id IS DISTINCT FROM OLD.responsible_id
            OR NEW.lead_unit_id <> OLD.lead_unit_id)
       AND NOT EXISTS (SELECT 1 FROM casedesk.official o
                        WHERE o.id = NEW.responsible_id AND o.unit_id = NEW.lead_unit_id) THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = 'The responsible official must belong to the lead unit.';
    END IF;
    RETURN NEW;
END $$;
CREATE OR REPLACE TRIGGER task_check BEFORE INSERT OR UPDATE ON casedesk.task
    FOR EACH ROW EXECUTE FUNCTION casedesk.task_check();

CREATE OR REPLACE FUNCTION casedesk.task_unit_check() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM casedesk.task t WHERE t.id = NEW.task_id AND t.lead_unit_id = NEW.unit_id) THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = 'The lead unit cannot also be a co-handling unit of the same task.';
    END IF;
    RETURN NEW;
END $$;
CREATE OR REPLACE TRIGGER task_unit_check BEFORE INSERT OR UPDATE ON casedesk.task_unit
    FOR EACH ROW EXECUTE FUNCTION casedesk.task_unit_check();

-- My inbox with the read flag resolved for unit rows, newest first: the
-- caller's personal rows and their unit's, p_unread only the unread ones,
-- p_before (an id) the page after, p_limit rows at most (NULL: all).
-- A definer, because inbox.official_id and inbox_read.official_id are
-- readable by no login role (migration 110: a condition on them ran before
-- the row policy and counted other people's notifications and reads).
CREATE OR REPLACE FUNCTION casedesk.my_inbox_page(p_unread boolean, p_before bigint, p_limit integer)
    RETURNS TABLE (id bigint, kind text, task_id bigint, detail text, ref_date date,
                   created_at timestamptz, to_unit boolean, read_at timestamptz, case_id bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_me   integer := casedesk.my_official_id();
    v_unit integer := casedesk.my_unit_id();
BEGIN
    RETURN QUERY
        SELECT i.id, i.kind, i.task_id, i.detail, i.ref_date, i.created_at,
               (i.unit_id IS NOT NULL), coalesce(i.read_at, r.read_at), i.case_id
          FROM casedesk.inbox i
          LEFT JOIN casedesk.inbox_read r ON r.inbox_id = i.id AND r.official_id = v_me
         WHERE (i.official_id = v_me OR i.unit_id = v_unit)
           AND (p_unread IS NOT TRUE OR coalesce(i.read_at, r.read_at) IS NULL)
           AND (p_before IS NULL OR i.id < p_before)
         ORDER BY i.id DESC
         LIMIT p_limit;
END $$;
GRANT EXECUTE ON FUNCTION casedesk.my_inbox_page(boolean, bigint, integer)
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin;

CREATE OR REPLACE VIEW casedesk.my_inbox WITH (security_invoker = true) AS
    SELECT m.id, m.kind, m.task_id, m.detail, m.ref_date, m.created_at, m.to_unit, m.read_at
      FROM casedesk.my_inbox_page(false, NULL, NULL) m;
GRANT SELECT ON casedesk.my_inbox
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin;

CREATE OR REPLACE FUNCTION casedesk.inbox_unread_count() RETURNS integer
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT (SELECT count(*) FROM casedesk.inbox i
             WHERE i.official_id = casedesk.my_official_id() AND i.read_at IS NULL)
         + (SELECT count(*) FROM casedesk.inbox i
             WHERE i.unit_id = casedesk.my_unit_id()
               AND NOT EXISTS (SELECT 1 FROM casedesk.inbox_read r
                                WHERE r.inbox_id = i.id AND r.official_id = casedesk.my_official_id()))
$$;

-- Returns true when the row was unread and is now read, false when it was
-- already read; refuses rows that are not the caller's.
CREATE OR REPLACE FUNCTION casedesk.inbox_mark_read(p_id bigint) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_me   integer := casedesk.my_official_id();
    v_unit integer := casedesk.my_unit_id();
    r      casedesk.inbox;
    v_n    integer;
BEGIN
    SELECT * INTO r FROM casedesk.inbox WHERE id = p_id;
    IF NOT FOUND OR v_me IS NULL
       OR NOT (r.official_id IS NOT DISTINCT FROM v_me OR r.unit_id IS NOT DISTINCT FROM v_unit) THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'This message is not in your inbox.';
    END IF;
    IF r.official_id IS NOT NULL THEN
        UPDATE casedesk.inbox SET read_at = now() WHERE id = p_id AND read_at IS NULL;
    ELSE
        INSERT INTO casedesk.inbox_read (inbox_id, official_id) VALUES (p_id, v_me)
            ON CONFLICT (official_id, inbox_id) DO NOTHING;
    END IF;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    RETURN v_n > 0;
END $$;

CREATE OR REPLACE FUNCTION casedesk.inbox_mark_all_read() RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_me   integer := casedesk.my_official_id();
    v_unit integer := casedesk.my_unit_id();
    v_a    integer;
    v_b    integer;
BEGIN
    IF v_me IS NULL THEN RETURN 0; END IF;
    UPDATE casedesk.inbox SET read_at = now() WHERE official_id = v_me AND read_at IS NULL;
    GET DIAGNOSTICS v_a = ROW_COUNT;
    INSERT INTO casedesk.inbox_read (inbox_id, official_id)
        SELECT i.id, v_me FROM casedesk.inbox i WHERE i.unit_id = v_unit
        ON CONFLICT (official_id, inbox_id) DO NOTHING;
    GET DIAGNOSTICS v_b = ROW_COUNT;
    RETURN v_a + v_b;
END $$;

GRANT EXECUTE ON FUNCTION casedesk.inbox_unread_count(), casedesk.inbox_mark_read(bigint),
        casedesk.inbox_mark_all_read()
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin;

-- Internal: drop a message.  Not granted to anyone; called from triggers.
CREATE OR REPLACE FUNCTION casedesk.inbox_post(p_official integer, p_unit integer, p_kind text,
        p_task bigint, p_detail text DEFAULT '', p_ref date DEFAULT NULL) RETURNS void
    LANGUAGE sql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    INSERT INTO casedesk.inbox (official_id, unit_id, kind, task_id, detail, ref_date)
    SELECT p_official, p_unit, p_kind, p_task, coalesce(p_detail, ''), p_ref
     WHERE p_official IS NOT NULL OR p_unit IS NOT NULL
$$;

-- Version, audit and notify triggers of the inbox tables.
DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['inbox','inbox_read'] LOOP
        EXECUTE format('CREATE OR REPLACE TRIGGER %I BEFORE UPDATE ON casedesk.%I
                        FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version()', t || '_version', t);
        EXECUTE format('CREATE OR REPLACE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON casedesk.%I
                        FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger()', t);
        EXECUTE format('CREATE OR REPLACE TRIGGER notify AFTER INSERT OR UPDATE OR DELETE ON casedesk.%I
                        FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger()', t);
    END LOOP;
END $$;

-- Task changes -> messages.
CREATE OR REPLACE FUNCTION casedesk.task_inbox_trigger() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM casedesk.inbox_post(NULL, NEW.lead_unit_id, 'new_task', NEW.id, 'lead', NEW.deadline);
        RETURN NULL;
    END IF;
    IF NEW.lead_unit_id <> OLD.lead_unit_id THEN
        PERFORM casedesk.inbox_post(NULL, OLD.lead_unit_id, 'reassigned', NEW.id);
        PERFORM casedesk.inbox_post(NULL, NEW.lead_unit_id, 'new_task', NEW.id, 'lead', NEW.deadline);
    END IF;
    IF NEW.status IS DISTINCT FROM OLD.status THEN
        CASE NEW.status
        WHEN 'returned' THEN
            PERFORM casedesk.inbox_post(NULL, NEW.lead_unit_id, 'returned', NEW.id, NEW.return_reason);
        WHEN 'closed' THEN
            PERFORM casedesk.inbox_post(NULL, NEW.lead_unit_id, 'closed', NEW.id);
        WHEN 'reported' THEN
            PERFORM casedesk.inbox_post(NEW.created_by, NULL, 'reported', NEW.id);
        ELSE NULL;
        END CASE;
    END IF;
    IF NEW.deadline <> OLD.deadline THEN
        PERFORM casedesk.inbox_post(NULL, NEW.lead_unit_id, 'deadline_changed', NEW.id, '', NEW.deadline);
    END IF;
    RETURN NULL;
END $$;
CREATE OR REPLACE TRIGGER inbox AFTER INSERT OR UPDATE ON casedesk.task
    FOR EACH ROW EXECUTE FUNCTION casedesk.task_inbox_trigger();

CREATE OR REPLACE FUNCTION casedesk.task_unit_inbox_trigger() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    PERFORM casedesk.inbox_post(NULL, NEW.unit_id, 'new_task', NEW.task_id, 'cohandling',
                                (SELECT t.deadline FROM casedesk.task t WHERE t.id = NEW.task_id));
    RETURN NULL;
END $$;
CREATE OR REPLACE TRIGGER inbox AFTER INSERT ON casedesk.task_unit
    FOR EACH ROW EXECUTE FUNCTION casedesk.task_unit_inbox_trigger();

CREATE OR REPLACE FUNCTION casedesk.task_extension_inbox_trigger() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM casedesk.inbox_post(t.created_by, NULL, 'extension_requested', NEW.task_id,
                                    '', NEW.requested_deadline)
           FROM casedesk.task t WHERE t.id = NEW.task_id;
    ELSIF NEW.status <> OLD.status THEN
        PERFORM casedesk.inbox_post(NEW.requested_by, NULL, 'extension_decided', NEW.task_id,
                                    NEW.status, NEW.requested_deadline);
    END IF;
    RETURN NULL;
END $$;
CREATE OR REPLACE TRIGGER inbox AFTER INSERT OR UPDATE ON casedesk.task_extension
    FOR EACH ROW EXECUTE FUNCTION casedesk.task_extension_inbox_trigger();

CREATE OR REPLACE FUNCTION casedesk.task_card_inbox_trigger() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    PERFORM casedesk.inbox_post(NULL, NEW.unit_id, 'card_issued', NEW.task_id, NEW.kind, NEW.deadline);
    -- A red card also tells the supervisor who created the task.
    IF NEW.kind = 'red' THEN
        PERFORM casedesk.inbox_post(t.created_by, NULL, 'card_issued', NEW.task_id, NEW.kind, NEW.deadline)
           FROM casedesk.task t WHERE t.id = NEW.task_id;
    END IF;
    RETURN NULL;
END $$;
CREATE OR REPLACE TRIGGER inbox AFTER INSERT ON casedesk.task_card
    FOR EACH ROW EXECUTE FUNCTION casedesk.task_card_inbox_trigger();
-- Workflow: every legal change of a task, as SECURITY DEFINER
-- functions that check who is asking (session_user via my_role/my_unit_id),
-- the unit, the state and the row version before acting.
--
-- Errors are one sentence naming the rule: 42501 permission, 23514 bad
-- value, P0001 business rule (wrong state, stale version, cap reached).

-- Lock the task and check its version.  Callers check role and scope first
-- (before this reveals anything about the row).
CREATE OR REPLACE FUNCTION casedesk.task_for_change(p_task_id bigint, p_version integer) RETURNS casedesk.task
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
CREATE OR REPLACE FUNCTION casedesk.task_my_part(p_task_id bigint) RETURNS text
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

CREATE OR REPLACE FUNCTION casedesk.task_unit_by_code(p_code text, p_what text) RETURNS integer
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

CREATE OR REPLACE FUNCTION casedesk.task_official_by_login(p_login text, p_unit integer) RETURNS integer
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

CREATE OR REPLACE FUNCTION casedesk.task_check_deadline(p_deadline date) RETURNS void
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF p_deadline IS NULL THEN
        PERFORM casedesk.refuse('The deadline is required.', '23514');
    ELSIF p_deadline < casedesk.today() THEN
        PERFORM casedesk.refuse('The deadline cannot be in the past.', '23514');
    ELSIF p_deadline >= date '2100-01-01' THEN
        PERFORM casedesk.refuse('The deadline must be before the year 2100.', '23514');
    END IF;
END $$;

-- Create a task (status 'assigned').  Returns its id; the number is
-- DB-<year>-<running number>.
CREATE OR REPLACE FUNCTION casedesk.task_create(
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
    v_year integer := extract(year FROM casedesk.today())::integer;
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
CREATE OR REPLACE FUNCTION casedesk.task_sign(p_task_id bigint, p_version integer) RETURNS integer
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
CREATE OR REPLACE FUNCTION casedesk.task_check_reportable(p_status text) RETURNS void
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

CREATE OR REPLACE FUNCTION casedesk.task_check_report_values(p_body text, p_percent integer) RETURNS void
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
CREATE OR REPLACE FUNCTION casedesk.task_add_report(p_task_id bigint, p_body text, p_percent integer)
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
CREATE OR REPLACE FUNCTION casedesk.task_submit(p_task_id bigint, p_version integer, p_body text)
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
CREATE OR REPLACE FUNCTION casedesk.task_return(p_task_id bigint, p_version integer, p_reason text)
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
CREATE OR REPLACE FUNCTION casedesk.task_close(p_task_id bigint, p_version integer, p_note text DEFAULT NULL)
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
CREATE OR REPLACE FUNCTION casedesk.task_reassign(p_task_id bigint, p_version integer,
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

CREATE OR REPLACE FUNCTION casedesk.task_set_deadline(p_task_id bigint, p_version integer, p_deadline date)
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

CREATE OR REPLACE FUNCTION casedesk.task_add_unit(p_task_id bigint, p_unit text) RETURNS bigint
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

CREATE OR REPLACE FUNCTION casedesk.task_remove_unit(p_task_id bigint, p_unit text) RETURNS boolean
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
CREATE OR REPLACE FUNCTION casedesk.task_request_extension(p_task_id bigint, p_requested_deadline date,
        p_reason text)
    RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    r casedesk.task;
    v_id bigint;
BEGIN
    -- The checks that need no reason are task_extension_check's
    -- (functions/075), which the terminal also runs before the reason is
    -- typed; here they run again under the row lock.
    IF casedesk.task_my_part(p_task_id) IS DISTINCT FROM 'lead' THEN
        PERFORM casedesk.refuse('Only staff of the lead unit may request an extension.', '42501');
    END IF;
    SELECT * INTO r FROM casedesk.task WHERE id = p_task_id FOR UPDATE;
    IF p_requested_deadline IS NULL THEN
        PERFORM casedesk.refuse('The requested deadline must be later than the current deadline.', '23514');
    END IF;
    PERFORM casedesk.task_extension_check(p_task_id, p_requested_deadline);
    IF p_reason IS NULL OR btrim(p_reason) = '' THEN
        PERFORM casedesk.refuse('A reason is required to request an extension.', '23514');
    END IF;
    INSERT INTO casedesk.task_extension (task_id, old_deadline, requested_deadline, reason, requested_by)
    VALUES (p_task_id, r.deadline, p_requested_deadline, btrim(p_reason), casedesk.my_official_id())
    RETURNING id INTO v_id;
    RETURN v_id;
END $$;

-- A supervisor approves (the deadline moves) or refuses a pending request.
CREATE OR REPLACE FUNCTION casedesk.task_decide_extension(p_extension_id bigint, p_approve boolean,
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
           decided_by = casedesk.my_official_id(), decided_on = casedesk.today(),
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
-- ---------------------------------------------------------- escalation
-- Warnings, yellow and red cards, "due tomorrow" and "report due" messages.
--
-- casedesk.task_escalate(p_today) looks at every open task (assigned, signed,
-- in_progress, returned) and issues, against the lead unit:
--   warning  when the deadline is at most warn_workdays working days away;
--   yellow   when the deadline has passed (today > deadline);
--   red      when it is overdue by red_after_workdays working days or more,
--            or on a second yellow card for the same task and unit (a yellow
--            against an earlier deadline, i.e. overdue again after an
--            extension).
-- One card of each kind per task, unit and deadline (UNIQUE), so running it
-- twice, or from two sessions at once, issues nothing new.  Each red card
-- calls casedesk.discipline_auto_flag_inaction(task, responsible official)
-- (functions/030_discipline.sql).
--
-- Anyone with a casedesk role may run it for today (the TUI does on start);
-- supervisors and the installer (casedesk-admin) may run it for another day.
--
-- The home screen runs it once per session start (lazy escalation), so it
-- must be cheap when there is little to do (it took 4.2 s at scale 200,
-- 100,000 tasks, when written as plain per-row tests: the planner pulled the
-- add_workdays() test into the scan of open tasks ahead of the "already
-- told" anti-join, and workdays_between() ran for every task due within three
-- weeks).  So the candidate rows are fenced in MATERIALIZED CTEs: rows that
-- would be skipped (NOT EXISTS, or ON CONFLICT DO NOTHING on task_card_once)
-- are dropped before any working-day arithmetic, and the working-day tests
-- are first answered from one computed date / one numbered calendar instead
-- of a function call per task.  The per-row tests stay as the final filter,
-- so a prefilter can only save work, never change the outcome.

CREATE OR REPLACE FUNCTION casedesk.task_escalate(p_today date DEFAULT casedesk.today()) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    s        casedesk.task_setting;
    v_role   text := casedesk.my_role();
    v_super  boolean := coalesce((SELECT r.rolsuper FROM pg_catalog.pg_roles r
                                   WHERE r.rolname = session_user), false);
    v_cards  integer := 0;
    v_k      integer;
    v_reds   bigint[];
    v_red    record;
    v_next   date;
    v_soon   date;
    -- the zone once: day_of() per task read it from pg_db_role_setting each time
    v_zone   text := casedesk.district_zone();
BEGIN
    IF v_role IS NULL AND NOT v_super THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'Only casedesk users may run the escalation.';
    END IF;
    IF p_today IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The escalation date is required.';
    END IF;
    IF p_today <> casedesk.today() AND NOT v_super AND v_role IS DISTINCT FROM 'supervisor' THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'Only a supervisor may run the escalation for a day other than today.';
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('casedesk.task_escalate'));
    SELECT * INTO s FROM casedesk.task_setting WHERE id = 1;

    -- Warnings: the deadline is near.  The calendar-day prefilter is a
    -- generous superset (weekends plus the longest holiday block).
    IF s.warn_workdays > 0 THEN
        -- Tasks already warned for this deadline are set aside first, and
        -- so are deadlines on or after the (warn+1)-th working day after
        -- today (workdays_between(today, deadline) <= warn means exactly
        -- deadline < that day); the per-row count below then runs only for
        -- the few tasks that get a card.
        v_soon := casedesk.add_workdays(p_today, s.warn_workdays + 1);
        WITH cand AS MATERIALIZED (
            SELECT t.id, t.lead_unit_id, t.responsible_id, t.deadline
              FROM casedesk.task t
             WHERE t.status IN ('assigned','signed','in_progress','returned')
               AND t.deadline >= p_today AND t.deadline <= p_today + (s.warn_workdays * 2 + 14)
               AND t.deadline < v_soon
               AND NOT EXISTS (SELECT 1 FROM casedesk.task_card w
                                WHERE w.task_id = t.id AND w.unit_id = t.lead_unit_id
                                  AND w.kind = 'warning' AND w.deadline = t.deadline))
        INSERT INTO casedesk.task_card (task_id, unit_id, official_id, kind, reason, deadline, issued_on)
        SELECT c.id, c.lead_unit_id, c.responsible_id, 'warning',
               format('%s working days left before the deadline', casedesk.workdays_between(p_today, c.deadline)),
               c.deadline, p_today
          FROM cand c
         WHERE casedesk.workdays_between(p_today, c.deadline) <= s.warn_workdays
        ON CONFLICT ON CONSTRAINT task_card_once DO NOTHING;
        GET DIAGNOSTICS v_k = ROW_COUNT;
        v_cards := v_cards + v_k;
    END IF;

    -- Yellow: overdue.  Tasks already carded for this deadline are set
    -- aside by one anti-join rather than one conflict check per row.
    INSERT INTO casedesk.task_card (task_id, unit_id, official_id, kind, reason, deadline, issued_on)
    SELECT t.id, t.lead_unit_id, t.responsible_id, 'yellow', 'overdue', t.deadline, p_today
      FROM casedesk.task t
     WHERE t.status IN ('assigned','signed','in_progress','returned') AND t.deadline < p_today
       AND NOT EXISTS (SELECT 1 FROM casedesk.task_card y
                        WHERE y.task_id = t.id AND y.unit_id = t.lead_unit_id
                          AND y.kind = 'yellow' AND y.deadline = t.deadline)
    ON CONFLICT ON CONSTRAINT task_card_once DO NOTHING;
    GET DIAGNOSTICS v_k = ROW_COUNT;
    v_cards := v_cards + v_k;

    -- Red: long overdue, or a second yellow for the same task and unit.
    -- Tasks that already hold a red card for this deadline are set aside
    -- first, so the working-day count runs only for the few that may need one.
    WITH cand AS MATERIALIZED (
        SELECT t.id, t.lead_unit_id, t.responsible_id, t.deadline
          FROM casedesk.task t
         WHERE t.status IN ('assigned','signed','in_progress','returned') AND t.deadline < p_today
           AND NOT EXISTS (SELECT 1 FROM casedesk.task_card r
                            WHERE r.task_id = t.id AND r.unit_id = t.lead_unit_id
                              AND r.kind = 'red' AND r.deadline = t.deadline)
    ), ins AS (
        INSERT INTO casedesk.task_card (task_id, unit_id, official_id, kind, reason, deadline, issued_on)
        SELECT c.id, c.lead_unit_id, c.responsible_id, 'red',
               CASE WHEN casedesk.workdays_between(c.deadline, p_today) >= s.red_after_workdays
                    THEN format('overdue by %s working days', casedesk.workdays_between(c.deadline, p_today))
                    ELSE 'second yellow card' END,
               c.deadline, p_today
          FROM cand c
         WHERE casedesk.workdays_between(c.deadline, p_today) >= s.red_after_workdays
            OR EXISTS (SELECT 1 FROM casedesk.task_card y
                        WHERE y.task_id = c.id AND y.unit_id = c.lead_unit_id
                          AND y.kind = 'yellow' AND y.deadline <> c.deadline)
        ON CONFLICT ON CONSTRAINT task_card_once DO NOTHING
        RETURNING id
    )
    SELECT array_agg(id) INTO v_reds FROM ins;
    v_cards := v_cards + coalesce(cardinality(v_reds), 0);

    FOR v_red IN SELECT c.task_id, c.official_id FROM casedesk.task_card c
                  WHERE c.id = ANY (coalesce(v_reds, '{}')) ORDER BY c.id LOOP
        PERFORM casedesk.discipline_auto_flag_inaction(v_red.task_id, v_red.official_id);
    END LOOP;

    -- Due on the next working day.
    v_next := casedesk.add_workdays(p_today, 1);
    INSERT INTO casedesk.inbox (unit_id, kind, task_id, detail, ref_date)
    SELECT t.lead_unit_id, 'due_tomorrow', t.id, '', t.deadline
      FROM casedesk.task t
     WHERE t.status IN ('assigned','signed','in_progress','returned')
       AND t.deadline > p_today AND t.deadline <= v_next
       AND NOT EXISTS (SELECT 1 FROM casedesk.inbox i
                        WHERE i.task_id = t.id AND i.kind = 'due_tomorrow'
                          AND i.unit_id = t.lead_unit_id AND i.ref_date = t.deadline);

    -- Progress report due: report_interval working days after the last
    -- report (or the signing).  A task already told since its last report
    -- (a report_due dated after it) is skipped before any date arithmetic:
    -- the MATERIALIZED fence keeps the planner from running add_workdays in
    -- the scan, ahead of that test (15,000 calls, 2.7 s at scale 200).
    -- back: the working days up to today, numbered backwards (1 = the
    -- latest working day <= today).  add_workdays(last, n) <= today holds
    -- exactly when (last, today] has n working days, i.e. last < the n-th
    -- working day back; report_interval is 1..60 (CHECK), inside 400 days.
    -- The add_workdays test is still applied to the few rows left.
    WITH back AS (
        SELECT p_today - g.i AS d, row_number() OVER (ORDER BY g.i)::integer AS n
          FROM generate_series(0, 400) g(i)
          LEFT JOIN casedesk.calendar_day cd ON cd.day = p_today - g.i
         WHERE coalesce(cd.kind = 'workday', extract(isodow FROM p_today - g.i) < 6)
    ), c AS MATERIALIZED (
        SELECT t.id, t.lead_unit_id, t.report_interval, t.last_on
          FROM (SELECT t.id, t.lead_unit_id, t.report_interval,
                       greatest(coalesce((SELECT max(r.reported_on) FROM casedesk.task_report r
                                           WHERE r.task_id = t.id), (t.signed_at AT TIME ZONE v_zone)::date),
                                (t.signed_at AT TIME ZONE v_zone)::date) AS last_on
                  FROM casedesk.task t
                 WHERE t.status IN ('signed','in_progress','returned') AND t.signed_at IS NOT NULL
               ) t
          JOIN back b ON b.n = t.report_interval
         WHERE t.last_on + t.report_interval <= p_today AND t.last_on < b.d
           AND NOT EXISTS (SELECT 1 FROM casedesk.inbox i
                            WHERE i.task_id = t.id AND i.kind = 'report_due' AND i.ref_date > t.last_on)
    )
    INSERT INTO casedesk.inbox (unit_id, kind, task_id, detail, ref_date)
    SELECT d.lead_unit_id, 'report_due', d.id, '', d.due
      FROM (SELECT c.id, c.lead_unit_id, casedesk.add_workdays(c.last_on, c.report_interval) AS due
              FROM c) d
     WHERE d.due <= p_today;
    -- the statutory periods of cases escalate with the tasks (functions/102)
    PERFORM casedesk.legal_clock_escalate(p_today);
    -- today's run, however it was started (the host's timer runs this, not
    -- task_escalate_daily): the first session of the day then skips it,
    -- where it waited 1.3 s with nothing left to issue at scale 200
    IF p_today = casedesk.today() THEN
        UPDATE casedesk.task_setting SET last_escalated_on = p_today
         WHERE id = 1 AND last_escalated_on IS DISTINCT FROM p_today;
    END IF;
    RETURN v_cards;
END $$;

GRANT EXECUTE ON FUNCTION casedesk.task_escalate(date)
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin;

-- When the next progress report of a task is due (NULL before signing or
-- once reported/closed).  Used by the board and the detail screen; runs as
-- the caller, so it sees only tasks the caller may see.
CREATE OR REPLACE FUNCTION casedesk.task_next_report_due(p_task_id bigint) RETURNS date
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT casedesk.add_workdays(greatest(
               coalesce((SELECT max(r.reported_on) FROM casedesk.task_report r WHERE r.task_id = t.id),
                        casedesk.day_of(t.signed_at)),
               casedesk.day_of(t.signed_at)), t.report_interval)
      FROM casedesk.task t
     WHERE t.id = p_task_id AND t.status IN ('signed','in_progress','returned')
       AND t.signed_at IS NOT NULL
$$;
GRANT EXECUTE ON FUNCTION casedesk.task_next_report_due(bigint)
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector;

CREATE OR REPLACE TRIGGER task_link_version BEFORE UPDATE ON casedesk.task_link
    FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();
CREATE OR REPLACE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON casedesk.task_link
    FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();
CREATE OR REPLACE TRIGGER notify AFTER INSERT OR UPDATE OR DELETE ON casedesk.task_link
    FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger();

-- Who may change the links of a task; refuses otherwise.
CREATE OR REPLACE FUNCTION casedesk.task_link_check(p_task_id bigint) RETURNS void
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE v_status text;
BEGIN
    IF casedesk.my_role() IS DISTINCT FROM 'supervisor'
       AND casedesk.task_my_part(p_task_id) IS DISTINCT FROM 'lead' THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'Only a supervisor or staff of the lead unit may change the links of this task.';
    END IF;
    SELECT status INTO v_status FROM casedesk.task WHERE id = p_task_id;
    IF v_status IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'There is no such task.';
    ELSIF v_status = 'closed' THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'This task is closed and can no longer be changed.';
    END IF;
END $$;

CREATE OR REPLACE FUNCTION casedesk.task_link_case(p_task_id bigint, p_case_id bigint) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_unit integer;
    v_id bigint;
BEGIN
    PERFORM casedesk.task_link_check(p_task_id);
    SELECT unit_id INTO v_unit FROM casedesk.case_file WHERE id = p_case_id;
    IF v_unit IS NULL
       OR (casedesk.my_role() = 'staff' AND v_unit <> casedesk.my_unit_id()) THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = 'The case does not exist or belongs to another unit.';
    END IF;
    INSERT INTO casedesk.task_link (task_id, case_id, linked_by)
    VALUES (p_task_id, p_case_id, casedesk.my_official_id())
    ON CONFLICT (task_id, case_id) WHERE case_id IS NOT NULL DO NOTHING
    RETURNING id INTO v_id;
    RETURN coalesce(v_id, (SELECT id FROM casedesk.task_link WHERE task_id = p_task_id AND case_id = p_case_id));
END $$;

CREATE OR REPLACE FUNCTION casedesk.task_link_project(p_task_id bigint, p_project_id integer) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE v_id bigint;
BEGIN
    PERFORM casedesk.task_link_check(p_task_id);
    IF NOT EXISTS (SELECT 1 FROM casedesk.project WHERE id = p_project_id) THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The project does not exist.';
    END IF;
    INSERT INTO casedesk.task_link (task_id, project_id, linked_by)
    VALUES (p_task_id, p_project_id, casedesk.my_official_id())
    ON CONFLICT (task_id, project_id) WHERE project_id IS NOT NULL DO NOTHING
    RETURNING id INTO v_id;
    RETURN coalesce(v_id, (SELECT id FROM casedesk.task_link WHERE task_id = p_task_id AND project_id = p_project_id));
END $$;

CREATE OR REPLACE FUNCTION casedesk.task_unlink(p_link_id bigint) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE v_task bigint;
BEGIN
    SELECT task_id INTO v_task FROM casedesk.task_link WHERE id = p_link_id;
    IF v_task IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'There is no such link.';
    END IF;
    PERFORM casedesk.task_link_check(v_task);
    DELETE FROM casedesk.task_link WHERE id = p_link_id;
    RETURN FOUND;
END $$;

GRANT EXECUTE ON FUNCTION casedesk.task_link_case(bigint, bigint),
        casedesk.task_link_project(bigint, integer), casedesk.task_unlink(bigint)
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin;
