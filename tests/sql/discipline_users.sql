-- tests/sql/discipline_users.sql — the people of the discipline tests (after
-- tests/lib/fixture.sql), one real login role per part played, and their
-- official ids in psql variables :id_flagger ... :id_adm.  Run by
-- tests/sql/discipline_fixture.sh and included by the discipline_*.sql files.
DO $$
BEGIN
    PERFORM casedesk.user_add('t_flagger', '张三',   'xcb',  'staff');
    PERFORM casedesk.user_add('t_flagged', '李四',   'xcb',  'staff');
    PERFORM casedesk.user_add('t_other',   '王五',   'gmz',  'staff');
    PERFORM casedesk.user_add('t_sup',     '赵督查', 'dcs',  'supervisor');
    PERFORM casedesk.user_add('t_ins',     '钱纪检', 'jw',   'inspector');
    PERFORM casedesk.user_add('t_ins2',    '孙纪检', 'jw',   'inspector');
    PERFORM casedesk.user_add('t_adm',     '周管理', 'xxzx', 'admin');
END
$$;
SELECT max(id) FILTER (WHERE login = 't_flagger') AS id_flagger,
       max(id) FILTER (WHERE login = 't_flagged') AS id_flagged,
       max(id) FILTER (WHERE login = 't_other')   AS id_other,
       max(id) FILTER (WHERE login = 't_sup')     AS id_sup,
       max(id) FILTER (WHERE login = 't_ins')     AS id_ins,
       max(id) FILTER (WHERE login = 't_ins2')    AS id_ins2,
       max(id) FILTER (WHERE login = 't_adm')     AS id_adm
  FROM casedesk.official \gset
