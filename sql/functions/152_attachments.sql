-- functions/152_attachments.sql: attach_add, the one way evidence gets in
-- (tables of migration 151), and the triggers of the attachment tables.
-- One current definition of each function, view and trigger here; init
-- re-runs this file whenever it changes (README, HACKING).

-- Attach one file to one record; returns the attachment's id.  The server
-- decides the type, the hash and the EXIF time and position
-- (casedesk.exif_read, functions/205, from the bytes); p_taken_at, p_lat and
-- p_lon are what a client read and are ignored, kept in the signature for
-- the clients that still pass them.
CREATE OR REPLACE FUNCTION casedesk.attach_add(p_kind text, p_id bigint, p_name text, p_data bytea,
                                               p_taken_at timestamp DEFAULT NULL,
                                               p_lat double precision DEFAULT NULL,
                                               p_lon double precision DEFAULT NULL)
    RETURNS bigint
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
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
REVOKE EXECUTE ON FUNCTION casedesk.attach_add(text, bigint, text, bytea, timestamp, double precision,
                                               double precision) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk.attach_add(text, bigint, text, bytea, timestamp, double precision,
                                              double precision)
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector;

-- Evidence is kept as it was attached.
CREATE OR REPLACE FUNCTION casedesk.attachment_immutable() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$ BEGIN
    RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'An attachment is kept as it was attached.';
END $$;

CREATE OR REPLACE TRIGGER attachment_immutable BEFORE UPDATE OR DELETE ON casedesk.attachment
    FOR EACH ROW EXECUTE FUNCTION casedesk.attachment_immutable();
CREATE OR REPLACE TRIGGER attachment_blob_immutable BEFORE UPDATE OR DELETE ON casedesk.attachment_blob
    FOR EACH ROW EXECUTE FUNCTION casedesk.attachment_immutable();
CREATE OR REPLACE TRIGGER attachment_version BEFORE UPDATE ON casedesk.attachment
    FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();
-- Discipline evidence is confidential: its history goes to the discipline
-- chain and it sends no NOTIFY.
CREATE OR REPLACE TRIGGER audit AFTER INSERT ON casedesk.attachment
    FOR EACH ROW WHEN (NEW.record_kind <> 'discipline') EXECUTE FUNCTION casedesk.audit_trigger();
CREATE OR REPLACE TRIGGER audit_discipline AFTER INSERT ON casedesk.attachment
    FOR EACH ROW WHEN (NEW.record_kind = 'discipline') EXECUTE FUNCTION casedesk.audit_trigger('discipline');
CREATE OR REPLACE TRIGGER notify AFTER INSERT ON casedesk.attachment
    FOR EACH ROW WHEN (NEW.record_kind <> 'discipline') EXECUTE FUNCTION casedesk.notify_trigger();
