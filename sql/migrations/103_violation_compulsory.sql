-- 103_violation_compulsory: forced demolition of an illegal building as the
-- Administrative Compulsion Law has it (issue 15, item 3; LEGAL.md), with
-- its periods in casedesk.legal_clock (migration 102):
--   限期拆除 deadline passes → 强制拆除决定书 served → 公告/催告 (the demand
--   before 代履行, ≥ 3 working days) → [复议 60 日 / 诉讼 6 个月 windows
--   from the decision pass] → 依法强制拆除 on a working day.
-- Demolition by the party itself (demolish) stays as it was; the forced one
-- is marked, so the figures can tell them apart.
ALTER TABLE casedesk.violation
    ADD COLUMN enforcement_decision_on date,
    ADD COLUMN enforcement_decision_no text CONSTRAINT vio_enforcement_no_length CHECK (length(enforcement_decision_no) <= 100),
    ADD COLUMN enforcement_notice_on date,
    ADD COLUMN enforcement_notice_no text CONSTRAINT vio_enforcement_notice_no_length CHECK (length(enforcement_notice_no) <= 100),
    ADD COLUMN forced boolean NOT NULL DEFAULT false,
    ADD CONSTRAINT vio_enforcement_pair CHECK ((enforcement_decision_on IS NULL) = (enforcement_decision_no IS NULL)),
    ADD CONSTRAINT vio_enforcement_notice_pair CHECK ((enforcement_notice_on IS NULL) = (enforcement_notice_no IS NULL)),
    ADD CONSTRAINT vio_enforcement_order CHECK (enforcement_decision_on >= rectify_ordered_on
        AND enforcement_notice_on >= enforcement_decision_on AND resolved_on >= enforcement_notice_on),
    ADD CONSTRAINT vio_forced_needs_decision CHECK (NOT forced OR (enforcement_decision_on IS NOT NULL
        AND enforcement_notice_on IS NOT NULL AND resolution = 'demolished'));

INSERT INTO casedesk.case_step (kind, step, from_status, to_status, label_zh, label_en, needs, ord) VALUES
  ('violation', 'record_enforcement_decision', '{rectifying}', NULL, '送达强制拆除决定书',
   'Serve the forced-demolition decision', '{on,doc_no}', 43),
  ('violation', 'record_enforcement_notice', '{rectifying}', NULL, '公告并催告限期自行拆除',
   'Announce and demand self-demolition', '{on,doc_no}', 44),
  ('violation', 'forced_demolish', '{rectifying}', 'demolished', '依法强制拆除',
   'Forced demolition (statutory)', '{on,area}', 45);

INSERT INTO casedesk.legal_clock (code, kind, step, step_event, after_event, min_amount, max_amount, unit,
        source, label_zh, label_en) VALUES
  ('vio_deadline_first', 'violation', 'record_enforcement_decision', 'enforcement_decision_on', 'rectify_deadline', 1, NULL, 'days',
   '城乡规划法第64条、第65条；行政强制法第37条',
   '限期自行拆除的期限届满后方可作出强制拆除决定', 'the deadline to demolish it oneself must pass before the forced-demolition decision'),
  ('vio_notice_after_decision', 'violation', 'record_enforcement_notice', 'enforcement_notice_on', 'enforcement_decision_on', 0, NULL, 'days',
   '行政强制法第44条',
   '强制拆除决定送达后予以公告，限期当事人自行拆除', 'the decision is served before the public notice and demand'),
  ('vio_review_window', 'violation', 'forced_demolish', 'resolved_on', 'enforcement_decision_on', 60, NULL, 'days',
   '行政强制法第44条；行政复议法第20条',
   '当事人在法定期限内不申请行政复议（60日）方可强制拆除', 'the 60 days to apply for administrative review must pass first'),
  ('vio_lawsuit_window', 'violation', 'forced_demolish', 'resolved_on', 'enforcement_decision_on', 6, NULL, 'months',
   '行政强制法第44条；行政诉讼法第46条',
   '当事人在法定期限内不提起行政诉讼（6个月）方可强制拆除', 'the 6 months to sue must pass first'),
  ('vio_demand_3wd', 'violation', 'forced_demolish', 'resolved_on', 'enforcement_notice_on', 3, NULL, 'working_days',
   '行政强制法第51条、第69条',
   '代履行三日前催告当事人履行（十日以内期限按工作日计算）', 'demand compliance 3 working days before the agency demolishes');
