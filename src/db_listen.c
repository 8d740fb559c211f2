/* db_listen.c — LISTEN/NOTIFY for the session's connection: the channels
 * the database names for this login, and which of them are heard.
 *
 * A supervisor or an inspector may read every unit's cases, so
 * casedesk.my_channels() names one channel per unit for them, and every
 * case saved in the district arrives on one of those.  Every task change
 * also arrives on the oversight channel they hear.  So while no open screen
 * shows a case-family row (a supervisor on the home screen), the per-unit
 * channels are not listened to and a case saved elsewhere costs the session
 * nothing: its backend forwards nothing, and the process sleeps on.
 * (PostgreSQL 15 still wakes every listening backend of the database for
 * every NOTIFY, whatever its channels; that part of the cost stays.)
 * A session without the oversight channel (a town's staff) hears of its
 * tasks on its unit's channel and always listens to it. */
#include "config.h"
#include "db_int.h"
#include "notify_filter.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

void db_channels_free(db_t *db)
{
    for (int i = 0; i < db->nchannels; i++) free(db->channels[i]);
    free(db->channels);
    db->channels = NULL;
    db->nchannels = 0;
    db->units_heard = 0;
}

static int has_oversight(const db_t *db)
{
    for (int i = 0; i < db->nchannels; i++)
        if (notify_channel_kind(db->channels[i]) == 'o') return 1;
    return 0;
}

/* One simple-query script of VERB for the kept channels: the per-unit ones
 * (UNITS_ONLY), the others (OTHERS_ONLY) or all: one round trip for all of
 * them (at start, under load, each round trip waits for the server to be
 * scheduled).  LISTEN takes no parameters; each channel is an identifier
 * we quote. */
enum { OTHERS_ONLY, UNITS_ONLY, ALL_CHANNELS };

static int run_for(db_t *db, const char *verb, int which)
{
    char *sql = NULL;
    int rc = 0;

    for (int i = 0; i < db->nchannels; i++) {
        const char *ch = db->channels[i];
        char *quoted, *next;

        if (which != ALL_CHANNELS && (notify_channel_kind(ch) == 'u') != (which == UNITS_ONLY)) continue;
        if (!(quoted = PQescapeIdentifier(db->conn, ch, strlen(ch)))) { rc = -1; continue; }
        next = xasprintf("%s%s%s %s", sql ? sql : "", sql ? "; " : "", verb, quoted);
        PQfreemem(quoted);
        free(sql);
        sql = next;
    }
    if (sql && db_script(db, sql) < 0) rc = -1;
    free(sql);
    return rc;
}

int db_listen(db_t *db, const char *channel)
{
    char *quoted = PQescapeIdentifier(db->conn, channel, strlen(channel));
    char *sql;
    int rc;

    if (!quoted) return -1;
    sql = xasprintf("LISTEN %s", quoted);
    PQfreemem(quoted);
    rc = db_script(db, sql);
    free(sql);
    return rc;
}

/* A database without my_channels() (an older schema) gets the district-wide
 * channel. */
int db_listen_mine(db_t *db, int units)
{
    PGresult *res = db_exec(db, "SELECT casedesk.my_channels()", 0, NULL);

    db_channels_free(db);
    if (!res) return db_listen(db, "casedesk");
    db->channels = xcalloc((size_t)PQntuples(res) + 1, sizeof *db->channels);
    for (int i = 0; i < PQntuples(res); i++)
        db->channels[db->nchannels++] = xstrdup(PQgetvalue(res, i, 0));
    PQclear(res);
    db->units_heard = units || !has_oversight(db);
    return run_for(db, "LISTEN", db->units_heard ? ALL_CHANNELS : OTHERS_ONLY);
}

int db_listen_units(db_t *db, int on)
{
    on = on || !has_oversight(db);
    if (on == db->units_heard || !db_ok(db)) return 0;
    /* Failed or not, this is the state until the next reconnect lists
     * them again: a LISTEN that fails is not retried on every turn. */
    db->units_heard = on;
    if (run_for(db, on ? "LISTEN" : "UNLISTEN", UNITS_ONLY) < 0) return -1;
    return on;
}


int db_poll_notify(db_t *db, db_notify_cb cb, void *arg)
{
    PGnotify *n;
    int count = 0;

    if (!PQconsumeInput(db->conn) || PQstatus(db->conn) != CONNECTION_OK) return -1;
    while ((n = PQnotifies(db->conn))) {
        if (cb) cb(n->relname, n->extra, arg);
        PQfreemem(n);
        count++;
    }
    return count;
}
