-- functions/180_step_documents.sql: the documents the steps issue (issue
-- 15, item 1; migration 180).  The step functions (011_violation,
-- 011_expropriation) call step_document in their transaction; it issues
-- the document through doc_issue (functions/081), the register's one
-- numbering path, or returns the one that step already issued.
-- One current definition of each function here; init re-runs this file
-- whenever it changes (README, HACKING).

-- The kind of document step p_step of a case of kind p_case_kind issues
-- (NULL: the step issues none).
CREATE OR REPLACE FUNCTION casedesk.step_doc_kind(p_case_kind text, p_step text) RETURNS text
    LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE p_case_kind || ':' || p_step
             WHEN 'violation:stop_notice'                     THEN 'stop_order'
             WHEN 'violation:order_rectify'                   THEN 'rectify_decision'
             WHEN 'violation:record_enforcement_decision'     THEN 'forced_demolition'
             WHEN 'violation:record_enforcement_notice'       THEN 'demand'
             WHEN 'expropriation:record_compensation_decision' THEN 'compensation_decision'
             WHEN 'expropriation:record_demand'               THEN 'demand'
           END
$$;

-- The document of step p_step of case c, dated p_on with deadline
-- p_deadline: issued now, with the next number of the issuing body's
-- (unit, kind, year) sequence, or — when this case's step already issued
-- one — that one, unchanged (a step done again issues nothing new).  It
-- refers to the document it follows: the 限期拆除 decision to the stop-work
-- order, the 强制拆除 decision to the 限期拆除 decision, the demand to the
-- decision it enforces.  NULL when the step issues no document.
-- Internal: called by the step functions, granted to no one.
CREATE OR REPLACE FUNCTION casedesk.step_document(c casedesk.case_file, p_step text, p_on date,
        p_deadline date) RETURNS casedesk.document
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_kind text := casedesk.step_doc_kind(c.kind, p_step);
    v_about_kind text;
    d casedesk.document;
BEGIN
    IF v_kind IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT * INTO d FROM casedesk.document x WHERE x.case_id = c.id AND x.step = p_step;
    IF FOUND THEN
        RETURN d;
    END IF;
    v_about_kind := CASE v_kind
        WHEN 'rectify_decision' THEN 'stop_order'
        WHEN 'forced_demolition' THEN 'rectify_decision'
        WHEN 'demand' THEN CASE c.kind WHEN 'violation' THEN 'forced_demolition' ELSE 'compensation_decision' END
        END;
    RETURN casedesk.doc_issue(c.unit_id, v_kind, c.id, NULL,
        (SELECT x.id FROM casedesk.document x WHERE x.case_id = c.id AND x.kind = v_about_kind
          ORDER BY x.id DESC LIMIT 1),
        p_on, greatest(p_deadline, p_on), NULL, p_step);
END $$;
REVOKE ALL ON FUNCTION casedesk.step_doc_kind(text, text),
    casedesk.step_document(casedesk.case_file, text, date, date) FROM PUBLIC;
