#!/bin/bash
# Reference data kept by administrators (issue 14, item 8): units, villages,
# projects, resettlement communities and the working-day calendar, through
# `casedesk-admin unit|village|project|community|calendar` run as real login
# roles.  The database decides who may (the verbs call SECURITY INVOKER
# functions), so the same refusals hold in psql.
. "$top_srcdir/tests/security/lib.sh"
sec_users

as() { local who=$1; shift; PGUSER=$who admin "$@" 2>&1; }
asfail() {   # asfail LOGIN PATTERN DESCRIPTION -- args
    local who=$1 pat=$2 desc=$3; shift 4
    fails_like "$pat" "$desc" -- env PGUSER="$who" "$top_builddir/casedesk-admin" "$@"
}

# --- units and villages ------------------------------------------------------
out=$(as sec_adm unit add hbz --name 河滨街道办 --kind subdistrict --parent hb)
like "$out" "hbz" "an admin adds a unit"
is "$(psql_su -c "SELECT u.name || ':' || u.kind || ':' || p.code FROM casedesk.unit u
      JOIN casedesk.unit p ON p.id = u.parent_id WHERE u.code = 'hbz'")" "河滨街道办:subdistrict:hb" \
    "the unit is stored with its name, kind and parent"
asfail sec_adm "already exists" "a second unit with the same code is refused in one sentence" -- unit add hbz --name X --kind town
asfail sec_adm "lower-case" "a unit code with capitals is refused before anything is written" -- unit add HBZ --name X --kind town
asfail sec_adm "district, town" "an unknown kind is refused" -- unit add hbz2 --name X --kind county
asfail sec_adm "no unit" "a parent that does not exist is refused" -- unit add hbz3 --name X --kind town --parent nowhere
asfail sec_adm "usage" "a missing --name is a usage error" -- unit add hbz4 --kind town
is "$(psql_su -c "SELECT count(*) FROM casedesk.unit WHERE code LIKE 'hbz_%' OR code = 'HBZ'")" "0" \
    "nothing was written by the refused commands"
as sec_adm unit rename hbz 河滨街道 >/dev/null
is "$(psql_su -c "SELECT name FROM casedesk.unit WHERE code = 'hbz'")" "河滨街道" "an admin renames a unit"
asfail sec_staff "permission|not allowed|do not have" "staff cannot add a unit" -- unit add evil --name X --kind town
asfail sec_sup "permission|not allowed|do not have" "a supervisor cannot rename a unit" -- unit rename hbz X

as sec_adm village add hbz 滨江社区 --kind community >/dev/null
as sec_adm village add hbz 柳林村 >/dev/null
is "$(psql_su -c "SELECT string_agg(name || ':' || kind, ',' ORDER BY name) FROM casedesk.village
      WHERE unit_id = (SELECT id FROM casedesk.unit WHERE code = 'hbz')")" "柳林村:village,滨江社区:community" \
    "an admin adds a village and a community"
asfail sec_adm "already has a village" "the same village twice is refused" -- village add hbz 柳林村
as sec_adm village rename hbz 柳林村 杨柳村 >/dev/null
asfail sec_adm "no village" "renaming a village that is not there is refused" -- village rename hbz 无名村 X
list=$(as sec_adm village list hbz)
like "$list" "杨柳村" "village list shows the renamed village"
like "$(printf '%s\n' "$list" | head -n 1)" "Unit.*Village" "the list starts with a header line"
is "$(printf '%s\n' "$list" | tail -n +2 | wc -l | tr -d ' ')" "2" "village list UNIT lists exactly that unit's villages"
asfail sec_staff "permission|do not have" "staff cannot add a village" -- village add xcb 假村

# --- projects and communities ------------------------------------------------
as sec_adm project add hbz-jc --name 河滨旧城改造 --kind shantytown --account 6222020200112233445 \
    --lead hbz --started 2026-03-01 --budget 120000000 --need 150000000.50 >/dev/null
is "$(psql_su -c "SELECT p.name || ':' || p.kind || ':' || p.account_no || ':' || p.budget_packaged || ':' || p.funding_need
      || ':' || (SELECT count(*) FROM casedesk.project_unit pu WHERE pu.project_id = p.id)
      FROM casedesk.project p WHERE code = 'hbz-jc'")" "河滨旧城改造:shantytown:6222020200112233445:120000000.00:150000000.50:1" \
    "an admin adds a project with its dedicated account, budget and need; the lead unit runs it"
asfail sec_adm "10 to 25 digits" "an account number with letters is refused" -- \
    project add hbz-x --name X --kind major --account 62220A
asfail sec_adm "future" "a start date in the future is refused" -- \
    project add hbz-y --name X --kind major --account 6222020200112233446 --started 2099-01-01
asfail sec_adm "fen" "an amount with three decimals is refused" -- project money hbz-jc --budget 1.005
as sec_sup project money hbz-jc --budget 130000000 --need 150000000 >/dev/null
is "$(psql_su -c "SELECT budget_packaged FROM casedesk.project WHERE code = 'hbz-jc'")" "130000000.00" \
    "a supervisor (征收办) corrects the packaged budget too"
as sec_adm project add-unit hbz-jc xcb >/dev/null
as sec_adm project add-unit hbz-jc xcb >/dev/null
is "$(psql_su -c "SELECT count(*) FROM casedesk.project_unit WHERE project_id = (SELECT id FROM casedesk.project WHERE code = 'hbz-jc')")" \
    "2" "adding a unit to a project twice keeps one row"
asfail sec_staff "permission|do not have" "staff cannot add a project" -- \
    project add evil --name X --kind major --account 6222020200112233447
asfail sec_insp "permission|do not have" "an inspector cannot change a project's money" -- project money hbz-jc --budget 1
like "$(as sec_staff project list)" "河滨旧城改造.*130,000,000.00" "everyone can list projects, money with separators"

as sec_adm community add 滨江家园 --unit hbz --flats 300 >/dev/null
as sec_adm community flats 滨江家园 300 120 >/dev/null
is "$(psql_su -c "SELECT flats_planned || '/' || flats_ready FROM casedesk.resettlement_community WHERE name = '滨江家园'")" \
    "300/120" "an admin adds a resettlement community and sets its flats"
asfail sec_adm "between 0 and" "more flats ready than planned is refused" -- community flats 滨江家园 300 301
asfail sec_adm "no resettlement community" "an unknown community is refused" -- community flats 无名家园 1 0

# --- the working-day calendar ------------------------------------------------
as sec_adm calendar set 2027-11-10 holiday 建区纪念日 >/dev/null
as sec_adm calendar set 2027-11-14 workday 补班 >/dev/null
is "$(psql_su -c "SELECT string_agg(day || ':' || kind || ':' || name || ':' || adjust, ',' ORDER BY day)
      FROM casedesk.calendar_day WHERE day IN ('2027-11-10', '2027-11-14')")" \
    "2027-11-10:holiday:建区纪念日:-1,2027-11-14:workday:补班:1" \
    "an admin sets a holiday on a weekday and a make-up day on a Sunday"
is "$(psql_su -c "SELECT casedesk.add_workdays('2027-11-09', 1)")" "2027-11-11" \
    "working-day arithmetic skips the holiday just set (Tuesday + 1 working day = Thursday)"
asfail sec_adm "Only a weekday" "a holiday on a Saturday is refused (a typo in the date)" -- calendar set 2027-11-13 holiday 建区纪念日
asfail sec_adm "format|date" "a date that does not exist is refused" -- calendar set 2027-02-30 holiday X
as sec_adm calendar set 2027-11-10 holiday 建区纪念日（改） >/dev/null
is "$(psql_su -c "SELECT name FROM casedesk.calendar_day WHERE day = '2027-11-10'")" "建区纪念日（改）" \
    "setting a day again changes its name"
as sec_adm calendar clear 2027-11-14 >/dev/null
is "$(psql_su -c "SELECT count(*) FROM casedesk.calendar_day WHERE day = '2027-11-14'")" "0" "an admin clears a day"
asfail sec_adm "not in the calendar" "clearing a day that is not set is refused" -- calendar clear 2027-11-14
asfail sec_staff "permission|do not have" "staff cannot set a holiday" -- calendar set 2027-11-17 holiday X
asfail sec_sup "permission|do not have" "a supervisor cannot clear a holiday" -- calendar clear 2027-11-10
like "$(as sec_staff calendar list 2027)" "2027-11-10 +holiday +建区纪念日" "everyone can list a year's calendar"
asfail sec_adm "usage" "calendar list needs the year" -- calendar list

# --- the audit trail names who changed reference data ----------------------------
seal=$(psql_su -c "SELECT to_regprocedure('casedesk.audit_seal()') IS NOT NULL")
[ "$seal" = t ] && psql_su -c "SELECT casedesk.audit_seal()" >/dev/null
is "$(psql_su -c "SELECT string_agg(DISTINCT table_name || ':' || login, ',' ORDER BY table_name || ':' || login)
      FROM casedesk.audit_log WHERE login IN ('sec_adm', 'sec_sup')
       AND table_name IN ('unit', 'village', 'project', 'resettlement_community', 'calendar_day')")" \
    "calendar_day:sec_adm,project:sec_adm,project:sec_sup,resettlement_community:sec_adm,unit:sec_adm,village:sec_adm" \
    "every change of reference data is in the audit trail under the person who made it"

# --- user list: a header and the role in the reader's language ----------------------
out=$(as sec_adm user list)
like "$(printf '%s\n' "$out" | head -n 1)" "^Login +Full name +Unit +Unit name +Role +Status" "user list starts with a header line"
like "$out" "sec_insp +赵纪检 +jw .*inspector" "user list shows each account's name, unit and role"
out=$(PGUSER=sec_adm "$top_builddir/casedesk-admin" --lang zh user list 2>&1)
like "$(printf '%s\n' "$out" | head -n 1)" "^登录名" "in Chinese the header is Chinese"
like "$out" "sec_insp +赵纪检 +jw .*纪检" "and the role is named in Chinese"
done_testing
