#!/bin/bash
# tests/bench/bench_sizing.sh — `make bench-sizing` (never part of `make
# check`): N concurrent casedesk sessions on one database host, each its own
# login role (staff of one town, so every save notifies every session), each
# with the case list open, doing a mix for BENCH_MIX_SECS: one save a second
# by a colleague (psql, the same workflow function the form calls), a tenth
# of the sessions browsing (a key a second), every session reloading its list
# on each notification.  For each N in BENCH_SESSIONS (default "100 300"):
# PSS per casedesk and per backend, CPU of all of them (idle and in the
# mix, % of one core), and commit → screen latency on sampled sessions.
# Prints a table (also to $top_builddir/bench-sizing.txt).
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/lib/sessions.sh"
NS=${BENCH_SESSIONS:-100 300}
MIX=${BENCH_MIX_SECS:-30}
IDLE=${BENCH_IDLE_SECS:-10}
# How long a save may take to reach a sampled screen before it counts as not
# seen; at 1000 sessions in one town the host saturates and saves queue up.
SEEN=${BENCH_SEEN_SECS:-30}
# The run is longer than the idle logout; no session may leave during it.
SESSION_ARGS="${SESSION_ARGS:-} --idle-timeout off"
max=0; for n in $NS; do [ "$n" -gt "$max" ] && max=$n; done
now_us() { echo "${EPOCHREALTIME/./}"; }
now_ms() { local t; t=$(now_us); echo $((t / 1000)); }
HZ=$(getconf CLK_TCK)

pg_cluster 0.02
pg_as_owner tee -a "$PG_TMP/data/postgresql.conf" >/dev/null <<CONF
max_connections = $((max + 30))
shared_buffers = 256MB
CONF
pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/server.log" -w -t 60 restart >/dev/null ||
    { echo "bench: the server did not restart with max_connections = $((max + 30))" >&2; exit 1; }
for i in $(seq "$max"); do
    printf "SELECT casedesk.user_add('bz%04d', '办事员%d', 'wlz', 'staff');\n" "$i" "$i"
done | psql_su >/dev/null || { echo "bench: could not add the people" >&2; exit 1; }
echo "sz_writer 写入员 wlz staff" | fixture_admin_users
V=$(psql_su -c "SELECT v.id FROM casedesk.village v JOIN casedesk.unit u ON u.id = v.unit_id
                WHERE u.code = 'wlz' ORDER BY v.id LIMIT 1")
e2e_home sizing
tmux_start -x 80 -y 24 -- sleep 86400; _TMUX_STARTED=1

pss_kb() { local p s=0 v; for p in "$@"; do v=$(awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup" 2>/dev/null); s=$((s + ${v:-0})); done; echo "$s"; }
ticks() {
    local p s=0 f
    for p in "$@"; do
        f=$(sed -E 's/^.*\) //' "/proc/$p/stat" 2>/dev/null) || continue
        set -- $f; s=$((s + ${12} + ${13}))
    done
    echo "$s"
}
client_pids() { pgrep -x casedesk -u "$(id -u)" | while read -r p; do
    grep -qF "$E2E_HOME" "/proc/$p/environ" 2>/dev/null && echo "$p"; done; }
backend_pids() { psql_su -c "SELECT pid FROM pg_stat_activity WHERE application_name = 'casedesk' AND usename LIKE 'bz%'"; }
pct() { awk -v t="$1" -v hz="$HZ" -v s="$2" 'BEGIN { printf "%.1f", 100 * t / hz / s }'; }

out=$top_builddir/bench-sizing.txt
{
echo "| N | casedesk PSS / session | backend PSS / session | CPU idle (% of a core) | CPU in the mix | commit → screen, median / max | load average |"
echo "|---|---|---|---|---|---|---|"
} >"$out"
for n in $NS; do
    echo "bench-sizing: starting $n sessions ..." >&2
    tmux_cmd kill-server 2>/dev/null; sleep 1
    tmux_start -x 80 -y 24 -- sleep 86400
    for i in $(seq "$n"); do
        login=$(printf 'bz%04d' "$i")
        session "s$i" "$login" 80 24 >/dev/null
    done
    # Every session on its case list.
    on s1; wait_for "Welcome" 60 >/dev/null; ckey=$(screen_key Cases)
    for i in $(seq "$n"); do
        on "s$i"; wait_for "Welcome" 60 >/dev/null; tmux_send "$ckey"
    done
    for i in $(seq "$n"); do on "s$i"; wait_for "Showing:" 60 >/dev/null || echo "bench: s$i has no list" >&2; done
    sleep 3
    cp=($(client_pids)); bp=($(backend_pids))
    echo "bench-sizing: $n sessions up (${#cp[@]} casedesk, ${#bp[@]} backends); idle ${IDLE}s ..." >&2
    t0=$(ticks "${cp[@]}" "${bp[@]}"); sleep "$IDLE"; t1=$(ticks "${cp[@]}" "${bp[@]}")
    idle=$(pct $((t1 - t0)) "$IDLE")
    # The mix: one save a second, a tenth of the sessions browsing, and the
    # latency of each save on the screens of up to 5 sampled sessions.
    lat=(); tried=0
    coproc W { PGUSER=sz_writer "$PG_BIN/psql" -X -q -At 2>&1; }
    t0=$(ticks "${cp[@]}" "${bp[@]}"); c_t0=$(ticks "${cp[@]}"); tm0=$(now_ms)
    for k in $(seq "$MIX"); do
        for i in $(seq 1 10 "$n"); do on "s$i"; tmux_send $([ $((k % 2)) = 0 ] && echo Down || echo Up); done
        samples=$(seq 5 $(( n / 5 > 0 ? n / 5 : 1 )) "$n" | head -n 5)
        for i in $samples; do on "s$i"; tmux_send g; done   # the newest row in view
        sleep 0.05
        mark="负载$n·$k"
        # The commit is when the writer's open session answers.
        echo "SELECT casedesk.case_create_violation($V, 'land', 'report', casedesk.today(), '$mark');" >&"${W[1]}"
        read -r -t 10 _ <&"${W[0]}"
        c0=$(now_us)
        for i in $samples; do
            tried=$((tried + 1))
            end=$(( $(now_ms) + SEEN * 1000 ))
            until tmux_cmd capture-pane -p -t "s$i" | grep -qF -- "$mark"; do
                [ "$(now_ms)" -ge "$end" ] && break; sleep 0.005
            done
            [ "$(now_ms)" -lt "$end" ] && lat+=($(( ($(now_us) - c0) / 1000 )))
        done
        rest=$(( tm0 + k * 1000 - $(now_ms) )); [ "$rest" -gt 0 ] && sleep "$(awk -v r="$rest" 'BEGIN { print r / 1000 }')"
    done
    { echo '\q' >&"${W[1]}"; } 2>/dev/null; kill "$W_PID" 2>/dev/null; wait "$W_PID" 2>/dev/null   # a writer stuck behind a saturated server must not stall the run
    t1=$(ticks "${cp[@]}" "${bp[@]}"); c_t1=$(ticks "${cp[@]}"); secs=$(( ($(now_ms) - tm0) / 1000 ))
    mix="$(pct $((t1 - t0)) "$secs") % (casedesk $(pct $((c_t1 - c_t0)) "$secs"), backends $(pct $((t1 - t0 - c_t1 + c_t0)) "$secs"))"
    cpss=$(( $(pss_kb "${cp[@]}") / ${#cp[@]} )); bpss=$(( $(pss_kb "${bp[@]}") / ${#bp[@]} ))
    sorted=($(printf '%s\n' "${lat[@]}" | sort -n)); med=n/a; mx=n/a
    if [ "${#sorted[@]}" -gt 0 ]; then med=${sorted[$(( ${#sorted[@]} / 2 ))]}; mx=${sorted[-1]}; fi
    left=$(client_pids | wc -l)
    [ "$left" -lt "${#cp[@]}" ] && echo "bench: only $left of ${#cp[@]} sessions were still running at the end" >&2
    printf '| %s | %s KiB | %s KiB | %s %% | %s | %s / %s ms (%s of %s seen) | %s |\n' "$n" "$cpss" "$bpss" \
        "$idle" "$mix" "$med" "$mx" "${#lat[@]}" "$tried" "$(cut -d' ' -f1-3 /proc/loadavg)" >>"$out"
    tail -n 1 "$out" >&2
done
tmux_cmd kill-server 2>/dev/null
cat "$out"
