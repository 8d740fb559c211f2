#!/bin/bash
# cases_seed: the places and cases seeds are deterministic (two fresh
# clusters, same checksum) and internally consistent (what triggers would
# have derived is right, every ID number passes the database's own check).
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/lib/tap.sh"
. "$top_srcdir/tests/lib/pg.sh"

SCALE=0.05
fresh() {
    pg_start
    pg_seeds 010_places.sql 015_cases.sql
    pg_init $SCALE
}

# One checksum over everything the two seeds write (timestamps of account
# creation aside).
checksum() {
    psql_su -c "SELECT md5(string_agg(h, '' ORDER BY t)) FROM (
        SELECT 'unit' t, md5(string_agg(to_jsonb(x)::text, '|' ORDER BY x.id)) h FROM casedesk.unit x
        UNION ALL SELECT 'village', md5(string_agg(to_jsonb(x)::text, '|' ORDER BY x.id)) FROM casedesk.village x
        UNION ALL SELECT 'official', md5(string_agg((to_jsonb(x) - 'created_at')::text, '|' ORDER BY x.id)) FROM casedesk.official x
        UNION ALL SELECT 'project', md5(string_agg(to_jsonb(x)::text, '|' ORDER BY x.id)) FROM casedesk.project x
        UNION ALL SELECT 'project_unit', md5(string_agg(to_jsonb(x)::text, '|' ORDER BY x.id)) FROM casedesk.project_unit x
        UNION ALL SELECT 'community', md5(string_agg(to_jsonb(x)::text, '|' ORDER BY x.id)) FROM casedesk.resettlement_community x
        UNION ALL SELECT 'case_file', md5(string_agg(to_jsonb(x)::text, '|' ORDER BY x.id)) FROM casedesk.case_file x
        UNION ALL SELECT 'expropriation', md5(string_agg(to_jsonb(x)::text, '|' ORDER BY x.id)) FROM casedesk.expropriation x
        UNION ALL SELECT 'violation', md5(string_agg(to_jsonb(x)::text, '|' ORDER BY x.id)) FROM casedesk.violation x
        UNION ALL SELECT 'payment', md5(string_agg(to_jsonb(x)::text, '|' ORDER BY x.id)) FROM casedesk.payment x
        UNION ALL SELECT 'patrol', md5(string_agg(to_jsonb(x)::text, '|' ORDER BY x.id)) FROM casedesk.patrol x
        UNION ALL SELECT 'patrol_village', md5(string_agg(to_jsonb(x)::text, '|' ORDER BY x.id)) FROM casedesk.patrol_village x
        UNION ALL SELECT 'certification', md5(string_agg(to_jsonb(x)::text, '|' ORDER BY x.id)) FROM casedesk.village_certification x
        UNION ALL SELECT 'petition', md5(string_agg(to_jsonb(x)::text, '|' ORDER BY x.id)) FROM casedesk.petition x
        UNION ALL SELECT 'counter', md5(string_agg(to_jsonb(x)::text, '|' ORDER BY x.id)) FROM casedesk.case_counter x) s"
}

fresh
FIRST=$(checksum)
# Invariants, on the first database.
is "$(psql_su -c "SELECT count(*) FROM casedesk.case_file WHERE kind = 'expropriation'")" "250" "5,000 expropriation cases per scale unit"
is "$(psql_su -c "SELECT count(*) FROM casedesk.case_file WHERE kind = 'violation'")" "150" "3,000 violation cases per scale unit"
is "$(psql_su -c "SELECT count(*) FROM casedesk.unit")" "16" "the district, 9 towns/offices and 6 departments"
is "$(psql_su -c "SELECT count(*) FROM (SELECT u.id FROM casedesk.unit u LEFT JOIN casedesk.official o ON o.unit_id = u.id AND o.role = 'staff' WHERE u.kind IN ('town','subdistrict') GROUP BY u.id HAVING count(o.id) < 2) s")" \
    "0" "at least two staff in every town and office"
is "$(psql_su -c "SELECT string_agg(DISTINCT u.code || ':' || o.role, ',' ORDER BY u.code || ':' || o.role) FROM casedesk.official o JOIN casedesk.unit u ON u.id = o.unit_id WHERE u.kind = 'department'")" \
    "dcs:supervisor,jw:inspector,khb:supervisor,lkb:supervisor,xxzx:admin,zsb:supervisor" "supervisors, inspectors and admins where they belong"
is "$(psql_su -c "SELECT count(*) FROM pg_roles r JOIN casedesk.official o ON o.login = r.rolname WHERE r.rolcanlogin")" \
    "$(psql_su -c "SELECT count(*) FROM casedesk.official")" "every official is a login role"
is "$(psql_su -c "SELECT count(*) FROM casedesk.expropriation WHERE party_id_no IS NOT NULL AND NOT (CASE party_kind WHEN 'household' THEN casedesk.valid_citizen_id(party_id_no) ELSE casedesk.valid_credit_code(party_id_no) END)")" \
    "0" "every seeded ID number and credit code passes the check"
like "$(psql_su -c "SELECT count(*) FROM casedesk.expropriation WHERE party_id_no IS NOT NULL")" '^[1-9]' "ID numbers are seeded"
is "$(psql_su -c "SELECT count(*) FROM casedesk.expropriation x LEFT JOIN (SELECT case_id, sum(amount) s FROM casedesk.payment GROUP BY 1) p ON p.case_id = x.id WHERE x.paid_total <> coalesce(p.s, 0)")" \
    "0" "paid_total equals the payment ledger"
is "$(psql_su -c "SELECT count(*) FROM casedesk.expropriation x JOIN casedesk.case_file c USING (id) WHERE c.status IN ('compensation_paid','vacated') AND x.paid_total <> x.assessed_compensation")" \
    "0" "cases past compensation_paid are paid in full"
is "$(psql_su -c "SELECT count(*) FROM casedesk.payment p JOIN casedesk.expropriation x ON x.id = p.case_id JOIN casedesk.project j ON j.id = x.project_id WHERE p.account <> j.account_no OR p.paid_on < x.signed_on OR p.paid_on > current_date")" \
    "0" "payments on the project's account, between signing and today"
is "$(psql_su -c "SELECT count(*) FROM casedesk.violation WHERE stock <> (coalesce(built_on, found_on) < casedesk.stock_cutoff())")" \
    "0" "stock flags agree with the cut-off"
like "$(psql_su -c "SELECT count(*) FILTER (WHERE stock) || ' ' || count(*) FILTER (WHERE NOT stock) FROM casedesk.violation")" '^[1-9][0-9]* [1-9]' "both stock and increment cases"
is "$(psql_su -c "SELECT count(*) FROM casedesk.violation WHERE resolution = 'stock_disposal' AND NOT stock")" "0" "only stock cases disposed of as stock"
is "$(psql_su -c "SELECT count(*) FROM casedesk.case_file c JOIN casedesk.case_counter k ON k.prefix = left(c.case_no, 2) AND k.year = substr(c.case_no, 4, 4)::int WHERE right(c.case_no, 6)::int > k.last")" \
    "0" "case number counters are past every number"
is "$(psql_su -c "SELECT count(*) FROM casedesk.village v WHERE v.violation_free_since IS NOT NULL AND EXISTS (SELECT 1 FROM casedesk.case_file c WHERE c.village_id = v.id AND c.kind = 'violation' AND c.opened_on >= v.violation_free_since)")" \
    "0" "no violation-free village has a violation found since"
is "$(psql_su -c "SELECT count(*) FROM casedesk.village_certification c WHERE c.lost_on IS NOT NULL AND NOT EXISTS (SELECT 1 FROM casedesk.case_file f WHERE f.id = c.lost_case_id AND f.village_id = c.village_id)")" \
    "0" "every lost title names the case that cost it"
is "$(psql_su -c "SELECT count(*) FROM casedesk.violation v WHERE v.found_by = 'patrol' AND NOT EXISTS (SELECT 1 FROM casedesk.patrol p JOIN casedesk.patrol_village pv ON pv.patrol_id = p.id JOIN casedesk.case_file c ON c.id = v.id WHERE p.id = v.patrol_id AND p.patrol_on = v.found_on AND pv.village_id = c.village_id)")" \
    "0" "patrol findings hang on a patrol of that day that covered the village"
is "$(psql_su -c "SELECT count(*) FROM casedesk.case_file WHERE status = 'rectifying' AND deadline IS NULL OR status <> 'rectifying' AND deadline IS NOT NULL")" \
    "0" "deadlines exactly on the rectifying cases"
like "$(psql_su -c "SELECT count(*) FROM casedesk.case_file WHERE deadline < current_date")" '^[0-9]+$' "overdue cases counted"
is "$(psql_su -c "SELECT count(*) FROM casedesk.case_file c JOIN casedesk.official o ON o.id = c.handled_by WHERE o.unit_id <> c.unit_id")" "0" "cases are handled by officials of their unit"
is "$(psql_su -c "SELECT count(*) FROM casedesk.case_file WHERE opened_on > current_date OR closed_on > current_date")" "0" "no date in the future"
like "$(psql_su -c "SELECT count(DISTINCT status) FROM casedesk.case_file WHERE kind = 'expropriation'")" '^[78]$' "expropriation cases at every stage"
is "$(psql_su -c "SELECT count(*) FROM casedesk.expropriation x JOIN casedesk.case_file c USING (id) WHERE x.forced AND c.status NOT IN ('demolished','closed')")" "0" "forced demolitions are demolished or closed"
# the seeded world works with the rules: seeded staff carry on with the
# open cases of their town (first legal step, with every argument a step may need)
ARGS="jsonb_build_object('on', current_date::text, 'doc_no', 'T-1', 'deadline', (current_date + 30)::text, 'amount', '100000', 'resettlement', 'money')"
for kind in violation expropriation; do
    read -r CASE_ID WHO <<<"$(psql_su -F ' ' -c "SELECT c.id, u.code || '_01' FROM casedesk.case_file c JOIN casedesk.unit u ON u.id = c.unit_id
        WHERE c.kind = '$kind' AND c.status IN ('found','verified','stop_notice','rectifying','registered','surveyed')
        ORDER BY c.id LIMIT 1")"
    STEP=$(psql_as "$WHO" -c "SELECT step FROM casedesk.case_next_steps(${CASE_ID:-0}) LIMIT 1")
    like "$(psql_as "$WHO" -c "SELECT casedesk.case_transition(${CASE_ID:-0}, (SELECT version FROM casedesk.case_file WHERE id = ${CASE_ID:-0}), '$STEP', $ARGS)" 2>&1)" \
        '^[0-9]+$' "a seeded open $kind case moves on under the rules ($WHO: $STEP)"
done
pg_stop

fresh
SECOND=$(checksum)
like "$FIRST" '^[0-9a-f]{32}$' "checksum of the first seed"
is "$SECOND" "$FIRST" "a second seed into a fresh cluster is identical"
done_testing
