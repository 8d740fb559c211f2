-- 063_discipline_locks: the lock manager tells nobody who flags whom.
--
-- Class 4 of issue 11: while a flag was being filed, pg_locks showed the
-- filer's process on the discipline tables, and the new record's foreign key
-- to casedesk.official took FOR KEY SHARE on the flagged official's row, so
-- an admin's SELECT ... FOR UPDATE NOWAIT on officials failed exactly on
-- him.  Flags are now staged (one INSERT into audit_pending, the lock every
-- audited writer takes) and filed by the sealer; and the discipline tables
-- keep no foreign keys to official or unit (like their links to cases and
-- tasks, migration 030): writing a discipline row locks no directory row,
-- ever.  Existence is checked by the functions that write them.
DO $$
DECLARE c record;
BEGIN
    FOR c IN SELECT conrelid::regclass AS tbl, conname FROM pg_constraint
              WHERE contype = 'f'
                AND conrelid IN ('casedesk.discipline_record'::regclass, 'casedesk.discipline_flagger'::regclass,
                                 'casedesk.discipline_link'::regclass)
                AND confrelid IN ('casedesk.official'::regclass, 'casedesk.unit'::regclass)
    LOOP
        EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', c.tbl, c.conname);
    END LOOP;
END $$;
