-- 100_reference_admin: administrators keep the district's reference data
-- (issue 14, item 8).  Units, villages and the working-day calendar were
-- already theirs by grant; projects, the towns a project runs through and
-- the resettlement communities were the supervisors' (征收办) only, so an
-- administrator setting up a new year had to ask for SQL.  Both groups may
-- now keep them; nobody may delete a project or a community (cases and
-- payments refer to them), only supervisors may take a town off a project.
-- Every change goes through the functions of functions/100_reference.sql,
-- which check and say in one sentence what is wrong; they are SECURITY
-- INVOKER, so these grants and policies stay the rules.
DO $$
DECLARE
    t text;
    cols text;
BEGIN
    FOREACH t IN ARRAY ARRAY['project','project_unit','resettlement_community'] LOOP
        EXECUTE format('CREATE POLICY %I ON casedesk.%I TO casedesk_admin
                        USING ((SELECT casedesk.my_role()) = ''admin'')
                        WITH CHECK ((SELECT casedesk.my_role()) = ''admin'')', t || '_admin_write', t);
        -- column UPDATE, never table-level (056: table UPDATE grants LOCK TABLE)
        SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) INTO cols
          FROM pg_catalog.pg_attribute
         WHERE attrelid = ('casedesk.' || t)::regclass AND attnum > 0 AND NOT attisdropped
           AND attname NOT IN ('id', 'version');
        EXECUTE format('GRANT INSERT (%s) ON casedesk.%I TO casedesk_admin', cols, t);
        EXECUTE format('GRANT UPDATE (%s) ON casedesk.%I TO casedesk_admin', cols, t);
    END LOOP;
END $$;
