-- functions/002_audit.sql: the hash-chained audit trail (audit_append, the audit trigger, chain
-- verification) and the NOTIFY trigger.
-- One current definition of each function, view and trigger here; init
-- re-runs this file whenever it changes (README, HACKING).

-- The canonical text of an audit row; the timestamp is rendered in UTC with
-- microseconds so the hash does not depend on the session's TimeZone.
CREATE OR REPLACE FUNCTION casedesk.audit_canonical(
        p_id bigint, p_at timestamptz, p_login text, p_txid bigint,
        p_table text, p_row_id bigint, p_op text, p_old jsonb, p_new jsonb)
    RETURNS bytea
    LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT convert_to(concat_ws('|', p_id::text,
        to_char(p_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
        p_login, p_txid::text, p_table, coalesce(p_row_id::text, ''), p_op,
        coalesce(p_old::text, ''), coalesce(p_new::text, '')), 'UTF8')
$$;

-- Append one row to a chain ('audit_log' or 'discipline_audit').
CREATE OR REPLACE FUNCTION casedesk.audit_append(p_chain text, p_table text, p_row_id bigint,
        p_op text, p_old jsonb, p_new jsonb)
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_id   bigint;
    v_at   timestamptz := clock_timestamp();
    v_prev bytea;
    v_hash bytea;
    v_tx   bigint := txid_current();
BEGIN
    IF p_chain IS DISTINCT FROM 'discipline_audit' AND p_chain IS DISTINCT FROM 'audit_log' THEN
        RAISE EXCEPTION USING MESSAGE = 'unknown audit chain', ERRCODE = '22023';
    END IF;
    -- The row lock on the head serialises writers of this chain until commit.
    SELECT last_hash INTO STRICT v_prev FROM casedesk.audit_chain_head
     WHERE chain = p_chain FOR UPDATE;
    IF p_chain = 'discipline_audit' THEN
        v_id := nextval('casedesk.discipline_audit_id_seq');
    ELSE
        v_id := nextval('casedesk.audit_log_id_seq');
    END IF;
    v_hash := sha256(v_prev || casedesk.audit_canonical(v_id, v_at, session_user::text,
                    v_tx, p_table, p_row_id, p_op, p_old, p_new));
    IF p_chain = 'discipline_audit' THEN
        INSERT INTO casedesk.discipline_audit VALUES
            (v_id, v_at, session_user, v_tx, p_table, p_row_id, p_op, p_old, p_new, v_prev, v_hash);
    ELSE
        INSERT INTO casedesk.audit_log VALUES
            (v_id, v_at, session_user, v_tx, p_table, p_row_id, p_op, p_old, p_new, v_prev, v_hash);
    END IF;
    UPDATE casedesk.audit_chain_head SET last_id = v_id, last_hash = v_hash
     WHERE chain = p_chain;
END $$;

-- Row trigger: TG_ARGV[0] = 'discipline' sends the row to the confidential chain.
CREATE OR REPLACE FUNCTION casedesk.audit_trigger() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_old jsonb;
    v_new jsonb;
    v_chain text := CASE WHEN TG_NARGS > 0 AND TG_ARGV[0] = 'discipline'
                         THEN 'discipline_audit' ELSE 'audit_log' END;
BEGIN
    IF TG_OP <> 'INSERT' THEN v_old := to_jsonb(OLD); END IF;
    IF TG_OP <> 'DELETE' THEN v_new := to_jsonb(NEW); END IF;
    PERFORM casedesk.audit_append(v_chain, TG_TABLE_NAME::text,
        (coalesce(v_new, v_old)->>'id')::bigint, TG_OP, v_old, v_new);
    RETURN NULL;
END $$;

-- Audit rows are never changed, by anyone, the owner included.
CREATE OR REPLACE FUNCTION casedesk.audit_immutable() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$ BEGIN
    RAISE EXCEPTION 'the audit trail cannot be changed or deleted'
        USING ERRCODE = '42501';
END $$;

CREATE OR REPLACE TRIGGER audit_log_immutable BEFORE UPDATE OR DELETE ON casedesk.audit_log
    FOR EACH ROW EXECUTE FUNCTION casedesk.audit_immutable();
CREATE OR REPLACE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON casedesk.audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION casedesk.audit_immutable();
CREATE OR REPLACE TRIGGER discipline_audit_immutable BEFORE UPDATE OR DELETE ON casedesk.discipline_audit
    FOR EACH ROW EXECUTE FUNCTION casedesk.audit_immutable();
CREATE OR REPLACE TRIGGER discipline_audit_no_truncate BEFORE TRUNCATE ON casedesk.discipline_audit
    FOR EACH STATEMENT EXECUTE FUNCTION casedesk.audit_immutable();

-- Walk a chain; returns the id of the first row whose prev_hash or hash does
-- not match, or NULL when the chain is intact.  IS DISTINCT FROM so that a
-- NULLed hash (after someone dropped NOT NULL) cannot hide the rest of the
-- chain.  Finally the chain must end where audit_chain_head says: a row cut
-- off the end (or a forged head) is reported as the head's id.  This detects
-- edits made with the triggers disabled; it cannot detect a superuser who
-- recomputes every later hash and the head as well (anchor audit_chain_head
-- outside the database for that).
CREATE OR REPLACE FUNCTION casedesk.audit_first_broken(p_chain text) RETURNS bigint
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    r record;
    v_prev bytea := '\x'::bytea;
    v_last bigint;
    h record;
BEGIN
    IF p_chain IS DISTINCT FROM 'discipline_audit' AND p_chain IS DISTINCT FROM 'audit_log' THEN
        RAISE EXCEPTION USING MESSAGE = 'unknown audit chain', ERRCODE = '22023';
    END IF;
    FOR r IN EXECUTE format('SELECT * FROM casedesk.%I ORDER BY id', p_chain) LOOP
        IF r.prev_hash IS DISTINCT FROM v_prev
           OR r.hash IS DISTINCT FROM sha256(v_prev || casedesk.audit_canonical(
                r.id, r.at, r.login, r.txid, r.table_name, r.row_id, r.op, r.old_row, r.new_row))
        THEN
            RETURN r.id;
        END IF;
        v_prev := r.hash;
        v_last := r.id;
    END LOOP;
    SELECT last_id, last_hash INTO h FROM casedesk.audit_chain_head WHERE chain = p_chain;
    IF NOT FOUND THEN
        RETURN coalesce(v_last, 0);
    END IF;
    IF h.last_id IS DISTINCT FROM v_last OR h.last_hash IS DISTINCT FROM v_prev THEN
        RETURN coalesce(greatest(h.last_id, v_last), 0);
    END IF;
    RETURN NULL;
END $$;

-- Change notifications, payload 'table:id:op': ids and kinds only;
-- discipline tables never get this trigger (LISTEN is open to all).  Tables
-- whose rows belong to one unit pass 'unit' and are announced on that unit's
-- channel (casedesk.unit_channel, functions/059_notify_channels.sql; a row
-- moved between units on both); the rest on 'casedesk'.  Definer rights: the
-- channel name is made with a key only the owner reads.
CREATE OR REPLACE FUNCTION casedesk.notify_trigger() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_new jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
    v_old jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
    v_payload text := TG_TABLE_NAME || ':' || coalesce(v_new->>'id', v_old->>'id', '') || ':' || lower(TG_OP);
    v_channel text;
BEGIN
    IF TG_NARGS > 0 AND TG_ARGV[0] = 'unit' THEN
        IF v_new IS NOT NULL THEN
            PERFORM pg_notify(casedesk.unit_channel((v_new->>'unit_id')::integer), v_payload);
        END IF;
        IF v_old IS NOT NULL AND (v_new IS NULL OR v_old->'unit_id' IS DISTINCT FROM v_new->'unit_id') THEN
            PERFORM pg_notify(casedesk.unit_channel((v_old->>'unit_id')::integer), v_payload);
        END IF;
    ELSIF TG_TABLE_NAME IN ('task', 'task_unit', 'task_report', 'task_extension', 'task_card', 'task_link',
                            'inbox', 'inbox_read') THEN
        -- Tasks and the inbox go only to those who may read the row
        -- (casedesk.notify_channels, functions/059_notify_channels.sql).
        FOR v_channel IN SELECT DISTINCT c FROM casedesk.notify_channels(TG_TABLE_NAME, v_new, v_old) c LOOP
            PERFORM pg_notify(v_channel, v_payload);
        END LOOP;
    ELSE
        PERFORM pg_notify('casedesk', v_payload);
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON casedesk.unit
    FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();
CREATE OR REPLACE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON casedesk.village
    FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();
CREATE OR REPLACE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON casedesk.official
    FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();
CREATE OR REPLACE TRIGGER notify AFTER INSERT OR UPDATE OR DELETE ON casedesk.unit
    FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger();
CREATE OR REPLACE TRIGGER notify AFTER INSERT OR UPDATE OR DELETE ON casedesk.village
    FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger();
CREATE OR REPLACE TRIGGER notify AFTER INSERT OR UPDATE OR DELETE ON casedesk.official
    FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger();

-- Both chains through one door, for `casedesk-admin audit verify` (run by the
-- installer); not granted to any casedesk role.
CREATE OR REPLACE FUNCTION casedesk.audit_chain_rows(p_chain text) RETURNS SETOF casedesk.audit_log
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT * FROM casedesk.audit_log WHERE p_chain = 'audit_log'
    UNION ALL
    SELECT * FROM casedesk.discipline_audit WHERE p_chain = 'discipline_audit'
$$;

-- Writing into the audit chains is for the triggers (SECURITY DEFINER, run
-- as the owner); nobody may append -- least of all into discipline_audit --
-- by calling this directly (defence in depth: 001 and 003 revoke it too).
REVOKE EXECUTE ON FUNCTION casedesk.audit_append(text, text, bigint, text, jsonb, jsonb) FROM PUBLIC;
