#!/bin/bash
# The audit chain (issue 11, class 6, and the hot chain head of class 5):
#  - one open transaction that wrote an audited row does not stop the
#    district's other audited writers (staff, supervisor, admin);
#  - the canonical form loses nothing (era of a timestamp, a value moved
#    between columns);
#  - against a checkpoint kept outside the database, verify catches every
#    edit, deletion, insertion, reordering and rewind -- including cutting
#    the newest rows and moving the head, and editing a row and recomputing
#    every later hash -- and names the row; non-zero exit.
# The tampering is done as the superuser (the one who could): each in a
# transaction that is rolled back, asked of casedesk.audit_verify_checkpoint;
# one committed rewind is asked of `casedesk-admin audit verify --checkpoint`.
. "$top_srcdir/tests/security/lib.sh"
sec_users
seal() { psql_su -c "SELECT casedesk.audit_seal()" >/dev/null 2>&1 || true; }
declare -A TRIED REFUSED
attack() {
    local role=$1 before=$TAP_FAILED; shift
    "$@"
    TRIED[$role]=$(( ${TRIED[$role]:-0} + 1 ))
    [ "$TAP_FAILED" -eq "$before" ] && REFUSED[$role]=$(( ${REFUSED[$role]:-0} + 1 ))
}
XV=$(psql_su -c "INSERT INTO casedesk.village (unit_id, name) SELECT id, '大桥路社区' FROM casedesk.unit WHERE code = 'xcb' RETURNING id")
GV=$(psql_su -c "INSERT INTO casedesk.village (unit_id, name) SELECT id, '西坝社区' FROM casedesk.unit WHERE code = 'gmz' RETURNING id")
C1=$(psql_as sec_staff -c "SELECT casedesk.case_create_violation($XV, 'land', 'report', casedesk.today(), '张三')")
C2=$(psql_as sec_staff2 -c "SELECT casedesk.case_create_violation($GV, 'land', 'report', casedesk.today(), '李四')")

# --- one open writer does not stop the others ------------------------------------
# timed LOGIN SQL -> "rc ms" of the statement with a 3 s statement_timeout
timed() {
    local t0 rc; t0=$(date +%s%N)
    psql_as "$1" -c "SET statement_timeout = '3s'" -c "$2" >/dev/null 2>&1; rc=$?
    echo "$rc $(( ($(date +%s%N) - t0) / 1000000 ))"
}
for holder in sec_staff sec_sup; do
    { echo "BEGIN;"
      if [ $holder = sec_staff ]; then echo "UPDATE casedesk.case_file SET note = '开着的事务' WHERE id = $C1;"
      else echo "SELECT casedesk.flag_official($ID_STAFF, 'other', '开着的事务');"; fi
      sleep 5; echo "ROLLBACK;"; } | psql_as $holder >/dev/null 2>&1 &
    H=$!
    sleep 1.5
    r1=$(timed sec_staff2 "UPDATE casedesk.case_file SET note = '另一个单位' WHERE id = $C2")
    r2=$(timed sec_adm "UPDATE casedesk.village SET name = '西坝社区二' WHERE id = $GV")
    r3=$(timed sec_insp "SELECT casedesk.flag_official($ID_STAFF2, 'other', '另一个举报')")
    wait $H
    attack "$holder" is "${r1%% *}" 0 "while $holder holds an audited write open, another unit's clerk saves (${r1#* } ms)"
    attack "$holder" is "${r2%% *}" 0 "... and an admin saves a village (${r2#* } ms)"
    attack "$holder" is "${r3%% *}" 0 "... and an inspector files a flag (${r3#* } ms)"
done
seal; seal
is "$(psql_su -c "SELECT count(*) FROM casedesk.audit_log WHERE table_name = 'case_file' AND row_id = $C2 AND op = 'UPDATE'
                   AND new_row->>'note' = '另一个单位'")" 2 \
    "the clerk's saves (one per holder) are in the chain once sealed"
is "$(psql_su -c "SELECT coalesce(casedesk.audit_first_broken('audit_log')::text, 'intact')")" intact "and the chain is one chain"

# --- the canonical form ---------------------------------------------------------------
canon() { psql_su -c "SELECT encode(casedesk.audit_canonical($1), 'hex')"; }
a=$(canon "1, '2025-01-01 00:00:00+00', 'u', 7, 't', NULL, '|READ', NULL, NULL")
b=$(canon "1, '2025-01-01 00:00:00+00', 'u', 7, 't|', NULL, 'READ', NULL, NULL")
attack installer ok $([ "$a" != "$b" ] && echo 0 || echo 1) "a value moved between columns changes the canonical row"
a=$(canon "1, '0044-03-15 12:00:00+00', 'u', 7, 't', 1, 'READ', NULL, NULL")
b=$(canon "1, '0044-03-15 12:00:00+00 BC', 'u', 7, 't', 1, 'READ', NULL, NULL")
attack installer ok $([ "$a" != "$b" ] && echo 0 || echo 1) "the era of a timestamp is in the canonical row"
a=$(canon "1, '2025-01-01 00:00:00+00', 'u', 7, 't', NULL, 'READ', NULL, '{}'")
b=$(canon "1, '2025-01-01 00:00:00+00', 'u', 7, 't', NULL, 'READ', '{}', NULL")
attack installer ok $([ "$a" != "$b" ] && echo 0 || echo 1) "a row image moved from new to old changes the canonical row"

# --- checkpoints ---------------------------------------------------------------------
seal
CP=$(admin audit checkpoint 2>&1)
like "$CP" "^audit_log [0-9]+ [0-9a-f]{64}" "audit checkpoint prints chain, row count and head hash"
N=$(awk '$1 == "audit_log" { print $2 }' <<<"$CP")
H=$(awk '$1 == "audit_log" { print $3 }' <<<"$CP")
K=$((N / 2))
# later, honest rows: the checkpoint still holds
psql_as sec_staff -c "UPDATE casedesk.case_file SET note = '检查点之后' WHERE id = $C1" >/dev/null
seal
is "$(psql_su -c "SELECT coalesce(casedesk.audit_verify_checkpoint('audit_log', $N, '$H')::text, 'holds')")" holds \
    "rows appended after the checkpoint keep it valid"
# tamper DESCRIPTION EXPECTED-ROW SQL...: in a transaction, rolled back.
tamper() {
    local desc=$1 want=$2; shift 2
    local got
    got=$(psql_su -c "BEGIN" -c "SET LOCAL session_replication_role = replica" "$@" \
        -c "SELECT coalesce(casedesk.audit_verify_checkpoint('audit_log', $N, '$H')::text, 'holds')" \
        -c "ROLLBACK" 2>&1 | tail -n 1)
    attack installer is "$got" "$want" "$desc"
}
# rechain FROM: recompute prev_hash and hash of every row from FROM on, and the head
rechain() { echo "DO \$\$ DECLARE r record; p bytea; BEGIN
    SELECT hash INTO p FROM casedesk.audit_log WHERE id = $1 - 1;
    FOR r IN SELECT * FROM casedesk.audit_log WHERE id >= $1 ORDER BY id LOOP
        UPDATE casedesk.audit_log SET prev_hash = coalesce(p, '\\x'::bytea),
               hash = sha256(coalesce(p, '\\x'::bytea) || casedesk.audit_canonical(id, at, login, txid, table_name,
                             row_id, op, old_row, new_row)) WHERE id = r.id RETURNING hash INTO p;
    END LOOP;
    UPDATE casedesk.audit_chain_head SET last_hash = p, last_id = (SELECT max(id) FROM casedesk.audit_log) WHERE chain = 'audit_log';
END \$\$"; }
tamper "an edited row is named" "$K" -c "UPDATE casedesk.audit_log SET login = 'nobody' WHERE id = $K"
tamper "a timestamp moved to the other era is named" "$K" -c "UPDATE casedesk.audit_log SET at = at - interval '4049 years' WHERE id = $K"
tamper "a deleted row is named (ids are dense)" "$K" -c "DELETE FROM casedesk.audit_log WHERE id = $K"
tamper "an inserted row is named" "$K" \
    -c "UPDATE casedesk.audit_log SET id = id + 1000000 WHERE id >= $K" \
    -c "UPDATE casedesk.audit_log SET id = id - 999999 WHERE id >= 1000000" \
    -c "INSERT INTO casedesk.audit_log SELECT $K, at, login, txid, table_name, row_id, 'DELETE', NULL, NULL, prev_hash, hash
          FROM casedesk.audit_log WHERE id = $K + 1"
tamper "two rows swapped are named" "$K" \
    -c "UPDATE casedesk.audit_log SET id = -id WHERE id IN ($K, $K + 1)" \
    -c "UPDATE casedesk.audit_log SET id = CASE id WHEN -$K THEN $K + 1 ELSE $K END WHERE id IN (-$K, -$K - 1)"
tamper "a rewind (newest rows cut, head moved) is caught at the checkpoint's row" "$N" \
    -c "DELETE FROM casedesk.audit_log WHERE id > $N - 2" \
    -c "UPDATE casedesk.audit_chain_head SET last_id = $N - 2, last_hash = (SELECT hash FROM casedesk.audit_log WHERE id = $N - 2) WHERE chain = 'audit_log'"
tamper "an edit with every later hash and the head recomputed is caught" "$N" \
    -c "UPDATE casedesk.audit_log SET login = 'nobody' WHERE id = $K" -c "$(rechain $K)"
is "$(psql_su -c "BEGIN" -c "SET LOCAL session_replication_role = replica" \
      -c "UPDATE casedesk.audit_log SET login = 'nobody' WHERE id = $K" -c "$(rechain $K)" \
      -c "SELECT coalesce(casedesk.audit_first_broken('audit_log')::text, 'intact')" -c "ROLLBACK" | tail -n 1)" intact \
    "(without a checkpoint that rewrite is consistent in itself: why the checkpoint is kept outside)"

# --- casedesk-admin audit verify --checkpoint -------------------------------------------
echo "$CP" >"$PG_TMP/checkpoints"
out=$(admin audit verify --checkpoint "$PG_TMP/checkpoints" 2>&1); rc=$?
is "$rc" 0 "verify --checkpoint FILE passes on the untampered chain"
like "$out" "2 checkpoints hold" "and says the checkpoints hold"
out=$(admin audit verify --checkpoint "audit_log $N $(tr 0-9a-f 1-9a-f0 <<<"$H")" 2>&1); rc=$?
is "$rc" 3 "a checkpoint the chain does not hold (given as text) fails verify"
# a later checkpoint, then a committed rewrite between the two
CP2=$(admin audit checkpoint | awk '$1 == "audit_log"')
echo "$CP2" >>"$PG_TMP/checkpoints"
N2=$(awk '{ print $2 }' <<<"$CP2")
psql_su -c "SET session_replication_role = replica" -c "UPDATE casedesk.audit_log SET login = 'nobody' WHERE id = $N2" \
    -c "$(rechain "$N2")" >/dev/null
out=$(admin audit verify --checkpoint "$PG_TMP/checkpoints" 2>&1); rc=$?
attack installer is "$rc" 3 "verify exits 3 after a committed rewrite with recomputed hashes"
like "$out" "row $N2 is not the row it was \\(rows $((N + 1)) to $N2" \
    "and names the rows between the last checkpoint that holds and the first that does not"
psql_su -c "SET session_replication_role = replica" -c "DELETE FROM casedesk.audit_log WHERE id > $N - 1" \
    -c "UPDATE casedesk.audit_chain_head SET last_id = $N - 1, last_hash = (SELECT hash FROM casedesk.audit_log WHERE id = $N - 1) WHERE chain = 'audit_log'" >/dev/null
out=$(admin audit verify --checkpoint "$PG_TMP/checkpoints" 2>&1); rc=$?
attack installer is "$rc" 3 "verify exits 3 after a committed rewind"
like "$out" "audit_log: .*row $N is not the row it was \\(rows 1 to $N" "and names the checkpoint's row that is gone"
out=$(admin audit verify 2>&1); rc=$?
diag "without the checkpoint the rewound chain verifies: rc=$rc"

# --- how fast the sealer chains ------------------------------------------------------
for i in $(seq 2000); do echo "UPDATE casedesk.case_file SET note = 'n$i' WHERE id = $C2;"; done |
    psql_as sec_staff2 >/dev/null
t0=$(date +%s%N)
psql_su -c "SELECT casedesk.audit_seal()" >/dev/null
n=$(psql_su -c "SELECT count(*) FROM casedesk.audit_pending")
diag "sealed $((2000 - n)) staged rows in one call: $(( ($(date +%s%N) - t0) / 1000000 )) ms"
t0=$(date +%s%N)
admin audit verify >/dev/null 2>&1
diag "audit verify of $(psql_su -c "SELECT count(*) FROM casedesk.audit_log") rows: $(( ($(date +%s%N) - t0) / 1000000 )) ms"

for r in sec_staff sec_sup installer; do
    diag "attacks by $r: ${TRIED[$r]:-0} tried, ${REFUSED[$r]:-0} refused"
done
done_testing
