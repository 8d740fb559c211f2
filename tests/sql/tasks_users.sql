-- tests/sql/tasks_users.sql — the people of the task tests, one real login
-- role per part of the permission matrix (after tests/lib/fixture.sql):
--   t_sup    supervisor, dcs          t_lead   staff of xcb (lead unit)
--   t_lead2  staff of xcb             t_co     staff of ldb (co-handling)
--   t_other  staff of gmz (unrelated) t_insp   inspector, jw
--   t_adm    admin, xxzx
-- Run by tests/sql/tasks_common.sh and included by the tasks_*.sql files.
DO $$
BEGIN
    PERFORM casedesk.user_add('t_sup',   '督查员甲', 'dcs',  'supervisor');
    PERFORM casedesk.user_add('t_lead',  '王小明',   'xcb',  'staff');
    PERFORM casedesk.user_add('t_lead2', '李红',     'xcb',  'staff');
    PERFORM casedesk.user_add('t_co',    '张伟',     'ldb',  'staff');
    PERFORM casedesk.user_add('t_other', '刘洋',     'gmz',  'staff');
    PERFORM casedesk.user_add('t_insp',  '纪检员乙', 'jw',   'inspector');
    PERFORM casedesk.user_add('t_adm',   '管理员丙', 'xxzx', 'admin');
END
$$;
