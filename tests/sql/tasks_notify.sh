#!/bin/bash
# The notifications of the task workflow carry ids and kinds only.  NOTIFY
# is delivered on commit, so this stays a shell test with a listening psql;
# the rest of the workflow matrix is pgTAP (tasks_workflow.sql).
. "$top_srcdir/tests/sql/tasks_common.sh"
tasks_setup

# A signed task past its deadline, as in tasks_workflow.sql.
T3=$(q t_sup "SELECT casedesk.task_create('无违村创建督办', 'xcb', current_date)")
q t_lead "SELECT casedesk.task_sign($T3, $(tver $T3))" >/dev/null
psql_su -c "UPDATE casedesk.task SET deadline = current_date - 1 WHERE id = $T3" >/dev/null

# Task changes go on the channels of the task's units (and the oversight
# channel), which casedesk.my_channels() names; not on the district's.
LISTENS=$(psql_as t_lead -c "SELECT string_agg(format('LISTEN %I;', c), ' ') FROM casedesk.my_channels() c")
OUT=$(psql_as t_lead -c "$LISTENS" -c "SELECT casedesk.task_add_report($T3, '进展', 10)" 2>&1)
like "$OUT" "task_report:[0-9]+:insert" "a report sends task_report:id:insert"
like "$OUT" "task:$T3:update" "and the task update notification"
OUT=$(psql_as t_lead -c "LISTEN casedesk" -c "SELECT casedesk.task_add_report($T3, '更多进展', 20)" 2>&1)
is "$(echo "$OUT" | grep -c 'task')" 0 "nothing about tasks on the district-wide channel"

done_testing
