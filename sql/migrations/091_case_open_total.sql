-- 091_case_open_total: the open cases of each unit, kept by statement
-- triggers (sql/functions/091_case_open_total.sql), for the home screen
-- (issue 16).  A clerk's home counted its unit's open cases on every start
-- and every change: 89,658 rows through the row-level policy at scale 200,
-- 235 ms.  Read only through casedesk.my_open_case_count().
CREATE TABLE casedesk.case_open_total (
    unit_id integer PRIMARY KEY REFERENCES casedesk.unit (id) ON DELETE CASCADE,
    n integer NOT NULL DEFAULT 0
);
ALTER TABLE casedesk.case_open_total ENABLE ROW LEVEL SECURITY;
ALTER TABLE casedesk.case_open_total FORCE ROW LEVEL SECURITY;
REVOKE ALL ON casedesk.case_open_total FROM PUBLIC;   -- as unit_day_total (sql/055)
INSERT INTO casedesk.case_open_total (unit_id, n)
SELECT c.unit_id, count(*) FROM casedesk.case_file c WHERE c.status <> 'closed' GROUP BY c.unit_id;
