-- 041_actuals: what each unit actually achieved, the assessment score and
-- the ranking.
--
-- Definitions (the briefing and the tests rely on them):
--   households_expropriated  expropriation cases of households whose agreement
--                            was signed (signed_on) in the period
--   enterprises_expropriated the same for enterprises and institutions
--   house_area_m2            house area of those households
--   land_mu                  land area (mu) of all cases signed in the period
--   households_resettled     households resettled in a flat (resettlement
--                            'flat') whose case was closed in the period
--   violations_removed       violations resolved (resolved_on) in the period
--                            by demolition or rectification
--   villages_certified       violation-free certifications (无违村) granted in
--                            the period
--   patrol_coverage_pct      villages patrolled at least once in the period,
--                            out of all villages of the unit, in percent
--   tasks_closed_on_time     tasks led by the unit with a deadline in the
--                            period, closed no later than the deadline, in
--                            percent of those tasks
-- Deductions in the period: yellow and red cards issued against the unit;
-- overdue tasks = tasks led by the unit with a deadline in the period that
-- has passed, not closed by it.
--
-- These are aggregates over every unit: the functions are SECURITY DEFINER
-- and return counts only, never rows (the briefing and the ranking are
-- published to all staff).  Dates of timestamps are taken in the session's
-- TimeZone, like current_date (set the database's TimeZone to Asia/Shanghai).

-- Indexes the actuals use (the case tables belong to 010; these serve the
-- period aggregates at 1M cases).
CREATE INDEX IF NOT EXISTS expropriation_signed_idx
    ON casedesk.expropriation(signed_on) INCLUDE (unit_id, party_kind, house_area, land_area_mu, resettlement)
    WHERE signed_on IS NOT NULL;
CREATE INDEX IF NOT EXISTS case_file_kind_closed_idx
    ON casedesk.case_file(kind, closed_on) INCLUDE (unit_id) WHERE closed_on IS NOT NULL;
CREATE INDEX IF NOT EXISTS violation_resolved_idx
    ON casedesk.violation(resolved_on) INCLUDE (unit_id, resolution) WHERE resolved_on IS NOT NULL;
CREATE INDEX IF NOT EXISTS violation_found_idx ON casedesk.violation(found_on) INCLUDE (unit_id, stock);
CREATE INDEX IF NOT EXISTS patrol_on_idx ON casedesk.patrol(patrol_on) INCLUDE (id, unit_id);
CREATE INDEX IF NOT EXISTS village_certification_on_idx ON casedesk.village_certification(certified_on);
CREATE INDEX IF NOT EXISTS task_deadline_lead_idx ON casedesk.task(deadline, lead_unit_id);
CREATE INDEX IF NOT EXISTS task_card_issued_idx ON casedesk.task_card(issued_on, unit_id, kind);
