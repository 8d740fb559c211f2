-- 033_discipline_evidence: the automatic inaction flag raised by a red card,
-- and the evidence an inspector looks at around one official.

-- Indexes the evidence view filters on.
CREATE INDEX IF NOT EXISTS case_file_handled_by_idx ON casedesk.case_file(handled_by, id) WHERE handled_by IS NOT NULL;
CREATE INDEX IF NOT EXISTS case_file_created_by_idx ON casedesk.case_file(created_by, id) WHERE created_by IS NOT NULL;
CREATE INDEX IF NOT EXISTS task_responsible_idx ON casedesk.task(responsible_id) WHERE responsible_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS task_card_official_idx ON casedesk.task_card(official_id) WHERE official_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS payment_recorded_by_idx ON casedesk.payment(recorded_by) WHERE recorded_by IS NOT NULL;
