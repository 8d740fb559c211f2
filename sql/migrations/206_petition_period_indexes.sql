-- 206_petition_period_indexes: the briefing's petition figures count each
-- by its own day (casedesk.petition_figures, functions/140): received_on
-- has its index (140); acceptance and conclusion get theirs, so that a
-- year's figures read that year's rows, not every petition of every year
-- (issue 16: 47 ms of the briefing at scale 200).
CREATE INDEX petition_case_accepted_idx ON casedesk.petition_case (accept_decided_on) WHERE accepted;
CREATE INDEX petition_case_concluded_idx ON casedesk.petition_case (concluded_on) WHERE concluded_on IS NOT NULL;
