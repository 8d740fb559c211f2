-- 016_totals: the cases were loaded with triggers off (session_replication_role
-- = replica), so the pre-totalled figures of sql/055_totals.sql are
-- computed here from scratch, before 040_targets derives the seeded
-- targets from casedesk.unit_actuals (which reads the totals).
SELECT casedesk.totals_rebuild();
