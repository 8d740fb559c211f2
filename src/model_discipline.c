/* model_discipline.c — discipline records over the SQL functions of
 * sql/030-033.  No curses.  Every statement is parameterised; arrays of ids
 * are passed as one bigint[] literal built from numbers only. */
#include "config.h"
#include "model_discipline.h"
#include "i18n.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

const char *const disc_categories[] = {
    "soliciting", "favouritism", "leaking", "abuse", "inaction", "reckless", "other", NULL,
};
const char *const disc_dispositions[] = {
    "no_violation", "reminder_talk", "criticism", "warning", "serious_warning",
    "removal", "judicial_referral", NULL,
};
const char *const disc_statuses[] = {
    "received", "preliminary_review", "talk_letter", "investigation", "set_aside", "concluded", NULL,
};

struct label { const char *code, *text; };

static const struct label labels[] = {
    { "soliciting", N_("Soliciting or taking favours") },
    { "favouritism", N_("Favouring relatives and friends") },
    { "leaking", N_("Leaking information") },
    { "abuse", N_("Abuse of power for gain") },
    { "inaction", N_("Inaction (failure to act)") },
    { "reckless", N_("Reckless action") },
    { "other", N_("Other misconduct") },
    { "no_violation", N_("No violation found") },
    { "reminder_talk", N_("Reminder talk") },
    { "criticism", N_("Criticism and education") },
    { "warning", N_("Disciplinary warning") },
    { "serious_warning", N_("Serious disciplinary warning") },
    { "removal", N_("Removal from post") },
    { "judicial_referral", N_("Referred to judicial organs") },
    { "received", N_("Flag received") },
    { "preliminary_review", N_("Preliminary review") },
    { "talk_letter", N_("Talk or letter inquiry") },
    { "investigation", N_("Under investigation") },
    { "set_aside", N_("Set aside") },
    { "concluded", N_("Disposition recorded") },
};

static const char *label(const char *code)
{
    if (!code)
        return "";
    for (size_t i = 0; i < ARRAY_SIZE(labels); i++)
        if (strcmp(labels[i].code, code) == 0)
            return _(labels[i].text);
    return code;
}

const char *disc_category_label(const char *code) { return label(code); }
const char *disc_disposition_label(const char *code) { return label(code); }
const char *disc_status_label(const char *code) { return label(code); }

/* "{1,2,3}" or NULL for an empty list: numbers only, never user text. */
static char *id_array(const long long *ids, int n)
{
    if (!ids || n <= 0)
        return NULL;
    size_t cap = (size_t)n * 21 + 3, len = 0;
    char *s = xmalloc(cap);
    s[len++] = '{';
    for (int i = 0; i < n; i++)
        len += (size_t)snprintf(s + len, cap - len, "%s%lld", i ? "," : "", ids[i]);
    snprintf(s + len, cap - len, "}");
    return s;
}

/* Parse "{1,2}" into a fresh array. */
static long long *parse_ids(const char *s, int *n)
{
    long long *ids = NULL;
    *n = 0;
    for (const char *p = s; p && *p; ) {
        char *end;
        long long v = strtoll(p, &end, 10);
        if (end != p) {
            ids = xrealloc(ids, sizeof *ids * (size_t)(*n + 1));
            ids[(*n)++] = v;
            p = end;
        } else {
            p++;
        }
    }
    return ids;
}

/* ---- the read protocol (functions/030_discipline.sql) ----
 * Content is returned only for a read that is already committed and chained:
 * ask for a token in its own statement (autocommit), seal, wait until the
 * read is on record, then ask for the content with the token. */

static void nap_ms(int ms)
{
    struct timespec ts = { ms / 1000, (long)(ms % 1000) * 1000000L };
    nanosleep(&ts, NULL);
}

/* SQL is "SELECT casedesk.discipline_request(...)" with nparams parameters.
 * Fills token; 0 when the read is on record, -1 on error. */
static int open_read(db_t *db, const char *sql, int nparams, const char *const *params,
                     char *token, size_t tokensz)
{
    char ready[8], n[32];
    /* seal first: flags filed a moment ago become records the read can see */
    if (db_scalar(db, "SELECT casedesk.audit_seal()", 0, NULL, n, sizeof n) < 0
        || db_scalar(db, sql, nparams, params, token, tokensz) != 1)
        return -1;
    const char *p[] = { token };
    for (int i = 0; i < 60; i++) {   /* ~3 s: another client or the watchdog may be sealing */
        if (db_scalar(db, "SELECT casedesk.audit_seal()", 0, NULL, n, sizeof n) < 0)
            return -1;
        if (db_scalar(db, "SELECT casedesk.discipline_read_ready($1)", 1, p, ready, sizeof ready) < 0)
            return -1;
        if (strcmp(ready, "t") == 0)
            return 0;
        nap_ms(50);
    }
    return db_scalar(db, "SELECT casedesk.discipline_read_ready($1)", 1, p, ready, sizeof ready) < 0 ? -1 : 0;
}

static int open_record(db_t *db, const char *kind, long long id, char *token, size_t tokensz)
{
    char ids[24];
    snprintf(ids, sizeof ids, "%lld", id);
    const char *p[] = { kind, ids };
    return open_read(db, "SELECT casedesk.discipline_request($1, jsonb_build_object('id', $2::bigint))",
                     2, p, token, tokensz);
}

int disc_flag(db_t *db, int official_id, const char *category, const char *facts,
              const long long *case_ids, int ncases, const long long *task_ids, int ntasks,
              char *receipt, size_t receiptsz)
{
    char oid[16];
    char *cases = id_array(case_ids, ncases), *tasks = id_array(task_ids, ntasks);
    snprintf(oid, sizeof oid, "%d", official_id);
    const char *p[] = { oid, category, facts, cases, tasks };
    int rc = db_scalar(db, "SELECT casedesk.flag_official($1::int, $2, $3, $4::bigint[], $5::bigint[])",
                       5, p, receipt, receiptsz);
    free(cases);
    free(tasks);
    return rc == 1 ? 0 : -1;
}

int disc_receipt_state(db_t *db, const char *receipt)
{
    char state[16];
    const char *p[] = { receipt };
    if (db_scalar(db, "SELECT casedesk.flag_receipt_status($1)", 1, p, state, sizeof state) < 0)
        return -1;
    if (strcmp(state, "open") == 0)
        return 1;
    return strcmp(state, "closed") == 0 ? 0 : 2;
}

int disc_list(db_t *db, const struct disc_filter *f, long long before_id, int limit,
              struct disc_row **rows, int *n)
{
    char unit[16], off[16], before[24], lim[16];
    snprintf(unit, sizeof unit, "%d", f ? f->unit_id : 0);
    snprintf(off, sizeof off, "%d", f ? f->official_id : 0);
    snprintf(before, sizeof before, "%lld", before_id);
    snprintf(lim, sizeof lim, "%d", limit > 0 ? limit : 50);
    const char *p[] = { f ? f->status : NULL, f ? f->category : NULL,
                        f && f->unit_id ? unit : NULL, f && f->official_id ? off : NULL,
                        before_id > 0 ? before : NULL, lim, f ? f->queue : NULL };
    char token[64];
    if (open_read(db, "SELECT casedesk.discipline_request('list', jsonb_strip_nulls(jsonb_build_object("
                      "'status', $1::text, 'category', $2::text, 'unit_id', $3::int, 'official_id', $4::int,"
                      " 'before_id', $5::bigint, 'limit', $6::int, 'queue', $7::text)))", 7, p, token, sizeof token) < 0)
        return -1;
    const char *t[] = { token };
    PGresult *r = db_exec(db,
        "SELECT id, receipt, official_id, official_name, unit_id, unit_name, category, source, status,"
        " to_char(received_at, 'YYYY-MM-DD HH24:MI'), review_due, overdue, disposition, decision_no, version"
        " FROM casedesk.discipline_list($1)", 1, t);
    if (!r)
        return -1;
    *n = PQntuples(r);
    *rows = xcalloc((size_t)*n + 1, sizeof **rows);
    for (int i = 0; i < *n; i++) {
        struct disc_row *d = &(*rows)[i];
        d->id = db_cell_ll(r, i, 0);
        d->receipt = db_cell_dup(r, i, 1);
        d->official_id = db_cell_int(r, i, 2, 0);
        d->official_name = db_cell_dup(r, i, 3);
        d->unit_id = db_cell_int(r, i, 4, 0);
        d->unit_name = db_cell_dup(r, i, 5);
        d->category = db_cell_dup(r, i, 6);
        d->source = db_cell_dup(r, i, 7);
        d->status = db_cell_dup(r, i, 8);
        d->received_at = db_cell_dup(r, i, 9);
        d->review_due = db_cell_dup(r, i, 10);
        d->overdue = db_cell_bool(r, i, 11);
        d->disposition = db_cell_dup(r, i, 12);
        d->decision_no = db_cell_dup(r, i, 13);
        d->version = db_cell_int(r, i, 14, 0);
    }
    PQclear(r);
    return 0;
}

void disc_rows_free(struct disc_row *rows, int n)
{
    for (int i = 0; rows && i < n; i++) {
        struct disc_row *d = &rows[i];
        free(d->receipt); free(d->official_name); free(d->unit_name); free(d->category);
        free(d->source); free(d->status); free(d->received_at); free(d->review_due);
        free(d->disposition); free(d->decision_no);
    }
    free(rows);
}

int disc_get(db_t *db, long long id, struct disc_detail *d)
{
    char token[64];
    memset(d, 0, sizeof *d);
    if (open_record(db, "record", id, token, sizeof token) < 0)
        return -1;
    const char *p[] = { token };
    PGresult *r = db_exec(db,
        "SELECT id, receipt, official_id, official_name, official_login, unit_id, unit_name, category,"
        " facts, source, status, to_char(received_at, 'YYYY-MM-DD HH24:MI'), review_started_on,"
        " review_due, reviewer_name, note, disposition, disposition_on, decision_no, decided_by_name,"
        " to_char(closed_at, 'YYYY-MM-DD HH24:MI'), flagger_name, flagger_unit, case_ids, task_ids, version"
        " FROM casedesk.discipline_get($1)", 1, p);
    if (!r)
        return -1;
    if (PQntuples(r) == 0) {
        PQclear(r);
        return 0;
    }
    char **text[] = { &d->receipt, NULL, &d->official_name, &d->official_login, NULL, &d->unit_name,
                      &d->category, &d->facts, &d->source, &d->status, &d->received_at,
                      &d->review_started_on, &d->review_due, &d->reviewer_name, &d->note,
                      &d->disposition, &d->disposition_on, &d->decision_no, &d->decided_by_name,
                      &d->closed_at, &d->flagger_name, &d->flagger_unit };
    d->id = db_cell_ll(r, 0, 0);
    for (size_t c = 0; c < ARRAY_SIZE(text); c++)
        if (text[c])
            *text[c] = db_cell_dup(r, 0, (int)c + 1);
    d->official_id = db_cell_int(r, 0, 2, 0);
    d->unit_id = db_cell_int(r, 0, 5, 0);
    d->case_ids = parse_ids(db_cell(r, 0, 23), &d->ncases);
    d->task_ids = parse_ids(db_cell(r, 0, 24), &d->ntasks);
    d->version = db_cell_int(r, 0, 25, 0);
    PQclear(r);
    return 1;
}

void disc_detail_free(struct disc_detail *d)
{
    char *text[] = { d->receipt, d->official_name, d->official_login, d->unit_name, d->category,
                     d->facts, d->source, d->status, d->received_at, d->review_started_on,
                     d->review_due, d->reviewer_name, d->note, d->disposition, d->disposition_on,
                     d->decision_no, d->decided_by_name, d->closed_at, d->flagger_name, d->flagger_unit };
    for (size_t i = 0; i < ARRAY_SIZE(text); i++)
        free(text[i]);
    free(d->case_ids);
    free(d->task_ids);
    memset(d, 0, sizeof *d);
}

/* The version on screen, or NULL when the caller does not check it. */
static const char *version_param(char *buf, size_t sz, int version)
{
    if (version <= 0)
        return NULL;
    snprintf(buf, sz, "%d", version);
    return buf;
}

int disc_start_review(db_t *db, long long id, const char *due, int version)
{
    char ids[24], v[16];
    snprintf(ids, sizeof ids, "%lld", id);
    const char *p[] = { ids, due && *due ? due : NULL, version_param(v, sizeof v, version) };
    return db_command(db, "SELECT casedesk.discipline_start_review($1::bigint, $2::date, $3::int)", 3, p);
}

int disc_route(db_t *db, long long id, const char *to, const char *note, int version)
{
    char ids[24], v[16];
    snprintf(ids, sizeof ids, "%lld", id);
    const char *p[] = { ids, to, note, version_param(v, sizeof v, version) };
    return db_command(db, "SELECT casedesk.discipline_route($1::bigint, $2, $3, $4::int)", 4, p);
}

int disc_conclude(db_t *db, long long id, const char *disposition, const char *decided_on,
                  const char *decision_no, const char *note, int version)
{
    char ids[24], v[16];
    snprintf(ids, sizeof ids, "%lld", id);
    const char *p[] = { ids, disposition, decided_on && *decided_on ? decided_on : NULL, decision_no,
                        note, version_param(v, sizeof v, version) };
    return db_command(db, "SELECT casedesk.discipline_conclude($1::bigint, $2, $3::date, $4, $5, $6::int)",
                      6, p);
}

int disc_evidence(db_t *db, int official_id, struct disc_evidence **rows, int *n)
{
    char oid[16], token[64];
    snprintf(oid, sizeof oid, "%d", official_id);
    const char *q[] = { oid };
    if (open_read(db, "SELECT casedesk.discipline_request('evidence', jsonb_build_object('official_id', $1::int))",
                  1, q, token, sizeof token) < 0)
        return -1;
    const char *p[] = { token };
    PGresult *r = db_exec(db, "SELECT kind, ref_id, ref_no, on_date, state, summary"
                              " FROM casedesk.official_evidence($1)", 1, p);
    if (!r)
        return -1;
    *n = PQntuples(r);
    *rows = xcalloc((size_t)*n + 1, sizeof **rows);
    for (int i = 0; i < *n; i++) {
        struct disc_evidence *e = &(*rows)[i];
        e->kind = db_cell_dup(r, i, 0);
        e->ref_id = db_cell_ll(r, i, 1);
        e->ref_no = db_cell_dup(r, i, 2);
        e->on_date = db_cell_dup(r, i, 3);
        e->state = db_cell_dup(r, i, 4);
        e->summary = db_cell_dup(r, i, 5);
    }
    PQclear(r);
    return 0;
}

void disc_evidence_free(struct disc_evidence *rows, int n)
{
    for (int i = 0; rows && i < n; i++) {
        free(rows[i].kind); free(rows[i].ref_no); free(rows[i].on_date);
        free(rows[i].state); free(rows[i].summary);
    }
    free(rows);
}

/* ---- the directory, receipts, references, history, reports ---- */

static void fill_official(PGresult *r, int i, struct disc_official *o)
{
    o->id = db_cell_int(r, i, 0, 0);
    o->name = db_cell_dup(r, i, 1);
    o->login = db_cell_dup(r, i, 2);
    o->unit_name = db_cell_dup(r, i, 3);
}

int disc_official_find(db_t *db, const char *text, int limit, struct disc_official **rows, int *n)
{
    char lim[16];
    snprintf(lim, sizeof lim, "%d", limit > 0 ? limit : 50);
    const char *p[] = { text ? text : "", lim };
    /* strpos, not LIKE: the typed text is data, never a pattern */
    PGresult *r = db_exec(db,
        "SELECT o.id, o.name, o.login, u.name FROM casedesk.official o"
        " JOIN casedesk.unit u ON u.id = o.unit_id"
        " WHERE NOT o.disabled AND btrim($1) <> ''"
        "   AND (strpos(o.name, btrim($1)) > 0 OR o.login = btrim($1))"
        " ORDER BY o.name <> btrim($1), o.name, o.id LIMIT $2::int", 2, p);
    if (!r)
        return -1;
    *n = PQntuples(r);
    *rows = xcalloc((size_t)*n + 1, sizeof **rows);
    for (int i = 0; i < *n; i++)
        fill_official(r, i, &(*rows)[i]);
    PQclear(r);
    return 0;
}

int disc_official_get(db_t *db, int id, struct disc_official *o)
{
    char ids[16];
    snprintf(ids, sizeof ids, "%d", id);
    const char *p[] = { ids };
    memset(o, 0, sizeof *o);
    PGresult *r = db_exec(db,
        "SELECT o.id, o.name, o.login, u.name FROM casedesk.official o"
        " JOIN casedesk.unit u ON u.id = o.unit_id WHERE o.id = $1::int AND NOT o.disabled", 1, p);
    if (!r)
        return -1;
    int found = PQntuples(r) > 0;
    if (found)
        fill_official(r, 0, o);
    PQclear(r);
    return found;
}

void disc_official_clear(struct disc_official *o)
{
    free(o->name); free(o->login); free(o->unit_name);
    memset(o, 0, sizeof *o);
}

void disc_officials_free(struct disc_official *rows, int n)
{
    for (int i = 0; rows && i < n; i++)
        disc_official_clear(&rows[i]);
    free(rows);
}

int disc_my_receipts(db_t *db, struct disc_receipt **rows, int *n)
{
    PGresult *r = db_exec(db, "SELECT receipt, filed_on, state FROM casedesk.my_flag_receipts()", 0, NULL);
    if (!r)
        return -1;
    *n = PQntuples(r);
    *rows = xcalloc((size_t)*n + 1, sizeof **rows);
    for (int i = 0; i < *n; i++) {
        (*rows)[i].receipt = db_cell_dup(r, i, 0);
        (*rows)[i].filed_on = db_cell_dup(r, i, 1);
        (*rows)[i].open = strcmp(db_cell(r, i, 2), "open") == 0;
    }
    PQclear(r);
    return 0;
}

void disc_receipts_free(struct disc_receipt *rows, int n)
{
    for (int i = 0; rows && i < n; i++) {
        free(rows[i].receipt);
        free(rows[i].filed_on);
    }
    free(rows);
}

int disc_ref_id(db_t *db, const char *kind, const char *text, long long *id)
{
    char out[24];
    const char *p[] = { text };
    const char *sql = strcmp(kind, "task") == 0
        ? "SELECT id FROM casedesk.task WHERE number = upper(btrim($1))"
          " OR (btrim($1) ~ '^[0-9]{1,18}$' AND id = btrim($1)::bigint) LIMIT 1"
        : "SELECT id FROM casedesk.case_file WHERE case_no = upper(btrim($1))"
          " OR (btrim($1) ~ '^[0-9]{1,18}$' AND id = btrim($1)::bigint) LIMIT 1";
    int rc = db_scalar(db, sql, 1, p, out, sizeof out);
    if (rc == 1)
        *id = strtoll(out, NULL, 10);
    return rc;
}

int disc_history(db_t *db, long long id, struct disc_event **rows, int *n)
{
    char token[64];
    if (open_record(db, "history", id, token, sizeof token) < 0)
        return -1;
    const char *p[] = { token };
    PGresult *r = db_exec(db,
        "SELECT to_char(at, 'YYYY-MM-DD HH24:MI'), login, op, from_status, to_status, detail"
        " FROM casedesk.discipline_history($1)", 1, p);
    if (!r)
        return -1;
    *n = PQntuples(r);
    *rows = xcalloc((size_t)*n + 1, sizeof **rows);
    for (int i = 0; i < *n; i++) {
        struct disc_event *e = &(*rows)[i];
        e->at = db_cell_dup(r, i, 0);
        e->login = db_cell_dup(r, i, 1);
        e->op = db_cell_dup(r, i, 2);
        e->from_status = db_cell_dup(r, i, 3);
        e->to_status = db_cell_dup(r, i, 4);
        e->detail = db_cell_dup(r, i, 5);
    }
    PQclear(r);
    return 0;
}

void disc_events_free(struct disc_event *rows, int n)
{
    for (int i = 0; rows && i < n; i++) {
        free(rows[i].at); free(rows[i].login); free(rows[i].op);
        free(rows[i].from_status); free(rows[i].to_status); free(rows[i].detail);
    }
    free(rows);
}

int disc_report_table(db_t *db, enum disc_report which, struct disc_table *t)
{
    static const char *const sql[] = {
        "SELECT unit_code, unit_name, category, open_count"
        " FROM casedesk.discipline_open_by_category_unit($1)",
        "SELECT id, official_name, unit_name, category, review_due, days_overdue"
        " FROM casedesk.discipline_overdue_reviews($1)",
        "SELECT official_id, official_name, unit_name, flags, open_flags, sanctions, categories"
        " FROM casedesk.discipline_repeat_officials($1)",
    };
    static const char *const name[] = { "open_by_category_unit", "overdue_reviews", "repeat_officials" };
    char token[64];
    memset(t, 0, sizeof *t);
    const char *q[] = { name[which] };
    if (open_read(db, "SELECT casedesk.discipline_request('report', jsonb_build_object('name', $1::text, 'min', 2))",
                  1, q, token, sizeof token) < 0)
        return -1;
    const char *p[] = { token };
    PGresult *r = db_exec(db, sql[which], 1, p);
    if (!r)
        return -1;
    t->nrows = PQntuples(r);
    t->ncols = PQnfields(r);
    t->cells = xcalloc((size_t)t->nrows * (size_t)t->ncols + 1, sizeof *t->cells);
    for (int i = 0; i < t->nrows; i++)
        for (int c = 0; c < t->ncols; c++)
            t->cells[i * t->ncols + c] = db_cell_dup(r, i, c);
    PQclear(r);
    return 0;
}

const char *disc_table_cell(const struct disc_table *t, int row, int col)
{
    if (row < 0 || row >= t->nrows || col < 0 || col >= t->ncols)
        return "";
    return t->cells[row * t->ncols + col];
}

void disc_table_free(struct disc_table *t)
{
    for (int i = 0; t->cells && i < t->nrows * t->ncols; i++)
        free(t->cells[i]);
    free(t->cells);
    memset(t, 0, sizeof *t);
}

