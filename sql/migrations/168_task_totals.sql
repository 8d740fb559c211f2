-- 168_task_totals: the open tasks counted per lead unit, status and
-- deadline, and the cards per unit, kind and day, kept by statement
-- triggers on task and task_card (sql/functions/173_task_totals.sql) for a
-- supervisor's home: awaiting verification, overdue, and per lead unit
-- open, overdue and this year's yellow and red cards (issue 16).
-- Those counts read the district's 27,968 open tasks on every start and
-- every change at scale 200 (8 + 11 ms, 27 + 18 in a new session), and
-- the unit rows this year's 21,308 yellow and red cards (12 ms); the task
-- totals have 10,653 rows there, the overdue ones the part before today.
-- A deadline is kept rather than an "overdue" flag, so that nothing needs
-- rebuilding at midnight.  Numbered below 170 (written after 205) so that
-- functions/170 finds the table on a fresh database; an upgrade applies it
-- as any pending migration, before the functions.
CREATE TABLE casedesk.task_open_total (
    lead_unit_id integer NOT NULL,
    status       text NOT NULL,
    deadline     date NOT NULL,
    n            integer NOT NULL,
    PRIMARY KEY (lead_unit_id, status, deadline)
);
ALTER TABLE casedesk.task_open_total ENABLE ROW LEVEL SECURITY;
ALTER TABLE casedesk.task_open_total FORCE ROW LEVEL SECURITY;
REVOKE ALL ON casedesk.task_open_total FROM PUBLIC;   -- as case_open_total (sql/091)
INSERT INTO casedesk.task_open_total (lead_unit_id, status, deadline, n)
SELECT t.lead_unit_id, t.status, t.deadline, count(*) FROM casedesk.task t
 WHERE t.status <> 'closed' GROUP BY 1, 2, 3;

CREATE TABLE casedesk.task_card_total (
    unit_id  integer NOT NULL,
    kind     text NOT NULL,
    issued_on date NOT NULL,
    n        integer NOT NULL,
    PRIMARY KEY (unit_id, kind, issued_on)
);
CREATE INDEX task_card_total_day_idx ON casedesk.task_card_total (issued_on);
ALTER TABLE casedesk.task_card_total ENABLE ROW LEVEL SECURITY;
ALTER TABLE casedesk.task_card_total FORCE ROW LEVEL SECURITY;
REVOKE ALL ON casedesk.task_card_total FROM PUBLIC;
INSERT INTO casedesk.task_card_total (unit_id, kind, issued_on, n)
SELECT c.unit_id, c.kind, c.issued_on, count(*) FROM casedesk.task_card c GROUP BY 1, 2, 3;
