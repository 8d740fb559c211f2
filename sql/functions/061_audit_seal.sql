-- functions/061_audit_seal.sql: the sealer that chains the audit rows staged
-- in casedesk.audit_pending (migration 061 says why), and the watchdog's guard
-- that keeps anyone from holding the sealer.
-- One current definition of each function, view and trigger here; init
-- re-runs this file whenever it changes (README, HACKING).

-- The status of a transaction named by a 32-bit xid (a row's xmin), with
-- the epoch filled in from the current snapshot.  'in progress' for the
-- caller's own transaction and its subtransactions.
CREATE OR REPLACE FUNCTION casedesk.xid_status(p_xid xid) RETURNS text
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_cur bigint := pg_snapshot_xmax(pg_current_snapshot())::text::bigint;
    v_x   bigint := (p_xid::text)::bigint;
    v_full bigint := ((v_cur >> 32) << 32) | v_x;
BEGIN
    IF v_full > v_cur THEN
        v_full := v_full - 4294967296;
    END IF;
    IF v_full < 3 THEN
        RETURN 'committed';  -- bootstrap / frozen
    END IF;
    RETURN pg_xact_status(v_full::text::xid8);
END $$;
REVOKE EXECUTE ON FUNCTION casedesk.xid_status(xid) FROM PUBLIC;

-- Chain what is committed.  Any casedesk login may call it (the client does,
-- outside transactions, before it reads history or discipline records): it
-- never waits -- pg_try_advisory_xact_lock, a second caller returns 0 at
-- once -- and takes at most 500 rows a call (5000 for the watchdog and the
-- installer).  A login who holds the lock
-- (calls it in a transaction and idles, SELECT audit_seal(), pg_sleep(...),
-- or takes the advisory key 836271/1 by hand) is ended within ~2 s by the
-- watchdog (audit_seal_guard); until then sealing waits, nothing is lost.
--
-- Who seals what: every caller seals the main chain.  The discipline chain,
-- and filing the flags that wait in it, only an inspector, the watchdog or
-- the installer: a flag's records are then created under THEIR process, so
-- pg_locks never shows the filer's process on a discipline relation (the
-- filer's own transaction only INSERTs into audit_pending, like every
-- audited writer).  Rows of the caller's own, still open transaction are
-- never chained (pg_xact_status 'in progress'): what is chained has
-- committed.  Returns the number of rows chained.
CREATE OR REPLACE FUNCTION casedesk.audit_seal() RETURNS integer
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_trusted boolean := coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false)
                         OR pg_has_role(session_user, 'casedesk_watchdog', 'MEMBER');
    v_full boolean := v_trusted OR casedesk.my_role() IS NOT DISTINCT FROM 'inspector';
    -- a login's call stays well under the guard's 2 s
    v_limit integer := CASE WHEN v_trusted THEN 5000 ELSE 500 END;
    r      casedesk.audit_pending;
    v_n    integer := 0;
    v_mark bigint;
    v_seqs bigint[] := '{}';
    m_id bigint; m_prev bytea; d_id bigint; d_prev bytea; v_hash bytea;
BEGIN
    IF NOT pg_try_advisory_xact_lock(836271, 1) THEN
        RETURN 0;
    END IF;
    -- only the sealer writes the chains, so it reads each head once
    SELECT coalesce(last_id, 0), last_hash INTO STRICT m_id, m_prev
      FROM casedesk.audit_chain_head WHERE chain = 'audit_log' FOR UPDATE;
    IF v_full THEN
        SELECT coalesce(last_id, 0), last_hash INTO STRICT d_id, d_prev
          FROM casedesk.audit_chain_head WHERE chain = 'discipline_audit' FOR UPDATE;
    END IF;
    FOR r IN SELECT * FROM casedesk.audit_pending p
              WHERE (v_full OR p.chain = 'audit_log')
                AND pg_xact_status(p.txid::text::xid8) IS DISTINCT FROM 'in progress'
              ORDER BY p.seq LIMIT v_limit
    LOOP
        IF r.table_name = 'flag_request' THEN
            -- file the flag (functions/030_discipline.sql); the rows it
            -- writes are audited under the filer's login, not the sealer's
            SELECT coalesce(max(seq), 0) INTO v_mark FROM casedesk.audit_pending;
            BEGIN
                r.new_row := casedesk.discipline_file_flag(r.login, r.at, r.new_row);
                UPDATE casedesk.audit_pending SET login = r.login
                 WHERE txid = txid_current() AND seq > v_mark;
            EXCEPTION WHEN OTHERS THEN
                -- a request that cannot be filed must not stop the chain:
                -- it is chained with the reason, without its facts
                r.new_row := (r.new_row - 'facts') || jsonb_build_object(
                    'facts_length', length(r.new_row->>'facts'), 'outcome', 'refused: ' || SQLERRM);
            END;
        END IF;
        IF r.chain = 'audit_log' THEN
            m_id := m_id + 1;
            v_hash := sha256(m_prev || casedesk.audit_canonical(m_id, r.at, r.login, r.txid,
                              r.table_name, r.row_id, r.op, r.old_row, r.new_row));
            INSERT INTO casedesk.audit_log VALUES
                (m_id, r.at, r.login, r.txid, r.table_name, r.row_id, r.op, r.old_row, r.new_row, m_prev, v_hash);
            m_prev := v_hash;
        ELSE
            d_id := d_id + 1;
            v_hash := sha256(d_prev || casedesk.audit_canonical(d_id, r.at, r.login, r.txid,
                              r.table_name, r.row_id, r.op, r.old_row, r.new_row));
            INSERT INTO casedesk.discipline_audit VALUES
                (d_id, r.at, r.login, r.txid, r.table_name, r.row_id, r.op, r.old_row, r.new_row, d_prev, v_hash);
            d_prev := v_hash;
        END IF;
        v_seqs := v_seqs || r.seq;
        v_n := v_n + 1;
    END LOOP;
    IF v_n > 0 THEN
        DELETE FROM casedesk.audit_pending WHERE seq = ANY (v_seqs);
        UPDATE casedesk.audit_chain_head SET last_id = nullif(m_id, 0), last_hash = m_prev
         WHERE chain = 'audit_log' AND last_id IS DISTINCT FROM nullif(m_id, 0);
        IF v_full THEN
            UPDATE casedesk.audit_chain_head SET last_id = nullif(d_id, 0), last_hash = d_prev
             WHERE chain = 'discipline_audit' AND last_id IS DISTINCT FROM nullif(d_id, 0);
        END IF;
    END IF;
    RETURN v_n;
END $$;
REVOKE EXECUTE ON FUNCTION casedesk.audit_seal() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk.audit_seal()
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin, casedesk_watchdog;

-- The watchdog's guard (it may end sessions, so casedesk_watchdog owns it,
-- like watchdog_sweep): ends every casedesk login's session that holds the
-- sealer's advisory key for more than 2 s -- a legitimate seal is one short
-- statement in its own transaction -- or holds it outside a transaction
-- (pg_advisory_lock: only an attacker).
RESET ROLE;
CREATE OR REPLACE FUNCTION casedesk.audit_seal_guard()
    RETURNS TABLE (pid integer, login text, action text, reason text)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    a record;
BEGIN
    FOR a IN
        SELECT DISTINCT s.pid, s.usename::text AS login,
               extract(epoch FROM clock_timestamp() - s.xact_start) AS held
          FROM pg_catalog.pg_locks l
          JOIN pg_catalog.pg_stat_activity s ON s.pid = l.pid
          JOIN casedesk.official o ON o.login = s.usename
         WHERE l.locktype = 'advisory' AND l.granted
           AND l.database = (SELECT d.oid FROM pg_catalog.pg_database d WHERE d.datname = current_database())
           AND l.classid = 836271 AND l.objid = 1 AND l.objsubid = 2
           AND s.pid <> pg_backend_pid()
           AND (s.xact_start IS NULL OR s.xact_start < clock_timestamp() - interval '2 seconds')
    LOOP
        PERFORM pg_terminate_backend(a.pid);
        pid := a.pid; login := a.login; action := 'ended';
        reason := CASE WHEN a.held IS NULL THEN 'held the audit sealer outside a transaction'
                       ELSE format('held the audit sealer for %s s', round(a.held)) END;
        RETURN NEXT;
    END LOOP;
END $$;
REVOKE EXECUTE ON FUNCTION casedesk.audit_seal_guard() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk.audit_seal_guard() TO casedesk_owner;
ALTER FUNCTION casedesk.audit_seal_guard() OWNER TO casedesk_watchdog;
SET ROLE casedesk_owner;
