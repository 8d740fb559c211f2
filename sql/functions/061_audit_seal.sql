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
-- once -- and takes at most 5000 rows a call.  A login who holds the lock
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
    v_full boolean := coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false)
                      OR pg_has_role(session_user, 'casedesk_watchdog', 'MEMBER')
                      OR casedesk.my_role() IS NOT DISTINCT FROM 'inspector';
    r      casedesk.audit_pending;
    v_n    integer := 0;
    v_mark bigint;
BEGIN
    IF NOT pg_try_advisory_xact_lock(836271, 1) THEN
        RETURN 0;
    END IF;
    FOR r IN SELECT * FROM casedesk.audit_pending p
              WHERE (v_full OR p.chain = 'audit_log')
                AND pg_xact_status(p.txid::text::xid8) IS DISTINCT FROM 'in progress'
              ORDER BY p.seq LIMIT 5000
    LOOP
        IF r.table_name = 'flag_request' THEN
            -- file the flag (functions/030_discipline.sql); the rows it
            -- writes are audited under the filer's login, not the sealer's
            SELECT coalesce(max(seq), 0) INTO v_mark FROM casedesk.audit_pending;
            r.new_row := casedesk.discipline_file_flag(r.login, r.at, r.new_row);
            UPDATE casedesk.audit_pending SET login = r.login
             WHERE txid = txid_current() AND seq > v_mark;
        END IF;
        PERFORM casedesk.audit_chain_row(r.chain, r.at, r.login, r.txid, r.table_name, r.row_id,
                                         r.op, r.old_row, r.new_row);
        DELETE FROM casedesk.audit_pending WHERE seq = r.seq;
        v_n := v_n + 1;
    END LOOP;
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
