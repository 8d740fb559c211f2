-- Who did what, through the plans of the task side and the document
-- register (issue 11, class 1; migration 110).  Every "who" column of
-- task, task_report, task_extension, task_card, task_link, inbox and
-- inbox_read, and the party columns of document, is probed with =, ranges,
-- IN, ANY, LIKE, a whole-row reference and to_jsonb under EXPLAIN (ANALYZE,
-- FORMAT JSON), with the planner's enable_* settings toggled, as staff
-- (t_other, gmz), supervisor, inspector and admin: the output must be the
-- same for a value held only by rows the attacker cannot see and for a value
-- nobody holds.  Before 110 a leakproof condition on such a column ran
-- before the row policy (as an index condition, or ahead of the policy's
-- InitPlans, whose "Actual Loops" told a hidden row exists).  Then: a
-- refusal by name, and the definer paths giving the names of the rows one
-- may see and nothing of the others.
-- The definer functions that serve the names are probed the same way, plan
-- and answer (a hidden row's id against one that does not exist).
-- Supervisors and inspectors read every task and document by design: for
-- them the task side is probed all the same (nobody plans against it) and
-- the register on the full ID number only (they keep names, as for cases).
-- pgTAP, run by tests/lib/pgtap.sh.
-- pg_cluster: 0.05
\set QUIET 1
BEGIN;
\ir ../sql/tasks_users.sql
SELECT * FROM no_plan();

SELECT id AS gmz FROM casedesk.unit WHERE code = 'gmz' \gset
SELECT id AS xcb FROM casedesk.unit WHERE code = 'xcb' \gset
-- A task gmz neither leads nor helps, and its responsible official (of
-- another unit): the victim.
SELECT t.responsible_id AS victim FROM casedesk.task t
 WHERE t.responsible_id IS NOT NULL AND t.lead_unit_id <> :gmz
   AND NOT EXISTS (SELECT 1 FROM casedesk.task_unit tu WHERE tu.task_id = t.id AND tu.unit_id = :gmz)
   AND (SELECT o.unit_id FROM casedesk.official o WHERE o.id = t.responsible_id) <> :gmz
 GROUP BY t.responsible_id ORDER BY count(*) DESC LIMIT 1 \gset
SELECT min(t.id) AS some_task FROM casedesk.task t WHERE t.responsible_id = :victim
   AND NOT EXISTS (SELECT 1 FROM casedesk.task_unit tu WHERE tu.task_id = t.id AND tu.unit_id = :gmz) \gset
SELECT max(t.id) AS closed_task FROM casedesk.task t WHERE t.lead_unit_id <> :gmz AND t.id <> :some_task
   AND t.status <> 'closed'
   AND NOT EXISTS (SELECT 1 FROM casedesk.task_unit tu WHERE tu.task_id = t.id AND tu.unit_id = :gmz) \gset
SELECT id AS sup_id FROM casedesk.official WHERE login = 't_sup' \gset
SELECT created_by AS creator FROM casedesk.task WHERE id = :some_task \gset
-- Rows of each kind, written by the victim on that task (the fixture may
-- have none of some kinds).
INSERT INTO casedesk.task_card (task_id, unit_id, official_id, kind, reason, deadline, issued_on)
SELECT t.id, t.lead_unit_id, :victim, 'yellow', 'overdue', current_date - 1, current_date
  FROM casedesk.task t WHERE t.id = :some_task ON CONFLICT DO NOTHING;
INSERT INTO casedesk.task_report (task_id, body, percent, author_id, unit_id)
SELECT t.id, '进展', 30, :victim, t.lead_unit_id FROM casedesk.task t WHERE t.id = :some_task;
INSERT INTO casedesk.task_extension (task_id, old_deadline, requested_deadline, reason, status,
                                     requested_by, decided_by, decided_on)
SELECT t.id, t.deadline, t.deadline + 10, '需要时间', 'refused', :victim, :creator, current_date
  FROM casedesk.task t WHERE t.id = :some_task;
INSERT INTO casedesk.task_link (task_id, project_id, linked_by)
SELECT :some_task, min(p.id), :victim FROM casedesk.project p;
UPDATE casedesk.task SET status = 'closed', closed_at = now(), closed_by = :victim WHERE id = :closed_task;
INSERT INTO casedesk.inbox (official_id, kind, task_id, detail) VALUES (:victim, 'card_issued', :some_task, 'yellow');
INSERT INTO casedesk.inbox_read (inbox_id, official_id)
SELECT i.id, :victim FROM casedesk.inbox i WHERE i.unit_id IS NOT NULL AND i.unit_id <> :gmz
 ORDER BY i.id LIMIT 3 ON CONFLICT DO NOTHING;
-- A served document of another unit (xcb), issued and served by the victim.
SELECT min(c.id) AS x_case FROM casedesk.case_file c WHERE c.unit_id = :xcb \gset
INSERT INTO casedesk.document (unit_id, kind, year, seq, doc_no, case_id, issued_on, party_name,
        party_id_no, body, sha256, issued_by, served_on, served_way, served_to, served_by)
SELECT :xcb, min(k.kind), 2026, 9999, 'XCB-TEST-9999', :x_case, current_date, '龙须沟甲',
       '610900199001018416', '正文', repeat('a', 64), :victim, current_date, 'in_person', '龙须沟乙', :victim
  FROM casedesk.doc_kind k;
ANALYZE casedesk.task, casedesk.task_card, casedesk.task_report, casedesk.task_extension,
    casedesk.task_link, casedesk.inbox, casedesk.inbox_read, casedesk.document;

-- What is probed: table, column, kind (task: the task side, for every role;
-- doc: the register's names and actors, for staff and admin; id: the full
-- ID number, for every role), the value's type, a value held only by rows
-- outside what the attackers see (hit) and one nobody holds (miss).
CREATE TEMP TABLE target (tbl text, col text, kind text, typ text, hit text, miss text);
INSERT INTO target VALUES
    ('task', 'responsible_id', 'task', 'integer', :'victim', '-1'),
    ('task', 'created_by', 'task', 'integer', :'creator', '-1'),
    ('task', 'closed_by', 'task', 'integer', :'victim', '-1'),
    ('task_card', 'official_id', 'task', 'integer', :'victim', '-1'),
    ('task_report', 'author_id', 'task', 'integer', :'victim', '-1'),
    ('task_extension', 'requested_by', 'task', 'integer', :'victim', '-1'),
    ('task_extension', 'decided_by', 'task', 'integer', :'creator', '-1'),
    ('task_link', 'linked_by', 'task', 'integer', :'victim', '-1'),
    ('inbox', 'official_id', 'task', 'integer', :'victim', '-1'),
    ('inbox_read', 'official_id', 'task', 'integer', :'victim', '-1'),
    ('document', 'party_name', 'doc', 'text', '龙须沟甲', '龘龘龘'),
    ('document', 'served_to', 'doc', 'text', '龙须沟乙', '龘龘龘'),
    ('document', 'issued_by', 'doc', 'integer', :'victim', '-1'),
    ('document', 'served_by', 'doc', 'integer', :'victim', '-1'),
    ('document', 'party_id_no', 'id', 'text', '610900199001018416', '000000000000000000');
SELECT is((SELECT count(*)::int FROM target WHERE hit IS NOT NULL AND hit <> ''), 15,
          'every probed column has a value held only by rows the attacker cannot see');
SELECT ok((SELECT count(*) FROM casedesk.task WHERE closed_by = :victim) > 0
      AND (SELECT count(*) FROM casedesk.task_link WHERE linked_by = :victim) > 0
      AND (SELECT count(*) FROM casedesk.task_extension WHERE decided_by = :creator) > 0
      AND (SELECT count(*) FROM casedesk.document WHERE served_by = :victim) > 0,
          '(the rows probed are there)');

CREATE TEMP TABLE probe (name text, sql text);
INSERT INTO probe VALUES
    ('=',     'SELECT 1 FROM casedesk.%1$s WHERE %2$s = %3$s'),
    ('>= <=', 'SELECT 1 FROM casedesk.%1$s WHERE %2$s >= %3$s AND %2$s <= %3$s'),
    ('IN',    'SELECT 1 FROM casedesk.%1$s WHERE %2$s IN (%3$s, NULL)'),
    ('ANY',   'SELECT 1 FROM casedesk.%1$s WHERE %2$s = ANY (ARRAY[%3$s])'),
    ('LIKE',  'SELECT 1 FROM casedesk.%1$s WHERE %2$s::text LIKE %3$s::text || ''%%'''),
    ('row',   'SELECT 1 FROM casedesk.%1$s t WHERE t::text LIKE ''%%'' || %3$s::text || ''%%'''),
    ('jsonb', 'SELECT 1 FROM casedesk.%1$s t WHERE to_jsonb(t) ->> %4$L = %3$s::text');
CREATE TEMP TABLE setting (gucs text[]);
INSERT INTO setting VALUES ('{}'), ('{enable_seqscan}'),
    ('{enable_indexscan,enable_indexonlyscan,enable_bitmapscan}');
-- EXPLAIN (ANALYZE, FORMAT JSON) of p_sql with the settings off, undone
-- afterwards; timings out, and the conditions' text (it holds the probed
-- value itself).
CREATE FUNCTION pg_temp.plan(p_sql text, p_off text[]) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    v_out text := '';
    g text;
    r record;
BEGIN
    BEGIN
        FOREACH g IN ARRAY p_off LOOP
            PERFORM set_config(g, 'off', true);
        END LOOP;
        FOR r IN EXECUTE 'EXPLAIN (ANALYZE, FORMAT JSON) ' || p_sql LOOP
            v_out := v_out || r."QUERY PLAN"::text;
        END LOOP;
        RAISE EXCEPTION USING ERRCODE = 'P0004', MESSAGE = 'undo';
    EXCEPTION
        WHEN SQLSTATE 'P0004' THEN NULL;
        WHEN OTHERS THEN v_out := 'refused: ' || SQLSTATE || ' ' || SQLERRM;
    END;
    v_out := regexp_replace(v_out, '"(Actual Startup Time|Actual Total Time|Planning Time|Execution Time|Peak Memory Usage|Sort Space Used)": [0-9.]+,?', '', 'g');
    RETURN regexp_replace(v_out, '"(Filter|Index Cond|Recheck Cond|Hash Cond|Join Filter)": "[^"]*"', '"\1": ""', 'g');
END $$;
CREATE TEMP TABLE attack (role text, what text, hit text, miss text);
GRANT SELECT, INSERT ON target, probe, setting, attack TO PUBLIC;

CREATE FUNCTION pg_temp.attack_all(p_kinds text[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE t record; p record; s record;
BEGIN
    FOR t IN SELECT * FROM target WHERE kind = ANY (p_kinds) LOOP
        FOR p IN SELECT * FROM probe LOOP
            FOR s IN SELECT * FROM setting LOOP
                INSERT INTO attack VALUES (session_user,
                    format('%s.%s %s, off: %s', t.tbl, t.col, p.name, s.gucs),
                    pg_temp.plan(format(p.sql, t.tbl, t.col, format('%L::%s', t.hit, t.typ), t.col), s.gucs),
                    pg_temp.plan(format(p.sql, t.tbl, t.col, format('%L::%s', t.miss, t.typ), t.col), s.gucs));
            END LOOP;
        END LOOP;
    END LOOP;
END $$;

-- The definer paths, asked about a hidden row and about none.
SELECT max(r.id) AS h_report FROM casedesk.task_report r WHERE r.author_id = :victim AND r.task_id = :some_task \gset
SELECT max(id) AS h_doc FROM casedesk.document WHERE doc_no = 'XCB-TEST-9999' \gset
CREATE TEMP TABLE path (name text, sql text);
INSERT INTO path VALUES
    ('task_actors', 'SELECT * FROM casedesk.task_actors(ARRAY[%s]::bigint[])'),
    ('task_actor responsible', 'SELECT casedesk.task_actor(''task'', %s, ''responsible_id'')'),
    ('task_actor closed_by', 'SELECT casedesk.task_actor(''task'', %s, ''closed_by'')'),
    ('document_field', 'SELECT casedesk.document_field(%s, ''party_name'')');
INSERT INTO path SELECT 'task_actor author', format('SELECT casedesk.task_actor(''task_report'', %%s, ''author_id'')');
GRANT SELECT ON path TO PUBLIC;
-- What a query returns, as text (a refusal as its SQLSTATE).
CREATE FUNCTION pg_temp.answer(p_sql text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE v text;
BEGIN
    EXECUTE format('SELECT string_agg(q::text, '';'') FROM (%s) q', p_sql) INTO v;
    RETURN coalesce(v, '(nothing)');
EXCEPTION WHEN OTHERS THEN
    RETURN 'refused: ' || SQLSTATE;
END $$;
CREATE FUNCTION pg_temp.attack_paths(p_task bigint, p_closed bigint, p_report bigint, p_doc bigint)
    RETURNS void LANGUAGE plpgsql AS $$
DECLARE p record; s record; v bigint;
BEGIN
    FOR p IN SELECT * FROM path LOOP
        v := CASE p.name WHEN 'task_actor closed_by' THEN p_closed WHEN 'task_actor author' THEN p_report
                         WHEN 'document_field' THEN p_doc ELSE p_task END;
        FOR s IN SELECT * FROM setting LOOP
            INSERT INTO attack VALUES (session_user, format('%s, off: %s', p.name, s.gucs),
                pg_temp.plan(format(p.sql, v), s.gucs) || ' => ' || pg_temp.answer(format(p.sql, v)),
                pg_temp.plan(format(p.sql, 999999999), s.gucs) || ' => ' || pg_temp.answer(format(p.sql, 999999999)));
        END LOOP;
    END LOOP;
END $$;

SET SESSION AUTHORIZATION t_other;       -- staff of 关庙镇 (gmz)
SELECT pg_temp.attack_all(ARRAY['task', 'doc', 'id']);
SELECT pg_temp.attack_paths(:some_task, :closed_task, :h_report, :h_doc);
SET SESSION AUTHORIZATION t_sup;
SELECT pg_temp.attack_all(ARRAY['task', 'id']);
SET SESSION AUTHORIZATION t_insp;
SELECT pg_temp.attack_all(ARRAY['task', 'id']);
SET SESSION AUTHORIZATION t_adm;
SELECT pg_temp.attack_all(ARRAY['task', 'doc', 'id']);
SELECT pg_temp.attack_paths(:some_task, :closed_task, :h_report, :h_doc);
RESET SESSION AUTHORIZATION;

SELECT diag('first difference: ' || role || ' ' || what || E'\n#  hit:  ' || left(hit, 600)
            || E'\n#  miss: ' || left(miss, 600))
  FROM (SELECT * FROM attack WHERE hit IS DISTINCT FROM miss ORDER BY role, what LIMIT 1) f;
SELECT diag(format('attacks tried as %s: %s, told a hidden actor from nobody: %s', role, count(*),
                   count(*) FILTER (WHERE hit IS DISTINCT FROM miss)))
  FROM attack GROUP BY role ORDER BY role;
SELECT diag(format('attacks as %s on rows hidden from them (supervisors and inspectors read every task: '
                   'for them the inbox and the full ID number): %s, told apart: %s', role, count(*),
                   count(*) FILTER (WHERE hit IS DISTINCT FROM miss)))
  FROM attack
 WHERE role NOT IN ('t_sup', 't_insp') OR what LIKE 'inbox%' OR what LIKE 'document.party_id_no%'
 GROUP BY role ORDER BY role;
SELECT diag(format('all roles: %s attacks tried, %s told a hidden actor from nobody', count(*),
                   count(*) FILTER (WHERE hit IS DISTINCT FROM miss))) FROM attack;
SELECT is((SELECT count(*)::int FROM attack WHERE hit IS DISTINCT FROM miss), 0,
          'no plan tells another person''s tasks, reports, requests, cards, links, notifications, reads or documents from nobody''s');
SELECT is((SELECT count(*)::int FROM attack), (10 * 7 * 3) * 4 + (4 * 7 * 3) * 2 + (7 * 3) * 4 + (5 * 3) * 2,
          'every column was probed every way by every role');

-- Named directly: refused before planning (pg_stats shows nothing of a
-- table under row security to those it applies to, so estimates are the
-- only statistics one could reach, and the probes above compare them).
SET SESSION AUTHORIZATION t_other;
SELECT throws_like('SELECT responsible_id FROM casedesk.task LIMIT 1', '%permission denied%',
                   'staff cannot name task.responsible_id');
SELECT throws_like('SELECT party_name FROM casedesk.document LIMIT 1', '%permission denied%',
                   'nor a document''s party');
SET SESSION AUTHORIZATION t_sup;
SELECT throws_like('SELECT official_id FROM casedesk.inbox LIMIT 1', '%permission denied%',
                   'a supervisor cannot name inbox.official_id');
SET SESSION AUTHORIZATION t_insp;
SELECT throws_like('SELECT 1 FROM casedesk.task_report r WHERE r.author_id = 1', '%permission denied%',
                   'an inspector cannot name a report''s author');
SET SESSION AUTHORIZATION t_adm;
SELECT throws_like('SELECT count(*) FROM casedesk.inbox_read WHERE official_id = 1', '%permission denied%',
                   'an admin cannot name inbox_read.official_id');
RESET SESSION AUTHORIZATION;

-- The definer paths: names for the rows one may see, nothing of the others.
SELECT name AS victim_name FROM casedesk.official WHERE id = :victim \gset
SELECT max(r.id) AS v_report FROM casedesk.task_report r WHERE r.author_id = :victim AND r.task_id = :some_task \gset
SELECT max(id) AS v_doc FROM casedesk.document WHERE doc_no = 'XCB-TEST-9999' \gset
SET SESSION AUTHORIZATION t_other;
SELECT is(casedesk.task_actor('task', :some_task, 'responsible_id'), NULL,
          'staff: another unit''s task gives no responsible name');
SELECT is(casedesk.task_actor('task_report', :v_report, 'author_id'), NULL, 'nor a report''s author');
SELECT is(casedesk.task_actor('task', 999999999, 'responsible_id'), NULL, '(as a task that does not exist)');
SELECT is(casedesk.document_field(:v_doc, 'party_name'), NULL, 'nor another unit''s document''s party');
SELECT is((SELECT count(*)::int FROM casedesk.my_inbox_page(false, NULL, NULL) m
            WHERE m.kind = 'card_issued' AND m.task_id = :some_task AND NOT m.to_unit), 0,
          'nor the victim''s personal notification');
SELECT is((SELECT count(*)::int FROM casedesk.task t WHERE t.id IN (SELECT casedesk.my_responsible_task_ids())
            AND t.lead_unit_id <> :gmz), 0, '"my tasks" holds none of another unit''s');
SET SESSION AUTHORIZATION t_sup;
SELECT is(casedesk.task_actor('task', :some_task, 'responsible_id'), :'victim_name',
          'a supervisor reads the responsible official of any task');
SELECT is(casedesk.task_actor('task_report', :v_report, 'author_id'), :'victim_name', 'and a report''s author');
SELECT is(casedesk.task_actor('task_extension', (SELECT max(id) FROM casedesk.task_extension WHERE task_id = :some_task),
                              'requested_by'), :'victim_name', 'and who asked for more time');
SELECT is(casedesk.document_field(:v_doc, 'party_name'), '龙须沟甲', 'and the party of any document');
RESET SESSION AUTHORIZATION;
SELECT login AS victim_login FROM casedesk.official WHERE id = :victim \gset
SELECT format('SET SESSION AUTHORIZATION %I', :'victim_login') \gexec
SELECT is((SELECT count(*)::int FROM casedesk.my_inbox_page(false, NULL, NULL) m
            WHERE m.kind = 'card_issued' AND m.task_id = :some_task AND NOT m.to_unit), 1,
          'the victim reads their own notification');
SELECT is((SELECT count(*)::int FROM casedesk.my_inbox m WHERE m.kind = 'card_issued' AND m.task_id = :some_task AND NOT m.to_unit), 1,
          'through the my_inbox view too');
SELECT ok(:some_task IN (SELECT casedesk.my_responsible_task_ids()), 'and finds the task under "my tasks"');
SELECT is(casedesk.task_actor('task', :some_task, 'responsible_id', 'login'), :'victim_login',
          'with their own login as the responsible one');
RESET SESSION AUTHORIZATION;

SELECT * FROM finish();
ROLLBACK;
