/* model_case.c — typed access to cases.  Every statement is parameterised;
 * the few SQL texts assembled here are built from constant fragments only
 * (the sort column and its direction), never from user data. */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model_case.h"
#include "util.h"
#include "validate.h"

/* ------------------------------------------------------------- helpers */
/* The pattern for (I)LIKE: the text with its wildcards escaped, inside
 * %...% or, for a prefix, followed by % only. */
static char *like_pattern_of(const char *text, int prefix)
{
    size_t n = strlen(text);
    char *p = xmalloc(2 * n + 3), *q = p;

    if (!prefix)
        *q++ = '%';
    for (const char *s = text; *s; s++) {
        if (*s == '%' || *s == '_' || *s == '\\')
            *q++ = '\\';
        *q++ = *s;
    }
    *q++ = '%';
    *q = '\0';
    return p;
}

/* Text of one or two characters is matched as a prefix.  pg_trgm takes no
 * trigram from fewer than three characters, so '%王建%' read all 1.6 M rows
 * at scale 200 (2.3 s); '王建%' is a range on a btree (text_pattern_ops,
 * sql/051_perf.sql for party_name, sql/010 for case_no).  Addresses are
 * not searched by so short a text: a prefix of an address says little. */
static int text_is_short(const char *text)
{
    int chars = 0;

    for (const unsigned char *s = (const unsigned char *)text; *s; s++)
        if ((*s & 0xC0) != 0x80 && ++chars >= 3)
            return 0;
    return chars > 0;
}

/* ---------------------------------------------------------------- list */
#define LIST_COLS \
    "c.id, c.version, c.case_no, c.kind, c.status, u.code, u.name, v.name, c.party_name, " \
    "c.opened_on::text, coalesce(c.deadline::text, ''), " \
    "(coalesce(c.deadline < current_date, false) AND c.status <> 'closed')::int"
#define LIST_FROM \
    " FROM casedesk.case_file c JOIN casedesk.unit u ON u.id = c.unit_id" \
    " JOIN casedesk.village v ON v.id = c.village_id"
/* $1 kind, $2 status, $3 unit, $4 village, $5 project, $6 overdue, $7 text,
 * $8 the (I)LIKE pattern of $7; the text condition is one of TEXT_WHERE. */
#define LIST_WHERE \
    " WHERE ($1 = '' OR c.kind = $1) AND ($2 = '' OR c.status = $2)" \
    " AND ($3::int = 0 OR c.unit_id = $3::int) AND ($4::int = 0 OR c.village_id = $4::int)" \
    " AND ($5::int = 0 OR EXISTS (SELECT 1 FROM casedesk.expropriation x" \
    "      WHERE x.id = c.id AND x.project_id = $5::int))" \
    " AND (NOT $6::boolean OR (c.deadline < current_date AND c.status <> 'closed'))"

/* Case numbers are stored upper-case, so upper() keeps "zs" matching. */
static const char *const TEXT_WHERE[2] = {
    " AND ($7 = '' OR c.case_no ILIKE $8 OR c.party_name ILIKE $8 OR c.address ILIKE $8)",
    " AND ($7 = '' OR c.case_no LIKE upper($8) OR c.party_name LIKE $8)",
};

struct sortdef {
    const char *expr;   /* column */
    const char *type;   /* type of the keyset parameter */
};

static const struct sortdef SORTS[] = {
    [CASE_SORT_NUMBER] = { "c.case_no", "text" },
    [CASE_SORT_OPENED] = { "c.opened_on", "date" },
    [CASE_SORT_STATUS] = { "c.status", "text" },
};

struct filter_params {
    char unit[16], village[16], project[16];
    char *pattern;
    int prefix;         /* index into TEXT_WHERE */
    const char *p[8];
};

static void filter_params(const struct case_filter *f, struct filter_params *fp)
{
    snprintf(fp->unit, sizeof fp->unit, "%d", f->unit_id);
    snprintf(fp->village, sizeof fp->village, "%d", f->village_id);
    snprintf(fp->project, sizeof fp->project, "%d", f->project_id);
    fp->prefix = text_is_short(f->text ? f->text : "");
    fp->pattern = like_pattern_of(f->text ? f->text : "", fp->prefix);
    fp->p[0] = f->kind ? f->kind : "";
    fp->p[1] = f->status ? f->status : "";
    fp->p[2] = fp->unit;
    fp->p[3] = fp->village;
    fp->p[4] = fp->project;
    fp->p[5] = f->overdue ? "true" : "false";
    fp->p[6] = f->text ? f->text : "";
    fp->p[7] = fp->pattern;
}

static void read_row(const PGresult *r, int i, struct case_row *row)
{
    row->id = db_cell_ll(r, i, 0);
    row->version = db_cell_int(r, i, 1, 0);
    db_cell_copy(r, i, 2, row->case_no, sizeof row->case_no);
    db_cell_copy(r, i, 3, row->kind, sizeof row->kind);
    db_cell_copy(r, i, 4, row->status, sizeof row->status);
    db_cell_copy(r, i, 5, row->unit_code, sizeof row->unit_code);
    db_cell_copy(r, i, 6, row->unit_name, sizeof row->unit_name);
    db_cell_copy(r, i, 7, row->village_name, sizeof row->village_name);
    db_cell_copy(r, i, 8, row->party_name, sizeof row->party_name);
    db_cell_copy(r, i, 9, row->opened_on, sizeof row->opened_on);
    db_cell_copy(r, i, 10, row->deadline, sizeof row->deadline);
    row->overdue = db_cell_int(r, i, 11, 0);
    if (PQnfields(r) > 12)
        db_cell_copy(r, i, 12, row->sortval, sizeof row->sortval);
    else
        row->sortval[0] = '\0';
}

void case_key_of(const struct case_row *r, struct case_key *key)
{
    strlcpy_utf8(key->sortval, r->sortval, sizeof key->sortval);
    key->id = r->id;
}

int case_list(db_t *db, const struct case_filter *f, const struct case_key *key, int dir, int limit,
              struct case_page *out)
{
    const struct sortdef *s = &SORTS[f->sort <= CASE_SORT_STATUS ? f->sort : CASE_SORT_NUMBER];
    /* Going backward reverses the order; rows are put back in list order below. */
    int asc = (dir >= 0) != (f->descending != 0);
    struct filter_params fp;
    char idbuf[24], limbuf[16], sql[2304];
    const char *params[11];
    PGresult *r;

    memset(out, 0, sizeof *out);
    if (limit < 1)
        limit = 1;
    filter_params(f, &fp);
    memcpy(params, fp.p, sizeof fp.p);
    snprintf(idbuf, sizeof idbuf, "%lld", key ? key->id : 0LL);
    snprintf(limbuf, sizeof limbuf, "%d", limit + 1);
    params[8] = idbuf;
    params[9] = key && key->id ? key->sortval : NULL;
    params[10] = limbuf;
    snprintf(sql, sizeof sql,
             "SELECT " LIST_COLS ", %s::text" LIST_FROM LIST_WHERE "%s"
             " AND ($9::bigint = 0 OR (%s, c.id) %s ($10::%s, $9::bigint))"
             " ORDER BY %s %s, c.id %s LIMIT $11::int",
             s->expr, TEXT_WHERE[fp.prefix], s->expr, asc ? ">" : "<", s->type, s->expr,
             asc ? "ASC" : "DESC", asc ? "ASC" : "DESC");
    r = db_exec(db, sql, 11, params);
    free(fp.pattern);
    if (!r)
        return -1;
    out->n = PQntuples(r) > limit ? limit : PQntuples(r);
    out->more = PQntuples(r) > limit;
    out->rows = xcalloc(out->n ? (size_t)out->n : 1, sizeof *out->rows);
    for (int i = 0; i < out->n; i++)
        read_row(r, i, &out->rows[dir >= 0 ? i : out->n - 1 - i]);
    PQclear(r);
    return 0;
}

void case_page_free(struct case_page *p)
{
    free(p->rows);
    p->rows = NULL;
    p->n = 0;
}

long long case_count(db_t *db, const struct case_filter *f, long long cap, int *capped)
{
    struct filter_params fp;
    char capbuf[24], out[32], sql[1536];
    const char *params[9];
    int rc;
    long long n;

    filter_params(f, &fp);
    memcpy(params, fp.p, sizeof fp.p);
    snprintf(capbuf, sizeof capbuf, "%lld", cap + 1);
    params[8] = capbuf;
    snprintf(sql, sizeof sql, "SELECT count(*) FROM (SELECT 1 FROM casedesk.case_file c" LIST_WHERE
             "%s LIMIT $9::bigint) s", TEXT_WHERE[fp.prefix]);
    rc = db_scalar(db, sql, 9, params, out, sizeof out);
    free(fp.pattern);
    if (rc < 0)
        return -1;
    n = strtoll(out, NULL, 10);
    if (capped)
        *capped = n > cap;
    return n > cap ? cap : n;
}

/* -------------------------------------------------------------- detail */
static const char DETAIL_SQL[] =
    "SELECT " LIST_COLS ", ''::text,"
    /* 13 */ " c.unit_id, c.village_id, coalesce(c.party_phone, ''), coalesce(c.address, ''),"
    /* 17 */ " coalesce(c.note, ''), coalesce(c.closed_on::text, ''), coalesce(c.handled_by, 0),"
    /* 20 */ " coalesce(o.name, ''), coalesce(x.version, w.version),"
    /* 22 */ " x.project_id, p.name, x.party_kind, x.party_id_no, x.house_area, x.land_area_mu,"
    /* 28 */ " x.surveyed_on, x.assessed_on, x.assessed_compensation, x.paid_total, x.resettlement,"
    /* 33 */ " rc.name, x.signed_on, x.paid_on, x.vacated_on, x.demolished_on, x.forced::int,"
    /* 39 */ " x.expropriation_decision_on, x.expropriation_decision_no, x.compensation_decision_on,"
    /* 42 */ " x.compensation_decision_no, x.court_enforcement_on, x.court_enforcement_no,"
    /* 45 */ " w.subkind, w.found_by, w.lat, w.lon, w.area_m2, w.floors, w.built_on, w.stock::int,"
    /* 53 */ " w.found_on, w.verified_on, w.stop_notice_on, w.stop_notice_no, w.rectify_ordered_on,"
    /* 58 */ " w.rectify_deadline, w.resolution, w.resolved_on, w.reinspected_on, w.first_action_days"
    LIST_FROM
    " LEFT JOIN casedesk.official o ON o.id = c.handled_by"
    " LEFT JOIN casedesk.expropriation x ON x.id = c.id"
    " LEFT JOIN casedesk.project p ON p.id = x.project_id"
    " LEFT JOIN casedesk.resettlement_community rc ON rc.id = x.community_id"
    " LEFT JOIN casedesk.violation w ON w.id = c.id"
    " WHERE c.id = $1::bigint";

static void read_expropriation(const PGresult *r, struct case_detail *d)
{
    d->exp.project_id = db_cell_int(r, 0, 22, 0);
    db_cell_copy(r, 0, 23, d->exp.project_name, sizeof d->exp.project_name);
    db_cell_copy(r, 0, 24, d->exp.party_kind, sizeof d->exp.party_kind);
    db_cell_copy(r, 0, 25, d->exp.party_id_no, sizeof d->exp.party_id_no);
    db_cell_copy(r, 0, 26, d->exp.house_area, sizeof d->exp.house_area);
    db_cell_copy(r, 0, 27, d->exp.land_area_mu, sizeof d->exp.land_area_mu);
    db_cell_copy(r, 0, 28, d->exp.surveyed_on, sizeof d->exp.surveyed_on);
    db_cell_copy(r, 0, 29, d->exp.assessed_on, sizeof d->exp.assessed_on);
    db_cell_copy(r, 0, 30, d->exp.compensation, sizeof d->exp.compensation);
    db_cell_copy(r, 0, 31, d->exp.paid_total, sizeof d->exp.paid_total);
    db_cell_copy(r, 0, 32, d->exp.resettlement, sizeof d->exp.resettlement);
    db_cell_copy(r, 0, 33, d->exp.community_name, sizeof d->exp.community_name);
    db_cell_copy(r, 0, 34, d->exp.signed_on, sizeof d->exp.signed_on);
    db_cell_copy(r, 0, 35, d->exp.paid_on, sizeof d->exp.paid_on);
    db_cell_copy(r, 0, 36, d->exp.vacated_on, sizeof d->exp.vacated_on);
    db_cell_copy(r, 0, 37, d->exp.demolished_on, sizeof d->exp.demolished_on);
    d->exp.forced = db_cell_int(r, 0, 38, 0);
    db_cell_copy(r, 0, 39, d->exp.exp_decision_on, sizeof d->exp.exp_decision_on);
    db_cell_copy(r, 0, 40, d->exp.exp_decision_no, sizeof d->exp.exp_decision_no);
    db_cell_copy(r, 0, 41, d->exp.comp_decision_on, sizeof d->exp.comp_decision_on);
    db_cell_copy(r, 0, 42, d->exp.comp_decision_no, sizeof d->exp.comp_decision_no);
    db_cell_copy(r, 0, 43, d->exp.court_on, sizeof d->exp.court_on);
    db_cell_copy(r, 0, 44, d->exp.court_no, sizeof d->exp.court_no);
}

static void read_violation(const PGresult *r, struct case_detail *d)
{
    db_cell_copy(r, 0, 45, d->vio.subkind, sizeof d->vio.subkind);
    db_cell_copy(r, 0, 46, d->vio.found_by, sizeof d->vio.found_by);
    db_cell_copy(r, 0, 47, d->vio.lat, sizeof d->vio.lat);
    db_cell_copy(r, 0, 48, d->vio.lon, sizeof d->vio.lon);
    db_cell_copy(r, 0, 49, d->vio.area_m2, sizeof d->vio.area_m2);
    db_cell_copy(r, 0, 50, d->vio.floors, sizeof d->vio.floors);
    db_cell_copy(r, 0, 51, d->vio.built_on, sizeof d->vio.built_on);
    d->vio.stock = db_cell_int(r, 0, 52, 0);
    db_cell_copy(r, 0, 53, d->vio.found_on, sizeof d->vio.found_on);
    db_cell_copy(r, 0, 54, d->vio.verified_on, sizeof d->vio.verified_on);
    db_cell_copy(r, 0, 55, d->vio.stop_notice_on, sizeof d->vio.stop_notice_on);
    db_cell_copy(r, 0, 56, d->vio.stop_notice_no, sizeof d->vio.stop_notice_no);
    db_cell_copy(r, 0, 57, d->vio.rectify_ordered_on, sizeof d->vio.rectify_ordered_on);
    db_cell_copy(r, 0, 58, d->vio.rectify_deadline, sizeof d->vio.rectify_deadline);
    db_cell_copy(r, 0, 59, d->vio.resolution, sizeof d->vio.resolution);
    db_cell_copy(r, 0, 60, d->vio.resolved_on, sizeof d->vio.resolved_on);
    db_cell_copy(r, 0, 61, d->vio.reinspected_on, sizeof d->vio.reinspected_on);
    d->vio.first_action_days = db_cell_int(r, 0, 62, -1);
}

int case_load(db_t *db, long long id, struct case_detail *d)
{
    char idbuf[24];
    const char *params[1] = { idbuf };
    PGresult *r;

    memset(d, 0, sizeof *d);
    snprintf(idbuf, sizeof idbuf, "%lld", id);
    r = db_exec(db, DETAIL_SQL, 1, params);
    if (!r)
        return -1;
    if (PQntuples(r) == 0) {
        PQclear(r);
        return 1;
    }
    read_row(r, 0, &d->row);
    d->unit_id = db_cell_int(r, 0, 13, 0);
    d->village_id = db_cell_int(r, 0, 14, 0);
    db_cell_copy(r, 0, 15, d->party_phone, sizeof d->party_phone);
    db_cell_copy(r, 0, 16, d->address, sizeof d->address);
    d->note = db_cell_dup(r, 0, 17);
    db_cell_copy(r, 0, 18, d->closed_on, sizeof d->closed_on);
    d->handled_by = db_cell_int(r, 0, 19, 0);
    db_cell_copy(r, 0, 20, d->handled_by_name, sizeof d->handled_by_name);
    d->detail_version = db_cell_int(r, 0, 21, 0);
    if (strcmp(d->row.kind, "expropriation") == 0)
        read_expropriation(r, d);
    else
        read_violation(r, d);
    PQclear(r);
    return 0;
}

void case_detail_free(struct case_detail *d)
{
    free(d->note);
    d->note = NULL;
}

/* ---------------------------------------------------------------- save */
/* For each column: $n IS NULL keeps it; '' clears it (NULLIF). */
static const char SAVE_CASE_SQL[] =
    "UPDATE casedesk.case_file SET"
    " party_name = coalesce($3::text, party_name),"
    " party_phone = CASE WHEN $4::text IS NULL THEN party_phone ELSE nullif($4::text, '') END,"
    " address = CASE WHEN $5::text IS NULL THEN address ELSE nullif($5::text, '') END,"
    " note = CASE WHEN $6::text IS NULL THEN note ELSE nullif($6::text, '') END,"
    " handled_by = CASE $7::int WHEN 0 THEN handled_by WHEN -1 THEN NULL ELSE $7::int END"
    " WHERE id = $1::bigint AND version = $2::int";
static const char SAVE_EXP_SQL[] =
    "UPDATE casedesk.expropriation SET"
    " party_id_no = CASE WHEN $3::text IS NULL THEN party_id_no ELSE nullif($3::text, '') END,"
    " house_area = CASE WHEN $4::text IS NULL THEN house_area ELSE nullif($4::text, '')::numeric END,"
    " land_area_mu = CASE WHEN $5::text IS NULL THEN land_area_mu ELSE nullif($5::text, '')::numeric END"
    " WHERE id = $1::bigint AND version = $2::int";
static const char SAVE_VIO_SQL[] =
    "UPDATE casedesk.violation SET"
    " area_m2 = CASE WHEN $3::text IS NULL THEN area_m2 ELSE nullif($3::text, '')::numeric END,"
    " floors = CASE WHEN $4::text IS NULL THEN floors ELSE nullif($4::text, '')::smallint END,"
    " lat = CASE WHEN $5::text IS NULL THEN lat ELSE nullif($5::text, '')::numeric END,"
    " lon = CASE WHEN $6::text IS NULL THEN lon ELSE nullif($6::text, '')::numeric END"
    " WHERE id = $1::bigint AND version = $2::int";

/* 1 row updated, 0 none, -1 error */
static int update_one(db_t *db, const char *sql, int n, const char *const *params)
{
    PGresult *r = db_exec(db, sql, n, params);
    int rows;

    if (!r)
        return -1;
    rows = atoi(PQcmdTuples(r));
    PQclear(r);
    return rows;
}

/* After 0 rows: is the case still visible (someone changed it) or not? */
static enum case_save_result why_not_saved(db_t *db, long long id)
{
    char idbuf[24], out[8];
    const char *params[1] = { idbuf };

    snprintf(idbuf, sizeof idbuf, "%lld", id);
    switch (db_scalar(db, "SELECT 1 FROM casedesk.case_file WHERE id = $1::bigint", 1, params,
                      out, sizeof out)) {
    case 1:  return CASE_SAVE_CONFLICT;
    case 0:  return CASE_SAVE_GONE;
    default: return CASE_SAVE_ERROR;
    }
}

enum case_save_result case_save(db_t *db, const struct case_detail *d, const struct case_edit *e)
{
    char idbuf[24], vbuf[16], dvbuf[16], hbuf[16];
    const char *pc[7], *pd[6];
    int is_exp = strcmp(d->row.kind, "expropriation") == 0;
    int rc;

    snprintf(idbuf, sizeof idbuf, "%lld", d->row.id);
    snprintf(vbuf, sizeof vbuf, "%d", d->row.version);
    snprintf(dvbuf, sizeof dvbuf, "%d", d->detail_version);
    snprintf(hbuf, sizeof hbuf, "%d", e->handled_by);
    pc[0] = idbuf; pc[1] = vbuf; pc[2] = e->party_name; pc[3] = e->party_phone;
    pc[4] = e->address; pc[5] = e->note; pc[6] = hbuf;
    pd[0] = idbuf; pd[1] = dvbuf;
    pd[2] = is_exp ? e->party_id_no : e->area_m2;
    pd[3] = is_exp ? e->house_area : e->floors;
    pd[4] = is_exp ? e->land_area_mu : e->lat;
    pd[5] = is_exp ? NULL : e->lon;

    if (db_begin(db) != 0)
        return CASE_SAVE_ERROR;
    rc = update_one(db, SAVE_CASE_SQL, 7, pc);
    if (rc == 1)
        rc = update_one(db, is_exp ? SAVE_EXP_SQL : SAVE_VIO_SQL, is_exp ? 5 : 6, pd);
    if (rc == 1)
        return db_commit(db) == 0 ? CASE_SAVED : CASE_SAVE_ERROR;
    db_rollback(db);
    return rc == 0 ? why_not_saved(db, d->row.id) : CASE_SAVE_ERROR;
}

/* ---------------------------------------------------------- workflow */
int case_next_steps(db_t *db, long long id, struct case_step **out)
{
    char idbuf[24];
    const char *params[1] = { idbuf };
    PGresult *r;
    int n;

    *out = NULL;
    snprintf(idbuf, sizeof idbuf, "%lld", id);
    r = db_exec(db, "SELECT s.step, s.label_zh, s.label_en, n.k"
                    " FROM casedesk.case_next_steps($1::bigint) WITH ORDINALITY s(step, label_zh, label_en, needs, ord)"
                    " LEFT JOIN LATERAL unnest(s.needs) WITH ORDINALITY n(k, i) ON true"
                    " ORDER BY s.ord, n.i", 1, params);
    if (!r)
        return -1;
    *out = xcalloc((size_t)PQntuples(r) + 1, sizeof **out);
    n = 0;
    for (int i = 0; i < PQntuples(r); i++) {
        struct case_step *s = n ? &(*out)[n - 1] : NULL;
        if (!s || strcmp(s->step, db_cell(r, i, 0)) != 0) {
            s = &(*out)[n++];
            db_cell_copy(r, i, 0, s->step, sizeof s->step);
            db_cell_copy(r, i, 1, s->label_zh, sizeof s->label_zh);
            db_cell_copy(r, i, 2, s->label_en, sizeof s->label_en);
        }
        if (db_cell_or_null(r, i, 3) && s->nneeds < (int)ARRAY_SIZE(s->needs))
            db_cell_copy(r, i, 3, s->needs[s->nneeds++], sizeof s->needs[0]);
    }
    PQclear(r);
    return n;
}

/* A growing text buffer for the JSON arguments of a step. */
struct sbuf {
    char *s;
    size_t len, cap;
};

static void sb_add(struct sbuf *b, const char *piece, size_t k)
{
    if (b->len + k + 1 > b->cap) {
        b->cap = (b->len + k + 1) * 2;
        b->s = xrealloc(b->s, b->cap);
    }
    memcpy(b->s + b->len, piece, k);
    b->len += k;
    b->s[b->len] = '\0';
}

/* s as a JSON string literal: quotes, backslashes and control characters
 * escaped; UTF-8 passes through. */
static void sb_json_str(struct sbuf *b, const char *s)
{
    char esc[8];

    sb_add(b, "\"", 1);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\') {
            esc[0] = '\\';
            esc[1] = (char)*p;
            sb_add(b, esc, 2);
        } else if (*p < 0x20) {
            snprintf(esc, sizeof esc, "\\u%04x", *p);
            sb_add(b, esc, 6);
        } else {
            sb_add(b, (const char *)p, 1);
        }
    }
    sb_add(b, "\"", 1);
}

int case_transition(db_t *db, long long id, int version, const char *step,
                    const char *const *keys, const char *const *vals, int nargs)
{
    struct sbuf args = { NULL, 0, 0 };
    char idbuf[24], vbuf[16], out[16];
    const char *params[4];
    int rc;

    sb_add(&args, "{", 1);
    for (int i = 0; i < nargs; i++) {
        if (!keys[i] || !vals[i])
            continue;
        if (args.len > 1)
            sb_add(&args, ",", 1);
        sb_json_str(&args, keys[i]);
        sb_add(&args, ":", 1);
        sb_json_str(&args, vals[i]);
    }
    sb_add(&args, "}", 1);
    snprintf(idbuf, sizeof idbuf, "%lld", id);
    snprintf(vbuf, sizeof vbuf, "%d", version);
    params[0] = idbuf;
    params[1] = vbuf;
    params[2] = step;
    params[3] = args.s;
    rc = db_scalar(db, "SELECT casedesk.case_transition($1::bigint, $2::int, $3, $4::jsonb)",
                   4, params, out, sizeof out);
    free(args.s);
    return rc == 1 ? atoi(out) : -1;
}

/* ------------------------------------------------------------ creating */
static long long scalar_id(db_t *db, const char *sql, int n, const char *const *params)
{
    char out[24];

    return db_scalar(db, sql, n, params, out, sizeof out) == 1 ? strtoll(out, NULL, 10) : -1;
}

/* "" means "not given" for the optional arguments. */
static const char *opt(const char *s)
{
    return s && *s ? s : NULL;
}

long long case_create_violation(db_t *db, int village_id, const char *subkind,
                                const char *found_by, const char *found_on,
                                const char *owner_name, const char *address,
                                const char *area_m2, const char *floors, const char *built_on)
{
    char vbuf[16];
    const char *params[9] = { vbuf, subkind, found_by, found_on, owner_name, opt(address),
                              opt(area_m2), opt(floors), opt(built_on) };

    snprintf(vbuf, sizeof vbuf, "%d", village_id);
    return scalar_id(db, "SELECT casedesk.case_create_violation($1::int, $2, $3, $4::date, $5,"
                         " $6, $7::numeric, $8::int, $9::date)", 9, params);
}

long long case_create_expropriation(db_t *db, int project_id, int village_id,
                                    const char *party_kind, const char *party_name,
                                    const char *party_id_no, const char *phone,
                                    const char *address, const char *house_area,
                                    const char *land_area_mu, const char *opened_on)
{
    char pbuf[16], vbuf[16];
    const char *params[10] = { pbuf, vbuf, party_kind, party_name, opt(party_id_no), opt(phone),
                               opt(address), opt(house_area), opt(land_area_mu), opt(opened_on) };

    snprintf(pbuf, sizeof pbuf, "%d", project_id);
    snprintf(vbuf, sizeof vbuf, "%d", village_id);
    return scalar_id(db, "SELECT casedesk.case_create_expropriation($1::int, $2::int, $3, $4, $5,"
                         " $6, $7, $8::numeric, $9::numeric, $10::date)", 10, params);
}

/* ------------------------------------------------------------ payments */
int case_payments(db_t *db, long long case_id, struct payment_row **out)
{
    char idbuf[24];
    const char *params[1] = { idbuf };
    PGresult *r;
    int n;

    *out = NULL;
    snprintf(idbuf, sizeof idbuf, "%lld", case_id);
    r = db_exec(db, "SELECT p.id, p.amount, p.paid_on, p.payee, p.account, coalesce(p.voucher_no, ''),"
                    " coalesce(o.name, '')"
                    " FROM casedesk.payment p LEFT JOIN casedesk.official o ON o.id = p.recorded_by"
                    " WHERE p.case_id = $1::bigint ORDER BY p.paid_on, p.id", 1, params);
    if (!r)
        return -1;
    n = PQntuples(r);
    *out = xcalloc(n ? (size_t)n : 1, sizeof **out);
    for (int i = 0; i < n; i++) {
        struct payment_row *p = &(*out)[i];
        p->id = db_cell_ll(r, i, 0);
        db_cell_copy(r, i, 1, p->amount, sizeof p->amount);
        db_cell_copy(r, i, 2, p->paid_on, sizeof p->paid_on);
        db_cell_copy(r, i, 3, p->payee, sizeof p->payee);
        db_cell_copy(r, i, 4, p->account, sizeof p->account);
        db_cell_copy(r, i, 5, p->voucher_no, sizeof p->voucher_no);
        db_cell_copy(r, i, 6, p->recorded_by, sizeof p->recorded_by);
    }
    PQclear(r);
    return n;
}

long long case_payment_add(db_t *db, long long case_id, const char *amount, const char *paid_on,
                           const char *payee, const char *voucher_no)
{
    char idbuf[24];
    const char *params[5] = { idbuf, amount, paid_on, payee, opt(voucher_no) };

    snprintf(idbuf, sizeof idbuf, "%lld", case_id);
    return scalar_id(db, "SELECT casedesk.payment_add($1::bigint, $2::numeric, $3::date, $4, $5)",
                     5, params);
}

/* ---------------------------------------------------------------- jump */
/* A name of one or two characters is matched as a prefix, as the list's
 * `l` filter does (text_is_short): '%王建%' cannot use a trigram index and
 * read the whole table.  Internal to this file; callers still see
 * JUMP_NAME. */
#define JUMP_NAME_PREFIX (-1000)

/* q.t the text typed, q.pat its (I)LIKE pattern */
static const char *jump_where(int kind)
{
    switch (kind) {
    case JUMP_CASE_NO:
        return " WHERE c.case_no = upper(q.t)";
    case JUMP_CITIZEN_ID:
    case JUMP_CREDIT_CODE:
        return " WHERE c.id IN (SELECT x.id FROM casedesk.expropriation x WHERE x.party_id_no = upper(q.t))";
    case JUMP_PHONE:
        return " WHERE replace(c.party_phone, '-', '') = replace(q.t, '-', '')";
    case JUMP_NAME:
        return " WHERE c.party_name ILIKE q.pat";
    case JUMP_NAME_PREFIX:
        return " WHERE c.party_name LIKE q.pat";
    default:
        return NULL;
    }
}

int case_jump(db_t *db, const char *text, int limit, int *kind, struct case_row **out)
{
    const char *where;
    char *pattern, limbuf[16], sql[1536];
    const char *params[3];
    PGresult *r;
    int n, short_name;

    *out = NULL;
    *kind = validate_classify(text);
    short_name = *kind == JUMP_NAME && text_is_short(text);
    where = jump_where(short_name ? JUMP_NAME_PREFIX : *kind);
    if (!where)
        return 0;
    pattern = like_pattern_of(text, short_name);
    snprintf(limbuf, sizeof limbuf, "%d", limit > 0 ? limit : 1);
    params[0] = text;
    params[1] = pattern;
    params[2] = limbuf;
    /* exact names first, then by number */
    snprintf(sql, sizeof sql, "SELECT " LIST_COLS ", c.case_no" LIST_FROM
             " CROSS JOIN (SELECT $1::text AS t, $2::text AS pat) q%s"
             " ORDER BY (c.party_name = q.t) DESC, c.case_no LIMIT $3::int", where);
    r = db_exec(db, sql, 3, params);
    free(pattern);
    if (!r)
        return -1;
    n = PQntuples(r);
    *out = xcalloc(n ? (size_t)n : 1, sizeof **out);
    for (int i = 0; i < n; i++)
        read_row(r, i, &(*out)[i]);
    PQclear(r);
    return n;
}

/* ------------------------------------------------------------- find (/) */
/* The next row of the list order of f after key (dir > 0; before it when
 * dir < 0) whose shown text matches pattern (a regular expression, any
 * case) in number, party, village, unit or a date, or whose kind or status
 * is one of codes (a text[] literal: their labels are translated, so the
 * caller matches them).  One statement, walking the list's own index from
 * the key and stopping at the first match: correct at any distance.  It
 * matches the list's output columns, so it shows what the list shows
 * however LIST_COLS reads them.  1 found (*out), 0 none, -1 error. */
int case_find(db_t *db, const struct case_filter *f, const struct case_key *key, int dir,
              const char *pattern, const char *codes, struct case_row *out)
{
    const struct sortdef *s = &SORTS[f->sort <= CASE_SORT_STATUS ? f->sort : CASE_SORT_NUMBER];
    int asc = (dir >= 0) != (f->descending != 0);
    struct filter_params fp;
    char idbuf[24], sql[3072];
    const char *params[12];
    PGresult *r;
    int n;

    filter_params(f, &fp);
    memcpy(params, fp.p, sizeof fp.p);
    snprintf(idbuf, sizeof idbuf, "%lld", key ? key->id : 0LL);
    params[8] = idbuf;
    params[9] = key && key->id ? key->sortval : NULL;
    params[10] = pattern;
    params[11] = codes;
    snprintf(sql, sizeof sql,
             "SELECT x.* FROM (SELECT " LIST_COLS ", %s::text, %s AS sk" LIST_FROM LIST_WHERE "%s"
             " AND ($9::bigint = 0 OR (%s, c.id) %s ($10::%s, $9::bigint))) x"
             " (id, version, case_no, kind, status, ucode, uname, vname, party, opened, deadline,"
             "  overdue, sortval, sk)"
             " WHERE x.case_no ~* $11 OR x.party ~* $11 OR x.vname ~* $11 OR x.uname ~* $11"
             "    OR x.opened ~* $11 OR x.deadline ~* $11"
             "    OR x.kind = ANY ($12::text[]) OR x.status = ANY ($12::text[])"
             " ORDER BY x.sk %s, x.id %s LIMIT 1",
             s->expr, s->expr, TEXT_WHERE[fp.prefix], s->expr, asc ? ">" : "<", s->type,
             asc ? "ASC" : "DESC", asc ? "ASC" : "DESC");
    r = db_exec(db, sql, 12, params);
    free(fp.pattern);
    if (!r)
        return -1;
    n = PQntuples(r);
    if (n)
        read_row(r, 0, out);
    PQclear(r);
    return n > 0;
}
