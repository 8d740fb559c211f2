--
-- PostgreSQL database dump
--

--
-- Name: casedesk; Type: SCHEMA; Schema: -; Owner: casedesk_owner
--

CREATE SCHEMA casedesk;

ALTER SCHEMA casedesk OWNER TO casedesk_owner;

--
-- Name: accountability_units(integer); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.accountability_units(p_year integer) RETURNS TABLE(unit_code text, unit_name text, score numeric, rank bigint)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    SELECT r.unit_code, r.unit_name, r.score, r.rank
      FROM casedesk.ranking(p_year, 'year', NULL) r WHERE r.below_threshold
     ORDER BY r.rank, r.unit_code
$$;

ALTER FUNCTION casedesk.accountability_units(p_year integer) OWNER TO casedesk_owner;

--
-- Name: add_workdays(date, integer); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.add_workdays(d date, n integer) RETURNS date
    LANGUAGE plpgsql STABLE SECURITY DEFINER PARALLEL SAFE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_day  date := d;
    v_step integer := CASE WHEN n < 0 THEN -1 ELSE 1 END;
    v_left integer;
BEGIN
    IF d IS NULL OR n IS NULL THEN RETURN NULL; END IF;
    IF n = 0 THEN RETURN d; END IF;
    IF abs(n) > 100000 THEN
        RAISE EXCEPTION USING MESSAGE = 'The number of working days is too large.', ERRCODE = '22003';
    END IF;
    -- Coarse jump: land safely short of the target, then refine.
    IF abs(n) > 10 THEN
        v_day := d + v_step * ((abs(n) - 10) / 5) * 7;
    END IF;
    -- Working days already passed: (d, v_day] forwards, [v_day, d) backwards.
    IF v_step > 0 THEN
        v_left := n - casedesk.workdays_between(d, v_day);
    ELSE
        v_left := -n - casedesk.workdays_between(v_day - 1, d - 1);
    END IF;
    WHILE v_left > 0 LOOP
        v_day := v_day + v_step;
        IF casedesk.is_workday(v_day) THEN v_left := v_left - 1; END IF;
    END LOOP;
    -- The coarse jump may have overshot when it crossed many make-up days.
    WHILE v_left < 0 OR NOT casedesk.is_workday(v_day) LOOP
        IF casedesk.is_workday(v_day) THEN v_left := v_left + 1; END IF;
        v_day := v_day - v_step;
    END LOOP;
    RETURN v_day;
END $$;

ALTER FUNCTION casedesk.add_workdays(d date, n integer) OWNER TO casedesk_owner;

--
-- Name: arg_date(jsonb, text, text, boolean); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.arg_date(p_args jsonb, p_key text, p_field text, p_required boolean DEFAULT true) RETURNS date
    LANGUAGE plpgsql STABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $_$
DECLARE
    v text := btrim(p_args->>p_key);
BEGIN
    IF coalesce(v, '') = '' THEN
        IF p_required THEN
            RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = format('The %s is required.', p_field);
        END IF;
        RETURN NULL;
    END IF;
    BEGIN
        IF v !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN RAISE SQLSTATE '22007'; END IF;
        RETURN v::date;
    EXCEPTION WHEN others THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = format('The %s must be a date written as YYYY-MM-DD.', p_field);
    END;
END $_$;

ALTER FUNCTION casedesk.arg_date(p_args jsonb, p_key text, p_field text, p_required boolean) OWNER TO casedesk_owner;

--
-- Name: arg_num(jsonb, text, text, boolean); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.arg_num(p_args jsonb, p_key text, p_field text, p_required boolean DEFAULT true) RETURNS numeric
    LANGUAGE plpgsql IMMUTABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $_$
DECLARE
    v text := nullif(btrim(p_args->>p_key), '');
BEGIN
    IF v IS NULL THEN
        IF p_required THEN
            RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = format('The %s is required.', p_field);
        END IF;
        RETURN NULL;
    END IF;
    IF v !~ '^[0-9]{1,10}(\.[0-9]{1,2})?$' THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE =
            format('The %s must be a number with at most two decimals.', p_field);
    END IF;
    RETURN v::numeric;
END $_$;

ALTER FUNCTION casedesk.arg_num(p_args jsonb, p_key text, p_field text, p_required boolean) OWNER TO casedesk_owner;

--
-- Name: arg_text(jsonb, text, text, boolean); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.arg_text(p_args jsonb, p_key text, p_field text, p_required boolean DEFAULT true) RETURNS text
    LANGUAGE plpgsql IMMUTABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v text := nullif(btrim(p_args->>p_key), '');
BEGIN
    IF v IS NULL AND p_required THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = format('The %s is required.', p_field);
    END IF;
    IF length(v) > 100 THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = format('The %s must be at most 100 characters long.', p_field);
    END IF;
    RETURN v;
END $$;

ALTER FUNCTION casedesk.arg_text(p_args jsonb, p_key text, p_field text, p_required boolean) OWNER TO casedesk_owner;

--
-- Name: audit_append(text, text, bigint, text, jsonb, jsonb); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.audit_append(p_chain text, p_table text, p_row_id bigint, p_op text, p_old jsonb, p_new jsonb) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_id   bigint;
    v_at   timestamptz := clock_timestamp();
    v_prev bytea;
    v_hash bytea;
    v_tx   bigint := txid_current();
BEGIN
    IF p_chain IS DISTINCT FROM 'discipline_audit' AND p_chain IS DISTINCT FROM 'audit_log' THEN
        RAISE EXCEPTION USING MESSAGE = 'unknown audit chain', ERRCODE = '22023';
    END IF;
    -- The row lock on the head serialises writers of this chain until commit.
    SELECT last_hash INTO STRICT v_prev FROM casedesk.audit_chain_head
     WHERE chain = p_chain FOR UPDATE;
    IF p_chain = 'discipline_audit' THEN
        v_id := nextval('casedesk.discipline_audit_id_seq');
    ELSE
        v_id := nextval('casedesk.audit_log_id_seq');
    END IF;
    v_hash := sha256(v_prev || casedesk.audit_canonical(v_id, v_at, session_user::text,
                    v_tx, p_table, p_row_id, p_op, p_old, p_new));
    IF p_chain = 'discipline_audit' THEN
        INSERT INTO casedesk.discipline_audit VALUES
            (v_id, v_at, session_user, v_tx, p_table, p_row_id, p_op, p_old, p_new, v_prev, v_hash);
    ELSE
        INSERT INTO casedesk.audit_log VALUES
            (v_id, v_at, session_user, v_tx, p_table, p_row_id, p_op, p_old, p_new, v_prev, v_hash);
    END IF;
    UPDATE casedesk.audit_chain_head SET last_id = v_id, last_hash = v_hash
     WHERE chain = p_chain;
END $$;

ALTER FUNCTION casedesk.audit_append(p_chain text, p_table text, p_row_id bigint, p_op text, p_old jsonb, p_new jsonb) OWNER TO casedesk_owner;

--
-- Name: audit_canonical(bigint, timestamp with time zone, text, bigint, text, bigint, text, jsonb, jsonb); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.audit_canonical(p_id bigint, p_at timestamp with time zone, p_login text, p_txid bigint, p_table text, p_row_id bigint, p_op text, p_old jsonb, p_new jsonb) RETURNS bytea
    LANGUAGE sql IMMUTABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    SELECT convert_to(concat_ws('|', p_id::text,
        to_char(p_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
        p_login, p_txid::text, p_table, coalesce(p_row_id::text, ''), p_op,
        coalesce(p_old::text, ''), coalesce(p_new::text, '')), 'UTF8')
$$;

ALTER FUNCTION casedesk.audit_canonical(p_id bigint, p_at timestamp with time zone, p_login text, p_txid bigint, p_table text, p_row_id bigint, p_op text, p_old jsonb, p_new jsonb) OWNER TO casedesk_owner;

--
-- Name: audit_log; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.audit_log (
    id bigint NOT NULL,
    at timestamp with time zone NOT NULL,
    login text NOT NULL,
    txid bigint NOT NULL,
    table_name text NOT NULL,
    row_id bigint,
    op text NOT NULL,
    old_row jsonb,
    new_row jsonb,
    prev_hash bytea NOT NULL,
    hash bytea NOT NULL,
    CONSTRAINT audit_log_op_check CHECK ((op = ANY (ARRAY['INSERT'::text, 'UPDATE'::text, 'DELETE'::text, 'READ'::text])))
);

ALTER TABLE ONLY casedesk.audit_log FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.audit_log OWNER TO casedesk_owner;

--
-- Name: audit_chain_rows(text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.audit_chain_rows(p_chain text) RETURNS SETOF casedesk.audit_log
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    SELECT * FROM casedesk.audit_log WHERE p_chain = 'audit_log'
    UNION ALL
    SELECT * FROM casedesk.discipline_audit WHERE p_chain = 'discipline_audit'
$$;

ALTER FUNCTION casedesk.audit_chain_rows(p_chain text) OWNER TO casedesk_owner;

--
-- Name: audit_first_broken(text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.audit_first_broken(p_chain text) RETURNS bigint
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    r record;
    v_prev bytea := '\x'::bytea;
    v_last bigint;
    h record;
BEGIN
    IF p_chain IS DISTINCT FROM 'discipline_audit' AND p_chain IS DISTINCT FROM 'audit_log' THEN
        RAISE EXCEPTION USING MESSAGE = 'unknown audit chain', ERRCODE = '22023';
    END IF;
    FOR r IN EXECUTE format('SELECT * FROM casedesk.%I ORDER BY id', p_chain) LOOP
        IF r.prev_hash IS DISTINCT FROM v_prev
           OR r.hash IS DISTINCT FROM sha256(v_prev || casedesk.audit_canonical(
                r.id, r.at, r.login, r.txid, r.table_name, r.row_id, r.op, r.old_row, r.new_row))
        THEN
            RETURN r.id;
        END IF;
        v_prev := r.hash;
        v_last := r.id;
    END LOOP;
    SELECT last_id, last_hash INTO h FROM casedesk.audit_chain_head WHERE chain = p_chain;
    IF NOT FOUND THEN
        RETURN coalesce(v_last, 0);
    END IF;
    IF h.last_id IS DISTINCT FROM v_last OR h.last_hash IS DISTINCT FROM v_prev THEN
        RETURN coalesce(greatest(h.last_id, v_last), 0);
    END IF;
    RETURN NULL;
END $$;

ALTER FUNCTION casedesk.audit_first_broken(p_chain text) OWNER TO casedesk_owner;

--
-- Name: audit_immutable(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.audit_immutable() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$ BEGIN
    RAISE EXCEPTION 'the audit trail cannot be changed or deleted'
        USING ERRCODE = '42501';
END $$;

ALTER FUNCTION casedesk.audit_immutable() OWNER TO casedesk_owner;

--
-- Name: audit_redact(text, jsonb); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.audit_redact(p_table text, p_row jsonb) RETURNS jsonb
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    SELECT jsonb_object_agg(e.key, e.value)
      FROM jsonb_each(p_row) e
      JOIN pg_catalog.pg_attribute a
        ON a.attrelid = to_regclass('casedesk.' || quote_ident(p_table))
       AND a.attname = e.key AND a.attnum > 0 AND NOT a.attisdropped
     WHERE has_column_privilege(a.attrelid, a.attnum, 'SELECT')
$$;

ALTER FUNCTION casedesk.audit_redact(p_table text, p_row jsonb) OWNER TO casedesk_owner;

--
-- Name: audit_row_visible(text, bigint); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.audit_row_visible(p_table text, p_row_id bigint) RETURNS boolean
    LANGUAGE plpgsql STABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $_$
DECLARE
    v_rel regclass;
    v_ok  boolean;
BEGIN
    IF p_table IS NULL OR p_row_id IS NULL THEN
        RETURN false;
    END IF;
    v_rel := to_regclass('casedesk.' || quote_ident(p_table));
    IF v_rel IS NULL OR NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute
            WHERE attrelid = v_rel AND attname = 'id' AND attnum > 0 AND NOT attisdropped)
       OR NOT has_column_privilege(v_rel, 'id', 'SELECT') THEN
        RETURN false;
    END IF;
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM %s WHERE id = $1)', v_rel)
        INTO v_ok USING p_row_id;
    RETURN v_ok;
END $_$;

ALTER FUNCTION casedesk.audit_row_visible(p_table text, p_row_id bigint) OWNER TO casedesk_owner;

--
-- Name: audit_trigger(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.audit_trigger() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_old jsonb;
    v_new jsonb;
    v_chain text := CASE WHEN TG_NARGS > 0 AND TG_ARGV[0] = 'discipline'
                         THEN 'discipline_audit' ELSE 'audit_log' END;
BEGIN
    IF TG_OP <> 'INSERT' THEN v_old := to_jsonb(OLD); END IF;
    IF TG_OP <> 'DELETE' THEN v_new := to_jsonb(NEW); END IF;
    PERFORM casedesk.audit_append(v_chain, TG_TABLE_NAME::text,
        (coalesce(v_new, v_old)->>'id')::bigint, TG_OP, v_old, v_new);
    RETURN NULL;
END $$;

ALTER FUNCTION casedesk.audit_trigger() OWNER TO casedesk_owner;

--
-- Name: briefing_check(integer, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.briefing_check(p_year integer, p_unit_code text) RETURNS integer
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_unit integer := casedesk.unit_id_of(p_unit_code);
BEGIN
    PERFORM casedesk.period_bounds(p_year, 'year', NULL);
    IF NOT EXISTS (SELECT 1 FROM casedesk.target WHERE year = p_year) THEN
        RAISE EXCEPTION USING MESSAGE = format('No targets have been set for %s.', p_year), ERRCODE = 'P0001';
    END IF;
    RETURN v_unit;
END $$;

ALTER FUNCTION casedesk.briefing_check(p_year integer, p_unit_code text) OWNER TO casedesk_owner;

--
-- Name: briefing_commendations(integer, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.briefing_commendations(p_year integer, p_unit_code text DEFAULT NULL::text) RETURNS TABLE(title text, unit_name text, official_name text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_unit integer := casedesk.briefing_check(p_year, p_unit_code);
BEGIN
    RETURN QUERY
    SELECT c.title, coalesce(u.name, ou.name), o.name
      FROM casedesk.commendation c
      LEFT JOIN casedesk.unit u ON u.id = c.unit_id
      LEFT JOIN casedesk.official o ON o.id = c.official_id
      LEFT JOIN casedesk.unit ou ON ou.id = o.unit_id
     WHERE c.year = p_year
       AND (v_unit IS NULL OR c.unit_id = v_unit OR o.unit_id = v_unit)
     ORDER BY c.official_id IS NOT NULL, c.id;
END $$;

ALTER FUNCTION casedesk.briefing_commendations(p_year integer, p_unit_code text) OWNER TO casedesk_owner;

--
-- Name: briefing_discipline(integer, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.briefing_discipline(p_year integer, p_unit_code text DEFAULT NULL::text) RETURNS TABLE(raised bigint, concluded bigint, set_aside bigint, sanctioned bigint, open_now bigint)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_me   integer := casedesk.discipline_require_inspector();
    v_unit integer := casedesk.briefing_check(p_year, p_unit_code);
    d0     timestamptz := make_date(p_year, 1, 1)::timestamptz;
    d1     timestamptz := make_date(p_year + 1, 1, 1)::timestamptz;
BEGIN
    PERFORM casedesk.audit_append('discipline_audit', 'discipline_record', NULL, 'READ', NULL,
        jsonb_build_object('report', 'briefing', 'year', p_year, 'unit', p_unit_code));
    RETURN QUERY
    SELECT count(*) FILTER (WHERE r.received_at >= d0 AND r.received_at < d1),
           count(*) FILTER (WHERE r.status = 'concluded' AND r.closed_at >= d0 AND r.closed_at < d1),
           count(*) FILTER (WHERE r.status = 'set_aside' AND r.closed_at >= d0 AND r.closed_at < d1),
           count(*) FILTER (WHERE r.status = 'concluded' AND r.disposition <> 'no_violation'
                              AND r.closed_at >= d0 AND r.closed_at < d1),
           count(*) FILTER (WHERE r.status NOT IN ('set_aside','concluded'))
      FROM casedesk.discipline_record r
     WHERE r.official_id <> v_me AND (v_unit IS NULL OR r.unit_id = v_unit);
END $$;

ALTER FUNCTION casedesk.briefing_discipline(p_year integer, p_unit_code text) OWNER TO casedesk_owner;

--
-- Name: briefing_expropriation(integer, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.briefing_expropriation(p_year integer, p_unit_code text DEFAULT NULL::text) RETURNS TABLE(projects_started bigint, households bigint, house_area_m2 numeric, enterprises bigint, land_mu numeric, land_target_mu numeric, land_share_pct numeric, households_resettled bigint, monetised bigint, flats bigint, monetisation_pct numeric)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_unit integer := casedesk.briefing_check(p_year, p_unit_code);
    d0     date := make_date(p_year, 1, 1);
    d1     date := make_date(p_year, 12, 31);
BEGIN
    RETURN QUERY
    WITH s AS (
        SELECT coalesce(sum(x.n) FILTER (WHERE x.kind LIKE 'exp:household:%'), 0)::bigint AS hh,
               coalesce(nullif(sum(x.area) FILTER (WHERE x.kind LIKE 'exp:household:%'), 0), 0) AS area,
               coalesce(sum(x.n) FILTER (WHERE x.kind LIKE 'exp:enterprise:%'), 0)::bigint AS ent,
               coalesce(nullif(sum(x.mu) FILTER (WHERE x.kind LIKE 'exp:%'), 0), 0) AS mu,
               coalesce(sum(x.n) FILTER (WHERE x.kind = 'exp:household:money'), 0)::bigint AS money,
               coalesce(sum(x.n) FILTER (WHERE x.kind = 'exp:household:flat'), 0)::bigint AS flat,
               coalesce(sum(x.n) FILTER (WHERE x.kind = 'flat'), 0)::bigint AS resettled
          FROM casedesk.unit_day_total x
         WHERE x.day BETWEEN d0 AND d1 AND (v_unit IS NULL OR x.unit_id = v_unit)
    ), t AS (
        SELECT sum(x.target_value) AS mu
          FROM casedesk.target x
         WHERE x.year = p_year AND x.metric = 'land_mu' AND (v_unit IS NULL OR x.unit_id = v_unit)
    ), p AS (
        SELECT count(*) AS n FROM casedesk.project pr
         WHERE pr.kind = 'shantytown' AND pr.started_on BETWEEN d0 AND d1
           AND (v_unit IS NULL OR pr.lead_unit_id = v_unit
                OR EXISTS (SELECT 1 FROM casedesk.project_unit pu
                            WHERE pu.project_id = pr.id AND pu.unit_id = v_unit))
    )
    SELECT p.n, s.hh, s.area, s.ent, s.mu, t.mu,
           CASE WHEN t.mu > 0 THEN round(100 * s.mu / t.mu, 1) END,
           s.resettled, s.money, s.flat,
           CASE WHEN s.money + s.flat > 0 THEN round(100.0 * s.money / (s.money + s.flat), 1) END
      FROM s, t, p;
END $$;

ALTER FUNCTION casedesk.briefing_expropriation(p_year integer, p_unit_code text) OWNER TO casedesk_owner;

--
-- Name: briefing_tasks(integer, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.briefing_tasks(p_year integer, p_unit_code text DEFAULT NULL::text) RETURNS TABLE(tasks_due bigint, closed_on_time bigint, overdue bigint, open_overdue bigint, warnings bigint, yellow_cards bigint, red_cards bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_unit integer := casedesk.briefing_check(p_year, p_unit_code);
    d0     date := make_date(p_year, 1, 1);
    d1     date := make_date(p_year, 12, 31);
BEGIN
    RETURN QUERY
    WITH t AS (
        SELECT count(*) AS due,
               count(*) FILTER (WHERE x.status = 'closed'
                   AND casedesk.day_of(x.closed_at) <= x.deadline) AS on_time,
               count(*) FILTER (WHERE x.deadline < casedesk.today() AND (x.status <> 'closed'
                   OR casedesk.day_of(x.closed_at) > x.deadline)) AS overdue,
               count(*) FILTER (WHERE x.deadline < casedesk.today() AND x.status <> 'closed') AS open_overdue
          FROM casedesk.task x
         WHERE x.deadline BETWEEN d0 AND d1 AND (v_unit IS NULL OR x.lead_unit_id = v_unit)
    ), k AS (
        SELECT count(*) FILTER (WHERE c.kind = 'warning') AS w,
               count(*) FILTER (WHERE c.kind = 'yellow') AS y,
               count(*) FILTER (WHERE c.kind = 'red') AS r
          FROM casedesk.task_card c
         WHERE c.issued_on BETWEEN d0 AND d1 AND (v_unit IS NULL OR c.unit_id = v_unit)
    )
    SELECT t.due, t.on_time, t.overdue, t.open_overdue, k.w, k.y, k.r FROM t, k;
END $$;

ALTER FUNCTION casedesk.briefing_tasks(p_year integer, p_unit_code text) OWNER TO casedesk_owner;

--
-- Name: briefing_violations(integer, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.briefing_violations(p_year integer, p_unit_code text DEFAULT NULL::text) RETURNS TABLE(unit_code text, unit_name text, unit_kind text, found bigint, removed bigint, stock_disposed bigint, villages bigint, patrolled bigint, coverage_pct numeric, violation_free bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_unit integer := casedesk.briefing_check(p_year, p_unit_code);
    d0     date := make_date(p_year, 1, 1);
    d1     date := make_date(p_year, 12, 31);
BEGIN
    RETURN QUERY
    WITH vu AS (
        SELECT u.id, u.code, u.name, u.kind FROM casedesk.unit u
         WHERE (v_unit IS NULL OR u.id = v_unit)
           AND EXISTS (SELECT 1 FROM casedesk.village vl WHERE vl.unit_id = u.id)
    ), tot AS (
        SELECT x.unit_id,
               sum(x.n) FILTER (WHERE x.kind = 'vio_found') AS found,
               sum(x.n) FILTER (WHERE x.kind IN ('vio:demolished','vio:rectified')) AS removed,
               sum(x.n) FILTER (WHERE x.kind = 'vio:stock_disposal') AS stock
          FROM casedesk.unit_day_total x
         WHERE x.day BETWEEN d0 AND d1 AND x.kind LIKE 'vio%' GROUP BY x.unit_id
    ), f AS (
        SELECT tot.unit_id, tot.found AS n FROM tot
    ), rm AS (
        SELECT tot.unit_id, tot.removed, tot.stock FROM tot
    ), pv AS (
        SELECT x.unit_id, count(DISTINCT x.village_id) AS n
          FROM casedesk.patrol_village x JOIN casedesk.patrol p ON p.id = x.patrol_id
         WHERE p.patrol_on BETWEEN d0 AND d1 GROUP BY x.unit_id
    ), vl AS (
        SELECT v.unit_id, count(*) AS n,
               count(*) FILTER (WHERE EXISTS (
                   SELECT 1 FROM casedesk.village_certification c
                    WHERE c.village_id = v.id AND c.certified_on <= d1
                      AND (c.lost_on IS NULL OR c.lost_on > d1))) AS free
          FROM casedesk.village v GROUP BY v.unit_id
    ), rows AS (
        SELECT vu.code, vu.name, vu.kind, coalesce(f.n, 0)::bigint AS found,
               coalesce(rm.removed, 0)::bigint AS removed, coalesce(rm.stock, 0)::bigint AS stock,
               coalesce(vl.n, 0) AS villages, coalesce(pv.n, 0) AS patrolled,
               coalesce(vl.free, 0) AS free
          FROM vu
          LEFT JOIN f ON f.unit_id = vu.id LEFT JOIN rm ON rm.unit_id = vu.id
          LEFT JOIN pv ON pv.unit_id = vu.id LEFT JOIN vl ON vl.unit_id = vu.id
    )
    SELECT * FROM (
        SELECT r.code, r.name, r.kind, r.found, r.removed, r.stock, r.villages, r.patrolled,
               CASE WHEN r.villages > 0 THEN round(100.0 * r.patrolled / r.villages, 1) END, r.free
          FROM rows r
        UNION ALL
        SELECT NULL, NULL, NULL, coalesce(sum(r.found), 0)::bigint, coalesce(sum(r.removed), 0)::bigint,
               coalesce(sum(r.stock), 0)::bigint, coalesce(sum(r.villages), 0)::bigint,
               coalesce(sum(r.patrolled), 0)::bigint,
               CASE WHEN sum(r.villages) > 0 THEN round(100.0 * sum(r.patrolled) / sum(r.villages), 1) END,
               coalesce(sum(r.free), 0)::bigint
          FROM rows r
    ) z
    ORDER BY z.code IS NULL, z.code;
END $$;

ALTER FUNCTION casedesk.briefing_violations(p_year integer, p_unit_code text) OWNER TO casedesk_owner;

--
-- Name: bump_version(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.bump_version() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$ BEGIN NEW.version := OLD.version + 1; RETURN NEW; END $$;

ALTER FUNCTION casedesk.bump_version() OWNER TO casedesk_owner;

--
-- Name: valid_phone(text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.valid_phone(p text) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $_$ SELECT p ~ '^(1[3-9][0-9]{9}|0[1-9][0-9]{1,2}-?[2-9][0-9]{6,7})$' $_$;

ALTER FUNCTION casedesk.valid_phone(p text) OWNER TO casedesk_owner;

--
-- Name: visible_text(text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.visible_text(p text) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$ SELECT p IS NULL OR p !~ '[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]' $$;

ALTER FUNCTION casedesk.visible_text(p text) OWNER TO casedesk_owner;

--
-- Name: case_file; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.case_file (
    id bigint NOT NULL,
    case_no text NOT NULL,
    kind text NOT NULL,
    unit_id integer NOT NULL,
    village_id integer NOT NULL,
    status text NOT NULL,
    opened_on date NOT NULL,
    closed_on date,
    deadline date,
    handled_by integer,
    party_name text NOT NULL,
    party_phone text,
    address text,
    note text,
    created_by integer,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    CONSTRAINT case_address_length CHECK ((length(address) <= 200)),
    CONSTRAINT case_closed_after_open CHECK ((closed_on >= opened_on)),
    CONSTRAINT case_closed_dated CHECK (((status = 'closed'::text) = (closed_on IS NOT NULL))),
    CONSTRAINT case_file_case_no_size CHECK ((char_length(case_no) <= 200)),
    CONSTRAINT case_file_kind_size CHECK ((char_length(kind) <= 200)),
    CONSTRAINT case_file_party_name_visible CHECK (casedesk.visible_text(party_name)),
    CONSTRAINT case_file_party_phone_size CHECK ((char_length(party_phone) <= 200)),
    CONSTRAINT case_file_party_phone_visible CHECK (casedesk.visible_text(party_phone)),
    CONSTRAINT case_file_status_size CHECK ((char_length(status) <= 200)),
    CONSTRAINT case_no_format CHECK ((case_no ~ '^[A-Z]{2}-[0-9]{4}-[0-9]{6}$'::text)),
    CONSTRAINT case_note_length CHECK ((length(note) <= 4000)),
    CONSTRAINT case_party_name_valid CHECK (((btrim(party_name) <> ''::text) AND (length(party_name) <= 100))),
    CONSTRAINT case_phone_valid CHECK (casedesk.valid_phone(party_phone))
);

ALTER TABLE ONLY casedesk.case_file FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.case_file OWNER TO casedesk_owner;

--
-- Name: case_blocker_expropriation(casedesk.case_file, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.case_blocker_expropriation(c casedesk.case_file, p_step text) RETURNS text
    LANGUAGE plpgsql STABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    x casedesk.expropriation;
BEGIN
    SELECT * INTO x FROM casedesk.expropriation WHERE id = c.id;
    RETURN CASE p_step
      WHEN 'sign' THEN CASE WHEN x.party_id_no IS NULL THEN
          'Record the party''s citizen ID number or credit code before signing the agreement.' END
      WHEN 'pay_complete' THEN CASE WHEN x.paid_total IS DISTINCT FROM x.assessed_compensation THEN
          format('The compensation is not paid in full: %s of %s yuan paid.', x.paid_total, x.assessed_compensation) END
      WHEN 'record_expropriation_decision' THEN CASE WHEN x.expropriation_decision_on IS NOT NULL THEN
          'The expropriation decision is already recorded.' END
      WHEN 'record_compensation_decision' THEN CASE
          WHEN x.expropriation_decision_on IS NULL THEN 'Record the expropriation decision before the compensation decision.'
          WHEN x.compensation_decision_on IS NOT NULL THEN 'The compensation decision is already recorded.' END
      WHEN 'record_court_enforcement' THEN CASE
          WHEN x.compensation_decision_on IS NULL THEN 'Record the compensation decision before the court enforcement ruling.'
          WHEN x.court_enforcement_on IS NOT NULL THEN 'The court enforcement ruling is already recorded.' END
      WHEN 'forced_demolish' THEN CASE WHEN x.expropriation_decision_on IS NULL
            OR x.compensation_decision_on IS NULL OR x.court_enforcement_on IS NULL THEN
          'Forced demolition needs the expropriation decision, the compensation decision and the court enforcement ruling, each recorded with date and document number, in that order.' END
    END;
END $$;

ALTER FUNCTION casedesk.case_blocker_expropriation(c casedesk.case_file, p_step text) OWNER TO casedesk_owner;

--
-- Name: case_blocker_violation(casedesk.case_file, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.case_blocker_violation(c casedesk.case_file, p_step text) RETURNS text
    LANGUAGE plpgsql STABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v casedesk.violation;
BEGIN
    SELECT * INTO v FROM casedesk.violation WHERE id = c.id;
    IF p_step = 'stock_dispose' AND NOT v.stock THEN
        RETURN format('Only stock violations (built before %s) may be disposed of as stock.',
                      casedesk.stock_cutoff());
    END IF;
    RETURN NULL;
END $$;

ALTER FUNCTION casedesk.case_blocker_violation(c casedesk.case_file, p_step text) OWNER TO casedesk_owner;

--
-- Name: case_create_expropriation(integer, integer, text, text, text, text, text, numeric, numeric, date); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.case_create_expropriation(p_project_id integer, p_village_id integer, p_party_kind text, p_party_name text, p_party_id_no text DEFAULT NULL::text, p_phone text DEFAULT NULL::text, p_address text DEFAULT NULL::text, p_house_area numeric DEFAULT NULL::numeric, p_land_area_mu numeric DEFAULT NULL::numeric, p_opened_on date DEFAULT NULL::date) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    c casedesk.case_file;
BEGIN
    IF p_party_kind IS NULL OR p_party_kind NOT IN ('household','enterprise') THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The party must be a household or an enterprise.';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM casedesk.project WHERE id = p_project_id) THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The project is required and must exist.';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM casedesk.project_unit
                    WHERE project_id = p_project_id AND unit_id = casedesk.my_unit_id()) THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'Your unit does not take part in this project.';
    END IF;
    c := casedesk.case_new('expropriation', p_village_id, coalesce(p_opened_on, casedesk.today()),
                           p_party_name, p_phone, p_address, NULL);
    INSERT INTO casedesk.expropriation (id, unit_id, project_id, party_kind, party_id_no,
            house_area, land_area_mu)
    VALUES (c.id, c.unit_id, p_project_id, p_party_kind, p_party_id_no, p_house_area, p_land_area_mu);
    RETURN c.id;
END $$;

ALTER FUNCTION casedesk.case_create_expropriation(p_project_id integer, p_village_id integer, p_party_kind text, p_party_name text, p_party_id_no text, p_phone text, p_address text, p_house_area numeric, p_land_area_mu numeric, p_opened_on date) OWNER TO casedesk_owner;

--
-- Name: case_create_violation(integer, text, text, date, text, text, numeric, integer, date, numeric, numeric, text, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.case_create_violation(p_village_id integer, p_subkind text, p_found_by text, p_found_on date, p_owner_name text, p_address text DEFAULT NULL::text, p_area_m2 numeric DEFAULT NULL::numeric, p_floors integer DEFAULT NULL::integer, p_built_on date DEFAULT NULL::date, p_lat numeric DEFAULT NULL::numeric, p_lon numeric DEFAULT NULL::numeric, p_phone text DEFAULT NULL::text, p_note text DEFAULT NULL::text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    IF p_found_by = 'patrol' THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'A violation found on patrol is recorded from the patrol log (patrol_record_finding).';
    END IF;
    RETURN casedesk.case_new_violation(p_village_id, p_subkind, p_found_by, p_found_on, p_owner_name,
        p_address, p_area_m2, p_floors, p_built_on, p_lat, p_lon, p_phone, p_note, NULL);
END $$;

ALTER FUNCTION casedesk.case_create_violation(p_village_id integer, p_subkind text, p_found_by text, p_found_on date, p_owner_name text, p_address text, p_area_m2 numeric, p_floors integer, p_built_on date, p_lat numeric, p_lon numeric, p_phone text, p_note text) OWNER TO casedesk_owner;

--
-- Name: case_file_check(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.case_file_check() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    k casedesk.case_kind;
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.status = 'closed' AND current_user <> 'casedesk_owner' THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'A closed case can no longer be changed.';
    END IF;
    IF TG_OP = 'INSERT' OR NEW.kind IS DISTINCT FROM OLD.kind OR NEW.case_no IS DISTINCT FROM OLD.case_no
       OR NEW.status IS DISTINCT FROM OLD.status THEN
        SELECT * INTO k FROM casedesk.case_kind WHERE code = NEW.kind;
        IF FOUND AND left(NEW.case_no, 3) IS DISTINCT FROM k.number_prefix || '-' THEN
            RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = format(
                'The number of a case of this kind starts with %s-.', k.number_prefix);
        END IF;
        IF FOUND AND NEW.status IS DISTINCT FROM k.initial_status AND NOT EXISTS (
                SELECT 1 FROM casedesk.case_step s WHERE s.kind = NEW.kind AND s.to_status = NEW.status) THEN
            RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = format(
                'A case of this kind cannot have the status %s.', NEW.status);
        END IF;
    END IF;
    NEW.party_name := btrim(NEW.party_name);
    IF coalesce(NEW.party_name, '') = '' THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The party name must not be empty.';
    END IF;
    IF length(NEW.party_name) > 100 THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The party name must be at most 100 characters long.';
    END IF;
    NEW.party_phone := nullif(btrim(NEW.party_phone), '');
    IF NEW.party_phone IS NOT NULL AND NOT casedesk.valid_phone(NEW.party_phone) THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The phone number must be a mobile number (11 digits starting with 13 to 19) or a landline number with its area code.';
    END IF;
    NEW.address := nullif(btrim(NEW.address), '');
    IF length(NEW.address) > 200 THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The address must be at most 200 characters long.';
    END IF;
    PERFORM casedesk.check_past_changed(TG_OP, NEW.opened_on,
        CASE WHEN TG_OP = 'UPDATE' THEN OLD.opened_on END, 'opening date');
    IF NEW.handled_by IS NOT NULL AND (TG_OP = 'INSERT' OR NEW.handled_by IS DISTINCT FROM OLD.handled_by)
       AND NOT casedesk.official_in_unit(NEW.handled_by, NEW.unit_id) THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = 'The official handling a case must be an active member of the case''s unit.';
    END IF;
    RETURN NEW;
END $$;

ALTER FUNCTION casedesk.case_file_check() OWNER TO casedesk_owner;

--
-- Name: case_for_staff(bigint); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.case_for_staff(p_case_id bigint) RETURNS casedesk.case_file
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    c casedesk.case_file;
BEGIN
    IF casedesk.my_role() IS DISTINCT FROM 'staff' THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'Only staff of the case''s town or office may change a case.';
    END IF;
    SELECT * INTO c FROM casedesk.case_file
     WHERE id = p_case_id AND unit_id = casedesk.my_unit_id() FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'This case does not exist or does not belong to your unit.';
    END IF;
    RETURN c;
END $$;

ALTER FUNCTION casedesk.case_for_staff(p_case_id bigint) OWNER TO casedesk_owner;

--
-- Name: case_is_closed(bigint); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.case_is_closed(p_case bigint) RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$ SELECT coalesce((SELECT status = 'closed' FROM casedesk.case_file WHERE id = p_case), false) $$;

ALTER FUNCTION casedesk.case_is_closed(p_case bigint) OWNER TO casedesk_owner;

--
-- Name: case_new(text, integer, date, text, text, text, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.case_new(p_kind text, p_village_id integer, p_opened_on date, p_party_name text, p_phone text, p_address text, p_note text) RETURNS casedesk.case_file
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_unit integer := casedesk.my_unit_id();
    k casedesk.case_kind;
    v_year integer;
    v_n integer;
    c casedesk.case_file;
BEGIN
    IF casedesk.my_role() IS DISTINCT FROM 'staff' THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'Only staff of a town or sub-district office may register cases.';
    END IF;
    IF p_village_id IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The village or community is required.';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM casedesk.village WHERE id = p_village_id AND unit_id = v_unit) THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'The village or community must belong to your unit.';
    END IF;
    IF p_opened_on IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The opening date is required.';
    END IF;
    PERFORM casedesk.check_past(p_opened_on, 'opening date');
    SELECT * INTO k FROM casedesk.case_kind WHERE code = p_kind;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('There is no kind of case "%s".', p_kind);
    END IF;
    v_year := extract(year FROM p_opened_on)::integer;
    INSERT INTO casedesk.case_counter AS n (prefix, year, last) VALUES (k.number_prefix, v_year, 1)
        ON CONFLICT (prefix, year) DO UPDATE SET last = n.last + 1
        RETURNING last INTO v_n;
    INSERT INTO casedesk.case_file (case_no, kind, unit_id, village_id, status, opened_on,
            party_name, party_phone, address, note, created_by, handled_by)
    VALUES (format('%s-%s-%s', k.number_prefix, v_year, lpad(v_n::text, 6, '0')), p_kind, v_unit,
            p_village_id, k.initial_status,
            p_opened_on, coalesce(p_party_name, ''), p_phone, p_address, p_note,
            casedesk.my_official_id(), casedesk.my_official_id())
    RETURNING * INTO c;
    RETURN c;
END $$;

ALTER FUNCTION casedesk.case_new(p_kind text, p_village_id integer, p_opened_on date, p_party_name text, p_phone text, p_address text, p_note text) OWNER TO casedesk_owner;

--
-- Name: case_new_violation(integer, text, text, date, text, text, numeric, integer, date, numeric, numeric, text, text, bigint); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.case_new_violation(p_village_id integer, p_subkind text, p_found_by text, p_found_on date, p_owner_name text, p_address text, p_area_m2 numeric, p_floors integer, p_built_on date, p_lat numeric, p_lon numeric, p_phone text, p_note text, p_patrol_id bigint) RETURNS bigint
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    c casedesk.case_file;
BEGIN
    IF p_subkind IS NULL OR p_subkind NOT IN ('land','construction') THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The kind of violation must be illegal land use (land) or illegal construction (construction).';
    END IF;
    IF p_found_by IS NULL OR p_found_by NOT IN ('patrol','report','satellite','petition') THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The source must be patrol, report, satellite or petition.';
    END IF;
    IF p_found_on IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The date the violation was found is required.';
    END IF;
    c := casedesk.case_new('violation', p_village_id, p_found_on, p_owner_name, p_phone, p_address, p_note);
    INSERT INTO casedesk.violation (id, unit_id, subkind, found_by, patrol_id, lat, lon, area_m2,
            floors, built_on, found_on)
    VALUES (c.id, c.unit_id, p_subkind, p_found_by, p_patrol_id, p_lat, p_lon, p_area_m2,
            p_floors, p_built_on, p_found_on);
    RETURN c.id;
END $$;

ALTER FUNCTION casedesk.case_new_violation(p_village_id integer, p_subkind text, p_found_by text, p_found_on date, p_owner_name text, p_address text, p_area_m2 numeric, p_floors integer, p_built_on date, p_lat numeric, p_lon numeric, p_phone text, p_note text, p_patrol_id bigint) OWNER TO casedesk_owner;

--
-- Name: case_next_steps(bigint); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.case_next_steps(p_case_id bigint) RETURNS TABLE(step text, label_zh text, label_en text, needs text[])
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    c casedesk.case_file;
BEGIN
    IF casedesk.my_role() IS DISTINCT FROM 'staff' THEN RETURN; END IF;
    SELECT * INTO c FROM casedesk.case_file f
     WHERE f.id = p_case_id AND f.unit_id = casedesk.my_unit_id();
    IF NOT FOUND THEN RETURN; END IF;
    RETURN QUERY
        SELECT s.step, s.label_zh, s.label_en, s.needs
          FROM casedesk.case_steps() s
         WHERE s.kind = c.kind AND c.status = ANY (s.from_status)
           AND casedesk.case_step_blocker(c, s.step) IS NULL
         ORDER BY s.ord;
END $$;

ALTER FUNCTION casedesk.case_next_steps(p_case_id bigint) OWNER TO casedesk_owner;

--
-- Name: case_open_trg(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.case_open_trg() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO casedesk.case_open_total AS t (unit_id, n)
        SELECT d.unit_id, count(*) FROM nt d WHERE d.status <> 'closed' GROUP BY 1 ORDER BY 1
        ON CONFLICT (unit_id) DO UPDATE SET n = t.n + excluded.n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO casedesk.case_open_total AS t (unit_id, n)
        SELECT d.unit_id, -count(*) FROM ot d WHERE d.status <> 'closed' GROUP BY 1 ORDER BY 1
        ON CONFLICT (unit_id) DO UPDATE SET n = t.n + excluded.n;
    ELSE
        INSERT INTO casedesk.case_open_total AS t (unit_id, n)
        SELECT d.unit_id, sum(d.s) FROM (
            SELECT unit_id, 1 AS s FROM nt WHERE status <> 'closed'
            UNION ALL
            SELECT unit_id, -1 FROM ot WHERE status <> 'closed') d
         GROUP BY 1 HAVING sum(d.s) <> 0 ORDER BY 1
        ON CONFLICT (unit_id) DO UPDATE SET n = t.n + excluded.n;
    END IF;
    RETURN NULL;
END $$;

ALTER FUNCTION casedesk.case_open_trg() OWNER TO casedesk_owner;

--
-- Name: case_step_blocker(casedesk.case_file, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.case_step_blocker(c casedesk.case_file, p_step text) RETURNS text
    LANGUAGE plpgsql STABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $_$
DECLARE
    v_fn  text;
    v_why text;
BEGIN
    SELECT k.blocker_function INTO v_fn FROM casedesk.case_kind k WHERE k.code = c.kind;
    IF v_fn IS NULL THEN
        RETURN NULL;
    END IF;
    EXECUTE format('SELECT casedesk.%I($1, $2)', v_fn) INTO v_why USING c, p_step;
    RETURN v_why;
END $_$;

ALTER FUNCTION casedesk.case_step_blocker(c casedesk.case_file, p_step text) OWNER TO casedesk_owner;

--
-- Name: case_step_expropriation(casedesk.case_file, text, jsonb); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.case_step_expropriation(c casedesk.case_file, p_step text, a jsonb) RETURNS void
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    x casedesk.expropriation;
    v_on date;
    v_last date;
    v_no text;
    v_res text;
    v_comm integer;
    v_to text;
BEGIN
    SELECT * INTO x FROM casedesk.expropriation WHERE id = c.id FOR UPDATE;
    SELECT s.to_status INTO v_to FROM casedesk.case_steps() s WHERE s.kind = c.kind AND s.step = p_step;
    v_to := coalesce(v_to, c.status);
    v_last := greatest(c.opened_on, x.surveyed_on, x.assessed_on, x.signed_on, x.paid_on,
                       x.vacated_on, x.demolished_on);
    IF p_step = 'pay_complete' THEN
        SELECT max(paid_on) INTO v_on FROM casedesk.payment WHERE case_id = c.id;
        v_on := greatest(v_on, x.signed_on);
    ELSE
        v_on := casedesk.arg_date(a, 'on', 'date of this step');
    END IF;
    IF p_step LIKE 'record\_%' THEN
        PERFORM casedesk.check_past(v_on, 'date of the decision');
        v_no := casedesk.arg_text(a, 'doc_no', 'document number');
    ELSIF p_step = 'forced_demolish' THEN
        PERFORM casedesk.check_step_date(v_on, greatest(v_last, x.court_enforcement_on));
    ELSE
        PERFORM casedesk.check_step_date(v_on, v_last);
    END IF;

    CASE p_step
    WHEN 'survey' THEN
        UPDATE casedesk.expropriation SET surveyed_on = v_on,
               house_area = coalesce(casedesk.arg_num(a, 'house_area', 'house area', false), house_area),
               land_area_mu = coalesce(casedesk.arg_num(a, 'land_area_mu', 'land area', false), land_area_mu)
         WHERE id = c.id;
    WHEN 'assess' THEN
        UPDATE casedesk.expropriation SET assessed_on = v_on,
               assessed_compensation = casedesk.arg_num(a, 'amount', 'assessed compensation')
         WHERE id = c.id;
    WHEN 'sign' THEN
        v_res := casedesk.arg_text(a, 'resettlement', 'resettlement choice');
        IF v_res NOT IN ('money','flat') THEN
            RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The resettlement must be money or flat.';
        END IF;
        IF v_res = 'flat' THEN
            v_comm := casedesk.arg_num(a, 'community_id', 'resettlement community')::integer;
            IF NOT EXISTS (SELECT 1 FROM casedesk.resettlement_community WHERE id = v_comm) THEN
                RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'No such resettlement community.';
            END IF;
        END IF;
        UPDATE casedesk.expropriation SET signed_on = v_on, resettlement = v_res, community_id = v_comm
         WHERE id = c.id;
    WHEN 'pay_complete' THEN
        UPDATE casedesk.expropriation SET paid_on = v_on WHERE id = c.id;
    WHEN 'vacate' THEN
        UPDATE casedesk.expropriation SET vacated_on = v_on WHERE id = c.id;
    WHEN 'demolish' THEN
        UPDATE casedesk.expropriation SET demolished_on = v_on WHERE id = c.id;
    WHEN 'forced_demolish' THEN
        UPDATE casedesk.expropriation SET demolished_on = v_on, forced = true WHERE id = c.id;
    WHEN 'record_expropriation_decision' THEN
        UPDATE casedesk.expropriation SET expropriation_decision_on = v_on, expropriation_decision_no = v_no
         WHERE id = c.id;
    WHEN 'record_compensation_decision' THEN
        IF v_on < x.expropriation_decision_on THEN
            RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = format(
                'The compensation decision cannot be dated before the expropriation decision (%s).',
                x.expropriation_decision_on);
        END IF;
        UPDATE casedesk.expropriation SET compensation_decision_on = v_on, compensation_decision_no = v_no
         WHERE id = c.id;
    WHEN 'record_court_enforcement' THEN
        IF v_on < x.compensation_decision_on THEN
            RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = format(
                'The court enforcement ruling cannot be dated before the compensation decision (%s).',
                x.compensation_decision_on);
        END IF;
        UPDATE casedesk.expropriation SET court_enforcement_on = v_on, court_enforcement_no = v_no
         WHERE id = c.id;
    ELSE
        NULL;  -- 'close': only the case row changes
    END CASE;
    UPDATE casedesk.case_file
       SET status = v_to, closed_on = CASE WHEN v_to = 'closed' THEN v_on END
     WHERE id = c.id;
END $$;

ALTER FUNCTION casedesk.case_step_expropriation(c casedesk.case_file, p_step text, a jsonb) OWNER TO casedesk_owner;

--
-- Name: case_step_violation(casedesk.case_file, text, jsonb); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.case_step_violation(c casedesk.case_file, p_step text, a jsonb) RETURNS void
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v casedesk.violation;
    v_on date;
    v_deadline date;
    v_built date;
    v_to text;
BEGIN
    SELECT * INTO v FROM casedesk.violation WHERE id = c.id FOR UPDATE;
    SELECT s.to_status INTO v_to FROM casedesk.case_steps() s WHERE s.kind = c.kind AND s.step = p_step;
    v_on := casedesk.arg_date(a, 'on', 'date of this step');
    PERFORM casedesk.check_step_date(v_on, greatest(v.found_on, v.verified_on, v.stop_notice_on,
        v.rectify_ordered_on, v.resolved_on, v.reinspected_on));
    v_deadline := c.deadline;
    CASE p_step
    WHEN 'verify' THEN
        v_built := casedesk.arg_date(a, 'built_on', 'construction date', false);
        UPDATE casedesk.violation SET verified_on = v_on, built_on = coalesce(v_built, built_on)
         WHERE id = c.id;
    WHEN 'stop_notice' THEN
        UPDATE casedesk.violation SET stop_notice_on = v_on,
               stop_notice_no = casedesk.arg_text(a, 'doc_no', 'notice number')
         WHERE id = c.id;
    WHEN 'order_rectify' THEN
        v_deadline := casedesk.arg_date(a, 'deadline', 'rectification deadline');
        IF v_deadline < v_on THEN
            RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The rectification deadline cannot be earlier than the date of the order.';
        END IF;
        UPDATE casedesk.violation SET rectify_ordered_on = v_on, rectify_deadline = v_deadline
         WHERE id = c.id;
    WHEN 'demolish', 'rectify', 'stock_dispose' THEN
        UPDATE casedesk.violation SET resolution = v_to, resolved_on = v_on WHERE id = c.id;
        v_deadline := NULL;  -- the clock stops once the violation is dealt with
    WHEN 'reinspect' THEN
        UPDATE casedesk.violation SET reinspected_on = v_on WHERE id = c.id;
    ELSE
        NULL;  -- 'close'
    END CASE;
    UPDATE casedesk.case_file
       SET status = v_to, deadline = v_deadline, closed_on = CASE WHEN v_to = 'closed' THEN v_on END
     WHERE id = c.id;
END $$;

ALTER FUNCTION casedesk.case_step_violation(c casedesk.case_file, p_step text, a jsonb) OWNER TO casedesk_owner;

--
-- Name: case_steps(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.case_steps() RETURNS TABLE(kind text, step text, from_status text[], to_status text, label_zh text, label_en text, needs text[], ord integer)
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    SELECT s.kind, s.step, s.from_status, s.to_status, s.label_zh, s.label_en, s.needs, s.ord
      FROM casedesk.case_step s
$$;

ALTER FUNCTION casedesk.case_steps() OWNER TO casedesk_owner;

--
-- Name: case_transition(bigint, integer, text, jsonb); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.case_transition(p_case_id bigint, p_version integer, p_step text, p_args jsonb DEFAULT '{}'::jsonb) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $_$
DECLARE
    c casedesk.case_file;
    s record;
    v_why text;
    v_fn text;
    v_version integer;
BEGIN
    c := casedesk.case_for_staff(p_case_id);
    IF c.version IS DISTINCT FROM p_version THEN
        RAISE EXCEPTION USING ERRCODE = '40001', MESSAGE = 'This case was changed by someone else after you opened it; reload it and try again.';
    END IF;
    SELECT * INTO s FROM casedesk.case_steps() t WHERE t.kind = c.kind AND t.step = p_step;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format(
            'There is no step "%s" for %s cases.', p_step, c.kind);
    END IF;
    IF NOT c.status = ANY (s.from_status) THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = format(
            'The step "%s" is not possible while the case is %s.', p_step, c.status);
    END IF;
    v_why := casedesk.case_step_blocker(c, p_step);
    IF v_why IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = v_why;
    END IF;
    SELECT k.step_function INTO v_fn FROM casedesk.case_kind k WHERE k.code = c.kind;
    EXECUTE format('SELECT casedesk.%I($1, $2, $3)', v_fn) USING c, p_step, coalesce(p_args, '{}');
    SELECT version INTO v_version FROM casedesk.case_file WHERE id = p_case_id;
    RETURN v_version;
END $_$;

ALTER FUNCTION casedesk.case_transition(p_case_id bigint, p_version integer, p_step text, p_args jsonb) OWNER TO casedesk_owner;

--
-- Name: check_past(date, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.check_past(p_date date, p_field text) RETURNS void
    LANGUAGE plpgsql STABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$ BEGIN
    IF p_date > casedesk.today() THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = format('The %s cannot be in the future.', p_field);
    END IF;
END $$;

ALTER FUNCTION casedesk.check_past(p_date date, p_field text) OWNER TO casedesk_owner;

--
-- Name: check_past_changed(text, date, date, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.check_past_changed(p_op text, p_new date, p_old date, p_field text) RETURNS void
    LANGUAGE plpgsql STABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$ BEGIN
    IF p_op = 'INSERT' OR p_new IS DISTINCT FROM p_old THEN
        PERFORM casedesk.check_past(p_new, p_field);
    END IF;
END $$;

ALTER FUNCTION casedesk.check_past_changed(p_op text, p_new date, p_old date, p_field text) OWNER TO casedesk_owner;

--
-- Name: check_step_date(date, date); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.check_step_date(p_on date, p_last date) RETURNS void
    LANGUAGE plpgsql STABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$ BEGIN
    PERFORM casedesk.check_past(p_on, 'date of this step');
    IF p_on < p_last THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = format(
            'The date of this step cannot be earlier than the previous step (%s).', p_last);
    END IF;
END $$;

ALTER FUNCTION casedesk.check_step_date(p_on date, p_last date) OWNER TO casedesk_owner;

--
-- Name: day_of(timestamp with time zone); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.day_of(p_at timestamp with time zone) RETURNS date
    LANGUAGE sql STABLE
    AS $$ SELECT (p_at AT TIME ZONE casedesk.district_zone())::date $$;

ALTER FUNCTION casedesk.day_of(p_at timestamp with time zone) OWNER TO casedesk_owner;

--
-- Name: discipline_audit_about_me(text, bigint, jsonb); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.discipline_audit_about_me(p_table text, p_row_id bigint, p_row jsonb) RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_me  integer := casedesk.my_official_id();
    v_rec bigint;
BEGIN
    IF p_row IS NULL THEN
        -- READ rows: row_id names the record, or the official for evidence reads
        IF p_table = 'official' THEN RETURN p_row_id IS NOT DISTINCT FROM v_me; END IF;
        v_rec := p_row_id;
    ELSIF p_table = 'discipline_record' THEN
        RETURN (p_row->>'official_id')::integer IS NOT DISTINCT FROM v_me;
    ELSE
        v_rec := (p_row->>'record_id')::bigint;
    END IF;
    RETURN EXISTS (SELECT 1 FROM casedesk.discipline_record r
                   WHERE r.id = v_rec AND r.official_id = v_me);
END $$;

ALTER FUNCTION casedesk.discipline_audit_about_me(p_table text, p_row_id bigint, p_row jsonb) OWNER TO casedesk_owner;

--
-- Name: discipline_auto_flag_inaction(bigint, integer); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.discipline_auto_flag_inaction(p_task_id bigint, p_official_id integer) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    t casedesk.task;
BEGIN
    IF p_task_id IS NULL OR p_official_id IS NULL THEN
        RETURN;
    END IF;
    SELECT * INTO t FROM casedesk.task WHERE id = p_task_id;
    IF NOT FOUND OR NOT EXISTS (SELECT 1 FROM casedesk.official WHERE id = p_official_id) THEN
        RETURN;
    END IF;
    IF EXISTS (SELECT 1 FROM casedesk.discipline_record r
                 JOIN casedesk.discipline_link l ON l.record_id = r.id
                WHERE r.official_id = p_official_id AND r.source = 'auto'
                  AND r.category = 'inaction' AND l.task_id = p_task_id
                  AND r.status NOT IN ('set_aside','concluded')) THEN
        RETURN;
    END IF;
    PERFORM casedesk.discipline_insert(p_official_id, 'inaction',
        format('督办任务 %s「%s」逾期未办结被亮红牌（期限 %s），系统自动转纪检审查。',
               t.number, t.title, t.deadline),
        'auto', NULL, NULL, ARRAY[p_task_id]);
END $$;

ALTER FUNCTION casedesk.discipline_auto_flag_inaction(p_task_id bigint, p_official_id integer) OWNER TO casedesk_owner;

--
-- Name: discipline_conclude(bigint, text, date, text, text, integer); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.discipline_conclude(p_id bigint, p_disposition text, p_decided_on date, p_decision_no text, p_note text DEFAULT NULL::text, p_version integer DEFAULT NULL::integer) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    r casedesk.discipline_record := casedesk.discipline_lock(p_id, p_version);
BEGIN
    IF r.status NOT IN ('preliminary_review','talk_letter','investigation') THEN
        RAISE EXCEPTION USING MESSAGE = format('Only a record under review, talk letter or investigation can be concluded; this one is %s.', r.status),
            ERRCODE = 'P0001';
    END IF;
    IF p_disposition IS NULL OR p_disposition NOT IN ('no_violation','reminder_talk','criticism',
            'warning','serious_warning','removal','judicial_referral') THEN
        RAISE EXCEPTION USING MESSAGE = 'The disposition must be one of no_violation, reminder_talk, criticism, warning, serious_warning, removal or judicial_referral.',
            ERRCODE = '23514';
    END IF;
    IF p_decision_no IS NULL OR btrim(p_decision_no) = '' THEN
        RAISE EXCEPTION USING MESSAGE = 'The decision document number is required to conclude a record.',
            ERRCODE = '23514';
    END IF;
    IF p_decided_on IS NULL OR p_decided_on > casedesk.today() THEN
        RAISE EXCEPTION USING MESSAGE = 'The decision date is required and must not be in the future.',
            ERRCODE = '23514';
    END IF;
    IF p_decided_on < casedesk.day_of(r.received_at) THEN
        RAISE EXCEPTION USING MESSAGE = 'The decision date must not be before the flag was received.',
            ERRCODE = '23514';
    END IF;
    UPDATE casedesk.discipline_record
       SET status = 'concluded', disposition = p_disposition, disposition_on = p_decided_on,
           decision_no = btrim(p_decision_no), decided_by = casedesk.my_official_id(),
           note = CASE WHEN p_note IS NULL OR btrim(p_note) = '' THEN note
                       ELSE concat_ws(E'\n', note, btrim(p_note)) END,
           closed_at = now()
     WHERE id = p_id;
END $$;

ALTER FUNCTION casedesk.discipline_conclude(p_id bigint, p_disposition text, p_decided_on date, p_decision_no text, p_note text, p_version integer) OWNER TO casedesk_owner;

--
-- Name: discipline_get(bigint); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.discipline_get(p_id bigint) RETURNS TABLE(id bigint, receipt text, official_id integer, official_name text, official_login text, unit_id integer, unit_name text, category text, facts text, source text, status text, received_at timestamp with time zone, review_started_on date, review_due date, reviewer_name text, note text, disposition text, disposition_on date, decision_no text, decided_by_name text, closed_at timestamp with time zone, flagger_name text, flagger_unit text, case_ids bigint[], task_ids bigint[], version integer)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_me integer := casedesk.discipline_require_inspector();
BEGIN
    RETURN QUERY
    SELECT r.id, f.receipt, r.official_id, o.name, o.login, r.unit_id, u.name, r.category,
           r.facts, r.source, r.status, r.received_at, r.review_started_on, r.review_due,
           rv.name, r.note, r.disposition, r.disposition_on, r.decision_no, dc.name,
           r.closed_at, fl.name, fu.name,
           ARRAY(SELECT l.case_id FROM casedesk.discipline_link l
                  WHERE l.record_id = r.id AND l.case_id IS NOT NULL ORDER BY l.case_id),
           ARRAY(SELECT l.task_id FROM casedesk.discipline_link l
                  WHERE l.record_id = r.id AND l.task_id IS NOT NULL ORDER BY l.task_id),
           r.version
      FROM casedesk.discipline_record r
      JOIN casedesk.discipline_flagger f ON f.record_id = r.id
      JOIN casedesk.official o ON o.id = r.official_id
      JOIN casedesk.unit u ON u.id = r.unit_id
      LEFT JOIN casedesk.official rv ON rv.id = r.reviewer_id
      LEFT JOIN casedesk.official dc ON dc.id = r.decided_by
      LEFT JOIN casedesk.official fl ON fl.id = f.flagger_id
      LEFT JOIN casedesk.unit fu ON fu.id = fl.unit_id
     WHERE r.id = p_id AND r.official_id <> v_me;
    IF FOUND THEN
        PERFORM casedesk.log_discipline_read('discipline_record', p_id);
    END IF;
END $$;

ALTER FUNCTION casedesk.discipline_get(p_id bigint) OWNER TO casedesk_owner;

--
-- Name: discipline_insert(integer, text, text, text, integer, bigint[], bigint[]); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.discipline_insert(p_official_id integer, p_category text, p_facts text, p_source text, p_flagger integer, p_case_ids bigint[], p_task_ids bigint[]) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_unit    integer;
    v_id      bigint;
    v_receipt text;
BEGIN
    SELECT unit_id INTO v_unit FROM casedesk.official WHERE id = p_official_id;
    INSERT INTO casedesk.discipline_record (official_id, unit_id, category, facts, source)
        VALUES (p_official_id, v_unit, p_category, btrim(p_facts), p_source)
        RETURNING id INTO v_id;
    LOOP
        v_receipt := casedesk.discipline_new_receipt();
        EXIT WHEN NOT EXISTS (SELECT 1 FROM casedesk.discipline_flagger WHERE receipt = v_receipt);
    END LOOP;
    INSERT INTO casedesk.discipline_flagger (record_id, flagger_id, receipt)
        VALUES (v_id, p_flagger, v_receipt);
    INSERT INTO casedesk.discipline_link (record_id, case_id)
        SELECT DISTINCT v_id, c FROM unnest(coalesce(p_case_ids, '{}')) c;
    INSERT INTO casedesk.discipline_link (record_id, task_id)
        SELECT DISTINCT v_id, t FROM unnest(coalesce(p_task_ids, '{}')) t;
    RETURN v_receipt;
END $$;

ALTER FUNCTION casedesk.discipline_insert(p_official_id integer, p_category text, p_facts text, p_source text, p_flagger integer, p_case_ids bigint[], p_task_ids bigint[]) OWNER TO casedesk_owner;

--
-- Name: discipline_list(text, text, integer, integer, bigint, integer); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.discipline_list(p_status text DEFAULT NULL::text, p_category text DEFAULT NULL::text, p_unit_id integer DEFAULT NULL::integer, p_official_id integer DEFAULT NULL::integer, p_before_id bigint DEFAULT NULL::bigint, p_limit integer DEFAULT 50) RETURNS TABLE(id bigint, receipt text, official_id integer, official_name text, unit_id integer, unit_name text, category text, source text, status text, received_at timestamp with time zone, review_due date, overdue boolean, disposition text, decision_no text, version integer)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_me  integer := casedesk.discipline_require_inspector();
    v_ids bigint[];
BEGIN
    -- pick the page first, so that exactly what is returned gets logged
    SELECT coalesce(array_agg(x.id), '{}') INTO v_ids
      FROM (SELECT r.id FROM casedesk.discipline_record r
             WHERE r.official_id <> v_me
               AND (p_status IS NULL OR r.status = p_status
                    OR (p_status = 'open' AND r.status NOT IN ('set_aside','concluded')))
               AND (p_category IS NULL OR r.category = p_category)
               AND (p_unit_id IS NULL OR r.unit_id = p_unit_id)
               AND (p_official_id IS NULL OR r.official_id = p_official_id)
               AND (p_before_id IS NULL OR (r.received_at, r.id) <
                    (SELECT b.received_at, b.id FROM casedesk.discipline_record b WHERE b.id = p_before_id))
             ORDER BY r.received_at DESC, r.id DESC
             LIMIT greatest(1, least(coalesce(p_limit, 50), 500))) x;
    PERFORM casedesk.log_discipline_read('discipline_record', i) FROM unnest(v_ids) i;
    RETURN QUERY
    SELECT r.id, f.receipt, r.official_id, o.name, r.unit_id, u.name, r.category, r.source,
           r.status, r.received_at, r.review_due,
           (r.status = 'preliminary_review' AND r.review_due < casedesk.today()),
           r.disposition, r.decision_no, r.version
      FROM casedesk.discipline_record r
      JOIN casedesk.discipline_flagger f ON f.record_id = r.id
      JOIN casedesk.official o ON o.id = r.official_id
      JOIN casedesk.unit u ON u.id = r.unit_id
     WHERE r.id = ANY (v_ids)
     ORDER BY r.received_at DESC, r.id DESC;
END $$;

ALTER FUNCTION casedesk.discipline_list(p_status text, p_category text, p_unit_id integer, p_official_id integer, p_before_id bigint, p_limit integer) OWNER TO casedesk_owner;

--
-- Name: discipline_new_id(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.discipline_new_id() RETURNS bigint
    LANGUAGE sql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$ SELECT ('x' || substr(replace(gen_random_uuid()::text, '-', ''), 1, 13))::bit(52)::bigint $$;

ALTER FUNCTION casedesk.discipline_new_id() OWNER TO casedesk_owner;

--
-- Name: discipline_record; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.discipline_record (
    id bigint DEFAULT casedesk.discipline_new_id() NOT NULL,
    official_id integer NOT NULL,
    unit_id integer NOT NULL,
    category text NOT NULL,
    facts text NOT NULL,
    source text DEFAULT 'flag'::text NOT NULL,
    status text DEFAULT 'received'::text NOT NULL,
    received_at timestamp with time zone DEFAULT now() NOT NULL,
    review_started_on date,
    review_due date,
    reviewer_id integer,
    note text,
    disposition text,
    disposition_on date,
    decision_no text,
    decided_by integer,
    closed_at timestamp with time zone,
    version integer DEFAULT 1 NOT NULL,
    CONSTRAINT discipline_category_valid CHECK ((category = ANY (ARRAY['soliciting'::text, 'favouritism'::text, 'leaking'::text, 'abuse'::text, 'inaction'::text, 'reckless'::text, 'other'::text]))),
    CONSTRAINT discipline_closed_when_final CHECK (((status = ANY (ARRAY['set_aside'::text, 'concluded'::text])) = (closed_at IS NOT NULL))),
    CONSTRAINT discipline_disposition_complete CHECK ((((status = 'concluded'::text) = (disposition IS NOT NULL)) AND ((disposition IS NULL) OR ((disposition_on IS NOT NULL) AND (decided_by IS NOT NULL) AND (decision_no IS NOT NULL) AND (btrim(decision_no) <> ''::text))))),
    CONSTRAINT discipline_disposition_valid CHECK ((disposition = ANY (ARRAY['no_violation'::text, 'reminder_talk'::text, 'criticism'::text, 'warning'::text, 'serious_warning'::text, 'removal'::text, 'judicial_referral'::text]))),
    CONSTRAINT discipline_facts_nonempty CHECK ((btrim(facts) <> ''::text)),
    CONSTRAINT discipline_record_category_size CHECK ((char_length(category) <= 200)),
    CONSTRAINT discipline_record_decision_no_size CHECK ((char_length(decision_no) <= 200)),
    CONSTRAINT discipline_record_decision_no_visible CHECK (casedesk.visible_text(decision_no)),
    CONSTRAINT discipline_record_disposition_size CHECK ((char_length(disposition) <= 10000)),
    CONSTRAINT discipline_record_facts_size CHECK ((char_length(facts) <= 10000)),
    CONSTRAINT discipline_record_note_size CHECK ((char_length(note) <= 10000)),
    CONSTRAINT discipline_record_source_size CHECK ((char_length(source) <= 200)),
    CONSTRAINT discipline_record_status_size CHECK ((char_length(status) <= 200)),
    CONSTRAINT discipline_review_dates CHECK ((((status = 'received'::text) = (review_started_on IS NULL)) AND ((review_started_on IS NULL) = (review_due IS NULL)) AND ((review_due IS NULL) OR (review_due >= review_started_on)))),
    CONSTRAINT discipline_source_valid CHECK ((source = ANY (ARRAY['flag'::text, 'auto'::text]))),
    CONSTRAINT discipline_status_valid CHECK ((status = ANY (ARRAY['received'::text, 'preliminary_review'::text, 'talk_letter'::text, 'investigation'::text, 'set_aside'::text, 'concluded'::text])))
)
WITH (autovacuum_enabled='false', toast.autovacuum_enabled='false');

ALTER TABLE ONLY casedesk.discipline_record FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.discipline_record OWNER TO casedesk_owner;

--
-- Name: discipline_lock(bigint, integer); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.discipline_lock(p_id bigint, p_version integer) RETURNS casedesk.discipline_record
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    r casedesk.discipline_record;
BEGIN
    IF casedesk.my_role() IS DISTINCT FROM 'inspector' THEN
        RAISE EXCEPTION USING MESSAGE = 'Only discipline inspectors may manage discipline records.',
            ERRCODE = '42501';
    END IF;
    SELECT * INTO r FROM casedesk.discipline_record WHERE id = p_id FOR UPDATE;
    IF NOT FOUND OR r.official_id = casedesk.my_official_id() THEN
        RAISE EXCEPTION USING MESSAGE = format('Discipline record %s does not exist.', coalesce(p_id::text, 'NULL')),
            ERRCODE = 'P0002';
    END IF;
    IF p_version IS NOT NULL AND r.version <> p_version THEN
        RAISE EXCEPTION USING MESSAGE = 'The discipline record was changed by someone else; reload it and try again.',
            ERRCODE = '40001';
    END IF;
    RETURN r;
END $$;

ALTER FUNCTION casedesk.discipline_lock(p_id bigint, p_version integer) OWNER TO casedesk_owner;

--
-- Name: discipline_new_receipt(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.discipline_new_receipt() RETURNS text
    LANGUAGE sql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    SELECT 'JB-' || substr(h, 1, 4) || '-' || substr(h, 5, 4) || '-' || substr(h, 9, 4)
    FROM (SELECT upper(replace(gen_random_uuid()::text, '-', '')) AS h) s
$$;

ALTER FUNCTION casedesk.discipline_new_receipt() OWNER TO casedesk_owner;

--
-- Name: discipline_open_by_category_unit(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.discipline_open_by_category_unit() RETURNS TABLE(unit_code text, unit_name text, category text, open_count bigint)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_me integer := casedesk.discipline_require_inspector();
BEGIN
    PERFORM casedesk.audit_append('discipline_audit', 'discipline_record', NULL, 'READ', NULL,
                                   jsonb_build_object('report', 'open_by_category_unit'));
    RETURN QUERY
    SELECT u.code, u.name, r.category, count(*)
      FROM casedesk.discipline_record r JOIN casedesk.unit u ON u.id = r.unit_id
     WHERE r.status NOT IN ('set_aside','concluded') AND r.official_id <> v_me
     GROUP BY u.code, u.name, r.category
     ORDER BY u.code, r.category;
END $$;

ALTER FUNCTION casedesk.discipline_open_by_category_unit() OWNER TO casedesk_owner;

--
-- Name: discipline_overdue_reviews(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.discipline_overdue_reviews() RETURNS TABLE(id bigint, official_name text, unit_name text, category text, review_due date, days_overdue integer)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_me integer := casedesk.discipline_require_inspector();
BEGIN
    PERFORM casedesk.audit_append('discipline_audit', 'discipline_record', NULL, 'READ', NULL,
                                   jsonb_build_object('report', 'overdue_reviews'));
    RETURN QUERY
    SELECT r.id, o.name, u.name, r.category, r.review_due, (casedesk.today() - r.review_due)::integer
      FROM casedesk.discipline_record r
      JOIN casedesk.official o ON o.id = r.official_id
      JOIN casedesk.unit u ON u.id = r.unit_id
     WHERE r.status = 'preliminary_review' AND r.review_due < casedesk.today()
       AND r.official_id <> v_me
     ORDER BY r.review_due, r.id;
END $$;

ALTER FUNCTION casedesk.discipline_overdue_reviews() OWNER TO casedesk_owner;

--
-- Name: discipline_repeat_officials(integer); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.discipline_repeat_officials(p_min integer DEFAULT 2) RETURNS TABLE(official_id integer, official_name text, unit_name text, flags bigint, open_flags bigint, sanctions bigint, categories text)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_me integer := casedesk.discipline_require_inspector();
BEGIN
    PERFORM casedesk.audit_append('discipline_audit', 'discipline_record', NULL, 'READ', NULL,
                                   jsonb_build_object('report', 'repeat_officials'));
    RETURN QUERY
    SELECT o.id, o.name, u.name, count(*),
           count(*) FILTER (WHERE r.status NOT IN ('set_aside','concluded')),
           count(*) FILTER (WHERE r.disposition NOT IN ('no_violation')),
           string_agg(DISTINCT r.category, ',' ORDER BY r.category)
      FROM casedesk.discipline_record r
      JOIN casedesk.official o ON o.id = r.official_id
      JOIN casedesk.unit u ON u.id = o.unit_id
     WHERE r.official_id <> v_me
     GROUP BY o.id, o.name, u.name
    HAVING count(*) >= greatest(coalesce(p_min, 2), 1)
     ORDER BY count(*) DESC, o.id;
END $$;

ALTER FUNCTION casedesk.discipline_repeat_officials(p_min integer) OWNER TO casedesk_owner;

--
-- Name: discipline_require_inspector(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.discipline_require_inspector() RETURNS integer
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    IF casedesk.my_role() IS DISTINCT FROM 'inspector' THEN
        RAISE EXCEPTION USING MESSAGE = 'Only discipline inspectors may read discipline records.',
            ERRCODE = '42501';
    END IF;
    RETURN casedesk.my_official_id();
END $$;

ALTER FUNCTION casedesk.discipline_require_inspector() OWNER TO casedesk_owner;

--
-- Name: discipline_route(bigint, text, text, integer); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.discipline_route(p_id bigint, p_to text, p_note text DEFAULT NULL::text, p_version integer DEFAULT NULL::integer) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    r casedesk.discipline_record := casedesk.discipline_lock(p_id, p_version);
BEGIN
    IF p_to IS NULL OR p_to NOT IN ('talk_letter','investigation','set_aside') THEN
        RAISE EXCEPTION USING MESSAGE = 'The next step must be talk_letter, investigation or set_aside.',
            ERRCODE = '23514';
    END IF;
    IF NOT (r.status = 'preliminary_review'
            OR (r.status = 'talk_letter' AND p_to = 'investigation')) THEN
        RAISE EXCEPTION USING MESSAGE = format('A %s record cannot move to %s.', r.status, p_to),
            ERRCODE = 'P0001';
    END IF;
    IF p_to = 'set_aside' AND (p_note IS NULL OR btrim(p_note) = '') THEN
        RAISE EXCEPTION USING MESSAGE = 'Setting a record aside needs a reason in the note.',
            ERRCODE = '23514';
    END IF;
    UPDATE casedesk.discipline_record
       SET status = p_to,
           note = CASE WHEN p_note IS NULL OR btrim(p_note) = '' THEN note
                       ELSE concat_ws(E'\n', note, btrim(p_note)) END,
           closed_at = CASE WHEN p_to = 'set_aside' THEN now() END
     WHERE id = p_id;
END $$;

ALTER FUNCTION casedesk.discipline_route(p_id bigint, p_to text, p_note text, p_version integer) OWNER TO casedesk_owner;

--
-- Name: discipline_start_review(bigint, date, integer); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.discipline_start_review(p_id bigint, p_due date DEFAULT NULL::date, p_version integer DEFAULT NULL::integer) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    r     casedesk.discipline_record := casedesk.discipline_lock(p_id, p_version);
    v_due date := coalesce(p_due, casedesk.today() + 30);
BEGIN
    IF r.status <> 'received' THEN
        RAISE EXCEPTION USING MESSAGE = format('Preliminary review can start only on a received record; this one is %s.', r.status),
            ERRCODE = 'P0001';
    END IF;
    IF v_due < casedesk.today() THEN
        RAISE EXCEPTION USING MESSAGE = 'The preliminary review deadline must not be in the past.',
            ERRCODE = '23514';
    END IF;
    UPDATE casedesk.discipline_record
       SET status = 'preliminary_review', review_started_on = casedesk.today(),
           review_due = v_due, reviewer_id = casedesk.my_official_id()
     WHERE id = p_id;
END $$;

ALTER FUNCTION casedesk.discipline_start_review(p_id bigint, p_due date, p_version integer) OWNER TO casedesk_owner;

--
-- Name: district_zone(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.district_zone() RETURNS text
    LANGUAGE sql STABLE
    AS $$ SELECT coalesce((SELECT pg_catalog.substr(c, 10)
                         FROM pg_catalog.pg_db_role_setting s, pg_catalog.unnest(s.setconfig) c
                        WHERE s.setrole = 0 AND pg_catalog.lower(c) LIKE 'timezone=%'
                          AND s.setdatabase = (SELECT d.oid FROM pg_catalog.pg_database d
                                                WHERE d.datname = pg_catalog.current_database())),
                      'Asia/Shanghai') $$;

ALTER FUNCTION casedesk.district_zone() OWNER TO casedesk_owner;

--
-- Name: expropriation_check(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.expropriation_check() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND current_user <> 'casedesk_owner' AND casedesk.case_is_closed(NEW.id) THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'A closed case can no longer be changed.';
    END IF;
    NEW.party_id_no := nullif(upper(btrim(NEW.party_id_no)), '');
    IF NEW.party_id_no IS NOT NULL THEN
        IF NEW.party_kind = 'household' AND NOT casedesk.valid_citizen_id(NEW.party_id_no) THEN
            RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The citizen ID number is not valid: it needs 18 characters, a real birth date and a correct check digit (GB 11643).';
        ELSIF NEW.party_kind = 'enterprise' AND NOT casedesk.valid_credit_code(NEW.party_id_no) THEN
            RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The unified social credit code is not valid: it needs 18 characters and a correct check character (GB 32100).';
        END IF;
    END IF;
    IF NEW.house_area <= 0 OR NEW.house_area >= 1000000 THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The house area must be greater than 0 and less than 1,000,000 square metres.';
    END IF;
    IF NEW.land_area_mu <= 0 OR NEW.land_area_mu >= 1500 THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The land area must be greater than 0 and less than 1,500 mu.';
    END IF;
    IF NEW.assessed_compensation < 0 OR NEW.assessed_compensation >= 1e10 THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The assessed compensation must be at least 0 and less than 10,000,000,000 yuan.';
    END IF;
    IF NEW.paid_total > coalesce(NEW.assessed_compensation, 0) THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = format(
            'The total paid (%s yuan) cannot exceed the assessed compensation (%s yuan).',
            NEW.paid_total, coalesce(NEW.assessed_compensation, 0));
    END IF;
    RETURN NEW;
END $$;

ALTER FUNCTION casedesk.expropriation_check() OWNER TO casedesk_owner;

--
-- Name: flag_official(integer, text, text, bigint[], bigint[]); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.flag_official(p_official_id integer, p_category text, p_facts text, p_case_ids bigint[] DEFAULT NULL::bigint[], p_task_ids bigint[] DEFAULT NULL::bigint[]) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_me  integer := casedesk.my_official_id();
    v_role text := casedesk.my_role();
    v_bad bigint;
BEGIN
    IF v_me IS NULL THEN
        RAISE EXCEPTION USING MESSAGE = 'Only active casedesk users may flag an official.',
            ERRCODE = '42501';
    END IF;
    IF p_official_id IS NULL OR NOT EXISTS (SELECT 1 FROM casedesk.official
            WHERE id = p_official_id AND NOT disabled) THEN
        RAISE EXCEPTION USING MESSAGE = 'The flagged official does not exist or is no longer active.',
            ERRCODE = '23514';
    END IF;
    IF p_category IS NULL OR p_category NOT IN
            ('soliciting','favouritism','leaking','abuse','inaction','reckless','other') THEN
        RAISE EXCEPTION USING MESSAGE = 'The category must be one of soliciting, favouritism, leaking, abuse, inaction, reckless or other.',
            ERRCODE = '23514';
    END IF;
    IF p_facts IS NULL OR btrim(p_facts) = '' THEN
        RAISE EXCEPTION USING MESSAGE = 'The facts of the flag must not be empty.', ERRCODE = '23514';
    END IF;
    IF length(p_facts) > 20000 THEN
        RAISE EXCEPTION USING MESSAGE = 'The facts of the flag must be at most 20000 characters.',
            ERRCODE = '23514';
    END IF;
    -- Cases and tasks cited must be ones the flagger can see (definer rights
    -- would otherwise make this an oracle for other units' rows); a hidden
    -- and a missing one get the same sentence, without echoing the number.
    SELECT c INTO v_bad FROM unnest(coalesce(p_case_ids, '{}')) c
        WHERE c IS NULL OR NOT EXISTS (SELECT 1 FROM casedesk.case_file f WHERE f.id = c
              AND (v_role IN ('supervisor', 'inspector') OR (v_role = 'staff' AND f.unit_id = casedesk.my_unit_id())))
        LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION USING MESSAGE = 'Each case named in the flag must be one you can see.', ERRCODE = '23514';
    END IF;
    SELECT t INTO v_bad FROM unnest(coalesce(p_task_ids, '{}')) t
        WHERE t IS NULL OR NOT EXISTS (SELECT 1 FROM casedesk.task k WHERE k.id = t
              AND (v_role IN ('supervisor', 'inspector') OR (v_role = 'staff' AND k.id IN (SELECT casedesk.my_task_ids()))))
        LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION USING MESSAGE = 'Each task named in the flag must be one you can see.', ERRCODE = '23514';
    END IF;
    RETURN casedesk.discipline_insert(p_official_id, p_category, p_facts, 'flag', v_me,
                                      p_case_ids, p_task_ids);
END $$;

ALTER FUNCTION casedesk.flag_official(p_official_id integer, p_category text, p_facts text, p_case_ids bigint[], p_task_ids bigint[]) OWNER TO casedesk_owner;

--
-- Name: flag_receipt_status(text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.flag_receipt_status(p_receipt text) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    SELECT CASE WHEN r.status IN ('set_aside','concluded') THEN 'closed' ELSE 'open' END
    FROM casedesk.discipline_flagger f
    JOIN casedesk.discipline_record r ON r.id = f.record_id
    WHERE f.receipt = upper(btrim(p_receipt))
      AND f.flagger_id = casedesk.my_official_id()
$$;

ALTER FUNCTION casedesk.flag_receipt_status(p_receipt text) OWNER TO casedesk_owner;

--
-- Name: inbox_mark_all_read(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.inbox_mark_all_read() RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_me   integer := casedesk.my_official_id();
    v_unit integer := casedesk.my_unit_id();
    v_a    integer;
    v_b    integer;
BEGIN
    IF v_me IS NULL THEN RETURN 0; END IF;
    UPDATE casedesk.inbox SET read_at = now() WHERE official_id = v_me AND read_at IS NULL;
    GET DIAGNOSTICS v_a = ROW_COUNT;
    INSERT INTO casedesk.inbox_read (inbox_id, official_id)
        SELECT i.id, v_me FROM casedesk.inbox i WHERE i.unit_id = v_unit
        ON CONFLICT (official_id, inbox_id) DO NOTHING;
    GET DIAGNOSTICS v_b = ROW_COUNT;
    RETURN v_a + v_b;
END $$;

ALTER FUNCTION casedesk.inbox_mark_all_read() OWNER TO casedesk_owner;

--
-- Name: inbox_mark_read(bigint); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.inbox_mark_read(p_id bigint) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_me   integer := casedesk.my_official_id();
    v_unit integer := casedesk.my_unit_id();
    r      casedesk.inbox;
    v_n    integer;
BEGIN
    SELECT * INTO r FROM casedesk.inbox WHERE id = p_id;
    IF NOT FOUND OR v_me IS NULL
       OR NOT (r.official_id IS NOT DISTINCT FROM v_me OR r.unit_id IS NOT DISTINCT FROM v_unit) THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'This message is not in your inbox.';
    END IF;
    IF r.official_id IS NOT NULL THEN
        UPDATE casedesk.inbox SET read_at = now() WHERE id = p_id AND read_at IS NULL;
    ELSE
        INSERT INTO casedesk.inbox_read (inbox_id, official_id) VALUES (p_id, v_me)
            ON CONFLICT (official_id, inbox_id) DO NOTHING;
    END IF;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    RETURN v_n > 0;
END $$;

ALTER FUNCTION casedesk.inbox_mark_read(p_id bigint) OWNER TO casedesk_owner;

--
-- Name: inbox_post(integer, integer, text, bigint, text, date); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.inbox_post(p_official integer, p_unit integer, p_kind text, p_task bigint, p_detail text DEFAULT ''::text, p_ref date DEFAULT NULL::date) RETURNS void
    LANGUAGE sql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    INSERT INTO casedesk.inbox (official_id, unit_id, kind, task_id, detail, ref_date)
    SELECT p_official, p_unit, p_kind, p_task, coalesce(p_detail, ''), p_ref
     WHERE p_official IS NOT NULL OR p_unit IS NOT NULL
$$;

ALTER FUNCTION casedesk.inbox_post(p_official integer, p_unit integer, p_kind text, p_task bigint, p_detail text, p_ref date) OWNER TO casedesk_owner;

--
-- Name: inbox_unread_count(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.inbox_unread_count() RETURNS integer
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    SELECT (SELECT count(*) FROM casedesk.inbox i
             WHERE i.official_id = casedesk.my_official_id() AND i.read_at IS NULL)
         + (SELECT count(*) FROM casedesk.inbox i
             WHERE i.unit_id = casedesk.my_unit_id()
               AND NOT EXISTS (SELECT 1 FROM casedesk.inbox_read r
                                WHERE r.inbox_id = i.id AND r.official_id = casedesk.my_official_id()))
$$;

ALTER FUNCTION casedesk.inbox_unread_count() OWNER TO casedesk_owner;

--
-- Name: is_workday(date); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.is_workday(d date) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER PARALLEL SAFE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    SELECT coalesce((SELECT c.kind = 'workday' FROM casedesk.calendar_day c WHERE c.day = d),
                    extract(isodow FROM d) < 6)
$$;

ALTER FUNCTION casedesk.is_workday(d date) OWNER TO casedesk_owner;

--
-- Name: log_discipline_read(text, bigint); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.log_discipline_read(p_table text, p_id bigint) RETURNS void
    LANGUAGE sql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$ SELECT casedesk.log_discipline_reads(p_table, ARRAY[p_id]) $$;

ALTER FUNCTION casedesk.log_discipline_read(p_table text, p_id bigint) OWNER TO casedesk_owner;

--
-- Name: log_discipline_reads(text, bigint[]); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.log_discipline_reads(p_table text, p_ids bigint[]) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_id bigint;
BEGIN
    IF casedesk.my_role() IS DISTINCT FROM 'inspector' THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'Only discipline inspectors may read discipline records.';
    END IF;
    IF p_table IS NULL OR to_regclass('casedesk.' || quote_ident(p_table)) IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = 'The table named in a discipline read log does not exist.';
    END IF;
    FOREACH v_id IN ARRAY coalesce(p_ids, '{}') LOOP
        PERFORM casedesk.audit_append('discipline_audit', p_table, v_id, 'READ', NULL, NULL);
    END LOOP;
END $$;

ALTER FUNCTION casedesk.log_discipline_reads(p_table text, p_ids bigint[]) OWNER TO casedesk_owner;

--
-- Name: my_channels(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.my_channels() RETURNS SETOF text
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    SELECT 'casedesk'
    UNION ALL
    SELECT casedesk.unit_channel(u.id) FROM casedesk.unit u
     WHERE (casedesk.my_role() = 'staff' AND u.id = casedesk.my_unit_id())
        OR casedesk.my_role() IN ('supervisor', 'inspector')
$$;

ALTER FUNCTION casedesk.my_channels() OWNER TO casedesk_owner;

--
-- Name: my_cohandled_task_ids(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.my_cohandled_task_ids() RETURNS SETOF bigint
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$ SELECT tu.task_id FROM casedesk.task_unit tu WHERE tu.unit_id = casedesk.my_unit_id() $$;

ALTER FUNCTION casedesk.my_cohandled_task_ids() OWNER TO casedesk_owner;

--
-- Name: my_flag_receipts(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.my_flag_receipts() RETURNS TABLE(receipt text, filed_on date, state text)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    SELECT f.receipt, casedesk.day_of(r.received_at),
           CASE WHEN r.status IN ('set_aside','concluded') THEN 'closed' ELSE 'open' END
    FROM casedesk.discipline_flagger f
    JOIN casedesk.discipline_record r ON r.id = f.record_id
    WHERE f.flagger_id = casedesk.my_official_id()
    ORDER BY r.received_at DESC
$$;

ALTER FUNCTION casedesk.my_flag_receipts() OWNER TO casedesk_owner;

--
-- Name: my_official_id(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.my_official_id() RETURNS integer
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$ SELECT id FROM casedesk.official WHERE login = session_user::text AND NOT disabled $$;

ALTER FUNCTION casedesk.my_official_id() OWNER TO casedesk_owner;

--
-- Name: my_open_case_count(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.my_open_case_count() RETURNS bigint
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    SELECT coalesce((SELECT t.n FROM casedesk.case_open_total t
                      WHERE t.unit_id = casedesk.my_unit_id()), 0)::bigint
     WHERE casedesk.my_role() = 'staff'
$$;

ALTER FUNCTION casedesk.my_open_case_count() OWNER TO casedesk_owner;

--
-- Name: my_role(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.my_role() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$ SELECT role FROM casedesk.official WHERE login = session_user::text AND NOT disabled $$;

ALTER FUNCTION casedesk.my_role() OWNER TO casedesk_owner;

--
-- Name: my_task_ids(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.my_task_ids() RETURNS SETOF bigint
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    SELECT t.id FROM casedesk.task t WHERE t.lead_unit_id = casedesk.my_unit_id()
    UNION
    SELECT tu.task_id FROM casedesk.task_unit tu WHERE tu.unit_id = casedesk.my_unit_id()
$$;

ALTER FUNCTION casedesk.my_task_ids() OWNER TO casedesk_owner;

--
-- Name: my_unit_id(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.my_unit_id() RETURNS integer
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$ SELECT unit_id FROM casedesk.official WHERE login = session_user::text AND NOT disabled $$;

ALTER FUNCTION casedesk.my_unit_id() OWNER TO casedesk_owner;

--
-- Name: notify_trigger(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.notify_trigger() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_new jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
    v_old jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
    v_payload text := TG_TABLE_NAME || ':' || coalesce(v_new->>'id', v_old->>'id', '') || ':' || lower(TG_OP);
BEGIN
    IF TG_NARGS > 0 AND TG_ARGV[0] = 'unit' THEN
        IF v_new IS NOT NULL THEN
            PERFORM pg_notify(casedesk.unit_channel((v_new->>'unit_id')::integer), v_payload);
        END IF;
        IF v_old IS NOT NULL AND (v_new IS NULL OR v_old->'unit_id' IS DISTINCT FROM v_new->'unit_id') THEN
            PERFORM pg_notify(casedesk.unit_channel((v_old->>'unit_id')::integer), v_payload);
        END IF;
    ELSE
        PERFORM pg_notify('casedesk', v_payload);
    END IF;
    RETURN NULL;
END $$;

ALTER FUNCTION casedesk.notify_trigger() OWNER TO casedesk_owner;

--
-- Name: official_evidence(integer, integer); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.official_evidence(p_official_id integer, p_limit integer DEFAULT 200) RETURNS TABLE(kind text, ref_id bigint, ref_no text, on_date date, state text, summary text)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_me    integer := casedesk.discipline_require_inspector();
    v_login text;
    v_lim   integer := greatest(1, least(coalesce(p_limit, 200), 5000));
    v_ids   bigint[];
BEGIN
    SELECT o.login INTO v_login FROM casedesk.official o WHERE o.id = p_official_id;
    IF NOT FOUND OR p_official_id = v_me THEN
        RAISE EXCEPTION USING MESSAGE = format('Official %s does not exist.', coalesce(p_official_id::text, 'NULL')),
            ERRCODE = 'P0002';
    END IF;
    SELECT coalesce(array_agg(r.id), '{}') INTO v_ids
      FROM (SELECT r0.id FROM casedesk.discipline_record r0
             WHERE r0.official_id = p_official_id
             ORDER BY r0.received_at DESC, r0.id DESC LIMIT v_lim) r;
    PERFORM casedesk.log_discipline_read('official', p_official_id);
    PERFORM casedesk.log_discipline_read('discipline_record', i) FROM unnest(v_ids) i;

    RETURN QUERY
    SELECT 'flag'::text, r.id, r.category, casedesk.day_of(r.received_at),
           r.status, left(r.facts, 120)
      FROM casedesk.discipline_record r WHERE r.id = ANY (v_ids) ORDER BY r.received_at DESC, r.id DESC;

    RETURN QUERY
    SELECT 'case'::text, c.id, c.case_no, c.opened_on, c.status,
           concat_ws(' ', c.kind, c.party_name, u.name)
      FROM casedesk.case_file c JOIN casedesk.unit u ON u.id = c.unit_id
     WHERE c.id IN (SELECT c1.id FROM casedesk.case_file c1 WHERE c1.handled_by = p_official_id
                    UNION
                    SELECT c2.id FROM casedesk.case_file c2 WHERE c2.created_by = p_official_id)
     ORDER BY c.opened_on DESC, c.id DESC LIMIT v_lim;

    RETURN QUERY
    SELECT 'task'::text, t.id, t.number, t.deadline, t.status,
           t.title || coalesce(' [' || (SELECT string_agg(k.kind || ' ' || k.issued_on, ', ' ORDER BY k.id)
                                          FROM casedesk.task_card k WHERE k.task_id = t.id) || ']', '')
      FROM casedesk.task t WHERE t.responsible_id = p_official_id
     ORDER BY t.deadline DESC, t.id DESC LIMIT v_lim;

    RETURN QUERY
    SELECT 'card'::text, k.id, t.number, k.issued_on, k.kind, k.reason
      FROM casedesk.task_card k JOIN casedesk.task t ON t.id = k.task_id
     WHERE k.official_id = p_official_id
     ORDER BY k.issued_on DESC, k.id DESC LIMIT v_lim;

    RETURN QUERY
    SELECT 'payment'::text, p.id, p.voucher_no, p.paid_on, c.case_no,
           format('%s 元 → %s', p.amount, p.payee)
      FROM casedesk.payment p JOIN casedesk.case_file c ON c.id = p.case_id
     WHERE p.recorded_by = p_official_id
     ORDER BY p.paid_on DESC, p.id DESC LIMIT v_lim;

    RETURN QUERY
    SELECT 'audit'::text, a.id, a.table_name || ':' || coalesce(a.row_id::text, ''),
           casedesk.day_of(a.at), a.op,
           -- only the fields the inspector may read directly (not phones)
           left(coalesce((SELECT jsonb_object_agg(e.key, e.value)
                            FROM jsonb_each(coalesce(a.new_row, a.old_row)) e
                            JOIN pg_catalog.pg_attribute att
                              ON att.attrelid = to_regclass('casedesk.' || quote_ident(a.table_name))
                             AND att.attname = e.key AND att.attnum > 0 AND NOT att.attisdropped
                           WHERE has_column_privilege(session_user, att.attrelid, att.attnum, 'SELECT')),
                         '{}'::jsonb)::text, 120)
      FROM casedesk.audit_log a
     WHERE a.login = v_login
     ORDER BY a.id DESC LIMIT v_lim;
END $$;

ALTER FUNCTION casedesk.official_evidence(p_official_id integer, p_limit integer) OWNER TO casedesk_owner;

--
-- Name: official_guard(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.official_guard() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$ BEGIN
    -- The reviewed user-management functions (and the installer's migrations)
    -- run as casedesk_usermgr or casedesk_owner and keep their own rules.
    -- The installer is a member of casedesk_owner; only admins hold UPDATE.
    IF current_user IN ('casedesk_usermgr', 'casedesk_owner')
       OR pg_has_role(session_user, 'casedesk_owner', 'MEMBER') THEN
        RETURN NEW;
    END IF;
    IF OLD.login = session_user::text THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'You cannot change your own account.';
    ELSIF OLD.role = 'inspector' THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'Discipline inspectors'' accounts are kept by the installer.';
    END IF;
    RETURN NEW;
END $$;

ALTER FUNCTION casedesk.official_guard() OWNER TO casedesk_owner;

--
-- Name: official_in_unit(integer, integer); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.official_in_unit(p_official integer, p_unit integer) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$ SELECT EXISTS (SELECT 1 FROM casedesk.official o
                     WHERE o.id = p_official AND o.unit_id = p_unit AND NOT o.disabled) $$;

ALTER FUNCTION casedesk.official_in_unit(p_official integer, p_unit integer) OWNER TO casedesk_owner;

--
-- Name: patrol_check(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.patrol_check() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$ BEGIN
    PERFORM casedesk.check_past_changed(TG_OP, NEW.patrol_on,
        CASE WHEN TG_OP = 'UPDATE' THEN OLD.patrol_on END, 'patrol date');
    NEW.members := btrim(NEW.members);
    IF coalesce(NEW.members, '') = '' THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The patrol members must not be empty.';
    END IF;
    RETURN NEW;
END $$;

ALTER FUNCTION casedesk.patrol_check() OWNER TO casedesk_owner;

--
-- Name: patrol_record_finding(bigint, integer, text, text, text, numeric, integer, date, numeric, numeric, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.patrol_record_finding(p_patrol_id bigint, p_village_id integer, p_subkind text, p_owner_name text, p_address text DEFAULT NULL::text, p_area_m2 numeric DEFAULT NULL::numeric, p_floors integer DEFAULT NULL::integer, p_built_on date DEFAULT NULL::date, p_lat numeric DEFAULT NULL::numeric, p_lon numeric DEFAULT NULL::numeric, p_note text DEFAULT NULL::text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    p casedesk.patrol;
    v_case bigint;
BEGIN
    IF casedesk.my_role() IS DISTINCT FROM 'staff' THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'Only staff of a town or sub-district office may record patrol findings.';
    END IF;
    SELECT * INTO p FROM casedesk.patrol WHERE id = p_patrol_id AND unit_id = casedesk.my_unit_id();
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'This patrol does not exist or does not belong to your unit.';
    END IF;
    v_case := casedesk.case_new_violation(p_village_id, p_subkind, 'patrol', p.patrol_on,
        p_owner_name, p_address, p_area_m2, p_floors, p_built_on, p_lat, p_lon, NULL, p_note, p.id);
    INSERT INTO casedesk.patrol_village (patrol_id, unit_id, village_id)
    VALUES (p.id, p.unit_id, p_village_id)
    ON CONFLICT (patrol_id, village_id) DO NOTHING;
    RETURN v_case;
END $$;

ALTER FUNCTION casedesk.patrol_record_finding(p_patrol_id bigint, p_village_id integer, p_subkind text, p_owner_name text, p_address text, p_area_m2 numeric, p_floors integer, p_built_on date, p_lat numeric, p_lon numeric, p_note text) OWNER TO casedesk_owner;

--
-- Name: patrol_village_check(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.patrol_village_check() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM casedesk.patrol WHERE id = NEW.patrol_id AND unit_id = NEW.unit_id) THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'This patrol does not exist or does not belong to your unit.';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM casedesk.village WHERE id = NEW.village_id AND unit_id = NEW.unit_id) THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = 'The village or community must belong to the patrol''s town or office.';
    END IF;
    RETURN NEW;
END $$;

ALTER FUNCTION casedesk.patrol_village_check() OWNER TO casedesk_owner;

--
-- Name: payment_add(bigint, numeric, date, text, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.payment_add(p_case_id bigint, p_amount numeric, p_paid_on date, p_payee text, p_voucher_no text DEFAULT NULL::text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    c casedesk.case_file;
    v_id bigint;
BEGIN
    c := casedesk.case_for_staff(p_case_id);
    IF p_amount IS NULL OR p_amount <= 0 OR p_amount >= 1e10 OR p_amount <> round(p_amount, 2) THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The amount must be greater than 0 and less than 10,000,000,000 yuan, with at most two decimals.';
    END IF;
    IF p_paid_on IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The payment date is required.';
    END IF;
    IF coalesce(btrim(p_payee), '') = '' THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The payee is required.';
    END IF;
    INSERT INTO casedesk.payment (case_id, unit_id, amount, paid_on, payee, account, voucher_no)
    SELECT c.id, c.unit_id, p_amount, p_paid_on, btrim(p_payee), p.account_no, nullif(btrim(p_voucher_no), '')
      FROM casedesk.expropriation x JOIN casedesk.project p ON p.id = x.project_id
     WHERE x.id = c.id
    RETURNING id INTO v_id;
    IF v_id IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'Payments can be recorded only for expropriation cases.';
    END IF;
    RETURN v_id;
END $$;

ALTER FUNCTION casedesk.payment_add(p_case_id bigint, p_amount numeric, p_paid_on date, p_payee text, p_voucher_no text) OWNER TO casedesk_owner;

--
-- Name: payment_apply(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.payment_apply() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    e record;
BEGIN
    SELECT x.assessed_compensation AS comp, x.paid_total, x.signed_on, p.account_no, c.status
      INTO e
      FROM casedesk.expropriation x
      JOIN casedesk.project p ON p.id = x.project_id
      JOIN casedesk.case_file c ON c.id = x.id
     WHERE x.id = NEW.case_id
       FOR UPDATE OF x;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'Payments can be recorded only for expropriation cases.';
    END IF;
    IF e.status <> 'agreement_signed' THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'Payments can be recorded only after the agreement is signed and before the compensation is marked as paid in full.';
    END IF;
    IF NEW.account IS DISTINCT FROM e.account_no THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = format(
            'Payments must go to the project''s dedicated account %s.', e.account_no);
    END IF;
    PERFORM casedesk.check_past(NEW.paid_on, 'payment date');
    IF NEW.paid_on < e.signed_on THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The payment date cannot be before the date the agreement was signed.';
    END IF;
    IF e.paid_total + NEW.amount > e.comp THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = format(
            'This payment would bring the total paid to %s yuan, more than the assessed compensation of %s yuan.',
            e.paid_total + NEW.amount, e.comp);
    END IF;
    UPDATE casedesk.expropriation SET paid_total = paid_total + NEW.amount WHERE id = NEW.case_id;
    RETURN NEW;
END $$;

ALTER FUNCTION casedesk.payment_apply() OWNER TO casedesk_owner;

--
-- Name: payment_immutable(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.payment_immutable() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$ BEGIN
    RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'Recorded payments cannot be changed or deleted.';
END $$;

ALTER FUNCTION casedesk.payment_immutable() OWNER TO casedesk_owner;

--
-- Name: period_bounds(integer, text, integer); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.period_bounds(p_year integer, p_period text, p_index integer, OUT d_from date, OUT d_to date, OUT year_fraction numeric) RETURNS record
    LANGUAGE plpgsql IMMUTABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    IF p_year IS NULL OR p_year NOT BETWEEN 2000 AND 2100 THEN
        RAISE EXCEPTION USING MESSAGE = 'The year must be between 2000 and 2100.', ERRCODE = '22023';
    END IF;
    CASE coalesce(p_period, 'year')
    WHEN 'year' THEN
        d_from := make_date(p_year, 1, 1); d_to := make_date(p_year, 12, 31); year_fraction := 1;
    WHEN 'quarter' THEN
        IF p_index IS NULL OR p_index NOT BETWEEN 1 AND 4 THEN
            RAISE EXCEPTION USING MESSAGE = 'The quarter must be between 1 and 4.', ERRCODE = '22023';
        END IF;
        d_from := make_date(p_year, 3 * p_index - 2, 1);
        d_to := (d_from + interval '3 months')::date - 1; year_fraction := 0.25;
    WHEN 'month' THEN
        IF p_index IS NULL OR p_index NOT BETWEEN 1 AND 12 THEN
            RAISE EXCEPTION USING MESSAGE = 'The month must be between 1 and 12.', ERRCODE = '22023';
        END IF;
        d_from := make_date(p_year, p_index, 1);
        d_to := (d_from + interval '1 month')::date - 1; year_fraction := 1.0 / 12;
    ELSE
        RAISE EXCEPTION USING MESSAGE = 'The period must be year, quarter or month.', ERRCODE = '22023';
    END CASE;
END $$;

ALTER FUNCTION casedesk.period_bounds(p_year integer, p_period text, p_index integer, OUT d_from date, OUT d_to date, OUT year_fraction numeric) OWNER TO casedesk_owner;

--
-- Name: petition_answer(bigint, integer, date, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.petition_answer(p_petition_id bigint, p_version integer, p_answered_on date, p_answer text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    p casedesk.petition := casedesk.petition_for_staff(p_petition_id, p_version);
    v_version integer;
BEGIN
    IF p.status <> 'open' THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'This petition has already been answered.';
    END IF;
    IF p_answered_on IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The date of the answer is required.';
    END IF;
    PERFORM casedesk.check_past(p_answered_on, 'date of the answer');
    IF p_answered_on < p.received_on THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The answer cannot be dated before the petition was received.';
    END IF;
    IF coalesce(btrim(p_answer), '') = '' THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The answer must not be empty.';
    END IF;
    UPDATE casedesk.petition SET status = 'answered', answered_on = p_answered_on, answer = btrim(p_answer)
     WHERE id = p.id RETURNING version INTO v_version;
    RETURN v_version;
END $$;

ALTER FUNCTION casedesk.petition_answer(p_petition_id bigint, p_version integer, p_answered_on date, p_answer text) OWNER TO casedesk_owner;

--
-- Name: petition_check(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.petition_check() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$ BEGIN
    PERFORM casedesk.check_past_changed(TG_OP, NEW.received_on,
        CASE WHEN TG_OP = 'UPDATE' THEN OLD.received_on END, 'date the petition was received');
    NEW.phone := nullif(btrim(NEW.phone), '');
    IF NEW.phone IS NOT NULL AND NOT casedesk.valid_phone(NEW.phone) THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The phone number must be a mobile number (11 digits starting with 13 to 19) or a landline number with its area code.';
    END IF;
    IF coalesce(btrim(NEW.petitioner), '') = '' THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The petitioner must not be empty.';
    END IF;
    IF coalesce(btrim(NEW.subject), '') = '' THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The subject of the petition must not be empty.';
    END IF;
    IF NEW.project_id IS NULL AND NEW.case_id IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'A petition must concern a project or a case.';
    END IF;
    -- RLS hides other units' cases from staff, so "not found" covers both
    IF NEW.case_id IS NOT NULL AND (TG_OP = 'INSERT' OR NEW.case_id IS DISTINCT FROM OLD.case_id)
       AND NOT EXISTS (SELECT 1 FROM casedesk.case_file c WHERE c.id = NEW.case_id AND c.unit_id = NEW.unit_id) THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'This case does not exist or does not belong to your unit.';
    END IF;
    RETURN NEW;
END $$;

ALTER FUNCTION casedesk.petition_check() OWNER TO casedesk_owner;

--
-- Name: petition_close(bigint, integer); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.petition_close(p_petition_id bigint, p_version integer) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    p casedesk.petition := casedesk.petition_for_staff(p_petition_id, p_version);
    v_version integer;
BEGIN
    IF p.status <> 'answered' THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'Only an answered petition can be closed.';
    END IF;
    UPDATE casedesk.petition SET status = 'closed' WHERE id = p.id RETURNING version INTO v_version;
    RETURN v_version;
END $$;

ALTER FUNCTION casedesk.petition_close(p_petition_id bigint, p_version integer) OWNER TO casedesk_owner;

--
-- Name: petition; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.petition (
    id bigint NOT NULL,
    unit_id integer DEFAULT casedesk.my_unit_id() NOT NULL,
    project_id integer,
    case_id bigint,
    petitioner text NOT NULL,
    phone text,
    received_on date NOT NULL,
    subject text NOT NULL,
    content text,
    status text DEFAULT 'open'::text NOT NULL,
    due_on date GENERATED ALWAYS AS ((received_on + 60)) STORED,
    answered_on date,
    answer text,
    version integer DEFAULT 1 NOT NULL,
    CONSTRAINT petition_about_something CHECK (((project_id IS NOT NULL) OR (case_id IS NOT NULL))),
    CONSTRAINT petition_answer_after CHECK ((answered_on >= received_on)),
    CONSTRAINT petition_answer_dated CHECK (((status = 'open'::text) = (answered_on IS NULL))),
    CONSTRAINT petition_answer_size CHECK ((char_length(answer) <= 10000)),
    CONSTRAINT petition_content_size CHECK ((char_length(content) <= 10000)),
    CONSTRAINT petition_petitioner_nonempty CHECK ((btrim(petitioner) <> ''::text)),
    CONSTRAINT petition_petitioner_size CHECK ((char_length(petitioner) <= 200)),
    CONSTRAINT petition_petitioner_visible CHECK (casedesk.visible_text(petitioner)),
    CONSTRAINT petition_phone_size CHECK ((char_length(phone) <= 200)),
    CONSTRAINT petition_phone_valid CHECK (casedesk.valid_phone(phone)),
    CONSTRAINT petition_phone_visible CHECK (casedesk.visible_text(phone)),
    CONSTRAINT petition_status_size CHECK ((char_length(status) <= 200)),
    CONSTRAINT petition_status_valid CHECK ((status = ANY (ARRAY['open'::text, 'answered'::text, 'closed'::text]))),
    CONSTRAINT petition_subject_nonempty CHECK ((btrim(subject) <> ''::text)),
    CONSTRAINT petition_subject_size CHECK ((char_length(subject) <= 200))
);

ALTER TABLE ONLY casedesk.petition FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.petition OWNER TO casedesk_owner;

--
-- Name: petition_for_staff(bigint, integer); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.petition_for_staff(p_petition_id bigint, p_version integer) RETURNS casedesk.petition
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    p casedesk.petition;
BEGIN
    IF casedesk.my_role() IS DISTINCT FROM 'staff' THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'Only staff of the petition''s unit may answer or close it.';
    END IF;
    SELECT * INTO p FROM casedesk.petition
     WHERE id = p_petition_id AND unit_id = casedesk.my_unit_id() FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'This petition does not exist or does not belong to your unit.';
    END IF;
    IF p.version IS DISTINCT FROM p_version THEN
        RAISE EXCEPTION USING ERRCODE = '40001', MESSAGE = 'This petition was changed by someone else after you opened it; reload it and try again.';
    END IF;
    RETURN p;
END $$;

ALTER FUNCTION casedesk.petition_for_staff(p_petition_id bigint, p_version integer) OWNER TO casedesk_owner;

--
-- Name: ranking(integer, text, integer); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.ranking(p_year integer, p_period text DEFAULT 'year'::text, p_index integer DEFAULT NULL::integer) RETURNS TABLE(unit_id integer, unit_code text, unit_name text, base_score numeric, yellow_cards bigint, red_cards bigint, overdue_tasks bigint, deduction numeric, score numeric, rank bigint, below_threshold boolean)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    b  record;
    d  record;
BEGIN
    SELECT * INTO b FROM casedesk.period_bounds(p_year, p_period, p_index);
    SELECT coalesce(x.per_yellow, 1) AS py, coalesce(x.per_red, 3) AS pr,
           coalesce(x.per_overdue, 0.5) AS po, coalesce(x.max_deduction, 30) AS mx,
           coalesce(x.accountability_threshold, 60) AS th
      INTO d
      FROM (SELECT 1) one
      LEFT JOIN casedesk.score_deduction x
        ON x.year = (SELECT max(y.year) FROM casedesk.score_deduction y WHERE y.year <= p_year);
    RETURN QUERY
    WITH s AS (SELECT us.unit_id, sum(us.points) AS base
                 FROM casedesk.unit_scores(p_year, p_period, p_index) us GROUP BY us.unit_id),
    k AS (
        SELECT s.unit_id, s.base, dd.yellow_cards, dd.red_cards, dd.overdue_tasks,
               least(d.py * dd.yellow_cards + d.pr * dd.red_cards + d.po * dd.overdue_tasks, d.mx) AS ded
          FROM s JOIN casedesk.unit_deductibles(b.d_from, b.d_to) dd ON dd.unit_id = s.unit_id
    )
    SELECT k.unit_id, u.code, u.name, k.base, k.yellow_cards, k.red_cards, k.overdue_tasks,
           k.ded, greatest(k.base - k.ded, 0),
           rank() OVER (ORDER BY greatest(k.base - k.ded, 0) DESC),
           greatest(k.base - k.ded, 0) < d.th
      FROM k JOIN casedesk.unit u ON u.id = k.unit_id
     ORDER BY 10, u.code;
END $$;

ALTER FUNCTION casedesk.ranking(p_year integer, p_period text, p_index integer) OWNER TO casedesk_owner;

--
-- Name: refuse(text, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.refuse(msg text, code text DEFAULT 'P0001'::text) RETURNS void
    LANGUAGE plpgsql IMMUTABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$ BEGIN RAISE EXCEPTION USING MESSAGE = msg, ERRCODE = code; END $$;

ALTER FUNCTION casedesk.refuse(msg text, code text) OWNER TO casedesk_owner;

--
-- Name: row_delete(text, bigint); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.row_delete(p_table text, p_id bigint) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $_$
DECLARE
    v_role text := casedesk.my_role();
    v_unit integer := casedesk.my_unit_id();
    v_ok boolean;
BEGIN
    CASE p_table
    WHEN 'case_file' THEN      -- registered by mistake, nothing has happened yet
        SELECT v_role = 'staff' AND c.unit_id = v_unit AND c.status IN ('registered', 'found')
          INTO v_ok FROM casedesk.case_file c WHERE c.id = p_id;
    WHEN 'patrol' THEN
        SELECT v_role = 'staff' AND p.unit_id = v_unit INTO v_ok FROM casedesk.patrol p WHERE p.id = p_id;
    WHEN 'patrol_village' THEN
        SELECT v_role = 'staff' AND p.unit_id = v_unit INTO v_ok FROM casedesk.patrol_village p WHERE p.id = p_id;
    WHEN 'project_unit' THEN
        v_ok := v_role = 'supervisor' AND EXISTS (SELECT 1 FROM casedesk.project_unit WHERE id = p_id);
    WHEN 'calendar_day' THEN
        v_ok := v_role = 'admin' AND EXISTS (SELECT 1 FROM casedesk.calendar_day WHERE id = p_id);
    WHEN 'target', 'score_rule', 'score_deduction', 'commendation' THEN
        EXECUTE format('SELECT $1 IN (''supervisor'', ''admin'') AND EXISTS (SELECT 1 FROM casedesk.%I WHERE id = $2)',
                       p_table) INTO v_ok USING v_role, p_id;
    ELSE
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'Rows of this kind cannot be deleted.';
    END CASE;
    IF v_ok IS NOT TRUE THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'There is no such row that you may delete.';
    END IF;
    EXECUTE format('DELETE FROM casedesk.%I WHERE id = $1', p_table) USING p_id;
END $_$;

ALTER FUNCTION casedesk.row_delete(p_table text, p_id bigint) OWNER TO casedesk_owner;

--
-- Name: row_history(text, bigint); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.row_history(p_table text, p_id bigint) RETURNS TABLE(audit_id bigint, at timestamp with time zone, login text, who text, op text, field text, old_value text, new_value text)
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    SELECT h.id, h.at, h.login, o.name, h.op, k.key, h.old_row ->> k.key, h.new_row ->> k.key
      FROM casedesk.audit_history h
      LEFT JOIN casedesk.official o ON o.login = h.login
     CROSS JOIN LATERAL jsonb_object_keys(coalesce(h.old_row, '{}') || coalesce(h.new_row, '{}')) AS k(key)
     WHERE h.table_name = p_table AND h.row_id = p_id
       AND k.key <> 'version'
       AND (h.op <> 'UPDATE' OR (h.old_row -> k.key) IS DISTINCT FROM (h.new_row -> k.key))
     ORDER BY h.id, k.key
$$;

ALTER FUNCTION casedesk.row_history(p_table text, p_id bigint) OWNER TO casedesk_owner;

--
-- Name: score_rule_problem(integer); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.score_rule_problem(p_year integer) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    SELECT format('The scoring weights for %s add up to %s, not 100.', p_year, trim_scale(sum(weight)))
      FROM casedesk.score_rule WHERE year = p_year
    HAVING sum(weight) <> 100
$$;

ALTER FUNCTION casedesk.score_rule_problem(p_year integer) OWNER TO casedesk_owner;

--
-- Name: score_rule_set(integer, jsonb); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.score_rule_set(p_year integer, p_weights jsonb) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_bad text;
    v_sum numeric;
BEGIN
    IF casedesk.my_role() IS DISTINCT FROM 'admin' AND casedesk.my_role() IS DISTINCT FROM 'supervisor' THEN
        RAISE EXCEPTION USING MESSAGE = 'Only administrators and supervisors may change the scoring rules.',
            ERRCODE = '42501';
    END IF;
    IF p_weights IS NULL OR jsonb_typeof(p_weights) <> 'object' THEN
        RAISE EXCEPTION USING MESSAGE = 'The weights must be given as an object of metric and weight.',
            ERRCODE = '23514';
    END IF;
    SELECT k INTO v_bad FROM jsonb_object_keys(p_weights) k
     WHERE k <> ALL (casedesk.target_metrics()) LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION USING MESSAGE = format('%s is not an assessment metric.', v_bad), ERRCODE = '23514';
    END IF;
    SELECT sum((v)::numeric) INTO v_sum FROM jsonb_each_text(p_weights) AS e(k, v);
    IF v_sum IS DISTINCT FROM 100 THEN
        RAISE EXCEPTION USING MESSAGE = format('The scoring weights for %s add up to %s, not 100.',
            p_year, coalesce(trim_scale(v_sum)::text, '0')), ERRCODE = '23514';
    END IF;
    DELETE FROM casedesk.score_rule WHERE year = p_year;
    INSERT INTO casedesk.score_rule (year, metric, weight)
        SELECT p_year, k, v::numeric FROM jsonb_each_text(p_weights) AS e(k, v);
END $$;

ALTER FUNCTION casedesk.score_rule_set(p_year integer, p_weights jsonb) OWNER TO casedesk_owner;

--
-- Name: score_rule_sum_check(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.score_rule_sum_check() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_year integer := CASE WHEN TG_OP = 'DELETE' THEN OLD.year ELSE NEW.year END;
    v_msg  text;
BEGIN
    v_msg := casedesk.score_rule_problem(v_year);
    IF v_msg IS NOT NULL THEN
        RAISE EXCEPTION USING MESSAGE = v_msg, ERRCODE = '23514';
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.year <> NEW.year THEN
        v_msg := casedesk.score_rule_problem(OLD.year);
        IF v_msg IS NOT NULL THEN
            RAISE EXCEPTION USING MESSAGE = v_msg, ERRCODE = '23514';
        END IF;
    END IF;
    RETURN NULL;
END $$;

ALTER FUNCTION casedesk.score_rule_sum_check() OWNER TO casedesk_owner;

--
-- Name: score_rule_year(integer); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.score_rule_year(p_year integer) RETURNS integer
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$ SELECT max(year) FROM casedesk.score_rule WHERE year <= p_year $$;

ALTER FUNCTION casedesk.score_rule_year(p_year integer) OWNER TO casedesk_owner;

--
-- Name: setting_apply(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.setting_apply() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    IF NEW.key = 'violation.stock_cutoff' AND NEW.value IS DISTINCT FROM OLD.value THEN
        UPDATE casedesk.violation
           SET stock = coalesce(built_on, found_on) < NEW.value::date
         WHERE stock IS DISTINCT FROM (coalesce(built_on, found_on) < NEW.value::date);
    END IF;
    RETURN NULL;
END $$;

ALTER FUNCTION casedesk.setting_apply() OWNER TO casedesk_owner;

--
-- Name: setting_check(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.setting_check() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $_$
BEGIN
    IF NEW.key = 'violation.stock_cutoff' AND NEW.value !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The stock cut-off must be a date written as YYYY-MM-DD.';
    END IF;
    IF NEW.key = 'violation.stock_cutoff' THEN
        PERFORM NEW.value::date;
    END IF;
    RETURN NEW;
END $_$;

ALTER FUNCTION casedesk.setting_check() OWNER TO casedesk_owner;

--
-- Name: setting_date(text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.setting_date(p_key text) RETURNS date
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$ SELECT value::date FROM casedesk.setting WHERE key = p_key $$;

ALTER FUNCTION casedesk.setting_date(p_key text) OWNER TO casedesk_owner;

--
-- Name: stamp_recorder(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.stamp_recorder() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$ BEGIN
    NEW.recorded_by := coalesce(casedesk.my_official_id(), NEW.recorded_by);
    RETURN NEW;
END $$;

ALTER FUNCTION casedesk.stamp_recorder() OWNER TO casedesk_owner;

--
-- Name: stock_cutoff(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.stock_cutoff() RETURNS date
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$ SELECT casedesk.setting_date('violation.stock_cutoff') $$;

ALTER FUNCTION casedesk.stock_cutoff() OWNER TO casedesk_owner;

--
-- Name: target_metrics(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.target_metrics() RETURNS text[]
    LANGUAGE sql IMMUTABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$ SELECT ARRAY['households_expropriated','enterprises_expropriated','house_area_m2',
                   'land_mu','households_resettled','violations_removed',
                   'villages_certified','patrol_coverage_pct','tasks_closed_on_time'] $$;

ALTER FUNCTION casedesk.target_metrics() OWNER TO casedesk_owner;

--
-- Name: task_add_report(bigint, text, integer); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.task_add_report(p_task_id bigint, p_body text, p_percent integer) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_part text := casedesk.task_my_part(p_task_id);
    v_status text;
    v_id bigint;
BEGIN
    IF v_part IS NULL THEN
        PERFORM casedesk.refuse('Only staff of the lead or a co-handling unit may report on this task.', '42501');
    END IF;
    SELECT status INTO v_status FROM casedesk.task WHERE id = p_task_id FOR UPDATE;
    PERFORM casedesk.task_check_reportable(v_status);
    PERFORM casedesk.task_check_report_values(p_body, p_percent);
    INSERT INTO casedesk.task_report (task_id, body, percent, author_id, unit_id)
    VALUES (p_task_id, btrim(p_body), p_percent, casedesk.my_official_id(), casedesk.my_unit_id())
    RETURNING id INTO v_id;
    IF v_part = 'lead' AND v_status IN ('signed','returned') THEN
        UPDATE casedesk.task SET status = 'in_progress' WHERE id = p_task_id;
    END IF;
    RETURN v_id;
END $$;

ALTER FUNCTION casedesk.task_add_report(p_task_id bigint, p_body text, p_percent integer) OWNER TO casedesk_owner;

--
-- Name: task_add_unit(bigint, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.task_add_unit(p_task_id bigint, p_unit text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_unit integer;
    v_status text;
    v_id bigint;
BEGIN
    IF casedesk.my_role() IS DISTINCT FROM 'supervisor' THEN
        PERFORM casedesk.refuse('Only a supervisor may add a co-handling unit.', '42501');
    END IF;
    SELECT status INTO v_status FROM casedesk.task WHERE id = p_task_id FOR UPDATE;
    IF v_status IS NULL THEN
        PERFORM casedesk.refuse('There is no such task.', 'P0001');
    ELSIF v_status = 'closed' THEN
        PERFORM casedesk.refuse('This task is closed and can no longer be changed.', 'P0001');
    END IF;
    v_unit := casedesk.task_unit_by_code(p_unit, 'co-handling unit');
    INSERT INTO casedesk.task_unit (task_id, unit_id) VALUES (p_task_id, v_unit)
        ON CONFLICT (task_id, unit_id) DO NOTHING RETURNING id INTO v_id;
    RETURN v_id;
END $$;

ALTER FUNCTION casedesk.task_add_unit(p_task_id bigint, p_unit text) OWNER TO casedesk_owner;

--
-- Name: task_card_inbox_trigger(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.task_card_inbox_trigger() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    PERFORM casedesk.inbox_post(NULL, NEW.unit_id, 'card_issued', NEW.task_id, NEW.kind, NEW.deadline);
    -- A red card also tells the supervisor who created the task.
    IF NEW.kind = 'red' THEN
        PERFORM casedesk.inbox_post(t.created_by, NULL, 'card_issued', NEW.task_id, NEW.kind, NEW.deadline)
           FROM casedesk.task t WHERE t.id = NEW.task_id;
    END IF;
    RETURN NULL;
END $$;

ALTER FUNCTION casedesk.task_card_inbox_trigger() OWNER TO casedesk_owner;

--
-- Name: task_check(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.task_check() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF OLD.status = 'closed' THEN
            RAISE EXCEPTION USING ERRCODE = 'P0001',
                MESSAGE = 'This task is closed and can no longer be changed.';
        END IF;
        NEW.updated_at := now();
    END IF;
    IF NEW.responsible_id IS NOT NULL AND (TG_OP = 'INSERT'
            OR NEW.responsible_id IS DISTINCT FROM OLD.responsible_id
            OR NEW.lead_unit_id <> OLD.lead_unit_id)
       AND NOT EXISTS (SELECT 1 FROM casedesk.official o
                        WHERE o.id = NEW.responsible_id AND o.unit_id = NEW.lead_unit_id) THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = 'The responsible official must belong to the lead unit.';
    END IF;
    RETURN NEW;
END $$;

ALTER FUNCTION casedesk.task_check() OWNER TO casedesk_owner;

--
-- Name: task_check_deadline(date); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.task_check_deadline(p_deadline date) RETURNS void
    LANGUAGE plpgsql STABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    IF p_deadline IS NULL THEN
        PERFORM casedesk.refuse('The deadline is required.', '23514');
    ELSIF p_deadline < casedesk.today() THEN
        PERFORM casedesk.refuse('The deadline cannot be in the past.', '23514');
    ELSIF p_deadline >= date '2100-01-01' THEN
        PERFORM casedesk.refuse('The deadline must be before the year 2100.', '23514');
    END IF;
END $$;

ALTER FUNCTION casedesk.task_check_deadline(p_deadline date) OWNER TO casedesk_owner;

--
-- Name: task_check_report_values(text, integer); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.task_check_report_values(p_body text, p_percent integer) RETURNS void
    LANGUAGE plpgsql IMMUTABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    IF p_percent IS NULL OR p_percent < 0 OR p_percent > 100 THEN
        PERFORM casedesk.refuse('The percentage done must be between 0 and 100.', '23514');
    END IF;
    IF p_body IS NULL OR btrim(p_body) = '' THEN
        PERFORM casedesk.refuse('The progress report needs some text.', '23514');
    END IF;
END $$;

ALTER FUNCTION casedesk.task_check_report_values(p_body text, p_percent integer) OWNER TO casedesk_owner;

--
-- Name: task_check_reportable(text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.task_check_reportable(p_status text) RETURNS void
    LANGUAGE plpgsql IMMUTABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    CASE p_status
    WHEN 'closed' THEN
        PERFORM casedesk.refuse('This task is closed; no more reports can be added.', 'P0001');
    WHEN 'assigned' THEN
        PERFORM casedesk.refuse('The lead unit must sign for the task before reporting on it.', 'P0001');
    WHEN 'reported' THEN
        PERFORM casedesk.refuse('This task has been reported done and awaits verification.', 'P0001');
    ELSE NULL;
    END CASE;
END $$;

ALTER FUNCTION casedesk.task_check_reportable(p_status text) OWNER TO casedesk_owner;

--
-- Name: task_close(bigint, integer, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.task_close(p_task_id bigint, p_version integer, p_note text DEFAULT NULL::text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE r casedesk.task;
BEGIN
    IF casedesk.my_role() IS DISTINCT FROM 'supervisor' THEN
        PERFORM casedesk.refuse('Only a supervisor may verify and close a task.', '42501');
    END IF;
    r := casedesk.task_for_change(p_task_id, p_version);
    IF r.status <> 'reported' THEN
        PERFORM casedesk.refuse('Only a task reported done can be verified and closed.', 'P0001');
    END IF;
    UPDATE casedesk.task SET status = 'closed', closed_at = now(),
           closed_by = casedesk.my_official_id(), close_note = nullif(btrim(p_note), '')
     WHERE id = p_task_id RETURNING version INTO r.version;
    RETURN r.version;
END $$;

ALTER FUNCTION casedesk.task_close(p_task_id bigint, p_version integer, p_note text) OWNER TO casedesk_owner;

--
-- Name: task_create(text, text, date, text, text, text, integer, text, text[]); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.task_create(p_title text, p_lead_unit text, p_deadline date, p_description text DEFAULT ''::text, p_source text DEFAULT 'meeting'::text, p_level text DEFAULT 'normal'::text, p_report_interval integer DEFAULT 5, p_responsible text DEFAULT NULL::text, p_cohandling text[] DEFAULT '{}'::text[]) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_lead integer;
    v_resp integer;
    v_year integer := extract(year FROM casedesk.today())::integer;
    v_seq  integer;
    v_id   bigint;
    v_code text;
BEGIN
    IF casedesk.my_role() IS DISTINCT FROM 'supervisor' THEN
        PERFORM casedesk.refuse('Only a supervisor may create a task.', '42501');
    END IF;
    IF p_title IS NULL OR btrim(p_title) = '' THEN
        PERFORM casedesk.refuse('The task title is required.', '23514');
    ELSIF length(p_title) > 200 THEN
        PERFORM casedesk.refuse('The task title is longer than 200 characters.', '23514');
    END IF;
    IF p_source IS NULL OR p_source NOT IN ('meeting','leader','target','inspection') THEN
        PERFORM casedesk.refuse('The source must be meeting, leader, target or inspection.', '23514');
    END IF;
    IF p_level IS NULL OR p_level NOT IN ('normal','key','listed') THEN
        PERFORM casedesk.refuse('The supervision level must be normal, key or listed.', '23514');
    END IF;
    IF p_report_interval IS NULL OR p_report_interval NOT BETWEEN 1 AND 60 THEN
        PERFORM casedesk.refuse('The report interval must be between 1 and 60 working days.', '23514');
    END IF;
    PERFORM casedesk.task_check_deadline(p_deadline);
    v_lead := casedesk.task_unit_by_code(p_lead_unit, 'lead unit');
    v_resp := casedesk.task_official_by_login(p_responsible, v_lead);

    -- Numbers are handed out under a lock so two supervisors never collide.
    PERFORM pg_advisory_xact_lock(hashtext('casedesk.task_number'));
    SELECT coalesce(max(number_seq), 0) + 1 INTO v_seq FROM casedesk.task WHERE number_year = v_year;

    INSERT INTO casedesk.task (number_year, number_seq, title, description, source, level,
                               lead_unit_id, responsible_id, deadline, report_interval, created_by)
    VALUES (v_year, v_seq, btrim(p_title), coalesce(p_description, ''), p_source, p_level,
            v_lead, v_resp, p_deadline, p_report_interval, casedesk.my_official_id())
    RETURNING id INTO v_id;

    FOREACH v_code IN ARRAY coalesce(p_cohandling, '{}') LOOP
        INSERT INTO casedesk.task_unit (task_id, unit_id)
        VALUES (v_id, casedesk.task_unit_by_code(v_code, 'co-handling unit'))
        ON CONFLICT (task_id, unit_id) DO NOTHING;
    END LOOP;
    RETURN v_id;
END $$;

ALTER FUNCTION casedesk.task_create(p_title text, p_lead_unit text, p_deadline date, p_description text, p_source text, p_level text, p_report_interval integer, p_responsible text, p_cohandling text[]) OWNER TO casedesk_owner;

--
-- Name: task_decide_extension(bigint, boolean, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.task_decide_extension(p_extension_id bigint, p_approve boolean, p_note text DEFAULT NULL::text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    e casedesk.task_extension;
    v_status text;
BEGIN
    IF casedesk.my_role() IS DISTINCT FROM 'supervisor' THEN
        PERFORM casedesk.refuse('Only a supervisor may decide an extension request.', '42501');
    END IF;
    SELECT * INTO e FROM casedesk.task_extension WHERE id = p_extension_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM casedesk.refuse('There is no such extension request.', 'P0001');
    ELSIF e.status <> 'pending' THEN
        PERFORM casedesk.refuse('This extension request has already been decided.', 'P0001');
    END IF;
    IF p_approve IS NULL THEN
        PERFORM casedesk.refuse('Say whether the extension is approved or refused.', '23514');
    END IF;
    SELECT status INTO v_status FROM casedesk.task WHERE id = e.task_id FOR UPDATE;
    IF p_approve AND v_status = 'closed' THEN
        PERFORM casedesk.refuse('This task is closed and can no longer be changed.', 'P0001');
    END IF;
    UPDATE casedesk.task_extension
       SET status = CASE WHEN p_approve THEN 'approved' ELSE 'refused' END,
           decided_by = casedesk.my_official_id(), decided_on = casedesk.today(),
           decision_note = nullif(btrim(p_note), '')
     WHERE id = p_extension_id;
    IF p_approve THEN
        UPDATE casedesk.task SET deadline = e.requested_deadline WHERE id = e.task_id;
    END IF;
    RETURN (SELECT version FROM casedesk.task WHERE id = e.task_id);
END $$;

ALTER FUNCTION casedesk.task_decide_extension(p_extension_id bigint, p_approve boolean, p_note text) OWNER TO casedesk_owner;

--
-- Name: today(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.today() RETURNS date
    LANGUAGE sql STABLE
    AS $$ SELECT (pg_catalog.now() AT TIME ZONE casedesk.district_zone())::date $$;

ALTER FUNCTION casedesk.today() OWNER TO casedesk_owner;

--
-- Name: task_escalate(date); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.task_escalate(p_today date DEFAULT casedesk.today()) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    s        casedesk.task_setting;
    v_role   text := casedesk.my_role();
    v_super  boolean := coalesce((SELECT r.rolsuper FROM pg_catalog.pg_roles r
                                   WHERE r.rolname = session_user), false);
    v_cards  integer := 0;
    v_k      integer;
    v_reds   bigint[];
    v_red    record;
    v_next   date;
    v_soon   date;
BEGIN
    IF v_role IS NULL AND NOT v_super THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'Only casedesk users may run the escalation.';
    END IF;
    IF p_today IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The escalation date is required.';
    END IF;
    IF p_today <> casedesk.today() AND NOT v_super AND v_role IS DISTINCT FROM 'supervisor' THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'Only a supervisor may run the escalation for a day other than today.';
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('casedesk.task_escalate'));
    SELECT * INTO s FROM casedesk.task_setting WHERE id = 1;

    -- Warnings: the deadline is near.  The calendar-day prefilter is a
    -- generous superset (weekends plus the longest holiday block).
    IF s.warn_workdays > 0 THEN
        -- Tasks already warned for this deadline are set aside first, and
        -- so are deadlines on or after the (warn+1)-th working day after
        -- today (workdays_between(today, deadline) <= warn means exactly
        -- deadline < that day); the per-row count below then runs only for
        -- the few tasks that get a card.
        v_soon := casedesk.add_workdays(p_today, s.warn_workdays + 1);
        WITH cand AS MATERIALIZED (
            SELECT t.id, t.lead_unit_id, t.responsible_id, t.deadline
              FROM casedesk.task t
             WHERE t.status IN ('assigned','signed','in_progress','returned')
               AND t.deadline >= p_today AND t.deadline <= p_today + (s.warn_workdays * 2 + 14)
               AND t.deadline < v_soon
               AND NOT EXISTS (SELECT 1 FROM casedesk.task_card w
                                WHERE w.task_id = t.id AND w.unit_id = t.lead_unit_id
                                  AND w.kind = 'warning' AND w.deadline = t.deadline))
        INSERT INTO casedesk.task_card (task_id, unit_id, official_id, kind, reason, deadline, issued_on)
        SELECT c.id, c.lead_unit_id, c.responsible_id, 'warning',
               format('%s working days left before the deadline', casedesk.workdays_between(p_today, c.deadline)),
               c.deadline, p_today
          FROM cand c
         WHERE casedesk.workdays_between(p_today, c.deadline) <= s.warn_workdays
        ON CONFLICT ON CONSTRAINT task_card_once DO NOTHING;
        GET DIAGNOSTICS v_k = ROW_COUNT;
        v_cards := v_cards + v_k;
    END IF;

    -- Yellow: overdue.  Tasks already carded for this deadline are set
    -- aside by one anti-join rather than one conflict check per row.
    INSERT INTO casedesk.task_card (task_id, unit_id, official_id, kind, reason, deadline, issued_on)
    SELECT t.id, t.lead_unit_id, t.responsible_id, 'yellow', 'overdue', t.deadline, p_today
      FROM casedesk.task t
     WHERE t.status IN ('assigned','signed','in_progress','returned') AND t.deadline < p_today
       AND NOT EXISTS (SELECT 1 FROM casedesk.task_card y
                        WHERE y.task_id = t.id AND y.unit_id = t.lead_unit_id
                          AND y.kind = 'yellow' AND y.deadline = t.deadline)
    ON CONFLICT ON CONSTRAINT task_card_once DO NOTHING;
    GET DIAGNOSTICS v_k = ROW_COUNT;
    v_cards := v_cards + v_k;

    -- Red: long overdue, or a second yellow for the same task and unit.
    -- Tasks that already hold a red card for this deadline are set aside
    -- first, so the working-day count runs only for the few that may need one.
    WITH cand AS MATERIALIZED (
        SELECT t.id, t.lead_unit_id, t.responsible_id, t.deadline
          FROM casedesk.task t
         WHERE t.status IN ('assigned','signed','in_progress','returned') AND t.deadline < p_today
           AND NOT EXISTS (SELECT 1 FROM casedesk.task_card r
                            WHERE r.task_id = t.id AND r.unit_id = t.lead_unit_id
                              AND r.kind = 'red' AND r.deadline = t.deadline)
    ), ins AS (
        INSERT INTO casedesk.task_card (task_id, unit_id, official_id, kind, reason, deadline, issued_on)
        SELECT c.id, c.lead_unit_id, c.responsible_id, 'red',
               CASE WHEN casedesk.workdays_between(c.deadline, p_today) >= s.red_after_workdays
                    THEN format('overdue by %s working days', casedesk.workdays_between(c.deadline, p_today))
                    ELSE 'second yellow card' END,
               c.deadline, p_today
          FROM cand c
         WHERE casedesk.workdays_between(c.deadline, p_today) >= s.red_after_workdays
            OR EXISTS (SELECT 1 FROM casedesk.task_card y
                        WHERE y.task_id = c.id AND y.unit_id = c.lead_unit_id
                          AND y.kind = 'yellow' AND y.deadline <> c.deadline)
        ON CONFLICT ON CONSTRAINT task_card_once DO NOTHING
        RETURNING id
    )
    SELECT array_agg(id) INTO v_reds FROM ins;
    v_cards := v_cards + coalesce(cardinality(v_reds), 0);

    FOR v_red IN SELECT c.task_id, c.official_id FROM casedesk.task_card c
                  WHERE c.id = ANY (coalesce(v_reds, '{}')) ORDER BY c.id LOOP
        PERFORM casedesk.discipline_auto_flag_inaction(v_red.task_id, v_red.official_id);
    END LOOP;

    -- Due on the next working day.
    v_next := casedesk.add_workdays(p_today, 1);
    INSERT INTO casedesk.inbox (unit_id, kind, task_id, detail, ref_date)
    SELECT t.lead_unit_id, 'due_tomorrow', t.id, '', t.deadline
      FROM casedesk.task t
     WHERE t.status IN ('assigned','signed','in_progress','returned')
       AND t.deadline > p_today AND t.deadline <= v_next
       AND NOT EXISTS (SELECT 1 FROM casedesk.inbox i
                        WHERE i.task_id = t.id AND i.kind = 'due_tomorrow'
                          AND i.unit_id = t.lead_unit_id AND i.ref_date = t.deadline);

    -- Progress report due: report_interval working days after the last
    -- report (or the signing).  A task already told since its last report
    -- (a report_due dated after it) is skipped before any date arithmetic:
    -- the MATERIALIZED fence keeps the planner from running add_workdays in
    -- the scan, ahead of that test (15,000 calls, 2.7 s at scale 200).
    -- back: the working days up to today, numbered backwards (1 = the
    -- latest working day <= today).  add_workdays(last, n) <= today holds
    -- exactly when (last, today] has n working days, i.e. last < the n-th
    -- working day back; report_interval is 1..60 (CHECK), inside 400 days.
    -- The add_workdays test is still applied to the few rows left.
    WITH back AS (
        SELECT p_today - g.i AS d, row_number() OVER (ORDER BY g.i)::integer AS n
          FROM generate_series(0, 400) g(i)
          LEFT JOIN casedesk.calendar_day cd ON cd.day = p_today - g.i
         WHERE coalesce(cd.kind = 'workday', extract(isodow FROM p_today - g.i) < 6)
    ), c AS MATERIALIZED (
        SELECT t.id, t.lead_unit_id, t.report_interval, t.last_on
          FROM (SELECT t.id, t.lead_unit_id, t.report_interval,
                       greatest(coalesce((SELECT max(r.reported_on) FROM casedesk.task_report r
                                           WHERE r.task_id = t.id), casedesk.day_of(t.signed_at)),
                                casedesk.day_of(t.signed_at)) AS last_on
                  FROM casedesk.task t
                 WHERE t.status IN ('signed','in_progress','returned') AND t.signed_at IS NOT NULL
               ) t
          JOIN back b ON b.n = t.report_interval
         WHERE t.last_on + t.report_interval <= p_today AND t.last_on < b.d
           AND NOT EXISTS (SELECT 1 FROM casedesk.inbox i
                            WHERE i.task_id = t.id AND i.kind = 'report_due' AND i.ref_date > t.last_on)
    )
    INSERT INTO casedesk.inbox (unit_id, kind, task_id, detail, ref_date)
    SELECT d.lead_unit_id, 'report_due', d.id, '', d.due
      FROM (SELECT c.id, c.lead_unit_id, casedesk.add_workdays(c.last_on, c.report_interval) AS due
              FROM c) d
     WHERE d.due <= p_today;
    RETURN v_cards;
END $$;

ALTER FUNCTION casedesk.task_escalate(p_today date) OWNER TO casedesk_owner;

--
-- Name: task_escalate_daily(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.task_escalate_daily() RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_claimed integer;
BEGIN
    IF casedesk.my_role() IS NULL AND NOT pg_has_role(session_user, 'casedesk_owner', 'MEMBER') THEN
        RAISE EXCEPTION USING MESSAGE = 'Only casedesk users may run the escalation.', ERRCODE = '42501';
    END IF;
    -- Claim today's run; a concurrent session that loses the race skips it.
    UPDATE casedesk.task_setting SET last_escalated_on = casedesk.today()
     WHERE id = 1 AND last_escalated_on IS DISTINCT FROM casedesk.today();
    GET DIAGNOSTICS v_claimed = ROW_COUNT;
    IF v_claimed = 0 THEN
        RETURN 0;
    END IF;
    RETURN casedesk.task_escalate(casedesk.today());
END $$;

ALTER FUNCTION casedesk.task_escalate_daily() OWNER TO casedesk_owner;

--
-- Name: task_extension_inbox_trigger(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.task_extension_inbox_trigger() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM casedesk.inbox_post(t.created_by, NULL, 'extension_requested', NEW.task_id,
                                    '', NEW.requested_deadline)
           FROM casedesk.task t WHERE t.id = NEW.task_id;
    ELSIF NEW.status <> OLD.status THEN
        PERFORM casedesk.inbox_post(NEW.requested_by, NULL, 'extension_decided', NEW.task_id,
                                    NEW.status, NEW.requested_deadline);
    END IF;
    RETURN NULL;
END $$;

ALTER FUNCTION casedesk.task_extension_inbox_trigger() OWNER TO casedesk_owner;

--
-- Name: task; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.task (
    id bigint NOT NULL,
    number_year integer NOT NULL,
    number_seq integer NOT NULL,
    number text GENERATED ALWAYS AS (((('DB-'::text || (number_year)::text) || '-'::text) || lpad((number_seq)::text, GREATEST(4, length((number_seq)::text)), '0'::text))) STORED,
    title text NOT NULL,
    description text DEFAULT ''::text NOT NULL,
    source text DEFAULT 'meeting'::text NOT NULL,
    level text DEFAULT 'normal'::text NOT NULL,
    lead_unit_id integer NOT NULL,
    responsible_id integer,
    deadline date NOT NULL,
    report_interval integer DEFAULT 5 NOT NULL,
    status text DEFAULT 'assigned'::text NOT NULL,
    return_reason text,
    close_note text,
    created_by integer NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    signed_at timestamp with time zone,
    reported_at timestamp with time zone,
    closed_at timestamp with time zone,
    closed_by integer,
    version integer DEFAULT 1 NOT NULL,
    CONSTRAINT task_close_note_size CHECK ((char_length(close_note) <= 10000)),
    CONSTRAINT task_closed_stamped CHECK (((status <> 'closed'::text) OR (closed_at IS NOT NULL))),
    CONSTRAINT task_description_size CHECK ((char_length(description) <= 10000)),
    CONSTRAINT task_level_size CHECK ((char_length(level) <= 200)),
    CONSTRAINT task_level_valid CHECK ((level = ANY (ARRAY['normal'::text, 'key'::text, 'listed'::text]))),
    CONSTRAINT task_number_seq_positive CHECK ((number_seq > 0)),
    CONSTRAINT task_number_size CHECK ((char_length(number) <= 200)),
    CONSTRAINT task_report_interval_range CHECK (((report_interval >= 1) AND (report_interval <= 60))),
    CONSTRAINT task_return_reason_size CHECK ((char_length(return_reason) <= 10000)),
    CONSTRAINT task_returned_has_reason CHECK (((status <> 'returned'::text) OR (btrim(COALESCE(return_reason, ''::text)) <> ''::text))),
    CONSTRAINT task_source_size CHECK ((char_length(source) <= 200)),
    CONSTRAINT task_source_valid CHECK ((source = ANY (ARRAY['meeting'::text, 'leader'::text, 'target'::text, 'inspection'::text]))),
    CONSTRAINT task_status_size CHECK ((char_length(status) <= 200)),
    CONSTRAINT task_status_valid CHECK ((status = ANY (ARRAY['assigned'::text, 'signed'::text, 'in_progress'::text, 'reported'::text, 'returned'::text, 'closed'::text]))),
    CONSTRAINT task_title_nonempty CHECK (((btrim(title) <> ''::text) AND (length(title) <= 200)))
);

ALTER TABLE ONLY casedesk.task FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.task OWNER TO casedesk_owner;

--
-- Name: task_for_change(bigint, integer); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.task_for_change(p_task_id bigint, p_version integer) RETURNS casedesk.task
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE r casedesk.task;
BEGIN
    SELECT * INTO r FROM casedesk.task WHERE id = p_task_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM casedesk.refuse('There is no such task.', 'P0001');
    END IF;
    IF p_version IS NULL OR r.version <> p_version THEN
        PERFORM casedesk.refuse('This task was changed by someone else meanwhile; reload it and try again.', 'P0001');
    END IF;
    RETURN r;
END $$;

ALTER FUNCTION casedesk.task_for_change(p_task_id bigint, p_version integer) OWNER TO casedesk_owner;

--
-- Name: task_inbox_trigger(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.task_inbox_trigger() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM casedesk.inbox_post(NULL, NEW.lead_unit_id, 'new_task', NEW.id, 'lead', NEW.deadline);
        RETURN NULL;
    END IF;
    IF NEW.lead_unit_id <> OLD.lead_unit_id THEN
        PERFORM casedesk.inbox_post(NULL, OLD.lead_unit_id, 'reassigned', NEW.id);
        PERFORM casedesk.inbox_post(NULL, NEW.lead_unit_id, 'new_task', NEW.id, 'lead', NEW.deadline);
    END IF;
    IF NEW.status IS DISTINCT FROM OLD.status THEN
        CASE NEW.status
        WHEN 'returned' THEN
            PERFORM casedesk.inbox_post(NULL, NEW.lead_unit_id, 'returned', NEW.id, NEW.return_reason);
        WHEN 'closed' THEN
            PERFORM casedesk.inbox_post(NULL, NEW.lead_unit_id, 'closed', NEW.id);
        WHEN 'reported' THEN
            PERFORM casedesk.inbox_post(NEW.created_by, NULL, 'reported', NEW.id);
        ELSE NULL;
        END CASE;
    END IF;
    IF NEW.deadline <> OLD.deadline THEN
        PERFORM casedesk.inbox_post(NULL, NEW.lead_unit_id, 'deadline_changed', NEW.id, '', NEW.deadline);
    END IF;
    RETURN NULL;
END $$;

ALTER FUNCTION casedesk.task_inbox_trigger() OWNER TO casedesk_owner;

--
-- Name: task_link_case(bigint, bigint); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.task_link_case(p_task_id bigint, p_case_id bigint) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_unit integer;
    v_id bigint;
BEGIN
    PERFORM casedesk.task_link_check(p_task_id);
    SELECT unit_id INTO v_unit FROM casedesk.case_file WHERE id = p_case_id;
    IF v_unit IS NULL
       OR (casedesk.my_role() = 'staff' AND v_unit <> casedesk.my_unit_id()) THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = 'The case does not exist or belongs to another unit.';
    END IF;
    INSERT INTO casedesk.task_link (task_id, case_id, linked_by)
    VALUES (p_task_id, p_case_id, casedesk.my_official_id())
    ON CONFLICT (task_id, case_id) WHERE case_id IS NOT NULL DO NOTHING
    RETURNING id INTO v_id;
    RETURN coalesce(v_id, (SELECT id FROM casedesk.task_link WHERE task_id = p_task_id AND case_id = p_case_id));
END $$;

ALTER FUNCTION casedesk.task_link_case(p_task_id bigint, p_case_id bigint) OWNER TO casedesk_owner;

--
-- Name: task_link_check(bigint); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.task_link_check(p_task_id bigint) RETURNS void
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE v_status text;
BEGIN
    IF casedesk.my_role() IS DISTINCT FROM 'supervisor'
       AND casedesk.task_my_part(p_task_id) IS DISTINCT FROM 'lead' THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'Only a supervisor or staff of the lead unit may change the links of this task.';
    END IF;
    SELECT status INTO v_status FROM casedesk.task WHERE id = p_task_id;
    IF v_status IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'There is no such task.';
    ELSIF v_status = 'closed' THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'This task is closed and can no longer be changed.';
    END IF;
END $$;

ALTER FUNCTION casedesk.task_link_check(p_task_id bigint) OWNER TO casedesk_owner;

--
-- Name: task_link_project(bigint, integer); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.task_link_project(p_task_id bigint, p_project_id integer) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE v_id bigint;
BEGIN
    PERFORM casedesk.task_link_check(p_task_id);
    IF NOT EXISTS (SELECT 1 FROM casedesk.project WHERE id = p_project_id) THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The project does not exist.';
    END IF;
    INSERT INTO casedesk.task_link (task_id, project_id, linked_by)
    VALUES (p_task_id, p_project_id, casedesk.my_official_id())
    ON CONFLICT (task_id, project_id) WHERE project_id IS NOT NULL DO NOTHING
    RETURNING id INTO v_id;
    RETURN coalesce(v_id, (SELECT id FROM casedesk.task_link WHERE task_id = p_task_id AND project_id = p_project_id));
END $$;

ALTER FUNCTION casedesk.task_link_project(p_task_id bigint, p_project_id integer) OWNER TO casedesk_owner;

--
-- Name: task_my_part(bigint); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.task_my_part(p_task_id bigint) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    SELECT CASE
        WHEN casedesk.my_role() IS DISTINCT FROM 'staff' THEN NULL
        WHEN EXISTS (SELECT 1 FROM casedesk.task t WHERE t.id = p_task_id
                        AND t.lead_unit_id = casedesk.my_unit_id()) THEN 'lead'
        WHEN EXISTS (SELECT 1 FROM casedesk.task_unit u WHERE u.task_id = p_task_id
                        AND u.unit_id = casedesk.my_unit_id()) THEN 'cohandling'
    END
$$;

ALTER FUNCTION casedesk.task_my_part(p_task_id bigint) OWNER TO casedesk_owner;

--
-- Name: task_next_report_due(bigint); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.task_next_report_due(p_task_id bigint) RETURNS date
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    SELECT casedesk.add_workdays(greatest(
               coalesce((SELECT max(r.reported_on) FROM casedesk.task_report r WHERE r.task_id = t.id),
                        casedesk.day_of(t.signed_at)),
               casedesk.day_of(t.signed_at)), t.report_interval)
      FROM casedesk.task t
     WHERE t.id = p_task_id AND t.status IN ('signed','in_progress','returned')
       AND t.signed_at IS NOT NULL
$$;

ALTER FUNCTION casedesk.task_next_report_due(p_task_id bigint) OWNER TO casedesk_owner;

--
-- Name: task_official_by_login(text, integer); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.task_official_by_login(p_login text, p_unit integer) RETURNS integer
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE v integer;
BEGIN
    IF p_login IS NULL OR p_login = '' THEN RETURN NULL; END IF;
    SELECT id INTO v FROM casedesk.official WHERE login = p_login AND NOT disabled;
    IF v IS NULL THEN
        PERFORM casedesk.refuse('The responsible official does not exist or is disabled.', '23514');
    END IF;
    IF NOT EXISTS (SELECT 1 FROM casedesk.official WHERE id = v AND unit_id = p_unit) THEN
        PERFORM casedesk.refuse('The responsible official must belong to the lead unit.', '23514');
    END IF;
    RETURN v;
END $$;

ALTER FUNCTION casedesk.task_official_by_login(p_login text, p_unit integer) OWNER TO casedesk_owner;

--
-- Name: task_reassign(bigint, integer, text, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.task_reassign(p_task_id bigint, p_version integer, p_lead_unit text, p_responsible text DEFAULT NULL::text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    r casedesk.task;
    v_lead integer;
    v_resp integer;
BEGIN
    IF casedesk.my_role() IS DISTINCT FROM 'supervisor' THEN
        PERFORM casedesk.refuse('Only a supervisor may assign a task.', '42501');
    END IF;
    r := casedesk.task_for_change(p_task_id, p_version);
    IF r.status = 'closed' THEN
        PERFORM casedesk.refuse('This task is closed and can no longer be changed.', 'P0001');
    END IF;
    v_lead := casedesk.task_unit_by_code(p_lead_unit, 'lead unit');
    v_resp := casedesk.task_official_by_login(p_responsible, v_lead);
    DELETE FROM casedesk.task_unit WHERE task_id = p_task_id AND unit_id = v_lead;
    UPDATE casedesk.task
       SET lead_unit_id = v_lead, responsible_id = v_resp,
           status = CASE WHEN v_lead = r.lead_unit_id THEN status ELSE 'assigned' END,
           signed_at = CASE WHEN v_lead = r.lead_unit_id THEN signed_at END
     WHERE id = p_task_id RETURNING version INTO r.version;
    RETURN r.version;
END $$;

ALTER FUNCTION casedesk.task_reassign(p_task_id bigint, p_version integer, p_lead_unit text, p_responsible text) OWNER TO casedesk_owner;

--
-- Name: task_remove_unit(bigint, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.task_remove_unit(p_task_id bigint, p_unit text) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    IF casedesk.my_role() IS DISTINCT FROM 'supervisor' THEN
        PERFORM casedesk.refuse('Only a supervisor may remove a co-handling unit.', '42501');
    END IF;
    IF EXISTS (SELECT 1 FROM casedesk.task WHERE id = p_task_id AND status = 'closed') THEN
        PERFORM casedesk.refuse('This task is closed and can no longer be changed.', 'P0001');
    END IF;
    DELETE FROM casedesk.task_unit
     WHERE task_id = p_task_id AND unit_id = casedesk.task_unit_by_code(p_unit, 'co-handling unit');
    RETURN FOUND;
END $$;

ALTER FUNCTION casedesk.task_remove_unit(p_task_id bigint, p_unit text) OWNER TO casedesk_owner;

--
-- Name: task_request_extension(bigint, date, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.task_request_extension(p_task_id bigint, p_requested_deadline date, p_reason text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_part text := casedesk.task_my_part(p_task_id);
    r casedesk.task;
    v_max integer;
    v_n integer;
    v_id bigint;
BEGIN
    IF v_part IS DISTINCT FROM 'lead' THEN
        PERFORM casedesk.refuse('Only staff of the lead unit may request an extension.', '42501');
    END IF;
    SELECT * INTO r FROM casedesk.task WHERE id = p_task_id FOR UPDATE;
    IF r.status = 'closed' THEN
        PERFORM casedesk.refuse('This task is closed; no extension can be requested.', 'P0001');
    ELSIF r.status = 'reported' THEN
        PERFORM casedesk.refuse('This task has been reported done and awaits verification.', 'P0001');
    END IF;
    IF casedesk.today() > r.deadline THEN
        PERFORM casedesk.refuse('An extension must be requested before the deadline has passed.', 'P0001');
    END IF;
    IF p_requested_deadline IS NULL OR p_requested_deadline <= r.deadline THEN
        PERFORM casedesk.refuse('The requested deadline must be later than the current deadline.', '23514');
    END IF;
    IF p_reason IS NULL OR btrim(p_reason) = '' THEN
        PERFORM casedesk.refuse('A reason is required to request an extension.', '23514');
    END IF;
    IF EXISTS (SELECT 1 FROM casedesk.task_extension WHERE task_id = p_task_id AND status = 'pending') THEN
        PERFORM casedesk.refuse('An extension request for this task is already waiting for a decision.', 'P0001');
    END IF;
    SELECT max_extensions INTO v_max FROM casedesk.task_setting WHERE id = 1;
    SELECT count(*) INTO v_n FROM casedesk.task_extension WHERE task_id = p_task_id;
    IF v_n >= coalesce(v_max, 2) THEN
        PERFORM casedesk.refuse('This task has already had the maximum number of extension requests.', 'P0001');
    END IF;
    INSERT INTO casedesk.task_extension (task_id, old_deadline, requested_deadline, reason, requested_by)
    VALUES (p_task_id, r.deadline, p_requested_deadline, btrim(p_reason), casedesk.my_official_id())
    RETURNING id INTO v_id;
    RETURN v_id;
END $$;

ALTER FUNCTION casedesk.task_request_extension(p_task_id bigint, p_requested_deadline date, p_reason text) OWNER TO casedesk_owner;

--
-- Name: task_return(bigint, integer, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.task_return(p_task_id bigint, p_version integer, p_reason text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE r casedesk.task;
BEGIN
    IF casedesk.my_role() IS DISTINCT FROM 'supervisor' THEN
        PERFORM casedesk.refuse('Only a supervisor may return a task.', '42501');
    END IF;
    IF p_reason IS NULL OR btrim(p_reason) = '' THEN
        PERFORM casedesk.refuse('A reason is required to return a task.', '23514');
    END IF;
    r := casedesk.task_for_change(p_task_id, p_version);
    IF r.status <> 'reported' THEN
        PERFORM casedesk.refuse('Only a task reported done can be returned.', 'P0001');
    END IF;
    UPDATE casedesk.task SET status = 'returned', return_reason = btrim(p_reason)
     WHERE id = p_task_id RETURNING version INTO r.version;
    RETURN r.version;
END $$;

ALTER FUNCTION casedesk.task_return(p_task_id bigint, p_version integer, p_reason text) OWNER TO casedesk_owner;

--
-- Name: task_set_deadline(bigint, integer, date); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.task_set_deadline(p_task_id bigint, p_version integer, p_deadline date) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE r casedesk.task;
BEGIN
    IF casedesk.my_role() IS DISTINCT FROM 'supervisor' THEN
        PERFORM casedesk.refuse('Only a supervisor may change the deadline of a task.', '42501');
    END IF;
    PERFORM casedesk.task_check_deadline(p_deadline);
    r := casedesk.task_for_change(p_task_id, p_version);
    IF r.status = 'closed' THEN
        PERFORM casedesk.refuse('This task is closed and can no longer be changed.', 'P0001');
    END IF;
    UPDATE casedesk.task SET deadline = p_deadline WHERE id = p_task_id RETURNING version INTO r.version;
    RETURN r.version;
END $$;

ALTER FUNCTION casedesk.task_set_deadline(p_task_id bigint, p_version integer, p_deadline date) OWNER TO casedesk_owner;

--
-- Name: task_sign(bigint, integer); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.task_sign(p_task_id bigint, p_version integer) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_part text := casedesk.task_my_part(p_task_id);
    r casedesk.task;
BEGIN
    IF v_part = 'cohandling' THEN
        PERFORM casedesk.refuse('Only the lead unit signs for a task; co-handling units report progress.', '42501');
    ELSIF v_part IS NULL THEN
        PERFORM casedesk.refuse('Only staff of the lead unit may sign for this task.', '42501');
    END IF;
    r := casedesk.task_for_change(p_task_id, p_version);
    IF r.status <> 'assigned' THEN
        PERFORM casedesk.refuse('This task has already been signed for.', 'P0001');
    END IF;
    UPDATE casedesk.task SET status = 'signed', signed_at = now()
     WHERE id = p_task_id RETURNING version INTO r.version;
    RETURN r.version;
END $$;

ALTER FUNCTION casedesk.task_sign(p_task_id bigint, p_version integer) OWNER TO casedesk_owner;

--
-- Name: task_submit(bigint, integer, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.task_submit(p_task_id bigint, p_version integer, p_body text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_part text := casedesk.task_my_part(p_task_id);
    r casedesk.task;
BEGIN
    IF v_part IS DISTINCT FROM 'lead' THEN
        PERFORM casedesk.refuse('Only staff of the lead unit may report this task done.', '42501');
    END IF;
    r := casedesk.task_for_change(p_task_id, p_version);
    PERFORM casedesk.task_check_reportable(r.status);
    PERFORM casedesk.task_check_report_values(p_body, 100);
    INSERT INTO casedesk.task_report (task_id, body, percent, final, author_id, unit_id)
    VALUES (p_task_id, btrim(p_body), 100, true, casedesk.my_official_id(), casedesk.my_unit_id());
    UPDATE casedesk.task SET status = 'reported', reported_at = now()
     WHERE id = p_task_id RETURNING version INTO r.version;
    RETURN r.version;
END $$;

ALTER FUNCTION casedesk.task_submit(p_task_id bigint, p_version integer, p_body text) OWNER TO casedesk_owner;

--
-- Name: task_unit_by_code(text, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.task_unit_by_code(p_code text, p_what text) RETURNS integer
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE v integer;
BEGIN
    SELECT id INTO v FROM casedesk.unit WHERE code = p_code;
    IF v IS NULL THEN
        IF p_what = 'lead unit' THEN
            PERFORM casedesk.refuse('The lead unit is not a known unit code.', '23514');
        ELSE
            PERFORM casedesk.refuse('A co-handling unit is not a known unit code.', '23514');
        END IF;
    END IF;
    RETURN v;
END $$;

ALTER FUNCTION casedesk.task_unit_by_code(p_code text, p_what text) OWNER TO casedesk_owner;

--
-- Name: task_unit_check(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.task_unit_check() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM casedesk.task t WHERE t.id = NEW.task_id AND t.lead_unit_id = NEW.unit_id) THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = 'The lead unit cannot also be a co-handling unit of the same task.';
    END IF;
    RETURN NEW;
END $$;

ALTER FUNCTION casedesk.task_unit_check() OWNER TO casedesk_owner;

--
-- Name: task_unit_inbox_trigger(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.task_unit_inbox_trigger() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    PERFORM casedesk.inbox_post(NULL, NEW.unit_id, 'new_task', NEW.task_id, 'cohandling',
                                (SELECT t.deadline FROM casedesk.task t WHERE t.id = NEW.task_id));
    RETURN NULL;
END $$;

ALTER FUNCTION casedesk.task_unit_inbox_trigger() OWNER TO casedesk_owner;

--
-- Name: task_unlink(bigint); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.task_unlink(p_link_id bigint) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE v_task bigint;
BEGIN
    SELECT task_id INTO v_task FROM casedesk.task_link WHERE id = p_link_id;
    IF v_task IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'There is no such link.';
    END IF;
    PERFORM casedesk.task_link_check(v_task);
    DELETE FROM casedesk.task_link WHERE id = p_link_id;
    RETURN FOUND;
END $$;

ALTER FUNCTION casedesk.task_unlink(p_link_id bigint) OWNER TO casedesk_owner;

--
-- Name: totals_apply_sql(text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.totals_apply_sql(d text) RETURNS text
    LANGUAGE sql IMMUTABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $_$
    SELECT format($q$
        INSERT INTO casedesk.unit_day_total AS t (day, unit_id, kind, n, area, mu)
        SELECT d.day, d.unit_id, d.kind, sum(d.s), coalesce(sum(d.s * d.area), 0), coalesce(sum(d.s * d.mu), 0)
          FROM (%s) d (day, unit_id, kind, s, area, mu)
         WHERE d.day IS NOT NULL
         GROUP BY d.day, d.unit_id, d.kind
        HAVING sum(d.s) <> 0 OR coalesce(sum(d.s * d.area), 0) <> 0 OR coalesce(sum(d.s * d.mu), 0) <> 0
         ORDER BY 1, 2, 3
        ON CONFLICT (day, unit_id, kind) DO UPDATE
           SET n = t.n + excluded.n, area = t.area + excluded.area, mu = t.mu + excluded.mu
    $q$, d)
$_$;

ALTER FUNCTION casedesk.totals_apply_sql(d text) OWNER TO casedesk_owner;

--
-- Name: totals_case_del(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.totals_case_del() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    IF OLD.kind = 'expropriation' AND OLD.closed_on IS NOT NULL
       AND EXISTS (SELECT 1 FROM casedesk.expropriation e WHERE e.id = OLD.id
                      AND e.party_kind = 'household' AND e.resettlement = 'flat') THEN
        UPDATE casedesk.unit_day_total SET n = n - 1
         WHERE day = OLD.closed_on AND unit_id = OLD.unit_id AND kind = 'flat';
    END IF;
    RETURN OLD;
END $$;

ALTER FUNCTION casedesk.totals_case_del() OWNER TO casedesk_owner;

--
-- Name: totals_case_rows(text, integer); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.totals_case_rows(tb text, s integer) RETURNS text
    LANGUAGE sql IMMUTABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $_$
    SELECT format($q$
        SELECT c.closed_on, c.unit_id, 'flat', %2$s, NULL::numeric, NULL::numeric
          FROM %1$s c JOIN casedesk.expropriation e ON e.id = c.id
         WHERE c.kind = 'expropriation' AND c.closed_on IS NOT NULL
           AND e.party_kind = 'household' AND e.resettlement = 'flat'
    $q$, tb, s)
$_$;

ALTER FUNCTION casedesk.totals_case_rows(tb text, s integer) OWNER TO casedesk_owner;

--
-- Name: totals_case_trg(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.totals_case_trg() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    EXECUTE casedesk.totals_apply_sql(concat_ws(' UNION ALL ',
        CASE WHEN TG_OP IN ('INSERT','UPDATE') THEN casedesk.totals_case_rows('nt', 1) END,
        CASE WHEN TG_OP = 'UPDATE' THEN casedesk.totals_case_rows('ot', -1) END));
    RETURN NULL;
END $$;

ALTER FUNCTION casedesk.totals_case_trg() OWNER TO casedesk_owner;

--
-- Name: totals_exp_rows(text, integer); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.totals_exp_rows(tb text, s integer) RETURNS text
    LANGUAGE sql IMMUTABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $_$
    SELECT format($q$
        SELECT e.signed_on, e.unit_id, 'exp:' || e.party_kind || ':' || coalesce(e.resettlement, ''),
               %2$s, e.house_area, e.land_area_mu
          FROM %1$s e WHERE e.signed_on IS NOT NULL
        UNION ALL
        SELECT c.closed_on, c.unit_id, 'flat', %2$s, NULL::numeric, NULL::numeric
          FROM %1$s e JOIN casedesk.case_file c ON c.id = e.id
         WHERE c.kind = 'expropriation' AND c.closed_on IS NOT NULL
           AND e.party_kind = 'household' AND e.resettlement = 'flat'
    $q$, tb, s)
$_$;

ALTER FUNCTION casedesk.totals_exp_rows(tb text, s integer) OWNER TO casedesk_owner;

--
-- Name: totals_exp_trg(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.totals_exp_trg() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    EXECUTE casedesk.totals_apply_sql(concat_ws(' UNION ALL ',
        CASE WHEN TG_OP IN ('INSERT','UPDATE') THEN casedesk.totals_exp_rows('nt', 1) END,
        CASE WHEN TG_OP IN ('DELETE','UPDATE') THEN casedesk.totals_exp_rows('ot', -1) END));
    RETURN NULL;
END $$;

ALTER FUNCTION casedesk.totals_exp_trg() OWNER TO casedesk_owner;

--
-- Name: totals_rebuild(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.totals_rebuild() RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v bigint;
BEGIN
    LOCK TABLE casedesk.case_file, casedesk.expropriation, casedesk.violation IN SHARE MODE;
    LOCK TABLE casedesk.unit_day_total IN EXCLUSIVE MODE;
    DELETE FROM casedesk.unit_day_total;
    INSERT INTO casedesk.unit_day_total (day, unit_id, kind, n, area, mu)
    SELECT d.day, d.unit_id, d.kind, sum(d.s), coalesce(sum(d.area), 0), coalesce(sum(d.mu), 0)
      FROM (SELECT e.signed_on, e.unit_id, 'exp:' || e.party_kind || ':' || coalesce(e.resettlement, ''),
                   1, e.house_area, e.land_area_mu
              FROM casedesk.expropriation e WHERE e.signed_on IS NOT NULL
            UNION ALL
            SELECT c.closed_on, c.unit_id, 'flat', 1, NULL::numeric, NULL::numeric
              FROM casedesk.case_file c JOIN casedesk.expropriation e ON e.id = c.id
             WHERE c.kind = 'expropriation' AND c.closed_on IS NOT NULL
               AND e.party_kind = 'household' AND e.resettlement = 'flat'
            UNION ALL
            SELECT v.found_on, v.unit_id, 'vio_found', 1, NULL, NULL FROM casedesk.violation v
            UNION ALL
            SELECT v.resolved_on, v.unit_id, 'vio:' || v.resolution, 1, NULL, NULL
              FROM casedesk.violation v WHERE v.resolution IS NOT NULL
           ) d (day, unit_id, kind, s, area, mu)
     WHERE d.day IS NOT NULL
     GROUP BY d.day, d.unit_id, d.kind;
    GET DIAGNOSTICS v = ROW_COUNT;
    -- the open cases per unit of the home screen (sql/091)
    LOCK TABLE casedesk.case_open_total IN EXCLUSIVE MODE;
    DELETE FROM casedesk.case_open_total;
    INSERT INTO casedesk.case_open_total (unit_id, n)
    SELECT c.unit_id, count(*) FROM casedesk.case_file c WHERE c.status <> 'closed' GROUP BY c.unit_id;
    RETURN v;
END $$;

ALTER FUNCTION casedesk.totals_rebuild() OWNER TO casedesk_owner;

--
-- Name: totals_vio_rows(text, integer); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.totals_vio_rows(tb text, s integer) RETURNS text
    LANGUAGE sql IMMUTABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $_$
    SELECT format($q$
        SELECT v.found_on, v.unit_id, 'vio_found', %2$s, NULL::numeric, NULL::numeric FROM %1$s v
        UNION ALL
        SELECT v.resolved_on, v.unit_id, 'vio:' || v.resolution, %2$s, NULL::numeric, NULL::numeric
          FROM %1$s v WHERE v.resolution IS NOT NULL
    $q$, tb, s)
$_$;

ALTER FUNCTION casedesk.totals_vio_rows(tb text, s integer) OWNER TO casedesk_owner;

--
-- Name: totals_vio_trg(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.totals_vio_trg() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    EXECUTE casedesk.totals_apply_sql(concat_ws(' UNION ALL ',
        CASE WHEN TG_OP IN ('INSERT','UPDATE') THEN casedesk.totals_vio_rows('nt', 1) END,
        CASE WHEN TG_OP IN ('DELETE','UPDATE') THEN casedesk.totals_vio_rows('ot', -1) END));
    RETURN NULL;
END $$;

ALTER FUNCTION casedesk.totals_vio_trg() OWNER TO casedesk_owner;

--
-- Name: unit_actuals(date, date, integer); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.unit_actuals(p_from date, p_to date, p_unit_id integer DEFAULT NULL::integer) RETURNS TABLE(unit_id integer, metric text, actual numeric)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $_$
BEGIN
    RETURN QUERY EXECUTE $q$
    WITH u AS (
        SELECT id FROM casedesk.unit
         WHERE ($3 IS NULL OR id = $3)
    ), tot AS (
        SELECT t.unit_id,
               coalesce(sum(t.n) FILTER (WHERE t.kind LIKE 'exp:household:%'), 0) AS hh,
               coalesce(sum(t.n) FILTER (WHERE t.kind LIKE 'exp:enterprise:%'), 0) AS ent,
               coalesce(nullif(sum(t.area) FILTER (WHERE t.kind LIKE 'exp:household:%'), 0), 0) AS area,
               coalesce(nullif(sum(t.mu) FILTER (WHERE t.kind LIKE 'exp:%'), 0), 0) AS mu,
               coalesce(sum(t.n) FILTER (WHERE t.kind = 'flat'), 0) AS flat,
               coalesce(sum(t.n) FILTER (WHERE t.kind IN ('vio:demolished','vio:rectified')), 0) AS vio
          FROM casedesk.unit_day_total t
         WHERE t.day BETWEEN $1 AND $2
           AND ($3 IS NULL OR t.unit_id = $3)
         GROUP BY t.unit_id
    ), cert AS (
        SELECT vl.unit_id, count(*) AS n
          FROM casedesk.village_certification vc
          JOIN casedesk.village vl ON vl.id = vc.village_id
         WHERE vc.certified_on BETWEEN $1 AND $2
           AND ($3 IS NULL OR vl.unit_id = $3)
         GROUP BY vl.unit_id
    ), pat AS (
        SELECT DISTINCT pv.village_id
          FROM casedesk.patrol p
          JOIN casedesk.patrol_village pv ON pv.patrol_id = p.id
         WHERE p.patrol_on BETWEEN $1 AND $2
    ), cover AS (
        SELECT vl.unit_id, count(*) AS villages, count(pat.village_id) AS patrolled
          FROM casedesk.village vl
          LEFT JOIN pat ON pat.village_id = vl.id
         WHERE ($3 IS NULL OR vl.unit_id = $3)
         GROUP BY vl.unit_id
    ), tk AS (
        SELECT t.lead_unit_id AS unit_id, count(*) AS due,
               count(*) FILTER (WHERE t.status = 'closed'
                   AND casedesk.day_of(t.closed_at) <= t.deadline) AS on_time
          FROM casedesk.task t
         WHERE t.deadline BETWEEN $1 AND $2
           AND ($3 IS NULL OR t.lead_unit_id = $3)
         GROUP BY t.lead_unit_id
    )
    SELECT u.id, m.metric, m.actual
      FROM u
      LEFT JOIN tot ON tot.unit_id = u.id
      LEFT JOIN cert ON cert.unit_id = u.id
      LEFT JOIN cover ON cover.unit_id = u.id
      LEFT JOIN tk ON tk.unit_id = u.id
     CROSS JOIN LATERAL (VALUES
        ('households_expropriated', coalesce(tot.hh, 0)::numeric),
        ('enterprises_expropriated', coalesce(tot.ent, 0)::numeric),
        ('house_area_m2', coalesce(tot.area, 0)),
        ('land_mu', coalesce(tot.mu, 0)),
        ('households_resettled', coalesce(tot.flat, 0)::numeric),
        ('violations_removed', coalesce(tot.vio, 0)::numeric),
        ('villages_certified', coalesce(cert.n, 0)::numeric),
        ('patrol_coverage_pct', round(100.0 * cover.patrolled / nullif(cover.villages, 0), 2)),
        ('tasks_closed_on_time', round(100.0 * tk.on_time / nullif(tk.due, 0), 2))
     ) AS m(metric, actual)
    $q$ USING p_from, p_to, p_unit_id;
END $_$;

ALTER FUNCTION casedesk.unit_actuals(p_from date, p_to date, p_unit_id integer) OWNER TO casedesk_owner;

--
-- Name: unit_channel(integer); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.unit_channel(p_unit_id integer) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$ SELECT 'casedesk_u' || left(encode(sha256(s.secret || convert_to(p_unit_id::text, 'UTF8')), 'hex'), 24)
        FROM casedesk.notify_secret s WHERE s.id = 1 $$;

ALTER FUNCTION casedesk.unit_channel(p_unit_id integer) OWNER TO casedesk_owner;

--
-- Name: unit_deductibles(date, date); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.unit_deductibles(p_from date, p_to date) RETURNS TABLE(unit_id integer, yellow_cards bigint, red_cards bigint, overdue_tasks bigint)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    SELECT u.id,
           (SELECT count(*) FROM casedesk.task_card k
             WHERE k.unit_id = u.id AND k.kind = 'yellow' AND k.issued_on BETWEEN p_from AND p_to),
           (SELECT count(*) FROM casedesk.task_card k
             WHERE k.unit_id = u.id AND k.kind = 'red' AND k.issued_on BETWEEN p_from AND p_to),
           (SELECT count(*) FROM casedesk.task t
             WHERE t.lead_unit_id = u.id AND t.deadline BETWEEN p_from AND p_to
               AND t.deadline < casedesk.today()
               AND (t.status <> 'closed'
                    OR casedesk.day_of(t.closed_at) > t.deadline))
      FROM casedesk.unit u
$$;

ALTER FUNCTION casedesk.unit_deductibles(p_from date, p_to date) OWNER TO casedesk_owner;

--
-- Name: unit_id_of(text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.unit_id_of(p_code text) RETURNS integer
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v integer;
BEGIN
    IF p_code IS NULL OR p_code = '' THEN RETURN NULL; END IF;
    SELECT id INTO v FROM casedesk.unit WHERE code = p_code;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING MESSAGE = format('There is no unit with the code "%s".', p_code),
            ERRCODE = '22023';
    END IF;
    RETURN v;
END $$;

ALTER FUNCTION casedesk.unit_id_of(p_code text) OWNER TO casedesk_owner;

--
-- Name: unit_scores(integer, text, integer); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.unit_scores(p_year integer, p_period text DEFAULT 'year'::text, p_index integer DEFAULT NULL::integer) RETURNS TABLE(unit_id integer, metric text, target numeric, actual numeric, pct numeric, weight numeric, points numeric)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    b      record;
    v_rule integer;
    v_msg  text;
BEGIN
    SELECT * INTO b FROM casedesk.period_bounds(p_year, p_period, p_index);
    IF NOT EXISTS (SELECT 1 FROM casedesk.target t WHERE t.year = p_year) THEN
        RAISE EXCEPTION USING MESSAGE = format('No targets have been set for %s.', p_year), ERRCODE = 'P0001';
    END IF;
    v_rule := casedesk.score_rule_year(p_year);
    IF v_rule IS NULL THEN
        RAISE EXCEPTION USING MESSAGE = format('No scoring rule has been set for %s or any earlier year.', p_year),
            ERRCODE = 'P0001';
    END IF;
    v_msg := casedesk.score_rule_problem(v_rule);
    IF v_msg IS NOT NULL THEN
        RAISE EXCEPTION USING MESSAGE = v_msg, ERRCODE = '23514';
    END IF;
    RETURN QUERY
    WITH tu AS (SELECT DISTINCT t.unit_id FROM casedesk.target t WHERE t.year = p_year),
    tv AS (
        SELECT t.unit_id, t.metric,
               CASE WHEN t.metric IN ('patrol_coverage_pct','tasks_closed_on_time') THEN t.target_value
                    ELSE round(t.target_value * b.year_fraction, 2) END AS target
          FROM casedesk.target t WHERE t.year = p_year
    ),
    act AS (SELECT a.* FROM casedesk.unit_actuals(b.d_from, b.d_to) a WHERE a.unit_id IN (SELECT tu.unit_id FROM tu))
    SELECT tu.unit_id, r.metric, tv.target, a.actual,
           CASE WHEN coalesce(tv.target, 0) > 0 THEN round(100 * coalesce(a.actual, 0) / tv.target, 2) END,
           r.weight,
           round(CASE WHEN coalesce(tv.target, 0) = 0 THEN r.weight
                      ELSE r.weight * least(coalesce(a.actual, 0) / tv.target, 1) END, 2)
      FROM tu
     CROSS JOIN casedesk.score_rule r
      LEFT JOIN tv ON tv.unit_id = tu.unit_id AND tv.metric = r.metric
      LEFT JOIN act a ON a.unit_id = tu.unit_id AND a.metric = r.metric
     WHERE r.year = v_rule;
END $$;

ALTER FUNCTION casedesk.unit_scores(p_year integer, p_period text, p_index integer) OWNER TO casedesk_owner;

--
-- Name: user_add(text, text, text, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_usermgr
--

CREATE FUNCTION casedesk.user_add(p_login text, p_name text, p_unit_code text, p_role text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_unit integer;
    v_id   integer;
BEGIN
    PERFORM casedesk.usermgr_check(p_role = 'inspector');
    PERFORM casedesk.usermgr_check_login(p_login);
    PERFORM casedesk.usermgr_check_role(p_role);
    IF p_name IS NULL OR btrim(p_name) = '' THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The name must not be empty.';
    END IF;
    v_unit := casedesk.usermgr_unit(p_unit_code);
    IF EXISTS (SELECT 1 FROM casedesk.official WHERE login = p_login) THEN
        RAISE EXCEPTION USING ERRCODE = '23505',
            MESSAGE = format('An account with login %s already exists.', p_login);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = p_login) THEN
        EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE INHERIT', p_login);
    ELSIF casedesk.usermgr_adoptable(p_login) THEN
        EXECUTE format('ALTER ROLE %I LOGIN', p_login);
    ELSE
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('The login %s is a database role that is not a casedesk account.', p_login);
    END IF;
    PERFORM casedesk.usermgr_set_timeouts(p_login);
    PERFORM casedesk.usermgr_set_connection_limit(p_login);
    PERFORM casedesk.usermgr_set_group(p_login, p_role);
    INSERT INTO casedesk.official (login, name, unit_id, role)
        VALUES (p_login, btrim(p_name), v_unit, p_role)
        RETURNING id INTO v_id;
    RETURN v_id;
END $$;

ALTER FUNCTION casedesk.user_add(p_login text, p_name text, p_unit_code text, p_role text) OWNER TO casedesk_usermgr;

--
-- Name: user_disable(text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_usermgr
--

CREATE FUNCTION casedesk.user_disable(p_login text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    o casedesk.official;
BEGIN
    PERFORM casedesk.usermgr_check(false);
    o := casedesk.usermgr_official(p_login);
    PERFORM casedesk.usermgr_check(o.role = 'inspector');
    IF p_login = session_user::text THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'You cannot disable your own account.';
    END IF;
    IF NOT o.disabled THEN
        UPDATE casedesk.official SET disabled = true WHERE id = o.id;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = p_login) THEN
        EXECUTE format('ALTER ROLE %I NOLOGIN', p_login);
        PERFORM casedesk.usermgr_set_group(p_login, NULL);
        PERFORM pg_terminate_backend(pid) FROM pg_catalog.pg_stat_activity
          WHERE usename = p_login AND pid <> pg_backend_pid();
    END IF;
END $$;

ALTER FUNCTION casedesk.user_disable(p_login text) OWNER TO casedesk_usermgr;

--
-- Name: user_enable(text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_usermgr
--

CREATE FUNCTION casedesk.user_enable(p_login text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    o casedesk.official;
BEGIN
    PERFORM casedesk.usermgr_check(false);
    o := casedesk.usermgr_official(p_login);
    PERFORM casedesk.usermgr_check(o.role = 'inspector');
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = p_login) THEN
        EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE INHERIT', p_login);
    ELSIF casedesk.usermgr_adoptable(p_login) THEN
        EXECUTE format('ALTER ROLE %I LOGIN', p_login);
    ELSE
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('The login %s is a database role that is not a casedesk account.', p_login);
    END IF;
    PERFORM casedesk.usermgr_set_timeouts(p_login);
    PERFORM casedesk.usermgr_set_connection_limit(p_login);
    PERFORM casedesk.usermgr_set_group(p_login, o.role);
    IF o.disabled THEN
        UPDATE casedesk.official SET disabled = false WHERE id = o.id;
    END IF;
END $$;

ALTER FUNCTION casedesk.user_enable(p_login text) OWNER TO casedesk_usermgr;

--
-- Name: user_set_role(text, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_usermgr
--

CREATE FUNCTION casedesk.user_set_role(p_login text, p_role text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    o casedesk.official;
BEGIN
    PERFORM casedesk.usermgr_check(false);
    PERFORM casedesk.usermgr_check_role(p_role);
    o := casedesk.usermgr_official(p_login);
    PERFORM casedesk.usermgr_check(o.role = 'inspector' OR p_role = 'inspector');
    IF p_login = session_user::text THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'You cannot change your own role.';
    END IF;
    IF p_role IS DISTINCT FROM o.role THEN
        UPDATE casedesk.official SET role = p_role WHERE id = o.id;
    END IF;
    IF NOT o.disabled THEN
        PERFORM casedesk.usermgr_set_group(p_login, p_role);
    END IF;
END $$;

ALTER FUNCTION casedesk.user_set_role(p_login text, p_role text) OWNER TO casedesk_usermgr;

--
-- Name: user_set_unit(text, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_usermgr
--

CREATE FUNCTION casedesk.user_set_unit(p_login text, p_unit_code text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    o casedesk.official;
    v_unit integer;
BEGIN
    PERFORM casedesk.usermgr_check(false);
    o := casedesk.usermgr_official(p_login);
    PERFORM casedesk.usermgr_check(o.role = 'inspector');
    IF p_login = session_user::text THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'You cannot move your own account to another unit.';
    END IF;
    v_unit := casedesk.usermgr_unit(p_unit_code);
    IF v_unit IS DISTINCT FROM o.unit_id THEN
        UPDATE casedesk.official SET unit_id = v_unit WHERE id = o.id;
    END IF;
END $$;

ALTER FUNCTION casedesk.user_set_unit(p_login text, p_unit_code text) OWNER TO casedesk_usermgr;

--
-- Name: usermgr_adoptable(text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_usermgr
--

CREATE FUNCTION casedesk.usermgr_adoptable(p_login text) RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    SELECT NOT (r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR r.rolreplication OR r.rolbypassrls)
       AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members m
                         JOIN pg_catalog.pg_roles g ON g.oid = m.roleid
                        WHERE m.member = r.oid
                          AND g.rolname NOT IN ('casedesk_staff', 'casedesk_supervisor',
                                                'casedesk_inspector', 'casedesk_admin'))
       AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members m WHERE m.roleid = r.oid)
       AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_shdepend d
                        WHERE d.refclassid = 'pg_catalog.pg_authid'::regclass AND d.refobjid = r.oid)
       AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_database WHERE datdba = r.oid)
      FROM pg_catalog.pg_roles r
     WHERE r.rolname = p_login
$$;

ALTER FUNCTION casedesk.usermgr_adoptable(p_login text) OWNER TO casedesk_usermgr;

--
-- Name: usermgr_check(boolean); Type: FUNCTION; Schema: casedesk; Owner: casedesk_usermgr
--

CREATE FUNCTION casedesk.usermgr_check(p_touches_inspector boolean) RETURNS void
    LANGUAGE plpgsql STABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    IF pg_has_role(session_user, 'casedesk_owner', 'MEMBER') THEN
        RETURN;
    END IF;
    IF casedesk.my_role() IS DISTINCT FROM 'admin'
       OR NOT pg_has_role(session_user, 'casedesk_admin', 'MEMBER') THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'Only an administrator may manage user accounts.';
    END IF;
    IF p_touches_inspector THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'Only the installer may create or change discipline inspector accounts.';
    END IF;
END $$;

ALTER FUNCTION casedesk.usermgr_check(p_touches_inspector boolean) OWNER TO casedesk_usermgr;

--
-- Name: usermgr_check_login(text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_usermgr
--

CREATE FUNCTION casedesk.usermgr_check_login(p_login text) RETURNS void
    LANGUAGE plpgsql IMMUTABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $_$
BEGIN
    IF p_login IS NULL OR p_login !~ '^[a-z_][a-z0-9_]{0,62}$' THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = 'The login must be 1 to 63 lower-case letters, digits or underscores, not starting with a digit.';
    END IF;
    IF p_login ~ '^(pg_|casedesk_)' OR p_login IN ('public', 'none', 'all', 'current_user',
            'session_user', 'current_role', 'postgres', 'root') THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = format('The login %s is reserved.', p_login);
    END IF;
END $_$;

ALTER FUNCTION casedesk.usermgr_check_login(p_login text) OWNER TO casedesk_usermgr;

--
-- Name: usermgr_check_role(text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_usermgr
--

CREATE FUNCTION casedesk.usermgr_check_role(p_role text) RETURNS void
    LANGUAGE plpgsql IMMUTABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    IF p_role IS NULL OR p_role NOT IN ('staff', 'supervisor', 'inspector', 'admin') THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = 'The role must be one of staff, supervisor, inspector or admin.';
    END IF;
END $$;

ALTER FUNCTION casedesk.usermgr_check_role(p_role text) OWNER TO casedesk_usermgr;

--
-- Name: official; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.official (
    id integer NOT NULL,
    login text NOT NULL,
    name text NOT NULL,
    unit_id integer NOT NULL,
    role text NOT NULL,
    title text,
    phone text,
    disabled boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    CONSTRAINT official_login_format CHECK ((login ~ '^[a-z_][a-z0-9_]{0,62}$'::text)),
    CONSTRAINT official_login_size CHECK ((char_length(login) <= 200)),
    CONSTRAINT official_name_nonempty CHECK ((btrim(name) <> ''::text)),
    CONSTRAINT official_name_size CHECK ((char_length(name) <= 200)),
    CONSTRAINT official_name_visible CHECK (casedesk.visible_text(name)),
    CONSTRAINT official_phone_size CHECK ((char_length(phone) <= 200)),
    CONSTRAINT official_phone_visible CHECK (casedesk.visible_text(phone)),
    CONSTRAINT official_role_size CHECK ((char_length(role) <= 200)),
    CONSTRAINT official_role_valid CHECK ((role = ANY (ARRAY['staff'::text, 'supervisor'::text, 'inspector'::text, 'admin'::text]))),
    CONSTRAINT official_title_size CHECK ((char_length(title) <= 200)),
    CONSTRAINT official_title_visible CHECK (casedesk.visible_text(title))
);

ALTER TABLE ONLY casedesk.official FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.official OWNER TO casedesk_owner;

--
-- Name: usermgr_official(text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_usermgr
--

CREATE FUNCTION casedesk.usermgr_official(p_login text) RETURNS casedesk.official
    LANGUAGE plpgsql STABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    o casedesk.official;
BEGIN
    SELECT * INTO o FROM casedesk.official WHERE login = p_login;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'P0002',
            MESSAGE = format('There is no account with login %s.', coalesce(p_login, '(none)'));
    END IF;
    RETURN o;
END $$;

ALTER FUNCTION casedesk.usermgr_official(p_login text) OWNER TO casedesk_usermgr;

--
-- Name: usermgr_set_connection_limit(text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_usermgr
--

CREATE FUNCTION casedesk.usermgr_set_connection_limit(p_rolname text) RETURNS void
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    EXECUTE format('ALTER ROLE %I CONNECTION LIMIT %s', p_rolname,
                   (SELECT value FROM casedesk.session_limit WHERE key = 'connections_per_login'));
END $$;

ALTER FUNCTION casedesk.usermgr_set_connection_limit(p_rolname text) OWNER TO casedesk_usermgr;

--
-- Name: usermgr_set_group(text, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_usermgr
--

CREATE FUNCTION casedesk.usermgr_set_group(p_login text, p_role text) RETURNS void
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    g text;
    v_member boolean;
BEGIN
    FOREACH g IN ARRAY ARRAY['staff', 'supervisor', 'inspector', 'admin'] LOOP
        SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members m
                         JOIN pg_catalog.pg_roles gr ON gr.oid = m.roleid
                         JOIN pg_catalog.pg_roles u ON u.oid = m.member
                        WHERE gr.rolname = 'casedesk_' || g AND u.rolname = p_login)
          INTO v_member;
        IF v_member AND g IS DISTINCT FROM p_role THEN
            EXECUTE format('REVOKE %I FROM %I', 'casedesk_' || g, p_login);
        ELSIF NOT v_member AND g = p_role THEN
            EXECUTE format('GRANT %I TO %I', 'casedesk_' || g, p_login);
        END IF;
    END LOOP;
END $$;

ALTER FUNCTION casedesk.usermgr_set_group(p_login text, p_role text) OWNER TO casedesk_usermgr;

--
-- Name: usermgr_set_timeouts(text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_usermgr
--

CREATE FUNCTION casedesk.usermgr_set_timeouts(p_rolname text) RETURNS void
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    EXECUTE format('ALTER ROLE %I SET statement_timeout = %L', p_rolname, '60s');
    EXECUTE format('ALTER ROLE %I SET lock_timeout = %L', p_rolname, '10s');
    EXECUTE format('ALTER ROLE %I SET idle_in_transaction_session_timeout = %L', p_rolname, '5min');
END $$;

ALTER FUNCTION casedesk.usermgr_set_timeouts(p_rolname text) OWNER TO casedesk_usermgr;

--
-- Name: usermgr_unit(text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_usermgr
--

CREATE FUNCTION casedesk.usermgr_unit(p_unit_code text) RETURNS integer
    LANGUAGE plpgsql STABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_id integer;
BEGIN
    SELECT id INTO v_id FROM casedesk.unit WHERE code = p_unit_code;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '23503',
            MESSAGE = format('There is no unit with code %s.', coalesce(p_unit_code, '(none)'));
    END IF;
    RETURN v_id;
END $$;

ALTER FUNCTION casedesk.usermgr_unit(p_unit_code text) OWNER TO casedesk_usermgr;

--
-- Name: valid_citizen_id(text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.valid_citizen_id(p text) RETURNS boolean
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $_$
DECLARE
    w int[] := '{7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2}';
    s int := 0;
    y int; m int; d int;
BEGIN
    IF p IS NULL OR p !~ '^[0-9]{17}[0-9X]$' THEN RETURN false; END IF;
    FOR i IN 1..17 LOOP
        s := s + substr(p, i, 1)::int * w[i];
    END LOOP;
    IF substr('10X98765432', s % 11 + 1, 1) <> substr(p, 18, 1) THEN RETURN false; END IF;
    y := substr(p, 7, 4)::int; m := substr(p, 11, 2)::int; d := substr(p, 13, 2)::int;
    IF y < 1900 OR y > 2099 OR m < 1 OR m > 12 OR d < 1 THEN RETURN false; END IF;
    RETURN d <= ((make_date(y, m, 1) + interval '1 month')::date - make_date(y, m, 1));
END $_$;

ALTER FUNCTION casedesk.valid_citizen_id(p text) OWNER TO casedesk_owner;

--
-- Name: valid_credit_code(text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.valid_credit_code(p text) RETURNS boolean
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $_$
DECLARE
    a text := '0123456789ABCDEFGHJKLMNPQRTUWXY';
    w int[] := '{1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28}';
    s int := 0;
BEGIN
    IF p IS NULL OR p !~ '^[0-9A-HJ-NPQRTUW-Y]{18}$' THEN RETURN false; END IF;
    FOR i IN 1..17 LOOP
        s := s + (strpos(a, substr(p, i, 1)) - 1) * w[i];
    END LOOP;
    RETURN substr(a, (31 - s % 31) % 31 + 1, 1) = substr(p, 18, 1);
END $_$;

ALTER FUNCTION casedesk.valid_credit_code(p text) OWNER TO casedesk_owner;

--
-- Name: village_certify_violation_free(integer, date); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.village_certify_violation_free(p_village_id integer, p_on date) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v casedesk.village;
    v_open bigint;
BEGIN
    IF casedesk.my_role() IS DISTINCT FROM 'supervisor' THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'Only supervisors may certify a village as violation-free.';
    END IF;
    SELECT * INTO v FROM casedesk.village WHERE id = p_village_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'No such village or community.';
    END IF;
    IF p_on IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The certification date is required.';
    END IF;
    PERFORM casedesk.check_past(p_on, 'certification date');
    IF v.violation_free_since IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = format(
            'The village is already certified as violation-free since %s.', v.violation_free_since);
    END IF;
    SELECT count(*) INTO v_open FROM casedesk.case_file
     WHERE village_id = p_village_id AND kind = 'violation'
       AND status IN ('found','verified','stop_notice','rectifying');
    IF v_open > 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = format(
            'The village still has %s unresolved violation cases and cannot be certified.', v_open);
    END IF;
    INSERT INTO casedesk.village_certification (village_id, certified_on, certified_by)
    VALUES (p_village_id, p_on, casedesk.my_official_id());
    UPDATE casedesk.village SET violation_free_since = p_on WHERE id = p_village_id;
END $$;

ALTER FUNCTION casedesk.village_certify_violation_free(p_village_id integer, p_on date) OWNER TO casedesk_owner;

--
-- Name: village_title_guard(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.village_title_guard() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$ BEGIN
    IF current_user <> 'casedesk_owner' AND (CASE TG_OP WHEN 'INSERT' THEN NEW.violation_free_since IS NOT NULL
            ELSE NEW.violation_free_since IS DISTINCT FROM OLD.violation_free_since END) THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'The violation-free title is granted only by a supervisor''s certification and lost only through a new violation.';
    END IF;
    RETURN NEW;
END $$;

ALTER FUNCTION casedesk.village_title_guard() OWNER TO casedesk_owner;

--
-- Name: violation_check(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.violation_check() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND current_user <> 'casedesk_owner' AND casedesk.case_is_closed(NEW.id) THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'A closed case can no longer be changed.';
    END IF;
    IF NEW.area_m2 <= 0 OR NEW.area_m2 >= 1000000 THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The area must be greater than 0 and less than 1,000,000 square metres.';
    END IF;
    IF NEW.floors < 0 OR NEW.floors > 99 THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The number of floors must be between 0 and 99.';
    END IF;
    IF (NEW.lat IS NULL) <> (NEW.lon IS NULL) OR NEW.lat NOT BETWEEN -90 AND 90
       OR NEW.lon NOT BETWEEN -180 AND 180 THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The location needs both latitude (-90 to 90) and longitude (-180 to 180), or neither.';
    END IF;
    PERFORM casedesk.check_past_changed(TG_OP, NEW.found_on,
        CASE WHEN TG_OP = 'UPDATE' THEN OLD.found_on END, 'date the violation was found');
    IF NEW.built_on > NEW.found_on THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The construction date cannot be after the date the violation was found.';
    END IF;
    -- 市管存量、区管增量
    NEW.stock := coalesce(NEW.built_on, NEW.found_on) < casedesk.stock_cutoff();
    RETURN NEW;
END $$;

ALTER FUNCTION casedesk.violation_check() OWNER TO casedesk_owner;

--
-- Name: violation_village_lost(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.violation_village_lost() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_village integer;
BEGIN
    SELECT village_id INTO v_village FROM casedesk.case_file WHERE id = NEW.id;
    UPDATE casedesk.village_certification
       SET lost_on = greatest(NEW.found_on, certified_on), lost_case_id = NEW.id
     WHERE village_id = v_village AND lost_on IS NULL;
    IF FOUND THEN
        UPDATE casedesk.village SET violation_free_since = NULL WHERE id = v_village;
    END IF;
    RETURN NULL;
END $$;

ALTER FUNCTION casedesk.violation_village_lost() OWNER TO casedesk_owner;

--
-- Name: watchdog_sweep(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_watchdog
--

CREATE FUNCTION casedesk.watchdog_sweep() RETURNS TABLE(pid integer, login text, action text, reason text)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    lim_stmt integer := (SELECT value FROM casedesk.session_limit WHERE key = 'statement');
    lim_lock integer := (SELECT value FROM casedesk.session_limit WHERE key = 'lock_wait');
    lim_idle integer := (SELECT value FROM casedesk.session_limit WHERE key = 'idle_in_transaction');
    a record;
    secs double precision;
BEGIN
    FOR a IN
        SELECT s.pid, s.usename::text AS login, s.state, s.wait_event_type,
               extract(epoch FROM now() - s.query_start) AS in_query,
               extract(epoch FROM now() - s.state_change) AS in_state
          FROM pg_catalog.pg_stat_activity s
          JOIN casedesk.official o ON o.login = s.usename
         WHERE s.datname = current_database() AND s.pid <> pg_backend_pid()
           AND s.backend_type = 'client backend'
    LOOP
        secs := NULL;
        IF a.state LIKE 'idle in transaction%' AND a.in_state > lim_idle THEN
            PERFORM pg_terminate_backend(a.pid);
            pid := a.pid; login := a.login; action := 'ended';
            reason := format('idle in a transaction for %s s', round(a.in_state)); RETURN NEXT;
        ELSIF a.state = 'active' AND a.in_query > 2 * lim_stmt THEN
            PERFORM pg_terminate_backend(a.pid);
            pid := a.pid; login := a.login; action := 'ended';
            reason := format('statement running for %s s after a cancel', round(a.in_query)); RETURN NEXT;
        ELSIF a.state = 'active' AND a.wait_event_type = 'Lock' AND a.in_query > lim_lock THEN
            PERFORM pg_cancel_backend(a.pid);
            pid := a.pid; login := a.login; action := 'cancelled';
            reason := format('waiting for a lock for %s s', round(a.in_query)); RETURN NEXT;
        ELSIF a.state = 'active' AND a.in_query > lim_stmt THEN
            PERFORM pg_cancel_backend(a.pid);
            pid := a.pid; login := a.login; action := 'cancelled';
            reason := format('statement running for %s s', round(a.in_query)); RETURN NEXT;
        END IF;
    END LOOP;
END $$;

ALTER FUNCTION casedesk.watchdog_sweep() OWNER TO casedesk_watchdog;

--
-- Name: weekday_ordinal(date); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.weekday_ordinal(d date) RETURNS bigint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    SELECT 5 * ((d - date '1900-01-01') / 7)::bigint
           + least((d - date '1900-01-01') % 7, 5)
$$;

ALTER FUNCTION casedesk.weekday_ordinal(d date) OWNER TO casedesk_owner;

--
-- Name: workdays_between(date, date); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.workdays_between(a date, b date) RETURNS integer
    LANGUAGE sql STABLE SECURITY DEFINER PARALLEL SAFE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    SELECT CASE WHEN b >= a THEN 1 ELSE -1 END * (
        abs(casedesk.weekday_ordinal(b + 1) - casedesk.weekday_ordinal(a + 1))
        + coalesce((SELECT sum(c.adjust) FROM casedesk.calendar_day c
                    WHERE c.adjust <> 0 AND c.day > least(a, b) AND c.day <= greatest(a, b)), 0)
    )::integer
$$;

ALTER FUNCTION casedesk.workdays_between(a date, b date) OWNER TO casedesk_owner;

--
-- Name: audit_chain_head; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.audit_chain_head (
    chain text NOT NULL,
    last_id bigint,
    last_hash bytea NOT NULL,
    CONSTRAINT audit_chain_head_chain_check CHECK ((chain = ANY (ARRAY['audit_log'::text, 'discipline_audit'::text])))
);

ALTER TABLE ONLY casedesk.audit_chain_head FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.audit_chain_head OWNER TO casedesk_owner;

--
-- Name: audit_history; Type: VIEW; Schema: casedesk; Owner: casedesk_owner
--

CREATE VIEW casedesk.audit_history WITH (security_barrier='true') AS
 SELECT a.id,
    a.at,
    a.login,
    a.table_name,
    a.row_id,
    a.op,
    casedesk.audit_redact(a.table_name, a.old_row) AS old_row,
    casedesk.audit_redact(a.table_name, a.new_row) AS new_row
   FROM casedesk.audit_log a
  WHERE casedesk.audit_row_visible(a.table_name, a.row_id);

ALTER TABLE casedesk.audit_history OWNER TO casedesk_owner;

--
-- Name: audit_log_id_seq; Type: SEQUENCE; Schema: casedesk; Owner: casedesk_owner
--

CREATE SEQUENCE casedesk.audit_log_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER TABLE casedesk.audit_log_id_seq OWNER TO casedesk_owner;

--
-- Name: calendar_day; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.calendar_day (
    id integer NOT NULL,
    day date NOT NULL,
    kind text NOT NULL,
    name text DEFAULT ''::text NOT NULL,
    adjust smallint GENERATED ALWAYS AS (
CASE
    WHEN ((kind = 'workday'::text) AND (EXTRACT(isodow FROM day) >= (6)::numeric)) THEN 1
    WHEN ((kind = 'holiday'::text) AND (EXTRACT(isodow FROM day) < (6)::numeric)) THEN '-1'::integer
    ELSE 0
END) STORED,
    version integer DEFAULT 1 NOT NULL,
    CONSTRAINT calendar_day_kind_size CHECK ((char_length(kind) <= 200)),
    CONSTRAINT calendar_day_kind_valid CHECK ((kind = ANY (ARRAY['holiday'::text, 'workday'::text]))),
    CONSTRAINT calendar_day_name_size CHECK ((char_length(name) <= 200))
);

ALTER TABLE casedesk.calendar_day OWNER TO casedesk_owner;

--
-- Name: calendar_day_id_seq; Type: SEQUENCE; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.calendar_day ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME casedesk.calendar_day_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: case_counter; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.case_counter (
    id integer NOT NULL,
    prefix text NOT NULL,
    year integer NOT NULL,
    last integer NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    CONSTRAINT case_counter_range CHECK (((last >= 0) AND (last <= 999999)))
);

ALTER TABLE casedesk.case_counter OWNER TO casedesk_owner;

--
-- Name: case_counter_id_seq; Type: SEQUENCE; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.case_counter ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME casedesk.case_counter_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: case_file_id_seq; Type: SEQUENCE; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.case_file ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME casedesk.case_file_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: case_kind; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.case_kind (
    id integer NOT NULL,
    code text NOT NULL,
    number_prefix text NOT NULL,
    detail_table text NOT NULL,
    initial_status text NOT NULL,
    step_function text NOT NULL,
    blocker_function text,
    label_zh text NOT NULL,
    label_en text NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    CONSTRAINT case_kind_blocker_function_format CHECK ((blocker_function ~ '^[a-z][a-z_0-9]{0,62}$'::text)),
    CONSTRAINT case_kind_blocker_function_size CHECK ((char_length(blocker_function) <= 200)),
    CONSTRAINT case_kind_code_format CHECK ((code ~ '^[a-z][a-z_]{0,29}$'::text)),
    CONSTRAINT case_kind_code_size CHECK ((char_length(code) <= 200)),
    CONSTRAINT case_kind_detail_format CHECK ((detail_table ~ '^[a-z][a-z_]{0,62}$'::text)),
    CONSTRAINT case_kind_detail_table_size CHECK ((char_length(detail_table) <= 200)),
    CONSTRAINT case_kind_initial_status_size CHECK ((char_length(initial_status) <= 200)),
    CONSTRAINT case_kind_label_en_size CHECK ((char_length(label_en) <= 200)),
    CONSTRAINT case_kind_label_zh_size CHECK ((char_length(label_zh) <= 200)),
    CONSTRAINT case_kind_number_prefix_size CHECK ((char_length(number_prefix) <= 200)),
    CONSTRAINT case_kind_prefix_format CHECK ((number_prefix ~ '^[A-Z]{2}$'::text)),
    CONSTRAINT case_kind_step_function_format CHECK ((step_function ~ '^[a-z][a-z_0-9]{0,62}$'::text)),
    CONSTRAINT case_kind_step_function_size CHECK ((char_length(step_function) <= 200))
);

ALTER TABLE casedesk.case_kind OWNER TO casedesk_owner;

--
-- Name: case_kind_id_seq; Type: SEQUENCE; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.case_kind ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME casedesk.case_kind_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: case_open_total; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.case_open_total (
    unit_id integer NOT NULL,
    n integer DEFAULT 0 NOT NULL
);

ALTER TABLE ONLY casedesk.case_open_total FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.case_open_total OWNER TO casedesk_owner;

--
-- Name: case_step; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.case_step (
    id integer NOT NULL,
    kind text NOT NULL,
    step text NOT NULL,
    from_status text[] NOT NULL,
    to_status text,
    label_zh text NOT NULL,
    label_en text NOT NULL,
    needs text[] DEFAULT '{}'::text[] NOT NULL,
    ord integer NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    CONSTRAINT case_step_format CHECK ((step ~ '^[a-z][a-z_]{0,62}$'::text)),
    CONSTRAINT case_step_from_some CHECK ((cardinality(from_status) > 0)),
    CONSTRAINT case_step_kind_size CHECK ((char_length(kind) <= 200)),
    CONSTRAINT case_step_label_en_size CHECK ((char_length(label_en) <= 200)),
    CONSTRAINT case_step_label_zh_size CHECK ((char_length(label_zh) <= 200)),
    CONSTRAINT case_step_step_size CHECK ((char_length(step) <= 200)),
    CONSTRAINT case_step_to_status_size CHECK ((char_length(to_status) <= 200))
);

ALTER TABLE casedesk.case_step OWNER TO casedesk_owner;

--
-- Name: case_step_id_seq; Type: SEQUENCE; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.case_step ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME casedesk.case_step_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: commendation; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.commendation (
    id integer NOT NULL,
    year integer NOT NULL,
    unit_id integer,
    official_id integer,
    title text NOT NULL,
    granted_on date DEFAULT casedesk.today() NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    CONSTRAINT commendation_one_subject CHECK (((unit_id IS NULL) <> (official_id IS NULL))),
    CONSTRAINT commendation_title_nonempty CHECK ((btrim(title) <> ''::text)),
    CONSTRAINT commendation_title_size CHECK ((char_length(title) <= 200)),
    CONSTRAINT commendation_year_range CHECK (((year >= 2000) AND (year <= 2100)))
);

ALTER TABLE ONLY casedesk.commendation FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.commendation OWNER TO casedesk_owner;

--
-- Name: commendation_id_seq; Type: SEQUENCE; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.commendation ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME casedesk.commendation_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: discipline_audit; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.discipline_audit (
    id bigint NOT NULL,
    at timestamp with time zone NOT NULL,
    login text NOT NULL,
    txid bigint NOT NULL,
    table_name text NOT NULL,
    row_id bigint,
    op text NOT NULL,
    old_row jsonb,
    new_row jsonb,
    prev_hash bytea NOT NULL,
    hash bytea NOT NULL,
    CONSTRAINT audit_log_op_check CHECK ((op = ANY (ARRAY['INSERT'::text, 'UPDATE'::text, 'DELETE'::text, 'READ'::text])))
);

ALTER TABLE ONLY casedesk.discipline_audit FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.discipline_audit OWNER TO casedesk_owner;

--
-- Name: discipline_audit_id_seq; Type: SEQUENCE; Schema: casedesk; Owner: casedesk_owner
--

CREATE SEQUENCE casedesk.discipline_audit_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER TABLE casedesk.discipline_audit_id_seq OWNER TO casedesk_owner;

--
-- Name: discipline_flagger; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.discipline_flagger (
    id bigint NOT NULL,
    record_id bigint NOT NULL,
    flagger_id integer,
    receipt text NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    CONSTRAINT discipline_flagger_receipt_size CHECK ((char_length(receipt) <= 200)),
    CONSTRAINT discipline_receipt_format CHECK ((receipt ~ '^JB-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$'::text))
)
WITH (autovacuum_enabled='false', toast.autovacuum_enabled='false');

ALTER TABLE ONLY casedesk.discipline_flagger FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.discipline_flagger OWNER TO casedesk_owner;

--
-- Name: discipline_flagger_id_seq; Type: SEQUENCE; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.discipline_flagger ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME casedesk.discipline_flagger_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: discipline_link; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.discipline_link (
    id bigint NOT NULL,
    record_id bigint NOT NULL,
    case_id bigint,
    task_id bigint,
    version integer DEFAULT 1 NOT NULL,
    CONSTRAINT discipline_link_one CHECK (((case_id IS NULL) <> (task_id IS NULL)))
)
WITH (autovacuum_enabled='false');

ALTER TABLE ONLY casedesk.discipline_link FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.discipline_link OWNER TO casedesk_owner;

--
-- Name: discipline_link_id_seq; Type: SEQUENCE; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.discipline_link ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME casedesk.discipline_link_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: expropriation; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.expropriation (
    id bigint NOT NULL,
    unit_id integer NOT NULL,
    project_id integer NOT NULL,
    party_kind text NOT NULL,
    party_id_no text,
    house_area numeric(12,2),
    land_area_mu numeric(12,3),
    surveyed_on date,
    assessed_on date,
    assessed_compensation numeric(14,2),
    resettlement text,
    community_id integer,
    signed_on date,
    paid_total numeric(14,2) DEFAULT 0 NOT NULL,
    paid_on date,
    vacated_on date,
    demolished_on date,
    forced boolean DEFAULT false NOT NULL,
    expropriation_decision_on date,
    expropriation_decision_no text,
    compensation_decision_on date,
    compensation_decision_no text,
    court_enforcement_on date,
    court_enforcement_no text,
    version integer DEFAULT 1 NOT NULL,
    CONSTRAINT exp_compensation_decision_pair CHECK (((compensation_decision_on IS NULL) = (compensation_decision_no IS NULL))),
    CONSTRAINT exp_compensation_range CHECK (((assessed_compensation >= (0)::numeric) AND (assessed_compensation < '10000000000'::numeric))),
    CONSTRAINT exp_court_pair CHECK (((court_enforcement_on IS NULL) = (court_enforcement_no IS NULL))),
    CONSTRAINT exp_dates_order CHECK (((assessed_on >= surveyed_on) AND (signed_on >= assessed_on) AND (paid_on >= signed_on) AND (vacated_on >= paid_on) AND (demolished_on >= COALESCE(vacated_on, court_enforcement_on)))),
    CONSTRAINT exp_decision_pair CHECK (((expropriation_decision_on IS NULL) = (expropriation_decision_no IS NULL))),
    CONSTRAINT exp_flat_has_community CHECK (((resettlement IS DISTINCT FROM 'flat'::text) OR (community_id IS NOT NULL))),
    CONSTRAINT exp_forced_needs_court CHECK (((NOT forced) OR (court_enforcement_on IS NOT NULL))),
    CONSTRAINT exp_house_area_range CHECK (((house_area > (0)::numeric) AND (house_area < (1000000)::numeric))),
    CONSTRAINT exp_land_area_range CHECK (((land_area_mu > (0)::numeric) AND (land_area_mu < (1500)::numeric))),
    CONSTRAINT exp_paid_within_compensation CHECK (((paid_total >= (0)::numeric) AND (paid_total <= COALESCE(assessed_compensation, (0)::numeric)))),
    CONSTRAINT exp_party_id_valid CHECK (((party_id_no IS NULL) OR ((party_kind = 'household'::text) AND casedesk.valid_citizen_id(party_id_no)) OR ((party_kind = 'enterprise'::text) AND casedesk.valid_credit_code(party_id_no)))),
    CONSTRAINT exp_party_kind_valid CHECK ((party_kind = ANY (ARRAY['household'::text, 'enterprise'::text]))),
    CONSTRAINT exp_resettlement_valid CHECK ((resettlement = ANY (ARRAY['money'::text, 'flat'::text]))),
    CONSTRAINT exp_statutory_order CHECK ((((compensation_decision_on IS NULL) OR (compensation_decision_on >= expropriation_decision_on)) AND ((court_enforcement_on IS NULL) OR (court_enforcement_on >= compensation_decision_on)))),
    CONSTRAINT expropriation_compensation_decision_no_size CHECK ((char_length(compensation_decision_no) <= 200)),
    CONSTRAINT expropriation_compensation_decision_no_visible CHECK (casedesk.visible_text(compensation_decision_no)),
    CONSTRAINT expropriation_court_enforcement_no_size CHECK ((char_length(court_enforcement_no) <= 200)),
    CONSTRAINT expropriation_court_enforcement_no_visible CHECK (casedesk.visible_text(court_enforcement_no)),
    CONSTRAINT expropriation_expropriation_decision_no_size CHECK ((char_length(expropriation_decision_no) <= 200)),
    CONSTRAINT expropriation_expropriation_decision_no_visible CHECK (casedesk.visible_text(expropriation_decision_no)),
    CONSTRAINT expropriation_party_id_no_size CHECK ((char_length(party_id_no) <= 200)),
    CONSTRAINT expropriation_party_id_no_visible CHECK (casedesk.visible_text(party_id_no)),
    CONSTRAINT expropriation_party_kind_size CHECK ((char_length(party_kind) <= 200)),
    CONSTRAINT expropriation_resettlement_size CHECK ((char_length(resettlement) <= 200))
);

ALTER TABLE ONLY casedesk.expropriation FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.expropriation OWNER TO casedesk_owner;

--
-- Name: inbox; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.inbox (
    id bigint NOT NULL,
    official_id integer,
    unit_id integer,
    kind text NOT NULL,
    task_id bigint,
    detail text DEFAULT ''::text NOT NULL,
    ref_date date,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    read_at timestamp with time zone,
    version integer DEFAULT 1 NOT NULL,
    CONSTRAINT inbox_detail_size CHECK ((char_length(detail) <= 10000)),
    CONSTRAINT inbox_kind_size CHECK ((char_length(kind) <= 200)),
    CONSTRAINT inbox_kind_valid CHECK ((kind = ANY (ARRAY['new_task'::text, 'reassigned'::text, 'returned'::text, 'closed'::text, 'reported'::text, 'extension_requested'::text, 'extension_decided'::text, 'deadline_changed'::text, 'card_issued'::text, 'due_tomorrow'::text, 'report_due'::text]))),
    CONSTRAINT inbox_one_recipient CHECK (((official_id IS NULL) <> (unit_id IS NULL))),
    CONSTRAINT inbox_read_personal CHECK (((read_at IS NULL) OR (official_id IS NOT NULL)))
);

ALTER TABLE ONLY casedesk.inbox FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.inbox OWNER TO casedesk_owner;

--
-- Name: inbox_id_seq; Type: SEQUENCE; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.inbox ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME casedesk.inbox_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: inbox_read; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.inbox_read (
    id bigint NOT NULL,
    inbox_id bigint NOT NULL,
    official_id integer NOT NULL,
    read_at timestamp with time zone DEFAULT now() NOT NULL,
    version integer DEFAULT 1 NOT NULL
);

ALTER TABLE ONLY casedesk.inbox_read FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.inbox_read OWNER TO casedesk_owner;

--
-- Name: inbox_read_id_seq; Type: SEQUENCE; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.inbox_read ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME casedesk.inbox_read_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: my_inbox; Type: VIEW; Schema: casedesk; Owner: casedesk_owner
--

CREATE VIEW casedesk.my_inbox WITH (security_invoker='true') AS
 SELECT i.id,
    i.kind,
    i.task_id,
    i.detail,
    i.ref_date,
    i.created_at,
    (i.unit_id IS NOT NULL) AS to_unit,
    COALESCE(i.read_at, r.read_at) AS read_at
   FROM (casedesk.inbox i
     LEFT JOIN casedesk.inbox_read r ON (((r.inbox_id = i.id) AND (r.official_id = ( SELECT casedesk.my_official_id() AS my_official_id)))));

ALTER TABLE casedesk.my_inbox OWNER TO casedesk_owner;

--
-- Name: notify_secret; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.notify_secret (
    id integer NOT NULL,
    secret bytea NOT NULL,
    CONSTRAINT notify_secret_length CHECK ((length(secret) = 32)),
    CONSTRAINT notify_secret_one_row CHECK ((id = 1))
);

ALTER TABLE ONLY casedesk.notify_secret FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.notify_secret OWNER TO casedesk_owner;

--
-- Name: official_id_seq; Type: SEQUENCE; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.official ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME casedesk.official_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: patrol; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.patrol (
    id bigint NOT NULL,
    unit_id integer DEFAULT casedesk.my_unit_id() NOT NULL,
    patrol_on date NOT NULL,
    members text NOT NULL,
    notes text,
    recorded_by integer,
    version integer DEFAULT 1 NOT NULL,
    CONSTRAINT patrol_members_nonempty CHECK ((btrim(members) <> ''::text)),
    CONSTRAINT patrol_members_size CHECK ((char_length(members) <= 10000)),
    CONSTRAINT patrol_notes_size CHECK ((char_length(notes) <= 10000))
);

ALTER TABLE ONLY casedesk.patrol FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.patrol OWNER TO casedesk_owner;

--
-- Name: patrol_id_seq; Type: SEQUENCE; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.patrol ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME casedesk.patrol_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: patrol_village; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.patrol_village (
    id bigint NOT NULL,
    patrol_id bigint NOT NULL,
    unit_id integer DEFAULT casedesk.my_unit_id() NOT NULL,
    village_id integer NOT NULL,
    version integer DEFAULT 1 NOT NULL
);

ALTER TABLE ONLY casedesk.patrol_village FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.patrol_village OWNER TO casedesk_owner;

--
-- Name: patrol_village_id_seq; Type: SEQUENCE; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.patrol_village ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME casedesk.patrol_village_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: payment; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.payment (
    id bigint NOT NULL,
    case_id bigint NOT NULL,
    unit_id integer NOT NULL,
    amount numeric(14,2) NOT NULL,
    paid_on date NOT NULL,
    payee text NOT NULL,
    account text NOT NULL,
    voucher_no text,
    recorded_by integer,
    version integer DEFAULT 1 NOT NULL,
    CONSTRAINT payment_account_size CHECK ((char_length(account) <= 200)),
    CONSTRAINT payment_account_visible CHECK (casedesk.visible_text(account)),
    CONSTRAINT payment_amount_range CHECK (((amount > (0)::numeric) AND (amount < '10000000000'::numeric))),
    CONSTRAINT payment_payee_nonempty CHECK ((btrim(payee) <> ''::text)),
    CONSTRAINT payment_payee_size CHECK ((char_length(payee) <= 200)),
    CONSTRAINT payment_payee_visible CHECK (casedesk.visible_text(payee)),
    CONSTRAINT payment_voucher_no_size CHECK ((char_length(voucher_no) <= 200)),
    CONSTRAINT payment_voucher_no_visible CHECK (casedesk.visible_text(voucher_no))
);

ALTER TABLE ONLY casedesk.payment FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.payment OWNER TO casedesk_owner;

--
-- Name: payment_id_seq; Type: SEQUENCE; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.payment ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME casedesk.payment_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: petition_clock; Type: VIEW; Schema: casedesk; Owner: casedesk_owner
--

CREATE VIEW casedesk.petition_clock WITH (security_invoker='true') AS
 SELECT p.id,
    p.unit_id,
    p.project_id,
    p.case_id,
    p.petitioner,
    p.phone,
    p.received_on,
    p.subject,
    p.content,
    p.status,
    p.due_on,
    p.answered_on,
    p.answer,
    p.version,
    ((p.status = 'open'::text) AND (p.due_on < casedesk.today())) AS overdue,
    (p.due_on - casedesk.today()) AS days_left
   FROM casedesk.petition p;

ALTER TABLE casedesk.petition_clock OWNER TO casedesk_owner;

--
-- Name: petition_id_seq; Type: SEQUENCE; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.petition ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME casedesk.petition_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: project; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.project (
    id integer NOT NULL,
    code text NOT NULL,
    name text NOT NULL,
    kind text NOT NULL,
    lead_unit_id integer,
    started_on date,
    budget_packaged numeric(14,2),
    funding_need numeric(14,2),
    account_no text NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    CONSTRAINT project_account_format CHECK ((account_no ~ '^[0-9]{10,25}$'::text)),
    CONSTRAINT project_account_no_size CHECK ((char_length(account_no) <= 200)),
    CONSTRAINT project_account_no_visible CHECK (casedesk.visible_text(account_no)),
    CONSTRAINT project_budget_range CHECK (((budget_packaged >= (0)::numeric) AND (budget_packaged < '1000000000000'::numeric))),
    CONSTRAINT project_code_format CHECK ((code ~ '^[a-z][a-z0-9_-]{0,31}$'::text)),
    CONSTRAINT project_code_size CHECK ((char_length(code) <= 200)),
    CONSTRAINT project_code_visible CHECK (casedesk.visible_text(code)),
    CONSTRAINT project_kind_size CHECK ((char_length(kind) <= 200)),
    CONSTRAINT project_kind_valid CHECK ((kind = ANY (ARRAY['shantytown'::text, 'major'::text]))),
    CONSTRAINT project_name_nonempty CHECK ((btrim(name) <> ''::text)),
    CONSTRAINT project_name_size CHECK ((char_length(name) <= 200)),
    CONSTRAINT project_name_visible CHECK (casedesk.visible_text(name)),
    CONSTRAINT project_need_range CHECK (((funding_need >= (0)::numeric) AND (funding_need < '1000000000000'::numeric)))
);

ALTER TABLE ONLY casedesk.project FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.project OWNER TO casedesk_owner;

--
-- Name: project_id_seq; Type: SEQUENCE; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.project ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME casedesk.project_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: project_unit; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.project_unit (
    id integer NOT NULL,
    project_id integer NOT NULL,
    unit_id integer NOT NULL,
    version integer DEFAULT 1 NOT NULL
);

ALTER TABLE ONLY casedesk.project_unit FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.project_unit OWNER TO casedesk_owner;

--
-- Name: project_unit_id_seq; Type: SEQUENCE; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.project_unit ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME casedesk.project_unit_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: resettlement_community; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.resettlement_community (
    id integer NOT NULL,
    name text NOT NULL,
    unit_id integer,
    flats_planned integer DEFAULT 0 NOT NULL,
    flats_ready integer DEFAULT 0 NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    CONSTRAINT community_flats_range CHECK ((flats_planned >= 0)),
    CONSTRAINT community_name_nonempty CHECK ((btrim(name) <> ''::text)),
    CONSTRAINT community_ready_range CHECK (((flats_ready >= 0) AND (flats_ready <= flats_planned))),
    CONSTRAINT resettlement_community_name_size CHECK ((char_length(name) <= 200)),
    CONSTRAINT resettlement_community_name_visible CHECK (casedesk.visible_text(name))
);

ALTER TABLE ONLY casedesk.resettlement_community FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.resettlement_community OWNER TO casedesk_owner;

--
-- Name: resettlement_community_id_seq; Type: SEQUENCE; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.resettlement_community ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME casedesk.resettlement_community_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: schema_migration; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.schema_migration (
    version text NOT NULL,
    applied_at timestamp with time zone DEFAULT now() NOT NULL,
    kind text DEFAULT 'migration'::text NOT NULL,
    sha256 text NOT NULL,
    CONSTRAINT schema_migration_kind CHECK ((kind = ANY (ARRAY['migration'::text, 'functions'::text]))),
    CONSTRAINT schema_migration_sha256 CHECK ((sha256 ~ '^[0-9a-f]{64}$'::text))
);

ALTER TABLE casedesk.schema_migration OWNER TO casedesk_owner;

--
-- Name: score_deduction; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.score_deduction (
    id integer NOT NULL,
    year integer NOT NULL,
    per_yellow numeric(6,2) DEFAULT 1 NOT NULL,
    per_red numeric(6,2) DEFAULT 3 NOT NULL,
    per_overdue numeric(6,2) DEFAULT 0.5 NOT NULL,
    max_deduction numeric(6,2) DEFAULT 30 NOT NULL,
    accountability_threshold numeric(6,2) DEFAULT 60 NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    CONSTRAINT score_deduction_max_range CHECK (((max_deduction >= (0)::numeric) AND (max_deduction <= (100)::numeric))),
    CONSTRAINT score_deduction_overdue_range CHECK (((per_overdue >= (0)::numeric) AND (per_overdue <= (100)::numeric))),
    CONSTRAINT score_deduction_red_range CHECK (((per_red >= (0)::numeric) AND (per_red <= (100)::numeric))),
    CONSTRAINT score_deduction_threshold_range CHECK (((accountability_threshold >= (0)::numeric) AND (accountability_threshold <= (100)::numeric))),
    CONSTRAINT score_deduction_year_range CHECK (((year >= 2000) AND (year <= 2100))),
    CONSTRAINT score_deduction_yellow_range CHECK (((per_yellow >= (0)::numeric) AND (per_yellow <= (100)::numeric)))
);

ALTER TABLE ONLY casedesk.score_deduction FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.score_deduction OWNER TO casedesk_owner;

--
-- Name: score_deduction_id_seq; Type: SEQUENCE; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.score_deduction ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME casedesk.score_deduction_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: score_rule; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.score_rule (
    id integer NOT NULL,
    year integer NOT NULL,
    metric text NOT NULL,
    weight numeric(6,2) NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    CONSTRAINT score_rule_metric_size CHECK ((char_length(metric) <= 200)),
    CONSTRAINT score_rule_metric_valid CHECK ((metric = ANY (ARRAY['households_expropriated'::text, 'enterprises_expropriated'::text, 'house_area_m2'::text, 'land_mu'::text, 'households_resettled'::text, 'violations_removed'::text, 'villages_certified'::text, 'patrol_coverage_pct'::text, 'tasks_closed_on_time'::text]))),
    CONSTRAINT score_rule_weight_range CHECK (((weight > (0)::numeric) AND (weight <= (100)::numeric))),
    CONSTRAINT score_rule_year_range CHECK (((year >= 2000) AND (year <= 2100)))
);

ALTER TABLE ONLY casedesk.score_rule FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.score_rule OWNER TO casedesk_owner;

--
-- Name: score_rule_id_seq; Type: SEQUENCE; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.score_rule ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME casedesk.score_rule_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: session_limit; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.session_limit (
    id integer NOT NULL,
    key text NOT NULL,
    value integer NOT NULL,
    description text NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    CONSTRAINT session_limit_description_size CHECK ((char_length(description) <= 10000)),
    CONSTRAINT session_limit_key_size CHECK ((char_length(key) <= 200)),
    CONSTRAINT session_limit_key_valid CHECK ((key = ANY (ARRAY['statement'::text, 'lock_wait'::text, 'idle_in_transaction'::text, 'connections_per_login'::text]))),
    CONSTRAINT session_limit_positive CHECK ((value > 0))
);

ALTER TABLE ONLY casedesk.session_limit FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.session_limit OWNER TO casedesk_owner;

--
-- Name: session_limit_id_seq; Type: SEQUENCE; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.session_limit ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME casedesk.session_limit_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: setting; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.setting (
    id integer NOT NULL,
    key text NOT NULL,
    value text NOT NULL,
    description text DEFAULT ''::text NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    CONSTRAINT setting_description_size CHECK ((char_length(description) <= 10000)),
    CONSTRAINT setting_key_format CHECK ((key ~ '^[a-z][a-z0-9_.]{0,62}$'::text)),
    CONSTRAINT setting_key_size CHECK ((char_length(key) <= 200)),
    CONSTRAINT setting_value_size CHECK ((char_length(value) <= 200))
);

ALTER TABLE casedesk.setting OWNER TO casedesk_owner;

--
-- Name: setting_id_seq; Type: SEQUENCE; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.setting ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME casedesk.setting_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: target; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.target (
    id integer NOT NULL,
    unit_id integer NOT NULL,
    year integer NOT NULL,
    metric text NOT NULL,
    target_value numeric(14,2) NOT NULL,
    signed_on date,
    note text,
    version integer DEFAULT 1 NOT NULL,
    CONSTRAINT target_metric_size CHECK ((char_length(metric) <= 200)),
    CONSTRAINT target_metric_valid CHECK ((metric = ANY (ARRAY['households_expropriated'::text, 'enterprises_expropriated'::text, 'house_area_m2'::text, 'land_mu'::text, 'households_resettled'::text, 'violations_removed'::text, 'villages_certified'::text, 'patrol_coverage_pct'::text, 'tasks_closed_on_time'::text]))),
    CONSTRAINT target_note_size CHECK ((char_length(note) <= 10000)),
    CONSTRAINT target_pct_range CHECK (((metric <> ALL (ARRAY['patrol_coverage_pct'::text, 'tasks_closed_on_time'::text])) OR (target_value <= (100)::numeric))),
    CONSTRAINT target_value_nonnegative CHECK ((target_value >= (0)::numeric)),
    CONSTRAINT target_year_range CHECK (((year >= 2000) AND (year <= 2100)))
);

ALTER TABLE ONLY casedesk.target FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.target OWNER TO casedesk_owner;

--
-- Name: target_id_seq; Type: SEQUENCE; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.target ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME casedesk.target_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: task_card; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.task_card (
    id bigint NOT NULL,
    task_id bigint NOT NULL,
    unit_id integer NOT NULL,
    official_id integer,
    kind text NOT NULL,
    reason text NOT NULL,
    deadline date NOT NULL,
    issued_on date NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    CONSTRAINT task_card_kind_size CHECK ((char_length(kind) <= 200)),
    CONSTRAINT task_card_kind_valid CHECK ((kind = ANY (ARRAY['warning'::text, 'yellow'::text, 'red'::text]))),
    CONSTRAINT task_card_reason_size CHECK ((char_length(reason) <= 10000))
);

ALTER TABLE ONLY casedesk.task_card FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.task_card OWNER TO casedesk_owner;

--
-- Name: task_card_id_seq; Type: SEQUENCE; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.task_card ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME casedesk.task_card_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: task_extension; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.task_extension (
    id bigint NOT NULL,
    task_id bigint NOT NULL,
    old_deadline date NOT NULL,
    requested_deadline date NOT NULL,
    reason text NOT NULL,
    status text DEFAULT 'pending'::text NOT NULL,
    requested_by integer NOT NULL,
    requested_at timestamp with time zone DEFAULT now() NOT NULL,
    decided_by integer,
    decided_on date,
    decision_note text,
    version integer DEFAULT 1 NOT NULL,
    CONSTRAINT task_extension_decided CHECK (((status = 'pending'::text) = ((decided_by IS NULL) AND (decided_on IS NULL)))),
    CONSTRAINT task_extension_decision_note_size CHECK ((char_length(decision_note) <= 10000)),
    CONSTRAINT task_extension_later CHECK ((requested_deadline > old_deadline)),
    CONSTRAINT task_extension_reason_nonempty CHECK ((btrim(reason) <> ''::text)),
    CONSTRAINT task_extension_reason_size CHECK ((char_length(reason) <= 10000)),
    CONSTRAINT task_extension_status_size CHECK ((char_length(status) <= 200)),
    CONSTRAINT task_extension_status_valid CHECK ((status = ANY (ARRAY['pending'::text, 'approved'::text, 'refused'::text])))
);

ALTER TABLE ONLY casedesk.task_extension FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.task_extension OWNER TO casedesk_owner;

--
-- Name: task_extension_id_seq; Type: SEQUENCE; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.task_extension ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME casedesk.task_extension_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: task_id_seq; Type: SEQUENCE; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.task ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME casedesk.task_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: task_link; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.task_link (
    id bigint NOT NULL,
    task_id bigint NOT NULL,
    case_id bigint,
    project_id integer,
    linked_by integer NOT NULL,
    linked_at timestamp with time zone DEFAULT now() NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    CONSTRAINT task_link_one_target CHECK (((case_id IS NULL) <> (project_id IS NULL)))
);

ALTER TABLE ONLY casedesk.task_link FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.task_link OWNER TO casedesk_owner;

--
-- Name: task_link_id_seq; Type: SEQUENCE; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.task_link ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME casedesk.task_link_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: task_report; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.task_report (
    id bigint NOT NULL,
    task_id bigint NOT NULL,
    body text NOT NULL,
    percent integer NOT NULL,
    final boolean DEFAULT false NOT NULL,
    reported_on date DEFAULT casedesk.today() NOT NULL,
    author_id integer NOT NULL,
    unit_id integer NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    CONSTRAINT task_report_body_nonempty CHECK ((btrim(body) <> ''::text)),
    CONSTRAINT task_report_body_size CHECK ((char_length(body) <= 10000)),
    CONSTRAINT task_report_percent_range CHECK (((percent >= 0) AND (percent <= 100)))
);

ALTER TABLE ONLY casedesk.task_report FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.task_report OWNER TO casedesk_owner;

--
-- Name: task_report_id_seq; Type: SEQUENCE; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.task_report ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME casedesk.task_report_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: task_setting; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.task_setting (
    id integer DEFAULT 1 NOT NULL,
    warn_workdays integer DEFAULT 3 NOT NULL,
    red_after_workdays integer DEFAULT 5 NOT NULL,
    max_extensions integer DEFAULT 2 NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    last_escalated_on date,
    CONSTRAINT task_setting_ext_range CHECK (((max_extensions >= 0) AND (max_extensions <= 10))),
    CONSTRAINT task_setting_one_row CHECK ((id = 1)),
    CONSTRAINT task_setting_red_range CHECK (((red_after_workdays >= 1) AND (red_after_workdays <= 60))),
    CONSTRAINT task_setting_warn_range CHECK (((warn_workdays >= 0) AND (warn_workdays <= 30)))
);

ALTER TABLE casedesk.task_setting OWNER TO casedesk_owner;

--
-- Name: task_unit; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.task_unit (
    id bigint NOT NULL,
    task_id bigint NOT NULL,
    unit_id integer NOT NULL,
    added_at timestamp with time zone DEFAULT now() NOT NULL,
    version integer DEFAULT 1 NOT NULL
);

ALTER TABLE ONLY casedesk.task_unit FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.task_unit OWNER TO casedesk_owner;

--
-- Name: task_unit_id_seq; Type: SEQUENCE; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.task_unit ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME casedesk.task_unit_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: unit; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.unit (
    id integer NOT NULL,
    code text NOT NULL,
    name text NOT NULL,
    kind text NOT NULL,
    parent_id integer,
    version integer DEFAULT 1 NOT NULL,
    CONSTRAINT unit_code_format CHECK ((code ~ '^[a-z][a-z0-9_-]{0,15}$'::text)),
    CONSTRAINT unit_code_size CHECK ((char_length(code) <= 200)),
    CONSTRAINT unit_kind_size CHECK ((char_length(kind) <= 200)),
    CONSTRAINT unit_kind_valid CHECK ((kind = ANY (ARRAY['district'::text, 'town'::text, 'subdistrict'::text, 'department'::text]))),
    CONSTRAINT unit_name_nonempty CHECK ((btrim(name) <> ''::text)),
    CONSTRAINT unit_name_size CHECK ((char_length(name) <= 200)),
    CONSTRAINT unit_name_visible CHECK (casedesk.visible_text(name))
);

ALTER TABLE ONLY casedesk.unit FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.unit OWNER TO casedesk_owner;

--
-- Name: unit_day_total; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.unit_day_total (
    day date NOT NULL,
    unit_id integer NOT NULL,
    kind text NOT NULL,
    n bigint DEFAULT 0 NOT NULL,
    area numeric DEFAULT 0 NOT NULL,
    mu numeric DEFAULT 0 NOT NULL
);

ALTER TABLE ONLY casedesk.unit_day_total FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.unit_day_total OWNER TO casedesk_owner;

--
-- Name: unit_id_seq; Type: SEQUENCE; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.unit ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME casedesk.unit_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: user_list; Type: VIEW; Schema: casedesk; Owner: casedesk_owner
--

CREATE VIEW casedesk.user_list WITH (security_invoker='true') AS
 SELECT o.id,
    o.login,
    o.name,
    u.code AS unit_code,
    u.name AS unit_name,
    o.role,
    o.disabled
   FROM (casedesk.official o
     JOIN casedesk.unit u ON ((u.id = o.unit_id)));

ALTER TABLE casedesk.user_list OWNER TO casedesk_owner;

--
-- Name: village; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.village (
    id integer NOT NULL,
    unit_id integer NOT NULL,
    name text NOT NULL,
    kind text DEFAULT 'village'::text NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    violation_free_since date,
    CONSTRAINT village_kind_size CHECK ((char_length(kind) <= 200)),
    CONSTRAINT village_kind_valid CHECK ((kind = ANY (ARRAY['village'::text, 'community'::text]))),
    CONSTRAINT village_name_nonempty CHECK ((btrim(name) <> ''::text)),
    CONSTRAINT village_name_size CHECK ((char_length(name) <= 200)),
    CONSTRAINT village_name_visible CHECK (casedesk.visible_text(name))
);

ALTER TABLE ONLY casedesk.village FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.village OWNER TO casedesk_owner;

--
-- Name: village_certification; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.village_certification (
    id integer NOT NULL,
    village_id integer NOT NULL,
    certified_on date NOT NULL,
    certified_by integer,
    lost_on date,
    lost_case_id bigint,
    version integer DEFAULT 1 NOT NULL,
    CONSTRAINT certification_lost_after CHECK ((lost_on >= certified_on))
);

ALTER TABLE casedesk.village_certification OWNER TO casedesk_owner;

--
-- Name: village_certification_id_seq; Type: SEQUENCE; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.village_certification ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME casedesk.village_certification_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: village_id_seq; Type: SEQUENCE; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.village ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME casedesk.village_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: village_patrol_status; Type: VIEW; Schema: casedesk; Owner: casedesk_owner
--

CREATE VIEW casedesk.village_patrol_status WITH (security_invoker='true') AS
 SELECT v.id AS village_id,
    v.unit_id,
    v.name,
    v.kind,
    v.violation_free_since,
    lp.last_patrolled_on,
    (casedesk.today() - lp.last_patrolled_on) AS days_since_patrol
   FROM (casedesk.village v
     LEFT JOIN LATERAL ( SELECT max(p.patrol_on) AS last_patrolled_on
           FROM (casedesk.patrol_village pv
             JOIN casedesk.patrol p ON ((p.id = pv.patrol_id)))
          WHERE (pv.village_id = v.id)) lp ON (true));

ALTER TABLE casedesk.village_patrol_status OWNER TO casedesk_owner;

--
-- Name: violation; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.violation (
    id bigint NOT NULL,
    unit_id integer NOT NULL,
    subkind text NOT NULL,
    found_by text NOT NULL,
    patrol_id bigint,
    lat numeric(9,6),
    lon numeric(9,6),
    area_m2 numeric(12,2),
    floors smallint,
    built_on date,
    stock boolean DEFAULT false NOT NULL,
    found_on date NOT NULL,
    verified_on date,
    stop_notice_on date,
    stop_notice_no text,
    rectify_ordered_on date,
    rectify_deadline date,
    resolution text,
    resolved_on date,
    reinspected_on date,
    first_action_days integer GENERATED ALWAYS AS ((verified_on - found_on)) STORED,
    version integer DEFAULT 1 NOT NULL,
    CONSTRAINT vio_area_range CHECK (((area_m2 > (0)::numeric) AND (area_m2 < (1000000)::numeric))),
    CONSTRAINT vio_built_before_found CHECK ((built_on <= found_on)),
    CONSTRAINT vio_dates_order CHECK (((verified_on >= found_on) AND (stop_notice_on >= verified_on) AND (rectify_ordered_on >= stop_notice_on) AND (rectify_deadline >= rectify_ordered_on) AND (resolved_on >= rectify_ordered_on) AND (reinspected_on >= resolved_on))),
    CONSTRAINT vio_floors_range CHECK (((floors >= 0) AND (floors <= 99))),
    CONSTRAINT vio_found_by_valid CHECK ((found_by = ANY (ARRAY['patrol'::text, 'report'::text, 'satellite'::text, 'petition'::text]))),
    CONSTRAINT vio_lat_range CHECK (((lat >= ('-90'::integer)::numeric) AND (lat <= (90)::numeric))),
    CONSTRAINT vio_latlon_pair CHECK (((lat IS NULL) = (lon IS NULL))),
    CONSTRAINT vio_lon_range CHECK (((lon >= ('-180'::integer)::numeric) AND (lon <= (180)::numeric))),
    CONSTRAINT vio_notice_pair CHECK (((stop_notice_on IS NULL) = (stop_notice_no IS NULL))),
    CONSTRAINT vio_resolution_pair CHECK (((resolution IS NULL) = (resolved_on IS NULL))),
    CONSTRAINT vio_resolution_valid CHECK ((resolution = ANY (ARRAY['demolished'::text, 'rectified'::text, 'stock_disposal'::text]))),
    CONSTRAINT vio_subkind_valid CHECK ((subkind = ANY (ARRAY['land'::text, 'construction'::text]))),
    CONSTRAINT violation_found_by_size CHECK ((char_length(found_by) <= 200)),
    CONSTRAINT violation_resolution_size CHECK ((char_length(resolution) <= 10000)),
    CONSTRAINT violation_stop_notice_no_size CHECK ((char_length(stop_notice_no) <= 200)),
    CONSTRAINT violation_stop_notice_no_visible CHECK (casedesk.visible_text(stop_notice_no)),
    CONSTRAINT violation_subkind_size CHECK ((char_length(subkind) <= 200))
);

ALTER TABLE ONLY casedesk.violation FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.violation OWNER TO casedesk_owner;

--
-- Name: audit_chain_head audit_chain_head_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.audit_chain_head
    ADD CONSTRAINT audit_chain_head_pkey PRIMARY KEY (chain);

--
-- Name: audit_log audit_log_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.audit_log
    ADD CONSTRAINT audit_log_pkey PRIMARY KEY (id);

--
-- Name: calendar_day calendar_day_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.calendar_day
    ADD CONSTRAINT calendar_day_pkey PRIMARY KEY (id);

--
-- Name: calendar_day calendar_day_unique; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.calendar_day
    ADD CONSTRAINT calendar_day_unique UNIQUE (day);

--
-- Name: case_counter case_counter_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.case_counter
    ADD CONSTRAINT case_counter_pkey PRIMARY KEY (id);

--
-- Name: case_counter case_counter_unique; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.case_counter
    ADD CONSTRAINT case_counter_unique UNIQUE (prefix, year);

--
-- Name: case_file case_file_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.case_file
    ADD CONSTRAINT case_file_pkey PRIMARY KEY (id);

--
-- Name: case_file case_id_unit; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.case_file
    ADD CONSTRAINT case_id_unit UNIQUE (id, unit_id);

--
-- Name: case_kind case_kind_code_unique; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.case_kind
    ADD CONSTRAINT case_kind_code_unique UNIQUE (code);

--
-- Name: case_kind case_kind_detail_unique; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.case_kind
    ADD CONSTRAINT case_kind_detail_unique UNIQUE (detail_table);

--
-- Name: case_kind case_kind_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.case_kind
    ADD CONSTRAINT case_kind_pkey PRIMARY KEY (id);

--
-- Name: case_kind case_kind_prefix_unique; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.case_kind
    ADD CONSTRAINT case_kind_prefix_unique UNIQUE (number_prefix);

--
-- Name: case_file case_no_unique; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.case_file
    ADD CONSTRAINT case_no_unique UNIQUE (case_no);

--
-- Name: case_open_total case_open_total_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.case_open_total
    ADD CONSTRAINT case_open_total_pkey PRIMARY KEY (unit_id);

--
-- Name: case_step case_step_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.case_step
    ADD CONSTRAINT case_step_pkey PRIMARY KEY (id);

--
-- Name: case_step case_step_unique; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.case_step
    ADD CONSTRAINT case_step_unique UNIQUE (kind, step);

--
-- Name: commendation commendation_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.commendation
    ADD CONSTRAINT commendation_pkey PRIMARY KEY (id);

--
-- Name: resettlement_community community_name_unique; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.resettlement_community
    ADD CONSTRAINT community_name_unique UNIQUE (name);

--
-- Name: discipline_audit discipline_audit_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.discipline_audit
    ADD CONSTRAINT discipline_audit_pkey PRIMARY KEY (id);

--
-- Name: discipline_flagger discipline_flagger_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.discipline_flagger
    ADD CONSTRAINT discipline_flagger_pkey PRIMARY KEY (id);

--
-- Name: discipline_flagger discipline_flagger_receipt_key; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.discipline_flagger
    ADD CONSTRAINT discipline_flagger_receipt_key UNIQUE (receipt);

--
-- Name: discipline_flagger discipline_flagger_record_id_key; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.discipline_flagger
    ADD CONSTRAINT discipline_flagger_record_id_key UNIQUE (record_id);

--
-- Name: discipline_link discipline_link_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.discipline_link
    ADD CONSTRAINT discipline_link_pkey PRIMARY KEY (id);

--
-- Name: discipline_record discipline_record_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.discipline_record
    ADD CONSTRAINT discipline_record_pkey PRIMARY KEY (id);

--
-- Name: expropriation expropriation_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.expropriation
    ADD CONSTRAINT expropriation_pkey PRIMARY KEY (id);

--
-- Name: inbox inbox_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.inbox
    ADD CONSTRAINT inbox_pkey PRIMARY KEY (id);

--
-- Name: inbox_read inbox_read_once; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.inbox_read
    ADD CONSTRAINT inbox_read_once UNIQUE (official_id, inbox_id);

--
-- Name: inbox_read inbox_read_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.inbox_read
    ADD CONSTRAINT inbox_read_pkey PRIMARY KEY (id);

--
-- Name: notify_secret notify_secret_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.notify_secret
    ADD CONSTRAINT notify_secret_pkey PRIMARY KEY (id);

--
-- Name: official official_login_key; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.official
    ADD CONSTRAINT official_login_key UNIQUE (login);

--
-- Name: official official_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.official
    ADD CONSTRAINT official_pkey PRIMARY KEY (id);

--
-- Name: patrol patrol_id_unit; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.patrol
    ADD CONSTRAINT patrol_id_unit UNIQUE (id, unit_id);

--
-- Name: patrol patrol_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.patrol
    ADD CONSTRAINT patrol_pkey PRIMARY KEY (id);

--
-- Name: patrol_village patrol_village_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.patrol_village
    ADD CONSTRAINT patrol_village_pkey PRIMARY KEY (id);

--
-- Name: patrol_village patrol_village_unique; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.patrol_village
    ADD CONSTRAINT patrol_village_unique UNIQUE (patrol_id, village_id);

--
-- Name: payment payment_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.payment
    ADD CONSTRAINT payment_pkey PRIMARY KEY (id);

--
-- Name: petition petition_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.petition
    ADD CONSTRAINT petition_pkey PRIMARY KEY (id);

--
-- Name: project project_code_unique; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.project
    ADD CONSTRAINT project_code_unique UNIQUE (code);

--
-- Name: project project_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.project
    ADD CONSTRAINT project_pkey PRIMARY KEY (id);

--
-- Name: project_unit project_unit_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.project_unit
    ADD CONSTRAINT project_unit_pkey PRIMARY KEY (id);

--
-- Name: project_unit project_unit_unique; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.project_unit
    ADD CONSTRAINT project_unit_unique UNIQUE (project_id, unit_id);

--
-- Name: resettlement_community resettlement_community_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.resettlement_community
    ADD CONSTRAINT resettlement_community_pkey PRIMARY KEY (id);

--
-- Name: schema_migration schema_migration_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.schema_migration
    ADD CONSTRAINT schema_migration_pkey PRIMARY KEY (version);

--
-- Name: score_deduction score_deduction_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.score_deduction
    ADD CONSTRAINT score_deduction_pkey PRIMARY KEY (id);

--
-- Name: score_deduction score_deduction_year_key; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.score_deduction
    ADD CONSTRAINT score_deduction_year_key UNIQUE (year);

--
-- Name: score_rule score_rule_once; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.score_rule
    ADD CONSTRAINT score_rule_once UNIQUE (year, metric);

--
-- Name: score_rule score_rule_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.score_rule
    ADD CONSTRAINT score_rule_pkey PRIMARY KEY (id);

--
-- Name: session_limit session_limit_key_key; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.session_limit
    ADD CONSTRAINT session_limit_key_key UNIQUE (key);

--
-- Name: session_limit session_limit_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.session_limit
    ADD CONSTRAINT session_limit_pkey PRIMARY KEY (id);

--
-- Name: setting setting_key_unique; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.setting
    ADD CONSTRAINT setting_key_unique UNIQUE (key);

--
-- Name: setting setting_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.setting
    ADD CONSTRAINT setting_pkey PRIMARY KEY (id);

--
-- Name: target target_once; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.target
    ADD CONSTRAINT target_once UNIQUE (unit_id, year, metric);

--
-- Name: target target_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.target
    ADD CONSTRAINT target_pkey PRIMARY KEY (id);

--
-- Name: task_card task_card_once; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.task_card
    ADD CONSTRAINT task_card_once UNIQUE (task_id, unit_id, kind, deadline);

--
-- Name: task_card task_card_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.task_card
    ADD CONSTRAINT task_card_pkey PRIMARY KEY (id);

--
-- Name: task_extension task_extension_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.task_extension
    ADD CONSTRAINT task_extension_pkey PRIMARY KEY (id);

--
-- Name: task_link task_link_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.task_link
    ADD CONSTRAINT task_link_pkey PRIMARY KEY (id);

--
-- Name: task task_number_unique; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.task
    ADD CONSTRAINT task_number_unique UNIQUE (number_year, number_seq);

--
-- Name: task task_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.task
    ADD CONSTRAINT task_pkey PRIMARY KEY (id);

--
-- Name: task_report task_report_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.task_report
    ADD CONSTRAINT task_report_pkey PRIMARY KEY (id);

--
-- Name: task_setting task_setting_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.task_setting
    ADD CONSTRAINT task_setting_pkey PRIMARY KEY (id);

--
-- Name: task_unit task_unit_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.task_unit
    ADD CONSTRAINT task_unit_pkey PRIMARY KEY (id);

--
-- Name: task_unit task_unit_unique; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.task_unit
    ADD CONSTRAINT task_unit_unique UNIQUE (task_id, unit_id);

--
-- Name: unit unit_code_key; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.unit
    ADD CONSTRAINT unit_code_key UNIQUE (code);

--
-- Name: unit_day_total unit_day_total_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.unit_day_total
    ADD CONSTRAINT unit_day_total_pkey PRIMARY KEY (day, unit_id, kind);

--
-- Name: unit unit_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.unit
    ADD CONSTRAINT unit_pkey PRIMARY KEY (id);

--
-- Name: village_certification village_certification_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.village_certification
    ADD CONSTRAINT village_certification_pkey PRIMARY KEY (id);

--
-- Name: village village_id_unit; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.village
    ADD CONSTRAINT village_id_unit UNIQUE (id, unit_id);

--
-- Name: village village_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.village
    ADD CONSTRAINT village_pkey PRIMARY KEY (id);

--
-- Name: village village_unit_id_name_key; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.village
    ADD CONSTRAINT village_unit_id_name_key UNIQUE (unit_id, name);

--
-- Name: violation violation_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.violation
    ADD CONSTRAINT violation_pkey PRIMARY KEY (id);

--
-- Name: audit_log_login_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX audit_log_login_idx ON casedesk.audit_log USING btree (login);

--
-- Name: audit_log_row_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX audit_log_row_idx ON casedesk.audit_log USING btree (table_name, row_id);

--
-- Name: calendar_day_adjust_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX calendar_day_adjust_idx ON casedesk.calendar_day USING btree (day) WHERE (adjust <> 0);

--
-- Name: case_file_address_trgm_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX case_file_address_trgm_idx ON casedesk.case_file USING gin (address public.gin_trgm_ops);

--
-- Name: case_file_closed_exp_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX case_file_closed_exp_idx ON casedesk.case_file USING btree (closed_on) INCLUDE (id, unit_id) WHERE ((kind = 'expropriation'::text) AND (closed_on IS NOT NULL));

--
-- Name: case_file_created_by_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX case_file_created_by_idx ON casedesk.case_file USING btree (created_by, id) WHERE (created_by IS NOT NULL);

--
-- Name: case_file_deadline_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX case_file_deadline_idx ON casedesk.case_file USING btree (deadline) WHERE (status <> 'closed'::text);

--
-- Name: case_file_handled_by_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX case_file_handled_by_idx ON casedesk.case_file USING btree (handled_by, id) WHERE (handled_by IS NOT NULL);

--
-- Name: case_file_kind_closed_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX case_file_kind_closed_idx ON casedesk.case_file USING btree (kind, closed_on) INCLUDE (unit_id) WHERE (closed_on IS NOT NULL);

--
-- Name: case_file_no_prefix_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX case_file_no_prefix_idx ON casedesk.case_file USING btree (case_no text_pattern_ops);

--
-- Name: case_file_no_trgm_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX case_file_no_trgm_idx ON casedesk.case_file USING gin (case_no public.gin_trgm_ops);

--
-- Name: case_file_opened_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX case_file_opened_idx ON casedesk.case_file USING btree (opened_on, id);

--
-- Name: case_file_party_prefix_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX case_file_party_prefix_idx ON casedesk.case_file USING btree (party_name text_pattern_ops);

--
-- Name: case_file_party_trgm_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX case_file_party_trgm_idx ON casedesk.case_file USING gin (party_name public.gin_trgm_ops);

--
-- Name: case_file_phone_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX case_file_phone_idx ON casedesk.case_file USING btree (replace(party_phone, '-'::text, ''::text));

--
-- Name: case_file_status_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX case_file_status_idx ON casedesk.case_file USING btree (status, id);

--
-- Name: case_file_unit_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX case_file_unit_idx ON casedesk.case_file USING btree (unit_id, id);

--
-- Name: case_file_unit_opened_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX case_file_unit_opened_idx ON casedesk.case_file USING btree (unit_id, opened_on, id);

--
-- Name: case_file_unit_status_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX case_file_unit_status_idx ON casedesk.case_file USING btree (unit_id, status, id);

--
-- Name: case_file_village_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX case_file_village_idx ON casedesk.case_file USING btree (village_id, id);

--
-- Name: certification_current_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE UNIQUE INDEX certification_current_idx ON casedesk.village_certification USING btree (village_id) WHERE (lost_on IS NULL);

--
-- Name: commendation_official_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX commendation_official_idx ON casedesk.commendation USING btree (official_id) WHERE (official_id IS NOT NULL);

--
-- Name: commendation_unit_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX commendation_unit_idx ON casedesk.commendation USING btree (unit_id) WHERE (unit_id IS NOT NULL);

--
-- Name: commendation_year_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX commendation_year_idx ON casedesk.commendation USING btree (year);

--
-- Name: community_unit_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX community_unit_idx ON casedesk.resettlement_community USING btree (unit_id);

--
-- Name: discipline_audit_login_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX discipline_audit_login_idx ON casedesk.discipline_audit USING btree (login);

--
-- Name: discipline_audit_table_name_row_id_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX discipline_audit_table_name_row_id_idx ON casedesk.discipline_audit USING btree (table_name, row_id);

--
-- Name: discipline_flagger_flagger_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX discipline_flagger_flagger_idx ON casedesk.discipline_flagger USING btree (flagger_id);

--
-- Name: discipline_link_case_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX discipline_link_case_idx ON casedesk.discipline_link USING btree (case_id) WHERE (case_id IS NOT NULL);

--
-- Name: discipline_link_record_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX discipline_link_record_idx ON casedesk.discipline_link USING btree (record_id);

--
-- Name: discipline_link_task_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX discipline_link_task_idx ON casedesk.discipline_link USING btree (task_id) WHERE (task_id IS NOT NULL);

--
-- Name: discipline_record_closed_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX discipline_record_closed_idx ON casedesk.discipline_record USING btree (closed_at);

--
-- Name: discipline_record_official_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX discipline_record_official_idx ON casedesk.discipline_record USING btree (official_id);

--
-- Name: discipline_record_received_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX discipline_record_received_idx ON casedesk.discipline_record USING btree (received_at, id);

--
-- Name: discipline_record_status_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX discipline_record_status_idx ON casedesk.discipline_record USING btree (status, review_due);

--
-- Name: discipline_record_unit_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX discipline_record_unit_idx ON casedesk.discipline_record USING btree (unit_id, category);

--
-- Name: expropriation_flat_household_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX expropriation_flat_household_idx ON casedesk.expropriation USING btree (id) WHERE ((party_kind = 'household'::text) AND (resettlement = 'flat'::text));

--
-- Name: expropriation_party_id_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX expropriation_party_id_idx ON casedesk.expropriation USING btree (party_id_no);

--
-- Name: expropriation_project_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX expropriation_project_idx ON casedesk.expropriation USING btree (project_id, id);

--
-- Name: expropriation_signed_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX expropriation_signed_idx ON casedesk.expropriation USING btree (signed_on) INCLUDE (unit_id, party_kind, house_area, land_area_mu, resettlement) WHERE (signed_on IS NOT NULL);

--
-- Name: expropriation_unit_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX expropriation_unit_idx ON casedesk.expropriation USING btree (unit_id, id);

--
-- Name: inbox_official_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX inbox_official_idx ON casedesk.inbox USING btree (official_id, id) WHERE (official_id IS NOT NULL);

--
-- Name: inbox_task_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX inbox_task_idx ON casedesk.inbox USING btree (task_id, kind);

--
-- Name: inbox_unit_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX inbox_unit_idx ON casedesk.inbox USING btree (unit_id, id) WHERE (unit_id IS NOT NULL);

--
-- Name: official_unit_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX official_unit_idx ON casedesk.official USING btree (unit_id);

--
-- Name: patrol_on_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX patrol_on_idx ON casedesk.patrol USING btree (patrol_on) INCLUDE (id, unit_id);

--
-- Name: patrol_unit_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX patrol_unit_idx ON casedesk.patrol USING btree (unit_id, patrol_on, id);

--
-- Name: patrol_village_unit_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX patrol_village_unit_idx ON casedesk.patrol_village USING btree (unit_id, id);

--
-- Name: patrol_village_village_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX patrol_village_village_idx ON casedesk.patrol_village USING btree (village_id, patrol_id);

--
-- Name: payment_case_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX payment_case_idx ON casedesk.payment USING btree (case_id, id);

--
-- Name: payment_recorded_by_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX payment_recorded_by_idx ON casedesk.payment USING btree (recorded_by) WHERE (recorded_by IS NOT NULL);

--
-- Name: payment_unit_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX payment_unit_idx ON casedesk.payment USING btree (unit_id, id);

--
-- Name: petition_case_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX petition_case_idx ON casedesk.petition USING btree (case_id);

--
-- Name: petition_project_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX petition_project_idx ON casedesk.petition USING btree (project_id);

--
-- Name: petition_status_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX petition_status_idx ON casedesk.petition USING btree (status, due_on);

--
-- Name: petition_unit_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX petition_unit_idx ON casedesk.petition USING btree (unit_id, id);

--
-- Name: project_lead_unit_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX project_lead_unit_idx ON casedesk.project USING btree (lead_unit_id);

--
-- Name: project_unit_unit_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX project_unit_unit_idx ON casedesk.project_unit USING btree (unit_id);

--
-- Name: target_year_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX target_year_idx ON casedesk.target USING btree (year, metric);

--
-- Name: task_card_issued_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX task_card_issued_idx ON casedesk.task_card USING btree (issued_on, unit_id, kind);

--
-- Name: task_card_official_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX task_card_official_idx ON casedesk.task_card USING btree (official_id) WHERE (official_id IS NOT NULL);

--
-- Name: task_card_unit_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX task_card_unit_idx ON casedesk.task_card USING btree (unit_id, kind, issued_on);

--
-- Name: task_created_by_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX task_created_by_idx ON casedesk.task USING btree (created_by);

--
-- Name: task_deadline_id_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX task_deadline_id_idx ON casedesk.task USING btree (deadline, id);

--
-- Name: task_deadline_lead_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX task_deadline_lead_idx ON casedesk.task USING btree (deadline, lead_unit_id);

--
-- Name: task_deadline_status_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX task_deadline_status_idx ON casedesk.task USING btree (deadline) INCLUDE (lead_unit_id, status, closed_at);

--
-- Name: task_extension_one_pending; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE UNIQUE INDEX task_extension_one_pending ON casedesk.task_extension USING btree (task_id) WHERE (status = 'pending'::text);

--
-- Name: task_extension_pending_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX task_extension_pending_idx ON casedesk.task_extension USING btree (requested_at) WHERE (status = 'pending'::text);

--
-- Name: task_extension_pending_order_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX task_extension_pending_order_idx ON casedesk.task_extension USING btree (requested_at, id) WHERE (status = 'pending'::text);

--
-- Name: task_extension_task_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX task_extension_task_idx ON casedesk.task_extension USING btree (task_id);

--
-- Name: task_lead_deadline_status_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX task_lead_deadline_status_idx ON casedesk.task USING btree (lead_unit_id, deadline) INCLUDE (status, closed_at);

--
-- Name: task_lead_unit_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX task_lead_unit_idx ON casedesk.task USING btree (lead_unit_id, status);

--
-- Name: task_link_case_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX task_link_case_idx ON casedesk.task_link USING btree (case_id) WHERE (case_id IS NOT NULL);

--
-- Name: task_link_case_once; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE UNIQUE INDEX task_link_case_once ON casedesk.task_link USING btree (task_id, case_id) WHERE (case_id IS NOT NULL);

--
-- Name: task_link_project_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX task_link_project_idx ON casedesk.task_link USING btree (project_id) WHERE (project_id IS NOT NULL);

--
-- Name: task_link_project_once; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE UNIQUE INDEX task_link_project_once ON casedesk.task_link USING btree (task_id, project_id) WHERE (project_id IS NOT NULL);

--
-- Name: task_number_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE UNIQUE INDEX task_number_idx ON casedesk.task USING btree (number);

--
-- Name: task_open_deadline_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX task_open_deadline_idx ON casedesk.task USING btree (deadline) WHERE (status <> 'closed'::text);

--
-- Name: task_report_task_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX task_report_task_idx ON casedesk.task_report USING btree (task_id, reported_on);

--
-- Name: task_report_unit_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX task_report_unit_idx ON casedesk.task_report USING btree (unit_id);

--
-- Name: task_responsible_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX task_responsible_idx ON casedesk.task USING btree (responsible_id);

--
-- Name: task_status_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX task_status_idx ON casedesk.task USING btree (status, id);

--
-- Name: task_unit_unit_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX task_unit_unit_idx ON casedesk.task_unit USING btree (unit_id, task_id);

--
-- Name: unit_day_total_unit_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX unit_day_total_unit_idx ON casedesk.unit_day_total USING btree (unit_id, day);

--
-- Name: village_certification_on_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX village_certification_on_idx ON casedesk.village_certification USING btree (certified_on);

--
-- Name: village_unit_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX village_unit_idx ON casedesk.village USING btree (unit_id);

--
-- Name: violation_found_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX violation_found_idx ON casedesk.violation USING btree (found_on) INCLUDE (unit_id, stock);

--
-- Name: violation_patrol_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX violation_patrol_idx ON casedesk.violation USING btree (patrol_id);

--
-- Name: violation_resolved_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX violation_resolved_idx ON casedesk.violation USING btree (resolved_on) INCLUDE (unit_id, resolution) WHERE (resolved_on IS NOT NULL);

--
-- Name: violation_unit_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX violation_unit_idx ON casedesk.violation USING btree (unit_id, id);

--
-- Name: calendar_day audit; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit AFTER INSERT OR DELETE OR UPDATE ON casedesk.calendar_day FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();

--
-- Name: case_file audit; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit AFTER INSERT OR DELETE OR UPDATE ON casedesk.case_file FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();

--
-- Name: case_kind audit; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit AFTER INSERT OR DELETE OR UPDATE ON casedesk.case_kind FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();

--
-- Name: case_step audit; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit AFTER INSERT OR DELETE OR UPDATE ON casedesk.case_step FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();

--
-- Name: commendation audit; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit AFTER INSERT OR DELETE OR UPDATE ON casedesk.commendation FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();

--
-- Name: discipline_flagger audit; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit AFTER INSERT OR DELETE OR UPDATE ON casedesk.discipline_flagger FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger('discipline');

--
-- Name: discipline_link audit; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit AFTER INSERT OR DELETE OR UPDATE ON casedesk.discipline_link FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger('discipline');

--
-- Name: discipline_record audit; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit AFTER INSERT OR DELETE OR UPDATE ON casedesk.discipline_record FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger('discipline');

--
-- Name: expropriation audit; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit AFTER INSERT OR DELETE OR UPDATE ON casedesk.expropriation FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();

--
-- Name: inbox audit; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit AFTER INSERT OR DELETE OR UPDATE ON casedesk.inbox FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();

--
-- Name: inbox_read audit; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit AFTER INSERT OR DELETE OR UPDATE ON casedesk.inbox_read FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();

--
-- Name: official audit; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit AFTER INSERT OR DELETE OR UPDATE ON casedesk.official FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();

--
-- Name: patrol audit; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit AFTER INSERT OR DELETE OR UPDATE ON casedesk.patrol FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();

--
-- Name: patrol_village audit; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit AFTER INSERT OR DELETE OR UPDATE ON casedesk.patrol_village FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();

--
-- Name: payment audit; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit AFTER INSERT OR DELETE OR UPDATE ON casedesk.payment FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();

--
-- Name: petition audit; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit AFTER INSERT OR DELETE OR UPDATE ON casedesk.petition FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();

--
-- Name: project audit; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit AFTER INSERT OR DELETE OR UPDATE ON casedesk.project FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();

--
-- Name: project_unit audit; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit AFTER INSERT OR DELETE OR UPDATE ON casedesk.project_unit FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();

--
-- Name: resettlement_community audit; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit AFTER INSERT OR DELETE OR UPDATE ON casedesk.resettlement_community FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();

--
-- Name: score_deduction audit; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit AFTER INSERT OR DELETE OR UPDATE ON casedesk.score_deduction FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();

--
-- Name: score_rule audit; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit AFTER INSERT OR DELETE OR UPDATE ON casedesk.score_rule FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();

--
-- Name: session_limit audit; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit AFTER INSERT OR DELETE OR UPDATE ON casedesk.session_limit FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();

--
-- Name: setting audit; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit AFTER INSERT OR DELETE OR UPDATE ON casedesk.setting FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();

--
-- Name: target audit; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit AFTER INSERT OR DELETE OR UPDATE ON casedesk.target FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();

--
-- Name: task audit; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit AFTER INSERT OR DELETE OR UPDATE ON casedesk.task FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();

--
-- Name: task_card audit; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit AFTER INSERT OR DELETE OR UPDATE ON casedesk.task_card FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();

--
-- Name: task_extension audit; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit AFTER INSERT OR DELETE OR UPDATE ON casedesk.task_extension FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();

--
-- Name: task_link audit; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit AFTER INSERT OR DELETE OR UPDATE ON casedesk.task_link FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();

--
-- Name: task_report audit; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit AFTER INSERT OR DELETE OR UPDATE ON casedesk.task_report FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();

--
-- Name: task_setting audit; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit AFTER INSERT OR DELETE OR UPDATE ON casedesk.task_setting FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();

--
-- Name: task_unit audit; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit AFTER INSERT OR DELETE OR UPDATE ON casedesk.task_unit FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();

--
-- Name: unit audit; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit AFTER INSERT OR DELETE OR UPDATE ON casedesk.unit FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();

--
-- Name: village audit; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit AFTER INSERT OR DELETE OR UPDATE ON casedesk.village FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();

--
-- Name: village_certification audit; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit AFTER INSERT OR DELETE OR UPDATE ON casedesk.village_certification FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();

--
-- Name: violation audit; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit AFTER INSERT OR DELETE OR UPDATE ON casedesk.violation FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();

--
-- Name: audit_log audit_log_immutable; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit_log_immutable BEFORE DELETE OR UPDATE ON casedesk.audit_log FOR EACH ROW EXECUTE FUNCTION casedesk.audit_immutable();

--
-- Name: audit_log audit_log_no_truncate; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON casedesk.audit_log FOR EACH STATEMENT EXECUTE FUNCTION casedesk.audit_immutable();

--
-- Name: calendar_day calendar_day_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER calendar_day_version BEFORE UPDATE ON casedesk.calendar_day FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: case_counter case_counter_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER case_counter_version BEFORE UPDATE ON casedesk.case_counter FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: case_file case_file_check; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER case_file_check BEFORE INSERT OR UPDATE ON casedesk.case_file FOR EACH ROW EXECUTE FUNCTION casedesk.case_file_check();

--
-- Name: case_file case_file_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER case_file_version BEFORE UPDATE ON casedesk.case_file FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: case_kind case_kind_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER case_kind_version BEFORE UPDATE ON casedesk.case_kind FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: case_file case_open_del; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER case_open_del AFTER DELETE ON casedesk.case_file REFERENCING OLD TABLE AS ot FOR EACH STATEMENT EXECUTE FUNCTION casedesk.case_open_trg();

--
-- Name: case_file case_open_ins; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER case_open_ins AFTER INSERT ON casedesk.case_file REFERENCING NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION casedesk.case_open_trg();

--
-- Name: case_file case_open_upd; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER case_open_upd AFTER UPDATE ON casedesk.case_file REFERENCING OLD TABLE AS ot NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION casedesk.case_open_trg();

--
-- Name: case_step case_step_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER case_step_version BEFORE UPDATE ON casedesk.case_step FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: commendation commendation_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER commendation_version BEFORE UPDATE ON casedesk.commendation FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: discipline_audit discipline_audit_immutable; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER discipline_audit_immutable BEFORE DELETE OR UPDATE ON casedesk.discipline_audit FOR EACH ROW EXECUTE FUNCTION casedesk.audit_immutable();

--
-- Name: discipline_audit discipline_audit_no_truncate; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER discipline_audit_no_truncate BEFORE TRUNCATE ON casedesk.discipline_audit FOR EACH STATEMENT EXECUTE FUNCTION casedesk.audit_immutable();

--
-- Name: discipline_flagger discipline_flagger_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER discipline_flagger_version BEFORE UPDATE ON casedesk.discipline_flagger FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: discipline_link discipline_link_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER discipline_link_version BEFORE UPDATE ON casedesk.discipline_link FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: discipline_record discipline_record_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER discipline_record_version BEFORE UPDATE ON casedesk.discipline_record FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: expropriation expropriation_check; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER expropriation_check BEFORE INSERT OR UPDATE ON casedesk.expropriation FOR EACH ROW EXECUTE FUNCTION casedesk.expropriation_check();

--
-- Name: expropriation expropriation_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER expropriation_version BEFORE UPDATE ON casedesk.expropriation FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: task inbox; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER inbox AFTER INSERT OR UPDATE ON casedesk.task FOR EACH ROW EXECUTE FUNCTION casedesk.task_inbox_trigger();

--
-- Name: task_card inbox; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER inbox AFTER INSERT ON casedesk.task_card FOR EACH ROW EXECUTE FUNCTION casedesk.task_card_inbox_trigger();

--
-- Name: task_extension inbox; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER inbox AFTER INSERT OR UPDATE ON casedesk.task_extension FOR EACH ROW EXECUTE FUNCTION casedesk.task_extension_inbox_trigger();

--
-- Name: task_unit inbox; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER inbox AFTER INSERT ON casedesk.task_unit FOR EACH ROW EXECUTE FUNCTION casedesk.task_unit_inbox_trigger();

--
-- Name: inbox_read inbox_read_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER inbox_read_version BEFORE UPDATE ON casedesk.inbox_read FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: inbox inbox_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER inbox_version BEFORE UPDATE ON casedesk.inbox FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: calendar_day notify; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER notify AFTER INSERT OR DELETE OR UPDATE ON casedesk.calendar_day FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger();

--
-- Name: case_file notify; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER notify AFTER INSERT OR DELETE OR UPDATE ON casedesk.case_file FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger('unit');

--
-- Name: case_kind notify; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER notify AFTER INSERT OR DELETE OR UPDATE ON casedesk.case_kind FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger('all');

--
-- Name: case_step notify; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER notify AFTER INSERT OR DELETE OR UPDATE ON casedesk.case_step FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger('all');

--
-- Name: commendation notify; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER notify AFTER INSERT OR DELETE OR UPDATE ON casedesk.commendation FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger();

--
-- Name: expropriation notify; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER notify AFTER INSERT OR DELETE OR UPDATE ON casedesk.expropriation FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger('unit');

--
-- Name: inbox notify; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER notify AFTER INSERT OR DELETE OR UPDATE ON casedesk.inbox FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger();

--
-- Name: inbox_read notify; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER notify AFTER INSERT OR DELETE OR UPDATE ON casedesk.inbox_read FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger();

--
-- Name: official notify; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER notify AFTER INSERT OR DELETE OR UPDATE ON casedesk.official FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger();

--
-- Name: patrol notify; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER notify AFTER INSERT OR DELETE OR UPDATE ON casedesk.patrol FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger('unit');

--
-- Name: patrol_village notify; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER notify AFTER INSERT OR DELETE OR UPDATE ON casedesk.patrol_village FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger('unit');

--
-- Name: payment notify; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER notify AFTER INSERT OR DELETE OR UPDATE ON casedesk.payment FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger('unit');

--
-- Name: petition notify; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER notify AFTER INSERT OR DELETE OR UPDATE ON casedesk.petition FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger('unit');

--
-- Name: project notify; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER notify AFTER INSERT OR DELETE OR UPDATE ON casedesk.project FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger('all');

--
-- Name: project_unit notify; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER notify AFTER INSERT OR DELETE OR UPDATE ON casedesk.project_unit FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger('all');

--
-- Name: resettlement_community notify; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER notify AFTER INSERT OR DELETE OR UPDATE ON casedesk.resettlement_community FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger('all');

--
-- Name: score_deduction notify; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER notify AFTER INSERT OR DELETE OR UPDATE ON casedesk.score_deduction FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger();

--
-- Name: score_rule notify; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER notify AFTER INSERT OR DELETE OR UPDATE ON casedesk.score_rule FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger();

--
-- Name: session_limit notify; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER notify AFTER INSERT OR DELETE OR UPDATE ON casedesk.session_limit FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger();

--
-- Name: setting notify; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER notify AFTER INSERT OR DELETE OR UPDATE ON casedesk.setting FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger('all');

--
-- Name: target notify; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER notify AFTER INSERT OR DELETE OR UPDATE ON casedesk.target FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger();

--
-- Name: task notify; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER notify AFTER INSERT OR DELETE OR UPDATE ON casedesk.task FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger();

--
-- Name: task_card notify; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER notify AFTER INSERT OR DELETE OR UPDATE ON casedesk.task_card FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger();

--
-- Name: task_extension notify; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER notify AFTER INSERT OR DELETE OR UPDATE ON casedesk.task_extension FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger();

--
-- Name: task_link notify; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER notify AFTER INSERT OR DELETE OR UPDATE ON casedesk.task_link FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger();

--
-- Name: task_report notify; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER notify AFTER INSERT OR DELETE OR UPDATE ON casedesk.task_report FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger();

--
-- Name: task_setting notify; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER notify AFTER INSERT OR DELETE OR UPDATE ON casedesk.task_setting FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger();

--
-- Name: task_unit notify; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER notify AFTER INSERT OR DELETE OR UPDATE ON casedesk.task_unit FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger();

--
-- Name: unit notify; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER notify AFTER INSERT OR DELETE OR UPDATE ON casedesk.unit FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger();

--
-- Name: village notify; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER notify AFTER INSERT OR DELETE OR UPDATE ON casedesk.village FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger();

--
-- Name: village_certification notify; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER notify AFTER INSERT OR DELETE OR UPDATE ON casedesk.village_certification FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger('all');

--
-- Name: violation notify; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER notify AFTER INSERT OR DELETE OR UPDATE ON casedesk.violation FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger('unit');

--
-- Name: official official_guard; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER official_guard BEFORE UPDATE ON casedesk.official FOR EACH ROW EXECUTE FUNCTION casedesk.official_guard();

--
-- Name: official official_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER official_version BEFORE UPDATE ON casedesk.official FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: patrol patrol_check; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER patrol_check BEFORE INSERT OR UPDATE ON casedesk.patrol FOR EACH ROW EXECUTE FUNCTION casedesk.patrol_check();

--
-- Name: patrol patrol_recorder; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER patrol_recorder BEFORE INSERT ON casedesk.patrol FOR EACH ROW EXECUTE FUNCTION casedesk.stamp_recorder();

--
-- Name: patrol patrol_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER patrol_version BEFORE UPDATE ON casedesk.patrol FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: patrol_village patrol_village_check; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER patrol_village_check BEFORE INSERT OR UPDATE ON casedesk.patrol_village FOR EACH ROW EXECUTE FUNCTION casedesk.patrol_village_check();

--
-- Name: patrol_village patrol_village_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER patrol_village_version BEFORE UPDATE ON casedesk.patrol_village FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: payment payment_apply; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER payment_apply BEFORE INSERT ON casedesk.payment FOR EACH ROW EXECUTE FUNCTION casedesk.payment_apply();

--
-- Name: payment payment_immutable; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER payment_immutable BEFORE DELETE OR UPDATE ON casedesk.payment FOR EACH ROW EXECUTE FUNCTION casedesk.payment_immutable();

--
-- Name: payment payment_recorder; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER payment_recorder BEFORE INSERT ON casedesk.payment FOR EACH ROW EXECUTE FUNCTION casedesk.stamp_recorder();

--
-- Name: payment payment_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER payment_version BEFORE UPDATE ON casedesk.payment FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: petition petition_check; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER petition_check BEFORE INSERT OR UPDATE ON casedesk.petition FOR EACH ROW EXECUTE FUNCTION casedesk.petition_check();

--
-- Name: petition petition_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER petition_version BEFORE UPDATE ON casedesk.petition FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: project_unit project_unit_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER project_unit_version BEFORE UPDATE ON casedesk.project_unit FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: project project_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER project_version BEFORE UPDATE ON casedesk.project FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: resettlement_community resettlement_community_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER resettlement_community_version BEFORE UPDATE ON casedesk.resettlement_community FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: score_deduction score_deduction_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER score_deduction_version BEFORE UPDATE ON casedesk.score_deduction FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: score_rule score_rule_sum; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE CONSTRAINT TRIGGER score_rule_sum AFTER INSERT OR DELETE OR UPDATE ON casedesk.score_rule DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION casedesk.score_rule_sum_check();

--
-- Name: score_rule score_rule_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER score_rule_version BEFORE UPDATE ON casedesk.score_rule FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: session_limit session_limit_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER session_limit_version BEFORE UPDATE ON casedesk.session_limit FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: setting setting_apply; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER setting_apply AFTER UPDATE ON casedesk.setting FOR EACH ROW EXECUTE FUNCTION casedesk.setting_apply();

--
-- Name: setting setting_check; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER setting_check BEFORE INSERT OR UPDATE ON casedesk.setting FOR EACH ROW EXECUTE FUNCTION casedesk.setting_check();

--
-- Name: setting setting_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER setting_version BEFORE UPDATE ON casedesk.setting FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: target target_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER target_version BEFORE UPDATE ON casedesk.target FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: task_card task_card_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER task_card_version BEFORE UPDATE ON casedesk.task_card FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: task task_check; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER task_check BEFORE INSERT OR UPDATE ON casedesk.task FOR EACH ROW EXECUTE FUNCTION casedesk.task_check();

--
-- Name: task_extension task_extension_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER task_extension_version BEFORE UPDATE ON casedesk.task_extension FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: task_link task_link_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER task_link_version BEFORE UPDATE ON casedesk.task_link FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: task_report task_report_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER task_report_version BEFORE UPDATE ON casedesk.task_report FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: task_setting task_setting_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER task_setting_version BEFORE UPDATE ON casedesk.task_setting FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: task_unit task_unit_check; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER task_unit_check BEFORE INSERT OR UPDATE ON casedesk.task_unit FOR EACH ROW EXECUTE FUNCTION casedesk.task_unit_check();

--
-- Name: task_unit task_unit_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER task_unit_version BEFORE UPDATE ON casedesk.task_unit FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: task task_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER task_version BEFORE UPDATE ON casedesk.task FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: expropriation totals_del; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER totals_del AFTER DELETE ON casedesk.expropriation REFERENCING OLD TABLE AS ot FOR EACH STATEMENT EXECUTE FUNCTION casedesk.totals_exp_trg();

--
-- Name: violation totals_del; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER totals_del AFTER DELETE ON casedesk.violation REFERENCING OLD TABLE AS ot FOR EACH STATEMENT EXECUTE FUNCTION casedesk.totals_vio_trg();

--
-- Name: case_file totals_ins; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER totals_ins AFTER INSERT ON casedesk.case_file REFERENCING NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION casedesk.totals_case_trg();

--
-- Name: expropriation totals_ins; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER totals_ins AFTER INSERT ON casedesk.expropriation REFERENCING NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION casedesk.totals_exp_trg();

--
-- Name: violation totals_ins; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER totals_ins AFTER INSERT ON casedesk.violation REFERENCING NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION casedesk.totals_vio_trg();

--
-- Name: case_file totals_upd; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER totals_upd AFTER UPDATE ON casedesk.case_file REFERENCING OLD TABLE AS ot NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION casedesk.totals_case_trg();

--
-- Name: expropriation totals_upd; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER totals_upd AFTER UPDATE ON casedesk.expropriation REFERENCING OLD TABLE AS ot NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION casedesk.totals_exp_trg();

--
-- Name: violation totals_upd; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER totals_upd AFTER UPDATE ON casedesk.violation REFERENCING OLD TABLE AS ot NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION casedesk.totals_vio_trg();

--
-- Name: unit unit_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER unit_version BEFORE UPDATE ON casedesk.unit FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: village_certification village_certification_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER village_certification_version BEFORE UPDATE ON casedesk.village_certification FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: village village_title_guard; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER village_title_guard BEFORE INSERT OR UPDATE ON casedesk.village FOR EACH ROW EXECUTE FUNCTION casedesk.village_title_guard();

--
-- Name: village village_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER village_version BEFORE UPDATE ON casedesk.village FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: violation violation_check; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER violation_check BEFORE INSERT OR UPDATE ON casedesk.violation FOR EACH ROW EXECUTE FUNCTION casedesk.violation_check();

--
-- Name: violation violation_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER violation_version BEFORE UPDATE ON casedesk.violation FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: violation violation_village_lost; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER violation_village_lost AFTER INSERT ON casedesk.violation FOR EACH ROW EXECUTE FUNCTION casedesk.violation_village_lost();

--
-- Name: case_file zz_totals_del; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER zz_totals_del BEFORE DELETE ON casedesk.case_file FOR EACH ROW EXECUTE FUNCTION casedesk.totals_case_del();

--
-- Name: case_file case_file_created_by_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.case_file
    ADD CONSTRAINT case_file_created_by_fkey FOREIGN KEY (created_by) REFERENCES casedesk.official(id);

--
-- Name: case_file case_file_handled_by_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.case_file
    ADD CONSTRAINT case_file_handled_by_fkey FOREIGN KEY (handled_by) REFERENCES casedesk.official(id);

--
-- Name: case_file case_file_unit_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.case_file
    ADD CONSTRAINT case_file_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES casedesk.unit(id);

--
-- Name: case_file case_kind_valid; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.case_file
    ADD CONSTRAINT case_kind_valid FOREIGN KEY (kind) REFERENCES casedesk.case_kind(code);

--
-- Name: case_open_total case_open_total_unit_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.case_open_total
    ADD CONSTRAINT case_open_total_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES casedesk.unit(id) ON DELETE CASCADE;

--
-- Name: case_step case_step_kind_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.case_step
    ADD CONSTRAINT case_step_kind_fkey FOREIGN KEY (kind) REFERENCES casedesk.case_kind(code);

--
-- Name: case_file case_village_in_unit; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.case_file
    ADD CONSTRAINT case_village_in_unit FOREIGN KEY (village_id, unit_id) REFERENCES casedesk.village(id, unit_id);

--
-- Name: commendation commendation_official_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.commendation
    ADD CONSTRAINT commendation_official_id_fkey FOREIGN KEY (official_id) REFERENCES casedesk.official(id);

--
-- Name: commendation commendation_unit_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.commendation
    ADD CONSTRAINT commendation_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES casedesk.unit(id);

--
-- Name: discipline_flagger discipline_flagger_flagger_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.discipline_flagger
    ADD CONSTRAINT discipline_flagger_flagger_id_fkey FOREIGN KEY (flagger_id) REFERENCES casedesk.official(id);

--
-- Name: discipline_flagger discipline_flagger_record_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.discipline_flagger
    ADD CONSTRAINT discipline_flagger_record_id_fkey FOREIGN KEY (record_id) REFERENCES casedesk.discipline_record(id);

--
-- Name: discipline_link discipline_link_record_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.discipline_link
    ADD CONSTRAINT discipline_link_record_id_fkey FOREIGN KEY (record_id) REFERENCES casedesk.discipline_record(id);

--
-- Name: discipline_record discipline_record_decided_by_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.discipline_record
    ADD CONSTRAINT discipline_record_decided_by_fkey FOREIGN KEY (decided_by) REFERENCES casedesk.official(id);

--
-- Name: discipline_record discipline_record_official_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.discipline_record
    ADD CONSTRAINT discipline_record_official_id_fkey FOREIGN KEY (official_id) REFERENCES casedesk.official(id);

--
-- Name: discipline_record discipline_record_reviewer_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.discipline_record
    ADD CONSTRAINT discipline_record_reviewer_id_fkey FOREIGN KEY (reviewer_id) REFERENCES casedesk.official(id);

--
-- Name: discipline_record discipline_record_unit_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.discipline_record
    ADD CONSTRAINT discipline_record_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES casedesk.unit(id);

--
-- Name: expropriation exp_case_fk; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.expropriation
    ADD CONSTRAINT exp_case_fk FOREIGN KEY (id, unit_id) REFERENCES casedesk.case_file(id, unit_id) ON UPDATE CASCADE ON DELETE CASCADE;

--
-- Name: expropriation expropriation_community_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.expropriation
    ADD CONSTRAINT expropriation_community_id_fkey FOREIGN KEY (community_id) REFERENCES casedesk.resettlement_community(id);

--
-- Name: expropriation expropriation_project_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.expropriation
    ADD CONSTRAINT expropriation_project_id_fkey FOREIGN KEY (project_id) REFERENCES casedesk.project(id);

--
-- Name: inbox inbox_official_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.inbox
    ADD CONSTRAINT inbox_official_id_fkey FOREIGN KEY (official_id) REFERENCES casedesk.official(id);

--
-- Name: inbox_read inbox_read_inbox_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.inbox_read
    ADD CONSTRAINT inbox_read_inbox_id_fkey FOREIGN KEY (inbox_id) REFERENCES casedesk.inbox(id) ON DELETE CASCADE;

--
-- Name: inbox_read inbox_read_official_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.inbox_read
    ADD CONSTRAINT inbox_read_official_id_fkey FOREIGN KEY (official_id) REFERENCES casedesk.official(id);

--
-- Name: inbox inbox_task_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.inbox
    ADD CONSTRAINT inbox_task_id_fkey FOREIGN KEY (task_id) REFERENCES casedesk.task(id) ON DELETE CASCADE;

--
-- Name: inbox inbox_unit_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.inbox
    ADD CONSTRAINT inbox_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES casedesk.unit(id);

--
-- Name: official official_unit_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.official
    ADD CONSTRAINT official_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES casedesk.unit(id);

--
-- Name: patrol patrol_recorded_by_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.patrol
    ADD CONSTRAINT patrol_recorded_by_fkey FOREIGN KEY (recorded_by) REFERENCES casedesk.official(id);

--
-- Name: patrol patrol_unit_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.patrol
    ADD CONSTRAINT patrol_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES casedesk.unit(id);

--
-- Name: patrol_village patrol_village_in_unit; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.patrol_village
    ADD CONSTRAINT patrol_village_in_unit FOREIGN KEY (village_id, unit_id) REFERENCES casedesk.village(id, unit_id);

--
-- Name: patrol_village patrol_village_patrol_fk; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.patrol_village
    ADD CONSTRAINT patrol_village_patrol_fk FOREIGN KEY (patrol_id, unit_id) REFERENCES casedesk.patrol(id, unit_id) ON DELETE CASCADE;

--
-- Name: payment payment_case_fk; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.payment
    ADD CONSTRAINT payment_case_fk FOREIGN KEY (case_id, unit_id) REFERENCES casedesk.case_file(id, unit_id) ON UPDATE CASCADE;

--
-- Name: payment payment_recorded_by_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.payment
    ADD CONSTRAINT payment_recorded_by_fkey FOREIGN KEY (recorded_by) REFERENCES casedesk.official(id);

--
-- Name: petition petition_case_fk; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.petition
    ADD CONSTRAINT petition_case_fk FOREIGN KEY (case_id, unit_id) REFERENCES casedesk.case_file(id, unit_id) ON DELETE SET NULL (case_id);

--
-- Name: petition petition_project_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.petition
    ADD CONSTRAINT petition_project_id_fkey FOREIGN KEY (project_id) REFERENCES casedesk.project(id);

--
-- Name: petition petition_unit_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.petition
    ADD CONSTRAINT petition_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES casedesk.unit(id);

--
-- Name: project project_lead_unit_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.project
    ADD CONSTRAINT project_lead_unit_id_fkey FOREIGN KEY (lead_unit_id) REFERENCES casedesk.unit(id);

--
-- Name: project_unit project_unit_project_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.project_unit
    ADD CONSTRAINT project_unit_project_id_fkey FOREIGN KEY (project_id) REFERENCES casedesk.project(id) ON DELETE CASCADE;

--
-- Name: project_unit project_unit_unit_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.project_unit
    ADD CONSTRAINT project_unit_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES casedesk.unit(id);

--
-- Name: resettlement_community resettlement_community_unit_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.resettlement_community
    ADD CONSTRAINT resettlement_community_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES casedesk.unit(id);

--
-- Name: target target_unit_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.target
    ADD CONSTRAINT target_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES casedesk.unit(id);

--
-- Name: task_card task_card_official_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.task_card
    ADD CONSTRAINT task_card_official_id_fkey FOREIGN KEY (official_id) REFERENCES casedesk.official(id);

--
-- Name: task_card task_card_task_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.task_card
    ADD CONSTRAINT task_card_task_id_fkey FOREIGN KEY (task_id) REFERENCES casedesk.task(id) ON DELETE CASCADE;

--
-- Name: task_card task_card_unit_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.task_card
    ADD CONSTRAINT task_card_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES casedesk.unit(id);

--
-- Name: task task_closed_by_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.task
    ADD CONSTRAINT task_closed_by_fkey FOREIGN KEY (closed_by) REFERENCES casedesk.official(id);

--
-- Name: task task_created_by_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.task
    ADD CONSTRAINT task_created_by_fkey FOREIGN KEY (created_by) REFERENCES casedesk.official(id);

--
-- Name: task_extension task_extension_decided_by_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.task_extension
    ADD CONSTRAINT task_extension_decided_by_fkey FOREIGN KEY (decided_by) REFERENCES casedesk.official(id);

--
-- Name: task_extension task_extension_requested_by_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.task_extension
    ADD CONSTRAINT task_extension_requested_by_fkey FOREIGN KEY (requested_by) REFERENCES casedesk.official(id);

--
-- Name: task_extension task_extension_task_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.task_extension
    ADD CONSTRAINT task_extension_task_id_fkey FOREIGN KEY (task_id) REFERENCES casedesk.task(id) ON DELETE CASCADE;

--
-- Name: task task_lead_unit_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.task
    ADD CONSTRAINT task_lead_unit_id_fkey FOREIGN KEY (lead_unit_id) REFERENCES casedesk.unit(id);

--
-- Name: task_link task_link_case_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.task_link
    ADD CONSTRAINT task_link_case_id_fkey FOREIGN KEY (case_id) REFERENCES casedesk.case_file(id) ON DELETE CASCADE;

--
-- Name: task_link task_link_linked_by_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.task_link
    ADD CONSTRAINT task_link_linked_by_fkey FOREIGN KEY (linked_by) REFERENCES casedesk.official(id);

--
-- Name: task_link task_link_project_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.task_link
    ADD CONSTRAINT task_link_project_id_fkey FOREIGN KEY (project_id) REFERENCES casedesk.project(id) ON DELETE CASCADE;

--
-- Name: task_link task_link_task_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.task_link
    ADD CONSTRAINT task_link_task_id_fkey FOREIGN KEY (task_id) REFERENCES casedesk.task(id) ON DELETE CASCADE;

--
-- Name: task_report task_report_author_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.task_report
    ADD CONSTRAINT task_report_author_id_fkey FOREIGN KEY (author_id) REFERENCES casedesk.official(id);

--
-- Name: task_report task_report_task_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.task_report
    ADD CONSTRAINT task_report_task_id_fkey FOREIGN KEY (task_id) REFERENCES casedesk.task(id) ON DELETE CASCADE;

--
-- Name: task_report task_report_unit_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.task_report
    ADD CONSTRAINT task_report_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES casedesk.unit(id);

--
-- Name: task task_responsible_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.task
    ADD CONSTRAINT task_responsible_id_fkey FOREIGN KEY (responsible_id) REFERENCES casedesk.official(id);

--
-- Name: task_unit task_unit_task_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.task_unit
    ADD CONSTRAINT task_unit_task_id_fkey FOREIGN KEY (task_id) REFERENCES casedesk.task(id) ON DELETE CASCADE;

--
-- Name: task_unit task_unit_unit_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.task_unit
    ADD CONSTRAINT task_unit_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES casedesk.unit(id);

--
-- Name: unit unit_parent_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.unit
    ADD CONSTRAINT unit_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES casedesk.unit(id);

--
-- Name: village_certification village_certification_certified_by_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.village_certification
    ADD CONSTRAINT village_certification_certified_by_fkey FOREIGN KEY (certified_by) REFERENCES casedesk.official(id);

--
-- Name: village_certification village_certification_lost_case_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.village_certification
    ADD CONSTRAINT village_certification_lost_case_id_fkey FOREIGN KEY (lost_case_id) REFERENCES casedesk.case_file(id) ON DELETE SET NULL;

--
-- Name: village_certification village_certification_village_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.village_certification
    ADD CONSTRAINT village_certification_village_id_fkey FOREIGN KEY (village_id) REFERENCES casedesk.village(id);

--
-- Name: village village_unit_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.village
    ADD CONSTRAINT village_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES casedesk.unit(id);

--
-- Name: violation vio_case_fk; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.violation
    ADD CONSTRAINT vio_case_fk FOREIGN KEY (id, unit_id) REFERENCES casedesk.case_file(id, unit_id) ON UPDATE CASCADE ON DELETE CASCADE;

--
-- Name: violation vio_patrol_fk; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.violation
    ADD CONSTRAINT vio_patrol_fk FOREIGN KEY (patrol_id, unit_id) REFERENCES casedesk.patrol(id, unit_id);

--
-- Name: unit admin_insert; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY admin_insert ON casedesk.unit FOR INSERT TO casedesk_admin WITH CHECK ((( SELECT casedesk.my_role() AS my_role) = 'admin'::text));

--
-- Name: village admin_insert; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY admin_insert ON casedesk.village FOR INSERT TO casedesk_admin WITH CHECK ((( SELECT casedesk.my_role() AS my_role) = 'admin'::text));

--
-- Name: official admin_update; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY admin_update ON casedesk.official FOR UPDATE TO casedesk_admin USING ((( SELECT casedesk.my_role() AS my_role) = 'admin'::text)) WITH CHECK ((( SELECT casedesk.my_role() AS my_role) = 'admin'::text));

--
-- Name: unit admin_update; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY admin_update ON casedesk.unit FOR UPDATE TO casedesk_admin USING ((( SELECT casedesk.my_role() AS my_role) = 'admin'::text)) WITH CHECK ((( SELECT casedesk.my_role() AS my_role) = 'admin'::text));

--
-- Name: village admin_update; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY admin_update ON casedesk.village FOR UPDATE TO casedesk_admin USING ((( SELECT casedesk.my_role() AS my_role) = 'admin'::text)) WITH CHECK ((( SELECT casedesk.my_role() AS my_role) = 'admin'::text));

--
-- Name: audit_chain_head; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.audit_chain_head ENABLE ROW LEVEL SECURITY;

--
-- Name: audit_log; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.audit_log ENABLE ROW LEVEL SECURITY;

--
-- Name: case_file; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.case_file ENABLE ROW LEVEL SECURITY;

--
-- Name: case_file case_file_own_unit; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY case_file_own_unit ON casedesk.case_file TO casedesk_staff USING ((unit_id = ( SELECT casedesk.my_unit_id() AS my_unit_id))) WITH CHECK ((unit_id = ( SELECT casedesk.my_unit_id() AS my_unit_id)));

--
-- Name: case_file case_file_read_all; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY case_file_read_all ON casedesk.case_file FOR SELECT TO casedesk_supervisor, casedesk_inspector USING (true);

--
-- Name: case_open_total; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.case_open_total ENABLE ROW LEVEL SECURITY;

--
-- Name: commendation; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.commendation ENABLE ROW LEVEL SECURITY;

--
-- Name: commendation commendation_maintain; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY commendation_maintain ON casedesk.commendation TO casedesk_supervisor, casedesk_admin USING ((( SELECT casedesk.my_role() AS my_role) = ANY (ARRAY['supervisor'::text, 'admin'::text]))) WITH CHECK ((( SELECT casedesk.my_role() AS my_role) = ANY (ARRAY['supervisor'::text, 'admin'::text])));

--
-- Name: commendation commendation_read; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY commendation_read ON casedesk.commendation FOR SELECT TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin USING (true);

--
-- Name: official directory_read; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY directory_read ON casedesk.official FOR SELECT USING (true);

--
-- Name: unit directory_read; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY directory_read ON casedesk.unit FOR SELECT USING (true);

--
-- Name: village directory_read; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY directory_read ON casedesk.village FOR SELECT USING (true);

--
-- Name: discipline_audit; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.discipline_audit ENABLE ROW LEVEL SECURITY;

--
-- Name: discipline_audit discipline_audit_inspector_read; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY discipline_audit_inspector_read ON casedesk.discipline_audit FOR SELECT TO casedesk_inspector USING ((( SELECT casedesk.my_role() AS my_role) = 'inspector'::text));

--
-- Name: discipline_audit discipline_audit_not_about_me; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY discipline_audit_not_about_me ON casedesk.discipline_audit AS RESTRICTIVE FOR SELECT USING (((( SELECT casedesk.my_role() AS my_role) = 'inspector'::text) AND (NOT casedesk.discipline_audit_about_me(table_name, row_id, COALESCE(new_row, old_row)))));

--
-- Name: discipline_flagger; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.discipline_flagger ENABLE ROW LEVEL SECURITY;

--
-- Name: discipline_link; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.discipline_link ENABLE ROW LEVEL SECURITY;

--
-- Name: discipline_record; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.discipline_record ENABLE ROW LEVEL SECURITY;

--
-- Name: expropriation; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.expropriation ENABLE ROW LEVEL SECURITY;

--
-- Name: expropriation expropriation_own_unit; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY expropriation_own_unit ON casedesk.expropriation TO casedesk_staff USING ((unit_id = ( SELECT casedesk.my_unit_id() AS my_unit_id))) WITH CHECK ((unit_id = ( SELECT casedesk.my_unit_id() AS my_unit_id)));

--
-- Name: expropriation expropriation_read_all; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY expropriation_read_all ON casedesk.expropriation FOR SELECT TO casedesk_supervisor, casedesk_inspector USING (true);

--
-- Name: inbox; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.inbox ENABLE ROW LEVEL SECURITY;

--
-- Name: inbox inbox_mine; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY inbox_mine ON casedesk.inbox FOR SELECT TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin USING (((official_id = ( SELECT casedesk.my_official_id() AS my_official_id)) OR (unit_id = ( SELECT casedesk.my_unit_id() AS my_unit_id))));

--
-- Name: inbox_read; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.inbox_read ENABLE ROW LEVEL SECURITY;

--
-- Name: inbox_read inbox_read_mine; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY inbox_read_mine ON casedesk.inbox_read FOR SELECT TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin USING ((official_id = ( SELECT casedesk.my_official_id() AS my_official_id)));

--
-- Name: discipline_audit inspector_read; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY inspector_read ON casedesk.discipline_audit FOR SELECT TO casedesk_inspector USING ((( SELECT casedesk.my_role() AS my_role) = 'inspector'::text));

--
-- Name: discipline_flagger inspector_read; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY inspector_read ON casedesk.discipline_flagger FOR SELECT TO casedesk_inspector USING (((( SELECT casedesk.my_role() AS my_role) = 'inspector'::text) AND (EXISTS ( SELECT 1
   FROM casedesk.discipline_record r
  WHERE (r.id = discipline_flagger.record_id)))));

--
-- Name: discipline_link inspector_read; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY inspector_read ON casedesk.discipline_link FOR SELECT TO casedesk_inspector USING (((( SELECT casedesk.my_role() AS my_role) = 'inspector'::text) AND (EXISTS ( SELECT 1
   FROM casedesk.discipline_record r
  WHERE (r.id = discipline_link.record_id)))));

--
-- Name: discipline_record inspector_read; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY inspector_read ON casedesk.discipline_record FOR SELECT TO casedesk_inspector USING (((( SELECT casedesk.my_role() AS my_role) = 'inspector'::text) AND (official_id IS DISTINCT FROM ( SELECT casedesk.my_official_id() AS my_official_id))));

--
-- Name: notify_secret; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.notify_secret ENABLE ROW LEVEL SECURITY;

--
-- Name: official; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.official ENABLE ROW LEVEL SECURITY;

--
-- Name: patrol; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.patrol ENABLE ROW LEVEL SECURITY;

--
-- Name: patrol patrol_own_unit; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY patrol_own_unit ON casedesk.patrol TO casedesk_staff USING ((unit_id = ( SELECT casedesk.my_unit_id() AS my_unit_id))) WITH CHECK ((unit_id = ( SELECT casedesk.my_unit_id() AS my_unit_id)));

--
-- Name: patrol patrol_read_all; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY patrol_read_all ON casedesk.patrol FOR SELECT TO casedesk_supervisor, casedesk_inspector USING (true);

--
-- Name: patrol_village; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.patrol_village ENABLE ROW LEVEL SECURITY;

--
-- Name: patrol_village patrol_village_own_unit; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY patrol_village_own_unit ON casedesk.patrol_village TO casedesk_staff USING ((unit_id = ( SELECT casedesk.my_unit_id() AS my_unit_id))) WITH CHECK ((unit_id = ( SELECT casedesk.my_unit_id() AS my_unit_id)));

--
-- Name: patrol_village patrol_village_read_all; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY patrol_village_read_all ON casedesk.patrol_village FOR SELECT TO casedesk_supervisor, casedesk_inspector USING (true);

--
-- Name: payment; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.payment ENABLE ROW LEVEL SECURITY;

--
-- Name: payment payment_own_unit; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY payment_own_unit ON casedesk.payment TO casedesk_staff USING ((unit_id = ( SELECT casedesk.my_unit_id() AS my_unit_id))) WITH CHECK ((unit_id = ( SELECT casedesk.my_unit_id() AS my_unit_id)));

--
-- Name: payment payment_read_all; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY payment_read_all ON casedesk.payment FOR SELECT TO casedesk_supervisor, casedesk_inspector USING (true);

--
-- Name: petition; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.petition ENABLE ROW LEVEL SECURITY;

--
-- Name: petition petition_own_unit; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY petition_own_unit ON casedesk.petition TO casedesk_staff USING ((unit_id = ( SELECT casedesk.my_unit_id() AS my_unit_id))) WITH CHECK ((unit_id = ( SELECT casedesk.my_unit_id() AS my_unit_id)));

--
-- Name: petition petition_read_all; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY petition_read_all ON casedesk.petition FOR SELECT TO casedesk_supervisor, casedesk_inspector USING (true);

--
-- Name: project; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.project ENABLE ROW LEVEL SECURITY;

--
-- Name: project project_read_all; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY project_read_all ON casedesk.project FOR SELECT TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin USING (true);

--
-- Name: project project_supervisor_write; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY project_supervisor_write ON casedesk.project TO casedesk_supervisor USING (true) WITH CHECK (true);

--
-- Name: project_unit; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.project_unit ENABLE ROW LEVEL SECURITY;

--
-- Name: project_unit project_unit_read_all; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY project_unit_read_all ON casedesk.project_unit FOR SELECT TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin USING (true);

--
-- Name: project_unit project_unit_supervisor_write; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY project_unit_supervisor_write ON casedesk.project_unit TO casedesk_supervisor USING (true) WITH CHECK (true);

--
-- Name: resettlement_community; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.resettlement_community ENABLE ROW LEVEL SECURITY;

--
-- Name: resettlement_community resettlement_community_read_all; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY resettlement_community_read_all ON casedesk.resettlement_community FOR SELECT TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin USING (true);

--
-- Name: resettlement_community resettlement_community_supervisor_write; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY resettlement_community_supervisor_write ON casedesk.resettlement_community TO casedesk_supervisor USING (true) WITH CHECK (true);

--
-- Name: score_deduction; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.score_deduction ENABLE ROW LEVEL SECURITY;

--
-- Name: score_deduction score_deduction_maintain; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY score_deduction_maintain ON casedesk.score_deduction TO casedesk_supervisor, casedesk_admin USING ((( SELECT casedesk.my_role() AS my_role) = ANY (ARRAY['supervisor'::text, 'admin'::text]))) WITH CHECK ((( SELECT casedesk.my_role() AS my_role) = ANY (ARRAY['supervisor'::text, 'admin'::text])));

--
-- Name: score_deduction score_deduction_read; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY score_deduction_read ON casedesk.score_deduction FOR SELECT TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin USING (true);

--
-- Name: score_rule; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.score_rule ENABLE ROW LEVEL SECURITY;

--
-- Name: score_rule score_rule_maintain; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY score_rule_maintain ON casedesk.score_rule TO casedesk_supervisor, casedesk_admin USING ((( SELECT casedesk.my_role() AS my_role) = ANY (ARRAY['supervisor'::text, 'admin'::text]))) WITH CHECK ((( SELECT casedesk.my_role() AS my_role) = ANY (ARRAY['supervisor'::text, 'admin'::text])));

--
-- Name: score_rule score_rule_read; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY score_rule_read ON casedesk.score_rule FOR SELECT TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin USING (true);

--
-- Name: session_limit; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.session_limit ENABLE ROW LEVEL SECURITY;

--
-- Name: session_limit session_limit_read; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY session_limit_read ON casedesk.session_limit FOR SELECT USING (true);

--
-- Name: target; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.target ENABLE ROW LEVEL SECURITY;

--
-- Name: target target_maintain; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY target_maintain ON casedesk.target TO casedesk_supervisor, casedesk_admin USING ((( SELECT casedesk.my_role() AS my_role) = ANY (ARRAY['supervisor'::text, 'admin'::text]))) WITH CHECK ((( SELECT casedesk.my_role() AS my_role) = ANY (ARRAY['supervisor'::text, 'admin'::text])));

--
-- Name: target target_read; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY target_read ON casedesk.target FOR SELECT TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin USING (true);

--
-- Name: task; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.task ENABLE ROW LEVEL SECURITY;

--
-- Name: task task_all_read; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY task_all_read ON casedesk.task FOR SELECT TO casedesk_supervisor, casedesk_inspector USING (true);

--
-- Name: task_card; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.task_card ENABLE ROW LEVEL SECURITY;

--
-- Name: task_card task_card_all_read; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY task_card_all_read ON casedesk.task_card FOR SELECT TO casedesk_supervisor, casedesk_inspector USING (true);

--
-- Name: task_card task_card_staff_read; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY task_card_staff_read ON casedesk.task_card FOR SELECT TO casedesk_staff USING ((task_id IN ( SELECT casedesk.my_task_ids() AS my_task_ids)));

--
-- Name: task_extension; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.task_extension ENABLE ROW LEVEL SECURITY;

--
-- Name: task_extension task_extension_all_read; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY task_extension_all_read ON casedesk.task_extension FOR SELECT TO casedesk_supervisor, casedesk_inspector USING (true);

--
-- Name: task_extension task_extension_staff_read; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY task_extension_staff_read ON casedesk.task_extension FOR SELECT TO casedesk_staff USING ((task_id IN ( SELECT casedesk.my_task_ids() AS my_task_ids)));

--
-- Name: task_link; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.task_link ENABLE ROW LEVEL SECURITY;

--
-- Name: task_link task_link_all_read; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY task_link_all_read ON casedesk.task_link FOR SELECT TO casedesk_supervisor, casedesk_inspector USING (true);

--
-- Name: task_link task_link_staff_read; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY task_link_staff_read ON casedesk.task_link FOR SELECT TO casedesk_staff USING ((task_id IN ( SELECT casedesk.my_task_ids() AS my_task_ids)));

--
-- Name: task_report; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.task_report ENABLE ROW LEVEL SECURITY;

--
-- Name: task_report task_report_all_read; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY task_report_all_read ON casedesk.task_report FOR SELECT TO casedesk_supervisor, casedesk_inspector USING (true);

--
-- Name: task_report task_report_staff_read; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY task_report_staff_read ON casedesk.task_report FOR SELECT TO casedesk_staff USING ((task_id IN ( SELECT casedesk.my_task_ids() AS my_task_ids)));

--
-- Name: task task_staff_read; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY task_staff_read ON casedesk.task FOR SELECT TO casedesk_staff USING (((lead_unit_id = ( SELECT casedesk.my_unit_id() AS my_unit_id)) OR (id IN ( SELECT casedesk.my_cohandled_task_ids() AS my_cohandled_task_ids))));

--
-- Name: task task_supervisor_edit; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY task_supervisor_edit ON casedesk.task FOR UPDATE TO casedesk_supervisor USING (true) WITH CHECK (true);

--
-- Name: task_unit; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.task_unit ENABLE ROW LEVEL SECURITY;

--
-- Name: task_unit task_unit_all_read; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY task_unit_all_read ON casedesk.task_unit FOR SELECT TO casedesk_supervisor, casedesk_inspector USING (true);

--
-- Name: task_unit task_unit_staff_read; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY task_unit_staff_read ON casedesk.task_unit FOR SELECT TO casedesk_staff USING ((task_id IN ( SELECT casedesk.my_task_ids() AS my_task_ids)));

--
-- Name: unit; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.unit ENABLE ROW LEVEL SECURITY;

--
-- Name: unit_day_total; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.unit_day_total ENABLE ROW LEVEL SECURITY;

--
-- Name: official usermgr_insert; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY usermgr_insert ON casedesk.official FOR INSERT TO casedesk_usermgr WITH CHECK (true);

--
-- Name: official usermgr_update; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY usermgr_update ON casedesk.official FOR UPDATE TO casedesk_usermgr USING (true) WITH CHECK (true);

--
-- Name: village; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.village ENABLE ROW LEVEL SECURITY;

--
-- Name: violation; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.violation ENABLE ROW LEVEL SECURITY;

--
-- Name: violation violation_own_unit; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY violation_own_unit ON casedesk.violation TO casedesk_staff USING ((unit_id = ( SELECT casedesk.my_unit_id() AS my_unit_id))) WITH CHECK ((unit_id = ( SELECT casedesk.my_unit_id() AS my_unit_id)));

--
-- Name: violation violation_read_all; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY violation_read_all ON casedesk.violation FOR SELECT TO casedesk_supervisor, casedesk_inspector USING (true);

--
-- Name: SCHEMA casedesk; Type: ACL; Schema: -; Owner: casedesk_owner
--

GRANT USAGE ON SCHEMA casedesk TO casedesk_staff;
GRANT USAGE ON SCHEMA casedesk TO casedesk_supervisor;
GRANT USAGE ON SCHEMA casedesk TO casedesk_inspector;
GRANT USAGE ON SCHEMA casedesk TO casedesk_admin;
GRANT USAGE ON SCHEMA casedesk TO casedesk_usermgr;
GRANT USAGE ON SCHEMA casedesk TO casedesk_watchdog;

--
-- Name: FUNCTION accountability_units(p_year integer); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.accountability_units(p_year integer) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.accountability_units(p_year integer) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.accountability_units(p_year integer) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.accountability_units(p_year integer) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.accountability_units(p_year integer) TO casedesk_admin;

--
-- Name: FUNCTION add_workdays(d date, n integer); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.add_workdays(d date, n integer) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.add_workdays(d date, n integer) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.add_workdays(d date, n integer) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.add_workdays(d date, n integer) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.add_workdays(d date, n integer) TO casedesk_admin;

--
-- Name: FUNCTION arg_date(p_args jsonb, p_key text, p_field text, p_required boolean); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.arg_date(p_args jsonb, p_key text, p_field text, p_required boolean) FROM PUBLIC;

--
-- Name: FUNCTION arg_num(p_args jsonb, p_key text, p_field text, p_required boolean); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.arg_num(p_args jsonb, p_key text, p_field text, p_required boolean) FROM PUBLIC;

--
-- Name: FUNCTION arg_text(p_args jsonb, p_key text, p_field text, p_required boolean); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.arg_text(p_args jsonb, p_key text, p_field text, p_required boolean) FROM PUBLIC;

--
-- Name: FUNCTION audit_append(p_chain text, p_table text, p_row_id bigint, p_op text, p_old jsonb, p_new jsonb); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.audit_append(p_chain text, p_table text, p_row_id bigint, p_op text, p_old jsonb, p_new jsonb) FROM PUBLIC;

--
-- Name: FUNCTION audit_canonical(p_id bigint, p_at timestamp with time zone, p_login text, p_txid bigint, p_table text, p_row_id bigint, p_op text, p_old jsonb, p_new jsonb); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.audit_canonical(p_id bigint, p_at timestamp with time zone, p_login text, p_txid bigint, p_table text, p_row_id bigint, p_op text, p_old jsonb, p_new jsonb) FROM PUBLIC;

--
-- Name: FUNCTION audit_chain_rows(p_chain text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.audit_chain_rows(p_chain text) FROM PUBLIC;

--
-- Name: FUNCTION audit_first_broken(p_chain text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.audit_first_broken(p_chain text) FROM PUBLIC;

--
-- Name: FUNCTION audit_immutable(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.audit_immutable() FROM PUBLIC;

--
-- Name: FUNCTION audit_redact(p_table text, p_row jsonb); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.audit_redact(p_table text, p_row jsonb) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.audit_redact(p_table text, p_row jsonb) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.audit_redact(p_table text, p_row jsonb) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.audit_redact(p_table text, p_row jsonb) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.audit_redact(p_table text, p_row jsonb) TO casedesk_admin;

--
-- Name: FUNCTION audit_row_visible(p_table text, p_row_id bigint); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.audit_row_visible(p_table text, p_row_id bigint) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.audit_row_visible(p_table text, p_row_id bigint) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.audit_row_visible(p_table text, p_row_id bigint) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.audit_row_visible(p_table text, p_row_id bigint) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.audit_row_visible(p_table text, p_row_id bigint) TO casedesk_admin;

--
-- Name: FUNCTION audit_trigger(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.audit_trigger() FROM PUBLIC;

--
-- Name: FUNCTION briefing_check(p_year integer, p_unit_code text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.briefing_check(p_year integer, p_unit_code text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.briefing_check(p_year integer, p_unit_code text) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.briefing_check(p_year integer, p_unit_code text) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.briefing_check(p_year integer, p_unit_code text) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.briefing_check(p_year integer, p_unit_code text) TO casedesk_admin;

--
-- Name: FUNCTION briefing_commendations(p_year integer, p_unit_code text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.briefing_commendations(p_year integer, p_unit_code text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.briefing_commendations(p_year integer, p_unit_code text) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.briefing_commendations(p_year integer, p_unit_code text) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.briefing_commendations(p_year integer, p_unit_code text) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.briefing_commendations(p_year integer, p_unit_code text) TO casedesk_admin;

--
-- Name: FUNCTION briefing_discipline(p_year integer, p_unit_code text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.briefing_discipline(p_year integer, p_unit_code text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.briefing_discipline(p_year integer, p_unit_code text) TO casedesk_inspector;

--
-- Name: FUNCTION briefing_expropriation(p_year integer, p_unit_code text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.briefing_expropriation(p_year integer, p_unit_code text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.briefing_expropriation(p_year integer, p_unit_code text) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.briefing_expropriation(p_year integer, p_unit_code text) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.briefing_expropriation(p_year integer, p_unit_code text) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.briefing_expropriation(p_year integer, p_unit_code text) TO casedesk_admin;

--
-- Name: FUNCTION briefing_tasks(p_year integer, p_unit_code text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.briefing_tasks(p_year integer, p_unit_code text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.briefing_tasks(p_year integer, p_unit_code text) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.briefing_tasks(p_year integer, p_unit_code text) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.briefing_tasks(p_year integer, p_unit_code text) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.briefing_tasks(p_year integer, p_unit_code text) TO casedesk_admin;

--
-- Name: FUNCTION briefing_violations(p_year integer, p_unit_code text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.briefing_violations(p_year integer, p_unit_code text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.briefing_violations(p_year integer, p_unit_code text) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.briefing_violations(p_year integer, p_unit_code text) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.briefing_violations(p_year integer, p_unit_code text) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.briefing_violations(p_year integer, p_unit_code text) TO casedesk_admin;

--
-- Name: FUNCTION bump_version(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.bump_version() FROM PUBLIC;

--
-- Name: FUNCTION valid_phone(p text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.valid_phone(p text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.valid_phone(p text) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.valid_phone(p text) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.valid_phone(p text) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.valid_phone(p text) TO casedesk_admin;

--
-- Name: FUNCTION visible_text(p text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.visible_text(p text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.visible_text(p text) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.visible_text(p text) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.visible_text(p text) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.visible_text(p text) TO casedesk_admin;
GRANT ALL ON FUNCTION casedesk.visible_text(p text) TO casedesk_usermgr;

--
-- Name: TABLE case_file; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT ON TABLE casedesk.case_file TO casedesk_staff;
GRANT SELECT ON TABLE casedesk.case_file TO casedesk_supervisor;
GRANT SELECT ON TABLE casedesk.case_file TO casedesk_inspector;

--
-- Name: COLUMN case_file.handled_by; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(handled_by) ON TABLE casedesk.case_file TO casedesk_staff;

--
-- Name: COLUMN case_file.party_name; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(party_name) ON TABLE casedesk.case_file TO casedesk_staff;

--
-- Name: COLUMN case_file.party_phone; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(party_phone) ON TABLE casedesk.case_file TO casedesk_staff;

--
-- Name: COLUMN case_file.address; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(address) ON TABLE casedesk.case_file TO casedesk_staff;

--
-- Name: COLUMN case_file.note; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(note) ON TABLE casedesk.case_file TO casedesk_staff;

--
-- Name: FUNCTION case_blocker_expropriation(c casedesk.case_file, p_step text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.case_blocker_expropriation(c casedesk.case_file, p_step text) FROM PUBLIC;

--
-- Name: FUNCTION case_blocker_violation(c casedesk.case_file, p_step text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.case_blocker_violation(c casedesk.case_file, p_step text) FROM PUBLIC;

--
-- Name: FUNCTION case_create_expropriation(p_project_id integer, p_village_id integer, p_party_kind text, p_party_name text, p_party_id_no text, p_phone text, p_address text, p_house_area numeric, p_land_area_mu numeric, p_opened_on date); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.case_create_expropriation(p_project_id integer, p_village_id integer, p_party_kind text, p_party_name text, p_party_id_no text, p_phone text, p_address text, p_house_area numeric, p_land_area_mu numeric, p_opened_on date) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.case_create_expropriation(p_project_id integer, p_village_id integer, p_party_kind text, p_party_name text, p_party_id_no text, p_phone text, p_address text, p_house_area numeric, p_land_area_mu numeric, p_opened_on date) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.case_create_expropriation(p_project_id integer, p_village_id integer, p_party_kind text, p_party_name text, p_party_id_no text, p_phone text, p_address text, p_house_area numeric, p_land_area_mu numeric, p_opened_on date) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.case_create_expropriation(p_project_id integer, p_village_id integer, p_party_kind text, p_party_name text, p_party_id_no text, p_phone text, p_address text, p_house_area numeric, p_land_area_mu numeric, p_opened_on date) TO casedesk_inspector;

--
-- Name: FUNCTION case_create_violation(p_village_id integer, p_subkind text, p_found_by text, p_found_on date, p_owner_name text, p_address text, p_area_m2 numeric, p_floors integer, p_built_on date, p_lat numeric, p_lon numeric, p_phone text, p_note text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.case_create_violation(p_village_id integer, p_subkind text, p_found_by text, p_found_on date, p_owner_name text, p_address text, p_area_m2 numeric, p_floors integer, p_built_on date, p_lat numeric, p_lon numeric, p_phone text, p_note text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.case_create_violation(p_village_id integer, p_subkind text, p_found_by text, p_found_on date, p_owner_name text, p_address text, p_area_m2 numeric, p_floors integer, p_built_on date, p_lat numeric, p_lon numeric, p_phone text, p_note text) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.case_create_violation(p_village_id integer, p_subkind text, p_found_by text, p_found_on date, p_owner_name text, p_address text, p_area_m2 numeric, p_floors integer, p_built_on date, p_lat numeric, p_lon numeric, p_phone text, p_note text) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.case_create_violation(p_village_id integer, p_subkind text, p_found_by text, p_found_on date, p_owner_name text, p_address text, p_area_m2 numeric, p_floors integer, p_built_on date, p_lat numeric, p_lon numeric, p_phone text, p_note text) TO casedesk_inspector;

--
-- Name: FUNCTION case_file_check(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.case_file_check() FROM PUBLIC;

--
-- Name: FUNCTION case_for_staff(p_case_id bigint); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.case_for_staff(p_case_id bigint) FROM PUBLIC;

--
-- Name: FUNCTION case_is_closed(p_case bigint); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.case_is_closed(p_case bigint) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.case_is_closed(p_case bigint) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.case_is_closed(p_case bigint) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.case_is_closed(p_case bigint) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.case_is_closed(p_case bigint) TO casedesk_admin;

--
-- Name: FUNCTION case_new(p_kind text, p_village_id integer, p_opened_on date, p_party_name text, p_phone text, p_address text, p_note text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.case_new(p_kind text, p_village_id integer, p_opened_on date, p_party_name text, p_phone text, p_address text, p_note text) FROM PUBLIC;

--
-- Name: FUNCTION case_new_violation(p_village_id integer, p_subkind text, p_found_by text, p_found_on date, p_owner_name text, p_address text, p_area_m2 numeric, p_floors integer, p_built_on date, p_lat numeric, p_lon numeric, p_phone text, p_note text, p_patrol_id bigint); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.case_new_violation(p_village_id integer, p_subkind text, p_found_by text, p_found_on date, p_owner_name text, p_address text, p_area_m2 numeric, p_floors integer, p_built_on date, p_lat numeric, p_lon numeric, p_phone text, p_note text, p_patrol_id bigint) FROM PUBLIC;

--
-- Name: FUNCTION case_next_steps(p_case_id bigint); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.case_next_steps(p_case_id bigint) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.case_next_steps(p_case_id bigint) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.case_next_steps(p_case_id bigint) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.case_next_steps(p_case_id bigint) TO casedesk_inspector;

--
-- Name: FUNCTION case_open_trg(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.case_open_trg() FROM PUBLIC;

--
-- Name: FUNCTION case_step_blocker(c casedesk.case_file, p_step text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.case_step_blocker(c casedesk.case_file, p_step text) FROM PUBLIC;

--
-- Name: FUNCTION case_step_expropriation(c casedesk.case_file, p_step text, a jsonb); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.case_step_expropriation(c casedesk.case_file, p_step text, a jsonb) FROM PUBLIC;

--
-- Name: FUNCTION case_step_violation(c casedesk.case_file, p_step text, a jsonb); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.case_step_violation(c casedesk.case_file, p_step text, a jsonb) FROM PUBLIC;

--
-- Name: FUNCTION case_steps(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.case_steps() FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.case_steps() TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.case_steps() TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.case_steps() TO casedesk_inspector;

--
-- Name: FUNCTION case_transition(p_case_id bigint, p_version integer, p_step text, p_args jsonb); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.case_transition(p_case_id bigint, p_version integer, p_step text, p_args jsonb) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.case_transition(p_case_id bigint, p_version integer, p_step text, p_args jsonb) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.case_transition(p_case_id bigint, p_version integer, p_step text, p_args jsonb) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.case_transition(p_case_id bigint, p_version integer, p_step text, p_args jsonb) TO casedesk_inspector;

--
-- Name: FUNCTION check_past(p_date date, p_field text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.check_past(p_date date, p_field text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.check_past(p_date date, p_field text) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.check_past(p_date date, p_field text) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.check_past(p_date date, p_field text) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.check_past(p_date date, p_field text) TO casedesk_admin;

--
-- Name: FUNCTION check_past_changed(p_op text, p_new date, p_old date, p_field text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.check_past_changed(p_op text, p_new date, p_old date, p_field text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.check_past_changed(p_op text, p_new date, p_old date, p_field text) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.check_past_changed(p_op text, p_new date, p_old date, p_field text) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.check_past_changed(p_op text, p_new date, p_old date, p_field text) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.check_past_changed(p_op text, p_new date, p_old date, p_field text) TO casedesk_admin;

--
-- Name: FUNCTION check_step_date(p_on date, p_last date); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.check_step_date(p_on date, p_last date) FROM PUBLIC;

--
-- Name: FUNCTION day_of(p_at timestamp with time zone); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.day_of(p_at timestamp with time zone) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.day_of(p_at timestamp with time zone) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.day_of(p_at timestamp with time zone) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.day_of(p_at timestamp with time zone) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.day_of(p_at timestamp with time zone) TO casedesk_admin;

--
-- Name: FUNCTION discipline_audit_about_me(p_table text, p_row_id bigint, p_row jsonb); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.discipline_audit_about_me(p_table text, p_row_id bigint, p_row jsonb) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.discipline_audit_about_me(p_table text, p_row_id bigint, p_row jsonb) TO casedesk_inspector;

--
-- Name: FUNCTION discipline_auto_flag_inaction(p_task_id bigint, p_official_id integer); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.discipline_auto_flag_inaction(p_task_id bigint, p_official_id integer) FROM PUBLIC;

--
-- Name: FUNCTION discipline_conclude(p_id bigint, p_disposition text, p_decided_on date, p_decision_no text, p_note text, p_version integer); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.discipline_conclude(p_id bigint, p_disposition text, p_decided_on date, p_decision_no text, p_note text, p_version integer) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.discipline_conclude(p_id bigint, p_disposition text, p_decided_on date, p_decision_no text, p_note text, p_version integer) TO casedesk_inspector;

--
-- Name: FUNCTION discipline_get(p_id bigint); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.discipline_get(p_id bigint) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.discipline_get(p_id bigint) TO casedesk_inspector;

--
-- Name: FUNCTION discipline_insert(p_official_id integer, p_category text, p_facts text, p_source text, p_flagger integer, p_case_ids bigint[], p_task_ids bigint[]); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.discipline_insert(p_official_id integer, p_category text, p_facts text, p_source text, p_flagger integer, p_case_ids bigint[], p_task_ids bigint[]) FROM PUBLIC;

--
-- Name: FUNCTION discipline_list(p_status text, p_category text, p_unit_id integer, p_official_id integer, p_before_id bigint, p_limit integer); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.discipline_list(p_status text, p_category text, p_unit_id integer, p_official_id integer, p_before_id bigint, p_limit integer) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.discipline_list(p_status text, p_category text, p_unit_id integer, p_official_id integer, p_before_id bigint, p_limit integer) TO casedesk_inspector;

--
-- Name: FUNCTION discipline_new_id(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.discipline_new_id() FROM PUBLIC;

--
-- Name: FUNCTION discipline_lock(p_id bigint, p_version integer); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.discipline_lock(p_id bigint, p_version integer) FROM PUBLIC;

--
-- Name: FUNCTION discipline_new_receipt(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.discipline_new_receipt() FROM PUBLIC;

--
-- Name: FUNCTION discipline_open_by_category_unit(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.discipline_open_by_category_unit() FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.discipline_open_by_category_unit() TO casedesk_inspector;

--
-- Name: FUNCTION discipline_overdue_reviews(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.discipline_overdue_reviews() FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.discipline_overdue_reviews() TO casedesk_inspector;

--
-- Name: FUNCTION discipline_repeat_officials(p_min integer); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.discipline_repeat_officials(p_min integer) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.discipline_repeat_officials(p_min integer) TO casedesk_inspector;

--
-- Name: FUNCTION discipline_require_inspector(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.discipline_require_inspector() FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.discipline_require_inspector() TO casedesk_inspector;

--
-- Name: FUNCTION discipline_route(p_id bigint, p_to text, p_note text, p_version integer); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.discipline_route(p_id bigint, p_to text, p_note text, p_version integer) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.discipline_route(p_id bigint, p_to text, p_note text, p_version integer) TO casedesk_inspector;

--
-- Name: FUNCTION discipline_start_review(p_id bigint, p_due date, p_version integer); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.discipline_start_review(p_id bigint, p_due date, p_version integer) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.discipline_start_review(p_id bigint, p_due date, p_version integer) TO casedesk_inspector;

--
-- Name: FUNCTION district_zone(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.district_zone() FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.district_zone() TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.district_zone() TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.district_zone() TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.district_zone() TO casedesk_admin;

--
-- Name: FUNCTION expropriation_check(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.expropriation_check() FROM PUBLIC;

--
-- Name: FUNCTION flag_official(p_official_id integer, p_category text, p_facts text, p_case_ids bigint[], p_task_ids bigint[]); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.flag_official(p_official_id integer, p_category text, p_facts text, p_case_ids bigint[], p_task_ids bigint[]) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.flag_official(p_official_id integer, p_category text, p_facts text, p_case_ids bigint[], p_task_ids bigint[]) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.flag_official(p_official_id integer, p_category text, p_facts text, p_case_ids bigint[], p_task_ids bigint[]) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.flag_official(p_official_id integer, p_category text, p_facts text, p_case_ids bigint[], p_task_ids bigint[]) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.flag_official(p_official_id integer, p_category text, p_facts text, p_case_ids bigint[], p_task_ids bigint[]) TO casedesk_admin;

--
-- Name: FUNCTION flag_receipt_status(p_receipt text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.flag_receipt_status(p_receipt text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.flag_receipt_status(p_receipt text) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.flag_receipt_status(p_receipt text) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.flag_receipt_status(p_receipt text) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.flag_receipt_status(p_receipt text) TO casedesk_admin;

--
-- Name: FUNCTION inbox_mark_all_read(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.inbox_mark_all_read() FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.inbox_mark_all_read() TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.inbox_mark_all_read() TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.inbox_mark_all_read() TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.inbox_mark_all_read() TO casedesk_admin;

--
-- Name: FUNCTION inbox_mark_read(p_id bigint); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.inbox_mark_read(p_id bigint) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.inbox_mark_read(p_id bigint) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.inbox_mark_read(p_id bigint) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.inbox_mark_read(p_id bigint) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.inbox_mark_read(p_id bigint) TO casedesk_admin;

--
-- Name: FUNCTION inbox_post(p_official integer, p_unit integer, p_kind text, p_task bigint, p_detail text, p_ref date); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.inbox_post(p_official integer, p_unit integer, p_kind text, p_task bigint, p_detail text, p_ref date) FROM PUBLIC;

--
-- Name: FUNCTION inbox_unread_count(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.inbox_unread_count() FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.inbox_unread_count() TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.inbox_unread_count() TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.inbox_unread_count() TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.inbox_unread_count() TO casedesk_admin;

--
-- Name: FUNCTION is_workday(d date); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.is_workday(d date) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.is_workday(d date) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.is_workday(d date) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.is_workday(d date) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.is_workday(d date) TO casedesk_admin;

--
-- Name: FUNCTION log_discipline_read(p_table text, p_id bigint); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.log_discipline_read(p_table text, p_id bigint) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.log_discipline_read(p_table text, p_id bigint) TO casedesk_inspector;

--
-- Name: FUNCTION log_discipline_reads(p_table text, p_ids bigint[]); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.log_discipline_reads(p_table text, p_ids bigint[]) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.log_discipline_reads(p_table text, p_ids bigint[]) TO casedesk_inspector;

--
-- Name: FUNCTION my_channels(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.my_channels() FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.my_channels() TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.my_channels() TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.my_channels() TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.my_channels() TO casedesk_admin;

--
-- Name: FUNCTION my_cohandled_task_ids(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.my_cohandled_task_ids() FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.my_cohandled_task_ids() TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.my_cohandled_task_ids() TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.my_cohandled_task_ids() TO casedesk_inspector;

--
-- Name: FUNCTION my_flag_receipts(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.my_flag_receipts() FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.my_flag_receipts() TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.my_flag_receipts() TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.my_flag_receipts() TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.my_flag_receipts() TO casedesk_admin;

--
-- Name: FUNCTION my_official_id(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.my_official_id() FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.my_official_id() TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.my_official_id() TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.my_official_id() TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.my_official_id() TO casedesk_admin;

--
-- Name: FUNCTION my_open_case_count(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.my_open_case_count() FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.my_open_case_count() TO casedesk_staff;

--
-- Name: FUNCTION my_role(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.my_role() FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.my_role() TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.my_role() TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.my_role() TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.my_role() TO casedesk_admin;
GRANT ALL ON FUNCTION casedesk.my_role() TO casedesk_usermgr;

--
-- Name: FUNCTION my_task_ids(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.my_task_ids() FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.my_task_ids() TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.my_task_ids() TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.my_task_ids() TO casedesk_inspector;

--
-- Name: FUNCTION my_unit_id(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.my_unit_id() FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.my_unit_id() TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.my_unit_id() TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.my_unit_id() TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.my_unit_id() TO casedesk_admin;

--
-- Name: FUNCTION notify_trigger(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.notify_trigger() FROM PUBLIC;

--
-- Name: FUNCTION official_evidence(p_official_id integer, p_limit integer); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.official_evidence(p_official_id integer, p_limit integer) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.official_evidence(p_official_id integer, p_limit integer) TO casedesk_inspector;

--
-- Name: FUNCTION official_guard(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.official_guard() FROM PUBLIC;

--
-- Name: FUNCTION official_in_unit(p_official integer, p_unit integer); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.official_in_unit(p_official integer, p_unit integer) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.official_in_unit(p_official integer, p_unit integer) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.official_in_unit(p_official integer, p_unit integer) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.official_in_unit(p_official integer, p_unit integer) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.official_in_unit(p_official integer, p_unit integer) TO casedesk_admin;

--
-- Name: FUNCTION patrol_check(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.patrol_check() FROM PUBLIC;

--
-- Name: FUNCTION patrol_record_finding(p_patrol_id bigint, p_village_id integer, p_subkind text, p_owner_name text, p_address text, p_area_m2 numeric, p_floors integer, p_built_on date, p_lat numeric, p_lon numeric, p_note text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.patrol_record_finding(p_patrol_id bigint, p_village_id integer, p_subkind text, p_owner_name text, p_address text, p_area_m2 numeric, p_floors integer, p_built_on date, p_lat numeric, p_lon numeric, p_note text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.patrol_record_finding(p_patrol_id bigint, p_village_id integer, p_subkind text, p_owner_name text, p_address text, p_area_m2 numeric, p_floors integer, p_built_on date, p_lat numeric, p_lon numeric, p_note text) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.patrol_record_finding(p_patrol_id bigint, p_village_id integer, p_subkind text, p_owner_name text, p_address text, p_area_m2 numeric, p_floors integer, p_built_on date, p_lat numeric, p_lon numeric, p_note text) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.patrol_record_finding(p_patrol_id bigint, p_village_id integer, p_subkind text, p_owner_name text, p_address text, p_area_m2 numeric, p_floors integer, p_built_on date, p_lat numeric, p_lon numeric, p_note text) TO casedesk_inspector;

--
-- Name: FUNCTION patrol_village_check(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.patrol_village_check() FROM PUBLIC;

--
-- Name: FUNCTION payment_add(p_case_id bigint, p_amount numeric, p_paid_on date, p_payee text, p_voucher_no text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.payment_add(p_case_id bigint, p_amount numeric, p_paid_on date, p_payee text, p_voucher_no text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.payment_add(p_case_id bigint, p_amount numeric, p_paid_on date, p_payee text, p_voucher_no text) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.payment_add(p_case_id bigint, p_amount numeric, p_paid_on date, p_payee text, p_voucher_no text) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.payment_add(p_case_id bigint, p_amount numeric, p_paid_on date, p_payee text, p_voucher_no text) TO casedesk_inspector;

--
-- Name: FUNCTION payment_apply(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.payment_apply() FROM PUBLIC;

--
-- Name: FUNCTION payment_immutable(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.payment_immutable() FROM PUBLIC;

--
-- Name: FUNCTION period_bounds(p_year integer, p_period text, p_index integer, OUT d_from date, OUT d_to date, OUT year_fraction numeric); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.period_bounds(p_year integer, p_period text, p_index integer, OUT d_from date, OUT d_to date, OUT year_fraction numeric) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.period_bounds(p_year integer, p_period text, p_index integer, OUT d_from date, OUT d_to date, OUT year_fraction numeric) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.period_bounds(p_year integer, p_period text, p_index integer, OUT d_from date, OUT d_to date, OUT year_fraction numeric) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.period_bounds(p_year integer, p_period text, p_index integer, OUT d_from date, OUT d_to date, OUT year_fraction numeric) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.period_bounds(p_year integer, p_period text, p_index integer, OUT d_from date, OUT d_to date, OUT year_fraction numeric) TO casedesk_admin;

--
-- Name: FUNCTION petition_answer(p_petition_id bigint, p_version integer, p_answered_on date, p_answer text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.petition_answer(p_petition_id bigint, p_version integer, p_answered_on date, p_answer text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.petition_answer(p_petition_id bigint, p_version integer, p_answered_on date, p_answer text) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.petition_answer(p_petition_id bigint, p_version integer, p_answered_on date, p_answer text) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.petition_answer(p_petition_id bigint, p_version integer, p_answered_on date, p_answer text) TO casedesk_inspector;

--
-- Name: FUNCTION petition_check(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.petition_check() FROM PUBLIC;

--
-- Name: FUNCTION petition_close(p_petition_id bigint, p_version integer); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.petition_close(p_petition_id bigint, p_version integer) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.petition_close(p_petition_id bigint, p_version integer) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.petition_close(p_petition_id bigint, p_version integer) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.petition_close(p_petition_id bigint, p_version integer) TO casedesk_inspector;

--
-- Name: TABLE petition; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT ON TABLE casedesk.petition TO casedesk_staff;
GRANT SELECT ON TABLE casedesk.petition TO casedesk_supervisor;
GRANT SELECT ON TABLE casedesk.petition TO casedesk_inspector;

--
-- Name: COLUMN petition.project_id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT INSERT(project_id) ON TABLE casedesk.petition TO casedesk_staff;

--
-- Name: COLUMN petition.case_id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT INSERT(case_id) ON TABLE casedesk.petition TO casedesk_staff;

--
-- Name: COLUMN petition.petitioner; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT INSERT(petitioner),UPDATE(petitioner) ON TABLE casedesk.petition TO casedesk_staff;

--
-- Name: COLUMN petition.phone; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT INSERT(phone),UPDATE(phone) ON TABLE casedesk.petition TO casedesk_staff;

--
-- Name: COLUMN petition.received_on; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT INSERT(received_on) ON TABLE casedesk.petition TO casedesk_staff;

--
-- Name: COLUMN petition.subject; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT INSERT(subject),UPDATE(subject) ON TABLE casedesk.petition TO casedesk_staff;

--
-- Name: COLUMN petition.content; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT INSERT(content),UPDATE(content) ON TABLE casedesk.petition TO casedesk_staff;

--
-- Name: FUNCTION petition_for_staff(p_petition_id bigint, p_version integer); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.petition_for_staff(p_petition_id bigint, p_version integer) FROM PUBLIC;

--
-- Name: FUNCTION ranking(p_year integer, p_period text, p_index integer); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.ranking(p_year integer, p_period text, p_index integer) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.ranking(p_year integer, p_period text, p_index integer) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.ranking(p_year integer, p_period text, p_index integer) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.ranking(p_year integer, p_period text, p_index integer) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.ranking(p_year integer, p_period text, p_index integer) TO casedesk_admin;

--
-- Name: FUNCTION refuse(msg text, code text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.refuse(msg text, code text) FROM PUBLIC;

--
-- Name: FUNCTION row_delete(p_table text, p_id bigint); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.row_delete(p_table text, p_id bigint) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.row_delete(p_table text, p_id bigint) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.row_delete(p_table text, p_id bigint) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.row_delete(p_table text, p_id bigint) TO casedesk_admin;

--
-- Name: FUNCTION row_history(p_table text, p_id bigint); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.row_history(p_table text, p_id bigint) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.row_history(p_table text, p_id bigint) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.row_history(p_table text, p_id bigint) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.row_history(p_table text, p_id bigint) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.row_history(p_table text, p_id bigint) TO casedesk_admin;

--
-- Name: FUNCTION score_rule_problem(p_year integer); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.score_rule_problem(p_year integer) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.score_rule_problem(p_year integer) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.score_rule_problem(p_year integer) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.score_rule_problem(p_year integer) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.score_rule_problem(p_year integer) TO casedesk_admin;

--
-- Name: FUNCTION score_rule_set(p_year integer, p_weights jsonb); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.score_rule_set(p_year integer, p_weights jsonb) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.score_rule_set(p_year integer, p_weights jsonb) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.score_rule_set(p_year integer, p_weights jsonb) TO casedesk_admin;

--
-- Name: FUNCTION score_rule_sum_check(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.score_rule_sum_check() FROM PUBLIC;

--
-- Name: FUNCTION score_rule_year(p_year integer); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.score_rule_year(p_year integer) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.score_rule_year(p_year integer) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.score_rule_year(p_year integer) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.score_rule_year(p_year integer) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.score_rule_year(p_year integer) TO casedesk_admin;

--
-- Name: FUNCTION setting_apply(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.setting_apply() FROM PUBLIC;

--
-- Name: FUNCTION setting_check(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.setting_check() FROM PUBLIC;

--
-- Name: FUNCTION setting_date(p_key text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.setting_date(p_key text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.setting_date(p_key text) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.setting_date(p_key text) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.setting_date(p_key text) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.setting_date(p_key text) TO casedesk_admin;

--
-- Name: FUNCTION stamp_recorder(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.stamp_recorder() FROM PUBLIC;

--
-- Name: FUNCTION stock_cutoff(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.stock_cutoff() FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.stock_cutoff() TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.stock_cutoff() TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.stock_cutoff() TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.stock_cutoff() TO casedesk_admin;

--
-- Name: FUNCTION target_metrics(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.target_metrics() FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.target_metrics() TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.target_metrics() TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.target_metrics() TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.target_metrics() TO casedesk_admin;

--
-- Name: FUNCTION task_add_report(p_task_id bigint, p_body text, p_percent integer); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.task_add_report(p_task_id bigint, p_body text, p_percent integer) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.task_add_report(p_task_id bigint, p_body text, p_percent integer) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.task_add_report(p_task_id bigint, p_body text, p_percent integer) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.task_add_report(p_task_id bigint, p_body text, p_percent integer) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.task_add_report(p_task_id bigint, p_body text, p_percent integer) TO casedesk_admin;

--
-- Name: FUNCTION task_add_unit(p_task_id bigint, p_unit text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.task_add_unit(p_task_id bigint, p_unit text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.task_add_unit(p_task_id bigint, p_unit text) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.task_add_unit(p_task_id bigint, p_unit text) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.task_add_unit(p_task_id bigint, p_unit text) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.task_add_unit(p_task_id bigint, p_unit text) TO casedesk_admin;

--
-- Name: FUNCTION task_card_inbox_trigger(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.task_card_inbox_trigger() FROM PUBLIC;

--
-- Name: FUNCTION task_check(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.task_check() FROM PUBLIC;

--
-- Name: FUNCTION task_check_deadline(p_deadline date); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.task_check_deadline(p_deadline date) FROM PUBLIC;

--
-- Name: FUNCTION task_check_report_values(p_body text, p_percent integer); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.task_check_report_values(p_body text, p_percent integer) FROM PUBLIC;

--
-- Name: FUNCTION task_check_reportable(p_status text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.task_check_reportable(p_status text) FROM PUBLIC;

--
-- Name: FUNCTION task_close(p_task_id bigint, p_version integer, p_note text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.task_close(p_task_id bigint, p_version integer, p_note text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.task_close(p_task_id bigint, p_version integer, p_note text) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.task_close(p_task_id bigint, p_version integer, p_note text) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.task_close(p_task_id bigint, p_version integer, p_note text) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.task_close(p_task_id bigint, p_version integer, p_note text) TO casedesk_admin;

--
-- Name: FUNCTION task_create(p_title text, p_lead_unit text, p_deadline date, p_description text, p_source text, p_level text, p_report_interval integer, p_responsible text, p_cohandling text[]); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.task_create(p_title text, p_lead_unit text, p_deadline date, p_description text, p_source text, p_level text, p_report_interval integer, p_responsible text, p_cohandling text[]) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.task_create(p_title text, p_lead_unit text, p_deadline date, p_description text, p_source text, p_level text, p_report_interval integer, p_responsible text, p_cohandling text[]) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.task_create(p_title text, p_lead_unit text, p_deadline date, p_description text, p_source text, p_level text, p_report_interval integer, p_responsible text, p_cohandling text[]) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.task_create(p_title text, p_lead_unit text, p_deadline date, p_description text, p_source text, p_level text, p_report_interval integer, p_responsible text, p_cohandling text[]) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.task_create(p_title text, p_lead_unit text, p_deadline date, p_description text, p_source text, p_level text, p_report_interval integer, p_responsible text, p_cohandling text[]) TO casedesk_admin;

--
-- Name: FUNCTION task_decide_extension(p_extension_id bigint, p_approve boolean, p_note text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.task_decide_extension(p_extension_id bigint, p_approve boolean, p_note text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.task_decide_extension(p_extension_id bigint, p_approve boolean, p_note text) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.task_decide_extension(p_extension_id bigint, p_approve boolean, p_note text) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.task_decide_extension(p_extension_id bigint, p_approve boolean, p_note text) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.task_decide_extension(p_extension_id bigint, p_approve boolean, p_note text) TO casedesk_admin;

--
-- Name: FUNCTION today(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.today() FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.today() TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.today() TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.today() TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.today() TO casedesk_admin;

--
-- Name: FUNCTION task_escalate(p_today date); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.task_escalate(p_today date) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.task_escalate(p_today date) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.task_escalate(p_today date) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.task_escalate(p_today date) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.task_escalate(p_today date) TO casedesk_admin;

--
-- Name: FUNCTION task_escalate_daily(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.task_escalate_daily() FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.task_escalate_daily() TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.task_escalate_daily() TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.task_escalate_daily() TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.task_escalate_daily() TO casedesk_admin;

--
-- Name: FUNCTION task_extension_inbox_trigger(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.task_extension_inbox_trigger() FROM PUBLIC;

--
-- Name: TABLE task; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT ON TABLE casedesk.task TO casedesk_staff;
GRANT SELECT ON TABLE casedesk.task TO casedesk_supervisor;
GRANT SELECT ON TABLE casedesk.task TO casedesk_inspector;

--
-- Name: COLUMN task.title; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(title) ON TABLE casedesk.task TO casedesk_supervisor;

--
-- Name: COLUMN task.description; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(description) ON TABLE casedesk.task TO casedesk_supervisor;

--
-- Name: COLUMN task.source; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(source) ON TABLE casedesk.task TO casedesk_supervisor;

--
-- Name: COLUMN task.level; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(level) ON TABLE casedesk.task TO casedesk_supervisor;

--
-- Name: COLUMN task.responsible_id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(responsible_id) ON TABLE casedesk.task TO casedesk_supervisor;

--
-- Name: COLUMN task.report_interval; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(report_interval) ON TABLE casedesk.task TO casedesk_supervisor;

--
-- Name: FUNCTION task_for_change(p_task_id bigint, p_version integer); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.task_for_change(p_task_id bigint, p_version integer) FROM PUBLIC;

--
-- Name: FUNCTION task_inbox_trigger(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.task_inbox_trigger() FROM PUBLIC;

--
-- Name: FUNCTION task_link_case(p_task_id bigint, p_case_id bigint); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.task_link_case(p_task_id bigint, p_case_id bigint) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.task_link_case(p_task_id bigint, p_case_id bigint) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.task_link_case(p_task_id bigint, p_case_id bigint) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.task_link_case(p_task_id bigint, p_case_id bigint) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.task_link_case(p_task_id bigint, p_case_id bigint) TO casedesk_admin;

--
-- Name: FUNCTION task_link_check(p_task_id bigint); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.task_link_check(p_task_id bigint) FROM PUBLIC;

--
-- Name: FUNCTION task_link_project(p_task_id bigint, p_project_id integer); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.task_link_project(p_task_id bigint, p_project_id integer) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.task_link_project(p_task_id bigint, p_project_id integer) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.task_link_project(p_task_id bigint, p_project_id integer) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.task_link_project(p_task_id bigint, p_project_id integer) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.task_link_project(p_task_id bigint, p_project_id integer) TO casedesk_admin;

--
-- Name: FUNCTION task_my_part(p_task_id bigint); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.task_my_part(p_task_id bigint) FROM PUBLIC;

--
-- Name: FUNCTION task_next_report_due(p_task_id bigint); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.task_next_report_due(p_task_id bigint) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.task_next_report_due(p_task_id bigint) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.task_next_report_due(p_task_id bigint) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.task_next_report_due(p_task_id bigint) TO casedesk_inspector;

--
-- Name: FUNCTION task_official_by_login(p_login text, p_unit integer); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.task_official_by_login(p_login text, p_unit integer) FROM PUBLIC;

--
-- Name: FUNCTION task_reassign(p_task_id bigint, p_version integer, p_lead_unit text, p_responsible text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.task_reassign(p_task_id bigint, p_version integer, p_lead_unit text, p_responsible text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.task_reassign(p_task_id bigint, p_version integer, p_lead_unit text, p_responsible text) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.task_reassign(p_task_id bigint, p_version integer, p_lead_unit text, p_responsible text) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.task_reassign(p_task_id bigint, p_version integer, p_lead_unit text, p_responsible text) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.task_reassign(p_task_id bigint, p_version integer, p_lead_unit text, p_responsible text) TO casedesk_admin;

--
-- Name: FUNCTION task_remove_unit(p_task_id bigint, p_unit text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.task_remove_unit(p_task_id bigint, p_unit text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.task_remove_unit(p_task_id bigint, p_unit text) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.task_remove_unit(p_task_id bigint, p_unit text) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.task_remove_unit(p_task_id bigint, p_unit text) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.task_remove_unit(p_task_id bigint, p_unit text) TO casedesk_admin;

--
-- Name: FUNCTION task_request_extension(p_task_id bigint, p_requested_deadline date, p_reason text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.task_request_extension(p_task_id bigint, p_requested_deadline date, p_reason text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.task_request_extension(p_task_id bigint, p_requested_deadline date, p_reason text) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.task_request_extension(p_task_id bigint, p_requested_deadline date, p_reason text) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.task_request_extension(p_task_id bigint, p_requested_deadline date, p_reason text) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.task_request_extension(p_task_id bigint, p_requested_deadline date, p_reason text) TO casedesk_admin;

--
-- Name: FUNCTION task_return(p_task_id bigint, p_version integer, p_reason text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.task_return(p_task_id bigint, p_version integer, p_reason text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.task_return(p_task_id bigint, p_version integer, p_reason text) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.task_return(p_task_id bigint, p_version integer, p_reason text) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.task_return(p_task_id bigint, p_version integer, p_reason text) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.task_return(p_task_id bigint, p_version integer, p_reason text) TO casedesk_admin;

--
-- Name: FUNCTION task_set_deadline(p_task_id bigint, p_version integer, p_deadline date); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.task_set_deadline(p_task_id bigint, p_version integer, p_deadline date) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.task_set_deadline(p_task_id bigint, p_version integer, p_deadline date) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.task_set_deadline(p_task_id bigint, p_version integer, p_deadline date) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.task_set_deadline(p_task_id bigint, p_version integer, p_deadline date) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.task_set_deadline(p_task_id bigint, p_version integer, p_deadline date) TO casedesk_admin;

--
-- Name: FUNCTION task_sign(p_task_id bigint, p_version integer); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.task_sign(p_task_id bigint, p_version integer) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.task_sign(p_task_id bigint, p_version integer) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.task_sign(p_task_id bigint, p_version integer) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.task_sign(p_task_id bigint, p_version integer) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.task_sign(p_task_id bigint, p_version integer) TO casedesk_admin;

--
-- Name: FUNCTION task_submit(p_task_id bigint, p_version integer, p_body text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.task_submit(p_task_id bigint, p_version integer, p_body text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.task_submit(p_task_id bigint, p_version integer, p_body text) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.task_submit(p_task_id bigint, p_version integer, p_body text) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.task_submit(p_task_id bigint, p_version integer, p_body text) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.task_submit(p_task_id bigint, p_version integer, p_body text) TO casedesk_admin;

--
-- Name: FUNCTION task_unit_by_code(p_code text, p_what text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.task_unit_by_code(p_code text, p_what text) FROM PUBLIC;

--
-- Name: FUNCTION task_unit_check(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.task_unit_check() FROM PUBLIC;

--
-- Name: FUNCTION task_unit_inbox_trigger(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.task_unit_inbox_trigger() FROM PUBLIC;

--
-- Name: FUNCTION task_unlink(p_link_id bigint); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.task_unlink(p_link_id bigint) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.task_unlink(p_link_id bigint) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.task_unlink(p_link_id bigint) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.task_unlink(p_link_id bigint) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.task_unlink(p_link_id bigint) TO casedesk_admin;

--
-- Name: FUNCTION totals_apply_sql(d text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.totals_apply_sql(d text) FROM PUBLIC;

--
-- Name: FUNCTION totals_case_del(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.totals_case_del() FROM PUBLIC;

--
-- Name: FUNCTION totals_case_rows(tb text, s integer); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.totals_case_rows(tb text, s integer) FROM PUBLIC;

--
-- Name: FUNCTION totals_case_trg(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.totals_case_trg() FROM PUBLIC;

--
-- Name: FUNCTION totals_exp_rows(tb text, s integer); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.totals_exp_rows(tb text, s integer) FROM PUBLIC;

--
-- Name: FUNCTION totals_exp_trg(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.totals_exp_trg() FROM PUBLIC;

--
-- Name: FUNCTION totals_rebuild(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.totals_rebuild() FROM PUBLIC;

--
-- Name: FUNCTION totals_vio_rows(tb text, s integer); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.totals_vio_rows(tb text, s integer) FROM PUBLIC;

--
-- Name: FUNCTION totals_vio_trg(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.totals_vio_trg() FROM PUBLIC;

--
-- Name: FUNCTION unit_actuals(p_from date, p_to date, p_unit_id integer); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.unit_actuals(p_from date, p_to date, p_unit_id integer) FROM PUBLIC;

--
-- Name: FUNCTION unit_channel(p_unit_id integer); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.unit_channel(p_unit_id integer) FROM PUBLIC;

--
-- Name: FUNCTION unit_deductibles(p_from date, p_to date); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.unit_deductibles(p_from date, p_to date) FROM PUBLIC;

--
-- Name: FUNCTION unit_id_of(p_code text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.unit_id_of(p_code text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.unit_id_of(p_code text) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.unit_id_of(p_code text) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.unit_id_of(p_code text) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.unit_id_of(p_code text) TO casedesk_admin;

--
-- Name: FUNCTION unit_scores(p_year integer, p_period text, p_index integer); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.unit_scores(p_year integer, p_period text, p_index integer) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.unit_scores(p_year integer, p_period text, p_index integer) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.unit_scores(p_year integer, p_period text, p_index integer) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.unit_scores(p_year integer, p_period text, p_index integer) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.unit_scores(p_year integer, p_period text, p_index integer) TO casedesk_admin;

--
-- Name: FUNCTION user_add(p_login text, p_name text, p_unit_code text, p_role text); Type: ACL; Schema: casedesk; Owner: casedesk_usermgr
--

REVOKE ALL ON FUNCTION casedesk.user_add(p_login text, p_name text, p_unit_code text, p_role text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.user_add(p_login text, p_name text, p_unit_code text, p_role text) TO casedesk_admin;

--
-- Name: FUNCTION user_disable(p_login text); Type: ACL; Schema: casedesk; Owner: casedesk_usermgr
--

REVOKE ALL ON FUNCTION casedesk.user_disable(p_login text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.user_disable(p_login text) TO casedesk_admin;

--
-- Name: FUNCTION user_enable(p_login text); Type: ACL; Schema: casedesk; Owner: casedesk_usermgr
--

REVOKE ALL ON FUNCTION casedesk.user_enable(p_login text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.user_enable(p_login text) TO casedesk_admin;

--
-- Name: FUNCTION user_set_role(p_login text, p_role text); Type: ACL; Schema: casedesk; Owner: casedesk_usermgr
--

REVOKE ALL ON FUNCTION casedesk.user_set_role(p_login text, p_role text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.user_set_role(p_login text, p_role text) TO casedesk_admin;

--
-- Name: FUNCTION user_set_unit(p_login text, p_unit_code text); Type: ACL; Schema: casedesk; Owner: casedesk_usermgr
--

REVOKE ALL ON FUNCTION casedesk.user_set_unit(p_login text, p_unit_code text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.user_set_unit(p_login text, p_unit_code text) TO casedesk_admin;

--
-- Name: FUNCTION usermgr_adoptable(p_login text); Type: ACL; Schema: casedesk; Owner: casedesk_usermgr
--

REVOKE ALL ON FUNCTION casedesk.usermgr_adoptable(p_login text) FROM PUBLIC;

--
-- Name: FUNCTION usermgr_check(p_touches_inspector boolean); Type: ACL; Schema: casedesk; Owner: casedesk_usermgr
--

REVOKE ALL ON FUNCTION casedesk.usermgr_check(p_touches_inspector boolean) FROM PUBLIC;

--
-- Name: FUNCTION usermgr_check_login(p_login text); Type: ACL; Schema: casedesk; Owner: casedesk_usermgr
--

REVOKE ALL ON FUNCTION casedesk.usermgr_check_login(p_login text) FROM PUBLIC;

--
-- Name: FUNCTION usermgr_check_role(p_role text); Type: ACL; Schema: casedesk; Owner: casedesk_usermgr
--

REVOKE ALL ON FUNCTION casedesk.usermgr_check_role(p_role text) FROM PUBLIC;

--
-- Name: TABLE official; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT ON TABLE casedesk.official TO casedesk_usermgr;
GRANT SELECT ON TABLE casedesk.official TO casedesk_watchdog;

--
-- Name: COLUMN official.id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(id) ON TABLE casedesk.official TO casedesk_staff;
GRANT SELECT(id) ON TABLE casedesk.official TO casedesk_supervisor;
GRANT SELECT(id) ON TABLE casedesk.official TO casedesk_inspector;
GRANT SELECT(id) ON TABLE casedesk.official TO casedesk_admin;

--
-- Name: COLUMN official.login; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(login) ON TABLE casedesk.official TO casedesk_staff;
GRANT SELECT(login) ON TABLE casedesk.official TO casedesk_supervisor;
GRANT SELECT(login) ON TABLE casedesk.official TO casedesk_inspector;
GRANT SELECT(login) ON TABLE casedesk.official TO casedesk_admin;
GRANT INSERT(login) ON TABLE casedesk.official TO casedesk_usermgr;

--
-- Name: COLUMN official.name; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(name) ON TABLE casedesk.official TO casedesk_staff;
GRANT SELECT(name) ON TABLE casedesk.official TO casedesk_supervisor;
GRANT SELECT(name) ON TABLE casedesk.official TO casedesk_inspector;
GRANT SELECT(name),UPDATE(name) ON TABLE casedesk.official TO casedesk_admin;
GRANT INSERT(name) ON TABLE casedesk.official TO casedesk_usermgr;

--
-- Name: COLUMN official.unit_id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(unit_id) ON TABLE casedesk.official TO casedesk_staff;
GRANT SELECT(unit_id) ON TABLE casedesk.official TO casedesk_supervisor;
GRANT SELECT(unit_id) ON TABLE casedesk.official TO casedesk_inspector;
GRANT SELECT(unit_id) ON TABLE casedesk.official TO casedesk_admin;
GRANT INSERT(unit_id),UPDATE(unit_id) ON TABLE casedesk.official TO casedesk_usermgr;

--
-- Name: COLUMN official.role; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(role) ON TABLE casedesk.official TO casedesk_staff;
GRANT SELECT(role) ON TABLE casedesk.official TO casedesk_supervisor;
GRANT SELECT(role) ON TABLE casedesk.official TO casedesk_inspector;
GRANT SELECT(role) ON TABLE casedesk.official TO casedesk_admin;
GRANT INSERT(role),UPDATE(role) ON TABLE casedesk.official TO casedesk_usermgr;

--
-- Name: COLUMN official.title; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(title) ON TABLE casedesk.official TO casedesk_staff;
GRANT SELECT(title) ON TABLE casedesk.official TO casedesk_supervisor;
GRANT SELECT(title) ON TABLE casedesk.official TO casedesk_inspector;
GRANT SELECT(title),UPDATE(title) ON TABLE casedesk.official TO casedesk_admin;

--
-- Name: COLUMN official.phone; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(phone),UPDATE(phone) ON TABLE casedesk.official TO casedesk_admin;

--
-- Name: COLUMN official.disabled; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(disabled) ON TABLE casedesk.official TO casedesk_staff;
GRANT SELECT(disabled) ON TABLE casedesk.official TO casedesk_supervisor;
GRANT SELECT(disabled) ON TABLE casedesk.official TO casedesk_inspector;
GRANT SELECT(disabled) ON TABLE casedesk.official TO casedesk_admin;
GRANT UPDATE(disabled) ON TABLE casedesk.official TO casedesk_usermgr;

--
-- Name: FUNCTION usermgr_official(p_login text); Type: ACL; Schema: casedesk; Owner: casedesk_usermgr
--

REVOKE ALL ON FUNCTION casedesk.usermgr_official(p_login text) FROM PUBLIC;

--
-- Name: FUNCTION usermgr_set_connection_limit(p_rolname text); Type: ACL; Schema: casedesk; Owner: casedesk_usermgr
--

REVOKE ALL ON FUNCTION casedesk.usermgr_set_connection_limit(p_rolname text) FROM PUBLIC;

--
-- Name: FUNCTION usermgr_set_group(p_login text, p_role text); Type: ACL; Schema: casedesk; Owner: casedesk_usermgr
--

REVOKE ALL ON FUNCTION casedesk.usermgr_set_group(p_login text, p_role text) FROM PUBLIC;

--
-- Name: FUNCTION usermgr_set_timeouts(p_rolname text); Type: ACL; Schema: casedesk; Owner: casedesk_usermgr
--

REVOKE ALL ON FUNCTION casedesk.usermgr_set_timeouts(p_rolname text) FROM PUBLIC;

--
-- Name: FUNCTION usermgr_unit(p_unit_code text); Type: ACL; Schema: casedesk; Owner: casedesk_usermgr
--

REVOKE ALL ON FUNCTION casedesk.usermgr_unit(p_unit_code text) FROM PUBLIC;

--
-- Name: FUNCTION valid_citizen_id(p text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.valid_citizen_id(p text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.valid_citizen_id(p text) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.valid_citizen_id(p text) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.valid_citizen_id(p text) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.valid_citizen_id(p text) TO casedesk_admin;

--
-- Name: FUNCTION valid_credit_code(p text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.valid_credit_code(p text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.valid_credit_code(p text) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.valid_credit_code(p text) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.valid_credit_code(p text) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.valid_credit_code(p text) TO casedesk_admin;

--
-- Name: FUNCTION village_certify_violation_free(p_village_id integer, p_on date); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.village_certify_violation_free(p_village_id integer, p_on date) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.village_certify_violation_free(p_village_id integer, p_on date) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.village_certify_violation_free(p_village_id integer, p_on date) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.village_certify_violation_free(p_village_id integer, p_on date) TO casedesk_inspector;

--
-- Name: FUNCTION village_title_guard(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.village_title_guard() FROM PUBLIC;

--
-- Name: FUNCTION violation_check(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.violation_check() FROM PUBLIC;

--
-- Name: FUNCTION violation_village_lost(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.violation_village_lost() FROM PUBLIC;

--
-- Name: FUNCTION watchdog_sweep(); Type: ACL; Schema: casedesk; Owner: casedesk_watchdog
--

REVOKE ALL ON FUNCTION casedesk.watchdog_sweep() FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.watchdog_sweep() TO casedesk_owner;

--
-- Name: FUNCTION weekday_ordinal(d date); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.weekday_ordinal(d date) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.weekday_ordinal(d date) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.weekday_ordinal(d date) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.weekday_ordinal(d date) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.weekday_ordinal(d date) TO casedesk_admin;

--
-- Name: FUNCTION workdays_between(a date, b date); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.workdays_between(a date, b date) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.workdays_between(a date, b date) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.workdays_between(a date, b date) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.workdays_between(a date, b date) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.workdays_between(a date, b date) TO casedesk_admin;

--
-- Name: TABLE audit_history; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT ON TABLE casedesk.audit_history TO casedesk_staff;
GRANT SELECT ON TABLE casedesk.audit_history TO casedesk_supervisor;
GRANT SELECT ON TABLE casedesk.audit_history TO casedesk_inspector;
GRANT SELECT ON TABLE casedesk.audit_history TO casedesk_admin;

--
-- Name: TABLE calendar_day; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT ON TABLE casedesk.calendar_day TO casedesk_staff;
GRANT SELECT ON TABLE casedesk.calendar_day TO casedesk_supervisor;
GRANT SELECT ON TABLE casedesk.calendar_day TO casedesk_inspector;
GRANT SELECT ON TABLE casedesk.calendar_day TO casedesk_admin;

--
-- Name: COLUMN calendar_day.day; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT INSERT(day) ON TABLE casedesk.calendar_day TO casedesk_admin;

--
-- Name: COLUMN calendar_day.kind; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT INSERT(kind),UPDATE(kind) ON TABLE casedesk.calendar_day TO casedesk_admin;

--
-- Name: COLUMN calendar_day.name; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT INSERT(name),UPDATE(name) ON TABLE casedesk.calendar_day TO casedesk_admin;

--
-- Name: TABLE case_kind; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT ON TABLE casedesk.case_kind TO casedesk_staff;
GRANT SELECT ON TABLE casedesk.case_kind TO casedesk_supervisor;
GRANT SELECT ON TABLE casedesk.case_kind TO casedesk_inspector;
GRANT SELECT ON TABLE casedesk.case_kind TO casedesk_admin;

--
-- Name: TABLE case_step; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT ON TABLE casedesk.case_step TO casedesk_staff;
GRANT SELECT ON TABLE casedesk.case_step TO casedesk_supervisor;
GRANT SELECT ON TABLE casedesk.case_step TO casedesk_inspector;
GRANT SELECT ON TABLE casedesk.case_step TO casedesk_admin;

--
-- Name: TABLE commendation; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT ON TABLE casedesk.commendation TO casedesk_staff;
GRANT SELECT,INSERT ON TABLE casedesk.commendation TO casedesk_supervisor;
GRANT SELECT ON TABLE casedesk.commendation TO casedesk_inspector;
GRANT SELECT,INSERT ON TABLE casedesk.commendation TO casedesk_admin;

--
-- Name: COLUMN commendation.title; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(title) ON TABLE casedesk.commendation TO casedesk_supervisor;
GRANT UPDATE(title) ON TABLE casedesk.commendation TO casedesk_admin;

--
-- Name: COLUMN commendation.granted_on; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(granted_on) ON TABLE casedesk.commendation TO casedesk_supervisor;
GRANT UPDATE(granted_on) ON TABLE casedesk.commendation TO casedesk_admin;

--
-- Name: TABLE discipline_audit; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT ON TABLE casedesk.discipline_audit TO casedesk_inspector;

--
-- Name: TABLE expropriation; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT ON TABLE casedesk.expropriation TO casedesk_staff;
GRANT SELECT ON TABLE casedesk.expropriation TO casedesk_supervisor;
GRANT SELECT ON TABLE casedesk.expropriation TO casedesk_inspector;

--
-- Name: COLUMN expropriation.party_id_no; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(party_id_no) ON TABLE casedesk.expropriation TO casedesk_staff;

--
-- Name: COLUMN expropriation.house_area; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(house_area) ON TABLE casedesk.expropriation TO casedesk_staff;

--
-- Name: COLUMN expropriation.land_area_mu; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(land_area_mu) ON TABLE casedesk.expropriation TO casedesk_staff;

--
-- Name: TABLE inbox; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT ON TABLE casedesk.inbox TO casedesk_staff;
GRANT SELECT ON TABLE casedesk.inbox TO casedesk_supervisor;
GRANT SELECT ON TABLE casedesk.inbox TO casedesk_inspector;
GRANT SELECT ON TABLE casedesk.inbox TO casedesk_admin;

--
-- Name: TABLE inbox_read; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT ON TABLE casedesk.inbox_read TO casedesk_staff;
GRANT SELECT ON TABLE casedesk.inbox_read TO casedesk_supervisor;
GRANT SELECT ON TABLE casedesk.inbox_read TO casedesk_inspector;
GRANT SELECT ON TABLE casedesk.inbox_read TO casedesk_admin;

--
-- Name: TABLE my_inbox; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT ON TABLE casedesk.my_inbox TO casedesk_staff;
GRANT SELECT ON TABLE casedesk.my_inbox TO casedesk_supervisor;
GRANT SELECT ON TABLE casedesk.my_inbox TO casedesk_inspector;
GRANT SELECT ON TABLE casedesk.my_inbox TO casedesk_admin;

--
-- Name: TABLE patrol; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT ON TABLE casedesk.patrol TO casedesk_staff;
GRANT SELECT ON TABLE casedesk.patrol TO casedesk_supervisor;
GRANT SELECT ON TABLE casedesk.patrol TO casedesk_inspector;

--
-- Name: COLUMN patrol.patrol_on; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT INSERT(patrol_on),UPDATE(patrol_on) ON TABLE casedesk.patrol TO casedesk_staff;

--
-- Name: COLUMN patrol.members; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT INSERT(members),UPDATE(members) ON TABLE casedesk.patrol TO casedesk_staff;

--
-- Name: COLUMN patrol.notes; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT INSERT(notes),UPDATE(notes) ON TABLE casedesk.patrol TO casedesk_staff;

--
-- Name: TABLE patrol_village; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT ON TABLE casedesk.patrol_village TO casedesk_staff;
GRANT SELECT ON TABLE casedesk.patrol_village TO casedesk_supervisor;
GRANT SELECT ON TABLE casedesk.patrol_village TO casedesk_inspector;

--
-- Name: COLUMN patrol_village.patrol_id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT INSERT(patrol_id) ON TABLE casedesk.patrol_village TO casedesk_staff;

--
-- Name: COLUMN patrol_village.village_id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT INSERT(village_id) ON TABLE casedesk.patrol_village TO casedesk_staff;

--
-- Name: TABLE payment; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT ON TABLE casedesk.payment TO casedesk_staff;
GRANT SELECT ON TABLE casedesk.payment TO casedesk_supervisor;
GRANT SELECT ON TABLE casedesk.payment TO casedesk_inspector;

--
-- Name: TABLE petition_clock; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT ON TABLE casedesk.petition_clock TO casedesk_staff;
GRANT SELECT ON TABLE casedesk.petition_clock TO casedesk_supervisor;
GRANT SELECT ON TABLE casedesk.petition_clock TO casedesk_inspector;

--
-- Name: TABLE project; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT ON TABLE casedesk.project TO casedesk_staff;
GRANT SELECT,INSERT ON TABLE casedesk.project TO casedesk_supervisor;
GRANT SELECT ON TABLE casedesk.project TO casedesk_inspector;
GRANT SELECT ON TABLE casedesk.project TO casedesk_admin;

--
-- Name: COLUMN project.code; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(code) ON TABLE casedesk.project TO casedesk_supervisor;

--
-- Name: COLUMN project.name; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(name) ON TABLE casedesk.project TO casedesk_supervisor;

--
-- Name: COLUMN project.kind; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(kind) ON TABLE casedesk.project TO casedesk_supervisor;

--
-- Name: COLUMN project.lead_unit_id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(lead_unit_id) ON TABLE casedesk.project TO casedesk_supervisor;

--
-- Name: COLUMN project.started_on; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(started_on) ON TABLE casedesk.project TO casedesk_supervisor;

--
-- Name: COLUMN project.budget_packaged; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(budget_packaged) ON TABLE casedesk.project TO casedesk_supervisor;

--
-- Name: COLUMN project.funding_need; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(funding_need) ON TABLE casedesk.project TO casedesk_supervisor;

--
-- Name: COLUMN project.account_no; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(account_no) ON TABLE casedesk.project TO casedesk_supervisor;

--
-- Name: COLUMN project.version; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(version) ON TABLE casedesk.project TO casedesk_supervisor;

--
-- Name: TABLE project_unit; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT ON TABLE casedesk.project_unit TO casedesk_staff;
GRANT SELECT,INSERT ON TABLE casedesk.project_unit TO casedesk_supervisor;
GRANT SELECT ON TABLE casedesk.project_unit TO casedesk_inspector;
GRANT SELECT ON TABLE casedesk.project_unit TO casedesk_admin;

--
-- Name: COLUMN project_unit.project_id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(project_id) ON TABLE casedesk.project_unit TO casedesk_supervisor;

--
-- Name: COLUMN project_unit.unit_id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(unit_id) ON TABLE casedesk.project_unit TO casedesk_supervisor;

--
-- Name: COLUMN project_unit.version; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(version) ON TABLE casedesk.project_unit TO casedesk_supervisor;

--
-- Name: TABLE resettlement_community; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT ON TABLE casedesk.resettlement_community TO casedesk_staff;
GRANT SELECT,INSERT ON TABLE casedesk.resettlement_community TO casedesk_supervisor;
GRANT SELECT ON TABLE casedesk.resettlement_community TO casedesk_inspector;
GRANT SELECT ON TABLE casedesk.resettlement_community TO casedesk_admin;

--
-- Name: COLUMN resettlement_community.name; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(name) ON TABLE casedesk.resettlement_community TO casedesk_supervisor;

--
-- Name: COLUMN resettlement_community.unit_id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(unit_id) ON TABLE casedesk.resettlement_community TO casedesk_supervisor;

--
-- Name: COLUMN resettlement_community.flats_planned; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(flats_planned) ON TABLE casedesk.resettlement_community TO casedesk_supervisor;

--
-- Name: COLUMN resettlement_community.flats_ready; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(flats_ready) ON TABLE casedesk.resettlement_community TO casedesk_supervisor;

--
-- Name: COLUMN resettlement_community.version; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(version) ON TABLE casedesk.resettlement_community TO casedesk_supervisor;

--
-- Name: TABLE schema_migration; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT ON TABLE casedesk.schema_migration TO casedesk_staff;
GRANT SELECT ON TABLE casedesk.schema_migration TO casedesk_supervisor;
GRANT SELECT ON TABLE casedesk.schema_migration TO casedesk_inspector;
GRANT SELECT ON TABLE casedesk.schema_migration TO casedesk_admin;

--
-- Name: TABLE score_deduction; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT ON TABLE casedesk.score_deduction TO casedesk_staff;
GRANT SELECT,INSERT ON TABLE casedesk.score_deduction TO casedesk_supervisor;
GRANT SELECT ON TABLE casedesk.score_deduction TO casedesk_inspector;
GRANT SELECT,INSERT ON TABLE casedesk.score_deduction TO casedesk_admin;

--
-- Name: COLUMN score_deduction.per_yellow; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(per_yellow) ON TABLE casedesk.score_deduction TO casedesk_supervisor;
GRANT UPDATE(per_yellow) ON TABLE casedesk.score_deduction TO casedesk_admin;

--
-- Name: COLUMN score_deduction.per_red; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(per_red) ON TABLE casedesk.score_deduction TO casedesk_supervisor;
GRANT UPDATE(per_red) ON TABLE casedesk.score_deduction TO casedesk_admin;

--
-- Name: COLUMN score_deduction.per_overdue; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(per_overdue) ON TABLE casedesk.score_deduction TO casedesk_supervisor;
GRANT UPDATE(per_overdue) ON TABLE casedesk.score_deduction TO casedesk_admin;

--
-- Name: COLUMN score_deduction.max_deduction; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(max_deduction) ON TABLE casedesk.score_deduction TO casedesk_supervisor;
GRANT UPDATE(max_deduction) ON TABLE casedesk.score_deduction TO casedesk_admin;

--
-- Name: COLUMN score_deduction.accountability_threshold; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(accountability_threshold) ON TABLE casedesk.score_deduction TO casedesk_supervisor;
GRANT UPDATE(accountability_threshold) ON TABLE casedesk.score_deduction TO casedesk_admin;

--
-- Name: TABLE score_rule; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT ON TABLE casedesk.score_rule TO casedesk_staff;
GRANT SELECT,INSERT ON TABLE casedesk.score_rule TO casedesk_supervisor;
GRANT SELECT ON TABLE casedesk.score_rule TO casedesk_inspector;
GRANT SELECT,INSERT ON TABLE casedesk.score_rule TO casedesk_admin;

--
-- Name: COLUMN score_rule.weight; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(weight) ON TABLE casedesk.score_rule TO casedesk_supervisor;
GRANT UPDATE(weight) ON TABLE casedesk.score_rule TO casedesk_admin;

--
-- Name: TABLE session_limit; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT ON TABLE casedesk.session_limit TO casedesk_staff;
GRANT SELECT ON TABLE casedesk.session_limit TO casedesk_supervisor;
GRANT SELECT ON TABLE casedesk.session_limit TO casedesk_inspector;
GRANT SELECT ON TABLE casedesk.session_limit TO casedesk_admin;
GRANT SELECT ON TABLE casedesk.session_limit TO casedesk_watchdog;
GRANT SELECT ON TABLE casedesk.session_limit TO casedesk_usermgr;

--
-- Name: TABLE setting; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT ON TABLE casedesk.setting TO casedesk_staff;
GRANT SELECT ON TABLE casedesk.setting TO casedesk_supervisor;
GRANT SELECT ON TABLE casedesk.setting TO casedesk_inspector;
GRANT SELECT ON TABLE casedesk.setting TO casedesk_admin;

--
-- Name: TABLE target; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT ON TABLE casedesk.target TO casedesk_staff;
GRANT SELECT,INSERT ON TABLE casedesk.target TO casedesk_supervisor;
GRANT SELECT ON TABLE casedesk.target TO casedesk_inspector;
GRANT SELECT,INSERT ON TABLE casedesk.target TO casedesk_admin;

--
-- Name: COLUMN target.target_value; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(target_value) ON TABLE casedesk.target TO casedesk_supervisor;
GRANT UPDATE(target_value) ON TABLE casedesk.target TO casedesk_admin;

--
-- Name: COLUMN target.signed_on; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(signed_on) ON TABLE casedesk.target TO casedesk_supervisor;
GRANT UPDATE(signed_on) ON TABLE casedesk.target TO casedesk_admin;

--
-- Name: COLUMN target.note; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(note) ON TABLE casedesk.target TO casedesk_supervisor;
GRANT UPDATE(note) ON TABLE casedesk.target TO casedesk_admin;

--
-- Name: TABLE task_card; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT ON TABLE casedesk.task_card TO casedesk_staff;
GRANT SELECT ON TABLE casedesk.task_card TO casedesk_supervisor;
GRANT SELECT ON TABLE casedesk.task_card TO casedesk_inspector;

--
-- Name: TABLE task_extension; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT ON TABLE casedesk.task_extension TO casedesk_staff;
GRANT SELECT ON TABLE casedesk.task_extension TO casedesk_supervisor;
GRANT SELECT ON TABLE casedesk.task_extension TO casedesk_inspector;

--
-- Name: TABLE task_link; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT ON TABLE casedesk.task_link TO casedesk_staff;
GRANT SELECT ON TABLE casedesk.task_link TO casedesk_supervisor;
GRANT SELECT ON TABLE casedesk.task_link TO casedesk_inspector;

--
-- Name: TABLE task_report; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT ON TABLE casedesk.task_report TO casedesk_staff;
GRANT SELECT ON TABLE casedesk.task_report TO casedesk_supervisor;
GRANT SELECT ON TABLE casedesk.task_report TO casedesk_inspector;

--
-- Name: TABLE task_setting; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT ON TABLE casedesk.task_setting TO casedesk_staff;
GRANT SELECT ON TABLE casedesk.task_setting TO casedesk_supervisor;
GRANT SELECT ON TABLE casedesk.task_setting TO casedesk_inspector;
GRANT SELECT ON TABLE casedesk.task_setting TO casedesk_admin;

--
-- Name: COLUMN task_setting.warn_workdays; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(warn_workdays) ON TABLE casedesk.task_setting TO casedesk_admin;

--
-- Name: COLUMN task_setting.red_after_workdays; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(red_after_workdays) ON TABLE casedesk.task_setting TO casedesk_admin;

--
-- Name: COLUMN task_setting.max_extensions; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(max_extensions) ON TABLE casedesk.task_setting TO casedesk_admin;

--
-- Name: TABLE task_unit; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT ON TABLE casedesk.task_unit TO casedesk_staff;
GRANT SELECT ON TABLE casedesk.task_unit TO casedesk_supervisor;
GRANT SELECT ON TABLE casedesk.task_unit TO casedesk_inspector;

--
-- Name: TABLE unit; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT ON TABLE casedesk.unit TO casedesk_staff;
GRANT SELECT ON TABLE casedesk.unit TO casedesk_supervisor;
GRANT SELECT ON TABLE casedesk.unit TO casedesk_inspector;
GRANT SELECT,INSERT ON TABLE casedesk.unit TO casedesk_admin;
GRANT SELECT ON TABLE casedesk.unit TO casedesk_usermgr;

--
-- Name: COLUMN unit.code; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(code) ON TABLE casedesk.unit TO casedesk_admin;

--
-- Name: COLUMN unit.name; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(name) ON TABLE casedesk.unit TO casedesk_admin;

--
-- Name: COLUMN unit.kind; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(kind) ON TABLE casedesk.unit TO casedesk_admin;

--
-- Name: COLUMN unit.parent_id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(parent_id) ON TABLE casedesk.unit TO casedesk_admin;

--
-- Name: COLUMN unit.version; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(version) ON TABLE casedesk.unit TO casedesk_admin;

--
-- Name: TABLE user_list; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT ON TABLE casedesk.user_list TO casedesk_staff;
GRANT SELECT ON TABLE casedesk.user_list TO casedesk_supervisor;
GRANT SELECT ON TABLE casedesk.user_list TO casedesk_inspector;
GRANT SELECT ON TABLE casedesk.user_list TO casedesk_admin;

--
-- Name: TABLE village; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT ON TABLE casedesk.village TO casedesk_staff;
GRANT SELECT ON TABLE casedesk.village TO casedesk_supervisor;
GRANT SELECT ON TABLE casedesk.village TO casedesk_inspector;
GRANT SELECT,INSERT ON TABLE casedesk.village TO casedesk_admin;

--
-- Name: COLUMN village.unit_id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(unit_id) ON TABLE casedesk.village TO casedesk_admin;

--
-- Name: COLUMN village.name; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(name) ON TABLE casedesk.village TO casedesk_admin;

--
-- Name: COLUMN village.kind; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(kind) ON TABLE casedesk.village TO casedesk_admin;

--
-- Name: COLUMN village.version; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(version) ON TABLE casedesk.village TO casedesk_admin;

--
-- Name: COLUMN village.violation_free_since; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(violation_free_since) ON TABLE casedesk.village TO casedesk_admin;

--
-- Name: TABLE village_certification; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT ON TABLE casedesk.village_certification TO casedesk_staff;
GRANT SELECT ON TABLE casedesk.village_certification TO casedesk_supervisor;
GRANT SELECT ON TABLE casedesk.village_certification TO casedesk_inspector;
GRANT SELECT ON TABLE casedesk.village_certification TO casedesk_admin;

--
-- Name: TABLE village_patrol_status; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT ON TABLE casedesk.village_patrol_status TO casedesk_staff;
GRANT SELECT ON TABLE casedesk.village_patrol_status TO casedesk_supervisor;
GRANT SELECT ON TABLE casedesk.village_patrol_status TO casedesk_inspector;

--
-- Name: TABLE violation; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT ON TABLE casedesk.violation TO casedesk_staff;
GRANT SELECT ON TABLE casedesk.violation TO casedesk_supervisor;
GRANT SELECT ON TABLE casedesk.violation TO casedesk_inspector;

--
-- Name: COLUMN violation.lat; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(lat) ON TABLE casedesk.violation TO casedesk_staff;

--
-- Name: COLUMN violation.lon; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(lon) ON TABLE casedesk.violation TO casedesk_staff;

--
-- Name: COLUMN violation.area_m2; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(area_m2) ON TABLE casedesk.violation TO casedesk_staff;

--
-- Name: COLUMN violation.floors; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(floors) ON TABLE casedesk.violation TO casedesk_staff;

--
-- PostgreSQL database dump complete
--

