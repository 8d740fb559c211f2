-- functions/059_notify_channels.sql: the per-unit notification channels
-- (migration 059 says why).  notify_trigger itself is in 002_audit.sql.
-- One current definition of each function here; init re-runs this file
-- whenever it changes (README, HACKING).

-- The channel of a unit: not derivable from the unit's id without the key.
CREATE OR REPLACE FUNCTION casedesk.unit_channel(p_unit_id integer) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$ SELECT 'casedesk_u' || left(encode(sha256(s.secret || convert_to(p_unit_id::text, 'UTF8')), 'hex'), 24)
        FROM casedesk.notify_secret s WHERE s.id = 1 $$;
REVOKE EXECUTE ON FUNCTION casedesk.unit_channel(integer) FROM PUBLIC;

-- Three more kinds of channel (issue 11, class 10: tasks and the inbox no
-- longer go on the district-wide 'casedesk').  Each name is a keyed hash of
-- a kind word and an id, so no kind can be mistaken for another (a unit's
-- id is digits only) and none can be derived without the key:
--   oversight  every task change, for supervisors and inspectors (who read
--              every task), also the only one to hear of a task whose
--              units are gone (deleted);
--   inbox      a unit's shared inbox rows, for the people of that unit;
--   person     one official's own inbox rows and read marks.
CREATE OR REPLACE FUNCTION casedesk.keyed_channel(p_prefix text, p_what text) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$ SELECT 'casedesk_' || p_prefix || left(encode(sha256(s.secret || convert_to(p_what, 'UTF8')), 'hex'), 24)
        FROM casedesk.notify_secret s WHERE s.id = 1 $$;
REVOKE EXECUTE ON FUNCTION casedesk.keyed_channel(text, text) FROM PUBLIC;

-- Where notify_trigger announces a change of a row of p_table (new and old
-- row as jsonb, either NULL): only to those who may read the row -- for a
-- task, its lead unit's and each co-handling unit's channel, and the
-- oversight channel; for an inbox row, its recipient's -- before
-- or after the change (a task taken from a unit is announced to it, so its
-- board drops the row).  notify_trigger asks only for the task and inbox
-- tables; the rows everyone reads (units, villages, officials, the
-- calendar...) go on the district channel 'casedesk'.
CREATE OR REPLACE FUNCTION casedesk.notify_channels(p_table text, p_new jsonb, p_old jsonb) RETURNS SETOF text
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
-- Runs for every changed row: the key is read once and the names computed
-- here, with the same formula as unit_channel() and keyed_channel() (whose
-- SQL bodies would be planned again on every call).
DECLARE
    v_secret bytea;
    v_tasks bigint[] := '{}';
    v_units integer[] := '{}';
    r jsonb;
BEGIN
    SELECT s.secret INTO v_secret FROM casedesk.notify_secret s WHERE s.id = 1;
    IF p_table IN ('task', 'task_unit', 'task_report', 'task_extension', 'task_card', 'task_link') THEN
        FOREACH r IN ARRAY ARRAY[p_new, p_old] LOOP
            CONTINUE WHEN r IS NULL;
            v_tasks := v_tasks || coalesce(r->>'task_id', r->>'id')::bigint;
            IF p_table = 'task' THEN
                v_units := v_units || (r->>'lead_unit_id')::integer;
            ELSIF p_table = 'task_unit' THEN
                v_units := v_units || (r->>'unit_id')::integer;
            END IF;
        END LOOP;
        RETURN QUERY
            SELECT 'casedesk_u' || left(encode(sha256(v_secret || convert_to(u.id::text, 'UTF8')), 'hex'), 24)
              FROM (SELECT t.lead_unit_id AS id FROM casedesk.task t WHERE t.id = ANY (v_tasks)
                    UNION
                    SELECT tu.unit_id FROM casedesk.task_unit tu WHERE tu.task_id = ANY (v_tasks)
                    UNION
                    SELECT x FROM unnest(v_units) x) u
             WHERE u.id IS NOT NULL;
        RETURN NEXT 'casedesk_o' || left(encode(sha256(v_secret || convert_to('oversight', 'UTF8')), 'hex'), 24);
    ELSIF p_table IN ('inbox', 'inbox_read') THEN
        FOREACH r IN ARRAY ARRAY[p_new, p_old] LOOP
            CONTINUE WHEN r IS NULL;
            IF r->>'official_id' IS NOT NULL THEN
                RETURN NEXT 'casedesk_p' || left(encode(sha256(v_secret || convert_to('person:' || (r->>'official_id'), 'UTF8')), 'hex'), 24);
            END IF;
            IF r->>'unit_id' IS NOT NULL THEN
                RETURN NEXT 'casedesk_i' || left(encode(sha256(v_secret || convert_to('inbox:' || (r->>'unit_id'), 'UTF8')), 'hex'), 24);
            END IF;
        END LOOP;
    END IF;
END $$;
REVOKE EXECUTE ON FUNCTION casedesk.notify_channels(text, jsonb, jsonb) FROM PUBLIC;

-- The channels the caller may LISTEN on: the district-wide one; the
-- channels of the units whose cases (and tasks) the caller can read; the
-- oversight channel for supervisors and inspectors; the shared inbox of
-- the caller's unit and the caller's own.
CREATE OR REPLACE FUNCTION casedesk.my_channels() RETURNS SETOF text
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT 'casedesk'
    UNION ALL
    SELECT casedesk.unit_channel(u.id) FROM casedesk.unit u
     WHERE (casedesk.my_role() = 'staff' AND u.id = casedesk.my_unit_id())
        OR casedesk.my_role() IN ('supervisor', 'inspector')
    UNION ALL
    SELECT casedesk.keyed_channel('o', 'oversight') WHERE casedesk.my_role() IN ('supervisor', 'inspector')
    UNION ALL
    SELECT casedesk.keyed_channel('i', 'inbox:' || casedesk.my_unit_id()) WHERE casedesk.my_unit_id() IS NOT NULL
    UNION ALL
    SELECT casedesk.keyed_channel('p', 'person:' || casedesk.my_official_id()) WHERE casedesk.my_official_id() IS NOT NULL
$$;
REVOKE EXECUTE ON FUNCTION casedesk.my_channels() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk.my_channels()
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin;
