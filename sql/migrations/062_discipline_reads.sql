-- 062_discipline_reads: discipline content only through the read protocol
-- (functions/030_discipline.sql: discipline_request -> commit -> seal ->
-- discipline_get/list/history/official_evidence/reports(token)), and nothing
-- a flagged official could count.
--
-- Class 2 of issue 11: inspectors could SELECT discipline_audit, whose rows
-- carry each record's full content, and every read function logged its read
-- inside the caller's transaction, which BEGIN; read; ROLLBACK (or a
-- savepoint) undid.  Now no login role reads discipline_audit at all, and
-- every function that returns content takes a token whose READ row must be
-- committed and chained first.
--
-- Class 3: a flagged inspector could count gaps in the ids and broken
-- prev_hash links of the rows hidden from him (RLS), and plans or index
-- statistics over those tables.  Without SELECT there is nothing to plan
-- against (EXPLAIN needs it); ids are dense and verified anyway; the
-- per-login index that LIKE copied from audit_log is dropped; autovacuum is
-- off so pg_class.reltuples/relpages of the chain never move with its size
-- (the pg_stat_* counters were revoked in 032).
DROP FUNCTION IF EXISTS casedesk.discipline_list(text, text, integer, integer, bigint, integer);
DROP FUNCTION IF EXISTS casedesk.discipline_get(bigint);
DROP FUNCTION IF EXISTS casedesk.official_evidence(integer, integer);
DROP FUNCTION IF EXISTS casedesk.discipline_open_by_category_unit();
DROP FUNCTION IF EXISTS casedesk.discipline_overdue_reviews();
DROP FUNCTION IF EXISTS casedesk.discipline_repeat_officials(integer);
DROP FUNCTION IF EXISTS casedesk.discipline_insert(integer, text, text, text, integer, bigint[], bigint[]);

REVOKE ALL ON casedesk.discipline_audit FROM casedesk_inspector, casedesk_staff, casedesk_supervisor,
    casedesk_admin, PUBLIC;
DROP POLICY IF EXISTS discipline_audit_inspector_read ON casedesk.discipline_audit;
DROP POLICY IF EXISTS discipline_audit_not_about_me ON casedesk.discipline_audit;
-- RLS stays ENABLE + FORCE with no policy: a grant added by mistake shows nothing.

DROP INDEX IF EXISTS casedesk.discipline_audit_login_idx;
CREATE INDEX discipline_audit_token_idx ON casedesk.discipline_audit ((new_row->>'token'))
    WHERE op = 'READ';
ALTER TABLE casedesk.discipline_audit SET (autovacuum_enabled = false, toast.autovacuum_enabled = false);
