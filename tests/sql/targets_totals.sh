#!/bin/bash
# The pre-totalled figures (sql/055_totals.sql): after the seed (rebuilt)
# and after every kind of change to the counted tables (triggers), the
# totals equal a count written here against the raw tables, and a figure a
# user reads in the briefing moves with the change.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/lib/pg.sh"
. "$top_srcdir/tests/lib/tap.sh"

pg_cluster 0.05

# Rows where the kept totals and a fresh count disagree ("" when none).
# Written independently of totals_rebuild(): one subquery per kind.
drift() {
    psql_su <<'SQL'
WITH fresh AS (
    SELECT e.signed_on AS day, e.unit_id, 'exp:' || e.party_kind || ':' || coalesce(e.resettlement, '') AS kind,
           count(*) AS n, coalesce(sum(e.house_area), 0) AS area, coalesce(sum(e.land_area_mu), 0) AS mu
      FROM casedesk.expropriation e WHERE e.signed_on IS NOT NULL GROUP BY 1, 2, 3
    UNION ALL
    SELECT c.closed_on, c.unit_id, 'flat', count(*), 0, 0
      FROM casedesk.case_file c
     WHERE c.status = 'closed' AND c.case_no LIKE 'ZS-%'
       AND EXISTS (SELECT 1 FROM casedesk.expropriation e WHERE e.id = c.id
                      AND e.party_kind = 'household' AND e.resettlement = 'flat')
     GROUP BY 1, 2
    UNION ALL
    SELECT v.found_on, v.unit_id, 'vio_found', count(*), 0, 0 FROM casedesk.violation v GROUP BY 1, 2
    UNION ALL
    SELECT v.resolved_on, v.unit_id, 'vio:' || v.resolution, count(*), 0, 0
      FROM casedesk.violation v WHERE v.resolution IS NOT NULL AND v.resolved_on IS NOT NULL GROUP BY 1, 2, 3
), kept AS (
    SELECT day, unit_id, kind, n, area, mu FROM casedesk.unit_day_total
     WHERE n <> 0 OR area <> 0 OR mu <> 0
)
SELECT coalesce(f.kind, k.kind) || ' ' || coalesce(f.day, k.day) || ' unit ' || coalesce(f.unit_id, k.unit_id)
       || ': kept ' || coalesce(k.n::text, '-') || ' counted ' || coalesce(f.n::text, '-')
  FROM fresh f FULL JOIN kept k USING (day, unit_id, kind)
 WHERE f.n IS DISTINCT FROM k.n OR f.area IS DISTINCT FROM k.area OR f.mu IS DISTINCT FROM k.mu
 ORDER BY 1 LIMIT 5
SQL
}
households() {  # YEAR -> households in the briefing, as a staff member reads it
    psql_as "$STAFF" -c "SELECT households || '/' || households_resettled || '/' || monetised
                           FROM casedesk.briefing_expropriation($1)"
}
Y=$(date +%Y)
STAFF=$(psql_su -c "SELECT login FROM casedesk.official WHERE role = 'staff' AND NOT disabled ORDER BY login LIMIT 1")

is "$(psql_su -c "SELECT count(*) > 100 FROM casedesk.unit_day_total")" "t" "the seed filled the totals"
is "$(drift)" "" "after the seed every total equals the raw count"
is "$(psql_as "$STAFF" -c "SELECT count(*) FROM casedesk.unit_day_total" 2>&1 | grep -c 'permission denied')" "1" \
    "staff cannot read the totals table directly"

# Expropriation rows of open cases (closed ones are frozen): a household
# switches from money to flat, areas and signing dates change.
OPEN="id IN (SELECT id FROM casedesk.case_file WHERE status <> 'closed')"
B0=$(households "$Y")
psql_su -c "UPDATE casedesk.expropriation SET resettlement = 'flat',
                community_id = (SELECT min(id) FROM casedesk.resettlement_community)
             WHERE id = (SELECT min(e.id) FROM casedesk.expropriation e
                          WHERE e.party_kind = 'household' AND e.resettlement = 'money'
                            AND extract(year FROM e.signed_on) = $Y AND e.$OPEN)" >/dev/null
B1=$(households "$Y")
is "$B1" "${B0%/*}/$(( ${B0##*/} - 1 ))" "the briefing's monetised households drop by one when one takes a flat ($B0 -> $B1)"
psql_su -c "UPDATE casedesk.expropriation SET house_area = house_area + 1.5, signed_on = signed_on - 1
             WHERE id % 3 = 0 AND signed_on IS NOT NULL AND house_area IS NOT NULL AND $OPEN" >/dev/null
psql_su -c "UPDATE casedesk.expropriation SET land_area_mu = coalesce(land_area_mu, 0) + 0.125
             WHERE id % 2 = 0 AND $OPEN" >/dev/null
is "$(drift)" "" "after expropriation updates the totals follow"

# Closing a flat household's case counts it as resettled today.
C=$(psql_su -c "SELECT min(c.id) FROM casedesk.case_file c JOIN casedesk.expropriation e ON e.id = c.id
                 WHERE c.status = 'demolished' AND e.party_kind = 'household' AND e.resettlement = 'flat'")
R0=$(households "$Y")
psql_su -c "UPDATE casedesk.case_file SET status = 'closed', closed_on = current_date, deadline = NULL WHERE id = $C" >/dev/null
is "$(psql_su -c "SELECT status FROM casedesk.case_file WHERE id = $C")" "closed" "(case $C closed)"
R1=$(households "$Y")
R0a=${R0#*/}; R1a=${R1#*/}
is "${R1a%/*}" "$(( ${R0a%/*} + 1 ))" "the briefing's households resettled rise by one when a flat case closes ($R0 -> $R1)"
is "$(drift)" "" "after closing a case the households resettled follow"

# Deleting cases: an open one (its expropriation goes by cascade) and, when
# the seed has one without payments, a closed flat one.
D=$(psql_su -c "SELECT min(c.id) FROM casedesk.case_file c JOIN casedesk.expropriation e ON e.id = c.id
                 WHERE c.status <> 'closed' AND e.signed_on IS NOT NULL
                   AND NOT EXISTS (SELECT 1 FROM casedesk.payment p WHERE p.case_id = c.id)")
psql_su -c "DELETE FROM casedesk.case_file WHERE id = $D" >/dev/null
is "$(psql_su -c "SELECT count(*) FROM casedesk.expropriation WHERE id = $D")" "0" "(case $D and its expropriation are gone)"
D2=$(psql_su -c "SELECT min(c.id) FROM casedesk.case_file c JOIN casedesk.expropriation e ON e.id = c.id
                  WHERE c.status = 'closed' AND e.party_kind = 'household' AND e.resettlement = 'flat'
                    AND NOT EXISTS (SELECT 1 FROM casedesk.payment p WHERE p.case_id = c.id)")
[ -n "$D2" ] && psql_su -c "DELETE FROM casedesk.case_file WHERE id = $D2" >/dev/null
diag "closed flat case deleted: ${D2:-none without payments}"
is "$(drift)" "" "after deleting cases the totals follow"

# Violations of open cases: resolutions and dates change, one is deleted.
psql_su -c "UPDATE casedesk.violation SET found_on = found_on - 2 WHERE id % 2 = 0 AND $OPEN" >/dev/null
psql_su -c "UPDATE casedesk.violation SET resolution = 'rectified', resolved_on = current_date
             WHERE id = (SELECT min(id) FROM casedesk.violation WHERE resolution IS NULL AND $OPEN)" >/dev/null
psql_su -c "DELETE FROM casedesk.case_file WHERE id = (SELECT max(id) FROM casedesk.violation WHERE $OPEN)" >/dev/null
is "$(drift)" "" "after violation changes the totals follow"

# A rolled-back change leaves nothing behind; a rebuild changes nothing.
psql_su -c "BEGIN; DELETE FROM casedesk.case_file WHERE id IN (SELECT id FROM casedesk.violation WHERE $OPEN);
            UPDATE casedesk.expropriation SET house_area = house_area + 7 WHERE $OPEN; ROLLBACK" >/dev/null
is "$(drift)" "" "a rolled-back change leaves the totals as they were"
BEFORE=$(psql_su -c "SELECT md5(string_agg(concat_ws(' ', day, unit_id, kind, n, area, mu), ',' ORDER BY day, unit_id, kind))
                       FROM casedesk.unit_day_total WHERE n <> 0 OR area <> 0 OR mu <> 0")
psql_su -c "SELECT casedesk.totals_rebuild()" >/dev/null
is "$(psql_su -c "SELECT md5(string_agg(concat_ws(' ', day, unit_id, kind, n, area, mu), ',' ORDER BY day, unit_id, kind))
                   FROM casedesk.unit_day_total WHERE n <> 0 OR area <> 0 OR mu <> 0")" "$BEFORE" \
    "totals_rebuild() finds nothing to correct"
fails_like "permission denied" "staff cannot run the rebuild" -- psql_as "$STAFF" -c "SELECT casedesk.totals_rebuild()"

done_testing
