-- 053_period_totals: the figures of the progress screen, the ranking and
-- the briefing kept per month (issue 16: briefing and progress ≤ 50 ms at
-- scale 200).  Their periods are whole months, quarters and years, yet they
-- summed a year of unit_day_total rows (23,741 at scale 200, 15 ms) and
-- counted the year's 43,576 tasks for "closed on time" (21 ms, a closing
-- day in the district's zone per task) once per section that shows them.
--
-- unit_month_total: unit_day_total (055) rolled up to the first of each
--   month, kept by the same statement that keeps the day rows
--   (functions/055_totals.sql, totals_apply_sql) and rebuilt with them.
-- task_due_total: per lead unit and month of the deadline, the tasks due,
--   closed by their deadline, closed after it and still open (so a past
--   month's overdue is late + open), the closing day taken in
--   the zone recorded in task_due_zone (the district's, when it was built).
--   Kept by statement triggers on casedesk.task (functions/173).  Readers
--   use it only while task_due_zone holds the district's zone now, and count
--   the tasks directly otherwise (the zone is an ALTER DATABASE away, with no
--   trigger to tell); casedesk.task_totals_rebuild() re-tags it.  Still-open
--   tasks of the month that runs are counted from the tasks themselves (a
--   few days of deadlines, casedesk.task_period_figures), so "overdue
--   today" needs no rebuild at midnight.
--
-- task_card_month_total: task_card_total (168) by month, kept by the same
--   trigger (functions/173): the ranking, the briefing and the home's
--   cards of the year read 12 rows a unit and kind, not ~6,000 day rows
--   (2.4-4 ms each).
--
-- Numbered below 055 (written after 205) so that the scoring functions of
-- functions/055 find the tables on a fresh database; there unit_day_total
-- does not exist yet and has nothing to roll up.  An upgrade applies it as
-- any pending migration, before the functions, and fills both from what is
-- there.  Text columns carry their own length bound, so that 056_limits
-- (which adds one to every unbounded text column on a fresh database) finds
-- nothing to add and the two schemas stay one.  Nobody but the owner reads or writes them (RLS forced, no policy,
-- no grants), as unit_day_total.

CREATE TABLE casedesk.unit_month_total (
    month   date    NOT NULL CONSTRAINT unit_month_total_first CHECK (extract(day FROM month) = 1),
    unit_id integer NOT NULL,
    kind    text    NOT NULL CONSTRAINT unit_month_total_kind_length CHECK (length(kind) <= 200),
    n       bigint  NOT NULL DEFAULT 0,
    area    numeric NOT NULL DEFAULT 0,
    mu      numeric NOT NULL DEFAULT 0,
    PRIMARY KEY (month, unit_id, kind)
);
CREATE INDEX unit_month_total_unit_idx ON casedesk.unit_month_total (unit_id, month);   -- a unit's briefing
ALTER TABLE casedesk.unit_month_total ENABLE ROW LEVEL SECURITY;
ALTER TABLE casedesk.unit_month_total FORCE ROW LEVEL SECURITY;
REVOKE ALL ON casedesk.unit_month_total FROM PUBLIC;

DO $$
BEGIN
    IF to_regclass('casedesk.unit_day_total') IS NOT NULL THEN
        INSERT INTO casedesk.unit_month_total (month, unit_id, kind, n, area, mu)
        SELECT date_trunc('month', d.day)::date, d.unit_id, d.kind, sum(d.n), sum(d.area), sum(d.mu)
          FROM casedesk.unit_day_total d GROUP BY 1, 2, 3;
    END IF;
END $$;

CREATE TABLE casedesk.task_due_zone (
    only_row boolean PRIMARY KEY DEFAULT true CONSTRAINT task_due_zone_one CHECK (only_row),
    zone     text NOT NULL CONSTRAINT task_due_zone_length CHECK (length(zone) <= 100)
);
ALTER TABLE casedesk.task_due_zone ENABLE ROW LEVEL SECURITY;
ALTER TABLE casedesk.task_due_zone FORCE ROW LEVEL SECURITY;
REVOKE ALL ON casedesk.task_due_zone FROM PUBLIC;
INSERT INTO casedesk.task_due_zone (zone) VALUES (casedesk.district_zone());

CREATE TABLE casedesk.task_due_total (
    lead_unit_id integer NOT NULL,
    month        date    NOT NULL CONSTRAINT task_due_total_first CHECK (extract(day FROM month) = 1),
    due          integer NOT NULL,
    on_time      integer NOT NULL,
    late         integer NOT NULL,
    open         integer NOT NULL,
    PRIMARY KEY (lead_unit_id, month)
);
ALTER TABLE casedesk.task_due_total ENABLE ROW LEVEL SECURITY;
ALTER TABLE casedesk.task_due_total FORCE ROW LEVEL SECURITY;
REVOKE ALL ON casedesk.task_due_total FROM PUBLIC;
INSERT INTO casedesk.task_due_total (lead_unit_id, month, due, on_time, late, open)
SELECT t.lead_unit_id, date_trunc('month', t.deadline)::date, count(*),
       count(*) FILTER (WHERE t.status = 'closed' AND (t.closed_at AT TIME ZONE z.zone)::date <= t.deadline),
       count(*) FILTER (WHERE t.status = 'closed' AND (t.closed_at AT TIME ZONE z.zone)::date > t.deadline),
       count(*) FILTER (WHERE t.status <> 'closed')
  FROM casedesk.task t, casedesk.task_due_zone z
 GROUP BY 1, 2;

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
