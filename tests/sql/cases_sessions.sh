#!/bin/bash
# cases_sessions: the case rules of sql/01x that take several sessions and
# commits to show, as real login roles: two clerks paying at once, and the
# notification of a transition.  The single-session rules are pgTAP:
# cases_workflow.sql.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/lib/tap.sh"
. "$top_srcdir/tests/lib/pg.sh"

# Every migration, but only the places and cases seeds: this test is about
# the case rules, and stays independent of the other concerns' demo data.
pg_cluster --seeds '010_places.sql 015_cases.sql' 0.05

q() { local who=$1; shift; psql_as "$who" -c "$*" 2>&1; }
# step STAFF CASE STEP ARGS-JSON-SQL: run case_transition with the current version
step() {
    q "$1" "SELECT casedesk.case_transition($2, (SELECT version FROM casedesk.case_file WHERE id = $2), '$3', $4)"
}
d() { echo "jsonb_build_object('on', (current_date - $1)::text)"; }

GMZ_V=$(q gmz_01 "SELECT min(id) FROM casedesk.village v WHERE v.unit_id = (SELECT id FROM casedesk.unit WHERE code='gmz')")
PROJ=$(q gmz_01 "SELECT id FROM casedesk.project WHERE code = 'chengdong'")

# ------------------------------------------------------ concurrent payments
# Two clerks pay the same balance at the same moment: the row lock in the
# payment trigger queues them, and exactly one payment goes through.
C=$(q gmz_01 "SELECT casedesk.case_create_expropriation($PROJ, $GMZ_V, 'household', '吴十', '11010519491231002X', NULL, NULL, 90, NULL, current_date - 30)")
step gmz_01 "$C" survey "$(d 20)" >/dev/null
step gmz_01 "$C" assess "jsonb_build_object('on', (current_date - 15)::text, 'amount', '100000')" >/dev/null
step gmz_01 "$C" sign "jsonb_build_object('on', (current_date - 10)::text, 'resettlement', 'money')" >/dev/null
for who in gmz_01 gmz_02; do
    psql_as $who -c "SELECT casedesk.payment_add($C, 60000, current_date, '吴十'), pg_sleep(1)" >"$PG_TMP/pay.$who" 2>&1 &
done
wait
is "$(cat "$PG_TMP/pay.gmz_01" "$PG_TMP/pay.gmz_02" | grep -c 'more than the assessed compensation')" "1" "of two concurrent overpaying payments one is refused"
is "$(q gmz_01 "SELECT paid_total FROM casedesk.expropriation WHERE id = $C")" "60000.00" "and the ledger holds only the other"

# ------------------------------------------------------------------ notify
q gmz_01 "SELECT casedesk.payment_add($C, 40000, current_date, '吴十')" >/dev/null
CH=$(psql_as gmz_01 -c "SELECT c FROM casedesk.my_channels() c WHERE c LIKE 'casedesk\_u%'")
like "$(psql_as gmz_01 -c "LISTEN $CH" -c "SELECT casedesk.case_transition($C, (SELECT version FROM casedesk.case_file WHERE id = $C), 'pay_complete', '{}')" 2>&1)" \
    "payload \"case_file:$C:update:u[0-9]+,v[0-9]+\"" "a transition notifies listeners with table, id and operation"

done_testing
