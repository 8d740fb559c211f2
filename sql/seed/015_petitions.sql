-- 015_petitions: the demo's petitions (loaded by 015_cases into the older
-- casedesk.petition table) as petition cases (信访, functions/140), before
-- 016_totals counts the cases.
SELECT casedesk.petition_cases_from_legacy();
