-- seed/010_places: the units of Hanbin District (汉滨区), its villages and
-- communities, and the officials who work there.
--
-- Run by `casedesk-admin seed --scale N` as the installer, in one
-- transaction with session_replication_role = replica (no triggers), with
-- the scale in current_setting('casedesk.seed_scale').  Deterministic: every
-- "random" choice is a hash of a row number.  Officials are created through
-- casedesk.user_add, so each is a real login role in exactly one group.
--
-- Officials at scale >= 1: ~27 staff per town/office, 8 supervisors in each
-- of dcs/zsb/lkb/khb, 12 inspectors in jw, 4 admins in xxzx (~300); fewer at
-- small scale but never fewer than 2 staff per town/office and 2 of each kind.
-- Logins are <unit code>_<nn> (gmz_01, dcs_03 ...).

-- JIT compiling one-off statements costs more than it saves.
SET LOCAL jit = off;

CREATE OR REPLACE FUNCTION pg_temp.h(i bigint, salt text) RETURNS bigint
    LANGUAGE sql IMMUTABLE
AS $$ SELECT ('x' || substr(md5(i::text || salt), 1, 8))::bit(32)::bigint $$;

CREATE OR REPLACE FUNCTION pg_temp.pick(a text[], n bigint) RETURNS text
    LANGUAGE sql IMMUTABLE
AS $$ SELECT a[1 + (n % array_length(a, 1))::integer] $$;

-- A plausible Chinese personal name: surname + one or two given characters.
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

-- ------------------------------------------------------------------ units
INSERT INTO casedesk.unit (code, name, kind) VALUES ('hb', '汉滨区', 'district');
INSERT INTO casedesk.unit (code, name, kind, parent_id)
SELECT u.code, u.name, u.kind, (SELECT id FROM casedesk.unit WHERE code = 'hb')
  FROM (VALUES
    (1, 'xcb', '新城街道办', 'subdistrict'), (2, 'ldb', '老城街道办', 'subdistrict'),
    (3, 'jbb', '江北街道办', 'subdistrict'), (4, 'jmb', '建民街道办', 'subdistrict'),
    (5, 'gmz', '关庙镇', 'town'), (6, 'ztz', '张滩镇', 'town'), (7, 'wlz', '五里镇', 'town'),
    (8, 'dtz', '大同镇', 'town'), (9, 'jhz', '吉河镇', 'town'),
    (10, 'dcs', '区政府督查室', 'department'), (11, 'zsb', '区征收办', 'department'),
    (12, 'lkb', '区两控办', 'department'), (13, 'khb', '区考核办', 'department'),
    (14, 'jw', '区纪委监委', 'department'), (15, 'xxzx', '区政务信息中心', 'department')
  ) AS u(ord, code, name, kind)
 ORDER BY u.ord;

-- ------------------------------------------------ villages and communities
INSERT INTO casedesk.village (unit_id, name, kind)
SELECT u.id, v.name, g.kind
  FROM (VALUES
    ('xcb', '{育才路社区,新春社区,东关社区,西关社区,大桥路社区,文化社区,金州路社区,鼓楼社区}', 'community'),
    ('ldb', '{北门社区,南门社区,水西门社区,河堤社区,香溪社区,东坝社区,西坝社区}', 'community'),
    ('jbb', '{马坎社区,张岭社区,黄沟社区,长春路社区,江北社区}', 'community'),
    ('jbb', '{五星村,东坝村,马坎村,黄沟村,张岭村}', 'village'),
    ('jmb', '{建民社区,花园社区}', 'community'),
    ('jmb', '{红星村,后坝村,长岭村,花园村,柑树村,火石岩村,建民村}', 'village'),
    ('gmz', '{关庙村,中心村,沙坝村,董庄村,桥梁村,新华村,东方村,长沟村,方垭村,杨家院村,谢家坝村}', 'village'),
    ('ztz', '{张滩村,东镇村,大坝村,中渡村,新建村,高庙村,余岭村,鲁家湾村,黄土坡村,罗家营村}', 'village'),
    ('wlz', '{五里村,合心村,双树村,余湾村,安岭村,二坝村,群英村,迎丰村,付家河村}', 'village'),
    ('dtz', '{大同村,兴堰村,腊竹村,彭家坝村,胡家坝村,杜坝村,十房村,晏家坝村}', 'village'),
    ('jhz', '{吉河村,关口村,中坝村,青春村,新庄村,新坪村,中心村,新兴村}', 'village')
  ) AS g(code, names, kind)
  JOIN casedesk.unit u ON u.code = g.code
  CROSS JOIN LATERAL unnest(g.names::text[]) WITH ORDINALITY AS v(name, ord)
 ORDER BY u.id, g.kind, v.ord;

-- --------------------------------------------------------------- officials
SELECT casedesk.user_add(o.login, pg_temp.cn_name(o.n, 'official'), o.code, o.role)
  FROM (
    SELECT g.code, g.role, g.code || '_' || lpad(k::text, 2, '0') AS login,
           g.base + k AS n
      FROM (SELECT code, role, base,
                   greatest(minimum, round(per_unit * least(current_setting('casedesk.seed_scale')::numeric, 1)))::integer AS cnt
              FROM (VALUES
                ('xcb', 'staff', 27, 2, 100), ('ldb', 'staff', 27, 2, 200), ('jbb', 'staff', 27, 2, 300),
                ('jmb', 'staff', 27, 2, 400), ('gmz', 'staff', 27, 2, 500), ('ztz', 'staff', 27, 2, 600),
                ('wlz', 'staff', 27, 2, 700), ('dtz', 'staff', 27, 2, 800), ('jhz', 'staff', 27, 2, 900),
                ('dcs', 'supervisor', 8, 2, 1000), ('zsb', 'supervisor', 8, 2, 1100),
                ('lkb', 'supervisor', 8, 2, 1200), ('khb', 'supervisor', 8, 2, 1300),
                ('jw', 'inspector', 12, 2, 1400), ('xxzx', 'admin', 4, 2, 1500)
              ) AS t(code, role, per_unit, minimum, base)) g
      CROSS JOIN LATERAL generate_series(1, g.cnt) AS k
  ) o
 ORDER BY o.n;

-- Titles and office phones for the directory.
UPDATE casedesk.official o
   SET title = CASE WHEN split_part(o.login, '_', 2) = '01' THEN
                    CASE u.kind WHEN 'town' THEN '镇长' WHEN 'subdistrict' THEN '主任' ELSE '主任' END
                    WHEN split_part(o.login, '_', 2) IN ('02','03') THEN '副主任'
                    ELSE pg_temp.pick('{科员,科员,干部,专干,办事员}'::text[], pg_temp.h(o.id, 'title')) END,
       phone = '1' || pg_temp.pick('{3,5,7,8,9}'::text[], pg_temp.h(o.id, 'ph1'))
               || lpad((pg_temp.h(o.id, 'ph2') % 1000000000)::text, 9, '0')
  FROM casedesk.unit u
 WHERE u.id = o.unit_id;
