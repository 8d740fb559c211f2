-- Discipline records are confidential: staff, supervisors and administrators
-- read nothing of them through any table, view, function or statistic; the
-- flagged official never sees their flag; the flagger sees only open/closed
-- for their own receipt.  pgTAP, run by tests/lib/pgtap.sh, NOT in one
-- transaction (the read protocol needs committed reads; the cluster is
-- private to this file).  (A disabled user's login and "no NOTIFY ever mentions them"
-- need real connections and commits: discipline_notify.sh.)
\ir ../lib/fixture.sql
\ir discipline_users.sql
SELECT * FROM no_plan();
\set as_flagger 'SET SESSION AUTHORIZATION t_flagger;'
\set as_flagged 'SET SESSION AUTHORIZATION t_flagged;'
\set as_other   'SET SESSION AUTHORIZATION t_other;'
\set as_ins     'SET SESSION AUTHORIZATION t_ins;'
\set as_ins2    'SET SESSION AUTHORIZATION t_ins2;'
\set as_sup     'SET SESSION AUTHORIZATION t_sup;'
\set as_su      'RESET SESSION AUTHORIZATION;'

-- The message of the error a statement raises as the current role (NULL if none).
CREATE FUNCTION pg_temp.error_of(p_sql text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE p_sql;
    RETURN NULL;
EXCEPTION WHEN OTHERS THEN
    RETURN SQLERRM;
END $$;
-- A count as the current role, 0 when the statement is refused.
CREATE FUNCTION pg_temp.count_or_zero(p_sql text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE n bigint;
BEGIN
    EXECUTE p_sql INTO n;
    RETURN n;
EXCEPTION WHEN OTHERS THEN
    RETURN 0;
END $$;
GRANT EXECUTE ON FUNCTION pg_temp.error_of(text), pg_temp.count_or_zero(text) TO PUBLIC;

-- --- flagging -------------------------------------------------------------
:as_flagger
SELECT casedesk.flag_official(:id_flagged, 'soliciting', '收受拆迁户红包两千元') AS r1 \gset
SELECT matches(:'r1'::text, '^JB-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$', 'staff can flag an official and gets a random receipt');
SELECT casedesk.flag_official(:id_flagged, 'favouritism', '给亲戚多算面积') AS r2 \gset
:as_other
SELECT casedesk.flag_official(:id_flagged, 'leaking', '提前透露评估价') AS r3 \gset
SELECT matches(:'r3'::text, '^JB-', 'another staff member can flag the same official');
:as_sup
SELECT casedesk.flag_official(:id_ins2, 'inaction', '对举报不理不睬') AS r4 \gset
SELECT matches(:'r4'::text, '^JB-', 'a supervisor can flag an inspector');
SELECT isnt(:'r1'::text, :'r2'::text, 'receipts differ between flags');
-- receipts carry no ordering: the two receipts of one flagger are not adjacent numbers
SELECT ok(abs(('x' || lpad(replace(substr(:'r1', 4), '-', ''), 16, '0'))::bit(64)::bigint
            - ('x' || lpad(replace(substr(:'r2', 4), '-', ''), 16, '0'))::bit(64)::bigint) > 1000,
          'receipts are not sequential');

:as_flagger
SELECT is(casedesk.flag_receipt_status(:'r1')::text, 'open', 'the flagger sees ''open'' for their receipt');
SELECT is(casedesk.flag_receipt_status(lower(:'r1'))::text, 'open', 'receipts are case-insensitive');
SELECT is(coalesce(casedesk.flag_receipt_status(:'r3')::text, 'none'), 'none', 'the flagger sees nothing for someone else''s receipt');
:as_flagged
SELECT is(coalesce(casedesk.flag_receipt_status(:'r1')::text, 'none'), 'none', 'the flagged official sees nothing for the receipt about them');
:as_flagger
SELECT is(coalesce(casedesk.flag_receipt_status('JB-0000-0000-0000')::text, 'none'), 'none', 'a made-up receipt looks exactly like someone else''s');
SELECT is((SELECT count(*) FROM casedesk.my_flag_receipts())::int, 2, 'my_flag_receipts lists the caller''s own two');
:as_flagged
SELECT is((SELECT count(*) FROM casedesk.my_flag_receipts())::int, 0, 'the flagged official has no receipts');

-- refusals are about the input only
:as_su
SELECT casedesk.user_disable('t_other') AS ignored \gset
:as_flagger
SELECT pg_temp.error_of(format($$SELECT casedesk.flag_official(%s, 'other', 'x')$$, :id_other)) AS e1,
       pg_temp.error_of($$SELECT casedesk.flag_official(999999, 'other', 'x')$$) AS e2 \gset
SELECT matches(:'e1'::text, 'does not exist or is no longer active', 'flagging a disabled official is refused');
SELECT is(:'e1'::text, :'e2'::text, 'disabled and non-existent officials get the same sentence');
SELECT throws_like(format($$SELECT casedesk.flag_official(%s, 'other', '   ')$$, :id_flagged), '%facts of the flag must not be empty%', 'empty facts are refused');
SELECT throws_like(format($$SELECT casedesk.flag_official(%s, 'bribery', 'x')$$, :id_flagged), '%category must be one of%', 'an unknown category is refused');
SELECT throws_like(format($$SELECT casedesk.flag_official(%s, 'other', 'x', NULL, ARRAY[987654]::bigint[])$$, :id_flagged),
                   '%Each task named in the flag must be one you can see%', 'a non-existent task is refused');
:as_su
CREATE ROLE t_stranger LOGIN IN ROLE casedesk_staff;
SET SESSION AUTHORIZATION t_stranger;
SELECT throws_like(format($$SELECT casedesk.flag_official(%s, 'other', 'x')$$, :id_flagged), '%Only active casedesk users%',
                   'a role without an official record cannot flag');

-- --- nothing readable by non-inspectors -------------------------------------
-- For each of them, in this order: every discipline table, every discipline
-- function, the statistics that could count rows, audit_log, privileges.
:as_su
WITH who(w, login) AS (VALUES (1, 't_flagger'), (2, 't_flagged'), (3, 't_sup'), (4, 't_adm')),
tbl(n, t) AS (VALUES (1, 'discipline_record'), (2, 'discipline_flagger'), (3, 'discipline_link'), (4, 'discipline_audit')),
fn(n, f) AS (VALUES (1, 'discipline_list(''x'')'), (2, 'discipline_get(''x'')'), (3, 'discipline_open_by_category_unit(''x'')'),
                    (4, 'discipline_overdue_reviews(''x'')'), (5, 'discipline_repeat_officials(''x'')'),
                    (6, 'official_evidence(''x'')'), (7, 'log_discipline_read(''discipline_record'', 1)'),
                    (8, 'discipline_start_review(1)'), (9, 'discipline_route(1, ''set_aside'', ''x'')'),
                    (10, 'discipline_conclude(1, ''warning'', current_date, ''x'')'),
                    (11, 'discipline_insert(' || :id_flagged || ', ''other'', ''x'', ''flag'', NULL, NULL, NULL, ''JB-0000-0000-0001'', now())'),
                    (12, 'audit_append(''discipline_audit'', ''discipline_record'', 1, ''READ'', NULL, NULL)'),
                    (13, 'discipline_audit_about_me(''discipline_record'', 1, NULL)'),
                    (14, 'discipline_auto_flag_inaction(1, ' || :id_flagged || ')'),
                    (15, 'discipline_request(''record'', ''{"id": 1}'')'), (16, 'discipline_history(''x'')'),
                    (17, 'discipline_file_flag(''t_flagger'', now(), ''{}'')'), (18, 'discipline_read_ready(''x'')'),
                    (19, 'discipline_stage_flag(1, ''other'', ''x'', ''flag'', 1, NULL, NULL)'),
                    (20, 'audit_chain_row(''discipline_audit'', now(), ''x'', 1, ''x'', 1, ''READ'', NULL, NULL)')),
checks(g, n, who, test) AS (
    SELECT 1, t.n, w.login, format('SELECT throws_ok(%L, %L, %L, %L)', 'SELECT count(*) FROM casedesk.' || t.t, '42501',
                                   'permission denied for table ' || t.t,
                                   w.login || ': count(*) on ' || t.t || ' is refused and says nothing more')
      FROM who w, tbl t
    UNION ALL
    SELECT 2, f.n, w.login, format('SELECT throws_like(%L, %L, %L)', 'SELECT * FROM casedesk.' || f.f,
                                   'permission denied for function%', w.login || ': casedesk.' || f.f || ' is refused')
      FROM who w, fn f
    UNION ALL
    SELECT 3, s.n, w.login, format('SELECT throws_like(%L, %L, %L)', s.q, '%permission denied%', w.login || ': ' || s.d)
      FROM who w, (VALUES
          (1, $$SELECT n_live_tup FROM pg_stat_user_tables WHERE relname = 'discipline_record'$$,
              'pg_stat_user_tables does not give the count away'),
          (2, $$SELECT pg_stat_get_tuples_inserted('casedesk.discipline_record'::regclass)$$,
              'pg_stat_get_* does not give the count away'),
          (3, $$SELECT pg_total_relation_size('casedesk.discipline_record')$$,
              'the relation size is not readable')) s(n, q, d)
    UNION ALL
    SELECT 4, 1, w.login, format('SELECT is(pg_temp.count_or_zero(%L), 0::bigint, %L)',
                                 $$SELECT count(*) FROM casedesk.audit_log WHERE table_name LIKE 'discipline%'$$,
                                 w.login || ': audit_log holds no discipline rows')
      FROM who w
    UNION ALL
    SELECT 4, 2, w.login, format('SELECT is((SELECT count(*) FROM information_schema.table_privileges WHERE table_name LIKE %L)::int, 0, %L)',
                                 'discipline%', w.login || ': no privilege on any discipline table')
      FROM who w)
SELECT format('SET SESSION AUTHORIZATION %I', c.who), c.test
  FROM checks c JOIN who w ON w.login = c.who
 ORDER BY w.w, c.g, c.n \gexec
:as_su
-- file the staged flags, then chain the rows filing them wrote
SELECT casedesk.audit_seal() AS sealed \gset
SELECT casedesk.audit_seal() AS sealed \gset
SELECT is((SELECT count(*) FROM casedesk.audit_log WHERE table_name LIKE 'discipline%' OR table_name = 'flag_request')::int, 0,
          'discipline changes never reach the general audit_log');
SELECT is((SELECT count(*) FROM casedesk.discipline_record WHERE id < 1000000)::int, 0,
          'record ids are random, not a count (no gaps to spot)');
SELECT is((SELECT reltuples <= 0 FROM pg_class WHERE oid = 'casedesk.discipline_record'::regclass), true,
          'pg_class.reltuples does not carry the count');
SELECT is((SELECT count(*) FROM casedesk.discipline_audit WHERE op = 'INSERT')::int, 12,
          'every flag went into discipline_audit (request, record and flagger row; 4 flags)');
SELECT is((SELECT string_agg(DISTINCT login, ',' ORDER BY login) FROM casedesk.discipline_audit
            WHERE op = 'INSERT' AND table_name = 'discipline_record'), 't_flagger,t_other,t_sup',
          'the records are audited under their filers'' logins, not the sealer''s');

-- --- the flagged official among the inspectors -------------------------------
:as_ins2
SELECT casedesk.discipline_request('list', '{}') AS tok \gset
SELECT casedesk.audit_seal() AS sealed \gset
SELECT coalesce(string_agg(official_id::text, ','), '') AS ids FROM casedesk.discipline_list(:'tok') \gset
SELECT ok(',' || :'ids' || ',' NOT LIKE '%,' || :id_ins2 || ',%', 'an inspector does not see flags about themselves in discipline_list');
SELECT matches(:'ids'::text, '^' || :id_flagged || '(,' || :id_flagged || ')*$', '... but sees the others');
:as_su
SELECT r.id AS own FROM casedesk.discipline_record r WHERE r.official_id = :id_ins2 \gset
:as_ins2
SELECT casedesk.discipline_request('record', jsonb_build_object('id', :own)) AS tok \gset
SELECT casedesk.audit_seal() AS sealed \gset
SELECT is((SELECT count(*) FROM casedesk.discipline_get(:'tok'))::int, 0, 'discipline_get of a record about oneself returns nothing');
SELECT throws_like(format('SELECT casedesk.discipline_start_review(%s)', :own), '%Discipline record ' || :own || ' does not exist%',
                   'an inspector cannot act on a record about themselves');
SELECT throws_ok('SELECT count(*) FROM casedesk.discipline_audit', '42501', 'permission denied for table discipline_audit',
          'the flagged inspector cannot read the discipline audit (no ids, links or counts to compare)');
:as_ins
SELECT throws_ok('SELECT count(*) FROM casedesk.discipline_audit', '42501', 'permission denied for table discipline_audit',
          'nor can any other inspector: content leaves only through the read protocol');
:as_su

SELECT * FROM finish();
