/* model_task.c — the task board and the task detail.  No curses.
 *
 * The board is one fixed, parameterised statement: every filter is a
 * parameter that is NULL when unused, so no SQL text is ever assembled from
 * what the user typed.  Row-level security decides which tasks come back. */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "model_task.h"
#include "util.h"

/* Columns shared by the board and the detail (struct task_row, in order).
 * The names of the people come from casedesk.task_actors, one call for the
 * page (a): no login role reads task.responsible_id (migration 110). */
#define TASK_ROW_COLS \
    "t.id, t.version, t.number, t.title, t.status, t.level, t.source," \
    " u.code, u.name, coalesce(a.responsible, ''), t.deadline::text," \
    " casedesk.workdays_between(current_date, t.deadline)," \
    " coalesce((SELECT r.percent FROM casedesk.task_report r WHERE r.task_id = t.id" \
    "           ORDER BY r.reported_on DESC, r.id DESC LIMIT 1), -1)," \
    " coalesce((SELECT c.kind FROM casedesk.task_card c" \
    "            WHERE c.task_id = t.id AND c.deadline <= t.deadline" \
    "            ORDER BY CASE c.kind WHEN 'red' THEN 3 WHEN 'yellow' THEN 2 ELSE 1 END DESC" \
    "            LIMIT 1), '')," \
    " CASE WHEN casedesk.my_role() IS DISTINCT FROM 'staff' THEN 0" \
    "      WHEN t.lead_unit_id = casedesk.my_unit_id() THEN 1 ELSE 2 END"
#define TASK_ROW_NCOLS 15
#define TASK_ROW_FROM \
    " FROM casedesk.task t JOIN casedesk.unit u ON u.id = t.lead_unit_id"

#define OPEN_STATUSES "('assigned','signed','in_progress','returned')"

/* The page's ids first (p), then its rows with the people of those ids. */
static const char board_sql[] =
    "WITH p AS MATERIALIZED (SELECT t.id" TASK_ROW_FROM
    " WHERE ($1::boolean IS NOT TRUE OR t.id IN (SELECT casedesk.my_responsible_task_ids()))"
    "   AND ($2::boolean IS NOT TRUE OR t.lead_unit_id = casedesk.my_unit_id()"
    "        OR t.id IN (SELECT casedesk.my_cohandled_task_ids()))"
    "   AND ($3::boolean IS NOT TRUE OR (t.status IN " OPEN_STATUSES " AND t.deadline < current_date))"
    "   AND ($4::integer IS NULL OR (t.status IN " OPEN_STATUSES
    "        AND t.deadline >= current_date AND t.deadline <= current_date + ($4 * 2 + 14)"
    "        AND casedesk.workdays_between(current_date, t.deadline) <= $4))"
    "   AND ($5::boolean IS NOT TRUE OR t.status = 'reported')"
    "   AND ($6::boolean IS NOT TRUE OR t.status = 'returned')"
    "   AND ($7::boolean IS TRUE OR t.status <> 'closed' OR $9::text = 'closed')"
    "   AND ($8::text IS NULL OR EXISTS (SELECT 1 FROM casedesk.task_card c"
    "                                     WHERE c.task_id = t.id AND c.kind = $8))"
    "   AND ($9::text IS NULL OR t.status = $9)"
    "   AND ($10::text IS NULL OR u.code = $10)"
    "   AND ($11::text IS NULL OR strpos(t.number, upper($11)) > 0"
    "        OR strpos(lower(t.title), lower($11)) > 0)"
    "   AND ($12::date IS NULL OR (t.deadline, t.id) > ($12::date, $13::bigint))"
    " ORDER BY t.deadline, t.id LIMIT $14),"
    " a AS MATERIALIZED (SELECT * FROM casedesk.task_actors(ARRAY(SELECT p.id FROM p)))"
    /* one index probe per row of the page (OFFSET 0: not flattened into a
     * join that scans every task) */
    "SELECT " TASK_ROW_COLS
    " FROM p CROSS JOIN LATERAL (SELECT x.id, x.version, x.number, x.title, x.status, x.level,"
    "        x.source, x.lead_unit_id, x.deadline FROM casedesk.task x WHERE x.id = p.id OFFSET 0) t"
    " JOIN casedesk.unit u ON u.id = t.lead_unit_id LEFT JOIN a ON a.id = t.id"
    " ORDER BY t.deadline, t.id";

static void read_task_row(const PGresult *r, int i, struct task_row *t)
{
    memset(t, 0, sizeof *t);
    t->id = db_cell_ll(r, i, 0);
    t->version = db_cell_int(r, i, 1, 0);
    db_cell_copy(r, i, 2, t->number, sizeof t->number);
    db_cell_copy(r, i, 3, t->title, sizeof t->title);
    db_cell_copy(r, i, 4, t->status, sizeof t->status);
    db_cell_copy(r, i, 5, t->level, sizeof t->level);
    db_cell_copy(r, i, 6, t->source, sizeof t->source);
    db_cell_copy(r, i, 7, t->lead_unit_code, sizeof t->lead_unit_code);
    db_cell_copy(r, i, 8, t->lead_unit_name, sizeof t->lead_unit_name);
    db_cell_copy(r, i, 9, t->responsible, sizeof t->responsible);
    db_cell_copy(r, i, 10, t->deadline, sizeof t->deadline);
    t->workdays_left = db_cell_int(r, i, 11, 0);
    t->percent = db_cell_int(r, i, 12, 0);
    db_cell_copy(r, i, 13, t->worst_card, sizeof t->worst_card);
    t->my_part = db_cell_int(r, i, 14, 0);
}

static const char *flag(int on) { return on ? "true" : NULL; }

static const char *nonempty(const char *s) { return s && *s ? s : NULL; }

int task_board(db_t *db, const struct task_filter *f, struct task_cursor *cur, int limit,
               struct task_page *out)
{
    static const struct task_filter none;
    char due[16], after_id[24], lim[16];
    const char *p[14];
    PGresult *r;
    int i;

    memset(out, 0, sizeof *out);
    if (!f)
        f = &none;
    if (limit <= 0)
        limit = 50;
    snprintf(due, sizeof due, "%d", f->due_within);
    snprintf(after_id, sizeof after_id, "%lld", cur ? cur->id : 0);
    snprintf(lim, sizeof lim, "%d", limit + 1);   /* one extra row tells "more" */
    p[0] = flag(f->mine);
    p[1] = flag(f->my_unit);
    p[2] = flag(f->overdue);
    p[3] = f->due_within > 0 ? due : NULL;
    p[4] = flag(f->awaiting);
    p[5] = flag(f->returned);
    p[6] = flag(f->include_closed);
    p[7] = nonempty(f->card);
    p[8] = nonempty(f->status);
    p[9] = nonempty(f->unit_code);
    p[10] = nonempty(f->text);
    p[11] = cur && cur->deadline[0] ? cur->deadline : NULL;
    p[12] = after_id;
    p[13] = lim;
    r = db_exec(db, board_sql, 14, p);
    if (!r)
        return -1;
    out->n = PQntuples(r);
    if (out->n > limit) {
        out->n = limit;
        out->more = 1;
    }
    out->rows = xcalloc(out->n ? (size_t)out->n : 1, sizeof *out->rows);
    for (i = 0; i < out->n; i++)
        read_task_row(r, i, &out->rows[i]);
    if (cur && out->n > 0) {
        strlcpy_utf8(cur->deadline, out->rows[out->n - 1].deadline, sizeof cur->deadline);
        cur->id = out->rows[out->n - 1].id;
    }
    PQclear(r);
    return 0;
}

void task_page_free(struct task_page *p)
{
    free(p->rows);
    memset(p, 0, sizeof *p);
}

/* ---------------------------------------------------------------- detail */

static const char detail_sql[] =
    "SELECT " TASK_ROW_COLS ","
    " t.description, coalesce(t.return_reason, ''), coalesce(t.close_note, ''),"
    " t.report_interval, coalesce(casedesk.task_next_report_due(t.id)::text, ''),"
    " coalesce(a.created_by, ''), to_char(t.created_at, 'YYYY-MM-DD HH24:MI:SS'),"
    " coalesce((SELECT string_agg(cu.name, '、' ORDER BY cu.code) FROM casedesk.task_unit tu"
    "            JOIN casedesk.unit cu ON cu.id = tu.unit_id WHERE tu.task_id = t.id), ''),"
    " coalesce(a.responsible_login, '')"
    TASK_ROW_FROM
    " LEFT JOIN casedesk.task_actors(ARRAY[$1::bigint]) a ON a.id = t.id"
    " WHERE t.id = $1";

static const char reports_sql[] =
    "SELECT r.id, r.reported_on::text, r.percent, r.final,"
    "       coalesce(casedesk.task_actor('task_report', r.id, 'author_id'), ''),"
    "       coalesce(u.name, ''), r.body"
    "  FROM casedesk.task_report r"
    "  LEFT JOIN casedesk.unit u ON u.id = r.unit_id"
    " WHERE r.task_id = $1 ORDER BY r.reported_on DESC, r.id DESC";

#define EXT_COLS \
    "e.id, e.task_id, t.number, t.title, e.old_deadline::text, e.requested_deadline::text," \
    " e.status, coalesce(casedesk.task_actor('task_extension', e.id, 'requested_by'), '')," \
    " to_char(e.requested_at, 'YYYY-MM-DD HH24:MI:SS')," \
    " coalesce(casedesk.task_actor('task_extension', e.id, 'decided_by'), '')," \
    " coalesce(e.decided_on::text, ''), e.reason," \
    " coalesce(e.decision_note, '')"
#define EXT_FROM \
    " FROM casedesk.task_extension e JOIN casedesk.task t ON t.id = e.task_id"

static const char exts_sql[] =
    "SELECT " EXT_COLS EXT_FROM " WHERE e.task_id = $1 ORDER BY e.id";

static const char cards_sql[] =
    "SELECT c.id, c.kind, u.name, c.deadline::text, c.issued_on::text, c.reason"
    "  FROM casedesk.task_card c JOIN casedesk.unit u ON u.id = c.unit_id"
    " WHERE c.task_id = $1 ORDER BY c.issued_on, c.id";

/* The case or project behind a link may be hidden by its own row security:
 * then the label is just the id.  The party's name comes through the
 * definer function (staff cannot SELECT case_file.party_name, 065). */
static const char links_sql[] =
    "SELECT l.id, coalesce(l.case_id, 0), coalesce(l.project_id, 0),"
    "       coalesce(cf.case_no || ' ' || casedesk.case_party_name(cf.id), p.name,"
    "                '#' || coalesce(l.case_id, l.project_id)::text)"
    "  FROM casedesk.task_link l"
    "  LEFT JOIN casedesk.case_file cf ON cf.id = l.case_id"
    "  LEFT JOIN casedesk.project p ON p.id = l.project_id"
    " WHERE l.task_id = $1 ORDER BY l.id";

static void read_ext_row(const PGresult *r, int i, struct task_ext_row *e)
{
    memset(e, 0, sizeof *e);
    e->id = db_cell_ll(r, i, 0);
    e->task_id = db_cell_ll(r, i, 1);
    db_cell_copy(r, i, 2, e->task_number, sizeof e->task_number);
    db_cell_copy(r, i, 3, e->task_title, sizeof e->task_title);
    db_cell_copy(r, i, 4, e->old_deadline, sizeof e->old_deadline);
    db_cell_copy(r, i, 5, e->requested_deadline, sizeof e->requested_deadline);
    db_cell_copy(r, i, 6, e->status, sizeof e->status);
    db_cell_copy(r, i, 7, e->requested_by, sizeof e->requested_by);
    db_cell_copy(r, i, 8, e->requested_at, sizeof e->requested_at);
    db_cell_copy(r, i, 9, e->decided_by, sizeof e->decided_by);
    db_cell_copy(r, i, 10, e->decided_on, sizeof e->decided_on);
    e->reason = db_cell_dup(r, i, 11);
    e->note = db_cell_dup(r, i, 12);
}

/* Run a per-task query; returns the result or NULL (error recorded). */
static PGresult *by_task(db_t *db, const char *sql, long long id)
{
    char ids[24];
    const char *p[1] = { ids };

    snprintf(ids, sizeof ids, "%lld", id);
    return db_exec(db, sql, 1, p);
}

static int load_children(db_t *db, long long id, struct task_detail *d)
{
    PGresult *r;
    int i;

    if (!(r = by_task(db, reports_sql, id)))
        return -1;
    d->n_reports = PQntuples(r);
    d->reports = xcalloc((size_t)d->n_reports + 1, sizeof *d->reports);
    for (i = 0; i < d->n_reports; i++) {
        struct task_report_row *x = &d->reports[i];
        x->id = db_cell_ll(r, i, 0);
        db_cell_copy(r, i, 1, x->reported_on, sizeof x->reported_on);
        x->percent = db_cell_int(r, i, 2, 0);
        x->final = db_cell_bool(r, i, 3);
        db_cell_copy(r, i, 4, x->author, sizeof x->author);
        db_cell_copy(r, i, 5, x->unit, sizeof x->unit);
        x->body = db_cell_dup(r, i, 6);
    }
    PQclear(r);

    if (!(r = by_task(db, exts_sql, id)))
        return -1;
    d->n_exts = PQntuples(r);
    d->exts = xcalloc((size_t)d->n_exts + 1, sizeof *d->exts);
    for (i = 0; i < d->n_exts; i++)
        read_ext_row(r, i, &d->exts[i]);
    PQclear(r);

    if (!(r = by_task(db, cards_sql, id)))
        return -1;
    d->n_cards = PQntuples(r);
    d->cards = xcalloc((size_t)d->n_cards + 1, sizeof *d->cards);
    for (i = 0; i < d->n_cards; i++) {
        struct task_card_row *c = &d->cards[i];
        c->id = db_cell_ll(r, i, 0);
        db_cell_copy(r, i, 1, c->kind, sizeof c->kind);
        db_cell_copy(r, i, 2, c->unit, sizeof c->unit);
        db_cell_copy(r, i, 3, c->deadline, sizeof c->deadline);
        db_cell_copy(r, i, 4, c->issued_on, sizeof c->issued_on);
        db_cell_copy(r, i, 5, c->reason, sizeof c->reason);
    }
    PQclear(r);

    if (!(r = by_task(db, links_sql, id)))
        return -1;
    d->n_links = PQntuples(r);
    d->links = xcalloc((size_t)d->n_links + 1, sizeof *d->links);
    for (i = 0; i < d->n_links; i++) {
        struct task_link_row *l = &d->links[i];
        l->id = db_cell_ll(r, i, 0);
        l->case_id = db_cell_ll(r, i, 1);
        l->project_id = db_cell_ll(r, i, 2);
        db_cell_copy(r, i, 3, l->label, sizeof l->label);
    }
    PQclear(r);
    return 0;
}

int task_detail_load(db_t *db, long long id, struct task_detail *d)
{
    PGresult *r;
    const int c = TASK_ROW_NCOLS;

    memset(d, 0, sizeof *d);
    if (!(r = by_task(db, detail_sql, id)))
        return -1;
    if (PQntuples(r) == 0) {
        PQclear(r);
        return 0;
    }
    read_task_row(r, 0, &d->t);
    d->description = db_cell_dup(r, 0, c);
    d->return_reason = db_cell_dup(r, 0, c + 1);
    d->close_note = db_cell_dup(r, 0, c + 2);
    d->report_interval = db_cell_int(r, 0, c + 3, 0);
    db_cell_copy(r, 0, c + 4, d->next_report_due, sizeof d->next_report_due);
    db_cell_copy(r, 0, c + 5, d->created_by, sizeof d->created_by);
    db_cell_copy(r, 0, c + 6, d->created_at, sizeof d->created_at);
    db_cell_copy(r, 0, c + 7, d->cohandling, sizeof d->cohandling);
    db_cell_copy(r, 0, c + 8, d->responsible_login, sizeof d->responsible_login);
    PQclear(r);
    if (load_children(db, id, d) < 0) {
        task_detail_free(d);
        return -1;
    }
    return 1;
}

void task_ext_rows_free(struct task_ext_row *rows, int n)
{
    int i;

    for (i = 0; rows && i < n; i++) {
        free(rows[i].reason);
        free(rows[i].note);
    }
    free(rows);
}

void task_detail_free(struct task_detail *d)
{
    int i;

    free(d->description);
    free(d->return_reason);
    free(d->close_note);
    for (i = 0; d->reports && i < d->n_reports; i++)
        free(d->reports[i].body);
    free(d->reports);
    task_ext_rows_free(d->exts, d->n_exts);
    free(d->cards);
    free(d->links);
    memset(d, 0, sizeof *d);
}

/* Supervisors' queue of extension requests awaiting a decision.  The home
 * screen shows ten: LIMIT lets the plan walk the pending rows in order and
 * stop (all 1,895 of them were read, and each one's task, at scale 200).
 * Without the actors' names, which the home does not show: their two
 * task_actor() calls per row made this the slowest query of a
 * supervisor's start (7-10 ms in a new session at scale 200, 2.6 without). */
int task_pending_extensions(db_t *db, int limit, struct task_ext_row **rows, int *n)
{
    static const char sql[] =
        "SELECT e.id, e.task_id, t.number, t.title, e.old_deadline::text, e.requested_deadline::text,"
        "       e.status, '', to_char(e.requested_at, 'YYYY-MM-DD HH24:MI:SS'), '',"
        "       coalesce(e.decided_on::text, ''), e.reason, coalesce(e.decision_note, '')"
        EXT_FROM " WHERE e.status = 'pending' ORDER BY e.requested_at, e.id LIMIT $1::bigint";
    char lim[16];
    const char *params[1] = { NULL };
    PGresult *r;
    int i;

    if (limit > 0) { snprintf(lim, sizeof lim, "%d", limit); params[0] = lim; }
    r = db_exec(db, sql, 1, params);

    *rows = NULL;
    *n = 0;
    if (!r)
        return -1;
    *n = PQntuples(r);
    *rows = xcalloc((size_t)*n + 1, sizeof **rows);
    for (i = 0; i < *n; i++)
        read_ext_row(r, i, &(*rows)[i]);
    PQclear(r);
    return 0;
}

/* ---------------------------------------------------------------- labels */

struct label { const char *code; const char *text; };

static const char *lookup(const struct label *t, size_t n, const char *code)
{
    size_t i;

    for (i = 0; code && i < n; i++)
        if (strcmp(t[i].code, code) == 0)
            return _(t[i].text);
    return code ? code : "";
}

const char *task_status_label(const char *status)
{
    static const struct label t[] = {
        { "assigned", N_("Assigned") }, { "signed", N_("Signed for") },
        { "in_progress", N_("In progress") }, { "reported", N_("Reported done") },
        { "returned", N_("Returned") }, { "closed", N_("Closed") },
    };
    return lookup(t, ARRAY_SIZE(t), status);
}

const char *task_level_label(const char *level)
{
    static const struct label t[] = {
        { "normal", N_("Normal") }, { "key", N_("Key") }, { "listed", N_("Listed") },
    };
    return lookup(t, ARRAY_SIZE(t), level);
}

const char *task_source_label(const char *source)
{
    static const struct label t[] = {
        { "meeting", N_("Meeting") }, { "leader", N_("Leader's instruction") },
        { "target", N_("Target agreement") }, { "inspection", N_("Inspection") },
    };
    return lookup(t, ARRAY_SIZE(t), source);
}

const char *task_card_label(const char *kind)
{
    static const struct label t[] = {
        { "warning", N_("Warning") }, { "yellow", N_("Yellow card") }, { "red", N_("Red card") },
    };
    return lookup(t, ARRAY_SIZE(t), kind);
}
