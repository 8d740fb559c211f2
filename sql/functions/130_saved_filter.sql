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
