#!/bin/bash
# User management: casedesk.user_add / user_disable / user_enable /
# user_set_unit / user_set_role, tried by real login roles, and the tricks a
# user might try to raise their own privileges.
. "$top_srcdir/tests/security/lib.sh"
sec_users

# --- the accounts user_add made -------------------------------------------
for who in $SEC_ROLES; do
    got=$(sql_as "$who" -c "SELECT session_user || ':' || casedesk.my_role()")
    like "$got" "^$who:(staff|supervisor|inspector|admin)$" "$who logs in as itself and has a casedesk role"
done
is "$(sql_as sec_staff -c 'SHOW statement_timeout')" "1min" "login roles carry statement_timeout"
is "$(sql_as sec_staff -c 'SHOW lock_timeout')" "10s" "login roles carry lock_timeout"
is "$(sql_as sec_sup -c 'SHOW idle_in_transaction_session_timeout')" "5min" \
    "login roles carry idle_in_transaction_session_timeout"
is "$(psql_su -c "SELECT string_agg(g.rolname, ',' ORDER BY g.rolname)
      FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
      JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = 'sec_sup'")" \
    "casedesk_supervisor" "user_add grants exactly one group"
is "$(psql_su -c "SELECT rolsuper OR rolcreaterole OR rolcreatedb OR rolbypassrls OR rolreplication
      FROM pg_roles WHERE rolname = 'sec_adm'")" "f" "even an admin login role has no role attributes"
is "$(psql_su -c "SELECT count(*) FROM casedesk.official WHERE id = $ID_STAFF AND login = 'sec_staff'
      AND unit_id = (SELECT id FROM casedesk.unit WHERE code = 'xcb') AND role = 'staff'")" "1" \
    "user_add returns the id of the official row it inserted"

# --- privilege escalation attempts by ordinary users ------------------------
denied sec_staff "SELECT casedesk.user_add('evil', 'x', 'xcb', 'admin')" "staff cannot call user_add"
denied sec_sup "SELECT casedesk.user_set_role('sec_sup', 'admin')" "a supervisor cannot call user_set_role"
denied sec_insp "SELECT casedesk.user_disable('sec_adm')" "an inspector cannot call user_disable"
denied sec_staff "CREATE ROLE evil LOGIN" "staff cannot CREATE ROLE"
denied sec_adm "CREATE ROLE evil LOGIN" "an admin cannot CREATE ROLE directly either"
denied sec_staff "GRANT casedesk_admin TO sec_staff" "staff cannot GRANT themselves a group"
denied sec_adm "GRANT casedesk_inspector TO sec_adm" "an admin cannot GRANT themselves the inspector group"
denied sec_staff "SET ROLE casedesk_admin" "SET ROLE to a group the user is not in fails"
denied sec_staff "SET ROLE casedesk_owner" "SET ROLE casedesk_owner fails"
denied sec_adm "SET ROLE casedesk_usermgr" "SET ROLE casedesk_usermgr fails (even for an admin)"
denied sec_staff "SET SESSION AUTHORIZATION sec_adm" "SET SESSION AUTHORIZATION fails"
denied sec_staff "ALTER ROLE sec_staff CREATEROLE" "a user cannot give themselves CREATEROLE"
denied sec_staff "ALTER ROLE sec_staff BYPASSRLS" "a user cannot give themselves BYPASSRLS"
denied sec_staff "SET session_replication_role = replica" "a user cannot switch off triggers"
denied sec_staff "ALTER ROLE sec_staff SET session_replication_role = replica" \
    "a user cannot switch off triggers for their future sessions"
denied sec_adm "SELECT casedesk.usermgr_set_group('sec_adm', 'inspector')" \
    "the internal group helper is not callable"
denied sec_adm "SELECT casedesk.audit_first_broken('audit_log')" "audit_first_broken is for the installer"
got=$(sql_as sec_staff -c "SELECT set_config('casedesk.unit', 'gmz', false);
    SELECT set_config('role', 'casedesk_admin', false);" 2>&1)
u=$(sql_as sec_staff -c "SELECT set_config('casedesk.unit', 'gmz', false), set_config('casedesk.role', 'admin', false);
    SELECT u.code || ':' || casedesk.my_role() FROM casedesk.unit u WHERE u.id = casedesk.my_unit_id()" | tail -n 1)
is "$u" "xcb:staff" "set_config tricks do not change the caller's unit or role"
like "$got" "permission denied|ERROR" "set_config('role', ...) to a foreign group fails"

# --- what an admin may and may not do --------------------------------------
id=$(sql_as sec_adm -c "SELECT casedesk.user_add('sec_new', '孙八', 'xcb', 'staff')")
like "$id" '^[0-9]+$' "an admin adds a staff account"
is "$(sql_as sec_new -c 'SELECT casedesk.my_role()')" "staff" "the new account can log in at once"
pg_seal
is "$(psql_su -c "SELECT login FROM casedesk.audit_log WHERE table_name = 'official' AND row_id = $id AND op = 'INSERT'")" \
    "sec_adm" "the audit trail names the admin who added the account"
fails_like 'inspector' "an admin cannot create an inspector account" -- \
    psql_as sec_adm -c "SELECT casedesk.user_add('sec_i2', 'x', 'jw', 'inspector')"
fails_like 'inspector' "an admin cannot turn a user into an inspector" -- \
    psql_as sec_adm -c "SELECT casedesk.user_set_role('sec_new', 'inspector')"
fails_like 'inspector' "an admin cannot disable an inspector" -- \
    psql_as sec_adm -c "SELECT casedesk.user_disable('sec_insp')"
fails_like 'own' "an admin cannot change their own role" -- \
    psql_as sec_adm -c "SELECT casedesk.user_set_role('sec_adm', 'supervisor')"
fails_like 'own' "an admin cannot disable their own account" -- \
    psql_as sec_adm -c "SELECT casedesk.user_disable('sec_adm')"
fails_like 'role must be one of' "only the four casedesk roles can be granted" -- \
    psql_as sec_adm -c "SELECT casedesk.user_add('sec_x', 'x', 'xcb', 'pg_read_all_data')"
fails_like 'role must be one of' "not even by the group's own name" -- \
    psql_as sec_adm -c "SELECT casedesk.user_add('sec_x', 'x', 'xcb', 'casedesk_admin')"
fails_like 'role must be one of' "user_set_role also refuses other roles" -- \
    psql_as sec_adm -c "SELECT casedesk.user_set_role('sec_new', 'superuser')"
fails_like 'login must be' "a login with upper case or punctuation is refused" -- \
    psql_as sec_adm -c "SELECT casedesk.user_add('Bad-Name', 'x', 'xcb', 'staff')"
fails_like 'login must be' "a login carrying SQL is refused" -- \
    psql_as sec_adm -c "SELECT casedesk.user_add('a\"; CREATE ROLE x SUPERUSER; --', 'x', 'xcb', 'staff')"
fails_like 'reserved' "the installer's role name is reserved" -- \
    psql_as sec_adm -c "SELECT casedesk.user_add('postgres', 'x', 'xcb', 'staff')"
fails_like 'reserved' "casedesk_ role names are reserved" -- \
    psql_as sec_adm -c "SELECT casedesk.user_add('casedesk_owner', 'x', 'xcb', 'staff')"
fails_like 'reserved' "pg_ role names are reserved" -- \
    psql_as sec_adm -c "SELECT casedesk.user_add('pg_monitor', 'x', 'xcb', 'staff')"
fails_like 'already exists' "a login cannot be added twice" -- \
    psql_as sec_adm -c "SELECT casedesk.user_add('sec_staff', 'x', 'xcb', 'staff')"
fails_like 'no unit with code' "an unknown unit is refused" -- \
    psql_as sec_adm -c "SELECT casedesk.user_add('sec_x', 'x', 'nowhere', 'staff')"
fails_like 'name must not be empty' "an empty name is refused" -- \
    psql_as sec_adm -c "SELECT casedesk.user_add('sec_x', '  ', 'xcb', 'staff')"
is "$(psql_su -c "SELECT count(*) FROM pg_roles WHERE rolname IN ('sec_x', 'sec_i2', 'evil')")" "0" \
    "none of the refused calls left a role behind"

# Existing roles: a powerful one is never adopted; a powerless leftover is.
psql_su -c "CREATE ROLE outsider NOLOGIN; GRANT pg_read_all_data TO outsider; CREATE ROLE creator CREATEDB"
fails_like 'not a casedesk account' "a role holding pg_read_all_data is not adopted" -- \
    psql_as sec_adm -c "SELECT casedesk.user_add('outsider', 'x', 'xcb', 'staff')"
fails_like 'not a casedesk account' "a role with CREATEDB is not adopted, even by the installer" -- \
    psql_su -c "SELECT casedesk.user_add('creator', 'x', 'xcb', 'staff')"
psql_su -c "CREATE ROLE leftover NOLOGIN"
sql_as sec_adm -c "SELECT casedesk.user_add('leftover', '周九', 'gmz', 'staff')" >/dev/null
is "$(sql_as leftover -c 'SELECT casedesk.my_role()')" "staff" "a powerless leftover role is adopted"

# Changing role and unit.
sql_as sec_adm -c "SELECT casedesk.user_set_role('sec_new', 'supervisor')" >/dev/null
is "$(psql_su -c "SELECT string_agg(g.rolname, ',') FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
      JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = 'sec_new'")" "casedesk_supervisor" \
    "user_set_role revokes the old group and grants the new one"
is "$(sql_as sec_new -c 'SELECT casedesk.my_role()')" "supervisor" "the new role takes effect"
sql_as sec_adm -c "SELECT casedesk.user_set_unit('sec_new', 'gmz')" >/dev/null
is "$(sql_as sec_new -c 'SELECT code FROM casedesk.unit WHERE id = casedesk.my_unit_id()')" "gmz" \
    "user_set_unit moves the user"
psql_su -c "SELECT casedesk.user_set_role('sec_new', 'inspector')" >/dev/null
is "$(sql_as sec_new -c 'SELECT casedesk.my_role()')" "inspector" "the installer may make an inspector"
psql_su -c "SELECT casedesk.user_set_role('sec_new', 'staff')" >/dev/null

# Disabling: the session ends, the login fails, the history stays.
psql_as sec_new -c "SELECT pg_sleep(20)" >"$PG_TMP/sleeper.out" 2>&1 &
sleeper=$!
for _ in $(seq 50); do
    [ "$(psql_su -c "SELECT count(*) FROM pg_stat_activity WHERE usename = 'sec_new'")" = 1 ] && break
    sleep 0.1
done
sql_as sec_adm -c "SELECT casedesk.user_disable('sec_new')" >/dev/null
wait $sleeper; rc=$?
ok $([ $rc -ne 0 ] && echo 0 || echo 1) "disabling ends the user's open session"
fails_like 'not permitted to log in' "a disabled user cannot log in" -- psql_as sec_new -c 'SELECT 1'
is "$(psql_su -c "SELECT login || ':' || disabled FROM casedesk.official WHERE id = $id")" "sec_new:true" \
    "the disabled user's official row remains"
is "$(psql_su -c "SELECT count(*) FROM pg_auth_members m JOIN pg_roles u ON u.oid = m.member
      WHERE u.rolname = 'sec_new'")" "0" "a disabled user is in no group"
is "$(sql_as sec_staff -c "SELECT disabled FROM casedesk.user_list WHERE login = 'sec_new'")" "t" \
    "user_list shows the account as disabled"
sql_as sec_adm -c "SELECT casedesk.user_enable('sec_new')" >/dev/null
is "$(sql_as sec_new -c 'SELECT casedesk.my_role()')" "staff" "user_enable restores the login and its group"

# The user list view.
is "$(sql_as sec_staff -c "SELECT login || ' ' || name || ' ' || unit_code || ' ' || unit_name || ' ' || role
      FROM casedesk.user_list WHERE login = 'sec_staff2'")" "sec_staff2 李四 gmz 关庙镇 staff" \
    "user_list gives login, name, unit code and name, role"
denied sec_staff "SELECT phone FROM casedesk.official LIMIT 1" "staff cannot read officials' phone numbers"
is "$(sql_as sec_adm -c "SELECT count(phone) FROM casedesk.official")" "0" "an admin can"

# Ordinary users cannot write the directory directly.
denied sec_staff "UPDATE casedesk.official SET role = 'admin' WHERE login = 'sec_staff'" \
    "staff cannot UPDATE their own official row"
denied sec_adm "UPDATE casedesk.official SET role = 'inspector' WHERE login = 'sec_staff'" \
    "an admin cannot UPDATE official.role behind user_set_role's back"
denied sec_adm "UPDATE casedesk.official SET disabled = false WHERE login = 'sec_new'" \
    "an admin cannot UPDATE official.disabled directly"
denied sec_adm "INSERT INTO casedesk.official (login, name, unit_id, role) VALUES ('x', 'x', 1, 'admin')" \
    "an admin cannot INSERT officials directly"
sql_as sec_adm -c "UPDATE casedesk.official SET title = '科员' WHERE login = 'sec_staff'" >/dev/null
is "$(psql_su -c "SELECT title FROM casedesk.official WHERE login = 'sec_staff'")" "科员" \
    "an admin edits an official's title"
sql_as sec_adm -c "INSERT INTO casedesk.village (unit_id, name) SELECT id, '安全村' FROM casedesk.unit WHERE code = 'xcb'" >/dev/null
is "$(sql_as sec_staff -c "SELECT count(*) FROM casedesk.village WHERE name = '安全村'")" "1" \
    "an admin adds a village, which everyone can read"
denied sec_sup "INSERT INTO casedesk.unit (code, name, kind) VALUES ('zz', '假单位', 'town')" \
    "a supervisor cannot add units"

# The same rules hold through casedesk-admin, run under the user's own role.
if [ -x "$top_builddir/casedesk-admin" ]; then
    out=$(PGUSER=sec_adm admin user add sec_cli --name 吴十 --unit gmz --role staff 2>&1)
    ok $? "casedesk-admin user add works for an admin"
    is "$(sql_as sec_cli -c 'SELECT casedesk.my_role()')" "staff" "and the account it made logs in"
    out=$(PGUSER=sec_staff admin user add sec_cli2 --name x --unit gmz --role admin 2>&1); rc=$?
    ok $([ $rc -ne 0 ] && echo 0 || echo 1) "casedesk-admin user add fails for staff"
    is "$(psql_su -c "SELECT count(*) FROM pg_roles WHERE rolname = 'sec_cli2'")" "0" "and creates no role"
    out=$(PGUSER=sec_adm admin user add sec_cli3 --name x --unit jw --role inspector 2>&1); rc=$?
    ok $([ $rc -ne 0 ] && echo 0 || echo 1) "casedesk-admin will not let an admin create an inspector"
    like "$out" "installer" "and says only the installer may"
    out=$(PGUSER=sec_adm admin user disable sec_cli 2>&1)
    ok $? "casedesk-admin user disable works for an admin"
    fails_like 'not permitted to log in' "the disabled account cannot log in" -- psql_as sec_cli -c 'SELECT 1'
fi

done_testing
