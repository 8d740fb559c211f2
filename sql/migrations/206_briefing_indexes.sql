-- 206_briefing_indexes: the cards per unit, kind and month, and indexes
-- for the briefing (issue 16: the briefing ≤ 50 ms at scale 200).
--
-- task_card_month_total: task_card_total (168) by month, kept by the same
-- trigger (functions/173): the ranking and the briefing read a year of
-- cards as 12 rows a unit and kind, not 6,000 day rows (2.4 ms each).
-- Owner-only, as the other totals.
CREATE TABLE casedesk.task_card_month_total (
    unit_id integer NOT NULL,
    kind    text    NOT NULL CONSTRAINT task_card_month_total_kind_length CHECK (length(kind) <= 10),
    month   date    NOT NULL CONSTRAINT task_card_month_total_first CHECK (extract(day FROM month) = 1),
    n       integer NOT NULL,
    PRIMARY KEY (unit_id, kind, month)
);
ALTER TABLE casedesk.task_card_month_total ENABLE ROW LEVEL SECURITY;
ALTER TABLE casedesk.task_card_month_total FORCE ROW LEVEL SECURITY;
REVOKE ALL ON casedesk.task_card_month_total FROM PUBLIC;
INSERT INTO casedesk.task_card_month_total (unit_id, kind, month, n)
SELECT c.unit_id, c.kind, date_trunc('month', c.issued_on)::date, count(*) FROM casedesk.task_card c GROUP BY 1, 2, 3;

-- The briefing's overdue petitions are those received in the period and
-- decided or answered late (casedesk.petition_figures, functions/140): the
-- received_on index carries what tells, so a year's petitions are read
-- from the index alone.
CREATE INDEX petition_case_received_cover_idx ON casedesk.petition_case (received_on)
    INCLUDE (unit_id, accepted, accept_decided_on, answered_on, answer_clock_on);
DROP INDEX casedesk.petition_case_received_idx;
