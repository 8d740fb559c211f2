-- 195_reference_retire: villages merged (村居撤并) and projects finished
-- leave the pickers without leaving the record (issue 14, item 8).  A row is
-- never deleted — cases, patrols, payments and the audit trail name it — it
-- is retired: retired_on is the first day it no longer takes anything new
-- (NULL = in use), retired_reason says why (the merger's document, "并入
-- 柳林村").  Both tables are read by table-level SELECT (001, 011), so the
-- new columns are readable by every role without a column grant; nobody is
-- given UPDATE on them: the one door is casedesk.village_retire /
-- project_retire and their restores (functions/195_reference_retire.sql),
-- which check who may and what must be moved first.
ALTER TABLE casedesk.village
    ADD COLUMN retired_on date,
    ADD COLUMN retired_reason text
        CONSTRAINT village_retired_reason_length CHECK (length(retired_reason) <= 200),
    ADD CONSTRAINT village_retired_reason_dated CHECK (retired_reason IS NULL OR retired_on IS NOT NULL);

ALTER TABLE casedesk.project
    ADD COLUMN retired_on date,
    ADD COLUMN retired_reason text
        CONSTRAINT project_retired_reason_length CHECK (length(retired_reason) <= 200),
    ADD CONSTRAINT project_retired_reason_dated CHECK (retired_reason IS NULL OR retired_on IS NOT NULL);
