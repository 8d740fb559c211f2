#!/bin/bash
# tests/e2e/district_clock.sh — the district's clock: the header clock and the
# home screen's "Today" follow the database's time zone (Asia/Shanghai, set
# by init), whatever zone the host (or the SSH session) is in.  Run with the
# host in UTC, and in a zone far away chosen so that, at the hour the test
# runs, the host's date is not the district's (the test says which); and with
# libpq asked for that zone (PGTZ), the server's dates follow the district too.
. "$top_srcdir/tests/lib/tap.sh"
. "$top_srcdir/tests/lib/pg.sh"
. "$top_srcdir/tests/lib/tmux.sh"

command -v tmux >/dev/null || { echo "1..0 # SKIP tmux not installed"; exit 0; }
unset PGTZ LANGUAGE
pg_start
pg_init 0.02
admin user add zhou_min --name 周敏 --unit xcb --role staff >/dev/null || { echo "Bail out! user add"; exit 99; }
cd_bin=$top_builddir/casedesk
conn=(-e "PGHOST=$PGHOST" -e "PGDATABASE=casedesk" -e "PGPORT=$PGPORT" -e PGUSER=zhou_min -e CASEDESK_CONFIG=/nonexistent)

is "$(psql_as zhou_min -c 'show timezone')" "Asia/Shanghai" "init gave the database the district's zone"
# The database's own view of now, in its zone (a new session takes the database's setting).
db_now() { psql_as zhou_min -c "select to_char(now(), 'YYYY-MM-DD HH24:MI')"; }

# A host zone far away whose date, right now, differs from the district's:
# Los Angeles (16 hours behind) when it does, else UTC-12 or UTC+14 (POSIX
# zone strings, no zone files needed), one of which always does.
district_date=$(db_now | cut -d' ' -f1)
far=
for z in America/Los_Angeles XST+12 XST-14; do
    [ "$(TZ=$z date +%F)" != "$district_date" ] && { far=$z; break; }
done
ok $([ -n "$far" ]; echo $?) "a host zone whose date is not the district's ($district_date): TZ=$far, $(TZ=$far date '+%F %H:%M')"

# check TZ: start casedesk with the host in TZ and compare with the database.
check() {
    local tz=$1 before after screen hm today
    tmux_start -x 100 -y 30 "${conn[@]}" -e TZ="$tz" -- "$cd_bin"
    wait_for "Today:" 10; ok $? "TZ=$tz: casedesk starts on the home screen"
    before=$(db_now); screen=$(tmux_screen); after=$(db_now)
    today=$(printf '%s\n' "$screen" | grep -oE 'Today: [0-9]{4}-[0-9]{2}-[0-9]{2}' | cut -d' ' -f2)
    ok $([ -n "$today" ] && { [ "$today" = "${before% *}" ] || [ "$today" = "${after% *}" ]; }; echo $?) \
        "TZ=$tz: Today is the district's date ($today; database ${before% *}; host $(TZ=$tz date +%F))"
    hm=$(printf '%s\n' "$screen" | sed -n 1p | grep -oE '[0-2][0-9]:[0-5][0-9] *$' | tr -d ' ')
    ok $([ -n "$hm" ] && { [ "$hm" = "${before#* }" ] || [ "$hm" = "${after#* }" ]; }; echo $?) \
        "TZ=$tz: the header clock is the district's ($hm; database ${before#* }; host $(TZ=$tz date +%H:%M))"
    tmux_send Q; wait_for "Quit" 5 && tmux_send y
    tmux_wait_exit 5; ok $? "TZ=$tz: quits"
}
check UTC
check "$far"

# --- dates the server works out (current_date: overdue, due soon, working
# days left) follow the district too, even when the client asks libpq for
# another session zone (PGTZ): one open task of the unit, due on the day
# that is "today" in one zone and "yesterday" in the other, is overdue in
# exactly one of them.
open="status IN ('assigned','signed','in_progress','returned')"
far_today=$(psql_as zhou_min -c "SET TimeZone = '$far'; SELECT current_date")
due=$district_date
[ "$far_today" \< "$district_date" ] && due=$far_today
psql_su -c "INSERT INTO casedesk.task (number_year, number_seq, title, lead_unit_id, deadline, created_by)
            VALUES (2026, 9901, '时区测试任务', (SELECT id FROM casedesk.unit WHERE code = 'xcb'), '$due',
                    (SELECT id FROM casedesk.official ORDER BY id LIMIT 1))" >/dev/null
overdue_district=$(psql_as zhou_min -c "SELECT count(*) FROM casedesk.task WHERE $open AND deadline < current_date")
overdue_far=$(psql_as zhou_min -c "SET TimeZone = '$far'; SELECT count(*) FROM casedesk.task WHERE $open AND deadline < current_date")
ok $([ "$overdue_district" != "$overdue_far" ]; echo $?) \
    "a task due $due is overdue in one zone only (district: $overdue_district, $far: $overdue_far)"
tmux_start -x 100 -y 30 "${conn[@]}" -e TZ="$far" -e PGTZ="$far" -- "$cd_bin"
wait_for "Overdue tasks" 10; ok $? "PGTZ=$far: casedesk starts"
shown=$(tmux_screen | grep -oE 'Overdue tasks +[0-9]+' | grep -oE '[0-9]+$')
is "$shown" "$overdue_district" "PGTZ=$far: the home screen counts overdue tasks by the district's date"
tmux_send Q; wait_for "Quit" 5 && tmux_send y
tmux_wait_exit 5
done_testing
