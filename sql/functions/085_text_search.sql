-- functions/085_text_search.sql: finding a case by two characters of its
-- address, as the case list's `l` filter is typed (l 河堤).  pg_trgm takes
-- no trigram from fewer than three characters, so '%河堤%' would read every
-- row; instead the pairs of adjacent characters of each address are indexed
-- (migration 086, a GIN index on text_pairs(address)) and looked up here.
-- One current definition of each function here; init re-runs this file
-- whenever it changes (README, HACKING).

-- The distinct pairs of adjacent characters of p, lower-cased.
CREATE OR REPLACE FUNCTION casedesk.text_pairs(p text) RETURNS text[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT coalesce(array_agg(DISTINCT lower(substr(p, i, 2))), '{}')
      FROM generate_series(1, char_length(p) - 1) i
$$;
GRANT EXECUTE ON FUNCTION casedesk.text_pairs(text)
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector, casedesk_admin;

-- The cases whose address contains the two characters p_text, among those
-- the caller may read (staff: their unit's; supervisors and inspectors:
-- all).  Definer rights, so the address is searched even where its reading
-- goes through functions; only ids come back, of rows the caller sees.
CREATE OR REPLACE FUNCTION casedesk.case_ids_by_address_pair(p_text text) RETURNS SETOF bigint
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_role text := casedesk.my_role();
    v_unit integer := casedesk.my_unit_id();
BEGIN
    IF v_role IS NULL OR v_role NOT IN ('staff', 'supervisor', 'inspector')
       OR p_text IS NULL OR char_length(p_text) <> 2 THEN
        RETURN;
    END IF;
    RETURN QUERY
    SELECT c.id FROM casedesk.case_file c
     WHERE casedesk.text_pairs(c.address) @> ARRAY[lower(p_text)]
       AND (v_role <> 'staff' OR c.unit_id = v_unit);
END $$;
REVOKE EXECUTE ON FUNCTION casedesk.case_ids_by_address_pair(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk.case_ids_by_address_pair(text)
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector;

-- The address way of the case list's two-character text (065_personal.sql,
-- case_list_page and case_list_count): the cases whose address holds it,
-- found through the index of the addresses' character pairs — up to 2,000
-- of them (p_scope: 0 all units, else the caller's) — and the condition the
-- list uses for them: with up to 2,000, their ids (passed as parameter
-- p_param); with more, each address tested (strpos, the same test) while
-- the list walks its own order, which finds the first page at once.  The
-- planner cannot tell the two apart (a pair's frequency is not in the
-- statistics of an array expression).  Any other length: none ('false').
CREATE OR REPLACE FUNCTION casedesk.case_address_way(p_text text, p_scope integer, p_param text,
        OUT ids bigint[], OUT cond text)
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT s.ids,
           CASE WHEN char_length(coalesce(p_text, '')) <> 2 THEN 'false'
                WHEN s.ids IS NULL THEN 'strpos(lower(c.address), lower($7)) > 0'
                ELSE 'c.id = ANY (' || p_param || ')' END
      FROM (SELECT CASE WHEN count(*) > 2000 THEN NULL ELSE coalesce(array_agg(x.id), '{}') END AS ids
              FROM (SELECT c.id FROM casedesk.case_file c
                     WHERE char_length(p_text) = 2 AND casedesk.text_pairs(c.address) @> ARRAY[lower(p_text)]
                       AND (p_scope = 0 OR c.unit_id = p_scope)
                     LIMIT 2001) x) s
$$;
REVOKE EXECUTE ON FUNCTION casedesk.case_address_way(text, integer, text) FROM PUBLIC;
