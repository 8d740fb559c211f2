-- 003_security: user accounts, row-level security on the core tables, and
-- who may read the audit trail.
--
-- Who can do what (enforced here and by the domain migrations; proven by
-- tests/security/*.sh, which connect as real login roles):
--   everyone    read units, villages, the official directory (not phone);
--               read the history (casedesk.audit_history / row_history) of
--               exactly the rows they can SELECT, minus columns they cannot.
--   admin       add / disable / enable users, change their unit and role
--               (casedesk.user_*), edit units and villages; never inspector
--               accounts (only the installer grants or removes 'inspector').
--   inspector   additionally reads casedesk.discipline_audit.
--   nobody      writes audit_log / discipline_audit except the triggers; no
--               login role has SUPERUSER, CREATEROLE or BYPASSRLS.

------------------------------------------------------------------------------
-- Cluster-wide roles.  casedesk_usermgr is the one role with CREATEROLE; it
-- cannot log in and nobody is a member of it, so CREATEROLE is reachable only
-- through the reviewed SECURITY DEFINER functions below that it owns.
RESET ROLE;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'casedesk_usermgr') THEN
        CREATE ROLE casedesk_usermgr NOLOGIN CREATEROLE;
    END IF;
END $$;
ALTER ROLE casedesk_usermgr NOLOGIN CREATEROLE NOCREATEDB;
-- user_disable ends the user's open sessions.
GRANT pg_signal_backend TO casedesk_usermgr;

SET ROLE casedesk_owner;

-- Belt and braces for the functions of functions/001 and 002, made before this
-- migration; later ones are covered by the default privileges of 001
-- (tests/security/catalog.sh checks the whole schema after every migration).
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA casedesk FROM PUBLIC;

GRANT USAGE ON SCHEMA casedesk TO casedesk_usermgr;
GRANT SELECT ON casedesk.unit TO casedesk_usermgr;
GRANT SELECT, INSERT (login, name, unit_id, role), UPDATE (unit_id, role, disabled)
    ON casedesk.official TO casedesk_usermgr;
GRANT SELECT (phone) ON casedesk.official TO casedesk_admin;
GRANT UPDATE (name, title, phone) ON casedesk.official TO casedesk_admin;

------------------------------------------------------------------------------
-- Row-level security on the core tables.  The directory is readable by every
-- role that holds SELECT; writes need both the column grant and the policy.
ALTER TABLE casedesk.unit ENABLE ROW LEVEL SECURITY;
ALTER TABLE casedesk.unit FORCE ROW LEVEL SECURITY;
ALTER TABLE casedesk.village ENABLE ROW LEVEL SECURITY;
ALTER TABLE casedesk.village FORCE ROW LEVEL SECURITY;
ALTER TABLE casedesk.official ENABLE ROW LEVEL SECURITY;
ALTER TABLE casedesk.official FORCE ROW LEVEL SECURITY;

CREATE POLICY directory_read ON casedesk.unit FOR SELECT USING (true);
CREATE POLICY admin_insert ON casedesk.unit FOR INSERT TO casedesk_admin
    WITH CHECK ((SELECT casedesk.my_role()) = 'admin');
CREATE POLICY admin_update ON casedesk.unit FOR UPDATE TO casedesk_admin
    USING ((SELECT casedesk.my_role()) = 'admin')
    WITH CHECK ((SELECT casedesk.my_role()) = 'admin');

CREATE POLICY directory_read ON casedesk.village FOR SELECT USING (true);
CREATE POLICY admin_insert ON casedesk.village FOR INSERT TO casedesk_admin
    WITH CHECK ((SELECT casedesk.my_role()) = 'admin');
CREATE POLICY admin_update ON casedesk.village FOR UPDATE TO casedesk_admin
    USING ((SELECT casedesk.my_role()) = 'admin')
    WITH CHECK ((SELECT casedesk.my_role()) = 'admin');

CREATE POLICY directory_read ON casedesk.official FOR SELECT USING (true);
CREATE POLICY admin_update ON casedesk.official FOR UPDATE TO casedesk_admin
    USING ((SELECT casedesk.my_role()) = 'admin')
    WITH CHECK ((SELECT casedesk.my_role()) = 'admin');
CREATE POLICY usermgr_insert ON casedesk.official FOR INSERT TO casedesk_usermgr
    WITH CHECK (true);
CREATE POLICY usermgr_update ON casedesk.official FOR UPDATE TO casedesk_usermgr
    USING (true) WITH CHECK (true);

-- The raw chains are read by the installer only (audit verify).  Everyone
-- else reads history through casedesk.audit_history; inspectors also read
-- discipline_audit directly.
ALTER TABLE casedesk.audit_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE casedesk.audit_log FORCE ROW LEVEL SECURITY;
ALTER TABLE casedesk.discipline_audit ENABLE ROW LEVEL SECURITY;
ALTER TABLE casedesk.discipline_audit FORCE ROW LEVEL SECURITY;
ALTER TABLE casedesk.audit_chain_head ENABLE ROW LEVEL SECURITY;
ALTER TABLE casedesk.audit_chain_head FORCE ROW LEVEL SECURITY;
CREATE POLICY inspector_read ON casedesk.discipline_audit FOR SELECT TO casedesk_inspector
    USING ((SELECT casedesk.my_role()) = 'inspector');
REVOKE ALL ON casedesk.audit_log FROM casedesk_staff, casedesk_supervisor,
    casedesk_inspector, casedesk_admin;
REVOKE ALL ON casedesk.discipline_audit FROM casedesk_staff, casedesk_supervisor,
    casedesk_admin;
