/* model_task_int.h — small result-reading helpers shared by the task and
 * inbox models (internal; not for screens, which never see libpq). */
#ifndef CASEDESK_MODEL_TASK_INT_H
#define CASEDESK_MODEL_TASK_INT_H

#include <stdlib.h>
#include <libpq-fe.h>
#include "util.h"

/* Copy a cell into a fixed buffer, never splitting a UTF-8 character. */
static inline void pg_cpy(char *dst, size_t sz, const PGresult *r, int row, int col)
{
    strlcpy_utf8(dst, PQgetvalue(r, row, col), sz);
}

static inline char *pg_dup(const PGresult *r, int row, int col)
{
    return xstrdup(PQgetvalue(r, row, col));
}

static inline long long pg_ll(const PGresult *r, int row, int col)
{
    return PQgetisnull(r, row, col) ? 0 : strtoll(PQgetvalue(r, row, col), NULL, 10);
}

static inline int pg_int(const PGresult *r, int row, int col)
{
    return PQgetisnull(r, row, col) ? 0 : (int)strtol(PQgetvalue(r, row, col), NULL, 10);
}

static inline int pg_bool(const PGresult *r, int row, int col)
{
    return PQgetvalue(r, row, col)[0] == 't';
}

#endif
