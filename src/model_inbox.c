/* model_inbox.c — list, count and mark the inbox.  No curses.
 *
 * Reads go through the definer casedesk.my_inbox_page (the caller's own
 * and their unit's rows, the read flag of unit-wide rows the caller's own;
 * no login role reads inbox.official_id, migration 110); writes go through
 * the inbox_mark_* functions, the only way to change the inbox. */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "model_inbox.h"
#include "util.h"

int inbox_list(db_t *db, int unread_only, long long before_id, int limit,
               struct inbox_item **items, int *n)
{
    static const char sql[] =
        /* a missed statutory period names its case and the step (migration 102) */
        "SELECT i.id, i.kind, coalesce(i.task_id, 0), coalesce(t.number, c.case_no, ''),"
        "       coalesce(t.title, CASE WHEN $4::boolean THEN s.label_zh ELSE s.label_en END, ''),"
        "       i.detail, coalesce(i.ref_date::text, ''),"
        "       to_char(i.created_at, 'YYYY-MM-DD HH24:MI:SS'), i.to_unit, i.read_at IS NOT NULL,"
        "       coalesce(c.id, 0)"
        "  FROM casedesk.my_inbox_page($1::boolean, $2::bigint, $3::integer) i"
        "  LEFT JOIN casedesk.task t ON t.id = i.task_id"
        "  LEFT JOIN casedesk.case_file c ON c.id = i.case_id"
        "  LEFT JOIN casedesk.legal_clock l ON l.code = i.detail AND i.case_id IS NOT NULL"
        "  LEFT JOIN casedesk.case_step s ON s.kind = l.kind AND s.step = l.step"
        " ORDER BY i.id DESC";
    char before[24], lim[16];
    const char *p[4];
    PGresult *r;
    int i;

    *items = NULL;
    *n = 0;
    snprintf(before, sizeof before, "%lld", before_id);
    snprintf(lim, sizeof lim, "%d", limit > 0 ? limit : 50);
    p[0] = unread_only ? "true" : NULL;
    p[1] = before_id > 0 ? before : NULL;
    p[2] = lim;
    p[3] = i18n_is_chinese() ? "true" : "false";
    if (!(r = db_exec(db, sql, 4, p)))
        return -1;
    *n = PQntuples(r);
    *items = xcalloc((size_t)*n + 1, sizeof **items);
    for (i = 0; i < *n; i++) {
        struct inbox_item *x = &(*items)[i];
        x->id = db_cell_ll(r, i, 0);
        db_cell_copy(r, i, 1, x->kind, sizeof x->kind);
        x->task_id = db_cell_ll(r, i, 2);
        db_cell_copy(r, i, 3, x->task_number, sizeof x->task_number);
        db_cell_copy(r, i, 4, x->task_title, sizeof x->task_title);
        db_cell_copy(r, i, 5, x->detail, sizeof x->detail);
        db_cell_copy(r, i, 6, x->ref_date, sizeof x->ref_date);
        db_cell_copy(r, i, 7, x->created_at, sizeof x->created_at);
        x->to_unit = db_cell_bool(r, i, 8);
        x->read = db_cell_bool(r, i, 9);
        x->case_id = db_cell_ll(r, i, 10);
    }
    PQclear(r);
    return 0;
}

int inbox_unread_count(db_t *db)
{
    char buf[32];

    if (db_scalar(db, "SELECT casedesk.inbox_unread_count()", 0, NULL, buf, sizeof buf) <= 0)
        return -1;
    return (int)strtol(buf, NULL, 10);
}

int inbox_mark_read(db_t *db, long long id)
{
    char ids[24], buf[8];
    const char *p[1] = { ids };

    snprintf(ids, sizeof ids, "%lld", id);
    if (db_scalar(db, "SELECT casedesk.inbox_mark_read($1)", 1, p, buf, sizeof buf) <= 0)
        return -1;
    return buf[0] == 't';
}

int inbox_mark_all_read(db_t *db)
{
    char buf[32];

    if (db_scalar(db, "SELECT casedesk.inbox_mark_all_read()", 0, NULL, buf, sizeof buf) <= 0)
        return -1;
    return (int)strtol(buf, NULL, 10);
}

const char *inbox_kind_label(const char *kind, const char *detail)
{
    static const struct { const char *kind, *detail, *text; } t[] = {
        { "new_task", "cohandling", N_("New task to help with") },
        { "new_task", NULL, N_("New task for your unit") },
        { "reassigned", NULL, N_("Task handed to another unit") },
        { "returned", NULL, N_("Task returned") },
        { "closed", NULL, N_("Task verified and closed") },
        { "reported", NULL, N_("Task reported done: verify it") },
        { "extension_requested", NULL, N_("Extension requested") },
        { "extension_decided", "approved", N_("Extension approved") },
        { "extension_decided", NULL, N_("Extension refused") },
        { "deadline_changed", NULL, N_("Deadline changed") },
        { "card_issued", "warning", N_("Deadline warning") },
        { "card_issued", "yellow", N_("Yellow card") },
        { "card_issued", NULL, N_("Red card") },
        { "due_tomorrow", NULL, N_("Due on the next working day") },
        { "report_due", NULL, N_("Progress report due") },
        { "legal_step_overdue", NULL, N_("Statutory period missed") },
    };
    size_t i;

    for (i = 0; kind && i < ARRAY_SIZE(t); i++)
        if (strcmp(t[i].kind, kind) == 0
            && (!t[i].detail || (detail && strcmp(t[i].detail, detail) == 0)))
            return _(t[i].text);
    return kind ? kind : "";
}
