/* model_queue.c — the home screens' work queues (see model_queue.h). */
#include "config.h"
#include <libpq-fe.h>
#include <stdlib.h>

#include "db.h"
#include "model_queue.h"
#include "util.h"

static PGresult *one_row(db_t *db, const char *sql)
{
    PGresult *r = db_exec(db, sql, 0, NULL);

    if (r && PQntuples(r) != 1) { PQclear(r); return NULL; }
    return r;
}

int queue_inspector_counts(db_t *db, struct queue_inspector *q)
{
    PGresult *r = one_row(db, "SELECT new_flags, reviews_due, reviews_overdue, awaiting"
                              " FROM casedesk.discipline_queue_counts()");

    if (!r) return -1;
    q->new_flags = db_cell_int(r, 0, 0, 0);
    q->due = db_cell_int(r, 0, 1, 0);
    q->overdue = db_cell_int(r, 0, 2, 0);
    q->awaiting = db_cell_int(r, 0, 3, 0);
    PQclear(r);
    return 0;
}

int queue_admin_counts(db_t *db, struct queue_admin *q)
{
    PGresult *r = one_row(db, "SELECT disabled, calendar_years, units_without_targets"
                              " FROM casedesk.admin_queue_counts()");

    if (!r) return -1;
    q->disabled = db_cell_int(r, 0, 0, 0);
    q->calendar = db_cell_int(r, 0, 1, 0);
    q->targets = db_cell_int(r, 0, 2, 0);
    PQclear(r);
    return 0;
}

int queue_admin_rows(db_t *db, const char *kind, struct queue_row **rows, int *n)
{
    const char *p[1] = { kind };
    PGresult *r = db_exec(db, "SELECT key, name, detail FROM casedesk.admin_queue($1)", 1, p);

    *rows = NULL;
    *n = 0;
    if (!r) return -1;
    *n = PQntuples(r);
    *rows = xcalloc((size_t)*n + 1, sizeof **rows);
    for (int i = 0; i < *n; i++) {
        db_cell_copy(r, i, 0, (*rows)[i].key, sizeof (*rows)[i].key);
        db_cell_copy(r, i, 1, (*rows)[i].name, sizeof (*rows)[i].name);
        db_cell_copy(r, i, 2, (*rows)[i].detail, sizeof (*rows)[i].detail);
    }
    PQclear(r);
    return 0;
}
