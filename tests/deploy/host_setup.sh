#!/bin/bash
# tests/deploy/host_setup.sh — casedesk-host-setup on files of its own (no
# root, no server): where its blocks go, that a second run changes nothing,
# --dry-run, that hand edits (inside a block, broken markers, a drop-in it did
# not write) make it change no file at all, --force, and what it refuses to
# write into a configuration file.  tests/deploy/ssh.sh runs it for real.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/lib/tap.sh"
HS=$top_srcdir/deploy/casedesk-host-setup
D=$(mktemp -d "${TMPDIR:-/tmp}/casedesk-hs.XXXXXX")
trap 'rm -rf "$D"' EXIT

# A pg_hba.conf and pg_ident.conf shaped like Debian's.
cat >"$D/pg_hba.conf" <<'EOF'
# PostgreSQL Client Authentication Configuration File
#
# Database administrative login by Unix domain socket
local   all             postgres                                peer

# TYPE  DATABASE        USER            ADDRESS                 METHOD
local   all             all                                     peer
host    all             all             127.0.0.1/32            scram-sha-256
EOF
printf '# PostgreSQL User Name Maps\n# MAPNAME       SYSTEM-USERNAME         PG-USERNAME\n' >"$D/pg_ident.conf"
cp "$D/pg_hba.conf" "$D/hba.orig"; cp "$D/pg_ident.conf" "$D/ident.orig"
hs() {
    "$HS" --pg-hba "$D/pg_hba.conf" --sshd-dropin "$D/ssh/casedesk.conf" --systemd-dir "$D/systemd" \
        --casedesk /usr/bin/casedesk --casedesk-admin /usr/sbin/casedesk-admin --no-reload "$@"
}
snapshot() { (cd "$D" && find . -type f ! -name '*.snap' -print0 | sort -z | xargs -0 sha256sum) >"$D/$1.snap"; }

snapshot before
out=$(hs --ident zhang.wei=zhangwei --dry-run 2>&1); rc=$?
snapshot after
ok $([ $rc = 0 ] && cmp -s "$D/before.snap" "$D/after.snap" && [ ! -e "$D/ssh" ]; echo $?) "--dry-run: status 0, no file written"
like "$out" "would update: $D/pg_hba.conf" "--dry-run names each file"
like "$out" "\+casedesk +zhang\.wei +zhangwei" "--dry-run shows the lines"

out=$(hs --ident zhang.wei=zhangwei 2>&1); rc=$?
is "$rc" 0 "a real run succeeds"
like "$out" "updated: $D/pg_hba.conf" "prints 'updated' for a changed file"
like "$out" "created: $D/systemd/casedesk-escalate.timer" "prints 'created' for a new file"
is "$(grep -vE '^[[:space:]]*(#|$)' "$D/pg_hba.conf" | head -n 1)" "local   casedesk   all   peer map=casedesk" \
   "pg_hba.conf: the casedesk rule precedes Debian's 'local all all peer'"
is "$(diff <(grep -v '^#' "$D/hba.orig" | grep .) <(grep -v '^#' "$D/pg_hba.conf" | grep . | sed 1d) && echo same)" same \
   "pg_hba.conf: the other rules are untouched, in order"
is "$(grep -cE '^casedesk +(zhang\.wei +zhangwei|/\^\(\.\*\)\$ +\\1)$' "$D/pg_ident.conf")" 2 "pg_ident.conf: the mapped login and the identity line"
drop=$(cat "$D/ssh/casedesk.conf")
like "$drop" "Match Group casedesk-users User zhang\.wei
    ForceCommand /usr/bin/casedesk -d 'dbname=casedesk user=zhangwei'" "sshd: the mapped login is forced to its role"
like "$drop" "Match Group casedesk-users
    ForceCommand /usr/bin/casedesk -d 'dbname=casedesk'" "sshd: everyone in the group is forced to casedesk"
for k in "AllowTcpForwarding no" "SetEnv GNUTLS_NO_IMPLICIT_INIT=1" "X11Forwarding no" "AllowAgentForwarding no" "AllowStreamLocalForwarding no" "PermitTunnel no" "PermitUserRC no"; do
    like "$drop" "
    $k" "sshd: $k"
done
like "$(cat "$D/systemd/casedesk-escalate.service")" "ExecStart=/usr/sbin/casedesk-admin -d 'dbname=casedesk' escalate" "the service runs casedesk-admin escalate"
like "$(cat "$D/systemd/casedesk-escalate.timer")" "OnCalendar=\*-\*-\* 00:10:00 Asia/Shanghai" "the timer: daily, Beijing time"

snapshot one
out=$(hs --ident zhang.wei=zhangwei 2>&1); rc=$?
snapshot two
ok $([ $rc = 0 ] && cmp -s "$D/one.snap" "$D/two.snap"; echo $?) "a second run changes nothing"
is "$(echo "$out" | grep -vc '^unchanged: ')" 0 "and says 'unchanged' for every file"

out=$(hs --ident zhang.wei=zhangwei --ident li.na=lina 2>&1); rc=$?
is "$rc" 0 "other options: the blocks are replaced"
is "$(grep -c 'casedesk-host-setup: managed block' "$D/pg_ident.conf")" 1 "still one block in pg_ident.conf"
like "$(cat "$D/pg_ident.conf")" "li\.na +lina" "with the new line"
echo "# my own line" >>"$D/pg_ident.conf"
hs --ident zhang.wei=zhangwei >/dev/null 2>&1
like "$(tail -n 1 "$D/pg_ident.conf")" "^# my own line$" "text outside a block is kept"

# hand edits: nothing at all is written
sed -i 's/^\(local   casedesk   all   peer\) map=casedesk/\1/' "$D/pg_hba.conf"
snapshot edited
out=$(hs --ident zhang.wei=zhangwei --group staff 2>&1); rc=$?
snapshot refused
is "$rc" 1 "an edit inside a block: status 1"
ok $(cmp -s "$D/edited.snap" "$D/refused.snap"; echo $?) "and no file changed (not even the sshd drop-in the new group would change)"
like "$out" "refused: $D/pg_hba.conf: the managed block was edited by hand" "the refusal names the file"
like "$out" "nothing changed" "and says nothing changed"
out=$(hs --ident zhang.wei=zhangwei --dry-run 2>&1); rc=$?
is "$rc" 1 "--dry-run reports the same refusal"
out=$(hs --ident zhang.wei=zhangwei --force 2>&1); rc=$?
ok $([ $rc = 0 ] && grep -q '^local   casedesk   all   peer map=casedesk$' "$D/pg_hba.conf"; echo $?) "--force puts the block back"

sed -i '/^# <<< casedesk-host-setup$/d' "$D/pg_hba.conf"
out=$(hs --ident zhang.wei=zhangwei 2>&1); rc=$?
ok $([ $rc = 1 ] && echo "$out" | grep -q 'markers are broken'; echo $?) "a deleted end marker: refused"
hs --ident zhang.wei=zhangwei --force >/dev/null 2>&1
is "$(grep -c 'casedesk-host-setup: managed block' "$D/pg_hba.conf")/$(grep -c '^local   casedesk' "$D/pg_hba.conf")" "1/1" "--force repairs it: one block, one rule"

rm -rf "$D/ssh"; mkdir -p "$D/ssh"; echo "Match Group wheel" >"$D/ssh/casedesk.conf"
out=$(hs 2>&1); rc=$?
ok $([ $rc = 1 ] && [ "$(cat "$D/ssh/casedesk.conf")" = "Match Group wheel" ]; echo $?) "a drop-in it did not write: refused, kept"

# values that would change the meaning of a configuration line
for bad in "--group=a b" "--ident=zhang.wei=x;y" "--conninfo=dbname=x'" "--casedesk=relative/casedesk" "--escalate-at=25:00" "--database=a%b"; do
    out=$(hs "$bad" 2>&1); rc=$?
    is "$rc" 2 "refused as a usage error: $bad"
done
out=$("$HS" --help); like "$out" "--dry-run" "--help lists the options"
done_testing
