-- 033_discipline_evidence: the automatic inaction flag raised by a red card,
-- and the evidence an inspector looks at around one official.

-- Replaces the placeholder of 024.  A red card on a task raises an
-- 'inaction' flag on the task's responsible official, with the task linked;
-- one open automatic flag per official and task is enough.
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
    IF EXISTS (SELECT 1 FROM casedesk.discipline_record r
                 JOIN casedesk.discipline_link l ON l.record_id = r.id
                WHERE r.official_id = p_official_id AND r.source = 'auto'
                  AND r.category = 'inaction' AND l.task_id = p_task_id
                  AND r.status NOT IN ('set_aside','concluded')) THEN
        RETURN;
    END IF;
    PERFORM casedesk.discipline_insert(p_official_id, 'inaction',
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
-- p_limit caps each kind.  The read is logged (official + each record shown).
CREATE FUNCTION casedesk.official_evidence(p_official_id integer, p_limit integer DEFAULT 200)
    RETURNS TABLE (kind text, ref_id bigint, ref_no text, on_date date, state text, summary text)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_me    integer := casedesk.discipline_require_inspector();
    v_login text;
    v_lim   integer := greatest(1, least(coalesce(p_limit, 200), 5000));
    v_ids   bigint[];
BEGIN
    SELECT o.login INTO v_login FROM casedesk.official o WHERE o.id = p_official_id;
    IF NOT FOUND OR p_official_id = v_me THEN
        RAISE EXCEPTION USING MESSAGE = format('Official %s does not exist.', coalesce(p_official_id::text, 'NULL')),
            ERRCODE = 'P0002';
    END IF;
    SELECT coalesce(array_agg(r.id), '{}') INTO v_ids
      FROM (SELECT r0.id FROM casedesk.discipline_record r0
             WHERE r0.official_id = p_official_id
             ORDER BY r0.received_at DESC, r0.id DESC LIMIT v_lim) r;
    PERFORM casedesk.log_discipline_read('official', p_official_id);
    PERFORM casedesk.log_discipline_read('discipline_record', i) FROM unnest(v_ids) i;

    RETURN QUERY
    SELECT 'flag'::text, r.id, r.category, (r.received_at)::date,
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
           (a.at)::date, a.op, left(coalesce(a.new_row, a.old_row)::text, 120)
      FROM casedesk.audit_log a
     WHERE a.login = v_login
     ORDER BY a.id DESC LIMIT v_lim;
END $$;
REVOKE EXECUTE ON FUNCTION casedesk.official_evidence(integer, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk.official_evidence(integer, integer) TO casedesk_inspector;

-- Indexes the evidence view filters on.
CREATE INDEX IF NOT EXISTS case_file_handled_by_idx ON casedesk.case_file(handled_by, id) WHERE handled_by IS NOT NULL;
CREATE INDEX IF NOT EXISTS case_file_created_by_idx ON casedesk.case_file(created_by, id) WHERE created_by IS NOT NULL;
CREATE INDEX IF NOT EXISTS task_responsible_idx ON casedesk.task(responsible_id) WHERE responsible_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS task_card_official_idx ON casedesk.task_card(official_id) WHERE official_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS payment_recorded_by_idx ON casedesk.payment(recorded_by) WHERE recorded_by IS NOT NULL;
