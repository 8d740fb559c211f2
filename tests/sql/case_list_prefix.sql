-- The case list's `l` filter with one or two characters (issue 16, item 3):
-- a number or a name starting with them, or an address holding the two,
-- asked three ways on their own (functions/065_personal.sql) — the same
-- rows, in the same order, as the plain condition says, whether the
-- address way finds few cases (their ids) or more than 2,000 (the list's
-- own order, each address tested), for the district and for one unit.
-- pgTAP, run by tests/lib/pgtap.sh; rolled back.
-- pg_cluster: 0.02
BEGIN;
\ir tasks_users.sql
SELECT * FROM no_plan();
-- 2,100 cases on one street (大道), 30 with a party 欧阳…, from one case of xcb
SET session_replication_role = replica;
INSERT INTO casedesk.case_file (id, case_no, kind, unit_id, village_id, status, opened_on,
                                closed_on, deadline, party_name, address)
SELECT m.id + g, 'QQ-2026-' || lpad(g::text, 6, '0'), t.kind, t.unit_id, t.village_id, t.status,
       t.opened_on - (g % 300), t.closed_on, t.deadline,
       CASE WHEN g % 70 = 0 THEN '欧阳' || g ELSE '李' || g END, '测试大道' || g || '号'
  FROM (SELECT c.* FROM casedesk.case_file c JOIN casedesk.unit u ON u.id = c.unit_id
         WHERE u.code = 'xcb' ORDER BY c.id LIMIT 1) t,
       (SELECT max(id) AS id FROM casedesk.case_file) m, generate_series(1, 2100) g;
SET session_replication_role = origin;
ANALYZE casedesk.case_file;
SELECT id AS xcb FROM casedesk.unit WHERE code = 'xcb' \gset

-- What the filter means, said plainly (as the superuser, over every row).
CREATE TEMP TABLE want AS
SELECT x.t, x.scope, c.id, c.opened_on
  FROM (VALUES ('大道', 0), ('欧阳', 0), ('QQ', 0), ('李', 0), ('大道', :xcb), ('欧阳', :xcb)) x(t, scope)
  JOIN casedesk.case_file c
    ON (x.scope = 0 OR c.unit_id = x.scope)
   AND (c.case_no LIKE upper(x.t) || '%' OR c.party_name LIKE x.t || '%'
        OR (char_length(x.t) = 2 AND strpos(lower(c.address), lower(x.t)) > 0));
GRANT SELECT ON want TO PUBLIC;
SELECT ok((SELECT count(*) FROM casedesk.case_file WHERE address LIKE '%大道%') > 2000,
          'more than 2,000 addresses hold 大道: the list walks its order for them');
SELECT ok((SELECT count(*) FROM want WHERE t = '欧阳' AND scope = 0) BETWEEN 30 AND 2000,
          'a few names start with 欧阳: their ids are the condition');

SET SESSION AUTHORIZATION t_sup;
SELECT is(casedesk.case_list_count('', '', 0, 0, 0, false, t, t || '%', true, 5000),
          (SELECT count(*) FROM want w WHERE w.t = x.t AND w.scope = 0),
          'the district''s count of ' || t || ' is what the condition says')
  FROM (VALUES ('大道'), ('欧阳'), ('QQ'), ('李')) x(t);
SELECT is(casedesk.case_list_count('', '', 0, 0, 0, false, '大道', '大道%', true, 1000), 1001::bigint,
          'capped at 1,000 (and one) when more match');
SELECT is((SELECT array_agg(p.id) FROM casedesk.case_list_page('', '', 0, 0, 0, false, t, t || '%', true,
                                                              'opened', false, 0, NULL, 61) p),
          (SELECT array_agg(w.id) FROM (SELECT w.id FROM want w WHERE w.t = x.t AND w.scope = 0
                                         ORDER BY w.opened_on DESC, w.id DESC LIMIT 61) w),
          'the first page of ' || t || ', newest first, is the condition''s')
  FROM (VALUES ('大道'), ('欧阳'), ('QQ'), ('李')) x(t);
RESET SESSION AUTHORIZATION;

SET SESSION AUTHORIZATION t_lead;
SELECT is(casedesk.case_list_count('', '', 0, 0, 0, false, t, t || '%', true, 5000),
          (SELECT count(*) FROM want w WHERE w.t = x.t AND w.scope = :xcb),
          'a clerk of xcb counts only the unit''s ' || t)
  FROM (VALUES ('大道'), ('欧阳')) x(t);
SELECT is((SELECT array_agg(p.id) FROM casedesk.case_list_page('', '', 0, 0, 0, false, '大道', '大道%', true,
                                                              'number', true, 0, NULL, 61) p),
          (SELECT array_agg(w.id) FROM (SELECT w.id FROM want w JOIN casedesk.case_file c ON c.id = w.id
                                         WHERE w.t = '大道' AND w.scope = :xcb
                                         ORDER BY c.case_no, c.id LIMIT 61) w),
          'and pages them by number as the condition orders them');
RESET SESSION AUTHORIZATION;
SELECT * FROM finish();
ROLLBACK;
