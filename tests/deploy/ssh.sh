#!/bin/bash
# tests/deploy/ssh.sh — the real deployment, end to end: Debian's sshd on
# 127.0.0.1 (its own host key and config, laid out like Debian's: the
# sshd_config.d drop-in included first), OS accounts in a group, a
# PostgreSQL cluster with `local casedesk all peer map=casedesk` and a
# pg_ident map in which one OS name differs from its role — all written by
# casedesk-host-setup — and logins with `ssh -tt` from tmux with a key made
# here.  Proves: the header names the mapped official; the client cannot
# choose the role (PGUSER/PGOPTIONS it sends are dropped, and peer
# authentication would refuse them anyway); no shell, sftp, forwarding or X11;
# closing the connection ends casedesk and its backend within 1 s and keeps
# the draft of the task being edited; two accounts see each other's changes
# live.  Runs as root where sshd is installed; skips otherwise.  Everything
# (accounts, group, sshd, sessions, files) goes away on exit, pass or fail.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
: "${top_builddir:=$PWD}"
SSHD=/usr/sbin/sshd
[ "$(id -u)" = 0 ] || { echo "1..0 # SKIP needs root (creates OS accounts and runs sshd)"; exit 0; }
for t in "$SSHD" ssh ssh-keygen sftp useradd groupadd tmux runuser; do
    command -v "$t" >/dev/null || { echo "1..0 # SKIP $t not installed (apt-get install openssh-server openssh-client)"; exit 0; }
done
# The accounts run the build tree's casedesk.  When they cannot reach it (a
# clone under /root, 0700), they run a copy in a world-readable directory.
CD_BIN=$top_builddir/casedesk CD_ADMIN=$top_builddir/casedesk-admin
if ! runuser -u nobody -- test -x "$CD_BIN" 2>/dev/null; then
    CD_STAGE=$(mktemp -d /tmp/casedesk-deploy-bin.XXXXXX) && chmod 755 "$CD_STAGE" &&
        install -m 755 "$CD_BIN" "$CD_ADMIN" "$CD_STAGE/" ||
        { echo "Bail out! cannot stage casedesk for the test accounts"; exit 99; }
    CD_BIN=$CD_STAGE/casedesk CD_ADMIN=$CD_STAGE/casedesk-admin
fi
# The accounts' commands start in a directory they can enter.
cd /
. "$top_srcdir/tests/lib/sessions.sh"
SLOW=${CASEDESK_TEST_SLOWDOWN:-1}
T0=$(date +%s)

# --- names: unique per run, so two runs (check, distcheck) never collide -----
N=$$
GROUP=cd${N}desk
OS1=cd${N}.zhang   ROLE1=cd${N}_zhangwei NAME1=张伟     # OS name differs from the role
OS2=cd${N}_lina    ROLE2=cd${N}_lina     NAME2=李娜     # the same name both sides
D=$(mktemp -d "${TMPDIR:-/tmp}/casedesk-ssh.XXXXXX")
chmod 755 "$D"
made_group= made_users=() made_rundir= SSHD_PID=

cleanup() {
    set +e
    if [ "${TAP_FAILED:-0}" -gt 0 ] && [ -f "$D/sshd.log" ]; then
        diag "sessions: $(tmux_cmd ls -F '#{session_name}:dead=#{pane_dead}:#{pane_current_command}' 2>&1 | tr '\n' ' ')"
        tail -n 30 "$D/sshd.log" | sed 's/^/# sshd| /'
    fi
    tmux_stop final
    [ -n "$SSHD_PID" ] && kill "$SSHD_PID" 2>/dev/null && wait "$SSHD_PID" 2>/dev/null
    local u p
    for u in "${made_users[@]}"; do
        for p in $(pgrep -u "$u"); do kill -KILL "$p" 2>/dev/null; done
    done
    for u in "${made_users[@]}"; do
        for i in 1 2 3 4 5 6 7 8 9 10; do pgrep -u "$u" >/dev/null || break; sleep 0.1; done
        userdel "$u" 2>/dev/null || userdel -f "$u"
    done
    [ -n "$made_group" ] && groupdel "$GROUP" 2>/dev/null
    [ -n "$made_rundir" ] && ! pgrep -x sshd >/dev/null && rmdir /run/sshd 2>/dev/null
    pg_stop
    rm -rf "$D"
    [ -n "${CD_STAGE:-}" ] && rm -rf "$CD_STAGE"
}
# --- the database: a throwaway cluster, two officials ------------------------
pg_start
trap cleanup EXIT           # replaces pg_start's trap (cleanup calls pg_stop)
trap 'exit 1' INT TERM HUP
# Peer authentication is for other accounts than the cluster's owner: the
# socket must be theirs to connect to (the harness default is 0770).
pgc_stop "$PG_TMP"
echo "unix_socket_permissions = 0777" | pg_as_owner tee -a "$PG_TMP/data/postgresql.conf" >/dev/null
pgc_start "$PG_TMP" || { echo "Bail out! restart"; exit 99; }
pg_init 0.02
admin user add "$ROLE1" --name "$NAME1" --unit dcs --role supervisor >/dev/null || { echo "Bail out! user add $ROLE1"; exit 99; }
admin user add "$ROLE2" --name "$NAME2" --unit xcb --role staff >/dev/null || { echo "Bail out! user add $ROLE2"; exit 99; }
CONNINFO="host=$PG_TMP/sock port=$PGPORT dbname=casedesk"
# From here on the cluster's owner connects like any account: peer, as postgres.
pg_psql() { pg_as_owner "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -At -h "$PG_TMP/sock" -U "$PG_OWNER" -d casedesk "$@"; }
# psql as an OS account (peer authentication decides the role)
psql_os() { local u=$1; shift; runuser -u "$u" -- env -u PGUSER HOME="$D/home/$u" "$PG_BIN/psql" -X -q -At -h "$PG_TMP/sock" -d casedesk "$@"; }

# --- OS accounts: homes under $D, no password, the casedesk group ------------
groupadd "$GROUP" && made_group=1 || { echo "Bail out! groupadd"; exit 99; }
mkdir -p "$D/home"
for u in "$OS1" "$OS2"; do
    useradd -m -d "$D/home/$u" -s /bin/bash -G "$GROUP" -p '*' "$u" || { echo "Bail out! useradd $u"; exit 99; }
    made_users+=("$u")
done

# --- host-setup writes pg_hba, pg_ident, the sshd drop-in, the timer ----------
HS=$top_srcdir/deploy/casedesk-host-setup
hs() {
    "$HS" --pg-hba "$PG_TMP/data/pg_hba.conf" --sshd-dropin "$D/sshd_config.d/casedesk.conf" \
        --systemd-dir "$D/systemd" --group "$GROUP" --ident "$OS1=$ROLE1" \
        --casedesk "$CD_BIN" --casedesk-admin "$CD_ADMIN" \
        --conninfo "$CONNINFO" --no-reload "$@"
}
cp "$PG_TMP/data/pg_hba.conf" "$D/hba.orig"
out=$(hs --dry-run 2>&1); rc=$?
ok $([ $rc = 0 ] && cmp -s "$D/hba.orig" "$PG_TMP/data/pg_hba.conf" && [ ! -e "$D/sshd_config.d" ]; echo $?) "host-setup --dry-run changes nothing"
like "$out" "would update: $PG_TMP/data/pg_hba.conf" "--dry-run says what it would change"
out=$(hs 2>&1); rc=$?
is "$rc" 0 "host-setup writes the host's configuration"
like "$out" "created: $D/sshd_config.d/casedesk.conf" "it prints what it changed"
like "$out" "\+local +casedesk +all +peer map=casedesk" "and how (the pg_hba.conf line)"
first_rule=$(grep -vE '^[[:space:]]*(#|$)' "$PG_TMP/data/pg_hba.conf" | head -n 1)
like "$first_rule" "^local +casedesk +all +peer map=casedesk$" "pg_hba.conf: the casedesk rule comes first"
like "$(grep -v '^#' "$PG_TMP/data/pg_ident.conf")" "casedesk +$OS1 +$ROLE1" "pg_ident.conf maps $OS1 to $ROLE1"
out=$(hs 2>&1)
is "$(echo "$out" | grep -vc '^unchanged: ')" 0 "a second run changes nothing"
# a hand edit inside a managed block is refused, and nothing at all is written
cp "$PG_TMP/data/pg_ident.conf" "$D/ident.mine"
sed -i "s/^\(casedesk *$OS1 *\).*/\1postgres/" "$PG_TMP/data/pg_ident.conf"
cp "$PG_TMP/data/pg_ident.conf" "$D/ident.edited"
cp "$D/sshd_config.d/casedesk.conf" "$D/dropin.before"
out=$(hs --group other 2>&1); rc=$?
ok $([ $rc = 1 ] && cmp -s "$D/ident.edited" "$PG_TMP/data/pg_ident.conf" && cmp -s "$D/dropin.before" "$D/sshd_config.d/casedesk.conf"; echo $?) "a hand edit in a managed block: refused (status $rc), no file changed"
like "$out" "refused: $PG_TMP/data/pg_ident.conf: the managed block was edited by hand" "the refusal names the file"
cp "$D/ident.mine" "$PG_TMP/data/pg_ident.conf"
pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_TMP/data" reload >/dev/null
sleep 0.3
if command -v systemd-analyze >/dev/null 2>&1; then
    # "Unit ... not found"-style complaints about the host are not ours;
    # syntax errors in our units are.
    va=$(cd "$D/systemd" && SYSTEMD_LOG_LEVEL=warning systemd-analyze verify --man=no casedesk-escalate.timer casedesk-escalate.service 2>&1 | grep -E 'casedesk-escalate\.(timer|service):[0-9]+' )
    is "$va" "" "systemd-analyze verify: the timer and service are valid"
fi
# The timer's command, run as its account, does the daily escalation.
exec_line=$(sed -n 's/^ExecStart=//p' "$D/systemd/casedesk-escalate.service")
esc_user=$(sed -n 's/^User=//p' "$D/systemd/casedesk-escalate.service")
like "$(grep '^OnCalendar=' "$D/systemd/casedesk-escalate.timer")" "^OnCalendar=\*-\*-\* 00:10:00 Asia/Shanghai$" "the timer runs daily at 00:10 Beijing time"
out=$(eval "runuser -u $esc_user -- $exec_line" 2>&1)
like "$out" "^issued [0-9]+ cards" "the service's ExecStart works as $esc_user over peer authentication: $out"

# Peer authentication: an account is the role its OS name maps to, and only that.
is "$(psql_os "$OS1" -U "$ROLE1" -c 'select session_user' 2>&1)" "$ROLE1" "peer authentication: $OS1 connects as $ROLE1"
fails_like "Peer authentication failed|no match" "$OS1 cannot be postgres (PGUSER=postgres)" -- \
    runuser -u "$OS1" -- env PGUSER=postgres "$PG_BIN/psql" -X -At -h "$PG_TMP/sock" -d casedesk -c 'select 1'
fails_like "Peer authentication failed|no match" "$OS1 cannot be $ROLE2" -- \
    runuser -u "$OS1" -- "$PG_BIN/psql" -X -At -h "$PG_TMP/sock" -d casedesk -U "$ROLE2" -c 'select 1'
is "$(psql_os "$OS2" -c 'select session_user' 2>&1)" "$ROLE2" "$OS2 is $ROLE2 (the same name, through the map's identity line)"

# --- sshd: own host key and config, Debian's layout ---------------------------
ssh-keygen -q -t ed25519 -N '' -C casedesk-test-host -f "$D/host_key" || { echo "Bail out! ssh-keygen"; exit 99; }
ssh-keygen -q -t ed25519 -N '' -C casedesk-test-client -f "$D/client_key" || { echo "Bail out! ssh-keygen"; exit 99; }
for u in "$OS1" "$OS2"; do
    install -d -m 700 -o "$u" -g "$u" "$D/home/$u/.ssh" 2>/dev/null ||
        install -d -m 700 -o "$u" "$D/home/$u/.ssh"
    install -m 600 -o "$u" "$D/client_key.pub" "$D/home/$u/.ssh/authorized_keys"
    install -m 644 -o "$u" /dev/null "$D/home/$u/visible-file"
done
[ -d /run/sshd ] || { mkdir -p /run/sshd && chmod 755 /run/sshd && made_rundir=1; }
free_port() {
    local p
    for _ in $(seq 1 50); do
        p=$((20000 + RANDOM % 40000))
        (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return 0; }
    done
    return 1
}
write_sshd_config() {
    # Debian's sshd_config includes the drop-ins first (first value wins) and
    # allows X11 and TCP forwarding globally: the drop-in must undo both.
    cat >"$D/sshd_config" <<EOF
Include $D/sshd_config.d/*.conf
ListenAddress 127.0.0.1
Port $PORT
HostKey $D/host_key
PidFile $D/sshd.pid
LogLevel VERBOSE
PermitRootLogin no
PasswordAuthentication no
KbdInteractiveAuthentication no
# Accounts without a password and no PAM session stack: keys only.
UsePAM no
X11Forwarding yes
AllowTcpForwarding yes
PrintMotd no
AcceptEnv LANG LC_*
Subsystem sftp /usr/lib/openssh/sftp-server
EOF
}
for attempt in 1 2 3; do
    PORT=$(free_port) || { echo "Bail out! no free port"; exit 99; }
    write_sshd_config
    "$SSHD" -t -f "$D/sshd_config" 2>"$D/sshd-t.err" || { echo "Bail out! sshd -t: $(cat "$D/sshd-t.err")"; exit 99; }
    "$SSHD" -D -f "$D/sshd_config" -E "$D/sshd.log" &
    SSHD_PID=$!
    for _ in $(seq 1 100); do
        (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && break
        kill -0 "$SSHD_PID" 2>/dev/null || break
        sleep 0.05
    done
    kill -0 "$SSHD_PID" 2>/dev/null && break
    SSHD_PID=
done
[ -n "$SSHD_PID" ] || { echo "Bail out! sshd did not start: $(tail -n 3 "$D/sshd.log")"; exit 99; }
diag "sshd (pid $SSHD_PID) on 127.0.0.1:$PORT"
echo "[127.0.0.1]:$PORT $(cut -d' ' -f1,2 "$D/host_key.pub")" >"$D/known_hosts"
SSH_OPTS=(-F /dev/null -p "$PORT" -i "$D/client_key" -o IdentitiesOnly=yes -o BatchMode=yes
          -o UserKnownHostsFile="$D/known_hosts" -o StrictHostKeyChecking=yes -o LogLevel=ERROR)
q_opts=$(printf '%q ' "${SSH_OPTS[@]}")

eff() { "$SSHD" -T -f "$D/sshd_config" -C "user=$1,host=localhost,addr=127.0.0.1" 2>&1; }
e1=$(eff "$OS1")
like "$e1" "forcecommand $CD_BIN -d '$CONNINFO user=$ROLE1'" "sshd: $OS1 is forced to casedesk as $ROLE1"
like "$(eff "$OS2")" "forcecommand $CD_BIN -d '$CONNINFO'\$" "sshd: $OS2 is forced to casedesk"
is "$(echo "$e1" | grep -E '^(x11forwarding|allowtcpforwarding|allowstreamlocalforwarding|allowagentforwarding|permittunnel|permituserrc) ' | sort | tr '\n' ' ')" \
   "allowagentforwarding no allowstreamlocalforwarding no allowtcpforwarding no permittunnel no permituserrc no x11forwarding no " \
   "sshd: no forwarding of any kind, no X11, no tunnel, no ~/.ssh/rc for the group"
is "$(echo "$e1" | sed -n 's/^acceptenv //p' | tr '\n' ' ')" "LANG LC_* " "sshd: AcceptEnv is LANG and LC_* only"
like "$(eff nobody | grep '^x11forwarding')" "yes" "(accounts outside the group keep the global settings)"

# --- no shell, no sftp, no forwarding, no X11 ---------------------------------
out=$(timeout $((10 * SLOW)) ssh "${SSH_OPTS[@]}" "$OS2@127.0.0.1" 'echo SHELL-$((6*7)); id' </dev/null 2>&1)
ok $(echo "$out" | grep -qE 'SHELL-42|uid='; [ $? -ne 0 ]; echo $?) "a remote command runs casedesk, not a shell"
like "$out" "casedesk needs a terminal" "  (casedesk says it needs a terminal)"
out=$(echo ls | timeout $((10 * SLOW)) sftp -b - -P "$PORT" -F /dev/null -i "$D/client_key" -o IdentitiesOnly=yes -o BatchMode=yes \
        -o UserKnownHostsFile="$D/known_hosts" "$OS2@127.0.0.1" 2>&1); rc=$?
ok $([ $rc -ne 0 ] && ! echo "$out" | grep -q 'visible-file'; echo $?) "sftp fails (status $rc) and lists nothing"
out=$(timeout $((10 * SLOW)) ssh "${SSH_OPTS[@]}" -N -o ExitOnForwardFailure=yes -R "127.0.0.1:$(free_port):127.0.0.1:$PORT" "$OS2@127.0.0.1" 2>&1); rc=$?
ok $([ $rc -ne 0 ] && [ $rc -ne 124 ]; echo $?) "remote port forwarding refused (ssh -R exits $rc: $(echo "$out" | head -n 1))"
LPORT=$(free_port)
DISPLAY=:77 ssh "${SSH_OPTS[@]}" -o LogLevel=INFO -tt -X -L "127.0.0.1:$LPORT:127.0.0.1:$PORT" "$OS2@127.0.0.1" \
    </dev/null >"$D/fwd.out" 2>"$D/fwd.err" &
FWD=$!
for _ in $(seq 1 $((100 * SLOW))); do (exec 3<>"/dev/tcp/127.0.0.1/$LPORT") 2>/dev/null && break; sleep 0.05; done
banner=$(timeout 3 bash -c "exec 3<>/dev/tcp/127.0.0.1/$LPORT && head -c 7 <&3" 2>/dev/null)
ok $([ "$banner" != "SSH-2.0" ]; echo $?) "local port forwarding refused (nothing came through the tunnel)"
for _ in $(seq 1 $((40 * SLOW))); do grep -q 'X11 forwarding request failed' "$D/fwd.err" && break; sleep 0.05; done
like "$(cat "$D/fwd.err")" "X11 forwarding request failed" "X11 forwarding refused"
kill "$FWD" 2>/dev/null; wait "$FWD" 2>/dev/null
like "$(cat "$D/sshd.log")" "refused local port forward" "  (sshd logged the refused forward)"

# --- two real logins: ssh -tt from tmux ----------------------------------------
# login NAME OSUSER [ENV=VALUE...]: ssh -tt into the host in tmux session NAME;
# the client offers LANG and, as an attack, PGUSER/PGOPTIONS (SendEnv).
login() {
    local name=$1 user=$2 cmd; shift 2
    cmd="env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=screen-256color $* ssh $q_opts -tt"
    cmd="$cmd -o SendEnv=LANG -o SendEnv=LC_ALL -o SendEnv=PGUSER -o SendEnv=PGOPTIONS -o SendEnv=PGHOST $user@127.0.0.1"
    cmd="$cmd; echo \$? >$D/status-$name"
    if [ -z "${_TMUX_STARTED:-}" ]; then
        tmux_start -x 100 -y 30 -- sleep 86400; _TMUX_STARTED=1
    fi
    tmux_cmd kill-session -t "=$name" >/dev/null 2>&1
    tmux_cmd new-session -d -s "$name" -x 100 -y 30 "$cmd" || return 1
    on "$name"
}
# Exact session names: a bare "b" would also match a window called "bash".
on() { TMUX_TARGET="=$1:"; }
ssh_pid() { pgrep -P "$(tmux_cmd display-message -p -t "=$1:" '#{pane_pid}')" -x ssh | head -n 1; }
# casedesk processes of an account that still run (a zombie has ended: it
# only waits for its parent, or for init once sshd has gone, to reap it).
running() {
    local p st
    for p in $(pgrep -u "$1" -x casedesk); do
        st=$(sed 's/^.*) //' "/proc/$p/stat" 2>/dev/null | cut -d' ' -f1)
        [ -n "$st" ] && [ "$st" != Z ] && return 0
    done
    return 1
}
backends() { pg_psql -c "select count(*) from pg_stat_activity where usename = '$1'"; }

FUTURE=$(date -d '+30 days' +%F)
TITLE="SSH部署验收任务$N"
id=$(psql_os "$OS1" -U "$ROLE1" -c "SELECT casedesk.task_create('$TITLE', 'xcb', '$FUTURE'::date)")
number=$(pg_psql -c "SELECT number FROM casedesk.task WHERE id = ${id:-0}")
ok $([ -n "$number" ]; echo $?) "$ROLE1 creates task $number for xcb (psql as $OS1)"

login b "$OS2"
wait_for "Welcome" $((10)); ok $? "$OS2 logs in over ssh and gets casedesk"
like "$(tmux_screen | sed -n 1p)" "$NAME2 \($ROLE2\)" "header names the official: $NAME2 ($ROLE2)"
tmux_send "$(screen_key Tasks)"; wait_for "Showing: my unit"; wait_for "$TITLE"; ok $? "$OS2's board lists the task"

login a "$OS1" PGUSER=postgres "PGOPTIONS='-c role=postgres'" PGHOST=/nonexistent
wait_for "Welcome" 10; ok $? "$OS1 logs in over ssh and gets casedesk (sending PGUSER=postgres, PGOPTIONS, PGHOST)"
like "$(tmux_screen | sed -n 1p)" "$NAME1 \($ROLE1\)" "header names the mapped official: $NAME1 ($ROLE1), not postgres"
cpid=$(pgrep -u "$OS1" -x casedesk | head -n 1)
envs=$(tr '\0' '\n' <"/proc/$cpid/environ" 2>/dev/null)
like "$envs" "^LANG=C.UTF-8" "the session got the client's LANG"
ok $(echo "$envs" | grep -qE '^(PGUSER|PGOPTIONS|PGHOST)='; [ $? -ne 0 ]; echo $?) "and not its PGUSER, PGOPTIONS or PGHOST"
like "$envs" "^GNUTLS_NO_IMPLICIT_INIT=1\$" "and GNUTLS_NO_IMPLICIT_INIT=1 from the host (GnuTLS stays uninitialised)"
diag "the ssh session's casedesk: $(grep VmHWM "/proc/$cpid/status" 2>/dev/null)"
is "$(pg_psql -c "select string_agg(distinct usename, ',') from pg_stat_activity where usename in ('$ROLE1', 'postgres') and backend_type = 'client backend' and application_name <> 'psql'")" "$ROLE1" "its backend is $ROLE1's"

# supervisor (a) edits the task; staff (b) sees it without a key
tmux_send "$(screen_key Tasks)"; wait_for "Showing:"
tmux_send /; wait_for "Number or words"; tmux_type "SSH部署验收"; tmux_send Enter
wait_for "· SSH部署验收"; tmux_send Enter; wait_for "$number"; ok $? "$OS1 opens the task"
tmux_send C-u; tmux_type "${TITLE}改"; tmux_send C-s
wait_for "Saved." 5; ok $? "$OS1 renames it"
on b; wait_for "${TITLE}改" 3; ok $? "$OS2's board shows the new title without a key"
tmux_send /; wait_for "Number or words"; tmux_type "SSH部署验收"; tmux_send Enter
wait_for "· SSH部署验收"; tmux_send Enter; wait_for "[Assigned]"
tmux_send C-t; wait_for "Sign for the task"; tmux_send Enter
wait_for "[Signed for]" 5; ok $? "$OS2 signs for it"
on a; wait_for "[Signed for]" 3; ok $? "$OS1's open form shows the signing without a key"

# --- the connection drops in the middle of an edit ----------------------------
DRAFT="断线前输入的说明$N"
tmux_send Tab; tmux_type "$DRAFT"; wait_for "$DRAFT"
is "$(backends "$ROLE1")" 1 "$ROLE1 has one backend"
sp=$(ssh_pid a)
t0=$(date +%s%N)
kill -KILL "$sp"            # the client is gone: no goodbye, the TCP connection just closes
gone_ms= cd_ms= be_ms=
for _ in $(seq 1 $((150 * SLOW))); do
    now=$(( ($(date +%s%N) - t0) / 1000000 ))
    [ -z "$cd_ms" ] && ! running "$OS1" && cd_ms=$now
    [ -z "$be_ms" ] && [ "$(backends "$ROLE1")" = 0 ] && be_ms=$now
    if [ -n "$cd_ms" ] && [ -n "$be_ms" ]; then
        gone_ms=$(( cd_ms > be_ms ? cd_ms : be_ms )); break
    fi
    sleep 0.02
done
diag "after the client died: casedesk ended at ${cd_ms:-never} ms, its backend at ${be_ms:-never} ms (polled)"
for _ in $(seq 1 $((100 * SLOW))); do pgrep -u "$OS1" -x casedesk >/dev/null || break; sleep 0.05; done
diag "  and was reaped at $(( ($(date +%s%N) - t0) / 1000000 )) ms"
ok $([ -n "$gone_ms" ] && [ "$gone_ms" -le 1000 ]; echo $?) "closing the SSH connection ends casedesk and its backend within 1 s (${gone_ms:-never} ms)"
draft="$D/home/$OS1/.local/state/casedesk/drafts/$ROLE1-task-$id.draft"
ok $([ -f "$draft" ]; echo $?) "the draft is kept: ~$OS1/${draft#$D/home/$OS1/}"
like "$(cat "$draft" 2>/dev/null)" "$DRAFT" "it holds the text typed before the connection dropped"
is "$(stat -c '%U %a' "$(dirname "$draft")" 2>/dev/null)" "$OS1 700" "drafts directory: $OS1's, 0700"
login a "$OS1"
wait_for "Restore the unsaved edit of task $number (saved" 10; ok $? "the next login offers the draft"
tmux_send y; wait_for "$DRAFT" 5; ok $? "and restores it"

diag "ssh.sh ran in $(( $(date +%s) - T0 )) s"
done_testing
