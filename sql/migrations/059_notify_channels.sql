-- 059_notify_channels: change notifications of unit-private rows go to a
-- channel per unit whose name nobody can guess (issue 11, class 10).
--
-- LISTEN and NOTIFY take no privileges in PostgreSQL: any login may listen
-- on any channel and send on it.  On one shared channel every clerk heard
-- the ids of every other unit's case changes.  Now the rows of the case
-- family (cases, their details, payments, patrols, petitions) are announced
-- on 'casedesk_u' || a keyed hash of the unit's id; a login learns the names
-- of the channels it may hear from casedesk.my_channels() (its own unit for
-- staff, every unit for supervisors and inspectors, who read every case).
-- The key lives here, readable by the owner only.  A payload is still only a
-- hint (table:id:op) on which a client re-reads what it may see, so a forged
-- one costs a reload, and reaches only channels the forger knows.
CREATE TABLE casedesk.notify_secret (
    id     integer PRIMARY KEY CONSTRAINT notify_secret_one_row CHECK (id = 1),
    secret bytea NOT NULL CONSTRAINT notify_secret_length CHECK (length(secret) = 32)
);
INSERT INTO casedesk.notify_secret VALUES (1, uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()));
REVOKE ALL ON casedesk.notify_secret FROM PUBLIC;
ALTER TABLE casedesk.notify_secret ENABLE ROW LEVEL SECURITY;
ALTER TABLE casedesk.notify_secret FORCE ROW LEVEL SECURITY;
