/* admin_watchdog.c — `casedesk-admin watchdog [--interval S] [--once]`: the
 * session limits that a session cannot lift.  statement_timeout and friends
 * are defaults any login may SET to 0, so the limits are enforced from
 * outside by casedesk.watchdog_sweep(); this verb calls it every few seconds
 * (systemd: casedesk-watchdog.service) and logs each session it acted on.
 * Every second it also chains the committed audit rows (casedesk.audit_seal,
 * functions/061: writers only stage them) and ends any session that holds
 * the sealer (casedesk.audit_seal_guard).  It polls rather than LISTENs: a
 * notification for each staged row would tell every listener when a
 * discipline row (a flag) was written.
 * A lost connection is retried: the watchdog must outlive a server restart. */
#include "config.h"
#include "admin.h"
#include "i18n.h"

#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static volatile sig_atomic_t stopping;
static void on_stop(int sig) { (void)sig; stopping = 1; }

static void nap(double seconds)
{
    struct timespec ts = { (time_t)seconds, (long)((seconds - (time_t)seconds) * 1e9) };
    nanosleep(&ts, NULL);  /* a signal ends it early, which is what we want */
}

/* Blocks until connected again or asked to stop (retrying every second). */
static void reconnect(db_t *db)
{
    while (!stopping) {
        if (db_reconnect_start(db) == 0) {
            int r;
            while ((r = db_reconnect_poll(db)) == 0 && !stopping)
                nap(0.05);
            if (r == 1)
                return;
        }
        nap(1);
    }
}

/* One sweep; prints one line per session acted on.  Returns -1 on error. */
static int sweep(db_t *db)
{
    PGresult *res = db_exec(db, "SELECT pid, login, action, reason FROM casedesk.watchdog_sweep()", 0, NULL);
    if (!res)
        return -1;
    for (int i = 0; i < PQntuples(res); i++) {
        printf(_("%s session %s of %s: %s\n"), PQgetvalue(res, i, 2), PQgetvalue(res, i, 0),
               PQgetvalue(res, i, 1), PQgetvalue(res, i, 3));
    }
    fflush(stdout);
    PQclear(res);
    return 0;
}

/* Seal and guard; prints one line per session ended.  -1 on error. */
static int seal(db_t *db)
{
    PGresult *res = db_exec(db, "SELECT pid, login, action, reason FROM casedesk.audit_seal_guard()", 0, NULL);
    if (!res)
        return -1;
    for (int i = 0; i < PQntuples(res); i++)
        printf(_("%s session %s of %s: %s\n"), PQgetvalue(res, i, 2), PQgetvalue(res, i, 0),
               PQgetvalue(res, i, 1), PQgetvalue(res, i, 3));
    fflush(stdout);
    PQclear(res);
    char n[32];
    return db_scalar(db, "SELECT casedesk.audit_seal()", 0, NULL, n, sizeof n) < 0 ? -1 : 0;
}

int admin_watchdog(db_t *db, int argc, char **argv)
{
    static const struct option opts[] = {
        { "interval", required_argument, NULL, 'i' },
        { "once", no_argument, NULL, '1' },
        { NULL, 0, NULL, 0 }
    };
    const char *usage = _("usage: watchdog [--interval SECONDS] [--once]");
    double interval = 5;
    int c, once = 0;
    char *end;

    optind = 0;
    while ((c = getopt_long(argc, argv, "i:1", opts, NULL)) != -1) {
        switch (c) {
        case 'i':
            interval = strtod(optarg, &end);
            if (*end || interval < 0.1 || interval > 3600)
                return admin_fail(2, "%s", _("The interval is a number of seconds from 0.1 to 3600."));
            break;
        case '1': once = 1; break;
        default: return admin_fail(2, "%s", usage);
        }
    }
    if (optind != argc)
        return admin_fail(2, "%s", usage);
    if (once)
        return sweep(db) == 0 && seal(db) == 0 ? 0 : admin_fail(1, "%s", db_errmsg(db));

    signal(SIGTERM, on_stop);
    signal(SIGINT, on_stop);
    /* ticks of at most a second: the sealer runs on each, the sweep every interval */
    double tick = interval < 1 ? interval : 1, since = interval;
    while (!stopping) {
        int bad = seal(db) != 0;
        if (!bad && since >= interval) {
            bad = sweep(db) != 0;
            since = 0;
        }
        if (bad) {
            fprintf(stderr, "casedesk-admin: %s\n", db_errmsg(db));
            if (!db_ok(db))
                reconnect(db);
        }
        nap(tick);
        since += tick;
    }
    return 0;
}
