-- functions/210_case_find_next.sql: `/` in the case list, one statement for
-- the next match after the cursor however far down it is (issue 16, item 4).
--
-- A row matches when its shown number, party, village, unit, opening date or
-- deadline matches p_regex (any case), or its kind or status is one of
-- p_codes (the client matches their translated labels).  As one OR over the
-- list the match cannot use an index, and the list walked in chunks took
-- 661 ms to a match 162,400 rows down at scale 200.  So each column is a
-- way of its own, asked with the list's whole filter, keyset, order and
-- LIMIT 1, each by its own index: the number and the party by their trigram
-- indexes (pg_trgm reads a regular expression's trigrams), the village and
-- the unit as the ids of those whose name matches, the dates as the days
-- whose text matches, kind and status by their codes.  The first of the
-- ways' rows in the list's order is the answer.  A literal text that cannot
-- be in a case number (the format is AA-YYYY-NNNNNN) or a date skips that
-- way: a two-character name would otherwise walk every number to the end.
--
-- Parameters $1..$16 as casedesk.case_list_page (the filter, the sort, the
-- keyset), $17 the address way's ids of a one- or two-character `l` text.
CREATE OR REPLACE FUNCTION casedesk.case_find_next(p_kind text, p_status text, p_unit integer,
        p_village integer, p_project integer, p_overdue boolean, p_text text, p_pattern text,
        p_prefix boolean, p_sort text, p_asc boolean, p_after_id bigint, p_after text,
        p_regex text, p_codes text[])
    RETURNS TABLE (id bigint, version integer, case_no text, kind text, status text,
                   unit_code text, unit_name text, village_name text, party_name text,
                   opened_on text, deadline text, overdue integer, sortval text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_scope integer := casedesk.case_scope();
    v_col text := CASE p_sort WHEN 'opened' THEN 'c.opened_on' WHEN 'status' THEN 'c.status'
                              ELSE 'c.case_no' END;
    v_type text := CASE p_sort WHEN 'opened' THEN 'date' ELSE 'text' END;
    v_dir text := CASE WHEN p_asc THEN 'ASC' ELSE 'DESC' END;
    -- no character with a meaning in a regular expression: the text itself
    v_literal boolean := p_regex !~ '[][\\^$.|?*+(){}]';
    v_where text;
    v_text text := '';
    v_ids bigint[];
    v_addr text;
    v_villages integer[];
    v_units integer[];
    v_opened date[];
    v_deadlines date[];
    v_ways text[] := '{}';
    v_id bigint;
BEGIN
    IF v_scope IS NULL OR coalesce(p_regex, '') = '' THEN
        RETURN;
    END IF;
    v_where := casedesk.case_list_where(v_scope, v_col, v_type, p_asc);
    -- the list's `l` text, as one condition (its page splits it in ways
    -- limited to a page, which cannot be limited to the first match here)
    IF coalesce(p_text, '') <> '' AND p_prefix THEN
        SELECT a.ids, a.cond INTO v_ids, v_addr FROM casedesk.case_address_way(p_text, v_scope, '$17') a;
        v_text := format(' AND (c.case_no LIKE upper($8) OR c.party_name LIKE $8 OR %s)', v_addr);
    ELSIF coalesce(p_text, '') <> '' THEN
        v_text := ' AND (c.case_no ILIKE $8 OR c.party_name ILIKE $8 OR c.address ILIKE $8)';
    END IF;

    IF NOT v_literal OR p_regex ~ '^[A-Za-z0-9-]+$' THEN
        v_ways := v_ways || 'c.case_no ~* $18'::text;
    END IF;
    v_ways := v_ways || 'c.party_name ~* $18'::text;
    SELECT array_agg(v.id) INTO v_villages FROM casedesk.village v WHERE v.name ~* p_regex;
    IF v_villages IS NOT NULL THEN
        v_ways := v_ways || 'c.village_id = ANY ($20)'::text;
    END IF;
    SELECT array_agg(u.id) INTO v_units FROM casedesk.unit u WHERE u.name ~* p_regex;
    IF v_units IS NOT NULL THEN
        v_ways := v_ways || 'c.unit_id = ANY ($21)'::text;
    END IF;
    IF NOT v_literal OR p_regex ~ '^[0-9-]+$' THEN
        -- the days between the first and the last, as the list shows them
        SELECT array_agg(d.day) INTO v_opened
          FROM (SELECT min(c.opened_on) AS lo, max(c.opened_on) AS hi FROM casedesk.case_file c) m,
               LATERAL (SELECT g::date AS day FROM generate_series(m.lo, m.hi, interval '1 day') g) d
         WHERE d.day::text ~* p_regex;
        SELECT array_agg(d.day) INTO v_deadlines
          FROM (SELECT min(c.deadline) AS lo, max(c.deadline) AS hi FROM casedesk.case_file c) m,
               LATERAL (SELECT g::date AS day FROM generate_series(m.lo, m.hi, interval '1 day') g) d
         WHERE d.day::text ~* p_regex;
        IF v_opened IS NOT NULL THEN
            v_ways := v_ways || 'c.opened_on = ANY ($22)'::text;
        END IF;
        IF v_deadlines IS NOT NULL THEN
            v_ways := v_ways || 'c.deadline = ANY ($23)'::text;
        END IF;
    END IF;
    IF cardinality(p_codes) > 0 THEN
        v_ways := v_ways || 'c.kind = ANY ($19)'::text || 'c.status = ANY ($19)'::text;
    END IF;

    EXECUTE format('SELECT w.id FROM (%s) w ORDER BY w.s %s, w.id %2$s LIMIT 1',
                   (SELECT string_agg(format('(SELECT c.id, %1$s AS s FROM casedesk.case_file c%2$s%3$s'
                                             ' AND %4$s ORDER BY %1$s %5$s, c.id %5$s LIMIT 1)',
                                             v_col, v_where, v_text, w.way, v_dir), ' UNION ALL ')
                      FROM unnest(v_ways) w(way)),
                   v_dir)
    INTO v_id
    USING coalesce(p_kind, ''), coalesce(p_status, ''), coalesce(p_unit, 0), coalesce(p_village, 0),
          coalesce(p_project, 0), coalesce(p_overdue, false), p_text, p_pattern, p_prefix, p_sort,
          p_asc, coalesce(p_after_id, 0), p_after, 1, v_scope, casedesk.today(), v_ids,
          p_regex, p_codes, v_villages, v_units, v_opened, v_deadlines;
    IF v_id IS NULL THEN
        RETURN;
    END IF;
    RETURN QUERY
    SELECT c.id, c.version, c.case_no, c.kind, c.status, u.code, u.name, v.name, c.party_name,
           c.opened_on::text, coalesce(c.deadline::text, ''),
           (coalesce(c.deadline < casedesk.today(), false) AND c.status <> 'closed')::int,
           CASE p_sort WHEN 'opened' THEN c.opened_on::text WHEN 'status' THEN c.status ELSE c.case_no END
      FROM casedesk.case_file c JOIN casedesk.unit u ON u.id = c.unit_id
      JOIN casedesk.village v ON v.id = c.village_id
     WHERE c.id = v_id;
END $$;

REVOKE EXECUTE ON FUNCTION casedesk.case_find_next(text, text, integer, integer, integer, boolean,
    text, text, boolean, text, boolean, bigint, text, text, text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk.case_find_next(text, text, integer, integer, integer, boolean,
    text, text, boolean, text, boolean, bigint, text, text, text[])
    TO casedesk_staff, casedesk_supervisor, casedesk_inspector;
