# tests/deploy/standby_lib.sh — a streaming standby of the test's cluster,
# for tests/deploy/failover.sh and report_standby.sh.
#   pg_cluster 0.02; e2e_home NAME     # tests/lib/pg.sh, sessions.sh
#   standby_setup [sync]               # pg_basebackup -R, started; "sync":
#                                      # synchronous_commit with it as the
#                                      # synchronous standby
# Then: $P (the primary's directory), $S (the standby's), ctl DIR ARGS
# (pg_ctl as the owner), on_sb CMD (CMD with PGHOST on the standby).  Both
# servers listen on Unix sockets only, $P/sock and $S/sock, same port.

ctl() { local d=$1; shift; pg_as_owner "$PG_BIN/pg_ctl" -D "$d/data" -l "$d/server.log" -t 60 "$@" >/dev/null 2>&1; }
on_sb() { PGHOST=$S/sock "$@"; }
sb_stop() { [ -d "${S:-}/data" ] && ctl "$S" -m immediate stop; }
sync_state() { psql_su -c "SELECT sync_state FROM pg_stat_replication WHERE application_name = 'standby1'"; }

standby_setup() {
    local want=async
    P=$PG_TMP S=$PG_TMP/standby
    trap '[ -n "${FO_KEEP:-}" ] && cp "$E2E_HOME"/*.log "$FO_KEEP"/; sb_stop; e2e_cleanup' EXIT
    mkdir -p "$S/sock"; chmod 755 "$S"
    [ "$(id -u)" = 0 ] && chown -R "$PG_OWNER" "$S"
    pg_as_owner "$PG_BIN/pg_basebackup" -D "$S/data" -R -X stream -c fast \
        -d "host=$P/sock port=$PGPORT user=$PG_OWNER application_name=standby1" >"$S/basebackup.log" 2>&1 ||
        { echo "Bail out! pg_basebackup failed: $(tail -n 3 "$S/basebackup.log")"; exit 99; }
    pg_as_owner tee -a "$S/data/postgresql.conf" >/dev/null <<CONF
unix_socket_directories = '$S/sock'
synchronous_standby_names = ''
log_connections = on
# Replay never cancels a test's query or connection ("conflict with
# recovery" under a loaded parallel suite left the standby's checks failing)
max_standby_streaming_delay = -1
hot_standby_feedback = on
CONF
    ctl "$S" -w start || { echo "Bail out! the standby did not start: $(tail -n 5 "$S/server.log")"; exit 99; }
    if [ "${1:-}" = sync ]; then
        # From here on a commit is confirmed once the standby has it.
        want=sync
        pg_as_owner tee -a "$P/data/postgresql.conf" >/dev/null <<CONF
synchronous_commit = on
synchronous_standby_names = 'standby1'
CONF
        ctl "$P" reload
    fi
    for _ in $(seq 200); do
        [ "$(sync_state)" = "$want" ] && break
        sleep 0.05
    done
    [ "$(sync_state)" = "$want" ] || { echo "Bail out! the standby does not stream ($(sync_state))"; exit 99; }
    # A commit replayed there: a standby that has replayed none since it
    # started cannot say how old its figures are (pg_last_xact_replay_timestamp
    # is NULL), and the tests measure that age.
    # The LSN is read after the commit (inside it, it is before the commit
    # record); a standby that has not replayed it in time is a bail-out with
    # what it says, not a later test failing on "an unknown time".
    local lsn seen=f
    psql_su -c "SELECT txid_current()" >/dev/null
    lsn=$(psql_su -c "SELECT pg_current_wal_flush_lsn()")
    for _ in $(seq $((600 * ${CASEDESK_TEST_SLOWDOWN:-1}))); do
        seen=$(on_sb psql_su -c "SELECT pg_last_wal_replay_lsn() >= '$lsn' AND pg_last_xact_replay_timestamp() IS NOT NULL" 2>/dev/null)
        [ "$seen" = t ] && break
        sleep 0.05
    done
    [ "$seen" = t ] || { echo "Bail out! the standby replayed no commit: $(on_sb psql_su -c "SELECT pg_last_wal_replay_lsn(), pg_last_xact_replay_timestamp()" 2>&1 | tr '\n' ' ')"; exit 99; }
}
