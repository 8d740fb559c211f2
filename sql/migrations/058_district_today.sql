-- 058_district_today: dates that default to "today" take the district's
-- today (casedesk.today(), functions/001_core.sql), not the session's: a
-- clerk who SETs timezone must not date a report tomorrow (issue 11, class 11).
ALTER TABLE casedesk.task_report ALTER COLUMN reported_on SET DEFAULT casedesk.today();
ALTER TABLE casedesk.commendation ALTER COLUMN granted_on SET DEFAULT casedesk.today();
