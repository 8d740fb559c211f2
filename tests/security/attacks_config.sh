#!/bin/bash
# Fixed settings (issue 11, deliver 3): a user with a shell tries to lift the
# administrator's fixed idle_timeout in /etc/casedesk.conf with everything
# they control — CASEDESK_CONFIG, --config, --idle-timeout, ~/.config,
# XDG_CONFIG_HOME, and the test build's CASEDESK_TEST_SYSTEM_CONFIG — on
# the installed casedesk (build/casedesk: the same binary `make install`
# copies).  The old code read only $CASEDESK_CONFIG when it was set, so the
# system file (and any fixed key in it) was skipped.
#
# To give the real binary a real /etc/casedesk.conf without touching the
# host, each attack runs in a private mount namespace (unshare -m, root
# only) where a copy of /etc with our casedesk.conf is bound over /etc.
. "$top_srcdir/tests/security/lib.sh"
. "$top_srcdir/tests/lib/tmux.sh"
CASEDESK="$top_builddir/casedesk"
SYSCONF_BIN="$top_builddir/tests/unit/casedesk_sysconf"
W=$PG_TMP/conf
mkdir -p "$W"; chmod 755 "$W"
printf 'idle_timeout = off\n' >"$W/off.conf"
printf 'idle_timeout = 1h\n' >"$W/free.conf"
printf 'fixed idle_timeout = off\n' >"$W/userfix.conf"
chmod 644 "$W"/*.conf

printf 'frobnicate = 1\n' >"$W/bad.conf"
# In the test build the hook exists (the control for the attacks below).
out=$(CASEDESK_CONFIG=/nonexistent CASEDESK_TEST_SYSTEM_CONFIG="$W/bad.conf" "$SYSCONF_BIN" </dev/null 2>&1)
like "$out" "bad.conf:1: unknown key \"frobnicate\"" "control: the test build reads the system file CASEDESK_TEST_SYSTEM_CONFIG names"
# The installed casedesk has no such hook: pointing it at a file does nothing.
out=$(CASEDESK_CONFIG=/nonexistent CASEDESK_TEST_SYSTEM_CONFIG="$W/bad.conf" "$CASEDESK" </dev/null 2>&1)
unlike() { TAP_N=$((TAP_N + 1)); if ! printf '%s' "$1" | grep -qE -- "$2"; then echo "ok $TAP_N - $3"; else echo "not ok $TAP_N - $3"; echo "#   got: $1"; TAP_FAILED=$((TAP_FAILED + 1)); fi; }
unlike "$out" "bad.conf|frobnicate" "the installed casedesk ignores CASEDESK_TEST_SYSTEM_CONFIG"
# Nobody fixes a setting from their own file.
out=$(CASEDESK_CONFIG="$W/userfix.conf" "$CASEDESK" </dev/null 2>&1); rc=$?
like "$out" "userfix.conf:1: only the system file /etc/casedesk.conf can fix a setting" "a user's file cannot fix a setting"
is "$rc" 1 "and casedesk stops"

if [ "$(id -u)" != 0 ] || ! unshare -m true 2>/dev/null; then
    echo "ok $((TAP_N + 1)) # SKIP the system file attacks need root (a private mount namespace)"
    TAP_N=$((TAP_N + 1))
    done_testing; exit
fi
ETC=$PG_TMP/etc
cp -a /etc/. "$ETC/" 2>/dev/null || mkdir -p "$ETC"
# with_etc TEXT CMD...: CMD with /etc/casedesk.conf = TEXT (in a namespace)
with_etc() {
    printf '%s\n' "$1" >"$ETC/casedesk.conf"; chmod 644 "$ETC/casedesk.conf"; shift
    unshare -m sh -c 'mount --bind "$0" /etc && exec "$@"' "$ETC" "$@"
}

# The system file is read whatever names the user's file.
for how in "CASEDESK_CONFIG=$W/free.conf" "XDG_CONFIG_HOME=$W" "HOME=$W" "CASEDESK_TEST_SYSTEM_CONFIG=$W/free.conf"; do
    out=$(with_etc 'frobnicate = 1' env "$how" "$CASEDESK" </dev/null 2>&1)
    like "$out" "/etc/casedesk.conf:1: unknown key \"frobnicate\"" "with $how the system file is still read"
done
out=$(with_etc 'frobnicate = 1' env CASEDESK_CONFIG="$W/free.conf" "$CASEDESK" --config="$W/free.conf" </dev/null 2>&1)
like "$out" "/etc/casedesk.conf:1: unknown key" "with --config the system file is still read"

# Other fixed keys: the log the administrator keeps, the language.
out=$(with_etc "fixed log = $W/admin.log" env CASEDESK_CONFIG="$W/free.conf" "$CASEDESK" --log="$W/user.log" </dev/null 2>&1)
ok $([ -s "$W/admin.log" ] && [ ! -e "$W/user.log" ]; echo $?) "a fixed log: --log does not move it"
like "$(cat "$W/admin.log" 2>/dev/null)" "so not changed: log \(--log\)" "and the log says the option was ignored"
out=$(with_etc "fixed lang = zh" env LANGUAGE=en LANG=C.UTF-8 "$CASEDESK" --lang=en </dev/null 2>&1)
like "$out" "需要在终端中运行" "a fixed lang = zh: --lang=en and LANGUAGE=en still get Chinese ($out)"

# A fixed idle_timeout of 2 s against every override, in a real terminal
# with a real login: each session still logs out (status 3).
for i in 1 2 3 4 5 6; do fixture_user "cfg_st$i" "办事员$i" xcb staff >/dev/null; done
H=$PG_TMP/home; mkdir -p "$H/.config/casedesk"; cp "$W/off.conf" "$H/.config/casedesk/config"; chmod -R 777 "$H"
attack() {   # attack N DESCRIPTION VAR=VALUE... -- OPTION...
    local n=$1 envs=(HOME="$H" CASEDESK_CONFIG=) opts=(); shift 2
    while [ $# -gt 0 ] && [ "$1" != -- ]; do envs+=("$1"); shift; done
    [ "${1:-}" = -- ] && { shift; opts=("$@"); }
    rm -f "$PG_TMP/st-$n"
    tmux_cmd new-session -d -s "a$n" -x 90 -y 26 \
        "unshare -m sh -c 'mount --bind $ETC /etc && exec env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=screen-256color PGHOST=$PGHOST PGPORT=$PGPORT PGDATABASE=$PGDATABASE PGUSER=cfg_st$n ${envs[*]} $CASEDESK ${opts[*]}'; echo \$? >$PG_TMP/st-$n; sleep 86400"
}
# Written once, before any session starts (rewriting it while another one
# reads it at start-up would race).
printf 'fixed idle_timeout = 2s\n' >"$ETC/casedesk.conf"
TMUX_TARGET=keep
tmux_start -- sleep 86400
desc=("" "its own ~/.config/casedesk/config (off)" "CASEDESK_CONFIG=off.conf" "XDG_CONFIG_HOME with idle_timeout = 1h"
      "--config=off.conf" "--idle-timeout=off" "CASEDESK_TEST_SYSTEM_CONFIG=free.conf, --config and --idle-timeout at once")
attack 1 "${desc[1]}"
attack 2 "${desc[2]}" CASEDESK_CONFIG="$W/off.conf"
mkdir -p "$W/casedesk"; cp "$W/free.conf" "$W/casedesk/config"; chmod -R 755 "$W/casedesk"
attack 3 "${desc[3]}" XDG_CONFIG_HOME="$W"
attack 4 "${desc[4]}" -- --config="$W/off.conf"
attack 5 "${desc[5]}" -- --idle-timeout=off
attack 6 "${desc[6]}" CASEDESK_TEST_SYSTEM_CONFIG="$W/free.conf" CASEDESK_CONFIG="$W/off.conf" -- --config="$W/off.conf" --idle-timeout=2h
for n in 1 2 3 4 5 6; do
    end=$(( $(date +%s) + 12 * ${CASEDESK_TEST_SLOWDOWN:-1} ))
    while [ ! -s "$PG_TMP/st-$n" ] && [ "$(date +%s)" -lt "$end" ]; do sleep 0.2; done
    st=$(cat "$PG_TMP/st-$n" 2>/dev/null)
    is "$st" 3 "fixed idle_timeout = 2s holds against ${desc[$n]}: logged out (status 3)"
    [ "$st" = 3 ] || { TMUX_TARGET=a$n; tmux_screen | sed 's/^/#   |/'; }
done
TMUX_TARGET=a6
like "$(tmux_screen)" "Logged out after 2 seconds without a key." "and the terminal says why"
done_testing
