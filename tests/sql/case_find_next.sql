-- `/` in the case list (issue 16, item 4): casedesk.case_find_next asks
-- each shown column by its own index (functions/210) and must find exactly
-- the row a walk of the whole list would: the first one after the cursor, in
-- the list's order, whose number, party, village, unit, opening date or
-- deadline matches the pattern (any case), or whose kind or status is one
-- of the codes.  Compared here with that walk (case_list_page over every
-- row, the pattern tested on what it returns) for literal names, numbers,
-- dates, village and unit names, regular expressions and codes, each sort
-- both ways, from the top and from a row in the middle, with and without an
-- `l` text, for the district and for one unit's clerk.  Also: nothing found
-- is nothing (no row), and a clerk never gets another unit's case.
-- pgTAP, run by tests/lib/pgtap.sh; rolled back.
-- pg_cluster: 0.02
BEGIN;
\ir tasks_users.sql
SELECT * FROM no_plan();
-- 2,100 cases of one xcb case's village, names 李…, every 70th 欧阳…, one
-- 王建新 the furthest down the list newest first (the lowest number, the
-- oldest date): the match that used to be beyond any page-by-page search.
SET session_replication_role = replica;
INSERT INTO casedesk.case_file (id, case_no, kind, unit_id, village_id, status, opened_on,
                                closed_on, deadline, party_name, address)
SELECT m.id + g, 'QQ-2026-' || lpad(g::text, 6, '0'), t.kind, t.unit_id, t.village_id, t.status,
       t.opened_on - (g % 300) - CASE WHEN g = 1 THEN 400 ELSE 0 END, t.closed_on,
       t.opened_on - (g % 300) + 60,
       CASE WHEN g = 1 THEN '王建新' WHEN g % 70 = 0 THEN '欧阳' || g ELSE '李' || g END,
       '测试大道' || g || '号'
  FROM (SELECT c.* FROM casedesk.case_file c JOIN casedesk.unit u ON u.id = c.unit_id
         WHERE u.code = 'xcb' ORDER BY c.id LIMIT 1) t,
       (SELECT max(id) AS id FROM casedesk.case_file) m, generate_series(1, 2100) g;
SET session_replication_role = origin;
ANALYZE casedesk.case_file;
SELECT id AS xcb FROM casedesk.unit WHERE code = 'xcb' \gset

-- What to look for: a village and a unit by (part of) their names, a day
-- that some cases opened on and a deadline day, from the data itself.
SELECT v.name AS vname FROM casedesk.village v JOIN casedesk.unit u ON u.id = v.unit_id
 WHERE u.code <> 'xcb' AND EXISTS (SELECT 1 FROM casedesk.case_file c WHERE c.village_id = v.id)
 ORDER BY v.id LIMIT 1 \gset
SELECT u.name AS uname FROM casedesk.unit u WHERE u.code = 'ldb' \gset
SELECT to_char(min(opened_on), 'YYYY-MM') AS month FROM casedesk.case_file \gset
SELECT max(deadline)::text AS dday FROM casedesk.case_file WHERE unit_id <> :xcb \gset

CREATE TEMP TABLE pattern (re text, codes text[]);
INSERT INTO pattern VALUES
    ('王建新', '{}'), ('欧阳', '{}'), ('欧阳700', '{}'), ('qq-2026-0010', '{}'), ('QQ-2026-002100', '{}'),
    (:'vname', '{}'), (:'uname', '{}'), (:'month', '{}'), (:'dday', '{}'),
    ('^李1[0-9]$', '{}'), ('欧阳7|QQ-2026-00201', '{}'), ('无此人', '{}'), ('无此人', '{closed}'),
    ('无此人', '{violation}'), ('-0[0-9]-1', '{}'),
    -- LIKE's own characters are text in a literal: 李1_ is not 李10
    ('李1_', '{}'), ('1%', '{}'), ('QQ-2026-0020_', '{}');
-- the sorts, both ways, each from the top and from its 700th row
CREATE TEMP TABLE cursor_at (sort text, asc_ boolean, who text, after_id bigint, after text);
GRANT SELECT ON pattern, cursor_at TO PUBLIC;

CREATE FUNCTION pg_temp.walk(p_text text, p_like text, p_prefix boolean, p_sort text, p_asc boolean,
                             p_id bigint, p_after text, p_re text, p_codes text[]) RETURNS bigint
    LANGUAGE sql STABLE AS $$
    SELECT p.id FROM casedesk.case_list_page('', '', 0, 0, 0, false, p_text, p_like, p_prefix,
                                             p_sort, p_asc, p_id, p_after, 1000000)
                     WITH ORDINALITY p(id, version, case_no, kind, status, unit_code, unit_name,
                                       village_name, party_name, opened_on, deadline, overdue, sortval, o)
     WHERE p.case_no ~* p_re OR p.party_name ~* p_re OR p.village_name ~* p_re OR p.unit_name ~* p_re
        OR p.opened_on ~* p_re OR p.deadline ~* p_re OR p.kind = ANY (p_codes) OR p.status = ANY (p_codes)
     ORDER BY p.o LIMIT 1 $$;
CREATE FUNCTION pg_temp.found(p_text text, p_like text, p_prefix boolean, p_sort text, p_asc boolean,
                              p_id bigint, p_after text, p_re text, p_codes text[]) RETURNS bigint
    LANGUAGE sql STABLE AS $$
    SELECT f.id FROM casedesk.case_find_next('', '', 0, 0, 0, false, p_text, p_like, p_prefix,
                                             p_sort, p_asc, p_id, p_after, p_re, p_codes) f $$;

-- Every pattern, every sort and cursor: found = walked, as WHO.
CREATE FUNCTION pg_temp.compare(p_who text, p_text text, p_like text, p_prefix boolean)
    RETURNS TABLE (ok boolean, what text) LANGUAGE sql AS $$
    SELECT pg_temp.found(p_text, p_like, p_prefix, k.sort, k.asc_, k.after_id, k.after, x.re, x.codes)
               IS NOT DISTINCT FROM
           pg_temp.walk(p_text, p_like, p_prefix, k.sort, k.asc_, k.after_id, k.after, x.re, x.codes),
           format('%s / %s %s: %s %s after %s', p_who, x.re, x.codes, k.sort,
                  CASE WHEN k.asc_ THEN 'up' ELSE 'down' END, coalesce(k.after, 'the top'))
      FROM pattern x, cursor_at k WHERE k.who = p_who $$;

-- The cursors: the top, and the 700th row of each order as WHO sees it.
CREATE FUNCTION pg_temp.cursors(p_who text) RETURNS void LANGUAGE sql AS $$
    INSERT INTO cursor_at
    SELECT s.sort, a.asc_, p_who, 0, NULL FROM unnest(ARRAY['number', 'opened', 'status']) s(sort),
           unnest(ARRAY[true, false]) a(asc_)
    UNION ALL
    SELECT s.sort, a.asc_, p_who, p.id, p.sortval
      FROM unnest(ARRAY['number', 'opened', 'status']) s(sort), unnest(ARRAY[true, false]) a(asc_),
           LATERAL (SELECT * FROM casedesk.case_list_page('', '', 0, 0, 0, false, '', '', false, s.sort,
                                                          a.asc_, 0, NULL, 700)
                     OFFSET 699) p $$;
GRANT INSERT ON cursor_at TO PUBLIC;

SELECT ok((SELECT count(*) FROM casedesk.case_file) > 2100, 'more than 2,100 cases to look through');

SET SESSION AUTHORIZATION t_sup;
SELECT pg_temp.cursors('t_sup');
SELECT ok(pg_temp.walk('', '', false, 'opened', false, 0, NULL, '王建新', '{}') IS NOT NULL,
          '王建新 is in the district''s list');
SELECT ok(c.ok, 'the district: ' || c.what) FROM pg_temp.compare('t_sup', '', '', false) c;
-- under an `l` text: a prefix (its address way too) and a longer text
SELECT ok(c.ok, 'the district, l 李: ' || c.what) FROM pg_temp.compare('t_sup', '李', '李%', true) c
 WHERE c.what ~ 'after the top';
SELECT ok(c.ok, 'the district, l 大道: ' || c.what) FROM pg_temp.compare('t_sup', '大道', '大道%', true) c
 WHERE c.what ~ 'opened down';
SELECT ok(c.ok, 'the district, l 大道1: ' || c.what) FROM pg_temp.compare('t_sup', '大道1', '%大道1%', false) c
 WHERE c.what ~ 'number up';
SELECT is(pg_temp.found('', '', false, 'opened', false, 0, NULL, '无此人', '{}'), NULL,
          'a pattern nothing matches finds no row');
RESET SESSION AUTHORIZATION;

SET SESSION AUTHORIZATION t_lead;
SELECT pg_temp.cursors('t_lead');
SELECT ok(c.ok, 'a clerk of xcb: ' || c.what) FROM pg_temp.compare('t_lead', '', '', false) c;
SELECT is(pg_temp.found('', '', false, 'opened', false, 0, NULL, :'uname', '{}'), NULL,
          'a clerk of xcb finds no case of ' || :'uname' || ' (another unit)');
SELECT is((SELECT count(*) FROM casedesk.case_file c
            WHERE c.id = pg_temp.found('', '', false, 'number', true, 0, NULL, :'vname', '{}')
              AND c.unit_id <> :xcb), 0::bigint,
          'nor a case of the village ' || :'vname' || ' of another unit');
RESET SESSION AUTHORIZATION;
SELECT * FROM finish();
ROLLBACK;
