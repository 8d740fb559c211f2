-- 032_discipline_stats: close the statistics side doors to the discipline
-- tables.  pg_stat_* views and functions and the relation-size functions are
-- open to every role by default and would give away how many discipline rows
-- exist ("not even their count").  Revoked for PUBLIC in this database only;
-- superusers and the owner are unaffected.  Autovacuum is off on the
-- discipline tables so that pg_class.reltuples (world-readable) is never set
-- from them; they are small and rarely updated.  A manual VACUUM or ANALYZE
-- by a superuser would still fill reltuples in: don't run it on them.
RESET ROLE;

DO $$
DECLARE
    v text;
    f regprocedure;
BEGIN
    -- Only a superuser may change privileges on pg_catalog; an installer with
    -- just CREATEROLE gets a warning instead.
    IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        RAISE WARNING 'pg_stat views stay readable by every role: a superuser must revoke them (see sql/032_discipline_stats.sql)';
        RETURN;
    END IF;
    FOR v IN SELECT c.relname FROM pg_class c
              WHERE c.relnamespace = 'pg_catalog'::regnamespace AND c.relkind = 'v'
                AND c.relname ~ '^pg_stat(io)?_(xact_)?(all|user|sys)_(tables|indexes|sequences)$'
    LOOP
        EXECUTE format('REVOKE SELECT ON pg_catalog.%I FROM PUBLIC', v);
    END LOOP;
    FOR f IN SELECT p.oid::regprocedure FROM pg_proc p
              WHERE p.pronamespace = 'pg_catalog'::regnamespace
                AND ((p.proname LIKE 'pg\_stat\_get\_%' AND p.proargtypes = '26'::oidvector)
                     OR p.proname IN ('pg_relation_size','pg_table_size',
                                      'pg_total_relation_size','pg_indexes_size'))
    LOOP
        EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f);
    END LOOP;
END $$;

SET ROLE casedesk_owner;

ALTER TABLE casedesk.discipline_record SET (autovacuum_enabled = false, toast.autovacuum_enabled = false);
ALTER TABLE casedesk.discipline_flagger SET (autovacuum_enabled = false, toast.autovacuum_enabled = false);
ALTER TABLE casedesk.discipline_link SET (autovacuum_enabled = false, toast.autovacuum_enabled = false);
