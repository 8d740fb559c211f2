-- functions/065_personal.sql: personal data of cases read only through these
-- functions (issue 11, class 1; PIPL masking).  Migration 065 takes the
-- personal and actor columns (casedesk.personal_column) away from the roles
-- that must not plan against them; the functions below give back the values
-- of the rows the caller may see, and nothing else.
--
-- Why plpgsql SECURITY DEFINER: a plpgsql function is never inlined, so an
-- EXPLAIN (ANALYZE) by the caller shows one Function Scan whose row count is
-- what the function returned; the queries inside, their indexes and the
-- rows they passed over stay out of sight.  The unit scope is part of each
-- inner query (the owner bypasses RLS), written before any condition the
-- caller supplies, and the caller's text reaches the inner query only as a
-- parameter.  Each statement inside is planned with its parameter values and
-- real statistics (EXECUTE ... USING), so "unit = mine AND name LIKE '王%'"
-- is one range of case_file_unit_party_prefix_idx.  Today is worked out
-- once and passed in: casedesk.today() in the select list ran per row.
--
-- ID and phone numbers are masked for everybody (6109**********8416,
-- 138****5678) wherever a screen, an export or the history shows them;
-- casedesk.case_reveal_request / case_reveal return one full number after
-- the look-up was recorded in casedesk.number_reveal (whose audit trigger
-- chains it into audit_log) and committed.
-- One current definition of each function here; init re-runs this file
-- whenever it changes.

------------------------------------------------------------------ masks
-- 18-character citizen ID / credit code: 4 + 10 stars + 4.  Shorter: the
-- first and last quarter, at most 4 each.
CREATE OR REPLACE FUNCTION casedesk.mask_id(p text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE WHEN p IS NULL OR p = '' THEN p
                ELSE left(p, least(4, length(p) / 4)) || repeat('*', length(p) - 2 * least(4, length(p) / 4))
                     || right(p, least(4, length(p) / 4)) END
$$;

-- Phone: the first 3 and the last 4 digits stay, every digit between is a
-- star, separators stay (13812345678 -> 138****5678, 0915-3212345 ->
-- 091*-***2345).
CREATE OR REPLACE FUNCTION casedesk.mask_phone(p text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_digits integer := length(regexp_replace(coalesce(p, ''), '[^0-9]', '', 'g'));
    v_out text := '';
    v_i integer := 0;
    ch text;
BEGIN
    IF p IS NULL OR p = '' THEN
        RETURN p;
    END IF;
    FOREACH ch IN ARRAY regexp_split_to_array(p, '') LOOP
        IF ch ~ '[0-9]' THEN
            v_i := v_i + 1;
            v_out := v_out || CASE WHEN v_i <= 3 OR v_i > v_digits - 4 THEN ch ELSE '*' END;
        ELSE
            v_out := v_out || ch;
        END IF;
    END LOOP;
    RETURN v_out;
END $$;

CREATE OR REPLACE FUNCTION casedesk.mask_personal(p_kind text, p text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE p_kind WHEN 'id' THEN casedesk.mask_id(p)
                       WHEN 'phone' THEN casedesk.mask_phone(p) ELSE p END
$$;

GRANT EXECUTE ON FUNCTION casedesk.mask_id(text), casedesk.mask_phone(text),
    casedesk.mask_personal(text, text)
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin;

------------------------------------------------------------------ scope
-- The unit whose cases the caller may read: their own (staff), 0 for every
-- unit (supervisors, inspectors, and the installer, who reads every table
-- anyway: `casedesk-admin report export`), NULL for none.  Mirrors the
-- policies of migration 011.
CREATE OR REPLACE FUNCTION casedesk.case_scope() RETURNS integer
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE casedesk.my_role() WHEN 'staff' THEN casedesk.my_unit_id()
                                   WHEN 'supervisor' THEN 0 WHEN 'inspector' THEN 0
           ELSE CASE WHEN (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = session_user)
                       OR pg_has_role(session_user, 'casedesk_owner', 'MEMBER') THEN 0 END END
$$;

------------------------------------------------------------------- list
-- The `l` filter with one or two characters (p_prefix, model_case.c
-- text_is_short) looks three ways: a number or a name starting with them,
-- an address holding the two (casedesk.case_address_way).  As one OR
-- the three cannot be a BitmapOr (the pairs are a subquery), so a rare
-- prefix read every row: at scale 200 "王建" counted 466 cases in 184 ms
-- and its page walked 181,000 rows.  Asked as one IN of all their ids, a
-- common one ("ZS", half the cases) took seconds.  So each way is asked on
-- its own, with the whole filter, keyset, order and limit: each plan walks
-- the list's index when its matches are many and reads its own index when
-- they are few, and at most three limits of ids are merged (issue 16,
-- item 3).  p_where is the filter on alias c, p_tail its ORDER BY and
-- LIMIT (the count limits each way by its cap instead), p_addr the address
-- way's condition.
CREATE OR REPLACE FUNCTION casedesk.case_prefix_sql(p_where text, p_tail text, p_addr text) RETURNS text
    LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
AS $$ SELECT format(
    ' AND c.id IN (SELECT w.id FROM ('
    '(SELECT c.id FROM casedesk.case_file c%1$s AND c.case_no LIKE upper($8)%2$s)'
    ' UNION (SELECT c.id FROM casedesk.case_file c%1$s AND c.party_name LIKE $8%2$s)'
    ' UNION (SELECT c.id FROM casedesk.case_file c%1$s AND %3$s%2$s)) w)',
    p_where, p_tail, p_addr) $$;
REVOKE EXECUTE ON FUNCTION casedesk.case_prefix_sql(text, text, text) FROM PUBLIC;

-- The list's filter and keyset on alias c, for the page and `/`
-- (case_find_next, functions/210): $1..$6 the filter, $12/$13 the keyset
-- (id, sort value), $15 the caller's unit, $16 today.  p_col is the sort
-- column, p_type its type.
CREATE OR REPLACE FUNCTION casedesk.case_list_where(p_scope integer, p_col text, p_type text,
        p_asc boolean) RETURNS text
    LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
AS $$ SELECT format(
    ' WHERE %1$s ($1 = '''' OR c.kind = $1) AND ($2 = '''' OR c.status = $2)'
    ' AND ($3 = 0 OR c.unit_id = $3) AND ($4 = 0 OR c.village_id = $4)'
    ' AND ($5 = 0 OR EXISTS (SELECT 1 FROM casedesk.expropriation x WHERE x.id = c.id AND x.project_id = $5))'
    ' AND (NOT $6 OR (c.deadline < $16 AND c.status <> ''closed''))'
    ' AND ($12 = 0 OR (%2$s, c.id) %3$s ($13::%4$s, $12))',
    CASE WHEN p_scope = 0 THEN '' ELSE 'c.unit_id = $15 AND' END,
    p_col, CASE WHEN p_asc THEN '>' ELSE '<' END, p_type) $$;
REVOKE EXECUTE ON FUNCTION casedesk.case_list_where(integer, text, text, boolean) FROM PUBLIC;

-- One page of the case list (src/model_case.c).  $1..$8 as the list's
-- filter (kind, status, unit, village, project, overdue, text, its (I)LIKE
-- pattern); p_prefix: the text is one or two characters, matched as a
-- prefix; p_sort 'number' | 'opened' | 'status'; the keyset (p_after_id,
-- p_after) and p_limit.  Names are returned as they are: the caller may read
-- the names of the cases they see.
CREATE OR REPLACE FUNCTION casedesk.case_list_page(p_kind text, p_status text, p_unit integer,
        p_village integer, p_project integer, p_overdue boolean, p_text text, p_pattern text,
        p_prefix boolean, p_sort text, p_asc boolean, p_after_id bigint, p_after text, p_limit integer)
    RETURNS TABLE (id bigint, version integer, case_no text, kind text, status text,
                   unit_code text, unit_name text, village_name text, party_name text,
                   opened_on text, deadline text, overdue integer, sortval text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_scope integer := casedesk.case_scope();
    v_col text := CASE p_sort WHEN 'opened' THEN 'c.opened_on' WHEN 'status' THEN 'c.status'
                              ELSE 'c.case_no' END;
    v_type text := CASE p_sort WHEN 'opened' THEN 'date' ELSE 'text' END;
    v_dir text := CASE WHEN p_asc THEN 'ASC' ELSE 'DESC' END;
    v_where text;
    v_tail text;
    v_ids bigint[];
    v_addr text;
BEGIN
    IF v_scope IS NULL THEN
        RETURN;
    END IF;
    v_where := casedesk.case_list_where(v_scope, v_col, v_type, p_asc);
    v_tail := format(' ORDER BY %1$s %2$s, c.id %2$s LIMIT $14', v_col, v_dir);
    IF p_prefix THEN
        SELECT a.ids, a.cond INTO v_ids, v_addr FROM casedesk.case_address_way(p_text, v_scope, '$17') a;
    END IF;
    RETURN QUERY EXECUTE format(
        'SELECT c.id, c.version, c.case_no, c.kind, c.status, u.code, u.name, v.name, c.party_name,'
        ' c.opened_on::text, coalesce(c.deadline::text, ''''),'
        ' (coalesce(c.deadline < $16, false) AND c.status <> ''closed'')::int, %1$s::text'
        ' FROM casedesk.case_file c JOIN casedesk.unit u ON u.id = c.unit_id'
        ' JOIN casedesk.village v ON v.id = c.village_id'
        '%2$s%3$s%4$s',
        v_col, v_where,
        CASE WHEN coalesce(p_text, '') = '' THEN ''
             WHEN p_prefix THEN casedesk.case_prefix_sql(v_where, v_tail, v_addr)
             ELSE ' AND (c.case_no ILIKE $8 OR c.party_name ILIKE $8 OR c.address ILIKE $8)' END,
        v_tail)
    USING coalesce(p_kind, ''), coalesce(p_status, ''), coalesce(p_unit, 0), coalesce(p_village, 0),
          coalesce(p_project, 0), coalesce(p_overdue, false), p_text, p_pattern, p_prefix, p_sort,
          p_asc, coalesce(p_after_id, 0), p_after, greatest(coalesce(p_limit, 1), 1), v_scope,
          casedesk.today(), v_ids;
END $$;

-- How many cases the same filter finds, counting at most p_cap + 1.  Each
-- way of a prefix is capped too: if one finds more than the cap, so does
-- the whole; if none does, each gave all it has.
CREATE OR REPLACE FUNCTION casedesk.case_list_count(p_kind text, p_status text, p_unit integer,
        p_village integer, p_project integer, p_overdue boolean, p_text text, p_pattern text,
        p_prefix boolean, p_cap bigint)
    RETURNS bigint
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_scope integer := casedesk.case_scope();
    v_where text;
    v_n bigint;
    v_ids bigint[];
    v_addr text;
BEGIN
    IF v_scope IS NULL THEN
        RETURN 0;
    END IF;
    IF p_prefix THEN
        SELECT a.ids, a.cond INTO v_ids, v_addr FROM casedesk.case_address_way(p_text, v_scope, '$13') a;
    END IF;
    v_where := format(
        ' WHERE %1$s ($1 = '''' OR c.kind = $1) AND ($2 = '''' OR c.status = $2)'
        ' AND ($3 = 0 OR c.unit_id = $3) AND ($4 = 0 OR c.village_id = $4)'
        ' AND ($5 = 0 OR EXISTS (SELECT 1 FROM casedesk.expropriation x WHERE x.id = c.id AND x.project_id = $5))'
        ' AND (NOT $6 OR (c.deadline < $12 AND c.status <> ''closed''))',
        CASE WHEN v_scope = 0 THEN '' ELSE 'c.unit_id = $11 AND' END);
    EXECUTE format(
        'SELECT count(*) FROM (SELECT 1 FROM casedesk.case_file c%1$s%2$s LIMIT $10) s',
        v_where,
        CASE WHEN coalesce(p_text, '') = '' THEN ''
             WHEN p_prefix THEN casedesk.case_prefix_sql(v_where, ' LIMIT $10', v_addr)
             ELSE ' AND (c.case_no ILIKE $8 OR c.party_name ILIKE $8 OR c.address ILIKE $8)' END)
    INTO v_n
    USING coalesce(p_kind, ''), coalesce(p_status, ''), coalesce(p_unit, 0), coalesce(p_village, 0),
          coalesce(p_project, 0), coalesce(p_overdue, false), p_text, p_pattern, p_prefix,
          greatest(coalesce(p_cap, 0), 0) + 1, v_scope, casedesk.today(), v_ids;
    RETURN v_n;
END $$;

-- The jump prompt: p_how 'case_no' | 'id_no' | 'phone' | 'name' | 'name_prefix';
-- exact names first, then by number.
CREATE OR REPLACE FUNCTION casedesk.case_find(p_how text, p_text text, p_pattern text, p_limit integer)
    RETURNS TABLE (id bigint, version integer, case_no text, kind text, status text,
                   unit_code text, unit_name text, village_name text, party_name text,
                   opened_on text, deadline text, overdue integer, sortval text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_scope integer := casedesk.case_scope();
    v_where text := CASE p_how
        WHEN 'case_no' THEN 'c.case_no = upper($1)'
        WHEN 'id_no' THEN 'c.id IN (SELECT x.id FROM casedesk.expropriation x WHERE x.party_id_no = upper($1))'
        WHEN 'phone' THEN 'replace(c.party_phone, ''-'', '''') = replace($1, ''-'', '''')'
        WHEN 'name' THEN 'c.party_name ILIKE $2'
        WHEN 'name_prefix' THEN 'c.party_name LIKE $2' END;
BEGIN
    IF v_scope IS NULL OR v_where IS NULL OR coalesce(p_text, '') = '' THEN
        RETURN;
    END IF;
    RETURN QUERY EXECUTE format(
        'SELECT c.id, c.version, c.case_no, c.kind, c.status, u.code, u.name, v.name, c.party_name,'
        ' c.opened_on::text, coalesce(c.deadline::text, ''''),'
        ' (coalesce(c.deadline < $5, false) AND c.status <> ''closed'')::int, c.case_no'
        ' FROM casedesk.case_file c JOIN casedesk.unit u ON u.id = c.unit_id'
        ' JOIN casedesk.village v ON v.id = c.village_id'
        ' WHERE %s %s ORDER BY (c.party_name = $1) DESC, c.case_no LIMIT $3',
        CASE WHEN v_scope = 0 THEN '' ELSE 'c.unit_id = $4 AND' END, v_where)
    USING p_text, p_pattern, greatest(coalesce(p_limit, 1), 1), v_scope, casedesk.today();
END $$;

----------------------------------------------------------------- detail
-- The personal fields of one case the caller may read (the case form, the
-- payments screen, notices), numbers masked.  No row: not visible.
CREATE OR REPLACE FUNCTION casedesk.case_party(p_case_id bigint)
    RETURNS TABLE (party_name text, party_phone text, address text, handled_by integer,
                   handled_by_name text, party_id_no text, created_by_name text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_scope integer := casedesk.case_scope();
BEGIN
    IF v_scope IS NULL THEN
        RETURN;
    END IF;
    RETURN QUERY
    SELECT c.party_name, casedesk.mask_phone(c.party_phone), c.address, c.handled_by, o.name,
           casedesk.mask_id(x.party_id_no), cb.name
      FROM casedesk.case_file c
      LEFT JOIN casedesk.expropriation x ON x.id = c.id
      LEFT JOIN casedesk.official o ON o.id = c.handled_by
      LEFT JOIN casedesk.official cb ON cb.id = c.created_by
     WHERE c.id = p_case_id AND (v_scope = 0 OR c.unit_id = v_scope);
END $$;

-- The same for the cases of an export: every case of p_kind opened in
-- [p_from, p_to], of unit p_unit (0: all the caller may read).
CREATE OR REPLACE FUNCTION casedesk.case_party_export(p_kind text, p_unit integer, p_from date, p_to date)
    RETURNS TABLE (id bigint, party_name text, address text, party_phone text, party_id_no text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_scope integer := casedesk.case_scope();
BEGIN
    IF v_scope IS NULL THEN
        RETURN;
    END IF;
    RETURN QUERY
    SELECT c.id, c.party_name, c.address, casedesk.mask_phone(c.party_phone), casedesk.mask_id(x.party_id_no)
      FROM casedesk.case_file c
      LEFT JOIN casedesk.expropriation x ON x.id = c.id
     WHERE (v_scope = 0 OR c.unit_id = v_scope) AND c.kind = p_kind
       AND (coalesce(p_unit, 0) = 0 OR c.unit_id = p_unit)
       AND c.opened_on BETWEEN p_from AND p_to;
END $$;

-- Payments of one case the caller may read.
CREATE OR REPLACE FUNCTION casedesk.case_payments(p_case_id bigint)
    RETURNS TABLE (id bigint, amount numeric, paid_on date, payee text, account text,
                   voucher_no text, recorded_by_name text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_scope integer := casedesk.case_scope();
BEGIN
    IF v_scope IS NULL THEN
        RETURN;
    END IF;
    RETURN QUERY
    SELECT p.id, p.amount, p.paid_on, p.payee, p.account, p.voucher_no, o.name
      FROM casedesk.payment p
      LEFT JOIN casedesk.official o ON o.id = p.recorded_by
     WHERE p.case_id = p_case_id AND (v_scope = 0 OR p.unit_id = v_scope)
     ORDER BY p.paid_on, p.id;
END $$;

-- The petitioner of a petition the caller may read, the phone masked.
CREATE OR REPLACE FUNCTION casedesk.petition_party(p_petition_id bigint)
    RETURNS TABLE (petitioner text, phone text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_scope integer := casedesk.case_scope();
BEGIN
    IF v_scope IS NULL THEN
        RETURN;
    END IF;
    RETURN QUERY
    SELECT p.petitioner, casedesk.mask_phone(p.phone) FROM casedesk.petition p
     WHERE p.id = p_petition_id AND (v_scope = 0 OR p.unit_id = v_scope);
END $$;

-- The party name of a case (task list, notices); NULL when not visible.
CREATE OR REPLACE FUNCTION casedesk.case_party_name(p_case_id bigint) RETURNS text
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_scope integer := casedesk.case_scope();
BEGIN
    RETURN (SELECT c.party_name FROM casedesk.case_file c
             WHERE c.id = p_case_id AND v_scope IS NOT NULL AND (v_scope = 0 OR c.unit_id = v_scope));
END $$;

----------------------------------------------------------------- reveal
-- One full number on demand ("show full number" on the case form), in two
-- steps so that the log is committed before the number leaves the server:
--   1. case_reveal_request(case, 'party_phone' | 'party_id_no') writes a
--      row to number_reveal (who, which case and field; audited, so
--      chained into audit_log) and returns its id; the caller commits
--      (the client runs it on its own, in autocommit);
--   2. case_reveal(id) returns the number only if that row's transaction
--      has committed (txid_status), is the caller's own and is at most five
--      minutes old.  Rolled back, or still open: refused.
-- The same sentence for a hidden case, a missing one and an empty field.
CREATE OR REPLACE FUNCTION casedesk.case_reveal_request(p_case_id bigint, p_field text) RETURNS bigint
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_scope integer := casedesk.case_scope();
    v_unit integer;
    v_value text;
    v_id bigint;
BEGIN
    IF p_field IS DISTINCT FROM 'party_phone' AND p_field IS DISTINCT FROM 'party_id_no' THEN
        RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'Only a phone or an ID number can be shown in full.';
    END IF;
    SELECT c.unit_id, CASE p_field WHEN 'party_phone' THEN c.party_phone ELSE x.party_id_no END
      INTO v_unit, v_value
      FROM casedesk.case_file c LEFT JOIN casedesk.expropriation x ON x.id = c.id
     WHERE c.id = p_case_id AND v_scope IS NOT NULL AND (v_scope = 0 OR c.unit_id = v_scope);
    IF v_value IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'There is no such number to show for this case.';
    END IF;
    INSERT INTO casedesk.number_reveal (case_id, unit_id, field) VALUES (p_case_id, v_unit, p_field)
        RETURNING id INTO v_id;
    RETURN v_id;
END $$;

CREATE OR REPLACE FUNCTION casedesk.case_reveal(p_request bigint) RETURNS text
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_scope integer := casedesk.case_scope();
    r casedesk.number_reveal;
    v_value text;
BEGIN
    SELECT * INTO r FROM casedesk.number_reveal
     WHERE id = p_request AND login = session_user::text AND at > clock_timestamp() - interval '5 minutes';
    IF NOT FOUND OR txid_status(r.txid) IS DISTINCT FROM 'committed' THEN
        RAISE EXCEPTION USING ERRCODE = '25001',
            MESSAGE = 'A full number is shown only after its look-up has been logged and committed.';
    END IF;
    SELECT CASE r.field WHEN 'party_phone' THEN c.party_phone ELSE x.party_id_no END INTO v_value
      FROM casedesk.case_file c LEFT JOIN casedesk.expropriation x ON x.id = c.id
     WHERE c.id = r.case_id AND v_scope IS NOT NULL AND (v_scope = 0 OR c.unit_id = v_scope);
    IF v_value IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'There is no such number to show for this case.';
    END IF;
    RETURN v_value;
END $$;

CREATE OR REPLACE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON casedesk.number_reveal
    FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();
CREATE OR REPLACE TRIGGER bump_version BEFORE UPDATE ON casedesk.number_reveal
    FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();
CREATE OR REPLACE TRIGGER notify AFTER INSERT OR UPDATE OR DELETE ON casedesk.number_reveal
    FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger();
-- The list of personal columns is a domain table like any other.
CREATE OR REPLACE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON casedesk.personal_column
    FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();
CREATE OR REPLACE TRIGGER bump_version BEFORE UPDATE ON casedesk.personal_column
    FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();
CREATE OR REPLACE TRIGGER notify AFTER INSERT OR UPDATE OR DELETE ON casedesk.personal_column
    FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger();

GRANT EXECUTE ON FUNCTION
    casedesk.case_list_page(text, text, integer, integer, integer, boolean, text, text, boolean,
                            text, boolean, bigint, text, integer),
    casedesk.case_list_count(text, text, integer, integer, integer, boolean, text, text, boolean, bigint),
    casedesk.case_find(text, text, text, integer), casedesk.case_party(bigint),
    casedesk.case_party_export(text, integer, date, date), casedesk.case_payments(bigint),
    casedesk.case_party_name(bigint), casedesk.petition_party(bigint),
    casedesk.case_reveal_request(bigint, text),
    casedesk.case_reveal(bigint)
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector;

---------------------------------------------------------------- history
-- Can the session's login read row p_id of casedesk.p_table?  Evaluates the
-- table's own SELECT policies for the session user (their expressions use
-- session_user through my_unit_id() / my_role()), so the rule stays the
-- one of the policies.  Private: called by row_history only.
CREATE OR REPLACE FUNCTION casedesk.row_visible_to_session(p_table text, p_id bigint) RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_rel regclass;
    v_perm text;
    v_restr text;
    v_ok boolean;
BEGIN
    IF p_table IS NULL OR p_id IS NULL THEN
        RETURN false;
    END IF;
    v_rel := to_regclass('casedesk.' || quote_ident(p_table));
    IF v_rel IS NULL OR NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute
            WHERE attrelid = v_rel AND attname = 'id' AND attnum > 0 AND NOT attisdropped)
       OR NOT has_column_privilege(session_user, v_rel, 'id', 'SELECT') THEN
        RETURN false;
    END IF;
    IF (SELECT relrowsecurity FROM pg_catalog.pg_class WHERE oid = v_rel) THEN
        SELECT string_agg('(' || pg_get_expr(p.polqual, p.polrelid) || ')', ' OR ') FILTER (WHERE p.polpermissive),
               string_agg('(' || pg_get_expr(p.polqual, p.polrelid) || ')', ' AND ') FILTER (WHERE NOT p.polpermissive)
          INTO v_perm, v_restr
          FROM pg_catalog.pg_policy p
         WHERE p.polrelid = v_rel AND p.polcmd IN ('r', '*') AND p.polqual IS NOT NULL
           AND (0::oid = ANY (p.polroles)
                OR EXISTS (SELECT 1 FROM unnest(p.polroles) r(oid) WHERE pg_has_role(session_user, r.oid, 'MEMBER')));
        IF v_perm IS NULL THEN
            RETURN false;
        END IF;
        EXECUTE format('SELECT EXISTS (SELECT 1 FROM %s WHERE id = $1 AND (%s) AND %s)',
                       v_rel, v_perm, coalesce(v_restr, 'true')) INTO v_ok USING p_id;
    ELSE
        EXECUTE format('SELECT EXISTS (SELECT 1 FROM %s WHERE id = $1)', v_rel) INTO v_ok USING p_id;
    END IF;
    RETURN v_ok;
END $$;

-- History of one row, one line per changed field (version left out), for
-- exactly the rows the caller can read.  A field is shown when the caller
-- may SELECT its column, or when it is a personal column of a case row they
-- see (what case_party shows them); ID and phone numbers masked, always.
-- SECURITY DEFINER and plpgsql: the audit_log indexes (per row, per login)
-- are used only inside, after the row was found visible.
CREATE OR REPLACE FUNCTION casedesk.row_history(p_table text, p_id bigint)
    RETURNS TABLE (audit_id bigint, at timestamptz, login text, who text, op text,
                   field text, old_value text, new_value text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_rel regclass := to_regclass('casedesk.' || quote_ident(p_table));
    v_role text := casedesk.my_role();
BEGIN
    IF v_role IS NULL OR NOT casedesk.row_visible_to_session(p_table, p_id) THEN
        RETURN;
    END IF;
    RETURN QUERY
    SELECT a.id, a.at, a.login, o.name, a.op, k.key,
           casedesk.mask_personal(pc.kind, a.old_row ->> k.key),
           casedesk.mask_personal(pc.kind, a.new_row ->> k.key)
      -- the chained rows, then those the sealer has not chained yet (061):
      -- a change is in its history from its commit (or, for the session
      -- that made it, at once), not from the next sealing; these have no id yet
      FROM (SELECT l.id, l.at, l.login, l.op, l.old_row, l.new_row, l.table_name, l.row_id, 0 AS pending, l.id AS ord
              FROM casedesk.audit_log l
             WHERE l.table_name = p_table AND l.row_id = p_id
            UNION ALL
            SELECT NULL::bigint, q.at, q.login, q.op, q.old_row, q.new_row, q.table_name, q.row_id, 1, q.seq
              FROM casedesk.audit_pending q
             WHERE q.chain = 'audit_log' AND q.table_name = p_table AND q.row_id = p_id) a
      LEFT JOIN casedesk.official o ON o.login = a.login
     CROSS JOIN LATERAL jsonb_object_keys(coalesce(a.old_row, '{}') || coalesce(a.new_row, '{}')) AS k(key)
      JOIN pg_catalog.pg_attribute att
        ON att.attrelid = v_rel AND att.attname = k.key AND att.attnum > 0 AND NOT att.attisdropped
      LEFT JOIN casedesk.personal_column pc ON pc.table_name = p_table AND pc.column_name = k.key
     WHERE a.table_name = p_table AND a.row_id = p_id
       AND k.key <> 'version'
       AND (a.op <> 'UPDATE' OR (a.old_row -> k.key) IS DISTINCT FROM (a.new_row -> k.key))
       AND (has_column_privilege(session_user, v_rel, att.attnum, 'SELECT')
            OR (pc.kind IS NOT NULL AND v_role IN ('staff', 'supervisor', 'inspector')))
     ORDER BY a.pending, a.ord, k.key;
END $$;

GRANT EXECUTE ON FUNCTION casedesk.row_history(text, bigint)
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin;
