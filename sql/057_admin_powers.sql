-- 057_admin_powers: an administrator keeps other people's accounts, not their
-- own, never an inspector's, and not the campaign's rules (issue 11, class 7).
--
--  * Editing the directory (name, title, phone) of one's own row or of an
--    inspector's row is refused with a sentence: an admin who renames
--    themselves rewrites who did what in every report, and an inspector's
--    contact details are the discipline office's to keep.
--  * Moving one's own account to another unit is refused (it would open that
--    unit's inbox to the mover).
--  * casedesk.setting holds rules with legal effect (the stock cut-off moves
--    thousands of violations between the city and the district and unlocks
--    the stock-disposal step); only the installer changes them, in an
--    audited transaction of their own.

CREATE FUNCTION casedesk.official_guard() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
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
CREATE TRIGGER official_guard BEFORE UPDATE ON casedesk.official
    FOR EACH ROW EXECUTE FUNCTION casedesk.official_guard();

REVOKE UPDATE ON casedesk.setting FROM casedesk_admin;

RESET ROLE;  -- user_set_unit belongs to casedesk_usermgr
CREATE OR REPLACE FUNCTION casedesk.user_set_unit(p_login text, p_unit_code text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
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
SET ROLE casedesk_owner;
