#!/bin/bash
# Scoring rules and the report tool: weights that do not add up are refused
# at commit, and the bad inputs (a year with no targets, an unknown unit, a
# target of zero, weights that do not add up, a bad period) get one clear
# sentence, no division by zero and no partial output.  Who may maintain
# targets and commendations is pgTAP: targets_rules.sql.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/lib/pg.sh"
. "$top_srcdir/tests/lib/tap.sh"
TOOL="$top_builddir/tests/unit/report_tool"

pg_cluster 0.05

Y=$(date +%Y); LY=$((Y - 1))
login() { psql_su -c "SELECT login FROM casedesk.official WHERE role = '$1' AND NOT disabled ORDER BY login LIMIT 1"; }
STAFF=$(login staff); SUP=$(login supervisor); ADM=$(login admin)
XCB=$(psql_su -c "SELECT id FROM casedesk.unit WHERE code = 'xcb'")
# run the tool; prints "rc|stdout-bytes|stderr"
run() { local o e rc; o=$(PGUSER=$STAFF "$TOOL" "$@" 2>"$PG_TMP/err"); rc=$?; echo "$rc|${#o}|$(cat "$PG_TMP/err")"; }

# --- scoring weights must add up to 100 --------------------------------------
RY=$(psql_su -c "SELECT min(year) FROM casedesk.score_rule")
like "$(psql_as $SUP -c "UPDATE casedesk.score_rule SET weight = weight + 5 WHERE year = $RY AND metric = 'land_mu'" 2>&1)" \
     "The scoring weights for $RY add up to 105, not 100\\." "changing one weight so they no longer add up is refused at commit"
psql_as $SUP -c "BEGIN; UPDATE casedesk.score_rule SET weight = weight + 5 WHERE year = $RY AND metric = 'land_mu';
                 UPDATE casedesk.score_rule SET weight = weight - 5 WHERE year = $RY AND metric = 'house_area_m2'; COMMIT;" >/dev/null
ok $? "moving weight between metrics in one transaction is accepted"
like "$(psql_as $ADM -c "SELECT casedesk.score_rule_set(2031, '{\"land_mu\": 60, \"violations_removed\": 30}')" 2>&1)" \
     'The scoring weights for 2031 add up to 90, not 100\.' "score_rule_set refuses weights adding up to 90"
like "$(psql_as $ADM -c "SELECT casedesk.score_rule_set(2031, '{\"land\": 100}')" 2>&1)" \
     'land is not an assessment metric' "score_rule_set refuses an unknown metric"
like "$(psql_as $STAFF -c "SELECT casedesk.score_rule_set(2031, '{\"land_mu\": 100}')" 2>&1)" \
     'permission denied' "staff cannot set scoring rules"

# --- bad input to the briefing and the ranking: a sentence, no output ---------
r=$(run briefing 2019); is "$r" "1|0|No targets have been set for 2019." "a year with no targets"
r=$(run briefing $LY nosuch); is "$r" "1|0|There is no unit with the code \"nosuch\"." "an unknown unit code"
r=$(run briefing 1999); is "$r" "1|0|The year must be between 2000 and 2100." "a year out of range"
r=$(run ranking 2019); is "$r" "1|0|No targets have been set for 2019." "ranking of a year with no targets"
r=$(run ranking $LY week 1); is "$r" "1|0|The period must be year, quarter or month." "an unknown period"
r=$(run ranking $LY quarter 5); is "$r" "1|0|The quarter must be between 1 and 4." "a quarter out of range"
r=$(run ranking $LY month 0); is "$r" "1|0|The month must be between 1 and 12." "a month out of range"
r=$(run cases vehicles - $LY-01-01 $LY-12-31); like "$r" '^1\|0\|The kind must be expropriation or violation' "an unknown case kind"
r=$(run cases violation - $LY-12-31 $LY-01-01); like "$r" '^1\|0\|The dates must be given as YYYY-MM-DD' "reversed dates"
r=$(run cases violation nosuch $LY-01-01 $LY-12-31); like "$r" '^1\|0\|There is no unit with the code' "export with an unknown unit"

# weights that no longer add up (written behind the trigger's back, as a
# restore or a bulk load could): ranking and briefing refuse, print nothing
psql_su -c "SET session_replication_role = replica; UPDATE casedesk.score_rule SET weight = weight + 7 WHERE year = $RY AND metric = 'land_mu'" >/dev/null
r=$(run ranking $LY); is "$r" "1|0|The scoring weights for $RY add up to 107, not 100." "ranking with weights adding up to 107"
r=$(run briefing $LY); is "$r" "1|0|The scoring weights for $RY add up to 107, not 100." "the briefing prints nothing at all then"
psql_su -c "SET session_replication_role = replica; UPDATE casedesk.score_rule SET weight = weight - 7 WHERE year = $RY AND metric = 'land_mu'" >/dev/null

# --- zero targets: no division by zero anywhere --------------------------------
psql_su -c "UPDATE casedesk.target SET target_value = 0 WHERE year = $LY AND unit_id = $XCB" >/dev/null
out=$(PGUSER=$STAFF "$TOOL" briefing $LY xcb csv 2>&1); ok $? "the briefing of a unit whose targets are all zero works"
like "$out" 'expropriation,land_share_pct,,'$'\r' "its land share is empty, not a division by zero"
like "$(PGUSER=$STAFF LANGUAGE=zh_CN LANG=C.UTF-8 "$TOOL" briefing $LY xcb)" '城市规模统征土地[0-9.]+亩（未下达任务）' "the text says no land target was set"
sc=$(PGUSER=$STAFF "$TOOL" ranking $LY year 0 csv | tr -d '\r' | awk -F, '$2 == "xcb" { print $5 }')
is "$sc" "100.00" "all targets zero: nothing was asked, full base score"
for p in "quarter 1" "quarter 4" "month 2" "month 12"; do
    PGUSER=$STAFF "$TOOL" ranking $LY $p csv >/dev/null 2>"$PG_TMP/err"; ok $? "ranking $p works with zero targets ($(head -c 80 "$PG_TMP/err"))"
done
psql_su -c "DELETE FROM casedesk.village_certification WHERE village_id IN (SELECT id FROM casedesk.village WHERE unit_id = $XCB);
            DELETE FROM casedesk.patrol_village WHERE unit_id = $XCB" >/dev/null
PGUSER=$STAFF "$TOOL" briefing $LY xcb >/dev/null 2>"$PG_TMP/err"; ok $? "a unit with no patrols or certifications at all still works"

# --- the export -------------------------------------------------------------------
exp=$(PGUSER=$STAFF "$TOOL" cases violation - $LY-01-01 $LY-12-31 bom)
like "$exp" $'^\xEF\xBB\xBFcase_no,unit_code' "the export starts with the BOM and the header"
mine=$(psql_su -c "SELECT u.code FROM casedesk.official o JOIN casedesk.unit u ON u.id = o.unit_id WHERE o.login = '$STAFF'")
n=$(printf '%s\n' "$exp" | tail -n +2 | grep -c .)
want=$(psql_su -c "SELECT count(*) FROM casedesk.case_file c JOIN casedesk.unit u ON u.id = c.unit_id
                   WHERE c.kind = 'violation' AND u.code = '$mine' AND c.opened_on BETWEEN '$LY-01-01' AND '$LY-12-31'")
is "$n" "$want" "staff export exactly their own unit's cases (RLS decides)"
others=$(printf '%s\n' "$exp" | tail -n +2 | tr -d '\r' | awk -F, -v u="$mine" '$2 != u' | grep -c .)
is "$others" 0 "no other unit's case appears"
n=$(PGUSER=$SUP "$TOOL" cases expropriation - $LY-01-01 $LY-12-31 | tail -n +2 | grep -c .)
want=$(psql_su -c "SELECT count(*) FROM casedesk.case_file WHERE kind = 'expropriation' AND opened_on BETWEEN '$LY-01-01' AND '$LY-12-31'")
is "$n" "$want" "a supervisor exports every unit's cases"

done_testing
