-- tests/sql/tasks_helpers.sql — helpers of the task pgTAP files (after
-- tasks_users.sql), in pg_temp so the rollback takes them too:
--   pg_temp.tver(id), pg_temp.tstatus(id)  a task's version and status as the
--       supervisor sees it (all tasks), whoever asks
--   pg_temp.try(sql)  run a statement that may fail, without aborting the
--       test's transaction (set-up, not an assertion)
CREATE FUNCTION pg_temp.tver(p_id bigint) RETURNS integer LANGUAGE sql SECURITY DEFINER
    AS $$ SELECT version::integer FROM casedesk.task WHERE id = p_id $$;
CREATE FUNCTION pg_temp.tstatus(p_id bigint) RETURNS text LANGUAGE sql SECURITY DEFINER
    AS $$ SELECT status::text FROM casedesk.task WHERE id = p_id $$;
CREATE FUNCTION pg_temp.try(p_sql text) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE p_sql;
    RETURN true;
EXCEPTION WHEN OTHERS THEN
    RETURN false;
END $$;
GRANT EXECUTE ON FUNCTION pg_temp.tver(bigint), pg_temp.tstatus(bigint), pg_temp.try(text) TO PUBLIC;
-- Whose session: :as_sup, :as_lead ... (the installer can take any part;
-- :as_su goes back to the installer).
\set as_sup   'SET SESSION AUTHORIZATION t_sup;'
\set as_lead  'SET SESSION AUTHORIZATION t_lead;'
\set as_lead2 'SET SESSION AUTHORIZATION t_lead2;'
\set as_co    'SET SESSION AUTHORIZATION t_co;'
\set as_other 'SET SESSION AUTHORIZATION t_other;'
\set as_insp  'SET SESSION AUTHORIZATION t_insp;'
\set as_adm   'SET SESSION AUTHORIZATION t_adm;'
\set as_su    'RESET SESSION AUTHORIZATION;'
