#!/bin/bash
# tests/bench/bench.sh — `make bench`: casedesk's speed and memory targets,
# measured on a private cluster of scale 200 (≈ 1,000,000 cases) and printed
# beside a baseline measured in the same run (the same query in psql /
# pgbench, or a generic pager that loads the whole table).
#
# Not part of `make check`.  The seeded cluster is kept in
# $top_builddir/bench-cluster (BENCH_DIR) so a second run does not reseed.
# Environment: BENCH_SCALE (200), BENCH_DIR, BENCH_IDLE (50 sessions),
# BENCH_IDLE_SECS (60), BENCH_ONLY="cases live idle targets" (sections).
# A figure whose screen is not built prints "n/a (screen missing)"; a figure
# that misses its target prints MISSED; the run still completes.
set -u
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
: "${top_builddir:=$PWD}"
export top_srcdir top_builddir
BENCH_SCALE=${BENCH_SCALE:-200}
BENCH_DIR=${BENCH_DIR:-$top_builddir/bench-cluster}
BENCH_IDLE=${BENCH_IDLE:-50}
BENCH_IDLE_SECS=${BENCH_IDLE_SECS:-60}
BENCH_ONLY=${BENCH_ONLY:-cases live idle targets}
YEAR=${BENCH_YEAR:-$(date +%Y)}
export LC_ALL=C.UTF-8 LANG=C.UTF-8
unset LANGUAGE

command -v tmux >/dev/null || { echo "bench: tmux is needed" >&2; exit 1; }
[ -x "$top_builddir/casedesk" ] || { echo "bench: build casedesk first" >&2; exit 1; }

. "$top_srcdir/tests/bench/cluster.sh"
bench_cluster "$BENCH_DIR" "$BENCH_SCALE" || exit 1
BENCH_TMP=$(mktemp -d "${TMPDIR:-/tmp}/casedesk-bench.XXXXXX")
chmod 755 "$BENCH_TMP"
. "$top_srcdir/tests/bench/lib.sh"
trap 'tmux_stop; rm -rf "$BENCH_TMP"' EXIT

# The bench's own users: a supervisor who sees every case and task, a
# second supervisor who makes the changes, and staff of 新城办 (xcb).
add_user() {
    "$ADMIN" user list 2>/dev/null | grep -qw "$1" ||
        "$ADMIN" user add "$1" --name "$2" --unit "$3" --role "$4" >/dev/null ||
        { echo "bench: user add $1 failed" >&2; exit 1; }
}
add_user bsup 督查员甲 dcs supervisor
add_user bsup2 督查员乙 dcs supervisor
add_user bstf 办事员丙 xcb staff

ncases=$(q bsup "SELECT count(*) FROM casedesk.case_file")
echo "bench: scale $BENCH_SCALE, $ncases cases, year $YEAR, $(nproc) CPUs, PostgreSQL $("$PSQL" -XAtc 'show server_version' 2>/dev/null)"

want() { case " $BENCH_ONLY " in *" $1 "*) return 0 ;; esac; return 1; }

# add FIGURE LIMIT UNIT MEASURED BASELINE BASELINE_LABEL
add() {
    local fig=$1 lim=$2 unit=$3 m=$4 b=$5 bl=$6 ms bs
    case $m in ''|n/a*) ms=${m:-n/a} ;; *) ms="$(printf '%.1f' "$m") $unit" ;; esac
    case $b in ''|n/a*) bs=${b:-n/a}; [ -n "$bl" ] && bs="$bs ($bl)" ;;
               *) bs="$(printf '%.1f' "$b") $unit${bl:+ ($bl)}" ;; esac
    row "$fig" "<= $lim $unit" "$ms" "$bs" "$(ratio "$m" "$b")" "$(verdict "$m" "$lim")"
}

# --- 1. cases ---------------------------------------------------------------
. "$top_srcdir/tests/bench/bench_cases.sh"
want cases && bench_cases
# --- 2. live collaboration, idle sessions -------------------------------------
. "$top_srcdir/tests/bench/bench_live.sh"
want live && bench_live
want idle && bench_idle
# --- 3. targets ---------------------------------------------------------------
. "$top_srcdir/tests/bench/bench_targets.sh"
want targets && bench_targets

echo
echo "casedesk benchmark — scale $BENCH_SCALE ($ncases cases), $(date '+%F %H:%M')"
print_table | tee "$top_builddir/bench-results.txt"
if [ -n "${NOTES:-}" ]; then
    printf '\nnotes:\n%s' "$NOTES" | tee -a "$top_builddir/bench-results.txt"
fi
echo "(also in $top_builddir/bench-results.txt)"
exit 0
