-- functions/186_petition_retired.sql: the older petition table is history
-- (migration 186).  New petitions are cases of the kind petition
-- (casedesk.case_create_petition, functions/140).  No role may write the
-- old table (its grants were taken back); this trigger refuses the writers
-- that hold the owner's rights (a SECURITY DEFINER function) with one
-- sentence, whoever they are.  The demo data, which fill the old table as a
-- database from before 140 had it and then adopt the rows
-- (seed/015_petitions.sql), are loaded with triggers off (casedesk-admin
-- seed, replica mode).  A case deleted clears its case_id (the foreign
-- key's ON DELETE SET NULL), which stays allowed.
CREATE OR REPLACE FUNCTION casedesk.petition_retired() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.case_id IS NOT NULL AND NEW.case_id IS NULL
       AND to_jsonb(NEW) - 'case_id' - 'version' - 'due_on' = to_jsonb(OLD) - 'case_id' - 'version' - 'due_on' THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION USING ERRCODE = '55000',
        MESSAGE = 'The old petition register is kept for history only: register the petition as a case of the kind petition.';
END $$;
REVOKE ALL ON FUNCTION casedesk.petition_retired() FROM PUBLIC;
CREATE OR REPLACE TRIGGER a_petition_retired BEFORE INSERT OR UPDATE ON casedesk.petition
    FOR EACH ROW EXECUTE FUNCTION casedesk.petition_retired();
