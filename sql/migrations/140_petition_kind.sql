-- 140_petition_kind: petitions (信访) as a full case kind (issue 15, items 3
-- and 5; ../shared/domain/LEGAL.md, 《信访工作条例》2022).
--
-- A petition case is a case_file row of kind 'petition' (number XF-YYYY-
-- NNNNNN; party_name / party_phone / address are the petitioner's and stay
-- personal columns of case_file) and a row of casedesk.petition_case, its
-- detail table, sharing the case's id.  The older casedesk.petition table
-- (010) stays for the documents that name it; its rows are adopted as cases
-- by casedesk.petition_cases_from_legacy() (functions/140_petition.sql),
-- which migration 141 runs for an existing database and the demo seed runs
-- after loading them.
--
--   registered -accept-> accepted (办理) -answer-> answered -request_review->
--   review_requested -review-> reviewed -request_recheck-> recheck_requested
--   -recheck-> rechecked -close-> closed
--   registered -not_accept-> not_accepted -close-> closed
--   answered -close_after_answer-> closed (once the 30 days to ask for 复查
--   have passed); reviewed -close_after_review-> closed (30 days for 复核)
--   accepted -extend-> accepted: once, at most 30 days, with a reason.
--
-- The periods are legal_clock rows (data with their articles).  The answer
-- clock runs from answer_clock_on, the acceptance day moved on by the
-- extension, so the one engine (functions/102) needs no code for it.
INSERT INTO casedesk.case_kind (code, number_prefix, detail_table, initial_status,
        step_function, blocker_function, label_zh, label_en) VALUES
    ('petition', 'XF', 'petition_case', 'registered',
     'case_step_petition', 'case_blocker_petition', '信访', 'Petition');

INSERT INTO casedesk.case_step (kind, step, from_status, to_status, label_zh, label_en, needs, ord) VALUES
  ('petition', 'accept', '{registered}', 'accepted', '受理', 'Accept the petition', '{on}', 10),
  ('petition', 'not_accept', '{registered}', 'not_accepted', '不予受理', 'Decide not to accept', '{on,reason}', 11),
  ('petition', 'extend', '{accepted}', NULL, '延长办理期限', 'Extend the handling period', '{on,days,reason}', 15),
  ('petition', 'answer', '{accepted}', 'answered', '书面答复', 'Answer in writing', '{on,answer}', 20),
  ('petition', 'request_review', '{answered}', 'review_requested', '申请复查', 'Review requested (复查)', '{on}', 30),
  ('petition', 'review', '{review_requested}', 'reviewed', '复查意见', 'Review opinion given', '{on,answer}', 40),
  ('petition', 'request_recheck', '{reviewed}', 'recheck_requested', '申请复核', 'Second review requested (复核)', '{on}', 50),
  ('petition', 'recheck', '{recheck_requested}', 'rechecked', '复核意见', 'Second review opinion given', '{on,answer}', 60),
  ('petition', 'close_after_answer', '{answered}', 'closed', '结案', 'Close the case', '{on}', 88),
  ('petition', 'close_after_review', '{reviewed}', 'closed', '结案', 'Close the case', '{on}', 89),
  ('petition', 'close', '{rechecked,not_accepted}', 'closed', '结案', 'Close the case', '{on}', 90);

CREATE TABLE casedesk.petition_case (
    id                   bigint PRIMARY KEY,
    unit_id              integer NOT NULL,
    channel              text NOT NULL CONSTRAINT pc_channel_valid
                         CHECK (channel IN ('visit', 'letter', 'phone', 'online', 'transferred')
                                AND length(channel) <= 12),
    -- the petitioner's citizen ID: personal (065), read masked
    petitioner_id_no     text CONSTRAINT pc_id_no_valid
                         CHECK (petitioner_id_no IS NULL
                                OR (length(petitioner_id_no) <= 18 AND casedesk.valid_citizen_id(petitioner_id_no))),
    subject              text NOT NULL CONSTRAINT pc_subject_valid
                         CHECK (btrim(subject) <> '' AND length(subject) <= 200),
    content              text CONSTRAINT pc_content_length CHECK (length(content) <= 4000),
    project_id           integer REFERENCES casedesk.project(id),
    about_case_id        bigint REFERENCES casedesk.case_file(id) ON DELETE SET NULL,
    legacy_petition_id   bigint CONSTRAINT pc_legacy_unique UNIQUE REFERENCES casedesk.petition(id),
    received_on          date NOT NULL,
    accept_decided_on    date,
    accepted             boolean,
    not_accepted_reason  text CONSTRAINT pc_not_accepted_length CHECK (length(not_accepted_reason) <= 200),
    extended_on          date,
    extended_days        integer CONSTRAINT pc_extension_range CHECK (extended_days BETWEEN 1 AND 30),
    extension_reason     text CONSTRAINT pc_extension_reason_length CHECK (length(extension_reason) <= 200),
    -- the day the 60 days of handling run from (第34条): acceptance, moved on by the extension
    answer_clock_on      date GENERATED ALWAYS AS (CASE WHEN accepted THEN accept_decided_on + coalesce(extended_days, 0) END) STORED,
    answered_on          date,
    answer               text CONSTRAINT pc_answer_length CHECK (length(answer) <= 2000),
    review_requested_on  date,
    reviewed_on          date,
    review_opinion       text CONSTRAINT pc_review_length CHECK (length(review_opinion) <= 2000),
    recheck_requested_on date,
    rechecked_on         date,
    recheck_opinion      text CONSTRAINT pc_recheck_length CHECK (length(recheck_opinion) <= 2000),
    concluded_on         date,
    version              integer NOT NULL DEFAULT 1,
    CONSTRAINT pc_case_fk FOREIGN KEY (id, unit_id) REFERENCES casedesk.case_file(id, unit_id)
               ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT pc_decision_pair CHECK ((accept_decided_on IS NULL) = (accepted IS NULL)),
    CONSTRAINT pc_extension_pair CHECK ((extended_on IS NULL) = (extended_days IS NULL)
                                        AND (extended_on IS NULL) = (extension_reason IS NULL)),
    CONSTRAINT pc_dates_order CHECK (accept_decided_on >= received_on AND extended_on >= accept_decided_on
        AND answered_on >= accept_decided_on AND review_requested_on >= answered_on
        AND reviewed_on >= review_requested_on AND recheck_requested_on >= reviewed_on
        AND rechecked_on >= recheck_requested_on AND concluded_on >= received_on)
);
CREATE INDEX petition_case_unit_idx ON casedesk.petition_case(unit_id, id);
CREATE INDEX petition_case_received_idx ON casedesk.petition_case(received_on);
CREATE INDEX petition_case_project_idx ON casedesk.petition_case(project_id) WHERE project_id IS NOT NULL;
CREATE INDEX petition_case_about_idx ON casedesk.petition_case(about_case_id) WHERE about_case_id IS NOT NULL;

CREATE TRIGGER petition_case_version BEFORE UPDATE ON casedesk.petition_case
    FOR EACH ROW EXECUTE FUNCTION casedesk.bump_version();
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON casedesk.petition_case
    FOR EACH ROW EXECUTE FUNCTION casedesk.audit_trigger();
CREATE TRIGGER notify AFTER INSERT OR UPDATE OR DELETE ON casedesk.petition_case
    FOR EACH ROW EXECUTE FUNCTION casedesk.notify_trigger('unit');

ALTER TABLE casedesk.petition_case ENABLE ROW LEVEL SECURITY;
ALTER TABLE casedesk.petition_case FORCE ROW LEVEL SECURITY;
CREATE POLICY petition_case_own_unit ON casedesk.petition_case TO casedesk_staff
    USING (unit_id = (SELECT casedesk.my_unit_id()))
    WITH CHECK (unit_id = (SELECT casedesk.my_unit_id()));
CREATE POLICY petition_case_read_all ON casedesk.petition_case FOR SELECT
    TO casedesk_supervisor, casedesk_inspector USING (true);

-- The ID number is personal (065): staff never read it, the others masked
-- through casedesk.petition_detail.
INSERT INTO casedesk.personal_column (table_name, column_name, kind) VALUES
    ('petition_case', 'petitioner_id_no', 'id');
DO $$
DECLARE
    r text;
    cols text;
BEGIN
    FOREACH r IN ARRAY ARRAY['casedesk_staff', 'casedesk_supervisor', 'casedesk_inspector'] LOOP
        SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) INTO cols
          FROM pg_attribute a
         WHERE a.attrelid = 'casedesk.petition_case'::regclass AND a.attnum > 0 AND NOT a.attisdropped
           AND NOT EXISTS (SELECT 1 FROM casedesk.personal_column p
                            WHERE p.table_name = 'petition_case' AND p.column_name = a.attname
                              AND (r = 'casedesk_staff' OR p.kind IN ('id', 'phone')));
        EXECUTE format('GRANT SELECT (%s) ON casedesk.petition_case TO %I', cols, r);
    END LOOP;
END $$;
GRANT UPDATE (petitioner_id_no, subject, content) ON casedesk.petition_case TO casedesk_staff;

-- The periods (《信访工作条例》, LEGAL.md).  The two windows of the
-- petitioner (复查 and 复核 requests) are "not before" rules of closing:
-- the case stays open while the petitioner may still ask, and a request
-- after the window is refused (case_step_petition reads the same row).
INSERT INTO casedesk.legal_clock (code, kind, step, step_event, after_event, min_amount, max_amount, unit, source, label_zh, label_en) VALUES
  ('pet_accept', 'petition', 'accept', 'accept_decided_on', 'received_on', NULL, 15, 'days',
   '信访工作条例第22条、第23条',
   '收到信访事项之日起15日内决定是否受理并书面告知信访人', 'decide within 15 days of receipt whether to accept, and tell the petitioner in writing'),
  ('pet_answer', 'petition', 'answer', 'answered_on', 'answer_clock_on', NULL, 60, 'days',
   '信访工作条例第34条',
   '自受理之日起60日内办结并书面答复（延长不超过30日）', 'answer in writing within 60 days of acceptance (at most 30 more when extended)'),
  ('pet_review_window', 'petition', 'close_after_answer', 'concluded_on', 'answered_on', 30, NULL, 'days',
   '信访工作条例第35条',
   '信访人自收到书面答复之日起30日内可请求复查', 'the petitioner may ask for a review within 30 days of the answer'),
  ('pet_review_due', 'petition', 'review', 'reviewed_on', 'review_requested_on', NULL, 30, 'days',
   '信访工作条例第35条',
   '复查机关自收到复查请求之日起30日内提出复查意见', 'the review opinion is due within 30 days of the request'),
  ('pet_recheck_window', 'petition', 'close_after_review', 'concluded_on', 'reviewed_on', 30, NULL, 'days',
   '信访工作条例第36条',
   '信访人自收到复查意见之日起30日内可请求复核', 'the petitioner may ask for a second review within 30 days of the review opinion'),
  ('pet_recheck_due', 'petition', 'recheck', 'rechecked_on', 'recheck_requested_on', NULL, 30, 'days',
   '信访工作条例第36条',
   '复核机关自收到复核请求之日起30日内提出复核意见', 'the second review opinion is due within 30 days of the request');
