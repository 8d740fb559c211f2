-- 099_totals: the seed loads with triggers off (session_replication_role =
-- replica), so the pre-totalled figures of sql/055_totals.sql are
-- recomputed once more at the very end, in case a later seed script
-- touched the counted tables (016_totals already did it for 040_targets).
SELECT casedesk.totals_rebuild();
SELECT casedesk.task_seen_rebuild(), casedesk.task_totals_rebuild();
