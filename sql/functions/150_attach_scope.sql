-- functions/150_attach_scope.sql: what the attachment tables of migration 151
-- need before they exist: who may see an attachment (their policy), the media
-- type read from a file's first bytes, and the size limit.
-- One current definition of each function, view and trigger here; init
-- re-runs this file whenever it changes (README, HACKING).

-- May the session's official see (and so attach to) this record?  Through
-- the owner's eyes, applying the scope of each record's own policies, so
-- that the attachment policy does not need the caller's grants on every
-- table (staff have none on discipline records).
CREATE OR REPLACE FUNCTION casedesk.attach_visible(p_kind text, p_id bigint) RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
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
GRANT EXECUTE ON FUNCTION casedesk.attach_visible(text, bigint)
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector;

-- The media type from the content (magic bytes), NULL when it is none of
-- the accepted kinds.  Plain text is valid UTF-8 without control
-- characters other than tab, newline, carriage return and form feed.
CREATE OR REPLACE FUNCTION casedesk.attach_media_type(p_data bytea) RETURNS text
    LANGUAGE plpgsql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
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
GRANT EXECUTE ON FUNCTION casedesk.attach_media_type(bytea)
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector;

-- The largest file accepted (setting attach.max_bytes; 20 MiB when unset
-- or not a number).
CREATE OR REPLACE FUNCTION casedesk.attach_max_bytes() RETURNS bigint
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT coalesce((SELECT value::bigint FROM casedesk.setting
                     WHERE key = 'attach.max_bytes' AND value ~ '^[0-9]{1,12}$'), 20971520)
$$;
GRANT EXECUTE ON FUNCTION casedesk.attach_max_bytes()
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin;

