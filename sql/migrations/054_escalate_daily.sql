-- 054_escalate_daily: the lazy escalation a session runs at start costs
-- ~200 ms at district-decade scale; it only needs to run once a day.  The
-- daily job (`casedesk-admin escalate`, cron/systemd timer) keeps calling
-- task_escalate() directly; sessions call task_escalate_daily(), which runs
-- it only when nobody has yet done so today (Beijing date).
ALTER TABLE casedesk.task_setting ADD COLUMN last_escalated_on date;
