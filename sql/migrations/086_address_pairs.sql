-- 086_address_pairs: two characters of an address find its case (issue 14:
-- `l 河堤` found nothing while 16 addresses contain it).  The pairs of
-- adjacent characters of every address, indexed for
-- casedesk.case_ids_by_address_pair (functions/085_text_search.sql).
CREATE INDEX IF NOT EXISTS case_file_address_pairs_idx
    ON casedesk.case_file USING gin (casedesk.text_pairs(address));
