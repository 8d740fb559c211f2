/* case_timeline.c — one timeline of a case (timeline.h): every workflow
 * event and change of the case and its kind's record (status, dates of the
 * legal steps, facts), every payment and reversal, every document issued
 * and served, and the tasks linked to it, with who (a name) and when, in
 * order.  What the caller may see is decided by the database: the history
 * comes from casedesk.row_history, payments from the ledger's functions,
 * documents and task links through row-level security.  No curses. */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <limits.h>
#include <string.h>

#include "casekind.h"
#include "doc.h"
#include "i18n.h"
#include "labels.h"
#include "model_history.h"
#include "model_ledger.h"
#include "timeline.h"
#include "util.h"

struct event { char when[20]; long long order; char *text; };
struct events { struct event *v; int n, cap; };

static void add(struct events *e, const char *when, long long order, char *text)
{
    if (e->n == e->cap) {
        e->cap = e->cap ? e->cap * 2 : 32;
        e->v = xrealloc(e->v, (size_t)e->cap * sizeof *e->v);
    }
    strlcpy_utf8(e->v[e->n].when, when, sizeof e->v[e->n].when);
    e->v[e->n].order = order;
    e->v[e->n++].text = text;
}

/* By the minute (a day alone sorts first on its day); within a minute the
 * audit order, and what has no audit id (payments, documents, links) after. */
static int by_time(const void *a, const void *b)
{
    const struct event *x = a, *y = b;
    int c = strcmp(x->when, y->when);
    if (c) return c;
    return x->order < y->order ? -1 : x->order > y->order;
}

static const char *who_of(const struct history_row *h)
{
    return h->who[0] ? h->who : _("(someone no longer known)");
}

static int skipped_field(const char *f)
{
    static const char *const skip[] = { "updated_at", "created_at", "id", "unit_id", "version", NULL };
    for (int i = 0; skip[i]; i++) if (strcmp(f, skip[i]) == 0) return 1;
    return 0;
}

/* The changes of one audit entry (rows[from..to)) as one event. */
static void add_change(struct events *e, const struct history_row *rows, int from, int to)
{
    const struct history_row *h = &rows[from];
    const char *status_old = NULL, *status_new = NULL;
    char *more = xstrdup(""), *text;

    if (strcmp(h->op, "INSERT") == 0 && strcmp(h->table, "case_file") != 0) { free(more); return; }
    for (int i = from; i < to; i++) {
        const struct history_row *x = &rows[i];
        if (strcmp(x->field, "status") == 0) { status_old = x->old_value; status_new = x->new_value; continue; }
        if (strcmp(h->op, "UPDATE") != 0 || skipped_field(x->field)) continue;
        char *m = xasprintf("%s\n    %s: %s → %s", more, field_label(x->field),
                            x->old_value[0] ? value_label(x->field, x->old_value) : "—",
                            x->new_value[0] ? value_label(x->field, x->new_value) : "—");
        free(more);
        more = m;
    }
    if (strcmp(h->op, "INSERT") == 0)
        text = xasprintf("%s  %s  %s%s%s", h->at, who_of(h), _("Case opened"),
                         status_new ? " · " : "", status_new ? case_status_label(status_new) : "");
    else if (status_new)
        text = xasprintf("%s  %s  %s: %s → %s%s", h->at, who_of(h), _("Status"),
                         status_old && status_old[0] ? case_status_label(status_old) : "—",
                         case_status_label(status_new), more);
    else if (more[0])
        text = xasprintf("%s  %s  %s%s", h->at, who_of(h), _("Changed"), more);
    else { free(more); return; }
    free(more);
    add(e, h->at, h->audit_id, text);
}

static int add_history(db_t *db, long long id, struct events *e)
{
    struct history_row *rows = NULL;
    int n = history_load(db, case_kind_tables(), id, &rows);

    if (n < 0) return -1;
    for (int i = 0; i < n; ) {
        int j = i + 1;
        while (j < n && rows[j].audit_id == rows[i].audit_id && strcmp(rows[j].table, rows[i].table) == 0) j++;
        add_change(e, rows, i, j);
        i = j;
    }
    history_free(rows, n);
    return 0;
}

static void add_payments(db_t *db, long long id, struct events *e)
{
    struct ledger_row *p = NULL;
    int n = ledger_rows(db, id, &p);

    for (int i = 0; i < n; i++) {
        char amt[64];
        money_group(amt, sizeof amt, p[i].amount);
        if (p[i].reverses_id)
            add(e, p[i].paid_on, LLONG_MAX, xasprintf("%s  %s  %s: %s %s\n    %s: %s", p[i].paid_on, p[i].recorded_by,
                                              _("Payment reversed"), amt, _("yuan"), _("Reason"), p[i].reason));
        else
            add(e, p[i].paid_on, LLONG_MAX, xasprintf("%s  %s  %s: %s %s → %s%s%s", p[i].paid_on, p[i].recorded_by,
                                              _("Payment"), amt, _("yuan"), p[i].payee,
                                              p[i].voucher_no[0] ? " · " : "", p[i].voucher_no));
    }
    free(p);
}

/* The same words as the register (scr_documents.c). */
static const char *way_label(const char *way)
{
    if (strcmp(way, "in_person") == 0) return _("in person");
    if (strcmp(way, "post") == 0) return _("by post");
    if (strcmp(way, "notice") == 0) return _("by public notice");
    return way;
}

static void add_documents(db_t *db, long long id, struct events *e)
{
    struct doc_row *d = NULL;
    int n = doc_list(db, id, &d);

    for (int i = 0; i < n; i++) {
        add(e, d[i].issued_on, LLONG_MAX, xasprintf("%s  %s: %s %s", d[i].issued_on, _("Document issued"),
                                            d[i].kind_name, d[i].doc_no));
        if (d[i].served_on[0])
            add(e, d[i].served_on, LLONG_MAX, xasprintf("%s  %s: %s · %s%s%s", d[i].served_on, _("Document served"),
                                                d[i].doc_no, way_label(d[i].served_way),
                                                d[i].served_to[0] ? " · " : "", d[i].served_to));
    }
    free(d);
}

static void add_tasks(db_t *db, long long id, struct events *e)
{
    char num[24];
    const char *p[1] = { num };
    PGresult *r;

    snprintf(num, sizeof num, "%lld", id);
    /* who linked it is an actor column: named by the definer task_actor (functions/110) */
    r = db_exec(db, "SELECT to_char(l.linked_at, 'YYYY-MM-DD HH24:MI'),"
                    "       coalesce(casedesk.task_actor('task_link', l.id, 'linked_by'), ''), t.number, t.title"
                    "  FROM casedesk.task_link l JOIN casedesk.task t ON t.id = l.task_id"
                    " WHERE l.case_id = $1::bigint ORDER BY l.linked_at", 1, p);
    if (!r) return;
    for (int i = 0; i < PQntuples(r); i++)
        add(e, db_cell(r, i, 0), LLONG_MAX, xasprintf("%s  %s  %s: %s %s", db_cell(r, i, 0), db_cell(r, i, 1),
                                              _("Task linked"), db_cell(r, i, 2), db_cell(r, i, 3)));
    PQclear(r);
}

char *case_timeline_text(db_t *db, long long case_id)
{
    struct events e = { NULL, 0, 0 };
    size_t len = 0;
    char *out;

    if (add_history(db, case_id, &e) < 0) return NULL;
    add_payments(db, case_id, &e);
    add_documents(db, case_id, &e);
    add_tasks(db, case_id, &e);
    qsort(e.v, (size_t)e.n, sizeof *e.v, by_time);
    for (int i = 0; i < e.n; i++) len += strlen(e.v[i].text) + 2;
    out = xmalloc(len + 128);
    out[0] = '\0';
    len = 0;
    for (int i = 0; i < e.n; i++) {
        len += (size_t)sprintf(out + len, "%s%s\n", i ? "\n" : "", e.v[i].text);
        free(e.v[i].text);
    }
    if (e.n == 0) strcpy(out, _("Nothing has happened to this case that you may see."));
    free(e.v);
    return out;
}
