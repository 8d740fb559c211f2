# tests/sql/tasks_common.sh — shared set-up for the tasks_*.sh tests: a fresh
# cluster with the schema, the fixed units (when the places seed has not put
# them there) and one real login role per part of the permission matrix:
#   t_sup    supervisor, dcs          t_lead   staff of xcb (lead unit)
#   t_lead2  staff of xcb             t_co     staff of ldb (co-handling)
#   t_other  staff of gmz (unrelated) t_insp   inspector, jw
#   t_adm    admin, xxzx
. "$top_srcdir/tests/lib/tap.sh"
. "$top_srcdir/tests/lib/pg.sh"

tasks_setup() {
    pg_start
    pg_init
    psql_su >/dev/null <<'SQL' || { echo "Bail out! could not create units and users"; exit 99; }
SET session_replication_role = replica;
INSERT INTO casedesk.unit (code, name, kind) VALUES ('hb', '汉滨区', 'district')
    ON CONFLICT (code) DO NOTHING;
INSERT INTO casedesk.unit (code, name, kind, parent_id)
SELECT v.code, v.name, v.kind, (SELECT id FROM casedesk.unit WHERE code = 'hb')
  FROM (VALUES ('xcb','新城街道办','subdistrict'), ('ldb','老城街道办','subdistrict'),
               ('gmz','关庙镇','town'), ('dcs','区政府督查室','department'),
               ('jw','区纪委监委','department'), ('xxzx','区政务信息中心','department')) v(code, name, kind)
ON CONFLICT (code) DO NOTHING;
SET session_replication_role = origin;
SELECT casedesk.user_add('t_sup',   '督查员甲', 'dcs',  'supervisor');
SELECT casedesk.user_add('t_lead',  '王小明',   'xcb',  'staff');
SELECT casedesk.user_add('t_lead2', '李红',     'xcb',  'staff');
SELECT casedesk.user_add('t_co',    '张伟',     'ldb',  'staff');
SELECT casedesk.user_add('t_other', '刘洋',     'gmz',  'staff');
SELECT casedesk.user_add('t_insp',  '纪检员乙', 'jw',   'inspector');
SELECT casedesk.user_add('t_adm',   '管理员丙', 'xxzx', 'admin');
SQL
}

# q LOGIN SQL: one value from a query as LOGIN (stderr kept for fails_like).
q() { local who=$1; shift; psql_as "$who" -c "$*"; }
# version of a task as the supervisor sees it
tver() { q t_sup "SELECT version FROM casedesk.task WHERE id = $1"; }
tstatus() { q t_sup "SELECT status FROM casedesk.task WHERE id = $1"; }
