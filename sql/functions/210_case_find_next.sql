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
-- The regular expression's selectivity is unknown to the planner (a fixed
-- guess of 1 row in 10,000), so with LIMIT 1 it walks the list's order
-- index and tests each row: 986 ms to a number 162,400 rows down at scale
-- 200, the trigram index unused.  Hence two steps.  First the next 2,000
-- rows of the list are tested with every way at once (a common name or
-- status is found there in a few ms).  Only when none of them matches are
-- the ways asked on their own, and a number or party pattern of three
-- characters or more is then gathered whole by its trigram index (a
-- MATERIALIZED CTE: no LIMIT for the planner to walk with) and sorted:
-- such a pattern that is not in the next 2,000 rows is rare, so few rows.
-- Shorter patterns have no trigram to look up and keep the ordered walk.
--
-- Parameters $1..$16 as casedesk.case_list_page (the filter, the sort, the
-- keyset), $17 the address way's ids of a one- or two-character `l` text,
-- $18 the pattern, $19 the codes, $20..$23 the village and unit ids and the
-- days whose text matches, $24 a literal as an ILIKE pattern, $25 as a
-- number's prefix.
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
    v_gather boolean[] := '{}';
    v_sql text;
    v_steps text[];
    v_match text;
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

    -- a literal as ILIKE: pg_trgm finds no trigram in a regular expression
    -- of Chinese characters under the C.UTF-8 ctype (it read the whole
    -- index: 800 ms for 王建国), but it does in a LIKE pattern (0.04 ms)
    v_match := CASE WHEN v_literal THEN 'ILIKE $24' ELSE '~* $18' END;
    -- a literal that begins with the two letters of a number can only be
    -- its beginning (AA-YYYY-NNNNNN): the prefix index, whose estimate the
    -- planner knows (the trigram index took 28 ms for a whole number: its
    -- trigrams " 20", "202", "026" are in every number)
    IF v_literal AND p_regex ~ '^[A-Za-z]{2}[0-9-]*$' THEN
        v_ways := v_ways || 'c.case_no LIKE $25'::text;
        v_gather := v_gather || false;
    ELSIF NOT v_literal OR p_regex ~ '^[A-Za-z0-9-]+$' THEN
        v_ways := v_ways || ('c.case_no ' || v_match);
        v_gather := v_gather || (char_length(p_regex) >= 3);
    END IF;
    v_ways := v_ways || ('c.party_name ' || v_match);
    v_gather := v_gather || (char_length(p_regex) >= 3);
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

    -- the near step: the next rows of the list, every way at once; then
    -- the far step: each way by its own index (a long pattern gathered whole)
    v_steps := ARRAY[
        format('SELECT n.id FROM (SELECT c.id, %1$s AS s, (%4$s) AS hit FROM casedesk.case_file c%2$s%3$s'
               ' ORDER BY %1$s %5$s, c.id %5$s LIMIT 2000) n WHERE n.hit ORDER BY n.s %5$s, n.id %5$s LIMIT 1',
               v_col, v_where, v_text, array_to_string(v_ways, ' OR '), v_dir),
        format('SELECT w.id FROM (%s) w ORDER BY w.s %s, w.id %2$s LIMIT 1',
               (SELECT string_agg(CASE WHEN coalesce(v_gather[w.n], false) THEN
                           format('(WITH m AS MATERIALIZED (SELECT c.id, %1$s AS s FROM casedesk.case_file c%2$s%3$s'
                                  ' AND %4$s) SELECT m.id, m.s FROM m ORDER BY m.s %5$s, m.id %5$s LIMIT 1)',
                                  v_col, v_where, v_text, w.way, v_dir)
                         ELSE
                           format('(SELECT c.id, %1$s AS s FROM casedesk.case_file c%2$s%3$s'
                                  ' AND %4$s ORDER BY %1$s %5$s, c.id %5$s LIMIT 1)',
                                  v_col, v_where, v_text, w.way, v_dir) END, ' UNION ALL ')
                  FROM unnest(v_ways) WITH ORDINALITY w(way, n)),
               v_dir)];
    FOREACH v_sql IN ARRAY v_steps LOOP
        EXECUTE v_sql INTO v_id
        USING coalesce(p_kind, ''), coalesce(p_status, ''), coalesce(p_unit, 0), coalesce(p_village, 0),
              coalesce(p_project, 0), coalesce(p_overdue, false), p_text, p_pattern, p_prefix, p_sort,
              p_asc, coalesce(p_after_id, 0), p_after, 1, v_scope, casedesk.today(), v_ids,
              p_regex, p_codes, v_villages, v_units, v_opened, v_deadlines,
              '%' || regexp_replace(p_regex, '([%_\\])', '\\\1', 'g') || '%', upper(p_regex) || '%';
        EXIT WHEN v_id IS NOT NULL;
    END LOOP;
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
