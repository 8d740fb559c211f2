-- 130_saved_filter: the per-person cap on saved filters (migration 130).
-- Counted under a lock on the person, so two sessions of one login cannot
-- both add the fiftieth.  Runs as the caller: row-level security leaves it
-- exactly the caller's own rows to count.
CREATE OR REPLACE FUNCTION casedesk.saved_filter_cap() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
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
REVOKE ALL ON FUNCTION casedesk.saved_filter_cap() FROM PUBLIC;

CREATE OR REPLACE TRIGGER saved_filter_cap BEFORE INSERT ON casedesk.saved_filter
    FOR EACH ROW EXECUTE FUNCTION casedesk.saved_filter_cap();

-- Delete one of one's own saved filters; true when there was one.  A definer
-- because no role holds DELETE on the table (migration 131: DELETE allows
-- LOCK TABLE); the owner check is inside, so another's filter is as absent
-- as a missing one.
CREATE OR REPLACE FUNCTION casedesk.saved_filter_delete(p_id integer) RETURNS boolean
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    DELETE FROM casedesk.saved_filter f WHERE f.id = p_id AND f.login = session_user;
    RETURN FOUND;
END $$;
REVOKE ALL ON FUNCTION casedesk.saved_filter_delete(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk.saved_filter_delete(integer)
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin;
