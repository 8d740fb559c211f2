-- 060_visible_text: names, numbers and codes take only visible characters
-- (issue 10: U+200B, U+202E, U+2066, U+FEFF were accepted into names and
-- numbers).  casedesk refuses them as they are typed; this is the rule
-- itself, for every way in.  Free text (notes, facts, reports) may hold them.
DO $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT * FROM (VALUES
        ('case_file', 'party_name'), ('case_file', 'party_phone'),
        ('expropriation', 'party_id_no'), ('expropriation', 'expropriation_decision_no'),
        ('expropriation', 'compensation_decision_no'), ('expropriation', 'court_enforcement_no'),
        ('violation', 'stop_notice_no'),
        ('payment', 'payee'), ('payment', 'voucher_no'), ('payment', 'account'),
        ('petition', 'petitioner'), ('petition', 'phone'),
        ('official', 'name'), ('official', 'title'), ('official', 'phone'),
        ('unit', 'name'), ('village', 'name'), ('resettlement_community', 'name'),
        ('project', 'name'), ('project', 'code'), ('project', 'account_no'),
        ('discipline_record', 'decision_no')) AS t(tbl, col)
    LOOP
        EXECUTE format('ALTER TABLE casedesk.%I ADD CONSTRAINT %I CHECK (casedesk.visible_text(%I))',
                       r.tbl, r.tbl || '_' || r.col || '_visible', r.col);
    END LOOP;
END $$;
