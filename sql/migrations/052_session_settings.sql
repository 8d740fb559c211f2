-- 052_session_settings: settings for every interactive session.
--
-- JIT off.  casedesk runs short, indexed queries for a person at a
-- keyboard; JIT compilation never pays off there, and when a cost estimate
-- comes out high it adds hundreds of milliseconds (600 ms of compiling for a
-- 70 ms query was measured on the staff home screen at scale 200).
-- A setting on the group role casedesk_staff would not reach its members:
-- role settings are not inherited by login roles.  The database is the one
-- place every session reads.  ALTER DATABASE needs the database owner or a
-- superuser, and migrations run as casedesk_owner, so the role is reset
-- around it (the runner connects as a superuser or the owner).
-- New sessions pick it up; a running session keeps its setting.
RESET ROLE;
DO $$
BEGIN
    EXECUTE format('ALTER DATABASE %I SET jit = off', current_database());
END $$;
SET LOCAL ROLE casedesk_owner;
