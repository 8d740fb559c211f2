/* db_report.c — the report connection (see db_report.h).  One per process,
 * opened on first use; falls back to the primary while it cannot be had. */
#include "config.h"
#include "db.h"
#include "db_report.h"
#include "i18n.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* After a failed or lost report connection, reports read from the primary
 * for this long before the report server is tried again. */
#define REPORT_RETRY_S 30
/* Figures this far behind (or more) are labelled on the screen. */
#define REPORT_NOTE_S 2

static char *rep_conninfo;
static db_t *rep;
static time_t rep_retry_at;

void db_report_configure(const char *conninfo)
{
    db_report_close();
    free(rep_conninfo);
    rep_conninfo = conninfo && *conninfo ? xstrdup(conninfo) : NULL;
    rep_retry_at = 0;
}

void db_report_close(void)
{
    db_close(rep);
    rep = NULL;
}

static int rep_open(db_t *primary)
{
    char err[512];

    rep = db_open_as(rep_conninfo, "casedesk-report", db_user(primary), err, sizeof err);
    if (!rep) {
        log_msg("report connection failed (%s); reports read from the primary for %d s", err, REPORT_RETRY_S);
        rep_retry_at = time(NULL) + REPORT_RETRY_S;
        return -1;
    }
    db_share_wait_hook(rep, primary);
    log_msg("report connection open as %s", db_user(rep));
    return 0;
}

db_t *db_report(db_t *primary)
{
    if (!rep_conninfo || !primary) return primary;
    /* A server that went away is seen only by a round trip (its goodbye
     * may not have been read yet); reports are heavier than that. */
    if (rep && db_ok(rep) && db_command(rep, "SELECT 1", 0, NULL) == 0) return rep;
    if (rep) {
        /* Once at once: the conninfo's other hosts (prefer-standby ends on
         * the primary) may take over. */
        log_msg("report connection lost");
        db_report_close();
        return rep_open(primary) == 0 ? rep : primary;
    }
    if (time(NULL) < rep_retry_at) return primary;
    return rep_open(primary) == 0 ? rep : primary;
}

int db_report_lag(db_t *db, long *secs, char *as_of, size_t as_of_sz)
{
    /* Caught up (all received WAL replayed) means nothing newer exists
     * here to be behind by, whatever the last commit's age. */
    static const char sql[] =
        "SELECT pg_is_in_recovery(),"
        "       CASE WHEN NOT pg_is_in_recovery()"
        "              OR pg_last_wal_receive_lsn() IS NOT DISTINCT FROM pg_last_wal_replay_lsn()"
        "            THEN 0"
        "            ELSE coalesce(extract(epoch FROM now() - pg_last_xact_replay_timestamp())::bigint, -1) END,"
        "       coalesce(to_char(pg_last_xact_replay_timestamp(), 'HH24:MI:SS'), '')";
    PGresult *r = db_exec(db, sql, 0, NULL);
    int standby;

    *secs = 0;
    if (as_of_sz) as_of[0] = '\0';
    if (!r) return -1;
    standby = db_cell_bool(r, 0, 0);
    *secs = (long)db_cell_ll(r, 0, 1);
    if (as_of_sz) db_cell_copy(r, 0, 2, as_of, as_of_sz);
    PQclear(r);
    return standby;
}

const char *db_report_note(db_t *db, char *buf, size_t bufsz)
{
    char as_of[16];
    long secs;

    if (bufsz) buf[0] = '\0';
    if (db_report_lag(db, &secs, as_of, sizeof as_of) != 1) return buf;
    /* Behind, but nothing replayed since the standby started: its age is
     * not known here, and saying nothing would pass old figures as new. */
    if (secs < 0) {
        snprintf(buf, bufsz, "%s", _("Figures from the report server, which is behind the primary by an unknown time."));
        return buf;
    }
    if (secs < REPORT_NOTE_S) return buf;
    snprintf(buf, bufsz, _("Figures from the report server as of %s (%ld s behind the primary)."), as_of, secs);
    return buf;
}
