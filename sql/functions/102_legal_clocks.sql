-- functions/102_legal_clocks.sql: the engine of the statutory periods kept
-- in casedesk.legal_clock (migration 102).  Kind-independent: a clock's
-- events are date columns of the kind's detail table, read by name.
-- SECURITY INVOKER: the caller's RLS decides which cases it sees.

-- The date of event p_event (a date column of the kind's detail table, e.g.
-- "compensation_decision_on") of case c; NULL when not recorded.
CREATE OR REPLACE FUNCTION casedesk.case_event_on(c casedesk.case_file, p_event text) RETURNS date
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_table text;
    v_on date;
BEGIN
    SELECT k.detail_table INTO v_table FROM casedesk.case_kind k WHERE k.code = c.kind;
    IF v_table IS NULL OR p_event !~ '^[a-z][a-z_]{0,62}$' THEN
        RETURN NULL;
    END IF;
    -- the one column only: a whole-row read needs SELECT on every column,
    -- and staff may not read the personal ones (migration 065)
    EXECUTE format('SELECT d.%I::date FROM casedesk.%I d WHERE d.id = $1', p_event, v_table)
        INTO v_on USING c.id;
    RETURN v_on;
END $$;

CREATE OR REPLACE FUNCTION casedesk.clock_add(p_from date, p_amount integer, p_unit text) RETURNS date
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE p_unit
             WHEN 'working_days' THEN casedesk.add_workdays(p_from, p_amount)
             WHEN 'months' THEN (p_from + make_interval(months => p_amount))::date
             ELSE p_from + p_amount END
$$;

-- The day a period starts (migration 160): the recorded event p_on, moved
-- to the service of the document the law counts it from (p_doc_kind) when
-- the case has that document in the register — by the days between its
-- issue and its service, so a deadline written on the document moves with
-- it — and NULL (not started) while that document is unserved.  A case
-- without the register document keeps its recorded date.
CREATE OR REPLACE FUNCTION casedesk.clock_start(p_case_id bigint, p_on date, p_doc_kind text) RETURNS date
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE WHEN p_on IS NULL OR p_doc_kind IS NULL OR d.id IS NULL THEN p_on
                WHEN d.served_on IS NULL THEN NULL
                ELSE p_on + (d.served_on - d.issued_on) END
      FROM (SELECT 1) z
      LEFT JOIN LATERAL (SELECT x.id, x.issued_on, x.served_on FROM casedesk.document x
                          WHERE x.case_id = p_case_id AND x.kind = p_doc_kind
                          ORDER BY x.id DESC LIMIT 1) d ON true
$$;
REVOKE EXECUTE ON FUNCTION casedesk.clock_start(bigint, date, text) FROM PUBLIC;

-- The open clocks of one case: for each statutory period of a step not yet
-- taken (its own event unrecorded) and still possible from the case's
-- status — when it started, the first day the step is lawful, the day it is
-- due, and the state: 'waiting' (the period has not started: its event is
-- not recorded), 'not_yet', 'open' or 'overdue'.  SECURITY DEFINER with the
-- case-reading rule spelt out (staff: their unit's; supervisors and
-- inspectors: all), since staff may not read a case row whole (065); it
-- returns dates and rules only, nothing personal.
CREATE OR REPLACE FUNCTION casedesk.case_legal_clocks(p_case_id bigint)
    RETURNS TABLE (code text, step text, step_label_zh text, step_label_en text, started_on date,
                   earliest date, due date, state text, source text, label_zh text, label_en text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c casedesk.case_file;
    k record;
    v_start date;
    v_today date := casedesk.today();
BEGIN
    SELECT * INTO c FROM casedesk.case_file f
     WHERE f.id = p_case_id
       AND (casedesk.my_role() IN ('supervisor', 'inspector')
            OR (casedesk.my_role() = 'staff' AND f.unit_id = casedesk.my_unit_id()));
    IF NOT FOUND OR c.status = 'closed' THEN
        RETURN;
    END IF;
    FOR k IN
        SELECT l.*, s.label_zh AS s_zh, s.label_en AS s_en
          FROM casedesk.legal_clock l
          JOIN casedesk.case_step s ON s.kind = l.kind AND s.step = l.step
         WHERE l.kind = c.kind AND c.status = ANY (s.from_status)
         ORDER BY s.ord, l.id
    LOOP
        CONTINUE WHEN casedesk.case_event_on(c, k.step_event) IS NOT NULL;
        v_start := casedesk.clock_start(c.id, casedesk.case_event_on(c, k.after_event), k.from_service_of);
        code := k.code; step := k.step; step_label_zh := k.s_zh; step_label_en := k.s_en;
        source := k.source; label_zh := k.label_zh; label_en := k.label_en;
        started_on := v_start;
        earliest := CASE WHEN v_start IS NOT NULL AND k.min_amount IS NOT NULL
                         THEN casedesk.clock_add(v_start, k.min_amount, k.unit) END;
        due := CASE WHEN v_start IS NOT NULL AND k.max_amount IS NOT NULL
                    THEN casedesk.clock_add(v_start, k.max_amount, k.unit) END;
        state := CASE WHEN v_start IS NULL THEN 'waiting'
                      WHEN earliest > v_today THEN 'not_yet'
                      WHEN due < v_today THEN 'overdue'
                      ELSE 'open' END;
        RETURN NEXT;
    END LOOP;
END $$;

-- Why step p_step of case c may not be taken on p_on by its clocks (NULL:
-- it may).  A period that has not started means its event comes first; a
-- step after its due day is still lawful (late), and shows as overdue.
CREATE OR REPLACE FUNCTION casedesk.legal_clock_blocker(c casedesk.case_file, p_step text, p_on date) RETURNS text
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    k record;
    v_on date;
    v_start date;
    v_earliest date;
BEGIN
    FOR k IN SELECT l.*, dk.name AS doc_name FROM casedesk.legal_clock l
               LEFT JOIN casedesk.doc_kind dk ON dk.kind = l.from_service_of
              WHERE l.kind = c.kind AND l.step = p_step
              ORDER BY l.id LOOP
        v_on := casedesk.case_event_on(c, k.after_event);
        v_start := casedesk.clock_start(c.id, v_on, k.from_service_of);
        IF v_on IS NOT NULL AND v_start IS NULL AND k.min_amount IS NOT NULL THEN
            RETURN format('Not yet: %s (%s); the period runs from the service of the %s, which is not recorded.',
                          k.label_en, k.source, k.doc_name);
        END IF;
        IF v_start IS NULL AND k.min_amount IS NOT NULL THEN
            RETURN format('Not yet: %s (%s); the day it starts from is not recorded.', k.label_en, k.source);
        END IF;
        v_earliest := casedesk.clock_add(v_start, k.min_amount, k.unit);
        IF p_on < v_earliest THEN
            RETURN format('Not before %s: %s (%s).', v_earliest, k.label_en, k.source);
        END IF;
    END LOOP;
    RETURN NULL;
END $$;

GRANT EXECUTE ON FUNCTION casedesk.case_legal_clocks(bigint)
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector;
REVOKE EXECUTE ON FUNCTION casedesk.case_event_on(casedesk.case_file, text),
    casedesk.clock_add(date, integer, text) FROM PUBLIC;

-- One line per next legal step, as the case form shows it: a step governed
-- by several periods (the review and the lawsuit windows) is lawful from
-- the latest of their first days and due by the earliest of their due days;
-- the source shown is the binding period's.
CREATE OR REPLACE FUNCTION casedesk.case_next_legal_steps(p_case_id bigint)
    RETURNS TABLE (step text, step_label_zh text, step_label_en text, earliest date, due date,
                   state text, source text)
    LANGUAGE sql STABLE SECURITY DEFINER   -- the rows come from case_legal_clocks, which checks who asks
    SET search_path = pg_catalog, pg_temp
AS $$
    WITH k AS (SELECT * FROM casedesk.case_legal_clocks(p_case_id) WHERE state <> 'waiting'),
    g AS (
        SELECT k.step, min(k.step_label_zh) AS zh, min(k.step_label_en) AS en,
               max(k.earliest) AS earliest, min(k.due) AS due,
               (array_agg(k.source ORDER BY k.earliest DESC NULLS LAST, k.due NULLS LAST))[1] AS source
          FROM k GROUP BY k.step)
    SELECT g.step, g.zh, g.en, g.earliest, g.due,
           CASE WHEN g.earliest > casedesk.today() THEN 'not_yet'
                WHEN g.due < casedesk.today() THEN 'overdue' ELSE 'open' END,
           g.source
      FROM g
      JOIN casedesk.case_file c ON c.id = p_case_id
      JOIN casedesk.case_step s ON s.kind = c.kind AND s.step = g.step
     ORDER BY s.ord
$$;
GRANT EXECUTE ON FUNCTION casedesk.case_next_legal_steps(bigint)
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector;

-- Escalation: every open case whose statutory period ran out before
-- p_today gets one inbox row for its unit per step and due day.  One query
-- per period with a due day (a handful), over the kind's detail table.
-- Called by task_escalate (so the daily run and `casedesk-admin escalate`
-- both do it); returns the rows added.
CREATE OR REPLACE FUNCTION casedesk.legal_clock_escalate(p_today date) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    k record;
    v_n integer;
    v_total integer := 0;
BEGIN
    FOR k IN
        SELECT l.*, kd.detail_table, s.from_status
          FROM casedesk.legal_clock l
          JOIN casedesk.case_kind kd ON kd.code = l.kind
          JOIN casedesk.case_step s ON s.kind = l.kind AND s.step = l.step
         WHERE l.max_amount IS NOT NULL
    LOOP
        EXECUTE format(
            'INSERT INTO casedesk.inbox (unit_id, kind, case_id, detail, ref_date)
             SELECT c.unit_id, ''legal_step_overdue'', c.id, $1, x.due
               FROM (SELECT d.id, casedesk.clock_add(casedesk.clock_start(d.id, d.%I, $6), $2, $3) AS due
                       FROM casedesk.%I d
                      WHERE d.%I IS NOT NULL AND d.%I IS NULL) x
               JOIN casedesk.case_file c ON c.id = x.id
              WHERE x.due < $4 AND c.status = ANY ($5)
             ON CONFLICT (case_id, detail, ref_date) WHERE kind = ''legal_step_overdue'' DO NOTHING',
            k.after_event, k.detail_table, k.after_event, k.step_event)
        USING k.code, k.max_amount, k.unit, p_today, k.from_status, k.from_service_of;
        GET DIAGNOSTICS v_n = ROW_COUNT;
        v_total := v_total + v_n;
    END LOOP;
    RETURN v_total;
END $$;
REVOKE EXECUTE ON FUNCTION casedesk.legal_clock_escalate(date) FROM PUBLIC;

-- The hour a forced demolition starts (a->>'at', HH:MM), refused at night:
-- 行政强制法第43条 — no compulsory execution at night (22:00–06:00) or on a
-- statutory holiday (the day itself is checked against the calendar by the
-- step).  Migration 160.
CREATE OR REPLACE FUNCTION casedesk.forced_daytime(a jsonb) RETURNS time
    LANGUAGE plpgsql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v text := nullif(btrim(a->>'at'), '');
    t time;
BEGIN
    IF v IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The time the forced demolition starts is required (HH:MM).';
    END IF;
    IF v !~ '^([01]?[0-9]|2[0-3]):[0-5][0-9]$' THEN
        RAISE EXCEPTION USING ERRCODE = '22007', MESSAGE = 'A time is written HH:MM (24-hour clock).';
    END IF;
    t := v::time;
    IF t < '06:00' OR t >= '22:00' THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = 'Forced demolition may not take place at night, between 22:00 and 06:00 (行政强制法第43条).';
    END IF;
    RETURN t;
END $$;
GRANT EXECUTE ON FUNCTION casedesk.forced_daytime(jsonb) TO casedesk_staff, casedesk_supervisor, casedesk_inspector;
