-- 042_briefing: the figures of the year-end briefing (年度通报), one
-- function per figure group, each a single query.  p_unit_code NULL means
-- the whole district.  Definitions follow 041 (casedesk.unit_actuals).
-- Every function refuses a year without targets and an unknown unit code
-- with one sentence, so the report never prints half a briefing.

CREATE INDEX IF NOT EXISTS discipline_record_closed_idx ON casedesk.discipline_record(closed_at);
