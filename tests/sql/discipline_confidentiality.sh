#!/bin/bash
# Discipline records are confidential: staff, supervisors and administrators
# read nothing of them through any table, view, function or statistic; the
# flagged official never sees their flag; the flagger sees only open/closed
# for their own receipt; no NOTIFY ever mentions them.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/sql/discipline_fixture.sh"

# --- flagging -------------------------------------------------------------
R1=$(psql_as t_flagger -c "SELECT casedesk.flag_official($ID_FLAGGED, 'soliciting', '收受拆迁户红包两千元')" 2>&1)
like "$R1" '^JB-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$' "staff can flag an official and gets a random receipt"
R2=$(psql_as t_flagger -c "SELECT casedesk.flag_official($ID_FLAGGED, 'favouritism', '给亲戚多算面积')" 2>&1)
R3=$(psql_as t_other -c "SELECT casedesk.flag_official($ID_FLAGGED, 'leaking', '提前透露评估价')" 2>&1)
like "$R3" '^JB-' "another staff member can flag the same official"
R4=$(psql_as t_sup -c "SELECT casedesk.flag_official($ID_INS2, 'inaction', '对举报不理不睬')" 2>&1)
like "$R4" '^JB-' "a supervisor can flag an inspector"
[ "$R1" != "$R2" ]; ok $? "receipts differ between flags"
# receipts carry no ordering: the two receipts of one flagger are not adjacent numbers
n1=$((16#$(printf '%s' "$R1" | sed 's/^JB-//; s/-//g'))); n2=$((16#$(printf '%s' "$R2" | sed 's/^JB-//; s/-//g')))
d=$((n2 - n1)); [ ${d#-} -gt 1000 ]; ok $? "receipts are not sequential"

is "$(psql_as t_flagger -c "SELECT casedesk.flag_receipt_status('$R1')")" "open" "the flagger sees 'open' for their receipt"
is "$(psql_as t_flagger -c "SELECT casedesk.flag_receipt_status(lower('$R1'))")" "open" "receipts are case-insensitive"
is "$(psql_as t_flagger -c "SELECT coalesce(casedesk.flag_receipt_status('$R3'), 'none')")" "none" \
   "the flagger sees nothing for someone else's receipt"
is "$(psql_as t_flagged -c "SELECT coalesce(casedesk.flag_receipt_status('$R1'), 'none')")" "none" \
   "the flagged official sees nothing for the receipt about them"
is "$(psql_as t_flagger -c "SELECT coalesce(casedesk.flag_receipt_status('JB-0000-0000-0000'), 'none')")" "none" \
   "a made-up receipt looks exactly like someone else's"
is "$(psql_as t_flagger -c "SELECT count(*) FROM casedesk.my_flag_receipts()")" "2" "my_flag_receipts lists the caller's own two"
is "$(psql_as t_flagged -c "SELECT count(*) FROM casedesk.my_flag_receipts()")" "0" "the flagged official has no receipts"

# refusals are about the input only
psql_su -c "SELECT casedesk.user_disable('t_other')" >/dev/null
E1=$(sql_as t_flagger -c "SELECT casedesk.flag_official($ID_OTHER, 'other', 'x')")
E2=$(sql_as t_flagger -c "SELECT casedesk.flag_official(999999, 'other', 'x')")
like "$E1" 'does not exist or is no longer active' "flagging a disabled official is refused"
is "$(printf '%s' "$E1" | head -n1)" "$(printf '%s' "$E2" | head -n1)" \
   "disabled and non-existent officials get the same sentence"
like "$(sql_as t_flagger -c "SELECT casedesk.flag_official($ID_FLAGGED, 'other', '   ')")" \
     'facts of the flag must not be empty' "empty facts are refused"
like "$(sql_as t_flagger -c "SELECT casedesk.flag_official($ID_FLAGGED, 'bribery', 'x')")" \
     'category must be one of' "an unknown category is refused"
like "$(sql_as t_flagger -c "SELECT casedesk.flag_official($ID_FLAGGED, 'other', 'x', NULL, ARRAY[987654]::bigint[])")" \
     'Task 987654 named in the flag does not exist' "a non-existent task is refused"
like "$(sql_as t_other -c "SELECT casedesk.flag_official($ID_FLAGGED, 'other', 'x')")" \
     'not permitted to log in' "a disabled user cannot even connect"
psql_su -c "CREATE ROLE t_stranger LOGIN IN ROLE casedesk_staff" >/dev/null
like "$(sql_as t_stranger -c "SELECT casedesk.flag_official($ID_FLAGGED, 'other', 'x')")" \
     'Only active casedesk users' "a role without an official record cannot flag"

# --- nothing readable by non-inspectors -------------------------------------
for who in t_flagger t_flagged t_sup t_adm; do
    for t in discipline_record discipline_flagger discipline_link discipline_audit; do
        out=$(sql_as $who -c "SELECT count(*) FROM casedesk.$t")
        like "$out" "^ERROR: +permission denied for table $t\$" "$who: count(*) on $t is refused and says nothing more"
    done
    for f in "discipline_list()" "discipline_get(1)" "discipline_open_by_category_unit()" \
             "discipline_overdue_reviews()" "discipline_repeat_officials()" \
             "official_evidence($ID_FLAGGED)" "log_discipline_read('discipline_record', 1)" \
             "discipline_start_review(1)" "discipline_route(1, 'set_aside', 'x')" \
             "discipline_conclude(1, 'warning', current_date, 'x')" \
             "discipline_insert($ID_FLAGGED, 'other', 'x', 'flag', NULL, NULL, NULL)" \
             "audit_append('discipline_audit', 'discipline_record', 1, 'READ', NULL, NULL)" \
             "discipline_audit_about_me('discipline_record', 1, NULL)" \
             "discipline_auto_flag_inaction(1, $ID_FLAGGED)"; do
        out=$(sql_as $who -c "SELECT * FROM casedesk.$f")
        like "$out" '^ERROR: +permission denied for function' "$who: casedesk.$f is refused"
    done
    out=$(sql_as $who -c "SELECT n_live_tup FROM pg_stat_user_tables WHERE relname = 'discipline_record'")
    like "$out" 'permission denied' "$who: pg_stat_user_tables does not give the count away"
    out=$(sql_as $who -c "SELECT pg_stat_get_tuples_inserted('casedesk.discipline_record'::regclass)")
    like "$out" 'permission denied' "$who: pg_stat_get_* does not give the count away"
    out=$(sql_as $who -c "SELECT pg_total_relation_size('casedesk.discipline_record')")
    like "$out" 'permission denied' "$who: the relation size is not readable"
    is "$(sql_as $who -c "SELECT count(*) FROM casedesk.audit_log WHERE table_name LIKE 'discipline%'" | tail -n1 | sed 's/^ERROR.*/0/')" "0" \
       "$who: audit_log holds no discipline rows"
    is "$(sql_as $who -c "SELECT count(*) FROM information_schema.table_privileges WHERE table_name LIKE 'discipline%'")" "0" \
       "$who: no privilege on any discipline table"
done
is "$(psql_su -c "SELECT count(*) FROM casedesk.audit_log WHERE table_name LIKE 'discipline%'")" "0" \
   "discipline changes never reach the general audit_log"
is "$(psql_su -c "SELECT count(*) FROM casedesk.discipline_record WHERE id < 1000000")" "0" \
   "record ids are random, not a count (no gaps to spot)"
is "$(psql_su -c "SELECT reltuples <= 0 FROM pg_class WHERE oid = 'casedesk.discipline_record'::regclass")" "t" \
   "pg_class.reltuples does not carry the count"
is "$(psql_su -c "SELECT count(*) FROM casedesk.discipline_audit WHERE op = 'INSERT'")" "8" \
   "every flag went into discipline_audit (record + flagger row, 4 flags)"

# --- the flagged official among the inspectors -------------------------------
ids=$(psql_as t_ins2 -c "SELECT string_agg(official_id::text, ',') FROM casedesk.discipline_list()")
case ",$ids," in *",$ID_INS2,"*) r=1 ;; *) r=0 ;; esac
ok $r "an inspector does not see flags about themselves in discipline_list"
like "$ids" "^$ID_FLAGGED(,$ID_FLAGGED)*\$" "... but sees the others"
own=$(psql_su -c "SELECT r.id FROM casedesk.discipline_record r WHERE r.official_id = $ID_INS2")
is "$(psql_as t_ins2 -c "SELECT count(*) FROM casedesk.discipline_get($own)")" "0" "discipline_get of a record about oneself returns nothing"
like "$(sql_as t_ins2 -c "SELECT casedesk.discipline_start_review($own)")" "Discipline record $own does not exist" \
     "an inspector cannot act on a record about themselves"
is "$(psql_as t_ins2 -c "SELECT count(*) FROM casedesk.discipline_audit WHERE (coalesce(new_row, old_row)->>'official_id')::int = $ID_INS2")" "0" \
   "the discipline audit hides rows about the inspector reading it"
is "$(psql_as t_ins -c "SELECT count(*) FROM casedesk.discipline_audit WHERE (coalesce(new_row, old_row)->>'official_id')::int = $ID_INS2")" "1" \
   "... which another inspector does see"

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
