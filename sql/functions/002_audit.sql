-- functions/002_audit.sql: the hash-chained audit trail (audit_append, the audit trigger, chain
-- verification) and the NOTIFY trigger.
-- One current definition of each function, view and trigger here; init
-- re-runs this file whenever it changes (README, HACKING).

-- The canonical text of an audit row, version 2 (migration 061 re-chained
-- every older row with it).  Nothing may be lost or able to move between
-- columns: every column in order, each written as its byte length, ':' and
-- its text, and NULL as '~' (a length starts with a digit, so '~' cannot be a
-- value); the timestamp in UTC with microseconds AND its era (to_char's "BC"
-- prints AD or BC: 0044 BC and 0044 AD are different rows), infinities as
-- themselves.  The version tag starts the text so a future form cannot be
-- confused with this one.
CREATE OR REPLACE FUNCTION casedesk.audit_canonical(
        p_id bigint, p_at timestamptz, p_login text, p_txid bigint,
        p_table text, p_row_id bigint, p_op text, p_old jsonb, p_new jsonb)
    RETURNS bytea
    LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT convert_to('casedesk-audit-v2;' || string_agg(
               coalesce(octet_length(u.f)::text || ':' || u.f, '~'), ';' ORDER BY u.n), 'UTF8')
      FROM unnest(ARRAY[p_id::text,
                        CASE WHEN isfinite(p_at)
                             THEN to_char(p_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z" BC')
                             ELSE p_at::text END,
                        p_login, p_txid::text, p_table, p_row_id::text, p_op,
                        p_old::text, p_new::text]) WITH ORDINALITY AS u(f, n)
$$;

-- Chain one row onto p_chain ('audit_log' or 'discipline_audit') now.  The
-- row lock on the chain's head serialises whoever calls this until commit,
-- so since migration 061 only the sealer (casedesk.audit_seal, functions
-- 061) calls it; before 061 has run (a fresh init's early migrations, one
-- writer: the installer) audit_append calls it directly.  Ids are dense
-- (head + 1), so a deleted row is a gap that verify names.
CREATE OR REPLACE FUNCTION casedesk.audit_chain_row(p_chain text, p_at timestamptz, p_login text,
        p_txid bigint, p_table text, p_row_id bigint, p_op text, p_old jsonb, p_new jsonb)
    RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_id   bigint;
    v_prev bytea;
    v_hash bytea;
BEGIN
    IF p_chain IS DISTINCT FROM 'discipline_audit' AND p_chain IS DISTINCT FROM 'audit_log' THEN
        RAISE EXCEPTION USING MESSAGE = 'unknown audit chain', ERRCODE = '22023';
    END IF;
    SELECT coalesce(last_id, 0) + 1, last_hash INTO STRICT v_id, v_prev
      FROM casedesk.audit_chain_head WHERE chain = p_chain FOR UPDATE;
    v_hash := sha256(v_prev || casedesk.audit_canonical(v_id, p_at, p_login, p_txid,
                                                         p_table, p_row_id, p_op, p_old, p_new));
    IF p_chain = 'discipline_audit' THEN
        INSERT INTO casedesk.discipline_audit VALUES
            (v_id, p_at, p_login, p_txid, p_table, p_row_id, p_op, p_old, p_new, v_prev, v_hash);
    ELSE
        INSERT INTO casedesk.audit_log VALUES
            (v_id, p_at, p_login, p_txid, p_table, p_row_id, p_op, p_old, p_new, v_prev, v_hash);
    END IF;
    UPDATE casedesk.audit_chain_head SET last_id = v_id, last_hash = v_hash WHERE chain = p_chain;
    RETURN v_id;
END $$;

-- Record one audit row.  Writers never lock a shared row: the row goes into
-- casedesk.audit_pending (migration 061: owner-only, unchained, one INSERT
-- like any other), and the sealer chains it once its transaction has
-- committed.  Every audited writer of the district, a flag included, takes
-- exactly the same lock here (ROW EXCLUSIVE on audit_pending).
CREATE OR REPLACE FUNCTION casedesk.audit_append(p_chain text, p_table text, p_row_id bigint,
        p_op text, p_old jsonb, p_new jsonb)
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF p_chain IS DISTINCT FROM 'discipline_audit' AND p_chain IS DISTINCT FROM 'audit_log' THEN
        RAISE EXCEPTION USING MESSAGE = 'unknown audit chain', ERRCODE = '22023';
    END IF;
    IF to_regclass('casedesk.audit_pending') IS NULL THEN
        PERFORM casedesk.audit_chain_row(p_chain, clock_timestamp(), session_user::text,
                    txid_current(), p_table, p_row_id, p_op, p_old, p_new);
        RETURN;
    END IF;
    INSERT INTO casedesk.audit_pending (chain, at, login, txid, table_name, row_id, op, old_row, new_row)
        VALUES (p_chain, clock_timestamp(), session_user, txid_current(), p_table, p_row_id,
                p_op, p_old, p_new);
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

-- Walk a chain; returns the id of the first row that is wrong, or NULL when
-- the chain is intact.  A row is wrong when its id is not the previous id + 1
-- (the first is 1: a deleted or inserted row leaves a gap or a repeat; the
-- id reported is the one expected there), its prev_hash is not the previous
-- row's hash, or its hash is not sha256(prev_hash || canonical row).  IS
-- DISTINCT FROM so that a NULLed hash cannot hide the rest of the chain.
-- Finally the chain must end where audit_chain_head says (a row cut off the
-- end is reported as the head's id).  A superuser who cuts rows AND moves the
-- head, or edits a row and recomputes every later hash and the head, leaves
-- a chain that is consistent in itself: only a checkpoint kept outside the
-- database catches that (audit_verify_checkpoint below).
CREATE OR REPLACE FUNCTION casedesk.audit_first_broken(p_chain text) RETURNS bigint
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    r record;
    v_prev bytea := '\x'::bytea;
    v_last bigint := 0;
    h record;
BEGIN
    IF p_chain IS DISTINCT FROM 'discipline_audit' AND p_chain IS DISTINCT FROM 'audit_log' THEN
        RAISE EXCEPTION USING MESSAGE = 'unknown audit chain', ERRCODE = '22023';
    END IF;
    FOR r IN EXECUTE format('SELECT * FROM casedesk.%I ORDER BY id', p_chain) LOOP
        IF r.id IS DISTINCT FROM v_last + 1 THEN
            RETURN v_last + 1;
        END IF;
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
        RETURN v_last + 1;
    END IF;
    IF coalesce(h.last_id, 0) IS DISTINCT FROM v_last OR h.last_hash IS DISTINCT FROM v_prev THEN
        RETURN greatest(coalesce(h.last_id, 0), v_last, 1);
    END IF;
    RETURN NULL;
END $$;

-- The checkpoint of a chain, to be kept OUTSIDE the database (`casedesk-admin
-- audit checkpoint`, e.g. appended to a file on another machine every night):
-- the number of rows and the hash of the last one.  For the installer only.
CREATE OR REPLACE FUNCTION casedesk.audit_checkpoint(p_chain text)
    RETURNS TABLE (chain text, row_count bigint, head_hash text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF p_chain IS DISTINCT FROM 'discipline_audit' AND p_chain IS DISTINCT FROM 'audit_log' THEN
        RAISE EXCEPTION USING MESSAGE = 'unknown audit chain', ERRCODE = '22023';
    END IF;
    RETURN QUERY EXECUTE format(
        'SELECT %L::text, coalesce(max(a.id), 0)::bigint,
                coalesce((SELECT encode(b.hash, %L) FROM casedesk.%I b ORDER BY b.id DESC LIMIT 1), %L)
           FROM casedesk.%I a', p_chain, 'hex', p_chain, '', p_chain);
END $$;

-- Does the chain still contain the prefix a checkpoint saw?  NULL when it
-- does; else the id of the row to blame: the first row the walk finds wrong,
-- else the checkpoint's last row when it is missing (rewound: rows cut and
-- the head moved) or its hash differs (rows up to it rewritten and the later
-- hashes recomputed; an older checkpoint that still matches narrows the
-- range, see admin_audit.c).
-- p_walk false skips the walk (the caller just did it, e.g. for the next
-- of many checkpoints).
CREATE OR REPLACE FUNCTION casedesk.audit_verify_checkpoint(p_chain text, p_count bigint, p_hash text,
        p_walk boolean DEFAULT true)
    RETURNS bigint
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_bad  bigint := CASE WHEN coalesce(p_walk, true) THEN casedesk.audit_first_broken(p_chain) END;
    v_hash bytea;
BEGIN
    IF p_chain IS DISTINCT FROM 'discipline_audit' AND p_chain IS DISTINCT FROM 'audit_log' THEN
        RAISE EXCEPTION USING MESSAGE = 'unknown audit chain', ERRCODE = '22023';
    END IF;
    IF v_bad IS NOT NULL OR coalesce(p_count, 0) <= 0 THEN
        RETURN v_bad;
    END IF;
    EXECUTE format('SELECT hash FROM casedesk.%I WHERE id = $1', p_chain) INTO v_hash USING p_count;
    IF v_hash IS NULL OR encode(v_hash, 'hex') IS DISTINCT FROM lower(p_hash) THEN
        RETURN p_count;
    END IF;
    RETURN NULL;
END $$;

-- Change notifications, payload 'table:id:op': ids and kinds only;
-- a row of one unit adds ':u<unit>,v<village>' (both old and new when the
-- row moved; the village of a case's kind row is its case's), so a screen
-- filtered to another unit or village knows the change is not its own and
-- does not reload (src/notify_filter.c, issue 16);
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
    v_vil text[];
BEGIN
    IF TG_NARGS > 0 AND TG_ARGV[0] = 'unit' THEN
        IF coalesce(v_new, v_old) ? 'village_id' THEN
            v_vil := ARRAY[v_new->>'village_id', v_old->>'village_id'];
        ELSIF TG_TABLE_NAME IN ('expropriation', 'violation') THEN
            v_vil := ARRAY[(SELECT c.village_id::text FROM casedesk.case_file c
                             WHERE c.id = coalesce(v_new->>'id', v_old->>'id')::bigint)];
        END IF;
        v_payload := v_payload || ':' || coalesce((
            SELECT string_agg(DISTINCT x.t, ',') FROM (
                SELECT 'u' || u FROM unnest(ARRAY[v_new->>'unit_id', v_old->>'unit_id']) u WHERE u IS NOT NULL
                UNION ALL
                SELECT 'v' || v FROM unnest(v_vil) v WHERE v IS NOT NULL) x(t)), '');
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
REVOKE EXECUTE ON FUNCTION casedesk.audit_chain_row(text, timestamptz, text, bigint, text, bigint,
    text, jsonb, jsonb) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION casedesk.audit_first_broken(text), casedesk.audit_checkpoint(text),
    casedesk.audit_verify_checkpoint(text, bigint, text, boolean) FROM PUBLIC;
