-- 170_home_counts: indexes for the home screen's task counts (issue 16),
-- read by the definer functions of functions/170_home_counts.sql.
--
-- A clerk's home counted its tasks through the staff policy (the policy's
-- "id IN (my co-handled tasks)" made it a scan of every task: ≈ 460 ms at
-- scale 200); the definer function reads the unit's open tasks by this
-- index instead.  A supervisor's per-unit open and overdue counts fetched
-- every task of the unit from the heap to test its deadline (≈ 165 ms);
-- with the deadline and status in the index they are index-only scans.
CREATE INDEX task_open_unit_idx ON casedesk.task (lead_unit_id, deadline, status)
    WHERE status <> 'closed';
