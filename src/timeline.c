/* timeline.c — a task's timeline (see timeline.h). */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "labels.h"
#include "model_history.h"
#include "timeline.h"
#include "util.h"

struct event {
    char when[20];       /* YYYY-MM-DD[ HH:MM]: sorts as text */
    char *text;          /* malloc'd paragraph */
    long long order;     /* ties: the audit id, reports after changes */
};

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

static int by_time(const void *a, const void *b)
{
    const struct event *x = a, *y = b;
    /* In audit order (one sequence for the task and its reports), else by
     * the minute. */
    if (x->order && y->order) return x->order < y->order ? -1 : x->order > y->order;
    return strcmp(x->when, y->when);
}

/* When each report of the task was written, to the minute (reports carry
 * only the day they report on), and its place in the audit sequence. */
static void report_times(db_t *db, long long task_id, const struct task_detail *d, char (*at)[20],
                         long long *seq)
{
    char id[24];
    const char *p[] = { id };
    PGresult *r;

    for (int i = 0; i < d->n_reports; i++) strlcpy_utf8(at[i], d->reports[i].reported_on, 20);
    snprintf(id, sizeof id, "%lld", task_id);
    r = db_exec(db, "SELECT r.id, to_char(r.created_at, 'YYYY-MM-DD HH24:MI'),"
                    " coalesce((SELECT min(h.audit_id) FROM casedesk.row_history('task_report', r.id) h), 0)"
                    " FROM casedesk.task_report r WHERE r.task_id = $1::bigint", 1, p);
    if (!r) return;
    for (int k = 0; k < PQntuples(r); k++)
        for (int i = 0; i < d->n_reports; i++)
            if (d->reports[i].id == db_cell_ll(r, k, 0)) {
                db_cell_copy(r, k, 1, at[i], 20);
                seq[i] = db_cell_ll(r, k, 2);
            }
    PQclear(r);
}

/* What a status change means as an event. */
static const char *status_event(const char *to)
{
    if (strcmp(to, "assigned") == 0) return _("Assigned");
    if (strcmp(to, "signed") == 0) return _("Signed for");
    if (strcmp(to, "in_progress") == 0) return _("In progress");
    if (strcmp(to, "reported") == 0) return _("Reported done");
    if (strcmp(to, "returned") == 0) return _("Returned");
    if (strcmp(to, "closed") == 0) return _("Closed");
    return task_status_label(to);
}

/* The changes of one audit entry (rows[from..to)) as one event. */
static void add_change(struct events *e, const struct history_row *rows, int from, int to)
{
    const struct history_row *h = &rows[from];
    const char *who = h->who[0] ? h->who : h->login;
    const char *status = NULL, *reason = NULL, *note = NULL;
    char *text, *more = xstrdup("");

    for (int i = from; i < to; i++) {
        const struct history_row *x = &rows[i];
        if (strcmp(x->field, "status") == 0) status = x->new_value;
        else if (strcmp(x->field, "return_reason") == 0) reason = x->new_value;
        else if (strcmp(x->field, "close_note") == 0) note = x->new_value;
        else if (strcmp(h->op, "UPDATE") == 0 && strcmp(x->field, "updated_at") != 0
                 && strcmp(x->field, "signed_at") != 0 && strcmp(x->field, "reported_at") != 0
                 && strcmp(x->field, "closed_at") != 0 && strcmp(x->field, "closed_by") != 0) {
            char *m = xasprintf("%s\n    %s: %s → %s", more, field_label(x->field),
                                x->old_value[0] ? value_label(x->field, x->old_value) : "—",
                                x->new_value[0] ? value_label(x->field, x->new_value) : "—");
            free(more);
            more = m;
        }
    }
    if (strcmp(h->op, "INSERT") == 0)
        text = xasprintf("%s  %s  %s", h->at, who, _("Created and assigned"));
    else if (status)
        text = xasprintf("%s  %s  %s", h->at, who, status_event(status));
    else if (more[0])
        text = xasprintf("%s  %s  %s", h->at, who, _("Changed"));
    else if (!reason && !note) { free(more); return; }
    else
        text = xasprintf("%s  %s", h->at, who);
    if (reason && reason[0] && status && strcmp(status, "returned") == 0) {
        char *t = xasprintf("%s\n    %s: %s", text, _("Reason"), reason);
        free(text); text = t;
    }
    if (note && note[0]) {
        char *t = xasprintf("%s\n    %s: %s", text, _("Closing note"), note);
        free(text); text = t;
    }
    if (more[0] && strcmp(h->op, "INSERT") != 0) {
        char *t = xasprintf("%s%s", text, more);
        free(text); text = t;
    }
    free(more);
    add(e, h->at, h->audit_id, text);
}

char *task_timeline_text(db_t *db, const struct task_detail *d)
{
    static const char *const tables[] = { "task", NULL };
    struct history_row *rows = NULL;
    struct events e = { NULL, 0, 0 };
    int n = history_load(db, tables, d->t.id, &rows);
    size_t len = 0;
    char *out;

    if (n < 0) return NULL;
    for (int i = 0; i < n; ) {
        int j = i + 1;
        while (j < n && rows[j].audit_id == rows[i].audit_id) j++;
        add_change(&e, rows, i, j);
        i = j;
    }
    history_free(rows, n);
    char (*at)[20] = xcalloc((size_t)d->n_reports + 1, sizeof *at);
    long long *seq = xcalloc((size_t)d->n_reports + 1, sizeof *seq);
    report_times(db, d->t.id, d, at, seq);
    for (int i = 0; i < d->n_reports; i++) {
        const struct task_report_row *r = &d->reports[i];
        add(&e, at[i], seq[i],
            xasprintf("%s  %s（%s）  %s %d%%%s\n    %s", at[i], r->author, r->unit,
                      _("Progress report"), r->percent, r->final ? _(" final") : "",
                      r->body ? r->body : ""));
    }
    free(at);
    free(seq);
    qsort(e.v, (size_t)e.n, sizeof *e.v, by_time);
    for (int i = 0; i < e.n; i++) len += strlen(e.v[i].text) + 2;
    out = xmalloc(len + 64);
    out[0] = '\0';
    len = 0;
    for (int i = 0; i < e.n; i++) {
        len += (size_t)sprintf(out + len, "%s%s\n", i ? "\n" : "", e.v[i].text);
        free(e.v[i].text);
    }
    if (e.n == 0) strcpy(out, _("Nothing has happened to this task that you may see."));
    free(e.v);
    return out;
}
