-- functions/005_validate.sql: field validators (citizen ID GB 11643, credit code GB 32100,
-- phone).  Before migration 010, whose CHECK constraints call them.
-- One current definition of each function, view and trigger here; init
-- re-runs this file whenever it changes (README, HACKING).

-- ------------------------------------------------------------- validators
-- GB 11643: 17 digits, check digit mod 11-2, birth date YYYYMMDD that exists.
CREATE OR REPLACE FUNCTION casedesk.valid_citizen_id(p text) RETURNS boolean
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
AS $$
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
END $$;

-- GB 32100: 18 characters over 0-9A-HJ-NPQRTUWXY, weights 3^i mod 31.
CREATE OR REPLACE FUNCTION casedesk.valid_credit_code(p text) RETURNS boolean
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
AS $$
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
END $$;

-- Mobile 1[3-9]xxxxxxxxx, or landline with area code (0915-3212345).
CREATE OR REPLACE FUNCTION casedesk.valid_phone(p text) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
AS $$ SELECT p ~ '^(1[3-9][0-9]{9}|0[1-9][0-9]{1,2}-?[2-9][0-9]{6,7})$' $$;

-- No invisible format character (zero-width, bidi controls, word joiners,
-- the BOM, soft hyphen, interlinear annotation): a name, number or code
-- that looks like another must not be another (migration 060).
CREATE OR REPLACE FUNCTION casedesk.visible_text(p text) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
AS $$ SELECT p IS NULL OR p !~ '[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]' $$;
-- CHECK constraints run with the writer's rights: every role may call it.
GRANT EXECUTE ON FUNCTION casedesk.visible_text(text)
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin, casedesk_usermgr;
