-- 000_bootstrap: run by `casedesk-admin init` on every call, as the installer
-- (a superuser or a role with CREATEROLE).  Idempotent.  Creates the cluster-
-- wide roles and the schema; numbered migrations and functions files then run
-- as casedesk_owner.
DO $$
DECLARE
    r text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'casedesk_owner') THEN
        CREATE ROLE casedesk_owner NOLOGIN BYPASSRLS;
    END IF;
    FOREACH r IN ARRAY ARRAY['casedesk_staff','casedesk_supervisor','casedesk_inspector','casedesk_admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        END IF;
    END LOOP;
END $$;

-- The installer must be able to SET ROLE casedesk_owner.
DO $$ BEGIN
    IF NOT pg_has_role(current_user, 'casedesk_owner', 'MEMBER') THEN
        EXECUTE format('GRANT casedesk_owner TO %I', current_user);
    END IF;
END $$;

CREATE SCHEMA IF NOT EXISTS casedesk AUTHORIZATION casedesk_owner;
REVOKE ALL ON SCHEMA casedesk FROM PUBLIC;
-- Nobody but the owner may create objects in public either (PG15 default).
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

-- One row per migration (version = its file name) and per functions file
-- (version = 'functions/' || its file name), with the sha256 of the file as
-- it was applied: init refuses a changed migration and re-runs a changed
-- functions file.
CREATE TABLE IF NOT EXISTS casedesk.schema_migration (
    version    text PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now(),
    kind       text NOT NULL DEFAULT 'migration'
               CONSTRAINT schema_migration_kind CHECK (kind IN ('migration', 'functions')),
    sha256     text NOT NULL CONSTRAINT schema_migration_sha256 CHECK (sha256 ~ '^[0-9a-f]{64}$')
);
ALTER TABLE casedesk.schema_migration OWNER TO casedesk_owner;
GRANT SELECT ON casedesk.schema_migration
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin;

-- The district keeps Beijing time: "today" for deadlines, the 60-day petition
-- clock and the briefing year must not flip at 16:00 UTC.
DO $$ BEGIN
    EXECUTE format('ALTER DATABASE %I SET timezone = %L', current_database(), 'Asia/Shanghai');
END $$;
