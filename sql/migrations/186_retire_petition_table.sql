-- 186_retire_petition_table: issue 15, item 5.  Since migrations 140/141 a
-- petition (信访) is a case of the kind petition; adoption copied the older
-- casedesk.petition rows once (petition_case.legacy_petition_id).  The old
-- table still took new rows and answers, so a petition could be entered in
-- two places.  Its rows stay for history (the documents issued for them
-- refer to them, the adoption and exports read them); nothing may add or
-- change one: the grants are taken back, the functions that wrote it are
-- dropped, and a trigger (functions/186_petition_retired.sql) refuses any
-- other writer with a sentence naming the petition case.
REVOKE INSERT, UPDATE ON casedesk.petition FROM casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin;
REVOKE INSERT (project_id, case_id, petitioner, phone, received_on, subject, content),
       UPDATE (petitioner, phone, subject, content)
    ON casedesk.petition FROM casedesk_staff;
DROP FUNCTION IF EXISTS casedesk.petition_answer(bigint, integer, date, text);
DROP FUNCTION IF EXISTS casedesk.petition_close(bigint, integer);
DROP FUNCTION IF EXISTS casedesk.petition_for_staff(bigint, integer);
DROP FUNCTION IF EXISTS casedesk.document_issue_petition(bigint, jsonb);
