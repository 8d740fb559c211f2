-- 190_saved_filter_tasks: saved filters on the task board too (issue 14,
-- item 6).  The same table and mechanism as the case list's (migration 130,
-- 131; functions/130): screen 'tasks' names the board.  A board filter keeps
-- its preset in kind ('overdue', 'card', 'unit', …), the card in status,
-- the lead unit in unit_id and the search text in text, so no column is
-- added and the grants of 130 cover it.  The cap (50) is per list.
ALTER TABLE casedesk.saved_filter DROP CONSTRAINT saved_filter_screen_valid;
ALTER TABLE casedesk.saved_filter ADD CONSTRAINT saved_filter_screen_valid
    CHECK (screen IN ('cases', 'tasks') AND length(screen) <= 16);
