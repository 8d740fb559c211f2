-- functions/205_exif.sql: the EXIF time and GPS position of a JPEG, read
-- by the server from the bytes it stores (issue 15, item 7).  attach_add
-- used to keep what the client said it had read; someone calling it from
-- psql could record a time or a place the photo does not carry.  Now the
-- server reads them itself and the client's values are ignored.
--
-- The same reading as src/exif.c: a JPEG is a run of segments (FF xx, a
-- 16-bit big-endian length); EXIF is the APP1 segment (FF E1) starting
-- "Exif\0\0" and holding a TIFF structure: byte order (II little, MM big),
-- 42, the offset of IFD0.  IFD0 points to the Exif IFD (tag 8769; 9003
-- DateTimeOriginal, else IFD0's 0132 DateTime) and the GPS IFD (8825; 1/2
-- latitude ref and value, 3/4 longitude, three RATIONALs each).  Every
-- offset is checked against the segment: a damaged or hostile file gives
-- NULLs, never an error.  Only the APP1 segment (at most 64 KiB) is read.

-- An unsigned 16- or 32-bit integer at off (0-based) of b, in the byte order.
CREATE OR REPLACE FUNCTION casedesk.exif_uint(b bytea, off bigint, size integer, le boolean) RETURNS bigint
    LANGUAGE sql IMMUTABLE STRICT
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE WHEN off < 0 OR off + size > octet_length(b) THEN NULL
                WHEN size = 2 AND le THEN get_byte(b, off::int)::bigint + get_byte(b, off::int + 1) * 256
                WHEN size = 2 THEN get_byte(b, off::int)::bigint * 256 + get_byte(b, off::int + 1)
                WHEN le THEN get_byte(b, off::int)::bigint + get_byte(b, off::int + 1)::bigint * 256
                             + get_byte(b, off::int + 2)::bigint * 65536 + get_byte(b, off::int + 3)::bigint * 16777216
                ELSE get_byte(b, off::int)::bigint * 16777216 + get_byte(b, off::int + 1)::bigint * 65536
                     + get_byte(b, off::int + 2)::bigint * 256 + get_byte(b, off::int + 3) END
$$;

-- The entry of tag in the IFD at off: its type, count and the offset of its
-- value (inside the entry when it fits in 4 bytes); no row when absent or
-- out of bounds.
CREATE OR REPLACE FUNCTION casedesk.exif_entry(t bytea, le boolean, off bigint, tag integer,
                                               OUT type integer, OUT count bigint, OUT voff bigint)
    LANGUAGE plpgsql IMMUTABLE STRICT
    SET search_path = pg_catalog, pg_temp
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

-- Degrees from three RATIONALs at voff, negated for S or W; NULL when bad.
CREATE OR REPLACE FUNCTION casedesk.exif_coord(t bytea, le boolean, ifd bigint, ref_tag integer,
                                               tag integer, max_deg double precision)
    RETURNS double precision
    LANGUAGE plpgsql IMMUTABLE STRICT
    SET search_path = pg_catalog, pg_temp
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

-- "YYYY:MM:DD HH:MM:SS" of tag in the IFD at ifd, as a timestamp; NULL when bad.
CREATE OR REPLACE FUNCTION casedesk.exif_time(t bytea, le boolean, ifd bigint, tag integer)
    RETURNS timestamp
    LANGUAGE plpgsql IMMUTABLE STRICT
    SET search_path = pg_catalog, pg_temp
AS $$
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
END $$;

CREATE OR REPLACE FUNCTION casedesk.exif_read(p_data bytea, OUT taken_at timestamp,
                                              OUT lat double precision, OUT lon double precision)
    LANGUAGE plpgsql IMMUTABLE STRICT
    SET search_path = pg_catalog, pg_temp
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
REVOKE EXECUTE ON FUNCTION casedesk.exif_uint(bytea, bigint, integer, boolean),
    casedesk.exif_entry(bytea, boolean, bigint, integer),
    casedesk.exif_coord(bytea, boolean, bigint, integer, integer, double precision),
    casedesk.exif_time(bytea, boolean, bigint, integer), casedesk.exif_read(bytea) FROM PUBLIC;
