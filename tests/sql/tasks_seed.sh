#!/bin/bash
# The task seed is consistent with the rules: what task_escalate would issue
# is already there, numbers and cards are well formed, each role sees its
# share; and a red card reaches the discipline module's hook for real.
. "$top_srcdir/tests/lib/tap.sh"
. "$top_srcdir/tests/lib/pg.sh"
pg_cluster 0.05

is "$(psql_su -c "SELECT count(*) FROM casedesk.task")" 25 "scale 0.05 seeds 25 tasks"
is "$(psql_su -c "SELECT count(*) FROM casedesk.task WHERE number !~ '^DB-[0-9]{4}-[0-9]{4,}$'")" 0 "task numbers are DB-year-nnnn"
is "$(psql_su -c "SELECT count(*) FROM casedesk.task t WHERE t.status IN ('reported','closed')
                   AND NOT EXISTS (SELECT 1 FROM casedesk.task_report r WHERE r.task_id = t.id AND r.final)")" 0 \
   "every task reported done has its final report"
is "$(psql_su -c "SELECT count(*) FROM casedesk.task_card c JOIN casedesk.task t ON t.id = c.task_id
                   WHERE c.unit_id <> t.lead_unit_id OR c.deadline <> t.deadline")" 0 "cards are against the lead unit and deadline"
is "$(psql_su -c "SELECT count(*) FROM casedesk.task_report r JOIN casedesk.task t ON t.id = r.task_id
                   WHERE r.reported_on > current_date OR r.reported_on < t.created_at::date")" 0 "report dates lie between creation and today"
is "$(psql_su -c "SELECT count(*) FROM casedesk.task_unit tu JOIN casedesk.task t ON t.id = tu.task_id
                   WHERE tu.unit_id = t.lead_unit_id")" 0 "no lead unit is also co-handling"
INBOX=$(psql_su -c "SELECT count(*) FROM casedesk.inbox WHERE kind = 'report_due'")
is "$(psql_su -c "SELECT casedesk.task_escalate()")" 0 "escalating today adds no card the seed did not already hold"
is "$(psql_su -c "SELECT count(*) FROM casedesk.inbox WHERE kind = 'report_due'")" "$INBOX" "nor a report-due message"

STAFF=$(psql_su -c "SELECT o.login FROM casedesk.official o JOIN casedesk.unit u ON u.id = o.unit_id
                     WHERE u.code = 'xcb' AND o.role = 'staff' ORDER BY o.id LIMIT 1")
SUP=$(psql_su -c "SELECT login FROM casedesk.official WHERE role = 'supervisor' ORDER BY id LIMIT 1")
WANT=$(psql_su -c "SELECT count(*) FROM casedesk.task t JOIN casedesk.unit u ON u.id = t.lead_unit_id
                    WHERE u.code = 'xcb' OR t.id IN (SELECT tu.task_id FROM casedesk.task_unit tu
                                                      JOIN casedesk.unit cu ON cu.id = tu.unit_id WHERE cu.code = 'xcb')")
is "$(psql_as "$STAFF" -c "SELECT count(*) FROM casedesk.task")" "$WANT" "seeded xcb staff see exactly their unit's tasks"
is "$(psql_as "$SUP" -c "SELECT count(*) FROM casedesk.task")" 25 "a seeded supervisor sees all tasks"
like "$(psql_as "$STAFF" -c "SELECT casedesk.inbox_unread_count()")" '^[0-9]+$' "seeded staff have an inbox"

# A red card raises an automatic inaction flag through the discipline hook.
T=$(psql_as "$SUP" -c "SELECT casedesk.task_create('红牌联动测试', 'xcb', current_date, '', 'meeting', 'normal', 5, '$STAFF')")
psql_as "$STAFF" -c "SELECT casedesk.task_sign($T, (SELECT version FROM casedesk.task WHERE id = $T))" >/dev/null
psql_as "$SUP" -c "SELECT casedesk.task_escalate(current_date + 30)" >/dev/null
is "$(psql_su -c "SELECT count(*) FROM casedesk.task_card WHERE task_id = $T AND kind = 'red'")" 1 "the overdue task got a red card"
is "$(psql_su -c "SELECT count(*) FROM casedesk.discipline_link l JOIN casedesk.discipline_record r ON r.id = l.record_id
                   WHERE l.task_id = $T AND r.source = 'auto' AND r.category = 'inaction'")" 1 \
   "the hook raised an automatic inaction flag linked to the task"
fails_like 'permission denied' "the responsible official cannot read discipline records" -- \
    psql_as "$STAFF" -c "SELECT count(*) FROM casedesk.discipline_link"

# Links to cases and projects.
CASE_OWN=$(psql_su -c "SELECT c.id FROM casedesk.case_file c JOIN casedesk.unit u ON u.id = c.unit_id WHERE u.code = 'xcb' ORDER BY c.id LIMIT 1")
CASE_OTHER=$(psql_su -c "SELECT c.id FROM casedesk.case_file c JOIN casedesk.unit u ON u.id = c.unit_id WHERE u.code <> 'xcb' ORDER BY c.id LIMIT 1")
PROJ=$(psql_su -c "SELECT min(id) FROM casedesk.project")
OTHER=$(psql_su -c "SELECT o.login FROM casedesk.official o JOIN casedesk.unit u ON u.id = o.unit_id
                     WHERE u.code = 'gmz' AND o.role = 'staff' ORDER BY o.id LIMIT 1")
like "$(psql_as "$STAFF" -c "SELECT casedesk.task_link_case($T, $CASE_OWN)")" '^[0-9]+$' "lead staff link a case of their unit"
fails_like 'belongs to another unit' "lead staff cannot link another unit's case" -- \
    psql_as "$STAFF" -c "SELECT casedesk.task_link_case($T, $CASE_OTHER)"
fails_like 'Only a supervisor or staff of the lead unit' "unrelated staff cannot link" -- \
    psql_as "$OTHER" -c "SELECT casedesk.task_link_project($T, $PROJ)"
like "$(psql_as "$SUP" -c "SELECT casedesk.task_link_case($T, $CASE_OTHER)")" '^[0-9]+$' "supervisor links any case"
like "$(psql_as "$SUP" -c "SELECT casedesk.task_link_project($T, $PROJ)")" '^[0-9]+$' "supervisor links a project"
is "$(psql_as "$STAFF" -c "SELECT count(*) FROM casedesk.task_link WHERE task_id = $T")" 3 "lead staff see the task's links"
is "$(psql_as "$OTHER" -c "SELECT count(*) FROM casedesk.task_link WHERE task_id = $T")" 0 "unrelated staff do not"

done_testing
