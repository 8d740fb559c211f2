-- 011_cases_rules: field validation, derived columns, row security, grants,
-- audit and notify for the tables of 010.
--
-- Validation triggers raise one sentence naming the field and the rule, with
-- SQLSTATE 23514 (check_violation); state rules use P0001.  Inside the
-- SECURITY DEFINER workflow functions current_user is casedesk_owner: the
-- triggers use that to tell "the workflow is changing this" from "a user is
-- editing columns directly".

-- ------------------------------------------------------- row security
-- Staff: their unit.  Supervisors and inspectors: read all.  Admin: nothing.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['case_file','expropriation','violation','payment','patrol',
            'patrol_village','petition'] LOOP
        EXECUTE format('ALTER TABLE casedesk.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE casedesk.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON casedesk.%I TO casedesk_staff
                        USING (unit_id = (SELECT casedesk.my_unit_id()))
                        WITH CHECK (unit_id = (SELECT casedesk.my_unit_id()))', t || '_own_unit', t);
        EXECUTE format('CREATE POLICY %I ON casedesk.%I FOR SELECT
                        TO casedesk_supervisor, casedesk_inspector USING (true)', t || '_read_all', t);
        EXECUTE format('GRANT SELECT ON casedesk.%I
                        TO casedesk_staff, casedesk_supervisor, casedesk_inspector', t);
    END LOOP;
END $$;

-- A case registered by mistake may be deleted while nothing has happened yet.
CREATE POLICY case_file_delete_initial ON casedesk.case_file AS RESTRICTIVE FOR DELETE
    TO casedesk_staff USING (status IN ('registered','found'));

GRANT UPDATE (party_name, party_phone, address, note, handled_by), DELETE
    ON casedesk.case_file TO casedesk_staff;
GRANT UPDATE (party_id_no, house_area, land_area_mu) ON casedesk.expropriation TO casedesk_staff;
GRANT UPDATE (area_m2, floors, lat, lon) ON casedesk.violation TO casedesk_staff;
GRANT INSERT (patrol_on, members, notes), UPDATE (patrol_on, members, notes), DELETE
    ON casedesk.patrol TO casedesk_staff;
GRANT INSERT (patrol_id, village_id), DELETE ON casedesk.patrol_village TO casedesk_staff;
GRANT INSERT (project_id, case_id, petitioner, phone, received_on, subject, content),
    UPDATE (petitioner, phone, subject, content) ON casedesk.petition TO casedesk_staff;

-- District-wide reference data, open to every role; the 征收办 (supervisors)
-- keep projects and resettlement communities up to date.
GRANT SELECT ON casedesk.project, casedesk.project_unit, casedesk.resettlement_community,
    casedesk.village_certification, casedesk.setting
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin;
GRANT INSERT, UPDATE ON casedesk.project, casedesk.project_unit, casedesk.resettlement_community
    TO casedesk_supervisor;
GRANT DELETE ON casedesk.project_unit TO casedesk_supervisor;
-- They carry unit columns, so they follow the house rule (RLS forced, the
-- unit column indexed) even though every role reads every row.
CREATE INDEX project_lead_unit_idx ON casedesk.project(lead_unit_id);
CREATE INDEX community_unit_idx ON casedesk.resettlement_community(unit_id);
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['project','project_unit','resettlement_community'] LOOP
        EXECUTE format('ALTER TABLE casedesk.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE casedesk.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON casedesk.%I FOR SELECT
                        TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin
                        USING (true)', t || '_read_all', t);
        EXECUTE format('CREATE POLICY %I ON casedesk.%I TO casedesk_supervisor
                        USING (true) WITH CHECK (true)', t || '_supervisor_write', t);
    END LOOP;
END $$;
GRANT UPDATE (value) ON casedesk.setting TO casedesk_admin;
