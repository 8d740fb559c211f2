-- 200_step_documents_unasked: the steps that issue their document from the
-- register (migration/functions 180) no longer ask the clerk for a document
-- number: the register's number replaced whatever was typed, so the prompt
-- only made work and suggested the typed number counted.  Steps that record
-- a document made elsewhere (the district's expropriation decision, the
-- court's ruling, the application to court, the deposit) still ask for it.
UPDATE casedesk.case_step SET needs = array_remove(needs, 'doc_no')
 WHERE (kind, step) IN (('violation', 'stop_notice'),
                        ('violation', 'record_enforcement_decision'),
                        ('violation', 'record_enforcement_notice'),
                        ('expropriation', 'record_demand'),
                        ('expropriation', 'record_compensation_decision'));
