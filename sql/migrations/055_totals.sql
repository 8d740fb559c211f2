-- 055_totals: pre-totalled figures for progress, ranking and the briefing.
-- At 1.6 million cases the period aggregates of 041/042/051 still took
-- 200-700 ms (expropriations signed, households resettled in a flat,
-- violations found and resolved).  They are additive per unit and day, so
-- they are kept here, per (day, unit, kind), by statement-level triggers
-- that add the transition tables' deltas (cheap per statement, and safe
-- under concurrent writers: n = n + delta under the row lock).
-- casedesk.totals_rebuild() (functions/055_totals.sql) recomputes everything
-- from the base tables; the seed (triggers off) calls it at the end
-- (sql/seed/099_totals.sql).  A fresh database has nothing to total; a
-- later migration that changes what is counted calls it as its last step.
--
-- Kinds (day is the date the figure counts on):
--   exp:<party_kind>:<resettlement or ''>  expropriation.signed_on, unit of
--        the expropriation row; n cases, area = sum(house_area),
--        mu = sum(land_area_mu)
--   flat      case_file.closed_on of closed expropriation cases whose
--             household chose a flat, unit of the case; n
--   vio_found violation.found_on; n
--   vio:<resolution>  violation.resolved_on; n
-- Patrol coverage and certified villages (distinct villages) and the
-- small task tables are not additive or not slow; they stay direct.
--
-- Only per-unit counts and sums are held.  Nobody but the owner reads or
-- writes the table (no grants, RLS forced, no policy); the SECURITY DEFINER
-- report functions read it as the owner (BYPASSRLS).

CREATE TABLE casedesk.unit_day_total (
    day     date    NOT NULL,
    unit_id integer NOT NULL,
    kind    text    NOT NULL,
    n       bigint  NOT NULL DEFAULT 0,
    area    numeric NOT NULL DEFAULT 0,
    mu      numeric NOT NULL DEFAULT 0,
    PRIMARY KEY (day, unit_id, kind)
);
CREATE INDEX unit_day_total_unit_idx ON casedesk.unit_day_total (unit_id, day);
ALTER TABLE casedesk.unit_day_total ENABLE ROW LEVEL SECURITY;
ALTER TABLE casedesk.unit_day_total FORCE ROW LEVEL SECURITY;
REVOKE ALL ON casedesk.unit_day_total FROM PUBLIC;


-- Tasks stay direct (closed_at::date depends on the session's TimeZone, so
-- they are not pre-totalled), but served index-only: the period scan of
-- unit_actuals / briefing_tasks and unit_deductibles' per-unit subqueries
-- (46 ms -> ~20 ms at scale 200).
CREATE INDEX IF NOT EXISTS task_deadline_status_idx
    ON casedesk.task (deadline) INCLUDE (lead_unit_id, status, closed_at);
CREATE INDEX IF NOT EXISTS task_lead_deadline_status_idx
    ON casedesk.task (lead_unit_id, deadline) INCLUDE (status, closed_at);
