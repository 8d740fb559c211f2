-- 101_violation_outcomes: a violation case can end the two ways a real
-- office's do besides demolition and rectification (issue 15, item 4):
--   * 核实不属违法 — verified on site and found lawful (a permit existed,
--     the report was wrong): closed with that outcome and the reason;
--   * 作废 — registered in error (a duplicate, the wrong parcel): closed as
--     void with the reason, from any open status.
-- Neither counts as a violation dealt with: the totals count resolutions
-- by name ('vio:demolished', 'vio:rectified', 'vio:stock_disposal'), so
-- 'vio:not_violation' and 'vio:void' stay out of every figure.  The area
-- actually demolished or rectified (拆除/整改面积, m²) is kept apart from
-- the area found, since the speech reports the square metres removed.
ALTER TABLE casedesk.violation
    DROP CONSTRAINT vio_resolution_valid,
    ADD CONSTRAINT vio_resolution_valid
        CHECK (resolution IN ('demolished', 'rectified', 'stock_disposal', 'not_violation', 'void')),
    ADD COLUMN resolved_area_m2 numeric(12,2) CONSTRAINT vio_resolved_area_range
        CHECK (resolved_area_m2 > 0 AND resolved_area_m2 < 1000000),
    ADD COLUMN outcome_reason text CONSTRAINT vio_outcome_reason_length
        CHECK (length(outcome_reason) <= 200),
    ADD CONSTRAINT vio_outcome_reasoned
        CHECK ((resolution IN ('not_violation', 'void')) = (outcome_reason IS NOT NULL)),
    ADD CONSTRAINT vio_resolved_area_only_removed
        CHECK (resolved_area_m2 IS NULL OR resolution IN ('demolished', 'rectified'));

INSERT INTO casedesk.case_step (kind, step, from_status, to_status, label_zh, label_en, needs, ord) VALUES
  ('violation', 'not_violation', '{verified}', 'closed', '核实不属违法', 'Not a violation (verified lawful)', '{on,reason}', 15),
  ('violation', 'void', '{found,verified,stop_notice,rectifying}', 'closed', '作废', 'Void (registered in error)', '{on,reason}', 95);

-- The area removed is asked at the step (the client offers the area found).
UPDATE casedesk.case_step SET needs = '{on,area}'
 WHERE kind = 'violation' AND step IN ('demolish', 'rectify');

-- Verifying on site is when the construction date is learnt (a patrol
-- records a finding before anyone knows it): the step asks for it, and the
-- class (stock / new) follows from it (violation_check).
UPDATE casedesk.case_step SET needs = '{on,built_on}'
 WHERE kind = 'violation' AND step = 'verify';
