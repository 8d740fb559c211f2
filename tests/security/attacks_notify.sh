#!/bin/bash
# Notifications (issue 11, class 10): a clerk listening with psql on every
# channel they can name hears nothing of another unit's cases; the unit
# channels cannot be derived without the key; a forged NOTIFY reaches only
# the channels the forger knows.
. "$top_srcdir/tests/security/lib.sh"
sec_users
ID_STAFF3=$(fixture_user sec_staff3 孙五 xcb staff)
V=$(psql_su -c "INSERT INTO casedesk.village (unit_id, name) SELECT id, '大桥路社区' FROM casedesk.unit
                WHERE code = 'xcb' RETURNING id")
XCB=$(psql_su -c "SELECT id FROM casedesk.unit WHERE code = 'xcb'")
GMZ=$(psql_su -c "SELECT id FROM casedesk.unit WHERE code = 'gmz'")

channels() { psql_as "$1" -c "SELECT c FROM casedesk.my_channels() c ORDER BY 1"; }
is "$(channels sec_staff | wc -l)" "2" "staff get two channels: the district's and their unit's"
is "$(channels sec_adm)" "casedesk" "an admin (who reads no cases) gets the district's only"
is "$(channels sec_sup | wc -l)" "$(( $(psql_su -c 'SELECT count(*) FROM casedesk.unit') + 1 ))" \
    "supervisors, who read every case, get every unit's"
mine=$(channels sec_staff | grep -v '^casedesk$')
theirs=$(channels sec_staff2 | grep -v '^casedesk$')
isnt() { TAP_N=$((TAP_N + 1)); if [ "$1" != "$2" ]; then echo "ok $TAP_N - $3"; else echo "not ok $TAP_N - $3"; TAP_FAILED=$((TAP_FAILED + 1)); fi; }
isnt "$mine" "$theirs" "two units have two channels"
ok "$(echo "$mine$theirs" | grep -qE "_u0*($XCB|$GMZ)\$"; echo $((1 - $?)))" "a channel name is not the unit's id"
denied sec_staff2 "SELECT casedesk.unit_channel($XCB)" "staff cannot compute another unit's channel"
denied sec_staff2 "SELECT * FROM casedesk.notify_secret" "nor read the key"

# gmz staff listen on everything they can name, plus guesses; xcb staff on theirs.
listen() {  # LOGIN CHANNEL... -> psql output after a change made meanwhile
    local who=$1; shift
    { for c in "$@"; do echo "LISTEN \"$c\";"; done; sleep 2; echo "SELECT 1;"; } | psql_as "$who" 2>&1
}
guesses=("casedesk_u$XCB" "casedesk_$XCB" "casedesk_xcb" "casedesk_unit_$XCB")
listen sec_staff2 $(channels sec_staff2) "${guesses[@]}" >"$PG_TMP/other.log" &
L1=$!
listen sec_staff3 $(channels sec_staff3) >"$PG_TMP/own.log" &
L2=$!
sleep 0.7
C=$(psql_as sec_staff -c "SELECT casedesk.case_create_violation($V, 'land', 'report', casedesk.today(), '张三')")
psql_as sec_staff -c "UPDATE casedesk.case_file SET note = '改' WHERE id = $C" >/dev/null
wait $L1 $L2
like "$(cat "$PG_TMP/own.log")" "payload \"case_file:$C:insert\"" "a colleague of the same unit hears the new case"
like "$(cat "$PG_TMP/own.log")" "payload \"case_file:$C:update\"" "and its change"
is "$(grep -c 'case_file\|violation' "$PG_TMP/other.log")" "0" \
    "another unit's clerk, listening on every channel they can name or guess, hears nothing of it"

# A forged NOTIFY reaches the channels the forger knows, and no other.
listen sec_staff3 $(channels sec_staff3) >"$PG_TMP/forged.log" &
L3=$!
sleep 0.7
psql_as sec_staff2 -c "SELECT pg_notify('casedesk_u$XCB', 'case_file:1:update')" -c "NOTIFY casedesk_xcb, 'case_file:1:update'" >/dev/null 2>&1
wait $L3
is "$(grep -c 'Asynchronous notification' "$PG_TMP/forged.log")" "0" \
    "a forged NOTIFY on a guessed channel reaches nobody in the other unit"
done_testing
