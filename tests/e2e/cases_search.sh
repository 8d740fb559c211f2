#!/bin/bash
# The case list's `l` filter finds a case by two characters anywhere in its
# address (issue 14: `l 河堤` found nothing while 16 addresses contain it),
# for staff within their unit and for a supervisor in all units; the count
# follows a case added under the filter; the all-units list shows the unit
# at 80 columns.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/lib/sessions.sh"

pg_cluster 0.02
fixture_admin_users <<'USERS'
cs_sup 督查员甲 dcs supervisor
cs_stf 巡查员乙 wlz staff
USERS
e2e_home cases_search
# two characters from the middle of an address, which no number or party starts with
pair=$(psql_su -c "SELECT p FROM (SELECT substr(address, 3, 2) AS p FROM casedesk.case_file
        WHERE char_length(address) >= 6) s
        WHERE p !~ '[0-9A-Za-z ]' AND NOT EXISTS (SELECT 1 FROM casedesk.case_file c
              WHERE c.party_name LIKE s.p || '%' OR c.case_no LIKE s.p || '%')
        GROUP BY p ORDER BY count(*) DESC, p LIMIT 1")
all=$(psql_su -c "SELECT count(*) FROM casedesk.case_file WHERE address LIKE '%$pair%'")
mine=$(psql_su -c "SELECT count(*) FROM casedesk.case_file c JOIN casedesk.unit u ON u.id = c.unit_id
        WHERE u.code = 'wlz' AND address LIKE '%$pair%'")
diag "pair $pair: $all addresses, $mine in 五里镇"
ok "$([ "$all" -ge 2 ]; echo $?)" "some addresses contain \"$pair\" ($all)"

open_cases() { local k; tmux_send 1; tmux_settle 2; k=$(screen_key Cases); tmux_send "${k:-6}"; wait_for "Showing:" 8; }

session sup cs_sup 132 43
wait_for "Welcome" 15
open_cases
tmux_send l; tmux_settle 2; tmux_type "$pair"; tmux_send Enter
wait_for "\"$pair\"  ($all cases)" 8; ok $? "a supervisor finds the $all cases whose address contains $pair"

# the count follows a case added under the filter
vil=$(psql_su -c "SELECT v.id FROM casedesk.village v JOIN casedesk.unit u ON u.id = v.unit_id WHERE u.code = 'wlz' ORDER BY v.id LIMIT 1")
psql_as cs_stf -c "SELECT casedesk.case_create_violation($vil, 'construction', 'report', casedesk.today(), '新户某', '某路${pair}旁 1 号')" >/dev/null
ok $? "staff add a case whose address contains $pair"
wait_for "\"$pair\"  ($((all + 1)) cases)" 8; ok $? "the count under the filter follows the new case ($((all + 1)))"

tmux_resize 80 24; tmux_settle 2
like "$(tmux_screen | sed -n 4p)" "Unit" "the all-units list has a unit column at 80 columns"
row=$(tmux_screen | grep -m1 -E '^ *(ZS|LW)-[0-9]{4}-[0-9]{6} ')
like "$row" "(ZS|LW)-[0-9]{4}-[0-9]{6} +[^ ]+ +[^ ]*(镇|办|街道|…)" "and each row names its unit ($row)"
tmux_cmd kill-session -t sup

session stf cs_stf 132 43
wait_for "Welcome" 15
open_cases
tmux_send l; tmux_settle 2; tmux_type "$pair"; tmux_send Enter
wait_for "\"$pair\"  ($((mine + 1)) cases)" 8; ok $? "staff find their own unit's $((mine + 1))"
done_testing
