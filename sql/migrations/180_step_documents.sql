-- 180_step_documents: the steps issue their documents (issue 15, item 1).
--
-- The enforcement and decision steps issue the document the law requires
-- for them in their own transaction, through casedesk.step_document
-- (functions/180), with the register's number (functions/081, doc_issue:
-- the counter row of migration 081, so a step that rolls back gives its
-- number back and a committed number is never reused):
--   violation      stop_notice                  责令停止违法行为通知书
--                  order_rectify                限期拆除（改正）决定书
--                  record_enforcement_decision  强制拆除决定书
--                  record_enforcement_notice    催告书
--   expropriation  record_compensation_decision 征收补偿决定书
--                  record_demand                催告书
-- document.step names the step that issued a document; one document per
-- case and step, so a step done again issues nothing new.  The number the
-- step records on the case is the register's.  Documents issued before
-- this migration (by the triggers of 081, now dropped) keep step NULL.
ALTER TABLE casedesk.document
    ADD COLUMN step text CONSTRAINT document_step_length CHECK (length(step) <= 64);
CREATE UNIQUE INDEX document_case_step_unique ON casedesk.document(case_id, step)
    WHERE step IS NOT NULL;

-- the triggers that issued three of them on a column change (081)
DROP TRIGGER IF EXISTS zz_violation_documents ON casedesk.violation;
DROP TRIGGER IF EXISTS zz_expropriation_documents ON casedesk.expropriation;
DROP FUNCTION IF EXISTS casedesk.violation_documents();
DROP FUNCTION IF EXISTS casedesk.expropriation_documents();
-- doc_issue gained p_step (functions/081)
DROP FUNCTION IF EXISTS casedesk.doc_issue(integer, text, bigint, bigint, bigint, date, date, text);

-- readable like the document's other non-personal columns (migration 110)
GRANT SELECT (step) ON casedesk.document TO casedesk_staff, casedesk_supervisor, casedesk_inspector;
