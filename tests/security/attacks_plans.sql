-- Query-plan side channels and PIPL masking (issue 11, class 1; Deliver 2).
-- As staff of one unit (t_other, gmz), every personal and actor column of
-- case_file, expropriation, petition, payment, official and the audit
-- history is probed with =, ranges, LIKE, IN and ANY under EXPLAIN (ANALYZE,
-- FORMAT JSON), with the planner's enable_* settings toggled: the output
-- (plan shape, row estimates, actual rows, "Rows Removed by Filter") must
-- be the same for a value another unit's row holds and for a value nobody
-- holds.  Supervisors and inspectors read every unit, so they are probed
-- on the full ID and phone numbers only (masked for them too); the admin on
-- everything.  Then: no pg_stats row for those columns, masks in the
-- history, the case form's read and the export, and a full number only on
-- demand, with its look-up logged.
-- pgTAP, run by tests/lib/pgtap.sh.
-- pg_cluster: 0.05
\set QUIET 1

-- A full number on demand, in autocommit as the real client asks for it, so
-- that the log row is committed (the part in BEGIN below checks it).
SELECT c.id AS rv_case, c.party_phone AS rv_full FROM casedesk.case_file c
  JOIN casedesk.unit u ON u.id = c.unit_id
 WHERE u.code = 'xcb' AND c.party_phone IS NOT NULL ORDER BY c.id LIMIT 1 \gset
SELECT count(*) FILTER (WHERE table_name = 'number_reveal') AS rv_logged_before
  FROM casedesk.audit_log \gset
SET SESSION AUTHORIZATION xcb_01;
SELECT casedesk.case_reveal_request(:rv_case, 'party_phone') AS rv_req \gset
SELECT casedesk.case_reveal(:rv_req) AS rv_got \gset
-- the look-up committed; the sealer (the watchdog, here the installer) chains it
SELECT casedesk.audit_seal() AS ignored \gset
RESET SESSION AUTHORIZATION;

BEGIN;
\ir ../sql/tasks_users.sql
SELECT * FROM no_plan();
ANALYZE casedesk.case_file, casedesk.expropriation, casedesk.petition, casedesk.payment,
    casedesk.official, casedesk.audit_log;

SELECT id AS gmz FROM casedesk.unit WHERE code = 'gmz' \gset
SELECT id AS xcb FROM casedesk.unit WHERE code = 'xcb' \gset

-- A clerk of xcb changes one of their cases: the history the others probe.
SELECT min(id) AS b_case FROM casedesk.case_file WHERE unit_id = :xcb AND status NOT IN ('closed') \gset
SELECT min(id) AS a_case FROM casedesk.case_file WHERE unit_id = :gmz AND party_phone IS NOT NULL \gset
SET SESSION AUTHORIZATION t_lead;
UPDATE casedesk.case_file SET party_phone = '13812345678', note = '已电话联系' WHERE id = :b_case;
RESET SESSION AUTHORIZATION;

-- What is probed: each column with a value a row outside gmz holds (hit)
-- and one no row holds (miss).
CREATE TEMP TABLE target (tbl text, col text, kind text, typ text, hit text, miss text);
CREATE FUNCTION pg_temp.add_target(p_tbl text, p_col text, p_kind text, p_typ text, p_miss text)
    RETURNS void LANGUAGE plpgsql AS $$
DECLARE v text;
BEGIN
    EXECUTE format('SELECT %I::text FROM casedesk.%I WHERE %I IS NOT NULL AND %s ORDER BY id DESC LIMIT 1',
                   p_col, p_tbl, p_col,
                   CASE WHEN p_tbl = 'official' THEN 'true'
                        ELSE format('unit_id <> %s', (SELECT id FROM casedesk.unit WHERE code = 'gmz')) END)
        INTO v;
    INSERT INTO target VALUES (p_tbl, p_col, p_kind, p_typ, v, p_miss);
END $$;
UPDATE casedesk.official SET phone = '13987654321' WHERE login = 't_lead';
SELECT pg_temp.add_target('case_file', 'party_name', 'name', 'text', '龘龘龘'),
       pg_temp.add_target('case_file', 'party_phone', 'phone', 'text', '10000000000'),
       pg_temp.add_target('case_file', 'address', 'address', 'text', '龘龘路0号'),
       pg_temp.add_target('case_file', 'handled_by', 'actor', 'integer', '-1'),
       pg_temp.add_target('case_file', 'created_by', 'actor', 'integer', '-1'),
       pg_temp.add_target('expropriation', 'party_id_no', 'id', 'text', '000000000000000000'),
       pg_temp.add_target('petition', 'petitioner', 'name', 'text', '龘龘龘'),
       pg_temp.add_target('petition', 'phone', 'phone', 'text', '10000000000'),
       pg_temp.add_target('payment', 'payee', 'name', 'text', '龘龘龘'),
       pg_temp.add_target('payment', 'recorded_by', 'actor', 'integer', '-1'),
       pg_temp.add_target('official', 'phone', 'phone', 'text', '10000000000');
SELECT is((SELECT count(*)::int FROM target WHERE hit IS NOT NULL), 11,
          'every probed column has a value held by a row the attacker cannot see');

-- The probes: a query template (%1$s table, %2$s column, %3$s value as a
-- literal of the column's type) and the planner settings.
CREATE TEMP TABLE probe (name text, sql text);
INSERT INTO probe VALUES
    ('=',       'SELECT 1 FROM casedesk.%1$s WHERE %2$s = %3$s'),
    ('>= <=',   'SELECT 1 FROM casedesk.%1$s WHERE %2$s >= %3$s AND %2$s <= %3$s'),
    ('<',       'SELECT count(*) FROM casedesk.%1$s WHERE %2$s < %3$s'),
    ('LIKE',    'SELECT 1 FROM casedesk.%1$s WHERE %2$s::text LIKE %3$s::text || ''%%'''),
    ('IN',      'SELECT 1 FROM casedesk.%1$s WHERE %2$s IN (%3$s, NULL)'),
    ('ANY',     'SELECT 1 FROM casedesk.%1$s WHERE %2$s = ANY (ARRAY[%3$s])'),
    ('expr',    'SELECT 1 FROM casedesk.%1$s WHERE replace(%2$s::text, ''-'', '''') = replace(%3$s::text, ''-'', '''')'),
    ('row',     'SELECT 1 FROM casedesk.%1$s t WHERE t::text LIKE ''%%'' || %3$s::text || ''%%'''),
    ('UPDATE',  'UPDATE casedesk.%1$s SET version = version WHERE %2$s = %3$s');
CREATE TEMP TABLE setting (gucs text[]);
INSERT INTO setting VALUES ('{}'), ('{enable_seqscan}'), ('{enable_seqscan,enable_bitmapscan}'),
    ('{enable_indexscan,enable_indexonlyscan}'), ('{enable_indexscan,enable_bitmapscan,enable_hashjoin}');

-- EXPLAIN (ANALYZE, FORMAT JSON) of p_sql with the settings off, undone
-- afterwards (an UPDATE probe changes nothing); timings left out.
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
    RETURN regexp_replace(v_out, '"(Actual Startup Time|Actual Total Time|Planning Time|Execution Time|Peak Memory Usage|Sort Space Used)": [0-9.]+,?', '', 'g');
END $$;

CREATE TEMP TABLE attack (role text, what text, hit text, miss text);
GRANT SELECT, INSERT ON target, probe, setting, attack TO PUBLIC;

-- Every probe of every target of the given kinds, as the current user.
CREATE FUNCTION pg_temp.attack_all(p_kinds text[], p_skip text DEFAULT '') RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    t record;
    p record;
    s record;
BEGIN
    FOR t IN SELECT * FROM target WHERE kind = ANY (p_kinds) AND tbl <> p_skip LOOP
        FOR p IN SELECT * FROM probe LOOP
            FOR s IN SELECT * FROM setting LOOP
                INSERT INTO attack VALUES (session_user,
                    format('%s.%s %s, off: %s', t.tbl, t.col, p.name, s.gucs),
                    pg_temp.plan(format(p.sql, t.tbl, t.col, format('%L::%s', t.hit, t.typ)), s.gucs),
                    pg_temp.plan(format(p.sql, t.tbl, t.col, format('%L::%s', t.miss, t.typ)), s.gucs));
            END LOOP;
        END LOOP;
    END LOOP;
END $$;

-- The audit history: another clerk's changes by login, another unit's row
-- by id.
CREATE FUNCTION pg_temp.attack_history(p_row bigint) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    s record;
BEGIN
    FOR s IN SELECT * FROM setting LOOP
        INSERT INTO attack VALUES (session_user, format('audit_history login =, off: %s', s.gucs),
            pg_temp.plan('SELECT 1 FROM casedesk.audit_history WHERE login = ''t_lead''', s.gucs),
            pg_temp.plan('SELECT 1 FROM casedesk.audit_history WHERE login = ''nobody_here''', s.gucs));
        INSERT INTO attack VALUES (session_user, format('audit_history login >=, off: %s', s.gucs),
            pg_temp.plan('SELECT count(*) FROM casedesk.audit_history WHERE login >= ''t_lead'' AND login <= ''t_lead''', s.gucs),
            pg_temp.plan('SELECT count(*) FROM casedesk.audit_history WHERE login >= ''nobody'' AND login <= ''nobody''', s.gucs));
        INSERT INTO attack VALUES (session_user, format('audit_history row_id =, off: %s', s.gucs),
            pg_temp.plan(format('SELECT 1 FROM casedesk.audit_history WHERE table_name = ''case_file'' AND row_id = %s', p_row), s.gucs),
            pg_temp.plan('SELECT 1 FROM casedesk.audit_history WHERE table_name = ''case_file'' AND row_id = 999999999', s.gucs));
        INSERT INTO attack VALUES (session_user, format('row_history, off: %s', s.gucs),
            pg_temp.plan(format('SELECT * FROM casedesk.row_history(''case_file'', %s)', p_row), s.gucs),
            pg_temp.plan('SELECT * FROM casedesk.row_history(''case_file'', 999999999)', s.gucs));
        INSERT INTO attack VALUES (session_user, format('audit_log login =, off: %s', s.gucs),
            pg_temp.plan('SELECT 1 FROM casedesk.audit_log WHERE login = ''t_lead''', s.gucs),
            pg_temp.plan('SELECT 1 FROM casedesk.audit_log WHERE login = ''nobody_here''', s.gucs));
    END LOOP;
END $$;

SET SESSION AUTHORIZATION t_other;       -- staff of 关庙镇 (gmz)
SELECT pg_temp.attack_all(ARRAY['id', 'phone', 'name', 'address', 'actor']);
SELECT pg_temp.attack_history(:b_case);
SET SESSION AUTHORIZATION t_sup;
SELECT pg_temp.attack_all(ARRAY['id', 'phone']);
SET SESSION AUTHORIZATION t_insp;
SELECT pg_temp.attack_all(ARRAY['id', 'phone']);
SET SESSION AUTHORIZATION t_adm;         -- keeps officials' phones (accounts are theirs)
SELECT pg_temp.attack_all(ARRAY['id', 'phone', 'name', 'address', 'actor'], 'official');
SELECT pg_temp.attack_history(:b_case);
RESET SESSION AUTHORIZATION;

SELECT is(hit, miss, role || ': ' || what) FROM attack ORDER BY role, what;
SELECT diag(format('attacks tried as %s: %s, refused or blind: %s', role, count(*),
                   count(*) FILTER (WHERE hit = miss)))
  FROM attack GROUP BY role ORDER BY role;

-- Statistics and the estimates they feed.
SET SESSION AUTHORIZATION t_other;
SELECT is((SELECT count(*)::int FROM pg_stats s JOIN casedesk.personal_column p
             ON p.table_name = s.tablename AND p.column_name = s.attname
          WHERE s.schemaname = 'casedesk'), 0, 'staff: no pg_stats row of a personal column');
SELECT is((SELECT count(*)::int FROM pg_stats_ext WHERE schemaname = 'casedesk'), 0,
          'staff: no extended statistics either');
SET SESSION AUTHORIZATION t_sup;
SELECT is((SELECT count(*)::int FROM pg_stats s JOIN casedesk.personal_column p
             ON p.table_name = s.tablename AND p.column_name = s.attname
          WHERE s.schemaname = 'casedesk' AND p.kind IN ('id', 'phone')), 0,
          'supervisor: no pg_stats row of an ID or phone column');
SELECT throws_like($$SELECT party_id_no FROM casedesk.expropriation LIMIT 1$$, '%permission denied%',
                   'a supervisor cannot read full ID numbers directly');
SET SESSION AUTHORIZATION t_insp;
SELECT throws_like($$SELECT party_phone FROM casedesk.case_file LIMIT 1$$, '%permission denied%',
                   'an inspector cannot read full phone numbers directly');
SELECT is((SELECT count(*)::int FROM casedesk.case_list_page('', '', 0, 0, 0, false, '', '', false,
                                                         'number', true, 0, NULL, 5000)),
          (SELECT count(*)::int FROM casedesk.case_file), 'inspectors still list every unit''s cases');

-- What staff still do: their own unit's list, form, history, edits.
SET SESSION AUTHORIZATION t_lead;
SELECT is((SELECT party_phone FROM casedesk.case_party(:b_case)), '138****5678',
          'the case form reads the phone masked');
SELECT is((SELECT new_value FROM casedesk.row_history('case_file', :b_case) WHERE field = 'party_phone'
            ORDER BY audit_id DESC LIMIT 1), '138****5678', 'the history shows the new phone masked');
SELECT is((SELECT count(*)::int FROM casedesk.row_history('case_file', :b_case)
            WHERE old_value ~ '1[3-9][0-9]{9}' OR new_value ~ '1[3-9][0-9]{9}'), 0,
          'and no full phone number anywhere in it');
SELECT is((SELECT new_value FROM casedesk.row_history('case_file', :b_case) WHERE field = 'note'
            ORDER BY audit_id DESC LIMIT 1), '已电话联系', 'other fields of the history as they are');
SELECT is((SELECT count(*)::int FROM casedesk.petition p CROSS JOIN LATERAL casedesk.petition_party(p.id) q
            WHERE q.phone ~ '^[0-9]{11}$'), 0, 'petitioners'' phones come masked');
SELECT ok((SELECT count(*) FROM casedesk.case_party_export('expropriation', 0, '2000-01-01', '2100-01-01')) > 0,
          'the export has rows');
SELECT is((SELECT count(*)::int FROM casedesk.case_party_export('expropriation', 0, '2000-01-01', '2100-01-01')
            WHERE party_phone ~ '^[0-9]{11}$' OR party_id_no ~ '^[0-9]{17}'), 0,
          'the export carries no full ID or phone number');
SELECT is((SELECT count(*)::int FROM casedesk.case_party_export('expropriation', 0, '2000-01-01', '2100-01-01') e
            JOIN casedesk.case_file c ON c.id = e.id WHERE c.unit_id <> :xcb), 0,
          'and only the clerk''s own unit');
SELECT is((SELECT count(*)::int FROM casedesk.case_list_page('', '', 0, 0, 0, false, '', '', false,
                                                         'number', true, 0, NULL, 5000)),
          (SELECT count(*)::int FROM casedesk.case_file), 'the list shows exactly the unit''s cases');
SELECT is((SELECT count(*)::int FROM casedesk.case_list_page('', '', :gmz, 0, 0, false, '', '', false,
                                                         'number', true, 0, NULL, 5000)), 0,
          'and none of another unit, even when asked for');
SELECT lives_ok(format($$UPDATE casedesk.case_file SET party_phone = '13900001111' WHERE id = %s$$, :b_case),
                'a clerk still changes a phone (UPDATE ... SET to a value)');
SELECT throws_like(format($$UPDATE casedesk.case_file SET note = 'x' WHERE id = %s RETURNING party_phone$$, :b_case),
                   '%permission denied%', 'but RETURNING a personal column is refused');
SELECT throws_like(format($$UPDATE casedesk.case_file SET party_phone = '138****1111' WHERE id = %s$$, :b_case),
                   '%phone%', 'and a mask is never saved as a number');
SELECT casedesk.case_reveal_request(:b_case, 'party_phone') AS b_req \gset
SELECT throws_like(format($$SELECT casedesk.case_reveal(%s)$$, :b_req),
                   '%logged and committed%', 'no full number while its log row could still be rolled back');
SELECT throws_like(format($$SELECT casedesk.case_reveal(%s)$$, :rv_req),
                   '%logged and committed%', 'nor through another login''s look-up');
SELECT throws_like(format($$SELECT casedesk.case_reveal_request(%s, 'party_phone')$$, :a_case),
                   '%no such number%', 'another unit''s phone: refused');
SELECT throws_like($$SELECT casedesk.case_reveal_request(999999999, 'party_phone')$$,
                   '%no such number%', 'with the same sentence as a case that does not exist');
RESET SESSION AUTHORIZATION;

-- The look-up made in autocommit at the top of this file.
SELECT is(:'rv_got'::text, :'rv_full'::text, 'the full number on demand');
SELECT ok((SELECT count(*) FROM casedesk.number_reveal
            WHERE case_id = :rv_case AND login = 'xcb_01' AND field = 'party_phone') >= 1,
          'the look-up is logged with who and which field');
SELECT is((SELECT count(*)::int FROM casedesk.audit_log
            WHERE table_name = 'number_reveal' AND new_row ->> 'case_id' = :'rv_case' AND login = 'xcb_01'),
          :rv_logged_before + 1, 'and chained into the audit trail, once');

SELECT * FROM finish();
ROLLBACK;
