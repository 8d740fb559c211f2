#!/bin/bash
# tests/deploy/tls_cert.sh — several SSH front-end hosts over one database:
# peer authentication works only on the database host, so a front-end
# reaches PostgreSQL over TCP with TLS and a client certificate per person,
# mapped to that person's role (pg_hba.conf: `hostssl casedesk all ADDR
# cert map=casedesk`, pg_ident.conf: `casedesk CERT-CN ROLE`).  The test
# makes a CA, a server certificate (for 127.0.0.1) and client certificates
# with openssl, and proves: casedesk connects over TCP with
# sslcert/sslkey/sslrootcert (and with libpq's default files in
# ~/.postgresql, the front-end layout) and works as the mapped role; a
# certificate cannot log in as another role (PGUSER set to it → refused);
# no certificate, no TLS, or a certificate from another CA → refused; the
# server's name is checked (verify-full).
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/lib/sessions.sh"
command -v openssl >/dev/null || { echo "1..0 # SKIP openssl not installed (apt-get install openssl)"; exit 0; }

pg_cluster 0.02
fixture_admin_users <<'USERS'
stf1 巡查员乙 wlz staff
sup1 督查员甲 dcs supervisor
USERS
e2e_home tls
T=$PG_TMP/tls
mkdir -p "$T"
ossl() { openssl "$@" >>"$T/openssl.log" 2>&1 || { echo "Bail out! openssl $1 failed: $(tail -n 3 "$T/openssl.log")"; exit 99; }; }

# --- the certificates -------------------------------------------------------
# cert NAME CN CA [EXT]: NAME.key and NAME.crt signed by CA (CA.key, CA.crt)
cert() {
    local name=$1 cn=$2 ca=$3 ext=${4:-}
    ossl req -new -newkey rsa:2048 -nodes -keyout "$T/$name.key" -subj "/CN=$cn" -out "$T/$name.csr"
    if [ -n "$ext" ]; then printf '%s\n' "$ext" >"$T/$name.ext"; else : >"$T/$name.ext"; fi
    ossl x509 -req -in "$T/$name.csr" -CA "$T/$ca.crt" -CAkey "$T/$ca.key" -CAcreateserial \
        -days 2 -sha256 -extfile "$T/$name.ext" -out "$T/$name.crt"
    chmod 600 "$T/$name.key"
}
ossl req -x509 -new -newkey rsa:2048 -nodes -keyout "$T/ca.key" -subj "/CN=casedesk test CA" \
    -days 2 -sha256 -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign -out "$T/ca.crt"
ossl req -x509 -new -newkey rsa:2048 -nodes -keyout "$T/rogue.key" -subj "/CN=someone else's CA" \
    -days 2 -sha256 -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign -out "$T/rogue.crt"
cert server 127.0.0.1 ca "subjectAltName = IP:127.0.0.1
extendedKeyUsage = serverAuth"
cert zhang zhang.wei ca "extendedKeyUsage = clientAuth"      # mapped to stf1
cert li li.na ca "extendedKeyUsage = clientAuth"             # mapped to sup1
cert forged zhang.wei rogue "extendedKeyUsage = clientAuth"  # the same CN, another CA
cert stray sup1 ca "extendedKeyUsage = clientAuth"           # a CN that is a role, not mapped
[ "$(id -u)" = 0 ] && chown "$PG_OWNER" "$T/server.key" "$T/server.crt" "$T/ca.crt"

# --- the server: TLS on 127.0.0.1, certificates only, mapped ----------------
PORT=$((20000 + RANDOM % 20000))
pg_as_owner tee -a "$PG_TMP/data/postgresql.conf" >/dev/null <<CONF
listen_addresses = '127.0.0.1'
port = $PORT
ssl = on
ssl_cert_file = '$T/server.crt'
ssl_key_file = '$T/server.key'
ssl_ca_file = '$T/ca.crt'
CONF
pg_as_owner tee "$PG_TMP/data/pg_hba.conf" >/dev/null <<HBA
# the test's own superuser, on the socket only
local   all       all                     trust
# front-ends: TLS and a client certificate, the CN mapped to a role
hostssl casedesk  all       127.0.0.1/32  cert map=casedesk
HBA
pg_as_owner tee "$PG_TMP/data/pg_ident.conf" >/dev/null <<IDENT
# MAPNAME  CERTIFICATE-CN  ROLE
casedesk   zhang.wei       stf1
casedesk   li.na           sup1
IDENT
pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/server.log" -w -t 60 restart >/dev/null ||
    { echo "Bail out! the TLS server did not start: $(tail -n 5 "$PG_TMP/server.log")"; exit 99; }
export PGPORT=$PORT
SOCK=$PGHOST

# ci NAME [ROLE]: a conninfo with NAME's certificate (ROLE defaults to the mapped one)
tcp="host=127.0.0.1 port=$PORT dbname=casedesk sslmode=verify-full sslrootcert=$T/ca.crt"
ci() { echo "$tcp user=$2 sslcert=$T/$1.crt sslkey=$T/$1.key"; }
# whoami CONNINFO: session_user and whether the connection is TLS, or psql's error
whoami() {
    env -u PGHOST -u PGUSER "$PG_BIN/psql" -X -At -d "$1" \
        -c "SELECT session_user || ' ' || ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()" 2>&1
}

is "$(whoami "$(ci zhang stf1)")" "stf1 true" "zhang.wei's certificate logs in as stf1, over TLS"
is "$(whoami "$(ci li sup1)")" "sup1 true" "li.na's certificate logs in as sup1"
like "$(whoami "$(ci zhang sup1)")" 'certificate authentication failed for user "sup1"' \
    "zhang.wei's certificate cannot log in as sup1"
like "$(whoami "$(ci li stf1)")" 'certificate authentication failed for user "stf1"' \
    "li.na's certificate cannot log in as stf1"
like "$(whoami "$(ci stray sup1)")" 'certificate authentication failed for user "sup1"' \
    "a certificate whose CN is a role name but is not in the map is refused"
like "$(whoami "$(ci forged stf1)")" 'certificate|alert|unknown ca' \
    "a certificate with the same CN from another CA is refused"
like "$(whoami "$tcp user=stf1")" 'connection requires a valid client certificate|no pg_hba.conf entry|certificate' \
    "TLS without a client certificate is refused"
like "$(whoami "host=127.0.0.1 port=$PORT dbname=casedesk user=stf1 sslmode=disable")" 'no pg_hba.conf entry' \
    "a connection without TLS is refused"
like "$(whoami "host=localhost port=$PORT dbname=casedesk user=stf1 sslmode=verify-full sslrootcert=$T/ca.crt sslcert=$T/zhang.crt sslkey=$T/zhang.key")" \
    'does not match host name|server certificate' \
    "the client checks the server's name (verify-full: the certificate is for 127.0.0.1, not localhost)"

# --- casedesk itself over TLS -------------------------------------------------
# tls_session NAME LOGIN CONNINFO [HOME-DIR]: casedesk in tmux with -d CONNINFO.
tls_session() {
    local name=$1 login=$2 conninfo=$3 home=${4:-$E2E_HOME/$2} cmd
    mkdir -p "$home"; chmod 755 "$home"
    cmd="env -u PGHOST -u PGPORT -u PGUSER LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=screen-256color HOME=$home"
    cmd="$cmd CASEDESK_CONFIG=/nonexistent $CASEDESK --log=$E2E_HOME/$name.log"
    cmd="$cmd '--dbname=$conninfo'; echo \$? >$E2E_HOME/status-$name"
    if [ -z "$_TMUX_STARTED" ]; then tmux_start -x 80 -y 24 -- sleep 86400; _TMUX_STARTED=1; fi
    tmux_cmd new-session -d -s "$name" -x 80 -y 24 "$cmd" || return 1
    TMUX_TARGET=$name
}
tls_session zhangwei stf1 "$(ci zhang stf1)"
wait_for "Welcome" 10; ok $? "casedesk starts over TCP with zhang.wei's certificate"
like "$(tmux_screen | head -n 1)" "巡查员乙 \(stf1\).* connected" "the header names the mapped official, stf1"
CASENO=$(PGHOST=$SOCK psql_su -c "SELECT c.case_no FROM casedesk.case_file c JOIN casedesk.unit u ON u.id = c.unit_id
                                  WHERE u.code = 'wlz' ORDER BY c.id LIMIT 1")
tmux_send :; wait_for "Jump to" 5; tmux_type "$CASENO"; tmux_send Enter
wait_for "Ctrl-S save" 10; ok $? "stf1 opens one of wlz's cases"
who=$(PGHOST=$SOCK psql_su -c "SELECT usename || ' ' || s.ssl || ' ' || coalesce(s.client_dn, '')
    FROM pg_stat_activity a JOIN pg_stat_ssl s USING (pid) WHERE a.application_name = 'casedesk'")
is "$who" "stf1 true /CN=zhang.wei" "the server sees casedesk as stf1, over TLS, with zhang.wei's certificate"
tmux_send F10; tmux_settle

# libpq's default files: what a front-end host keeps per person in ~/.postgresql
FE=$E2E_HOME/frontend-li
mkdir -p "$FE/.postgresql"
cp "$T/li.crt" "$FE/.postgresql/postgresql.crt"; cp "$T/li.key" "$FE/.postgresql/postgresql.key"
cp "$T/ca.crt" "$FE/.postgresql/root.crt"; chmod 600 "$FE/.postgresql/postgresql.key"
tls_session lina sup1 "host=127.0.0.1 port=$PORT dbname=casedesk user=sup1 sslmode=verify-full" "$FE"
wait_for "Welcome" 10; ok $? "casedesk starts with the certificate in ~/.postgresql (nothing on the command line but the role)"
like "$(tmux_screen | head -n 1)" "督查员甲 \(sup1\)" "and works as sup1"
tmux_send F10; tmux_settle

# A certificate cannot be used for another role, whatever PGUSER says.
mkdir -p "$E2E_HOME/refused"
tmux_cmd new-session -d -s refused -x 80 -y 24 "env -u PGHOST PGUSER=sup1 LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=screen-256color \
    HOME=$E2E_HOME/refused CASEDESK_CONFIG=/nonexistent $CASEDESK '--dbname=$tcp sslcert=$T/zhang.crt sslkey=$T/zhang.key' \
    2>$E2E_HOME/refused.err; echo \$? >$E2E_HOME/status-refused"
for _ in $(seq 200); do [ -s "$E2E_HOME/status-refused" ] && break; sleep 0.05; done
rc=$(session_status refused)
ok $([ -n "$rc" ] && [ "$rc" -ne 0 ]; echo $?) "casedesk with zhang.wei's certificate and PGUSER=sup1 does not start (exit $rc)"
like "$(cat "$E2E_HOME/refused.err")" '[Cc]ertificate authentication failed for user "sup1"' \
    "it says the certificate was refused for sup1"
is "$(PGHOST=$SOCK psql_su -c "SELECT count(*) FROM pg_stat_ssl s JOIN pg_stat_activity a USING (pid)
                                WHERE a.usename = 'sup1' AND s.client_dn = '/CN=zhang.wei'")" 0 \
    "no session of sup1 runs on zhang.wei's certificate"
done_testing
