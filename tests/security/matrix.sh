#!/bin/bash
# The privilege matrix: every casedesk table and view x every role x
# SELECT/INSERT/UPDATE/DELETE/TRUNCATE.  Grows by itself as tables are added.
#  1. RULES below name privileges that must never exist; a grant that breaks
#     one fails the test.
#  2. Every operation a role holds no privilege for is really attempted, as a
#     real login of that role, and must fail with SQLSTATE 42501 (each attempt
#     runs in a subtransaction that is rolled back, so nothing changes even if
#     one wrongly succeeds).
. "$top_srcdir/tests/security/lib.sh"
sec_users

# table-regex | role-regex | operations that role must never hold directly
RULES="
^(audit_log|discipline_audit|audit_chain_head|audit_pending|schema_migration)\$|.|INSERT,UPDATE,DELETE,TRUNCATE
^(audit_log|audit_chain_head|audit_pending|discipline_audit)\$|.|SELECT
.|.|TRUNCATE
^(unit|village|official)\$|^(staff|supervisor|inspector)\$|INSERT,UPDATE,DELETE
^(unit|village|official)\$|^admin\$|DELETE
^official\$|^admin\$|INSERT
(discipline|flag)|^(staff|supervisor|admin)\$|SELECT,UPDATE,DELETE
^(audit_history|user_list)\$|.|INSERT,UPDATE,DELETE
"
rules_sql=$(printf '%s\n' "$RULES" | awk -F'|' 'NF == 3 {
    gsub(/\x27/, "\x27\x27"); printf "%s(\x27%s\x27, \x27%s\x27, \x27%s\x27)", sep, $1, $2, $3; sep = ", " }')

for role in staff supervisor inspector admin; do
    login=sec_$(case $role in staff) echo staff ;; supervisor) echo sup ;; inspector) echo insp ;; admin) echo adm ;; esac)
    # relname|op|privileged|forbidden|statement|relkind
    plan=$(psql_su -F '|' <<SQL
WITH rules(trel, trole, tops) AS (VALUES $rules_sql),
ops(op) AS (VALUES ('SELECT'), ('INSERT'), ('UPDATE'), ('DELETE'), ('TRUNCATE')),
t AS (SELECT c.oid, c.relname, c.relkind,
             (SELECT quote_ident(a.attname) FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0
               AND NOT a.attisdropped ORDER BY a.attnum LIMIT 1) AS col
        FROM pg_class c WHERE c.relnamespace = 'casedesk'::regnamespace
         AND c.relkind IN ('r', 'p', 'v') AND NOT c.relispartition)
SELECT t.relname, o.op,
       has_table_privilege('$login', t.oid, o.op)
         OR (o.op IN ('SELECT', 'INSERT', 'UPDATE') AND has_any_column_privilege('$login', t.oid, o.op)),
       EXISTS (SELECT 1 FROM rules r WHERE t.relname ~ r.trel AND '$role' ~ r.trole
                                      AND o.op = ANY (string_to_array(r.tops, ','))),
       CASE o.op
         WHEN 'SELECT' THEN format('SELECT 1 FROM casedesk.%I LIMIT 0', t.relname)
         WHEN 'INSERT' THEN format('INSERT INTO casedesk.%I DEFAULT VALUES', t.relname)
         WHEN 'UPDATE' THEN format('UPDATE casedesk.%I SET %s = %s WHERE false', t.relname, t.col, t.col)
         WHEN 'DELETE' THEN format('DELETE FROM casedesk.%I WHERE false', t.relname)
         ELSE format('TRUNCATE casedesk.%I', t.relname) END,
       t.relkind
  FROM t CROSS JOIN ops o
 WHERE NOT (t.relkind = 'v' AND o.op = 'TRUNCATE')
 ORDER BY 1, 2
SQL
)
    [ -n "$plan" ] || { echo "Bail out! no tables found"; exit 99; }

    # Try every unprivileged operation in one DO block, as the login.
    body=""
    while IFS='|' read -r rel op priv forbidden stmt kind; do
        [ "$priv" = f ] || continue
        body+="BEGIN EXECUTE \$q\$$stmt\$q\$; RAISE EXCEPTION USING ERRCODE = 'XX999', MESSAGE = 'succeeded';
               EXCEPTION WHEN OTHERS THEN RAISE NOTICE 'RESULT|%|%|%', '$rel', '$op', SQLSTATE; END;
"
    done <<<"$plan"
    results=$(psql_as "$login" -c "DO \$do\$ BEGIN $body END \$do\$" 2>&1 | sed -n 's/^NOTICE:  RESULT|//p')
    declare -A got=()
    while IFS='|' read -r rel op state; do
        [ -n "$rel" ] && got["$rel|$op"]=$state
    done <<<"$results"

    # One TAP line per table for this role.
    prev=""; problems=""; denied_ops=""
    flush() {
        [ -n "$prev" ] || return 0
        is "$problems" "" "$role: $prev: refused ${denied_ops:-nothing (all granted)}"
    }
    while IFS='|' read -r rel op priv forbidden stmt kind; do
        if [ "$rel" != "$prev" ]; then flush; prev=$rel; problems=""; denied_ops=""; fi
        if [ "$priv" = t ] && [ "$forbidden" = t ]; then
            problems+="$op is granted but must never be; "
        elif [ "$priv" = f ]; then
            denied_ops+="${denied_ops:+,}$op"
            st=${got["$rel|$op"]:-none}
            # A view that is not updatable at all may say so (55000) first.
            [ "$st" = 42501 ] || { [ "$st" = 55000 ] && [ "$kind" = v ]; } ||
                problems+="$op gave SQLSTATE $st, want 42501; "
        fi
    done <<<"$plan"
    flush
    unset got
done

done_testing
