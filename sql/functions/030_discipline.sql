-- functions/030_discipline.sql: flagging an official, the inspectors' workflow, logged reads,
-- statistics and evidence.
-- One current definition of each function, view and trigger here; init
-- re-runs this file whenever it changes (README, HACKING).

CREATE OR REPLACE TRIGGER discipline_record_version BEFORE UPDATE ON casedesk.discipline_record
    FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();
CREATE OR REPLACE TRIGGER discipline_flagger_version BEFORE UPDATE ON casedesk.discipline_flagger
    FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();
CREATE OR REPLACE TRIGGER discipline_link_version BEFORE UPDATE ON casedesk.discipline_link
    FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();
CREATE OR REPLACE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON casedesk.discipline_record
    FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger('discipline');
CREATE OR REPLACE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON casedesk.discipline_flagger
    FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger('discipline');
CREATE OR REPLACE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON casedesk.discipline_link
    FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger('discipline');

-- A fresh receipt: 48 random bits.
CREATE OR REPLACE FUNCTION casedesk.discipline_new_receipt() RETURNS text
    LANGUAGE sql VOLATILE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT 'JB-' || substr(h, 1, 4) || '-' || substr(h, 5, 4) || '-' || substr(h, 9, 4)
    FROM (SELECT upper(replace(gen_random_uuid()::text, '-', '')) AS h) s
$$;

-- Insert a record with its flagger row and links.  Called only by the sealer
-- (discipline_file_flag below), never in the filer's transaction.  Not
-- granted to anyone.
CREATE OR REPLACE FUNCTION casedesk.discipline_insert(p_official_id integer, p_category text,
        p_facts text, p_source text, p_flagger integer,
        p_case_ids bigint[], p_task_ids bigint[], p_receipt text, p_received_at timestamptz)
    RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_unit    integer;
    v_id      bigint;
BEGIN
    SELECT unit_id INTO v_unit FROM casedesk.official WHERE id = p_official_id;
    INSERT INTO casedesk.discipline_record (official_id, unit_id, category, facts, source, received_at)
        VALUES (p_official_id, v_unit, p_category, btrim(p_facts), p_source, p_received_at)
        RETURNING id INTO v_id;
    INSERT INTO casedesk.discipline_flagger (record_id, flagger_id, receipt)
        VALUES (v_id, p_flagger, p_receipt);
    INSERT INTO casedesk.discipline_link (record_id, case_id)
        SELECT DISTINCT v_id, c FROM unnest(coalesce(p_case_ids, '{}')) c;
    INSERT INTO casedesk.discipline_link (record_id, task_id)
        SELECT DISTINCT v_id, t FROM unnest(coalesce(p_task_ids, '{}')) t;
    RETURN v_id;
END $$;

-- How many flags one person may file in an hour.  Enforced when the flag is
-- filed by the sealer (the filer's own transaction must not read a
-- discipline table: pg_locks would show it); a flag over the bound is
-- chained into discipline_audit with its outcome and not filed, and its
-- receipt then reads as unknown.
CREATE OR REPLACE FUNCTION casedesk.discipline_flag_rate() RETURNS integer
    LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
AS $$ SELECT 20 $$;

-- File one staged flag request (a 'flag_request' row of audit_pending):
-- returns the request with its outcome, which the sealer chains.  Called by
-- casedesk.audit_seal only (functions/061).
CREATE OR REPLACE FUNCTION casedesk.discipline_file_flag(p_login text, p_at timestamptz, p_req jsonb)
    RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_flagger integer := (p_req->>'flagger_id')::integer;
    v_official integer := (p_req->>'official_id')::integer;
    v_tasks bigint[] := ARRAY(SELECT jsonb_array_elements_text(coalesce(p_req->'task_ids', '[]'))::bigint);
    v_cases bigint[] := ARRAY(SELECT jsonb_array_elements_text(coalesce(p_req->'case_ids', '[]'))::bigint);
    v_id bigint;
    -- a refused request is chained without its facts (their length only):
    -- a flood of flags must not fill the chain
    v_bare jsonb := (p_req - 'facts') || jsonb_build_object('facts_length', length(p_req->>'facts'));
BEGIN
    IF v_flagger IS NOT NULL AND (SELECT count(*) FROM casedesk.discipline_flagger f
            JOIN casedesk.discipline_record r ON r.id = f.record_id
           WHERE f.flagger_id = v_flagger AND r.received_at > p_at - interval '1 hour')
           >= casedesk.discipline_flag_rate() THEN
        RETURN v_bare || jsonb_build_object('outcome', 'refused: over the hourly flag limit');
    END IF;
    IF EXISTS (SELECT 1 FROM casedesk.discipline_flagger WHERE receipt = p_req->>'receipt') THEN
        RETURN v_bare || jsonb_build_object('outcome', 'refused: receipt already issued');
    END IF;
    IF NOT EXISTS (SELECT 1 FROM casedesk.official WHERE id = v_official) THEN
        RETURN v_bare || jsonb_build_object('outcome', 'refused: no such official');
    END IF;
    -- one open automatic flag per official and task is enough
    IF p_req->>'source' = 'auto' AND EXISTS (SELECT 1 FROM casedesk.discipline_record r
                 JOIN casedesk.discipline_link l ON l.record_id = r.id
                WHERE r.official_id = v_official AND r.source = 'auto'
                  AND r.category = 'inaction' AND l.task_id = ANY (v_tasks)
                  AND r.status NOT IN ('set_aside','concluded')) THEN
        RETURN p_req || jsonb_build_object('outcome', 'not filed: an automatic flag is open');
    END IF;
    v_id := casedesk.discipline_insert(v_official, p_req->>'category', p_req->>'facts',
                p_req->>'source', v_flagger, v_cases, v_tasks, p_req->>'receipt', p_at);
    RETURN p_req || jsonb_build_object('outcome', 'filed', 'record_id', v_id);
END $$;

-- Stage a flag: one INSERT into audit_pending, the lock every audited
-- writer takes; no discipline relation is touched in the caller's
-- transaction, so pg_locks never shows a filer, and nobody can hold the
-- discipline chain open by filing in an open transaction.
CREATE OR REPLACE FUNCTION casedesk.discipline_stage_flag(p_official_id integer, p_category text,
        p_facts text, p_source text, p_flagger integer, p_case_ids bigint[], p_task_ids bigint[])
    RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_receipt text := casedesk.discipline_new_receipt();
BEGIN
    PERFORM casedesk.audit_append('discipline_audit', 'flag_request', NULL, 'INSERT', NULL,
        jsonb_build_object('receipt', v_receipt, 'official_id', p_official_id,
            'category', p_category, 'facts', btrim(p_facts), 'source', p_source,
            'flagger_id', p_flagger,
            'case_ids', to_jsonb(ARRAY(SELECT DISTINCT c FROM unnest(coalesce(p_case_ids, '{}')) c ORDER BY 1)),
            'task_ids', to_jsonb(ARRAY(SELECT DISTINCT t FROM unnest(coalesce(p_task_ids, '{}')) t ORDER BY 1))));
    RETURN v_receipt;
END $$;

-- Anyone may flag an official.  Every refusal is about the input alone and
-- says nothing about records that exist.  The flag is staged and filed by
-- the sealer within a second or two (audit_seal); the receipt is valid at
-- once (flag_receipt_status reads staged flags too).
CREATE OR REPLACE FUNCTION casedesk.flag_official(p_official_id integer, p_category text,
        p_facts text, p_case_ids bigint[] DEFAULT NULL, p_task_ids bigint[] DEFAULT NULL)
    RETURNS text
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_me  integer := casedesk.my_official_id();
    v_role text := casedesk.my_role();
    v_bad bigint;
BEGIN
    IF v_me IS NULL THEN
        RAISE EXCEPTION USING MESSAGE = 'Only active casedesk users may flag an official.',
            ERRCODE = '42501';
    END IF;
    IF p_official_id IS NULL OR NOT EXISTS (SELECT 1 FROM casedesk.official
            WHERE id = p_official_id AND NOT disabled) THEN
        RAISE EXCEPTION USING MESSAGE = 'The flagged official does not exist or is no longer active.',
            ERRCODE = '23514';
    END IF;
    IF p_category IS NULL OR p_category NOT IN
            ('soliciting','favouritism','leaking','abuse','inaction','reckless','other') THEN
        RAISE EXCEPTION USING MESSAGE = 'The category must be one of soliciting, favouritism, leaking, abuse, inaction, reckless or other.',
            ERRCODE = '23514';
    END IF;
    IF p_facts IS NULL OR btrim(p_facts) = '' THEN
        RAISE EXCEPTION USING MESSAGE = 'The facts of the flag must not be empty.', ERRCODE = '23514';
    END IF;
    -- the column's own bound (migration 056): a staged flag must be one the
    -- sealer can file
    IF length(p_facts) > 10000 THEN
        RAISE EXCEPTION USING MESSAGE = 'The facts of the flag must be at most 10000 characters.',
            ERRCODE = '23514';
    END IF;
    -- Cases and tasks cited must be ones the flagger can see (definer rights
    -- would otherwise make this an oracle for other units' rows); a hidden
    -- and a missing one get the same sentence, without echoing the number.
    SELECT c INTO v_bad FROM unnest(coalesce(p_case_ids, '{}')) c
        WHERE c IS NULL OR NOT EXISTS (SELECT 1 FROM casedesk.case_file f WHERE f.id = c
              AND (v_role IN ('supervisor', 'inspector') OR (v_role = 'staff' AND f.unit_id = casedesk.my_unit_id())))
        LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION USING MESSAGE = 'Each case named in the flag must be one you can see.', ERRCODE = '23514';
    END IF;
    SELECT t INTO v_bad FROM unnest(coalesce(p_task_ids, '{}')) t
        WHERE t IS NULL OR NOT EXISTS (SELECT 1 FROM casedesk.task k WHERE k.id = t
              AND (v_role IN ('supervisor', 'inspector') OR (v_role = 'staff' AND k.id IN (SELECT casedesk.my_task_ids()))))
        LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION USING MESSAGE = 'Each task named in the flag must be one you can see.', ERRCODE = '23514';
    END IF;
    RETURN casedesk.discipline_stage_flag(p_official_id, p_category, p_facts, 'flag', v_me,
                                          p_case_ids, p_task_ids);
END $$;

-- 'open' or 'closed' for a receipt the caller filed; NULL for any other
-- string (another person's receipt and a made-up one look the same).  A
-- flag still staged is 'open'.
CREATE OR REPLACE FUNCTION casedesk.flag_receipt_status(p_receipt text) RETURNS text
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_me integer := casedesk.my_official_id();
    v_r  text := upper(btrim(p_receipt));
    v_state text;
BEGIN
    SELECT CASE WHEN r.status IN ('set_aside','concluded') THEN 'closed' ELSE 'open' END INTO v_state
      FROM casedesk.discipline_flagger f
      JOIN casedesk.discipline_record r ON r.id = f.record_id
     WHERE f.receipt = v_r AND f.flagger_id = v_me;
    IF v_state IS NULL AND EXISTS (SELECT 1 FROM casedesk.audit_pending p
            WHERE p.table_name = 'flag_request' AND p.new_row->>'receipt' = v_r
              AND (p.new_row->>'flagger_id')::integer = v_me) THEN
        v_state := 'open';
    END IF;
    RETURN v_state;
END $$;

-- The receipts the caller filed, with their open/closed state only.
CREATE OR REPLACE FUNCTION casedesk.my_flag_receipts()
    RETURNS TABLE (receipt text, filed_on date, state text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_me integer := casedesk.my_official_id();
BEGIN
    RETURN QUERY
    SELECT x.receipt, casedesk.day_of(x.at), x.state FROM (
        SELECT f.receipt, r.received_at AS at,
               CASE WHEN r.status IN ('set_aside','concluded') THEN 'closed' ELSE 'open' END AS state
          FROM casedesk.discipline_flagger f
          JOIN casedesk.discipline_record r ON r.id = f.record_id
         WHERE f.flagger_id = v_me
        UNION ALL
        SELECT p.new_row->>'receipt', p.at, 'open'
          FROM casedesk.audit_pending p
         WHERE p.table_name = 'flag_request' AND (p.new_row->>'flagger_id')::integer = v_me) x
     ORDER BY x.at DESC;
END $$;

GRANT EXECUTE ON FUNCTION casedesk.flag_official(integer, text, text, bigint[], bigint[]),
                          casedesk.flag_receipt_status(text),
                          casedesk.my_flag_receipts()
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin;

-- Defence in depth: no discipline function is executable by PUBLIC, whatever
-- the default privileges in force when this runs.
DO $$
DECLARE f regprocedure;
BEGIN
    FOR f IN SELECT p.oid::regprocedure FROM pg_proc p
              WHERE p.pronamespace = 'casedesk'::regnamespace
                AND (p.proname LIKE 'discipline\_%' OR p.proname LIKE 'flag\_%'
                     OR p.proname IN ('my_flag_receipts','log_discipline_read'))
    LOOP
        EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f);
    END LOOP;
END $$;
-- Workflow: the inspector's workflow and logged reads.
--
--   received ──start_review──► preliminary_review ──route──► talk_letter
--                                   │                        investigation
--                                   │                        set_aside (final)
--                                   └──conclude──► concluded (final)
--   talk_letter ──route──► investigation;  talk_letter, investigation ──conclude──► concluded
--
-- Every function checks that the caller is an active inspector, that the
-- record is not about the caller, the state, and (when given) the version
-- the caller's screen was showing.


-- Has the caller read record p_id through the read protocol (below) in the
-- last 30 minutes, with the read committed and chained?  Workflow steps
-- require it before any refusal that could reveal the record's status.
CREATE OR REPLACE FUNCTION casedesk.discipline_has_read(p_id bigint) RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN p_id IS NOT NULL AND EXISTS (
        SELECT 1 FROM casedesk.discipline_audit a
         WHERE a.table_name = 'discipline_record' AND a.row_id = p_id AND a.op = 'READ'
           AND a.login = session_user::text AND a.new_row->>'kind' IN ('record', 'history')
           AND a.at > clock_timestamp() - interval '30 minutes'
           AND casedesk.xid_status(a.xmin) = 'committed');
END $$;

-- The record, locked, after all checks common to every transition.  A record
-- about the caller is reported exactly like a missing one; and before
-- anything about the record is said, the caller must have read it (a logged,
-- committed read), so a refusal cannot tell its status to someone who has
-- not.
CREATE OR REPLACE FUNCTION casedesk.discipline_lock(p_id bigint, p_version integer)
    RETURNS casedesk.discipline_record
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    r casedesk.discipline_record;
BEGIN
    IF casedesk.my_role() IS DISTINCT FROM 'inspector' THEN
        RAISE EXCEPTION USING MESSAGE = 'Only discipline inspectors may manage discipline records.',
            ERRCODE = '42501';
    END IF;
    IF NOT casedesk.discipline_has_read(p_id) THEN
        RAISE EXCEPTION USING MESSAGE = 'Open the discipline record before changing it.',
            ERRCODE = '42501';
    END IF;
    SELECT * INTO r FROM casedesk.discipline_record WHERE id = p_id FOR UPDATE;
    IF NOT FOUND OR r.official_id = casedesk.my_official_id() THEN
        RAISE EXCEPTION USING MESSAGE = format('Discipline record %s does not exist.', coalesce(p_id::text, 'NULL')),
            ERRCODE = 'P0002';
    END IF;
    IF p_version IS NOT NULL AND r.version <> p_version THEN
        RAISE EXCEPTION USING MESSAGE = 'The discipline record was changed by someone else; reload it and try again.',
            ERRCODE = '40001';
    END IF;
    RETURN r;
END $$;

CREATE OR REPLACE FUNCTION casedesk.discipline_start_review(p_id bigint, p_due date DEFAULT NULL,
        p_version integer DEFAULT NULL)
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    r     casedesk.discipline_record := casedesk.discipline_lock(p_id, p_version);
    v_due date := coalesce(p_due, casedesk.today() + 30);
BEGIN
    IF r.status <> 'received' THEN
        RAISE EXCEPTION USING MESSAGE = format('Preliminary review can start only on a received record; this one is %s.', r.status),
            ERRCODE = 'P0001';
    END IF;
    IF v_due < casedesk.today() THEN
        RAISE EXCEPTION USING MESSAGE = 'The preliminary review deadline must not be in the past.',
            ERRCODE = '23514';
    END IF;
    UPDATE casedesk.discipline_record
       SET status = 'preliminary_review', review_started_on = casedesk.today(),
           review_due = v_due, reviewer_id = casedesk.my_official_id()
     WHERE id = p_id;
END $$;

-- preliminary_review → talk_letter | investigation | set_aside;
-- talk_letter → investigation.
CREATE OR REPLACE FUNCTION casedesk.discipline_route(p_id bigint, p_to text, p_note text DEFAULT NULL,
        p_version integer DEFAULT NULL)
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    r casedesk.discipline_record := casedesk.discipline_lock(p_id, p_version);
BEGIN
    IF p_to IS NULL OR p_to NOT IN ('talk_letter','investigation','set_aside') THEN
        RAISE EXCEPTION USING MESSAGE = 'The next step must be talk_letter, investigation or set_aside.',
            ERRCODE = '23514';
    END IF;
    IF NOT (r.status = 'preliminary_review'
            OR (r.status = 'talk_letter' AND p_to = 'investigation')) THEN
        RAISE EXCEPTION USING MESSAGE = format('A %s record cannot move to %s.', r.status, p_to),
            ERRCODE = 'P0001';
    END IF;
    IF p_to = 'set_aside' AND (p_note IS NULL OR btrim(p_note) = '') THEN
        RAISE EXCEPTION USING MESSAGE = 'Setting a record aside needs a reason in the note.',
            ERRCODE = '23514';
    END IF;
    UPDATE casedesk.discipline_record
       SET status = p_to,
           note = CASE WHEN p_note IS NULL OR btrim(p_note) = '' THEN note
                       ELSE concat_ws(E'\n', note, btrim(p_note)) END,
           closed_at = CASE WHEN p_to = 'set_aside' THEN now() END
     WHERE id = p_id;
END $$;

-- preliminary_review | talk_letter | investigation → concluded, with the
-- disposition, its date and the decision document number.
CREATE OR REPLACE FUNCTION casedesk.discipline_conclude(p_id bigint, p_disposition text,
        p_decided_on date, p_decision_no text, p_note text DEFAULT NULL,
        p_version integer DEFAULT NULL)
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    r casedesk.discipline_record := casedesk.discipline_lock(p_id, p_version);
BEGIN
    IF r.status NOT IN ('preliminary_review','talk_letter','investigation') THEN
        RAISE EXCEPTION USING MESSAGE = format('Only a record under review, talk letter or investigation can be concluded; this one is %s.', r.status),
            ERRCODE = 'P0001';
    END IF;
    IF p_disposition IS NULL OR p_disposition NOT IN ('no_violation','reminder_talk','criticism',
            'warning','serious_warning','removal','judicial_referral') THEN
        RAISE EXCEPTION USING MESSAGE = 'The disposition must be one of no_violation, reminder_talk, criticism, warning, serious_warning, removal or judicial_referral.',
            ERRCODE = '23514';
    END IF;
    IF p_decision_no IS NULL OR btrim(p_decision_no) = '' THEN
        RAISE EXCEPTION USING MESSAGE = 'The decision document number is required to conclude a record.',
            ERRCODE = '23514';
    END IF;
    IF p_decided_on IS NULL OR p_decided_on > casedesk.today() THEN
        RAISE EXCEPTION USING MESSAGE = 'The decision date is required and must not be in the future.',
            ERRCODE = '23514';
    END IF;
    IF p_decided_on < casedesk.day_of(r.received_at) THEN
        RAISE EXCEPTION USING MESSAGE = 'The decision date must not be before the flag was received.',
            ERRCODE = '23514';
    END IF;
    UPDATE casedesk.discipline_record
       SET status = 'concluded', disposition = p_disposition, disposition_on = p_decided_on,
           decision_no = btrim(p_decision_no), decided_by = casedesk.my_official_id(),
           note = CASE WHEN p_note IS NULL OR btrim(p_note) = '' THEN note
                       ELSE concat_ws(E'\n', note, btrim(p_note)) END,
           closed_at = now()
     WHERE id = p_id;
END $$;

GRANT EXECUTE ON FUNCTION casedesk.discipline_start_review(bigint, date, integer),
                          casedesk.discipline_route(bigint, text, text, integer),
                          casedesk.discipline_conclude(bigint, text, date, text, text, integer)
    TO casedesk_inspector;


-- Refuse anyone but an active inspector, before any row is touched.
CREATE OR REPLACE FUNCTION casedesk.discipline_require_inspector() RETURNS integer
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF casedesk.my_role() IS DISTINCT FROM 'inspector' THEN
        RAISE EXCEPTION USING MESSAGE = 'Only discipline inspectors may read discipline records.',
            ERRCODE = '42501';
    END IF;
    RETURN casedesk.my_official_id();
END $$;

-- The read protocol.  Discipline content leaves the server only after the
-- read is on record: committed and chained, whatever the caller then does
-- with the transaction (BEGIN; read; ROLLBACK; savepoints).
--
--  1. token := discipline_request(kind, args) -- in its own transaction
--     (autocommit): stages a READ row naming what will be read (for a list,
--     the very ids of the page) and returns a random token; nothing else.
--  2. the sealer chains the row once that transaction has committed (the
--     client calls audit_seal(); the watchdog does every second).
--  3. discipline_get(token), discipline_list(token), ... return content only
--     when the token's READ row is in discipline_audit, was written by
--     session_user less than 10 minutes ago, and the transaction that
--     chained it has committed too (xid_status of the row's xmin: rows of
--     the caller's own transaction or subtransaction are 'in progress').
--
-- kinds and args: record {id}; history {id}; list {status, category,
-- unit_id, official_id, queue (see 120_home_queues.sql), before_id, limit};
-- evidence {official_id, limit};
-- report {name: open_by_category_unit | overdue_reviews | repeat_officials,
-- min}.
CREATE OR REPLACE FUNCTION casedesk.discipline_request(p_kind text, p_args jsonb DEFAULT '{}')
    RETURNS text
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_me    integer := casedesk.discipline_require_inspector();
    a       jsonb := coalesce(p_args, '{}');
    v_token text := replace(gen_random_uuid()::text, '-', '');
    v_ids   bigint[] := '{}';
    v_row   bigint;
    v_table text := 'discipline_record';
    v_lim   integer;
BEGIN
    IF p_kind IN ('record', 'history') THEN
        v_row := (a->>'id')::bigint;
        IF v_row IS NULL THEN
            RAISE EXCEPTION USING MESSAGE = 'Name the discipline record to open.', ERRCODE = '22023';
        END IF;
        v_ids := ARRAY[v_row];
    ELSIF p_kind = 'list' THEN
        -- pick the page now, so that exactly what is returned is logged
        SELECT coalesce(array_agg(x.id), '{}') INTO v_ids
          FROM (SELECT r.id FROM casedesk.discipline_record r
                 WHERE r.official_id <> v_me
                   AND (a->>'status' IS NULL OR r.status = a->>'status'
                        OR (a->>'status' = 'open' AND r.status NOT IN ('set_aside','concluded')))
                   AND (a->>'category' IS NULL OR r.category = a->>'category')
                   AND (a->>'unit_id' IS NULL OR r.unit_id = (a->>'unit_id')::integer)
                   AND (a->>'official_id' IS NULL OR r.official_id = (a->>'official_id')::integer)
                   AND (a->>'queue' IS NULL OR casedesk.discipline_in_queue(r.status, r.review_due, a->>'queue'))
                   AND (a->>'before_id' IS NULL OR (r.received_at, r.id) <
                        (SELECT b.received_at, b.id FROM casedesk.discipline_record b
                          WHERE b.id = (a->>'before_id')::bigint))
                 ORDER BY r.received_at DESC, r.id DESC
                 LIMIT greatest(1, least(coalesce((a->>'limit')::integer, 50), 500))) x;
    ELSIF p_kind = 'evidence' THEN
        v_table := 'official';
        v_row := (a->>'official_id')::integer;
        v_lim := greatest(1, least(coalesce((a->>'limit')::integer, 200), 5000));
        SELECT coalesce(array_agg(r.id), '{}') INTO v_ids
          FROM (SELECT r0.id FROM casedesk.discipline_record r0
                 WHERE r0.official_id = v_row AND v_row IS DISTINCT FROM v_me
                 ORDER BY r0.received_at DESC, r0.id DESC LIMIT v_lim) r;
    ELSIF p_kind = 'report' THEN
        IF a->>'name' IS NULL OR a->>'name' NOT IN ('open_by_category_unit', 'overdue_reviews', 'repeat_officials') THEN
            RAISE EXCEPTION USING MESSAGE = 'The report must be open_by_category_unit, overdue_reviews or repeat_officials.',
                ERRCODE = '22023';
        END IF;
    ELSE
        RAISE EXCEPTION USING MESSAGE = 'A discipline read is one of record, history, list, evidence or report.',
            ERRCODE = '22023';
    END IF;
    PERFORM casedesk.audit_append('discipline_audit', v_table, v_row, 'READ', NULL,
        jsonb_build_object('token', v_token, 'kind', p_kind, 'args', a, 'ids', to_jsonb(v_ids))
        || CASE WHEN p_kind = 'report' THEN jsonb_build_object('report', a->>'name') ELSE '{}' END);
    -- each record shown is a READ of that record, as before
    IF p_kind IN ('list', 'evidence') THEN
        PERFORM casedesk.audit_append('discipline_audit', 'discipline_record', i, 'READ', NULL,
                    jsonb_build_object('via', v_token))
           FROM unnest(v_ids) i;
    END IF;
    RETURN v_token;
END $$;

-- The chained request of a token, or the one refusal for every failure
-- (unknown, another's, not yet chained, chained in the caller's own
-- transaction, stale, other kind).  Not granted.
CREATE OR REPLACE FUNCTION casedesk.discipline_grant(p_token text, p_kind text) RETURNS jsonb
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v jsonb;
BEGIN
    PERFORM casedesk.discipline_require_inspector();
    SELECT a.new_row INTO v FROM casedesk.discipline_audit a
     WHERE (a.new_row->>'token') = p_token AND a.op = 'READ' AND a.new_row->>'kind' = p_kind
       AND a.login = session_user::text
       AND a.at > clock_timestamp() - interval '10 minutes'
       AND casedesk.xid_status(a.xmin) = 'committed'
       AND pg_xact_status(a.txid::text::xid8) = 'committed';
    IF v IS NULL THEN
        RAISE EXCEPTION USING MESSAGE = 'That discipline read is not on record yet; open it again.',
            ERRCODE = '42501';
    END IF;
    RETURN v;
END $$;

-- Is the token's read on record (so that discipline_grant will pass)?  For
-- the client, which seals and waits for this before asking for content.
CREATE OR REPLACE FUNCTION casedesk.discipline_read_ready(p_token text) RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    PERFORM casedesk.discipline_require_inspector();
    RETURN EXISTS (SELECT 1 FROM casedesk.discipline_audit a
     WHERE (a.new_row->>'token') = p_token AND a.op = 'READ' AND a.new_row ? 'kind'
       AND a.login = session_user::text
       AND casedesk.xid_status(a.xmin) = 'committed');
END $$;

CREATE OR REPLACE FUNCTION casedesk.discipline_list(p_token text)
    RETURNS TABLE (id bigint, receipt text, official_id integer, official_name text,
                   unit_id integer, unit_name text, category text, source text, status text,
                   received_at timestamptz, review_due date, overdue boolean,
                   disposition text, decision_no text, version integer)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_me  integer := casedesk.discipline_require_inspector();
    v_ids bigint[] := ARRAY(SELECT jsonb_array_elements_text(
                                casedesk.discipline_grant(p_token, 'list')->'ids')::bigint);
BEGIN
    RETURN QUERY
    SELECT r.id, f.receipt, r.official_id, o.name, r.unit_id, u.name, r.category, r.source,
           r.status, r.received_at, r.review_due,
           (r.status = 'preliminary_review' AND r.review_due < casedesk.today()),
           r.disposition, r.decision_no, r.version
      FROM casedesk.discipline_record r
      JOIN casedesk.discipline_flagger f ON f.record_id = r.id
      JOIN casedesk.official o ON o.id = r.official_id
      JOIN casedesk.unit u ON u.id = r.unit_id
     WHERE r.id = ANY (v_ids) AND r.official_id <> v_me
     ORDER BY r.received_at DESC, r.id DESC;
END $$;

-- One record in full, with the flagger and the linked cases and tasks.
CREATE OR REPLACE FUNCTION casedesk.discipline_get(p_token text)
    RETURNS TABLE (id bigint, receipt text, official_id integer, official_name text,
                   official_login text, unit_id integer, unit_name text, category text,
                   facts text, source text, status text, received_at timestamptz,
                   review_started_on date, review_due date, reviewer_name text, note text,
                   disposition text, disposition_on date, decision_no text,
                   decided_by_name text, closed_at timestamptz, flagger_name text,
                   flagger_unit text, case_ids bigint[], task_ids bigint[], version integer)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_me integer := casedesk.discipline_require_inspector();
    v_id bigint := (casedesk.discipline_grant(p_token, 'record')->'args'->>'id')::bigint;
BEGIN
    RETURN QUERY
    SELECT r.id, f.receipt, r.official_id, o.name, o.login, r.unit_id, u.name, r.category,
           r.facts, r.source, r.status, r.received_at, r.review_started_on, r.review_due,
           rv.name, r.note, r.disposition, r.disposition_on, r.decision_no, dc.name,
           r.closed_at, fl.name, fu.name,
           ARRAY(SELECT l.case_id FROM casedesk.discipline_link l
                  WHERE l.record_id = r.id AND l.case_id IS NOT NULL ORDER BY l.case_id),
           ARRAY(SELECT l.task_id FROM casedesk.discipline_link l
                  WHERE l.record_id = r.id AND l.task_id IS NOT NULL ORDER BY l.task_id),
           r.version
      FROM casedesk.discipline_record r
      JOIN casedesk.discipline_flagger f ON f.record_id = r.id
      JOIN casedesk.official o ON o.id = r.official_id
      JOIN casedesk.unit u ON u.id = r.unit_id
      LEFT JOIN casedesk.official rv ON rv.id = r.reviewer_id
      LEFT JOIN casedesk.official dc ON dc.id = r.decided_by
      LEFT JOIN casedesk.official fl ON fl.id = f.flagger_id
      LEFT JOIN casedesk.unit fu ON fu.id = fl.unit_id
     WHERE r.id = v_id AND r.official_id <> v_me;
END $$;

-- The changes of one record (its status line), oldest first.  Nobody reads
-- discipline_audit itself (migration 062).
CREATE OR REPLACE FUNCTION casedesk.discipline_history(p_token text)
    RETURNS TABLE (at timestamptz, login text, op text, from_status text, to_status text, detail text)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_me integer := casedesk.discipline_require_inspector();
    v_id bigint := (casedesk.discipline_grant(p_token, 'history')->'args'->>'id')::bigint;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM casedesk.discipline_record r WHERE r.id = v_id AND r.official_id <> v_me) THEN
        RETURN;
    END IF;
    RETURN QUERY
    SELECT a.at, a.login, a.op, a.old_row->>'status', a.new_row->>'status',
           concat_ws(' ', a.new_row->>'review_due', a.new_row->>'disposition', a.new_row->>'decision_no')
      FROM casedesk.discipline_audit a
     WHERE a.table_name = 'discipline_record' AND a.row_id = v_id AND a.op IN ('INSERT', 'UPDATE')
     ORDER BY a.id;
END $$;

GRANT EXECUTE ON FUNCTION casedesk.discipline_require_inspector(),
                          casedesk.discipline_request(text, jsonb),
                          casedesk.discipline_read_ready(text),
                          casedesk.discipline_list(text),
                          casedesk.discipline_get(text),
                          casedesk.discipline_history(text)
    TO casedesk_inspector;

-- Inspector reports.  Aggregates only; each is read through the protocol.
CREATE OR REPLACE FUNCTION casedesk.discipline_open_by_category_unit(p_token text)
    RETURNS TABLE (unit_code text, unit_name text, category text, open_count bigint)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_me integer := casedesk.discipline_require_inspector();
    v_req jsonb := casedesk.discipline_grant(p_token, 'report');
BEGIN
    IF v_req->>'report' IS DISTINCT FROM 'open_by_category_unit' THEN
        PERFORM casedesk.discipline_grant(NULL, 'report');
    END IF;
    RETURN QUERY
    SELECT u.code, u.name, r.category, count(*)
      FROM casedesk.discipline_record r JOIN casedesk.unit u ON u.id = r.unit_id
     WHERE r.status NOT IN ('set_aside','concluded') AND r.official_id <> v_me
     GROUP BY u.code, u.name, r.category
     ORDER BY u.code, r.category;
END $$;

CREATE OR REPLACE FUNCTION casedesk.discipline_overdue_reviews(p_token text)
    RETURNS TABLE (id bigint, official_name text, unit_name text, category text,
                   review_due date, days_overdue integer)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_me integer := casedesk.discipline_require_inspector();
    v_req jsonb := casedesk.discipline_grant(p_token, 'report');
BEGIN
    IF v_req->>'report' IS DISTINCT FROM 'overdue_reviews' THEN
        PERFORM casedesk.discipline_grant(NULL, 'report');
    END IF;
    RETURN QUERY
    SELECT r.id, o.name, u.name, r.category, r.review_due, (casedesk.today() - r.review_due)::integer
      FROM casedesk.discipline_record r
      JOIN casedesk.official o ON o.id = r.official_id
      JOIN casedesk.unit u ON u.id = r.unit_id
     WHERE r.status = 'preliminary_review' AND r.review_due < casedesk.today()
       AND r.official_id <> v_me
     ORDER BY r.review_due, r.id;
END $$;

-- Officials flagged at least args.min times (default 2) in all.
CREATE OR REPLACE FUNCTION casedesk.discipline_repeat_officials(p_token text)
    RETURNS TABLE (official_id integer, official_name text, unit_name text, flags bigint,
                   open_flags bigint, sanctions bigint, categories text)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_me integer := casedesk.discipline_require_inspector();
    v_req jsonb := casedesk.discipline_grant(p_token, 'report');
    v_min integer := greatest(coalesce((v_req->'args'->>'min')::integer, 2), 1);
BEGIN
    IF v_req->>'report' IS DISTINCT FROM 'repeat_officials' THEN
        PERFORM casedesk.discipline_grant(NULL, 'report');
    END IF;
    RETURN QUERY
    SELECT o.id, o.name, u.name, count(*),
           count(*) FILTER (WHERE r.status NOT IN ('set_aside','concluded')),
           count(*) FILTER (WHERE r.disposition NOT IN ('no_violation')),
           string_agg(DISTINCT r.category, ',' ORDER BY r.category)
      FROM casedesk.discipline_record r
      JOIN casedesk.official o ON o.id = r.official_id
      JOIN casedesk.unit u ON u.id = o.unit_id
     WHERE r.official_id <> v_me
     GROUP BY o.id, o.name, u.name
    HAVING count(*) >= v_min
     ORDER BY count(*) DESC, o.id;
END $$;

GRANT EXECUTE ON FUNCTION casedesk.discipline_open_by_category_unit(text),
                          casedesk.discipline_overdue_reviews(text),
                          casedesk.discipline_repeat_officials(text)
    TO casedesk_inspector;

-- Defence in depth: no discipline function is executable by PUBLIC.
DO $$
DECLARE f regprocedure;
BEGIN
    FOR f IN SELECT p.oid::regprocedure FROM pg_proc p
              WHERE p.pronamespace = 'casedesk'::regnamespace
                AND p.proname LIKE 'discipline\_%'
    LOOP
        EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f);
    END LOOP;
END $$;

-- Replaces the placeholder of 024.  A red card on a task raises an
-- 'inaction' flag on the task's responsible official, with the task linked;
-- staged like any flag, in the card issuer's transaction (so it is filed
-- only if the card is), and one open automatic flag per official and task
-- is enough (checked when the sealer files it: discipline_file_flag).
CREATE OR REPLACE FUNCTION casedesk.discipline_auto_flag_inaction(p_task_id bigint, p_official_id integer)
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    t casedesk.task;
BEGIN
    IF p_task_id IS NULL OR p_official_id IS NULL THEN
        RETURN;
    END IF;
    SELECT * INTO t FROM casedesk.task WHERE id = p_task_id;
    IF NOT FOUND OR NOT EXISTS (SELECT 1 FROM casedesk.official WHERE id = p_official_id) THEN
        RETURN;
    END IF;
    PERFORM casedesk.discipline_stage_flag(p_official_id, 'inaction',
        format('督办任务 %s「%s」逾期未办结被亮红牌（期限 %s），系统自动转纪检审查。',
               t.number, t.title, t.deadline),
        'auto', NULL, NULL, ARRAY[p_task_id]);
END $$;
REVOKE EXECUTE ON FUNCTION casedesk.discipline_auto_flag_inaction(bigint, integer) FROM PUBLIC;

-- Everything around one official, newest first within each kind:
--   flag     their discipline records, past and present
--   case     cases they handle(d) or created
--   task     tasks they were responsible for, with the cards issued
--   card     cards issued naming them
--   payment  payments they recorded
--   audit    their own changes (audit_log rows with their login)
-- args.limit caps each kind.  Read through the protocol (a token of kind
-- 'evidence': the official and each record shown are logged).
CREATE OR REPLACE FUNCTION casedesk.official_evidence(p_token text)
    RETURNS TABLE (kind text, ref_id bigint, ref_no text, on_date date, state text, summary text)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_me    integer := casedesk.discipline_require_inspector();
    v_req   jsonb := casedesk.discipline_grant(p_token, 'evidence');
    p_official_id integer := (v_req->'args'->>'official_id')::integer;
    v_login text;
    v_lim   integer := greatest(1, least(coalesce((v_req->'args'->>'limit')::integer, 200), 5000));
    v_ids   bigint[] := ARRAY(SELECT jsonb_array_elements_text(v_req->'ids')::bigint);
BEGIN
    SELECT o.login INTO v_login FROM casedesk.official o WHERE o.id = p_official_id;
    IF NOT FOUND OR p_official_id = v_me THEN
        RAISE EXCEPTION USING MESSAGE = format('Official %s does not exist.', coalesce(p_official_id::text, 'NULL')),
            ERRCODE = 'P0002';
    END IF;

    RETURN QUERY
    SELECT 'flag'::text, r.id, r.category, casedesk.day_of(r.received_at),
           r.status, left(r.facts, 120)
      FROM casedesk.discipline_record r WHERE r.id = ANY (v_ids) ORDER BY r.received_at DESC, r.id DESC;

    RETURN QUERY
    SELECT 'case'::text, c.id, c.case_no, c.opened_on, c.status,
           concat_ws(' ', c.kind, c.party_name, u.name)
      FROM casedesk.case_file c JOIN casedesk.unit u ON u.id = c.unit_id
     WHERE c.id IN (SELECT c1.id FROM casedesk.case_file c1 WHERE c1.handled_by = p_official_id
                    UNION
                    SELECT c2.id FROM casedesk.case_file c2 WHERE c2.created_by = p_official_id)
     ORDER BY c.opened_on DESC, c.id DESC LIMIT v_lim;

    RETURN QUERY
    SELECT 'task'::text, t.id, t.number, t.deadline, t.status,
           t.title || coalesce(' [' || (SELECT string_agg(k.kind || ' ' || k.issued_on, ', ' ORDER BY k.id)
                                          FROM casedesk.task_card k WHERE k.task_id = t.id) || ']', '')
      FROM casedesk.task t WHERE t.responsible_id = p_official_id
     ORDER BY t.deadline DESC, t.id DESC LIMIT v_lim;

    RETURN QUERY
    SELECT 'card'::text, k.id, t.number, k.issued_on, k.kind, k.reason
      FROM casedesk.task_card k JOIN casedesk.task t ON t.id = k.task_id
     WHERE k.official_id = p_official_id
     ORDER BY k.issued_on DESC, k.id DESC LIMIT v_lim;

    RETURN QUERY
    SELECT 'payment'::text, p.id, p.voucher_no, p.paid_on, c.case_no,
           format('%s 元 → %s', p.amount, p.payee)
      FROM casedesk.payment p JOIN casedesk.case_file c ON c.id = p.case_id
     WHERE p.recorded_by = p_official_id
     ORDER BY p.paid_on DESC, p.id DESC LIMIT v_lim;

    RETURN QUERY
    SELECT 'audit'::text, a.id, a.table_name || ':' || coalesce(a.row_id::text, ''),
           casedesk.day_of(a.at), a.op,
           -- only the fields the inspector may read directly (not phones)
           left(coalesce((SELECT jsonb_object_agg(e.key, e.value)
                            FROM jsonb_each(coalesce(a.new_row, a.old_row)) e
                            JOIN pg_catalog.pg_attribute att
                              ON att.attrelid = to_regclass('casedesk.' || quote_ident(a.table_name))
                             AND att.attname = e.key AND att.attnum > 0 AND NOT att.attisdropped
                           WHERE has_column_privilege(session_user, att.attrelid, att.attnum, 'SELECT')),
                         '{}'::jsonb)::text, 120)
      FROM casedesk.audit_log a
     WHERE a.login = v_login
     ORDER BY a.id DESC LIMIT v_lim;
END $$;
REVOKE EXECUTE ON FUNCTION casedesk.official_evidence(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk.official_evidence(text) TO casedesk_inspector;
