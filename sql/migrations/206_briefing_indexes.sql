-- 206_briefing_indexes: an index for the briefing (issue 16: the briefing
-- ≤ 50 ms at scale 200).
--
-- The briefing's overdue petitions are those received in the period and
-- decided or answered late (casedesk.petition_figures, functions/140): the
-- received_on index carries what tells, so a year's petitions are read
-- from the index alone.
CREATE INDEX petition_case_received_cover_idx ON casedesk.petition_case (received_on)
    INCLUDE (unit_id, accepted, accept_decided_on, answered_on, answer_clock_on);
DROP INDEX casedesk.petition_case_received_idx;
