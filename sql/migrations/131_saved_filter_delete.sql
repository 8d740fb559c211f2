-- 131_saved_filter_delete: a table-level DELETE grant lets its holder
-- LOCK TABLE … IN ACCESS EXCLUSIVE MODE (tests/security/attacks_dos.sh), so
-- one person could stop every list that reads saved filters.  Deleting one's
-- own filter goes through casedesk.saved_filter_delete (functions/130) instead.
REVOKE DELETE ON casedesk.saved_filter
    FROM casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin;
