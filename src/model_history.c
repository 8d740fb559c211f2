/* model_history.c — record history through casedesk.row_history, a
 * SECURITY DEFINER function that shows exactly the rows the login may read
 * (it evaluates their tables' policies for the session user), the fields
 * they may read, and ID and phone numbers masked (sql/functions/065).  The
 * raw audit_history view is no longer granted: a query on it could count
 * another clerk's changes through audit_log's indexes (issue 11). */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <limits.h>
#include <string.h>

#include "model_history.h"
#include "util.h"

static int by_audit(const void *a, const void *b)
{
    const struct history_row *x = a, *y = b;

    if (x->audit_id != y->audit_id) return x->audit_id < y->audit_id ? -1 : 1;
    return strcmp(x->field, y->field);
}

/* Chain the audit rows committed a moment ago (casedesk.audit_seal: writers
 * only stage them), so the history shows one's own save at once; a failure
 * only means the watchdog will, within a second. */
static void audit_seal(db_t *db)
{
    char n[32];
    if (!db_in_transaction(db))   /* in a transaction it would hold the sealer */
        (void)db_scalar(db, "SELECT casedesk.audit_seal()", 0, NULL, n, sizeof n);
}

static int load_one(db_t *db, const char *table, long long id, struct history_row **rows, int *n)
{
    char idbuf[24];
    const char *p[2] = { table, idbuf };
    PGresult *r;
    int k;

    snprintf(idbuf, sizeof idbuf, "%lld", id);
    audit_seal(db);
    r = db_exec(db, "SELECT audit_id, to_char(at, 'YYYY-MM-DD HH24:MI'), coalesce(login, ''),"
                    " coalesce(who, ''), op, field, coalesce(old_value, ''), coalesce(new_value, '')"
                    " FROM casedesk.row_history($1, $2::bigint)", 2, p);
    if (!r) return -1;
    k = PQntuples(r);
    *rows = xrealloc(*rows, (size_t)(*n + k + 1) * sizeof **rows);
    for (int i = 0; i < k; i++) {
        struct history_row *h = &(*rows)[*n + i];
        memset(h, 0, sizeof *h);
        /* a row not chained yet has no id: after every chained one, in
         * the order row_history gives (061: the sealer numbers it later) */
        h->audit_id = db_cell_or_null(r, i, 0) ? db_cell_ll(r, i, 0) : LLONG_MAX / 2 + i;
        db_cell_copy(r, i, 1, h->at, sizeof h->at);
        db_cell_copy(r, i, 2, h->login, sizeof h->login);
        db_cell_copy(r, i, 3, h->who, sizeof h->who);
        db_cell_copy(r, i, 4, h->op, sizeof h->op);
        strlcpy_utf8(h->table, table, sizeof h->table);
        db_cell_copy(r, i, 5, h->field, sizeof h->field);
        h->old_value = db_cell_dup(r, i, 6);
        h->new_value = db_cell_dup(r, i, 7);
    }
    *n += k;
    PQclear(r);
    return 0;
}

int history_load(db_t *db, const char *const *tables, long long id, struct history_row **out)
{
    struct history_row *rows = xcalloc(1, sizeof *rows);
    int n = 0;

    for (int t = 0; tables[t]; t++)
        if (load_one(db, tables[t], id, &rows, &n) < 0) {
            history_free(rows, n);
            *out = NULL;
            return -1;
        }
    qsort(rows, (size_t)n, sizeof *rows, by_audit);
    *out = rows;
    return n;
}

void history_free(struct history_row *rows, int n)
{
    for (int i = 0; i < n; i++) {
        free(rows[i].old_value);
        free(rows[i].new_value);
    }
    free(rows);
}

int history_last_change(db_t *db, const char *table, long long id, char *who, size_t whosz,
                        char *at, size_t atsz)
{
    char idbuf[24];
    const char *p[2] = { table, idbuf };
    PGresult *r;

    who[0] = at[0] = '\0';
    snprintf(idbuf, sizeof idbuf, "%lld", id);
    audit_seal(db);
    r = db_exec(db, "SELECT coalesce(nullif(who, ''), login), to_char(at, 'YYYY-MM-DD HH24:MI')"
                    " FROM casedesk.row_history($1, $2::bigint) ORDER BY audit_id DESC LIMIT 1", 2, p);
    if (!r) return -1;
    if (PQntuples(r) > 0) {
        db_cell_copy(r, 0, 0, who, whosz);
        db_cell_copy(r, 0, 1, at, atsz);
    }
    PQclear(r);
    return 0;
}
