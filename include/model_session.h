/* model_session.h — who is connected, from the database's point of view. */
#ifndef CASEDESK_MODEL_SESSION_H
#define CASEDESK_MODEL_SESSION_H

#include "db.h"

#include "whoami.h"

enum whoami_status {
    WHOAMI_OK = 0,
    WHOAMI_NO_SCHEMA,       /* casedesk schema missing: run init */
    WHOAMI_UNKNOWN_USER,    /* connected, but no (enabled) official for this role */
    WHOAMI_ERROR            /* other database error: see db_errmsg */
};

enum whoami_status model_whoami(db_t *db, struct whoami *me);

#endif
