-- functions/029_discipline_scope.sql: what the discipline tables of migration 030 need before
-- they exist: the random record id (a column default) and the restrictive
-- audit policy's "about me" test.
-- One current definition of each function, view and trigger here; init
-- re-runs this file whenever it changes (README, HACKING).

-- Record ids are random (52 bits), not sequential: an inspector who is
-- himself flagged must not spot the gap his hidden record leaves in a list.
CREATE OR REPLACE FUNCTION casedesk.discipline_new_id() RETURNS bigint
    LANGUAGE sql VOLATILE
    SET search_path = pg_catalog, pg_temp
AS $$ SELECT ('x' || substr(replace(gen_random_uuid()::text, '-', ''), 1, 13))::bit(52)::bigint $$;

-- The discipline audit chain: an inspector reads it, except rows about a
-- record concerning themselves.  The function looks through the owner's eyes
-- (BYPASSRLS) so the policy does not depend on the inspector's own grants.
CREATE OR REPLACE FUNCTION casedesk.discipline_audit_about_me(p_table text, p_row_id bigint, p_row jsonb)
    RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_me  integer := casedesk.my_official_id();
    v_rec bigint;
BEGIN
    IF p_row IS NULL THEN
        -- READ rows: row_id names the record, or the official for evidence reads
        IF p_table = 'official' THEN RETURN p_row_id IS NOT DISTINCT FROM v_me; END IF;
        v_rec := p_row_id;
    ELSIF p_table = 'discipline_record' THEN
        RETURN (p_row->>'official_id')::integer IS NOT DISTINCT FROM v_me;
    ELSE
        v_rec := (p_row->>'record_id')::bigint;
    END IF;
    RETURN EXISTS (SELECT 1 FROM casedesk.discipline_record r
                   WHERE r.id = v_rec AND r.official_id = v_me);
END $$;
GRANT EXECUTE ON FUNCTION casedesk.discipline_audit_about_me(text, bigint, jsonb) TO casedesk_inspector;
