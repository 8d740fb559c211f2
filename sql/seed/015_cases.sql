-- seed/015_cases: key projects, resettlement communities, expropriation
-- cases (~5,000 per scale unit) with their payments, violation cases (~3,000
-- per scale unit), patrol logs, violation-free villages and petitions.
--
-- Runs after 010_places in the same transaction, triggers off (replica), so
-- everything a trigger would derive is computed here: case numbers and their
-- counters, paid_total, stock, lost violation-free titles.  Set-based
-- throughout (scale 200 = ~1.6 million cases loads in minutes).  Dates are
-- relative to current_date (the last four years), so there is always work
-- due soon and overdue; everything else is a hash of the row number.

-- One-off statements over generated rows: compiling them with JIT costs far
-- more than it saves (seconds per statement).
SET LOCAL jit = off;

CREATE OR REPLACE FUNCTION pg_temp.h(i bigint, salt text) RETURNS bigint
    LANGUAGE sql IMMUTABLE
AS $$ SELECT ('x' || substr(md5(i::text || salt), 1, 8))::bit(32)::bigint $$;

CREATE OR REPLACE FUNCTION pg_temp.pick(a text[], n bigint) RETURNS text
    LANGUAGE sql IMMUTABLE
AS $$ SELECT a[1 + (n % array_length(a, 1))::integer] $$;

CREATE OR REPLACE FUNCTION pg_temp.cn_name(i bigint, salt text) RETURNS text
    LANGUAGE sql IMMUTABLE
AS $$
    SELECT pg_temp.pick('{王,李,张,刘,陈,杨,黄,赵,吴,周,徐,孙,马,朱,胡,郭,何,高,林,罗,郑,梁,谢,宋,唐,许,韩,冯,邓,曹,彭,曾,肖,田,董,袁,潘,蒋,蔡,余,杜,叶,程,苏,魏,吕,丁,任,沈,姚,卢,姜,崔,钟,谭,陆,汪,范,金,石,廖,贾,夏,付,方,白,邹,孟,熊,秦,邱,江,尹,薛,段,雷,侯,龙,史,陶,黎,贺,顾,毛,郝,龚,邵,万,覃,武,戴,孔,向,汤,柯,鲁,储,冉}'::text[],
               pg_temp.h(i, salt || 's'))
        || pg_temp.pick('{建,国,红,文,海,志,明,永,德,金,玉,春,秀,桂,小,晓,家,俊,长,宏,世,成,兴,正,华,立,光,新,学,振,子,思,雨,欣,佳,梦,丽}'::text[],
               pg_temp.h(i, salt || 'g1'))
        || CASE WHEN pg_temp.h(i, salt || 'n') % 4 = 0 THEN ''
           ELSE pg_temp.pick('{伟,芳,娜,敏,静,丽,强,磊,军,洋,勇,艳,杰,娟,涛,超,霞,平,刚,英,华,兰,波,辉,斌,鹏,宇,浩,凯,晨,婷,雪,琳,峰,林,荣,福,生,安,平,云,琴,梅,刚,武,东,江,山,成}'::text[],
               pg_temp.h(i, salt || 'g2')) END
$$;

-- GB 11643 citizen ID: 610902 (汉滨区) + birth date + sequence + check digit.
CREATE OR REPLACE FUNCTION pg_temp.citizen_id(i bigint) RETURNS text
    LANGUAGE plpgsql IMMUTABLE
AS $$
DECLARE
    s text := '610902' || to_char(date '1935-01-01' + (pg_temp.h(i, 'birth') % 25000)::integer, 'YYYYMMDD')
              || lpad((pg_temp.h(i, 'seq') % 1000)::text, 3, '0');
    w int[] := '{7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2}';
    n int := 0;
BEGIN
    FOR k IN 1..17 LOOP
        n := n + (ascii(substr(s, k, 1)) - 48) * w[k];
    END LOOP;
    RETURN s || substr('10X98765432', n % 11 + 1, 1);
END $$;

-- GB 32100 unified social credit code: 91 (enterprise) + 610902 + 9 + check.
CREATE OR REPLACE FUNCTION pg_temp.credit_code(i bigint) RETURNS text
    LANGUAGE sql IMMUTABLE
AS $$
    WITH b AS (
        SELECT '91610902' || lpad((pg_temp.h(i, 'org') % 1000000000)::text, 9, '0') AS s)
    SELECT b.s || substr('0123456789ABCDEFGHJKLMNPQRTUWXY',
                 (31 - sum((strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr(b.s, k, 1)) - 1)
                 * (ARRAY[1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28])[k]) % 31)::integer % 31 + 1, 1)
      FROM b, generate_series(1, 17) AS k
     GROUP BY b.s
$$;

CREATE OR REPLACE FUNCTION pg_temp.mobile(i bigint, salt text) RETURNS text
    LANGUAGE sql IMMUTABLE
AS $$ SELECT '1' || pg_temp.pick('{3,5,7,8,9}'::text[], pg_temp.h(i, salt || 'a'))
             || lpad((pg_temp.h(i, salt || 'b') % 1000000000)::text, 9, '0') $$;

-- Secondary indexes of the big tables are dropped for the bulk load and
-- rebuilt at the end from their own definitions (whoever created them):
-- building a trigram index once is many times faster than maintaining it
-- row by row.
SET LOCAL maintenance_work_mem = '256MB';
CREATE TEMP TABLE seed_index ON COMMIT DROP AS
SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
  FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
 WHERE t.relnamespace = 'casedesk'::regnamespace
   AND t.relname IN ('case_file','expropriation','violation','payment','patrol','patrol_village','petition')
   AND NOT i.indisprimary AND NOT i.indisunique
   AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid);
DO $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT name FROM seed_index ORDER BY name LOOP
        EXECUTE 'DROP INDEX ' || r.name;
    END LOOP;
END $$;

-- --------------------------------------------------- projects, communities
INSERT INTO casedesk.project (code, name, kind, lead_unit_id, started_on, budget_packaged,
                              funding_need, account_no)
SELECT p.code, p.name, p.kind, (SELECT id FROM casedesk.unit WHERE code = 'zsb'),
       current_date - p.age, p.budget * 10000::numeric, p.need * 10000::numeric,
       '6105016' || lpad(p.ord::text, 3, '0') || '20000' || lpad((p.ord * 7919)::text, 6, '0')
  FROM (VALUES
    (1, 'pg-xincheng', '新城片区棚户区改造', 'shantytown', 1500, 380000, 455000),
    (2, 'pg-laocheng', '老城片区棚户区改造', 'shantytown', 1400, 260000, 340000),
    (3, 'pg-jiangbei', '江北片区棚户区改造', 'shantytown', 1300, 210000, 236000),
    (4, 'pg-guanmiao', '关庙集镇棚户区改造', 'shantytown', 1000, 90000, 128000),
    (5, 'airport', '安康机场迁建', 'major', 1460, 520000, 515000),
    (6, 'chengdong', '城东新区建设', 'major', 1200, 800000, 960000),
    (7, 'anlan', '安岚高速汉滨段', 'major', 1100, 300000, 318000),
    (8, 'beihuan', '北环线', 'major', 900, 150000, 172000),
    (9, 'changchun', '长春路改造', 'major', 700, 60000, 66000)
  ) AS p(ord, code, name, kind, age, budget, need)
 ORDER BY p.ord;

INSERT INTO casedesk.project_unit (project_id, unit_id)
SELECT p.id, u.id
  FROM (VALUES
    ('pg-xincheng', '{xcb,jmb}'), ('pg-laocheng', '{ldb}'), ('pg-jiangbei', '{jbb}'),
    ('pg-guanmiao', '{gmz}'), ('airport', '{wlz,ztz}'), ('chengdong', '{ztz,gmz,jmb}'),
    ('anlan', '{dtz,jhz,wlz}'), ('beihuan', '{jbb,jmb,dtz}'), ('changchun', '{jbb,xcb}')
  ) AS g(code, units)
  JOIN casedesk.project p ON p.code = g.code
  CROSS JOIN LATERAL unnest(g.units::text[]) WITH ORDINALITY AS x(code, ord)
  JOIN casedesk.unit u ON u.code = x.code
 ORDER BY p.id, x.ord;

INSERT INTO casedesk.resettlement_community (name, unit_id, flats_planned, flats_ready)
SELECT c.name, u.id, c.planned, c.ready
  FROM (VALUES (1, '柑树安置社区', 'jmb', 4200, 3100), (2, '西坝安置社区', 'ldb', 3600, 3600),
               (3, '张岭安置社区', 'jbb', 2800, 1500), (4, '五里安置社区', 'wlz', 1900, 600),
               (5, '关庙安置社区', 'gmz', 1200, 1200)) AS c(ord, name, code, planned, ready)
  JOIN casedesk.unit u ON u.code = c.code
 ORDER BY c.ord;

-- Lookup arrays so the big inserts below pick by index.  The CTEs below are
-- MATERIALIZED: inlined, every reference to a derived column would compute
-- its hashes again.
CREATE TEMP TABLE seed_unit ON COMMIT DROP AS
SELECT u.id AS unit_id, u.code, u.name,
       (SELECT array_agg(v.id ORDER BY v.id) FROM casedesk.village v WHERE v.unit_id = u.id) AS villages,
       (SELECT array_agg(v.name ORDER BY v.id) FROM casedesk.village v WHERE v.unit_id = u.id) AS vnames,
       (SELECT array_agg(o.id ORDER BY o.id) FROM casedesk.official o
         WHERE o.unit_id = u.id AND o.role = 'staff') AS staff
  FROM casedesk.unit u
 WHERE u.kind IN ('town','subdistrict');

CREATE TEMP TABLE seed_project ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY p.id) - 1 AS k, p.id AS project_id,
       array_agg(pu.unit_id ORDER BY pu.id) AS units
  FROM casedesk.project p JOIN casedesk.project_unit pu ON pu.project_id = p.id
 GROUP BY p.id;
ANALYZE seed_unit;
ANALYZE seed_project;

-- ------------------------------------------------------ expropriation cases
-- stage: 0 registered .. 7 closed, about one stage per 150 days of age; 1 in
-- 40 is a holdout who never signs (the statutory forced path).
CREATE TEMP TABLE seed_exp ON COMMIT DROP AS
WITH base AS MATERIALIZED (
    SELECT i,
           (pg_temp.h(i, 'age') % 1460)::integer AS age,
           pg_temp.h(i, 'kind') % 25 = 0 AS enterprise,
           pg_temp.h(i, 'holdout') % 40 = 0 AS holdout,
           pg_temp.h(i, 'proj') % (SELECT count(*) FROM seed_project) AS project_k
      FROM generate_series(1, greatest(1, round(5000 * current_setting('casedesk.seed_scale')::numeric))::integer) AS i
), placed AS MATERIALIZED (
    SELECT b.*, sp.project_id, su.unit_id, su.name AS unit_name,
           su.villages[1 + (pg_temp.h(i, 'vil') % array_length(su.villages, 1))::integer] AS village_id,
           su.vnames[1 + (pg_temp.h(i, 'vil') % array_length(su.villages, 1))::integer] AS village_name,
           su.staff[1 + (pg_temp.h(i, 'staff') % array_length(su.staff, 1))::integer] AS handler,
           least(7, floor(b.age * (0.6 + (pg_temp.h(i, 'pace') % 1000) / 1250.0) / 150))::integer AS stage0
      FROM base b
      JOIN seed_project sp ON sp.k = b.project_k
      JOIN seed_unit su ON su.unit_id = sp.units[1 + (pg_temp.h(b.i, 'unit') % array_length(sp.units, 1))::integer]
), staged AS MATERIALIZED (
    SELECT p.*, CASE WHEN p.holdout THEN least(p.stage0, 2) ELSE p.stage0 END AS stage,
           current_date - p.age AS opened_on,
           CASE WHEN p.enterprise THEN 300 + pg_temp.h(i, 'area') % 19700
                ELSE 60 + pg_temp.h(i, 'area') % 340 END
             + (pg_temp.h(i, 'areac') % 100) / 100.0 AS house_area
      FROM placed p
)
SELECT s.*,
       -- step k of a case at stage n happens at opened_on + age*k/(n+1)
       CASE WHEN s.stage >= 1 THEN s.opened_on + s.age * 1 / (s.stage + 1) END AS surveyed_on,
       CASE WHEN s.stage >= 2 THEN s.opened_on + s.age * 2 / (s.stage + 1) END AS assessed_on,
       CASE WHEN s.stage >= 3 THEN s.opened_on + s.age * 3 / (s.stage + 1) END AS signed_on,
       CASE WHEN s.stage >= 4 THEN s.opened_on + s.age * 4 / (s.stage + 1) END AS paid_on,
       CASE WHEN s.stage >= 5 THEN s.opened_on + s.age * 5 / (s.stage + 1) END AS vacated_on,
       CASE WHEN s.stage >= 6 THEN s.opened_on + s.age * 6 / (s.stage + 1) END AS demolished_on,
       CASE WHEN s.stage >= 7 THEN s.opened_on + s.age * 7 / (s.stage + 1) END AS closed_on,
       CASE WHEN s.stage >= 2 THEN round(s.house_area * (2500 + pg_temp.h(i, 'price') % 3000), -2) END AS comp,
       CASE WHEN s.enterprise THEN 1 + (pg_temp.h(i, 'land') % 49000) / 1000.0
            ELSE 0.2 + (pg_temp.h(i, 'land') % 1300) / 1000.0 END AS land_mu,
       CASE WHEN s.stage >= 3 THEN
            CASE WHEN pg_temp.h(i, 'res') % 100 < 62 THEN 'money' ELSE 'flat' END END AS resettlement
  FROM staged s;

ANALYZE seed_exp;

-- Holdouts take the statutory compulsory route (migration 102): the
-- expropriation decision 30 days after assessment, the compensation decision
-- at 120, the demand (催告) once the review and lawsuit windows have passed
-- (+190 days), the application to court 20 days later, the ruling 20 days
-- after that, the compensation deposited (提存) 5 days later, forced
-- demolition a month after the ruling on a weekday, closed 40 days later —
-- as far as today allows.
CREATE TEMP TABLE seed_forced ON COMMIT DROP AS
SELECT i, d1, CASE WHEN d2 <= current_date THEN d2 END AS d2,
       CASE WHEN dm <= current_date THEN dm END AS dm,
       CASE WHEN da <= current_date THEN da END AS da,
       CASE WHEN d3 <= current_date THEN d3 END AS d3,
       CASE WHEN dd <= current_date THEN dd END AS dd,
       CASE WHEN d4 <= current_date THEN d4 END AS d4,
       CASE WHEN d5 <= current_date THEN d5 END AS d5
  FROM (SELECT i, d1, d2, dm, da, d3, dd, d4, d4 + 40 AS d5
          FROM (SELECT i, assessed_on + 30 AS d1, assessed_on + 120 AS d2, assessed_on + 310 AS dm,
                       assessed_on + 330 AS da, assessed_on + 350 AS d3, assessed_on + 355 AS dd,
                       assessed_on + 380 + CASE extract(isodow FROM assessed_on + 380)
                                            WHEN 6 THEN 2 WHEN 7 THEN 1 ELSE 0 END AS d4
                  FROM seed_exp WHERE holdout AND stage = 2) y) x
 WHERE d1 <= current_date;

INSERT INTO casedesk.case_file (id, case_no, kind, unit_id, village_id, status, opened_on, closed_on,
        deadline, handled_by, party_name, party_phone, address, created_by, created_at)
SELECT e.i,
       'ZS-' || extract(year FROM e.opened_on) || '-'
         || lpad(row_number() OVER (PARTITION BY extract(year FROM e.opened_on) ORDER BY e.opened_on, e.i)::text, 6, '0'),
       'expropriation', e.unit_id, e.village_id,
       CASE WHEN f.d5 IS NOT NULL THEN 'closed' WHEN f.d4 IS NOT NULL THEN 'demolished'
            ELSE (ARRAY['registered','surveyed','assessed','agreement_signed','compensation_paid',
                        'vacated','demolished','closed'])[e.stage + 1] END,
       e.opened_on, coalesce(e.closed_on, f.d5), NULL, e.handler,
       CASE WHEN e.enterprise THEN
            '安康市' || pg_temp.pick('{汉江,秦巴,金州,兴安,瀛湖,富硒,香溪,龙舟,江北,城东}'::text[], pg_temp.h(e.i, 'co1'))
            || pg_temp.pick('{建材有限公司,商贸有限公司,食品厂,运输有限公司,农业专业合作社,木器加工厂,汽修厂,砖厂,物流有限公司,茶业有限公司}'::text[], pg_temp.h(e.i, 'co2'))
            ELSE pg_temp.cn_name(e.i, 'party') END,
       CASE WHEN pg_temp.h(e.i, 'hasph') % 10 < 9 THEN pg_temp.mobile(e.i, 'party') END,
       e.unit_name || e.village_name || (1 + pg_temp.h(e.i, 'grp') % 12) || '组'
         || (1 + pg_temp.h(e.i, 'no') % 90) || '号',
       e.handler, e.opened_on::timestamptz
  FROM seed_exp e LEFT JOIN seed_forced f ON f.i = e.i;

INSERT INTO casedesk.expropriation (id, unit_id, project_id, party_kind, party_id_no, house_area,
        land_area_mu, surveyed_on, assessed_on, assessed_compensation, resettlement, community_id,
        signed_on, paid_total, paid_on, vacated_on, demolished_on, forced,
        expropriation_decision_on, expropriation_decision_no, compensation_decision_on,
        compensation_decision_no, court_enforcement_on, court_enforcement_no,
        demand_on, demand_no, court_application_on, court_application_no, deposit_on, deposit_no,
        flat_building, flat_unit, flat_room, flat_area_m2, flat_allocated_on, moved_in_on, transition_monthly)
SELECT e.i, e.unit_id, e.project_id,
       CASE WHEN e.enterprise THEN 'enterprise' ELSE 'household' END,
       CASE WHEN e.stage >= 1 OR pg_temp.h(e.i, 'hasid') % 2 = 0 THEN
            CASE WHEN e.enterprise THEN pg_temp.credit_code(e.i) ELSE pg_temp.citizen_id(e.i) END END,
       e.house_area, e.land_mu, e.surveyed_on, e.assessed_on, e.comp, e.resettlement,
       CASE WHEN e.resettlement = 'flat' THEN
            (SELECT array_agg(id ORDER BY id) FROM casedesk.resettlement_community)
                [1 + (pg_temp.h(e.i, 'comm') % 5)::integer] END,
       e.signed_on,
       CASE WHEN e.stage >= 4 THEN e.comp
            WHEN e.stage = 3 AND pg_temp.h(e.i, 'part') % 2 = 0 THEN round(e.comp * 0.6, 2)
            ELSE 0 END,
       e.paid_on, e.vacated_on, coalesce(e.demolished_on, f.d4), f.d4 IS NOT NULL,
       f.d1, CASE WHEN f.d1 IS NOT NULL THEN '汉政征字〔' || extract(year FROM f.d1) || '〕' || (1 + e.i % 97) || '号' END,
       f.d2, CASE WHEN f.d2 IS NOT NULL THEN '汉政补字〔' || extract(year FROM f.d2) || '〕' || (1 + e.i % 89) || '号' END,
       f.d3, CASE WHEN f.d3 IS NOT NULL THEN '（' || extract(year FROM f.d3) || '）陕0902行审' || (100 + e.i % 800) || '号' END,
       f.dm, CASE WHEN f.dm IS NOT NULL THEN '汉征催字〔' || extract(year FROM f.dm) || '〕' || (1 + e.i % 83) || '号' END,
       f.da, CASE WHEN f.da IS NOT NULL THEN '汉征申字〔' || extract(year FROM f.da) || '〕' || (1 + e.i % 79) || '号' END,
       f.dd, CASE WHEN f.dd IS NOT NULL THEN '（' || extract(year FROM f.dd) || '）陕安证提字第' || (10 + e.i % 500) || '号' END,
       -- a flat household is allocated its flat when it vacates (one flat
       -- per household: the building, floor and door follow from its
       -- number) and moves in when its case closes (migration 104)
       CASE WHEN e.flat_alloc THEN (1 + e.i / 72) || '号楼' END,
       CASE WHEN e.flat_alloc THEN (1 + e.i % 2) || '单元' END,
       CASE WHEN e.flat_alloc THEN ((1 + (e.i % 72) / 4) * 100 + 1 + e.i % 4)::text END,
       CASE WHEN e.flat_alloc THEN least(999, round(e.house_area * 0.9 + 10, 2)) END,
       CASE WHEN e.flat_alloc THEN e.vacated_on END,
       CASE WHEN e.flat_alloc THEN e.closed_on END,
       CASE WHEN e.flat_alloc THEN 10 * (100 + pg_temp.h(e.i, 'trans') % 200) END
  FROM (SELECT x.*, x.stage >= 5 AND NOT x.enterprise AND x.resettlement = 'flat' AS flat_alloc
          FROM seed_exp x) e
  LEFT JOIN seed_forced f ON f.i = e.i;

-- Payments from the project's dedicated account: 60% on signing, the rest
-- when paid in full.
INSERT INTO casedesk.payment (case_id, unit_id, amount, paid_on, payee, account, voucher_no, recorded_by)
SELECT e.i, e.unit_id, x.amount, x.paid_on, c.party_name, p.account_no,
       'PZ' || to_char(x.paid_on, 'YYYYMMDD') || lpad((e.i % 10000)::text, 4, '0') || x.k,
       e.handler
  FROM seed_exp e
  JOIN casedesk.case_file c ON c.id = e.i
  JOIN casedesk.project p ON p.id = e.project_id
  CROSS JOIN LATERAL (VALUES
        (1, round(e.comp * 0.6, 2), e.signed_on,
         e.stage >= 4 OR (e.stage = 3 AND pg_temp.h(e.i, 'part') % 2 = 0)),
        (2, e.comp - round(e.comp * 0.6, 2), e.paid_on, e.stage >= 4)
  ) AS x(k, amount, paid_on, wanted)
 WHERE x.wanted AND x.amount > 0
 ORDER BY e.i, x.k;

-- ---------------------------------------------------------------- patrols
-- Each town/office patrols every 2-4 days over the last year (shorter at
-- small scale); a patrol covers 2-4 of its villages.
CREATE TEMP TABLE seed_vio ON COMMIT DROP AS
WITH base AS MATERIALIZED (
    SELECT j, (SELECT max(i) FROM seed_exp) + j AS id,
           (pg_temp.h(j, 'vage') % 1460)::integer AS age,
           (ARRAY['xcb','ldb','jbb','jbb','jmb','jmb','gmz','gmz','gmz','ztz','ztz','ztz',
                  'wlz','wlz','dtz','dtz','jhz','jhz'])[1 + (pg_temp.h(j, 'vunit') % 18)::integer] AS code
      FROM generate_series(1, greatest(1, round(3000 * current_setting('casedesk.seed_scale')::numeric))::integer) AS j
), placed AS MATERIALIZED (
    SELECT b.*, su.unit_id, su.name AS unit_name, current_date - b.age AS found_on,
           su.villages[1 + (pg_temp.h(j, 'vvil') % array_length(su.villages, 1))::integer] AS village_id,
           su.vnames[1 + (pg_temp.h(j, 'vvil') % array_length(su.villages, 1))::integer] AS village_name,
           su.staff[1 + (pg_temp.h(j, 'vstaff') % array_length(su.staff, 1))::integer] AS handler,
           CASE WHEN pg_temp.h(j, 'sub') % 10 < 7 THEN 'construction' ELSE 'land' END AS subkind,
           (ARRAY['patrol','patrol','patrol','patrol','patrol','patrol','report','report',
                  'satellite','petition'])[1 + (pg_temp.h(j, 'src') % 10)::integer] AS found_by,
           pg_temp.h(j, 'built') % 10 AS builtk
      FROM base b JOIN seed_unit su ON su.code = b.code
), dated AS MATERIALIZED (
    SELECT p.*,
           CASE WHEN p.builtk < 3 THEN p.found_on - (200 + pg_temp.h(j, 'bage') % 2500)::integer
                WHEN p.builtk < 7 THEN p.found_on - (pg_temp.h(j, 'bage') % 60)::integer END AS built_on,
           p.found_on + (pg_temp.h(j, 'd1') % 4)::integer AS d1
      FROM placed p
), steps AS MATERIALIZED (
    SELECT d.*, d.d1 + (pg_temp.h(j, 'd2') % 6)::integer AS d2
      FROM dated d
), steps2 AS MATERIALIZED (
    SELECT s.*, s.d2 + (pg_temp.h(j, 'd3') % 4)::integer AS d3,
           s.d2 + (pg_temp.h(j, 'd3') % 4)::integer + 15 + (pg_temp.h(j, 'dl') % 46)::integer AS deadline,
           s.d2 + (pg_temp.h(j, 'd3') % 4)::integer + 5 + (pg_temp.h(j, 'd4') % 70)::integer AS d4
      FROM steps s
), steps3 AS MATERIALIZED (
    SELECT s.*, s.d4 + 3 + (pg_temp.h(j, 'd5') % 13)::integer AS d5,
           s.d4 + 3 + (pg_temp.h(j, 'd5') % 13)::integer + 1 + (pg_temp.h(j, 'd6') % 10)::integer AS d6,
           coalesce(s.built_on, s.found_on) < (SELECT casedesk.stock_cutoff()) AS stock,
           -- half the stock cases wait at rectifying for the disposal rules
           -- (存量处置办法尚未出台); one other case in ten stalls somewhere
           CASE WHEN coalesce(s.built_on, s.found_on) < (SELECT casedesk.stock_cutoff())
                     AND pg_temp.h(j, 'stall') % 2 = 0 THEN 3
                WHEN pg_temp.h(j, 'stall') % 10 = 1 THEN (pg_temp.h(j, 'stallat') % 6)::integer
                ELSE 6 END AS cap
      FROM steps2 s
)
SELECT s.*,
       least(s.cap, (s.d1 <= current_date)::integer + (s.d2 <= current_date)::integer
                  + (s.d3 <= current_date)::integer + (s.d4 <= current_date)::integer
                  + (s.d5 <= current_date)::integer + (s.d6 <= current_date)::integer) AS stage,
       CASE WHEN s.stock THEN (ARRAY['stock_disposal','stock_disposal','stock_disposal','demolished','rectified'])
                                  [1 + (pg_temp.h(j, 'resol') % 5)::integer]
            ELSE (ARRAY['demolished','demolished','rectified'])[1 + (pg_temp.h(j, 'resol') % 3)::integer] END AS resolution
  FROM steps3 s;

CREATE TEMP TABLE seed_patrol ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY d.patrol_on, d.unit_id) AS id, d.unit_id, d.patrol_on
  FROM (SELECT su.unit_id, current_date - k AS patrol_on
          FROM seed_unit su
          CROSS JOIN generate_series(0, greatest(20, round(365 * least(current_setting('casedesk.seed_scale')::numeric * 4, 1)))::integer) AS k
         WHERE pg_temp.h(su.unit_id * 100000 + k, 'pday') % 3 = 0
        UNION
        SELECT unit_id, found_on FROM seed_vio WHERE found_by = 'patrol') d;

ANALYZE seed_vio;
ANALYZE seed_patrol;

INSERT INTO casedesk.patrol (id, unit_id, patrol_on, members, notes, recorded_by)
SELECT p.id, p.unit_id, p.patrol_on,
       (SELECT string_agg(o.name, '、' ORDER BY o.id) FROM casedesk.official o
         WHERE o.id = ANY (su.staff)
           AND (pg_temp.h(p.id * 1000 + o.id, 'mem') % 3 = 0 OR o.id = su.staff[1 + (p.id % array_length(su.staff, 1))::integer])),
       CASE WHEN pg_temp.h(p.id, 'pnote') % 4 = 0 THEN
            pg_temp.pick('{未发现新增违法建设,重点巡查河道沿线,联合国土所巡查,节假日专项巡查,对已拆除点位复查}'::text[], pg_temp.h(p.id, 'pn')) END,
       su.staff[1 + (p.id % array_length(su.staff, 1))::integer]
  FROM seed_patrol p JOIN seed_unit su ON su.unit_id = p.unit_id
 ORDER BY p.id;

INSERT INTO casedesk.patrol_village (patrol_id, unit_id, village_id)
SELECT DISTINCT ON (v.patrol_id, v.village_id) v.patrol_id, v.unit_id, v.village_id
  FROM (SELECT p.id AS patrol_id, p.unit_id,
               su.villages[1 + (pg_temp.h(p.id * 10 + n, 'pv') % array_length(su.villages, 1))::integer] AS village_id
          FROM seed_patrol p JOIN seed_unit su ON su.unit_id = p.unit_id
          CROSS JOIN LATERAL generate_series(1, 2 + (pg_temp.h(p.id, 'pvn') % 3)::integer) AS n
        UNION ALL
        SELECT p.id, p.unit_id, s.village_id
          FROM seed_vio s JOIN seed_patrol p ON p.unit_id = s.unit_id AND p.patrol_on = s.found_on
         WHERE s.found_by = 'patrol') v
 ORDER BY v.patrol_id, v.village_id;

-- --------------------------------------------------------- violation cases
INSERT INTO casedesk.case_file (id, case_no, kind, unit_id, village_id, status, opened_on, closed_on,
        deadline, handled_by, party_name, party_phone, address, created_by, created_at)
SELECT s.id,
       'LW-' || extract(year FROM s.found_on) || '-'
         || lpad(row_number() OVER (PARTITION BY extract(year FROM s.found_on) ORDER BY s.found_on, s.j)::text, 6, '0'),
       'violation', s.unit_id, s.village_id,
       CASE s.stage WHEN 0 THEN 'found' WHEN 1 THEN 'verified' WHEN 2 THEN 'stop_notice'
            WHEN 3 THEN 'rectifying' WHEN 4 THEN s.resolution WHEN 5 THEN 'reinspected' ELSE 'closed' END,
       s.found_on, CASE WHEN s.stage = 6 THEN s.d6 END,
       CASE WHEN s.stage = 3 THEN s.deadline END,
       s.handler, pg_temp.cn_name(s.j, 'owner'),
       CASE WHEN pg_temp.h(s.j, 'vph') % 2 = 0 THEN pg_temp.mobile(s.j, 'owner') END,
       s.unit_name || s.village_name || (1 + pg_temp.h(s.j, 'vgrp') % 12) || '组'
         || pg_temp.pick('{河堤旁,公路边,老宅东侧,承包地内,山脚下,菜地内,院坝后,厂房北侧}'::text[], pg_temp.h(s.j, 'spot')),
       s.handler, s.found_on::timestamptz
  FROM seed_vio s;

INSERT INTO casedesk.violation (id, unit_id, subkind, found_by, patrol_id, lat, lon, area_m2, floors,
        built_on, stock, found_on, verified_on, stop_notice_on, stop_notice_no, rectify_ordered_on,
        rectify_deadline, resolution, resolved_on, reinspected_on)
SELECT s.id, s.unit_id, s.subkind, s.found_by, p.id,
       CASE WHEN pg_temp.h(s.j, 'gps') % 3 > 0 THEN 32.600000 + (pg_temp.h(s.j, 'lat') % 150000) / 1000000.0 END,
       CASE WHEN pg_temp.h(s.j, 'gps') % 3 > 0 THEN 108.900000 + (pg_temp.h(s.j, 'lon') % 250000) / 1000000.0 END,
       CASE WHEN s.subkind = 'construction' THEN 30 + pg_temp.h(s.j, 'varea') % 570
            ELSE 100 + pg_temp.h(s.j, 'varea') % 4900 END + (pg_temp.h(s.j, 'vareac') % 100) / 100.0,
       CASE WHEN s.subkind = 'construction' THEN 1 + (pg_temp.h(s.j, 'floors') % 5)::integer ELSE 0 END,
       s.built_on, s.stock, s.found_on,
       CASE WHEN s.stage >= 1 THEN s.d1 END,
       CASE WHEN s.stage >= 2 THEN s.d2 END,
       CASE WHEN s.stage >= 2 THEN '汉' || pg_temp.pick('{新,老,江,建,关,张,五,大,吉}'::text[], s.unit_id)
            || '停字〔' || extract(year FROM s.d2) || '〕' || (1 + s.j % 500) || '号' END,
       CASE WHEN s.stage >= 3 THEN s.d3 END,
       CASE WHEN s.stage >= 3 THEN s.deadline END,
       CASE WHEN s.stage >= 4 THEN s.resolution END,
       CASE WHEN s.stage >= 4 THEN s.d4 END,
       CASE WHEN s.stage >= 5 THEN s.d5 END
  FROM seed_vio s
  LEFT JOIN seed_patrol p ON s.found_by = 'patrol' AND p.unit_id = s.unit_id AND p.patrol_on = s.found_on;

DO $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT def FROM seed_index ORDER BY name LOOP
        EXECUTE r.def;
    END LOOP;
END $$;
ANALYZE casedesk.case_file;
ANALYZE casedesk.expropriation;
ANALYZE casedesk.violation;

-- ------------------------------------------------- counters and sequences
INSERT INTO casedesk.case_counter (prefix, year, last)
SELECT left(case_no, 2), substr(case_no, 4, 4)::integer, max(right(case_no, 6)::integer)
  FROM casedesk.case_file
 GROUP BY 1, 2
 ORDER BY 1, 2;

SELECT setval(pg_get_serial_sequence('casedesk.case_file', 'id'),
              greatest(1, (SELECT max(id) FROM casedesk.case_file)));
SELECT setval(pg_get_serial_sequence('casedesk.patrol', 'id'),
              greatest(1, (SELECT max(id) FROM casedesk.patrol)));

-- ---------------------------------------------------- violation-free villages
-- A quarter of the villages were certified 300-1000 days ago by the 两控办;
-- those where a violation was found since have lost the title.
CREATE TEMP TABLE seed_cert ON COMMIT DROP AS
SELECT v.id AS village_id, current_date - (300 + pg_temp.h(v.id, 'cert') % 700)::integer AS certified_on
  FROM casedesk.village v
 WHERE pg_temp.h(v.id, 'certk') % 4 = 0;

INSERT INTO casedesk.village_certification (village_id, certified_on, certified_by, lost_on, lost_case_id)
SELECT c.village_id, c.certified_on,
       (SELECT o.id FROM casedesk.official o JOIN casedesk.unit u ON u.id = o.unit_id
         WHERE u.code = 'lkb' ORDER BY o.id LIMIT 1),
       l.found_on, l.id
  FROM seed_cert c
  LEFT JOIN LATERAL (
        SELECT f.id, f.opened_on AS found_on FROM casedesk.case_file f
         WHERE f.kind = 'violation' AND f.village_id = c.village_id AND f.opened_on >= c.certified_on
         ORDER BY f.opened_on, f.id LIMIT 1) l ON true
 ORDER BY c.village_id;

UPDATE casedesk.village v SET violation_free_since = c.certified_on
  FROM casedesk.village_certification c
 WHERE c.village_id = v.id AND c.lost_on IS NULL;

-- --------------------------------------------------------------- petitions
-- About 120 per scale unit, on expropriation cases; answered within 5-75
-- days (some late), a few still open and overdue.
INSERT INTO casedesk.petition (unit_id, project_id, case_id, petitioner, phone, received_on, subject,
        content, status, answered_on, answer)
SELECT c.unit_id, x.project_id, c.id, c.party_name, c.party_phone, r.received_on,
       pg_temp.pick('{补偿标准偏低,安置房分配,评估结果异议,过渡费发放,宅基地面积认定,企业停产停业损失,强制拆除程序异议}'::text[],
                    pg_temp.h(k, 'subj')),
       NULL,
       CASE WHEN a.answered_on IS NULL THEN 'open'
            WHEN pg_temp.h(k, 'closed') % 2 = 0 THEN 'closed' ELSE 'answered' END,
       a.answered_on,
       CASE WHEN a.answered_on IS NOT NULL THEN
            pg_temp.pick('{已按政策解释答复,已复核评估并书面答复,已协调安置房源,已转区征收办办理,诉求不予支持并告知复核途径}'::text[],
                         pg_temp.h(k, 'ans')) END
  FROM (SELECT k, 1 + pg_temp.h(k, 'pcase') % (SELECT count(*) FROM seed_exp) AS case_id
          FROM generate_series(1, greatest(3, round(120 * current_setting('casedesk.seed_scale')::numeric))::integer) AS k) t
  JOIN casedesk.case_file c ON c.id = t.case_id
  JOIN casedesk.expropriation x ON x.id = c.id
  CROSS JOIN LATERAL (SELECT least(current_date,
        c.opened_on + (pg_temp.h(k, 'recv') % greatest(1, current_date - c.opened_on + 1))::integer) AS received_on) r
  CROSS JOIN LATERAL (SELECT CASE WHEN pg_temp.h(k, 'late') % 10 < 9
                                   AND r.received_on + 5 + (pg_temp.h(k, 'anl') % 70)::integer <= current_date
                              THEN r.received_on + 5 + (pg_temp.h(k, 'anl') % 70)::integer END AS answered_on) a
 ORDER BY k;
