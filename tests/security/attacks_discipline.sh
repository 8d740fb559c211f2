#!/bin/bash
# Discipline records (issue 11, classes 2, 3 and 4, and the flag rate of
# class 5), attacked as real logins with psql:
#  2. content read without a committed, chained read: the raw discipline
#     audit; BEGIN; read; ROLLBACK; a savepoint; sealing inside one's own
#     transaction; a second session sealing meanwhile; refusal messages of
#     the workflow that tell a record's status before any read;
#  3. what a flagged official (an inspector, and a clerk) can count: the
#     chain's ids and links, plans and statistics over it, a per-login index;
#  4. the lock manager while a flag is being filed: pg_locks joined with
#     pg_stat_activity, FOR UPDATE NOWAIT on the flagged official's row, a
#     filer holding the discipline chain open;
#  5. hundreds of flags from one login.
# Runs the same on the schema before the fix, where each attack succeeds.
. "$top_srcdir/tests/security/lib.sh"
sec_users
ID_INSP2=$(fixture_user sec_insp2 孙纪检 jw inspector)
ID_STAFF3=$(fixture_user sec_staff3 周六 xcb staff)
ALL="sec_staff sec_staff2 sec_sup sec_insp sec_insp2 sec_adm"
seal() { psql_su -c "SELECT casedesk.audit_seal()" >/dev/null 2>&1 || true; }
NEW=$(psql_su -c "SELECT to_regprocedure('casedesk.discipline_request(text,jsonb)') IS NOT NULL")
WD=
cleanup() { [ -n "$WD" ] && kill "$WD" 2>/dev/null; wait 2>/dev/null; pg_stop; }
trap cleanup EXIT

declare -A TRIED REFUSED
# attack ROLE CHECK...: one attack by ROLE; CHECK is a TAP assertion that
# passes when the attack was refused.
attack() {
    local role=$1 before=$TAP_FAILED; shift
    "$@"
    TRIED[$role]=$(( ${TRIED[$role]:-0} + 1 ))
    [ "$TAP_FAILED" -eq "$before" ] && REFUSED[$role]=$(( ${REFUSED[$role]:-0} + 1 ))
}
no() { TAP_N=$((TAP_N + 1)); if printf '%s' "$1" | grep -Eq -- "$2"; then echo "not ok $TAP_N - $3"; echo "#   got: '$(printf '%s' "$1" | head -c 300)'"; TAP_FAILED=$((TAP_FAILED + 1)); else echo "ok $TAP_N - $3"; fi; }

# Two flags: a clerk flags a clerk; a supervisor flags an inspector.
R1=$(psql_as sec_staff -c "SELECT casedesk.flag_official($ID_STAFF2, 'soliciting', '机密事实甲：收受红包')")
R2=$(psql_as sec_sup -c "SELECT casedesk.flag_official($ID_INSP2, 'inaction', '机密事实乙：压案不办')")
seal; seal
REC1=$(psql_su -c "SELECT record_id FROM casedesk.discipline_flagger WHERE receipt = '$R1'")
REC2=$(psql_su -c "SELECT record_id FROM casedesk.discipline_flagger WHERE receipt = '$R2'")
ok $([ -n "$REC1" ] && [ -n "$REC2" ] && echo 0 || echo 1) "two flags were filed (records $REC1, $REC2)"
reads() {  # committed, chained READs of record $1 by sec_insp
    seal
    psql_su -c "SELECT count(*) FROM casedesk.discipline_audit WHERE op = 'READ' AND login = 'sec_insp'
                AND table_name = 'discipline_record' AND row_id = $1"
}

# --- class 2: content only after a committed, chained read ----------------------
for who in $ALL; do
    attack "$who" denied "$who" "SELECT new_row->>'facts' FROM casedesk.discipline_audit" \
        "$who cannot read the raw discipline audit (record contents)"
done
# Each attempt reads record 1's facts in a transaction that is then undone.
# Refused when the facts did not come out, or a committed read is on record.
attempt() {  # DESCRIPTION SQL-SCRIPT
    local before after out
    before=$(reads "$REC1")
    out=$(psql_as sec_insp -v ON_ERROR_STOP=0 2>&1 <<<"$2")
    after=$(reads "$REC1")
    TAP_N=$((TAP_N + 1))
    if printf '%s' "$out" | grep -q '机密事实甲' && [ "$after" -le "$before" ]; then
        echo "not ok $TAP_N - $1"; echo "#   the facts came out and no read is on record"; TAP_FAILED=$((TAP_FAILED + 1))
    else echo "ok $TAP_N - $1"; fi
}
REQ="SELECT casedesk.discipline_request('record', jsonb_build_object('id', $REC1::bigint)) AS tok \\gset"
OLDGET="SELECT facts FROM casedesk.discipline_get($REC1::bigint);"
NEWGET="SELECT facts FROM casedesk.discipline_get(:'tok');"
attack sec_insp attempt "BEGIN; read; ROLLBACK leaves no content without a committed read" \
    "BEGIN; $OLDGET ROLLBACK;
     BEGIN; $REQ
     SELECT casedesk.audit_seal(); $NEWGET ROLLBACK;"
attack sec_insp attempt "a read inside a savepoint rolled back leaves no content without a committed read" \
    "BEGIN; SAVEPOINT s; $OLDGET ROLLBACK TO SAVEPOINT s; COMMIT;
     BEGIN; SAVEPOINT s; $REQ
     SELECT casedesk.audit_seal(); RELEASE SAVEPOINT s; $NEWGET ROLLBACK;"
attack sec_insp attempt "sealing one's own uncommitted request does not open the content" \
    "BEGIN; $REQ
     SELECT casedesk.audit_seal(); SELECT casedesk.audit_seal(); $NEWGET ROLLBACK;"
attack sec_insp attempt "a request sealed inside a subtransaction of the reader does not open the content" \
    "BEGIN; $REQ
     SAVEPOINT s; SELECT casedesk.audit_seal(); RELEASE SAVEPOINT s; $NEWGET ROLLBACK;"
# Another session seals while the request is still uncommitted.
attack sec_insp attempt "an uncommitted request sealed by another session does not open the content" \
    "BEGIN; $REQ
     \\! $PG_BIN/psql -X -q -U sec_insp2 -c 'SELECT casedesk.audit_seal()' >/dev/null 2>&1
     $NEWGET ROLLBACK;"
# The sealer's own transaction rolled back: request committed, sealed in a
# transaction that is then undone.
if [ "$NEW" = t ]; then
    TOK=$(psql_as sec_insp -c "SELECT casedesk.discipline_request('record', jsonb_build_object('id', $REC1::bigint))")
    out=$(psql_as sec_insp -v ON_ERROR_STOP=0 2>&1 <<SQL
BEGIN; SELECT casedesk.audit_seal(); SELECT facts FROM casedesk.discipline_get('$TOK'); ROLLBACK;
SQL
)
    attack sec_insp no "$out" '机密事实甲' "content is not returned in the transaction that chained the read (it may yet roll back)"
    out=$(psql_as sec_insp -c "SELECT casedesk.audit_seal()" -c "SELECT facts FROM casedesk.discipline_get('$TOK')" 2>&1)
    like "$out" '机密事实甲' "the honest path: request, commit, seal, read returns the content"
    out=$(psql_as sec_insp2 -v ON_ERROR_STOP=0 -c "SELECT facts FROM casedesk.discipline_get('$TOK')" 2>&1)
    attack sec_insp2 no "$out" '机密事实甲' "another inspector cannot use someone else's token"
fi
# Refusals of the workflow before any read say nothing of the status (an
# inspector who has not read record 1; the request in the same transaction
# is not committed).
for sql in "SELECT casedesk.discipline_route($REC1::bigint, 'investigation', 'x')" \
           "SELECT casedesk.discipline_conclude($REC1::bigint, 'warning', casedesk.today(), 'x')" \
           "SELECT casedesk.discipline_route($REC1::bigint, 'talk_letter', 'x')" \
           "SELECT casedesk.discipline_start_review($REC1::bigint, casedesk.today() - 5)"; do
    out=$(psql_as sec_insp2 -v ON_ERROR_STOP=0 -c "$sql" 2>&1)
    attack sec_insp2 no "$out" "received|this one is|in the past" \
        "a workflow refusal before any read does not tell the status (${sql:16:40}...)"
    if [ "$NEW" = t ]; then
        out=$(psql_as sec_insp2 -v ON_ERROR_STOP=0 <<<"BEGIN; $REQ
$sql; ROLLBACK;" 2>&1)
        attack sec_insp2 no "$out" "received|this one is|in the past" \
            "nor after a read requested in the same, uncommitted transaction (${sql:16:40}...)"
    fi
done
is "$(psql_su -c "SELECT status FROM casedesk.discipline_record WHERE id = $REC1")" "received" \
    "and none of that changed the record"

# --- class 3: the flagged inspector counts nothing ------------------------------
for who in sec_insp2 sec_insp; do
    attack "$who" denied "$who" "SELECT max(id) - count(*) FROM casedesk.discipline_audit" \
        "$who cannot count gaps in the discipline chain's ids"
    attack "$who" denied "$who" "SELECT count(*) FROM casedesk.discipline_audit a JOIN casedesk.discipline_audit b
                                 ON b.id = a.id + 1 WHERE b.prev_hash <> a.hash" \
        "$who cannot count broken prev_hash links (rows hidden from him)"
    attack "$who" denied "$who" "EXPLAIN SELECT * FROM casedesk.discipline_audit WHERE login = 'sec_sup'" \
        "$who gets no plan (row estimate) over the discipline audit"
    attack "$who" denied "$who" "EXPLAIN SELECT * FROM casedesk.discipline_record" \
        "$who gets no plan over the discipline records"
done
for who in sec_insp2 sec_staff2; do
    for f in pg_stat_get_live_tuples pg_stat_get_tuples_inserted pg_stat_get_numscans; do
        attack "$who" denied "$who" "SELECT $f('casedesk.discipline_audit'::regclass)" \
            "$who cannot read $f of the discipline audit"
    done
    attack "$who" denied "$who" "SELECT n_tup_ins FROM pg_stat_user_tables WHERE relname = 'discipline_audit'" \
        "$who cannot read pg_stat_user_tables"
    attack "$who" denied "$who" "SELECT pg_relation_size('casedesk.discipline_audit')" \
        "$who cannot read the discipline audit's size"
    attack "$who" is "$(psql_as "$who" -c "SELECT count(*) FROM pg_indexes WHERE tablename IN ('discipline_audit')
                                         AND indexdef ~ '\(login\)'")" "0" \
        "$who finds no per-login index on the discipline audit to count whom it names"
done
attack sec_insp2 is "$(psql_su -c "SELECT string_agg(relname, ',' ORDER BY relname) FROM pg_class
        WHERE oid IN ('casedesk.discipline_audit'::regclass, 'casedesk.discipline_record'::regclass,
                      'casedesk.discipline_flagger'::regclass, 'casedesk.discipline_link'::regclass)
          AND NOT coalesce(reloptions @> ARRAY['autovacuum_enabled=false'], false)")" "" \
    "autovacuum never sets reltuples/relpages of a discipline relation (world-readable pg_class)"
attack sec_staff2 is "$(psql_as sec_staff2 -c "SELECT count(*) FROM casedesk.my_flag_receipts()")|$(psql_as sec_staff2 -c \
    "SELECT coalesce(casedesk.flag_receipt_status('$R1'), 'none')")" "0|none" \
    "the flagged clerk learns nothing from the receipt functions"

# --- class 4: the lock manager while a flag is being filed -----------------------
# sec_staff3 files a flag on sec_staff2 and keeps the transaction open 7 s.
{ echo "BEGIN;"; echo "SELECT casedesk.flag_official($ID_STAFF2, 'abuse', '机密事实丙');"; sleep 7; echo "COMMIT;"; } |
    psql_as sec_staff3 >/dev/null 2>&1 &
FILER=$!
sleep 1.5
# While the flag is open, the discipline chain is not held: an inspector reads another
# record (a logged read) within 2 s.
t0=$(date +%s%N)
if [ "$NEW" = t ]; then
    tok=$(psql_as sec_insp -c "SELECT casedesk.discipline_request('record', jsonb_build_object('id', $REC2::bigint))" 2>&1)
    psql_as sec_insp -c "SET statement_timeout = '2s'" -c "SELECT casedesk.audit_seal()" >/dev/null 2>&1
    out=$(psql_as sec_insp -c "SET statement_timeout = '2s'" -c "SELECT count(*) FROM casedesk.discipline_get('$tok')" 2>&1)
else
    out=$(psql_as sec_insp -c "SET statement_timeout = '2s'" -c "SELECT count(*) FROM casedesk.discipline_get($REC2::bigint)" 2>&1)
fi
ms=$(( ($(date +%s%N) - t0) / 1000000 ))
for who in sec_staff sec_adm sec_insp2; do
    attack "$who" is "$(psql_as "$who" -c "SELECT coalesce(string_agg(DISTINCT s.usename || ':' || c.relname, ','), '')
          FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
          LEFT JOIN pg_stat_activity s ON s.pid = l.pid
         WHERE c.relname LIKE 'discipline%' AND l.pid <> pg_backend_pid()")" "" \
        "$who sees no process holding a lock on a discipline relation while a flag is filed"
done
flagged=$(psql_as sec_adm -v ON_ERROR_STOP=0 -c "BEGIN" -c "SELECT id FROM casedesk.official WHERE id = $ID_STAFF2 FOR UPDATE NOWAIT" -c "ROLLBACK" 2>&1 |
          sed -E 's/[0-9]+/N/g')
other=$(psql_as sec_adm -v ON_ERROR_STOP=0 -c "BEGIN" -c "SELECT id FROM casedesk.official WHERE id = $ID_STAFF FOR UPDATE NOWAIT" -c "ROLLBACK" 2>&1 |
        sed -E 's/[0-9]+/N/g')
attack sec_adm is "$flagged" "$other" "FOR UPDATE NOWAIT on the flagged official's row answers as on anyone's"
wait $FILER
attack sec_staff3 ok $([ "$out" = 0 ] || [ "$out" = 1 ] && [ "$ms" -lt 2500 ] && echo 0 || echo 1) \
    "a flag filed in an open transaction does not hold the discipline chain (an inspector's logged read took ${ms} ms: $out)"

# The sealer cannot be held either: the watchdog ends whoever holds it.
if [ "$NEW" = t ] && [ -x "$top_builddir/casedesk-admin" ]; then
    admin watchdog --interval 1 >"$PG_TMP/watchdog.log" 2>&1 &
    WD=$!
    for hold in "BEGIN; SELECT casedesk.audit_seal();" "SELECT casedesk.audit_seal(), pg_sleep(8);" \
                "SELECT pg_advisory_lock(836271, 1);"; do
        for _ in 1 2 3; do
            { echo "$hold"; sleep 8; echo "SELECT 'still here';"; } | psql_as sec_staff >"$PG_TMP/hold.log" 2>&1 &
            H=$!
            sleep 0.5
            # audit_seal() only tries the sealer's lock: when the watchdog's
            # own seal had it that instant the attacker holds nothing, and
            # the attack is tried again (pg_advisory_lock waits for it).
            case $hold in *audit_seal*) ;; *) break ;; esac
            [ "$(psql_su -c "SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a USING (pid)
                             WHERE l.locktype = 'advisory' AND l.granted AND a.usename = 'sec_staff'")" -gt 0 ] && break
            kill "$H" 2>/dev/null; wait "$H" 2>/dev/null
        done
        sleep 0.5
        R=$(psql_as sec_staff3 -c "SELECT casedesk.flag_official($ID_STAFF2, 'other', '机密事实丁')")
        t0=$(date +%s)
        until [ -n "$(psql_su -c "SELECT 1 FROM casedesk.discipline_flagger WHERE receipt = '$R'")" ] ||
              [ $(( $(date +%s) - t0 )) -gt 8 ]; do sleep 0.3; done
        secs=$(( $(date +%s) - t0 ))
        wait $H
        attack sec_staff ok $([ "$secs" -le 5 ] && echo 0 || echo 1) \
            "holding the sealer ($hold) does not stop sealing: the next flag was filed after ${secs} s"
        attack sec_staff ok $(! grep -q 'still here' "$PG_TMP/hold.log" && echo 0 || echo 1) \
            "and the holder's session was ended by the watchdog"
    done
    kill "$WD"; wait "$WD" 2>/dev/null; WD=
    diag "watchdog: $(tr '\n' ' ' <"$PG_TMP/watchdog.log" | head -c 300)"
fi

# --- class 5: flag rate ----------------------------------------------------------
before=$(psql_su -c "SELECT count(*) FROM casedesk.discipline_flagger WHERE flagger_id = $ID_STAFF")
for i in $(seq 30); do echo "SELECT casedesk.flag_official($ID_STAFF3, 'other', '重复举报 $i');"; done |
    psql_as sec_staff -v ON_ERROR_STOP=0 >/dev/null 2>&1
seal; seal; seal
filed=$(( $(psql_su -c "SELECT count(*) FROM casedesk.discipline_flagger WHERE flagger_id = $ID_STAFF") - before ))
attack sec_staff ok $([ "$filed" -le 20 ] && echo 0 || echo 1) \
    "30 flags in a minute from one login file at most 20 (filed: $filed)"
if [ "$NEW" = t ]; then
    is "$(psql_su -c "SELECT count(*) FROM casedesk.discipline_audit WHERE table_name = 'flag_request'
          AND new_row->>'outcome' LIKE 'refused: over the hourly%'")" "$((30 - filed))" \
        "the flags over the bound are on record as refused"
    out=$(psql_as sec_staff -v ON_ERROR_STOP=0 -c "SELECT casedesk.flag_official($ID_STAFF3, 'other', repeat('长', 10001))" 2>&1)
    attack sec_staff like "$out" "at most 10000 characters" "facts longer than the record may hold are refused when filed"
    # a staged request the sealer cannot file does not stop the chain
    psql_su -c "INSERT INTO casedesk.audit_pending (chain, at, login, txid, table_name, op, new_row)
                VALUES ('discipline_audit', now(), 'sec_staff', txid_current(), 'flag_request', 'INSERT',
                        '{\"receipt\": \"JB-0000-0000-0009\", \"official_id\": $ID_STAFF3, \"category\": \"bogus\",
                          \"facts\": \"x\", \"source\": \"flag\", \"flagger_id\": $ID_STAFF}')" >/dev/null
    R=$(psql_as sec_staff -c "SELECT casedesk.flag_official($ID_STAFF2, 'other', '之后的举报')")
    seal; seal
    is "$(psql_su -c "SELECT count(*) FROM casedesk.audit_pending WHERE table_name = 'flag_request'")|$(psql_su -c \
          "SELECT new_row->>'outcome' LIKE 'refused: %' FROM casedesk.discipline_audit WHERE new_row->>'receipt' = 'JB-0000-0000-0009'")" \
        "0|t" "a staged flag the sealer cannot file is chained as refused, and the flags after it are filed"
    is "$(psql_su -c "SELECT coalesce(casedesk.audit_first_broken('discipline_audit')::text, 'intact')")" "intact" \
        "the discipline chain verifies after all of this"
fi

for r in $ALL sec_staff3; do
    diag "attacks by $r: ${TRIED[$r]:-0} tried, ${REFUSED[$r]:-0} refused"
done
done_testing
