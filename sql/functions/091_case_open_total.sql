-- functions/091_case_open_total.sql: the triggers that keep
-- casedesk.case_open_total (migration 091) and the one reader of it.
-- One current definition of each function and trigger here; init re-runs
-- this file whenever it changes (README, HACKING).  totals_rebuild()
-- (055_totals.sql) recomputes it with the other totals.

-- Open rows in, open rows out, per unit; a unit whose count does not move
-- (an edit that leaves the status and unit alone) takes no lock.
CREATE OR REPLACE FUNCTION casedesk.case_open_trg() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO casedesk.case_open_total AS t (unit_id, n)
        SELECT d.unit_id, count(*) FROM nt d WHERE d.status <> 'closed' GROUP BY 1 ORDER BY 1
        ON CONFLICT (unit_id) DO UPDATE SET n = t.n + excluded.n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO casedesk.case_open_total AS t (unit_id, n)
        SELECT d.unit_id, -count(*) FROM ot d WHERE d.status <> 'closed' GROUP BY 1 ORDER BY 1
        ON CONFLICT (unit_id) DO UPDATE SET n = t.n + excluded.n;
    ELSE
        INSERT INTO casedesk.case_open_total AS t (unit_id, n)
        SELECT d.unit_id, sum(d.s) FROM (
            SELECT unit_id, 1 AS s FROM nt WHERE status <> 'closed'
            UNION ALL
            SELECT unit_id, -1 FROM ot WHERE status <> 'closed') d
         GROUP BY 1 HAVING sum(d.s) <> 0 ORDER BY 1
        ON CONFLICT (unit_id) DO UPDATE SET n = t.n + excluded.n;
    END IF;
    RETURN NULL;
END $$;
REVOKE EXECUTE ON FUNCTION casedesk.case_open_trg() FROM PUBLIC;

CREATE OR REPLACE TRIGGER case_open_ins AFTER INSERT ON casedesk.case_file
    REFERENCING NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION casedesk.case_open_trg();
CREATE OR REPLACE TRIGGER case_open_upd AFTER UPDATE ON casedesk.case_file
    REFERENCING OLD TABLE AS ot NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION casedesk.case_open_trg();
CREATE OR REPLACE TRIGGER case_open_del AFTER DELETE ON casedesk.case_file
    REFERENCING OLD TABLE AS ot FOR EACH STATEMENT EXECUTE FUNCTION casedesk.case_open_trg();

-- A clerk's unit's open cases (what the policy case_file_own_unit lets a
-- clerk count); NULL for every other role.
CREATE OR REPLACE FUNCTION casedesk.my_open_case_count() RETURNS bigint
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT coalesce((SELECT t.n FROM casedesk.case_open_total t
                      WHERE t.unit_id = casedesk.my_unit_id()), 0)::bigint
     WHERE casedesk.my_role() = 'staff'
$$;
REVOKE EXECUTE ON FUNCTION casedesk.my_open_case_count() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk.my_open_case_count() TO casedesk_staff;
