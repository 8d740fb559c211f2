/* model_task_ops.c — task transitions, save with version check, and the
 * "my work" figures of the home screen.  No curses.
 *
 * Each transition is one call of a SECURITY DEFINER function in sql/023-025
 * that checks role, unit, state and version itself; a refusal comes back as
 * the database's sentence in db_errmsg(). */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model_task.h"
#include "util.h"

struct num { char s[24]; };

static const char *lld(struct num *n, long long v)
{
    snprintf(n->s, sizeof n->s, "%lld", v);
    return n->s;
}

static const char *itoa_(struct num *n, int v)
{
    snprintf(n->s, sizeof n->s, "%d", v);
    return n->s;
}

/* Run a statement returning one integer (a new version or an id). */
static int call_ll(db_t *db, const char *sql, int np, const char *const *p, long long *out)
{
    char buf[32];
    int rc = db_scalar(db, sql, np, p, buf, sizeof buf);

    if (rc < 0)
        return -1;
    if (out)
        *out = rc > 0 ? strtoll(buf, NULL, 10) : 0;
    return 0;
}

static int call_version(db_t *db, const char *sql, int np, const char *const *p, int *new_version)
{
    long long v;

    if (call_ll(db, sql, np, p, &v) < 0)
        return -1;
    if (new_version)
        *new_version = (int)v;
    return 0;
}

int task_create(db_t *db, const struct task_new *n, long long *id_out)
{
    static const char sql[] =
        "SELECT casedesk.task_create($1, $2, $3::date, coalesce($4, ''), coalesce($5, 'meeting'),"
        " coalesce($6, 'normal'), coalesce($7::integer, 5), $8,"
        " coalesce(string_to_array(nullif($9, ''), ','), '{}'))";
    struct num ri;
    char *co = NULL;
    const char *p[9];
    int rc, i;

    /* Unit codes cannot contain commas (unit_code_format), so a comma list
     * is an unambiguous way to pass the array as one parameter. */
    for (i = 0; n->cohandling && n->cohandling[i]; i++) {
        char *next = co ? xasprintf("%s,%s", co, n->cohandling[i]) : xstrdup(n->cohandling[i]);
        free(co);
        co = next;
    }
    p[0] = n->title;
    p[1] = n->lead_unit_code;
    p[2] = n->deadline;
    p[3] = n->description;
    p[4] = n->source;
    p[5] = n->level;
    p[6] = n->report_interval > 0 ? itoa_(&ri, n->report_interval) : NULL;
    p[7] = n->responsible && *n->responsible ? n->responsible : NULL;
    p[8] = co;
    rc = call_ll(db, sql, 9, p, id_out);
    free(co);
    return rc;
}

int task_sign(db_t *db, long long id, int version, int *new_version)
{
    struct num a, b;
    const char *p[2] = { lld(&a, id), itoa_(&b, version) };

    return call_version(db, "SELECT casedesk.task_sign($1, $2)", 2, p, new_version);
}

int task_add_report(db_t *db, long long id, const char *body, int percent, long long *report_id)
{
    struct num a, b;
    const char *p[3] = { lld(&a, id), body, itoa_(&b, percent) };

    return call_ll(db, "SELECT casedesk.task_add_report($1, $2, $3)", 3, p, report_id);
}

int task_submit(db_t *db, long long id, int version, const char *body, int *new_version)
{
    struct num a, b;
    const char *p[3] = { lld(&a, id), itoa_(&b, version), body };

    return call_version(db, "SELECT casedesk.task_submit($1, $2, $3)", 3, p, new_version);
}

int task_return(db_t *db, long long id, int version, const char *reason, int *new_version)
{
    struct num a, b;
    const char *p[3] = { lld(&a, id), itoa_(&b, version), reason };

    return call_version(db, "SELECT casedesk.task_return($1, $2, $3)", 3, p, new_version);
}

int task_close(db_t *db, long long id, int version, const char *note, int *new_version)
{
    struct num a, b;
    const char *p[3] = { lld(&a, id), itoa_(&b, version), note };

    return call_version(db, "SELECT casedesk.task_close($1, $2, $3)", 3, p, new_version);
}

int task_reassign(db_t *db, long long id, int version, const char *unit_code,
                  const char *responsible, int *new_version)
{
    struct num a, b;
    const char *p[4] = { lld(&a, id), itoa_(&b, version), unit_code, responsible };

    return call_version(db, "SELECT casedesk.task_reassign($1, $2, $3, $4)", 4, p, new_version);
}

int task_set_deadline(db_t *db, long long id, int version, const char *deadline, int *new_version)
{
    struct num a, b;
    const char *p[3] = { lld(&a, id), itoa_(&b, version), deadline };

    return call_version(db, "SELECT casedesk.task_set_deadline($1, $2, $3::date)", 3, p, new_version);
}

int task_add_unit(db_t *db, long long id, const char *unit_code)
{
    struct num a;
    const char *p[2] = { lld(&a, id), unit_code };

    return call_ll(db, "SELECT casedesk.task_add_unit($1, $2)", 2, p, NULL);
}

int task_remove_unit(db_t *db, long long id, const char *unit_code)
{
    struct num a;
    const char *p[2] = { lld(&a, id), unit_code };

    return db_command(db, "SELECT casedesk.task_remove_unit($1, $2)", 2, p);
}

int task_request_extension(db_t *db, long long id, const char *deadline, const char *reason,
                           long long *ext_id)
{
    struct num a;
    const char *p[3] = { lld(&a, id), deadline, reason };

    return call_ll(db, "SELECT casedesk.task_request_extension($1, $2::date, $3)", 3, p, ext_id);
}

int task_extension_check(db_t *db, long long id, const char *deadline, char *err, size_t errsz)
{
    struct num a;
    const char *p[2] = { lld(&a, id), deadline };

    if (db_command(db, "SELECT casedesk.task_extension_check($1, $2::date)", 2, p) == 0) return 0;
    if (err && errsz) snprintf(err, errsz, "%s", db_errmsg(db));
    return -1;
}

int task_decide_extension(db_t *db, long long ext_id, int approve, const char *note)
{
    struct num a;
    const char *p[3] = { lld(&a, ext_id), approve ? "true" : "false", note };

    return call_ll(db, "SELECT casedesk.task_decide_extension($1, $2::boolean, $3)", 3, p, NULL);
}

int task_link_case(db_t *db, long long id, long long case_id)
{
    struct num a, b;
    const char *p[2] = { lld(&a, id), lld(&b, case_id) };

    return call_ll(db, "SELECT casedesk.task_link_case($1, $2)", 2, p, NULL);
}

int task_link_project(db_t *db, long long id, long long project_id)
{
    struct num a, b;
    const char *p[2] = { lld(&a, id), lld(&b, project_id) };

    return call_ll(db, "SELECT casedesk.task_link_project($1, $2::integer)", 2, p, NULL);
}

int task_unlink(db_t *db, long long link_id)
{
    struct num a;
    const char *p[1] = { lld(&a, link_id) };

    return db_command(db, "SELECT casedesk.task_unlink($1)", 1, p);
}

int task_escalate(db_t *db, const char *today, int *cards)
{
    const char *p[1] = { today && *today ? today : NULL };

    return call_version(db, "SELECT casedesk.task_escalate(coalesce($1::date, current_date))",
                        1, p, cards);
}

/* The lazy, once-a-day run a session does at start (see sql/054). */
int task_escalate_daily(db_t *db, int *cards)
{
    return call_version(db, "SELECT casedesk.task_escalate_daily()", 0, NULL, cards);
}

/* ------------------------------------------------------------------ save */

/* Who changed the task last, from the audit trail (through row_history,
 * open to every role for the rows it can read).  If it cannot be read we
 * simply do not know. */
static void last_changer(db_t *db, long long id, struct task_conflict *c)
{
    static const char sql[] =
        "SELECT h.login || coalesce(' (' || h.who || ')', ''),"
        "       to_char(h.at, 'YYYY-MM-DD HH24:MI:SS')"
        "  FROM casedesk.row_history('task', $1::bigint) h ORDER BY h.audit_id DESC LIMIT 1";
    struct num a;
    const char *p[1] = { lld(&a, id) };
    char sealed[32];
    if (!db_in_transaction(db))   /* chain the other's save (in a transaction it would hold the sealer) */
        (void)db_scalar(db, "SELECT casedesk.audit_seal()", 0, NULL, sealed, sizeof sealed);
    PGresult *r = db_exec(db, sql, 1, p);

    if (r && PQntuples(r) > 0) {
        db_cell_copy(r, 0, 0, c->changed_by, sizeof c->changed_by);
        db_cell_copy(r, 0, 1, c->changed_at, sizeof c->changed_at);
    }
    if (r)
        PQclear(r);
}

int task_save(db_t *db, long long id, int version, const struct task_edit *e,
              int *new_version, struct task_conflict *c)
{
    /* An unknown login becomes -1 so the foreign key refuses it instead of
     * silently clearing the responsible official. */
    static const char sql[] =
        "UPDATE casedesk.task SET title = $3, description = coalesce($4, ''),"
        "       source = $5, level = $6, report_interval = $7::integer,"
        "       responsible_id = CASE WHEN coalesce($8, '') = '' THEN NULL ELSE"
        "           coalesce((SELECT o.id FROM casedesk.official o WHERE o.login = $8), -1) END"
        " WHERE id = $1 AND version = $2 RETURNING version";
    struct num a, b, ri;
    const char *p[8];
    char buf[32];
    int rc;

    p[0] = lld(&a, id);
    p[1] = itoa_(&b, version);
    p[2] = e->title;
    p[3] = e->description;
    p[4] = e->source;
    p[5] = e->level;
    p[6] = itoa_(&ri, e->report_interval);
    p[7] = e->responsible;
    rc = db_scalar(db, sql, 8, p, buf, sizeof buf);
    if (rc < 0)
        return -1;
    if (rc > 0) {
        if (new_version)
            *new_version = (int)strtol(buf, NULL, 10);
        return 0;
    }
    /* Nothing updated: either someone saved first, or the row is gone or
     * no longer ours to see.  Tell the two apart for the form. */
    memset(c, 0, sizeof *c);
    rc = task_detail_load(db, id, &c->theirs);
    if (rc < 0)
        return -1;
    c->gone = rc == 0;
    if (!c->gone)
        last_changer(db, id, c);
    return 1;
}

void task_conflict_free(struct task_conflict *c)
{
    task_detail_free(&c->theirs);
}

/* -------------------------------------------------------------- my work */

/* One round trip each, through the definer functions of
 * sql/functions/170_home_counts.sql: they apply the caller's scope inside
 * and read the caller's own tasks by index.  Counting through the staff
 * policy scanned every task (≈ 460 ms at scale 200); the supervisor's
 * per-unit counts fetched each unit's tasks from the heap (≈ 165 ms). */
int task_home_staff(db_t *db, struct task_home_staff *h)
{
    PGresult *r = db_exec(db,
        "SELECT to_sign, due_soon, overdue, returned, report_due, unread, open_cases"
        " FROM casedesk.home_staff_counts()", 0, NULL);

    memset(h, 0, sizeof *h);
    if (!r)
        return -1;
    h->to_sign = db_cell_int(r, 0, 0, 0);
    h->due_soon = db_cell_int(r, 0, 1, 0);
    h->overdue = db_cell_int(r, 0, 2, 0);
    h->returned = db_cell_int(r, 0, 3, 0);
    h->report_due = db_cell_int(r, 0, 4, 0);
    h->unread = db_cell_int(r, 0, 5, 0);
    /* -1: cases cannot be counted for this login; the line is left out. */
    h->open_cases = db_cell_int(r, 0, 6, -1);
    PQclear(r);
    return 0;
}

int task_home_supervisor(db_t *db, struct task_home_supervisor *h)
{
    /* The totals repeat on every unit row: one statement, one round trip. */
    static const char sql[] =
        "SELECT c.awaiting, c.pending_extensions, c.overdue, c.unread,"
        "       u.unit_code, u.unit_name, u.open, u.overdue, u.yellow, u.red"
        "  FROM casedesk.home_supervisor_counts() c"
        "  LEFT JOIN ROWS FROM (casedesk.home_unit_overdue()) WITH ORDINALITY"
        "       AS u(unit_code, unit_name, open, overdue, yellow, red, n) ON true"
        " ORDER BY u.n";
    PGresult *r = db_exec(db, sql, 0, NULL);
    int i, n;

    memset(h, 0, sizeof *h);
    if (!r)
        return -1;
    n = PQntuples(r);
    h->awaiting = db_cell_int(r, 0, 0, 0);
    h->pending_extensions = db_cell_int(r, 0, 1, 0);
    h->overdue = db_cell_int(r, 0, 2, 0);
    h->unread = db_cell_int(r, 0, 3, 0);
    h->units = xcalloc((size_t)n + 1, sizeof *h->units);
    for (i = 0; i < n; i++) {
        struct task_unit_overdue *u;
        if (PQgetisnull(r, i, 4))
            continue;                      /* no unit rows: the one totals row */
        u = &h->units[h->n_units++];
        db_cell_copy(r, i, 4, u->unit_code, sizeof u->unit_code);
        db_cell_copy(r, i, 5, u->unit_name, sizeof u->unit_name);
        u->open = db_cell_int(r, i, 6, 0);
        u->overdue = db_cell_int(r, i, 7, 0);
        u->yellow = db_cell_int(r, i, 8, 0);
        u->red = db_cell_int(r, i, 9, 0);
    }
    PQclear(r);
    return 0;
}

void task_home_supervisor_free(struct task_home_supervisor *h)
{
    free(h->units);
    memset(h, 0, sizeof *h);
}
