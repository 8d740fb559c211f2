-- 141_petition_adopt: the petitions already in the database (the older
-- casedesk.petition rows) become petition cases (functions/140_petition.sql).
SELECT casedesk.petition_cases_from_legacy();
