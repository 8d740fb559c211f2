-- 171_home_counts_covering: the open tasks of a unit with every column the
-- home counts read (issue 16).  Without them the planner preferred the
-- deadline index and fetched the district's open tasks from the heap to
-- find one unit's (179 ms at scale 200, under load); index-only, the
-- unit's 3,075 open tasks take ≈ 1 ms.
DROP INDEX casedesk.task_open_unit_idx;
CREATE INDEX task_open_unit_idx ON casedesk.task (lead_unit_id, deadline, status)
    INCLUDE (id, signed_at, report_interval) WHERE status <> 'closed';
