-- functions/173_task_totals.sql: the triggers that keep
-- casedesk.task_open_total and casedesk.task_card_total (migration 168),
-- and their rebuild.  One current
-- definition of each here; init re-runs this file whenever it changes.
--
-- Rows in and out as deltas per (lead unit, status, deadline), added with
-- ON CONFLICT in key order (as case_open_total, sql/functions/091): two
-- writers on one key add one after the other, and an edit that moves none
-- of the three columns writes nothing.  A key whose count falls to 0 is
-- deleted by the same statement's second step.
CREATE OR REPLACE FUNCTION casedesk.task_open_total_trg() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO casedesk.task_open_total AS t (lead_unit_id, status, deadline, n)
        SELECT d.lead_unit_id, d.status, d.deadline, count(*) FROM nt d WHERE d.status <> 'closed'
         GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (lead_unit_id, status, deadline) DO UPDATE SET n = t.n + excluded.n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO casedesk.task_open_total AS t (lead_unit_id, status, deadline, n)
        SELECT d.lead_unit_id, d.status, d.deadline, -count(*) FROM ot d WHERE d.status <> 'closed'
         GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (lead_unit_id, status, deadline) DO UPDATE SET n = t.n + excluded.n;
    ELSE
        INSERT INTO casedesk.task_open_total AS t (lead_unit_id, status, deadline, n)
        SELECT d.lead_unit_id, d.status, d.deadline, sum(d.s) FROM (
            SELECT lead_unit_id, status, deadline, 1 AS s FROM nt WHERE status <> 'closed'
            UNION ALL
            SELECT lead_unit_id, status, deadline, -1 FROM ot WHERE status <> 'closed') d
         GROUP BY 1, 2, 3 HAVING sum(d.s) <> 0 ORDER BY 1, 2, 3
        ON CONFLICT (lead_unit_id, status, deadline) DO UPDATE SET n = t.n + excluded.n;
    END IF;
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM casedesk.task_open_total t WHERE t.n = 0
           AND (t.lead_unit_id, t.status, t.deadline) IN (SELECT o.lead_unit_id, o.status, o.deadline FROM ot o);
    END IF;
    RETURN NULL;
END $$;
REVOKE EXECUTE ON FUNCTION casedesk.task_open_total_trg() FROM PUBLIC;

-- The whole table again (after a seed loaded with triggers off, or to repair).
CREATE OR REPLACE FUNCTION casedesk.task_totals_rebuild() RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v bigint;
BEGIN
    LOCK TABLE casedesk.task IN SHARE MODE;
    LOCK TABLE casedesk.task_open_total IN EXCLUSIVE MODE;
    DELETE FROM casedesk.task_open_total;
    INSERT INTO casedesk.task_open_total (lead_unit_id, status, deadline, n)
    SELECT t.lead_unit_id, t.status, t.deadline, count(*) FROM casedesk.task t
     WHERE t.status <> 'closed' GROUP BY 1, 2, 3;
    GET DIAGNOSTICS v = ROW_COUNT;
    LOCK TABLE casedesk.task_card IN SHARE MODE;
    LOCK TABLE casedesk.task_card_total IN EXCLUSIVE MODE;
    DELETE FROM casedesk.task_card_total;
    INSERT INTO casedesk.task_card_total (unit_id, kind, issued_on, n)
    SELECT c.unit_id, c.kind, c.issued_on, count(*) FROM casedesk.task_card c GROUP BY 1, 2, 3;
    RETURN v;
END $$;
REVOKE EXECUTE ON FUNCTION casedesk.task_totals_rebuild() FROM PUBLIC;

CREATE OR REPLACE TRIGGER task_open_total_ins AFTER INSERT ON casedesk.task
    REFERENCING NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION casedesk.task_open_total_trg();
CREATE OR REPLACE TRIGGER task_open_total_upd AFTER UPDATE ON casedesk.task
    REFERENCING OLD TABLE AS ot NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION casedesk.task_open_total_trg();
CREATE OR REPLACE TRIGGER task_open_total_del AFTER DELETE ON casedesk.task
    REFERENCING OLD TABLE AS ot FOR EACH STATEMENT EXECUTE FUNCTION casedesk.task_open_total_trg();

-- Cards in and out, as the open tasks above (a card is not closed: every
-- row counts).
CREATE OR REPLACE FUNCTION casedesk.task_card_total_trg() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO casedesk.task_card_total AS t (unit_id, kind, issued_on, n)
        SELECT d.unit_id, d.kind, d.issued_on, count(*) FROM nt d GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (unit_id, kind, issued_on) DO UPDATE SET n = t.n + excluded.n;
        RETURN NULL;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO casedesk.task_card_total AS t (unit_id, kind, issued_on, n)
        SELECT d.unit_id, d.kind, d.issued_on, -count(*) FROM ot d GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (unit_id, kind, issued_on) DO UPDATE SET n = t.n + excluded.n;
    ELSE
        INSERT INTO casedesk.task_card_total AS t (unit_id, kind, issued_on, n)
        SELECT d.unit_id, d.kind, d.issued_on, sum(d.s) FROM (
            SELECT unit_id, kind, issued_on, 1 AS s FROM nt
            UNION ALL
            SELECT unit_id, kind, issued_on, -1 FROM ot) d
         GROUP BY 1, 2, 3 HAVING sum(d.s) <> 0 ORDER BY 1, 2, 3
        ON CONFLICT (unit_id, kind, issued_on) DO UPDATE SET n = t.n + excluded.n;
    END IF;
    DELETE FROM casedesk.task_card_total t WHERE t.n = 0
       AND (t.unit_id, t.kind, t.issued_on) IN (SELECT o.unit_id, o.kind, o.issued_on FROM ot o);
    RETURN NULL;
END $$;
REVOKE EXECUTE ON FUNCTION casedesk.task_card_total_trg() FROM PUBLIC;

CREATE OR REPLACE TRIGGER task_card_total_ins AFTER INSERT ON casedesk.task_card
    REFERENCING NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION casedesk.task_card_total_trg();
CREATE OR REPLACE TRIGGER task_card_total_upd AFTER UPDATE ON casedesk.task_card
    REFERENCING OLD TABLE AS ot NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION casedesk.task_card_total_trg();
CREATE OR REPLACE TRIGGER task_card_total_del AFTER DELETE ON casedesk.task_card
    REFERENCING OLD TABLE AS ot FOR EACH STATEMENT EXECUTE FUNCTION casedesk.task_card_total_trg();
