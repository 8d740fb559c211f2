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
-- Name: admin_queue(text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.admin_queue(p_kind text) RETURNS TABLE(key text, name text, detail text)
    LANGUAGE plpgsql STABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    IF casedesk.my_role() IS DISTINCT FROM 'admin' THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'Only administrators have this work queue.';
    END IF;
    IF p_kind = 'disabled' THEN
        RETURN QUERY SELECT o.login, o.name, u.name FROM casedesk.official o
                       JOIN casedesk.unit u ON u.id = o.unit_id
                      WHERE o.disabled ORDER BY u.name, o.name, o.login;
    ELSIF p_kind = 'calendar' THEN
        RETURN QUERY SELECT y::text, y::text, ''::text
                       FROM generate_series(extract(year FROM casedesk.today())::integer,
                                            extract(year FROM casedesk.today())::integer + 1) y
                      WHERE NOT EXISTS (SELECT 1 FROM casedesk.calendar_day c
                                         WHERE c.day >= make_date(y, 1, 1) AND c.day < make_date(y + 1, 1, 1))
                      ORDER BY y;
    ELSIF p_kind = 'targets' THEN
        RETURN QUERY SELECT u.code, u.name, ''::text FROM casedesk.unit u
                      WHERE u.kind <> 'district'
                        AND NOT EXISTS (SELECT 1 FROM casedesk.target t WHERE t.unit_id = u.id
                                          AND t.year = extract(year FROM casedesk.today())::integer)
                      ORDER BY CASE u.kind WHEN 'department' THEN 1 ELSE 0 END, u.name;
    ELSE
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = 'An administrator''s queue is disabled, calendar or targets.';
    END IF;
END $$;

ALTER FUNCTION casedesk.admin_queue(p_kind text) OWNER TO casedesk_owner;

--
-- Name: admin_queue_counts(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.admin_queue_counts() RETURNS TABLE(disabled bigint, calendar_years bigint, units_without_targets bigint)
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    SELECT (SELECT count(*) FROM casedesk.admin_queue('disabled')),
           (SELECT count(*) FROM casedesk.admin_queue('calendar')),
           (SELECT count(*) FROM casedesk.admin_queue('targets'))
$$;

ALTER FUNCTION casedesk.admin_queue_counts() OWNER TO casedesk_owner;

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
-- Name: arg_longtext(jsonb, text, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.arg_longtext(a jsonb, p_key text, p_field text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v text := nullif(btrim(a->>p_key), '');
BEGIN
    IF v IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = format('The %s is required.', p_field);
    END IF;
    IF length(v) > 2000 THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = format('The %s must be at most 2000 characters long.', p_field);
    END IF;
    RETURN v;
END $$;

ALTER FUNCTION casedesk.arg_longtext(a jsonb, p_key text, p_field text) OWNER TO casedesk_owner;

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
-- Name: attach_add(text, bigint, text, bytea, timestamp without time zone, double precision, double precision); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.attach_add(p_kind text, p_id bigint, p_name text, p_data bytea, p_taken_at timestamp without time zone DEFAULT NULL::timestamp without time zone, p_lat double precision DEFAULT NULL::double precision, p_lon double precision DEFAULT NULL::double precision) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_max  bigint := casedesk.attach_max_bytes();
    v_size bigint := octet_length(p_data);
    v_type text;
    v_name text := regexp_replace(coalesce(p_name, ''), '^.*/', '');
    v_id   bigint;
    v_taken timestamp;
    v_lat  double precision;
    v_lon  double precision;
BEGIN
    IF casedesk.my_role() IS NULL OR casedesk.my_role() = 'admin' THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'Evidence is attached by those who work on the record, not by administrators.';
    END IF;
    IF p_kind IS NULL OR p_kind NOT IN ('case', 'patrol', 'task', 'task_report', 'discipline') THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = 'Evidence is attached to a case, a patrol, a task, a task report or a discipline record.';
    END IF;
    IF NOT casedesk.attach_visible(p_kind, p_id) THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'There is no such record that you may see.';
    END IF;
    IF v_size IS NULL OR v_size = 0 THEN
        RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'The file is empty.';
    END IF;
    IF v_size > v_max THEN
        RAISE EXCEPTION USING ERRCODE = '54000',
            MESSAGE = format('The file is %s MiB; the limit is %s MiB per file.',
                             round(v_size / 1048576.0, 1), round(v_max / 1048576.0, 1));
    END IF;
    v_type := casedesk.attach_media_type(p_data);
    IF v_type IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = 'Only photos (JPEG, PNG, HEIC), PDF documents and plain text can be attached; this file is none of them.';
    END IF;
    v_name := regexp_replace(v_name, '[[:cntrl:]]', '', 'g');
    IF btrim(v_name) = '' OR char_length(v_name) > 255 THEN
        RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'The file needs a name of at most 255 characters.';
    END IF;
    IF v_type = 'image/jpeg' THEN
        SELECT e.taken_at, e.lat, e.lon INTO v_taken, v_lat, v_lon FROM casedesk.exif_read(p_data) e;
    END IF;
    INSERT INTO casedesk.attachment (record_kind, record_id, file_name, media_type, size_bytes, sha256,
                                     taken_at, gps_lat, gps_lon, attached_by)
    VALUES (p_kind, p_id, v_name, v_type, v_size, encode(sha256(p_data), 'hex'),
            v_taken, v_lat, v_lon, casedesk.my_official_id())
    RETURNING id INTO v_id;
    INSERT INTO casedesk.attachment_blob (attachment_id, data) VALUES (v_id, p_data);
    RETURN v_id;
END $$;

ALTER FUNCTION casedesk.attach_add(p_kind text, p_id bigint, p_name text, p_data bytea, p_taken_at timestamp without time zone, p_lat double precision, p_lon double precision) OWNER TO casedesk_owner;

--
-- Name: attach_max_bytes(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.attach_max_bytes() RETURNS bigint
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $_$
    SELECT coalesce((SELECT value::bigint FROM casedesk.setting
                     WHERE key = 'attach.max_bytes' AND value ~ '^[0-9]{1,12}$'), 20971520)
$_$;

ALTER FUNCTION casedesk.attach_max_bytes() OWNER TO casedesk_owner;

--
-- Name: attach_media_type(bytea); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.attach_media_type(p_data bytea) RETURNS text
    LANGUAGE plpgsql IMMUTABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_head bytea := substring(p_data FROM 1 FOR 16);
    v_text text;
BEGIN
    IF p_data IS NULL OR octet_length(p_data) = 0 THEN
        RETURN NULL;
    ELSIF substring(v_head FROM 1 FOR 3) = '\xffd8ff'::bytea THEN
        RETURN 'image/jpeg';
    ELSIF substring(v_head FROM 1 FOR 8) = '\x89504e470d0a1a0a'::bytea THEN
        RETURN 'image/png';
    ELSIF substring(v_head FROM 1 FOR 5) = '\x255044462d'::bytea THEN      -- %PDF-
        RETURN 'application/pdf';
    ELSIF substring(v_head FROM 5 FOR 4) = '\x66747970'::bytea              -- ftyp
          AND substring(v_head FROM 9 FOR 4) IN ('\x68656963'::bytea, '\x68656978'::bytea,  -- heic heix
                                                  '\x68657663'::bytea, '\x6d696631'::bytea)  -- hevc mif1
    THEN
        RETURN 'image/heic';
    END IF;
    BEGIN
        v_text := convert_from(p_data, 'UTF8');
    EXCEPTION WHEN character_not_in_repertoire OR untranslatable_character THEN
        RETURN NULL;
    END;
    IF v_text ~ '[\x01-\x08\x0b\x0e-\x1f\x7f]' THEN
        RETURN NULL;
    END IF;
    RETURN 'text/plain';
END $$;

ALTER FUNCTION casedesk.attach_media_type(p_data bytea) OWNER TO casedesk_owner;

--
-- Name: attach_visible(text, bigint); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.attach_visible(p_kind text, p_id bigint) RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_role text := casedesk.my_role();
    v_unit integer := casedesk.my_unit_id();
    v_all  boolean := v_role IN ('supervisor', 'inspector');
BEGIN
    IF v_role IS NULL OR v_role = 'admin' THEN
        RETURN false;
    END IF;
    CASE p_kind
    WHEN 'case' THEN
        RETURN EXISTS (SELECT 1 FROM casedesk.case_file c
                       WHERE c.id = p_id AND (v_all OR c.unit_id = v_unit));
    WHEN 'patrol' THEN
        RETURN EXISTS (SELECT 1 FROM casedesk.patrol p
                       WHERE p.id = p_id AND (v_all OR p.unit_id = v_unit));
    WHEN 'task' THEN
        RETURN EXISTS (SELECT 1 FROM casedesk.task t WHERE t.id = p_id
                       AND (v_all OR t.id IN (SELECT casedesk.my_task_ids())));
    WHEN 'task_report' THEN
        RETURN EXISTS (SELECT 1 FROM casedesk.task_report r WHERE r.id = p_id
                       AND (v_all OR r.task_id IN (SELECT casedesk.my_task_ids())));
    WHEN 'discipline' THEN
        -- Inspectors only, and never a record about themselves.
        RETURN v_role = 'inspector'
           AND EXISTS (SELECT 1 FROM casedesk.discipline_record d
                       WHERE d.id = p_id AND d.official_id IS DISTINCT FROM casedesk.my_official_id());
    ELSE
        RETURN false;
    END CASE;
END $$;

ALTER FUNCTION casedesk.attach_visible(p_kind text, p_id bigint) OWNER TO casedesk_owner;

--
-- Name: attachment_immutable(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.attachment_immutable() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$ BEGIN
    RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'An attachment is kept as it was attached.';
END $$;

ALTER FUNCTION casedesk.attachment_immutable() OWNER TO casedesk_owner;

--
-- Name: audit_append(text, text, bigint, text, jsonb, jsonb); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.audit_append(p_chain text, p_table text, p_row_id bigint, p_op text, p_old jsonb, p_new jsonb) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    IF p_chain IS DISTINCT FROM 'discipline_audit' AND p_chain IS DISTINCT FROM 'audit_log' THEN
        RAISE EXCEPTION USING MESSAGE = 'unknown audit chain', ERRCODE = '22023';
    END IF;
    IF to_regclass('casedesk.audit_pending') IS NULL THEN
        PERFORM casedesk.audit_chain_row(p_chain, clock_timestamp(), session_user::text,
                    txid_current(), p_table, p_row_id, p_op, p_old, p_new);
        RETURN;
    END IF;
    INSERT INTO casedesk.audit_pending (chain, at, login, txid, table_name, row_id, op, old_row, new_row)
        VALUES (p_chain, clock_timestamp(), session_user, txid_current(), p_table, p_row_id,
                p_op, p_old, p_new);
END $$;

ALTER FUNCTION casedesk.audit_append(p_chain text, p_table text, p_row_id bigint, p_op text, p_old jsonb, p_new jsonb) OWNER TO casedesk_owner;

--
-- Name: audit_canonical(bigint, timestamp with time zone, text, bigint, text, bigint, text, jsonb, jsonb); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.audit_canonical(p_id bigint, p_at timestamp with time zone, p_login text, p_txid bigint, p_table text, p_row_id bigint, p_op text, p_old jsonb, p_new jsonb) RETURNS bytea
    LANGUAGE sql IMMUTABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    SELECT convert_to('casedesk-audit-v2;' || string_agg(
               coalesce(octet_length(u.f)::text || ':' || u.f, '~'), ';' ORDER BY u.n), 'UTF8')
      FROM unnest(ARRAY[p_id::text,
                        CASE WHEN isfinite(p_at)
                             THEN to_char(p_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z" BC')
                             ELSE p_at::text END,
                        p_login, p_txid::text, p_table, p_row_id::text, p_op,
                        p_old::text, p_new::text]) WITH ORDINALITY AS u(f, n)
$$;

ALTER FUNCTION casedesk.audit_canonical(p_id bigint, p_at timestamp with time zone, p_login text, p_txid bigint, p_table text, p_row_id bigint, p_op text, p_old jsonb, p_new jsonb) OWNER TO casedesk_owner;

--
-- Name: audit_chain_row(text, timestamp with time zone, text, bigint, text, bigint, text, jsonb, jsonb); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.audit_chain_row(p_chain text, p_at timestamp with time zone, p_login text, p_txid bigint, p_table text, p_row_id bigint, p_op text, p_old jsonb, p_new jsonb) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_id   bigint;
    v_prev bytea;
    v_hash bytea;
BEGIN
    IF p_chain IS DISTINCT FROM 'discipline_audit' AND p_chain IS DISTINCT FROM 'audit_log' THEN
        RAISE EXCEPTION USING MESSAGE = 'unknown audit chain', ERRCODE = '22023';
    END IF;
    SELECT coalesce(last_id, 0) + 1, last_hash INTO STRICT v_id, v_prev
      FROM casedesk.audit_chain_head WHERE chain = p_chain FOR UPDATE;
    v_hash := sha256(v_prev || casedesk.audit_canonical(v_id, p_at, p_login, p_txid,
                                                         p_table, p_row_id, p_op, p_old, p_new));
    IF p_chain = 'discipline_audit' THEN
        INSERT INTO casedesk.discipline_audit VALUES
            (v_id, p_at, p_login, p_txid, p_table, p_row_id, p_op, p_old, p_new, v_prev, v_hash);
    ELSE
        INSERT INTO casedesk.audit_log VALUES
            (v_id, p_at, p_login, p_txid, p_table, p_row_id, p_op, p_old, p_new, v_prev, v_hash);
    END IF;
    UPDATE casedesk.audit_chain_head SET last_id = v_id, last_hash = v_hash WHERE chain = p_chain;
    RETURN v_id;
END $$;

ALTER FUNCTION casedesk.audit_chain_row(p_chain text, p_at timestamp with time zone, p_login text, p_txid bigint, p_table text, p_row_id bigint, p_op text, p_old jsonb, p_new jsonb) OWNER TO casedesk_owner;

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
-- Name: audit_checkpoint(text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.audit_checkpoint(p_chain text) RETURNS TABLE(chain text, row_count bigint, head_hash text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    IF p_chain IS DISTINCT FROM 'discipline_audit' AND p_chain IS DISTINCT FROM 'audit_log' THEN
        RAISE EXCEPTION USING MESSAGE = 'unknown audit chain', ERRCODE = '22023';
    END IF;
    RETURN QUERY EXECUTE format(
        'SELECT %L::text, coalesce(max(a.id), 0)::bigint,
                coalesce((SELECT encode(b.hash, %L) FROM casedesk.%I b ORDER BY b.id DESC LIMIT 1), %L)
           FROM casedesk.%I a', p_chain, 'hex', p_chain, '', p_chain);
END $$;

ALTER FUNCTION casedesk.audit_checkpoint(p_chain text) OWNER TO casedesk_owner;

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
    v_last bigint := 0;
    h record;
BEGIN
    IF p_chain IS DISTINCT FROM 'discipline_audit' AND p_chain IS DISTINCT FROM 'audit_log' THEN
        RAISE EXCEPTION USING MESSAGE = 'unknown audit chain', ERRCODE = '22023';
    END IF;
    FOR r IN EXECUTE format('SELECT * FROM casedesk.%I ORDER BY id', p_chain) LOOP
        IF r.id IS DISTINCT FROM v_last + 1 THEN
            RETURN v_last + 1;
        END IF;
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
        RETURN v_last + 1;
    END IF;
    IF coalesce(h.last_id, 0) IS DISTINCT FROM v_last OR h.last_hash IS DISTINCT FROM v_prev THEN
        RETURN greatest(coalesce(h.last_id, 0), v_last, 1);
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
-- Name: audit_seal(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.audit_seal() RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_trusted boolean := coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false)
                         OR pg_has_role(session_user, 'casedesk_watchdog', 'MEMBER');
    v_full boolean := v_trusted OR casedesk.my_role() IS NOT DISTINCT FROM 'inspector';
    -- a login's call stays well under the guard's 2 s
    v_limit integer := CASE WHEN v_trusted THEN 5000 ELSE 500 END;
    r      casedesk.audit_pending;
    v_n    integer := 0;
    v_mark bigint;
    v_seqs bigint[] := '{}';
    m_id bigint; m_prev bytea; d_id bigint; d_prev bytea; v_hash bytea;
BEGIN
    IF NOT pg_try_advisory_xact_lock(836271, 1) THEN
        RETURN 0;
    END IF;
    -- only the sealer writes the chains, so it reads each head once
    SELECT coalesce(last_id, 0), last_hash INTO STRICT m_id, m_prev
      FROM casedesk.audit_chain_head WHERE chain = 'audit_log' FOR UPDATE;
    IF v_full THEN
        SELECT coalesce(last_id, 0), last_hash INTO STRICT d_id, d_prev
          FROM casedesk.audit_chain_head WHERE chain = 'discipline_audit' FOR UPDATE;
    END IF;
    FOR r IN SELECT * FROM casedesk.audit_pending p
              WHERE (v_full OR p.chain = 'audit_log')
                AND pg_xact_status(p.txid::text::xid8) IS DISTINCT FROM 'in progress'
              ORDER BY p.seq LIMIT v_limit
    LOOP
        IF r.table_name = 'flag_request' THEN
            -- file the flag (functions/030_discipline.sql); the rows it
            -- writes are audited under the filer's login, not the sealer's
            SELECT coalesce(max(seq), 0) INTO v_mark FROM casedesk.audit_pending;
            BEGIN
                r.new_row := casedesk.discipline_file_flag(r.login, r.at, r.new_row);
                UPDATE casedesk.audit_pending SET login = r.login
                 WHERE txid = txid_current() AND seq > v_mark;
            EXCEPTION WHEN OTHERS THEN
                -- a request that cannot be filed must not stop the chain:
                -- it is chained with the reason, without its facts
                r.new_row := (r.new_row - 'facts') || jsonb_build_object(
                    'facts_length', length(r.new_row->>'facts'), 'outcome', 'refused: ' || SQLERRM);
            END;
        END IF;
        IF r.chain = 'audit_log' THEN
            m_id := m_id + 1;
            v_hash := sha256(m_prev || casedesk.audit_canonical(m_id, r.at, r.login, r.txid,
                              r.table_name, r.row_id, r.op, r.old_row, r.new_row));
            INSERT INTO casedesk.audit_log VALUES
                (m_id, r.at, r.login, r.txid, r.table_name, r.row_id, r.op, r.old_row, r.new_row, m_prev, v_hash);
            m_prev := v_hash;
        ELSE
            d_id := d_id + 1;
            v_hash := sha256(d_prev || casedesk.audit_canonical(d_id, r.at, r.login, r.txid,
                              r.table_name, r.row_id, r.op, r.old_row, r.new_row));
            INSERT INTO casedesk.discipline_audit VALUES
                (d_id, r.at, r.login, r.txid, r.table_name, r.row_id, r.op, r.old_row, r.new_row, d_prev, v_hash);
            d_prev := v_hash;
        END IF;
        v_seqs := v_seqs || r.seq;
        v_n := v_n + 1;
    END LOOP;
    IF v_n > 0 THEN
        DELETE FROM casedesk.audit_pending WHERE seq = ANY (v_seqs);
        UPDATE casedesk.audit_chain_head SET last_id = nullif(m_id, 0), last_hash = m_prev
         WHERE chain = 'audit_log' AND last_id IS DISTINCT FROM nullif(m_id, 0);
        IF v_full THEN
            UPDATE casedesk.audit_chain_head SET last_id = nullif(d_id, 0), last_hash = d_prev
             WHERE chain = 'discipline_audit' AND last_id IS DISTINCT FROM nullif(d_id, 0);
        END IF;
    END IF;
    RETURN v_n;
END $$;

ALTER FUNCTION casedesk.audit_seal() OWNER TO casedesk_owner;

--
-- Name: audit_seal_guard(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_watchdog
--

CREATE FUNCTION casedesk.audit_seal_guard() RETURNS TABLE(pid integer, login text, action text, reason text)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    a record;
BEGIN
    FOR a IN
        SELECT DISTINCT s.pid, s.usename::text AS login,
               extract(epoch FROM clock_timestamp() - s.xact_start) AS held
          FROM pg_catalog.pg_locks l
          JOIN pg_catalog.pg_stat_activity s ON s.pid = l.pid
          JOIN casedesk.official o ON o.login = s.usename
         WHERE l.locktype = 'advisory' AND l.granted
           AND l.database = (SELECT d.oid FROM pg_catalog.pg_database d WHERE d.datname = current_database())
           AND l.classid = 836271 AND l.objid = 1 AND l.objsubid = 2
           AND s.pid <> pg_backend_pid()
           AND (s.xact_start IS NULL OR s.xact_start < clock_timestamp() - interval '2 seconds')
    LOOP
        PERFORM pg_terminate_backend(a.pid);
        pid := a.pid; login := a.login; action := 'ended';
        reason := CASE WHEN a.held IS NULL THEN 'held the audit sealer outside a transaction'
                       ELSE format('held the audit sealer for %s s', round(a.held)) END;
        RETURN NEXT;
    END LOOP;
END $$;

ALTER FUNCTION casedesk.audit_seal_guard() OWNER TO casedesk_watchdog;

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
-- Name: audit_verify_checkpoint(text, bigint, text, boolean); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.audit_verify_checkpoint(p_chain text, p_count bigint, p_hash text, p_walk boolean DEFAULT true) RETURNS bigint
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $_$
DECLARE
    v_bad  bigint := CASE WHEN coalesce(p_walk, true) THEN casedesk.audit_first_broken(p_chain) END;
    v_hash bytea;
BEGIN
    IF p_chain IS DISTINCT FROM 'discipline_audit' AND p_chain IS DISTINCT FROM 'audit_log' THEN
        RAISE EXCEPTION USING MESSAGE = 'unknown audit chain', ERRCODE = '22023';
    END IF;
    IF v_bad IS NOT NULL OR coalesce(p_count, 0) <= 0 THEN
        RETURN v_bad;
    END IF;
    EXECUTE format('SELECT hash FROM casedesk.%I WHERE id = $1', p_chain) INTO v_hash USING p_count;
    IF v_hash IS NULL OR encode(v_hash, 'hex') IS DISTINCT FROM lower(p_hash) THEN
        RETURN p_count;
    END IF;
    RETURN NULL;
END $_$;

ALTER FUNCTION casedesk.audit_verify_checkpoint(p_chain text, p_count bigint, p_hash text, p_walk boolean) OWNER TO casedesk_owner;

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
-- Name: briefing_communities(integer, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.briefing_communities(p_year integer, p_unit_code text DEFAULT NULL::text) RETURNS TABLE(community text, moved_in bigint, flats_planned integer, flats_ready integer)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_unit integer := casedesk.briefing_check(p_year, p_unit_code);
BEGIN
    RETURN QUERY
    SELECT rc.name, t.n, rc.flats_planned, rc.flats_ready
      FROM (SELECT substr(x.kind, 6)::integer AS cid, sum(x.n)::bigint AS n
              FROM casedesk.unit_month_total x
             WHERE x.month BETWEEN make_date(p_year, 1, 1) AND make_date(p_year, 12, 31)
               AND x.kind LIKE 'flat@%' AND (v_unit IS NULL OR x.unit_id = v_unit)
             GROUP BY 1) t
      JOIN casedesk.resettlement_community rc ON rc.id = t.cid
     WHERE t.n <> 0
     ORDER BY t.n DESC, rc.name;
END $$;

ALTER FUNCTION casedesk.briefing_communities(p_year integer, p_unit_code text) OWNER TO casedesk_owner;

--
-- Name: briefing_coverage(integer, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.briefing_coverage(p_year integer, p_unit_code text DEFAULT NULL::text) RETURNS TABLE(unit_code text, unit_name text, interval_days integer, villages bigint, on_schedule bigint, overdue bigint, coverage_pct numeric)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_unit integer := casedesk.briefing_check(p_year, p_unit_code);
BEGIN
    RETURN QUERY
    WITH r AS (
        SELECT x.code, x.name, c.interval_days AS iv, c.villages, c.on_schedule AS ok
          FROM casedesk.patrol_coverage(make_date(p_year, 12, 31), v_unit) c
          JOIN casedesk.unit x ON x.id = c.unit_id
    )
    SELECT * FROM (
        SELECT r.code, r.name, r.iv, r.villages, r.ok, r.villages - r.ok,
               CASE WHEN r.villages > 0 THEN round(100.0 * r.ok / r.villages, 1) END
          FROM r
        UNION ALL
        SELECT NULL, NULL, NULL, coalesce(sum(r.villages), 0)::bigint, coalesce(sum(r.ok), 0)::bigint,
               coalesce(sum(r.villages - r.ok), 0)::bigint,
               CASE WHEN sum(r.villages) > 0 THEN round(100.0 * sum(r.ok) / sum(r.villages), 1) END
          FROM r
    ) z
    ORDER BY z.code IS NULL, z.code;
END $$;

ALTER FUNCTION casedesk.briefing_coverage(p_year integer, p_unit_code text) OWNER TO casedesk_owner;

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
-- Name: briefing_discipline_detail(integer, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.briefing_discipline_detail(p_year integer, p_unit_code text DEFAULT NULL::text) RETURNS TABLE(figure text, n bigint)
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
        jsonb_build_object('report', 'briefing_detail', 'year', p_year, 'unit', p_unit_code));
    RETURN QUERY
    WITH r AS (
        SELECT x.* FROM casedesk.discipline_record x
         WHERE x.official_id <> v_me AND (v_unit IS NULL OR x.unit_id = v_unit)
    )
    SELECT 'reviewed', count(*) FROM r
     WHERE r.review_started_on BETWEEN make_date(p_year, 1, 1) AND make_date(p_year, 12, 31)
    UNION ALL
    SELECT k.d, (SELECT count(*) FROM r WHERE r.status = 'concluded' AND r.disposition = k.d
                   AND r.closed_at >= d0 AND r.closed_at < d1)
      FROM unnest(ARRAY['no_violation','reminder_talk','criticism','warning','serious_warning',
                        'removal','judicial_referral']) WITH ORDINALITY AS k(d, o);
END $$;

ALTER FUNCTION casedesk.briefing_discipline_detail(p_year integer, p_unit_code text) OWNER TO casedesk_owner;

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
          FROM casedesk.unit_month_total x
         WHERE x.month BETWEEN d0 AND d1 AND (v_unit IS NULL OR x.unit_id = v_unit)
    ), t AS (
        SELECT sum(x.target_value) AS mu
          FROM casedesk.target x
         WHERE x.year = p_year AND x.metric = 'land_mu' AND (v_unit IS NULL OR x.unit_id = v_unit)
    ), p AS (
        -- 棚改项目征收安置工作启动实施: shanty-town projects launched by the
        -- year's end whose expropriation work was under way in the year (a
        -- household or enterprise registered, signed or demolished then, in
        -- the unit's part of it).  Counting only projects whose start date
        -- fell in the year said 0 in every year after the first.  Three
        -- EXISTS, not one over an OR: each stops at its first row, where the
        -- OR made a hash join of every case with the project's households
        -- (780 ms at scale 200; 5 ms so).  The third asks a function, so
        -- the case table (23 indexes) is planned only for a project with no
        -- signing or demolition in the year: opening it took 2 of the
        -- section's 11 ms in a new session (issue 16).
        SELECT count(*) AS n FROM casedesk.project pr
         WHERE pr.kind = 'shantytown' AND coalesce(pr.started_on, d0) <= d1
           AND (EXISTS (SELECT 1 FROM casedesk.expropriation e
                         WHERE e.project_id = pr.id AND (v_unit IS NULL OR e.unit_id = v_unit)
                           AND e.signed_on BETWEEN d0 AND d1)
                OR EXISTS (SELECT 1 FROM casedesk.expropriation e
                            WHERE e.project_id = pr.id AND (v_unit IS NULL OR e.unit_id = v_unit)
                              AND e.demolished_on BETWEEN d0 AND d1)
                OR casedesk.project_registered_within(pr.id, v_unit, d0, d1))
    )
    SELECT p.n, s.hh, s.area, s.ent, s.mu, t.mu,
           CASE WHEN t.mu > 0 THEN round(100 * s.mu / t.mu, 1) END,
           s.resettled, s.money, s.flat,
           CASE WHEN s.money + s.flat > 0 THEN round(100.0 * s.money / (s.money + s.flat), 1) END
      FROM s, t, p;
END $$;

ALTER FUNCTION casedesk.briefing_expropriation(p_year integer, p_unit_code text) OWNER TO casedesk_owner;

--
-- Name: briefing_petitions(integer, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.briefing_petitions(p_year integer, p_unit_code text DEFAULT NULL::text) RETURNS TABLE(received bigint, accepted bigint, concluded bigint, overdue bigint)
    LANGUAGE plpgsql STABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_unit integer;
BEGIN
    IF p_year IS NULL OR p_year NOT BETWEEN 2000 AND 2100 THEN
        RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'The year must be between 2000 and 2100.';
    END IF;
    IF p_unit_code IS NOT NULL THEN
        SELECT u.id INTO v_unit FROM casedesk.unit u WHERE u.code = p_unit_code;
        IF v_unit IS NULL THEN
            RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('There is no unit with the code "%s".', p_unit_code);
        END IF;
    END IF;
    RETURN QUERY SELECT * FROM casedesk.petition_figures(coalesce(v_unit, 0), make_date(p_year, 1, 1),
                                                         make_date(p_year, 12, 31));
END $$;

ALTER FUNCTION casedesk.briefing_petitions(p_year integer, p_unit_code text) OWNER TO casedesk_owner;

--
-- Name: briefing_projects(integer, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.briefing_projects(p_year integer, p_unit_code text DEFAULT NULL::text) RETURNS TABLE(project_code text, project_name text, project_kind text, households bigint, signed bigint, paid bigint, vacated bigint, gap bigint, signed_in_year bigint, vacated_in_year bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_unit integer := casedesk.briefing_check(p_year, p_unit_code);
    y0     date := make_date(p_year, 1, 1);
BEGIN
    RETURN QUERY
    WITH t AS (
        SELECT split_part(x.kind, ':', 2)::integer AS pid, split_part(x.kind, ':', 3) AS what,
               sum(x.n) FILTER (WHERE x.month <= y0) AS upto, sum(x.n) FILTER (WHERE x.month = y0) AS this
          FROM casedesk.unit_month_total x
         -- the months of 1 January, each a range of the primary key: the
         -- day rows' "IN (SELECT ...)" was a scan of all 80,000 (12 ms at
         -- scale 200)
         WHERE x.month = ANY (ARRAY(SELECT make_date(g, 1, 1) FROM generate_series(1970, p_year) g))
           AND x.kind LIKE 'proj:%' AND (v_unit IS NULL OR x.unit_id = v_unit)
         GROUP BY 1, 2
    ), p AS (
        SELECT t.pid,
               coalesce(sum(t.upto) FILTER (WHERE t.what = 'registered'), 0)::bigint AS hh,
               coalesce(sum(t.upto) FILTER (WHERE t.what = 'signed'), 0)::bigint AS signed,
               coalesce(sum(t.upto) FILTER (WHERE t.what = 'paid'), 0)::bigint AS paid,
               coalesce(sum(t.upto) FILTER (WHERE t.what = 'vacated'), 0)::bigint AS vacated,
               coalesce(sum(t.this) FILTER (WHERE t.what = 'signed'), 0)::bigint AS signed_y,
               coalesce(sum(t.this) FILTER (WHERE t.what = 'vacated'), 0)::bigint AS vacated_y
          FROM t GROUP BY t.pid
    )
    SELECT pr.code, pr.name, pr.kind, p.hh, p.signed, p.paid, p.vacated, greatest(p.hh - p.vacated, 0),
           p.signed_y, p.vacated_y
      FROM p JOIN casedesk.project pr ON pr.id = p.pid
     WHERE p.hh > 0
     ORDER BY pr.kind = 'major', pr.code;
END $$;

ALTER FUNCTION casedesk.briefing_projects(p_year integer, p_unit_code text) OWNER TO casedesk_owner;

--
-- Name: briefing_removed_area(integer, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.briefing_removed_area(p_year integer, p_unit_code text DEFAULT NULL::text) RETURNS TABLE(demolished_m2 numeric, rectified_m2 numeric, removed_m2 numeric)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_unit integer := casedesk.briefing_check(p_year, p_unit_code);
BEGIN
    RETURN QUERY
    SELECT coalesce(sum(x.area) FILTER (WHERE x.kind = 'vio:demolished'), 0),
           coalesce(sum(x.area) FILTER (WHERE x.kind = 'vio:rectified'), 0),
           coalesce(sum(x.area) FILTER (WHERE x.kind IN ('vio:demolished', 'vio:rectified')), 0)
      FROM casedesk.unit_month_total x
     WHERE x.month BETWEEN make_date(p_year, 1, 1) AND make_date(p_year, 12, 31)
       AND x.kind IN ('vio:demolished', 'vio:rectified')
       AND (v_unit IS NULL OR x.unit_id = v_unit);
END $$;

ALTER FUNCTION casedesk.briefing_removed_area(p_year integer, p_unit_code text) OWNER TO casedesk_owner;

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
        SELECT coalesce(sum(f.due), 0)::bigint AS due, coalesce(sum(f.on_time), 0)::bigint AS on_time,
               coalesce(sum(f.overdue), 0)::bigint AS overdue, coalesce(sum(f.open_overdue), 0)::bigint AS open_overdue
          FROM casedesk.task_period_figures(d0, d1, v_unit) f
    ), k AS (
        SELECT coalesce(sum(c.n) FILTER (WHERE c.kind = 'warning'), 0)::bigint AS w,
               coalesce(sum(c.n) FILTER (WHERE c.kind = 'yellow'), 0)::bigint AS y,
               coalesce(sum(c.n) FILTER (WHERE c.kind = 'red'), 0)::bigint AS r
          FROM casedesk.task_card_month_total c
         WHERE c.month BETWEEN d0 AND d1 AND (v_unit IS NULL OR c.unit_id = v_unit)
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
          FROM casedesk.unit_month_total x
         WHERE x.month BETWEEN d0 AND d1 AND x.kind LIKE 'vio%' GROUP BY x.unit_id
    ), f AS (
        SELECT tot.unit_id, tot.found AS n FROM tot
    ), rm AS (
        SELECT tot.unit_id, tot.removed, tot.stock FROM tot
    ), pv AS (
        -- patrolled = villages on schedule at the year's end, as in
        -- briefing_coverage (casedesk.patrol_coverage, functions/185)
        SELECT c.unit_id, c.on_schedule AS n FROM casedesk.patrol_coverage(d1, v_unit) c
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
-- Name: calendar_clear(date); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.calendar_clear(p_day date) RETURNS void
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_id integer;
BEGIN
    SELECT id INTO v_id FROM casedesk.calendar_day WHERE day = p_day;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '23503', MESSAGE = 'That day is not in the calendar.';
    END IF;
    PERFORM casedesk.row_delete('calendar_day', v_id);   -- deleting has its one door (056)
END $$;

ALTER FUNCTION casedesk.calendar_clear(p_day date) OWNER TO casedesk_owner;

--
-- Name: calendar_set(date, text, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.calendar_set(p_day date, p_kind text, p_name text) RETURNS void
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    IF p_day IS NULL OR p_kind IS NULL OR p_kind NOT IN ('holiday', 'workday') THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'A calendar day is a holiday or a make-up working day.';
    END IF;
    IF (p_kind = 'holiday') = (extract(isodow FROM p_day) >= 6) THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = 'Only a weekday can be a holiday and only a weekend day a make-up working day.';
    END IF;
    INSERT INTO casedesk.calendar_day (day, kind, name) VALUES (p_day, p_kind, coalesce(btrim(p_name), ''))
        ON CONFLICT ON CONSTRAINT calendar_day_unique
        DO UPDATE SET kind = EXCLUDED.kind, name = EXCLUDED.name;
END $$;

ALTER FUNCTION casedesk.calendar_set(p_day date, p_kind text, p_name text) OWNER TO casedesk_owner;

--
-- Name: case_address_way(text, integer, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.case_address_way(p_text text, p_scope integer, p_param text, OUT ids bigint[], OUT cond text) RETURNS record
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $_$
    SELECT s.ids,
           CASE WHEN char_length(coalesce(p_text, '')) <> 2 THEN 'false'
                WHEN s.ids IS NULL THEN 'strpos(lower(c.address), lower($7)) > 0'
                ELSE 'c.id = ANY (' || p_param || ')' END
      FROM (SELECT CASE WHEN count(*) > 2000 THEN NULL ELSE coalesce(array_agg(x.id), '{}') END AS ids
              FROM (SELECT c.id FROM casedesk.case_file c
                     WHERE char_length(p_text) = 2 AND casedesk.text_pairs(c.address) @> ARRAY[lower(p_text)]
                       AND (p_scope = 0 OR c.unit_id = p_scope)
                     LIMIT 2001) x) s
$_$;

ALTER FUNCTION casedesk.case_address_way(p_text text, p_scope integer, p_param text, OUT ids bigint[], OUT cond text) OWNER TO casedesk_owner;

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
          WHEN x.court_application_on IS NULL THEN 'Record the application to the court before its ruling.'
          WHEN x.court_enforcement_on IS NOT NULL THEN 'The court enforcement ruling is already recorded.' END
      WHEN 'forced_demolish' THEN CASE
          WHEN x.expropriation_decision_on IS NULL OR x.compensation_decision_on IS NULL
            OR x.court_enforcement_on IS NULL THEN
          'Forced demolition needs the expropriation decision, the compensation decision and the court enforcement ruling, each recorded with date and document number, in that order.'
          -- 条例第27条: compensate first; 提存 when the household will not take it
          WHEN x.paid_total IS DISTINCT FROM x.assessed_compensation AND x.deposit_on IS NULL THEN
          'Forced demolition needs the compensation paid in full or deposited (提存) first.' END
      -- resettlement (migration 104)
      WHEN 'allocate_flat' THEN CASE
          WHEN x.party_kind <> 'household' OR x.resettlement IS DISTINCT FROM 'flat' THEN
          'Only a household that chose a resettlement flat is allocated one.'
          WHEN x.flat_allocated_on IS NOT NULL THEN 'The flat is already allocated.' END
      WHEN 'move_in' THEN CASE
          WHEN x.flat_allocated_on IS NULL THEN 'Allocate the flat before recording the move-in.'
          WHEN x.moved_in_on IS NOT NULL THEN 'The move-in is already recorded.' END
      WHEN 'close' THEN CASE
          WHEN x.party_kind = 'household' AND x.resettlement = 'flat' AND x.moved_in_on IS NULL THEN
          'A household resettled in a flat is closed once it has moved in.' END
      WHEN 'record_demand' THEN CASE
          WHEN x.compensation_decision_on IS NULL THEN 'Record the compensation decision before the demand to comply.'
          WHEN x.demand_on IS NOT NULL THEN 'The demand to comply is already recorded.' END
      WHEN 'record_court_application' THEN CASE
          WHEN x.demand_on IS NULL THEN 'Serve the demand to comply before applying to the court.'
          WHEN x.court_application_on IS NOT NULL THEN 'The application to the court is already recorded.' END
      WHEN 'record_deposit' THEN CASE
          WHEN x.compensation_decision_on IS NULL THEN 'Record the compensation decision before depositing the compensation.'
          WHEN x.deposit_on IS NOT NULL THEN 'The deposit of the compensation is already recorded.' END
    END;
END $$;

ALTER FUNCTION casedesk.case_blocker_expropriation(c casedesk.case_file, p_step text) OWNER TO casedesk_owner;

--
-- Name: case_blocker_petition(casedesk.case_file, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.case_blocker_petition(c casedesk.case_file, p_step text) RETURNS text
    LANGUAGE plpgsql STABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    p casedesk.petition_case;
BEGIN
    SELECT * INTO p FROM casedesk.petition_case WHERE id = c.id;
    IF p_step = 'extend' THEN
        IF p.extended_on IS NOT NULL THEN
            RETURN 'The handling period was already extended once (信访工作条例第34条).';
        END IF;
        -- whether it is still within the period depends on the step's date:
        -- case_step_petition checks that
    END IF;
    RETURN NULL;
END $$;

ALTER FUNCTION casedesk.case_blocker_petition(c casedesk.case_file, p_step text) OWNER TO casedesk_owner;

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
    -- the forced route, once each (migration 103); its periods are clocks
    IF p_step = 'record_enforcement_decision' AND v.enforcement_decision_on IS NOT NULL THEN
        RETURN 'The forced-demolition decision is already recorded.';
    END IF;
    IF p_step = 'record_enforcement_notice' AND v.enforcement_notice_on IS NOT NULL THEN
        RETURN 'The notice and demand are already recorded.';
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
-- Name: case_create_petition(integer, text, date, text, text, text, text, text, text, integer, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.case_create_petition(p_village_id integer, p_channel text, p_received_on date, p_petitioner text, p_id_no text, p_phone text, p_address text, p_subject text, p_content text, p_project_id integer DEFAULT NULL::integer, p_about_case_no text DEFAULT NULL::text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    c casedesk.case_file;
    v_about bigint;
BEGIN
    IF nullif(btrim(p_about_case_no), '') IS NOT NULL THEN
        SELECT f.id INTO v_about FROM casedesk.case_file f
         WHERE f.case_no = upper(btrim(p_about_case_no)) AND f.unit_id = casedesk.my_unit_id();
        IF v_about IS NULL THEN
            RAISE EXCEPTION USING ERRCODE = '42501',
                MESSAGE = 'This case does not exist or does not belong to your unit.';
        END IF;
    END IF;
    IF p_channel IS NULL OR p_channel NOT IN ('visit', 'letter', 'phone', 'online', 'transferred') THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The channel must be visit, letter, phone, online or transferred.';
    END IF;
    IF p_received_on IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The date the petition was received is required.';
    END IF;
    IF coalesce(btrim(p_subject), '') = '' THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The subject of the petition must not be empty.';
    END IF;
    IF p_project_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM casedesk.project WHERE id = p_project_id) THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'There is no such project.';
    END IF;
    c := casedesk.case_new('petition', p_village_id, p_received_on, p_petitioner, p_phone, p_address, NULL);
    INSERT INTO casedesk.petition_case (id, unit_id, channel, petitioner_id_no, subject, content,
            project_id, about_case_id, received_on)
    VALUES (c.id, c.unit_id, p_channel, p_id_no, p_subject, nullif(btrim(p_content), ''),
            p_project_id, v_about, p_received_on);
    UPDATE casedesk.case_file SET deadline = p_received_on + casedesk.petition_period('pet_accept')
     WHERE id = c.id;
    RETURN c.id;
END $$;

ALTER FUNCTION casedesk.case_create_petition(p_village_id integer, p_channel text, p_received_on date, p_petitioner text, p_id_no text, p_phone text, p_address text, p_subject text, p_content text, p_project_id integer, p_about_case_no text) OWNER TO casedesk_owner;

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
-- Name: case_event_on(casedesk.case_file, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.case_event_on(c casedesk.case_file, p_event text) RETURNS date
    LANGUAGE plpgsql STABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $_$
DECLARE
    v_table text;
    v_on date;
BEGIN
    SELECT k.detail_table INTO v_table FROM casedesk.case_kind k WHERE k.code = c.kind;
    IF v_table IS NULL OR p_event !~ '^[a-z][a-z_]{0,62}$' THEN
        RETURN NULL;
    END IF;
    -- the one column only: a whole-row read needs SELECT on every column,
    -- and staff may not read the personal ones (migration 065)
    EXECUTE format('SELECT d.%I::date FROM casedesk.%I d WHERE d.id = $1', p_event, v_table)
        INTO v_on USING c.id;
    RETURN v_on;
END $_$;

ALTER FUNCTION casedesk.case_event_on(c casedesk.case_file, p_event text) OWNER TO casedesk_owner;

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
-- Name: case_find(text, text, text, integer); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.case_find(p_how text, p_text text, p_pattern text, p_limit integer) RETURNS TABLE(id bigint, version integer, case_no text, kind text, status text, unit_code text, unit_name text, village_name text, party_name text, opened_on text, deadline text, overdue integer, sortval text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $_$
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
END $_$;

ALTER FUNCTION casedesk.case_find(p_how text, p_text text, p_pattern text, p_limit integer) OWNER TO casedesk_owner;

--
-- Name: case_find_next(text, text, integer, integer, integer, boolean, text, text, boolean, text, boolean, bigint, text, text, text[]); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.case_find_next(p_kind text, p_status text, p_unit integer, p_village integer, p_project integer, p_overdue boolean, p_text text, p_pattern text, p_prefix boolean, p_sort text, p_asc boolean, p_after_id bigint, p_after text, p_regex text, p_codes text[]) RETURNS TABLE(id bigint, version integer, case_no text, kind text, status text, unit_code text, unit_name text, village_name text, party_name text, opened_on text, deadline text, overdue integer, sortval text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $_$
DECLARE
    v_scope integer := casedesk.case_scope();
    v_col text := CASE p_sort WHEN 'opened' THEN 'c.opened_on' WHEN 'status' THEN 'c.status'
                              ELSE 'c.case_no' END;
    v_type text := CASE p_sort WHEN 'opened' THEN 'date' ELSE 'text' END;
    v_dir text := CASE WHEN p_asc THEN 'ASC' ELSE 'DESC' END;
    -- no character with a meaning in a regular expression: the text itself
    v_literal boolean := p_regex !~ '[][\\^$.|?*+(){}]';
    v_where text;
    v_text text := '';
    v_ids bigint[];
    v_addr text;
    v_villages integer[];
    v_units integer[];
    v_opened date[];
    v_deadlines date[];
    v_ways text[] := '{}';
    v_id bigint;
    v_gather boolean[] := '{}';
    v_sql text;
    v_steps text[];
    v_match text;
BEGIN
    IF v_scope IS NULL OR coalesce(p_regex, '') = '' THEN
        RETURN;
    END IF;
    v_where := casedesk.case_list_where(v_scope, v_col, v_type, p_asc);
    -- the list's `l` text, as one condition (its page splits it in ways
    -- limited to a page, which cannot be limited to the first match here)
    IF coalesce(p_text, '') <> '' AND p_prefix THEN
        SELECT a.ids, a.cond INTO v_ids, v_addr FROM casedesk.case_address_way(p_text, v_scope, '$17') a;
        v_text := format(' AND (c.case_no LIKE upper($8) OR c.party_name LIKE $8 OR %s)', v_addr);
    ELSIF coalesce(p_text, '') <> '' THEN
        v_text := ' AND (c.case_no ILIKE $8 OR c.party_name ILIKE $8 OR c.address ILIKE $8)';
    END IF;

    -- a literal as ILIKE: pg_trgm finds no trigram in a regular expression
    -- of Chinese characters under the C.UTF-8 ctype (it read the whole
    -- index: 800 ms for 王建国), but it does in a LIKE pattern (0.04 ms)
    v_match := CASE WHEN v_literal THEN 'ILIKE $24' ELSE '~* $18' END;
    -- a literal that begins with the two letters of a number can only be
    -- its beginning (AA-YYYY-NNNNNN): the prefix index, whose estimate the
    -- planner knows (the trigram index took 28 ms for a whole number: its
    -- trigrams " 20", "202", "026" are in every number)
    IF v_literal AND p_regex ~ '^[A-Za-z]{2}[0-9-]*$' THEN
        v_ways := v_ways || 'c.case_no LIKE $25'::text;
        v_gather := v_gather || false;
    ELSIF NOT v_literal OR p_regex ~ '^[A-Za-z0-9-]+$' THEN
        v_ways := v_ways || ('c.case_no ' || v_match);
        v_gather := v_gather || (char_length(p_regex) >= 3);
    END IF;
    v_ways := v_ways || ('c.party_name ' || v_match);
    v_gather := v_gather || (char_length(p_regex) >= 3);
    SELECT array_agg(v.id) INTO v_villages FROM casedesk.village v WHERE v.name ~* p_regex;
    IF v_villages IS NOT NULL THEN
        v_ways := v_ways || 'c.village_id = ANY ($20)'::text;
    END IF;
    SELECT array_agg(u.id) INTO v_units FROM casedesk.unit u WHERE u.name ~* p_regex;
    IF v_units IS NOT NULL THEN
        v_ways := v_ways || 'c.unit_id = ANY ($21)'::text;
    END IF;
    IF NOT v_literal OR p_regex ~ '^[0-9-]+$' THEN
        -- the days between the first and the last, as the list shows them
        SELECT array_agg(d.day) INTO v_opened
          FROM (SELECT min(c.opened_on) AS lo, max(c.opened_on) AS hi FROM casedesk.case_file c) m,
               LATERAL (SELECT g::date AS day FROM generate_series(m.lo, m.hi, interval '1 day') g) d
         WHERE d.day::text ~* p_regex;
        SELECT array_agg(d.day) INTO v_deadlines
          FROM (SELECT min(c.deadline) AS lo, max(c.deadline) AS hi FROM casedesk.case_file c) m,
               LATERAL (SELECT g::date AS day FROM generate_series(m.lo, m.hi, interval '1 day') g) d
         WHERE d.day::text ~* p_regex;
        IF v_opened IS NOT NULL THEN
            v_ways := v_ways || 'c.opened_on = ANY ($22)'::text;
        END IF;
        IF v_deadlines IS NOT NULL THEN
            v_ways := v_ways || 'c.deadline = ANY ($23)'::text;
        END IF;
    END IF;
    IF cardinality(p_codes) > 0 THEN
        v_ways := v_ways || 'c.kind = ANY ($19)'::text || 'c.status = ANY ($19)'::text;
    END IF;

    -- the near step: the next rows of the list, every way at once; then
    -- the far step: each way by its own index (a long pattern gathered whole)
    v_steps := ARRAY[
        format('SELECT n.id FROM (SELECT c.id, %1$s AS s, (%4$s) AS hit FROM casedesk.case_file c%2$s%3$s'
               ' ORDER BY %1$s %5$s, c.id %5$s LIMIT 2000) n WHERE n.hit ORDER BY n.s %5$s, n.id %5$s LIMIT 1',
               v_col, v_where, v_text, array_to_string(v_ways, ' OR '), v_dir),
        format('SELECT w.id FROM (%s) w ORDER BY w.s %s, w.id %2$s LIMIT 1',
               (SELECT string_agg(CASE WHEN coalesce(v_gather[w.n], false) THEN
                           format('(WITH m AS MATERIALIZED (SELECT c.id, %1$s AS s FROM casedesk.case_file c%2$s%3$s'
                                  ' AND %4$s) SELECT m.id, m.s FROM m ORDER BY m.s %5$s, m.id %5$s LIMIT 1)',
                                  v_col, v_where, v_text, w.way, v_dir)
                         ELSE
                           format('(SELECT c.id, %1$s AS s FROM casedesk.case_file c%2$s%3$s'
                                  ' AND %4$s ORDER BY %1$s %5$s, c.id %5$s LIMIT 1)',
                                  v_col, v_where, v_text, w.way, v_dir) END, ' UNION ALL ')
                  FROM unnest(v_ways) WITH ORDINALITY w(way, n)),
               v_dir)];
    FOREACH v_sql IN ARRAY v_steps LOOP
        EXECUTE v_sql INTO v_id
        USING coalesce(p_kind, ''), coalesce(p_status, ''), coalesce(p_unit, 0), coalesce(p_village, 0),
              coalesce(p_project, 0), coalesce(p_overdue, false), p_text, p_pattern, p_prefix, p_sort,
              p_asc, coalesce(p_after_id, 0), p_after, 1, v_scope, casedesk.today(), v_ids,
              p_regex, p_codes, v_villages, v_units, v_opened, v_deadlines,
              '%' || regexp_replace(p_regex, '([%_\\])', '\\\1', 'g') || '%', upper(p_regex) || '%';
        EXIT WHEN v_id IS NOT NULL;
    END LOOP;
    IF v_id IS NULL THEN
        RETURN;
    END IF;
    RETURN QUERY
    SELECT c.id, c.version, c.case_no, c.kind, c.status, u.code, u.name, v.name, c.party_name,
           c.opened_on::text, coalesce(c.deadline::text, ''),
           (coalesce(c.deadline < casedesk.today(), false) AND c.status <> 'closed')::int,
           CASE p_sort WHEN 'opened' THEN c.opened_on::text WHEN 'status' THEN c.status ELSE c.case_no END
      FROM casedesk.case_file c JOIN casedesk.unit u ON u.id = c.unit_id
      JOIN casedesk.village v ON v.id = c.village_id
     WHERE c.id = v_id;
END $_$;

ALTER FUNCTION casedesk.case_find_next(p_kind text, p_status text, p_unit integer, p_village integer, p_project integer, p_overdue boolean, p_text text, p_pattern text, p_prefix boolean, p_sort text, p_asc boolean, p_after_id bigint, p_after text, p_regex text, p_codes text[]) OWNER TO casedesk_owner;

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
-- Name: case_ids_by_address_pair(text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.case_ids_by_address_pair(p_text text) RETURNS SETOF bigint
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_role text := casedesk.my_role();
    v_unit integer := casedesk.my_unit_id();
BEGIN
    IF v_role IS NULL OR v_role NOT IN ('staff', 'supervisor', 'inspector')
       OR p_text IS NULL OR char_length(p_text) <> 2 THEN
        RETURN;
    END IF;
    RETURN QUERY
    SELECT c.id FROM casedesk.case_file c
     WHERE casedesk.text_pairs(c.address) @> ARRAY[lower(p_text)]
       AND (v_role <> 'staff' OR c.unit_id = v_unit);
END $$;

ALTER FUNCTION casedesk.case_ids_by_address_pair(p_text text) OWNER TO casedesk_owner;

--
-- Name: case_is_closed(bigint); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.case_is_closed(p_case bigint) RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$ SELECT coalesce((SELECT status = 'closed' FROM casedesk.case_file WHERE id = p_case), false) $$;

ALTER FUNCTION casedesk.case_is_closed(p_case bigint) OWNER TO casedesk_owner;

--
-- Name: case_legal_clocks(bigint); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.case_legal_clocks(p_case_id bigint) RETURNS TABLE(code text, step text, step_label_zh text, step_label_en text, started_on date, earliest date, due date, state text, source text, label_zh text, label_en text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    c casedesk.case_file;
    k record;
    v_start date;
    v_today date := casedesk.today();
BEGIN
    SELECT * INTO c FROM casedesk.case_file f
     WHERE f.id = p_case_id
       AND (casedesk.my_role() IN ('supervisor', 'inspector')
            OR (casedesk.my_role() = 'staff' AND f.unit_id = casedesk.my_unit_id()));
    IF NOT FOUND OR c.status = 'closed' THEN
        RETURN;
    END IF;
    FOR k IN
        SELECT l.*, s.label_zh AS s_zh, s.label_en AS s_en
          FROM casedesk.legal_clock l
          JOIN casedesk.case_step s ON s.kind = l.kind AND s.step = l.step
         WHERE l.kind = c.kind AND c.status = ANY (s.from_status)
         ORDER BY s.ord, l.id
    LOOP
        CONTINUE WHEN casedesk.case_event_on(c, k.step_event) IS NOT NULL;
        v_start := casedesk.clock_start(c.id, casedesk.case_event_on(c, k.after_event), k.from_service_of);
        code := k.code; step := k.step; step_label_zh := k.s_zh; step_label_en := k.s_en;
        source := k.source; label_zh := k.label_zh; label_en := k.label_en;
        started_on := v_start;
        earliest := CASE WHEN v_start IS NOT NULL AND k.min_amount IS NOT NULL
                         THEN casedesk.clock_add(v_start, k.min_amount, k.unit) END;
        due := CASE WHEN v_start IS NOT NULL AND k.max_amount IS NOT NULL
                    THEN casedesk.clock_add(v_start, k.max_amount, k.unit) END;
        state := CASE WHEN v_start IS NULL THEN 'waiting'
                      WHEN earliest > v_today THEN 'not_yet'
                      WHEN due < v_today THEN 'overdue'
                      ELSE 'open' END;
        RETURN NEXT;
    END LOOP;
END $$;

ALTER FUNCTION casedesk.case_legal_clocks(p_case_id bigint) OWNER TO casedesk_owner;

--
-- Name: case_list_count(text, text, integer, integer, integer, boolean, text, text, boolean, bigint); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.case_list_count(p_kind text, p_status text, p_unit integer, p_village integer, p_project integer, p_overdue boolean, p_text text, p_pattern text, p_prefix boolean, p_cap bigint) RETURNS bigint
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $_$
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
END $_$;

ALTER FUNCTION casedesk.case_list_count(p_kind text, p_status text, p_unit integer, p_village integer, p_project integer, p_overdue boolean, p_text text, p_pattern text, p_prefix boolean, p_cap bigint) OWNER TO casedesk_owner;

--
-- Name: case_list_page(text, text, integer, integer, integer, boolean, text, text, boolean, text, boolean, bigint, text, integer); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.case_list_page(p_kind text, p_status text, p_unit integer, p_village integer, p_project integer, p_overdue boolean, p_text text, p_pattern text, p_prefix boolean, p_sort text, p_asc boolean, p_after_id bigint, p_after text, p_limit integer) RETURNS TABLE(id bigint, version integer, case_no text, kind text, status text, unit_code text, unit_name text, village_name text, party_name text, opened_on text, deadline text, overdue integer, sortval text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $_$
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
END $_$;

ALTER FUNCTION casedesk.case_list_page(p_kind text, p_status text, p_unit integer, p_village integer, p_project integer, p_overdue boolean, p_text text, p_pattern text, p_prefix boolean, p_sort text, p_asc boolean, p_after_id bigint, p_after text, p_limit integer) OWNER TO casedesk_owner;

--
-- Name: case_list_where(integer, text, text, boolean); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.case_list_where(p_scope integer, p_col text, p_type text, p_asc boolean) RETURNS text
    LANGUAGE sql IMMUTABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $_$ SELECT format(
    ' WHERE %1$s ($1 = '''' OR c.kind = $1) AND ($2 = '''' OR c.status = $2)'
    ' AND ($3 = 0 OR c.unit_id = $3) AND ($4 = 0 OR c.village_id = $4)'
    ' AND ($5 = 0 OR EXISTS (SELECT 1 FROM casedesk.expropriation x WHERE x.id = c.id AND x.project_id = $5))'
    ' AND (NOT $6 OR (c.deadline < $16 AND c.status <> ''closed''))'
    ' AND ($12 = 0 OR (%2$s, c.id) %3$s ($13::%4$s, $12))',
    CASE WHEN p_scope = 0 THEN '' ELSE 'c.unit_id = $15 AND' END,
    p_col, CASE WHEN p_asc THEN '>' ELSE '<' END, p_type) $_$;

ALTER FUNCTION casedesk.case_list_where(p_scope integer, p_col text, p_type text, p_asc boolean) OWNER TO casedesk_owner;

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
-- Name: case_next_legal_steps(bigint); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.case_next_legal_steps(p_case_id bigint) RETURNS TABLE(step text, step_label_zh text, step_label_en text, earliest date, due date, state text, source text)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    WITH k AS (SELECT * FROM casedesk.case_legal_clocks(p_case_id) WHERE state <> 'waiting'),
    g AS (
        SELECT k.step, min(k.step_label_zh) AS zh, min(k.step_label_en) AS en,
               max(k.earliest) AS earliest, min(k.due) AS due,
               (array_agg(k.source ORDER BY k.earliest DESC NULLS LAST, k.due NULLS LAST))[1] AS source
          FROM k GROUP BY k.step)
    SELECT g.step, g.zh, g.en, g.earliest, g.due,
           CASE WHEN g.earliest > casedesk.today() THEN 'not_yet'
                WHEN g.due < casedesk.today() THEN 'overdue' ELSE 'open' END,
           g.source
      FROM g
      JOIN casedesk.case_file c ON c.id = p_case_id
      JOIN casedesk.case_step s ON s.kind = c.kind AND s.step = g.step
     ORDER BY s.ord
$$;

ALTER FUNCTION casedesk.case_next_legal_steps(p_case_id bigint) OWNER TO casedesk_owner;

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
-- Name: case_party(bigint); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.case_party(p_case_id bigint) RETURNS TABLE(party_name text, party_phone text, address text, handled_by integer, handled_by_name text, party_id_no text, created_by_name text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
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

ALTER FUNCTION casedesk.case_party(p_case_id bigint) OWNER TO casedesk_owner;

--
-- Name: case_party_export(text, integer, date, date); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.case_party_export(p_kind text, p_unit integer, p_from date, p_to date) RETURNS TABLE(id bigint, party_name text, address text, party_phone text, party_id_no text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
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

ALTER FUNCTION casedesk.case_party_export(p_kind text, p_unit integer, p_from date, p_to date) OWNER TO casedesk_owner;

--
-- Name: case_party_name(bigint); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.case_party_name(p_case_id bigint) RETURNS text
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_scope integer := casedesk.case_scope();
BEGIN
    RETURN (SELECT c.party_name FROM casedesk.case_file c
             WHERE c.id = p_case_id AND v_scope IS NOT NULL AND (v_scope = 0 OR c.unit_id = v_scope));
END $$;

ALTER FUNCTION casedesk.case_party_name(p_case_id bigint) OWNER TO casedesk_owner;

--
-- Name: case_payments(bigint); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.case_payments(p_case_id bigint) RETURNS TABLE(id bigint, amount numeric, paid_on date, payee text, account text, voucher_no text, recorded_by_name text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
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

ALTER FUNCTION casedesk.case_payments(p_case_id bigint) OWNER TO casedesk_owner;

--
-- Name: case_prefix_sql(text, text, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.case_prefix_sql(p_where text, p_tail text, p_addr text) RETURNS text
    LANGUAGE sql IMMUTABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $_$ SELECT format(
    ' AND c.id IN (SELECT w.id FROM ('
    '(SELECT c.id FROM casedesk.case_file c%1$s AND c.case_no LIKE upper($8)%2$s)'
    ' UNION (SELECT c.id FROM casedesk.case_file c%1$s AND c.party_name LIKE $8%2$s)'
    ' UNION (SELECT c.id FROM casedesk.case_file c%1$s AND %3$s%2$s)) w)',
    p_where, p_tail, p_addr) $_$;

ALTER FUNCTION casedesk.case_prefix_sql(p_where text, p_tail text, p_addr text) OWNER TO casedesk_owner;

--
-- Name: case_reveal(bigint); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.case_reveal(p_request bigint) RETURNS text
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
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

ALTER FUNCTION casedesk.case_reveal(p_request bigint) OWNER TO casedesk_owner;

--
-- Name: case_reveal_request(bigint, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.case_reveal_request(p_case_id bigint, p_field text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
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

ALTER FUNCTION casedesk.case_reveal_request(p_case_id bigint, p_field text) OWNER TO casedesk_owner;

--
-- Name: case_scope(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.case_scope() RETURNS integer
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    SELECT CASE casedesk.my_role() WHEN 'staff' THEN casedesk.my_unit_id()
                                   WHEN 'supervisor' THEN 0 WHEN 'inspector' THEN 0
           ELSE CASE WHEN (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = session_user)
                       OR pg_has_role(session_user, 'casedesk_owner', 'MEMBER') THEN 0 END END
$$;

ALTER FUNCTION casedesk.case_scope() OWNER TO casedesk_owner;

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
    IF v_fn IS NOT NULL THEN
        EXECUTE format('SELECT casedesk.%I($1, $2)', v_fn) INTO v_why USING c, p_step;
    END IF;
    -- then the statutory periods (functions/102_legal_clocks.sql), as of today
    RETURN coalesce(v_why, casedesk.legal_clock_blocker(c, p_step, casedesk.today()));
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
    d record;   -- the document the step issues (functions/180; its table comes later)
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
        -- a document made elsewhere is recorded by its number; the register
        -- numbers its own (record_demand, record_compensation_decision)
        v_no := casedesk.arg_text(a, 'doc_no', 'document number',
                                  p_step NOT IN ('record_demand', 'record_compensation_decision'));
    ELSIF p_step = 'allocate_flat' THEN
        -- may precede the demolition recorded before it: only not in the future
        PERFORM casedesk.check_past(v_on, 'date of the allocation');
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
        -- 行政强制法第43条: not on a statutory holiday (nor a rest day)
        IF NOT casedesk.is_workday(v_on) THEN
            RAISE EXCEPTION USING ERRCODE = '23514',
                MESSAGE = 'Forced demolition may not take place on a holiday or a rest day (行政强制法第43条).';
        END IF;
        UPDATE casedesk.expropriation SET demolished_on = v_on, forced = true,
               forced_at = casedesk.forced_daytime(a) WHERE id = c.id;
    WHEN 'allocate_flat' THEN
        IF v_on < x.signed_on THEN
            RAISE EXCEPTION USING ERRCODE = '23514',
                MESSAGE = 'A flat cannot be allocated before the agreement was signed.';
        END IF;
        IF EXISTS (SELECT 1 FROM casedesk.expropriation o
                    WHERE o.community_id = x.community_id AND o.id <> c.id
                      AND o.flat_building = casedesk.arg_text(a, 'building', 'building')
                      AND coalesce(o.flat_unit, '') = coalesce(casedesk.arg_text(a, 'unit_no', 'unit', false), '')
                      AND o.flat_room = casedesk.arg_text(a, 'room', 'room')) THEN
            RAISE EXCEPTION USING ERRCODE = '23505',
                MESSAGE = 'That flat is already allocated to another household.';
        END IF;
        UPDATE casedesk.expropriation
           SET flat_allocated_on = v_on,
               flat_building = casedesk.arg_text(a, 'building', 'building'),
               flat_unit = casedesk.arg_text(a, 'unit_no', 'unit', false),
               flat_room = casedesk.arg_text(a, 'room', 'room'),
               flat_area_m2 = casedesk.arg_num(a, 'flat_area', 'flat area'),
               transition_monthly = casedesk.arg_num(a, 'monthly', 'monthly transition allowance', false)
         WHERE id = c.id;
    WHEN 'move_in' THEN
        IF v_on < x.flat_allocated_on THEN
            RAISE EXCEPTION USING ERRCODE = '23514',
                MESSAGE = 'The move-in cannot be dated before the flat was allocated.';
        END IF;
        UPDATE casedesk.expropriation SET moved_in_on = v_on WHERE id = c.id;
    WHEN 'record_demand' THEN
        -- 催告书: 10 working days before the court may be asked (行政强制法第54条)
        d := casedesk.step_document(c, p_step, v_on, casedesk.add_workdays(v_on, 10));
        UPDATE casedesk.expropriation SET demand_on = v_on, demand_no = d.doc_no WHERE id = c.id;
    WHEN 'record_court_application' THEN
        UPDATE casedesk.expropriation SET court_application_on = v_on, court_application_no = v_no WHERE id = c.id;
    WHEN 'record_deposit' THEN
        UPDATE casedesk.expropriation SET deposit_on = v_on, deposit_no = v_no WHERE id = c.id;
    WHEN 'record_expropriation_decision' THEN
        UPDATE casedesk.expropriation SET expropriation_decision_on = v_on, expropriation_decision_no = v_no
         WHERE id = c.id;
    WHEN 'record_compensation_decision' THEN
        IF v_on < x.expropriation_decision_on THEN
            RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = format(
                'The compensation decision cannot be dated before the expropriation decision (%s).',
                x.expropriation_decision_on);
        END IF;
        -- 征收补偿决定书, numbered by the register
        d := casedesk.step_document(c, p_step, v_on, v_on + 15);
        UPDATE casedesk.expropriation SET compensation_decision_on = v_on, compensation_decision_no = d.doc_no
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
-- Name: case_step_petition(casedesk.case_file, text, jsonb); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.case_step_petition(c casedesk.case_file, p_step text, a jsonb) RETURNS void
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $_$
DECLARE
    p casedesk.petition_case;
    v_on date;
    v_to text;
    v_days integer;
    v_deadline date := c.deadline;
BEGIN
    SELECT * INTO p FROM casedesk.petition_case WHERE id = c.id FOR UPDATE;
    SELECT s.to_status INTO v_to FROM casedesk.case_steps() s WHERE s.kind = c.kind AND s.step = p_step;
    v_to := coalesce(v_to, c.status);
    v_on := casedesk.arg_date(a, 'on', 'date of this step');
    PERFORM casedesk.check_step_date(v_on, greatest(p.received_on, p.accept_decided_on, p.extended_on,
        p.answered_on, p.review_requested_on, p.reviewed_on, p.recheck_requested_on, p.rechecked_on));
    CASE p_step
    WHEN 'accept' THEN
        UPDATE casedesk.petition_case SET accept_decided_on = v_on, accepted = true WHERE id = c.id;
        v_deadline := v_on + casedesk.petition_period('pet_answer');
    WHEN 'not_accept' THEN
        UPDATE casedesk.petition_case SET accept_decided_on = v_on, accepted = false,
               not_accepted_reason = casedesk.arg_text(a, 'reason', 'reason')
         WHERE id = c.id;
        v_deadline := NULL;
    WHEN 'extend' THEN
        IF coalesce(a->>'days', '') !~ '^[0-9]{1,3}$' OR (a->>'days')::integer NOT BETWEEN 1 AND 30 THEN
            RAISE EXCEPTION USING ERRCODE = '23514',
                MESSAGE = 'The handling period may be extended by 1 to 30 days (信访工作条例第34条).';
        END IF;
        v_days := (a->>'days')::integer;
        IF v_on > p.answer_clock_on + casedesk.petition_period('pet_answer') THEN
            RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = format(
                'The handling period ended on %s; it can be extended only before it ends (%s).',
                p.answer_clock_on + casedesk.petition_period('pet_answer'), '信访工作条例第34条');
        END IF;
        UPDATE casedesk.petition_case SET extended_on = v_on, extended_days = v_days,
               extension_reason = casedesk.arg_text(a, 'reason', 'reason')
         WHERE id = c.id;
        v_deadline := p.answer_clock_on + v_days + casedesk.petition_period('pet_answer');
    WHEN 'answer' THEN
        UPDATE casedesk.petition_case SET answered_on = v_on,
               answer = casedesk.arg_longtext(a, 'answer', 'answer')
         WHERE id = c.id;
        v_deadline := NULL;   -- the petitioner's window is not the office's deadline
    WHEN 'request_review' THEN
        PERFORM casedesk.petition_window('pet_review_window', p.answered_on, v_on);
        UPDATE casedesk.petition_case SET review_requested_on = v_on WHERE id = c.id;
        v_deadline := v_on + casedesk.petition_period('pet_review_due');
    WHEN 'review' THEN
        UPDATE casedesk.petition_case SET reviewed_on = v_on,
               review_opinion = casedesk.arg_longtext(a, 'answer', 'review opinion')
         WHERE id = c.id;
        v_deadline := NULL;
    WHEN 'request_recheck' THEN
        PERFORM casedesk.petition_window('pet_recheck_window', p.reviewed_on, v_on);
        UPDATE casedesk.petition_case SET recheck_requested_on = v_on WHERE id = c.id;
        v_deadline := v_on + casedesk.petition_period('pet_recheck_due');
    WHEN 'recheck' THEN
        UPDATE casedesk.petition_case SET rechecked_on = v_on,
               recheck_opinion = casedesk.arg_longtext(a, 'answer', 'second review opinion')
         WHERE id = c.id;
        v_deadline := NULL;
    ELSE  -- the closing steps
        UPDATE casedesk.petition_case SET concluded_on = v_on WHERE id = c.id;
        v_deadline := NULL;
    END CASE;
    UPDATE casedesk.case_file
       SET status = v_to, deadline = v_deadline, closed_on = CASE WHEN v_to = 'closed' THEN v_on END
     WHERE id = c.id;
END $_$;

ALTER FUNCTION casedesk.case_step_petition(c casedesk.case_file, p_step text, a jsonb) OWNER TO casedesk_owner;

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
    d record;   -- the document the step issues (functions/180; its table comes later)
BEGIN
    SELECT * INTO v FROM casedesk.violation WHERE id = c.id FOR UPDATE;
    SELECT s.to_status INTO v_to FROM casedesk.case_steps() s WHERE s.kind = c.kind AND s.step = p_step;
    v_to := coalesce(v_to, c.status);   -- a step that records a document keeps the status
    v_on := casedesk.arg_date(a, 'on', 'date of this step');
    PERFORM casedesk.check_step_date(v_on, greatest(v.found_on, v.verified_on, v.stop_notice_on,
        v.rectify_ordered_on, v.resolved_on, v.reinspected_on, v.enforcement_decision_on, v.enforcement_notice_on));
    v_deadline := c.deadline;
    CASE p_step
    WHEN 'verify' THEN
        v_built := casedesk.arg_date(a, 'built_on', 'construction date', false);
        UPDATE casedesk.violation SET verified_on = v_on, built_on = coalesce(v_built, built_on)
         WHERE id = c.id;
    WHEN 'stop_notice' THEN
        -- the number is the register's (migration 200: no longer asked)
        d := casedesk.step_document(c, p_step, v_on, v_on + 3);
        UPDATE casedesk.violation SET stop_notice_on = v_on, stop_notice_no = d.doc_no
         WHERE id = c.id;
    WHEN 'order_rectify' THEN
        v_deadline := casedesk.arg_date(a, 'deadline', 'rectification deadline');
        IF v_deadline < v_on THEN
            RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The rectification deadline cannot be earlier than the date of the order.';
        END IF;
        d := casedesk.step_document(c, p_step, v_on, v_deadline);
        UPDATE casedesk.violation SET rectify_ordered_on = v_on, rectify_deadline = v_deadline
         WHERE id = c.id;
    WHEN 'demolish', 'rectify', 'stock_dispose' THEN
        -- the area removed: as asked, else the area found (migration 101)
        UPDATE casedesk.violation SET resolution = v_to, resolved_on = v_on,
               resolved_area_m2 = CASE WHEN p_step <> 'stock_dispose'
                                       THEN coalesce(casedesk.arg_num(a, 'area', 'area demolished or rectified', false),
                                                     v.area_m2) END
         WHERE id = c.id;
        v_deadline := NULL;  -- the clock stops once the violation is dealt with
    WHEN 'record_enforcement_decision' THEN
        -- 强制拆除决定书: the party is given 10 days to demolish it
        d := casedesk.step_document(c, p_step, v_on, v_on + 10);
        UPDATE casedesk.violation SET enforcement_decision_on = v_on, enforcement_decision_no = d.doc_no
         WHERE id = c.id;
    WHEN 'record_enforcement_notice' THEN
        -- 催告书: 3 working days before 代履行 (行政强制法第51条)
        d := casedesk.step_document(c, p_step, v_on, casedesk.add_workdays(v_on, 3));
        UPDATE casedesk.violation SET enforcement_notice_on = v_on, enforcement_notice_no = d.doc_no
         WHERE id = c.id;
    WHEN 'forced_demolish' THEN
        -- 行政强制法第43条: not on a statutory holiday (nor a rest day)
        IF NOT casedesk.is_workday(v_on) THEN
            RAISE EXCEPTION USING ERRCODE = '23514',
                MESSAGE = 'Forced demolition may not take place on a holiday or a rest day (行政强制法第43条).';
        END IF;
        UPDATE casedesk.violation SET resolution = 'demolished', resolved_on = v_on, forced = true,
               forced_at = casedesk.forced_daytime(a),
               resolved_area_m2 = coalesce(casedesk.arg_num(a, 'area', 'area demolished or rectified', false), v.area_m2)
         WHERE id = c.id;
        v_deadline := NULL;
    WHEN 'not_violation', 'void' THEN
        -- closed with the outcome and why; counted in no figure (migration 101)
        UPDATE casedesk.violation SET resolution = p_step, resolved_on = v_on,
               outcome_reason = casedesk.arg_text(a, 'reason', 'reason')
         WHERE id = c.id;
        v_deadline := NULL;
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
    -- a step dated in the past is held to the periods as of its own date
    v_why := coalesce(v_why, casedesk.legal_clock_blocker(c, p_step,
                 coalesce(casedesk.arg_date(p_args, 'on', 'date of this step', false), casedesk.today())));
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
-- Name: clock_add(date, integer, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.clock_add(p_from date, p_amount integer, p_unit text) RETURNS date
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    SELECT CASE p_unit
             WHEN 'working_days' THEN casedesk.add_workdays(p_from, p_amount)
             WHEN 'months' THEN (p_from + make_interval(months => p_amount))::date
             ELSE p_from + p_amount END
$$;

ALTER FUNCTION casedesk.clock_add(p_from date, p_amount integer, p_unit text) OWNER TO casedesk_owner;

--
-- Name: clock_start(bigint, date, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.clock_start(p_case_id bigint, p_on date, p_doc_kind text) RETURNS date
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    SELECT CASE WHEN p_on IS NULL OR p_doc_kind IS NULL OR d.id IS NULL THEN p_on
                WHEN d.served_on IS NULL THEN NULL
                ELSE p_on + (d.served_on - d.issued_on) END
      FROM (SELECT 1) z
      LEFT JOIN LATERAL (SELECT x.id, x.issued_on, x.served_on FROM casedesk.document x
                          WHERE x.case_id = p_case_id AND x.kind = p_doc_kind
                          ORDER BY x.id DESC LIMIT 1) d ON true
$$;

ALTER FUNCTION casedesk.clock_start(p_case_id bigint, p_on date, p_doc_kind text) OWNER TO casedesk_owner;

--
-- Name: community_add(text, text, integer); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.community_add(p_name text, p_unit_code text, p_flats_planned integer) RETURNS integer
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_id integer;
BEGIN
    IF coalesce(p_flats_planned, 0) < 0 THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The number of flats must not be negative.';
    END IF;
    IF EXISTS (SELECT 1 FROM casedesk.resettlement_community WHERE name = btrim(p_name)) THEN
        RAISE EXCEPTION USING ERRCODE = '23505',
            MESSAGE = 'A resettlement community of that name already exists.';
    END IF;
    INSERT INTO casedesk.resettlement_community (name, unit_id, flats_planned)
        VALUES (casedesk.ref_name(p_name),
                CASE WHEN p_unit_code IS NULL THEN NULL ELSE casedesk.ref_unit(p_unit_code) END,
                coalesce(p_flats_planned, 0))
        RETURNING id INTO v_id;
    RETURN v_id;
END $$;

ALTER FUNCTION casedesk.community_add(p_name text, p_unit_code text, p_flats_planned integer) OWNER TO casedesk_owner;

--
-- Name: community_set_flats(text, integer, integer); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.community_set_flats(p_name text, p_planned integer, p_ready integer) RETURNS void
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    IF p_planned IS NULL OR p_ready IS NULL OR p_planned < 0 OR p_ready < 0 OR p_ready > p_planned THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = 'Flats ready must be between 0 and the flats planned.';
    END IF;
    UPDATE casedesk.resettlement_community SET flats_planned = p_planned, flats_ready = p_ready
     WHERE name = p_name;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '23503', MESSAGE = 'There is no resettlement community of that name.';
    END IF;
END $$;

ALTER FUNCTION casedesk.community_set_flats(p_name text, p_planned integer, p_ready integer) OWNER TO casedesk_owner;

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
    PERFORM casedesk.discipline_stage_flag(p_official_id, 'inaction',
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
-- Name: discipline_file_flag(text, timestamp with time zone, jsonb); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.discipline_file_flag(p_login text, p_at timestamp with time zone, p_req jsonb) RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_flagger integer := (p_req->>'flagger_id')::integer;
    v_official integer := (p_req->>'official_id')::integer;
    v_tasks bigint[] := ARRAY(SELECT jsonb_array_elements_text(coalesce(p_req->'task_ids', '[]'))::bigint);
    v_cases bigint[] := ARRAY(SELECT jsonb_array_elements_text(coalesce(p_req->'case_ids', '[]'))::bigint);
    v_id bigint;
    -- a refused request is chained without its facts (their length only):
    -- a flood of flags must not fill the chain
    v_bare jsonb := (p_req - 'facts') || jsonb_build_object('facts_length', length(p_req->>'facts'));
BEGIN
    IF v_flagger IS NOT NULL AND (SELECT count(*) FROM casedesk.discipline_flagger f
            JOIN casedesk.discipline_record r ON r.id = f.record_id
           WHERE f.flagger_id = v_flagger AND r.received_at > p_at - interval '1 hour')
           >= casedesk.discipline_flag_rate() THEN
        RETURN v_bare || jsonb_build_object('outcome', 'refused: over the hourly flag limit');
    END IF;
    IF EXISTS (SELECT 1 FROM casedesk.discipline_flagger WHERE receipt = p_req->>'receipt') THEN
        RETURN v_bare || jsonb_build_object('outcome', 'refused: receipt already issued');
    END IF;
    IF NOT EXISTS (SELECT 1 FROM casedesk.official WHERE id = v_official) THEN
        RETURN v_bare || jsonb_build_object('outcome', 'refused: no such official');
    END IF;
    -- one open automatic flag per official and task is enough
    IF p_req->>'source' = 'auto' AND EXISTS (SELECT 1 FROM casedesk.discipline_record r
                 JOIN casedesk.discipline_link l ON l.record_id = r.id
                WHERE r.official_id = v_official AND r.source = 'auto'
                  AND r.category = 'inaction' AND l.task_id = ANY (v_tasks)
                  AND r.status NOT IN ('set_aside','concluded')) THEN
        RETURN p_req || jsonb_build_object('outcome', 'not filed: an automatic flag is open');
    END IF;
    v_id := casedesk.discipline_insert(v_official, p_req->>'category', p_req->>'facts',
                p_req->>'source', v_flagger, v_cases, v_tasks, p_req->>'receipt', p_at);
    RETURN p_req || jsonb_build_object('outcome', 'filed', 'record_id', v_id);
END $$;

ALTER FUNCTION casedesk.discipline_file_flag(p_login text, p_at timestamp with time zone, p_req jsonb) OWNER TO casedesk_owner;

--
-- Name: discipline_flag_rate(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.discipline_flag_rate() RETURNS integer
    LANGUAGE sql IMMUTABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$ SELECT 20 $$;

ALTER FUNCTION casedesk.discipline_flag_rate() OWNER TO casedesk_owner;

--
-- Name: discipline_get(text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.discipline_get(p_token text) RETURNS TABLE(id bigint, receipt text, official_id integer, official_name text, official_login text, unit_id integer, unit_name text, category text, facts text, source text, status text, received_at timestamp with time zone, review_started_on date, review_due date, reviewer_name text, note text, disposition text, disposition_on date, decision_no text, decided_by_name text, closed_at timestamp with time zone, flagger_name text, flagger_unit text, case_ids bigint[], task_ids bigint[], version integer)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_me integer := casedesk.discipline_require_inspector();
    v_id bigint := (casedesk.discipline_grant(p_token, 'record')->'args'->>'id')::bigint;
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
     WHERE r.id = v_id AND r.official_id <> v_me;
END $$;

ALTER FUNCTION casedesk.discipline_get(p_token text) OWNER TO casedesk_owner;

--
-- Name: discipline_grant(text, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.discipline_grant(p_token text, p_kind text) RETURNS jsonb
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v jsonb;
BEGIN
    PERFORM casedesk.discipline_require_inspector();
    SELECT a.new_row INTO v FROM casedesk.discipline_audit a
     WHERE (a.new_row->>'token') = p_token AND a.op = 'READ' AND a.new_row->>'kind' = p_kind
       AND a.login = session_user::text
       AND a.at > clock_timestamp() - interval '10 minutes'
       AND casedesk.xid_status(a.xmin) = 'committed'
       AND pg_xact_status(a.txid::text::xid8) = 'committed';
    IF v IS NULL THEN
        RAISE EXCEPTION USING MESSAGE = 'That discipline read is not on record yet; open it again.',
            ERRCODE = '42501';
    END IF;
    RETURN v;
END $$;

ALTER FUNCTION casedesk.discipline_grant(p_token text, p_kind text) OWNER TO casedesk_owner;

--
-- Name: discipline_has_read(bigint); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.discipline_has_read(p_id bigint) RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    RETURN p_id IS NOT NULL AND EXISTS (
        SELECT 1 FROM casedesk.discipline_audit a
         WHERE a.table_name = 'discipline_record' AND a.row_id = p_id AND a.op = 'READ'
           AND a.login = session_user::text AND a.new_row->>'kind' IN ('record', 'history')
           AND a.at > clock_timestamp() - interval '30 minutes'
           AND casedesk.xid_status(a.xmin) = 'committed');
END $$;

ALTER FUNCTION casedesk.discipline_has_read(p_id bigint) OWNER TO casedesk_owner;

--
-- Name: discipline_history(text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.discipline_history(p_token text) RETURNS TABLE(at timestamp with time zone, login text, op text, from_status text, to_status text, detail text)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_me integer := casedesk.discipline_require_inspector();
    v_id bigint := (casedesk.discipline_grant(p_token, 'history')->'args'->>'id')::bigint;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM casedesk.discipline_record r WHERE r.id = v_id AND r.official_id <> v_me) THEN
        RETURN;
    END IF;
    RETURN QUERY
    SELECT a.at, a.login, a.op, a.old_row->>'status', a.new_row->>'status',
           concat_ws(' ', a.new_row->>'review_due', a.new_row->>'disposition', a.new_row->>'decision_no')
      FROM casedesk.discipline_audit a
     WHERE a.table_name = 'discipline_record' AND a.row_id = v_id AND a.op IN ('INSERT', 'UPDATE')
     ORDER BY a.id;
END $$;

ALTER FUNCTION casedesk.discipline_history(p_token text) OWNER TO casedesk_owner;

--
-- Name: discipline_in_queue(text, date, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.discipline_in_queue(p_status text, p_review_due date, p_queue text) RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    SELECT CASE p_queue
        WHEN 'new' THEN p_status = 'received'
        WHEN 'due' THEN p_status = 'preliminary_review'
                        AND p_review_due BETWEEN casedesk.today() AND casedesk.today() + 7
        WHEN 'overdue' THEN p_status = 'preliminary_review' AND p_review_due < casedesk.today()
        WHEN 'awaiting' THEN p_status IN ('talk_letter', 'investigation')
        ELSE false END
$$;

ALTER FUNCTION casedesk.discipline_in_queue(p_status text, p_review_due date, p_queue text) OWNER TO casedesk_owner;

--
-- Name: discipline_insert(integer, text, text, text, integer, bigint[], bigint[], text, timestamp with time zone); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.discipline_insert(p_official_id integer, p_category text, p_facts text, p_source text, p_flagger integer, p_case_ids bigint[], p_task_ids bigint[], p_receipt text, p_received_at timestamp with time zone) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_unit    integer;
    v_id      bigint;
BEGIN
    SELECT unit_id INTO v_unit FROM casedesk.official WHERE id = p_official_id;
    INSERT INTO casedesk.discipline_record (official_id, unit_id, category, facts, source, received_at)
        VALUES (p_official_id, v_unit, p_category, btrim(p_facts), p_source, p_received_at)
        RETURNING id INTO v_id;
    INSERT INTO casedesk.discipline_flagger (record_id, flagger_id, receipt)
        VALUES (v_id, p_flagger, p_receipt);
    INSERT INTO casedesk.discipline_link (record_id, case_id)
        SELECT DISTINCT v_id, c FROM unnest(coalesce(p_case_ids, '{}')) c;
    INSERT INTO casedesk.discipline_link (record_id, task_id)
        SELECT DISTINCT v_id, t FROM unnest(coalesce(p_task_ids, '{}')) t;
    RETURN v_id;
END $$;

ALTER FUNCTION casedesk.discipline_insert(p_official_id integer, p_category text, p_facts text, p_source text, p_flagger integer, p_case_ids bigint[], p_task_ids bigint[], p_receipt text, p_received_at timestamp with time zone) OWNER TO casedesk_owner;

--
-- Name: discipline_list(text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.discipline_list(p_token text) RETURNS TABLE(id bigint, receipt text, official_id integer, official_name text, unit_id integer, unit_name text, category text, source text, status text, received_at timestamp with time zone, review_due date, overdue boolean, disposition text, decision_no text, version integer)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_me  integer := casedesk.discipline_require_inspector();
    v_ids bigint[] := ARRAY(SELECT jsonb_array_elements_text(
                                casedesk.discipline_grant(p_token, 'list')->'ids')::bigint);
BEGIN
    RETURN QUERY
    SELECT r.id, f.receipt, r.official_id, o.name, r.unit_id, u.name, r.category, r.source,
           r.status, r.received_at, r.review_due,
           (r.status = 'preliminary_review' AND r.review_due < casedesk.today()),
           r.disposition, r.decision_no, r.version
      FROM casedesk.discipline_record r
      JOIN casedesk.discipline_flagger f ON f.record_id = r.id
      JOIN casedesk.official o ON o.id = r.official_id
      JOIN casedesk.unit u ON u.id = r.unit_id
     WHERE r.id = ANY (v_ids) AND r.official_id <> v_me
     ORDER BY r.received_at DESC, r.id DESC;
END $$;

ALTER FUNCTION casedesk.discipline_list(p_token text) OWNER TO casedesk_owner;

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
    IF NOT casedesk.discipline_has_read(p_id) THEN
        RAISE EXCEPTION USING MESSAGE = 'Open the discipline record before changing it.',
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
-- Name: discipline_open_by_category_unit(text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.discipline_open_by_category_unit(p_token text) RETURNS TABLE(unit_code text, unit_name text, category text, open_count bigint)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_me integer := casedesk.discipline_require_inspector();
    v_req jsonb := casedesk.discipline_grant(p_token, 'report');
BEGIN
    IF v_req->>'report' IS DISTINCT FROM 'open_by_category_unit' THEN
        PERFORM casedesk.discipline_grant(NULL, 'report');
    END IF;
    RETURN QUERY
    SELECT u.code, u.name, r.category, count(*)
      FROM casedesk.discipline_record r JOIN casedesk.unit u ON u.id = r.unit_id
     WHERE r.status NOT IN ('set_aside','concluded') AND r.official_id <> v_me
     GROUP BY u.code, u.name, r.category
     ORDER BY u.code, r.category;
END $$;

ALTER FUNCTION casedesk.discipline_open_by_category_unit(p_token text) OWNER TO casedesk_owner;

--
-- Name: discipline_overdue_reviews(text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.discipline_overdue_reviews(p_token text) RETURNS TABLE(id bigint, official_name text, unit_name text, category text, review_due date, days_overdue integer)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_me integer := casedesk.discipline_require_inspector();
    v_req jsonb := casedesk.discipline_grant(p_token, 'report');
BEGIN
    IF v_req->>'report' IS DISTINCT FROM 'overdue_reviews' THEN
        PERFORM casedesk.discipline_grant(NULL, 'report');
    END IF;
    RETURN QUERY
    SELECT r.id, o.name, u.name, r.category, r.review_due, (casedesk.today() - r.review_due)::integer
      FROM casedesk.discipline_record r
      JOIN casedesk.official o ON o.id = r.official_id
      JOIN casedesk.unit u ON u.id = r.unit_id
     WHERE r.status = 'preliminary_review' AND r.review_due < casedesk.today()
       AND r.official_id <> v_me
     ORDER BY r.review_due, r.id;
END $$;

ALTER FUNCTION casedesk.discipline_overdue_reviews(p_token text) OWNER TO casedesk_owner;

--
-- Name: discipline_queue_counts(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.discipline_queue_counts() RETURNS TABLE(new_flags bigint, reviews_due bigint, reviews_overdue bigint, awaiting bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_me integer := casedesk.discipline_require_inspector();
BEGIN
    RETURN QUERY
    SELECT count(*) FILTER (WHERE casedesk.discipline_in_queue(r.status, r.review_due, 'new')),
           count(*) FILTER (WHERE casedesk.discipline_in_queue(r.status, r.review_due, 'due')),
           count(*) FILTER (WHERE casedesk.discipline_in_queue(r.status, r.review_due, 'overdue')),
           count(*) FILTER (WHERE casedesk.discipline_in_queue(r.status, r.review_due, 'awaiting'))
      FROM casedesk.discipline_record r
     WHERE r.official_id <> v_me AND r.status NOT IN ('set_aside', 'concluded');
END $$;

ALTER FUNCTION casedesk.discipline_queue_counts() OWNER TO casedesk_owner;

--
-- Name: discipline_read_ready(text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.discipline_read_ready(p_token text) RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    PERFORM casedesk.discipline_require_inspector();
    RETURN EXISTS (SELECT 1 FROM casedesk.discipline_audit a
     WHERE (a.new_row->>'token') = p_token AND a.op = 'READ' AND a.new_row ? 'kind'
       AND a.login = session_user::text
       AND casedesk.xid_status(a.xmin) = 'committed');
END $$;

ALTER FUNCTION casedesk.discipline_read_ready(p_token text) OWNER TO casedesk_owner;

--
-- Name: discipline_repeat_officials(text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.discipline_repeat_officials(p_token text) RETURNS TABLE(official_id integer, official_name text, unit_name text, flags bigint, open_flags bigint, sanctions bigint, categories text)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_me integer := casedesk.discipline_require_inspector();
    v_req jsonb := casedesk.discipline_grant(p_token, 'report');
    v_min integer := greatest(coalesce((v_req->'args'->>'min')::integer, 2), 1);
BEGIN
    IF v_req->>'report' IS DISTINCT FROM 'repeat_officials' THEN
        PERFORM casedesk.discipline_grant(NULL, 'report');
    END IF;
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
    HAVING count(*) >= v_min
     ORDER BY count(*) DESC, o.id;
END $$;

ALTER FUNCTION casedesk.discipline_repeat_officials(p_token text) OWNER TO casedesk_owner;

--
-- Name: discipline_request(text, jsonb); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.discipline_request(p_kind text, p_args jsonb DEFAULT '{}'::jsonb) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_me    integer := casedesk.discipline_require_inspector();
    a       jsonb := coalesce(p_args, '{}');
    v_token text := replace(gen_random_uuid()::text, '-', '');
    v_ids   bigint[] := '{}';
    v_row   bigint;
    v_table text := 'discipline_record';
    v_lim   integer;
BEGIN
    IF p_kind IN ('record', 'history') THEN
        v_row := (a->>'id')::bigint;
        IF v_row IS NULL THEN
            RAISE EXCEPTION USING MESSAGE = 'Name the discipline record to open.', ERRCODE = '22023';
        END IF;
        v_ids := ARRAY[v_row];
    ELSIF p_kind = 'list' THEN
        -- pick the page now, so that exactly what is returned is logged
        SELECT coalesce(array_agg(x.id), '{}') INTO v_ids
          FROM (SELECT r.id FROM casedesk.discipline_record r
                 WHERE r.official_id <> v_me
                   AND (a->>'status' IS NULL OR r.status = a->>'status'
                        OR (a->>'status' = 'open' AND r.status NOT IN ('set_aside','concluded')))
                   AND (a->>'category' IS NULL OR r.category = a->>'category')
                   AND (a->>'unit_id' IS NULL OR r.unit_id = (a->>'unit_id')::integer)
                   AND (a->>'official_id' IS NULL OR r.official_id = (a->>'official_id')::integer)
                   AND (a->>'queue' IS NULL OR casedesk.discipline_in_queue(r.status, r.review_due, a->>'queue'))
                   AND (a->>'before_id' IS NULL OR (r.received_at, r.id) <
                        (SELECT b.received_at, b.id FROM casedesk.discipline_record b
                          WHERE b.id = (a->>'before_id')::bigint))
                 ORDER BY r.received_at DESC, r.id DESC
                 LIMIT greatest(1, least(coalesce((a->>'limit')::integer, 50), 500))) x;
    ELSIF p_kind = 'evidence' THEN
        v_table := 'official';
        v_row := (a->>'official_id')::integer;
        v_lim := greatest(1, least(coalesce((a->>'limit')::integer, 200), 5000));
        SELECT coalesce(array_agg(r.id), '{}') INTO v_ids
          FROM (SELECT r0.id FROM casedesk.discipline_record r0
                 WHERE r0.official_id = v_row AND v_row IS DISTINCT FROM v_me
                 ORDER BY r0.received_at DESC, r0.id DESC LIMIT v_lim) r;
    ELSIF p_kind = 'report' THEN
        IF a->>'name' IS NULL OR a->>'name' NOT IN ('open_by_category_unit', 'overdue_reviews', 'repeat_officials') THEN
            RAISE EXCEPTION USING MESSAGE = 'The report must be open_by_category_unit, overdue_reviews or repeat_officials.',
                ERRCODE = '22023';
        END IF;
    ELSE
        RAISE EXCEPTION USING MESSAGE = 'A discipline read is one of record, history, list, evidence or report.',
            ERRCODE = '22023';
    END IF;
    PERFORM casedesk.audit_append('discipline_audit', v_table, v_row, 'READ', NULL,
        jsonb_build_object('token', v_token, 'kind', p_kind, 'args', a, 'ids', to_jsonb(v_ids))
        || CASE WHEN p_kind = 'report' THEN jsonb_build_object('report', a->>'name') ELSE '{}' END);
    -- each record shown is a READ of that record, as before
    IF p_kind IN ('list', 'evidence') THEN
        PERFORM casedesk.audit_append('discipline_audit', 'discipline_record', i, 'READ', NULL,
                    jsonb_build_object('via', v_token))
           FROM unnest(v_ids) i;
    END IF;
    RETURN v_token;
END $$;

ALTER FUNCTION casedesk.discipline_request(p_kind text, p_args jsonb) OWNER TO casedesk_owner;

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
-- Name: discipline_stage_flag(integer, text, text, text, integer, bigint[], bigint[]); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.discipline_stage_flag(p_official_id integer, p_category text, p_facts text, p_source text, p_flagger integer, p_case_ids bigint[], p_task_ids bigint[]) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_receipt text := casedesk.discipline_new_receipt();
BEGIN
    PERFORM casedesk.audit_append('discipline_audit', 'flag_request', NULL, 'INSERT', NULL,
        jsonb_build_object('receipt', v_receipt, 'official_id', p_official_id,
            'category', p_category, 'facts', btrim(p_facts), 'source', p_source,
            'flagger_id', p_flagger,
            'case_ids', to_jsonb(ARRAY(SELECT DISTINCT c FROM unnest(coalesce(p_case_ids, '{}')) c ORDER BY 1)),
            'task_ids', to_jsonb(ARRAY(SELECT DISTINCT t FROM unnest(coalesce(p_task_ids, '{}')) t ORDER BY 1))));
    RETURN v_receipt;
END $$;

ALTER FUNCTION casedesk.discipline_stage_flag(p_official_id integer, p_category text, p_facts text, p_source text, p_flagger integer, p_case_ids bigint[], p_task_ids bigint[]) OWNER TO casedesk_owner;

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
-- Name: doc_cn_date(date); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.doc_cn_date(d date) RETURNS text
    LANGUAGE sql IMMUTABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    SELECT CASE WHEN d IS NULL THEN '＿＿＿＿年＿＿月＿＿日'
                ELSE extract(year FROM d)::int || '年' || extract(month FROM d)::int || '月'
                     || extract(day FROM d)::int || '日' END
$$;

ALTER FUNCTION casedesk.doc_cn_date(d date) OWNER TO casedesk_owner;

--
-- Name: document; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.document (
    id bigint NOT NULL,
    unit_id integer NOT NULL,
    kind text NOT NULL,
    year integer NOT NULL,
    seq integer NOT NULL,
    doc_no text NOT NULL,
    case_id bigint,
    petition_id bigint,
    about_id bigint,
    issued_on date NOT NULL,
    deadline date,
    party_name text NOT NULL,
    party_id_no text,
    body text NOT NULL,
    sha256 text NOT NULL,
    issued_by integer,
    served_on date,
    served_way text,
    served_to text,
    served_by integer,
    version integer DEFAULT 1 NOT NULL,
    step text,
    CONSTRAINT document_about_something CHECK (((case_id IS NOT NULL) OR (petition_id IS NOT NULL))),
    CONSTRAINT document_body_length CHECK ((char_length(body) <= 40000)),
    CONSTRAINT document_deadline_after CHECK ((deadline >= issued_on)),
    CONSTRAINT document_kind_length CHECK ((char_length(kind) <= 32)),
    CONSTRAINT document_no_length CHECK ((char_length(doc_no) <= 64)),
    CONSTRAINT document_party_id_length CHECK ((char_length(party_id_no) <= 32)),
    CONSTRAINT document_party_length CHECK ((char_length(party_name) <= 300)),
    CONSTRAINT document_served_after_issue CHECK ((served_on >= issued_on)),
    CONSTRAINT document_served_to_length CHECK ((char_length(served_to) <= 300)),
    CONSTRAINT document_served_way CHECK (((served_way = ANY (ARRAY['in_person'::text, 'post'::text, 'notice'::text])) AND (char_length(served_way) <= 16))),
    CONSTRAINT document_service_pair CHECK (((served_on IS NULL) = (served_way IS NULL))),
    CONSTRAINT document_sha_format CHECK (((sha256 ~ '^[0-9a-f]{64}$'::text) AND (char_length(sha256) = 64))),
    CONSTRAINT document_step_length CHECK ((length(step) <= 64))
);

ALTER TABLE ONLY casedesk.document FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.document OWNER TO casedesk_owner;

--
-- Name: doc_issue(integer, text, bigint, bigint, bigint, date, date, text, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.doc_issue(p_unit integer, p_kind text, p_case bigint, p_petition bigint, p_about bigint, p_on date, p_deadline date, p_facts text DEFAULT NULL::text, p_step text DEFAULT NULL::text) RETURNS casedesk.document
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    d casedesk.document;
    v jsonb;
    y integer := extract(year FROM p_on)::integer;
    n integer;
    t text;
    -- The sequence is the issuing body's: the case's unit, except for the
    -- compensation decision, which the district government makes (条例 26).
    v_issuer integer := CASE WHEN p_kind = 'compensation_decision'
        THEN coalesce((SELECT u.id FROM casedesk.unit u WHERE u.kind = 'district' ORDER BY u.id LIMIT 1), p_unit)
        ELSE p_unit END;
BEGIN
    SELECT body INTO t FROM casedesk.doc_template WHERE kind = p_kind;
    IF t IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'There is no template for this kind of document.';
    END IF;
    INSERT INTO casedesk.doc_counter AS c (unit_id, kind, year, last) VALUES (v_issuer, p_kind, y, 1)
    ON CONFLICT (unit_id, kind, year) DO UPDATE SET last = c.last + 1
    RETURNING last INTO n;
    v := casedesk.doc_values(p_unit, p_case, p_petition, p_about)
         || jsonb_build_object('doc_no', casedesk.doc_number(v_issuer, p_kind, y, n),
                'issued_on_cn', casedesk.doc_cn_date(p_on), 'deadline_cn', casedesk.doc_cn_date(p_deadline),
                'facts', coalesce(nullif(btrim(p_facts), ''), ''));
    INSERT INTO casedesk.document (unit_id, kind, year, seq, doc_no, case_id, petition_id, about_id,
                                   issued_on, deadline, party_name, party_id_no, body, sha256, issued_by, step)
    VALUES (p_unit, p_kind, y, n, v->>'doc_no', p_case, p_petition, p_about, p_on, p_deadline,
            coalesce(v->>'party_name', '—'), nullif(v->>'party_id_no', '—'),
            casedesk.doc_render(t, v),
            encode(sha256(convert_to(casedesk.doc_render(t, v), 'UTF8')), 'hex'),
            casedesk.my_official_id(), p_step)
    RETURNING * INTO d;
    RETURN d;
END $$;

ALTER FUNCTION casedesk.doc_issue(p_unit integer, p_kind text, p_case bigint, p_petition bigint, p_about bigint, p_on date, p_deadline date, p_facts text, p_step text) OWNER TO casedesk_owner;

--
-- Name: doc_number(integer, text, integer, integer); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.doc_number(p_unit integer, p_kind text, p_year integer, p_seq integer) RETURNS text
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    SELECT casedesk.doc_prefix(p_unit) || k.abbrev || '字〔' || p_year || '〕第'
           || lpad(p_seq::text, 3, '0') || '号'
      FROM casedesk.doc_kind k WHERE k.kind = p_kind
$$;

ALTER FUNCTION casedesk.doc_number(p_unit integer, p_kind text, p_year integer, p_seq integer) OWNER TO casedesk_owner;

--
-- Name: doc_prefix(integer); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.doc_prefix(p_unit integer) RETURNS text
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $_$
    SELECT coalesce((SELECT d.prefix FROM casedesk.doc_unit d WHERE d.unit_id = p_unit),
                    (SELECT coalesce(nullif(regexp_replace(u.name, '(街道办事处|街道办|镇人民政府|镇|办|区)$', ''), ''), u.name)
                       FROM casedesk.unit u WHERE u.id = p_unit))
$_$;

ALTER FUNCTION casedesk.doc_prefix(p_unit integer) OWNER TO casedesk_owner;

--
-- Name: doc_render(text, jsonb); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.doc_render(p_body text, v jsonb) RETURNS text
    LANGUAGE plpgsql IMMUTABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    k text;
    out text := p_body;
BEGIN
    FOR k IN SELECT DISTINCT m[1] FROM regexp_matches(p_body, '\{\{([a-z_0-9]+)\}\}', 'g') AS m LOOP
        IF v ? k THEN
            out := replace(out, '{{' || k || '}}', coalesce(v->>k, ''));
        END IF;
    END LOOP;
    RETURN out;
END $$;

ALTER FUNCTION casedesk.doc_render(p_body text, v jsonb) OWNER TO casedesk_owner;

--
-- Name: doc_values(integer, bigint, bigint, bigint); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.doc_values(p_unit integer, p_case bigint, p_petition bigint, p_about bigint) RETURNS jsonb
    LANGUAGE plpgsql STABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v jsonb;
BEGIN
    SELECT jsonb_build_object('issuer', u.name, 'unit_name', u.name,
               'district', coalesce((SELECT d.name FROM casedesk.unit d WHERE d.kind = 'district' ORDER BY d.id LIMIT 1), ''))
      INTO v FROM casedesk.unit u WHERE u.id = p_unit;
    IF p_case IS NOT NULL THEN
        -- place: the village and the address, without the village twice
        -- when the address already starts with it.
        v := v || (SELECT jsonb_build_object('case_no', c.case_no, 'party_name', c.party_name,
                       'address', coalesce(c.address, ''), 'village', coalesce(vl.name, ''),
                       'place', CASE WHEN vl.name IS NOT NULL AND coalesce(c.address, '') NOT LIKE vl.name || '%'
                                     THEN vl.name || coalesce(c.address, '') ELSE coalesce(c.address, '') END)
                     FROM casedesk.case_file c LEFT JOIN casedesk.village vl ON vl.id = c.village_id
                    WHERE c.id = p_case);
        v := v || coalesce((SELECT jsonb_build_object(
                       'subkind_cn', CASE x.subkind WHEN 'land' THEN '违法占地' ELSE '违法建设' END,
                       'area_m2', coalesce(x.area_m2::text, '—'), 'found_on_cn', casedesk.doc_cn_date(x.found_on),
                       'stop_no', coalesce(x.stop_notice_no, '—'), 'stop_on_cn', casedesk.doc_cn_date(x.stop_notice_on),
                       'party_id_no', '—')
                     FROM casedesk.violation x WHERE x.id = p_case), '{}');
        v := v || coalesce((SELECT jsonb_build_object(
                       'party_id_no', coalesce(x.party_id_no, '—'), 'house_area', coalesce(x.house_area::text, '—'),
                       'project_name', p.name, 'account_no', p.account_no,
                       'compensation', coalesce(to_char(x.assessed_compensation, 'FM999,999,999,990.00'), '—'),
                       'exp_decision_no', coalesce(x.expropriation_decision_no, '—'),
                       'exp_decision_on_cn', casedesk.doc_cn_date(x.expropriation_decision_on))
                     FROM casedesk.expropriation x JOIN casedesk.project p ON p.id = x.project_id
                    WHERE x.id = p_case), '{}');
        -- a petition case (functions/140): its subject, receipt and answer
        v := v || coalesce((SELECT jsonb_build_object('subject', x.subject,
                       'received_on_cn', casedesk.doc_cn_date(x.received_on),
                       'party_id_no', coalesce(x.petitioner_id_no, '—'),
                       'answer', coalesce('处理意见：' || x.answer, '本事项办结后，本机关将书面答复你。'))
                     FROM casedesk.petition_case x WHERE x.id = p_case), '{}');
    END IF;
    IF p_petition IS NOT NULL THEN
        v := v || (SELECT jsonb_build_object('party_name', pt.petitioner, 'party_id_no', '—',
                       'subject', pt.subject, 'received_on_cn', casedesk.doc_cn_date(pt.received_on),
                       'answer', coalesce('处理意见：' || pt.answer, '本事项办结后，本机关将书面答复你。'),
                       'address', '', 'village', '', 'place', '', 'case_no', '—')
                     FROM casedesk.petition pt WHERE pt.id = p_petition);
    END IF;
    IF p_about IS NOT NULL THEN
        v := v || (SELECT jsonb_build_object('about_no', d.doc_no, 'about_name', k.name,
                       'about_on_cn', casedesk.doc_cn_date(d.issued_on))
                     FROM casedesk.document d JOIN casedesk.doc_kind k ON k.kind = d.kind WHERE d.id = p_about);
    ELSE
        v := v || jsonb_build_object('about_no', '—', 'about_name', '—', 'about_on_cn', '—');
    END IF;
    RETURN v;
END $$;

ALTER FUNCTION casedesk.doc_values(p_unit integer, p_case bigint, p_petition bigint, p_about bigint) OWNER TO casedesk_owner;

--
-- Name: document_field(bigint, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.document_field(p_id bigint, p_column text) RETURNS text
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_out text;
BEGIN
    SELECT CASE p_column
               WHEN 'party_name' THEN x.party_name
               WHEN 'served_to' THEN x.served_to
               WHEN 'issued_by' THEN (SELECT o.name FROM casedesk.official o WHERE o.id = x.issued_by)
               WHEN 'served_by' THEN (SELECT o.name FROM casedesk.official o WHERE o.id = x.served_by)
           END INTO v_out
      FROM casedesk.document x
     WHERE x.id = p_id
       AND CASE WHEN EXISTS (SELECT 1 FROM casedesk.official me
                              WHERE me.login = session_user::text AND NOT me.disabled)
                THEN EXISTS (SELECT 1 FROM casedesk.official me
                              WHERE me.login = session_user::text AND NOT me.disabled
                                AND (me.role IN ('supervisor', 'inspector')
                                     OR (me.role = 'staff' AND me.unit_id = x.unit_id)))
                ELSE casedesk.case_scope() = 0 END;       -- the installer
    RETURN v_out;
END $$;

ALTER FUNCTION casedesk.document_field(p_id bigint, p_column text) OWNER TO casedesk_owner;

--
-- Name: document_immutable(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.document_immutable() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$ BEGIN
    IF TG_OP = 'DELETE' OR OLD.served_on IS NOT NULL
       OR (to_jsonb(NEW) - '{served_on,served_way,served_to,served_by,version}'::text[])
          IS DISTINCT FROM (to_jsonb(OLD) - '{served_on,served_way,served_to,served_by,version}'::text[]) THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'An issued document cannot be changed or deleted.';
    END IF;
    RETURN NEW;
END $$;

ALTER FUNCTION casedesk.document_immutable() OWNER TO casedesk_owner;

--
-- Name: document_issue(text, bigint, jsonb); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.document_issue(p_kind text, p_case_id bigint, a jsonb DEFAULT '{}'::jsonb) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    c casedesk.case_file;
    k casedesk.doc_kind;
    ab casedesk.document;
    v_on date;
    v_dl date;
    d casedesk.document;
BEGIN
    c := casedesk.case_for_staff(p_case_id);
    SELECT * INTO k FROM casedesk.doc_kind WHERE kind = p_kind;
    IF NOT FOUND OR p_kind = 'petition_notice' OR (k.case_kind IS NOT NULL AND k.case_kind <> c.kind) THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'This kind of document cannot be issued for this case.';
    END IF;
    BEGIN
        v_on := coalesce(nullif(a->>'on', '')::date, casedesk.today());
        v_dl := nullif(a->>'deadline', '')::date;
    EXCEPTION WHEN invalid_datetime_format OR datetime_field_overflow THEN
        RAISE EXCEPTION USING ERRCODE = '22007', MESSAGE = 'Dates are written YYYY-MM-DD.';
    END;
    PERFORM casedesk.check_past(v_on, 'issue date');
    IF v_on < c.opened_on THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'A document cannot be dated before the case was opened.';
    END IF;
    IF p_kind IN ('demand', 'forced_demolition', 'rectify_decision', 'compensation_decision') AND v_dl IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'This document needs a deadline (YYYY-MM-DD).';
    END IF;
    IF v_dl < v_on THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The deadline cannot be before the issue date.';
    END IF;
    IF p_kind IN ('service_receipt', 'demand', 'forced_demolition') THEN
        SELECT * INTO ab FROM casedesk.document
         WHERE id = nullif(a->>'about', '')::bigint AND case_id = c.id AND kind <> 'service_receipt';
        IF NOT FOUND THEN
            RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'Name the document of this case that this one refers to.';
        END IF;
        IF v_on < ab.issued_on THEN
            RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'A document cannot be dated before the document it refers to.';
        END IF;
    END IF;
    d := casedesk.doc_issue(c.unit_id, p_kind, c.id, NULL, ab.id, v_on, v_dl, a->>'facts');
    RETURN d.id;
END $$;

ALTER FUNCTION casedesk.document_issue(p_kind text, p_case_id bigint, a jsonb) OWNER TO casedesk_owner;

--
-- Name: document_serve(bigint, date, text, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.document_serve(p_doc_id bigint, p_on date, p_way text, p_to text DEFAULT NULL::text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    d casedesk.document;
BEGIN
    IF casedesk.my_role() IS DISTINCT FROM 'staff' THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'Only staff of the document''s unit may record its service.';
    END IF;
    SELECT * INTO d FROM casedesk.document WHERE id = p_doc_id AND unit_id = casedesk.my_unit_id() FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'This document does not exist or does not belong to your unit.';
    END IF;
    IF d.served_on IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'The service of this document is already recorded.';
    END IF;
    IF p_way IS NULL OR p_way NOT IN ('in_person', 'post', 'notice') THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'A document is served in person, by post or by public notice.';
    END IF;
    IF p_on IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The date of service is required.';
    END IF;
    PERFORM casedesk.check_past(p_on, 'date of service');
    IF p_on < d.issued_on THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = format(
            'A document cannot be served before it was issued (%s).', d.issued_on);
    END IF;
    UPDATE casedesk.document SET served_on = p_on, served_way = p_way,
           served_to = nullif(btrim(p_to), ''), served_by = casedesk.my_official_id()
     WHERE id = d.id;
END $$;

ALTER FUNCTION casedesk.document_serve(p_doc_id bigint, p_on date, p_way text, p_to text) OWNER TO casedesk_owner;

--
-- Name: exif_coord(bytea, boolean, bigint, integer, integer, double precision); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.exif_coord(t bytea, le boolean, ifd bigint, ref_tag integer, tag integer, max_deg double precision) RETURNS double precision
    LANGUAGE plpgsql IMMUTABLE STRICT
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    r record;
    v record;
    ref text;
    deg double precision := 0;
    num bigint;
    den bigint;
BEGIN
    SELECT * INTO r FROM casedesk.exif_entry(t, le, ifd, ref_tag);
    IF r.type IS DISTINCT FROM 2 OR r.count < 1 THEN
        RETURN NULL;
    END IF;
    ref := chr(get_byte(t, r.voff::int));
    SELECT * INTO v FROM casedesk.exif_entry(t, le, ifd, tag);
    IF v.type IS DISTINCT FROM 5 OR v.count <> 3 THEN
        RETURN NULL;
    END IF;
    FOR i IN 0 .. 2 LOOP
        num := casedesk.exif_uint(t, v.voff + i * 8, 4, le);
        den := casedesk.exif_uint(t, v.voff + i * 8 + 4, 4, le);
        IF den IS NULL OR den = 0 THEN
            RETURN NULL;
        END IF;
        deg := deg + num::double precision / den / (60 ^ i);
    END LOOP;
    IF deg > max_deg OR ref NOT IN ('N', 'S', 'E', 'W') THEN
        RETURN NULL;
    END IF;
    RETURN CASE WHEN ref IN ('S', 'W') THEN -deg ELSE deg END;
END $$;

ALTER FUNCTION casedesk.exif_coord(t bytea, le boolean, ifd bigint, ref_tag integer, tag integer, max_deg double precision) OWNER TO casedesk_owner;

--
-- Name: exif_entry(bytea, boolean, bigint, integer); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.exif_entry(t bytea, le boolean, off bigint, tag integer, OUT type integer, OUT count bigint, OUT voff bigint) RETURNS record
    LANGUAGE plpgsql IMMUTABLE STRICT
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    tsize constant integer[] := '{1,1,2,4,8,1,1,2,4,8,4,8}';   -- by type 1..12
    n bigint := casedesk.exif_uint(t, off, 2, le);
    e bigint;
    bytes bigint;
BEGIN
    FOR i IN 0 .. coalesce(n, 0) - 1 LOOP
        e := off + 2 + i * 12;
        IF e + 12 > octet_length(t) THEN
            RETURN;
        END IF;
        CONTINUE WHEN casedesk.exif_uint(t, e, 2, le) <> tag;
        type := casedesk.exif_uint(t, e + 2, 2, le);
        count := casedesk.exif_uint(t, e + 4, 4, le);
        IF type < 1 OR type > 12 THEN
            type := NULL;
            RETURN;
        END IF;
        bytes := tsize[type] * count;
        voff := CASE WHEN bytes <= 4 THEN e + 8 ELSE casedesk.exif_uint(t, e + 8, 4, le) END;
        IF bytes > octet_length(t) OR voff > octet_length(t) - bytes THEN
            type := NULL;
            count := NULL;
            voff := NULL;
        END IF;
        RETURN;
    END LOOP;
END $$;

ALTER FUNCTION casedesk.exif_entry(t bytea, le boolean, off bigint, tag integer, OUT type integer, OUT count bigint, OUT voff bigint) OWNER TO casedesk_owner;

--
-- Name: exif_read(bytea); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.exif_read(p_data bytea, OUT taken_at timestamp without time zone, OUT lat double precision, OUT lon double precision) RETURNS record
    LANGUAGE plpgsql IMMUTABLE STRICT
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    n integer := octet_length(p_data);
    i integer := 2;
    marker integer;
    seg integer;
    t bytea;
    le boolean;
    ifd0 bigint;
    sub record;
BEGIN
    IF n < 4 OR get_byte(p_data, 0) <> 255 OR get_byte(p_data, 1) <> 216 THEN
        RETURN;
    END IF;
    WHILE i + 4 <= n AND get_byte(p_data, i) = 255 LOOP
        marker := get_byte(p_data, i + 1);
        seg := get_byte(p_data, i + 2) * 256 + get_byte(p_data, i + 3);
        IF seg < 2 OR i + 2 + seg > n THEN
            RETURN;
        END IF;
        IF marker = 225 AND seg >= 8 AND substring(p_data FROM i + 5 FOR 6) = '\x457869660000'::bytea THEN
            t := substring(p_data FROM i + 11 FOR seg - 8);
            EXIT;
        END IF;
        IF marker IN (218, 217) THEN   -- start of scan, end of image: no EXIF after them
            RETURN;
        END IF;
        i := i + 2 + seg;
    END LOOP;
    IF t IS NULL OR octet_length(t) < 8 THEN
        RETURN;
    END IF;
    IF substring(t FROM 1 FOR 2) = '\x4949'::bytea THEN
        le := true;
    ELSIF substring(t FROM 1 FOR 2) = '\x4d4d'::bytea THEN
        le := false;
    ELSE
        RETURN;
    END IF;
    ifd0 := casedesk.exif_uint(t, 4, 4, le);
    IF casedesk.exif_uint(t, 2, 2, le) <> 42 OR ifd0 >= octet_length(t) THEN
        RETURN;
    END IF;
    SELECT * INTO sub FROM casedesk.exif_entry(t, le, ifd0, 34665);          -- 0x8769 Exif IFD
    IF sub.type IN (4, 13) AND sub.count = 1 THEN
        taken_at := casedesk.exif_time(t, le, casedesk.exif_uint(t, sub.voff, 4, le), 36867);   -- 0x9003
    END IF;
    taken_at := coalesce(taken_at, casedesk.exif_time(t, le, ifd0, 306));   -- 0x0132 DateTime
    SELECT * INTO sub FROM casedesk.exif_entry(t, le, ifd0, 34853);          -- 0x8825 GPS IFD
    IF sub.type IN (4, 13) AND sub.count = 1 THEN
        lat := casedesk.exif_coord(t, le, casedesk.exif_uint(t, sub.voff, 4, le), 1, 2, 90);
        lon := casedesk.exif_coord(t, le, casedesk.exif_uint(t, sub.voff, 4, le), 3, 4, 180);
        IF lat IS NULL OR lon IS NULL THEN
            lat := NULL;
            lon := NULL;
        END IF;
    END IF;
END $$;

ALTER FUNCTION casedesk.exif_read(p_data bytea, OUT taken_at timestamp without time zone, OUT lat double precision, OUT lon double precision) OWNER TO casedesk_owner;

--
-- Name: exif_time(bytea, boolean, bigint, integer); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.exif_time(t bytea, le boolean, ifd bigint, tag integer) RETURNS timestamp without time zone
    LANGUAGE plpgsql IMMUTABLE STRICT
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $_$
DECLARE
    r record;
    s text;
BEGIN
    SELECT * INTO r FROM casedesk.exif_entry(t, le, ifd, tag);
    IF r.type IS DISTINCT FROM 2 OR r.count < 19 THEN
        RETURN NULL;
    END IF;
    s := convert_from(substring(t FROM r.voff::int + 1 FOR 19), 'SQL_ASCII');
    IF s !~ '^[0-9]{4}:[0-9]{2}:[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$' OR s LIKE '0000%' THEN
        RETURN NULL;
    END IF;
    -- the camera's wall-clock time, no zone applied
    RETURN make_timestamp(substr(s, 1, 4)::int, substr(s, 6, 2)::int, substr(s, 9, 2)::int,
                          substr(s, 12, 2)::int, substr(s, 15, 2)::int, substr(s, 18, 2)::int);
EXCEPTION WHEN datetime_field_overflow OR invalid_datetime_format OR character_not_in_repertoire
               OR untranslatable_character THEN
    RETURN NULL;
END $_$;

ALTER FUNCTION casedesk.exif_time(t bytea, le boolean, ifd bigint, tag integer) OWNER TO casedesk_owner;

--
-- Name: exif_uint(bytea, bigint, integer, boolean); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.exif_uint(b bytea, off bigint, size integer, le boolean) RETURNS bigint
    LANGUAGE sql IMMUTABLE STRICT
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    SELECT CASE WHEN off < 0 OR off + size > octet_length(b) THEN NULL
                WHEN size = 2 AND le THEN get_byte(b, off::int)::bigint + get_byte(b, off::int + 1) * 256
                WHEN size = 2 THEN get_byte(b, off::int)::bigint * 256 + get_byte(b, off::int + 1)
                WHEN le THEN get_byte(b, off::int)::bigint + get_byte(b, off::int + 1)::bigint * 256
                             + get_byte(b, off::int + 2)::bigint * 65536 + get_byte(b, off::int + 3)::bigint * 16777216
                ELSE get_byte(b, off::int)::bigint * 16777216 + get_byte(b, off::int + 1)::bigint * 65536
                     + get_byte(b, off::int + 2)::bigint * 256 + get_byte(b, off::int + 3) END
$$;

ALTER FUNCTION casedesk.exif_uint(b bytea, off bigint, size integer, le boolean) OWNER TO casedesk_owner;

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
    -- the column's own bound (migration 056): a staged flag must be one the
    -- sealer can file
    IF length(p_facts) > 10000 THEN
        RAISE EXCEPTION USING MESSAGE = 'The facts of the flag must be at most 10000 characters.',
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
    RETURN casedesk.discipline_stage_flag(p_official_id, p_category, p_facts, 'flag', v_me,
                                          p_case_ids, p_task_ids);
END $$;

ALTER FUNCTION casedesk.flag_official(p_official_id integer, p_category text, p_facts text, p_case_ids bigint[], p_task_ids bigint[]) OWNER TO casedesk_owner;

--
-- Name: flag_receipt_status(text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.flag_receipt_status(p_receipt text) RETURNS text
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_me integer := casedesk.my_official_id();
    v_r  text := upper(btrim(p_receipt));
    v_state text;
BEGIN
    SELECT CASE WHEN r.status IN ('set_aside','concluded') THEN 'closed' ELSE 'open' END INTO v_state
      FROM casedesk.discipline_flagger f
      JOIN casedesk.discipline_record r ON r.id = f.record_id
     WHERE f.receipt = v_r AND f.flagger_id = v_me;
    IF v_state IS NULL AND EXISTS (SELECT 1 FROM casedesk.audit_pending p
            WHERE p.table_name = 'flag_request' AND p.new_row->>'receipt' = v_r
              AND (p.new_row->>'flagger_id')::integer = v_me) THEN
        v_state := 'open';
    END IF;
    RETURN v_state;
END $$;

ALTER FUNCTION casedesk.flag_receipt_status(p_receipt text) OWNER TO casedesk_owner;

--
-- Name: forced_daytime(jsonb); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.forced_daytime(a jsonb) RETURNS time without time zone
    LANGUAGE plpgsql IMMUTABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $_$
DECLARE
    v text := nullif(btrim(a->>'at'), '');
    t time;
BEGIN
    IF v IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The time the forced demolition starts is required (HH:MM).';
    END IF;
    IF v !~ '^([01]?[0-9]|2[0-3]):[0-5][0-9]$' THEN
        RAISE EXCEPTION USING ERRCODE = '22007', MESSAGE = 'A time is written HH:MM (24-hour clock).';
    END IF;
    t := v::time;
    IF t < '06:00' OR t >= '22:00' THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = 'Forced demolition may not take place at night, between 22:00 and 06:00 (行政强制法第43条).';
    END IF;
    RETURN t;
END $_$;

ALTER FUNCTION casedesk.forced_daytime(a jsonb) OWNER TO casedesk_owner;

--
-- Name: home_open_tasks(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.home_open_tasks() RETURNS TABLE(id bigint, status text, lead_unit_id integer, deadline date, signed_at timestamp with time zone, report_interval integer, report_base date)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    SELECT t.id, t.status, t.lead_unit_id, t.deadline, t.signed_at, t.report_interval, NULL::date
      FROM casedesk.task t
     WHERE t.status <> 'closed' AND (SELECT casedesk.my_role()) IN ('supervisor', 'inspector')
    UNION ALL
    SELECT s.task_id, s.status, s.lead_unit, s.deadline, s.signed_at, s.report_interval, s.report_base
      FROM casedesk.task_seen s
     WHERE (SELECT casedesk.my_role()) = 'staff' AND s.unit_id = (SELECT casedesk.my_unit_id())
$$;

ALTER FUNCTION casedesk.home_open_tasks() OWNER TO casedesk_owner;

--
-- Name: home_staff_counts(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.home_staff_counts(OUT to_sign integer, OUT due_soon integer, OUT overdue integer, OUT returned integer, OUT report_due integer, OUT unread integer, OUT open_cases integer) RETURNS record
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    WITH t AS MATERIALIZED (SELECT * FROM casedesk.home_open_tasks()),
    cal AS (
        SELECT (SELECT casedesk.today()) + g.i AS d, g.i > 0 AS ahead,
               row_number() OVER (PARTITION BY g.i > 0 ORDER BY abs(g.i))::integer AS n
          FROM generate_series(-400, 200) g(i)
          LEFT JOIN casedesk.calendar_day c ON c.day = (SELECT casedesk.today()) + g.i
         WHERE coalesce(c.kind = 'workday', extract(isodow FROM (SELECT casedesk.today()) + g.i) < 6)),
    s AS (
        SELECT s.warn_workdays, f.d AS soon_end
          FROM casedesk.task_setting s JOIN cal f ON f.ahead AND f.n = s.warn_workdays + 1
         WHERE s.id = 1)
    SELECT count(*) FILTER (WHERE t.status = 'assigned'
                              AND t.lead_unit_id = (SELECT casedesk.my_unit_id()))::integer,
           count(*) FILTER (WHERE t.status IN ('assigned','signed','in_progress','returned')
                              AND t.deadline >= (SELECT casedesk.today())
                              AND t.deadline <= (SELECT casedesk.today()) + (s.warn_workdays * 2 + 14)
                              AND t.deadline < s.soon_end)::integer,
           count(*) FILTER (WHERE t.status IN ('assigned','signed','in_progress','returned')
                              AND t.deadline < (SELECT casedesk.today()))::integer,
           count(*) FILTER (WHERE t.status = 'returned')::integer,
           count(*) FILTER (WHERE t.report_base < back.d)::integer,
           casedesk.inbox_unread_count(),
           coalesce(casedesk.my_open_case_count()::integer, -1)
      FROM s
      LEFT JOIN t ON true
      LEFT JOIN cal back ON NOT back.ahead AND back.n = t.report_interval
     GROUP BY s.warn_workdays
$$;

ALTER FUNCTION casedesk.home_staff_counts(OUT to_sign integer, OUT due_soon integer, OUT overdue integer, OUT returned integer, OUT report_due integer, OUT unread integer, OUT open_cases integer) OWNER TO casedesk_owner;

--
-- Name: home_supervisor_counts(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.home_supervisor_counts(OUT awaiting integer, OUT pending_extensions integer, OUT overdue integer, OUT unread integer) RETURNS record
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    SELECT (SELECT coalesce(sum(t.n), 0) FROM casedesk.task_open_total t
             WHERE t.status = 'reported' AND w.ok)::integer,
           (SELECT count(*) FROM casedesk.task_extension e WHERE e.status = 'pending' AND w.ok)::integer,
           (SELECT coalesce(sum(t.n), 0) FROM casedesk.task_open_total t
             WHERE t.status IN ('assigned','signed','in_progress','returned')
               AND t.deadline < (SELECT casedesk.today()) AND w.ok)::integer,
           casedesk.inbox_unread_count()
      FROM (SELECT casedesk.my_role() IN ('supervisor', 'inspector') AS ok) w
$$;

ALTER FUNCTION casedesk.home_supervisor_counts(OUT awaiting integer, OUT pending_extensions integer, OUT overdue integer, OUT unread integer) OWNER TO casedesk_owner;

--
-- Name: home_unit_overdue(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.home_unit_overdue() RETURNS TABLE(unit_code text, unit_name text, open integer, overdue integer, yellow integer, red integer)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    WITH ok AS (SELECT casedesk.my_role() IN ('supervisor', 'inspector') AS ok),
    tk AS (
        SELECT t.lead_unit_id AS unit_id, sum(t.n) AS open,
               coalesce(sum(t.n) FILTER (WHERE t.status IN ('assigned','signed','in_progress','returned')
                                           AND t.deadline < (SELECT casedesk.today())), 0) AS overdue
          FROM casedesk.task_open_total t
         WHERE (SELECT ok.ok FROM ok)
         GROUP BY t.lead_unit_id),
    cd AS (
        SELECT c.unit_id, coalesce(sum(c.n) FILTER (WHERE c.kind = 'yellow'), 0) AS yellow,
               coalesce(sum(c.n) FILTER (WHERE c.kind = 'red'), 0) AS red
          FROM casedesk.task_card_month_total c
         WHERE c.kind IN ('yellow', 'red') AND (SELECT ok.ok FROM ok)
           AND c.month >= date_trunc('year', (SELECT casedesk.today()))::date
         GROUP BY c.unit_id)
    SELECT u.code, u.name, coalesce(tk.open, 0)::integer, coalesce(tk.overdue, 0)::integer,
           coalesce(cd.yellow, 0)::integer, coalesce(cd.red, 0)::integer
      FROM casedesk.unit u
      LEFT JOIN tk ON tk.unit_id = u.id
      LEFT JOIN cd ON cd.unit_id = u.id
     WHERE tk.unit_id IS NOT NULL OR coalesce(cd.yellow, 0) > 0 OR coalesce(cd.red, 0) > 0
     ORDER BY 4 DESC, 6 DESC, 5 DESC, u.code
$$;

ALTER FUNCTION casedesk.home_unit_overdue() OWNER TO casedesk_owner;

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
-- Name: keyed_channel(text, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.keyed_channel(p_prefix text, p_what text) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$ SELECT 'casedesk_' || p_prefix || left(encode(sha256(s.secret || convert_to(p_what, 'UTF8')), 'hex'), 24)
        FROM casedesk.notify_secret s WHERE s.id = 1 $$;

ALTER FUNCTION casedesk.keyed_channel(p_prefix text, p_what text) OWNER TO casedesk_owner;

--
-- Name: legal_clock_blocker(casedesk.case_file, text, date); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.legal_clock_blocker(c casedesk.case_file, p_step text, p_on date) RETURNS text
    LANGUAGE plpgsql STABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    k record;
    v_on date;
    v_start date;
    v_earliest date;
BEGIN
    FOR k IN SELECT l.*, dk.name AS doc_name FROM casedesk.legal_clock l
               LEFT JOIN casedesk.doc_kind dk ON dk.kind = l.from_service_of
              WHERE l.kind = c.kind AND l.step = p_step
              ORDER BY l.id LOOP
        v_on := casedesk.case_event_on(c, k.after_event);
        v_start := casedesk.clock_start(c.id, v_on, k.from_service_of);
        IF v_on IS NOT NULL AND v_start IS NULL AND k.min_amount IS NOT NULL THEN
            RETURN format('Not yet: %s (%s); the period runs from the service of the %s, which is not recorded.',
                          k.label_en, k.source, k.doc_name);
        END IF;
        IF v_start IS NULL AND k.min_amount IS NOT NULL THEN
            RETURN format('Not yet: %s (%s); the day it starts from is not recorded.', k.label_en, k.source);
        END IF;
        v_earliest := casedesk.clock_add(v_start, k.min_amount, k.unit);
        IF p_on < v_earliest THEN
            RETURN format('Not before %s: %s (%s).', v_earliest, k.label_en, k.source);
        END IF;
    END LOOP;
    RETURN NULL;
END $$;

ALTER FUNCTION casedesk.legal_clock_blocker(c casedesk.case_file, p_step text, p_on date) OWNER TO casedesk_owner;

--
-- Name: legal_clock_escalate(date); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.legal_clock_escalate(p_today date) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $_$
DECLARE
    k record;
    v_n integer;
    v_total integer := 0;
BEGIN
    FOR k IN
        SELECT l.*, kd.detail_table, s.from_status
          FROM casedesk.legal_clock l
          JOIN casedesk.case_kind kd ON kd.code = l.kind
          JOIN casedesk.case_step s ON s.kind = l.kind AND s.step = l.step
         WHERE l.max_amount IS NOT NULL
    LOOP
        EXECUTE format(
            'INSERT INTO casedesk.inbox (unit_id, kind, case_id, detail, ref_date)
             SELECT c.unit_id, ''legal_step_overdue'', c.id, $1, x.due
               FROM (SELECT d.id, casedesk.clock_add(casedesk.clock_start(d.id, d.%I, $6), $2, $3) AS due
                       FROM casedesk.%I d
                      WHERE d.%I IS NOT NULL AND d.%I IS NULL) x
               JOIN casedesk.case_file c ON c.id = x.id
              WHERE x.due < $4 AND c.status = ANY ($5)
             ON CONFLICT (case_id, detail, ref_date) WHERE kind = ''legal_step_overdue'' DO NOTHING',
            k.after_event, k.detail_table, k.after_event, k.step_event)
        USING k.code, k.max_amount, k.unit, p_today, k.from_status, k.from_service_of;
        GET DIAGNOSTICS v_n = ROW_COUNT;
        v_total := v_total + v_n;
    END LOOP;
    RETURN v_total;
END $_$;

ALTER FUNCTION casedesk.legal_clock_escalate(p_today date) OWNER TO casedesk_owner;

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
-- Name: mask_id(text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.mask_id(p text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    SELECT CASE WHEN p IS NULL OR p = '' THEN p
                ELSE left(p, least(4, length(p) / 4)) || repeat('*', length(p) - 2 * least(4, length(p) / 4))
                     || right(p, least(4, length(p) / 4)) END
$$;

ALTER FUNCTION casedesk.mask_id(p text) OWNER TO casedesk_owner;

--
-- Name: mask_personal(text, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.mask_personal(p_kind text, p text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    SELECT CASE p_kind WHEN 'id' THEN casedesk.mask_id(p)
                       WHEN 'phone' THEN casedesk.mask_phone(p) ELSE p END
$$;

ALTER FUNCTION casedesk.mask_personal(p_kind text, p text) OWNER TO casedesk_owner;

--
-- Name: mask_phone(text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.mask_phone(p text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
    SET search_path TO 'pg_catalog', 'pg_temp'
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

ALTER FUNCTION casedesk.mask_phone(p text) OWNER TO casedesk_owner;

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
    UNION ALL
    SELECT casedesk.keyed_channel('o', 'oversight') WHERE casedesk.my_role() IN ('supervisor', 'inspector')
    UNION ALL
    SELECT casedesk.keyed_channel('i', 'inbox:' || casedesk.my_unit_id()) WHERE casedesk.my_unit_id() IS NOT NULL
    UNION ALL
    SELECT casedesk.keyed_channel('p', 'person:' || casedesk.my_official_id()) WHERE casedesk.my_official_id() IS NOT NULL
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
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_me integer := casedesk.my_official_id();
BEGIN
    RETURN QUERY
    SELECT x.receipt, casedesk.day_of(x.at), x.state FROM (
        SELECT f.receipt, r.received_at AS at,
               CASE WHEN r.status IN ('set_aside','concluded') THEN 'closed' ELSE 'open' END AS state
          FROM casedesk.discipline_flagger f
          JOIN casedesk.discipline_record r ON r.id = f.record_id
         WHERE f.flagger_id = v_me
        UNION ALL
        SELECT p.new_row->>'receipt', p.at, 'open'
          FROM casedesk.audit_pending p
         WHERE p.table_name = 'flag_request' AND (p.new_row->>'flagger_id')::integer = v_me) x
     ORDER BY x.at DESC;
END $$;

ALTER FUNCTION casedesk.my_flag_receipts() OWNER TO casedesk_owner;

--
-- Name: my_inbox_page(boolean, bigint, integer); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.my_inbox_page(p_unread boolean, p_before bigint, p_limit integer) RETURNS TABLE(id bigint, kind text, task_id bigint, detail text, ref_date date, created_at timestamp with time zone, to_unit boolean, read_at timestamp with time zone, case_id bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_me   integer := casedesk.my_official_id();
    v_unit integer := casedesk.my_unit_id();
BEGIN
    RETURN QUERY
        SELECT i.id, i.kind, i.task_id, i.detail, i.ref_date, i.created_at,
               (i.unit_id IS NOT NULL), coalesce(i.read_at, r.read_at), i.case_id
          FROM casedesk.inbox i
          LEFT JOIN casedesk.inbox_read r ON r.inbox_id = i.id AND r.official_id = v_me
         WHERE (i.official_id = v_me OR i.unit_id = v_unit)
           AND (p_unread IS NOT TRUE OR coalesce(i.read_at, r.read_at) IS NULL)
           AND (p_before IS NULL OR i.id < p_before)
         ORDER BY i.id DESC
         LIMIT p_limit;
END $$;

ALTER FUNCTION casedesk.my_inbox_page(p_unread boolean, p_before bigint, p_limit integer) OWNER TO casedesk_owner;

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
-- Name: my_responsible_task_ids(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.my_responsible_task_ids() RETURNS SETOF bigint
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_me integer := casedesk.my_official_id();
    v_scope integer := casedesk.case_scope();
BEGIN
    IF v_me IS NULL OR v_scope IS NULL THEN
        RETURN;
    END IF;
    RETURN QUERY
        SELECT t.id FROM casedesk.task t
         WHERE t.responsible_id = v_me
           AND (v_scope = 0 OR t.lead_unit_id = v_scope
                OR EXISTS (SELECT 1 FROM casedesk.task_unit tu WHERE tu.task_id = t.id AND tu.unit_id = v_scope));
END $$;

ALTER FUNCTION casedesk.my_responsible_task_ids() OWNER TO casedesk_owner;

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
-- Name: notify_channels(text, jsonb, jsonb); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.notify_channels(p_table text, p_new jsonb, p_old jsonb) RETURNS SETOF text
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
-- Runs for every changed row: the key is read once and the names computed
-- here, with the same formula as unit_channel() and keyed_channel() (whose
-- SQL bodies would be planned again on every call).
DECLARE
    v_secret bytea;
    v_tasks bigint[] := '{}';
    v_units integer[] := '{}';
    r jsonb;
BEGIN
    SELECT s.secret INTO v_secret FROM casedesk.notify_secret s WHERE s.id = 1;
    IF p_table IN ('task', 'task_unit', 'task_report', 'task_extension', 'task_card', 'task_link') THEN
        FOREACH r IN ARRAY ARRAY[p_new, p_old] LOOP
            CONTINUE WHEN r IS NULL;
            v_tasks := v_tasks || coalesce(r->>'task_id', r->>'id')::bigint;
            IF p_table = 'task' THEN
                v_units := v_units || (r->>'lead_unit_id')::integer;
            ELSIF p_table = 'task_unit' THEN
                v_units := v_units || (r->>'unit_id')::integer;
            END IF;
        END LOOP;
        RETURN QUERY
            SELECT 'casedesk_u' || left(encode(sha256(v_secret || convert_to(u.id::text, 'UTF8')), 'hex'), 24)
              FROM (SELECT t.lead_unit_id AS id FROM casedesk.task t WHERE t.id = ANY (v_tasks)
                    UNION
                    SELECT tu.unit_id FROM casedesk.task_unit tu WHERE tu.task_id = ANY (v_tasks)
                    UNION
                    SELECT x FROM unnest(v_units) x) u
             WHERE u.id IS NOT NULL;
        RETURN NEXT 'casedesk_o' || left(encode(sha256(v_secret || convert_to('oversight', 'UTF8')), 'hex'), 24);
    ELSIF p_table IN ('inbox', 'inbox_read') THEN
        FOREACH r IN ARRAY ARRAY[p_new, p_old] LOOP
            CONTINUE WHEN r IS NULL;
            IF r->>'official_id' IS NOT NULL THEN
                RETURN NEXT 'casedesk_p' || left(encode(sha256(v_secret || convert_to('person:' || (r->>'official_id'), 'UTF8')), 'hex'), 24);
            END IF;
            IF r->>'unit_id' IS NOT NULL THEN
                RETURN NEXT 'casedesk_i' || left(encode(sha256(v_secret || convert_to('inbox:' || (r->>'unit_id'), 'UTF8')), 'hex'), 24);
            END IF;
        END LOOP;
    END IF;
END $$;

ALTER FUNCTION casedesk.notify_channels(p_table text, p_new jsonb, p_old jsonb) OWNER TO casedesk_owner;

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
    v_channel text;
    v_vil text[];
BEGIN
    IF TG_NARGS > 0 AND TG_ARGV[0] = 'unit' THEN
        IF coalesce(v_new, v_old) ? 'village_id' THEN
            v_vil := ARRAY[v_new->>'village_id', v_old->>'village_id'];
        ELSIF TG_TABLE_NAME IN ('expropriation', 'violation') THEN
            v_vil := ARRAY[(SELECT c.village_id::text FROM casedesk.case_file c
                             WHERE c.id = coalesce(v_new->>'id', v_old->>'id')::bigint)];
        END IF;
        v_payload := v_payload || ':' || coalesce((
            SELECT string_agg(DISTINCT x.t, ',') FROM (
                SELECT 'u' || u FROM unnest(ARRAY[v_new->>'unit_id', v_old->>'unit_id']) u WHERE u IS NOT NULL
                UNION ALL
                SELECT 'v' || v FROM unnest(v_vil) v WHERE v IS NOT NULL) x(t)), '');
        IF v_new IS NOT NULL THEN
            PERFORM pg_notify(casedesk.unit_channel((v_new->>'unit_id')::integer), v_payload);
        END IF;
        IF v_old IS NOT NULL AND (v_new IS NULL OR v_old->'unit_id' IS DISTINCT FROM v_new->'unit_id') THEN
            PERFORM pg_notify(casedesk.unit_channel((v_old->>'unit_id')::integer), v_payload);
        END IF;
    ELSIF TG_TABLE_NAME IN ('task', 'task_unit', 'task_report', 'task_extension', 'task_card', 'task_link',
                            'inbox', 'inbox_read') THEN
        -- Tasks and the inbox go only to those who may read the row
        -- (casedesk.notify_channels, functions/059_notify_channels.sql).
        FOR v_channel IN SELECT DISTINCT c FROM casedesk.notify_channels(TG_TABLE_NAME, v_new, v_old) c LOOP
            PERFORM pg_notify(v_channel, v_payload);
        END LOOP;
    ELSE
        PERFORM pg_notify('casedesk', v_payload);
    END IF;
    RETURN NULL;
END $$;

ALTER FUNCTION casedesk.notify_trigger() OWNER TO casedesk_owner;

--
-- Name: official_evidence(text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.official_evidence(p_token text) RETURNS TABLE(kind text, ref_id bigint, ref_no text, on_date date, state text, summary text)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_me    integer := casedesk.discipline_require_inspector();
    v_req   jsonb := casedesk.discipline_grant(p_token, 'evidence');
    p_official_id integer := (v_req->'args'->>'official_id')::integer;
    v_login text;
    v_lim   integer := greatest(1, least(coalesce((v_req->'args'->>'limit')::integer, 200), 5000));
    v_ids   bigint[] := ARRAY(SELECT jsonb_array_elements_text(v_req->'ids')::bigint);
BEGIN
    SELECT o.login INTO v_login FROM casedesk.official o WHERE o.id = p_official_id;
    IF NOT FOUND OR p_official_id = v_me THEN
        RAISE EXCEPTION USING MESSAGE = format('Official %s does not exist.', coalesce(p_official_id::text, 'NULL')),
            ERRCODE = 'P0002';
    END IF;

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

ALTER FUNCTION casedesk.official_evidence(p_token text) OWNER TO casedesk_owner;

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
-- Name: patrol_coverage(date, integer); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.patrol_coverage(p_to date, p_unit_id integer DEFAULT NULL::integer) RETURNS TABLE(unit_id integer, interval_days integer, villages bigint, on_schedule bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    SET plan_cache_mode TO 'force_generic_plan'
    AS $$
DECLARE
    v_on date := least(p_to, casedesk.today());   -- once, not per patrol
BEGIN
    RETURN QUERY
    -- the villages in use on v_on: one merged away (retired_on, migration
    -- 195) leaves the count from its date
    WITH vl AS (
        SELECT v.id, v.unit_id FROM casedesk.village v
         WHERE (p_unit_id IS NULL OR v.unit_id = p_unit_id)
           AND (v.retired_on IS NULL OR v.retired_on > v_on)
    ), u AS (
        SELECT x.id, casedesk.patrol_interval(x.id) AS iv FROM casedesk.unit x
         WHERE (p_unit_id IS NULL OR x.id = p_unit_id)
           AND EXISTS (SELECT 1 FROM vl WHERE vl.unit_id = x.id)
    ), seen AS (
        SELECT u.id, count(DISTINCT pv.village_id) AS n
          FROM u JOIN casedesk.patrol p ON p.unit_id = u.id AND casedesk.patrol_within(p.patrol_on, v_on, u.iv)
               -- implied (an interval is at most 365 days): bounds the index
               -- range to a year, not the whole history before v_on
               AND p.patrol_on > v_on - 365
          JOIN casedesk.patrol_village pv ON pv.patrol_id = p.id
          JOIN vl ON vl.id = pv.village_id
         GROUP BY u.id
    )
    SELECT u.id, u.iv, (SELECT count(*) FROM vl WHERE vl.unit_id = u.id),
           coalesce(seen.n, 0)
      FROM u LEFT JOIN seen ON seen.id = u.id;
END $$;

ALTER FUNCTION casedesk.patrol_coverage(p_to date, p_unit_id integer) OWNER TO casedesk_owner;

--
-- Name: patrol_interval(integer); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.patrol_interval(p_unit_id integer) RETURNS integer
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    SELECT coalesce((SELECT u.patrol_interval_days FROM casedesk.unit u WHERE u.id = p_unit_id),
                    (SELECT s.value::integer FROM casedesk.setting s WHERE s.key = 'patrol.interval_days'), 7)
$$;

ALTER FUNCTION casedesk.patrol_interval(p_unit_id integer) OWNER TO casedesk_owner;

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
-- Name: patrol_within(date, date, integer); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.patrol_within(p_day date, p_on date, p_interval integer) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT p_day <= p_on AND p_day > p_on - p_interval $$;

ALTER FUNCTION casedesk.patrol_within(p_day date, p_on date, p_interval integer) OWNER TO casedesk_owner;

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
-- Name: payment_reversal_check(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.payment_reversal_check() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    o casedesk.payment;
    v_reversed numeric;
BEGIN
    IF NEW.reverses_id IS NULL THEN
        RETURN NEW;
    END IF;
    SELECT * INTO o FROM casedesk.payment WHERE id = NEW.reverses_id AND case_id = NEW.case_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'A reversal must name a payment of the same case.';
    END IF;
    IF o.reverses_id IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'A reversal cannot itself be reversed; record the payment again instead.';
    END IF;
    IF coalesce(btrim(NEW.reason), '') = '' THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'A reversal needs a reason.';
    END IF;
    SELECT coalesce(-sum(r.amount), 0) INTO v_reversed
      FROM casedesk.payment r WHERE r.reverses_id = o.id;
    IF v_reversed >= o.amount THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = format(
            'The payment of %s yuan has already been reversed in full.', o.amount);
    END IF;
    IF -NEW.amount > o.amount - v_reversed THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = format(
            'A reversal of %s yuan is larger than what is left of the payment: %s of %s yuan.',
            -NEW.amount, o.amount - v_reversed, o.amount);
    END IF;
    RETURN NEW;
END $$;

ALTER FUNCTION casedesk.payment_reversal_check() OWNER TO casedesk_owner;

--
-- Name: payment_reverse(bigint, text, numeric); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.payment_reverse(p_payment_id bigint, p_reason text, p_amount numeric DEFAULT NULL::numeric) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    c casedesk.case_file;
    o casedesk.payment;
    v_case bigint;
    v_left numeric;
    v_id bigint;
BEGIN
    IF casedesk.my_role() IS DISTINCT FROM 'staff' THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'Only staff of the case''s town or office may change a case.';
    END IF;
    SELECT case_id INTO v_case FROM casedesk.payment
     WHERE id = p_payment_id AND unit_id = casedesk.my_unit_id();
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'This payment does not exist or does not belong to your unit.';
    END IF;
    c := casedesk.case_for_staff(v_case);          -- locks the case: ledger writes queue here
    SELECT * INTO o FROM casedesk.payment WHERE id = p_payment_id;
    IF o.reverses_id IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'A reversal cannot itself be reversed; record the payment again instead.';
    END IF;
    IF coalesce(btrim(p_reason), '') = '' THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'A reversal needs a reason.';
    END IF;
    IF char_length(p_reason) > 500 THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The reason may be at most 500 characters long.';
    END IF;
    IF c.status <> 'agreement_signed' THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'A payment can be reversed only while the compensation is being paid, before it is marked as paid in full.';
    END IF;
    SELECT o.amount + coalesce(sum(r.amount), 0) INTO v_left
      FROM casedesk.payment r WHERE r.reverses_id = o.id;
    IF v_left <= 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = format(
            'The payment of %s yuan has already been reversed in full.', o.amount);
    END IF;
    IF p_amount IS NOT NULL AND (p_amount <= 0 OR p_amount <> round(p_amount, 2)) THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The amount to reverse must be greater than 0, with at most two decimals.';
    END IF;
    IF p_amount > v_left THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = format(
            'A reversal of %s yuan is larger than what is left of the payment: %s of %s yuan.',
            p_amount, v_left, o.amount);
    END IF;
    INSERT INTO casedesk.payment (case_id, unit_id, amount, paid_on, payee, account, voucher_no,
                                  reverses_id, reason)
    VALUES (o.case_id, o.unit_id, -coalesce(p_amount, v_left), casedesk.today(), o.payee, o.account,
            o.voucher_no, o.id, btrim(p_reason))
    RETURNING id INTO v_id;
    RETURN v_id;
END $$;

ALTER FUNCTION casedesk.payment_reverse(p_payment_id bigint, p_reason text, p_amount numeric) OWNER TO casedesk_owner;

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
-- Name: petition_case_check(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.petition_case_check() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND current_user <> 'casedesk_owner' AND casedesk.case_is_closed(NEW.id) THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'A closed case can no longer be changed.';
    END IF;
    NEW.subject := btrim(NEW.subject);
    IF coalesce(NEW.subject, '') = '' THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The subject of the petition must not be empty.';
    END IF;
    IF length(NEW.subject) > 200 THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The subject of the petition must be at most 200 characters long.';
    END IF;
    IF length(NEW.content) > 4000 THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The content of the petition must be at most 4000 characters long.';
    END IF;
    NEW.petitioner_id_no := nullif(upper(btrim(NEW.petitioner_id_no)), '');
    IF NEW.petitioner_id_no IS NOT NULL AND NOT casedesk.valid_citizen_id(NEW.petitioner_id_no) THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The ID number is not a valid citizen ID number (18 characters, check digit per GB 11643).';
    END IF;
    PERFORM casedesk.check_past_changed(TG_OP, NEW.received_on,
        CASE WHEN TG_OP = 'UPDATE' THEN OLD.received_on END, 'date the petition was received');
    RETURN NEW;
END $$;

ALTER FUNCTION casedesk.petition_case_check() OWNER TO casedesk_owner;

--
-- Name: petition_cases_from_legacy(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.petition_cases_from_legacy() RETURNS integer
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    r record;
    v_n integer;
    v_id bigint;
    v_village integer;
    v_accept date;
    v_status text;
    v_closed date;
    v_total integer := 0;
    v_today date := casedesk.today();
BEGIN
    FOR r IN SELECT p.*, f.village_id AS case_village
               FROM casedesk.petition p
               LEFT JOIN casedesk.case_file f ON f.id = p.case_id
              WHERE NOT EXISTS (SELECT 1 FROM casedesk.petition_case x WHERE x.legacy_petition_id = p.id)
              ORDER BY p.received_on, p.id LOOP
        v_village := coalesce(r.case_village,
                              (SELECT min(v.id) FROM casedesk.village v WHERE v.unit_id = r.unit_id));
        CONTINUE WHEN v_village IS NULL;
        v_accept := CASE WHEN r.answered_on IS NOT NULL THEN least(r.received_on + 3, r.answered_on)
                         WHEN r.received_on + 3 <= v_today THEN r.received_on + 3 END;
        v_closed := CASE WHEN r.status = 'closed' AND r.answered_on + 31 <= v_today THEN r.answered_on + 31 END;
        v_status := CASE WHEN v_closed IS NOT NULL THEN 'closed'
                         WHEN r.answered_on IS NOT NULL THEN 'answered'
                         WHEN v_accept IS NOT NULL THEN 'accepted' ELSE 'registered' END;
        INSERT INTO casedesk.case_counter AS n (prefix, year, last)
        VALUES ('XF', extract(year FROM r.received_on)::integer, 1)
        ON CONFLICT (prefix, year) DO UPDATE SET last = n.last + 1
        RETURNING last INTO v_n;
        INSERT INTO casedesk.case_file (case_no, kind, unit_id, village_id, status, opened_on, closed_on,
                deadline, party_name, party_phone)
        VALUES (format('XF-%s-%s', extract(year FROM r.received_on)::integer, lpad(v_n::text, 6, '0')),
                'petition', r.unit_id, v_village, v_status, r.received_on, v_closed,
                CASE v_status WHEN 'registered' THEN r.received_on + 15 WHEN 'accepted' THEN v_accept + 60 END,
                r.petitioner, r.phone)
        RETURNING id INTO v_id;
        INSERT INTO casedesk.petition_case (id, unit_id, channel, subject, content, project_id, about_case_id,
                legacy_petition_id, received_on, accept_decided_on, accepted, answered_on, answer, concluded_on)
        VALUES (v_id, r.unit_id, (ARRAY['visit', 'letter', 'phone', 'online', 'transferred'])[1 + r.id % 5],
                r.subject, r.content, r.project_id, r.case_id, r.id, r.received_on, v_accept,
                CASE WHEN v_accept IS NOT NULL THEN true END, r.answered_on,
                CASE WHEN r.answered_on IS NOT NULL THEN coalesce(r.answer, '已书面答复。') END, v_closed);
        v_total := v_total + 1;
    END LOOP;
    RETURN v_total;
END $$;

ALTER FUNCTION casedesk.petition_cases_from_legacy() OWNER TO casedesk_owner;

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
-- Name: petition_detail(bigint); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.petition_detail(p_case_id bigint) RETURNS TABLE(channel text, id_no text, subject text, content text, project_name text, about_case_no text, received_on date, accept_decided_on date, accepted boolean, not_accepted_reason text, extended_on date, extended_days integer, extension_reason text, answered_on date, answer text, review_requested_on date, reviewed_on date, review_opinion text, recheck_requested_on date, rechecked_on date, recheck_opinion text, concluded_on date, version integer)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_scope integer := casedesk.case_scope();
BEGIN
    IF v_scope IS NULL THEN
        RETURN;
    END IF;
    RETURN QUERY
    SELECT p.channel, CASE WHEN casedesk.my_role() = 'staff' THEN NULL ELSE casedesk.mask_id(p.petitioner_id_no) END,
           p.subject, p.content, pr.name, ac.case_no, p.received_on, p.accept_decided_on, p.accepted,
           p.not_accepted_reason, p.extended_on, p.extended_days, p.extension_reason, p.answered_on,
           p.answer, p.review_requested_on, p.reviewed_on, p.review_opinion, p.recheck_requested_on,
           p.rechecked_on, p.recheck_opinion, p.concluded_on, p.version
      FROM casedesk.petition_case p
      LEFT JOIN casedesk.project pr ON pr.id = p.project_id
      LEFT JOIN casedesk.case_file ac ON ac.id = p.about_case_id
     WHERE p.id = p_case_id AND (v_scope = 0 OR p.unit_id = v_scope);
END $$;

ALTER FUNCTION casedesk.petition_detail(p_case_id bigint) OWNER TO casedesk_owner;

--
-- Name: petition_documents(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.petition_documents() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    d casedesk.document;
BEGIN
    IF NEW.accepted AND OLD.accept_decided_on IS NULL THEN
        d := casedesk.doc_issue(NEW.unit_id, 'petition_notice', NEW.id, NULL, NULL, NEW.accept_decided_on,
                                NEW.answer_clock_on + casedesk.petition_period('pet_answer'));
    END IF;
    IF NEW.answered_on IS NOT NULL AND OLD.answered_on IS NULL THEN
        d := casedesk.doc_issue(NEW.unit_id, 'petition_notice', NEW.id, NULL, NULL, NEW.answered_on, NULL);
    END IF;
    RETURN NULL;
END $$;

ALTER FUNCTION casedesk.petition_documents() OWNER TO casedesk_owner;

--
-- Name: petition_figures(integer, date, date); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.petition_figures(p_unit integer, p_from date, p_to date) RETURNS TABLE(received bigint, accepted bigint, concluded bigint, overdue bigint)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    -- Received, accepted and concluded from the kept totals: by month over
    -- whole months (the briefing's year), by day otherwise.  Overdue from
    -- the petitions received in the period, read from their index alone
    -- (migration 206).  Before, one sub-select over every petition of the
    -- unit, of every year, read four times: 47 ms of the briefing at scale
    -- 200 (24,000 petitions).  case_scope() has no column: a one-time
    -- filter (not the admins, 065).  The day and the periods are read once:
    -- inlined, today() read the zone from the catalog once per petition.
    WITH k AS MATERIALIZED (
        SELECT least(p_to, casedesk.today()) AS asof, casedesk.petition_period('pet_accept') AS accept_days,
               casedesk.petition_period('pet_answer') AS answer_days,
               casedesk.whole_months(p_from, p_to) AS months,
               casedesk.case_scope() IS NOT NULL AS may
    ), t AS (
        SELECT x.kind, x.n FROM casedesk.unit_month_total x, k
         WHERE k.months AND k.may AND x.month BETWEEN p_from AND p_to AND x.kind LIKE 'pet:%'
           AND (coalesce(p_unit, 0) = 0 OR x.unit_id = p_unit)
        UNION ALL
        SELECT x.kind, x.n FROM casedesk.unit_day_total x, k
         WHERE NOT k.months AND k.may AND x.day BETWEEN p_from AND p_to AND x.kind LIKE 'pet:%'
           AND (coalesce(p_unit, 0) = 0 OR x.unit_id = p_unit)
    )
    SELECT (SELECT coalesce(sum(t.n), 0)::bigint FROM t WHERE t.kind = 'pet:received'),
           (SELECT coalesce(sum(t.n), 0)::bigint FROM t WHERE t.kind = 'pet:accepted'),
           (SELECT coalesce(sum(t.n), 0)::bigint FROM t WHERE t.kind = 'pet:concluded'),
           (SELECT count(*) FROM casedesk.petition_case x, k
             WHERE k.may AND x.received_on BETWEEN p_from AND p_to
               AND (coalesce(p_unit, 0) = 0 OR x.unit_id = p_unit)
               AND (coalesce(x.accept_decided_on, k.asof) > x.received_on + k.accept_days
                    OR (x.accepted AND coalesce(x.answered_on, k.asof) > x.answer_clock_on + k.answer_days)))
$$;

ALTER FUNCTION casedesk.petition_figures(p_unit integer, p_from date, p_to date) OWNER TO casedesk_owner;

--
-- Name: petition_party(bigint); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.petition_party(p_petition_id bigint) RETURNS TABLE(petitioner text, phone text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
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

ALTER FUNCTION casedesk.petition_party(p_petition_id bigint) OWNER TO casedesk_owner;

--
-- Name: petition_period(text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.petition_period(p_code text) RETURNS integer
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    SELECT coalesce(l.max_amount, l.min_amount) FROM casedesk.legal_clock l WHERE l.code = p_code
$$;

ALTER FUNCTION casedesk.petition_period(p_code text) OWNER TO casedesk_owner;

--
-- Name: petition_retired(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.petition_retired() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.case_id IS NOT NULL AND NEW.case_id IS NULL
       AND to_jsonb(NEW) - 'case_id' - 'version' - 'due_on' = to_jsonb(OLD) - 'case_id' - 'version' - 'due_on' THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION USING ERRCODE = '55000',
        MESSAGE = 'The old petition register is kept for history only: register the petition as a case of the kind petition.';
END $$;

ALTER FUNCTION casedesk.petition_retired() OWNER TO casedesk_owner;

--
-- Name: petition_window(text, date, date); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.petition_window(p_code text, p_from date, p_on date) RETURNS void
    LANGUAGE plpgsql STABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    l casedesk.legal_clock;
BEGIN
    SELECT * INTO l FROM casedesk.legal_clock WHERE code = p_code;
    IF p_on > p_from + l.min_amount THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = format(
            'Too late: %s, and the last day was %s (%s).', l.label_en, p_from + l.min_amount, l.source);
    END IF;
END $$;

ALTER FUNCTION casedesk.petition_window(p_code text, p_from date, p_on date) OWNER TO casedesk_owner;

--
-- Name: project_add(text, text, text, text, text, date, numeric, numeric); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.project_add(p_code text, p_name text, p_kind text, p_lead_unit_code text, p_account_no text, p_started_on date, p_budget_packaged numeric, p_funding_need numeric) RETURNS integer
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $_$
DECLARE
    v_id integer;
BEGIN
    IF p_code IS NULL OR p_code !~ '^[a-z][a-z0-9_-]{0,31}$' THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = 'A project code is 1 to 32 lower-case letters, digits, - or _, starting with a letter.';
    END IF;
    IF p_kind IS NULL OR p_kind NOT IN ('shantytown', 'major') THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = 'The kind of a project is shantytown or major.';
    END IF;
    IF p_account_no IS NULL OR p_account_no !~ '^[0-9]{10,25}$' THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = 'The dedicated account number is 10 to 25 digits.';
    END IF;
    IF p_started_on > casedesk.today() THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The start date must not be in the future.';
    END IF;
    IF EXISTS (SELECT 1 FROM casedesk.project WHERE code = p_code) THEN
        RAISE EXCEPTION USING ERRCODE = '23505', MESSAGE = 'A project with that code already exists.';
    END IF;
    INSERT INTO casedesk.project (code, name, kind, lead_unit_id, started_on,
                                  budget_packaged, funding_need, account_no)
        VALUES (p_code, casedesk.ref_name(p_name), p_kind,
                CASE WHEN p_lead_unit_code IS NULL THEN NULL ELSE casedesk.ref_unit(p_lead_unit_code) END,
                p_started_on, casedesk.ref_money(p_budget_packaged), casedesk.ref_money(p_funding_need),
                p_account_no)
        RETURNING id INTO v_id;
    IF p_lead_unit_code IS NOT NULL THEN
        INSERT INTO casedesk.project_unit (project_id, unit_id) VALUES (v_id, casedesk.ref_unit(p_lead_unit_code));
    END IF;
    RETURN v_id;
END $_$;

ALTER FUNCTION casedesk.project_add(p_code text, p_name text, p_kind text, p_lead_unit_code text, p_account_no text, p_started_on date, p_budget_packaged numeric, p_funding_need numeric) OWNER TO casedesk_owner;

--
-- Name: project_add_unit(text, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.project_add_unit(p_code text, p_unit_code text) RETURNS void
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    INSERT INTO casedesk.project_unit (project_id, unit_id)
        VALUES (casedesk.ref_project(p_code), casedesk.ref_unit(p_unit_code))
        ON CONFLICT ON CONSTRAINT project_unit_unique DO NOTHING;
END $$;

ALTER FUNCTION casedesk.project_add_unit(p_code text, p_unit_code text) OWNER TO casedesk_owner;

--
-- Name: project_funds(text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.project_funds(p_project_code text DEFAULT NULL::text) RETURNS TABLE(project_id integer, code text, name text, kind text, account_no text, budget_packaged numeric, funding_need numeric, households bigint, signed bigint, committed numeric, paid numeric, reversed numeric, to_pay numeric, gap numeric)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    IF casedesk.my_role() IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'Only casedesk users may read the project funds.';
    END IF;
    IF p_project_code IS NOT NULL AND NOT EXISTS (SELECT 1 FROM casedesk.project p WHERE p.code = p_project_code) THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = format('There is no project with the code "%s".', p_project_code);
    END IF;
    RETURN QUERY
    WITH x AS (
        SELECT e.project_id, count(*) AS households,
               count(*) FILTER (WHERE e.signed_on IS NOT NULL) AS signed,
               coalesce(sum(e.assessed_compensation) FILTER (WHERE e.signed_on IS NOT NULL), 0) AS committed,
               coalesce(sum(e.paid_total), 0) AS paid
          FROM casedesk.expropriation e
         GROUP BY e.project_id
    ), r AS (
        SELECT e.project_id, -sum(pm.amount) AS reversed
          FROM casedesk.payment pm JOIN casedesk.expropriation e ON e.id = pm.case_id
         WHERE pm.reverses_id IS NOT NULL
         GROUP BY e.project_id
    )
    SELECT p.id, p.code, p.name, p.kind, p.account_no, p.budget_packaged, p.funding_need,
           coalesce(x.households, 0), coalesce(x.signed, 0), coalesce(x.committed, 0),
           coalesce(x.paid, 0), coalesce(r.reversed, 0),
           coalesce(x.committed, 0) - coalesce(x.paid, 0),
           greatest(p.funding_need, coalesce(x.committed, 0)) - p.budget_packaged
      FROM casedesk.project p
      LEFT JOIN x ON x.project_id = p.id
      LEFT JOIN r ON r.project_id = p.id
     WHERE p_project_code IS NULL OR p.code = p_project_code
     ORDER BY p.code;
END $$;

ALTER FUNCTION casedesk.project_funds(p_project_code text) OWNER TO casedesk_owner;

--
-- Name: project_in_use(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.project_in_use() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_name text;
    v_on date;
BEGIN
    IF NEW.project_id IS NULL
       OR (TG_OP = 'UPDATE' AND NEW.project_id IS NOT DISTINCT FROM OLD.project_id) THEN
        RETURN NEW;
    END IF;
    SELECT name, retired_on INTO v_name, v_on FROM casedesk.project WHERE id = NEW.project_id;
    IF v_on IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = format('The project %s was finished on %s; no new case can be opened in it.',
                             v_name, v_on);
    END IF;
    RETURN NEW;
END $$;

ALTER FUNCTION casedesk.project_in_use() OWNER TO casedesk_owner;

--
-- Name: project_registered_within(integer, integer, date, date); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.project_registered_within(p_project integer, p_unit integer, d0 date, d1 date) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    SELECT EXISTS (SELECT 1 FROM casedesk.expropriation e JOIN casedesk.case_file c ON c.id = e.id
                    WHERE e.project_id = p_project AND (p_unit IS NULL OR e.unit_id = p_unit)
                      AND c.opened_on BETWEEN d0 AND d1)
$$;

ALTER FUNCTION casedesk.project_registered_within(p_project integer, p_unit integer, d0 date, d1 date) OWNER TO casedesk_owner;

--
-- Name: project_restore(text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.project_restore(p_code text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    PERFORM casedesk.ref_retire_check(ARRAY['admin', 'supervisor'], 'project');
    UPDATE casedesk.project SET retired_on = NULL, retired_reason = NULL
     WHERE id = casedesk.ref_project(p_code) AND retired_on IS NOT NULL;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The project is not marked finished.';
    END IF;
END $$;

ALTER FUNCTION casedesk.project_restore(p_code text) OWNER TO casedesk_owner;

--
-- Name: project_retire(text, date, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.project_retire(p_code text, p_on date, p_reason text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    p casedesk.project;
    v_open bigint;
BEGIN
    PERFORM casedesk.ref_retire_check(ARRAY['admin', 'supervisor'], 'project');
    PERFORM casedesk.ref_retire_date(p_on);
    IF length(p_reason) > 200 THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The reason is at most 200 characters.';
    END IF;
    SELECT * INTO p FROM casedesk.project WHERE id = casedesk.ref_project(p_code) FOR UPDATE;
    IF p.retired_on IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = format('The project %s was already finished on %s.', p.name, p.retired_on);
    END IF;
    IF p.started_on > p_on THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = format('The project %s started on %s, after that date.', p.name, p.started_on);
    END IF;
    SELECT count(*) INTO v_open FROM casedesk.case_file c
     WHERE c.status <> 'closed'
       AND (EXISTS (SELECT 1 FROM casedesk.expropriation x WHERE x.id = c.id AND x.project_id = p.id)
            OR EXISTS (SELECT 1 FROM casedesk.petition_case pc WHERE pc.id = c.id AND pc.project_id = p.id));
    IF v_open > 0 THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = format('The project %s still has %s open cases; close them before marking it finished.',
                             p.name, v_open);
    END IF;
    UPDATE casedesk.project SET retired_on = p_on, retired_reason = nullif(btrim(p_reason), '')
     WHERE id = p.id;
END $$;

ALTER FUNCTION casedesk.project_retire(p_code text, p_on date, p_reason text) OWNER TO casedesk_owner;

--
-- Name: project_set_money(text, numeric, numeric); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.project_set_money(p_code text, p_budget_packaged numeric, p_funding_need numeric) RETURNS void
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    UPDATE casedesk.project
       SET budget_packaged = casedesk.ref_money(p_budget_packaged),
           funding_need = casedesk.ref_money(p_funding_need)
     WHERE id = casedesk.ref_project(p_code);
END $$;

ALTER FUNCTION casedesk.project_set_money(p_code text, p_budget_packaged numeric, p_funding_need numeric) OWNER TO casedesk_owner;

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
-- Name: ref_money(numeric); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.ref_money(p_value numeric) RETURNS numeric
    LANGUAGE plpgsql IMMUTABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    IF p_value IS NOT NULL AND (p_value < 0 OR p_value >= 1e12 OR p_value <> round(p_value, 2)) THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = 'An amount is between 0 and 999,999,999,999.99 yuan, to the fen.';
    END IF;
    RETURN p_value;
END $$;

ALTER FUNCTION casedesk.ref_money(p_value numeric) OWNER TO casedesk_owner;

--
-- Name: ref_name(text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.ref_name(p_name text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    IF p_name IS NULL OR btrim(p_name) = '' THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The name must not be empty.';
    END IF;
    RETURN btrim(p_name);
END $$;

ALTER FUNCTION casedesk.ref_name(p_name text) OWNER TO casedesk_owner;

--
-- Name: ref_project(text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.ref_project(p_code text) RETURNS integer
    LANGUAGE plpgsql STABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_id integer;
BEGIN
    SELECT id INTO v_id FROM casedesk.project WHERE code = p_code;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '23503', MESSAGE = 'There is no project with that code.';
    END IF;
    RETURN v_id;
END $$;

ALTER FUNCTION casedesk.ref_project(p_code text) OWNER TO casedesk_owner;

--
-- Name: ref_retire_check(text[], text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.ref_retire_check(p_roles text[], p_what text) RETURNS void
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    IF pg_has_role(session_user, 'casedesk_owner', 'MEMBER') THEN
        RETURN;
    END IF;
    IF coalesce(casedesk.my_role() = ANY (p_roles), false) THEN
        RETURN;
    END IF;
    IF p_what = 'village' THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'Only an administrator may retire or restore a village or community.';
    END IF;
    RAISE EXCEPTION USING ERRCODE = '42501',
        MESSAGE = 'Only an administrator or a supervisor may retire or restore a project.';
END $$;

ALTER FUNCTION casedesk.ref_retire_check(p_roles text[], p_what text) OWNER TO casedesk_owner;

--
-- Name: ref_retire_date(date); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.ref_retire_date(p_on date) RETURNS date
    LANGUAGE plpgsql STABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    IF p_on IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The retirement date is missing.';
    END IF;
    PERFORM casedesk.check_past(p_on, 'retirement date');
    RETURN p_on;
END $$;

ALTER FUNCTION casedesk.ref_retire_date(p_on date) OWNER TO casedesk_owner;

--
-- Name: ref_unit(text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.ref_unit(p_code text) RETURNS integer
    LANGUAGE plpgsql STABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_id integer;
BEGIN
    SELECT id INTO v_id FROM casedesk.unit WHERE code = p_code;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '23503', MESSAGE = 'There is no unit with that code.';
    END IF;
    RETURN v_id;
END $$;

ALTER FUNCTION casedesk.ref_unit(p_code text) OWNER TO casedesk_owner;

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
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
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

ALTER FUNCTION casedesk.row_history(p_table text, p_id bigint) OWNER TO casedesk_owner;

--
-- Name: row_visible_to_session(text, bigint); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.row_visible_to_session(p_table text, p_id bigint) RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $_$
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
END $_$;

ALTER FUNCTION casedesk.row_visible_to_session(p_table text, p_id bigint) OWNER TO casedesk_owner;

--
-- Name: saved_filter_cap(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.saved_filter_cap() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('saved_filter:' || NEW.login));
    IF (SELECT count(*) FROM casedesk.saved_filter f
         WHERE f.login = NEW.login AND f.screen = NEW.screen) >= 50 THEN
        RAISE EXCEPTION USING ERRCODE = 'check_violation',
            MESSAGE = 'You have 50 saved filters on this list already; delete one first.';
    END IF;
    RETURN NEW;
END $$;

ALTER FUNCTION casedesk.saved_filter_cap() OWNER TO casedesk_owner;

--
-- Name: saved_filter_delete(integer); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.saved_filter_delete(p_id integer) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    DELETE FROM casedesk.saved_filter f WHERE f.id = p_id AND f.login = session_user;
    RETURN FOUND;
END $$;

ALTER FUNCTION casedesk.saved_filter_delete(p_id integer) OWNER TO casedesk_owner;

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
-- Name: setting_check_patrol(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.setting_check_patrol() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $_$
BEGIN
    IF NEW.key = 'patrol.interval_days'
       AND (NEW.value !~ '^[0-9]{1,3}$' OR NEW.value::integer NOT BETWEEN 1 AND 365) THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The patrol interval is a number of days from 1 to 365.';
    END IF;
    RETURN NEW;
END $_$;

ALTER FUNCTION casedesk.setting_check_patrol() OWNER TO casedesk_owner;

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
-- Name: step_doc_kind(text, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.step_doc_kind(p_case_kind text, p_step text) RETURNS text
    LANGUAGE sql IMMUTABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    SELECT CASE p_case_kind || ':' || p_step
             WHEN 'violation:stop_notice'                     THEN 'stop_order'
             WHEN 'violation:order_rectify'                   THEN 'rectify_decision'
             WHEN 'violation:record_enforcement_decision'     THEN 'forced_demolition'
             WHEN 'violation:record_enforcement_notice'       THEN 'demand'
             WHEN 'expropriation:record_compensation_decision' THEN 'compensation_decision'
             WHEN 'expropriation:record_demand'               THEN 'demand'
           END
$$;

ALTER FUNCTION casedesk.step_doc_kind(p_case_kind text, p_step text) OWNER TO casedesk_owner;

--
-- Name: step_document(casedesk.case_file, text, date, date); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.step_document(c casedesk.case_file, p_step text, p_on date, p_deadline date) RETURNS casedesk.document
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_kind text := casedesk.step_doc_kind(c.kind, p_step);
    v_about_kind text;
    d casedesk.document;
BEGIN
    IF v_kind IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT * INTO d FROM casedesk.document x WHERE x.case_id = c.id AND x.step = p_step;
    IF FOUND THEN
        RETURN d;
    END IF;
    v_about_kind := CASE v_kind
        WHEN 'rectify_decision' THEN 'stop_order'
        WHEN 'forced_demolition' THEN 'rectify_decision'
        WHEN 'demand' THEN CASE c.kind WHEN 'violation' THEN 'forced_demolition' ELSE 'compensation_decision' END
        END;
    RETURN casedesk.doc_issue(c.unit_id, v_kind, c.id, NULL,
        (SELECT x.id FROM casedesk.document x WHERE x.case_id = c.id AND x.kind = v_about_kind
          ORDER BY x.id DESC LIMIT 1),
        p_on, greatest(p_deadline, p_on), NULL, p_step);
END $$;

ALTER FUNCTION casedesk.step_document(c casedesk.case_file, p_step text, p_on date, p_deadline date) OWNER TO casedesk_owner;

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
-- Name: task_actor(text, bigint, text, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.task_actor(p_table text, p_id bigint, p_column text, p_what text DEFAULT 'name'::text) RETURNS text
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_task bigint;
    v_who  integer;
    v_out  text;
BEGIN
    CASE p_table || '.' || p_column
        WHEN 'task.responsible_id' THEN
            SELECT t.id, t.responsible_id INTO v_task, v_who FROM casedesk.task t WHERE t.id = p_id;
        WHEN 'task.created_by' THEN
            SELECT t.id, t.created_by INTO v_task, v_who FROM casedesk.task t WHERE t.id = p_id;
        WHEN 'task.closed_by' THEN
            SELECT t.id, t.closed_by INTO v_task, v_who FROM casedesk.task t WHERE t.id = p_id;
        WHEN 'task_report.author_id' THEN
            SELECT r.task_id, r.author_id INTO v_task, v_who FROM casedesk.task_report r WHERE r.id = p_id;
        WHEN 'task_extension.requested_by' THEN
            SELECT e.task_id, e.requested_by INTO v_task, v_who FROM casedesk.task_extension e WHERE e.id = p_id;
        WHEN 'task_extension.decided_by' THEN
            SELECT e.task_id, e.decided_by INTO v_task, v_who FROM casedesk.task_extension e WHERE e.id = p_id;
        WHEN 'task_card.official_id' THEN
            SELECT c.task_id, c.official_id INTO v_task, v_who FROM casedesk.task_card c WHERE c.id = p_id;
        WHEN 'task_link.linked_by' THEN
            SELECT l.task_id, l.linked_by INTO v_task, v_who FROM casedesk.task_link l WHERE l.id = p_id;
        ELSE
            RETURN NULL;
    END CASE;
    IF v_who IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT CASE p_what WHEN 'login' THEN o.login ELSE o.name END INTO v_out
      FROM casedesk.official o, casedesk.task t
     WHERE o.id = v_who AND t.id = v_task
       AND CASE WHEN EXISTS (SELECT 1 FROM casedesk.official me
                              WHERE me.login = session_user::text AND NOT me.disabled)
                THEN EXISTS (SELECT 1 FROM casedesk.official me
                              WHERE me.login = session_user::text AND NOT me.disabled
                                AND (me.role IN ('supervisor', 'inspector')
                                     OR (me.role = 'staff'
                                         AND (me.unit_id = t.lead_unit_id
                                              OR EXISTS (SELECT 1 FROM casedesk.task_unit tu
                                                          WHERE tu.task_id = t.id AND tu.unit_id = me.unit_id)))))
                ELSE casedesk.task_readable(t.id) END;    -- the installer
    RETURN v_out;
END $$;

ALTER FUNCTION casedesk.task_actor(p_table text, p_id bigint, p_column text, p_what text) OWNER TO casedesk_owner;

--
-- Name: task_actors(bigint[]); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.task_actors(p_ids bigint[]) RETURNS TABLE(id bigint, responsible text, responsible_login text, created_by text, closed_by text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER ROWS 50
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_scope integer := casedesk.case_scope();
BEGIN
    IF v_scope IS NULL THEN
        RETURN;
    END IF;
    RETURN QUERY
        SELECT t.id, ro.name, ro.login, co.name, xo.name
          FROM casedesk.task t
          LEFT JOIN casedesk.official ro ON ro.id = t.responsible_id
          LEFT JOIN casedesk.official co ON co.id = t.created_by
          LEFT JOIN casedesk.official xo ON xo.id = t.closed_by
         WHERE t.id = ANY (p_ids)
           AND (v_scope = 0 OR t.lead_unit_id = v_scope
                OR EXISTS (SELECT 1 FROM casedesk.task_unit tu WHERE tu.task_id = t.id AND tu.unit_id = v_scope));
END $$;

ALTER FUNCTION casedesk.task_actors(p_ids bigint[]) OWNER TO casedesk_owner;

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
-- Name: task_card_total_trg(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.task_card_total_trg() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $_$
BEGIN
    EXECUTE format($q$
        WITH d AS MATERIALIZED (
            SELECT x.unit_id, x.kind, x.issued_on, sum(x.s) AS n
              FROM (%s) x (unit_id, kind, issued_on, s)
             GROUP BY 1, 2, 3 HAVING sum(x.s) <> 0
        ), m AS (
            INSERT INTO casedesk.task_card_month_total AS t (unit_id, kind, month, n)
            SELECT d.unit_id, d.kind, date_trunc('month', d.issued_on)::date, sum(d.n) FROM d
             GROUP BY 1, 2, 3 HAVING sum(d.n) <> 0 ORDER BY 1, 2, 3
            ON CONFLICT (unit_id, kind, month) DO UPDATE SET n = t.n + excluded.n
        )
        INSERT INTO casedesk.task_card_total AS t (unit_id, kind, issued_on, n)
        SELECT d.unit_id, d.kind, d.issued_on, d.n FROM d ORDER BY 1, 2, 3
        ON CONFLICT (unit_id, kind, issued_on) DO UPDATE SET n = t.n + excluded.n
    $q$, concat_ws(' UNION ALL ',
        CASE WHEN TG_OP <> 'DELETE' THEN 'SELECT unit_id, kind, issued_on, 1 FROM nt' END,
        CASE WHEN TG_OP <> 'INSERT' THEN 'SELECT unit_id, kind, issued_on, -1 FROM ot' END));
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM casedesk.task_card_total t WHERE t.n = 0
           AND (t.unit_id, t.kind, t.issued_on) IN (SELECT o.unit_id, o.kind, o.issued_on FROM ot o);
        DELETE FROM casedesk.task_card_month_total t WHERE t.n = 0
           AND (t.unit_id, t.kind, t.month) IN (SELECT o.unit_id, o.kind, date_trunc('month', o.issued_on)::date
                                                   FROM ot o);
    END IF;
    RETURN NULL;
END $_$;

ALTER FUNCTION casedesk.task_card_total_trg() OWNER TO casedesk_owner;

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
-- Name: task_due_total_current(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.task_due_total_current() RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    RETURN coalesce((SELECT z.zone = casedesk.district_zone() FROM casedesk.task_due_zone z), false);
END $$;

ALTER FUNCTION casedesk.task_due_total_current() OWNER TO casedesk_owner;

--
-- Name: task_due_total_trg(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.task_due_total_trg() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $_$
DECLARE
    v_zone text := (SELECT z.zone FROM casedesk.task_due_zone z);
BEGIN
    EXECUTE format($q$
        INSERT INTO casedesk.task_due_total AS t (lead_unit_id, month, due, on_time, late, open)
        SELECT d.lead_unit_id, date_trunc('month', d.deadline)::date, sum(d.s), sum(d.s * d.ok), sum(d.s * d.late),
               sum(d.s * d.open)
          FROM (SELECT x.lead_unit_id, x.deadline, x.s,
                       CASE WHEN x.status = 'closed' AND (x.closed_at AT TIME ZONE $1)::date <= x.deadline THEN 1 ELSE 0 END,
                       CASE WHEN x.status = 'closed' AND (x.closed_at AT TIME ZONE $1)::date > x.deadline THEN 1 ELSE 0 END,
                       CASE WHEN x.status <> 'closed' THEN 1 ELSE 0 END
                  FROM (%s) x (lead_unit_id, deadline, status, closed_at, s)) d (lead_unit_id, deadline, s, ok, late, open)
         GROUP BY 1, 2
        HAVING sum(d.s) <> 0 OR sum(d.s * d.ok) <> 0 OR sum(d.s * d.late) <> 0 OR sum(d.s * d.open) <> 0
         ORDER BY 1, 2
        ON CONFLICT (lead_unit_id, month) DO UPDATE
           SET due = t.due + excluded.due, on_time = t.on_time + excluded.on_time, late = t.late + excluded.late,
               open = t.open + excluded.open
    $q$, concat_ws(' UNION ALL ',
        CASE WHEN TG_OP <> 'DELETE' THEN 'SELECT lead_unit_id, deadline, status, closed_at, 1 FROM nt' END,
        CASE WHEN TG_OP <> 'INSERT' THEN 'SELECT lead_unit_id, deadline, status, closed_at, -1 FROM ot' END))
    USING v_zone;
    RETURN NULL;
END $_$;

ALTER FUNCTION casedesk.task_due_total_trg() OWNER TO casedesk_owner;

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
    -- the zone once: day_of() per task read it from pg_db_role_setting each time
    v_zone   text := casedesk.district_zone();
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
                                           WHERE r.task_id = t.id), (t.signed_at AT TIME ZONE v_zone)::date),
                                (t.signed_at AT TIME ZONE v_zone)::date) AS last_on
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
    -- the statutory periods of cases escalate with the tasks (functions/102)
    PERFORM casedesk.legal_clock_escalate(p_today);
    -- today's run, however it was started (the host's timer runs this, not
    -- task_escalate_daily): the first session of the day then skips it,
    -- where it waited 1.3 s with nothing left to issue at scale 200
    IF p_today = casedesk.today() THEN
        UPDATE casedesk.task_setting SET last_escalated_on = p_today
         WHERE id = 1 AND last_escalated_on IS DISTINCT FROM p_today;
    END IF;
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
-- Name: task_extension_check(bigint, date); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.task_extension_check(p_task_id bigint, p_requested_deadline date) RETURNS void
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    r casedesk.task;
    v_max integer;
    v_n integer;
BEGIN
    IF casedesk.task_my_part(p_task_id) IS DISTINCT FROM 'lead' THEN
        PERFORM casedesk.refuse('Only staff of the lead unit may request an extension.', '42501');
    END IF;
    SELECT * INTO r FROM casedesk.task WHERE id = p_task_id;
    IF r.status = 'closed' THEN
        PERFORM casedesk.refuse('This task is closed; no extension can be requested.', 'P0001');
    ELSIF r.status = 'reported' THEN
        PERFORM casedesk.refuse('This task has been reported done and awaits verification.', 'P0001');
    END IF;
    IF casedesk.today() > r.deadline THEN
        PERFORM casedesk.refuse('An extension must be requested before the deadline has passed.', 'P0001');
    END IF;
    IF EXISTS (SELECT 1 FROM casedesk.task_extension WHERE task_id = p_task_id AND status = 'pending') THEN
        PERFORM casedesk.refuse('An extension request for this task is already waiting for a decision.', 'P0001');
    END IF;
    SELECT max_extensions INTO v_max FROM casedesk.task_setting WHERE id = 1;
    SELECT count(*) INTO v_n FROM casedesk.task_extension WHERE task_id = p_task_id;
    IF v_n >= coalesce(v_max, 2) THEN
        PERFORM casedesk.refuse('This task has already had the maximum number of extension requests.', 'P0001');
    END IF;
    -- NULL: only whether a request may be made at all (before any typing).
    IF p_requested_deadline IS NOT NULL AND p_requested_deadline <= r.deadline THEN
        PERFORM casedesk.refuse('The requested deadline must be later than the current deadline.', '23514');
    END IF;
END $$;

ALTER FUNCTION casedesk.task_extension_check(p_task_id bigint, p_requested_deadline date) OWNER TO casedesk_owner;

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
-- Name: task_open_total_trg(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.task_open_total_trg() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO casedesk.task_open_total AS t (lead_unit_id, status, deadline, n)
        SELECT d.lead_unit_id, d.status, d.deadline, count(*) FROM nt d WHERE d.status <> 'closed'
         GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (lead_unit_id, status, deadline) DO UPDATE SET n = t.n + excluded.n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO casedesk.task_open_total AS t (lead_unit_id, status, deadline, n)
        SELECT d.lead_unit_id, d.status, d.deadline, -count(*) FROM ot d WHERE d.status <> 'closed'
         GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (lead_unit_id, status, deadline) DO UPDATE SET n = t.n + excluded.n;
    ELSE
        INSERT INTO casedesk.task_open_total AS t (lead_unit_id, status, deadline, n)
        SELECT d.lead_unit_id, d.status, d.deadline, sum(d.s) FROM (
            SELECT lead_unit_id, status, deadline, 1 AS s FROM nt WHERE status <> 'closed'
            UNION ALL
            SELECT lead_unit_id, status, deadline, -1 FROM ot WHERE status <> 'closed') d
         GROUP BY 1, 2, 3 HAVING sum(d.s) <> 0 ORDER BY 1, 2, 3
        ON CONFLICT (lead_unit_id, status, deadline) DO UPDATE SET n = t.n + excluded.n;
    END IF;
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM casedesk.task_open_total t WHERE t.n = 0
           AND (t.lead_unit_id, t.status, t.deadline) IN (SELECT o.lead_unit_id, o.status, o.deadline FROM ot o);
    END IF;
    RETURN NULL;
END $$;

ALTER FUNCTION casedesk.task_open_total_trg() OWNER TO casedesk_owner;

--
-- Name: task_period_figures(date, date, integer); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.task_period_figures(p_from date, p_to date, p_unit_id integer DEFAULT NULL::integer) RETURNS TABLE(unit_id integer, due bigint, on_time bigint, overdue bigint, open_overdue bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    SET plan_cache_mode TO 'force_generic_plan'
    AS $$
DECLARE
    v_zone  text := casedesk.district_zone();
    v_today date := casedesk.today();
    v_month date := date_trunc('month', v_today)::date;
BEGIN
    IF casedesk.whole_months(p_from, p_to)
       -- task_due_total_current(), with the zone already read
       AND coalesce((SELECT z.zone = v_zone FROM casedesk.task_due_zone z), false) THEN
        RETURN QUERY
        WITH m AS (
            SELECT x.lead_unit_id AS uid, sum(x.due) AS due, sum(x.on_time) AS on_time,
                   coalesce(sum(x.late + x.open) FILTER (WHERE x.month < v_month), 0) AS overdue,
                   coalesce(sum(x.open) FILTER (WHERE x.month < v_month), 0) AS open
              FROM casedesk.task_due_total x
             WHERE x.month BETWEEN p_from AND p_to AND (p_unit_id IS NULL OR x.lead_unit_id = p_unit_id)
             GROUP BY 1
        ), l AS (
            SELECT t.lead_unit_id AS uid,
                   count(*) FILTER (WHERE t.status <> 'closed' OR (t.closed_at AT TIME ZONE v_zone)::date > t.deadline)
                       AS overdue,
                   count(*) FILTER (WHERE t.status <> 'closed') AS open
              FROM casedesk.task t
             WHERE t.deadline >= greatest(p_from, v_month) AND t.deadline <= p_to AND t.deadline < v_today
               AND (p_unit_id IS NULL OR t.lead_unit_id = p_unit_id)
             GROUP BY 1
        )
        SELECT coalesce(m.uid, l.uid), coalesce(m.due, 0)::bigint, coalesce(m.on_time, 0)::bigint,
               (coalesce(m.overdue, 0) + coalesce(l.overdue, 0))::bigint,
               (coalesce(m.open, 0) + coalesce(l.open, 0))::bigint
          FROM m FULL JOIN l ON l.uid = m.uid;
    ELSE
        RETURN QUERY
        SELECT t.lead_unit_id, count(*),
               count(*) FILTER (WHERE t.status = 'closed' AND (t.closed_at AT TIME ZONE v_zone)::date <= t.deadline),
               count(*) FILTER (WHERE t.deadline < v_today AND (t.status <> 'closed'
                                   OR (t.closed_at AT TIME ZONE v_zone)::date > t.deadline)),
               count(*) FILTER (WHERE t.deadline < v_today AND t.status <> 'closed')
          FROM casedesk.task t
         WHERE t.deadline BETWEEN p_from AND p_to AND (p_unit_id IS NULL OR t.lead_unit_id = p_unit_id)
         GROUP BY 1;
    END IF;
END $$;

ALTER FUNCTION casedesk.task_period_figures(p_from date, p_to date, p_unit_id integer) OWNER TO casedesk_owner;

--
-- Name: task_readable(bigint); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.task_readable(p_task bigint) RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_scope integer := casedesk.case_scope();
BEGIN
    IF v_scope IS NULL OR p_task IS NULL THEN
        RETURN false;
    END IF;
    IF v_scope = 0 THEN
        RETURN true;
    END IF;
    RETURN EXISTS (SELECT 1 FROM casedesk.task t WHERE t.id = p_task AND t.lead_unit_id = v_scope)
        OR EXISTS (SELECT 1 FROM casedesk.task_unit tu WHERE tu.task_id = p_task AND tu.unit_id = v_scope);
END $$;

ALTER FUNCTION casedesk.task_readable(p_task bigint) OWNER TO casedesk_owner;

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
    r casedesk.task;
    v_id bigint;
BEGIN
    -- The checks that need no reason are task_extension_check's
    -- (functions/075), which the terminal also runs before the reason is
    -- typed; here they run again under the row lock.
    IF casedesk.task_my_part(p_task_id) IS DISTINCT FROM 'lead' THEN
        PERFORM casedesk.refuse('Only staff of the lead unit may request an extension.', '42501');
    END IF;
    SELECT * INTO r FROM casedesk.task WHERE id = p_task_id FOR UPDATE;
    IF p_requested_deadline IS NULL THEN
        PERFORM casedesk.refuse('The requested deadline must be later than the current deadline.', '23514');
    END IF;
    PERFORM casedesk.task_extension_check(p_task_id, p_requested_deadline);
    IF p_reason IS NULL OR btrim(p_reason) = '' THEN
        PERFORM casedesk.refuse('A reason is required to request an extension.', '23514');
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
-- Name: task_seen_child_trg(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.task_seen_child_trg() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_ids bigint[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        v_ids := ARRAY(SELECT DISTINCT n.task_id FROM nt n);
    ELSIF TG_OP = 'DELETE' THEN
        v_ids := ARRAY(SELECT DISTINCT o.task_id FROM ot o);
    ELSE
        v_ids := ARRAY(SELECT n.task_id FROM nt n UNION SELECT o.task_id FROM ot o);
    END IF;
    PERFORM casedesk.task_seen_refresh(v_ids);
    RETURN NULL;
END $$;

ALTER FUNCTION casedesk.task_seen_child_trg() OWNER TO casedesk_owner;

--
-- Name: task_seen_rebuild(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.task_seen_rebuild() RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v bigint;
BEGIN
    LOCK TABLE casedesk.task, casedesk.task_report, casedesk.task_unit IN SHARE MODE;
    DELETE FROM casedesk.task_seen;
    PERFORM casedesk.task_seen_refresh(ARRAY(SELECT t.id FROM casedesk.task t WHERE t.status <> 'closed'));
    SELECT count(*) INTO v FROM casedesk.task_seen;
    RETURN v;
END $$;

ALTER FUNCTION casedesk.task_seen_rebuild() OWNER TO casedesk_owner;

--
-- Name: task_seen_refresh(bigint[]); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.task_seen_refresh(p_ids bigint[]) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    IF cardinality(p_ids) IS NULL OR cardinality(p_ids) = 0 THEN
        RETURN;
    END IF;
    PERFORM 1 FROM casedesk.task t WHERE t.id = ANY (p_ids) ORDER BY t.id FOR NO KEY UPDATE;
    WITH n AS (
        SELECT u.unit_id, t.id AS task_id, t.lead_unit_id, t.status, t.deadline, t.signed_at,
               t.report_interval,
               CASE WHEN t.status IN ('signed', 'in_progress', 'returned') THEN
                   greatest(coalesce((SELECT max(r.reported_on) FROM casedesk.task_report r
                                       WHERE r.task_id = t.id), t.signed_at::date), t.signed_at::date)
               END AS report_base
          FROM casedesk.task t
         CROSS JOIN LATERAL (SELECT t.lead_unit_id UNION SELECT tu.unit_id FROM casedesk.task_unit tu
                              WHERE tu.task_id = t.id) u (unit_id)
         WHERE t.id = ANY (p_ids) AND t.status <> 'closed'),
    gone AS (
        DELETE FROM casedesk.task_seen s
         WHERE s.task_id = ANY (p_ids)
           AND NOT EXISTS (SELECT 1 FROM n WHERE n.task_id = s.task_id AND n.unit_id = s.unit_id))
    INSERT INTO casedesk.task_seen AS s (unit_id, task_id, lead_unit, status, deadline, signed_at,
                                         report_interval, report_base)
    SELECT n.unit_id, n.task_id, n.lead_unit_id, n.status, n.deadline, n.signed_at, n.report_interval,
           n.report_base FROM n
    ON CONFLICT (unit_id, task_id) DO UPDATE
       SET lead_unit = excluded.lead_unit, status = excluded.status, deadline = excluded.deadline,
           signed_at = excluded.signed_at, report_interval = excluded.report_interval,
           report_base = excluded.report_base
     WHERE (s.lead_unit, s.status, s.deadline, s.signed_at, s.report_interval, s.report_base)
           IS DISTINCT FROM (excluded.lead_unit, excluded.status, excluded.deadline, excluded.signed_at,
                             excluded.report_interval, excluded.report_base);
END $$;

ALTER FUNCTION casedesk.task_seen_refresh(p_ids bigint[]) OWNER TO casedesk_owner;

--
-- Name: task_seen_task_trg(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.task_seen_task_trg() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM casedesk.task_seen_refresh(ARRAY(
            SELECT n.id FROM nt n WHERE n.status <> 'closed'));
    ELSE
        PERFORM casedesk.task_seen_refresh(ARRAY(
            SELECT n.id FROM nt n JOIN ot o ON o.id = n.id
             WHERE (n.status, n.deadline, n.signed_at, n.report_interval, n.lead_unit_id)
                   IS DISTINCT FROM (o.status, o.deadline, o.signed_at, o.report_interval, o.lead_unit_id)));
    END IF;
    RETURN NULL;
END $$;

ALTER FUNCTION casedesk.task_seen_task_trg() OWNER TO casedesk_owner;

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
-- Name: task_totals_rebuild(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.task_totals_rebuild() RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v bigint;
BEGIN
    LOCK TABLE casedesk.task IN SHARE MODE;
    LOCK TABLE casedesk.task_open_total IN EXCLUSIVE MODE;
    DELETE FROM casedesk.task_open_total;
    INSERT INTO casedesk.task_open_total (lead_unit_id, status, deadline, n)
    SELECT t.lead_unit_id, t.status, t.deadline, count(*) FROM casedesk.task t
     WHERE t.status <> 'closed' GROUP BY 1, 2, 3;
    GET DIAGNOSTICS v = ROW_COUNT;
    -- the tasks due per month, in the district's zone now (053)
    LOCK TABLE casedesk.task_due_total, casedesk.task_due_zone IN EXCLUSIVE MODE;
    DELETE FROM casedesk.task_due_zone;
    INSERT INTO casedesk.task_due_zone (zone) VALUES (casedesk.district_zone());
    DELETE FROM casedesk.task_due_total;
    INSERT INTO casedesk.task_due_total (lead_unit_id, month, due, on_time, late, open)
    SELECT t.lead_unit_id, date_trunc('month', t.deadline)::date, count(*),
           count(*) FILTER (WHERE t.status = 'closed' AND (t.closed_at AT TIME ZONE z.zone)::date <= t.deadline),
           count(*) FILTER (WHERE t.status = 'closed' AND (t.closed_at AT TIME ZONE z.zone)::date > t.deadline),
           count(*) FILTER (WHERE t.status <> 'closed')
      FROM casedesk.task t, casedesk.task_due_zone z
     GROUP BY 1, 2;
    LOCK TABLE casedesk.task_card IN SHARE MODE;
    LOCK TABLE casedesk.task_card_total IN EXCLUSIVE MODE;
    DELETE FROM casedesk.task_card_total;
    INSERT INTO casedesk.task_card_total (unit_id, kind, issued_on, n)
    SELECT c.unit_id, c.kind, c.issued_on, count(*) FROM casedesk.task_card c GROUP BY 1, 2, 3;
    LOCK TABLE casedesk.task_card_month_total IN EXCLUSIVE MODE;
    DELETE FROM casedesk.task_card_month_total;
    INSERT INTO casedesk.task_card_month_total (unit_id, kind, month, n)
    SELECT c.unit_id, c.kind, date_trunc('month', c.issued_on)::date, count(*) FROM casedesk.task_card c
     GROUP BY 1, 2, 3;
    RETURN v;
END $$;

ALTER FUNCTION casedesk.task_totals_rebuild() OWNER TO casedesk_owner;

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
-- Name: text_pairs(text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.text_pairs(p text) RETURNS text[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    SELECT coalesce(array_agg(DISTINCT lower(substr(p, i, 2))), '{}')
      FROM generate_series(1, char_length(p) - 1) i
$$;

ALTER FUNCTION casedesk.text_pairs(p text) OWNER TO casedesk_owner;

--
-- Name: totals_apply_sql(text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.totals_apply_sql(d text) RETURNS text
    LANGUAGE sql IMMUTABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $_$
    -- The same deltas go to the month's row (migration 053) after the day's:
    -- the CTE "m" is not read by the outer INSERT, so it runs once that has
    -- finished, and every writer takes day rows, then month rows, each in key
    -- order.
    SELECT format($q$
        WITH d AS MATERIALIZED (
            SELECT d.day, d.unit_id, d.kind, sum(d.s) AS n, coalesce(sum(d.s * d.area), 0) AS area,
                   coalesce(sum(d.s * d.mu), 0) AS mu
              FROM (%s) d (day, unit_id, kind, s, area, mu)
             WHERE d.day IS NOT NULL
             GROUP BY d.day, d.unit_id, d.kind
            HAVING sum(d.s) <> 0 OR coalesce(sum(d.s * d.area), 0) <> 0 OR coalesce(sum(d.s * d.mu), 0) <> 0
        ), m AS (
            INSERT INTO casedesk.unit_month_total AS t (month, unit_id, kind, n, area, mu)
            SELECT date_trunc('month', d.day)::date, d.unit_id, d.kind, sum(d.n), sum(d.area), sum(d.mu)
              FROM d GROUP BY 1, 2, 3
            HAVING sum(d.n) <> 0 OR sum(d.area) <> 0 OR sum(d.mu) <> 0
             ORDER BY 1, 2, 3
            ON CONFLICT (month, unit_id, kind) DO UPDATE
               SET n = t.n + excluded.n, area = t.area + excluded.area, mu = t.mu + excluded.mu
        )
        INSERT INTO casedesk.unit_day_total AS t (day, unit_id, kind, n, area, mu)
        SELECT d.day, d.unit_id, d.kind, d.n, d.area, d.mu FROM d
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
    -- Nothing to take away: the cascade deletes the expropriation row, whose
    -- statement trigger subtracts its "flat" (migration 104).
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
        SELECT NULL::date, c.unit_id, 'flat', %2$s, NULL::numeric, NULL::numeric
          FROM %1$s c WHERE false
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
        SELECT e.moved_in_on, e.unit_id, 'flat', %2$s, NULL::numeric, NULL::numeric
          FROM %1$s e
         WHERE e.moved_in_on IS NOT NULL AND e.party_kind = 'household' AND e.resettlement = 'flat'
        UNION ALL
        SELECT e.moved_in_on, e.unit_id, 'flat@' || e.community_id, %2$s, NULL::numeric, NULL::numeric
          FROM %1$s e
         WHERE e.moved_in_on IS NOT NULL AND e.party_kind = 'household' AND e.resettlement = 'flat'
           AND e.community_id IS NOT NULL
        UNION ALL
        SELECT date_trunc('year', x.day)::date, e.unit_id, 'proj:' || e.project_id || ':' || x.what, %2$s, NULL::numeric, NULL::numeric
          FROM %1$s e
         CROSS JOIN LATERAL (VALUES (e.signed_on, 'signed'), (e.paid_on, 'paid'), (e.vacated_on, 'vacated'),
                                    ('1970-01-01'::date, 'registered')) x (day, what)
         WHERE x.day IS NOT NULL AND e.party_kind = 'household'
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
-- Name: totals_pet_rows(text, integer); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.totals_pet_rows(tb text, s integer) RETURNS text
    LANGUAGE sql IMMUTABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $_$
    SELECT format($q$
        SELECT p.received_on, p.unit_id, 'pet:received', %2$s, NULL::numeric, NULL::numeric FROM %1$s p
        UNION ALL
        SELECT p.accept_decided_on, p.unit_id, 'pet:accepted', %2$s, NULL::numeric, NULL::numeric
          FROM %1$s p WHERE p.accepted
        UNION ALL
        SELECT p.concluded_on, p.unit_id, 'pet:concluded', %2$s, NULL::numeric, NULL::numeric FROM %1$s p
    $q$, tb, s)
$_$;

ALTER FUNCTION casedesk.totals_pet_rows(tb text, s integer) OWNER TO casedesk_owner;

--
-- Name: totals_pet_trg(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.totals_pet_trg() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    EXECUTE casedesk.totals_apply_sql(concat_ws(' UNION ALL ',
        CASE WHEN TG_OP IN ('INSERT','UPDATE') THEN casedesk.totals_pet_rows('nt', 1) END,
        CASE WHEN TG_OP IN ('DELETE','UPDATE') THEN casedesk.totals_pet_rows('ot', -1) END));
    RETURN NULL;
END $$;

ALTER FUNCTION casedesk.totals_pet_trg() OWNER TO casedesk_owner;

--
-- Name: totals_rebuild(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.totals_rebuild() RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $_$
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
            SELECT e.moved_in_on, e.unit_id, 'flat', 1, NULL::numeric, NULL::numeric
              FROM casedesk.expropriation e
             WHERE e.moved_in_on IS NOT NULL AND e.party_kind = 'household' AND e.resettlement = 'flat'
            UNION ALL
            SELECT e.moved_in_on, e.unit_id, 'flat@' || e.community_id, 1, NULL::numeric, NULL::numeric
              FROM casedesk.expropriation e
             WHERE e.moved_in_on IS NOT NULL AND e.party_kind = 'household' AND e.resettlement = 'flat'
               AND e.community_id IS NOT NULL
            UNION ALL
            SELECT date_trunc('year', x.day)::date, e.unit_id, 'proj:' || e.project_id || ':' || x.what, 1, NULL::numeric, NULL::numeric
              FROM casedesk.expropriation e
             CROSS JOIN LATERAL (VALUES (e.signed_on, 'signed'), (e.paid_on, 'paid'), (e.vacated_on, 'vacated'),
                                        ('1970-01-01'::date, 'registered')) x (day, what)
             WHERE x.day IS NOT NULL AND e.party_kind = 'household'
            UNION ALL
            SELECT v.found_on, v.unit_id, 'vio_found', 1, NULL, NULL FROM casedesk.violation v
            UNION ALL
            SELECT v.resolved_on, v.unit_id, 'vio:' || v.resolution, 1, v.resolved_area_m2, NULL
              FROM casedesk.violation v WHERE v.resolution IS NOT NULL
           ) d (day, unit_id, kind, s, area, mu)
     WHERE d.day IS NOT NULL
     GROUP BY d.day, d.unit_id, d.kind;
    GET DIAGNOSTICS v = ROW_COUNT;
    -- the petitions' kinds, from the trigger's own rows (none share a key
    -- with the above)
    LOCK TABLE casedesk.petition_case IN SHARE MODE;
    EXECUTE format($q$
        INSERT INTO casedesk.unit_day_total (day, unit_id, kind, n, area, mu)
        SELECT d.day, d.unit_id, d.kind, sum(d.s), 0, 0 FROM (%s) d (day, unit_id, kind, s, area, mu)
         WHERE d.day IS NOT NULL GROUP BY 1, 2, 3
    $q$, casedesk.totals_pet_rows('casedesk.petition_case', 1));
    -- the same by month (053)
    LOCK TABLE casedesk.unit_month_total IN EXCLUSIVE MODE;
    DELETE FROM casedesk.unit_month_total;
    INSERT INTO casedesk.unit_month_total (month, unit_id, kind, n, area, mu)
    SELECT date_trunc('month', d.day)::date, d.unit_id, d.kind, sum(d.n), sum(d.area), sum(d.mu)
      FROM casedesk.unit_day_total d GROUP BY 1, 2, 3;
    -- the open cases per unit of the home screen (sql/091)
    LOCK TABLE casedesk.case_open_total IN EXCLUSIVE MODE;
    DELETE FROM casedesk.case_open_total;
    INSERT INTO casedesk.case_open_total (unit_id, n)
    SELECT c.unit_id, count(*) FROM casedesk.case_file c WHERE c.status <> 'closed' GROUP BY c.unit_id;
    RETURN v;
END $_$;

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
        SELECT v.resolved_on, v.unit_id, 'vio:' || v.resolution, %2$s, v.resolved_area_m2, NULL::numeric
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
DECLARE
    v_months boolean := casedesk.whole_months(p_from, p_to);
BEGIN
    RETURN QUERY EXECUTE format($q$
    WITH u AS (
        SELECT id FROM casedesk.unit
         WHERE ($3 IS NULL OR id = $3)
    ), tot AS (
        SELECT t.unit_id,
               coalesce(sum(t.n) FILTER (WHERE t.kind LIKE 'exp:household:%%'), 0) AS hh,
               coalesce(sum(t.n) FILTER (WHERE t.kind LIKE 'exp:enterprise:%%'), 0) AS ent,
               coalesce(nullif(sum(t.area) FILTER (WHERE t.kind LIKE 'exp:household:%%'), 0), 0) AS area,
               coalesce(nullif(sum(t.mu) FILTER (WHERE t.kind LIKE 'exp:%%'), 0), 0) AS mu,
               coalesce(sum(t.n) FILTER (WHERE t.kind = 'flat'), 0) AS flat,
               coalesce(sum(t.n) FILTER (WHERE t.kind IN ('vio:demolished','vio:rectified')), 0) AS vio
          FROM casedesk.%1$I t
         WHERE t.%2$I BETWEEN $1 AND $2
           AND ($3 IS NULL OR t.unit_id = $3)
         GROUP BY t.unit_id
    ), cert AS (
        SELECT vl.unit_id, count(*) AS n
          FROM casedesk.village_certification vc
          JOIN casedesk.village vl ON vl.id = vc.village_id
         WHERE vc.certified_on BETWEEN $1 AND $2
           AND ($3 IS NULL OR vl.unit_id = $3)
         GROUP BY vl.unit_id
    ), cover AS (
        -- villages on schedule at the period's end, the briefing's rule
        -- (casedesk.patrol_coverage, functions/185)
        SELECT c.unit_id, c.villages, c.on_schedule AS patrolled
          FROM casedesk.patrol_coverage($2, $3) c
    ), tk AS (
        -- due and on time need no "today": the month rows when they serve
        -- (task_period_figures' own test), else task_period_figures, whose
        -- overdue the ranking asks for once itself (unit_deductibles)
        SELECT x.lead_unit_id AS unit_id, sum(x.due) AS due, sum(x.on_time) AS on_time
          FROM casedesk.task_due_total x
         WHERE $4 AND x.month BETWEEN $1 AND $2 AND ($3 IS NULL OR x.lead_unit_id = $3)
         GROUP BY 1
        UNION ALL
        SELECT f.unit_id, f.due, f.on_time FROM casedesk.task_period_figures($1, $2, $3) f WHERE NOT $4
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
    $q$, CASE WHEN v_months THEN 'unit_month_total' ELSE 'unit_day_total' END,
         CASE WHEN v_months THEN 'month' ELSE 'day' END)
    USING p_from, p_to, p_unit_id, v_months AND casedesk.task_due_total_current();
END $_$;

ALTER FUNCTION casedesk.unit_actuals(p_from date, p_to date, p_unit_id integer) OWNER TO casedesk_owner;

--
-- Name: unit_add(text, text, text, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.unit_add(p_code text, p_name text, p_kind text, p_parent_code text) RETURNS integer
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $_$
DECLARE
    v_id integer;
BEGIN
    IF p_code IS NULL OR p_code !~ '^[a-z][a-z0-9_-]{0,15}$' THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = 'A unit code is 1 to 16 lower-case letters, digits, - or _, starting with a letter.';
    END IF;
    IF p_kind IS NULL OR p_kind NOT IN ('district', 'town', 'subdistrict', 'department') THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = 'The kind of a unit is district, town, subdistrict or department.';
    END IF;
    IF EXISTS (SELECT 1 FROM casedesk.unit WHERE code = p_code) THEN
        RAISE EXCEPTION USING ERRCODE = '23505', MESSAGE = 'A unit with that code already exists.';
    END IF;
    INSERT INTO casedesk.unit (code, name, kind, parent_id)
        VALUES (p_code, casedesk.ref_name(p_name), p_kind,
                CASE WHEN p_parent_code IS NULL THEN NULL ELSE casedesk.ref_unit(p_parent_code) END)
        RETURNING id INTO v_id;
    RETURN v_id;
END $_$;

ALTER FUNCTION casedesk.unit_add(p_code text, p_name text, p_kind text, p_parent_code text) OWNER TO casedesk_owner;

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
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $_$
DECLARE
    v_months boolean := casedesk.whole_months(p_from, p_to);
BEGIN
    RETURN QUERY EXECUTE format($q$
    WITH k AS (
        SELECT c.unit_id, coalesce(sum(c.n) FILTER (WHERE c.kind = 'yellow'), 0) AS y,
               coalesce(sum(c.n) FILTER (WHERE c.kind = 'red'), 0) AS r
          FROM casedesk.%1$I c
         WHERE c.%2$I BETWEEN $1 AND $2 AND c.kind IN ('yellow', 'red')
         GROUP BY 1
    )
    SELECT u.id, coalesce(k.y, 0)::bigint, coalesce(k.r, 0)::bigint, coalesce(f.overdue, 0)::bigint
      FROM casedesk.unit u
      LEFT JOIN k ON k.unit_id = u.id
      LEFT JOIN casedesk.task_period_figures($1, $2) f ON f.unit_id = u.id
    $q$, CASE WHEN v_months THEN 'task_card_month_total' ELSE 'task_card_total' END,
         CASE WHEN v_months THEN 'month' ELSE 'issued_on' END)
    USING p_from, p_to;
END $_$;

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
-- Name: unit_rename(text, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.unit_rename(p_code text, p_name text) RETURNS void
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    UPDATE casedesk.unit SET name = casedesk.ref_name(p_name) WHERE id = casedesk.ref_unit(p_code);
END $$;

ALTER FUNCTION casedesk.unit_rename(p_code text, p_name text) OWNER TO casedesk_owner;

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
-- Name: village_add(text, text, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.village_add(p_unit_code text, p_name text, p_kind text) RETURNS integer
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_unit integer := casedesk.ref_unit(p_unit_code);
    v_id integer;
BEGIN
    IF coalesce(p_kind, 'village') NOT IN ('village', 'community') THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'A village is a village or a community.';
    END IF;
    IF EXISTS (SELECT 1 FROM casedesk.village WHERE unit_id = v_unit AND name = btrim(p_name)) THEN
        RAISE EXCEPTION USING ERRCODE = '23505', MESSAGE = 'The unit already has a village of that name.';
    END IF;
    INSERT INTO casedesk.village (unit_id, name, kind)
        VALUES (v_unit, casedesk.ref_name(p_name), coalesce(p_kind, 'village'))
        RETURNING id INTO v_id;
    RETURN v_id;
END $$;

ALTER FUNCTION casedesk.village_add(p_unit_code text, p_name text, p_kind text) OWNER TO casedesk_owner;

--
-- Name: village_apply_violation_free(integer, date, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.village_apply_violation_free(p_village_id integer, p_on date, p_note text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v casedesk.village;
    v_id integer;
BEGIN
    IF casedesk.my_role() IS DISTINCT FROM 'staff' THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'Only staff of the village''s town or office apply for the violation-free title.';
    END IF;
    SELECT * INTO v FROM casedesk.village WHERE id = p_village_id FOR UPDATE;
    IF NOT FOUND OR v.unit_id IS DISTINCT FROM casedesk.my_unit_id() THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'No such village or community in your unit.';
    END IF;
    IF v.retired_on IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001',
            MESSAGE = 'A village that has been merged away cannot apply for the violation-free title.';
    END IF;
    IF p_on IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The date of the application is required.';
    END IF;
    PERFORM casedesk.check_past(p_on, 'date of the application');
    IF v.violation_free_since IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'The village already holds the violation-free title.';
    END IF;
    IF EXISTS (SELECT 1 FROM casedesk.village_application a
                WHERE a.village_id = p_village_id AND a.inspected_on IS NULL) THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'An application for this village is waiting for its inspection.';
    END IF;
    IF casedesk.village_open_violations(p_village_id) > 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001',
            MESSAGE = 'The village still has unresolved violation cases; deal with them before applying.';
    END IF;
    INSERT INTO casedesk.village_application (village_id, unit_id, applied_on, applied_by, note)
    VALUES (p_village_id, v.unit_id, p_on, casedesk.my_official_id(), nullif(btrim(p_note), ''))
    RETURNING id INTO v_id;
    RETURN v_id;
END $$;

ALTER FUNCTION casedesk.village_apply_violation_free(p_village_id integer, p_on date, p_note text) OWNER TO casedesk_owner;

--
-- Name: village_certify_violation_free(integer, date); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.village_certify_violation_free(p_village_id integer, p_on date) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v casedesk.village;
    a casedesk.village_application;
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
    v_open := casedesk.village_open_violations(p_village_id);
    IF v_open > 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = format(
            'The village still has %s unresolved violation cases and cannot be certified.', v_open);
    END IF;
    SELECT * INTO a FROM casedesk.village_application
     WHERE village_id = p_village_id AND passed AND NOT certified
     ORDER BY inspected_on DESC, id DESC LIMIT 1;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001',
            MESSAGE = 'The village needs an application and a passed inspection before it is certified.';
    END IF;
    IF p_on < a.inspected_on THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The certification cannot be dated before the inspection.';
    END IF;
    IF EXISTS (SELECT 1 FROM casedesk.case_file c JOIN casedesk.violation x ON x.id = c.id
                WHERE c.village_id = p_village_id AND x.found_on > a.inspected_on) THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001',
            MESSAGE = 'A violation was found after the inspection: inspect the village again.';
    END IF;
    UPDATE casedesk.village_application SET certified = true WHERE id = a.id;
    INSERT INTO casedesk.village_certification (village_id, certified_on, certified_by, application_id)
    VALUES (p_village_id, p_on, casedesk.my_official_id(), a.id);
    UPDATE casedesk.village SET violation_free_since = p_on WHERE id = p_village_id;
END $$;

ALTER FUNCTION casedesk.village_certify_violation_free(p_village_id integer, p_on date) OWNER TO casedesk_owner;

--
-- Name: village_in_use(); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.village_in_use() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_name text;
    v_on date;
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.village_id IS NOT DISTINCT FROM OLD.village_id THEN
        RETURN NEW;
    END IF;
    SELECT name, retired_on INTO v_name, v_on FROM casedesk.village WHERE id = NEW.village_id;
    IF v_on IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = format('The village or community %s was retired on %s; nothing new can be recorded in it.',
                             v_name, v_on);
    END IF;
    RETURN NEW;
END $$;

ALTER FUNCTION casedesk.village_in_use() OWNER TO casedesk_owner;

--
-- Name: village_inspect_violation_free(integer, date, boolean, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.village_inspect_violation_free(p_village_id integer, p_on date, p_passed boolean, p_note text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    a casedesk.village_application;
BEGIN
    IF casedesk.my_role() IS DISTINCT FROM 'supervisor' THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'Only supervisors inspect a village for the violation-free title.';
    END IF;
    SELECT * INTO a FROM casedesk.village_application
     WHERE village_id = p_village_id AND inspected_on IS NULL FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'The village has no application waiting for an inspection.';
    END IF;
    IF p_on IS NULL OR p_passed IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The inspection needs its date and its result.';
    END IF;
    PERFORM casedesk.check_past(p_on, 'date of the inspection');
    IF p_on < a.applied_on THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The inspection cannot be dated before the application.';
    END IF;
    IF NOT p_passed AND coalesce(btrim(p_note), '') = '' THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'Say what the inspection found when it did not pass.';
    END IF;
    UPDATE casedesk.village_application
       SET inspected_on = p_on, inspected_by = casedesk.my_official_id(), passed = p_passed,
           inspection_note = nullif(btrim(p_note), '')
     WHERE id = a.id;
END $$;

ALTER FUNCTION casedesk.village_inspect_violation_free(p_village_id integer, p_on date, p_passed boolean, p_note text) OWNER TO casedesk_owner;

--
-- Name: village_open_violations(integer); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.village_open_violations(p_village_id integer) RETURNS bigint
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    SELECT count(*) FROM casedesk.case_file
     WHERE village_id = p_village_id AND kind = 'violation'
       AND status IN ('found', 'verified', 'stop_notice', 'rectifying')
$$;

ALTER FUNCTION casedesk.village_open_violations(p_village_id integer) OWNER TO casedesk_owner;

--
-- Name: village_patrol_schedule(integer, date); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.village_patrol_schedule(p_unit_id integer DEFAULT NULL::integer, p_on date DEFAULT NULL::date) RETURNS TABLE(village_id integer, unit_id integer, village_name text, interval_days integer, last_patrol date, due_on date, on_schedule boolean)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_on date := coalesce(p_on, casedesk.today());
BEGIN
    IF casedesk.my_role() IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'Only casedesk users may read the patrol schedule.';
    END IF;
    RETURN QUERY
    SELECT v.id, v.unit_id, v.name, casedesk.patrol_interval(v.unit_id), l.last,
           coalesce(l.last + casedesk.patrol_interval(v.unit_id), v_on),
           coalesce(casedesk.patrol_within(l.last, v_on, casedesk.patrol_interval(v.unit_id)), false)
      FROM casedesk.village v
      LEFT JOIN LATERAL (SELECT max(p.patrol_on) AS last
                           FROM casedesk.patrol_village pv JOIN casedesk.patrol p ON p.id = pv.patrol_id
                          WHERE pv.village_id = v.id AND p.patrol_on <= v_on) l ON true
     WHERE (p_unit_id IS NULL OR v.unit_id = p_unit_id)
       AND (v.retired_on IS NULL OR v.retired_on > v_on)   -- merged away: not on the schedule
     ORDER BY 7, 6, 3;
END $$;

ALTER FUNCTION casedesk.village_patrol_schedule(p_unit_id integer, p_on date) OWNER TO casedesk_owner;

--
-- Name: village_rename(text, text, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.village_rename(p_unit_code text, p_old text, p_new text) RETURNS void
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_unit integer := casedesk.ref_unit(p_unit_code);
BEGIN
    IF EXISTS (SELECT 1 FROM casedesk.village WHERE unit_id = v_unit AND name = btrim(p_new)) THEN
        RAISE EXCEPTION USING ERRCODE = '23505', MESSAGE = 'The unit already has a village of that name.';
    END IF;
    UPDATE casedesk.village SET name = casedesk.ref_name(p_new) WHERE unit_id = v_unit AND name = p_old;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '23503', MESSAGE = 'The unit has no village of that name.';
    END IF;
END $$;

ALTER FUNCTION casedesk.village_rename(p_unit_code text, p_old text, p_new text) OWNER TO casedesk_owner;

--
-- Name: village_restore(text, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.village_restore(p_unit_code text, p_name text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    PERFORM casedesk.ref_retire_check(ARRAY['admin'], 'village');
    UPDATE casedesk.village SET retired_on = NULL, retired_reason = NULL
     WHERE unit_id = casedesk.ref_unit(p_unit_code) AND name = p_name AND retired_on IS NOT NULL;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '23503', MESSAGE = 'The unit has no retired village of that name.';
    END IF;
END $$;

ALTER FUNCTION casedesk.village_restore(p_unit_code text, p_name text) OWNER TO casedesk_owner;

--
-- Name: village_retire(text, text, date, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.village_retire(p_unit_code text, p_name text, p_on date, p_reason text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v casedesk.village;
    v_open bigint;
    v_last date;
BEGIN
    PERFORM casedesk.ref_retire_check(ARRAY['admin'], 'village');
    PERFORM casedesk.ref_retire_date(p_on);
    IF length(p_reason) > 200 THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The reason is at most 200 characters.';
    END IF;
    SELECT * INTO v FROM casedesk.village
     WHERE unit_id = casedesk.ref_unit(p_unit_code) AND name = p_name FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '23503', MESSAGE = 'The unit has no village of that name.';
    END IF;
    IF v.retired_on IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = format('The village or community %s was already retired on %s.', v.name, v.retired_on);
    END IF;
    SELECT count(*) INTO v_open FROM casedesk.case_file WHERE village_id = v.id AND status <> 'closed';
    IF v_open > 0 THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = format('The village or community %s still has %s open cases; move or close them before retiring it.',
                             v.name, v_open);
    END IF;
    SELECT greatest((SELECT max(opened_on) FROM casedesk.case_file WHERE village_id = v.id),
                    (SELECT max(p.patrol_on) FROM casedesk.patrol_village pv
                       JOIN casedesk.patrol p ON p.id = pv.patrol_id WHERE pv.village_id = v.id))
      INTO v_last;
    IF v_last > p_on THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = format('The village or community %s has a case or patrol of %s, after the retirement date.',
                             v.name, v_last);
    END IF;
    UPDATE casedesk.village SET retired_on = p_on, retired_reason = nullif(btrim(p_reason), '')
     WHERE id = v.id;
END $$;

ALTER FUNCTION casedesk.village_retire(p_unit_code text, p_name text, p_on date, p_reason text) OWNER TO casedesk_owner;

--
-- Name: village_revoke_violation_free(integer, date, text); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.village_revoke_violation_free(p_village_id integer, p_on date, p_reason text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    c casedesk.village_certification;
BEGIN
    IF casedesk.my_role() IS DISTINCT FROM 'supervisor' THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'Only supervisors revoke the violation-free title.';
    END IF;
    SELECT * INTO c FROM casedesk.village_certification
     WHERE village_id = p_village_id AND lost_on IS NULL FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'The village does not hold the violation-free title.';
    END IF;
    IF coalesce(btrim(p_reason), '') = '' THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The reason for revoking the title is required.';
    END IF;
    IF p_on IS NULL OR p_on < c.certified_on THEN
        RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'The title cannot be revoked before it was granted.';
    END IF;
    PERFORM casedesk.check_past(p_on, 'date of the revocation');
    UPDATE casedesk.village_certification SET lost_on = p_on, revoked_reason = btrim(p_reason) WHERE id = c.id;
    UPDATE casedesk.village SET violation_free_since = NULL WHERE id = p_village_id;
END $$;

ALTER FUNCTION casedesk.village_revoke_violation_free(p_village_id integer, p_on date, p_reason text) OWNER TO casedesk_owner;

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
-- Name: whole_months(date, date); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.whole_months(p_from date, p_to date) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT p_from = date_trunc('month', p_from)::date
             AND p_to = (date_trunc('month', p_to) + interval '1 month')::date - 1 $$;

ALTER FUNCTION casedesk.whole_months(p_from date, p_to date) OWNER TO casedesk_owner;

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
-- Name: xid_status(xid); Type: FUNCTION; Schema: casedesk; Owner: casedesk_owner
--

CREATE FUNCTION casedesk.xid_status(p_xid xid) RETURNS text
    LANGUAGE plpgsql STABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_cur bigint := pg_snapshot_xmax(pg_current_snapshot())::text::bigint;
    v_x   bigint := (p_xid::text)::bigint;
    v_full bigint := ((v_cur >> 32) << 32) | v_x;
BEGIN
    IF v_full > v_cur THEN
        v_full := v_full - 4294967296;
    END IF;
    IF v_full < 3 THEN
        RETURN 'committed';  -- bootstrap / frozen
    END IF;
    RETURN pg_xact_status(v_full::text::xid8);
END $$;

ALTER FUNCTION casedesk.xid_status(p_xid xid) OWNER TO casedesk_owner;

--
-- Name: attachment; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.attachment (
    id bigint NOT NULL,
    record_kind text NOT NULL,
    record_id bigint NOT NULL,
    file_name text NOT NULL,
    media_type text NOT NULL,
    size_bytes bigint NOT NULL,
    sha256 text NOT NULL,
    taken_at timestamp without time zone,
    gps_lat double precision,
    gps_lon double precision,
    attached_by integer NOT NULL,
    attached_at timestamp with time zone DEFAULT now() NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    CONSTRAINT attachment_gps_pair CHECK (((gps_lat IS NULL) = (gps_lon IS NULL))),
    CONSTRAINT attachment_kind CHECK (((record_kind = ANY (ARRAY['case'::text, 'patrol'::text, 'task'::text, 'task_report'::text, 'discipline'::text])) AND (char_length(record_kind) <= 16))),
    CONSTRAINT attachment_lat CHECK (((gps_lat >= ('-90'::integer)::double precision) AND (gps_lat <= (90)::double precision))),
    CONSTRAINT attachment_lon CHECK (((gps_lon >= ('-180'::integer)::double precision) AND (gps_lon <= (180)::double precision))),
    CONSTRAINT attachment_media_type CHECK (((media_type = ANY (ARRAY['image/jpeg'::text, 'image/png'::text, 'image/heic'::text, 'application/pdf'::text, 'text/plain'::text])) AND (char_length(media_type) <= 40))),
    CONSTRAINT attachment_name_length CHECK (((btrim(file_name) <> ''::text) AND (char_length(file_name) <= 255) AND (file_name !~ '[/[:cntrl:]]'::text))),
    CONSTRAINT attachment_sha_format CHECK (((sha256 ~ '^[0-9a-f]{64}$'::text) AND (char_length(sha256) = 64))),
    CONSTRAINT attachment_size CHECK ((size_bytes > 0))
);

ALTER TABLE ONLY casedesk.attachment FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.attachment OWNER TO casedesk_owner;

--
-- Name: attachment_blob; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.attachment_blob (
    id bigint NOT NULL,
    attachment_id bigint NOT NULL,
    data bytea NOT NULL
);
ALTER TABLE ONLY casedesk.attachment_blob ALTER COLUMN data SET STORAGE EXTERNAL;

ALTER TABLE ONLY casedesk.attachment_blob FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.attachment_blob OWNER TO casedesk_owner;

--
-- Name: attachment_blob_id_seq; Type: SEQUENCE; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.attachment_blob ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME casedesk.attachment_blob_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: attachment_id_seq; Type: SEQUENCE; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.attachment ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME casedesk.attachment_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

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
-- Name: audit_pending; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.audit_pending (
    seq bigint NOT NULL,
    chain text NOT NULL,
    at timestamp with time zone NOT NULL,
    login text NOT NULL,
    txid bigint NOT NULL,
    table_name text NOT NULL,
    row_id bigint,
    op text NOT NULL,
    old_row jsonb,
    new_row jsonb,
    CONSTRAINT audit_pending_chain_check CHECK ((chain = ANY (ARRAY['audit_log'::text, 'discipline_audit'::text]))),
    CONSTRAINT audit_pending_op_check CHECK ((op = ANY (ARRAY['INSERT'::text, 'UPDATE'::text, 'DELETE'::text, 'READ'::text])))
);

ALTER TABLE casedesk.audit_pending OWNER TO casedesk_owner;

--
-- Name: audit_pending_seq_seq; Type: SEQUENCE; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.audit_pending ALTER COLUMN seq ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME casedesk.audit_pending_seq_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

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
)
WITH (autovacuum_enabled='false', toast.autovacuum_enabled='false');

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
-- Name: doc_counter; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.doc_counter (
    id integer NOT NULL,
    unit_id integer NOT NULL,
    kind text NOT NULL,
    year integer NOT NULL,
    last integer NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    CONSTRAINT doc_counter_kind_length CHECK ((char_length(kind) <= 32)),
    CONSTRAINT doc_counter_range CHECK (((last >= 1) AND (last <= 999999))),
    CONSTRAINT doc_counter_year CHECK (((year >= 2000) AND (year <= 2100)))
);

ALTER TABLE ONLY casedesk.doc_counter FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.doc_counter OWNER TO casedesk_owner;

--
-- Name: doc_counter_id_seq; Type: SEQUENCE; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.doc_counter ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME casedesk.doc_counter_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: doc_kind; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.doc_kind (
    id integer NOT NULL,
    kind text NOT NULL,
    name text NOT NULL,
    abbrev text NOT NULL,
    case_kind text,
    sort integer DEFAULT 0 NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    CONSTRAINT doc_kind_abbrev_format CHECK (((char_length(abbrev) >= 1) AND (char_length(abbrev) <= 4))),
    CONSTRAINT doc_kind_case_kind_length CHECK ((char_length(case_kind) <= 32)),
    CONSTRAINT doc_kind_format CHECK (((kind ~ '^[a-z_]{2,32}$'::text) AND (char_length(kind) <= 32))),
    CONSTRAINT doc_kind_name_length CHECK (((btrim(name) <> ''::text) AND (char_length(name) <= 40)))
);

ALTER TABLE ONLY casedesk.doc_kind FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.doc_kind OWNER TO casedesk_owner;

--
-- Name: doc_kind_id_seq; Type: SEQUENCE; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.doc_kind ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME casedesk.doc_kind_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: doc_template; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.doc_template (
    id integer NOT NULL,
    kind text NOT NULL,
    body text NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    CONSTRAINT doc_template_kind_length CHECK ((char_length(kind) <= 32)),
    CONSTRAINT doc_template_length CHECK (((btrim(body) <> ''::text) AND (char_length(body) <= 20000)))
);

ALTER TABLE ONLY casedesk.doc_template FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.doc_template OWNER TO casedesk_owner;

--
-- Name: doc_template_id_seq; Type: SEQUENCE; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.doc_template ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME casedesk.doc_template_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: doc_unit; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.doc_unit (
    id integer NOT NULL,
    unit_id integer NOT NULL,
    prefix text,
    cups_queue text,
    version integer DEFAULT 1 NOT NULL,
    CONSTRAINT doc_unit_prefix_format CHECK (((char_length(prefix) >= 1) AND (char_length(prefix) <= 12))),
    CONSTRAINT doc_unit_queue_format CHECK (((cups_queue ~ '^[A-Za-z0-9_.-]+$'::text) AND (char_length(cups_queue) <= 127)))
);

ALTER TABLE ONLY casedesk.doc_unit FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.doc_unit OWNER TO casedesk_owner;

--
-- Name: doc_unit_id_seq; Type: SEQUENCE; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.doc_unit ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME casedesk.doc_unit_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: document_id_seq; Type: SEQUENCE; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.document ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME casedesk.document_id_seq
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
    demand_on date,
    demand_no text,
    court_application_on date,
    court_application_no text,
    deposit_on date,
    deposit_no text,
    flat_building text,
    flat_unit text,
    flat_room text,
    flat_area_m2 numeric(8,2),
    flat_allocated_on date,
    moved_in_on date,
    transition_monthly numeric(10,2),
    forced_at time without time zone,
    CONSTRAINT exp_allocated_after_signing CHECK ((flat_allocated_on >= signed_on)),
    CONSTRAINT exp_application_no_length CHECK ((length(court_application_no) <= 100)),
    CONSTRAINT exp_application_pair CHECK (((court_application_on IS NULL) = (court_application_no IS NULL))),
    CONSTRAINT exp_compensation_decision_pair CHECK (((compensation_decision_on IS NULL) = (compensation_decision_no IS NULL))),
    CONSTRAINT exp_compensation_range CHECK (((assessed_compensation >= (0)::numeric) AND (assessed_compensation < '10000000000'::numeric))),
    CONSTRAINT exp_compulsory_order CHECK ((((demand_on IS NULL) OR (demand_on >= compensation_decision_on)) AND ((court_application_on IS NULL) OR (court_application_on >= demand_on)) AND ((court_enforcement_on IS NULL) OR (court_application_on IS NULL) OR (court_enforcement_on >= court_application_on)))),
    CONSTRAINT exp_court_pair CHECK (((court_enforcement_on IS NULL) = (court_enforcement_no IS NULL))),
    CONSTRAINT exp_dates_order CHECK (((assessed_on >= surveyed_on) AND (signed_on >= assessed_on) AND (paid_on >= signed_on) AND (vacated_on >= paid_on) AND (demolished_on >= COALESCE(vacated_on, court_enforcement_on)))),
    CONSTRAINT exp_decision_pair CHECK (((expropriation_decision_on IS NULL) = (expropriation_decision_no IS NULL))),
    CONSTRAINT exp_demand_no_length CHECK ((length(demand_no) <= 100)),
    CONSTRAINT exp_demand_pair CHECK (((demand_on IS NULL) = (demand_no IS NULL))),
    CONSTRAINT exp_deposit_no_length CHECK ((length(deposit_no) <= 100)),
    CONSTRAINT exp_deposit_pair CHECK (((deposit_on IS NULL) = (deposit_no IS NULL))),
    CONSTRAINT exp_flat_allocation_for_flat CHECK (((flat_allocated_on IS NULL) OR (resettlement = 'flat'::text))),
    CONSTRAINT exp_flat_allocation_whole CHECK ((((flat_allocated_on IS NULL) = (flat_building IS NULL)) AND ((flat_allocated_on IS NULL) = (flat_room IS NULL)) AND ((flat_allocated_on IS NULL) = (flat_area_m2 IS NULL)))),
    CONSTRAINT exp_flat_area_range CHECK (((flat_area_m2 > (0)::numeric) AND (flat_area_m2 < (1000)::numeric))),
    CONSTRAINT exp_flat_building_length CHECK ((length(flat_building) <= 20)),
    CONSTRAINT exp_flat_has_community CHECK (((resettlement IS DISTINCT FROM 'flat'::text) OR (community_id IS NOT NULL))),
    CONSTRAINT exp_flat_room_length CHECK ((length(flat_room) <= 10)),
    CONSTRAINT exp_flat_unit_length CHECK ((length(flat_unit) <= 10)),
    CONSTRAINT exp_forced_daytime CHECK (((forced_at >= '06:00:00'::time without time zone) AND (forced_at < '22:00:00'::time without time zone))),
    CONSTRAINT exp_forced_needs_court CHECK (((NOT forced) OR (court_enforcement_on IS NOT NULL))),
    CONSTRAINT exp_house_area_range CHECK (((house_area > (0)::numeric) AND (house_area < (1000000)::numeric))),
    CONSTRAINT exp_land_area_range CHECK (((land_area_mu > (0)::numeric) AND (land_area_mu < (1500)::numeric))),
    CONSTRAINT exp_moved_in_allocated CHECK (((moved_in_on IS NULL) OR (moved_in_on >= flat_allocated_on))),
    CONSTRAINT exp_paid_within_compensation CHECK (((paid_total >= (0)::numeric) AND (paid_total <= COALESCE(assessed_compensation, (0)::numeric)))),
    CONSTRAINT exp_party_id_valid CHECK (((party_id_no IS NULL) OR ((party_kind = 'household'::text) AND casedesk.valid_citizen_id(party_id_no)) OR ((party_kind = 'enterprise'::text) AND casedesk.valid_credit_code(party_id_no)))),
    CONSTRAINT exp_party_kind_valid CHECK ((party_kind = ANY (ARRAY['household'::text, 'enterprise'::text]))),
    CONSTRAINT exp_resettlement_valid CHECK ((resettlement = ANY (ARRAY['money'::text, 'flat'::text]))),
    CONSTRAINT exp_statutory_order CHECK ((((compensation_decision_on IS NULL) OR (compensation_decision_on >= expropriation_decision_on)) AND ((court_enforcement_on IS NULL) OR (court_enforcement_on >= compensation_decision_on)))),
    CONSTRAINT exp_transition_range CHECK (((transition_monthly >= (0)::numeric) AND (transition_monthly < (100000)::numeric))),
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
    case_id bigint,
    CONSTRAINT inbox_detail_size CHECK ((char_length(detail) <= 10000)),
    CONSTRAINT inbox_kind_size CHECK ((char_length(kind) <= 200)),
    CONSTRAINT inbox_kind_valid CHECK ((kind = ANY (ARRAY['new_task'::text, 'reassigned'::text, 'returned'::text, 'closed'::text, 'reported'::text, 'extension_requested'::text, 'extension_decided'::text, 'deadline_changed'::text, 'card_issued'::text, 'due_tomorrow'::text, 'report_due'::text, 'legal_step_overdue'::text]))),
    CONSTRAINT inbox_legal_has_case CHECK (((kind = 'legal_step_overdue'::text) = (case_id IS NOT NULL))),
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
-- Name: legal_clock; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.legal_clock (
    id integer NOT NULL,
    code text NOT NULL,
    kind text NOT NULL,
    step text NOT NULL,
    step_event text NOT NULL,
    after_event text NOT NULL,
    min_amount integer,
    max_amount integer,
    unit text NOT NULL,
    source text NOT NULL,
    label_zh text NOT NULL,
    label_en text NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    from_service_of text,
    CONSTRAINT legal_clock_code_format CHECK (((code ~ '^[a-z][a-z0-9_]{0,62}$'::text) AND (length(code) <= 63))),
    CONSTRAINT legal_clock_event_format CHECK (((after_event ~ '^[a-z][a-z_]{0,62}$'::text) AND (length(after_event) <= 63))),
    CONSTRAINT legal_clock_kind_length CHECK ((length(kind) <= 63)),
    CONSTRAINT legal_clock_label_en_length CHECK ((length(label_en) <= 200)),
    CONSTRAINT legal_clock_label_zh_length CHECK ((length(label_zh) <= 200)),
    CONSTRAINT legal_clock_max_range CHECK (((max_amount >= 1) AND (max_amount <= 3650))),
    CONSTRAINT legal_clock_min_range CHECK (((min_amount >= 0) AND (min_amount <= 3650))),
    CONSTRAINT legal_clock_service_length CHECK ((length(from_service_of) <= 32)),
    CONSTRAINT legal_clock_some_bound CHECK (((min_amount IS NOT NULL) OR (max_amount IS NOT NULL))),
    CONSTRAINT legal_clock_source_given CHECK (((btrim(source) <> ''::text) AND (length(source) <= 200))),
    CONSTRAINT legal_clock_step_event_format CHECK (((step_event ~ '^[a-z][a-z_]{0,62}$'::text) AND (length(step_event) <= 63))),
    CONSTRAINT legal_clock_step_length CHECK ((length(step) <= 63)),
    CONSTRAINT legal_clock_unit_valid CHECK (((unit = ANY (ARRAY['days'::text, 'working_days'::text, 'months'::text])) AND (length(unit) <= 12)))
);

ALTER TABLE ONLY casedesk.legal_clock FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.legal_clock OWNER TO casedesk_owner;

--
-- Name: legal_clock_id_seq; Type: SEQUENCE; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.legal_clock ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME casedesk.legal_clock_id_seq
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
 SELECT m.id,
    m.kind,
    m.task_id,
    m.detail,
    m.ref_date,
    m.created_at,
    m.to_unit,
    m.read_at
   FROM casedesk.my_inbox_page(false, NULL::bigint, NULL::integer) m(id, kind, task_id, detail, ref_date, created_at, to_unit, read_at, case_id);

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
-- Name: number_reveal; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.number_reveal (
    id bigint NOT NULL,
    at timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
    login text DEFAULT SESSION_USER NOT NULL,
    case_id bigint NOT NULL,
    unit_id integer NOT NULL,
    field text NOT NULL,
    row_id bigint,
    txid bigint DEFAULT txid_current() NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    CONSTRAINT number_reveal_field CHECK ((field = ANY (ARRAY['party_phone'::text, 'party_id_no'::text, 'petition_phone'::text]))),
    CONSTRAINT number_reveal_field_length CHECK ((length(field) <= 20)),
    CONSTRAINT number_reveal_login_length CHECK ((length(login) <= 63))
);

ALTER TABLE ONLY casedesk.number_reveal FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.number_reveal OWNER TO casedesk_owner;

--
-- Name: number_reveal_id_seq; Type: SEQUENCE; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.number_reveal ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME casedesk.number_reveal_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

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
    reverses_id bigint,
    reason text,
    CONSTRAINT payment_account_size CHECK ((char_length(account) <= 200)),
    CONSTRAINT payment_account_visible CHECK (casedesk.visible_text(account)),
    CONSTRAINT payment_amount_range CHECK (((amount <> (0)::numeric) AND (abs(amount) < '10000000000'::numeric))),
    CONSTRAINT payment_entry_kind CHECK ((((reverses_id IS NULL) AND (amount > (0)::numeric) AND (reason IS NULL)) OR ((reverses_id IS NOT NULL) AND (amount < (0)::numeric) AND (btrim(reason) <> ''::text)))),
    CONSTRAINT payment_payee_nonempty CHECK ((btrim(payee) <> ''::text)),
    CONSTRAINT payment_payee_size CHECK ((char_length(payee) <= 200)),
    CONSTRAINT payment_payee_visible CHECK (casedesk.visible_text(payee)),
    CONSTRAINT payment_reason_length CHECK ((char_length(reason) <= 500)),
    CONSTRAINT payment_reverses_other CHECK ((reverses_id <> id)),
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
-- Name: personal_column; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.personal_column (
    id integer NOT NULL,
    table_name text NOT NULL,
    column_name text NOT NULL,
    kind text NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    CONSTRAINT personal_column_column_length CHECK ((length(column_name) <= 63)),
    CONSTRAINT personal_column_kind CHECK ((kind = ANY (ARRAY['id'::text, 'phone'::text, 'name'::text, 'address'::text, 'actor'::text]))),
    CONSTRAINT personal_column_kind_length CHECK ((length(kind) <= 10)),
    CONSTRAINT personal_column_table_length CHECK ((length(table_name) <= 63))
);

ALTER TABLE casedesk.personal_column OWNER TO casedesk_owner;

--
-- Name: personal_column_id_seq; Type: SEQUENCE; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.personal_column ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME casedesk.personal_column_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

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
-- Name: petition_case; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.petition_case (
    id bigint NOT NULL,
    unit_id integer NOT NULL,
    channel text NOT NULL,
    petitioner_id_no text,
    subject text NOT NULL,
    content text,
    project_id integer,
    about_case_id bigint,
    legacy_petition_id bigint,
    received_on date NOT NULL,
    accept_decided_on date,
    accepted boolean,
    not_accepted_reason text,
    extended_on date,
    extended_days integer,
    extension_reason text,
    answer_clock_on date GENERATED ALWAYS AS (
CASE
    WHEN accepted THEN (accept_decided_on + COALESCE(extended_days, 0))
    ELSE NULL::date
END) STORED,
    answered_on date,
    answer text,
    review_requested_on date,
    reviewed_on date,
    review_opinion text,
    recheck_requested_on date,
    rechecked_on date,
    recheck_opinion text,
    concluded_on date,
    version integer DEFAULT 1 NOT NULL,
    CONSTRAINT pc_answer_length CHECK ((length(answer) <= 2000)),
    CONSTRAINT pc_channel_valid CHECK (((channel = ANY (ARRAY['visit'::text, 'letter'::text, 'phone'::text, 'online'::text, 'transferred'::text])) AND (length(channel) <= 12))),
    CONSTRAINT pc_content_length CHECK ((length(content) <= 4000)),
    CONSTRAINT pc_dates_order CHECK (((accept_decided_on >= received_on) AND (extended_on >= accept_decided_on) AND (answered_on >= accept_decided_on) AND (review_requested_on >= answered_on) AND (reviewed_on >= review_requested_on) AND (recheck_requested_on >= reviewed_on) AND (rechecked_on >= recheck_requested_on) AND (concluded_on >= received_on))),
    CONSTRAINT pc_decision_pair CHECK (((accept_decided_on IS NULL) = (accepted IS NULL))),
    CONSTRAINT pc_extension_pair CHECK ((((extended_on IS NULL) = (extended_days IS NULL)) AND ((extended_on IS NULL) = (extension_reason IS NULL)))),
    CONSTRAINT pc_extension_range CHECK (((extended_days >= 1) AND (extended_days <= 30))),
    CONSTRAINT pc_extension_reason_length CHECK ((length(extension_reason) <= 200)),
    CONSTRAINT pc_id_no_valid CHECK (((petitioner_id_no IS NULL) OR ((length(petitioner_id_no) <= 18) AND casedesk.valid_citizen_id(petitioner_id_no)))),
    CONSTRAINT pc_not_accepted_length CHECK ((length(not_accepted_reason) <= 200)),
    CONSTRAINT pc_recheck_length CHECK ((length(recheck_opinion) <= 2000)),
    CONSTRAINT pc_review_length CHECK ((length(review_opinion) <= 2000)),
    CONSTRAINT pc_subject_valid CHECK (((btrim(subject) <> ''::text) AND (length(subject) <= 200)))
);

ALTER TABLE ONLY casedesk.petition_case FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.petition_case OWNER TO casedesk_owner;

--
-- Name: petition_clock; Type: VIEW; Schema: casedesk; Owner: casedesk_owner
--

CREATE VIEW casedesk.petition_clock WITH (security_invoker='true') AS
 SELECT p.id,
    p.unit_id,
    p.project_id,
    p.case_id,
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
    retired_on date,
    retired_reason text,
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
    CONSTRAINT project_need_range CHECK (((funding_need >= (0)::numeric) AND (funding_need < '1000000000000'::numeric))),
    CONSTRAINT project_retired_reason_dated CHECK (((retired_reason IS NULL) OR (retired_on IS NOT NULL))),
    CONSTRAINT project_retired_reason_length CHECK ((length(retired_reason) <= 200))
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
-- Name: saved_filter; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.saved_filter (
    id integer NOT NULL,
    login text DEFAULT CURRENT_USER NOT NULL,
    screen text NOT NULL,
    name text NOT NULL,
    kind text,
    status text,
    unit_id integer,
    village_id integer,
    project_id integer,
    overdue boolean DEFAULT false NOT NULL,
    text text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    CONSTRAINT saved_filter_kind_length CHECK ((length(kind) <= 16)),
    CONSTRAINT saved_filter_login_length CHECK ((length(login) <= 63)),
    CONSTRAINT saved_filter_name_given CHECK (((btrim(name) <> ''::text) AND (length(name) <= 60) AND casedesk.visible_text(name))),
    CONSTRAINT saved_filter_screen_valid CHECK (((screen = ANY (ARRAY['cases'::text, 'tasks'::text])) AND (length(screen) <= 16))),
    CONSTRAINT saved_filter_status_length CHECK ((length(status) <= 24)),
    CONSTRAINT saved_filter_text_length CHECK ((length(text) <= 63))
);

ALTER TABLE ONLY casedesk.saved_filter FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.saved_filter OWNER TO casedesk_owner;

--
-- Name: saved_filter_id_seq; Type: SEQUENCE; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.saved_filter ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME casedesk.saved_filter_id_seq
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
-- Name: task_card_month_total; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.task_card_month_total (
    unit_id integer NOT NULL,
    kind text NOT NULL,
    month date NOT NULL,
    n integer NOT NULL,
    CONSTRAINT task_card_month_total_first CHECK ((EXTRACT(day FROM month) = (1)::numeric)),
    CONSTRAINT task_card_month_total_kind_length CHECK ((length(kind) <= 10))
);

ALTER TABLE ONLY casedesk.task_card_month_total FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.task_card_month_total OWNER TO casedesk_owner;

--
-- Name: task_card_total; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.task_card_total (
    unit_id integer NOT NULL,
    kind text NOT NULL,
    issued_on date NOT NULL,
    n integer NOT NULL
);

ALTER TABLE ONLY casedesk.task_card_total FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.task_card_total OWNER TO casedesk_owner;

--
-- Name: task_due_total; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.task_due_total (
    lead_unit_id integer NOT NULL,
    month date NOT NULL,
    due integer NOT NULL,
    on_time integer NOT NULL,
    late integer NOT NULL,
    open integer NOT NULL,
    CONSTRAINT task_due_total_first CHECK ((EXTRACT(day FROM month) = (1)::numeric))
);

ALTER TABLE ONLY casedesk.task_due_total FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.task_due_total OWNER TO casedesk_owner;

--
-- Name: task_due_zone; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.task_due_zone (
    only_row boolean DEFAULT true NOT NULL,
    zone text NOT NULL,
    CONSTRAINT task_due_zone_length CHECK ((length(zone) <= 100)),
    CONSTRAINT task_due_zone_one CHECK (only_row)
);

ALTER TABLE ONLY casedesk.task_due_zone FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.task_due_zone OWNER TO casedesk_owner;

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
-- Name: task_open_total; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.task_open_total (
    lead_unit_id integer NOT NULL,
    status text NOT NULL,
    deadline date NOT NULL,
    n integer NOT NULL
);

ALTER TABLE ONLY casedesk.task_open_total FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.task_open_total OWNER TO casedesk_owner;

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
-- Name: task_seen; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.task_seen (
    unit_id integer NOT NULL,
    task_id bigint NOT NULL,
    lead_unit integer NOT NULL,
    status text NOT NULL,
    deadline date NOT NULL,
    signed_at timestamp with time zone,
    report_interval integer NOT NULL,
    report_base date
);

ALTER TABLE ONLY casedesk.task_seen FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.task_seen OWNER TO casedesk_owner;

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
    patrol_interval_days integer,
    CONSTRAINT unit_code_format CHECK ((code ~ '^[a-z][a-z0-9_-]{0,15}$'::text)),
    CONSTRAINT unit_code_size CHECK ((char_length(code) <= 200)),
    CONSTRAINT unit_kind_size CHECK ((char_length(kind) <= 200)),
    CONSTRAINT unit_kind_valid CHECK ((kind = ANY (ARRAY['district'::text, 'town'::text, 'subdistrict'::text, 'department'::text]))),
    CONSTRAINT unit_name_nonempty CHECK ((btrim(name) <> ''::text)),
    CONSTRAINT unit_name_size CHECK ((char_length(name) <= 200)),
    CONSTRAINT unit_name_visible CHECK (casedesk.visible_text(name)),
    CONSTRAINT unit_patrol_interval_range CHECK (((patrol_interval_days >= 1) AND (patrol_interval_days <= 365)))
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
-- Name: unit_month_total; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.unit_month_total (
    month date NOT NULL,
    unit_id integer NOT NULL,
    kind text NOT NULL,
    n bigint DEFAULT 0 NOT NULL,
    area numeric DEFAULT 0 NOT NULL,
    mu numeric DEFAULT 0 NOT NULL,
    CONSTRAINT unit_month_total_first CHECK ((EXTRACT(day FROM month) = (1)::numeric)),
    CONSTRAINT unit_month_total_kind_length CHECK ((length(kind) <= 200))
);

ALTER TABLE ONLY casedesk.unit_month_total FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.unit_month_total OWNER TO casedesk_owner;

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
    retired_on date,
    retired_reason text,
    CONSTRAINT village_kind_size CHECK ((char_length(kind) <= 200)),
    CONSTRAINT village_kind_valid CHECK ((kind = ANY (ARRAY['village'::text, 'community'::text]))),
    CONSTRAINT village_name_nonempty CHECK ((btrim(name) <> ''::text)),
    CONSTRAINT village_name_size CHECK ((char_length(name) <= 200)),
    CONSTRAINT village_name_visible CHECK (casedesk.visible_text(name)),
    CONSTRAINT village_retired_reason_dated CHECK (((retired_reason IS NULL) OR (retired_on IS NOT NULL))),
    CONSTRAINT village_retired_reason_length CHECK ((length(retired_reason) <= 200))
);

ALTER TABLE ONLY casedesk.village FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.village OWNER TO casedesk_owner;

--
-- Name: village_application; Type: TABLE; Schema: casedesk; Owner: casedesk_owner
--

CREATE TABLE casedesk.village_application (
    id integer NOT NULL,
    village_id integer NOT NULL,
    unit_id integer NOT NULL,
    applied_on date NOT NULL,
    applied_by integer,
    note text,
    inspected_on date,
    inspected_by integer,
    passed boolean,
    inspection_note text,
    certified boolean DEFAULT false NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    CONSTRAINT village_application_certified_passed CHECK (((NOT certified) OR passed)),
    CONSTRAINT village_application_inspected_after CHECK ((inspected_on >= applied_on)),
    CONSTRAINT village_application_inspected_whole CHECK (((inspected_on IS NULL) = (passed IS NULL))),
    CONSTRAINT village_application_inspection_note_length CHECK ((length(inspection_note) <= 2000)),
    CONSTRAINT village_application_note_length CHECK ((length(note) <= 2000))
);

ALTER TABLE ONLY casedesk.village_application FORCE ROW LEVEL SECURITY;

ALTER TABLE casedesk.village_application OWNER TO casedesk_owner;

--
-- Name: village_application_id_seq; Type: SEQUENCE; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.village_application ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME casedesk.village_application_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

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
    application_id integer,
    revoked_reason text,
    CONSTRAINT certification_lost_after CHECK ((lost_on >= certified_on)),
    CONSTRAINT certification_revoked_reason_length CHECK ((length(revoked_reason) <= 200))
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
          WHERE (pv.village_id = v.id)) lp ON (true))
  WHERE ((v.retired_on IS NULL) OR (v.retired_on > ( SELECT casedesk.today() AS today)));

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
    resolved_area_m2 numeric(12,2),
    outcome_reason text,
    enforcement_decision_on date,
    enforcement_decision_no text,
    enforcement_notice_on date,
    enforcement_notice_no text,
    forced boolean DEFAULT false NOT NULL,
    forced_at time without time zone,
    CONSTRAINT vio_area_range CHECK (((area_m2 > (0)::numeric) AND (area_m2 < (1000000)::numeric))),
    CONSTRAINT vio_built_before_found CHECK ((built_on <= found_on)),
    CONSTRAINT vio_dates_order CHECK (((verified_on >= found_on) AND (stop_notice_on >= verified_on) AND (rectify_ordered_on >= stop_notice_on) AND (rectify_deadline >= rectify_ordered_on) AND (resolved_on >= rectify_ordered_on) AND (reinspected_on >= resolved_on))),
    CONSTRAINT vio_enforcement_no_length CHECK ((length(enforcement_decision_no) <= 100)),
    CONSTRAINT vio_enforcement_notice_no_length CHECK ((length(enforcement_notice_no) <= 100)),
    CONSTRAINT vio_enforcement_notice_pair CHECK (((enforcement_notice_on IS NULL) = (enforcement_notice_no IS NULL))),
    CONSTRAINT vio_enforcement_order CHECK (((enforcement_decision_on >= rectify_ordered_on) AND (enforcement_notice_on >= enforcement_decision_on) AND (resolved_on >= enforcement_notice_on))),
    CONSTRAINT vio_enforcement_pair CHECK (((enforcement_decision_on IS NULL) = (enforcement_decision_no IS NULL))),
    CONSTRAINT vio_floors_range CHECK (((floors >= 0) AND (floors <= 99))),
    CONSTRAINT vio_forced_daytime CHECK (((forced_at >= '06:00:00'::time without time zone) AND (forced_at < '22:00:00'::time without time zone))),
    CONSTRAINT vio_forced_needs_decision CHECK (((NOT forced) OR ((enforcement_decision_on IS NOT NULL) AND (enforcement_notice_on IS NOT NULL) AND (resolution = 'demolished'::text)))),
    CONSTRAINT vio_found_by_valid CHECK ((found_by = ANY (ARRAY['patrol'::text, 'report'::text, 'satellite'::text, 'petition'::text]))),
    CONSTRAINT vio_lat_range CHECK (((lat >= ('-90'::integer)::numeric) AND (lat <= (90)::numeric))),
    CONSTRAINT vio_latlon_pair CHECK (((lat IS NULL) = (lon IS NULL))),
    CONSTRAINT vio_lon_range CHECK (((lon >= ('-180'::integer)::numeric) AND (lon <= (180)::numeric))),
    CONSTRAINT vio_notice_pair CHECK (((stop_notice_on IS NULL) = (stop_notice_no IS NULL))),
    CONSTRAINT vio_outcome_reason_length CHECK ((length(outcome_reason) <= 200)),
    CONSTRAINT vio_outcome_reasoned CHECK (((resolution = ANY (ARRAY['not_violation'::text, 'void'::text])) = (outcome_reason IS NOT NULL))),
    CONSTRAINT vio_resolution_pair CHECK (((resolution IS NULL) = (resolved_on IS NULL))),
    CONSTRAINT vio_resolution_valid CHECK ((resolution = ANY (ARRAY['demolished'::text, 'rectified'::text, 'stock_disposal'::text, 'not_violation'::text, 'void'::text]))),
    CONSTRAINT vio_resolved_area_only_removed CHECK (((resolved_area_m2 IS NULL) OR (resolution = ANY (ARRAY['demolished'::text, 'rectified'::text])))),
    CONSTRAINT vio_resolved_area_range CHECK (((resolved_area_m2 > (0)::numeric) AND (resolved_area_m2 < (1000000)::numeric))),
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
-- Name: attachment_blob attachment_blob_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.attachment_blob
    ADD CONSTRAINT attachment_blob_pkey PRIMARY KEY (id);

--
-- Name: attachment_blob attachment_blob_unique; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.attachment_blob
    ADD CONSTRAINT attachment_blob_unique UNIQUE (attachment_id);

--
-- Name: attachment attachment_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.attachment
    ADD CONSTRAINT attachment_pkey PRIMARY KEY (id);

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
-- Name: audit_pending audit_pending_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.audit_pending
    ADD CONSTRAINT audit_pending_pkey PRIMARY KEY (seq);

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
-- Name: doc_counter doc_counter_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.doc_counter
    ADD CONSTRAINT doc_counter_pkey PRIMARY KEY (id);

--
-- Name: doc_counter doc_counter_unique; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.doc_counter
    ADD CONSTRAINT doc_counter_unique UNIQUE (unit_id, kind, year);

--
-- Name: doc_kind doc_kind_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.doc_kind
    ADD CONSTRAINT doc_kind_pkey PRIMARY KEY (id);

--
-- Name: doc_kind doc_kind_unique; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.doc_kind
    ADD CONSTRAINT doc_kind_unique UNIQUE (kind);

--
-- Name: doc_template doc_template_kind_unique; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.doc_template
    ADD CONSTRAINT doc_template_kind_unique UNIQUE (kind);

--
-- Name: doc_template doc_template_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.doc_template
    ADD CONSTRAINT doc_template_pkey PRIMARY KEY (id);

--
-- Name: doc_unit doc_unit_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.doc_unit
    ADD CONSTRAINT doc_unit_pkey PRIMARY KEY (id);

--
-- Name: doc_unit doc_unit_unique; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.doc_unit
    ADD CONSTRAINT doc_unit_unique UNIQUE (unit_id);

--
-- Name: document document_no_unique; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.document
    ADD CONSTRAINT document_no_unique UNIQUE (doc_no);

--
-- Name: document document_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.document
    ADD CONSTRAINT document_pkey PRIMARY KEY (id);

--
-- Name: document document_seq_unique; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.document
    ADD CONSTRAINT document_seq_unique UNIQUE (unit_id, kind, year, seq);

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
-- Name: legal_clock legal_clock_code_unique; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.legal_clock
    ADD CONSTRAINT legal_clock_code_unique UNIQUE (code);

--
-- Name: legal_clock legal_clock_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.legal_clock
    ADD CONSTRAINT legal_clock_pkey PRIMARY KEY (id);

--
-- Name: notify_secret notify_secret_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.notify_secret
    ADD CONSTRAINT notify_secret_pkey PRIMARY KEY (id);

--
-- Name: number_reveal number_reveal_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.number_reveal
    ADD CONSTRAINT number_reveal_pkey PRIMARY KEY (id);

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
-- Name: payment payment_id_case; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.payment
    ADD CONSTRAINT payment_id_case UNIQUE (id, case_id);

--
-- Name: payment payment_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.payment
    ADD CONSTRAINT payment_pkey PRIMARY KEY (id);

--
-- Name: petition_case pc_legacy_unique; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.petition_case
    ADD CONSTRAINT pc_legacy_unique UNIQUE (legacy_petition_id);

--
-- Name: personal_column personal_column_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.personal_column
    ADD CONSTRAINT personal_column_pkey PRIMARY KEY (id);

--
-- Name: personal_column personal_column_unique; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.personal_column
    ADD CONSTRAINT personal_column_unique UNIQUE (table_name, column_name);

--
-- Name: petition_case petition_case_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.petition_case
    ADD CONSTRAINT petition_case_pkey PRIMARY KEY (id);

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
-- Name: saved_filter saved_filter_name_unique; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.saved_filter
    ADD CONSTRAINT saved_filter_name_unique UNIQUE (login, screen, name);

--
-- Name: saved_filter saved_filter_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.saved_filter
    ADD CONSTRAINT saved_filter_pkey PRIMARY KEY (id);

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
-- Name: task_card_month_total task_card_month_total_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.task_card_month_total
    ADD CONSTRAINT task_card_month_total_pkey PRIMARY KEY (unit_id, kind, month);

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
-- Name: task_card_total task_card_total_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.task_card_total
    ADD CONSTRAINT task_card_total_pkey PRIMARY KEY (unit_id, kind, issued_on);

--
-- Name: task_due_total task_due_total_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.task_due_total
    ADD CONSTRAINT task_due_total_pkey PRIMARY KEY (lead_unit_id, month);

--
-- Name: task_due_zone task_due_zone_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.task_due_zone
    ADD CONSTRAINT task_due_zone_pkey PRIMARY KEY (only_row);

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
-- Name: task_open_total task_open_total_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.task_open_total
    ADD CONSTRAINT task_open_total_pkey PRIMARY KEY (lead_unit_id, status, deadline);

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
-- Name: task_seen task_seen_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.task_seen
    ADD CONSTRAINT task_seen_pkey PRIMARY KEY (unit_id, task_id);

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
-- Name: unit_month_total unit_month_total_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.unit_month_total
    ADD CONSTRAINT unit_month_total_pkey PRIMARY KEY (month, unit_id, kind);

--
-- Name: unit unit_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.unit
    ADD CONSTRAINT unit_pkey PRIMARY KEY (id);

--
-- Name: village_application village_application_pkey; Type: CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.village_application
    ADD CONSTRAINT village_application_pkey PRIMARY KEY (id);

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
-- Name: attachment_attached_by_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX attachment_attached_by_idx ON casedesk.attachment USING btree (attached_by);

--
-- Name: attachment_record_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX attachment_record_idx ON casedesk.attachment USING btree (record_kind, record_id, id);

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
-- Name: case_file_address_pairs_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX case_file_address_pairs_idx ON casedesk.case_file USING gin (casedesk.text_pairs(address));

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
-- Name: case_file_deadline_id_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX case_file_deadline_id_idx ON casedesk.case_file USING btree (deadline, id);

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
-- Name: case_file_unit_party_prefix_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX case_file_unit_party_prefix_idx ON casedesk.case_file USING btree (unit_id, party_name text_pattern_ops);

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
-- Name: discipline_audit_table_name_row_id_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX discipline_audit_table_name_row_id_idx ON casedesk.discipline_audit USING btree (table_name, row_id);

--
-- Name: discipline_audit_token_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX discipline_audit_token_idx ON casedesk.discipline_audit USING btree (((new_row ->> 'token'::text))) WHERE (op = 'READ'::text);

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
-- Name: doc_counter_unit_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX doc_counter_unit_idx ON casedesk.doc_counter USING btree (unit_id);

--
-- Name: document_about_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX document_about_idx ON casedesk.document USING btree (about_id) WHERE (about_id IS NOT NULL);

--
-- Name: document_case_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX document_case_idx ON casedesk.document USING btree (case_id, id);

--
-- Name: document_case_step_unique; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE UNIQUE INDEX document_case_step_unique ON casedesk.document USING btree (case_id, step) WHERE (step IS NOT NULL);

--
-- Name: document_issued_by_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX document_issued_by_idx ON casedesk.document USING btree (issued_by) WHERE (issued_by IS NOT NULL);

--
-- Name: document_petition_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX document_petition_idx ON casedesk.document USING btree (petition_id) WHERE (petition_id IS NOT NULL);

--
-- Name: document_served_by_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX document_served_by_idx ON casedesk.document USING btree (served_by) WHERE (served_by IS NOT NULL);

--
-- Name: document_unit_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX document_unit_idx ON casedesk.document USING btree (unit_id, id);

--
-- Name: expropriation_flat_household_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX expropriation_flat_household_idx ON casedesk.expropriation USING btree (id) WHERE ((party_kind = 'household'::text) AND (resettlement = 'flat'::text));

--
-- Name: expropriation_flat_unique; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE UNIQUE INDEX expropriation_flat_unique ON casedesk.expropriation USING btree (community_id, flat_building, COALESCE(flat_unit, ''::text), flat_room) WHERE (flat_room IS NOT NULL);

--
-- Name: expropriation_moved_in_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX expropriation_moved_in_idx ON casedesk.expropriation USING btree (moved_in_on) WHERE (moved_in_on IS NOT NULL);

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
-- Name: inbox_legal_once; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE UNIQUE INDEX inbox_legal_once ON casedesk.inbox USING btree (case_id, detail, ref_date) WHERE (kind = 'legal_step_overdue'::text);

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
-- Name: number_reveal_case_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX number_reveal_case_idx ON casedesk.number_reveal USING btree (case_id, id);

--
-- Name: number_reveal_unit_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX number_reveal_unit_idx ON casedesk.number_reveal USING btree (unit_id, id);

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
-- Name: payment_reverses_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX payment_reverses_idx ON casedesk.payment USING btree (reverses_id) WHERE (reverses_id IS NOT NULL);

--
-- Name: payment_unit_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX payment_unit_idx ON casedesk.payment USING btree (unit_id, id);

--
-- Name: petition_case_about_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX petition_case_about_idx ON casedesk.petition_case USING btree (about_case_id) WHERE (about_case_id IS NOT NULL);

--
-- Name: petition_case_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX petition_case_idx ON casedesk.petition USING btree (case_id);

--
-- Name: petition_case_project_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX petition_case_project_idx ON casedesk.petition_case USING btree (project_id) WHERE (project_id IS NOT NULL);

--
-- Name: petition_case_received_cover_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX petition_case_received_cover_idx ON casedesk.petition_case USING btree (received_on) INCLUDE (unit_id, accepted, accept_decided_on, answered_on, answer_clock_on);

--
-- Name: petition_case_unit_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX petition_case_unit_idx ON casedesk.petition_case USING btree (unit_id, id);

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
-- Name: saved_filter_unit_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX saved_filter_unit_idx ON casedesk.saved_filter USING btree (unit_id);

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
-- Name: task_card_total_day_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX task_card_total_day_idx ON casedesk.task_card_total USING btree (issued_on);

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
-- Name: task_open_unit_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX task_open_unit_idx ON casedesk.task USING btree (lead_unit_id, deadline, status) INCLUDE (id, signed_at, report_interval) WHERE (status <> 'closed'::text);

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
-- Name: task_seen_task_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX task_seen_task_idx ON casedesk.task_seen USING btree (task_id);

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
-- Name: unit_month_total_unit_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX unit_month_total_unit_idx ON casedesk.unit_month_total USING btree (unit_id, month);

--
-- Name: village_application_open_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE UNIQUE INDEX village_application_open_idx ON casedesk.village_application USING btree (village_id) WHERE (inspected_on IS NULL);

--
-- Name: village_application_unit_idx; Type: INDEX; Schema: casedesk; Owner: casedesk_owner
--

CREATE INDEX village_application_unit_idx ON casedesk.village_application USING btree (unit_id, id);

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
-- Name: petition a_petition_retired; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER a_petition_retired BEFORE INSERT OR UPDATE ON casedesk.petition FOR EACH ROW EXECUTE FUNCTION casedesk.petition_retired();

--
-- Name: attachment_blob attachment_blob_immutable; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER attachment_blob_immutable BEFORE DELETE OR UPDATE ON casedesk.attachment_blob FOR EACH ROW EXECUTE FUNCTION casedesk.attachment_immutable();

--
-- Name: attachment attachment_immutable; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER attachment_immutable BEFORE DELETE OR UPDATE ON casedesk.attachment FOR EACH ROW EXECUTE FUNCTION casedesk.attachment_immutable();

--
-- Name: attachment attachment_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER attachment_version BEFORE UPDATE ON casedesk.attachment FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: attachment audit; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit AFTER INSERT ON casedesk.attachment FOR EACH ROW WHEN ((new.record_kind <> 'discipline'::text)) EXECUTE FUNCTION casedesk.audit_trigger();

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
-- Name: doc_kind audit; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit AFTER INSERT OR DELETE OR UPDATE ON casedesk.doc_kind FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();

--
-- Name: doc_template audit; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit AFTER INSERT OR DELETE OR UPDATE ON casedesk.doc_template FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();

--
-- Name: doc_unit audit; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit AFTER INSERT OR DELETE OR UPDATE ON casedesk.doc_unit FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();

--
-- Name: document audit; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit AFTER INSERT OR DELETE OR UPDATE ON casedesk.document FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();

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
-- Name: legal_clock audit; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit AFTER INSERT OR DELETE OR UPDATE ON casedesk.legal_clock FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();

--
-- Name: number_reveal audit; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit AFTER INSERT OR DELETE OR UPDATE ON casedesk.number_reveal FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();

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
-- Name: personal_column audit; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit AFTER INSERT OR DELETE OR UPDATE ON casedesk.personal_column FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();

--
-- Name: petition audit; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit AFTER INSERT OR DELETE OR UPDATE ON casedesk.petition FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();

--
-- Name: petition_case audit; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit AFTER INSERT OR DELETE OR UPDATE ON casedesk.petition_case FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();

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
-- Name: saved_filter audit; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit AFTER INSERT OR DELETE OR UPDATE ON casedesk.saved_filter FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();

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
-- Name: village_application audit; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit AFTER INSERT OR DELETE OR UPDATE ON casedesk.village_application FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();

--
-- Name: village_certification audit; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit AFTER INSERT OR DELETE OR UPDATE ON casedesk.village_certification FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();

--
-- Name: violation audit; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit AFTER INSERT OR DELETE OR UPDATE ON casedesk.violation FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();

--
-- Name: attachment audit_discipline; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit_discipline AFTER INSERT ON casedesk.attachment FOR EACH ROW WHEN ((new.record_kind = 'discipline'::text)) EXECUTE FUNCTION casedesk.audit_trigger('discipline');

--
-- Name: audit_log audit_log_immutable; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit_log_immutable BEFORE DELETE OR UPDATE ON casedesk.audit_log FOR EACH ROW EXECUTE FUNCTION casedesk.audit_immutable();

--
-- Name: audit_log audit_log_no_truncate; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON casedesk.audit_log FOR EACH STATEMENT EXECUTE FUNCTION casedesk.audit_immutable();

--
-- Name: number_reveal bump_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER bump_version BEFORE UPDATE ON casedesk.number_reveal FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: personal_column bump_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER bump_version BEFORE UPDATE ON casedesk.personal_column FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

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
-- Name: case_file case_file_village_in_use; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER case_file_village_in_use BEFORE INSERT OR UPDATE OF village_id ON casedesk.case_file FOR EACH ROW EXECUTE FUNCTION casedesk.village_in_use();

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
-- Name: doc_counter doc_counter_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER doc_counter_version BEFORE UPDATE ON casedesk.doc_counter FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: doc_kind doc_kind_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER doc_kind_version BEFORE UPDATE ON casedesk.doc_kind FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: doc_template doc_template_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER doc_template_version BEFORE UPDATE ON casedesk.doc_template FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: doc_unit doc_unit_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER doc_unit_version BEFORE UPDATE ON casedesk.doc_unit FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: document document_immutable; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER document_immutable BEFORE DELETE OR UPDATE ON casedesk.document FOR EACH ROW EXECUTE FUNCTION casedesk.document_immutable();

--
-- Name: document document_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER document_version BEFORE UPDATE ON casedesk.document FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: expropriation expropriation_check; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER expropriation_check BEFORE INSERT OR UPDATE ON casedesk.expropriation FOR EACH ROW EXECUTE FUNCTION casedesk.expropriation_check();

--
-- Name: expropriation expropriation_project_in_use; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER expropriation_project_in_use BEFORE INSERT OR UPDATE OF project_id ON casedesk.expropriation FOR EACH ROW EXECUTE FUNCTION casedesk.project_in_use();

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
-- Name: legal_clock legal_clock_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER legal_clock_version BEFORE UPDATE ON casedesk.legal_clock FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: attachment notify; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER notify AFTER INSERT ON casedesk.attachment FOR EACH ROW WHEN ((new.record_kind <> 'discipline'::text)) EXECUTE FUNCTION casedesk.notify_trigger();

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
-- Name: doc_kind notify; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER notify AFTER INSERT OR DELETE OR UPDATE ON casedesk.doc_kind FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger('all');

--
-- Name: doc_template notify; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER notify AFTER INSERT OR DELETE OR UPDATE ON casedesk.doc_template FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger('all');

--
-- Name: doc_unit notify; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER notify AFTER INSERT OR DELETE OR UPDATE ON casedesk.doc_unit FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger('all');

--
-- Name: document notify; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER notify AFTER INSERT OR DELETE OR UPDATE ON casedesk.document FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger('unit');

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
-- Name: legal_clock notify; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER notify AFTER INSERT OR DELETE OR UPDATE ON casedesk.legal_clock FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger('all');

--
-- Name: number_reveal notify; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER notify AFTER INSERT OR DELETE OR UPDATE ON casedesk.number_reveal FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger();

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
-- Name: personal_column notify; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER notify AFTER INSERT OR DELETE OR UPDATE ON casedesk.personal_column FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger();

--
-- Name: petition notify; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER notify AFTER INSERT OR DELETE OR UPDATE ON casedesk.petition FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger('unit');

--
-- Name: petition_case notify; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER notify AFTER INSERT OR DELETE OR UPDATE ON casedesk.petition_case FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger('unit');

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
-- Name: saved_filter notify; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER notify AFTER INSERT OR DELETE OR UPDATE ON casedesk.saved_filter FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger();

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
-- Name: village_application notify; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER notify AFTER INSERT OR DELETE OR UPDATE ON casedesk.village_application FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger('unit');

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
-- Name: patrol_village patrol_village_in_use; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER patrol_village_in_use BEFORE INSERT OR UPDATE OF village_id ON casedesk.patrol_village FOR EACH ROW EXECUTE FUNCTION casedesk.village_in_use();

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
-- Name: payment payment_reversal_check; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER payment_reversal_check BEFORE INSERT ON casedesk.payment FOR EACH ROW EXECUTE FUNCTION casedesk.payment_reversal_check();

--
-- Name: payment payment_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER payment_version BEFORE UPDATE ON casedesk.payment FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: petition_case petition_case_check; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER petition_case_check BEFORE INSERT OR UPDATE ON casedesk.petition_case FOR EACH ROW EXECUTE FUNCTION casedesk.petition_case_check();

--
-- Name: petition_case petition_case_project_in_use; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER petition_case_project_in_use BEFORE INSERT OR UPDATE OF project_id ON casedesk.petition_case FOR EACH ROW EXECUTE FUNCTION casedesk.project_in_use();

--
-- Name: petition_case petition_case_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER petition_case_version BEFORE UPDATE ON casedesk.petition_case FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: petition petition_check; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER petition_check BEFORE INSERT OR UPDATE ON casedesk.petition FOR EACH ROW EXECUTE FUNCTION casedesk.petition_check();

--
-- Name: petition petition_project_in_use; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER petition_project_in_use BEFORE INSERT OR UPDATE OF project_id ON casedesk.petition FOR EACH ROW EXECUTE FUNCTION casedesk.project_in_use();

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
-- Name: saved_filter saved_filter_cap; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER saved_filter_cap BEFORE INSERT ON casedesk.saved_filter FOR EACH ROW EXECUTE FUNCTION casedesk.saved_filter_cap();

--
-- Name: saved_filter saved_filter_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER saved_filter_version BEFORE UPDATE ON casedesk.saved_filter FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

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
-- Name: setting setting_check_patrol; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER setting_check_patrol BEFORE INSERT OR UPDATE ON casedesk.setting FOR EACH ROW EXECUTE FUNCTION casedesk.setting_check_patrol();

--
-- Name: setting setting_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER setting_version BEFORE UPDATE ON casedesk.setting FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: target target_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER target_version BEFORE UPDATE ON casedesk.target FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: task_card task_card_total_del; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER task_card_total_del AFTER DELETE ON casedesk.task_card REFERENCING OLD TABLE AS ot FOR EACH STATEMENT EXECUTE FUNCTION casedesk.task_card_total_trg();

--
-- Name: task_card task_card_total_ins; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER task_card_total_ins AFTER INSERT ON casedesk.task_card REFERENCING NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION casedesk.task_card_total_trg();

--
-- Name: task_card task_card_total_upd; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER task_card_total_upd AFTER UPDATE ON casedesk.task_card REFERENCING OLD TABLE AS ot NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION casedesk.task_card_total_trg();

--
-- Name: task_card task_card_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER task_card_version BEFORE UPDATE ON casedesk.task_card FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: task task_check; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER task_check BEFORE INSERT OR UPDATE ON casedesk.task FOR EACH ROW EXECUTE FUNCTION casedesk.task_check();

--
-- Name: task task_due_total_del; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER task_due_total_del AFTER DELETE ON casedesk.task REFERENCING OLD TABLE AS ot FOR EACH STATEMENT EXECUTE FUNCTION casedesk.task_due_total_trg();

--
-- Name: task task_due_total_ins; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER task_due_total_ins AFTER INSERT ON casedesk.task REFERENCING NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION casedesk.task_due_total_trg();

--
-- Name: task task_due_total_upd; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER task_due_total_upd AFTER UPDATE ON casedesk.task REFERENCING OLD TABLE AS ot NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION casedesk.task_due_total_trg();

--
-- Name: task_extension task_extension_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER task_extension_version BEFORE UPDATE ON casedesk.task_extension FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: task_link task_link_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER task_link_version BEFORE UPDATE ON casedesk.task_link FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: task task_open_total_del; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER task_open_total_del AFTER DELETE ON casedesk.task REFERENCING OLD TABLE AS ot FOR EACH STATEMENT EXECUTE FUNCTION casedesk.task_open_total_trg();

--
-- Name: task task_open_total_ins; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER task_open_total_ins AFTER INSERT ON casedesk.task REFERENCING NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION casedesk.task_open_total_trg();

--
-- Name: task task_open_total_upd; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER task_open_total_upd AFTER UPDATE ON casedesk.task REFERENCING OLD TABLE AS ot NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION casedesk.task_open_total_trg();

--
-- Name: task_report task_report_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER task_report_version BEFORE UPDATE ON casedesk.task_report FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: task_report task_seen_del; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER task_seen_del AFTER DELETE ON casedesk.task_report REFERENCING OLD TABLE AS ot FOR EACH STATEMENT EXECUTE FUNCTION casedesk.task_seen_child_trg();

--
-- Name: task_unit task_seen_del; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER task_seen_del AFTER DELETE ON casedesk.task_unit REFERENCING OLD TABLE AS ot FOR EACH STATEMENT EXECUTE FUNCTION casedesk.task_seen_child_trg();

--
-- Name: task task_seen_ins; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER task_seen_ins AFTER INSERT ON casedesk.task REFERENCING NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION casedesk.task_seen_task_trg();

--
-- Name: task_report task_seen_ins; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER task_seen_ins AFTER INSERT ON casedesk.task_report REFERENCING NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION casedesk.task_seen_child_trg();

--
-- Name: task_unit task_seen_ins; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER task_seen_ins AFTER INSERT ON casedesk.task_unit REFERENCING NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION casedesk.task_seen_child_trg();

--
-- Name: task task_seen_upd; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER task_seen_upd AFTER UPDATE ON casedesk.task REFERENCING OLD TABLE AS ot NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION casedesk.task_seen_task_trg();

--
-- Name: task_report task_seen_upd; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER task_seen_upd AFTER UPDATE ON casedesk.task_report REFERENCING OLD TABLE AS ot NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION casedesk.task_seen_child_trg();

--
-- Name: task_unit task_seen_upd; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER task_seen_upd AFTER UPDATE ON casedesk.task_unit REFERENCING OLD TABLE AS ot NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION casedesk.task_seen_child_trg();

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
-- Name: petition_case totals_del; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER totals_del AFTER DELETE ON casedesk.petition_case REFERENCING OLD TABLE AS ot FOR EACH STATEMENT EXECUTE FUNCTION casedesk.totals_pet_trg();

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
-- Name: petition_case totals_ins; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER totals_ins AFTER INSERT ON casedesk.petition_case REFERENCING NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION casedesk.totals_pet_trg();

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
-- Name: petition_case totals_upd; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER totals_upd AFTER UPDATE ON casedesk.petition_case REFERENCING OLD TABLE AS ot NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION casedesk.totals_pet_trg();

--
-- Name: violation totals_upd; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER totals_upd AFTER UPDATE ON casedesk.violation REFERENCING OLD TABLE AS ot NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION casedesk.totals_vio_trg();

--
-- Name: unit unit_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER unit_version BEFORE UPDATE ON casedesk.unit FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

--
-- Name: village_application village_application_version; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER village_application_version BEFORE UPDATE ON casedesk.village_application FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();

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
-- Name: petition_case zz_petition_documents; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER zz_petition_documents AFTER UPDATE ON casedesk.petition_case FOR EACH ROW EXECUTE FUNCTION casedesk.petition_documents();

--
-- Name: case_file zz_totals_del; Type: TRIGGER; Schema: casedesk; Owner: casedesk_owner
--

CREATE TRIGGER zz_totals_del BEFORE DELETE ON casedesk.case_file FOR EACH ROW EXECUTE FUNCTION casedesk.totals_case_del();

--
-- Name: attachment attachment_attached_by_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.attachment
    ADD CONSTRAINT attachment_attached_by_fkey FOREIGN KEY (attached_by) REFERENCES casedesk.official(id);

--
-- Name: attachment_blob attachment_blob_attachment_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.attachment_blob
    ADD CONSTRAINT attachment_blob_attachment_id_fkey FOREIGN KEY (attachment_id) REFERENCES casedesk.attachment(id);

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
-- Name: doc_counter doc_counter_kind_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.doc_counter
    ADD CONSTRAINT doc_counter_kind_fkey FOREIGN KEY (kind) REFERENCES casedesk.doc_kind(kind);

--
-- Name: doc_counter doc_counter_unit_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.doc_counter
    ADD CONSTRAINT doc_counter_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES casedesk.unit(id);

--
-- Name: doc_template doc_template_kind_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.doc_template
    ADD CONSTRAINT doc_template_kind_fkey FOREIGN KEY (kind) REFERENCES casedesk.doc_kind(kind);

--
-- Name: doc_unit doc_unit_unit_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.doc_unit
    ADD CONSTRAINT doc_unit_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES casedesk.unit(id);

--
-- Name: document document_about_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.document
    ADD CONSTRAINT document_about_id_fkey FOREIGN KEY (about_id) REFERENCES casedesk.document(id);

--
-- Name: document document_case_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.document
    ADD CONSTRAINT document_case_id_fkey FOREIGN KEY (case_id) REFERENCES casedesk.case_file(id);

--
-- Name: document document_issued_by_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.document
    ADD CONSTRAINT document_issued_by_fkey FOREIGN KEY (issued_by) REFERENCES casedesk.official(id);

--
-- Name: document document_kind_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.document
    ADD CONSTRAINT document_kind_fkey FOREIGN KEY (kind) REFERENCES casedesk.doc_kind(kind);

--
-- Name: document document_petition_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.document
    ADD CONSTRAINT document_petition_id_fkey FOREIGN KEY (petition_id) REFERENCES casedesk.petition(id);

--
-- Name: document document_served_by_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.document
    ADD CONSTRAINT document_served_by_fkey FOREIGN KEY (served_by) REFERENCES casedesk.official(id);

--
-- Name: document document_unit_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.document
    ADD CONSTRAINT document_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES casedesk.unit(id);

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
-- Name: inbox inbox_case_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.inbox
    ADD CONSTRAINT inbox_case_id_fkey FOREIGN KEY (case_id) REFERENCES casedesk.case_file(id) ON DELETE CASCADE;

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
-- Name: legal_clock legal_clock_from_service_of_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.legal_clock
    ADD CONSTRAINT legal_clock_from_service_of_fkey FOREIGN KEY (from_service_of) REFERENCES casedesk.doc_kind(kind);

--
-- Name: legal_clock legal_clock_kind_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.legal_clock
    ADD CONSTRAINT legal_clock_kind_fkey FOREIGN KEY (kind) REFERENCES casedesk.case_kind(code);

--
-- Name: legal_clock legal_clock_step_exists; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.legal_clock
    ADD CONSTRAINT legal_clock_step_exists FOREIGN KEY (kind, step) REFERENCES casedesk.case_step(kind, step);

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
-- Name: payment payment_reverses_fk; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.payment
    ADD CONSTRAINT payment_reverses_fk FOREIGN KEY (reverses_id, case_id) REFERENCES casedesk.payment(id, case_id);

--
-- Name: petition_case pc_case_fk; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.petition_case
    ADD CONSTRAINT pc_case_fk FOREIGN KEY (id, unit_id) REFERENCES casedesk.case_file(id, unit_id) ON UPDATE CASCADE ON DELETE CASCADE;

--
-- Name: petition_case petition_case_about_case_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.petition_case
    ADD CONSTRAINT petition_case_about_case_id_fkey FOREIGN KEY (about_case_id) REFERENCES casedesk.case_file(id) ON DELETE SET NULL;

--
-- Name: petition petition_case_fk; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.petition
    ADD CONSTRAINT petition_case_fk FOREIGN KEY (case_id, unit_id) REFERENCES casedesk.case_file(id, unit_id) ON DELETE SET NULL (case_id);

--
-- Name: petition_case petition_case_legacy_petition_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.petition_case
    ADD CONSTRAINT petition_case_legacy_petition_id_fkey FOREIGN KEY (legacy_petition_id) REFERENCES casedesk.petition(id);

--
-- Name: petition_case petition_case_project_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.petition_case
    ADD CONSTRAINT petition_case_project_id_fkey FOREIGN KEY (project_id) REFERENCES casedesk.project(id);

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
-- Name: saved_filter saved_filter_project_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.saved_filter
    ADD CONSTRAINT saved_filter_project_id_fkey FOREIGN KEY (project_id) REFERENCES casedesk.project(id) ON DELETE SET NULL;

--
-- Name: saved_filter saved_filter_unit_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.saved_filter
    ADD CONSTRAINT saved_filter_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES casedesk.unit(id) ON DELETE SET NULL;

--
-- Name: saved_filter saved_filter_village_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.saved_filter
    ADD CONSTRAINT saved_filter_village_id_fkey FOREIGN KEY (village_id) REFERENCES casedesk.village(id) ON DELETE SET NULL;

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
-- Name: task_seen task_seen_task_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.task_seen
    ADD CONSTRAINT task_seen_task_id_fkey FOREIGN KEY (task_id) REFERENCES casedesk.task(id) ON DELETE CASCADE;

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
-- Name: village_application village_application_applied_by_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.village_application
    ADD CONSTRAINT village_application_applied_by_fkey FOREIGN KEY (applied_by) REFERENCES casedesk.official(id);

--
-- Name: village_application village_application_inspected_by_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.village_application
    ADD CONSTRAINT village_application_inspected_by_fkey FOREIGN KEY (inspected_by) REFERENCES casedesk.official(id);

--
-- Name: village_application village_application_unit_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.village_application
    ADD CONSTRAINT village_application_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES casedesk.unit(id);

--
-- Name: village_application village_application_village; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.village_application
    ADD CONSTRAINT village_application_village FOREIGN KEY (village_id, unit_id) REFERENCES casedesk.village(id, unit_id);

--
-- Name: village_certification village_certification_application_id_fkey; Type: FK CONSTRAINT; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE ONLY casedesk.village_certification
    ADD CONSTRAINT village_certification_application_id_fkey FOREIGN KEY (application_id) REFERENCES casedesk.village_application(id);

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
-- Name: attachment; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.attachment ENABLE ROW LEVEL SECURITY;

--
-- Name: attachment_blob; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.attachment_blob ENABLE ROW LEVEL SECURITY;

--
-- Name: attachment_blob attachment_blob_visible; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY attachment_blob_visible ON casedesk.attachment_blob FOR SELECT TO casedesk_staff, casedesk_supervisor, casedesk_inspector USING ((EXISTS ( SELECT 1
   FROM casedesk.attachment a
  WHERE (a.id = attachment_blob.attachment_id))));

--
-- Name: attachment attachment_visible; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY attachment_visible ON casedesk.attachment FOR SELECT TO casedesk_staff, casedesk_supervisor, casedesk_inspector USING (casedesk.attach_visible(record_kind, record_id));

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
-- Name: doc_counter; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.doc_counter ENABLE ROW LEVEL SECURITY;

--
-- Name: doc_kind; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.doc_kind ENABLE ROW LEVEL SECURITY;

--
-- Name: doc_kind doc_kind_admin_write; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY doc_kind_admin_write ON casedesk.doc_kind TO casedesk_admin USING (true) WITH CHECK (true);

--
-- Name: doc_kind doc_kind_read_all; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY doc_kind_read_all ON casedesk.doc_kind FOR SELECT TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin USING (true);

--
-- Name: doc_template; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.doc_template ENABLE ROW LEVEL SECURITY;

--
-- Name: doc_template doc_template_admin_write; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY doc_template_admin_write ON casedesk.doc_template TO casedesk_admin USING (true) WITH CHECK (true);

--
-- Name: doc_template doc_template_read_all; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY doc_template_read_all ON casedesk.doc_template FOR SELECT TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin USING (true);

--
-- Name: doc_unit; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.doc_unit ENABLE ROW LEVEL SECURITY;

--
-- Name: doc_unit doc_unit_admin_write; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY doc_unit_admin_write ON casedesk.doc_unit TO casedesk_admin USING (true) WITH CHECK (true);

--
-- Name: doc_unit doc_unit_read_all; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY doc_unit_read_all ON casedesk.doc_unit FOR SELECT TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin USING (true);

--
-- Name: document; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.document ENABLE ROW LEVEL SECURITY;

--
-- Name: document document_own_unit; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY document_own_unit ON casedesk.document FOR SELECT TO casedesk_staff USING ((unit_id = ( SELECT casedesk.my_unit_id() AS my_unit_id)));

--
-- Name: document document_read_all; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY document_read_all ON casedesk.document FOR SELECT TO casedesk_supervisor, casedesk_inspector USING (true);

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
-- Name: number_reveal inspector_read; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY inspector_read ON casedesk.number_reveal FOR SELECT TO casedesk_inspector USING (true);

--
-- Name: legal_clock; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.legal_clock ENABLE ROW LEVEL SECURITY;

--
-- Name: legal_clock legal_clock_admin; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY legal_clock_admin ON casedesk.legal_clock FOR UPDATE TO casedesk_admin USING ((( SELECT casedesk.my_role() AS my_role) = 'admin'::text)) WITH CHECK ((( SELECT casedesk.my_role() AS my_role) = 'admin'::text));

--
-- Name: legal_clock legal_clock_read; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY legal_clock_read ON casedesk.legal_clock FOR SELECT USING (true);

--
-- Name: notify_secret; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.notify_secret ENABLE ROW LEVEL SECURITY;

--
-- Name: number_reveal; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.number_reveal ENABLE ROW LEVEL SECURITY;

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
-- Name: petition_case; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.petition_case ENABLE ROW LEVEL SECURITY;

--
-- Name: petition_case petition_case_own_unit; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY petition_case_own_unit ON casedesk.petition_case TO casedesk_staff USING ((unit_id = ( SELECT casedesk.my_unit_id() AS my_unit_id))) WITH CHECK ((unit_id = ( SELECT casedesk.my_unit_id() AS my_unit_id)));

--
-- Name: petition_case petition_case_read_all; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY petition_case_read_all ON casedesk.petition_case FOR SELECT TO casedesk_supervisor, casedesk_inspector USING (true);

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
-- Name: project project_admin_write; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY project_admin_write ON casedesk.project TO casedesk_admin USING ((( SELECT casedesk.my_role() AS my_role) = 'admin'::text)) WITH CHECK ((( SELECT casedesk.my_role() AS my_role) = 'admin'::text));

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
-- Name: project_unit project_unit_admin_write; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY project_unit_admin_write ON casedesk.project_unit TO casedesk_admin USING ((( SELECT casedesk.my_role() AS my_role) = 'admin'::text)) WITH CHECK ((( SELECT casedesk.my_role() AS my_role) = 'admin'::text));

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
-- Name: resettlement_community resettlement_community_admin_write; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY resettlement_community_admin_write ON casedesk.resettlement_community TO casedesk_admin USING ((( SELECT casedesk.my_role() AS my_role) = 'admin'::text)) WITH CHECK ((( SELECT casedesk.my_role() AS my_role) = 'admin'::text));

--
-- Name: resettlement_community resettlement_community_read_all; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY resettlement_community_read_all ON casedesk.resettlement_community FOR SELECT TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin USING (true);

--
-- Name: resettlement_community resettlement_community_supervisor_write; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY resettlement_community_supervisor_write ON casedesk.resettlement_community TO casedesk_supervisor USING (true) WITH CHECK (true);

--
-- Name: saved_filter; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.saved_filter ENABLE ROW LEVEL SECURITY;

--
-- Name: saved_filter saved_filter_own; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY saved_filter_own ON casedesk.saved_filter TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin USING ((login = CURRENT_USER)) WITH CHECK ((login = CURRENT_USER));

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
-- Name: task_card_month_total; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.task_card_month_total ENABLE ROW LEVEL SECURITY;

--
-- Name: task_card task_card_staff_read; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY task_card_staff_read ON casedesk.task_card FOR SELECT TO casedesk_staff USING ((task_id IN ( SELECT casedesk.my_task_ids() AS my_task_ids)));

--
-- Name: task_card_total; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.task_card_total ENABLE ROW LEVEL SECURITY;

--
-- Name: task_due_total; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.task_due_total ENABLE ROW LEVEL SECURITY;

--
-- Name: task_due_zone; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.task_due_zone ENABLE ROW LEVEL SECURITY;

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
-- Name: task_open_total; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.task_open_total ENABLE ROW LEVEL SECURITY;

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
-- Name: task_seen; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.task_seen ENABLE ROW LEVEL SECURITY;

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
-- Name: unit_month_total; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.unit_month_total ENABLE ROW LEVEL SECURITY;

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
-- Name: village_application; Type: ROW SECURITY; Schema: casedesk; Owner: casedesk_owner
--

ALTER TABLE casedesk.village_application ENABLE ROW LEVEL SECURITY;

--
-- Name: village_application village_application_all; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY village_application_all ON casedesk.village_application FOR SELECT TO casedesk_supervisor, casedesk_inspector USING (true);

--
-- Name: village_application village_application_staff; Type: POLICY; Schema: casedesk; Owner: casedesk_owner
--

CREATE POLICY village_application_staff ON casedesk.village_application FOR SELECT TO casedesk_staff USING ((unit_id = ( SELECT casedesk.my_unit_id() AS my_unit_id)));

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
-- Name: FUNCTION admin_queue(p_kind text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.admin_queue(p_kind text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.admin_queue(p_kind text) TO casedesk_admin;

--
-- Name: FUNCTION admin_queue_counts(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.admin_queue_counts() FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.admin_queue_counts() TO casedesk_admin;

--
-- Name: FUNCTION arg_date(p_args jsonb, p_key text, p_field text, p_required boolean); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.arg_date(p_args jsonb, p_key text, p_field text, p_required boolean) FROM PUBLIC;

--
-- Name: FUNCTION arg_longtext(a jsonb, p_key text, p_field text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.arg_longtext(a jsonb, p_key text, p_field text) FROM PUBLIC;

--
-- Name: FUNCTION arg_num(p_args jsonb, p_key text, p_field text, p_required boolean); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.arg_num(p_args jsonb, p_key text, p_field text, p_required boolean) FROM PUBLIC;

--
-- Name: FUNCTION arg_text(p_args jsonb, p_key text, p_field text, p_required boolean); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.arg_text(p_args jsonb, p_key text, p_field text, p_required boolean) FROM PUBLIC;

--
-- Name: FUNCTION attach_add(p_kind text, p_id bigint, p_name text, p_data bytea, p_taken_at timestamp without time zone, p_lat double precision, p_lon double precision); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.attach_add(p_kind text, p_id bigint, p_name text, p_data bytea, p_taken_at timestamp without time zone, p_lat double precision, p_lon double precision) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.attach_add(p_kind text, p_id bigint, p_name text, p_data bytea, p_taken_at timestamp without time zone, p_lat double precision, p_lon double precision) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.attach_add(p_kind text, p_id bigint, p_name text, p_data bytea, p_taken_at timestamp without time zone, p_lat double precision, p_lon double precision) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.attach_add(p_kind text, p_id bigint, p_name text, p_data bytea, p_taken_at timestamp without time zone, p_lat double precision, p_lon double precision) TO casedesk_inspector;

--
-- Name: FUNCTION attach_max_bytes(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.attach_max_bytes() FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.attach_max_bytes() TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.attach_max_bytes() TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.attach_max_bytes() TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.attach_max_bytes() TO casedesk_admin;

--
-- Name: FUNCTION attach_media_type(p_data bytea); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.attach_media_type(p_data bytea) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.attach_media_type(p_data bytea) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.attach_media_type(p_data bytea) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.attach_media_type(p_data bytea) TO casedesk_inspector;

--
-- Name: FUNCTION attach_visible(p_kind text, p_id bigint); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.attach_visible(p_kind text, p_id bigint) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.attach_visible(p_kind text, p_id bigint) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.attach_visible(p_kind text, p_id bigint) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.attach_visible(p_kind text, p_id bigint) TO casedesk_inspector;

--
-- Name: FUNCTION attachment_immutable(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.attachment_immutable() FROM PUBLIC;

--
-- Name: FUNCTION audit_append(p_chain text, p_table text, p_row_id bigint, p_op text, p_old jsonb, p_new jsonb); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.audit_append(p_chain text, p_table text, p_row_id bigint, p_op text, p_old jsonb, p_new jsonb) FROM PUBLIC;

--
-- Name: FUNCTION audit_canonical(p_id bigint, p_at timestamp with time zone, p_login text, p_txid bigint, p_table text, p_row_id bigint, p_op text, p_old jsonb, p_new jsonb); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.audit_canonical(p_id bigint, p_at timestamp with time zone, p_login text, p_txid bigint, p_table text, p_row_id bigint, p_op text, p_old jsonb, p_new jsonb) FROM PUBLIC;

--
-- Name: FUNCTION audit_chain_row(p_chain text, p_at timestamp with time zone, p_login text, p_txid bigint, p_table text, p_row_id bigint, p_op text, p_old jsonb, p_new jsonb); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.audit_chain_row(p_chain text, p_at timestamp with time zone, p_login text, p_txid bigint, p_table text, p_row_id bigint, p_op text, p_old jsonb, p_new jsonb) FROM PUBLIC;

--
-- Name: FUNCTION audit_chain_rows(p_chain text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.audit_chain_rows(p_chain text) FROM PUBLIC;

--
-- Name: FUNCTION audit_checkpoint(p_chain text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.audit_checkpoint(p_chain text) FROM PUBLIC;

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
-- Name: FUNCTION audit_seal(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.audit_seal() FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.audit_seal() TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.audit_seal() TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.audit_seal() TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.audit_seal() TO casedesk_admin;
GRANT ALL ON FUNCTION casedesk.audit_seal() TO casedesk_watchdog;

--
-- Name: FUNCTION audit_seal_guard(); Type: ACL; Schema: casedesk; Owner: casedesk_watchdog
--

REVOKE ALL ON FUNCTION casedesk.audit_seal_guard() FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.audit_seal_guard() TO casedesk_owner;

--
-- Name: FUNCTION audit_trigger(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.audit_trigger() FROM PUBLIC;

--
-- Name: FUNCTION audit_verify_checkpoint(p_chain text, p_count bigint, p_hash text, p_walk boolean); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.audit_verify_checkpoint(p_chain text, p_count bigint, p_hash text, p_walk boolean) FROM PUBLIC;

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
-- Name: FUNCTION briefing_communities(p_year integer, p_unit_code text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.briefing_communities(p_year integer, p_unit_code text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.briefing_communities(p_year integer, p_unit_code text) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.briefing_communities(p_year integer, p_unit_code text) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.briefing_communities(p_year integer, p_unit_code text) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.briefing_communities(p_year integer, p_unit_code text) TO casedesk_admin;

--
-- Name: FUNCTION briefing_coverage(p_year integer, p_unit_code text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.briefing_coverage(p_year integer, p_unit_code text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.briefing_coverage(p_year integer, p_unit_code text) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.briefing_coverage(p_year integer, p_unit_code text) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.briefing_coverage(p_year integer, p_unit_code text) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.briefing_coverage(p_year integer, p_unit_code text) TO casedesk_admin;

--
-- Name: FUNCTION briefing_discipline(p_year integer, p_unit_code text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.briefing_discipline(p_year integer, p_unit_code text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.briefing_discipline(p_year integer, p_unit_code text) TO casedesk_inspector;

--
-- Name: FUNCTION briefing_discipline_detail(p_year integer, p_unit_code text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.briefing_discipline_detail(p_year integer, p_unit_code text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.briefing_discipline_detail(p_year integer, p_unit_code text) TO casedesk_inspector;

--
-- Name: FUNCTION briefing_expropriation(p_year integer, p_unit_code text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.briefing_expropriation(p_year integer, p_unit_code text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.briefing_expropriation(p_year integer, p_unit_code text) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.briefing_expropriation(p_year integer, p_unit_code text) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.briefing_expropriation(p_year integer, p_unit_code text) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.briefing_expropriation(p_year integer, p_unit_code text) TO casedesk_admin;

--
-- Name: FUNCTION briefing_petitions(p_year integer, p_unit_code text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.briefing_petitions(p_year integer, p_unit_code text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.briefing_petitions(p_year integer, p_unit_code text) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.briefing_petitions(p_year integer, p_unit_code text) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.briefing_petitions(p_year integer, p_unit_code text) TO casedesk_inspector;

--
-- Name: FUNCTION briefing_projects(p_year integer, p_unit_code text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.briefing_projects(p_year integer, p_unit_code text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.briefing_projects(p_year integer, p_unit_code text) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.briefing_projects(p_year integer, p_unit_code text) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.briefing_projects(p_year integer, p_unit_code text) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.briefing_projects(p_year integer, p_unit_code text) TO casedesk_admin;

--
-- Name: FUNCTION briefing_removed_area(p_year integer, p_unit_code text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.briefing_removed_area(p_year integer, p_unit_code text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.briefing_removed_area(p_year integer, p_unit_code text) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.briefing_removed_area(p_year integer, p_unit_code text) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.briefing_removed_area(p_year integer, p_unit_code text) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.briefing_removed_area(p_year integer, p_unit_code text) TO casedesk_admin;

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
-- Name: FUNCTION calendar_clear(p_day date); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.calendar_clear(p_day date) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.calendar_clear(p_day date) TO casedesk_admin;

--
-- Name: FUNCTION calendar_set(p_day date, p_kind text, p_name text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.calendar_set(p_day date, p_kind text, p_name text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.calendar_set(p_day date, p_kind text, p_name text) TO casedesk_admin;

--
-- Name: FUNCTION case_address_way(p_text text, p_scope integer, p_param text, OUT ids bigint[], OUT cond text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.case_address_way(p_text text, p_scope integer, p_param text, OUT ids bigint[], OUT cond text) FROM PUBLIC;

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
-- Name: COLUMN case_file.id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(id) ON TABLE casedesk.case_file TO casedesk_staff;
GRANT SELECT(id) ON TABLE casedesk.case_file TO casedesk_supervisor;
GRANT SELECT(id) ON TABLE casedesk.case_file TO casedesk_inspector;

--
-- Name: COLUMN case_file.case_no; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(case_no) ON TABLE casedesk.case_file TO casedesk_staff;
GRANT SELECT(case_no) ON TABLE casedesk.case_file TO casedesk_supervisor;
GRANT SELECT(case_no) ON TABLE casedesk.case_file TO casedesk_inspector;

--
-- Name: COLUMN case_file.kind; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(kind) ON TABLE casedesk.case_file TO casedesk_staff;
GRANT SELECT(kind) ON TABLE casedesk.case_file TO casedesk_supervisor;
GRANT SELECT(kind) ON TABLE casedesk.case_file TO casedesk_inspector;

--
-- Name: COLUMN case_file.unit_id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(unit_id) ON TABLE casedesk.case_file TO casedesk_staff;
GRANT SELECT(unit_id) ON TABLE casedesk.case_file TO casedesk_supervisor;
GRANT SELECT(unit_id) ON TABLE casedesk.case_file TO casedesk_inspector;

--
-- Name: COLUMN case_file.village_id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(village_id) ON TABLE casedesk.case_file TO casedesk_staff;
GRANT SELECT(village_id) ON TABLE casedesk.case_file TO casedesk_supervisor;
GRANT SELECT(village_id) ON TABLE casedesk.case_file TO casedesk_inspector;

--
-- Name: COLUMN case_file.status; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(status) ON TABLE casedesk.case_file TO casedesk_staff;
GRANT SELECT(status) ON TABLE casedesk.case_file TO casedesk_supervisor;
GRANT SELECT(status) ON TABLE casedesk.case_file TO casedesk_inspector;

--
-- Name: COLUMN case_file.opened_on; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(opened_on) ON TABLE casedesk.case_file TO casedesk_staff;
GRANT SELECT(opened_on) ON TABLE casedesk.case_file TO casedesk_supervisor;
GRANT SELECT(opened_on) ON TABLE casedesk.case_file TO casedesk_inspector;

--
-- Name: COLUMN case_file.closed_on; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(closed_on) ON TABLE casedesk.case_file TO casedesk_staff;
GRANT SELECT(closed_on) ON TABLE casedesk.case_file TO casedesk_supervisor;
GRANT SELECT(closed_on) ON TABLE casedesk.case_file TO casedesk_inspector;

--
-- Name: COLUMN case_file.deadline; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(deadline) ON TABLE casedesk.case_file TO casedesk_staff;
GRANT SELECT(deadline) ON TABLE casedesk.case_file TO casedesk_supervisor;
GRANT SELECT(deadline) ON TABLE casedesk.case_file TO casedesk_inspector;

--
-- Name: COLUMN case_file.handled_by; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(handled_by) ON TABLE casedesk.case_file TO casedesk_staff;
GRANT SELECT(handled_by) ON TABLE casedesk.case_file TO casedesk_supervisor;
GRANT SELECT(handled_by) ON TABLE casedesk.case_file TO casedesk_inspector;

--
-- Name: COLUMN case_file.party_name; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(party_name) ON TABLE casedesk.case_file TO casedesk_staff;
GRANT SELECT(party_name) ON TABLE casedesk.case_file TO casedesk_supervisor;
GRANT SELECT(party_name) ON TABLE casedesk.case_file TO casedesk_inspector;

--
-- Name: COLUMN case_file.party_phone; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(party_phone) ON TABLE casedesk.case_file TO casedesk_staff;

--
-- Name: COLUMN case_file.address; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(address) ON TABLE casedesk.case_file TO casedesk_staff;
GRANT SELECT(address) ON TABLE casedesk.case_file TO casedesk_supervisor;
GRANT SELECT(address) ON TABLE casedesk.case_file TO casedesk_inspector;

--
-- Name: COLUMN case_file.note; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(note),UPDATE(note) ON TABLE casedesk.case_file TO casedesk_staff;
GRANT SELECT(note) ON TABLE casedesk.case_file TO casedesk_supervisor;
GRANT SELECT(note) ON TABLE casedesk.case_file TO casedesk_inspector;

--
-- Name: COLUMN case_file.created_by; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(created_by) ON TABLE casedesk.case_file TO casedesk_supervisor;
GRANT SELECT(created_by) ON TABLE casedesk.case_file TO casedesk_inspector;

--
-- Name: COLUMN case_file.created_at; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(created_at) ON TABLE casedesk.case_file TO casedesk_staff;
GRANT SELECT(created_at) ON TABLE casedesk.case_file TO casedesk_supervisor;
GRANT SELECT(created_at) ON TABLE casedesk.case_file TO casedesk_inspector;

--
-- Name: COLUMN case_file.version; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(version) ON TABLE casedesk.case_file TO casedesk_staff;
GRANT SELECT(version) ON TABLE casedesk.case_file TO casedesk_supervisor;
GRANT SELECT(version) ON TABLE casedesk.case_file TO casedesk_inspector;

--
-- Name: FUNCTION case_blocker_expropriation(c casedesk.case_file, p_step text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.case_blocker_expropriation(c casedesk.case_file, p_step text) FROM PUBLIC;

--
-- Name: FUNCTION case_blocker_petition(c casedesk.case_file, p_step text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.case_blocker_petition(c casedesk.case_file, p_step text) FROM PUBLIC;

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
-- Name: FUNCTION case_create_petition(p_village_id integer, p_channel text, p_received_on date, p_petitioner text, p_id_no text, p_phone text, p_address text, p_subject text, p_content text, p_project_id integer, p_about_case_no text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.case_create_petition(p_village_id integer, p_channel text, p_received_on date, p_petitioner text, p_id_no text, p_phone text, p_address text, p_subject text, p_content text, p_project_id integer, p_about_case_no text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.case_create_petition(p_village_id integer, p_channel text, p_received_on date, p_petitioner text, p_id_no text, p_phone text, p_address text, p_subject text, p_content text, p_project_id integer, p_about_case_no text) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.case_create_petition(p_village_id integer, p_channel text, p_received_on date, p_petitioner text, p_id_no text, p_phone text, p_address text, p_subject text, p_content text, p_project_id integer, p_about_case_no text) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.case_create_petition(p_village_id integer, p_channel text, p_received_on date, p_petitioner text, p_id_no text, p_phone text, p_address text, p_subject text, p_content text, p_project_id integer, p_about_case_no text) TO casedesk_inspector;

--
-- Name: FUNCTION case_create_violation(p_village_id integer, p_subkind text, p_found_by text, p_found_on date, p_owner_name text, p_address text, p_area_m2 numeric, p_floors integer, p_built_on date, p_lat numeric, p_lon numeric, p_phone text, p_note text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.case_create_violation(p_village_id integer, p_subkind text, p_found_by text, p_found_on date, p_owner_name text, p_address text, p_area_m2 numeric, p_floors integer, p_built_on date, p_lat numeric, p_lon numeric, p_phone text, p_note text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.case_create_violation(p_village_id integer, p_subkind text, p_found_by text, p_found_on date, p_owner_name text, p_address text, p_area_m2 numeric, p_floors integer, p_built_on date, p_lat numeric, p_lon numeric, p_phone text, p_note text) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.case_create_violation(p_village_id integer, p_subkind text, p_found_by text, p_found_on date, p_owner_name text, p_address text, p_area_m2 numeric, p_floors integer, p_built_on date, p_lat numeric, p_lon numeric, p_phone text, p_note text) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.case_create_violation(p_village_id integer, p_subkind text, p_found_by text, p_found_on date, p_owner_name text, p_address text, p_area_m2 numeric, p_floors integer, p_built_on date, p_lat numeric, p_lon numeric, p_phone text, p_note text) TO casedesk_inspector;

--
-- Name: FUNCTION case_event_on(c casedesk.case_file, p_event text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.case_event_on(c casedesk.case_file, p_event text) FROM PUBLIC;

--
-- Name: FUNCTION case_file_check(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.case_file_check() FROM PUBLIC;

--
-- Name: FUNCTION case_find(p_how text, p_text text, p_pattern text, p_limit integer); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.case_find(p_how text, p_text text, p_pattern text, p_limit integer) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.case_find(p_how text, p_text text, p_pattern text, p_limit integer) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.case_find(p_how text, p_text text, p_pattern text, p_limit integer) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.case_find(p_how text, p_text text, p_pattern text, p_limit integer) TO casedesk_inspector;

--
-- Name: FUNCTION case_find_next(p_kind text, p_status text, p_unit integer, p_village integer, p_project integer, p_overdue boolean, p_text text, p_pattern text, p_prefix boolean, p_sort text, p_asc boolean, p_after_id bigint, p_after text, p_regex text, p_codes text[]); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.case_find_next(p_kind text, p_status text, p_unit integer, p_village integer, p_project integer, p_overdue boolean, p_text text, p_pattern text, p_prefix boolean, p_sort text, p_asc boolean, p_after_id bigint, p_after text, p_regex text, p_codes text[]) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.case_find_next(p_kind text, p_status text, p_unit integer, p_village integer, p_project integer, p_overdue boolean, p_text text, p_pattern text, p_prefix boolean, p_sort text, p_asc boolean, p_after_id bigint, p_after text, p_regex text, p_codes text[]) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.case_find_next(p_kind text, p_status text, p_unit integer, p_village integer, p_project integer, p_overdue boolean, p_text text, p_pattern text, p_prefix boolean, p_sort text, p_asc boolean, p_after_id bigint, p_after text, p_regex text, p_codes text[]) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.case_find_next(p_kind text, p_status text, p_unit integer, p_village integer, p_project integer, p_overdue boolean, p_text text, p_pattern text, p_prefix boolean, p_sort text, p_asc boolean, p_after_id bigint, p_after text, p_regex text, p_codes text[]) TO casedesk_inspector;

--
-- Name: FUNCTION case_for_staff(p_case_id bigint); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.case_for_staff(p_case_id bigint) FROM PUBLIC;

--
-- Name: FUNCTION case_ids_by_address_pair(p_text text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.case_ids_by_address_pair(p_text text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.case_ids_by_address_pair(p_text text) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.case_ids_by_address_pair(p_text text) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.case_ids_by_address_pair(p_text text) TO casedesk_inspector;

--
-- Name: FUNCTION case_is_closed(p_case bigint); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.case_is_closed(p_case bigint) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.case_is_closed(p_case bigint) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.case_is_closed(p_case bigint) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.case_is_closed(p_case bigint) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.case_is_closed(p_case bigint) TO casedesk_admin;

--
-- Name: FUNCTION case_legal_clocks(p_case_id bigint); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.case_legal_clocks(p_case_id bigint) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.case_legal_clocks(p_case_id bigint) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.case_legal_clocks(p_case_id bigint) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.case_legal_clocks(p_case_id bigint) TO casedesk_inspector;

--
-- Name: FUNCTION case_list_count(p_kind text, p_status text, p_unit integer, p_village integer, p_project integer, p_overdue boolean, p_text text, p_pattern text, p_prefix boolean, p_cap bigint); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.case_list_count(p_kind text, p_status text, p_unit integer, p_village integer, p_project integer, p_overdue boolean, p_text text, p_pattern text, p_prefix boolean, p_cap bigint) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.case_list_count(p_kind text, p_status text, p_unit integer, p_village integer, p_project integer, p_overdue boolean, p_text text, p_pattern text, p_prefix boolean, p_cap bigint) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.case_list_count(p_kind text, p_status text, p_unit integer, p_village integer, p_project integer, p_overdue boolean, p_text text, p_pattern text, p_prefix boolean, p_cap bigint) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.case_list_count(p_kind text, p_status text, p_unit integer, p_village integer, p_project integer, p_overdue boolean, p_text text, p_pattern text, p_prefix boolean, p_cap bigint) TO casedesk_inspector;

--
-- Name: FUNCTION case_list_page(p_kind text, p_status text, p_unit integer, p_village integer, p_project integer, p_overdue boolean, p_text text, p_pattern text, p_prefix boolean, p_sort text, p_asc boolean, p_after_id bigint, p_after text, p_limit integer); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.case_list_page(p_kind text, p_status text, p_unit integer, p_village integer, p_project integer, p_overdue boolean, p_text text, p_pattern text, p_prefix boolean, p_sort text, p_asc boolean, p_after_id bigint, p_after text, p_limit integer) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.case_list_page(p_kind text, p_status text, p_unit integer, p_village integer, p_project integer, p_overdue boolean, p_text text, p_pattern text, p_prefix boolean, p_sort text, p_asc boolean, p_after_id bigint, p_after text, p_limit integer) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.case_list_page(p_kind text, p_status text, p_unit integer, p_village integer, p_project integer, p_overdue boolean, p_text text, p_pattern text, p_prefix boolean, p_sort text, p_asc boolean, p_after_id bigint, p_after text, p_limit integer) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.case_list_page(p_kind text, p_status text, p_unit integer, p_village integer, p_project integer, p_overdue boolean, p_text text, p_pattern text, p_prefix boolean, p_sort text, p_asc boolean, p_after_id bigint, p_after text, p_limit integer) TO casedesk_inspector;

--
-- Name: FUNCTION case_list_where(p_scope integer, p_col text, p_type text, p_asc boolean); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.case_list_where(p_scope integer, p_col text, p_type text, p_asc boolean) FROM PUBLIC;

--
-- Name: FUNCTION case_new(p_kind text, p_village_id integer, p_opened_on date, p_party_name text, p_phone text, p_address text, p_note text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.case_new(p_kind text, p_village_id integer, p_opened_on date, p_party_name text, p_phone text, p_address text, p_note text) FROM PUBLIC;

--
-- Name: FUNCTION case_new_violation(p_village_id integer, p_subkind text, p_found_by text, p_found_on date, p_owner_name text, p_address text, p_area_m2 numeric, p_floors integer, p_built_on date, p_lat numeric, p_lon numeric, p_phone text, p_note text, p_patrol_id bigint); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.case_new_violation(p_village_id integer, p_subkind text, p_found_by text, p_found_on date, p_owner_name text, p_address text, p_area_m2 numeric, p_floors integer, p_built_on date, p_lat numeric, p_lon numeric, p_phone text, p_note text, p_patrol_id bigint) FROM PUBLIC;

--
-- Name: FUNCTION case_next_legal_steps(p_case_id bigint); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.case_next_legal_steps(p_case_id bigint) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.case_next_legal_steps(p_case_id bigint) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.case_next_legal_steps(p_case_id bigint) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.case_next_legal_steps(p_case_id bigint) TO casedesk_inspector;

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
-- Name: FUNCTION case_party(p_case_id bigint); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.case_party(p_case_id bigint) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.case_party(p_case_id bigint) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.case_party(p_case_id bigint) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.case_party(p_case_id bigint) TO casedesk_inspector;

--
-- Name: FUNCTION case_party_export(p_kind text, p_unit integer, p_from date, p_to date); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.case_party_export(p_kind text, p_unit integer, p_from date, p_to date) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.case_party_export(p_kind text, p_unit integer, p_from date, p_to date) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.case_party_export(p_kind text, p_unit integer, p_from date, p_to date) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.case_party_export(p_kind text, p_unit integer, p_from date, p_to date) TO casedesk_inspector;

--
-- Name: FUNCTION case_party_name(p_case_id bigint); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.case_party_name(p_case_id bigint) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.case_party_name(p_case_id bigint) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.case_party_name(p_case_id bigint) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.case_party_name(p_case_id bigint) TO casedesk_inspector;

--
-- Name: FUNCTION case_payments(p_case_id bigint); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.case_payments(p_case_id bigint) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.case_payments(p_case_id bigint) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.case_payments(p_case_id bigint) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.case_payments(p_case_id bigint) TO casedesk_inspector;

--
-- Name: FUNCTION case_prefix_sql(p_where text, p_tail text, p_addr text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.case_prefix_sql(p_where text, p_tail text, p_addr text) FROM PUBLIC;

--
-- Name: FUNCTION case_reveal(p_request bigint); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.case_reveal(p_request bigint) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.case_reveal(p_request bigint) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.case_reveal(p_request bigint) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.case_reveal(p_request bigint) TO casedesk_inspector;

--
-- Name: FUNCTION case_reveal_request(p_case_id bigint, p_field text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.case_reveal_request(p_case_id bigint, p_field text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.case_reveal_request(p_case_id bigint, p_field text) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.case_reveal_request(p_case_id bigint, p_field text) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.case_reveal_request(p_case_id bigint, p_field text) TO casedesk_inspector;

--
-- Name: FUNCTION case_scope(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.case_scope() FROM PUBLIC;

--
-- Name: FUNCTION case_step_blocker(c casedesk.case_file, p_step text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.case_step_blocker(c casedesk.case_file, p_step text) FROM PUBLIC;

--
-- Name: FUNCTION case_step_expropriation(c casedesk.case_file, p_step text, a jsonb); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.case_step_expropriation(c casedesk.case_file, p_step text, a jsonb) FROM PUBLIC;

--
-- Name: FUNCTION case_step_petition(c casedesk.case_file, p_step text, a jsonb); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.case_step_petition(c casedesk.case_file, p_step text, a jsonb) FROM PUBLIC;

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
-- Name: FUNCTION clock_add(p_from date, p_amount integer, p_unit text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.clock_add(p_from date, p_amount integer, p_unit text) FROM PUBLIC;

--
-- Name: FUNCTION clock_start(p_case_id bigint, p_on date, p_doc_kind text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.clock_start(p_case_id bigint, p_on date, p_doc_kind text) FROM PUBLIC;

--
-- Name: FUNCTION community_add(p_name text, p_unit_code text, p_flats_planned integer); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.community_add(p_name text, p_unit_code text, p_flats_planned integer) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.community_add(p_name text, p_unit_code text, p_flats_planned integer) TO casedesk_admin;
GRANT ALL ON FUNCTION casedesk.community_add(p_name text, p_unit_code text, p_flats_planned integer) TO casedesk_supervisor;

--
-- Name: FUNCTION community_set_flats(p_name text, p_planned integer, p_ready integer); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.community_set_flats(p_name text, p_planned integer, p_ready integer) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.community_set_flats(p_name text, p_planned integer, p_ready integer) TO casedesk_admin;
GRANT ALL ON FUNCTION casedesk.community_set_flats(p_name text, p_planned integer, p_ready integer) TO casedesk_supervisor;

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
-- Name: FUNCTION discipline_file_flag(p_login text, p_at timestamp with time zone, p_req jsonb); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.discipline_file_flag(p_login text, p_at timestamp with time zone, p_req jsonb) FROM PUBLIC;

--
-- Name: FUNCTION discipline_flag_rate(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.discipline_flag_rate() FROM PUBLIC;

--
-- Name: FUNCTION discipline_get(p_token text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.discipline_get(p_token text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.discipline_get(p_token text) TO casedesk_inspector;

--
-- Name: FUNCTION discipline_grant(p_token text, p_kind text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.discipline_grant(p_token text, p_kind text) FROM PUBLIC;

--
-- Name: FUNCTION discipline_has_read(p_id bigint); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.discipline_has_read(p_id bigint) FROM PUBLIC;

--
-- Name: FUNCTION discipline_history(p_token text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.discipline_history(p_token text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.discipline_history(p_token text) TO casedesk_inspector;

--
-- Name: FUNCTION discipline_in_queue(p_status text, p_review_due date, p_queue text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.discipline_in_queue(p_status text, p_review_due date, p_queue text) FROM PUBLIC;

--
-- Name: FUNCTION discipline_insert(p_official_id integer, p_category text, p_facts text, p_source text, p_flagger integer, p_case_ids bigint[], p_task_ids bigint[], p_receipt text, p_received_at timestamp with time zone); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.discipline_insert(p_official_id integer, p_category text, p_facts text, p_source text, p_flagger integer, p_case_ids bigint[], p_task_ids bigint[], p_receipt text, p_received_at timestamp with time zone) FROM PUBLIC;

--
-- Name: FUNCTION discipline_list(p_token text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.discipline_list(p_token text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.discipline_list(p_token text) TO casedesk_inspector;

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
-- Name: FUNCTION discipline_open_by_category_unit(p_token text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.discipline_open_by_category_unit(p_token text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.discipline_open_by_category_unit(p_token text) TO casedesk_inspector;

--
-- Name: FUNCTION discipline_overdue_reviews(p_token text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.discipline_overdue_reviews(p_token text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.discipline_overdue_reviews(p_token text) TO casedesk_inspector;

--
-- Name: FUNCTION discipline_queue_counts(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.discipline_queue_counts() FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.discipline_queue_counts() TO casedesk_inspector;

--
-- Name: FUNCTION discipline_read_ready(p_token text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.discipline_read_ready(p_token text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.discipline_read_ready(p_token text) TO casedesk_inspector;

--
-- Name: FUNCTION discipline_repeat_officials(p_token text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.discipline_repeat_officials(p_token text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.discipline_repeat_officials(p_token text) TO casedesk_inspector;

--
-- Name: FUNCTION discipline_request(p_kind text, p_args jsonb); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.discipline_request(p_kind text, p_args jsonb) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.discipline_request(p_kind text, p_args jsonb) TO casedesk_inspector;

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
-- Name: FUNCTION discipline_stage_flag(p_official_id integer, p_category text, p_facts text, p_source text, p_flagger integer, p_case_ids bigint[], p_task_ids bigint[]); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.discipline_stage_flag(p_official_id integer, p_category text, p_facts text, p_source text, p_flagger integer, p_case_ids bigint[], p_task_ids bigint[]) FROM PUBLIC;

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
-- Name: FUNCTION doc_cn_date(d date); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.doc_cn_date(d date) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.doc_cn_date(d date) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.doc_cn_date(d date) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.doc_cn_date(d date) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.doc_cn_date(d date) TO casedesk_admin;

--
-- Name: COLUMN document.id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(id) ON TABLE casedesk.document TO casedesk_staff;
GRANT SELECT(id) ON TABLE casedesk.document TO casedesk_supervisor;
GRANT SELECT(id) ON TABLE casedesk.document TO casedesk_inspector;

--
-- Name: COLUMN document.unit_id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(unit_id) ON TABLE casedesk.document TO casedesk_staff;
GRANT SELECT(unit_id) ON TABLE casedesk.document TO casedesk_supervisor;
GRANT SELECT(unit_id) ON TABLE casedesk.document TO casedesk_inspector;

--
-- Name: COLUMN document.kind; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(kind) ON TABLE casedesk.document TO casedesk_staff;
GRANT SELECT(kind) ON TABLE casedesk.document TO casedesk_supervisor;
GRANT SELECT(kind) ON TABLE casedesk.document TO casedesk_inspector;

--
-- Name: COLUMN document.year; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(year) ON TABLE casedesk.document TO casedesk_staff;
GRANT SELECT(year) ON TABLE casedesk.document TO casedesk_supervisor;
GRANT SELECT(year) ON TABLE casedesk.document TO casedesk_inspector;

--
-- Name: COLUMN document.seq; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(seq) ON TABLE casedesk.document TO casedesk_staff;
GRANT SELECT(seq) ON TABLE casedesk.document TO casedesk_supervisor;
GRANT SELECT(seq) ON TABLE casedesk.document TO casedesk_inspector;

--
-- Name: COLUMN document.doc_no; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(doc_no) ON TABLE casedesk.document TO casedesk_staff;
GRANT SELECT(doc_no) ON TABLE casedesk.document TO casedesk_supervisor;
GRANT SELECT(doc_no) ON TABLE casedesk.document TO casedesk_inspector;

--
-- Name: COLUMN document.case_id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(case_id) ON TABLE casedesk.document TO casedesk_staff;
GRANT SELECT(case_id) ON TABLE casedesk.document TO casedesk_supervisor;
GRANT SELECT(case_id) ON TABLE casedesk.document TO casedesk_inspector;

--
-- Name: COLUMN document.petition_id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(petition_id) ON TABLE casedesk.document TO casedesk_staff;
GRANT SELECT(petition_id) ON TABLE casedesk.document TO casedesk_supervisor;
GRANT SELECT(petition_id) ON TABLE casedesk.document TO casedesk_inspector;

--
-- Name: COLUMN document.about_id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(about_id) ON TABLE casedesk.document TO casedesk_staff;
GRANT SELECT(about_id) ON TABLE casedesk.document TO casedesk_supervisor;
GRANT SELECT(about_id) ON TABLE casedesk.document TO casedesk_inspector;

--
-- Name: COLUMN document.issued_on; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(issued_on) ON TABLE casedesk.document TO casedesk_staff;
GRANT SELECT(issued_on) ON TABLE casedesk.document TO casedesk_supervisor;
GRANT SELECT(issued_on) ON TABLE casedesk.document TO casedesk_inspector;

--
-- Name: COLUMN document.deadline; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(deadline) ON TABLE casedesk.document TO casedesk_staff;
GRANT SELECT(deadline) ON TABLE casedesk.document TO casedesk_supervisor;
GRANT SELECT(deadline) ON TABLE casedesk.document TO casedesk_inspector;

--
-- Name: COLUMN document.party_name; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(party_name) ON TABLE casedesk.document TO casedesk_supervisor;
GRANT SELECT(party_name) ON TABLE casedesk.document TO casedesk_inspector;

--
-- Name: COLUMN document.body; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(body) ON TABLE casedesk.document TO casedesk_staff;
GRANT SELECT(body) ON TABLE casedesk.document TO casedesk_supervisor;
GRANT SELECT(body) ON TABLE casedesk.document TO casedesk_inspector;

--
-- Name: COLUMN document.sha256; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(sha256) ON TABLE casedesk.document TO casedesk_staff;
GRANT SELECT(sha256) ON TABLE casedesk.document TO casedesk_supervisor;
GRANT SELECT(sha256) ON TABLE casedesk.document TO casedesk_inspector;

--
-- Name: COLUMN document.issued_by; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(issued_by) ON TABLE casedesk.document TO casedesk_supervisor;
GRANT SELECT(issued_by) ON TABLE casedesk.document TO casedesk_inspector;

--
-- Name: COLUMN document.served_on; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(served_on) ON TABLE casedesk.document TO casedesk_staff;
GRANT SELECT(served_on) ON TABLE casedesk.document TO casedesk_supervisor;
GRANT SELECT(served_on) ON TABLE casedesk.document TO casedesk_inspector;

--
-- Name: COLUMN document.served_way; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(served_way) ON TABLE casedesk.document TO casedesk_staff;
GRANT SELECT(served_way) ON TABLE casedesk.document TO casedesk_supervisor;
GRANT SELECT(served_way) ON TABLE casedesk.document TO casedesk_inspector;

--
-- Name: COLUMN document.served_to; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(served_to) ON TABLE casedesk.document TO casedesk_supervisor;
GRANT SELECT(served_to) ON TABLE casedesk.document TO casedesk_inspector;

--
-- Name: COLUMN document.served_by; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(served_by) ON TABLE casedesk.document TO casedesk_supervisor;
GRANT SELECT(served_by) ON TABLE casedesk.document TO casedesk_inspector;

--
-- Name: COLUMN document.version; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(version) ON TABLE casedesk.document TO casedesk_staff;
GRANT SELECT(version) ON TABLE casedesk.document TO casedesk_supervisor;
GRANT SELECT(version) ON TABLE casedesk.document TO casedesk_inspector;

--
-- Name: COLUMN document.step; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(step) ON TABLE casedesk.document TO casedesk_staff;
GRANT SELECT(step) ON TABLE casedesk.document TO casedesk_supervisor;
GRANT SELECT(step) ON TABLE casedesk.document TO casedesk_inspector;

--
-- Name: FUNCTION doc_issue(p_unit integer, p_kind text, p_case bigint, p_petition bigint, p_about bigint, p_on date, p_deadline date, p_facts text, p_step text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.doc_issue(p_unit integer, p_kind text, p_case bigint, p_petition bigint, p_about bigint, p_on date, p_deadline date, p_facts text, p_step text) FROM PUBLIC;

--
-- Name: FUNCTION doc_number(p_unit integer, p_kind text, p_year integer, p_seq integer); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.doc_number(p_unit integer, p_kind text, p_year integer, p_seq integer) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.doc_number(p_unit integer, p_kind text, p_year integer, p_seq integer) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.doc_number(p_unit integer, p_kind text, p_year integer, p_seq integer) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.doc_number(p_unit integer, p_kind text, p_year integer, p_seq integer) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.doc_number(p_unit integer, p_kind text, p_year integer, p_seq integer) TO casedesk_admin;

--
-- Name: FUNCTION doc_prefix(p_unit integer); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.doc_prefix(p_unit integer) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.doc_prefix(p_unit integer) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.doc_prefix(p_unit integer) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.doc_prefix(p_unit integer) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.doc_prefix(p_unit integer) TO casedesk_admin;

--
-- Name: FUNCTION doc_render(p_body text, v jsonb); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.doc_render(p_body text, v jsonb) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.doc_render(p_body text, v jsonb) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.doc_render(p_body text, v jsonb) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.doc_render(p_body text, v jsonb) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.doc_render(p_body text, v jsonb) TO casedesk_admin;

--
-- Name: FUNCTION doc_values(p_unit integer, p_case bigint, p_petition bigint, p_about bigint); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.doc_values(p_unit integer, p_case bigint, p_petition bigint, p_about bigint) FROM PUBLIC;

--
-- Name: FUNCTION document_field(p_id bigint, p_column text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.document_field(p_id bigint, p_column text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.document_field(p_id bigint, p_column text) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.document_field(p_id bigint, p_column text) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.document_field(p_id bigint, p_column text) TO casedesk_inspector;

--
-- Name: FUNCTION document_immutable(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.document_immutable() FROM PUBLIC;

--
-- Name: FUNCTION document_issue(p_kind text, p_case_id bigint, a jsonb); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.document_issue(p_kind text, p_case_id bigint, a jsonb) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.document_issue(p_kind text, p_case_id bigint, a jsonb) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.document_issue(p_kind text, p_case_id bigint, a jsonb) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.document_issue(p_kind text, p_case_id bigint, a jsonb) TO casedesk_inspector;

--
-- Name: FUNCTION document_serve(p_doc_id bigint, p_on date, p_way text, p_to text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.document_serve(p_doc_id bigint, p_on date, p_way text, p_to text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.document_serve(p_doc_id bigint, p_on date, p_way text, p_to text) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.document_serve(p_doc_id bigint, p_on date, p_way text, p_to text) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.document_serve(p_doc_id bigint, p_on date, p_way text, p_to text) TO casedesk_inspector;

--
-- Name: FUNCTION exif_coord(t bytea, le boolean, ifd bigint, ref_tag integer, tag integer, max_deg double precision); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.exif_coord(t bytea, le boolean, ifd bigint, ref_tag integer, tag integer, max_deg double precision) FROM PUBLIC;

--
-- Name: FUNCTION exif_entry(t bytea, le boolean, off bigint, tag integer, OUT type integer, OUT count bigint, OUT voff bigint); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.exif_entry(t bytea, le boolean, off bigint, tag integer, OUT type integer, OUT count bigint, OUT voff bigint) FROM PUBLIC;

--
-- Name: FUNCTION exif_read(p_data bytea, OUT taken_at timestamp without time zone, OUT lat double precision, OUT lon double precision); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.exif_read(p_data bytea, OUT taken_at timestamp without time zone, OUT lat double precision, OUT lon double precision) FROM PUBLIC;

--
-- Name: FUNCTION exif_time(t bytea, le boolean, ifd bigint, tag integer); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.exif_time(t bytea, le boolean, ifd bigint, tag integer) FROM PUBLIC;

--
-- Name: FUNCTION exif_uint(b bytea, off bigint, size integer, le boolean); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.exif_uint(b bytea, off bigint, size integer, le boolean) FROM PUBLIC;

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
-- Name: FUNCTION forced_daytime(a jsonb); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.forced_daytime(a jsonb) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.forced_daytime(a jsonb) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.forced_daytime(a jsonb) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.forced_daytime(a jsonb) TO casedesk_inspector;

--
-- Name: FUNCTION home_open_tasks(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.home_open_tasks() FROM PUBLIC;

--
-- Name: FUNCTION home_staff_counts(OUT to_sign integer, OUT due_soon integer, OUT overdue integer, OUT returned integer, OUT report_due integer, OUT unread integer, OUT open_cases integer); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.home_staff_counts(OUT to_sign integer, OUT due_soon integer, OUT overdue integer, OUT returned integer, OUT report_due integer, OUT unread integer, OUT open_cases integer) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.home_staff_counts(OUT to_sign integer, OUT due_soon integer, OUT overdue integer, OUT returned integer, OUT report_due integer, OUT unread integer, OUT open_cases integer) TO casedesk_staff;

--
-- Name: FUNCTION home_supervisor_counts(OUT awaiting integer, OUT pending_extensions integer, OUT overdue integer, OUT unread integer); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.home_supervisor_counts(OUT awaiting integer, OUT pending_extensions integer, OUT overdue integer, OUT unread integer) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.home_supervisor_counts(OUT awaiting integer, OUT pending_extensions integer, OUT overdue integer, OUT unread integer) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.home_supervisor_counts(OUT awaiting integer, OUT pending_extensions integer, OUT overdue integer, OUT unread integer) TO casedesk_inspector;

--
-- Name: FUNCTION home_unit_overdue(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.home_unit_overdue() FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.home_unit_overdue() TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.home_unit_overdue() TO casedesk_inspector;

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
-- Name: FUNCTION keyed_channel(p_prefix text, p_what text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.keyed_channel(p_prefix text, p_what text) FROM PUBLIC;

--
-- Name: FUNCTION legal_clock_blocker(c casedesk.case_file, p_step text, p_on date); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.legal_clock_blocker(c casedesk.case_file, p_step text, p_on date) FROM PUBLIC;

--
-- Name: FUNCTION legal_clock_escalate(p_today date); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.legal_clock_escalate(p_today date) FROM PUBLIC;

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
-- Name: FUNCTION mask_id(p text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.mask_id(p text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.mask_id(p text) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.mask_id(p text) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.mask_id(p text) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.mask_id(p text) TO casedesk_admin;

--
-- Name: FUNCTION mask_personal(p_kind text, p text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.mask_personal(p_kind text, p text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.mask_personal(p_kind text, p text) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.mask_personal(p_kind text, p text) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.mask_personal(p_kind text, p text) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.mask_personal(p_kind text, p text) TO casedesk_admin;

--
-- Name: FUNCTION mask_phone(p text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.mask_phone(p text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.mask_phone(p text) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.mask_phone(p text) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.mask_phone(p text) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.mask_phone(p text) TO casedesk_admin;

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
-- Name: FUNCTION my_inbox_page(p_unread boolean, p_before bigint, p_limit integer); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.my_inbox_page(p_unread boolean, p_before bigint, p_limit integer) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.my_inbox_page(p_unread boolean, p_before bigint, p_limit integer) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.my_inbox_page(p_unread boolean, p_before bigint, p_limit integer) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.my_inbox_page(p_unread boolean, p_before bigint, p_limit integer) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.my_inbox_page(p_unread boolean, p_before bigint, p_limit integer) TO casedesk_admin;

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
-- Name: FUNCTION my_responsible_task_ids(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.my_responsible_task_ids() FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.my_responsible_task_ids() TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.my_responsible_task_ids() TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.my_responsible_task_ids() TO casedesk_inspector;

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
-- Name: FUNCTION notify_channels(p_table text, p_new jsonb, p_old jsonb); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.notify_channels(p_table text, p_new jsonb, p_old jsonb) FROM PUBLIC;

--
-- Name: FUNCTION notify_trigger(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.notify_trigger() FROM PUBLIC;

--
-- Name: FUNCTION official_evidence(p_token text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.official_evidence(p_token text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.official_evidence(p_token text) TO casedesk_inspector;

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
-- Name: FUNCTION patrol_coverage(p_to date, p_unit_id integer); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.patrol_coverage(p_to date, p_unit_id integer) FROM PUBLIC;

--
-- Name: FUNCTION patrol_interval(p_unit_id integer); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.patrol_interval(p_unit_id integer) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.patrol_interval(p_unit_id integer) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.patrol_interval(p_unit_id integer) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.patrol_interval(p_unit_id integer) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.patrol_interval(p_unit_id integer) TO casedesk_admin;

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
-- Name: FUNCTION patrol_within(p_day date, p_on date, p_interval integer); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.patrol_within(p_day date, p_on date, p_interval integer) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.patrol_within(p_day date, p_on date, p_interval integer) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.patrol_within(p_day date, p_on date, p_interval integer) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.patrol_within(p_day date, p_on date, p_interval integer) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.patrol_within(p_day date, p_on date, p_interval integer) TO casedesk_admin;

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
-- Name: FUNCTION payment_reversal_check(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.payment_reversal_check() FROM PUBLIC;

--
-- Name: FUNCTION payment_reverse(p_payment_id bigint, p_reason text, p_amount numeric); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.payment_reverse(p_payment_id bigint, p_reason text, p_amount numeric) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.payment_reverse(p_payment_id bigint, p_reason text, p_amount numeric) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.payment_reverse(p_payment_id bigint, p_reason text, p_amount numeric) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.payment_reverse(p_payment_id bigint, p_reason text, p_amount numeric) TO casedesk_inspector;

--
-- Name: FUNCTION period_bounds(p_year integer, p_period text, p_index integer, OUT d_from date, OUT d_to date, OUT year_fraction numeric); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.period_bounds(p_year integer, p_period text, p_index integer, OUT d_from date, OUT d_to date, OUT year_fraction numeric) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.period_bounds(p_year integer, p_period text, p_index integer, OUT d_from date, OUT d_to date, OUT year_fraction numeric) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.period_bounds(p_year integer, p_period text, p_index integer, OUT d_from date, OUT d_to date, OUT year_fraction numeric) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.period_bounds(p_year integer, p_period text, p_index integer, OUT d_from date, OUT d_to date, OUT year_fraction numeric) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.period_bounds(p_year integer, p_period text, p_index integer, OUT d_from date, OUT d_to date, OUT year_fraction numeric) TO casedesk_admin;

--
-- Name: FUNCTION petition_case_check(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.petition_case_check() FROM PUBLIC;

--
-- Name: FUNCTION petition_cases_from_legacy(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.petition_cases_from_legacy() FROM PUBLIC;

--
-- Name: FUNCTION petition_check(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.petition_check() FROM PUBLIC;

--
-- Name: FUNCTION petition_detail(p_case_id bigint); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.petition_detail(p_case_id bigint) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.petition_detail(p_case_id bigint) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.petition_detail(p_case_id bigint) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.petition_detail(p_case_id bigint) TO casedesk_inspector;

--
-- Name: FUNCTION petition_documents(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.petition_documents() FROM PUBLIC;

--
-- Name: FUNCTION petition_figures(p_unit integer, p_from date, p_to date); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.petition_figures(p_unit integer, p_from date, p_to date) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.petition_figures(p_unit integer, p_from date, p_to date) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.petition_figures(p_unit integer, p_from date, p_to date) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.petition_figures(p_unit integer, p_from date, p_to date) TO casedesk_inspector;

--
-- Name: FUNCTION petition_party(p_petition_id bigint); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.petition_party(p_petition_id bigint) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.petition_party(p_petition_id bigint) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.petition_party(p_petition_id bigint) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.petition_party(p_petition_id bigint) TO casedesk_inspector;

--
-- Name: FUNCTION petition_period(p_code text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.petition_period(p_code text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.petition_period(p_code text) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.petition_period(p_code text) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.petition_period(p_code text) TO casedesk_inspector;

--
-- Name: FUNCTION petition_retired(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.petition_retired() FROM PUBLIC;

--
-- Name: FUNCTION petition_window(p_code text, p_from date, p_on date); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.petition_window(p_code text, p_from date, p_on date) FROM PUBLIC;

--
-- Name: FUNCTION project_add(p_code text, p_name text, p_kind text, p_lead_unit_code text, p_account_no text, p_started_on date, p_budget_packaged numeric, p_funding_need numeric); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.project_add(p_code text, p_name text, p_kind text, p_lead_unit_code text, p_account_no text, p_started_on date, p_budget_packaged numeric, p_funding_need numeric) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.project_add(p_code text, p_name text, p_kind text, p_lead_unit_code text, p_account_no text, p_started_on date, p_budget_packaged numeric, p_funding_need numeric) TO casedesk_admin;
GRANT ALL ON FUNCTION casedesk.project_add(p_code text, p_name text, p_kind text, p_lead_unit_code text, p_account_no text, p_started_on date, p_budget_packaged numeric, p_funding_need numeric) TO casedesk_supervisor;

--
-- Name: FUNCTION project_add_unit(p_code text, p_unit_code text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.project_add_unit(p_code text, p_unit_code text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.project_add_unit(p_code text, p_unit_code text) TO casedesk_admin;
GRANT ALL ON FUNCTION casedesk.project_add_unit(p_code text, p_unit_code text) TO casedesk_supervisor;

--
-- Name: FUNCTION project_funds(p_project_code text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.project_funds(p_project_code text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.project_funds(p_project_code text) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.project_funds(p_project_code text) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.project_funds(p_project_code text) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.project_funds(p_project_code text) TO casedesk_admin;

--
-- Name: FUNCTION project_in_use(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.project_in_use() FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.project_in_use() TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.project_in_use() TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.project_in_use() TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.project_in_use() TO casedesk_admin;

--
-- Name: FUNCTION project_registered_within(p_project integer, p_unit integer, d0 date, d1 date); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.project_registered_within(p_project integer, p_unit integer, d0 date, d1 date) FROM PUBLIC;

--
-- Name: FUNCTION project_restore(p_code text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.project_restore(p_code text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.project_restore(p_code text) TO casedesk_admin;
GRANT ALL ON FUNCTION casedesk.project_restore(p_code text) TO casedesk_supervisor;

--
-- Name: FUNCTION project_retire(p_code text, p_on date, p_reason text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.project_retire(p_code text, p_on date, p_reason text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.project_retire(p_code text, p_on date, p_reason text) TO casedesk_admin;
GRANT ALL ON FUNCTION casedesk.project_retire(p_code text, p_on date, p_reason text) TO casedesk_supervisor;

--
-- Name: FUNCTION project_set_money(p_code text, p_budget_packaged numeric, p_funding_need numeric); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.project_set_money(p_code text, p_budget_packaged numeric, p_funding_need numeric) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.project_set_money(p_code text, p_budget_packaged numeric, p_funding_need numeric) TO casedesk_admin;
GRANT ALL ON FUNCTION casedesk.project_set_money(p_code text, p_budget_packaged numeric, p_funding_need numeric) TO casedesk_supervisor;

--
-- Name: FUNCTION ranking(p_year integer, p_period text, p_index integer); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.ranking(p_year integer, p_period text, p_index integer) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.ranking(p_year integer, p_period text, p_index integer) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.ranking(p_year integer, p_period text, p_index integer) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.ranking(p_year integer, p_period text, p_index integer) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.ranking(p_year integer, p_period text, p_index integer) TO casedesk_admin;

--
-- Name: FUNCTION ref_money(p_value numeric); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.ref_money(p_value numeric) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.ref_money(p_value numeric) TO casedesk_admin;
GRANT ALL ON FUNCTION casedesk.ref_money(p_value numeric) TO casedesk_supervisor;

--
-- Name: FUNCTION ref_name(p_name text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.ref_name(p_name text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.ref_name(p_name text) TO casedesk_admin;
GRANT ALL ON FUNCTION casedesk.ref_name(p_name text) TO casedesk_supervisor;

--
-- Name: FUNCTION ref_project(p_code text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.ref_project(p_code text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.ref_project(p_code text) TO casedesk_admin;
GRANT ALL ON FUNCTION casedesk.ref_project(p_code text) TO casedesk_supervisor;

--
-- Name: FUNCTION ref_retire_check(p_roles text[], p_what text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.ref_retire_check(p_roles text[], p_what text) FROM PUBLIC;

--
-- Name: FUNCTION ref_retire_date(p_on date); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.ref_retire_date(p_on date) FROM PUBLIC;

--
-- Name: FUNCTION ref_unit(p_code text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.ref_unit(p_code text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.ref_unit(p_code text) TO casedesk_admin;
GRANT ALL ON FUNCTION casedesk.ref_unit(p_code text) TO casedesk_supervisor;

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
-- Name: FUNCTION row_visible_to_session(p_table text, p_id bigint); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.row_visible_to_session(p_table text, p_id bigint) FROM PUBLIC;

--
-- Name: FUNCTION saved_filter_cap(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.saved_filter_cap() FROM PUBLIC;

--
-- Name: FUNCTION saved_filter_delete(p_id integer); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.saved_filter_delete(p_id integer) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.saved_filter_delete(p_id integer) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.saved_filter_delete(p_id integer) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.saved_filter_delete(p_id integer) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.saved_filter_delete(p_id integer) TO casedesk_admin;

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
-- Name: FUNCTION setting_check_patrol(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.setting_check_patrol() FROM PUBLIC;

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
-- Name: FUNCTION step_doc_kind(p_case_kind text, p_step text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.step_doc_kind(p_case_kind text, p_step text) FROM PUBLIC;

--
-- Name: FUNCTION step_document(c casedesk.case_file, p_step text, p_on date, p_deadline date); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.step_document(c casedesk.case_file, p_step text, p_on date, p_deadline date) FROM PUBLIC;

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
-- Name: FUNCTION task_actor(p_table text, p_id bigint, p_column text, p_what text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.task_actor(p_table text, p_id bigint, p_column text, p_what text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.task_actor(p_table text, p_id bigint, p_column text, p_what text) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.task_actor(p_table text, p_id bigint, p_column text, p_what text) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.task_actor(p_table text, p_id bigint, p_column text, p_what text) TO casedesk_inspector;

--
-- Name: FUNCTION task_actors(p_ids bigint[]); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.task_actors(p_ids bigint[]) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.task_actors(p_ids bigint[]) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.task_actors(p_ids bigint[]) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.task_actors(p_ids bigint[]) TO casedesk_inspector;

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
-- Name: FUNCTION task_card_total_trg(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.task_card_total_trg() FROM PUBLIC;

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
-- Name: FUNCTION task_due_total_current(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.task_due_total_current() FROM PUBLIC;

--
-- Name: FUNCTION task_due_total_trg(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.task_due_total_trg() FROM PUBLIC;

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
-- Name: FUNCTION task_extension_check(p_task_id bigint, p_requested_deadline date); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.task_extension_check(p_task_id bigint, p_requested_deadline date) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.task_extension_check(p_task_id bigint, p_requested_deadline date) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.task_extension_check(p_task_id bigint, p_requested_deadline date) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.task_extension_check(p_task_id bigint, p_requested_deadline date) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.task_extension_check(p_task_id bigint, p_requested_deadline date) TO casedesk_admin;

--
-- Name: FUNCTION task_extension_inbox_trigger(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.task_extension_inbox_trigger() FROM PUBLIC;

--
-- Name: COLUMN task.id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(id) ON TABLE casedesk.task TO casedesk_staff;
GRANT SELECT(id) ON TABLE casedesk.task TO casedesk_supervisor;
GRANT SELECT(id) ON TABLE casedesk.task TO casedesk_inspector;

--
-- Name: COLUMN task.number_year; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(number_year) ON TABLE casedesk.task TO casedesk_staff;
GRANT SELECT(number_year) ON TABLE casedesk.task TO casedesk_supervisor;
GRANT SELECT(number_year) ON TABLE casedesk.task TO casedesk_inspector;

--
-- Name: COLUMN task.number_seq; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(number_seq) ON TABLE casedesk.task TO casedesk_staff;
GRANT SELECT(number_seq) ON TABLE casedesk.task TO casedesk_supervisor;
GRANT SELECT(number_seq) ON TABLE casedesk.task TO casedesk_inspector;

--
-- Name: COLUMN task.number; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(number) ON TABLE casedesk.task TO casedesk_staff;
GRANT SELECT(number) ON TABLE casedesk.task TO casedesk_supervisor;
GRANT SELECT(number) ON TABLE casedesk.task TO casedesk_inspector;

--
-- Name: COLUMN task.title; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(title),UPDATE(title) ON TABLE casedesk.task TO casedesk_supervisor;
GRANT SELECT(title) ON TABLE casedesk.task TO casedesk_staff;
GRANT SELECT(title) ON TABLE casedesk.task TO casedesk_inspector;

--
-- Name: COLUMN task.description; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(description),UPDATE(description) ON TABLE casedesk.task TO casedesk_supervisor;
GRANT SELECT(description) ON TABLE casedesk.task TO casedesk_staff;
GRANT SELECT(description) ON TABLE casedesk.task TO casedesk_inspector;

--
-- Name: COLUMN task.source; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(source),UPDATE(source) ON TABLE casedesk.task TO casedesk_supervisor;
GRANT SELECT(source) ON TABLE casedesk.task TO casedesk_staff;
GRANT SELECT(source) ON TABLE casedesk.task TO casedesk_inspector;

--
-- Name: COLUMN task.level; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(level),UPDATE(level) ON TABLE casedesk.task TO casedesk_supervisor;
GRANT SELECT(level) ON TABLE casedesk.task TO casedesk_staff;
GRANT SELECT(level) ON TABLE casedesk.task TO casedesk_inspector;

--
-- Name: COLUMN task.lead_unit_id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(lead_unit_id) ON TABLE casedesk.task TO casedesk_staff;
GRANT SELECT(lead_unit_id) ON TABLE casedesk.task TO casedesk_supervisor;
GRANT SELECT(lead_unit_id) ON TABLE casedesk.task TO casedesk_inspector;

--
-- Name: COLUMN task.responsible_id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(responsible_id) ON TABLE casedesk.task TO casedesk_supervisor;

--
-- Name: COLUMN task.deadline; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(deadline) ON TABLE casedesk.task TO casedesk_staff;
GRANT SELECT(deadline) ON TABLE casedesk.task TO casedesk_supervisor;
GRANT SELECT(deadline) ON TABLE casedesk.task TO casedesk_inspector;

--
-- Name: COLUMN task.report_interval; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(report_interval),UPDATE(report_interval) ON TABLE casedesk.task TO casedesk_supervisor;
GRANT SELECT(report_interval) ON TABLE casedesk.task TO casedesk_staff;
GRANT SELECT(report_interval) ON TABLE casedesk.task TO casedesk_inspector;

--
-- Name: COLUMN task.status; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(status) ON TABLE casedesk.task TO casedesk_staff;
GRANT SELECT(status) ON TABLE casedesk.task TO casedesk_supervisor;
GRANT SELECT(status) ON TABLE casedesk.task TO casedesk_inspector;

--
-- Name: COLUMN task.return_reason; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(return_reason) ON TABLE casedesk.task TO casedesk_staff;
GRANT SELECT(return_reason) ON TABLE casedesk.task TO casedesk_supervisor;
GRANT SELECT(return_reason) ON TABLE casedesk.task TO casedesk_inspector;

--
-- Name: COLUMN task.close_note; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(close_note) ON TABLE casedesk.task TO casedesk_staff;
GRANT SELECT(close_note) ON TABLE casedesk.task TO casedesk_supervisor;
GRANT SELECT(close_note) ON TABLE casedesk.task TO casedesk_inspector;

--
-- Name: COLUMN task.created_at; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(created_at) ON TABLE casedesk.task TO casedesk_staff;
GRANT SELECT(created_at) ON TABLE casedesk.task TO casedesk_supervisor;
GRANT SELECT(created_at) ON TABLE casedesk.task TO casedesk_inspector;

--
-- Name: COLUMN task.updated_at; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(updated_at) ON TABLE casedesk.task TO casedesk_staff;
GRANT SELECT(updated_at) ON TABLE casedesk.task TO casedesk_supervisor;
GRANT SELECT(updated_at) ON TABLE casedesk.task TO casedesk_inspector;

--
-- Name: COLUMN task.signed_at; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(signed_at) ON TABLE casedesk.task TO casedesk_staff;
GRANT SELECT(signed_at) ON TABLE casedesk.task TO casedesk_supervisor;
GRANT SELECT(signed_at) ON TABLE casedesk.task TO casedesk_inspector;

--
-- Name: COLUMN task.reported_at; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(reported_at) ON TABLE casedesk.task TO casedesk_staff;
GRANT SELECT(reported_at) ON TABLE casedesk.task TO casedesk_supervisor;
GRANT SELECT(reported_at) ON TABLE casedesk.task TO casedesk_inspector;

--
-- Name: COLUMN task.closed_at; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(closed_at) ON TABLE casedesk.task TO casedesk_staff;
GRANT SELECT(closed_at) ON TABLE casedesk.task TO casedesk_supervisor;
GRANT SELECT(closed_at) ON TABLE casedesk.task TO casedesk_inspector;

--
-- Name: COLUMN task.version; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(version) ON TABLE casedesk.task TO casedesk_staff;
GRANT SELECT(version) ON TABLE casedesk.task TO casedesk_supervisor;
GRANT SELECT(version) ON TABLE casedesk.task TO casedesk_inspector;

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
-- Name: FUNCTION task_open_total_trg(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.task_open_total_trg() FROM PUBLIC;

--
-- Name: FUNCTION task_period_figures(p_from date, p_to date, p_unit_id integer); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.task_period_figures(p_from date, p_to date, p_unit_id integer) FROM PUBLIC;

--
-- Name: FUNCTION task_readable(p_task bigint); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.task_readable(p_task bigint) FROM PUBLIC;

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
-- Name: FUNCTION task_seen_child_trg(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.task_seen_child_trg() FROM PUBLIC;

--
-- Name: FUNCTION task_seen_rebuild(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.task_seen_rebuild() FROM PUBLIC;

--
-- Name: FUNCTION task_seen_refresh(p_ids bigint[]); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.task_seen_refresh(p_ids bigint[]) FROM PUBLIC;

--
-- Name: FUNCTION task_seen_task_trg(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.task_seen_task_trg() FROM PUBLIC;

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
-- Name: FUNCTION task_totals_rebuild(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.task_totals_rebuild() FROM PUBLIC;

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
-- Name: FUNCTION text_pairs(p text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.text_pairs(p text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.text_pairs(p text) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.text_pairs(p text) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.text_pairs(p text) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.text_pairs(p text) TO casedesk_admin;

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
-- Name: FUNCTION totals_pet_rows(tb text, s integer); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.totals_pet_rows(tb text, s integer) FROM PUBLIC;

--
-- Name: FUNCTION totals_pet_trg(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.totals_pet_trg() FROM PUBLIC;

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
-- Name: FUNCTION unit_add(p_code text, p_name text, p_kind text, p_parent_code text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.unit_add(p_code text, p_name text, p_kind text, p_parent_code text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.unit_add(p_code text, p_name text, p_kind text, p_parent_code text) TO casedesk_admin;

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
-- Name: FUNCTION unit_rename(p_code text, p_name text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.unit_rename(p_code text, p_name text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.unit_rename(p_code text, p_name text) TO casedesk_admin;

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
-- Name: FUNCTION village_add(p_unit_code text, p_name text, p_kind text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.village_add(p_unit_code text, p_name text, p_kind text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.village_add(p_unit_code text, p_name text, p_kind text) TO casedesk_admin;

--
-- Name: FUNCTION village_apply_violation_free(p_village_id integer, p_on date, p_note text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.village_apply_violation_free(p_village_id integer, p_on date, p_note text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.village_apply_violation_free(p_village_id integer, p_on date, p_note text) TO casedesk_staff;

--
-- Name: FUNCTION village_certify_violation_free(p_village_id integer, p_on date); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.village_certify_violation_free(p_village_id integer, p_on date) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.village_certify_violation_free(p_village_id integer, p_on date) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.village_certify_violation_free(p_village_id integer, p_on date) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.village_certify_violation_free(p_village_id integer, p_on date) TO casedesk_inspector;

--
-- Name: FUNCTION village_in_use(); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.village_in_use() FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.village_in_use() TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.village_in_use() TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.village_in_use() TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.village_in_use() TO casedesk_admin;

--
-- Name: FUNCTION village_inspect_violation_free(p_village_id integer, p_on date, p_passed boolean, p_note text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.village_inspect_violation_free(p_village_id integer, p_on date, p_passed boolean, p_note text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.village_inspect_violation_free(p_village_id integer, p_on date, p_passed boolean, p_note text) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.village_inspect_violation_free(p_village_id integer, p_on date, p_passed boolean, p_note text) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.village_inspect_violation_free(p_village_id integer, p_on date, p_passed boolean, p_note text) TO casedesk_inspector;

--
-- Name: FUNCTION village_open_violations(p_village_id integer); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.village_open_violations(p_village_id integer) FROM PUBLIC;

--
-- Name: FUNCTION village_patrol_schedule(p_unit_id integer, p_on date); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.village_patrol_schedule(p_unit_id integer, p_on date) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.village_patrol_schedule(p_unit_id integer, p_on date) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.village_patrol_schedule(p_unit_id integer, p_on date) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.village_patrol_schedule(p_unit_id integer, p_on date) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.village_patrol_schedule(p_unit_id integer, p_on date) TO casedesk_admin;

--
-- Name: FUNCTION village_rename(p_unit_code text, p_old text, p_new text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.village_rename(p_unit_code text, p_old text, p_new text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.village_rename(p_unit_code text, p_old text, p_new text) TO casedesk_admin;

--
-- Name: FUNCTION village_restore(p_unit_code text, p_name text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.village_restore(p_unit_code text, p_name text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.village_restore(p_unit_code text, p_name text) TO casedesk_admin;

--
-- Name: FUNCTION village_retire(p_unit_code text, p_name text, p_on date, p_reason text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.village_retire(p_unit_code text, p_name text, p_on date, p_reason text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.village_retire(p_unit_code text, p_name text, p_on date, p_reason text) TO casedesk_admin;

--
-- Name: FUNCTION village_revoke_violation_free(p_village_id integer, p_on date, p_reason text); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.village_revoke_violation_free(p_village_id integer, p_on date, p_reason text) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.village_revoke_violation_free(p_village_id integer, p_on date, p_reason text) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.village_revoke_violation_free(p_village_id integer, p_on date, p_reason text) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.village_revoke_violation_free(p_village_id integer, p_on date, p_reason text) TO casedesk_inspector;

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
-- Name: FUNCTION whole_months(p_from date, p_to date); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.whole_months(p_from date, p_to date) FROM PUBLIC;

--
-- Name: FUNCTION workdays_between(a date, b date); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.workdays_between(a date, b date) FROM PUBLIC;
GRANT ALL ON FUNCTION casedesk.workdays_between(a date, b date) TO casedesk_staff;
GRANT ALL ON FUNCTION casedesk.workdays_between(a date, b date) TO casedesk_supervisor;
GRANT ALL ON FUNCTION casedesk.workdays_between(a date, b date) TO casedesk_inspector;
GRANT ALL ON FUNCTION casedesk.workdays_between(a date, b date) TO casedesk_admin;

--
-- Name: FUNCTION xid_status(p_xid xid); Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

REVOKE ALL ON FUNCTION casedesk.xid_status(p_xid xid) FROM PUBLIC;

--
-- Name: TABLE attachment; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT ON TABLE casedesk.attachment TO casedesk_staff;
GRANT SELECT ON TABLE casedesk.attachment TO casedesk_supervisor;
GRANT SELECT ON TABLE casedesk.attachment TO casedesk_inspector;

--
-- Name: TABLE attachment_blob; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT ON TABLE casedesk.attachment_blob TO casedesk_staff;
GRANT SELECT ON TABLE casedesk.attachment_blob TO casedesk_supervisor;
GRANT SELECT ON TABLE casedesk.attachment_blob TO casedesk_inspector;

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
-- Name: TABLE doc_kind; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT ON TABLE casedesk.doc_kind TO casedesk_staff;
GRANT SELECT ON TABLE casedesk.doc_kind TO casedesk_supervisor;
GRANT SELECT ON TABLE casedesk.doc_kind TO casedesk_inspector;
GRANT SELECT ON TABLE casedesk.doc_kind TO casedesk_admin;

--
-- Name: TABLE doc_template; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT ON TABLE casedesk.doc_template TO casedesk_staff;
GRANT SELECT ON TABLE casedesk.doc_template TO casedesk_supervisor;
GRANT SELECT ON TABLE casedesk.doc_template TO casedesk_inspector;
GRANT SELECT ON TABLE casedesk.doc_template TO casedesk_admin;

--
-- Name: COLUMN doc_template.body; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(body) ON TABLE casedesk.doc_template TO casedesk_admin;

--
-- Name: TABLE doc_unit; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT ON TABLE casedesk.doc_unit TO casedesk_staff;
GRANT SELECT ON TABLE casedesk.doc_unit TO casedesk_supervisor;
GRANT SELECT ON TABLE casedesk.doc_unit TO casedesk_inspector;
GRANT SELECT ON TABLE casedesk.doc_unit TO casedesk_admin;

--
-- Name: COLUMN doc_unit.unit_id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT INSERT(unit_id) ON TABLE casedesk.doc_unit TO casedesk_admin;

--
-- Name: COLUMN doc_unit.prefix; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT INSERT(prefix),UPDATE(prefix) ON TABLE casedesk.doc_unit TO casedesk_admin;

--
-- Name: COLUMN doc_unit.cups_queue; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT INSERT(cups_queue),UPDATE(cups_queue) ON TABLE casedesk.doc_unit TO casedesk_admin;

--
-- Name: COLUMN expropriation.id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(id) ON TABLE casedesk.expropriation TO casedesk_staff;
GRANT SELECT(id) ON TABLE casedesk.expropriation TO casedesk_supervisor;
GRANT SELECT(id) ON TABLE casedesk.expropriation TO casedesk_inspector;

--
-- Name: COLUMN expropriation.unit_id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(unit_id) ON TABLE casedesk.expropriation TO casedesk_staff;
GRANT SELECT(unit_id) ON TABLE casedesk.expropriation TO casedesk_supervisor;
GRANT SELECT(unit_id) ON TABLE casedesk.expropriation TO casedesk_inspector;

--
-- Name: COLUMN expropriation.project_id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(project_id) ON TABLE casedesk.expropriation TO casedesk_staff;
GRANT SELECT(project_id) ON TABLE casedesk.expropriation TO casedesk_supervisor;
GRANT SELECT(project_id) ON TABLE casedesk.expropriation TO casedesk_inspector;

--
-- Name: COLUMN expropriation.party_kind; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(party_kind) ON TABLE casedesk.expropriation TO casedesk_staff;
GRANT SELECT(party_kind) ON TABLE casedesk.expropriation TO casedesk_supervisor;
GRANT SELECT(party_kind) ON TABLE casedesk.expropriation TO casedesk_inspector;

--
-- Name: COLUMN expropriation.party_id_no; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(party_id_no) ON TABLE casedesk.expropriation TO casedesk_staff;

--
-- Name: COLUMN expropriation.house_area; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(house_area),UPDATE(house_area) ON TABLE casedesk.expropriation TO casedesk_staff;
GRANT SELECT(house_area) ON TABLE casedesk.expropriation TO casedesk_supervisor;
GRANT SELECT(house_area) ON TABLE casedesk.expropriation TO casedesk_inspector;

--
-- Name: COLUMN expropriation.land_area_mu; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(land_area_mu),UPDATE(land_area_mu) ON TABLE casedesk.expropriation TO casedesk_staff;
GRANT SELECT(land_area_mu) ON TABLE casedesk.expropriation TO casedesk_supervisor;
GRANT SELECT(land_area_mu) ON TABLE casedesk.expropriation TO casedesk_inspector;

--
-- Name: COLUMN expropriation.surveyed_on; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(surveyed_on) ON TABLE casedesk.expropriation TO casedesk_staff;
GRANT SELECT(surveyed_on) ON TABLE casedesk.expropriation TO casedesk_supervisor;
GRANT SELECT(surveyed_on) ON TABLE casedesk.expropriation TO casedesk_inspector;

--
-- Name: COLUMN expropriation.assessed_on; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(assessed_on) ON TABLE casedesk.expropriation TO casedesk_staff;
GRANT SELECT(assessed_on) ON TABLE casedesk.expropriation TO casedesk_supervisor;
GRANT SELECT(assessed_on) ON TABLE casedesk.expropriation TO casedesk_inspector;

--
-- Name: COLUMN expropriation.assessed_compensation; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(assessed_compensation) ON TABLE casedesk.expropriation TO casedesk_staff;
GRANT SELECT(assessed_compensation) ON TABLE casedesk.expropriation TO casedesk_supervisor;
GRANT SELECT(assessed_compensation) ON TABLE casedesk.expropriation TO casedesk_inspector;

--
-- Name: COLUMN expropriation.resettlement; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(resettlement) ON TABLE casedesk.expropriation TO casedesk_staff;
GRANT SELECT(resettlement) ON TABLE casedesk.expropriation TO casedesk_supervisor;
GRANT SELECT(resettlement) ON TABLE casedesk.expropriation TO casedesk_inspector;

--
-- Name: COLUMN expropriation.community_id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(community_id) ON TABLE casedesk.expropriation TO casedesk_staff;
GRANT SELECT(community_id) ON TABLE casedesk.expropriation TO casedesk_supervisor;
GRANT SELECT(community_id) ON TABLE casedesk.expropriation TO casedesk_inspector;

--
-- Name: COLUMN expropriation.signed_on; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(signed_on) ON TABLE casedesk.expropriation TO casedesk_staff;
GRANT SELECT(signed_on) ON TABLE casedesk.expropriation TO casedesk_supervisor;
GRANT SELECT(signed_on) ON TABLE casedesk.expropriation TO casedesk_inspector;

--
-- Name: COLUMN expropriation.paid_total; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(paid_total) ON TABLE casedesk.expropriation TO casedesk_staff;
GRANT SELECT(paid_total) ON TABLE casedesk.expropriation TO casedesk_supervisor;
GRANT SELECT(paid_total) ON TABLE casedesk.expropriation TO casedesk_inspector;

--
-- Name: COLUMN expropriation.paid_on; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(paid_on) ON TABLE casedesk.expropriation TO casedesk_staff;
GRANT SELECT(paid_on) ON TABLE casedesk.expropriation TO casedesk_supervisor;
GRANT SELECT(paid_on) ON TABLE casedesk.expropriation TO casedesk_inspector;

--
-- Name: COLUMN expropriation.vacated_on; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(vacated_on) ON TABLE casedesk.expropriation TO casedesk_staff;
GRANT SELECT(vacated_on) ON TABLE casedesk.expropriation TO casedesk_supervisor;
GRANT SELECT(vacated_on) ON TABLE casedesk.expropriation TO casedesk_inspector;

--
-- Name: COLUMN expropriation.demolished_on; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(demolished_on) ON TABLE casedesk.expropriation TO casedesk_staff;
GRANT SELECT(demolished_on) ON TABLE casedesk.expropriation TO casedesk_supervisor;
GRANT SELECT(demolished_on) ON TABLE casedesk.expropriation TO casedesk_inspector;

--
-- Name: COLUMN expropriation.forced; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(forced) ON TABLE casedesk.expropriation TO casedesk_staff;
GRANT SELECT(forced) ON TABLE casedesk.expropriation TO casedesk_supervisor;
GRANT SELECT(forced) ON TABLE casedesk.expropriation TO casedesk_inspector;

--
-- Name: COLUMN expropriation.expropriation_decision_on; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(expropriation_decision_on) ON TABLE casedesk.expropriation TO casedesk_staff;
GRANT SELECT(expropriation_decision_on) ON TABLE casedesk.expropriation TO casedesk_supervisor;
GRANT SELECT(expropriation_decision_on) ON TABLE casedesk.expropriation TO casedesk_inspector;

--
-- Name: COLUMN expropriation.expropriation_decision_no; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(expropriation_decision_no) ON TABLE casedesk.expropriation TO casedesk_staff;
GRANT SELECT(expropriation_decision_no) ON TABLE casedesk.expropriation TO casedesk_supervisor;
GRANT SELECT(expropriation_decision_no) ON TABLE casedesk.expropriation TO casedesk_inspector;

--
-- Name: COLUMN expropriation.compensation_decision_on; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(compensation_decision_on) ON TABLE casedesk.expropriation TO casedesk_staff;
GRANT SELECT(compensation_decision_on) ON TABLE casedesk.expropriation TO casedesk_supervisor;
GRANT SELECT(compensation_decision_on) ON TABLE casedesk.expropriation TO casedesk_inspector;

--
-- Name: COLUMN expropriation.compensation_decision_no; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(compensation_decision_no) ON TABLE casedesk.expropriation TO casedesk_staff;
GRANT SELECT(compensation_decision_no) ON TABLE casedesk.expropriation TO casedesk_supervisor;
GRANT SELECT(compensation_decision_no) ON TABLE casedesk.expropriation TO casedesk_inspector;

--
-- Name: COLUMN expropriation.court_enforcement_on; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(court_enforcement_on) ON TABLE casedesk.expropriation TO casedesk_staff;
GRANT SELECT(court_enforcement_on) ON TABLE casedesk.expropriation TO casedesk_supervisor;
GRANT SELECT(court_enforcement_on) ON TABLE casedesk.expropriation TO casedesk_inspector;

--
-- Name: COLUMN expropriation.court_enforcement_no; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(court_enforcement_no) ON TABLE casedesk.expropriation TO casedesk_staff;
GRANT SELECT(court_enforcement_no) ON TABLE casedesk.expropriation TO casedesk_supervisor;
GRANT SELECT(court_enforcement_no) ON TABLE casedesk.expropriation TO casedesk_inspector;

--
-- Name: COLUMN expropriation.version; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(version) ON TABLE casedesk.expropriation TO casedesk_staff;
GRANT SELECT(version) ON TABLE casedesk.expropriation TO casedesk_supervisor;
GRANT SELECT(version) ON TABLE casedesk.expropriation TO casedesk_inspector;

--
-- Name: COLUMN expropriation.demand_on; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(demand_on) ON TABLE casedesk.expropriation TO casedesk_staff;
GRANT SELECT(demand_on) ON TABLE casedesk.expropriation TO casedesk_supervisor;
GRANT SELECT(demand_on) ON TABLE casedesk.expropriation TO casedesk_inspector;

--
-- Name: COLUMN expropriation.demand_no; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(demand_no) ON TABLE casedesk.expropriation TO casedesk_staff;
GRANT SELECT(demand_no) ON TABLE casedesk.expropriation TO casedesk_supervisor;
GRANT SELECT(demand_no) ON TABLE casedesk.expropriation TO casedesk_inspector;

--
-- Name: COLUMN expropriation.court_application_on; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(court_application_on) ON TABLE casedesk.expropriation TO casedesk_staff;
GRANT SELECT(court_application_on) ON TABLE casedesk.expropriation TO casedesk_supervisor;
GRANT SELECT(court_application_on) ON TABLE casedesk.expropriation TO casedesk_inspector;

--
-- Name: COLUMN expropriation.court_application_no; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(court_application_no) ON TABLE casedesk.expropriation TO casedesk_staff;
GRANT SELECT(court_application_no) ON TABLE casedesk.expropriation TO casedesk_supervisor;
GRANT SELECT(court_application_no) ON TABLE casedesk.expropriation TO casedesk_inspector;

--
-- Name: COLUMN expropriation.deposit_on; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(deposit_on) ON TABLE casedesk.expropriation TO casedesk_staff;
GRANT SELECT(deposit_on) ON TABLE casedesk.expropriation TO casedesk_supervisor;
GRANT SELECT(deposit_on) ON TABLE casedesk.expropriation TO casedesk_inspector;

--
-- Name: COLUMN expropriation.deposit_no; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(deposit_no) ON TABLE casedesk.expropriation TO casedesk_staff;
GRANT SELECT(deposit_no) ON TABLE casedesk.expropriation TO casedesk_supervisor;
GRANT SELECT(deposit_no) ON TABLE casedesk.expropriation TO casedesk_inspector;

--
-- Name: COLUMN expropriation.flat_building; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(flat_building) ON TABLE casedesk.expropriation TO casedesk_staff;
GRANT SELECT(flat_building) ON TABLE casedesk.expropriation TO casedesk_supervisor;
GRANT SELECT(flat_building) ON TABLE casedesk.expropriation TO casedesk_inspector;

--
-- Name: COLUMN expropriation.flat_unit; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(flat_unit) ON TABLE casedesk.expropriation TO casedesk_staff;
GRANT SELECT(flat_unit) ON TABLE casedesk.expropriation TO casedesk_supervisor;
GRANT SELECT(flat_unit) ON TABLE casedesk.expropriation TO casedesk_inspector;

--
-- Name: COLUMN expropriation.flat_room; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(flat_room) ON TABLE casedesk.expropriation TO casedesk_staff;
GRANT SELECT(flat_room) ON TABLE casedesk.expropriation TO casedesk_supervisor;
GRANT SELECT(flat_room) ON TABLE casedesk.expropriation TO casedesk_inspector;

--
-- Name: COLUMN expropriation.flat_area_m2; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(flat_area_m2) ON TABLE casedesk.expropriation TO casedesk_staff;
GRANT SELECT(flat_area_m2) ON TABLE casedesk.expropriation TO casedesk_supervisor;
GRANT SELECT(flat_area_m2) ON TABLE casedesk.expropriation TO casedesk_inspector;

--
-- Name: COLUMN expropriation.flat_allocated_on; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(flat_allocated_on) ON TABLE casedesk.expropriation TO casedesk_staff;
GRANT SELECT(flat_allocated_on) ON TABLE casedesk.expropriation TO casedesk_supervisor;
GRANT SELECT(flat_allocated_on) ON TABLE casedesk.expropriation TO casedesk_inspector;

--
-- Name: COLUMN expropriation.moved_in_on; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(moved_in_on) ON TABLE casedesk.expropriation TO casedesk_staff;
GRANT SELECT(moved_in_on) ON TABLE casedesk.expropriation TO casedesk_supervisor;
GRANT SELECT(moved_in_on) ON TABLE casedesk.expropriation TO casedesk_inspector;

--
-- Name: COLUMN expropriation.transition_monthly; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(transition_monthly) ON TABLE casedesk.expropriation TO casedesk_staff;
GRANT SELECT(transition_monthly) ON TABLE casedesk.expropriation TO casedesk_supervisor;
GRANT SELECT(transition_monthly) ON TABLE casedesk.expropriation TO casedesk_inspector;

--
-- Name: COLUMN expropriation.forced_at; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(forced_at) ON TABLE casedesk.expropriation TO casedesk_staff;
GRANT SELECT(forced_at) ON TABLE casedesk.expropriation TO casedesk_supervisor;
GRANT SELECT(forced_at) ON TABLE casedesk.expropriation TO casedesk_inspector;

--
-- Name: COLUMN inbox.id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(id) ON TABLE casedesk.inbox TO casedesk_staff;
GRANT SELECT(id) ON TABLE casedesk.inbox TO casedesk_supervisor;
GRANT SELECT(id) ON TABLE casedesk.inbox TO casedesk_inspector;
GRANT SELECT(id) ON TABLE casedesk.inbox TO casedesk_admin;

--
-- Name: COLUMN inbox.unit_id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(unit_id) ON TABLE casedesk.inbox TO casedesk_staff;
GRANT SELECT(unit_id) ON TABLE casedesk.inbox TO casedesk_supervisor;
GRANT SELECT(unit_id) ON TABLE casedesk.inbox TO casedesk_inspector;
GRANT SELECT(unit_id) ON TABLE casedesk.inbox TO casedesk_admin;

--
-- Name: COLUMN inbox.kind; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(kind) ON TABLE casedesk.inbox TO casedesk_staff;
GRANT SELECT(kind) ON TABLE casedesk.inbox TO casedesk_supervisor;
GRANT SELECT(kind) ON TABLE casedesk.inbox TO casedesk_inspector;
GRANT SELECT(kind) ON TABLE casedesk.inbox TO casedesk_admin;

--
-- Name: COLUMN inbox.task_id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(task_id) ON TABLE casedesk.inbox TO casedesk_staff;
GRANT SELECT(task_id) ON TABLE casedesk.inbox TO casedesk_supervisor;
GRANT SELECT(task_id) ON TABLE casedesk.inbox TO casedesk_inspector;
GRANT SELECT(task_id) ON TABLE casedesk.inbox TO casedesk_admin;

--
-- Name: COLUMN inbox.detail; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(detail) ON TABLE casedesk.inbox TO casedesk_staff;
GRANT SELECT(detail) ON TABLE casedesk.inbox TO casedesk_supervisor;
GRANT SELECT(detail) ON TABLE casedesk.inbox TO casedesk_inspector;
GRANT SELECT(detail) ON TABLE casedesk.inbox TO casedesk_admin;

--
-- Name: COLUMN inbox.ref_date; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(ref_date) ON TABLE casedesk.inbox TO casedesk_staff;
GRANT SELECT(ref_date) ON TABLE casedesk.inbox TO casedesk_supervisor;
GRANT SELECT(ref_date) ON TABLE casedesk.inbox TO casedesk_inspector;
GRANT SELECT(ref_date) ON TABLE casedesk.inbox TO casedesk_admin;

--
-- Name: COLUMN inbox.created_at; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(created_at) ON TABLE casedesk.inbox TO casedesk_staff;
GRANT SELECT(created_at) ON TABLE casedesk.inbox TO casedesk_supervisor;
GRANT SELECT(created_at) ON TABLE casedesk.inbox TO casedesk_inspector;
GRANT SELECT(created_at) ON TABLE casedesk.inbox TO casedesk_admin;

--
-- Name: COLUMN inbox.read_at; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(read_at) ON TABLE casedesk.inbox TO casedesk_staff;
GRANT SELECT(read_at) ON TABLE casedesk.inbox TO casedesk_supervisor;
GRANT SELECT(read_at) ON TABLE casedesk.inbox TO casedesk_inspector;
GRANT SELECT(read_at) ON TABLE casedesk.inbox TO casedesk_admin;

--
-- Name: COLUMN inbox.version; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(version) ON TABLE casedesk.inbox TO casedesk_staff;
GRANT SELECT(version) ON TABLE casedesk.inbox TO casedesk_supervisor;
GRANT SELECT(version) ON TABLE casedesk.inbox TO casedesk_inspector;
GRANT SELECT(version) ON TABLE casedesk.inbox TO casedesk_admin;

--
-- Name: COLUMN inbox.case_id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(case_id) ON TABLE casedesk.inbox TO casedesk_staff;
GRANT SELECT(case_id) ON TABLE casedesk.inbox TO casedesk_supervisor;
GRANT SELECT(case_id) ON TABLE casedesk.inbox TO casedesk_inspector;
GRANT SELECT(case_id) ON TABLE casedesk.inbox TO casedesk_admin;

--
-- Name: COLUMN inbox_read.id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(id) ON TABLE casedesk.inbox_read TO casedesk_staff;
GRANT SELECT(id) ON TABLE casedesk.inbox_read TO casedesk_supervisor;
GRANT SELECT(id) ON TABLE casedesk.inbox_read TO casedesk_inspector;
GRANT SELECT(id) ON TABLE casedesk.inbox_read TO casedesk_admin;

--
-- Name: COLUMN inbox_read.inbox_id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(inbox_id) ON TABLE casedesk.inbox_read TO casedesk_staff;
GRANT SELECT(inbox_id) ON TABLE casedesk.inbox_read TO casedesk_supervisor;
GRANT SELECT(inbox_id) ON TABLE casedesk.inbox_read TO casedesk_inspector;
GRANT SELECT(inbox_id) ON TABLE casedesk.inbox_read TO casedesk_admin;

--
-- Name: COLUMN inbox_read.read_at; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(read_at) ON TABLE casedesk.inbox_read TO casedesk_staff;
GRANT SELECT(read_at) ON TABLE casedesk.inbox_read TO casedesk_supervisor;
GRANT SELECT(read_at) ON TABLE casedesk.inbox_read TO casedesk_inspector;
GRANT SELECT(read_at) ON TABLE casedesk.inbox_read TO casedesk_admin;

--
-- Name: COLUMN inbox_read.version; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(version) ON TABLE casedesk.inbox_read TO casedesk_staff;
GRANT SELECT(version) ON TABLE casedesk.inbox_read TO casedesk_supervisor;
GRANT SELECT(version) ON TABLE casedesk.inbox_read TO casedesk_inspector;
GRANT SELECT(version) ON TABLE casedesk.inbox_read TO casedesk_admin;

--
-- Name: TABLE legal_clock; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT ON TABLE casedesk.legal_clock TO casedesk_staff;
GRANT SELECT ON TABLE casedesk.legal_clock TO casedesk_supervisor;
GRANT SELECT ON TABLE casedesk.legal_clock TO casedesk_inspector;
GRANT SELECT ON TABLE casedesk.legal_clock TO casedesk_admin;

--
-- Name: COLUMN legal_clock.min_amount; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(min_amount) ON TABLE casedesk.legal_clock TO casedesk_admin;

--
-- Name: COLUMN legal_clock.max_amount; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(max_amount) ON TABLE casedesk.legal_clock TO casedesk_admin;

--
-- Name: COLUMN legal_clock.unit; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(unit) ON TABLE casedesk.legal_clock TO casedesk_admin;

--
-- Name: COLUMN legal_clock.source; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(source) ON TABLE casedesk.legal_clock TO casedesk_admin;

--
-- Name: COLUMN legal_clock.label_zh; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(label_zh) ON TABLE casedesk.legal_clock TO casedesk_admin;

--
-- Name: COLUMN legal_clock.label_en; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(label_en) ON TABLE casedesk.legal_clock TO casedesk_admin;

--
-- Name: TABLE my_inbox; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT ON TABLE casedesk.my_inbox TO casedesk_staff;
GRANT SELECT ON TABLE casedesk.my_inbox TO casedesk_supervisor;
GRANT SELECT ON TABLE casedesk.my_inbox TO casedesk_inspector;
GRANT SELECT ON TABLE casedesk.my_inbox TO casedesk_admin;

--
-- Name: TABLE number_reveal; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT ON TABLE casedesk.number_reveal TO casedesk_inspector;

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
-- Name: COLUMN payment.id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(id) ON TABLE casedesk.payment TO casedesk_staff;
GRANT SELECT(id) ON TABLE casedesk.payment TO casedesk_supervisor;
GRANT SELECT(id) ON TABLE casedesk.payment TO casedesk_inspector;

--
-- Name: COLUMN payment.case_id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(case_id) ON TABLE casedesk.payment TO casedesk_staff;
GRANT SELECT(case_id) ON TABLE casedesk.payment TO casedesk_supervisor;
GRANT SELECT(case_id) ON TABLE casedesk.payment TO casedesk_inspector;

--
-- Name: COLUMN payment.unit_id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(unit_id) ON TABLE casedesk.payment TO casedesk_staff;
GRANT SELECT(unit_id) ON TABLE casedesk.payment TO casedesk_supervisor;
GRANT SELECT(unit_id) ON TABLE casedesk.payment TO casedesk_inspector;

--
-- Name: COLUMN payment.amount; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(amount) ON TABLE casedesk.payment TO casedesk_staff;
GRANT SELECT(amount) ON TABLE casedesk.payment TO casedesk_supervisor;
GRANT SELECT(amount) ON TABLE casedesk.payment TO casedesk_inspector;

--
-- Name: COLUMN payment.paid_on; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(paid_on) ON TABLE casedesk.payment TO casedesk_staff;
GRANT SELECT(paid_on) ON TABLE casedesk.payment TO casedesk_supervisor;
GRANT SELECT(paid_on) ON TABLE casedesk.payment TO casedesk_inspector;

--
-- Name: COLUMN payment.payee; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(payee) ON TABLE casedesk.payment TO casedesk_supervisor;
GRANT SELECT(payee) ON TABLE casedesk.payment TO casedesk_inspector;

--
-- Name: COLUMN payment.account; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(account) ON TABLE casedesk.payment TO casedesk_staff;
GRANT SELECT(account) ON TABLE casedesk.payment TO casedesk_supervisor;
GRANT SELECT(account) ON TABLE casedesk.payment TO casedesk_inspector;

--
-- Name: COLUMN payment.voucher_no; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(voucher_no) ON TABLE casedesk.payment TO casedesk_staff;
GRANT SELECT(voucher_no) ON TABLE casedesk.payment TO casedesk_supervisor;
GRANT SELECT(voucher_no) ON TABLE casedesk.payment TO casedesk_inspector;

--
-- Name: COLUMN payment.recorded_by; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(recorded_by) ON TABLE casedesk.payment TO casedesk_supervisor;
GRANT SELECT(recorded_by) ON TABLE casedesk.payment TO casedesk_inspector;

--
-- Name: COLUMN payment.version; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(version) ON TABLE casedesk.payment TO casedesk_staff;
GRANT SELECT(version) ON TABLE casedesk.payment TO casedesk_supervisor;
GRANT SELECT(version) ON TABLE casedesk.payment TO casedesk_inspector;

--
-- Name: COLUMN payment.reverses_id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(reverses_id) ON TABLE casedesk.payment TO casedesk_staff;
GRANT SELECT(reverses_id) ON TABLE casedesk.payment TO casedesk_supervisor;
GRANT SELECT(reverses_id) ON TABLE casedesk.payment TO casedesk_inspector;

--
-- Name: COLUMN payment.reason; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(reason) ON TABLE casedesk.payment TO casedesk_staff;
GRANT SELECT(reason) ON TABLE casedesk.payment TO casedesk_supervisor;
GRANT SELECT(reason) ON TABLE casedesk.payment TO casedesk_inspector;

--
-- Name: TABLE personal_column; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT ON TABLE casedesk.personal_column TO casedesk_staff;
GRANT SELECT ON TABLE casedesk.personal_column TO casedesk_supervisor;
GRANT SELECT ON TABLE casedesk.personal_column TO casedesk_inspector;
GRANT SELECT ON TABLE casedesk.personal_column TO casedesk_admin;

--
-- Name: COLUMN petition.id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(id) ON TABLE casedesk.petition TO casedesk_staff;
GRANT SELECT(id) ON TABLE casedesk.petition TO casedesk_supervisor;
GRANT SELECT(id) ON TABLE casedesk.petition TO casedesk_inspector;

--
-- Name: COLUMN petition.unit_id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(unit_id) ON TABLE casedesk.petition TO casedesk_staff;
GRANT SELECT(unit_id) ON TABLE casedesk.petition TO casedesk_supervisor;
GRANT SELECT(unit_id) ON TABLE casedesk.petition TO casedesk_inspector;

--
-- Name: COLUMN petition.project_id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(project_id) ON TABLE casedesk.petition TO casedesk_staff;
GRANT SELECT(project_id) ON TABLE casedesk.petition TO casedesk_supervisor;
GRANT SELECT(project_id) ON TABLE casedesk.petition TO casedesk_inspector;

--
-- Name: COLUMN petition.case_id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(case_id) ON TABLE casedesk.petition TO casedesk_staff;
GRANT SELECT(case_id) ON TABLE casedesk.petition TO casedesk_supervisor;
GRANT SELECT(case_id) ON TABLE casedesk.petition TO casedesk_inspector;

--
-- Name: COLUMN petition.petitioner; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(petitioner) ON TABLE casedesk.petition TO casedesk_supervisor;
GRANT SELECT(petitioner) ON TABLE casedesk.petition TO casedesk_inspector;

--
-- Name: COLUMN petition.received_on; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(received_on) ON TABLE casedesk.petition TO casedesk_staff;
GRANT SELECT(received_on) ON TABLE casedesk.petition TO casedesk_supervisor;
GRANT SELECT(received_on) ON TABLE casedesk.petition TO casedesk_inspector;

--
-- Name: COLUMN petition.subject; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(subject) ON TABLE casedesk.petition TO casedesk_staff;
GRANT SELECT(subject) ON TABLE casedesk.petition TO casedesk_supervisor;
GRANT SELECT(subject) ON TABLE casedesk.petition TO casedesk_inspector;

--
-- Name: COLUMN petition.content; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(content) ON TABLE casedesk.petition TO casedesk_staff;
GRANT SELECT(content) ON TABLE casedesk.petition TO casedesk_supervisor;
GRANT SELECT(content) ON TABLE casedesk.petition TO casedesk_inspector;

--
-- Name: COLUMN petition.status; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(status) ON TABLE casedesk.petition TO casedesk_staff;
GRANT SELECT(status) ON TABLE casedesk.petition TO casedesk_supervisor;
GRANT SELECT(status) ON TABLE casedesk.petition TO casedesk_inspector;

--
-- Name: COLUMN petition.due_on; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(due_on) ON TABLE casedesk.petition TO casedesk_staff;
GRANT SELECT(due_on) ON TABLE casedesk.petition TO casedesk_supervisor;
GRANT SELECT(due_on) ON TABLE casedesk.petition TO casedesk_inspector;

--
-- Name: COLUMN petition.answered_on; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(answered_on) ON TABLE casedesk.petition TO casedesk_staff;
GRANT SELECT(answered_on) ON TABLE casedesk.petition TO casedesk_supervisor;
GRANT SELECT(answered_on) ON TABLE casedesk.petition TO casedesk_inspector;

--
-- Name: COLUMN petition.answer; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(answer) ON TABLE casedesk.petition TO casedesk_staff;
GRANT SELECT(answer) ON TABLE casedesk.petition TO casedesk_supervisor;
GRANT SELECT(answer) ON TABLE casedesk.petition TO casedesk_inspector;

--
-- Name: COLUMN petition.version; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(version) ON TABLE casedesk.petition TO casedesk_staff;
GRANT SELECT(version) ON TABLE casedesk.petition TO casedesk_supervisor;
GRANT SELECT(version) ON TABLE casedesk.petition TO casedesk_inspector;

--
-- Name: COLUMN petition_case.id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(id) ON TABLE casedesk.petition_case TO casedesk_staff;
GRANT SELECT(id) ON TABLE casedesk.petition_case TO casedesk_supervisor;
GRANT SELECT(id) ON TABLE casedesk.petition_case TO casedesk_inspector;

--
-- Name: COLUMN petition_case.unit_id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(unit_id) ON TABLE casedesk.petition_case TO casedesk_staff;
GRANT SELECT(unit_id) ON TABLE casedesk.petition_case TO casedesk_supervisor;
GRANT SELECT(unit_id) ON TABLE casedesk.petition_case TO casedesk_inspector;

--
-- Name: COLUMN petition_case.channel; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(channel) ON TABLE casedesk.petition_case TO casedesk_staff;
GRANT SELECT(channel) ON TABLE casedesk.petition_case TO casedesk_supervisor;
GRANT SELECT(channel) ON TABLE casedesk.petition_case TO casedesk_inspector;

--
-- Name: COLUMN petition_case.petitioner_id_no; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(petitioner_id_no) ON TABLE casedesk.petition_case TO casedesk_staff;

--
-- Name: COLUMN petition_case.subject; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(subject),UPDATE(subject) ON TABLE casedesk.petition_case TO casedesk_staff;
GRANT SELECT(subject) ON TABLE casedesk.petition_case TO casedesk_supervisor;
GRANT SELECT(subject) ON TABLE casedesk.petition_case TO casedesk_inspector;

--
-- Name: COLUMN petition_case.content; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(content),UPDATE(content) ON TABLE casedesk.petition_case TO casedesk_staff;
GRANT SELECT(content) ON TABLE casedesk.petition_case TO casedesk_supervisor;
GRANT SELECT(content) ON TABLE casedesk.petition_case TO casedesk_inspector;

--
-- Name: COLUMN petition_case.project_id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(project_id) ON TABLE casedesk.petition_case TO casedesk_staff;
GRANT SELECT(project_id) ON TABLE casedesk.petition_case TO casedesk_supervisor;
GRANT SELECT(project_id) ON TABLE casedesk.petition_case TO casedesk_inspector;

--
-- Name: COLUMN petition_case.about_case_id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(about_case_id) ON TABLE casedesk.petition_case TO casedesk_staff;
GRANT SELECT(about_case_id) ON TABLE casedesk.petition_case TO casedesk_supervisor;
GRANT SELECT(about_case_id) ON TABLE casedesk.petition_case TO casedesk_inspector;

--
-- Name: COLUMN petition_case.legacy_petition_id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(legacy_petition_id) ON TABLE casedesk.petition_case TO casedesk_staff;
GRANT SELECT(legacy_petition_id) ON TABLE casedesk.petition_case TO casedesk_supervisor;
GRANT SELECT(legacy_petition_id) ON TABLE casedesk.petition_case TO casedesk_inspector;

--
-- Name: COLUMN petition_case.received_on; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(received_on) ON TABLE casedesk.petition_case TO casedesk_staff;
GRANT SELECT(received_on) ON TABLE casedesk.petition_case TO casedesk_supervisor;
GRANT SELECT(received_on) ON TABLE casedesk.petition_case TO casedesk_inspector;

--
-- Name: COLUMN petition_case.accept_decided_on; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(accept_decided_on) ON TABLE casedesk.petition_case TO casedesk_staff;
GRANT SELECT(accept_decided_on) ON TABLE casedesk.petition_case TO casedesk_supervisor;
GRANT SELECT(accept_decided_on) ON TABLE casedesk.petition_case TO casedesk_inspector;

--
-- Name: COLUMN petition_case.accepted; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(accepted) ON TABLE casedesk.petition_case TO casedesk_staff;
GRANT SELECT(accepted) ON TABLE casedesk.petition_case TO casedesk_supervisor;
GRANT SELECT(accepted) ON TABLE casedesk.petition_case TO casedesk_inspector;

--
-- Name: COLUMN petition_case.not_accepted_reason; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(not_accepted_reason) ON TABLE casedesk.petition_case TO casedesk_staff;
GRANT SELECT(not_accepted_reason) ON TABLE casedesk.petition_case TO casedesk_supervisor;
GRANT SELECT(not_accepted_reason) ON TABLE casedesk.petition_case TO casedesk_inspector;

--
-- Name: COLUMN petition_case.extended_on; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(extended_on) ON TABLE casedesk.petition_case TO casedesk_staff;
GRANT SELECT(extended_on) ON TABLE casedesk.petition_case TO casedesk_supervisor;
GRANT SELECT(extended_on) ON TABLE casedesk.petition_case TO casedesk_inspector;

--
-- Name: COLUMN petition_case.extended_days; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(extended_days) ON TABLE casedesk.petition_case TO casedesk_staff;
GRANT SELECT(extended_days) ON TABLE casedesk.petition_case TO casedesk_supervisor;
GRANT SELECT(extended_days) ON TABLE casedesk.petition_case TO casedesk_inspector;

--
-- Name: COLUMN petition_case.extension_reason; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(extension_reason) ON TABLE casedesk.petition_case TO casedesk_staff;
GRANT SELECT(extension_reason) ON TABLE casedesk.petition_case TO casedesk_supervisor;
GRANT SELECT(extension_reason) ON TABLE casedesk.petition_case TO casedesk_inspector;

--
-- Name: COLUMN petition_case.answer_clock_on; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(answer_clock_on) ON TABLE casedesk.petition_case TO casedesk_staff;
GRANT SELECT(answer_clock_on) ON TABLE casedesk.petition_case TO casedesk_supervisor;
GRANT SELECT(answer_clock_on) ON TABLE casedesk.petition_case TO casedesk_inspector;

--
-- Name: COLUMN petition_case.answered_on; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(answered_on) ON TABLE casedesk.petition_case TO casedesk_staff;
GRANT SELECT(answered_on) ON TABLE casedesk.petition_case TO casedesk_supervisor;
GRANT SELECT(answered_on) ON TABLE casedesk.petition_case TO casedesk_inspector;

--
-- Name: COLUMN petition_case.answer; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(answer) ON TABLE casedesk.petition_case TO casedesk_staff;
GRANT SELECT(answer) ON TABLE casedesk.petition_case TO casedesk_supervisor;
GRANT SELECT(answer) ON TABLE casedesk.petition_case TO casedesk_inspector;

--
-- Name: COLUMN petition_case.review_requested_on; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(review_requested_on) ON TABLE casedesk.petition_case TO casedesk_staff;
GRANT SELECT(review_requested_on) ON TABLE casedesk.petition_case TO casedesk_supervisor;
GRANT SELECT(review_requested_on) ON TABLE casedesk.petition_case TO casedesk_inspector;

--
-- Name: COLUMN petition_case.reviewed_on; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(reviewed_on) ON TABLE casedesk.petition_case TO casedesk_staff;
GRANT SELECT(reviewed_on) ON TABLE casedesk.petition_case TO casedesk_supervisor;
GRANT SELECT(reviewed_on) ON TABLE casedesk.petition_case TO casedesk_inspector;

--
-- Name: COLUMN petition_case.review_opinion; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(review_opinion) ON TABLE casedesk.petition_case TO casedesk_staff;
GRANT SELECT(review_opinion) ON TABLE casedesk.petition_case TO casedesk_supervisor;
GRANT SELECT(review_opinion) ON TABLE casedesk.petition_case TO casedesk_inspector;

--
-- Name: COLUMN petition_case.recheck_requested_on; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(recheck_requested_on) ON TABLE casedesk.petition_case TO casedesk_staff;
GRANT SELECT(recheck_requested_on) ON TABLE casedesk.petition_case TO casedesk_supervisor;
GRANT SELECT(recheck_requested_on) ON TABLE casedesk.petition_case TO casedesk_inspector;

--
-- Name: COLUMN petition_case.rechecked_on; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(rechecked_on) ON TABLE casedesk.petition_case TO casedesk_staff;
GRANT SELECT(rechecked_on) ON TABLE casedesk.petition_case TO casedesk_supervisor;
GRANT SELECT(rechecked_on) ON TABLE casedesk.petition_case TO casedesk_inspector;

--
-- Name: COLUMN petition_case.recheck_opinion; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(recheck_opinion) ON TABLE casedesk.petition_case TO casedesk_staff;
GRANT SELECT(recheck_opinion) ON TABLE casedesk.petition_case TO casedesk_supervisor;
GRANT SELECT(recheck_opinion) ON TABLE casedesk.petition_case TO casedesk_inspector;

--
-- Name: COLUMN petition_case.concluded_on; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(concluded_on) ON TABLE casedesk.petition_case TO casedesk_staff;
GRANT SELECT(concluded_on) ON TABLE casedesk.petition_case TO casedesk_supervisor;
GRANT SELECT(concluded_on) ON TABLE casedesk.petition_case TO casedesk_inspector;

--
-- Name: COLUMN petition_case.version; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(version) ON TABLE casedesk.petition_case TO casedesk_staff;
GRANT SELECT(version) ON TABLE casedesk.petition_case TO casedesk_supervisor;
GRANT SELECT(version) ON TABLE casedesk.petition_case TO casedesk_inspector;

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
GRANT INSERT(code),UPDATE(code) ON TABLE casedesk.project TO casedesk_admin;

--
-- Name: COLUMN project.name; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(name) ON TABLE casedesk.project TO casedesk_supervisor;
GRANT INSERT(name),UPDATE(name) ON TABLE casedesk.project TO casedesk_admin;

--
-- Name: COLUMN project.kind; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(kind) ON TABLE casedesk.project TO casedesk_supervisor;
GRANT INSERT(kind),UPDATE(kind) ON TABLE casedesk.project TO casedesk_admin;

--
-- Name: COLUMN project.lead_unit_id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(lead_unit_id) ON TABLE casedesk.project TO casedesk_supervisor;
GRANT INSERT(lead_unit_id),UPDATE(lead_unit_id) ON TABLE casedesk.project TO casedesk_admin;

--
-- Name: COLUMN project.started_on; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(started_on) ON TABLE casedesk.project TO casedesk_supervisor;
GRANT INSERT(started_on),UPDATE(started_on) ON TABLE casedesk.project TO casedesk_admin;

--
-- Name: COLUMN project.budget_packaged; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(budget_packaged) ON TABLE casedesk.project TO casedesk_supervisor;
GRANT INSERT(budget_packaged),UPDATE(budget_packaged) ON TABLE casedesk.project TO casedesk_admin;

--
-- Name: COLUMN project.funding_need; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(funding_need) ON TABLE casedesk.project TO casedesk_supervisor;
GRANT INSERT(funding_need),UPDATE(funding_need) ON TABLE casedesk.project TO casedesk_admin;

--
-- Name: COLUMN project.account_no; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(account_no) ON TABLE casedesk.project TO casedesk_supervisor;
GRANT INSERT(account_no),UPDATE(account_no) ON TABLE casedesk.project TO casedesk_admin;

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
GRANT INSERT(project_id),UPDATE(project_id) ON TABLE casedesk.project_unit TO casedesk_admin;

--
-- Name: COLUMN project_unit.unit_id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(unit_id) ON TABLE casedesk.project_unit TO casedesk_supervisor;
GRANT INSERT(unit_id),UPDATE(unit_id) ON TABLE casedesk.project_unit TO casedesk_admin;

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
GRANT INSERT(name),UPDATE(name) ON TABLE casedesk.resettlement_community TO casedesk_admin;

--
-- Name: COLUMN resettlement_community.unit_id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(unit_id) ON TABLE casedesk.resettlement_community TO casedesk_supervisor;
GRANT INSERT(unit_id),UPDATE(unit_id) ON TABLE casedesk.resettlement_community TO casedesk_admin;

--
-- Name: COLUMN resettlement_community.flats_planned; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(flats_planned) ON TABLE casedesk.resettlement_community TO casedesk_supervisor;
GRANT INSERT(flats_planned),UPDATE(flats_planned) ON TABLE casedesk.resettlement_community TO casedesk_admin;

--
-- Name: COLUMN resettlement_community.flats_ready; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(flats_ready) ON TABLE casedesk.resettlement_community TO casedesk_supervisor;
GRANT INSERT(flats_ready),UPDATE(flats_ready) ON TABLE casedesk.resettlement_community TO casedesk_admin;

--
-- Name: COLUMN resettlement_community.version; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT UPDATE(version) ON TABLE casedesk.resettlement_community TO casedesk_supervisor;

--
-- Name: TABLE saved_filter; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT ON TABLE casedesk.saved_filter TO casedesk_staff;
GRANT SELECT ON TABLE casedesk.saved_filter TO casedesk_supervisor;
GRANT SELECT ON TABLE casedesk.saved_filter TO casedesk_inspector;
GRANT SELECT ON TABLE casedesk.saved_filter TO casedesk_admin;

--
-- Name: COLUMN saved_filter.screen; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT INSERT(screen) ON TABLE casedesk.saved_filter TO casedesk_staff;
GRANT INSERT(screen) ON TABLE casedesk.saved_filter TO casedesk_supervisor;
GRANT INSERT(screen) ON TABLE casedesk.saved_filter TO casedesk_inspector;
GRANT INSERT(screen) ON TABLE casedesk.saved_filter TO casedesk_admin;

--
-- Name: COLUMN saved_filter.name; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT INSERT(name),UPDATE(name) ON TABLE casedesk.saved_filter TO casedesk_staff;
GRANT INSERT(name),UPDATE(name) ON TABLE casedesk.saved_filter TO casedesk_supervisor;
GRANT INSERT(name),UPDATE(name) ON TABLE casedesk.saved_filter TO casedesk_inspector;
GRANT INSERT(name),UPDATE(name) ON TABLE casedesk.saved_filter TO casedesk_admin;

--
-- Name: COLUMN saved_filter.kind; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT INSERT(kind),UPDATE(kind) ON TABLE casedesk.saved_filter TO casedesk_staff;
GRANT INSERT(kind),UPDATE(kind) ON TABLE casedesk.saved_filter TO casedesk_supervisor;
GRANT INSERT(kind),UPDATE(kind) ON TABLE casedesk.saved_filter TO casedesk_inspector;
GRANT INSERT(kind),UPDATE(kind) ON TABLE casedesk.saved_filter TO casedesk_admin;

--
-- Name: COLUMN saved_filter.status; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT INSERT(status),UPDATE(status) ON TABLE casedesk.saved_filter TO casedesk_staff;
GRANT INSERT(status),UPDATE(status) ON TABLE casedesk.saved_filter TO casedesk_supervisor;
GRANT INSERT(status),UPDATE(status) ON TABLE casedesk.saved_filter TO casedesk_inspector;
GRANT INSERT(status),UPDATE(status) ON TABLE casedesk.saved_filter TO casedesk_admin;

--
-- Name: COLUMN saved_filter.unit_id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT INSERT(unit_id),UPDATE(unit_id) ON TABLE casedesk.saved_filter TO casedesk_staff;
GRANT INSERT(unit_id),UPDATE(unit_id) ON TABLE casedesk.saved_filter TO casedesk_supervisor;
GRANT INSERT(unit_id),UPDATE(unit_id) ON TABLE casedesk.saved_filter TO casedesk_inspector;
GRANT INSERT(unit_id),UPDATE(unit_id) ON TABLE casedesk.saved_filter TO casedesk_admin;

--
-- Name: COLUMN saved_filter.village_id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT INSERT(village_id),UPDATE(village_id) ON TABLE casedesk.saved_filter TO casedesk_staff;
GRANT INSERT(village_id),UPDATE(village_id) ON TABLE casedesk.saved_filter TO casedesk_supervisor;
GRANT INSERT(village_id),UPDATE(village_id) ON TABLE casedesk.saved_filter TO casedesk_inspector;
GRANT INSERT(village_id),UPDATE(village_id) ON TABLE casedesk.saved_filter TO casedesk_admin;

--
-- Name: COLUMN saved_filter.project_id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT INSERT(project_id),UPDATE(project_id) ON TABLE casedesk.saved_filter TO casedesk_staff;
GRANT INSERT(project_id),UPDATE(project_id) ON TABLE casedesk.saved_filter TO casedesk_supervisor;
GRANT INSERT(project_id),UPDATE(project_id) ON TABLE casedesk.saved_filter TO casedesk_inspector;
GRANT INSERT(project_id),UPDATE(project_id) ON TABLE casedesk.saved_filter TO casedesk_admin;

--
-- Name: COLUMN saved_filter.overdue; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT INSERT(overdue),UPDATE(overdue) ON TABLE casedesk.saved_filter TO casedesk_staff;
GRANT INSERT(overdue),UPDATE(overdue) ON TABLE casedesk.saved_filter TO casedesk_supervisor;
GRANT INSERT(overdue),UPDATE(overdue) ON TABLE casedesk.saved_filter TO casedesk_inspector;
GRANT INSERT(overdue),UPDATE(overdue) ON TABLE casedesk.saved_filter TO casedesk_admin;

--
-- Name: COLUMN saved_filter.text; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT INSERT(text),UPDATE(text) ON TABLE casedesk.saved_filter TO casedesk_staff;
GRANT INSERT(text),UPDATE(text) ON TABLE casedesk.saved_filter TO casedesk_supervisor;
GRANT INSERT(text),UPDATE(text) ON TABLE casedesk.saved_filter TO casedesk_inspector;
GRANT INSERT(text),UPDATE(text) ON TABLE casedesk.saved_filter TO casedesk_admin;

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
-- Name: COLUMN task_card.id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(id) ON TABLE casedesk.task_card TO casedesk_staff;
GRANT SELECT(id) ON TABLE casedesk.task_card TO casedesk_supervisor;
GRANT SELECT(id) ON TABLE casedesk.task_card TO casedesk_inspector;

--
-- Name: COLUMN task_card.task_id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(task_id) ON TABLE casedesk.task_card TO casedesk_staff;
GRANT SELECT(task_id) ON TABLE casedesk.task_card TO casedesk_supervisor;
GRANT SELECT(task_id) ON TABLE casedesk.task_card TO casedesk_inspector;

--
-- Name: COLUMN task_card.unit_id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(unit_id) ON TABLE casedesk.task_card TO casedesk_staff;
GRANT SELECT(unit_id) ON TABLE casedesk.task_card TO casedesk_supervisor;
GRANT SELECT(unit_id) ON TABLE casedesk.task_card TO casedesk_inspector;

--
-- Name: COLUMN task_card.kind; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(kind) ON TABLE casedesk.task_card TO casedesk_staff;
GRANT SELECT(kind) ON TABLE casedesk.task_card TO casedesk_supervisor;
GRANT SELECT(kind) ON TABLE casedesk.task_card TO casedesk_inspector;

--
-- Name: COLUMN task_card.reason; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(reason) ON TABLE casedesk.task_card TO casedesk_staff;
GRANT SELECT(reason) ON TABLE casedesk.task_card TO casedesk_supervisor;
GRANT SELECT(reason) ON TABLE casedesk.task_card TO casedesk_inspector;

--
-- Name: COLUMN task_card.deadline; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(deadline) ON TABLE casedesk.task_card TO casedesk_staff;
GRANT SELECT(deadline) ON TABLE casedesk.task_card TO casedesk_supervisor;
GRANT SELECT(deadline) ON TABLE casedesk.task_card TO casedesk_inspector;

--
-- Name: COLUMN task_card.issued_on; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(issued_on) ON TABLE casedesk.task_card TO casedesk_staff;
GRANT SELECT(issued_on) ON TABLE casedesk.task_card TO casedesk_supervisor;
GRANT SELECT(issued_on) ON TABLE casedesk.task_card TO casedesk_inspector;

--
-- Name: COLUMN task_card.created_at; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(created_at) ON TABLE casedesk.task_card TO casedesk_staff;
GRANT SELECT(created_at) ON TABLE casedesk.task_card TO casedesk_supervisor;
GRANT SELECT(created_at) ON TABLE casedesk.task_card TO casedesk_inspector;

--
-- Name: COLUMN task_card.version; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(version) ON TABLE casedesk.task_card TO casedesk_staff;
GRANT SELECT(version) ON TABLE casedesk.task_card TO casedesk_supervisor;
GRANT SELECT(version) ON TABLE casedesk.task_card TO casedesk_inspector;

--
-- Name: COLUMN task_extension.id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(id) ON TABLE casedesk.task_extension TO casedesk_staff;
GRANT SELECT(id) ON TABLE casedesk.task_extension TO casedesk_supervisor;
GRANT SELECT(id) ON TABLE casedesk.task_extension TO casedesk_inspector;

--
-- Name: COLUMN task_extension.task_id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(task_id) ON TABLE casedesk.task_extension TO casedesk_staff;
GRANT SELECT(task_id) ON TABLE casedesk.task_extension TO casedesk_supervisor;
GRANT SELECT(task_id) ON TABLE casedesk.task_extension TO casedesk_inspector;

--
-- Name: COLUMN task_extension.old_deadline; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(old_deadline) ON TABLE casedesk.task_extension TO casedesk_staff;
GRANT SELECT(old_deadline) ON TABLE casedesk.task_extension TO casedesk_supervisor;
GRANT SELECT(old_deadline) ON TABLE casedesk.task_extension TO casedesk_inspector;

--
-- Name: COLUMN task_extension.requested_deadline; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(requested_deadline) ON TABLE casedesk.task_extension TO casedesk_staff;
GRANT SELECT(requested_deadline) ON TABLE casedesk.task_extension TO casedesk_supervisor;
GRANT SELECT(requested_deadline) ON TABLE casedesk.task_extension TO casedesk_inspector;

--
-- Name: COLUMN task_extension.reason; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(reason) ON TABLE casedesk.task_extension TO casedesk_staff;
GRANT SELECT(reason) ON TABLE casedesk.task_extension TO casedesk_supervisor;
GRANT SELECT(reason) ON TABLE casedesk.task_extension TO casedesk_inspector;

--
-- Name: COLUMN task_extension.status; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(status) ON TABLE casedesk.task_extension TO casedesk_staff;
GRANT SELECT(status) ON TABLE casedesk.task_extension TO casedesk_supervisor;
GRANT SELECT(status) ON TABLE casedesk.task_extension TO casedesk_inspector;

--
-- Name: COLUMN task_extension.requested_at; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(requested_at) ON TABLE casedesk.task_extension TO casedesk_staff;
GRANT SELECT(requested_at) ON TABLE casedesk.task_extension TO casedesk_supervisor;
GRANT SELECT(requested_at) ON TABLE casedesk.task_extension TO casedesk_inspector;

--
-- Name: COLUMN task_extension.decided_on; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(decided_on) ON TABLE casedesk.task_extension TO casedesk_staff;
GRANT SELECT(decided_on) ON TABLE casedesk.task_extension TO casedesk_supervisor;
GRANT SELECT(decided_on) ON TABLE casedesk.task_extension TO casedesk_inspector;

--
-- Name: COLUMN task_extension.decision_note; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(decision_note) ON TABLE casedesk.task_extension TO casedesk_staff;
GRANT SELECT(decision_note) ON TABLE casedesk.task_extension TO casedesk_supervisor;
GRANT SELECT(decision_note) ON TABLE casedesk.task_extension TO casedesk_inspector;

--
-- Name: COLUMN task_extension.version; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(version) ON TABLE casedesk.task_extension TO casedesk_staff;
GRANT SELECT(version) ON TABLE casedesk.task_extension TO casedesk_supervisor;
GRANT SELECT(version) ON TABLE casedesk.task_extension TO casedesk_inspector;

--
-- Name: COLUMN task_link.id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(id) ON TABLE casedesk.task_link TO casedesk_staff;
GRANT SELECT(id) ON TABLE casedesk.task_link TO casedesk_supervisor;
GRANT SELECT(id) ON TABLE casedesk.task_link TO casedesk_inspector;

--
-- Name: COLUMN task_link.task_id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(task_id) ON TABLE casedesk.task_link TO casedesk_staff;
GRANT SELECT(task_id) ON TABLE casedesk.task_link TO casedesk_supervisor;
GRANT SELECT(task_id) ON TABLE casedesk.task_link TO casedesk_inspector;

--
-- Name: COLUMN task_link.case_id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(case_id) ON TABLE casedesk.task_link TO casedesk_staff;
GRANT SELECT(case_id) ON TABLE casedesk.task_link TO casedesk_supervisor;
GRANT SELECT(case_id) ON TABLE casedesk.task_link TO casedesk_inspector;

--
-- Name: COLUMN task_link.project_id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(project_id) ON TABLE casedesk.task_link TO casedesk_staff;
GRANT SELECT(project_id) ON TABLE casedesk.task_link TO casedesk_supervisor;
GRANT SELECT(project_id) ON TABLE casedesk.task_link TO casedesk_inspector;

--
-- Name: COLUMN task_link.linked_at; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(linked_at) ON TABLE casedesk.task_link TO casedesk_staff;
GRANT SELECT(linked_at) ON TABLE casedesk.task_link TO casedesk_supervisor;
GRANT SELECT(linked_at) ON TABLE casedesk.task_link TO casedesk_inspector;

--
-- Name: COLUMN task_link.version; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(version) ON TABLE casedesk.task_link TO casedesk_staff;
GRANT SELECT(version) ON TABLE casedesk.task_link TO casedesk_supervisor;
GRANT SELECT(version) ON TABLE casedesk.task_link TO casedesk_inspector;

--
-- Name: COLUMN task_report.id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(id) ON TABLE casedesk.task_report TO casedesk_staff;
GRANT SELECT(id) ON TABLE casedesk.task_report TO casedesk_supervisor;
GRANT SELECT(id) ON TABLE casedesk.task_report TO casedesk_inspector;

--
-- Name: COLUMN task_report.task_id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(task_id) ON TABLE casedesk.task_report TO casedesk_staff;
GRANT SELECT(task_id) ON TABLE casedesk.task_report TO casedesk_supervisor;
GRANT SELECT(task_id) ON TABLE casedesk.task_report TO casedesk_inspector;

--
-- Name: COLUMN task_report.body; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(body) ON TABLE casedesk.task_report TO casedesk_staff;
GRANT SELECT(body) ON TABLE casedesk.task_report TO casedesk_supervisor;
GRANT SELECT(body) ON TABLE casedesk.task_report TO casedesk_inspector;

--
-- Name: COLUMN task_report.percent; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(percent) ON TABLE casedesk.task_report TO casedesk_staff;
GRANT SELECT(percent) ON TABLE casedesk.task_report TO casedesk_supervisor;
GRANT SELECT(percent) ON TABLE casedesk.task_report TO casedesk_inspector;

--
-- Name: COLUMN task_report.final; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(final) ON TABLE casedesk.task_report TO casedesk_staff;
GRANT SELECT(final) ON TABLE casedesk.task_report TO casedesk_supervisor;
GRANT SELECT(final) ON TABLE casedesk.task_report TO casedesk_inspector;

--
-- Name: COLUMN task_report.reported_on; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(reported_on) ON TABLE casedesk.task_report TO casedesk_staff;
GRANT SELECT(reported_on) ON TABLE casedesk.task_report TO casedesk_supervisor;
GRANT SELECT(reported_on) ON TABLE casedesk.task_report TO casedesk_inspector;

--
-- Name: COLUMN task_report.unit_id; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(unit_id) ON TABLE casedesk.task_report TO casedesk_staff;
GRANT SELECT(unit_id) ON TABLE casedesk.task_report TO casedesk_supervisor;
GRANT SELECT(unit_id) ON TABLE casedesk.task_report TO casedesk_inspector;

--
-- Name: COLUMN task_report.created_at; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(created_at) ON TABLE casedesk.task_report TO casedesk_staff;
GRANT SELECT(created_at) ON TABLE casedesk.task_report TO casedesk_supervisor;
GRANT SELECT(created_at) ON TABLE casedesk.task_report TO casedesk_inspector;

--
-- Name: COLUMN task_report.version; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT(version) ON TABLE casedesk.task_report TO casedesk_staff;
GRANT SELECT(version) ON TABLE casedesk.task_report TO casedesk_supervisor;
GRANT SELECT(version) ON TABLE casedesk.task_report TO casedesk_inspector;

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
-- Name: TABLE village_application; Type: ACL; Schema: casedesk; Owner: casedesk_owner
--

GRANT SELECT ON TABLE casedesk.village_application TO casedesk_staff;
GRANT SELECT ON TABLE casedesk.village_application TO casedesk_supervisor;
GRANT SELECT ON TABLE casedesk.village_application TO casedesk_inspector;

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

