-- 061_audit_staging: audit writers no longer serialise on one row, and the
-- chains are re-hashed with a canonical form that loses nothing.
--
-- Until now every audited write of the district took FOR UPDATE on its
-- chain's row in audit_chain_head and held it to commit: one open
-- transaction that wrote any audited row stopped every other audited writer,
-- and a flag filed inside an open transaction held the discipline chain
-- (pg_locks showed who was filing).  Now a writer only INSERTs into
-- casedesk.audit_pending -- unchained, readable and writable by the owner
-- alone -- the same single ROW EXCLUSIVE lock for every writer, a flag
-- included.  casedesk.audit_seal() (functions/061_audit_seal.sql) moves rows
-- whose transaction has COMMITTED into audit_log / discipline_audit, in seal
-- order, with dense ids and the hash chain; the chain head is locked by the
-- sealer alone.  A row of a transaction that rolls back never existed, as
-- before; a row of a committed one is chained within a second (the watchdog
-- seals every second; clients seal after they commit; verify seals first).
--
-- txid is the writer's top-level transaction id (txid_current()): the sealer
-- chains a row only when pg_xact_status(txid) says 'committed', so a sealer
-- called inside the writer's own transaction cannot chain (and so vouch for)
-- rows that may still be rolled back.
--
-- The canonical form (functions/002_audit.sql, audit_canonical v2) is now
-- length-prefixed with an explicit NULL and the era of the timestamp; every
-- existing row is re-hashed with it below, after its chain was checked with
-- the form it was written with (an upgrade refuses a chain already broken),
-- and ids are renumbered 1, 2, 3 ... so that a gap is tampering, never a
-- rolled-back writer.

CREATE TABLE casedesk.audit_pending (
    seq         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    chain       text NOT NULL CHECK (chain IN ('audit_log', 'discipline_audit')),
    at          timestamptz NOT NULL,
    login       text NOT NULL,
    txid        bigint NOT NULL,
    table_name  text NOT NULL,
    row_id      bigint,
    op          text NOT NULL CHECK (op IN ('INSERT','UPDATE','DELETE','READ')),
    old_row     jsonb,
    new_row     jsonb
);
REVOKE ALL ON casedesk.audit_pending FROM PUBLIC;

-- The form the existing rows were hashed with (functions/002_audit.sql
-- before this migration), to check them before re-hashing.
CREATE FUNCTION pg_temp.canon_v1(p_id bigint, p_at timestamptz, p_login text, p_txid bigint,
        p_table text, p_row_id bigint, p_op text, p_old jsonb, p_new jsonb) RETURNS bytea
    LANGUAGE sql IMMUTABLE
AS $$
    SELECT convert_to(concat_ws('|', p_id::text,
        to_char(p_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
        p_login, p_txid::text, p_table, coalesce(p_row_id::text, ''), p_op,
        coalesce(p_old::text, ''), coalesce(p_new::text, '')), 'UTF8')
$$;

ALTER TABLE casedesk.audit_log DISABLE TRIGGER audit_log_immutable;
ALTER TABLE casedesk.discipline_audit DISABLE TRIGGER discipline_audit_immutable;

DO $$
DECLARE
    c text;
    r record;
    v_prev bytea;
    v_v1 boolean;
    v_v2 boolean;
    v_n bigint;
BEGIN
    FOREACH c IN ARRAY ARRAY['audit_log', 'discipline_audit'] LOOP
        -- check: written with v1 (an upgrade) or already v2 (a fresh init,
        -- whose early rows were chained by audit_chain_row)
        v_v1 := true; v_v2 := true; v_prev := '\x'::bytea;
        FOR r IN EXECUTE format('SELECT * FROM casedesk.%I ORDER BY id', c) LOOP
            v_v1 := v_v1 AND r.prev_hash = v_prev AND r.hash = sha256(v_prev || pg_temp.canon_v1(
                    r.id, r.at, r.login, r.txid, r.table_name, r.row_id, r.op, r.old_row, r.new_row));
            v_v2 := v_v2 AND r.prev_hash = v_prev AND r.hash = sha256(v_prev || casedesk.audit_canonical(
                    r.id, r.at, r.login, r.txid, r.table_name, r.row_id, r.op, r.old_row, r.new_row));
            v_prev := r.hash;
        END LOOP;
        IF NOT (v_v1 OR v_v2) THEN
            RAISE EXCEPTION 'the % chain is already broken; run casedesk-admin audit verify and restore it before upgrading', c;
        END IF;
        -- renumber densely (ascending, so a new id is never still taken) and re-hash
        v_n := 0; v_prev := '\x'::bytea;
        FOR r IN EXECUTE format('SELECT * FROM casedesk.%I ORDER BY id', c) LOOP
            v_n := v_n + 1;
            EXECUTE format('UPDATE casedesk.%I SET id = $1, prev_hash = $2,
                                hash = sha256($2 || casedesk.audit_canonical($1, at, login, txid,
                                       table_name, row_id, op, old_row, new_row))
                             WHERE id = $3 RETURNING hash', c)
                INTO v_prev USING v_n, v_prev, r.id;
        END LOOP;
        UPDATE casedesk.audit_chain_head SET last_id = nullif(v_n, 0), last_hash = v_prev WHERE chain = c;
    END LOOP;
END $$;

ALTER TABLE casedesk.audit_log ENABLE TRIGGER audit_log_immutable;
ALTER TABLE casedesk.discipline_audit ENABLE TRIGGER discipline_audit_immutable;
