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

-- (The guard on casedesk.official and user_set_unit's own-account check are
-- in functions/003_security.sql.)
REVOKE UPDATE ON casedesk.setting FROM casedesk_admin;
