-- 002_audit: the hash-chained audit trail and change notifications.
--
-- Every domain table gets
--   CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON casedesk.T
--       FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();
-- and discipline tables use audit_trigger('discipline') so their history goes
-- to casedesk.discipline_audit, which only inspectors may read.
--
-- hash = sha256(prev_hash || canonical row).  The head of each chain (last id
-- and hash) lives in casedesk.audit_chain_head and is read with FOR UPDATE:
-- concurrent writers queue on that row lock instead of forking the chain, ids
-- are drawn under the same lock so id order is chain order, and a writer in
-- REPEATABLE READ or SERIALIZABLE gets a serialization failure (retry) rather
-- than chaining onto a stale snapshot.  The head also lets audit verify notice
-- rows cut off the end of the chain.

CREATE TABLE casedesk.audit_log (
    id          bigint PRIMARY KEY,
    at          timestamptz NOT NULL,
    login       text NOT NULL,          -- session_user: the real login
    txid        bigint NOT NULL,
    table_name  text NOT NULL,
    row_id      bigint,
    op          text NOT NULL CHECK (op IN ('INSERT','UPDATE','DELETE','READ')),
    old_row     jsonb,
    new_row     jsonb,
    prev_hash   bytea NOT NULL,
    hash        bytea NOT NULL
);
CREATE INDEX audit_log_row_idx ON casedesk.audit_log(table_name, row_id);
CREATE INDEX audit_log_login_idx ON casedesk.audit_log(login);

-- Same shape, separate chain, inspectors only.
CREATE TABLE casedesk.discipline_audit (LIKE casedesk.audit_log INCLUDING ALL);

CREATE SEQUENCE casedesk.audit_log_id_seq;
CREATE SEQUENCE casedesk.discipline_audit_id_seq;

-- One row per chain: the id and hash of its newest row ('\x' when empty).
CREATE TABLE casedesk.audit_chain_head (
    chain     text PRIMARY KEY CHECK (chain IN ('audit_log', 'discipline_audit')),
    last_id   bigint,
    last_hash bytea NOT NULL
);
INSERT INTO casedesk.audit_chain_head VALUES
    ('audit_log', NULL, '\x'::bytea), ('discipline_audit', NULL, '\x'::bytea);
REVOKE ALL ON casedesk.audit_chain_head, casedesk.audit_log_id_seq,
    casedesk.discipline_audit_id_seq FROM PUBLIC;

-- Everyone may read the audit history of the non-confidential rows they can
-- see (RLS on audit_log added in the security migration); nobody writes it
-- except through the trigger above.
REVOKE ALL ON casedesk.audit_log, casedesk.discipline_audit FROM PUBLIC;
GRANT SELECT ON casedesk.discipline_audit TO casedesk_inspector;
