-- tests/lib/fixture.sql — the fixed units the SQL and security tests use:
-- the district and six units under it.  A bare `casedesk-admin init` has no
-- units; a seeded cluster already has these codes (the places seed), and
-- keeps its own rows.  Used by tests/lib/fixture.sh (shell tests) and by
-- `\ir ../lib/fixture.sql` in the pgTAP files.
INSERT INTO casedesk.unit (code, name, kind) VALUES ('hb', '汉滨区', 'district')
    ON CONFLICT (code) DO NOTHING;
INSERT INTO casedesk.unit (code, name, kind, parent_id)
SELECT v.code, v.name, v.kind, (SELECT id FROM casedesk.unit WHERE code = 'hb')
  FROM (VALUES ('xcb',  '新城街道办',     'subdistrict'),
               ('ldb',  '老城街道办',     'subdistrict'),
               ('gmz',  '关庙镇',         'town'),
               ('dcs',  '区政府督查室',   'department'),
               ('jw',   '区纪委监委',     'department'),
               ('xxzx', '区政务信息中心', 'department')) v(code, name, kind)
ON CONFLICT (code) DO NOTHING;
