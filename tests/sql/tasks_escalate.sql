-- Escalation: warning / yellow / red at working-day thresholds, idempotent,
-- the red-card hook, and inbox rows for the right recipients.
-- pgTAP, run by tests/lib/pgtap.sh; everything is rolled back.
BEGIN;
\ir ../lib/fixture.sql
\ir tasks_users.sql
SELECT * FROM no_plan();

-- 2040-05-14 (Mon) is a holiday, 2040-05-19 (Sat) a make-up day.
SET SESSION AUTHORIZATION t_adm;
INSERT INTO casedesk.calendar_day (day, kind) VALUES ('2040-05-14', 'holiday'), ('2040-05-19', 'workday');
RESET SESSION AUTHORIZATION;
-- Record calls of the discipline hook instead of flagging anyone.
CREATE TABLE public.flag_calls (task_id bigint, official_id integer);
DROP FUNCTION IF EXISTS casedesk.discipline_auto_flag_inaction(bigint, integer);
CREATE FUNCTION casedesk.discipline_auto_flag_inaction(p_task_id bigint, p_official_id integer)
    RETURNS void LANGUAGE sql SECURITY DEFINER
AS $$ INSERT INTO public.flag_calls VALUES (p_task_id, p_official_id) $$;

\set d '2040-05-16'
-- a Wednesday
SET SESSION AUTHORIZATION t_sup;
SELECT casedesk.task_create('安置社区建设进度督办', 'xcb', :'d', '', 'leader', 'key', 5, 't_lead', ARRAY['ldb']) AS e \gset
SELECT casedesk.task_create('长春路征迁环境保障', 'xcb', :'d') AS f \gset
SELECT casedesk.task_create('棚改项目资金专户审计', 'xcb', :'d') AS g \gset
RESET SESSION AUTHORIZATION;
SET SESSION AUTHORIZATION t_lead;
SELECT string_agg(casedesk.task_sign(t.id, t.version)::text, ',') FROM casedesk.task t WHERE t.id IN (:e, :f, :g) \gset sign_
SELECT casedesk.task_submit(:g, (SELECT version FROM casedesk.task WHERE id = :g), '已完成') \gset submit_
RESET SESSION AUTHORIZATION;

-- cards(task) as the supervisor: 'kind@issued_on,...' or '-'
CREATE FUNCTION pg_temp.cards(p_task bigint) RETURNS text LANGUAGE sql AS $$
    SELECT coalesce(string_agg(kind || '@' || issued_on, ',' ORDER BY id), '-')
      FROM casedesk.task_card WHERE task_id = p_task $$;
GRANT EXECUTE ON FUNCTION pg_temp.cards(bigint) TO PUBLIC;

-- Permissions
SET SESSION AUTHORIZATION t_lead;
SELECT throws_like($$SELECT casedesk.task_escalate('2040-05-17')$$,
                   '%Only a supervisor may run the escalation for a day other than today%',
                   'staff cannot escalate for another day');
SELECT matches(casedesk.task_escalate()::text, '^[0-9]+$', 'staff may run today''s escalation (lazy, from the TUI)');
RESET SESSION AUTHORIZATION;
SET SESSION AUTHORIZATION t_adm;
SELECT matches(casedesk.task_escalate()::text, '^[0-9]+$', 'admin may run today''s escalation');
RESET SESSION AUTHORIZATION;

SET SESSION AUTHORIZATION t_sup;
-- Warning: 3 working days ahead.  From Wed 05-09 there are 4 (Thu, Fri, Tue,
-- Wed: Monday is a holiday); from Thu 05-10 there are 3.
SELECT casedesk.task_escalate('2040-05-09') \gset esc_
SELECT is(pg_temp.cards(:e), '-', 'no warning 4 working days before the deadline');
SELECT is(casedesk.task_escalate('2040-05-10')::int, 2, 'warnings 3 working days before (holiday skipped), for E and F');
SELECT is(pg_temp.cards(:e), 'warning@2040-05-10', 'E has a warning');
SELECT is(casedesk.task_escalate('2040-05-10')::int, 0, 'running again issues nothing');
SELECT is(casedesk.task_escalate('2040-05-11')::int, 0, 'nor does the next day (one warning per deadline)');
SELECT is(pg_temp.cards(:g), '-', 'a task reported done gets no warning');

-- Due tomorrow: from Tue 05-15 the next working day is the deadline.
SELECT casedesk.task_escalate('2040-05-11') \gset esc_
RESET SESSION AUTHORIZATION;
SET SESSION AUTHORIZATION t_lead;
SELECT is((SELECT count(*) FROM casedesk.my_inbox WHERE task_id = :e AND kind = 'due_tomorrow')::int, 0,
          'no due_tomorrow on Friday (Monday is off, Tuesday is next)');
RESET SESSION AUTHORIZATION;
SET SESSION AUTHORIZATION t_sup;
SELECT casedesk.task_escalate('2040-05-15') \gset esc_
SELECT casedesk.task_escalate('2040-05-15') \gset esc_
RESET SESSION AUTHORIZATION;
SET SESSION AUTHORIZATION t_lead;
SELECT is((SELECT count(*) FROM casedesk.my_inbox WHERE task_id = :e AND kind = 'due_tomorrow')::int, 1,
          'one due_tomorrow on the last working day before');
RESET SESSION AUTHORIZATION;

-- Yellow: overdue.
SET SESSION AUTHORIZATION t_sup;
SELECT is(casedesk.task_escalate(:'d')::int, 0, 'nothing on the deadline day itself');
SELECT is(casedesk.task_escalate('2040-05-17')::int, 2, 'yellow cards the day after the deadline');
SELECT is(pg_temp.cards(:e), 'warning@2040-05-10,yellow@2040-05-17', 'E has a yellow card');

-- Red: 5 working days overdue.  (05-16, 05-21] holds Thu, Fri, make-up Sat,
-- Mon = 4; 05-22 is the fifth.
SELECT is(casedesk.task_escalate('2040-05-21')::int, 0, 'no red card 4 working days overdue');
SELECT casedesk.task_set_deadline(:f, (SELECT version FROM casedesk.task WHERE id = :f), '2040-05-25') \gset dl_
SELECT is(casedesk.task_escalate('2040-05-22')::int, 2,
          'red card for E on the 5th working day overdue (make-up day counted), warning for F''s new deadline');
SELECT is(pg_temp.cards(:e), 'warning@2040-05-10,yellow@2040-05-17,red@2040-05-22', 'E has a red card');
SELECT is((SELECT reason FROM casedesk.task_card WHERE task_id = :e AND kind = 'red'), 'overdue by 5 working days',
          'the red card says why');
RESET SESSION AUTHORIZATION;
SELECT is((SELECT f.task_id || ':' || o.login FROM public.flag_calls f JOIN casedesk.official o ON o.id = f.official_id),
          :'e' || ':t_lead', 'the red card called the discipline hook with the responsible official');
SET SESSION AUTHORIZATION t_sup;
SELECT is(casedesk.task_escalate('2040-05-23')::int, 0, 'escalation is idempotent');

-- Second yellow: F was given until Fri 05-25; overdue again on Mon 05-28.
SELECT is(casedesk.task_escalate('2040-05-28')::int, 2, 'a second yellow card for F brings a red card');
SELECT is((SELECT string_agg(kind || ':' || reason, ',' ORDER BY id) FROM casedesk.task_card
            WHERE task_id = :f AND issued_on = '2040-05-28'),
          'yellow:overdue,red:second yellow card', 'F: yellow then red for the second yellow');
RESET SESSION AUTHORIZATION;
SELECT is((SELECT count(*) FROM public.flag_calls)::int, 2, 'one hook call per red card');
SET SESSION AUTHORIZATION t_sup;
SELECT is(pg_temp.cards(:g), '-', 'the task awaiting verification was never carded');
SELECT is((SELECT count(*) FROM casedesk.task_card c JOIN casedesk.unit u ON u.id = c.unit_id
            WHERE u.code = 'xcb' AND c.kind IN ('yellow', 'red'))::int, 5,
          'the cards count against the lead unit');
RESET SESSION AUTHORIZATION;

-- Who sees the cards and the messages.
SET SESSION AUTHORIZATION t_lead;
SELECT is((SELECT count(*) FROM casedesk.task_card)::int, 8, 'lead unit staff see their cards');
RESET SESSION AUTHORIZATION;
SET SESSION AUTHORIZATION t_other;
SELECT is((SELECT count(*) FROM casedesk.task_card)::int, 0, 'unrelated staff see none');
RESET SESSION AUTHORIZATION;
SET SESSION AUTHORIZATION t_insp;
SELECT is((SELECT count(*) FROM casedesk.task_card)::int, 8, 'inspector sees all');
RESET SESSION AUTHORIZATION;
SET SESSION AUTHORIZATION t_lead;
SELECT is((SELECT string_agg(detail, ',' ORDER BY id) FROM casedesk.my_inbox WHERE task_id = :e AND kind = 'card_issued'),
          'warning,yellow,red', 'lead unit told of every card');
RESET SESSION AUTHORIZATION;
SET SESSION AUTHORIZATION t_co;
SELECT is((SELECT count(*) FROM casedesk.my_inbox WHERE kind = 'card_issued')::int, 0, 'co-handling unit is not carded');
RESET SESSION AUTHORIZATION;
SET SESSION AUTHORIZATION t_sup;
SELECT is((SELECT count(*) FROM casedesk.my_inbox WHERE kind = 'card_issued' AND detail = 'red')::int, 2,
          'the creating supervisor is told of red cards');
RESET SESSION AUTHORIZATION;
SET SESSION AUTHORIZATION t_lead;
SELECT is((SELECT count(*) FROM casedesk.my_inbox WHERE task_id = :e AND kind = 'report_due')::int, 1,
          'a progress report came due once');
SELECT throws_like(format($$INSERT INTO casedesk.task_card (task_id, unit_id, kind, reason, deadline, issued_on)
                            VALUES (%s, 1, 'red', 'x', current_date, current_date)$$, :e),
                   '%permission denied%', 'staff cannot issue cards by hand');
RESET SESSION AUTHORIZATION;

SELECT * FROM finish();
ROLLBACK;
