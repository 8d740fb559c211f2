#!/bin/bash
# Escalation: warning / yellow / red at working-day thresholds, idempotent,
# the red-card hook, and inbox rows for the right recipients.
. "$top_srcdir/tests/sql/tasks_common.sh"
tasks_setup

# 2040-05-14 (Mon) is a holiday, 2040-05-19 (Sat) a make-up day.
q t_adm "INSERT INTO casedesk.calendar_day (day, kind) VALUES ('2040-05-14', 'holiday'), ('2040-05-19', 'workday')" >/dev/null
# Record calls of the discipline hook instead of flagging anyone.
psql_su >/dev/null <<'SQL'
CREATE TABLE public.flag_calls (task_id bigint, official_id integer);
DROP FUNCTION IF EXISTS casedesk.discipline_auto_flag_inaction(bigint, integer);
CREATE FUNCTION casedesk.discipline_auto_flag_inaction(p_task_id bigint, p_official_id integer)
    RETURNS void LANGUAGE sql SECURITY DEFINER
AS $$ INSERT INTO public.flag_calls VALUES (p_task_id, p_official_id) $$;
SQL

D=2040-05-16   # a Wednesday
E=$(q t_sup "SELECT casedesk.task_create('安置社区建设进度督办', 'xcb', '$D', '', 'leader', 'key', 5, 't_lead', ARRAY['ldb'])")
F=$(q t_sup "SELECT casedesk.task_create('长春路征迁环境保障', 'xcb', '$D')")
G=$(q t_sup "SELECT casedesk.task_create('棚改项目资金专户审计', 'xcb', '$D')")
for t in $E $F $G; do q t_lead "SELECT casedesk.task_sign($t, $(tver $t))" >/dev/null; done
q t_lead "SELECT casedesk.task_submit($G, $(tver $G), '已完成')" >/dev/null

esc() { q t_sup "SELECT casedesk.task_escalate('$1')"; }
cards() { q t_sup "SELECT coalesce(string_agg(kind || '@' || issued_on, ',' ORDER BY id), '-') FROM casedesk.task_card WHERE task_id = $1"; }

# Permissions
fails_like 'Only a supervisor may run the escalation for a day other than today' \
    "staff cannot escalate for another day" -- q t_lead "SELECT casedesk.task_escalate('2040-05-17')"
like "$(q t_lead "SELECT casedesk.task_escalate()")" '^[0-9]+$' "staff may run today's escalation (lazy, from the TUI)"
like "$(q t_adm "SELECT casedesk.task_escalate()")" '^[0-9]+$' "admin may run today's escalation"

# Warning: 3 working days ahead.  From Wed 05-09 there are 4 (Thu, Fri, Tue,
# Wed: Monday is a holiday); from Thu 05-10 there are 3.
esc 2040-05-09 >/dev/null
is "$(cards $E)" - "no warning 4 working days before the deadline"
is "$(esc 2040-05-10)" 2 "warnings 3 working days before (holiday skipped), for E and F"
is "$(cards $E)" warning@2040-05-10 "E has a warning"
is "$(esc 2040-05-10)" 0 "running again issues nothing"
is "$(esc 2040-05-11)" 0 "nor does the next day (one warning per deadline)"
is "$(cards $G)" - "a task reported done gets no warning"

# Due tomorrow: from Tue 05-15 the next working day is the deadline.
esc 2040-05-11 >/dev/null
is "$(q t_lead "SELECT count(*) FROM casedesk.my_inbox WHERE task_id = $E AND kind = 'due_tomorrow'")" 0 "no due_tomorrow on Friday (Monday is off, Tuesday is next)"
esc 2040-05-15 >/dev/null; esc 2040-05-15 >/dev/null
is "$(q t_lead "SELECT count(*) FROM casedesk.my_inbox WHERE task_id = $E AND kind = 'due_tomorrow'")" 1 "one due_tomorrow on the last working day before"

# Yellow: overdue.
is "$(esc $D)" 0 "nothing on the deadline day itself"
is "$(esc 2040-05-17)" 2 "yellow cards the day after the deadline"
is "$(cards $E)" warning@2040-05-10,yellow@2040-05-17 "E has a yellow card"

# Red: 5 working days overdue.  (05-16, 05-21] holds Thu, Fri, make-up Sat,
# Mon = 4; 05-22 is the fifth.
is "$(esc 2040-05-21)" 0 "no red card 4 working days overdue"
q t_sup "SELECT casedesk.task_set_deadline($F, $(tver $F), '2040-05-25')" >/dev/null
is "$(esc 2040-05-22)" 2 "red card for E on the 5th working day overdue (make-up day counted), warning for F's new deadline"
is "$(cards $E)" warning@2040-05-10,yellow@2040-05-17,red@2040-05-22 "E has a red card"
is "$(q t_sup "SELECT reason FROM casedesk.task_card WHERE task_id = $E AND kind = 'red'")" "overdue by 5 working days" "the red card says why"
is "$(psql_su -c "SELECT f.task_id || ':' || o.login FROM public.flag_calls f JOIN casedesk.official o ON o.id = f.official_id")" "$E:t_lead" \
   "the red card called the discipline hook with the responsible official"
is "$(esc 2040-05-23)" 0 "escalation is idempotent"

# Second yellow: F was given until Fri 05-25; overdue again on Mon 05-28.
is "$(esc 2040-05-28)" 2 "a second yellow card for F brings a red card"
is "$(q t_sup "SELECT string_agg(kind || ':' || reason, ',' ORDER BY id) FROM casedesk.task_card WHERE task_id = $F AND issued_on = '2040-05-28'")" \
   "yellow:overdue,red:second yellow card" "F: yellow then red for the second yellow"
is "$(psql_su -c "SELECT count(*) FROM public.flag_calls")" 2 "one hook call per red card"
is "$(cards $G)" - "the task awaiting verification was never carded"
is "$(q t_sup "SELECT count(*) FROM casedesk.task_card c JOIN casedesk.unit u ON u.id = c.unit_id WHERE u.code = 'xcb' AND c.kind IN ('yellow', 'red')")" 5 \
   "the cards count against the lead unit"

# Who sees the cards and the messages.
is "$(q t_lead "SELECT count(*) FROM casedesk.task_card")" 8 "lead unit staff see their cards"
is "$(q t_other "SELECT count(*) FROM casedesk.task_card")" 0 "unrelated staff see none"
is "$(q t_insp "SELECT count(*) FROM casedesk.task_card")" 8 "inspector sees all"
is "$(q t_lead "SELECT string_agg(detail, ',' ORDER BY id) FROM casedesk.my_inbox WHERE task_id = $E AND kind = 'card_issued'")" \
   "warning,yellow,red" "lead unit told of every card"
is "$(q t_co "SELECT count(*) FROM casedesk.my_inbox WHERE kind = 'card_issued'")" 0 "co-handling unit is not carded"
is "$(q t_sup "SELECT count(*) FROM casedesk.my_inbox WHERE kind = 'card_issued' AND detail = 'red'")" 2 "the creating supervisor is told of red cards"
is "$(q t_lead "SELECT count(*) FROM casedesk.my_inbox WHERE task_id = $E AND kind = 'report_due'")" 1 "a progress report came due once"
fails_like 'permission denied' "staff cannot issue cards by hand" -- \
    q t_lead "INSERT INTO casedesk.task_card (task_id, unit_id, kind, reason, deadline, issued_on) VALUES ($E, 1, 'red', 'x', current_date, current_date)"

done_testing
