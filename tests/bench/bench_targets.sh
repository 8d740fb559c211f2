# tests/bench/bench_targets.sh — section 3 of `make bench`: the targets
# progress screen, the briefing screen and `casedesk-admin report briefing`
# over scale 200, beside the same aggregates called directly in psql.
# Sourced by bench.sh.

# The queries the progress screen issues (model_targets.c: targets_scores,
# targets_list) and those of the briefing (report.c: group_sql).
progress_sql() {
    echo "SELECT unit_id, metric, target, actual, pct, weight, points
 FROM casedesk.unit_scores($YEAR, 'year', NULL)
 ORDER BY unit_id, array_position(casedesk.target_metrics(), metric);
SELECT t.id, t.unit_id, t.year, t.version, u.code, u.name, t.metric, t.target_value, t.signed_on, t.note
 FROM casedesk.target t JOIN casedesk.unit u ON u.id = t.unit_id
 WHERE t.year = $YEAR ORDER BY u.code, array_position(casedesk.target_metrics(), t.metric);"
}
briefing_sql() {
    echo "SELECT * FROM casedesk.briefing_expropriation($YEAR, NULL);
SELECT * FROM casedesk.briefing_violations($YEAR, NULL);
SELECT * FROM casedesk.ranking($YEAR, 'year', NULL);
SELECT * FROM casedesk.briefing_tasks($YEAR, NULL);
SELECT * FROM casedesk.briefing_commendations($YEAR, NULL);"
}

# A main screen opened by its key: the timing line of that key.
open_screen_ms() {   # open_screen_ms SESSION TITLE → ms or "n/a (...)"
    local key
    key=$(screen_key "$2")
    [ -n "$key" ] || { echo "n/a (screen missing)"; return; }
    PRESS_TIMEOUT=60000 press "$1" "$key"
    press "$1" 1 >/dev/null        # back home, for the next one
}

bench_targets() {
    local prog brief cli runs i t0 b_prog b_brief
    echo "bench: targets ..."
    b_prog=$(pgb_ms bsup "$(progress_sql)" 5)
    b_brief=$(pgb_ms bsup "$(briefing_sql)" 3)

    session tgt bsup 132 43
    if wait_for "Welcome" 30 >/dev/null; then
        tquiet tgt 300
        prog=$(open_screen_ms tgt Progress)
        brief=$(open_screen_ms tgt Briefing)
    else
        prog="n/a (casedesk did not start)"; brief=$prog
    fi
    tmux_cmd kill-session -t tgt >/dev/null 2>&1
    add "targets: progress screen (open, year $YEAR)" 200 ms "$prog" "$b_prog" "unit_scores+targets, pgbench"
    add "targets: briefing screen (open)" 200 ms "$brief" "$b_brief" "briefing_*+ranking, pgbench"

    # The command-line briefing: a whole process, connection included.
    runs=
    for i in 1 2 3; do
        t0=$(now_us)
        PGUSER=bsup "$ADMIN" report briefing --year "$YEAR" >"$BENCH_TMP/briefing.txt" 2>&1 || {
            runs="n/a"; break; }
        runs="$runs $(awk -v a="$t0" -v b="$(now_us)" 'BEGIN { printf "%.1f", (b - a) / 1000 }')"
    done
    case $runs in
        n/a) cli="n/a (report failed: $(head -c 80 "$BENCH_TMP/briefing.txt"))" ;;
        *) cli=$(echo $runs | tr ' ' '\n' | median_of)
           NOTES="${NOTES:-}  briefing CLI runs:$runs ms"$'\n' ;;
    esac
    add "targets: casedesk-admin report briefing" 200 ms "$cli" "$b_brief" "briefing_*+ranking, pgbench"
}
