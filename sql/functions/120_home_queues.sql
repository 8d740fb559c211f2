-- functions/120_home_queues.sql: the work queues on the home screens of
-- inspectors and administrators (issue 14 item 7).  Each count is the
-- number of rows its drill-down shows, from one predicate:
--   inspectors: discipline_in_queue(record, queue) -- new flags nobody has
--     taken, reviews due within 7 days, reviews overdue, records awaiting a
--     disposition (talk letter or investigation).  Counts only (no content:
--     the rows themselves are read through the read protocol of
--     030_discipline.sql, discipline_request('list', {queue})), never of a
--     record about the caller, and only for inspectors;
--   administrators: admin_queue(kind) -- disabled accounts, calendar years
--     (this year, next year) without a single holiday or make-up day, units
--     without a target for this year.

CREATE OR REPLACE FUNCTION casedesk.discipline_in_queue(p_status text, p_review_due date, p_queue text)
    RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE p_queue
        WHEN 'new' THEN p_status = 'received'
        WHEN 'due' THEN p_status = 'preliminary_review'
                        AND p_review_due BETWEEN casedesk.today() AND casedesk.today() + 7
        WHEN 'overdue' THEN p_status = 'preliminary_review' AND p_review_due < casedesk.today()
        WHEN 'awaiting' THEN p_status IN ('talk_letter', 'investigation')
        ELSE false END
$$;
REVOKE ALL ON FUNCTION casedesk.discipline_in_queue(text, date, text) FROM PUBLIC;

CREATE OR REPLACE FUNCTION casedesk.discipline_queue_counts()
    RETURNS TABLE (new_flags bigint, reviews_due bigint, reviews_overdue bigint, awaiting bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_me integer := casedesk.discipline_require_inspector();
BEGIN
    RETURN QUERY
    SELECT count(*) FILTER (WHERE casedesk.discipline_in_queue(r.status, r.review_due, 'new')),
           count(*) FILTER (WHERE casedesk.discipline_in_queue(r.status, r.review_due, 'due')),
           count(*) FILTER (WHERE casedesk.discipline_in_queue(r.status, r.review_due, 'overdue')),
           count(*) FILTER (WHERE casedesk.discipline_in_queue(r.status, r.review_due, 'awaiting'))
      FROM casedesk.discipline_record r
     WHERE r.official_id <> v_me AND r.status NOT IN ('set_aside', 'concluded');
END $$;
REVOKE ALL ON FUNCTION casedesk.discipline_queue_counts() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk.discipline_queue_counts() TO casedesk_inspector;

CREATE OR REPLACE FUNCTION casedesk.admin_queue(p_kind text)
    RETURNS TABLE (key text, name text, detail text)
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF casedesk.my_role() IS DISTINCT FROM 'admin' THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'Only administrators have this work queue.';
    END IF;
    IF p_kind = 'disabled' THEN
        RETURN QUERY SELECT o.login, o.name, u.name FROM casedesk.official o
                       JOIN casedesk.unit u ON u.id = o.unit_id
                      WHERE o.disabled ORDER BY u.name, o.name, o.login;
    ELSIF p_kind = 'calendar' THEN
        RETURN QUERY SELECT y::text, y::text, ''::text
                       FROM generate_series(extract(year FROM casedesk.today())::integer,
                                            extract(year FROM casedesk.today())::integer + 1) y
                      WHERE NOT EXISTS (SELECT 1 FROM casedesk.calendar_day c
                                         WHERE c.day >= make_date(y, 1, 1) AND c.day < make_date(y + 1, 1, 1))
                      ORDER BY y;
    ELSIF p_kind = 'targets' THEN
        RETURN QUERY SELECT u.code, u.name, ''::text FROM casedesk.unit u
                      WHERE u.kind <> 'district'
                        AND NOT EXISTS (SELECT 1 FROM casedesk.target t WHERE t.unit_id = u.id
                                          AND t.year = extract(year FROM casedesk.today())::integer)
                      ORDER BY CASE u.kind WHEN 'department' THEN 1 ELSE 0 END, u.name;
    ELSE
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = 'An administrator''s queue is disabled, calendar or targets.';
    END IF;
END $$;

CREATE OR REPLACE FUNCTION casedesk.admin_queue_counts()
    RETURNS TABLE (disabled bigint, calendar_years bigint, units_without_targets bigint)
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT (SELECT count(*) FROM casedesk.admin_queue('disabled')),
           (SELECT count(*) FROM casedesk.admin_queue('calendar')),
           (SELECT count(*) FROM casedesk.admin_queue('targets'))
$$;
REVOKE ALL ON FUNCTION casedesk.admin_queue(text), casedesk.admin_queue_counts() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk.admin_queue(text), casedesk.admin_queue_counts() TO casedesk_admin;
