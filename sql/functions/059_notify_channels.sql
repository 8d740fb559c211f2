-- functions/059_notify_channels.sql: the per-unit notification channels
-- (migration 059 says why).  notify_trigger itself is in 002_audit.sql.
-- One current definition of each function here; init re-runs this file
-- whenever it changes (README, HACKING).

-- The channel of a unit: not derivable from the unit's id without the key.
CREATE OR REPLACE FUNCTION casedesk.unit_channel(p_unit_id integer) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$ SELECT 'casedesk_u' || left(encode(sha256(s.secret || convert_to(p_unit_id::text, 'UTF8')), 'hex'), 24)
        FROM casedesk.notify_secret s WHERE s.id = 1 $$;
REVOKE EXECUTE ON FUNCTION casedesk.unit_channel(integer) FROM PUBLIC;

-- The channels the caller may LISTEN on: the district-wide one, and the
-- channels of the units whose cases the caller can read.
CREATE OR REPLACE FUNCTION casedesk.my_channels() RETURNS SETOF text
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT 'casedesk'
    UNION ALL
    SELECT casedesk.unit_channel(u.id) FROM casedesk.unit u
     WHERE (casedesk.my_role() = 'staff' AND u.id = casedesk.my_unit_id())
        OR casedesk.my_role() IN ('supervisor', 'inspector')
$$;
REVOKE EXECUTE ON FUNCTION casedesk.my_channels() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk.my_channels()
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin;
