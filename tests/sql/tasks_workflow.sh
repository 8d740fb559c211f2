#!/bin/bash
# Permission x workflow matrix for supervision tasks, as real login roles.
. "$top_srcdir/tests/sql/tasks_common.sh"
tasks_setup

D10=$(psql_su -c "SELECT current_date + 10")
T=$(q t_sup "SELECT casedesk.task_create('北环线棚改项目征收进度督办', 'xcb', '$D10', '逐户推进签约', 'meeting', 'listed', 5, 't_lead', ARRAY['ldb'])")
like "$T" '^[0-9]+$' "supervisor creates a task"
like "$(q t_sup "SELECT number FROM casedesk.task WHERE id = $T")" "^DB-[0-9]{4}-0001$" "task number is DB-year-0001"

# --- who may create
for who in t_lead t_insp t_adm; do
    fails_like 'Only a supervisor may create a task' "$who cannot create a task" -- \
        q $who "SELECT casedesk.task_create('x', 'xcb', '$D10')"
done
fails_like 'The deadline cannot be in the past' "deadline in the past refused" -- \
    q t_sup "SELECT casedesk.task_create('x', 'xcb', current_date - 1)"
fails_like 'not a known unit code' "unknown lead unit refused" -- \
    q t_sup "SELECT casedesk.task_create('x', 'nosuch', '$D10')"
fails_like 'The task title is required' "empty title refused" -- \
    q t_sup "SELECT casedesk.task_create('  ', 'xcb', '$D10')"
fails_like 'must belong to the lead unit' "responsible official of another unit refused" -- \
    q t_sup "SELECT casedesk.task_create('x', 'xcb', '$D10', '', 'meeting', 'normal', 5, 't_co')"

# --- who sees it
is "$(q t_lead  "SELECT count(*) FROM casedesk.task")" 1 "lead unit staff see the task"
is "$(q t_co    "SELECT count(*) FROM casedesk.task")" 1 "co-handling unit staff see the task"
is "$(q t_other "SELECT count(*) FROM casedesk.task")" 0 "unrelated unit staff see no task"
is "$(q t_other "SELECT count(*) FROM casedesk.task_unit")" 0 "unrelated unit staff see no co-handling rows"
is "$(q t_insp  "SELECT count(*) FROM casedesk.task")" 1 "inspector reads all tasks"
fails_like 'permission denied' "admin cannot read tasks" -- q t_adm "SELECT count(*) FROM casedesk.task"

# --- signing
V=$(tver $T)
fails_like 'Only the lead unit signs' "co-handling unit cannot sign" -- q t_co "SELECT casedesk.task_sign($T, $V)"
fails_like 'Only staff of the lead unit may sign' "unrelated unit cannot sign" -- q t_other "SELECT casedesk.task_sign($T, $V)"
fails_like 'Only staff of the lead unit may sign' "supervisor cannot sign" -- q t_sup "SELECT casedesk.task_sign($T, $V)"
fails_like 'changed by someone else' "stale version refused" -- q t_lead "SELECT casedesk.task_sign($T, $((V - 1)))"
fails_like 'permission denied' "staff cannot UPDATE status directly" -- \
    q t_lead "UPDATE casedesk.task SET status = 'signed' WHERE id = $T"
fails_like 'permission denied' "supervisor cannot UPDATE status directly" -- \
    q t_sup "UPDATE casedesk.task SET status = 'closed' WHERE id = $T"
fails_like 'The lead unit must sign' "no report before signing" -- q t_lead "SELECT casedesk.task_add_report($T, '已入户', 10)"
q t_lead "SELECT casedesk.task_sign($T, $V)" >/dev/null; ok $? "lead staff signs"
is "$(tstatus $T)" signed "status is signed"
fails_like 'already been signed' "cannot sign twice" -- q t_lead2 "SELECT casedesk.task_sign($T, $(tver $T))"

# --- progress reports
fails_like 'Only staff of the lead or a co-handling unit' "unrelated unit cannot report" -- \
    q t_other "SELECT casedesk.task_add_report($T, '进展', 10)"
fails_like 'Only staff of the lead or a co-handling unit' "inspector cannot report" -- \
    q t_insp "SELECT casedesk.task_add_report($T, '进展', 10)"
fails_like 'between 0 and 100' "percent 101 refused" -- q t_lead "SELECT casedesk.task_add_report($T, '进展', 101)"
fails_like 'between 0 and 100' "percent -1 refused" -- q t_lead "SELECT casedesk.task_add_report($T, '进展', -1)"
fails_like 'needs some text' "empty report refused" -- q t_lead "SELECT casedesk.task_add_report($T, ' ', 5)"
like "$(q t_co "SELECT casedesk.task_add_report($T, '配合完成评估', 20)")" '^[0-9]+$' "co-handling unit reports progress"
is "$(tstatus $T)" signed "a co-handling report leaves the status"
like "$(q t_lead "SELECT casedesk.task_add_report($T, '已签约30户', 40)")" '^[0-9]+$' "lead unit reports progress"
is "$(tstatus $T)" in_progress "a lead report moves it to in_progress"
is "$(q t_co "SELECT count(*) FROM casedesk.task_report WHERE task_id = $T")" 2 "co-handling staff read both reports"
is "$(q t_other "SELECT count(*) FROM casedesk.task_report")" 0 "unrelated staff read no reports"

# --- report done, return, close
fails_like 'Only staff of the lead unit may report this task done' "co-handling unit cannot report done" -- \
    q t_co "SELECT casedesk.task_submit($T, $(tver $T), '完成')"
q t_lead "SELECT casedesk.task_submit($T, $(tver $T), '全部签约完成')" >/dev/null
is "$(tstatus $T)" reported "lead unit reports it done"
fails_like 'awaits verification' "no progress report while awaiting verification" -- \
    q t_lead "SELECT casedesk.task_add_report($T, '补充', 100)"
fails_like 'Only a supervisor may verify and close' "staff cannot close" -- q t_lead "SELECT casedesk.task_close($T, $(tver $T))"
fails_like 'Only a supervisor may verify and close' "inspector cannot close" -- q t_insp "SELECT casedesk.task_close($T, $(tver $T))"
fails_like 'Only a supervisor may return' "staff cannot return" -- q t_lead "SELECT casedesk.task_return($T, $(tver $T), '不行')"
fails_like 'A reason is required' "return needs a reason" -- q t_sup "SELECT casedesk.task_return($T, $(tver $T), '')"
q t_sup "SELECT casedesk.task_return($T, $(tver $T), '资料不全，补充签约协议')" >/dev/null
is "$(tstatus $T)" returned "supervisor returns it"
fails_like 'Only a task reported done can be verified' "a returned task cannot be closed" -- \
    q t_sup "SELECT casedesk.task_close($T, $(tver $T))"
q t_lead "SELECT casedesk.task_add_report($T, '已补充协议', 100)" >/dev/null
is "$(tstatus $T)" in_progress "re-report moves a returned task to in_progress"
q t_lead "SELECT casedesk.task_submit($T, $(tver $T), '补齐资料')" >/dev/null
q t_sup "SELECT casedesk.task_close($T, $(tver $T), '核验销号')" >/dev/null
is "$(tstatus $T)" closed "supervisor verifies and closes it"
fails_like 'This task is closed; no more reports' "no report on a closed task" -- \
    q t_lead "SELECT casedesk.task_add_report($T, '再报', 100)"
fails_like 'closed and can no longer be changed' "a closed task cannot be edited" -- \
    q t_sup "UPDATE casedesk.task SET title = '改' WHERE id = $T"

# --- supervisor edits with version check, staff cannot
T2=$(q t_sup "SELECT casedesk.task_create('“两违”整治百日攻坚督办', 'xcb', '$D10', '', 'inspection', 'key')")
V=$(tver $T2)
is "$(q t_sup "UPDATE casedesk.task SET title = '“两违”整治百日攻坚' WHERE id = $T2 AND version = $V RETURNING version")" $((V + 1)) "supervisor saves with the version"
is "$(q t_sup "UPDATE casedesk.task SET title = 'x' WHERE id = $T2 AND version = $V RETURNING version")" "" "a stale save updates nothing"
fails_like 'permission denied' "staff cannot edit the title" -- q t_lead "UPDATE casedesk.task SET title = 'x' WHERE id = $T2"
fails_like 'permission denied' "staff cannot insert tasks directly" -- \
    q t_lead "INSERT INTO casedesk.task (number_year, number_seq, title, lead_unit_id, deadline, created_by) VALUES (2026, 99, 'x', 1, current_date, 1)"

# --- extensions
q t_lead "SELECT casedesk.task_sign($T2, $(tver $T2))" >/dev/null
fails_like 'Only staff of the lead unit may request an extension' "co-handling/other unit cannot request" -- \
    q t_other "SELECT casedesk.task_request_extension($T2, current_date + 20, '拆迁资金未到位')"
fails_like 'must be later than the current deadline' "earlier requested deadline refused" -- \
    q t_lead "SELECT casedesk.task_request_extension($T2, current_date + 5, '理由')"
fails_like 'A reason is required' "extension needs a reason" -- \
    q t_lead "SELECT casedesk.task_request_extension($T2, current_date + 20, '')"
E1=$(q t_lead "SELECT casedesk.task_request_extension($T2, current_date + 20, '拆迁资金未到位')")
like "$E1" '^[0-9]+$' "lead staff request an extension"
fails_like 'already waiting for a decision' "one pending request at a time" -- \
    q t_lead "SELECT casedesk.task_request_extension($T2, current_date + 25, '再延')"
fails_like 'Only a supervisor may decide' "staff cannot decide" -- q t_lead "SELECT casedesk.task_decide_extension($E1, true)"
q t_sup "SELECT casedesk.task_decide_extension($E1, true, '同意')" >/dev/null
is "$(q t_sup "SELECT deadline = current_date + 20 FROM casedesk.task WHERE id = $T2")" t "approval moves the deadline"
fails_like 'already been decided' "cannot decide twice" -- q t_sup "SELECT casedesk.task_decide_extension($E1, false)"
E2=$(q t_lead "SELECT casedesk.task_request_extension($T2, current_date + 30, '群众诉求复杂')")
q t_sup "SELECT casedesk.task_decide_extension($E2, false, '不同意')" >/dev/null
is "$(q t_sup "SELECT deadline = current_date + 20 FROM casedesk.task WHERE id = $T2")" t "refusal keeps the deadline"
fails_like 'maximum number of extension requests' "third request over the cap refused" -- \
    q t_lead "SELECT casedesk.task_request_extension($T2, current_date + 40, '再次申请')"
psql_su -c "UPDATE casedesk.task SET deadline = current_date - 1 WHERE id = $T"  >/dev/null 2>&1  # closed: must stay
T3=$(q t_sup "SELECT casedesk.task_create('无违村创建督办', 'xcb', current_date)")
q t_lead "SELECT casedesk.task_sign($T3, $(tver $T3))" >/dev/null
psql_su -c "UPDATE casedesk.task SET deadline = current_date - 1 WHERE id = $T3" >/dev/null
fails_like 'before the deadline has passed' "extension after the deadline refused" -- \
    q t_lead "SELECT casedesk.task_request_extension($T3, current_date + 10, '来不及')"

# --- co-handling units and reassignment
q t_sup "SELECT casedesk.task_add_unit($T2, 'gmz')" >/dev/null
is "$(q t_other "SELECT count(*) FROM casedesk.task WHERE id = $T2")" 1 "a newly added co-handling unit sees the task"
fails_like 'cannot also be a co-handling unit' "lead unit cannot co-handle" -- q t_sup "SELECT casedesk.task_add_unit($T2, 'xcb')"
q t_sup "SELECT casedesk.task_reassign($T2, $(tver $T2), 'gmz')" >/dev/null
is "$(q t_sup "SELECT status || ':' || (SELECT code FROM casedesk.unit WHERE id = lead_unit_id) FROM casedesk.task WHERE id = $T2")" \
   "assigned:gmz" "reassignment gives the task to the new unit, unsigned"
is "$(q t_lead "SELECT count(*) FROM casedesk.task WHERE id = $T2")" 0 "the old lead unit no longer sees it"

# --- inbox: the right recipients only
is "$(q t_lead "SELECT count(*) FROM casedesk.my_inbox WHERE task_id = $T AND kind = 'new_task'")" 1 "lead unit got new_task"
is "$(q t_lead2 "SELECT count(*) FROM casedesk.my_inbox WHERE task_id = $T AND kind = 'new_task'")" 1 "colleague in the lead unit got it too"
is "$(q t_co "SELECT detail FROM casedesk.my_inbox WHERE task_id = $T AND kind = 'new_task'")" cohandling "co-handling unit got new_task"
is "$(q t_other "SELECT count(*) FROM casedesk.inbox WHERE task_id = $T")" 0 "unrelated unit got nothing about it"
is "$(q t_sup "SELECT count(*) FROM casedesk.my_inbox WHERE task_id = $T AND kind = 'reported'")" 2 "creator told twice it was reported done"
is "$(q t_lead "SELECT count(*) FROM casedesk.my_inbox WHERE task_id = $T AND kind IN ('returned','closed')")" 2 "lead unit told of return and close"
is "$(q t_lead "SELECT string_agg(detail, ',' ORDER BY id) FROM casedesk.my_inbox WHERE kind = 'extension_decided'")" "approved,refused" "requester told of both decisions"
is "$(q t_lead2 "SELECT count(*) FROM casedesk.my_inbox WHERE kind = 'extension_decided'")" 0 "decisions are personal to the requester"
is "$(q t_lead "SELECT count(*) FROM casedesk.my_inbox WHERE task_id = $T2 AND kind = 'reassigned'")" 1 "old lead unit told of the reassignment"
is "$(q t_sup "SELECT count(*) FROM casedesk.my_inbox WHERE kind = 'extension_requested'")" 2 "creator told of extension requests"
is "$(q t_insp "SELECT count(*) FROM casedesk.my_inbox")" 0 "inspector got nothing"
fails_like 'permission denied' "staff cannot write the inbox" -- \
    q t_lead "INSERT INTO casedesk.inbox (unit_id, kind) VALUES (1, 'closed')"
N1=$(q t_lead "SELECT casedesk.inbox_unread_count()"); N2=$(q t_lead2 "SELECT casedesk.inbox_unread_count()")
M=$(q t_lead "SELECT min(id) FROM casedesk.my_inbox WHERE to_unit")
is "$(q t_lead "SELECT casedesk.inbox_mark_read($M)")" t "mark a unit message read"
is "$(q t_lead "SELECT casedesk.inbox_mark_read($M)")" f "marking again changes nothing"
is "$(q t_lead "SELECT casedesk.inbox_unread_count()")" $((N1 - 1)) "my unread count drops"
is "$(q t_lead2 "SELECT casedesk.inbox_unread_count()")" "$N2" "my colleague's unread count does not"
fails_like 'not in your inbox' "cannot mark someone else's message" -- q t_other "SELECT casedesk.inbox_mark_read($M)"
q t_lead "SELECT casedesk.inbox_mark_all_read()" >/dev/null
is "$(q t_lead "SELECT casedesk.inbox_unread_count()")" 0 "mark all read"

# --- notifications carry ids and kinds only
OUT=$(psql_as t_lead -c "LISTEN casedesk" -c "SELECT casedesk.task_add_report($T3, '进展', 10)" 2>&1)
like "$OUT" "task_report:[0-9]+:insert" "a report sends task_report:id:insert"
like "$OUT" "task:$T3:update" "and the task update notification"

# --- audit: every transition is in the chain with the real login
is "$(psql_su -c "SELECT count(*) > 0 FROM casedesk.audit_log WHERE table_name = 'task' AND row_id = $T AND login = 't_lead' AND op = 'UPDATE'")" t \
   "staff transitions are audited under their login"

done_testing
