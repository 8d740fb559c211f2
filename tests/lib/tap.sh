# tests/lib/tap.sh — minimal TAP for shell tests (automake's tap-driver reads it).
TAP_N=0
TAP_FAILED=0
plan() { echo "1..$1"; }
ok() {  # ok CONDITION-EXIT-STATUS DESCRIPTION
    TAP_N=$((TAP_N + 1))
    if [ "$1" -eq 0 ]; then echo "ok $TAP_N - $2"; else echo "not ok $TAP_N - $2"; TAP_FAILED=$((TAP_FAILED + 1)); fi
}
# is GOT WANT DESCRIPTION
is() {
    TAP_N=$((TAP_N + 1))
    if [ "$1" = "$2" ]; then echo "ok $TAP_N - $3"
    else echo "not ok $TAP_N - $3"; echo "#   got:  '$1'"; echo "#   want: '$2'"; TAP_FAILED=$((TAP_FAILED + 1)); fi
}
# tap_match TEXT REGEX: a one-line REGEX matches any line of TEXT (grep -E);
# one with a newline in it matches TEXT as a whole, the newline a newline.
# (grep takes each line of a pattern as a pattern of its own, and an empty
# one matches everything: "\n    X" passed whatever the text was.)
tap_match() {
    case $2 in
    *$'\n'*) [[ $1 =~ $2 ]] ;;
    *) printf '%s' "$1" | grep -Eq -- "$2" ;;
    esac
}
# like GOT REGEX DESCRIPTION
like() {
    TAP_N=$((TAP_N + 1))
    if tap_match "$1" "$2"; then echo "ok $TAP_N - $3"
    else echo "not ok $TAP_N - $3"; echo "#   got:  '$(printf '%s' "$1" | head -c 400)'"; echo "#   want match: '$2'"; TAP_FAILED=$((TAP_FAILED + 1)); fi
}
# fails_like "SQL error regex" "description" -- command...  (command must fail and stderr match)
fails_like() {
    local re=$1 desc=$2; shift 3
    local out; out=$("$@" 2>&1); local rc=$?
    TAP_N=$((TAP_N + 1))
    if [ $rc -ne 0 ] && tap_match "$out" "$re"; then echo "ok $TAP_N - $desc"
    else echo "not ok $TAP_N - $desc"; echo "#   rc=$rc out: '$(printf '%s' "$out" | head -c 400)'"; TAP_FAILED=$((TAP_FAILED + 1)); fi
}
done_testing() { echo "1..$TAP_N"; [ "$TAP_FAILED" -eq 0 ]; }
diag() { echo "# $*"; }
