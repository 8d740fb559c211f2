#!/bin/bash
# Discipline records are confidential, where it takes real connections and
# commits to show: a disabled user cannot connect at all, and no NOTIFY ever
# mentions a discipline change.  The single-session checks (nothing readable
# by non-inspectors, receipts, refusals) are pgTAP:
# discipline_confidentiality.sql.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/sql/discipline_fixture.sh"

# --- a disabled user --------------------------------------------------------
psql_su -c "SELECT casedesk.user_disable('t_other')" >/dev/null
like "$(sql_as t_other -c "SELECT casedesk.flag_official($ID_FLAGGED, 'other', 'x')")" \
     'not permitted to log in' "a disabled user cannot even connect"

# --- no NOTIFY for discipline changes ---------------------------------------
LOG="$PG_TMP/listen.out"
{ echo "LISTEN casedesk;"; sleep 2; echo "SELECT 'poll';"; sleep 0.5; echo "SELECT 'poll2';"; } |
    "$PG_BIN/psql" -X -At -U t_flagger >"$LOG" 2>&1 &
LPID=$!
sleep 0.7
psql_as t_flagged -c "SELECT casedesk.flag_official($ID_FLAGGER, 'abuse', '以权谋私')" >/dev/null
rec=$(psql_su -c "SELECT id FROM casedesk.discipline_record ORDER BY received_at DESC LIMIT 1")
psql_as t_ins -c "SELECT casedesk.discipline_start_review($rec)" >/dev/null
psql_as t_ins -c "SELECT casedesk.discipline_route($rec, 'set_aside', '查无实据')" >/dev/null
psql_as t_ins -c "SELECT count(*) FROM casedesk.discipline_get($rec)" >/dev/null
# control: a change that does notify, so the listener is known to work
psql_su -c "UPDATE casedesk.unit SET name = name WHERE code = 'gmz'" >/dev/null
wait $LPID
like "$(cat "$LOG")" 'Asynchronous notification "casedesk" with payload "unit:' "the listener receives ordinary change notifications"
grep -i 'discipline\|flag' "$LOG" >/dev/null; is $? 1 "no notification mentions discipline tables"
is "$(grep -c 'Asynchronous notification' "$LOG")" "1" "the only notification is the control one"

done_testing
