#!/bin/bash
# Retiring reference rows from the command line (issue 14, item 8):
# `casedesk-admin village retire|restore` and `project retire|restore` as
# real login roles, the refusals in one sentence, the lists showing the date.
. "$top_srcdir/tests/security/lib.sh"
sec_users

as() { local who=$1; shift; PGUSER=$who admin "$@" 2>&1; }
asfail() {   # asfail LOGIN PATTERN DESCRIPTION -- args
    local who=$1 pat=$2 desc=$3; shift 4
    fails_like "$pat" "$desc" -- env PGUSER="$who" "$top_builddir/casedesk-admin" "$@"
}
today=$(psql_su -c "SELECT casedesk.today()")
yesterday=$(psql_su -c "SELECT casedesk.today() - 1")
tomorrow=$(psql_su -c "SELECT casedesk.today() + 1")

as sec_adm village add xcb 撤并甲村 >/dev/null
as sec_adm village add xcb 撤并乙村 >/dev/null
vb=$(psql_su -c "SELECT v.id FROM casedesk.village v JOIN casedesk.unit u ON u.id = v.unit_id
                 WHERE u.code = 'xcb' AND v.name = '撤并乙村'")
psql_as sec_staff -c "SELECT casedesk.case_create_violation($vb, 'construction', 'report', casedesk.today(), '周八')" >/dev/null

# --- villages ------------------------------------------------------------------
asfail sec_adm "usage" "--on is required" -- village retire xcb 撤并甲村
asfail sec_staff "permission|Only an administrator" "staff cannot retire a village" -- village retire xcb 撤并甲村 --on "$today"
asfail sec_sup "permission|Only an administrator" "a supervisor cannot retire a village" -- village retire xcb 撤并甲村 --on "$today"
asfail sec_adm "future" "a date in the future is refused" -- village retire xcb 撤并甲村 --on "$tomorrow"
asfail sec_adm "still has 1 open cases" "a village with an open case is refused with the count" -- \
    village retire xcb 撤并乙村 --on "$today"
out=$(as sec_adm village retire xcb 撤并甲村 --on "$yesterday" --reason 并入新城村)
like "$out" "retired" "an admin retires a village"
is "$(psql_su -c "SELECT retired_on || ' ' || retired_reason FROM casedesk.village WHERE name = '撤并甲村'")" \
    "$yesterday 并入新城村" "with its date and reason"
like "$(as sec_adm village list xcb)" "撤并甲村 +village +$yesterday" "village list shows the retirement date"
asfail sec_adm "already retired on $yesterday" "retiring it twice is refused, naming the date" -- \
    village retire xcb 撤并甲村 --on "$today"
out=$(PGUSER=sec_adm "$top_builddir/casedesk-admin" --lang zh village retire xcb 撤并甲村 --on "$today" 2>&1)
like "$out" "撤并甲村.*$yesterday" "in Chinese the refusal keeps its values"
[[ $out != *already* ]]; ok $? "and is in Chinese"
asfail sec_adm "no retired village" "restoring a village in use is refused" -- village restore xcb 撤并乙村
as sec_adm village restore xcb 撤并甲村 >/dev/null
is "$(psql_su -c "SELECT coalesce(retired_on::text, 'in use') FROM casedesk.village WHERE name = '撤并甲村'")" \
    "in use" "an admin restores it"

# --- projects --------------------------------------------------------------------
as sec_adm project add xc-done --name 新城道路工程 --kind major --account 6222020200112239999 \
    --lead xcb --started 2026-01-05 >/dev/null
asfail sec_staff "permission|Only an administrator" "staff cannot mark a project finished" -- project retire xc-done --on "$today"
asfail sec_insp "permission|Only an administrator" "an inspector cannot" -- project retire xc-done --on "$today"
asfail sec_sup "started on 2026-01-05" "a date before the start is refused" -- project retire xc-done --on 2025-12-31
out=$(as sec_sup project retire xc-done --on "$today" --reason 竣工验收)
like "$out" "finished" "a supervisor marks a project finished"
like "$(as sec_staff project list)" "新城道路工程.* $today" "project list shows the date"
fails_like "was finished on $today" "no new case is opened in it" -- \
    psql_as sec_staff -c "SELECT casedesk.case_create_expropriation((SELECT id FROM casedesk.project WHERE code = 'xc-done'), $vb, 'household', '孙九')"
as sec_adm project restore xc-done >/dev/null
is "$(psql_su -c "SELECT coalesce(retired_on::text, 'in use') FROM casedesk.project WHERE code = 'xc-done'")" \
    "in use" "an admin restores a project"
asfail sec_adm "not marked finished" "restoring a project in use is refused" -- project restore xc-done
done_testing
