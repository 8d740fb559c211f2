-- 169_task_seen: each open task once for every unit that sees it (the lead
-- and the co-handling units), with the columns a clerk's home counts read
-- and the day its next progress report counts from (the last report's day,
-- not before the signing; NULL when it owes none).  Kept by statement
-- triggers on task, task_report and task_unit
-- (sql/functions/172_task_seen.sql) for casedesk.home_staff_counts() (issue
-- 16), its only reader.  At scale 200 a clerk's counts took 30 ms: 11 to
-- look up the last report of each of the unit's 2,753 reporting tasks and 6
-- to find the 967 co-handled ones among the district's 27,968 open tasks;
-- here they are one range of the primary key.  Numbered below 170 (written
-- after 205) so that functions/170 finds the table on a fresh database; an
-- upgrade applies it as any pending migration, before the functions.
CREATE TABLE casedesk.task_seen (
    unit_id         integer NOT NULL,
    task_id         bigint NOT NULL REFERENCES casedesk.task (id) ON DELETE CASCADE,
    lead_unit       integer NOT NULL,   -- the task's lead_unit_id (no policy reads it)
    status          text NOT NULL,
    deadline        date NOT NULL,
    signed_at       timestamptz,
    report_interval integer NOT NULL,
    report_base     date,
    PRIMARY KEY (unit_id, task_id)
);
CREATE INDEX task_seen_task_idx ON casedesk.task_seen (task_id);
ALTER TABLE casedesk.task_seen ENABLE ROW LEVEL SECURITY;
ALTER TABLE casedesk.task_seen FORCE ROW LEVEL SECURITY;
REVOKE ALL ON casedesk.task_seen FROM PUBLIC;   -- as case_open_total (sql/091)
INSERT INTO casedesk.task_seen (unit_id, task_id, lead_unit, status, deadline, signed_at,
                                report_interval, report_base)
SELECT u.unit_id, t.id, t.lead_unit_id, t.status, t.deadline, t.signed_at, t.report_interval,
       CASE WHEN t.status IN ('signed', 'in_progress', 'returned') THEN
           greatest(coalesce((SELECT max(r.reported_on) FROM casedesk.task_report r WHERE r.task_id = t.id),
                             t.signed_at::date), t.signed_at::date) END
  FROM casedesk.task t
 CROSS JOIN LATERAL (SELECT t.lead_unit_id UNION SELECT tu.unit_id FROM casedesk.task_unit tu
                      WHERE tu.task_id = t.id) u (unit_id)
 WHERE t.status <> 'closed';
