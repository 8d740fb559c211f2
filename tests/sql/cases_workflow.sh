#!/bin/bash
# cases_workflow: the case rules of sql/01x, as real login roles.
# Staff of 关庙镇 (gmz_01) work their cases; staff of 张滩镇 (ztz_01) must not
# see or touch them; a supervisor (dcs_01) reads all and certifies villages;
# an admin (xxzx_01) sees no case data.
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
status() { q gmz_01 "SELECT status FROM casedesk.case_file WHERE id = $1"; }
d() { echo "jsonb_build_object('on', (current_date - $1)::text)"; }

GMZ_V=$(q gmz_01 "SELECT min(id) FROM casedesk.village v WHERE v.unit_id = (SELECT id FROM casedesk.unit WHERE code='gmz')")
GMZ_V2=$(q gmz_01 "SELECT max(id) FROM casedesk.village v WHERE v.unit_id = (SELECT id FROM casedesk.unit WHERE code='gmz')")
ZTZ_V=$(q ztz_01 "SELECT min(id) FROM casedesk.village v WHERE v.unit_id = (SELECT id FROM casedesk.unit WHERE code='ztz')")
PROJ=$(q gmz_01 "SELECT id FROM casedesk.project WHERE code = 'chengdong'")
PROJ_OTHER=$(q gmz_01 "SELECT id FROM casedesk.project WHERE code = 'pg-laocheng'")

# ------------------------------------------------------------ violation path
V=$(q gmz_01 "SELECT casedesk.case_create_violation($GMZ_V, 'construction', 'report', current_date - 30, '张三', '关庙村一组', 120.5, 2)")
like "$V" '^[0-9]+$' "staff create a violation case in their own village"
like "$(q gmz_01 "SELECT case_no || ' ' || status || ' ' || kind FROM casedesk.case_file WHERE id = $V")" \
    "^LW-[0-9]{4}-[0-9]{6} found violation$" "new violation case is numbered LW-YYYY-NNNNNN and found"
is "$(q gmz_01 "SELECT string_agg(step, ',') FROM casedesk.case_next_steps($V)")" "verify" "next steps from found: verify only"
is "$(q ztz_01 "SELECT count(*) FROM casedesk.case_file WHERE id = $V")" "0" "staff of another town do not see the case"
is "$(q ztz_01 "SELECT count(*) FROM casedesk.violation WHERE id = $V")" "0" "nor its violation details"
is "$(q ztz_01 "UPDATE casedesk.case_file SET note = 'x' WHERE id = $V")" "" "update by another town is silent..."
is "$(q gmz_01 "SELECT coalesce(note, '-') FROM casedesk.case_file WHERE id = $V")" "-" "...and changes nothing"
is "$(psql_as ztz_01 -c "DELETE FROM casedesk.case_file WHERE id = $V" -c "SELECT count(*) FROM casedesk.case_file WHERE id = $V" 2>&1)" "0" "delete by another town affects 0 rows"
is "$(q gmz_01 "SELECT count(*) FROM casedesk.case_file WHERE id = $V")" "1" "the case is still there"
is "$(q ztz_01 "SELECT count(*) FROM casedesk.case_next_steps($V)")" "0" "another town gets no next steps"
fails_like "does not exist or does not belong to your unit" "another town cannot transition the case" -- \
    step ztz_01 "$V" verify "$(d 1)"
fails_like "must belong to your unit" "staff cannot open a case in another town's village" -- \
    q ztz_01 "SELECT casedesk.case_create_violation($GMZ_V, 'land', 'report', current_date, '李四')"
fails_like "permission denied" "staff cannot INSERT cases directly" -- \
    q gmz_01 "INSERT INTO casedesk.case_file (case_no, kind, unit_id, village_id, status, opened_on, party_name) VALUES ('LW-2020-999999', 'violation', 1, $GMZ_V, 'found', current_date, 'x')"
fails_like "permission denied" "staff cannot UPDATE the status column" -- \
    q gmz_01 "UPDATE casedesk.case_file SET status = 'closed' WHERE id = $V"
is "$(q dcs_01 "SELECT count(*) FROM casedesk.case_file WHERE id = $V")" "1" "supervisor reads every case"
is "$(q jw_01 "SELECT count(*) FROM casedesk.violation WHERE id = $V")" "1" "inspector reads every case"
fails_like "Only staff" "supervisor cannot transition a case" -- step dcs_01 "$V" verify "$(d 1)"
fails_like "permission denied" "admin sees no case data" -- q xxzx_01 "SELECT count(*) FROM casedesk.case_file"

fails_like "cannot be earlier than the previous step" "a step dated before the finding is refused" -- step gmz_01 "$V" verify "$(d 40)"
fails_like "cannot be in the future" "a step dated in the future is refused" -- step gmz_01 "$V" verify "$(d -3)"
fails_like "is required" "a step without its date is refused" -- step gmz_01 "$V" verify "'{}'::jsonb"
fails_like "not possible while the case is found" "closing a just-found case is refused" -- step gmz_01 "$V" close "$(d 1)"
fails_like "changed by someone else" "a stale version is refused" -- \
    q gmz_01 "SELECT casedesk.case_transition($V, 999, 'verify', $(d 1))"
fails_like "no step" "an unknown step is refused" -- step gmz_01 "$V" fly "$(d 1)"
like "$(step gmz_01 "$V" verify "$(d 29)")" '^[0-9]+$' "verify succeeds and returns the new version"
is "$(q gmz_01 "SELECT first_action_days FROM casedesk.violation WHERE id = $V")" "1" "days to first action recorded"
fails_like "notice number is required" "the stop-work notice needs its number" -- step gmz_01 "$V" stop_notice "$(d 28)"
step gmz_01 "$V" stop_notice "jsonb_build_object('on', (current_date - 28)::text, 'doc_no', '汉关停字〔2025〕1号')" >/dev/null
fails_like "deadline cannot be earlier" "a deadline before the order is refused" -- \
    step gmz_01 "$V" order_rectify "jsonb_build_object('on', (current_date - 27)::text, 'deadline', (current_date - 28)::text)"
step gmz_01 "$V" order_rectify "jsonb_build_object('on', (current_date - 27)::text, 'deadline', (current_date + 3)::text)" >/dev/null
is "$(q gmz_01 "SELECT status || ' ' || (deadline = current_date + 3) FROM casedesk.case_file WHERE id = $V")" "rectifying true" "rectifying with the deadline on the case"
is "$(q gmz_01 "SELECT string_agg(step, ',') FROM casedesk.case_next_steps($V)")" "demolish,rectify" "an increment case cannot be disposed of as stock"
fails_like "Only stock violations" "stock disposal of an increment case is refused" -- step gmz_01 "$V" stock_dispose "$(d 2)"
step gmz_01 "$V" demolish "$(d 2)" >/dev/null
is "$(q gmz_01 "SELECT c.status || ' ' || v.resolution || ' ' || coalesce(c.deadline::text, 'none') FROM casedesk.case_file c JOIN casedesk.violation v USING (id) WHERE id = $V")" \
    "demolished demolished none" "demolished: resolution recorded, the clock stopped"
step gmz_01 "$V" reinspect "$(d 1)" >/dev/null
step gmz_01 "$V" close "$(d 0)" >/dev/null
is "$(status "$V")" "closed" "the violation case is closed after every step"
fails_like "closed case can no longer be changed" "a closed case is read-only" -- \
    q gmz_01 "UPDATE casedesk.case_file SET note = 'late' WHERE id = $V"
q gmz_01 "DELETE FROM casedesk.case_file WHERE id = $V" >/dev/null
is "$(q gmz_01 "SELECT count(*) FROM casedesk.case_file WHERE id = $V")" "1" "the closed case survived the delete"

# --------------------------------------------------------- stock vs increment
CUT=$(q gmz_01 "SELECT casedesk.stock_cutoff()")
S=$(q gmz_01 "SELECT casedesk.case_create_violation($GMZ_V, 'construction', 'satellite', current_date - 10, '王五', NULL, 80, 1, date '$CUT' - 400)")
I=$(q gmz_01 "SELECT casedesk.case_create_violation($GMZ_V, 'land', 'report', current_date - 10, '赵六', NULL, 300, 0, date '$CUT' + 1)")
is "$(q gmz_01 "SELECT stock FROM casedesk.violation WHERE id = $S")/$(q gmz_01 "SELECT stock FROM casedesk.violation WHERE id = $I")" \
    "t/f" "built before the cut-off is stock, after it is increment"
for s in verify stop_notice order_rectify; do
    step gmz_01 "$S" $s "jsonb_build_object('on', (current_date - 5)::text, 'doc_no', 'N1', 'deadline', (current_date + 30)::text)" >/dev/null
done
is "$(q gmz_01 "SELECT string_agg(step, ',') FROM casedesk.case_next_steps($S)")" "demolish,rectify,stock_dispose" "a stock case may be disposed of as stock"
step gmz_01 "$S" stock_dispose "$(d 1)" >/dev/null
is "$(status "$S")" "stock_disposal" "stock disposal recorded"
fails_like "permission denied" "staff cannot move the cut-off" -- \
    q gmz_01 "UPDATE casedesk.setting SET value = '2000-01-01' WHERE key = 'violation.stock_cutoff'"
q xxzx_01 "UPDATE casedesk.setting SET value = (date '$CUT' + 10)::text WHERE key = 'violation.stock_cutoff'" >/dev/null
is "$(q dcs_01 "SELECT stock FROM casedesk.violation WHERE id = $I")" "t" "moving the cut-off re-classifies cases"
q xxzx_01 "UPDATE casedesk.setting SET value = '$CUT' WHERE key = 'violation.stock_cutoff'" >/dev/null
fails_like "must be a date" "a malformed cut-off is refused" -- \
    q xxzx_01 "UPDATE casedesk.setting SET value = 'soon' WHERE key = 'violation.stock_cutoff'"

# ------------------------------------------------------- expropriation path
fails_like "does not take part in this project" "a case in a project the town is not part of is refused" -- \
    q gmz_01 "SELECT casedesk.case_create_expropriation($PROJ_OTHER, $GMZ_V, 'household', '孙七')"
fails_like "citizen ID number is not valid" "a citizen ID with a wrong check digit is refused" -- \
    q gmz_01 "SELECT casedesk.case_create_expropriation($PROJ, $GMZ_V, 'household', '孙七', '110101199003070001')"
fails_like "credit code is not valid" "a bad credit code is refused" -- \
    q gmz_01 "SELECT casedesk.case_create_expropriation($PROJ, $GMZ_V, 'enterprise', '安康某公司', '91350100M000100Y44')"
fails_like "phone number must be" "a bad phone number is refused" -- \
    q gmz_01 "SELECT casedesk.case_create_expropriation($PROJ, $GMZ_V, 'household', '孙七', NULL, '12345')"
fails_like "house area must be greater than 0" "a zero house area is refused" -- \
    q gmz_01 "SELECT casedesk.case_create_expropriation($PROJ, $GMZ_V, 'household', '孙七', NULL, NULL, NULL, 0)"
E=$(q gmz_01 "SELECT casedesk.case_create_expropriation($PROJ, $GMZ_V, 'household', '孙七', NULL, '13912345678', '关庙村二组', 150, 0.5, current_date - 100)")
like "$(q gmz_01 "SELECT case_no || ' ' || status FROM casedesk.case_file WHERE id = $E")" "^ZS-[0-9]{4}-[0-9]{6} registered$" "expropriation case registered"
step gmz_01 "$E" survey "$(d 90)" >/dev/null
step gmz_01 "$E" assess "jsonb_build_object('on', (current_date - 80)::text, 'amount', '100000')" >/dev/null
is "$(q gmz_01 "SELECT string_agg(step, ',') FROM casedesk.case_next_steps($E)")" "record_expropriation_decision" "no signing before the ID number is known"
fails_like "citizen ID number or credit code before signing" "signing without ID is refused" -- \
    step gmz_01 "$E" sign "jsonb_build_object('on', (current_date - 70)::text, 'resettlement', 'money')"
# 11010519491231002X: a well-known valid GB 11643 example
q gmz_01 "UPDATE casedesk.expropriation SET party_id_no = '11010519491231002x' WHERE id = $E" >/dev/null
is "$(q gmz_01 "SELECT party_id_no FROM casedesk.expropriation WHERE id = $E")" "11010519491231002X" "the ID number is stored upper-cased"
fails_like "needs the resettlement community|resettlement community is required" "flat resettlement needs a community" -- \
    step gmz_01 "$E" sign "jsonb_build_object('on', (current_date - 70)::text, 'resettlement', 'flat')"
step gmz_01 "$E" sign "jsonb_build_object('on', (current_date - 70)::text, 'resettlement', 'money')" >/dev/null
fails_like "before the date the agreement was signed" "a payment before signing is refused" -- \
    q gmz_01 "SELECT casedesk.payment_add($E, 1000, current_date - 75, '孙七')"
P1=$(q gmz_01 "SELECT casedesk.payment_add($E, 60000, current_date - 60, '孙七', 'PZ1')")
like "$P1" '^[0-9]+$' "first payment recorded"
is "$(q gmz_01 "SELECT p.account = j.account_no FROM casedesk.payment p JOIN casedesk.project j ON j.id = $PROJ WHERE p.id = $P1")" "t" "payment goes to the project's dedicated account"
fails_like "more than the assessed compensation" "overpayment is refused" -- \
    q gmz_01 "SELECT casedesk.payment_add($E, 40000.01, current_date - 50, '孙七')"
fails_like "not paid in full: 60000.00 of 100000.00" "compensation_paid refused before full payment" -- \
    step gmz_01 "$E" pay_complete "'{}'::jsonb"
fails_like "does not exist or does not belong" "another town cannot record a payment" -- \
    q ztz_01 "SELECT casedesk.payment_add($E, 1, current_date, 'x')"
is "$(q ztz_01 "SELECT count(*) FROM casedesk.payment WHERE case_id = $E")" "0" "another town sees no payments"
fails_like "cannot be changed or deleted|permission denied" "payments cannot be edited" -- \
    q gmz_01 "UPDATE casedesk.payment SET amount = 1 WHERE id = $P1"
q gmz_01 "SELECT casedesk.payment_add($E, 40000, current_date - 50, '孙七')" >/dev/null
is "$(q gmz_01 "SELECT paid_total FROM casedesk.expropriation WHERE id = $E")" "100000.00" "paid total follows the ledger"
step gmz_01 "$E" pay_complete "'{}'::jsonb" >/dev/null
is "$(q gmz_01 "SELECT c.status || ' ' || (x.paid_on = current_date - 50) FROM casedesk.case_file c JOIN casedesk.expropriation x USING (id) WHERE id = $E")" \
    "compensation_paid true" "paid in full on the last payment's date"
fails_like "Payments can be recorded only after the agreement" "no payments after full payment" -- \
    q gmz_01 "SELECT casedesk.payment_add($E, 1, current_date, '孙七')"
step gmz_01 "$E" vacate "$(d 40)" >/dev/null
step gmz_01 "$E" demolish "$(d 30)" >/dev/null
step gmz_01 "$E" close "$(d 20)" >/dev/null
is "$(status "$E")" "closed" "the expropriation case is closed after every step"

# --------------------------------------------------------- forced path
F=$(q gmz_01 "SELECT casedesk.case_create_expropriation($PROJ, $GMZ_V, 'enterprise', '安康某建材公司', '91350100M000100Y43', NULL, NULL, 800, 3, current_date - 300)")
step gmz_01 "$F" survey "$(d 290)" >/dev/null
step gmz_01 "$F" assess "jsonb_build_object('on', (current_date - 280)::text, 'amount', '2000000')" >/dev/null
fails_like "Forced demolition needs the expropriation decision, the compensation decision and the court enforcement" \
    "forced demolition refused with no statutory step" -- step gmz_01 "$F" forced_demolish "$(d 10)"
fails_like "Record the expropriation decision before the compensation decision" "compensation decision refused before the expropriation decision" -- \
    step gmz_01 "$F" record_compensation_decision "jsonb_build_object('on', (current_date - 200)::text, 'doc_no', 'B1')"
fails_like "document number is required" "a decision needs its document number" -- \
    step gmz_01 "$F" record_expropriation_decision "$(d 250)"
step gmz_01 "$F" record_expropriation_decision "jsonb_build_object('on', (current_date - 250)::text, 'doc_no', '汉政征字〔2025〕3号')" >/dev/null
fails_like "Forced demolition needs" "forced demolition refused with one statutory step" -- step gmz_01 "$F" forced_demolish "$(d 10)"
fails_like "cannot be dated before the expropriation decision" "decisions must be in date order" -- \
    step gmz_01 "$F" record_compensation_decision "jsonb_build_object('on', (current_date - 260)::text, 'doc_no', 'B1')"
step gmz_01 "$F" record_compensation_decision "jsonb_build_object('on', (current_date - 200)::text, 'doc_no', '汉政补字〔2025〕9号')" >/dev/null
fails_like "Forced demolition needs" "forced demolition refused with two statutory steps" -- step gmz_01 "$F" forced_demolish "$(d 10)"
is "$(q gmz_01 "SELECT string_agg(step, ',') FROM casedesk.case_next_steps($F)")" "sign,record_court_enforcement" "next: sign, or the court ruling"
step gmz_01 "$F" record_court_enforcement "jsonb_build_object('on', (current_date - 100)::text, 'doc_no', '（2025）陕0902行审12号')" >/dev/null
fails_like "cannot be earlier than the previous step" "forced demolition cannot predate the court ruling" -- step gmz_01 "$F" forced_demolish "$(d 150)"
step gmz_01 "$F" forced_demolish "$(d 10)" >/dev/null
is "$(q gmz_01 "SELECT c.status || ' ' || x.forced FROM casedesk.case_file c JOIN casedesk.expropriation x USING (id) WHERE id = $F")" "demolished true" "forced demolition after the three statutory steps"

# ----------------------------------------- patrols and violation-free villages
PT=$(q gmz_01 "INSERT INTO casedesk.patrol (patrol_on, members, notes) VALUES (current_date - 1, '甲、乙', '例行巡查') RETURNING id")
like "$PT" '^[0-9]+$' "staff log a patrol for their unit"
is "$(q ztz_01 "SELECT count(*) FROM casedesk.patrol WHERE id = $PT")" "0" "another town does not see the patrol"
fails_like "must belong to the patrol's town" "staff cannot log a patrol village of another town" -- \
    q gmz_01 "INSERT INTO casedesk.patrol_village (patrol_id, village_id) VALUES ($PT, $ZTZ_V)"
q gmz_01 "INSERT INTO casedesk.patrol_village (patrol_id, village_id) VALUES ($PT, $GMZ_V)" >/dev/null
is "$(q gmz_01 "SELECT days_since_patrol FROM casedesk.village_patrol_status WHERE village_id = $GMZ_V")" "1" "days since the village was last patrolled"
fails_like "Only supervisors" "staff cannot certify a village" -- \
    q gmz_01 "SELECT casedesk.village_certify_violation_free($GMZ_V2, current_date - 5)"
# Seeded history out of the way: the village starts with no open violation
# and no certification; then one open case of ours blocks certification.
psql_su -c "SET session_replication_role = replica;
    UPDATE casedesk.case_file SET status = 'closed', closed_on = current_date, deadline = NULL
     WHERE village_id = $GMZ_V2 AND status IN ('found','verified','stop_notice','rectifying');
    UPDATE casedesk.village SET violation_free_since = NULL WHERE id = $GMZ_V2;
    DELETE FROM casedesk.village_certification WHERE village_id = $GMZ_V2" >/dev/null
B=$(q gmz_01 "SELECT casedesk.case_create_violation($GMZ_V2, 'land', 'report', current_date - 20, '周九')")
fails_like "still has 1 unresolved violation cases" "a village with an open violation cannot be certified" -- \
    q dcs_01 "SELECT casedesk.village_certify_violation_free($GMZ_V2, current_date - 5)"
for s in verify stop_notice order_rectify demolish; do
    step gmz_01 "$B" $s "jsonb_build_object('on', (current_date - 15)::text, 'doc_no', 'N2', 'deadline', (current_date - 10)::text)" >/dev/null
done
is "$(status "$B")" "demolished" "the blocking case is dealt with"
q dcs_01 "SELECT casedesk.village_certify_violation_free($GMZ_V2, current_date - 5)" >/dev/null
is "$(q gmz_01 "SELECT violation_free_since = current_date - 5 FROM casedesk.village WHERE id = $GMZ_V2")" "t" "supervisor certifies a violation-free village"
FC=$(q gmz_01 "SELECT casedesk.patrol_record_finding($PT, $GMZ_V2, 'construction', '钱八', '河堤旁', 60, 1)")
like "$FC" '^[0-9]+$' "a patrol finding opens a case"
is "$(q gmz_01 "SELECT v.found_by || ' ' || (v.patrol_id = $PT) || ' ' || (v.found_on = current_date - 1) || ' ' || c.status FROM casedesk.violation v JOIN casedesk.case_file c USING (id) WHERE id = $FC")" \
    "patrol true true found" "the case is found on patrol, dated on the patrol day"
is "$(q gmz_01 "SELECT coalesce(violation_free_since::text, 'lost') FROM casedesk.village WHERE id = $GMZ_V2")" "lost" "the village loses its violation-free title"
is "$(q dcs_01 "SELECT lost_case_id = $FC AND lost_on = current_date - 1 FROM casedesk.village_certification WHERE village_id = $GMZ_V2 ORDER BY id DESC LIMIT 1")" "t" "the loss records the date and the case"
is "$(q gmz_01 "SELECT count(*) FROM casedesk.patrol_village WHERE patrol_id = $PT AND village_id = $GMZ_V2")" "1" "the village counts as patrolled"
fails_like "does not exist or does not belong" "another town cannot record findings on this patrol" -- \
    q ztz_01 "SELECT casedesk.patrol_record_finding($PT, $ZTZ_V, 'land', 'x')"
fails_like "recorded from the patrol log" "patrol findings go through the patrol log" -- \
    q gmz_01 "SELECT casedesk.case_create_violation($GMZ_V, 'land', 'patrol', current_date, 'x')"

fails_like "granted only by a supervisor" "an admin cannot grant the violation-free title by editing the village" -- \
    q xxzx_01 "UPDATE casedesk.village SET violation_free_since = current_date WHERE id = $GMZ_V"
fails_like "permission denied" "an admin cannot register cases" -- \
    q xxzx_01 "SELECT casedesk.case_create_violation($GMZ_V, 'land', 'report', current_date, 'x')"
fails_like "Only staff of a town or sub-district office may register cases" "an inspector cannot register cases" -- \
    q jw_01 "SELECT casedesk.case_create_violation($GMZ_V, 'land', 'report', current_date, 'x')"
is "$(q jw_01 "SELECT count(*) FROM casedesk.case_next_steps($FC)")" "0" "an inspector gets no next steps"

# ---------------------------------------------------------------- petitions
PE=$(q gmz_01 "INSERT INTO casedesk.petition (case_id, petitioner, received_on, subject) VALUES ($E, '孙七', current_date - 10, '补偿标准偏低') RETURNING id")
is "$(q gmz_01 "SELECT due_on - received_on FROM casedesk.petition WHERE id = $PE")" "60" "a petition is due 60 days after receipt"
is "$(q gmz_01 "SELECT days_left || ' ' || overdue FROM casedesk.petition_clock WHERE id = $PE")" "50 false" "the statutory clock counts down"
fails_like "does not exist or does not belong to your unit" "a petition cannot hang on another town's case" -- \
    q ztz_01 "INSERT INTO casedesk.petition (case_id, petitioner, received_on, subject) VALUES ($E, 'x', current_date, 'y')"
fails_like "cannot be dated before the petition was received" "an answer before receipt is refused" -- \
    q gmz_01 "SELECT casedesk.petition_answer($PE, 1, current_date - 11, '已答复')"
is "$(q gmz_01 "SELECT casedesk.petition_answer($PE, 1, current_date, '已按政策解释答复')")" "2" "the petition is answered"
is "$(q gmz_01 "SELECT status FROM casedesk.petition WHERE id = $PE")" "answered" "answered status"

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

# ----------------------------------------------------------- audit + notify
is "$(psql_su -c "SELECT count(*) > 0 FROM casedesk.audit_log WHERE table_name = 'case_file' AND row_id = $E AND login = 'gmz_01'")" "t" "case changes are audited under the real login"
q gmz_01 "SELECT casedesk.payment_add($C, 40000, current_date, '吴十')" >/dev/null
like "$(psql_as gmz_01 -c "LISTEN casedesk" -c "SELECT casedesk.case_transition($C, (SELECT version FROM casedesk.case_file WHERE id = $C), 'pay_complete', '{}')" 2>&1)" \
    "payload \"case_file:$C:update\"" "a transition notifies listeners with table, id and operation"
is "$(q gmz_01 "SELECT count(*) FROM casedesk.case_file WHERE id = $V")" "1" "sanity: staff still see their own case"

done_testing
