-- tests/sql/case_helpers.sql — helpers of the case pgTAP files
-- (legal_clocks, violation_outcomes, resettlement), in pg_temp so the
-- rollback takes them too:
--   pg_temp.step(case, step, args)  case_transition with the case's current
--       version, as the current role; returns the new version
--   pg_temp.d(n [, extra])  the arguments of a step dated n days ago
--   pg_temp.doc(n, no)  a step dated n days ago with a document number
--   pg_temp.try(sql)  run a statement that may be refused: 'ok' or the
--       server's sentence, without aborting the test's transaction
CREATE FUNCTION pg_temp.step(p_case bigint, p_step text, p_args jsonb) RETURNS integer LANGUAGE sql AS $$
    SELECT casedesk.case_transition(p_case, (SELECT version FROM casedesk.case_file WHERE id = p_case), p_step, p_args)::integer $$;
CREATE FUNCTION pg_temp.d(n integer, extra jsonb DEFAULT '{}') RETURNS jsonb LANGUAGE sql AS $$
    SELECT jsonb_build_object('on', (current_date - n)::text) || extra $$;
CREATE FUNCTION pg_temp.doc(n integer, no text) RETURNS jsonb LANGUAGE sql AS $$
    SELECT jsonb_build_object('on', (current_date - n)::text, 'doc_no', no) $$;
CREATE FUNCTION pg_temp.try(p_sql text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE p_sql;
    RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
    RETURN SQLERRM;
END $$;
GRANT EXECUTE ON FUNCTION pg_temp.step(bigint, text, jsonb), pg_temp.d(integer, jsonb),
    pg_temp.doc(integer, text), pg_temp.try(text) TO PUBLIC;
