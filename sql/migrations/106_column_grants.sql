-- 106_column_grants: the tables whose personal columns are kept out of
-- every plan (065) are read through column privileges, so a column added
-- later is readable by nobody until granted.  The columns added in this
-- stop (the compulsory route and the resettlement flat of expropriation,
-- 102/104; the reversal of a payment, 080) are granted here exactly as 065
-- granted the others: every column that casedesk.personal_column does not
-- list, to the roles that read the table (staff none of the personal ones;
-- supervisors and inspectors all but the full ID and phone numbers).
-- Re-running the rule is harmless for the columns already granted.
DO $$
DECLARE
    t text;
    r text;
    cols text;
BEGIN
    FOREACH t IN ARRAY ARRAY['case_file', 'expropriation', 'petition', 'payment'] LOOP
        FOREACH r IN ARRAY ARRAY['casedesk_staff', 'casedesk_supervisor', 'casedesk_inspector'] LOOP
            SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) INTO cols
              FROM pg_attribute a
             WHERE a.attrelid = ('casedesk.' || t)::regclass AND a.attnum > 0 AND NOT a.attisdropped
               AND NOT EXISTS (SELECT 1 FROM casedesk.personal_column p
                                WHERE p.table_name = t AND p.column_name = a.attname
                                  AND (r = 'casedesk_staff' OR p.kind IN ('id', 'phone')));
            EXECUTE format('GRANT SELECT (%s) ON casedesk.%I TO %I', cols, t, r);
        END LOOP;
    END LOOP;
END $$;
