-- functions/020_task_scope: the tasks of my unit, for the row-level security
-- policies of migrations 021 and 025.  Those policies need the functions,
-- and the functions read the tables the same migration 021 creates, so this
-- file runs before it with body checks off (as a pg_dump restore does):
-- the bodies are checked when first called, by every test that reads a task.
SET LOCAL check_function_bodies = off;

-- Tasks my unit co-handles.  SECURITY DEFINER (owner bypasses RLS) so that
-- the task policy can consult task_unit without the two policies recursing.
CREATE OR REPLACE FUNCTION casedesk.my_cohandled_task_ids() RETURNS SETOF bigint
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$ SELECT tu.task_id FROM casedesk.task_unit tu WHERE tu.unit_id = casedesk.my_unit_id() $$;

-- Every task my unit leads or co-handles.
CREATE OR REPLACE FUNCTION casedesk.my_task_ids() RETURNS SETOF bigint
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT t.id FROM casedesk.task t WHERE t.lead_unit_id = casedesk.my_unit_id()
    UNION
    SELECT tu.task_id FROM casedesk.task_unit tu WHERE tu.unit_id = casedesk.my_unit_id()
$$;

GRANT EXECUTE ON FUNCTION casedesk.my_cohandled_task_ids(), casedesk.my_task_ids()
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector;
