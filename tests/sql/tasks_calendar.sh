#!/bin/bash
# Working-day calendar: weekends, holidays, make-up days; who maintains it.
. "$top_srcdir/tests/sql/tasks_common.sh"
tasks_setup

c() { q t_lead "SELECT $*"; }
# Shipped calendar: 春节 2026 is 02-15..02-23, with Saturday 02-14 a make-up day.
is "$(c "casedesk.is_workday('2026-02-14')")" t "make-up Saturday is a working day"
is "$(c "casedesk.is_workday('2026-02-16')")" f "a Spring Festival Monday is not"
is "$(c "casedesk.is_workday('2026-03-01')")" f "an ordinary Sunday is not"
is "$(c "casedesk.add_workdays('2026-02-13', 1)")" 2026-02-14 "Friday + 1 lands on the make-up Saturday"
is "$(c "casedesk.add_workdays('2026-02-13', 2)")" 2026-02-24 "Friday + 2 jumps over the whole holiday"
is "$(c "casedesk.workdays_between('2026-02-13', '2026-02-24')")" 2 "two working days across the holiday"

# A calendar of our own in 2040: Monday 05-14 off, Saturday 05-19 on.
fails_like 'permission denied' "staff cannot change the calendar" -- \
    q t_lead "INSERT INTO casedesk.calendar_day (day, kind) VALUES ('2040-05-14', 'holiday')"
fails_like 'permission denied' "supervisor cannot change the calendar" -- \
    q t_sup "INSERT INTO casedesk.calendar_day (day, kind) VALUES ('2040-05-14', 'holiday')"
q t_adm "INSERT INTO casedesk.calendar_day (day, kind, name) VALUES ('2040-05-14', 'holiday', '测试假日'), ('2040-05-19', 'workday', '调休')" >/dev/null
ok $? "admin adds a holiday and a make-up day"
fails_like 'calendar_day_kind_valid' "unknown day kind refused" -- \
    q t_adm "INSERT INTO casedesk.calendar_day (day, kind) VALUES ('2040-05-20', 'festival')"

is "$(c "casedesk.is_workday('2040-05-14')")" f "the holiday Monday is off"
is "$(c "casedesk.is_workday('2040-05-15')")" t "the Tuesday after is on"
is "$(c "casedesk.is_workday('2040-05-19')")" t "the make-up Saturday is on"
is "$(c "casedesk.is_workday('2040-05-20')")" f "the Sunday after is off"
is "$(c "casedesk.add_workdays('2040-05-11', 1)")" 2040-05-15 "Friday + 1 skips the weekend and the holiday"
is "$(c "casedesk.add_workdays('2040-05-18', 1)")" 2040-05-19 "Friday + 1 is the make-up Saturday"
is "$(c "casedesk.add_workdays('2040-05-18', 2)")" 2040-05-21 "Friday + 2 is Monday"
is "$(c "casedesk.add_workdays('2040-05-15', -1)")" 2040-05-11 "Tuesday - 1 goes back over the holiday to Friday"
is "$(c "casedesk.add_workdays('2040-05-20', 0)")" 2040-05-20 "adding zero keeps the day"
is "$(c "casedesk.workdays_between('2040-05-11', '2040-05-21')")" 6 "working days from Friday to the next-but-one Monday"
is "$(c "casedesk.workdays_between('2040-05-21', '2040-05-11')")" -6 "and backwards is negative"
is "$(c "casedesk.workdays_between('2040-05-14', '2040-05-14')")" 0 "a day to itself is zero"
is "$(c "casedesk.add_workdays('2040-05-01', 60)")" 2040-07-24 "long jumps agree with day-by-day counting"
is "$(c "count(*) FROM generate_series(0, 60) n
        WHERE casedesk.workdays_between('2040-05-10', casedesk.add_workdays('2040-05-10', n)) <> n")" 0 \
   "workdays_between(d, add_workdays(d, n)) = n for n = 0..60"

q t_adm "SELECT casedesk.row_delete('calendar_day', (SELECT id FROM casedesk.calendar_day WHERE day = '2040-05-14'))" >/dev/null
is "$(c "casedesk.add_workdays('2040-05-11', 1)")" 2040-05-14 "removing the holiday makes Monday a working day again"

# Settings belong to administrators.
fails_like 'permission denied' "staff cannot change the settings" -- \
    q t_lead "UPDATE casedesk.task_setting SET max_extensions = 9"
fails_like 'task_setting_warn_range' "settings are range-checked" -- \
    q t_adm "UPDATE casedesk.task_setting SET warn_workdays = 99"
is "$(q t_adm "UPDATE casedesk.task_setting SET max_extensions = 3 RETURNING max_extensions")" 3 "admin changes the extension cap"

done_testing
