-- functions/172_task_seen.sql: the triggers that keep
-- casedesk.task_seen (migration 169) current.  One current definition
-- of each here; init re-runs this file whenever it changes.
--
-- Each trigger names the tasks whose row may have moved and
-- task_seen_refresh() computes those tasks' rows again from the
-- tables themselves, so no delta can drift.  It first locks those tasks
-- (FOR NO KEY UPDATE, in id order): two reports on one task filed at once
-- then refresh one after the other, the second seeing the first's report,
-- where each would otherwise write the last report day of its own snapshot.

CREATE OR REPLACE FUNCTION casedesk.task_seen_refresh(p_ids bigint[]) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF cardinality(p_ids) IS NULL OR cardinality(p_ids) = 0 THEN
        RETURN;
    END IF;
    PERFORM 1 FROM casedesk.task t WHERE t.id = ANY (p_ids) ORDER BY t.id FOR NO KEY UPDATE;
    WITH n AS (
        SELECT u.unit_id, t.id AS task_id, t.lead_unit_id, t.status, t.deadline, t.signed_at,
               t.report_interval,
               CASE WHEN t.status IN ('signed', 'in_progress', 'returned') THEN
                   greatest(coalesce((SELECT max(r.reported_on) FROM casedesk.task_report r
                                       WHERE r.task_id = t.id), t.signed_at::date), t.signed_at::date)
               END AS report_base
          FROM casedesk.task t
         CROSS JOIN LATERAL (SELECT t.lead_unit_id UNION SELECT tu.unit_id FROM casedesk.task_unit tu
                              WHERE tu.task_id = t.id) u (unit_id)
         WHERE t.id = ANY (p_ids) AND t.status <> 'closed'),
    gone AS (
        DELETE FROM casedesk.task_seen s
         WHERE s.task_id = ANY (p_ids)
           AND NOT EXISTS (SELECT 1 FROM n WHERE n.task_id = s.task_id AND n.unit_id = s.unit_id))
    INSERT INTO casedesk.task_seen AS s (unit_id, task_id, lead_unit, status, deadline, signed_at,
                                         report_interval, report_base)
    SELECT n.unit_id, n.task_id, n.lead_unit_id, n.status, n.deadline, n.signed_at, n.report_interval,
           n.report_base FROM n
    ON CONFLICT (unit_id, task_id) DO UPDATE
       SET lead_unit = excluded.lead_unit, status = excluded.status, deadline = excluded.deadline,
           signed_at = excluded.signed_at, report_interval = excluded.report_interval,
           report_base = excluded.report_base
     WHERE (s.lead_unit, s.status, s.deadline, s.signed_at, s.report_interval, s.report_base)
           IS DISTINCT FROM (excluded.lead_unit, excluded.status, excluded.deadline, excluded.signed_at,
                             excluded.report_interval, excluded.report_base);
END $$;
REVOKE EXECUTE ON FUNCTION casedesk.task_seen_refresh(bigint[]) FROM PUBLIC;

-- The whole table again (after a seed loaded with triggers off, or to repair).
CREATE OR REPLACE FUNCTION casedesk.task_seen_rebuild() RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v bigint;
BEGIN
    LOCK TABLE casedesk.task, casedesk.task_report, casedesk.task_unit IN SHARE MODE;
    DELETE FROM casedesk.task_seen;
    PERFORM casedesk.task_seen_refresh(ARRAY(SELECT t.id FROM casedesk.task t WHERE t.status <> 'closed'));
    SELECT count(*) INTO v FROM casedesk.task_seen;
    RETURN v;
END $$;
REVOKE EXECUTE ON FUNCTION casedesk.task_seen_rebuild() FROM PUBLIC;

-- A task: when it is new, or a column kept here moved.
CREATE OR REPLACE FUNCTION casedesk.task_seen_task_trg() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM casedesk.task_seen_refresh(ARRAY(
            SELECT n.id FROM nt n WHERE n.status <> 'closed'));
    ELSE
        PERFORM casedesk.task_seen_refresh(ARRAY(
            SELECT n.id FROM nt n JOIN ot o ON o.id = n.id
             WHERE (n.status, n.deadline, n.signed_at, n.report_interval, n.lead_unit_id)
                   IS DISTINCT FROM (o.status, o.deadline, o.signed_at, o.report_interval, o.lead_unit_id)));
    END IF;
    RETURN NULL;
END $$;
REVOKE EXECUTE ON FUNCTION casedesk.task_seen_task_trg() FROM PUBLIC;

-- A report or a co-handling unit: the tasks of the rows in and out.
CREATE OR REPLACE FUNCTION casedesk.task_seen_child_trg() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_ids bigint[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        v_ids := ARRAY(SELECT DISTINCT n.task_id FROM nt n);
    ELSIF TG_OP = 'DELETE' THEN
        v_ids := ARRAY(SELECT DISTINCT o.task_id FROM ot o);
    ELSE
        v_ids := ARRAY(SELECT n.task_id FROM nt n UNION SELECT o.task_id FROM ot o);
    END IF;
    PERFORM casedesk.task_seen_refresh(v_ids);
    RETURN NULL;
END $$;
REVOKE EXECUTE ON FUNCTION casedesk.task_seen_child_trg() FROM PUBLIC;

CREATE OR REPLACE TRIGGER task_seen_ins AFTER INSERT ON casedesk.task
    REFERENCING NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION casedesk.task_seen_task_trg();
CREATE OR REPLACE TRIGGER task_seen_upd AFTER UPDATE ON casedesk.task
    REFERENCING OLD TABLE AS ot NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION casedesk.task_seen_task_trg();
DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['task_report', 'task_unit'] LOOP
        EXECUTE format('CREATE OR REPLACE TRIGGER task_seen_ins AFTER INSERT ON casedesk.%I
            REFERENCING NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION casedesk.task_seen_child_trg()', t);
        EXECUTE format('CREATE OR REPLACE TRIGGER task_seen_upd AFTER UPDATE ON casedesk.%I
            REFERENCING OLD TABLE AS ot NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION casedesk.task_seen_child_trg()', t);
        EXECUTE format('CREATE OR REPLACE TRIGGER task_seen_del AFTER DELETE ON casedesk.%I
            REFERENCING OLD TABLE AS ot FOR EACH STATEMENT EXECUTE FUNCTION casedesk.task_seen_child_trg()', t);
    END LOOP;
END $$;
