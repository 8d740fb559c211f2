# tests/bench/bench_outside.sh — the figures of `make bench`, each timed
# from outside the process, by the terminal it is seen in: this script
# starts the clock, tmux shows the pane, and the figure ends when the pane
# shows the result (capture-pane polled as fast as it answers, ≈ 2–5 ms:
# that is in every figure).  Each figure is SAMPLES (≥ 10) runs: median,
# min–max.  Sourced by bench.sh after lib.sh; writes "FIGURE|SAMPLES" lines
# to $BENCH_OUT (one file per scale; bench.sh prints them side by side).

: "${SAMPLES:=10}"

# stats N...: "median min max n" of the numbers (n/a skipped).
stats() {
    printf '%s\n' "$@" | grep -E '^[0-9.]+$' | sort -g |
        awk '{a[NR]=$1} END { if (!NR) { print "n/a"; exit }
             m = NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2;
             printf "%.1f %.1f %.1f %d\n", m, a[1], a[NR], NR }'
}
# pct P N...: the P-th percentile (nearest rank) of the numbers.
pct() {
    local p=$1; shift
    printf '%s\n' "$@" | grep -E '^[0-9.]+$' | sort -g |
        awk -v p="$p" '{a[NR]=$1} END { if (!NR) { print "n/a"; exit }
             i = int(NR * p / 100 + 0.999); if (i < 1) i = 1; printf "%.1f\n", a[i] }'
}
record() { echo "$1|$2" >>"$BENCH_OUT"; }   # record FIGURE "SAMPLES..."

# until_shown NAME T0_US TIMEOUT_MS REGEX [TEST...]: poll NAME's screen
# until tmux finds REGEX on it (seen, lib.sh: ≈ 0.2 ms a question) and, if
# a TEST command is given, TEST succeeds on a capture of the pane (stdin);
# sets SHOWN_MS to the ms since T0 ("n/a" on timeout).  Not in a $(…):
# the fork would be inside the figure.
until_shown() {
    local name=$1 t0=$2 end=$(( ${EPOCHREALTIME/./} / 1000 + $3 )) re=$4 t; shift 4
    while :; do
        if seen "$name" "$re" && { [ $# -eq 0 ] || tmux_cmd capture-pane -p -t "$name" | "$@"; }; then
            t=${EPOCHREALTIME/./}
            # checked once more on a capture of the pane (after the clock)
            if tmux_cmd capture-pane -p -t "$name" | grep -qE -- "$re"; then
                SHOWN_MS=$(awk -v a="$t0" -v b="$t" 'BEGIN { printf "%.1f", (b - a) / 1000 }')
                return 0
            fi
            echo "bench: tmux said /$re/ was on $name's screen; a capture says not" >&2
        fi
        [ $(( ${EPOCHREALTIME/./} / 1000 )) -ge "$end" ] && { SHOWN_MS=n/a; return 1; }
    done
}
# until_capture NAME TIMEOUT_MS TEST...: the same, untimed, for what a
# regex cannot say (a text gone from the screen)
until_capture() {
    local name=$1 end=$(( $(now_ms) + $2 )); shift 2
    until tmux_cmd capture-pane -p -t "$name" | "$@"; do
        [ "$(now_ms)" -ge "$end" ] && return 1
    done
}

# ---- start → first useful screen -------------------------------------------
# The clock starts when tmux is asked to start the process (SESSION_T0); it
# stops when the home screen shows its counts (not a frame before its
# queries).
bench_start_one() {   # LOGIN PATTERN LABEL
    local login=$1 pat=$2 label=$3 i t0 s=() ms
    for i in $(seq 1 "$SAMPLES"); do
        tmux_cmd kill-session -t st >/dev/null 2>&1
        session st "$login" 120 40
        until_shown st "$SESSION_T0" 10000 "$pat"; ms=$SHOWN_MS
        s+=("$ms")
        tmux_cmd kill-session -t st >/dev/null 2>&1
        sleep 0.2
    done
    record "$label" "${s[*]}"
}
bench_start() {
    echo "bench: start → home with content ..."
    bench_start_one bstf "My unit.s open cases +[0-9]+" "start → home with counts (staff)"
    bench_start_one bsup "Extension requests +[0-9]+" "start → home with counts (supervisor)"
    # inspectors' and administrators' homes: their queue (a line with a
    # count), or the sentence that says there is none
    bench_start_one binsp "Nothing waiting for you|^  [^ ].*[^ ] +[0-9]+ *$" "start → home with content (inspector)"
    bench_start_one badm "Nothing waiting for you|^  [^ ].*[^ ] +[0-9]+ *$" "start → home with content (admin)"
}

# ---- on the case list ------------------------------------------------------
cases_open() {   # NAME LOGIN: a session on the case list, settled
    session "$1" "$2" 132 43
    local k
    local k try
    until_shown "$1" 0 30000 "Welcome"
    for try in 1 2 3 4 5; do
        k=$(tmux_cmd capture-pane -p -t "$1" | grep -oE "[0-9] +Cases" | head -n 1 | cut -c1)
        [ -n "$k" ] && tmux_cmd send-keys -t "$1" "$k"
        until_shown "$1" 0 10000 "Showing:" && break
    done
    sleep 0.5
}
first_case() { grep -oE '[A-Z]{2}-[0-9]{4}-[0-9]{6}' | head -n 1; }

# commit → the changed row drawn in another session's list.
bench_live_list() {
    local num id i t0 s=() ms
    echo "bench: commit → other session's screen ..."
    cases_open lv bsup
    num=$(tmux_cmd capture-pane -p -t lv | first_case)
    id=$(q bsup2 "SELECT id FROM casedesk.case_file WHERE case_no = '$num'")
    [ -n "$id" ] || { record "commit → changed row on another screen" "n/a"; return; }
    coproc LIVE { "$PSQL" -X -q -At 2>&1; }   # the owner: a plain UPDATE
    echo "SELECT 1;" >&"${LIVE[1]}"; read -r -t 10 _ <&"${LIVE[0]}"
    for i in $(seq 1 "$SAMPLES"); do
        t0=$(now_us)
        echo "UPDATE casedesk.case_file SET party_name = '实时$i号' WHERE id = $id; SELECT 1;" >&"${LIVE[1]}"
        until_shown lv "$t0" 5000 "实时$i号"; ms=$SHOWN_MS
        read -r -t 10 _ <&"${LIVE[0]}"
        s+=("$ms")
        sleep 0.3
    done
    echo '\q' >&"${LIVE[1]}"
    wait "$LIVE_PID" 2>/dev/null
    record "commit → changed row on another screen" "${s[*]}"
    tmux_cmd kill-session -t lv >/dev/null 2>&1
}

# `/` with the case number of the row ROW down the list (newest first):
# Enter → that row on screen.
bench_search() {
    local row=$1 num i t0 s=() ms
    echo "bench: / to a match $row rows down ..."
    num=$(q bsup "SELECT case_no FROM casedesk.case_file ORDER BY opened_on DESC, id DESC OFFSET $row LIMIT 1")
    [ -n "$num" ] || { record "/ → the next match, far down, shown" "n/a"; return; }
    echo "  / searches for the case $row rows down the list" >>"$BENCH_TMP/scales"
    cases_open sr bsup
    for i in $(seq 1 "$SAMPLES"); do
        tmux_cmd send-keys -t sr g
        until_capture sr 5000 sh -c "! grep -qF '$num'"
        tmux_cmd send-keys -t sr /
        until_shown sr 0 5000 "Find in the list"
        tmux_cmd send-keys -t sr End C-u    # the prompt offers the last pattern
        tmux_cmd send-keys -t sr -l "$num"
        sleep 0.1
        t0=$(now_us)
        tmc "send-keys -t sr Enter"
        # the row in the list, not the pattern quoted by "No more matches"
        until_shown sr "$t0" 20000 "^ *$num "; ms=$SHOWN_MS
        s+=("$ms")
    done
    record "/ → the next match, far down, shown" "${s[*]}"
    tmux_cmd kill-session -t sr >/dev/null 2>&1
}

# l, then two characters typed: the first key → the narrowed list shown.
bench_narrow() {
    local text=${1:-王建} i t0 s=() ms
    echo "bench: narrow as you type ($text) ..."
    cases_open nw bsup
    for i in $(seq 1 "$SAMPLES"); do
        tmux_cmd send-keys -t nw l
        until_shown nw 0 5000 "Only cases containing"
        t0=$(now_us)
        tmc "send-keys -t nw -l $text"
        until_shown nw "$t0" 10000 "^ *[A-Z]{2}-[0-9]{4}-[0-9]{6} .*$text" \
            sh -c "sed -n '/^ *Number /{n;p;q}' | grep -qF '$text'"; ms=$SHOWN_MS
        s+=("$ms")
        tmux_cmd send-keys -t nw Escape
        until_capture nw 5000 sh -c "! grep -q 'Only cases containing'"
        sleep 0.3
    done
    record "l + \"$text\" → narrowed list shown" "${s[*]}"
    tmux_cmd kill-session -t nw >/dev/null 2>&1
}

# ---- load: N sessions open -------------------------------------------------
# N supervisors (who hear every change) sit on the home screen; one more
# watches the case list.  COMMITS changes at human pace (one every 0.5 s)
# by another session: commit → the watcher's screen p50/p95, the server's
# CPU (every process of the cluster) per commit, and the CPU the N idle
# sessions' own processes spend per commit.
# The cluster's postmaster and its children (not the machine's other clusters).
server_pids() {
    local pm
    pm=$(head -n 1 "$BENCH_DIR/data/postmaster.pid" 2>/dev/null) || return
    echo "$pm $(pgrep -P "$pm" | tr '\n' ' ')"
}
bench_load() {
    local n=$1 commits=${2:-20} i t0 s=() ms id num c0 c1 k0 k1 started=0 hz
    echo "bench: $n sessions open, $commits commits ..."
    hz=$(getconf CLK_TCK)
    for i in $(seq 1 "$n"); do
        session "ld$i" bsup 100 30 >/dev/null 2>&1 && started=$((started + 1))
        [ $((i % 20)) -eq 0 ] && sleep 1
    done
    # every one of them up on its home screen (a dead pane does not count)
    local up=0
    for i in $(seq 1 "$n"); do
        until_shown "ld$i" 0 30000 "Extension requests" && up=$((up + 1))
    done
    started=$up
    cases_open lw bsup
    num=$(tmux_cmd capture-pane -p -t lw | first_case)
    id=$(q bsup2 "SELECT id FROM casedesk.case_file WHERE case_no = '$num'")
    coproc LOAD { "$PSQL" -X -q -At 2>&1; }
    echo "SELECT 1;" >&"${LOAD[1]}"; read -r -t 10 _ <&"${LOAD[0]}"
    local clients=()
    for i in $(seq 1 "$n"); do clients+=("$(casedesk_pid "ld$i")"); done
    sleep 2
    c0=$(cpu_ticks $(server_pids)); k0=$(cpu_ticks "${clients[@]}")
    for i in $(seq 1 "$commits"); do
        t0=$(now_us)
        echo "UPDATE casedesk.case_file SET party_name = '负载$i号' WHERE id = $id; SELECT 1;" >&"${LOAD[1]}"
        until_shown lw "$t0" 10000 "负载$i号"; ms=$SHOWN_MS
        read -r -t 10 _ <&"${LOAD[0]}"
        s+=("$ms")
        sleep 0.5
    done
    sleep 1
    c1=$(cpu_ticks $(server_pids)); k1=$(cpu_ticks "${clients[@]}")
    echo '\q' >&"${LOAD[1]}"
    record "$n sessions: commit → screen p50" "$(pct 50 "${s[@]}")"
    record "$n sessions: commit → screen p95" "$(pct 95 "${s[@]}")"
    record "$n sessions: server CPU per commit (ms)" \
        "$(awk -v a="$c0" -v b="$c1" -v n="$commits" -v hz="$hz" 'BEGIN { printf "%.1f", (b - a) * 1000 / hz / n }')"
    record "$n sessions: the idle sessions' CPU per commit (ms)" \
        "$(awk -v a="$k0" -v b="$k1" -v n="$commits" -v hz="$hz" 'BEGIN { printf "%.1f", (b - a) * 1000 / hz / n }')"
    record "$n sessions: started / on home" "$started"
    for i in $(seq 1 "$n"); do tmux_cmd kill-session -t "ld$i" >/dev/null 2>&1; done
    tmux_cmd kill-session -t lw >/dev/null 2>&1
}

# ---- a main screen's key, from the home screen → its content shown ------------
# bench_screen_key SCREEN END_PATTERN FIGURE: a supervisor on the home screen
# presses SCREEN's key (read from the home's list of screens); the figure
# ends when END_PATTERN is on screen.  A fresh session each time: a screen
# opened once stays in its tab, and shown again is drawn from memory
# (≈ 3 ms) — that is not the figure.
bench_screen_key() {
    local screen=$1 pattern=$2 figure=$3 i t0 s=() ms k=
    echo "bench: $screen screen ..."
    for i in $(seq 1 "$SAMPLES"); do
        session sk bsup 132 43
        until_shown sk 0 30000 "Extension requests +[0-9]+"
        [ -n "$k" ] || k=$(tmux_cmd capture-pane -p -t sk | grep -oE "[0-9] +$screen" | head -n 1 | cut -c1)
        [ -n "$k" ] || { record "$figure" "n/a"; tmux_cmd kill-session -t sk; return; }
        sleep 0.3
        t0=$(now_us)
        tmc "send-keys -t sk $k"
        until_shown sk "$t0" 30000 "$pattern"; ms=$SHOWN_MS
        s+=("$ms")
        tmux_cmd kill-session -t sk >/dev/null 2>&1
    done
    record "$figure" "${s[*]}"
}
# progress ends with the first unit row's bar; the briefing with its first
# section, drawn once all its report queries have answered
bench_progress() { bench_screen_key Progress "█" "Progress key → units' figures shown"; }
bench_briefing() {
    bench_screen_key Briefing "Expropriation and resettlement" "Briefing key → the year's figures shown"
}

# ---- memory after browsing ----------------------------------------------------
# A supervisor's session: home, the case list paged down 20 times and to the
# end, progress, back home.  Then its peak RSS (VmHWM) and, from smaps, what
# of it is the process's own (private) and its fair share of shared pages
# (PSS): most of the shared part is libpq's libcrypto/gssapi/ldap and
# ncurses, mapped once for every process of the machine.
bench_rss() {
    local pid k st sm i
    echo "bench: memory after browsing ..."
    cases_open rs bsup
    for i in $(seq 1 20); do tmux_cmd send-keys -t rs NPage; sleep 0.05; done
    tmux_cmd send-keys -t rs End; sleep 1
    k=$(tmux_cmd capture-pane -p -t rs | grep -oE "[0-9] +Progress" | head -n 1 | cut -c1)
    [ -n "$k" ] && { tmux_cmd send-keys -t rs "$k"; until_shown rs 0 20000 "█"; }
    tmux_cmd send-keys -t rs 1; sleep 1
    pid=$(casedesk_pid rs)
    st=/proc/$pid/status sm=/proc/$pid/smaps_rollup
    record "peak RSS after browsing (VmHWM, MB)" "$(awk '/^VmHWM/ { printf "%.1f", $2 / 1024 }' "$st" 2>/dev/null)"
    record "PSS after browsing (MB)" "$(awk '/^Pss:/ { printf "%.1f", $2 / 1024 }' "$sm" 2>/dev/null)"
    record "private (heap, own pages) after browsing (MB)" \
        "$(awk '/^Private_(Clean|Dirty):/ { s += $2 } END { printf "%.1f", s / 1024 }' "$sm" 2>/dev/null)"
    # where the shared part is: the five largest mappings by RSS
    awk '/^[0-9a-f]+-[0-9a-f]+ / { f = $6 } /^Rss:/ { r[f] += $2 }
         END { for (f in r) printf "%d %s\n", r[f], f }' "/proc/$pid/smaps" 2>/dev/null |
        sort -rn | head -n 6 | awk '{ printf "%s %.1f MB; ", ($2 == "" ? "[anon]" : $2), $1 / 1024 }' |
        sed "s/^/  scale $BENCH_SCALE, RSS by mapping: /; s/; \$//" >>"$BENCH_TMP/scales"
    echo >>"$BENCH_TMP/scales"
    tmux_cmd kill-session -t rs >/dev/null 2>&1
}

# ---- baselines: the same work by other tools ---------------------------------
# The list's own statements (the first page, newest first, and the capped
# count: what the case list runs when it opens) through pgbench as the same
# login; and the whole list, in the same order, from psql piped to pspg in
# a terminal of the same size: start → the first rows visible.
LIST_PAGE_SQL="SELECT * FROM casedesk.case_list_page('', '', 0, 0, 0, false, '', '%', true, 'opened', false, 0, NULL, 61)"
LIST_COUNT_SQL="SELECT casedesk.case_list_count('', '', 0, 0, 0, false, '', '%', true, 1000)"
bench_baselines() {
    local i t0 s=() ms v num
    echo "bench: baselines (pgbench, psql | pspg) ..."
    for i in $(seq 1 "$SAMPLES"); do
        v=$(pgb_ms bsup "$LIST_PAGE_SQL; $LIST_COUNT_SQL" 5)
        s+=("$v")
    done
    record "baseline: pgbench, the list's first page + count (same SQL)" "${s[*]}"
    command -v pspg >/dev/null || { record "baseline: psql piped to pspg, start → first rows shown" "n/a"; return; }
    num=$(q bsup "SELECT case_no FROM ($LIST_PAGE_SQL) p LIMIT 1")
    s=()
    # the whole list is read first (at scale 200: 1.6 M rows, tens of
    # seconds each), so fewer samples: PSPG_SAMPLES (3)
    for i in $(seq 1 "${PSPG_SAMPLES:-3}"); do
        tmux_cmd kill-session -t pp >/dev/null 2>&1
        t0=$(now_us)
        pspg_session pp
        until_shown pp "$t0" 120000 "$num"; ms=$SHOWN_MS
        s+=("$ms")
        tmux_cmd kill-session -t pp >/dev/null 2>&1
        sleep 0.2
    done
    record "baseline: psql piped to pspg, start → first rows shown" "${s[*]}"
}
pspg_session() {
    local cmd="env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=screen-256color PGHOST=$PGHOST PGPORT=$PGPORT"
    cmd="$cmd PGDATABASE=$PGDATABASE PGUSER=bsup PSQL_PAGER='pspg -s 0' PAGER='pspg -s 0'"
    cmd="$cmd $PSQL -X -P pager=always -c \"SELECT case_no, kind, party_name, village_name, status, opened_on, deadline, unit_name FROM (${LIST_PAGE_SQL/61)/2147483647)}) p\""
    if [ -z "$_TMUX_UP" ]; then
        TMUX_TARGET=bench-keeper; tmux_start -x 132 -y 43 -- sleep 86400; _TMUX_UP=1; tmc_start
    fi
    # (through a tmux process, not the control client: the command has
    # quotes of its own; ≈ 3 ms more in a figure of hundreds)
    tmux_cmd new-session -d -s "$1" -x 132 -y 43 "$cmd"
}
