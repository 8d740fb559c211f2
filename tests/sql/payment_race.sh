#!/bin/bash
# payment_race: two clerks reverse the same payment at the same moment
# (issue 15, money).  The case's row lock queues them; exactly one reversal
# goes through, the other gets one sentence, and "paid so far" falls once.
# The single-session rules of reversals are pgTAP: payment_ledger.sql.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/lib/tap.sh"
. "$top_srcdir/tests/lib/pg.sh"

pg_cluster --seeds '010_places.sql 015_cases.sql' 0.05

q() { local who=$1; shift; psql_as "$who" -c "$*" 2>&1; }
step() {
    q "$1" "SELECT casedesk.case_transition($2, (SELECT version FROM casedesk.case_file WHERE id = $2), '$3', $4)"
}
d() { echo "jsonb_build_object('on', (current_date - $1)::text)"; }

GMZ_V=$(q gmz_01 "SELECT min(id) FROM casedesk.village v WHERE v.unit_id = (SELECT id FROM casedesk.unit WHERE code='gmz')")
PROJ=$(q gmz_01 "SELECT id FROM casedesk.project WHERE code = 'chengdong'")
C=$(q gmz_01 "SELECT casedesk.case_create_expropriation($PROJ, $GMZ_V, 'household', '郑九', '11010519491231002X', NULL, NULL, 90, NULL, current_date - 30)")
step gmz_01 "$C" survey "$(d 20)" >/dev/null
step gmz_01 "$C" assess "jsonb_build_object('on', (current_date - 15)::text, 'amount', '100000')" >/dev/null
step gmz_01 "$C" sign "jsonb_build_object('on', (current_date - 10)::text, 'resettlement', 'money')" >/dev/null
P1=$(q gmz_01 "SELECT casedesk.payment_add($C, 30000, current_date - 5, '郑九')")
P2=$(q gmz_01 "SELECT casedesk.payment_add($C, 50000, current_date - 4, '郑九')")
like "$P2" '^[0-9]+$' "two payments recorded"

# Full reversals, twice at once, by two clerks of the town.
for who in gmz_01 gmz_02; do
    psql_as $who -c "SELECT casedesk.payment_reverse($P2, '重复录入 $who'), pg_sleep(1)" >"$PG_TMP/rev.$who" 2>&1 &
done
wait
is "$(cat "$PG_TMP/rev.gmz_01" "$PG_TMP/rev.gmz_02" | grep -c 'already been reversed in full')" "1" \
    "of two racing reversals of one payment one is refused with a sentence"
is "$(q gmz_01 "SELECT count(*) FROM casedesk.payment WHERE reverses_id = $P2")" "1" "the other is the one reversal row"
is "$(q gmz_01 "SELECT paid_total FROM casedesk.expropriation WHERE id = $C")" "30000.00" "paid so far fell once"

# Partial reversals that fit one at a time but not together (20,000 each of 30,000).
for who in gmz_01 gmz_02; do
    psql_as $who -c "SELECT casedesk.payment_reverse($P1, '部分冲正 $who', 20000), pg_sleep(1)" >"$PG_TMP/part.$who" 2>&1 &
done
wait
is "$(cat "$PG_TMP/part.gmz_01" "$PG_TMP/part.gmz_02" | grep -c 'larger than what is left of the payment: 10000.00 of 30000.00 yuan')" "1" \
    "two racing partial reversals that exceed the payment together: the second is refused"
is "$(q gmz_01 "SELECT paid_total || ' ' || (SELECT sum(amount) FROM casedesk.payment WHERE case_id = $C)
                  FROM casedesk.expropriation WHERE id = $C")" "10000.00 10000.00" \
    "paid so far equals the ledger's sum"

# The same race inside REPEATABLE READ transactions (a client that uses them):
# the loser is refused too (a serialization failure), never a double reversal.
P3=$(q gmz_01 "SELECT casedesk.payment_add($C, 5000, current_date, '郑九')")
for who in gmz_01 gmz_02; do
    psql_as $who -c "BEGIN ISOLATION LEVEL REPEATABLE READ" -c "SELECT count(*) FROM casedesk.payment" \
        -c "SELECT casedesk.payment_reverse($P3, '可重复读 $who'), pg_sleep(1)" -c "COMMIT" >"$PG_TMP/rr.$who" 2>&1 &
done
wait
is "$(q gmz_01 "SELECT count(*) FROM casedesk.payment WHERE reverses_id = $P3")" "1" \
    "under REPEATABLE READ too exactly one reversal is kept"
is "$(cat "$PG_TMP/rr.gmz_01" "$PG_TMP/rr.gmz_02" | grep -cE 'ERROR|could not serialize|already been reversed')" "1" \
    "and the other session is told"
done_testing
