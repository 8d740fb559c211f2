#!/bin/bash
# The inspector's workflow: legal and illegal transitions, the disposition's
# required fields, logged reads, inspector reports, the evidence view and the
# automatic inaction flag raised by a red card.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/sql/discipline_fixture.sh"

flag() { psql_as t_flagger -c "SELECT casedesk.flag_official($ID_FLAGGED, '$1', '$2')"; }
recid() { psql_su -c "SELECT record_id FROM casedesk.discipline_flagger WHERE receipt = '$1'"; }
status() { psql_su -c "SELECT status FROM casedesk.discipline_record WHERE id = $1"; }
reads() { psql_su -c "SELECT count(*) FROM casedesk.discipline_audit WHERE op = 'READ' AND login = 't_ins' AND table_name = '$1' AND row_id IS NOT DISTINCT FROM $2"; }

RA=$(flag soliciting '索要好处费'); A=$(recid "$RA")
RB=$(flag favouritism '优亲厚友'); B=$(recid "$RB")
RC=$(flag leaking '跑风漏气'); C=$(recid "$RC")
is "$(status "$A")" received "a new flag is 'received'"

# --- who may act -------------------------------------------------------------
for who in t_flagger t_sup t_adm; do
    like "$(sql_as $who -c "SELECT casedesk.discipline_start_review($A)")" 'permission denied for function' \
         "$who cannot start a review"
done

# --- illegal transitions ---------------------------------------------------
like "$(sql_as t_ins -c "SELECT casedesk.discipline_route($A, 'investigation', 'x')")" \
     'A received record cannot move to investigation' "received cannot jump to investigation"
like "$(sql_as t_ins -c "SELECT casedesk.discipline_conclude($A, 'warning', current_date, '汉纪〔2025〕1号')")" \
     'Only a record under review, talk letter or investigation can be concluded; this one is received' \
     "received cannot be concluded"
like "$(sql_as t_ins -c "SELECT casedesk.discipline_start_review($A, current_date - 1)")" \
     'deadline must not be in the past' "a review deadline in the past is refused"
is "$(status "$A")" received "refusals change nothing"

# --- legal path: review -> talk letter -> investigation -> concluded ----------
psql_as t_ins -c "SELECT casedesk.discipline_start_review($A, current_date + 20)" >/dev/null; ok $? "start the preliminary review"
is "$(status "$A")" preliminary_review "status is preliminary_review"
is "$(psql_su -c "SELECT review_due - review_started_on FROM casedesk.discipline_record WHERE id = $A")" 20 "review deadline stored"
like "$(sql_as t_ins -c "SELECT casedesk.discipline_start_review($A)")" 'can start only on a received record; this one is preliminary_review' \
     "a review cannot start twice"
like "$(sql_as t_ins -c "SELECT casedesk.discipline_route($A, 'bogus')")" 'next step must be talk_letter, investigation or set_aside' \
     "an unknown next step is refused"
v=$(psql_su -c "SELECT version FROM casedesk.discipline_record WHERE id = $A")
like "$(sql_as t_ins -c "SELECT casedesk.discipline_route($A, 'talk_letter', '函询', $((v - 1)))")" 'changed by someone else' \
     "a stale version is refused"
psql_as t_ins -c "SELECT casedesk.discipline_route($A, 'talk_letter', '发函询', $v)" >/dev/null; ok $? "route to talk_letter with the current version"
like "$(sql_as t_ins -c "SELECT casedesk.discipline_route($A, 'set_aside', 'x')")" 'A talk_letter record cannot move to set_aside' \
     "talk_letter cannot be set aside"
psql_as t_ins -c "SELECT casedesk.discipline_route($A, 'investigation', '立案审查')" >/dev/null; ok $? "talk_letter -> investigation"
like "$(sql_as t_ins -c "SELECT casedesk.discipline_conclude($A, 'warning', current_date, '  ')")" \
     'decision document number is required' "a disposition without a document number is refused"
like "$(sql_as t_ins -c "SELECT casedesk.discipline_conclude($A, 'warning', NULL, '汉纪〔2025〕2号')")" \
     'decision date is required' "a disposition without a date is refused"
like "$(sql_as t_ins -c "SELECT casedesk.discipline_conclude($A, 'warning', current_date + 1, '汉纪〔2025〕2号')")" \
     'must not be in the future' "a disposition dated in the future is refused"
like "$(sql_as t_ins -c "SELECT casedesk.discipline_conclude($A, 'fine', current_date, '汉纪〔2025〕2号')")" \
     'disposition must be one of' "an unknown disposition is refused"
is "$(status "$A")" investigation "refused dispositions change nothing"
psql_as t_ins -c "SELECT casedesk.discipline_conclude($A, 'serious_warning', current_date, ' 汉纪〔2025〕2号 ', '党内严重警告')" >/dev/null
ok $? "conclude with a disposition"
is "$(psql_su -c "SELECT concat_ws('|', status, disposition, disposition_on = current_date, decision_no, decided_by, closed_at IS NOT NULL) FROM casedesk.discipline_record WHERE id = $A")" \
   "concluded|serious_warning|t|汉纪〔2025〕2号|$ID_INS|t" "disposition, date, document number and the recording inspector are stored"
like "$(sql_as t_ins -c "SELECT casedesk.discipline_route($A, 'investigation', 'x')")" 'A concluded record cannot move' "a concluded record is final"
is "$(psql_as t_flagger -c "SELECT casedesk.flag_receipt_status('$RA')")" closed "the flagger now sees 'closed'"
is "$(psql_as t_flagger -c "SELECT casedesk.flag_receipt_status('$RB')")" open "... and 'open' for the other one"

# set aside needs a reason; direct conclusion from review
psql_as t_ins -c "SELECT casedesk.discipline_start_review($B)" >/dev/null
like "$(sql_as t_ins -c "SELECT casedesk.discipline_route($B, 'set_aside', '')")" 'needs a reason' "set aside without a reason is refused"
psql_as t_ins -c "SELECT casedesk.discipline_route($B, 'set_aside', '查无实据，予以了结')" >/dev/null; ok $? "set aside with a reason"
is "$(psql_as t_flagger -c "SELECT casedesk.flag_receipt_status('$RB')")" closed "a set-aside flag is 'closed' for the flagger"
psql_as t_ins -c "SELECT casedesk.discipline_start_review($C)" >/dev/null
psql_as t_ins -c "SELECT casedesk.discipline_conclude($C, 'no_violation', current_date, '汉纪初〔2025〕7号')" >/dev/null
ok $? "review -> concluded directly"
is "$(psql_su -c "SELECT count(*) FROM casedesk.discipline_audit WHERE op = 'UPDATE' AND login = 't_ins' AND table_name = 'discipline_record'")" 8 \
   "every transition is in discipline_audit under the inspector's login"

# --- reads are logged ----------------------------------------------------------
before=$(reads discipline_record "$C")
psql_as t_ins -c "SELECT facts FROM casedesk.discipline_get($C)" >/dev/null
is "$(reads discipline_record "$C")" $((before + 1)) "discipline_get is logged as a READ of that record"
before=$(reads discipline_record "$B")
n=$(psql_as t_ins -c "SELECT count(*) FROM casedesk.discipline_list(p_status => 'set_aside')")
is "$n" 1 "discipline_list filters by status"
is "$(reads discipline_record "$B")" $((before + 1)) "discipline_list logs each record it returns"
is "$(reads discipline_record "$A")" 0 "... and only those"
g=$(psql_as t_ins -F'|' -c "SELECT receipt, flagger_name, official_name, status FROM casedesk.discipline_get($A)")
is "$g" "$RA|张三|李四|concluded" "discipline_get shows the receipt, the flagger and the flagged official"

# --- reports -------------------------------------------------------------------
RD=$(flag abuse '以权谋私'); D=$(recid "$RD")
psql_as t_ins -c "SELECT casedesk.discipline_start_review($D, current_date + 1)" >/dev/null
psql_su -c "ALTER TABLE casedesk.discipline_record DISABLE TRIGGER USER;
            UPDATE casedesk.discipline_record SET review_started_on = current_date - 40, review_due = current_date - 10 WHERE id = $D;
            ALTER TABLE casedesk.discipline_record ENABLE TRIGGER USER;"
is "$(psql_as t_ins -F'|' -c "SELECT id, days_overdue FROM casedesk.discipline_overdue_reviews()")" "$D|10" "overdue reviews are listed with days overdue"
is "$(psql_as t_ins -F'|' -c "SELECT unit_code, category, open_count FROM casedesk.discipline_open_by_category_unit()")" "xcb|abuse|1" \
   "open flags by category and unit"
is "$(psql_as t_ins -F'|' -c "SELECT official_id, flags, open_flags, sanctions FROM casedesk.discipline_repeat_officials()")" "$ID_FLAGGED|4|1|1" \
   "repeat officials: 4 flags, 1 open, 1 sanction"
is "$(psql_su -c "SELECT count(*) FROM casedesk.discipline_audit WHERE op = 'READ' AND new_row ? 'report'")" 3 "each report is logged"

# --- the automatic inaction flag ------------------------------------------------
TASK=$(psql_su -c "INSERT INTO casedesk.task (number_year, number_seq, title, lead_unit_id, responsible_id, deadline, created_by)
                   SELECT 2025, 901, '西坝安置社区签约攻坚', u.id, $ID_OTHER, current_date - 40, $ID_SUP
                     FROM casedesk.unit u WHERE u.code = 'gmz' RETURNING id" | head -n1)
psql_su -c "SELECT casedesk.task_escalate()" >/dev/null; ok $? "escalation runs"
is "$(psql_su -c "SELECT count(*) FROM casedesk.task_card WHERE task_id = $TASK AND kind = 'red'")" 1 "the overdue task got a red card"
auto=$(psql_su -F'|' -c "SELECT r.official_id, r.category, r.source, r.status, l.task_id
                          FROM casedesk.discipline_record r JOIN casedesk.discipline_link l ON l.record_id = r.id
                         WHERE r.source = 'auto'")
is "$auto" "$ID_OTHER|inaction|auto|received|$TASK" "the red card raised an inaction flag on the responsible official, task linked"
psql_su -c "SELECT casedesk.discipline_auto_flag_inaction($TASK, $ID_OTHER)" >/dev/null
is "$(psql_su -c "SELECT count(*) FROM casedesk.discipline_record WHERE source = 'auto'")" 1 "a second red card on the same task adds no duplicate"
is "$(psql_as t_ins -c "SELECT task_ids FROM casedesk.discipline_get((SELECT max(id) FROM casedesk.discipline_list(p_category => 'inaction')))")" "{$TASK}" \
   "the inspector sees the linked task"

# --- evidence -------------------------------------------------------------------
ev=$(psql_as t_ins -F'|' -c "SELECT kind, ref_id FROM casedesk.official_evidence($ID_OTHER)")
like "$ev" "flag\\|" "evidence lists the official's flags"
like "$ev" "task\\|$TASK" "evidence lists the tasks they were responsible for"
like "$ev" "card\\|" "evidence lists the cards naming them"
is "$(reads official "$ID_OTHER")" 1 "the evidence read is logged"
like "$(sql_as t_ins -c "SELECT * FROM casedesk.official_evidence($ID_INS)")" 'does not exist' "no evidence view about oneself"
like "$(sql_as t_sup -c "SELECT * FROM casedesk.official_evidence($ID_OTHER)")" 'permission denied' "supervisors get no evidence view"

# the chain is intact after all this
is "$(psql_su -c "SELECT coalesce(casedesk.audit_first_broken('discipline_audit')::text, 'intact')")" intact "the discipline audit chain verifies"

done_testing
