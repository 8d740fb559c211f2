-- 110_actor_columns: who did what on the task side, and the parties of the
-- document register, out of every plan a login role can write (issue 11,
-- class 1), as 065 did for the case tables.
--
-- Why.  task.responsible_id, task.created_by, task_card.official_id,
-- inbox.official_id, inbox_read.official_id and the other "who" columns of
-- the task side were readable through a table-level SELECT.  A leakproof
-- comparison on such a column (= , <, IN) runs before the row policy --
-- as an index condition where an index exists, and otherwise still ahead
-- of the policy's sub-selects -- so EXPLAIN (ANALYZE) of
-- "WHERE responsible_id = X" counted another unit's hidden tasks ("Rows
-- Removed by Filter", index rows) and, with no index at all, the policy's
-- InitPlan "Actual Loops" told whether any hidden row held X.  Expression
-- indexes on a non-leakproof key (branch wip-actors) only moved the hole.
-- The root fix is the one of 065: a role cannot name these columns at all,
-- so a query that does (WHERE, ORDER BY, RETURNING, a whole-row reference,
-- to_jsonb(t)) is refused with "permission denied" before it is planned;
-- pg_stats shows no row for them; the names of the rows one may see come
-- from SECURITY DEFINER plpgsql functions that apply the scope inside
-- (functions/110_actors.sql, and casedesk.my_inbox_page in 025_tasks.sql).
--
-- Who gets what:
--   task, task_card, task_extension, task_link, task_report,
--   inbox, inbox_read      no role reads the listed columns directly,
--                          supervisors and inspectors included: the inbox
--                          is personal for everybody, and one rule for the
--                          whole task side keeps every screen on the same
--                          definer paths;
--   document               as the case tables (065): staff none of the
--                          listed columns, supervisors and inspectors (who
--                          read every unit's register) all but the full ID
--                          number.
-- Writes are unchanged: the workflow functions and triggers are definers,
-- and the supervisor's task edit SETs responsible_id without reading it.
-- Columns added to these tables later need their own GRANT SELECT.

INSERT INTO casedesk.personal_column (table_name, column_name, kind) VALUES
    ('task', 'responsible_id', 'actor'), ('task', 'created_by', 'actor'),
    ('task', 'closed_by', 'actor'),
    ('task_card', 'official_id', 'actor'),
    ('task_extension', 'requested_by', 'actor'), ('task_extension', 'decided_by', 'actor'),
    ('task_link', 'linked_by', 'actor'),
    ('task_report', 'author_id', 'actor'),
    ('inbox', 'official_id', 'actor'),
    ('inbox_read', 'official_id', 'actor'),
    ('document', 'party_name', 'name'), ('document', 'party_id_no', 'id'),
    ('document', 'served_to', 'name'), ('document', 'issued_by', 'actor'),
    ('document', 'served_by', 'actor')
ON CONFLICT (table_name, column_name) DO NOTHING;

DO $$
DECLARE
    t text;
    r text;
    roles text[];
    cols text;
BEGIN
    FOREACH t IN ARRAY ARRAY['task', 'task_card', 'task_extension', 'task_link', 'task_report',
                             'inbox', 'inbox_read', 'document'] LOOP
        roles := CASE WHEN t IN ('inbox', 'inbox_read')
                      THEN ARRAY['casedesk_staff', 'casedesk_supervisor', 'casedesk_inspector', 'casedesk_admin']
                      ELSE ARRAY['casedesk_staff', 'casedesk_supervisor', 'casedesk_inspector'] END;
        FOREACH r IN ARRAY roles LOOP
            EXECUTE format('REVOKE SELECT ON casedesk.%I FROM %I', t, r);
            SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) INTO cols
              FROM pg_attribute a
             WHERE a.attrelid = ('casedesk.' || t)::regclass AND a.attnum > 0 AND NOT a.attisdropped
               AND NOT EXISTS (SELECT 1 FROM casedesk.personal_column p
                                WHERE p.table_name = t AND p.column_name = a.attname
                                  AND (t <> 'document' OR r = 'casedesk_staff' OR p.kind IN ('id', 'phone')));
            EXECUTE format('GRANT SELECT (%s) ON casedesk.%I TO %I', cols, t, r);
        END LOOP;
    END LOOP;
END $$;
