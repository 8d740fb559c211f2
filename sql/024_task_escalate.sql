-- 024_task_escalate: warnings, yellow and red cards, "due tomorrow" and
-- "report due" messages.
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
-- calls casedesk.discipline_auto_flag_inaction(task, responsible official).
--
-- Anyone with a casedesk role may run it for today (the TUI does on start);
-- supervisors and the installer (casedesk-admin) may run it for another day.

-- Placeholder for the discipline module's hook (sql/030+ replaces it with
-- the real body).  Created only when missing so an upgrade never clobbers
-- the real one.
DO $$
BEGIN
    IF to_regprocedure('casedesk.discipline_auto_flag_inaction(bigint,integer)') IS NULL THEN
        CREATE FUNCTION casedesk.discipline_auto_flag_inaction(p_task_id bigint, p_official_id integer)
            RETURNS void
            LANGUAGE plpgsql SECURITY DEFINER
            SET search_path = pg_catalog, pg_temp
        AS $body$ BEGIN NULL; END $body$;
    END IF;
END $$;

CREATE FUNCTION casedesk.task_escalate(p_today date DEFAULT current_date) RETURNS integer
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
BEGIN
    IF v_role IS NULL AND NOT v_super THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'Only casedesk users may run the escalation.';
    END IF;
    IF p_today IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The escalation date is required.';
    END IF;
    IF p_today <> current_date AND NOT v_super AND v_role IS DISTINCT FROM 'supervisor' THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'Only a supervisor may run the escalation for a day other than today.';
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('casedesk.task_escalate'));
    SELECT * INTO s FROM casedesk.task_setting WHERE id = 1;

    -- Warnings: the deadline is near.  The calendar-day prefilter is a
    -- generous superset (weekends plus the longest holiday block).
    IF s.warn_workdays > 0 THEN
        INSERT INTO casedesk.task_card (task_id, unit_id, official_id, kind, reason, deadline, issued_on)
        SELECT t.id, t.lead_unit_id, t.responsible_id, 'warning',
               format('%s working days left before the deadline', casedesk.workdays_between(p_today, t.deadline)),
               t.deadline, p_today
          FROM casedesk.task t
         WHERE t.status IN ('assigned','signed','in_progress','returned')
           AND t.deadline >= p_today AND t.deadline <= p_today + (s.warn_workdays * 2 + 14)
           AND casedesk.workdays_between(p_today, t.deadline) <= s.warn_workdays
        ON CONFLICT ON CONSTRAINT task_card_once DO NOTHING;
        GET DIAGNOSTICS v_k = ROW_COUNT;
        v_cards := v_cards + v_k;
    END IF;

    -- Yellow: overdue.
    INSERT INTO casedesk.task_card (task_id, unit_id, official_id, kind, reason, deadline, issued_on)
    SELECT t.id, t.lead_unit_id, t.responsible_id, 'yellow', 'overdue', t.deadline, p_today
      FROM casedesk.task t
     WHERE t.status IN ('assigned','signed','in_progress','returned') AND t.deadline < p_today
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
    -- (a report_due dated after it) is skipped before any date arithmetic.
    INSERT INTO casedesk.inbox (unit_id, kind, task_id, detail, ref_date)
    SELECT d.lead_unit_id, 'report_due', d.id, '', d.due
      FROM (SELECT c.id, c.lead_unit_id, casedesk.add_workdays(c.last_on, c.report_interval) AS due
              FROM (SELECT t.id, t.lead_unit_id, t.report_interval,
                           greatest(coalesce((SELECT max(r.reported_on) FROM casedesk.task_report r
                                               WHERE r.task_id = t.id), t.signed_at::date),
                                    t.signed_at::date) AS last_on
                      FROM casedesk.task t
                     WHERE t.status IN ('signed','in_progress','returned') AND t.signed_at IS NOT NULL
                   ) c
             WHERE c.last_on + c.report_interval <= p_today
               AND NOT EXISTS (SELECT 1 FROM casedesk.inbox i
                                WHERE i.task_id = c.id AND i.kind = 'report_due' AND i.ref_date > c.last_on)
           ) d
     WHERE d.due <= p_today;
    RETURN v_cards;
END $$;

GRANT EXECUTE ON FUNCTION casedesk.task_escalate(date)
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin;

-- When the next progress report of a task is due (NULL before signing or
-- once reported/closed).  Used by the board and the detail screen; runs as
-- the caller, so it sees only tasks the caller may see.
CREATE FUNCTION casedesk.task_next_report_due(p_task_id bigint) RETURNS date
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT casedesk.add_workdays(greatest(
               coalesce((SELECT max(r.reported_on) FROM casedesk.task_report r WHERE r.task_id = t.id),
                        t.signed_at::date),
               t.signed_at::date), t.report_interval)
      FROM casedesk.task t
     WHERE t.id = p_task_id AND t.status IN ('signed','in_progress','returned')
       AND t.signed_at IS NOT NULL
$$;
GRANT EXECUTE ON FUNCTION casedesk.task_next_report_due(bigint)
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector;
