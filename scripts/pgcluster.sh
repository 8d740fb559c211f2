# scripts/pgcluster.sh — a private PostgreSQL cluster on a Unix socket.
# Shared by scripts/demo (a long-lived cluster under the state directory) and
# tests/lib/pg.sh (a throwaway one per test script).
#
# PostgreSQL refuses to run as root: as root, the server runs as the
# unprivileged 'postgres' account and its directory belongs to that account;
# as an ordinary user, it runs as that user.  No TCP: listen_addresses = ''.

pgc_bindir() {
    local d
    if command -v pg_config >/dev/null 2>&1; then
        d=$(pg_config --bindir 2>/dev/null)
        [ -x "$d/initdb" ] && { echo "$d"; return; }
    fi
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

pgc_owner() {
    if [ "$(id -u)" = 0 ]; then echo "${PG_OWNER:-postgres}"; else id -un; fi
}

# Run a server-side command as the cluster's owner.
pgc_as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u "$(pgc_owner)" -- "$@"; else "$@"; fi
}

# pgc_create DIR: initdb in DIR/data with the socket in DIR/sock.
pgc_create() {
    local dir=$1 bin; bin=$(pgc_bindir)
    [ -x "$bin/initdb" ] || { echo "PostgreSQL server binaries not found: apt-get install postgresql" >&2; return 1; }
    mkdir -p "$dir/data" "$dir/sock"
    chmod 755 "$dir"
    [ "$(id -u)" = 0 ] && chown -R "$(pgc_owner)" "$dir"
    pgc_as_owner "$bin/initdb" -D "$dir/data" -U "$(pgc_owner)" --auth=trust \
        --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
        echo "initdb failed: $(tail -n 3 "$dir/initdb.log")" >&2; return 1; }
    pgc_as_owner tee -a "$dir/data/postgresql.conf" >/dev/null <<CONF
# casedesk private cluster
listen_addresses = ''
unix_socket_directories = '$dir/sock'
unix_socket_permissions = 0770
max_connections = 120
log_min_messages = warning
CONF
}

pgc_running() {
    pgc_as_owner "$(pgc_bindir)/pg_ctl" -D "$1/data" status >/dev/null 2>&1
}

pgc_start() {
    local dir=$1
    pgc_running "$dir" && return 0
    pgc_as_owner "$(pgc_bindir)/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null || {
        echo "PostgreSQL did not start: $(tail -n 5 "$dir/server.log" 2>/dev/null)" >&2; return 1; }
}

pgc_stop() {
    pgc_as_owner "$(pgc_bindir)/pg_ctl" -D "$1/data" -m "${2:-fast}" stop >/dev/null 2>&1
}
