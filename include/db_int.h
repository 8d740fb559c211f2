/* db_int.h — the connection handle's insides, shared by the files of the
 * libpq layer (db.c, db_listen.c) and by no one else. */
#ifndef CASEDESK_DB_INT_H
#define CASEDESK_DB_INT_H

#include <libpq-fe.h>

#include "db.h"

struct db {
    PGconn *conn;
    char sqlstate[6];
    char errmsg[512];
    char detail[512];
    int reconnecting;
    db_wait_hook wait_hook;      /* see db_set_wait_hook */
    void *wait_arg;
    int cancelled;               /* db_cancel was called for this statement */
    int waited;                  /* a statement waited long enough to show it */
    int probe_fd;                /* db_server_answers: a TCP connect under way, or -1 */
    long long probe_t0;
    int refuse_ms;               /* a standby refused us: pause before the next try */
    long long refuse_until;
    /* db_listen.c: the channels my_channels() named, and which are heard */
    char **channels;
    int nchannels;
    int units_heard;             /* the per-unit channels are LISTENed */
};

void db_channels_free(db_t *db);   /* db_listen.c */

#endif
