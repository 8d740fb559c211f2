#!/bin/bash
# tests/faults/saves_race.sh — staff race saves of the Note of shared case
# rows, first two sessions on one case, then twenty on five.  Each session
# appends a unique token to the Note and presses Ctrl-S, N times; a save
# counts as confirmed only when "Saved." is on its screen.  On the conflict
# screen the clerk takes theirs and types the token again (what a careful
# person does).  Afterwards every confirmed token must be in its case's
# Note, none in another field, and the audit chain must verify.
#
# The sessions are driven round-robin from this one script (type, then
# save, then look), so twenty terminals on two cores stay within about two
# minutes; every wait is scaled by CASEDESK_TEST_SLOWDOWN.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/faults/faults_lib.sh"
SLOW=${CASEDESK_TEST_SLOWDOWN:-1}
faults_setup 20

# race NAME NSESS NCASES NSAVES: one run; sets CONFIRMED CONFLICTS LOST MISFIELD STUCK
race() {
    local tag=$1 ns=$2 nc=$3 nsaves=$4 i k
    local -a cid cno sc phase tok done tries until
    local -A tokcase
    mapfile -t rows < <(faults_cases "$nc")
    for k in $(seq 0 $((nc - 1))); do cid[k]=${rows[k]%% *}; cno[k]=${rows[k]#* }; done
    CONFIRMED=0 CONFLICTS=0 STUCK=0 OPENED=0
    for i in $(seq 1 "$ns"); do session "$tag$i" "st$i"; done
    for i in $(seq 1 "$ns"); do
        on "$tag$i"; sc[i]=$(( (i - 1) % nc ))
        if open_case "${cno[sc[i]]}"; then OPENED=$((OPENED + 1)); fi
        focus_field 3               # Party, Phone, Address → Note
        phase[i]=type done[i]=0 tries[i]=0
    done
    local start=$SECONDS limit=$((100 * SLOW)) scr now busy
    while :; do
        busy=0
        for i in $(seq 1 "$ns"); do
            [ "${phase[i]}" = over ] && continue
            busy=1; on "$tag$i"; now=$SECONDS
            case ${phase[i]} in
            type)
                [ -n "${tok[i]:-}" ] || tok[i]="Q${tag}${i}k$((done[i] + 1))Z"
                tmux_send End; tmux_type " ${tok[i]}"
                phase[i]=typed until[i]=$((now + 10 * SLOW)) ;;
            typed)      # the keys were taken: the token shows, the old outcome is gone
                scr=$(tmux_screen)
                if grep -qF -- "${tok[i]}" <<<"$scr" && ! grep -qF "Saved." <<<"$scr"; then
                    tmux_send C-s; phase[i]=saving until[i]=$((now + 15 * SLOW))
                elif [ "$now" -ge "${until[i]}" ]; then phase[i]=over; STUCK=$((STUCK + 1))
                    echo "# $tag$i: typed token never shown"; tmux_screen | sed 's/^/#   |/'; fi ;;
            saving)
                scr=$(tmux_screen)
                if grep -qF "Saved." <<<"$scr"; then
                    CONFIRMED=$((CONFIRMED + 1)); tokcase[${tok[i]}]=${cid[sc[i]]}
                    tok[i]= done[i]=$((done[i] + 1)) tries[i]=0
                    phase[i]=type; [ "${done[i]}" -ge "$nsaves" ] && phase[i]=over
                elif grep -qF "Changed meanwhile" <<<"$scr"; then
                    CONFLICTS=$((CONFLICTS + 1)); tries[i]=$((tries[i] + 1))
                    tmux_send T; phase[i]=theirs until[i]=$((now + 10 * SLOW))
                elif grep -qF "it was reloaded" <<<"$scr"; then   # the old reload-and-keep
                    CONFLICTS=$((CONFLICTS + 1)); tries[i]=$((tries[i] + 1))
                    tmux_send C-s; until[i]=$((now + 15 * SLOW))
                elif [ "$now" -ge "${until[i]}" ]; then phase[i]=over; STUCK=$((STUCK + 1))
                    echo "# $tag$i: no outcome after Ctrl-S"; tmux_screen | sed 's/^/#   |/'; fi ;;
            theirs)
                if tmux_screen | grep -qF "Their version is shown"; then
                    phase[i]=type
                    if [ "${tries[i]}" -ge 30 ]; then phase[i]=over; STUCK=$((STUCK + 1))
                        echo "# $tag$i: 30 conflicts in a row for one save"; fi
                elif [ "$now" -ge "${until[i]}" ]; then phase[i]=over; STUCK=$((STUCK + 1))
                    echo "# $tag$i: take-theirs gave no answer"; tmux_screen | sed 's/^/#   |/'; fi ;;
            esac
        done
        [ "$busy" = 0 ] && break
        if [ $((SECONDS - start)) -ge "$limit" ]; then
            echo "# $tag: stopped after ${limit}s"; break
        fi
    done
    ELAPSED=$((SECONDS - start))
    # What the database kept.
    local ids t c note other
    ids=$(IFS=,; echo "${cid[*]}")
    LOST=0 MISFIELD=0
    for t in "${!tokcase[@]}"; do
        c=${tokcase[$t]}
        note=$(psql_su -c "SELECT coalesce(note, '') FROM casedesk.case_file WHERE id = $c")
        grep -qF -- " $t" <<<"$note" || { LOST=$((LOST + 1)); [ "$LOST" -le 5 ] && echo "# lost: $t (case $c)"; }
    done
    other=$(psql_su -c "SELECT c.party_name || ' ' || coalesce(c.party_phone, '') || ' ' || coalesce(c.address, '')
                          FROM casedesk.case_file c WHERE c.id IN ($ids)")
    MISFIELD=$(grep -oE "Q${tag}[0-9]+k[0-9]+Z" <<<"$other" | wc -l)
    echo "# $tag: $ns sessions, $nc cases, ${ELAPSED}s: confirmed $CONFIRMED, conflicts shown $CONFLICTS, lost $LOST, mis-fielded $MISFIELD, stuck $STUCK"
    for i in $(seq 1 "$ns"); do tmux_cmd kill-session -t "$tag$i" >/dev/null 2>&1; done
}

race two 2 1 10
is "$OPENED" 2 "two sessions open the same case"
is "$CONFIRMED" 20 "two sessions: every save is confirmed in the end (20)"
is "$LOST" 0 "two sessions: no confirmed save is missing from the Note"
is "$MISFIELD" 0 "two sessions: no token typed for the Note landed in another field"
is "$STUCK" 0 "two sessions: no session stuck"

race tw 20 5 6
is "$OPENED" 20 "twenty sessions open five shared cases"
is "$CONFIRMED" 120 "twenty sessions: every save is confirmed in the end (120)"
is "$LOST" 0 "twenty sessions: no confirmed save is missing from the Note"
is "$MISFIELD" 0 "twenty sessions: no token typed for the Note landed in another field"
is "$STUCK" 0 "twenty sessions: no session stuck"

out=$(admin audit verify 2>&1); rc=$?
is "$rc" 0 "casedesk-admin audit verify passes after the races${out:+ ($(head -n 1 <<<"$out"))}"
done_testing
