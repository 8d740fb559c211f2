-- 160_service_clocks_coverage: issue 15, items 3, 4 and 8 (C3).
--
-- 1. The legal clocks run from service (送达), not from issue.  A clock whose
--    period the law counts from the service of a document names that
--    document's kind (from_service_of).  When the case has such a document
--    in the register, the period starts on the day it was served — shifted
--    by the days between issue and service, so a deadline written on the
--    decision (限期拆除 by …) moves with it — and has not started at all
--    while the document is unserved.  A case without the register document
--    (a number typed at the step, before 081) keeps its recorded date.
-- 2. Forced demolition (强制拆除) never at night: the step records the hour
--    it starts, refused from 22:00 to 06:00 (行政强制法第43条); holidays and
--    rest days were already refused (the working-day calendar).
-- 3. Patrol coverage that means something: each village is due a patrol at
--    an interval (setting patrol.interval_days for the district, a unit's
--    own patrol_interval_days when set); a village is on schedule when its
--    last patrol is within the interval.
-- 4. Pre-totalled briefing figures (unit_day_total, 055): the area removed
--    (vio:* rows now carry resolved_area_m2), move-ins per resettlement
--    community ('flat@<community id>') and per project the households
--    signed, paid in full and vacated ('proj:<project id>:signed|paid|vacated').

ALTER TABLE casedesk.legal_clock
    ADD COLUMN from_service_of text REFERENCES casedesk.doc_kind(kind)
        CONSTRAINT legal_clock_service_length CHECK (length(from_service_of) <= 32);
UPDATE casedesk.legal_clock SET from_service_of = 'compensation_decision'
 WHERE code IN ('exp_review_window', 'exp_lawsuit_window', 'exp_apply_within');
UPDATE casedesk.legal_clock SET from_service_of = 'rectify_decision' WHERE code = 'vio_deadline_first';
UPDATE casedesk.legal_clock SET from_service_of = 'forced_demolition'
 WHERE code IN ('vio_review_window', 'vio_lawsuit_window');
UPDATE casedesk.legal_clock SET from_service_of = 'demand' WHERE code IN ('vio_demand_3wd', 'exp_demand_then_apply');

ALTER TABLE casedesk.violation
    ADD COLUMN forced_at time CONSTRAINT vio_forced_daytime CHECK (forced_at >= '06:00' AND forced_at < '22:00');
ALTER TABLE casedesk.expropriation
    ADD COLUMN forced_at time CONSTRAINT exp_forced_daytime CHECK (forced_at >= '06:00' AND forced_at < '22:00');
UPDATE casedesk.case_step SET needs = needs || '{at}'::text[]
 WHERE step = 'forced_demolish' AND NOT ('at' = ANY (needs));

INSERT INTO casedesk.setting (key, value, description) VALUES
    ('patrol.interval_days', '7',
     'Every village is patrolled at least once in this many days (a unit may set its own)')
ON CONFLICT (key) DO NOTHING;
ALTER TABLE casedesk.unit
    ADD COLUMN patrol_interval_days integer
        CONSTRAINT unit_patrol_interval_range CHECK (patrol_interval_days BETWEEN 1 AND 365);

-- The column added to expropriation is readable as 106 granted the others.
DO $$
DECLARE
    t text;
    r text;
    cols text;
BEGIN
    FOREACH t IN ARRAY ARRAY['case_file', 'expropriation', 'petition', 'payment'] LOOP
        FOREACH r IN ARRAY ARRAY['casedesk_staff', 'casedesk_supervisor', 'casedesk_inspector'] LOOP
            SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) INTO cols
              FROM pg_attribute a
             WHERE a.attrelid = ('casedesk.' || t)::regclass AND a.attnum > 0 AND NOT a.attisdropped
               AND NOT EXISTS (SELECT 1 FROM casedesk.personal_column p
                                WHERE p.table_name = t AND p.column_name = a.attname
                                  AND (r = 'casedesk_staff' OR p.kind IN ('id', 'phone')));
            EXECUTE format('GRANT SELECT (%s) ON casedesk.%I TO %I', cols, t, r);
        END LOOP;
    END LOOP;
END $$;
