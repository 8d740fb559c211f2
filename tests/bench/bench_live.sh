# tests/bench/bench_live.sh — section 2 of `make bench`: a commit in one
# session appearing on another session's screen, and the CPU that idle
# sessions use.  Sourced by bench.sh.

# cpu_ticks PID...: utime + stime (clock ticks) summed over the processes.
cpu_ticks() {
    local p sum=0 f
    for p in "$@"; do
        f=$(sed -E 's/^.*\) //' "/proc/$p/stat" 2>/dev/null) || continue
        set -- $f
        sum=$(( sum + ${12} + ${13} ))
    done
    echo "$sum"
}

# A psql session of the second supervisor, kept open: the commit time is
# when it answers, not when a new connection has been set up.
live_psql_start() {
    coproc LIVEPSQL { PGUSER=bsup2 "$PSQL" -X -q -At -v ON_ERROR_STOP=0 2>&1; }
}
live_psql() {   # live_psql SQL -> first output line (waits for it)
    local l
    echo "$1" >&"${LIVEPSQL[1]}"
    read -r -t 10 l <&"${LIVEPSQL[0]}"
    echo "$l"
}

# seen_after NAME TEXT T0_US TIMEOUT_MS: poll the pane every 5 ms until it
# shows TEXT; prints ms since T0_US.
seen_after() {
    local name=$1 text=$2 t0=$3 end=$(( $(now_ms) + $4 ))
    while :; do
        if tmux_cmd capture-pane -p -t "$name" | grep -qF -- "$text"; then
            awk -v a="$t0" -v b="$(now_us)" 'BEGIN { printf "%.1f\n", (b - a) / 1000 }'
            return 0
        fi
        [ "$(now_ms)" -ge "$end" ] && { echo "n/a"; return 1; }
        sleep 0.005
    done
}

bench_live() {
    local key num id title i t0 lat seen notes base nlines
    echo "bench: live collaboration ..."
    bench_staff_start
    session liv bsup 132 43
    wait_for "Welcome" 30 >/dev/null || { echo "bench: casedesk did not start" >&2; return; }
    tquiet liv 300
    key=$(screen_key Tasks)
    if [ -z "$key" ]; then
        add "live: commit -> other session's screen" 200 ms "n/a (screen missing)" "" ""
        return
    fi
    press liv "$key" >/dev/null
    tquiet liv 300
    # A task on the staff member's screen: the first task number shown.
    num=$(tmux_screen | grep -oE 'DB-[0-9]{4}-[0-9]+' | head -n 1)
    if [ -z "$num" ]; then
        add "live: commit -> other session's screen" 200 ms "n/a (no task on the board)" "" ""
        return
    fi
    id=$(q bsup2 "SELECT id FROM casedesk.task WHERE number = '$num'")
    title=$(q bsup2 "SELECT title FROM casedesk.task WHERE id = $id")
    live_psql_start
    base=$(live_psql "SELECT 'ready';")
    seen=; notes=
    for i in 1 2 3 4 5; do
        nlines=$(grep -c 'timing notify' "$BENCH_TMP/liv.log")
        # The mark goes at the start of the title: it is on screen however
        # narrow the title column is.
        t0=$(now_us)
        live_psql "UPDATE casedesk.task SET title = '实时$i·' || '$title' WHERE id = $id; SELECT 'ok';" >/dev/null
        lat=$(seen_after liv "实时$i·" "$t0" 3000)
        seen="$seen $lat"
        sleep 0.3
        notes="$notes $(grep 'timing notify' "$BENCH_TMP/liv.log" | tail -n +$((nlines + 1)) | ms_of | max_of)"
    done
    live_psql "UPDATE casedesk.task SET title = '$title' WHERE id = $id; SELECT 'ok';" >/dev/null
    live_psql '\q' >/dev/null
    # The same commit without a screen: psql round trip of the UPDATE.
    local b
    b=$(pgb_ms bsup2 "UPDATE casedesk.task SET title = '$title' WHERE id = $id;" 10)
    NOTES="${NOTES:-}  live: commit->screen, 5 changes polled every 5 ms: $seen ms; NOTIFY->redraw (timing notify):$notes ms"$'\n'
    add "live: commit -> other session's screen (median)" 200 ms \
        "$(echo $seen | tr ' ' '\n' | grep -E '^[0-9.]+$' | median_of)" "$b" "the UPDATE alone, pgbench"
    add "live: NOTIFY arrival -> redraw (log, median)" 200 ms \
        "$(echo $notes | tr ' ' '\n' | grep -E '^[0-9.]+$' | median_of)" "" ""
    tmux_cmd kill-session -t liv >/dev/null 2>&1
}

# Staff of a town: the first key after start (Tasks) is handled only once
# the home screen has loaded "My work".  Timed from outside (send-keys to
# the board on screen): while a query blocks the loop, the key waits in the
# terminal and the loop's own timing line cannot see it.
bench_staff_start() {
    local key t0 ms
    session stf bstf 132 43
    wait_for "Welcome" 30 >/dev/null || return
    key=$(screen_key Tasks)
    [ -n "$key" ] || return
    t0=$(now_us)
    tmux_send "$key"
    ms=$(seen_after stf "Showing:" "$t0" 120000)
    add "staff: start, then Tasks key -> board shown" 50 ms "$ms" "" ""
    tmux_cmd kill-session -t stf >/dev/null 2>&1
}

bench_idle() {
    local i pids=() t0 t1 c0 c1 ticks hz ms up=0 rss=0 p
    echo "bench: $BENCH_IDLE idle sessions for ${BENCH_IDLE_SECS}s ..."
    for i in $(seq 1 "$BENCH_IDLE"); do
        session "idle$i" bsup 80 24 >/dev/null
    done
    for i in $(seq 1 "$BENCH_IDLE"); do
        on "idle$i"
        wait_for "Welcome" 60 >/dev/null && up=$((up + 1))
        pids+=("$(casedesk_pid "idle$i")")
    done
    # Let the home screens finish their first load: CPU still for 2 s.
    c0=-1; c1=$(cpu_ticks "${pids[@]}")
    for i in $(seq 1 60); do
        [ "$c0" = "$c1" ] && break
        sleep 2; c0=$c1; c1=$(cpu_ticks "${pids[@]}")
    done
    hz=$(getconf CLK_TCK)
    c0=$(cpu_ticks "${pids[@]}"); t0=$(now_ms)
    sleep "$BENCH_IDLE_SECS"
    c1=$(cpu_ticks "${pids[@]}"); t1=$(now_ms)
    ticks=$((c1 - c0))
    ms=$(( ticks * 1000 / hz ))
    for p in "${pids[@]}"; do
        rss=$(( rss + $(awk '/^VmRSS/ { print $2 }' "/proc/$p/status" 2>/dev/null || echo 0) ))
    done
    NOTES="${NOTES:-}  idle: $up of $BENCH_IDLE sessions up; $ticks ticks ($ms ms CPU) in $(( (t1 - t0) / 1000 )) s; mean RSS $(( rss / BENCH_IDLE / 1024 )) MB"$'\n'
    # "None measurable": under one clock tick per session over the minute.
    row "idle: CPU of $up idle sessions over ${BENCH_IDLE_SECS}s" "none measurable" "$ms ms ($ticks ticks)" "-" "-" \
        "$( [ "$ticks" -lt "$up" ] && echo MET || echo MISSED )"
    for i in $(seq 1 "$BENCH_IDLE"); do tmux_cmd kill-session -t "idle$i" >/dev/null 2>&1; done
}
