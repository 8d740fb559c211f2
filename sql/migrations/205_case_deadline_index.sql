-- 205_case_deadline_index: every case's deadline in one index.  `/` finds
-- the next case whose shown deadline matches by asking for the matching
-- dates (casedesk.case_find_next, functions/210); the older index holds
-- only the open cases' deadlines, and closed cases show theirs too.
CREATE INDEX IF NOT EXISTS case_file_deadline_id_idx ON casedesk.case_file (deadline, id);
