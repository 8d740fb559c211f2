-- functions/110_actors.sql: who did what on the task side, and the names of
-- the document register, read only through these functions (issue 11,
-- class 1; migration 110 takes the columns away from every login role).
--
-- Each function is plpgsql SECURITY DEFINER with a fixed search_path: it is
-- never inlined, so the caller's EXPLAIN (ANALYZE) shows a function call and
-- nothing of the rows it looked at; the row scope is applied inside, the same
-- as the row policies (staff: the tasks their unit leads or co-handles, the
-- documents of their unit; supervisors and inspectors: all), and a row the
-- caller may not see gives NULL, exactly as a row that does not exist.  The
-- functions take a row id, never a person: nobody can ask "which rows name
-- official X".  They are scalar, so a list pays for them only on the rows
-- it shows (the planner evaluates a costly select-list call after ORDER BY
-- ... LIMIT).  One current definition of each function here; init re-runs
-- this file whenever it changes.

-- May the caller read task p_task?  Mirrors the policies of migration 025:
-- staff read the tasks their unit leads or co-handles, supervisors and
-- inspectors every task, the installer (casedesk-admin) everything.
-- Internal: not granted (its answer is what a SELECT on task gives anyway).
CREATE OR REPLACE FUNCTION casedesk.task_readable(p_task bigint) RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_scope integer := casedesk.case_scope();
BEGIN
    IF v_scope IS NULL OR p_task IS NULL THEN
        RETURN false;
    END IF;
    IF v_scope = 0 THEN
        RETURN true;
    END IF;
    RETURN EXISTS (SELECT 1 FROM casedesk.task t WHERE t.id = p_task AND t.lead_unit_id = v_scope)
        OR EXISTS (SELECT 1 FROM casedesk.task_unit tu WHERE tu.task_id = p_task AND tu.unit_id = v_scope);
END $$;
REVOKE ALL ON FUNCTION casedesk.task_readable(bigint) FROM PUBLIC;

-- The person a "who" column of a task-side row names: p_table 'task'
-- (p_column 'responsible_id', 'created_by', 'closed_by'), 'task_report'
-- ('author_id'), 'task_extension' ('requested_by', 'decided_by'),
-- 'task_card' ('official_id'), 'task_link' ('linked_by'); p_what 'name'
-- or 'login'.  NULL when the row is not the caller's to see, does not
-- exist, or names nobody.  Two statements per call (the row, then the
-- name with the scope of task_readable written out): a board page calls
-- it once per row shown.
CREATE OR REPLACE FUNCTION casedesk.task_actor(p_table text, p_id bigint, p_column text,
        p_what text DEFAULT 'name')
    RETURNS text
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_task bigint;
    v_who  integer;
    v_out  text;
BEGIN
    CASE p_table || '.' || p_column
        WHEN 'task.responsible_id' THEN
            SELECT t.id, t.responsible_id INTO v_task, v_who FROM casedesk.task t WHERE t.id = p_id;
        WHEN 'task.created_by' THEN
            SELECT t.id, t.created_by INTO v_task, v_who FROM casedesk.task t WHERE t.id = p_id;
        WHEN 'task.closed_by' THEN
            SELECT t.id, t.closed_by INTO v_task, v_who FROM casedesk.task t WHERE t.id = p_id;
        WHEN 'task_report.author_id' THEN
            SELECT r.task_id, r.author_id INTO v_task, v_who FROM casedesk.task_report r WHERE r.id = p_id;
        WHEN 'task_extension.requested_by' THEN
            SELECT e.task_id, e.requested_by INTO v_task, v_who FROM casedesk.task_extension e WHERE e.id = p_id;
        WHEN 'task_extension.decided_by' THEN
            SELECT e.task_id, e.decided_by INTO v_task, v_who FROM casedesk.task_extension e WHERE e.id = p_id;
        WHEN 'task_card.official_id' THEN
            SELECT c.task_id, c.official_id INTO v_task, v_who FROM casedesk.task_card c WHERE c.id = p_id;
        WHEN 'task_link.linked_by' THEN
            SELECT l.task_id, l.linked_by INTO v_task, v_who FROM casedesk.task_link l WHERE l.id = p_id;
        ELSE
            RETURN NULL;
    END CASE;
    IF v_who IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT CASE p_what WHEN 'login' THEN o.login ELSE o.name END INTO v_out
      FROM casedesk.official o, casedesk.task t
     WHERE o.id = v_who AND t.id = v_task
       AND CASE WHEN EXISTS (SELECT 1 FROM casedesk.official me
                              WHERE me.login = session_user::text AND NOT me.disabled)
                THEN EXISTS (SELECT 1 FROM casedesk.official me
                              WHERE me.login = session_user::text AND NOT me.disabled
                                AND (me.role IN ('supervisor', 'inspector')
                                     OR (me.role = 'staff'
                                         AND (me.unit_id = t.lead_unit_id
                                              OR EXISTS (SELECT 1 FROM casedesk.task_unit tu
                                                          WHERE tu.task_id = t.id AND tu.unit_id = me.unit_id)))))
                ELSE casedesk.task_readable(t.id) END;    -- the installer
    RETURN v_out;
END $$;

-- The people of a page of tasks, in one call: for each id of p_ids the
-- caller may see, the responsible official's name and login, and who
-- created and who closed it (the task board and detail, src/model_task.c).
CREATE OR REPLACE FUNCTION casedesk.task_actors(p_ids bigint[])
    RETURNS TABLE (id bigint, responsible text, responsible_login text, created_by text, closed_by text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER ROWS 50
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_scope integer := casedesk.case_scope();
BEGIN
    IF v_scope IS NULL THEN
        RETURN;
    END IF;
    RETURN QUERY
        SELECT t.id, ro.name, ro.login, co.name, xo.name
          FROM casedesk.task t
          LEFT JOIN casedesk.official ro ON ro.id = t.responsible_id
          LEFT JOIN casedesk.official co ON co.id = t.created_by
          LEFT JOIN casedesk.official xo ON xo.id = t.closed_by
         WHERE t.id = ANY (p_ids)
           AND (v_scope = 0 OR t.lead_unit_id = v_scope
                OR EXISTS (SELECT 1 FROM casedesk.task_unit tu WHERE tu.task_id = t.id AND tu.unit_id = v_scope));
END $$;

-- The tasks whose responsible official is the caller ("my tasks" of the
-- board), within the caller's scope.
CREATE OR REPLACE FUNCTION casedesk.my_responsible_task_ids() RETURNS SETOF bigint
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_me integer := casedesk.my_official_id();
    v_scope integer := casedesk.case_scope();
BEGIN
    IF v_me IS NULL OR v_scope IS NULL THEN
        RETURN;
    END IF;
    RETURN QUERY
        SELECT t.id FROM casedesk.task t
         WHERE t.responsible_id = v_me
           AND (v_scope = 0 OR t.lead_unit_id = v_scope
                OR EXISTS (SELECT 1 FROM casedesk.task_unit tu WHERE tu.task_id = t.id AND tu.unit_id = v_scope));
END $$;

GRANT EXECUTE ON FUNCTION casedesk.task_actor(text, bigint, text, text), casedesk.task_actors(bigint[]),
        casedesk.my_responsible_task_ids()
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector;

-- The party, the person served and who issued / served a document of the
-- register (p_column 'party_name', 'served_to', 'issued_by', 'served_by';
-- the last two as the official's name), for the documents the caller may
-- read: staff their unit's, supervisors and inspectors all.  The full ID
-- number is not served here (it is in the document's body as issued).
CREATE OR REPLACE FUNCTION casedesk.document_field(p_id bigint, p_column text) RETURNS text
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_out text;
BEGIN
    SELECT CASE p_column
               WHEN 'party_name' THEN x.party_name
               WHEN 'served_to' THEN x.served_to
               WHEN 'issued_by' THEN (SELECT o.name FROM casedesk.official o WHERE o.id = x.issued_by)
               WHEN 'served_by' THEN (SELECT o.name FROM casedesk.official o WHERE o.id = x.served_by)
           END INTO v_out
      FROM casedesk.document x
     WHERE x.id = p_id
       AND CASE WHEN EXISTS (SELECT 1 FROM casedesk.official me
                              WHERE me.login = session_user::text AND NOT me.disabled)
                THEN EXISTS (SELECT 1 FROM casedesk.official me
                              WHERE me.login = session_user::text AND NOT me.disabled
                                AND (me.role IN ('supervisor', 'inspector')
                                     OR (me.role = 'staff' AND me.unit_id = x.unit_id)))
                ELSE casedesk.case_scope() = 0 END;       -- the installer
    RETURN v_out;
END $$;
GRANT EXECUTE ON FUNCTION casedesk.document_field(bigint, text)
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector;
