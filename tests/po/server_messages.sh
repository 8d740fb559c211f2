#!/bin/bash
# Sentences the server builds with values (format() in sql/functions) reach
# a Chinese reader in Chinese, values kept and codes shown as labels: every
# format the SQL has, real refusals raised by PostgreSQL for real roles, and
# casedesk-admin's.  English readers keep the English sentence.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/lib/tap.sh"
. "$top_srcdir/tests/lib/pg.sh"
tool=$top_builddir/tests/unit/servermsg_tool
export CASEDESK_LOCALEDIR=$top_builddir/po/locale
ascii_words() { grep -oE '[A-Za-z]{3,}' | grep -vE '^(YYYY|MM|DD|casedesk|NULL)$' | sort -u | tr '\n' ' '; }

# --- every format of sql/functions, with made-up values --------------------
n=$("$tool" zh --count)
ok "$([ "$n" -ge 40 ] && echo 0 || echo 1)" "the client knows the server's formats ($n)"
untranslated=""
while IFS= read -r f; do
    f=${f%,}; f=${f#\"}; f=${f%\"}; f=${f//\\\"/\"}
    msg=${f//%s/V7}; msg=${msg//%L/V7}
    out=$(printf '%s\n' "$msg" | "$tool" zh)
    words=$(printf '%s' "$out" | sed 's/V7//g' | ascii_words)
    if [ "$out" = "$msg" ] || [ -n "$words" ] || [[ "$out" != *V7* ]]; then
        untranslated+="[$msg → $out] "
    fi
done < "$top_builddir/src/sql_formats.inc"
is "$untranslated" "" "every sentence with values is shown in Chinese with its values"

# --- real refusals from PostgreSQL ------------------------------------------
pg_cluster 0.02
raised() {   # LOGIN SQL -> the primary message the server raised
    psql_as "$1" -v VERBOSITY=terse -c "$2" 2>&1 >/dev/null | sed -n 's/^[^:]*ERROR:  //p' | head -n 1
}
vil=$(psql_su -c "SELECT village_id FROM casedesk.case_file WHERE kind = 'violation'
      AND status IN ('found','verified','stop_notice','rectifying') GROUP BY village_id ORDER BY count(*) DESC, village_id LIMIT 1")
nopen=$(psql_su -c "SELECT count(*) FROM casedesk.case_file WHERE village_id = $vil AND kind = 'violation'
      AND status IN ('found','verified','stop_notice','rectifying')")
m=$(raised dcs_01 "SELECT casedesk.village_certify_violation_free($vil, current_date)")
like "$m" "^The village still has $nopen unresolved" "the server refuses in English ($m)"
is "$(printf '%s\n' "$m" | "$tool" zh)" "该村还有 $nopen 件违建案件未办结，不能认定。" \
    "the village refusal is shown in Chinese with its count"
is "$(printf '%s\n' "$m" | "$tool" en)" "$m" "English readers see the server's sentence"

read -r cid login comp < <(psql_su -F ' ' -c "SELECT c.id, o.login, x.assessed_compensation
      FROM casedesk.case_file c JOIN casedesk.expropriation x ON x.id = c.id
      JOIN casedesk.official o ON o.unit_id = c.unit_id AND o.role = 'staff' AND NOT o.disabled
     WHERE c.status = 'agreement_signed' AND x.paid_total < x.assessed_compensation
     ORDER BY c.id, o.login LIMIT 1")
m=$(raised "$login" "SELECT casedesk.payment_add($cid, $comp + 1, current_date, '甲')")
like "$m" "^This payment would bring the total paid to" "an overpayment is refused ($m)"
out=$(printf '%s\n' "$m" | "$tool" zh)
like "$out" "^这笔付款将使已付总额达到 [0-9.,]+ 元，超过评估补偿额 [0-9.,]+ 元。$" "the overpayment refusal in Chinese ($out)"
is "$(printf '%s' "$out" | ascii_words)" "" "no English word in it"

rid=$(psql_su -c "SELECT id FROM casedesk.discipline_record WHERE status = 'preliminary_review' ORDER BY id LIMIT 1")
# a workflow step needs a committed, chained read of the record first (062)
psql_as jw_01 -c "SELECT casedesk.discipline_request('record', jsonb_build_object('id', $rid::bigint))" >/dev/null
pg_seal
m=$(raised jw_01 "SELECT casedesk.discipline_start_review($rid)")
like "$m" "^Preliminary review can start only on a received record; this one is preliminary_review" \
    "a discipline step out of order is refused ($m)"
is "$(printf '%s\n' "$m" | "$tool" zh)" "只有已受理的线索才能开始初核；此线索为“初步核实”。" \
    "the status in the refusal is shown as its Chinese label"

read -r vid vver vlogin < <(psql_su -F ' ' -c "SELECT c.id, c.version, o.login FROM casedesk.case_file c
      JOIN casedesk.official o ON o.unit_id = c.unit_id AND o.role = 'staff' AND NOT o.disabled
     WHERE c.kind = 'violation' AND c.status = 'verified' ORDER BY c.id, o.login LIMIT 1")
m=$(raised "$vlogin" "SELECT casedesk.case_transition($vid, $vver, 'stop_notice', '{}'::jsonb)")
like "$m" "^The date of this step is required" "a step without its date is refused ($m)"
out=$(printf '%s\n' "$m" | "$tool" zh)
diag "step without its date: $m → $out"
is "$(printf '%s' "$out" | ascii_words)" "" "a step refused for a missing field is all Chinese ($out)"

# --- casedesk-admin ----------------------------------------------------------
out=$(admin --lang zh user add zz_new --name 某某 --unit nosuch --role staff 2>&1)
like "$out" "没有代码为 nosuch 的单位" "casedesk-admin says in Chinese which unit code is unknown ($out)"
is "$(printf '%s' "$out" | ascii_words | sed 's/nosuch //; s/zz_new //; s/admin //')" "" "with no English word"
out=$(admin --lang en user add zz_new --name 某某 --unit nosuch --role staff 2>&1)
like "$out" "There is no unit with code nosuch" "and in English when asked"
done_testing
