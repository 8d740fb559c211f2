#!/bin/bash
# Catalogue checks over the whole casedesk schema after every migration has
# run.  They are written over pg_class / pg_proc / pg_roles, so tables,
# functions and views that other parts add later are covered automatically.
. "$top_srcdir/tests/security/lib.sh"
sec_users
# A disabled account must be checked too.
fixture_user sec_gone 郑离职 gmz staff >/dev/null
psql_su -c "SELECT casedesk.user_disable('sec_gone')" >/dev/null

# Reviewed exceptions.  Keep these lists short and say why.
#  - audit_history reads audit_log with its owner's rights on purpose; its
#    filter calls SECURITY INVOKER functions that run as the caller, and it is
#    a security_barrier view (see sql/003_security.sql).
OWNER_RIGHTS_VIEWS="'audit_history'"
#  - infrastructure, not domain records: no version / audit / notify.
#  - unit_day_total (migration 055_totals): derived per-unit totals kept by
#    statement triggers, rebuilt
#    by totals_rebuild(); no id/version/audit/notify of its own; likewise
#    case_open_total (migration 091), a clerk's open-case count per unit;
#    task_open_total, task_card_total (migration 168) and task_seen (169),
#    the home counts' open tasks and cards, kept by triggers from task;
#    unit_month_total, task_due_total and task_due_zone (migration 053),
#    the same figures by month for the progress screen and the briefing,
#    and task_card_month_total (053), the cards by month;
#    attachment_blob (migration 151), the bytes of an attachment whose
#    audited, versioned row is casedesk.attachment.
INFRA_TABLES="'schema_migration', 'audit_log', 'discipline_audit', 'audit_chain_head', 'audit_pending', 'unit_day_total', 'case_open_total', 'task_open_total', 'task_card_total', 'task_seen', 'unit_month_total', 'task_due_total', 'task_due_zone', 'task_card_month_total', 'notify_secret', 'attachment_blob'"
#  - internal allocators holding no user data: no audit / notify.
NO_AUDIT_TABLES="'case_counter', 'doc_counter'"
# Confidential tables: their history goes to discipline_audit, never NOTIFY.
CONFIDENTIAL="c.relname ~ '(discipline|flag)'"

# rows SQL -> newline-separated offenders ("" when none)
rows() { psql_su -c "$1"; }

# --- row-level security ----------------------------------------------------------
n=0
while IFS='|' read -r rel rls force; do
    [ -n "$rel" ] || continue
    n=$((n + 1))
    is "$rls$force" "tt" "$rel has ROW LEVEL SECURITY enabled and forced"
done < <(rows "SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity
    FROM pg_class c WHERE c.relnamespace = 'casedesk'::regnamespace AND c.relkind IN ('r', 'p')
     AND (EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND NOT a.attisdropped
                   AND a.attname IN ('unit_id', 'lead_unit_id'))
          OR $CONFIDENTIAL OR c.relname IN ('audit_log', 'official', 'unit', 'village'))
    ORDER BY 1")
ok $([ $n -ge 5 ] && echo 0 || echo 1) "found the unit-scoped and confidential tables ($n)"
is "$(rows "SELECT c.relname FROM pg_class c WHERE c.relnamespace = 'casedesk'::regnamespace
      AND c.relkind IN ('r', 'p') AND c.relrowsecurity AND NOT c.relforcerowsecurity ORDER BY 1")" "" \
    "every table with row-level security also forces it on its owner"

is "$(rows "SELECT c.relname || '.' || a.attname FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
    WHERE c.relnamespace = 'casedesk'::regnamespace AND c.relkind IN ('r', 'p') AND NOT a.attisdropped
      AND a.attname IN ('unit_id', 'lead_unit_id')
      AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.oid AND i.indkey[0] = a.attnum)
    ORDER BY 1")" "" "every unit_id / lead_unit_id column that policies filter on leads an index"

is "$(rows "SELECT c.relname FROM pg_class c WHERE c.relnamespace = 'casedesk'::regnamespace
      AND c.relkind IN ('r', 'p') AND c.relrowsecurity
      AND NOT EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid)
      AND EXISTS (SELECT 1 FROM aclexplode(c.relacl) x JOIN pg_roles r ON r.oid = x.grantee
                   WHERE r.rolname LIKE 'casedesk\_%' AND r.rolname <> 'casedesk_owner')
    ORDER BY 1")" "" "no table is granted to a casedesk role while RLS hides every row from it"

# --- functions ------------------------------------------------------------------------
is "$(rows "SELECT p.oid::regprocedure FROM pg_proc p WHERE p.pronamespace = 'casedesk'::regnamespace
      AND p.prosecdef AND EXISTS (SELECT 1 FROM aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) x
                                  WHERE x.grantee = 0 AND x.privilege_type = 'EXECUTE')
    ORDER BY 1")" "" "no SECURITY DEFINER function is executable by PUBLIC"
is "$(rows "SELECT p.oid::regprocedure FROM pg_proc p WHERE p.pronamespace = 'casedesk'::regnamespace
      AND EXISTS (SELECT 1 FROM aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) x
                   WHERE x.grantee = 0 AND x.privilege_type = 'EXECUTE')
    ORDER BY 1")" "" "no casedesk function at all is executable by PUBLIC (default privileges work)"
is "$(rows "SELECT p.oid::regprocedure FROM pg_proc p WHERE p.pronamespace = 'casedesk'::regnamespace
      AND p.prosecdef AND NOT coalesce('search_path=pg_catalog, pg_temp' = ANY (p.proconfig), false)
    ORDER BY 1")" "" "every SECURITY DEFINER function pins search_path = pg_catalog, pg_temp"
is "$(rows "SELECT p.oid::regprocedure || ' owned by ' || pg_get_userbyid(p.proowner) FROM pg_proc p
    WHERE p.pronamespace = 'casedesk'::regnamespace AND p.prosecdef
      AND pg_get_userbyid(p.proowner) NOT IN ('casedesk_owner', 'casedesk_usermgr', 'casedesk_watchdog')
    ORDER BY 1")" "" "SECURITY DEFINER functions are owned by casedesk_owner, casedesk_usermgr or casedesk_watchdog"
is "$(rows "SELECT p.oid::regprocedure FROM pg_proc p WHERE p.proowner = 'casedesk_watchdog'::regrole
      AND p.proname NOT IN ('watchdog_sweep', 'audit_seal_guard') ORDER BY 1")" "" \
    "casedesk_watchdog (which may end sessions) owns only watchdog_sweep and audit_seal_guard"
is "$(rows "SELECT r.rolname FROM pg_roles r WHERE r.rolname = 'casedesk_watchdog'
      AND (r.rolcanlogin OR EXISTS (SELECT 1 FROM pg_auth_members m WHERE m.roleid = r.oid))
    ORDER BY 1")" "" "casedesk_watchdog cannot log in and nobody is a member of it"
is "$(rows "SELECT p.proname FROM pg_proc p WHERE p.proowner = 'casedesk_usermgr'::regrole
      AND p.proname !~ '^(user_(add|disable|enable|set_unit|set_role)|usermgr_[a-z_]+)$'
    ORDER BY 1")" "" "casedesk_usermgr (CREATEROLE) owns only the reviewed user-management functions"
is "$(rows "SELECT p.oid::regprocedure || ' -> ' || r.rolname FROM pg_proc p,
      aclexplode(p.proacl) x JOIN pg_roles r ON r.oid = x.grantee
    WHERE p.proowner = 'casedesk_usermgr'::regrole AND r.rolname NOT IN ('casedesk_usermgr', 'casedesk_admin')
    ORDER BY 1")" "" "only casedesk_admin may execute the user-management functions"

# --- roles ------------------------------------------------------------------------------
is "$(rows "SELECT rolname FROM pg_roles WHERE rolcanlogin AND oid <> 10
      AND (rolsuper OR rolbypassrls OR rolcreaterole OR rolreplication) ORDER BY 1")" "" \
    "no login role except the bootstrap superuser has SUPERUSER, BYPASSRLS, CREATEROLE or REPLICATION"
is "$(rows "SELECT rolname FROM pg_roles WHERE rolname IN ('casedesk_owner', 'casedesk_usermgr',
      'casedesk_staff', 'casedesk_supervisor', 'casedesk_inspector', 'casedesk_admin') AND rolcanlogin")" "" \
    "the owner, usermgr and group roles cannot log in"
is "$(rows "SELECT o.login || ' in ' || coalesce((SELECT string_agg(g.rolname, ',') FROM pg_auth_members m
        JOIN pg_roles g ON g.oid = m.roleid WHERE m.member = r.oid), 'nothing')
    FROM casedesk.official o JOIN pg_roles r ON r.rolname = o.login
    WHERE r.rolcanlogin AND (SELECT array_agg(g.rolname) FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                              WHERE m.member = r.oid) IS DISTINCT FROM ARRAY['casedesk_' || o.role]::name[]
    ORDER BY 1")" "" "every casedesk login role is a member of exactly its one casedesk group and nothing else"
is "$(rows "SELECT u.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
      JOIN pg_roles u ON u.oid = m.member
    WHERE g.rolname IN ('casedesk_staff', 'casedesk_supervisor', 'casedesk_inspector', 'casedesk_admin')
      AND NOT EXISTS (SELECT 1 FROM casedesk.official o WHERE o.login = u.rolname AND NOT o.disabled)
    ORDER BY 1")" "" "every member of a casedesk group is an enabled official"
is "$(rows "SELECT o.login FROM casedesk.official o LEFT JOIN pg_roles r ON r.rolname = o.login
    WHERE r.rolcanlogin IS DISTINCT FROM NOT o.disabled ORDER BY 1")" "" \
    "enabled officials can log in and disabled ones cannot"
is "$(rows "SELECT o.login FROM casedesk.official o WHERE o.disabled")" "sec_gone" \
    "(the disabled official is still there to be checked)"
is "$(rows "SELECT o.login FROM casedesk.official o JOIN pg_roles r ON r.rolname = o.login
    WHERE pg_has_role(r.oid, 'casedesk_owner', 'MEMBER') OR pg_has_role(r.oid, 'casedesk_usermgr', 'MEMBER')
    ORDER BY 1")" "" "no casedesk login role reaches casedesk_owner or casedesk_usermgr"
is "$(rows "SELECT u.rolname FROM pg_auth_members m JOIN pg_roles u ON u.oid = m.member
    WHERE m.roleid = 'casedesk_usermgr'::regrole")" "" "nobody is a member of casedesk_usermgr"
is "$(rows "SELECT r.rolname FROM pg_roles r WHERE (r.rolname LIKE 'casedesk\_%' AND r.rolname NOT IN
      ('casedesk_owner', 'casedesk_usermgr', 'casedesk_watchdog') OR r.rolname IN (SELECT login FROM casedesk.official WHERE NOT disabled))
      AND NOT (coalesce(r.rolconfig, '{}') @> ARRAY['statement_timeout=60s', 'lock_timeout=10s',
                                                    'idle_in_transaction_session_timeout=5min'])
    ORDER BY 1")" "" "group roles and every login role carry the three session timeouts"

# --- views, grants to PUBLIC, sequences ---------------------------------------------------
is "$(rows "SELECT c.relname FROM pg_class c WHERE c.relnamespace = 'casedesk'::regnamespace AND c.relkind = 'v'
      AND NOT coalesce('security_invoker=true' = ANY (c.reloptions), false)
      AND NOT (c.relname IN ($OWNER_RIGHTS_VIEWS) AND 'security_barrier=true' = ANY (c.reloptions))
    ORDER BY 1")" "" "every view is security_invoker (or a reviewed security_barrier exception)"
is "$(rows "SELECT c.relname FROM pg_class c WHERE c.relnamespace = 'casedesk'::regnamespace AND c.relkind = 'm'
      AND EXISTS (SELECT 1 FROM aclexplode(c.relacl) x JOIN pg_roles r ON r.oid = x.grantee
                   WHERE r.rolname IN ('casedesk_staff', 'casedesk_supervisor', 'casedesk_inspector', 'casedesk_admin'))
    ORDER BY 1")" "" "no materialized view (which has no RLS) is granted to a casedesk role"
is "$(rows "SELECT c.relname || ':' || x.privilege_type FROM pg_class c, aclexplode(c.relacl) x
    WHERE c.relnamespace = 'casedesk'::regnamespace AND x.grantee = 0 ORDER BY 1")" "" \
    "no table, view or sequence grants anything to PUBLIC"
is "$(rows "SELECT c.relname || ':' || r.rolname FROM pg_class c, aclexplode(c.relacl) x JOIN pg_roles r ON r.oid = x.grantee
    WHERE c.relnamespace = 'casedesk'::regnamespace AND c.relkind = 'S' AND x.privilege_type = 'UPDATE'
      AND r.rolname <> 'casedesk_owner' ORDER BY 1")" "" "no casedesk role may setval a sequence"
is "$(rows "SELECT c.relname || ':' || r.rolname FROM pg_class c, aclexplode(c.relacl) x JOIN pg_roles r ON r.oid = x.grantee
    WHERE c.relnamespace = 'casedesk'::regnamespace AND c.relname IN ('audit_log_id_seq', 'discipline_audit_id_seq',
      'audit_log', 'discipline_audit', 'audit_chain_head', 'audit_pending')
      AND r.rolname <> 'casedesk_owner'
    ORDER BY 1")" "" "the audit tables and sequences are granted to nobody (not even discipline_audit to inspectors)"
is "$(rows "SELECT nspname FROM pg_namespace n WHERE nspname IN ('casedesk', 'public')
      AND EXISTS (SELECT 1 FROM aclexplode(n.nspacl) x WHERE x.grantee = 0 AND x.privilege_type = 'CREATE')")" "" \
    "PUBLIC cannot create objects in casedesk or public"

# --- the conventions of every domain table ------------------------------------------------
while IFS='|' read -r rel problems; do
    [ -n "$rel" ] || continue
    is "$problems" "" "$rel follows the domain-table conventions"
done < <(rows "SELECT c.relname, concat_ws('; ',
      CASE WHEN NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = i.indkey[0]
                             WHERE i.indrelid = c.oid AND i.indisprimary AND i.indnatts = 1 AND a.attname = 'id'
                               AND a.atttypid IN ('integer'::regtype, 'bigint'::regtype))
           THEN 'no integer id primary key' END,
      CASE WHEN NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'version'
                             AND a.atttypid = 'integer'::regtype AND a.attnotnull)
           THEN 'no version integer NOT NULL' END,
      CASE WHEN NOT EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgfoid = 'casedesk.bump_version'::regproc)
           THEN 'no bump_version trigger' END,
      CASE WHEN c.relname NOT IN ($NO_AUDIT_TABLES) AND NOT EXISTS (SELECT 1 FROM pg_trigger t
                WHERE t.tgrelid = c.oid AND t.tgfoid = 'casedesk.audit_trigger'::regproc AND t.tgenabled <> 'D')
           THEN 'no audit trigger' END,
      CASE WHEN $CONFIDENTIAL AND EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid
                AND t.tgfoid = 'casedesk.audit_trigger'::regproc AND encode(t.tgargs, 'escape') <> 'discipline\\000')
           THEN 'confidential rows audited into audit_log' END,
      CASE WHEN $CONFIDENTIAL AND EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid
                AND t.tgfoid = 'casedesk.notify_trigger'::regproc)
           THEN 'confidential table sends NOTIFY' END,
      CASE WHEN NOT $CONFIDENTIAL AND c.relname NOT IN ($NO_AUDIT_TABLES) AND NOT EXISTS (SELECT 1 FROM pg_trigger t
                WHERE t.tgrelid = c.oid AND t.tgfoid = 'casedesk.notify_trigger'::regproc AND t.tgenabled <> 'D')
           THEN 'no notify trigger' END,
      CASE WHEN EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND NOT t.tgisinternal AND t.tgenabled = 'D')
           THEN 'a disabled trigger' END)
    FROM pg_class c WHERE c.relnamespace = 'casedesk'::regnamespace AND c.relkind IN ('r', 'p')
     AND c.relname NOT IN ($INFRA_TABLES) AND NOT c.relispartition
    ORDER BY 1")

done_testing
