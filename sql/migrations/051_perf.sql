-- 051_perf: fixes for the slow figures of `make bench` (scale 200,
-- 1.6 million cases).  The rewritten casedesk.unit_actuals is in
-- functions/055_targets.sql.

-- The case list's `l` filter with one or two characters.  pg_trgm takes no
-- trigram from fewer than three characters, so '%王建%' read every row
-- (2.3 s).  Short text is matched as a prefix instead (src/model_case.c),
-- which this index serves in any collation; case_no has its own
-- (case_file_no_prefix_idx, sql/010).
CREATE INDEX IF NOT EXISTS case_file_party_prefix_idx
    ON casedesk.case_file (party_name text_pattern_ops);

CREATE INDEX IF NOT EXISTS case_file_closed_exp_idx
    ON casedesk.case_file (closed_on) INCLUDE (id, unit_id)
 WHERE kind = 'expropriation' AND closed_on IS NOT NULL;
