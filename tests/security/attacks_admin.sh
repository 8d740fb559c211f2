#!/bin/bash
# An administrator's powers end at other people's ordinary accounts (issue 11,
# class 7): not their own row, not their own unit, not an inspector's row, not
# the rules with legal effect.  Each attack as the real admin login.
. "$top_srcdir/tests/security/lib.sh"
sec_users

for col in "name = '钱大官'" "title = '局长'" "phone = '13900000000'"; do
    fails_like "cannot change your own account" "an admin cannot set their own ${col%% =*}" -- \
        psql_as sec_adm -c "UPDATE casedesk.official SET $col WHERE login = 'sec_adm'"
    fails_like "kept by the installer" "nor an inspector's ${col%% =*}" -- \
        psql_as sec_adm -c "UPDATE casedesk.official SET $col WHERE login = 'sec_insp'"
done
is "$(psql_su -c "SELECT name || '/' || coalesce(title, '-') FROM casedesk.official WHERE login IN ('sec_adm', 'sec_insp') ORDER BY login")" \
    "钱管理/-
赵纪检/-" "both rows are unchanged"
fails_like "cannot move your own account" "an admin cannot move their own account to another unit" -- \
    psql_as sec_adm -c "SELECT casedesk.user_set_unit('sec_adm', 'xcb')"
is "$(psql_su -c "SELECT u.code FROM casedesk.official o JOIN casedesk.unit u ON u.id = o.unit_id WHERE o.login = 'sec_adm'")" \
    "xxzx" "and stays in their own unit"
fails_like "permission denied" "an admin cannot change a rule with legal effect (the stock cut-off)" -- \
    psql_as sec_adm -c "UPDATE casedesk.setting SET value = '2030-01-01' WHERE key = 'violation.stock_cutoff'"
is "$(psql_su -c "SELECT value FROM casedesk.setting WHERE key = 'violation.stock_cutoff'")" "2021-01-01" \
    "the cut-off is where it was"

# What an admin is for still works.
psql_as sec_adm -c "UPDATE casedesk.official SET title = '科员', phone = '13800000000' WHERE login = 'sec_staff'" >/dev/null
is "$(psql_su -c "SELECT title || ' ' || phone FROM casedesk.official WHERE login = 'sec_staff'")" "科员 13800000000" \
    "an admin edits a clerk's title and phone"
psql_as sec_adm -c "SELECT casedesk.user_set_unit('sec_staff2', 'xcb')" >/dev/null
is "$(psql_su -c "SELECT u.code FROM casedesk.official o JOIN casedesk.unit u ON u.id = o.unit_id WHERE o.login = 'sec_staff2'")" \
    "xcb" "and moves a clerk to another unit"
psql_su -c "UPDATE casedesk.official SET title = '纪检员' WHERE login = 'sec_insp'" >/dev/null
is "$(psql_su -c "SELECT title FROM casedesk.official WHERE login = 'sec_insp'")" "纪检员" \
    "the installer keeps inspectors' rows"
done_testing
