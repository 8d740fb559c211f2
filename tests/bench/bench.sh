#!/bin/bash
# tests/bench/bench.sh — `make bench`: casedesk's speed figures, each timed
# from outside the process by the terminal it is seen in (bench_outside.sh:
# the clock is this script's, the screen is tmux's), SAMPLES (10) runs each
# printed as median (min–max), at every scale of BENCH_SCALES side by side;
# a figure that grows more than 2× from the smallest scale to the largest
# fails, as does one that misses its target.
#
# Not part of `make check`.  Each scale's seeded cluster is kept in
# $top_builddir/bench-sSCALE (seeding scale 200, ≈ 1.6 M cases, takes long).
# Environment: BENCH_SCALES ("1 200"), SAMPLES (10), BENCH_LOAD ("40 300":
# sessions open for the load figure, at the largest scale only),
# BENCH_ONLY ("start live search narrow progress briefing rss baselines load"; "legacy" adds the old
# in-process sections of bench_cases/bench_live/bench_targets),
# BENCH_CASEDESK (another casedesk binary, to measure a before).
set -u
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
: "${top_builddir:=$PWD}"
export top_srcdir top_builddir
BENCH_SCALES=${BENCH_SCALES:-1 200}
BENCH_LOAD=${BENCH_LOAD:-40 300}
BENCH_ONLY=${BENCH_ONLY:-start live search narrow progress briefing rss baselines load}
BENCH_IDLE=${BENCH_IDLE:-50}
BENCH_IDLE_SECS=${BENCH_IDLE_SECS:-60}
YEAR=${BENCH_YEAR:-$(date +%Y)}
export LC_ALL=C.UTF-8 LANG=C.UTF-8
unset LANGUAGE

command -v tmux >/dev/null || { echo "bench: tmux is needed" >&2; exit 1; }
[ -x "$top_builddir/casedesk" ] || { echo "bench: build casedesk first" >&2; exit 1; }

. "$top_srcdir/tests/bench/cluster.sh"
BENCH_TMP=$(mktemp -d "${TMPDIR:-/tmp}/casedesk-bench.XXXXXX")
chmod 755 "$BENCH_TMP"
. "$top_srcdir/tests/bench/lib.sh"
. "$top_srcdir/tests/bench/bench_outside.sh"
. "$top_srcdir/tests/bench/bench_cases.sh"
. "$top_srcdir/tests/bench/bench_live.sh"
. "$top_srcdir/tests/bench/bench_targets.sh"
trap 'tmc_stop; tmux_stop; rm -rf "$BENCH_TMP"' EXIT

want() { case " $BENCH_ONLY " in *" $1 "*) return 0 ;; esac; return 1; }
add_user() {
    "$ADMIN" user list 2>/dev/null | grep -qw "$1" ||
        "$ADMIN" user add "$1" --name "$2" --unit "$3" --role "$4" >/dev/null ||
        { echo "bench: user add $1 failed" >&2; exit 1; }
}
# add FIGURE LIMIT UNIT MEASURED BASELINE BASELINE_LABEL (legacy sections)
add() {
    local fig=$1 lim=$2 unit=$3 m=$4 b=$5 bl=$6 ms bs
    case $m in ''|n/a*) ms=${m:-n/a} ;; *) ms="$(printf '%.1f' "$m") $unit" ;; esac
    case $b in ''|n/a*) bs=${b:-n/a}; [ -n "$bl" ] && bs="$bs ($bl)" ;;
               *) bs="$(printf '%.1f' "$b") $unit${bl:+ ($bl)}" ;; esac
    row "$fig" "<= $lim $unit" "$ms" "$bs" "$(ratio "$m" "$b")" "$(verdict "$m" "$lim")"
}

scales=($BENCH_SCALES)
largest=${scales[${#scales[@]} - 1]}
# BENCH_MERGE=1: measure only the figures of BENCH_ONLY and keep the others
# of an earlier run (bench-figures-SCALE in the build directory).
for sc in "${scales[@]}"; do
    if [ -n "${BENCH_MERGE:-}" ] && [ -f "$top_builddir/bench-figures-$sc" ]; then
        cp "$top_builddir/bench-figures-$sc" "$BENCH_TMP/keep-$sc"
    fi
done
[ -n "${BENCH_MERGE:-}" ] && [ -f "$top_builddir/bench-scales" ] && cp "$top_builddir/bench-scales" "$BENCH_TMP/scales"
for BENCH_SCALE in "${scales[@]}"; do
    BENCH_DIR=$top_builddir/bench-s$BENCH_SCALE
    BENCH_OUT=$BENCH_TMP/figures-$BENCH_SCALE
    # BENCH_KEEP_SCALES: scales printed from their last run, not measured
    # again (bench-figures-SCALE), e.g. scale 1 measured while 200 seeded.
    case " ${BENCH_KEEP_SCALES:-} " in *" $BENCH_SCALE "*)
        if [ -f "$top_builddir/bench-figures-$BENCH_SCALE" ]; then
            cp "$top_builddir/bench-figures-$BENCH_SCALE" "$BENCH_OUT"
            grep -E "^(  )?scale $BENCH_SCALE[:,]" "$top_builddir/bench-scales" >>"$BENCH_TMP/scales" 2>/dev/null
            continue
        fi ;;
    esac
    : >"$BENCH_OUT"
    bench_cluster "$BENCH_DIR" "$BENCH_SCALE" || exit 1
    add_user bsup 督查员甲 dcs supervisor
    add_user bsup2 督查员乙 dcs supervisor
    add_user bstf 办事员丙 xcb staff
    add_user binsp 纪检员丁 jw inspector
    add_user badm 管理员戊 xxzx admin
    # Logins may hold 4 sessions each (sql/003); the load figure opens
    # hundreds as the bench supervisor.
    "$PSQL" -X -q -c "ALTER ROLE bsup CONNECTION LIMIT -1" >/dev/null
    ncases=$(q bsup "SELECT count(*) FROM casedesk.case_file")
    echo "bench: scale $BENCH_SCALE, $ncases cases, $(nproc) CPUs, PostgreSQL $("$PSQL" -XAtc 'show server_version' 2>/dev/null)"
    echo "scale $BENCH_SCALE: $ncases cases; load average $(cut -d' ' -f1-3 /proc/loadavg) at its start" >>"$BENCH_TMP/scales"
    [ "$BENCH_SCALE" = "$largest" ] && [ -n "${BENCH_LOAD:-}" ] && want load &&
        echo "  load: $BENCH_LOAD supervisors on their home screens (they hear every change), one more on the case list; 20 case edits 0.5 s apart" >>"$BENCH_TMP/scales"
    want start && bench_start
    want live && bench_live_list
    # the row a tenth of the way down (at least 10,001 rows: beyond any
    # page-by-page search), or the last
    want search && bench_search "$(q bsup "SELECT least(greatest(count(*) / 10, 10001), count(*) - 1) FROM casedesk.case_file")"
    want narrow && bench_narrow 王建
    want progress && bench_progress
    want briefing && bench_briefing
    want rss && bench_rss
    want baselines && bench_baselines
    if want load && [ "$BENCH_SCALE" = "$largest" ]; then
        for n in $BENCH_LOAD; do bench_load "$n" 20; done
    fi
    if want legacy; then
        bench_cases; bench_live; bench_idle; bench_targets
    fi
    tmc_stop; tmux_stop; _TMUX_UP=
    bench_cluster_stop "$BENCH_DIR"
    if [ -f "$BENCH_TMP/keep-$BENCH_SCALE" ]; then   # earlier figures not measured now
        cut -d'|' -f1 "$BENCH_OUT" >"$BENCH_TMP/now"
        grep -vF -f "$BENCH_TMP/now" "$BENCH_TMP/keep-$BENCH_SCALE" >>"$BENCH_OUT"
    fi
    cp "$BENCH_OUT" "$top_builddir/bench-figures-$BENCH_SCALE"
done
sort -u "$BENCH_TMP/scales" -o "$BENCH_TMP/scales"
cp "$BENCH_TMP/scales" "$top_builddir/bench-scales"

# ---- the table: one row per figure, one column per scale --------------------
target_of() {
    case $1 in
        start*) echo 50 ;; commit*changed*) echo 10 ;; /*) echo 20 ;; l\ *) echo 50 ;;
        *p95) echo 50 ;; Progress*|Briefing*) echo 50 ;; peak\ RSS*) echo 9 ;; *) echo "" ;;
    esac
}
cell() {   # "samples" → "median (min–max) ms"
    local st
    st=$(stats $1)
    [ "$st" = n/a ] && { echo "n/a"; return; }
    set -- $st
    [ "$4" -gt 1 ] && echo "$1 ($2–$3, n=$4)" || echo "$1"
}
{
    echo
    echo "casedesk benchmark — $(date '+%F %H:%M'), $(nproc) CPUs; every figure timed outside the process,"
    echo "by the tmux pane that shows it (asked through one control-mode client, ≈ 0.2 ms a question); ms unless named."
    cat "$BENCH_TMP/scales"
} | tee "$top_builddir/bench-results.txt"
{
    hdr="figure"; for sc in "${scales[@]}"; do hdr="$hdr|scale $sc"; done
    printf '%s|target|growth|verdict\n' "$hdr"
    cut -d'|' -f1 "$BENCH_TMP"/figures-* | awk '!seen[$0]++' | while read -r fig; do
        line="$fig" first="" last=""
        for sc in "${scales[@]}"; do
            smp=$(grep -F -- "$fig|" "$BENCH_TMP/figures-$sc" | head -n 1 | cut -d'|' -f2-)
            line="$line|$(cell "$smp")"
            m=$(stats $smp | cut -d' ' -f1)
            [ -z "$first" ] && first=$m
            last=$m
        done
        tgt=$(target_of "$fig") verdict=-
        growth=$(awk -v a="$first" -v b="$last" 'BEGIN { if (a + 0 > 0 && b != "n/a") printf "%.2fx", b / a; else print "-" }')
        if [ -n "$tgt" ] && [ "$last" != n/a ]; then
            verdict=$(awk -v m="$last" -v l="$tgt" 'BEGIN { print (m + 0 <= l + 0) ? "MET" : "MISSED" }')
        fi
        case $growth in *x) awk -v g="${growth%x}" 'BEGIN { exit !(g > 2) }' && verdict="$verdict, GREW" ;; esac
        printf '%s|%s|%s|%s\n' "$line" "${tgt:+≤ $tgt}" "$growth" "$verdict"
    done
    [ -n "$RESULTS" ] && { echo; echo "legacy (in-process) figures:"; print_table; }
} | column -t -s'|' | tee -a "$top_builddir/bench-results.txt"
echo "(also in $top_builddir/bench-results.txt)"
exit 0
