# tests/bench/bench_cases.sh — section 1 of `make bench`: the case list over
# the whole table (scale 200 ≈ 1,000,000 cases), seen by a supervisor (who
# reads every case).  Sourced by bench.sh.

# The model's list query (src/model_case.c, case_list / case_count) with the
# parameters written as literals: what PQexecParams plans (a custom plan).
CASE_COLS="c.id, c.version, c.case_no, c.kind, c.status, u.code, u.name, v.name, c.party_name,
 c.opened_on::text, coalesce(c.deadline::text, ''),
 (coalesce(c.deadline < current_date, false) AND c.status <> 'closed')::int, c.case_no::text"
CASE_FROM="FROM casedesk.case_file c JOIN casedesk.unit u ON u.id = c.unit_id
 JOIN casedesk.village v ON v.id = c.village_id"
# case_where TEXT: LIST_WHERE with every filter off except the text.  Like
# the model, text of one or two characters is a prefix (TEXT_WHERE in
# src/model_case.c), longer text a substring.
case_where() {
    local t=$1 pat="%$1%" txt
    if [ -n "$t" ] && [ "$(printf %s "$t" | LC_ALL=C.UTF-8 wc -m)" -lt 3 ]; then
        txt="('$t' = '' OR c.case_no LIKE upper('$t%') OR c.party_name LIKE '$t%')"
    else
        txt="('$t' = '' OR c.case_no ILIKE '$pat' OR c.party_name ILIKE '$pat' OR c.address ILIKE '$pat')"
    fi
    echo "WHERE ('' = '' OR c.kind = '') AND ('' = '' OR c.status = '')
 AND (0 = 0 OR c.unit_id = 0) AND (0 = 0 OR c.village_id = 0)
 AND (0 = 0 OR EXISTS (SELECT 1 FROM casedesk.expropriation x WHERE x.id = c.id AND x.project_id = 0))
 AND (NOT false OR (c.deadline < current_date AND c.status <> 'closed'))
 AND $txt"
}
# case_page_sql TEXT DIR [KEYNO KEYID]: one page of 60 (+1) rows.
case_page_sql() {
    local t=$1 dir=$2 kno=${3:-} kid=${4:-0} cmp=">" ord=ASC
    [ "$dir" -lt 0 ] && { cmp="<"; ord=DESC; }
    echo "SELECT $CASE_COLS $CASE_FROM $(case_where "$t")
 AND ($kid::bigint = 0 OR (c.case_no, c.id) $cmp ('$kno'::text, $kid::bigint))
 ORDER BY c.case_no $ord, c.id $ord LIMIT 61;"
}
case_count_sql() {
    echo "SELECT count(*) FROM (SELECT 1 FROM casedesk.case_file c $(case_where "$1") LIMIT 1001) s;"
}

# press_n NAME KEY N: press KEY N times; prints the ms of each, one a line.
press_n() {
    local i
    for i in $(seq 1 "$3"); do press "$1" "$2"; echo; done | grep -E '^[0-9.]+$'
}

cases_missing() {
    local why="n/a (screen missing)"
    add "cases: first screen of the case list" 50 ms "$why" "" ""
    add "cases: page down (median)" 20 ms "$why" "" ""
    add "cases: jump to end (End)" 20 ms "$why" "" ""
    add "cases: search (l, narrow as you type)" 100 ms "$why" "" ""
    add "cases: search (/ pattern, next match)" 100 ms "$why" "" ""
    add "cases: peak RSS of casedesk" 10 MB "$why" "" ""
}

# The baselines: the same queries through pgbench, and a generic pager.
cases_baselines() {
    local key
    B_FIRST=$(pgb_ms bsup "$(case_page_sql '' 1) $(case_count_sql '')" 10)
    key=$(q bsup "SELECT case_no || '|' || id FROM casedesk.case_file ORDER BY case_no, id OFFSET 600 LIMIT 1")
    B_NEXT=$(pgb_ms bsup "$(case_page_sql '' 1 "${key%|*}" "${key#*|}")" 20)
    B_END=$(pgb_ms bsup "$(case_page_sql '' -1)" 20)
    # Every prefix as typed: the slowest is the baseline of the slowest key.
    local pre="" ch b
    B_SEARCH=; B_SEARCH_ALL=
    for ch in $(echo "$SEARCH_TEXT" | grep -o .); do
        pre="$pre$ch"
        b=$(pgb_ms bsup "$(case_page_sql "$pre" 1) $(case_count_sql "$pre")" 2)
        B_SEARCH_ALL="$B_SEARCH_ALL $pre=$b"
        B_SEARCH=$(printf '%s\n' $B_SEARCH $b | max_of)
    done
    # A generic table pager: the whole result first (psql, pspg, less).
    local t0 t1 out
    t0=$(now_us)
    out=$( { /usr/bin/time -f 'RSS %M' sh -c "PGUSER=bsup '$PSQL' -X -c 'select * from casedesk.case_file' | head -n 40 >/dev/null"; } 2>&1 )
    t1=$(now_us)
    B_PAGER_MS=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", (b - a) / 1000 }')
    B_PAGER_MB=$(echo "$out" | sed -nE 's/^RSS ([0-9]+)/\1/p' | awk '{ printf "%.1f", $1 / 1024 }')
}

SEARCH_TEXT=王建国

bench_cases() {
    local key ms list first pd end search slash rss
    echo "bench: cases ..."
    session cas bsup 132 43
    wait_for "Welcome" 30 >/dev/null || { echo "bench: casedesk did not start" >&2; tmux_screen >&2; return; }
    tquiet cas 300
    first=$(grep -m1 'timing first_draw' "$BENCH_TMP/cas.log" | ms_of)
    cases_baselines
    key=$(screen_key Cases)
    if [ -z "$key" ]; then cases_missing; return; fi
    list=$(press cas "$key")
    tmux_screen | grep -qE '(ZS|LW)-[0-9]{4}-' || list="n/a (no case numbers shown)"
    add "casedesk start: first screen (home)" 50 ms "$first" "" ""
    add "cases: first screen of the case list" 50 ms "$list" "$B_FIRST" "page+count query, pgbench"

    pd=$(press_n cas NPage 20)
    add "cases: page down (median of 20)" 20 ms "$(echo "$pd" | median_of)" "$B_NEXT" "next-page query, pgbench"
    add "cases: page down (worst of 20)" 20 ms "$(echo "$pd" | max_of)" "$B_NEXT" "next-page query, pgbench"

    end=$( { press cas End; echo; press cas Home >/dev/null; press cas End; echo; press cas Home >/dev/null; press cas End; echo; } | grep -E '^[0-9.]+$')
    add "cases: jump to end (End, median of 3)" 20 ms "$(echo "$end" | median_of)" "$B_END" "last-page query, pgbench"
    press cas Home >/dev/null

    # l: narrow as you type, one character at a time (each pause re-reads).
    local n0 timers settles
    n0=$(tcount cas)
    press cas l >/dev/null
    for ch in $(echo "$SEARCH_TEXT" | grep -o .); do
        tmux_type "$ch"; twait cas "$(tcount cas)" 3000; tquiet cas 400
    done
    timers=$(tlines cas "$n0" | grep '^timing timer' | ms_of)
    settles=$(tlines cas "$n0" | grep '^timing settle' | ms_of)
    NOTES="${NOTES:-}  search l '$SEARCH_TEXT' typed one character at a time: query+draw per character = $(echo $timers | tr ' ' ','); key→result incl. the 150 ms typing pause = $(echo $settles | tr ' ' ',') ms; the same page+count queries in pgbench:$B_SEARCH_ALL ms"$'\n'
    add "cases: search (l, narrow as you type, worst char)" 100 ms "$(echo "$timers" | max_of)" "$B_SEARCH" "slowest prefix, pgbench"
    press cas Escape >/dev/null

    # /: a PCRE2 pattern over the rows, Enter moves to the next match.
    press cas / >/dev/null
    tmux_type "王"
    tquiet cas 200
    slash=$(press cas Enter)
    add "cases: search (/ pattern, next match)" 100 ms "$slash" "" ""

    local st="/proc/$(casedesk_pid cas)/status"
    rss=$(awk '/^VmHWM/ { printf "%.1f", $2 / 1024 }' "$st" 2>/dev/null)
    # Most of it is shared libraries (libc, libpq's TLS/Kerberos stack),
    # shared by every session; the anonymous part is each session's own.
    NOTES="${NOTES:-}  RSS of the case-list session now: $(awk '/^(VmRSS|RssAnon|RssFile)/ { printf "%s %.1f MB  ", $1, $2 / 1024 }' "$st" 2>/dev/null)"$'\n'
    add "cases: peak RSS of casedesk (VmHWM)" 10 MB "${rss:-n/a}" "$B_PAGER_MB" "psql select * piped to head"
    add "cases: generic pager, time to first screen" 50 ms "$list" "$B_PAGER_MS" "psql select * piped to head"
    tmux_cmd kill-session -t cas >/dev/null 2>&1
}
