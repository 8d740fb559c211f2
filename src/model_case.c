/* model_case.c — typed access to cases.  Every statement is parameterised;
 * the few SQL texts assembled here are built from constant fragments only
 * (the sort column and its direction), never from user data. */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model_case.h"
#include "model_petition.h"
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
 * sql/051_perf.sql for party_name, sql/010 for case_no).  Two characters
 * are also looked for anywhere in an address, through the index of its
 * character pairs (casedesk.case_ids_by_address_pair, sql/functions/085). */
static int text_is_short(const char *text)
{
    int chars = 0;

    for (const unsigned char *s = (const unsigned char *)text; *s; s++)
        if ((*s & 0xC0) != 0x80 && ++chars >= 3)
            return 0;
    return chars > 0;
}

/* ---------------------------------------------------------------- list */
/* The list, its count and the jump read names and addresses only through
 * SECURITY DEFINER functions (sql/functions/065_personal.sql): a clerk's
 * role cannot name those columns, so no plan of theirs can probe another
 * unit's rows (issue 11).  The functions apply the unit scope and the text
 * condition inside, with an index per case (unit, name prefix). */
#define LIST_COLS \
    "c.id, c.version, c.case_no, c.kind, c.status, u.code, u.name, v.name, coalesce(q.party_name, ''), " \
    "c.opened_on::text, coalesce(c.deadline::text, ''), " \
    "(coalesce(c.deadline < casedesk.today(), false) AND c.status <> 'closed')::int"
#define LIST_FROM \
    " FROM casedesk.case_file c JOIN casedesk.unit u ON u.id = c.unit_id" \
    " JOIN casedesk.village v ON v.id = c.village_id" \
    " LEFT JOIN LATERAL casedesk.case_party(c.id) q ON true"

static const char *const SORT_NAMES[] = {
    [CASE_SORT_NUMBER] = "number",
    [CASE_SORT_OPENED] = "opened",
    [CASE_SORT_STATUS] = "status",
};

/* $1 kind, $2 status, $3 unit, $4 village, $5 project, $6 overdue, $7 text,
 * $8 the (I)LIKE pattern of $7, $9 whether it is a prefix */
struct filter_params {
    char unit[16], village[16], project[16];
    char *pattern;
    int prefix;
    const char *p[9];
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
    fp->p[8] = fp->prefix ? "true" : "false";
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
    int sort = f->sort <= CASE_SORT_STATUS ? (int)f->sort : CASE_SORT_NUMBER;
    /* Going backward reverses the order; rows are put back in list order below. */
    int asc = (dir >= 0) != (f->descending != 0);
    struct filter_params fp;
    char idbuf[24], limbuf[16];
    const char *params[14];
    PGresult *r;

    memset(out, 0, sizeof *out);
    if (limit < 1)
        limit = 1;
    filter_params(f, &fp);
    memcpy(params, fp.p, sizeof fp.p);
    snprintf(idbuf, sizeof idbuf, "%lld", key ? key->id : 0LL);
    snprintf(limbuf, sizeof limbuf, "%d", limit + 1);
    params[9] = SORT_NAMES[sort];
    params[10] = asc ? "true" : "false";
    params[11] = idbuf;
    params[12] = key && key->id ? key->sortval : NULL;
    params[13] = limbuf;
    r = db_exec(db, "SELECT * FROM casedesk.case_list_page($1, $2, $3::int, $4::int, $5::int,"
                    " $6::boolean, $7, $8, $9::boolean, $10, $11::boolean, $12::bigint, $13, $14::int)",
                14, params);
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
    char capbuf[24], out[32];
    const char *params[10];
    int rc;
    long long n;

    filter_params(f, &fp);
    memcpy(params, fp.p, sizeof fp.p);
    snprintf(capbuf, sizeof capbuf, "%lld", cap);
    params[9] = capbuf;
    rc = db_scalar(db, "SELECT casedesk.case_list_count($1, $2, $3::int, $4::int, $5::int,"
                       " $6::boolean, $7, $8, $9::boolean, $10::bigint)", 10, params, out, sizeof out);
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
    /* 13 */ " c.unit_id, c.village_id, coalesce(q.party_phone, ''), coalesce(q.address, ''),"
    /* 17 */ " coalesce(c.note, ''), coalesce(c.closed_on::text, ''), coalesce(q.handled_by, 0),"
    /* 20 */ " coalesce(q.handled_by_name, ''), coalesce(x.version, w.version),"
    /* 22 */ " x.project_id, p.name, x.party_kind, q.party_id_no, x.house_area, x.land_area_mu,"
    /* 28 */ " x.surveyed_on, x.assessed_on, x.assessed_compensation, x.paid_total, x.resettlement,"
    /* 33 */ " rc.name, x.signed_on, x.paid_on, x.vacated_on, x.demolished_on, x.forced::int,"
    /* 39 */ " x.expropriation_decision_on, x.expropriation_decision_no, x.compensation_decision_on,"
    /* 42 */ " x.compensation_decision_no, x.court_enforcement_on, x.court_enforcement_no,"
    /* 45 */ " w.subkind, w.found_by, w.lat, w.lon, w.area_m2, w.floors, w.built_on, w.stock::int,"
    /* 53 */ " w.found_on, w.verified_on, w.stop_notice_on, w.stop_notice_no, w.rectify_ordered_on,"
    /* 58 */ " w.rectify_deadline, w.resolution, w.resolved_on, w.reinspected_on, w.first_action_days,"
    /* 63 */ " w.resolved_area_m2, w.outcome_reason,"
    /* 65 */ " x.demand_on, x.demand_no, x.court_application_on, x.court_application_no,"
    /* 69 */ " x.deposit_on, x.deposit_no,"
    /* 71 */ " concat_ws(' ', x.flat_building, x.flat_unit, x.flat_room), x.flat_area_m2,"
    /* 73 */ " x.flat_allocated_on, x.moved_in_on, to_char(x.transition_monthly, 'FM999,990.00'),"
    /* 76 */ " CASE WHEN x.transition_monthly IS NOT NULL AND x.vacated_on IS NOT NULL THEN"
             "  (extract(year FROM coalesce(x.moved_in_on, casedesk.today())) - extract(year FROM x.vacated_on)) * 12"
             "  + extract(month FROM coalesce(x.moved_in_on, casedesk.today())) - extract(month FROM x.vacated_on) + 1 END,"
    /* 77 */ " to_char(x.transition_monthly * (CASE WHEN x.vacated_on IS NOT NULL THEN"
             "  (extract(year FROM coalesce(x.moved_in_on, casedesk.today())) - extract(year FROM x.vacated_on)) * 12"
             "  + extract(month FROM coalesce(x.moved_in_on, casedesk.today())) - extract(month FROM x.vacated_on) + 1 END),"
             "  'FM999,999,990.00'),"
    /* 78 */ " w.enforcement_decision_on, w.enforcement_decision_no, w.enforcement_notice_on,"
    /* 81 */ " w.enforcement_notice_no, w.forced::int"
    LIST_FROM
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
    db_cell_copy(r, 0, 65, d->exp.demand_on, sizeof d->exp.demand_on);
    db_cell_copy(r, 0, 66, d->exp.demand_no, sizeof d->exp.demand_no);
    db_cell_copy(r, 0, 67, d->exp.application_on, sizeof d->exp.application_on);
    db_cell_copy(r, 0, 68, d->exp.application_no, sizeof d->exp.application_no);
    db_cell_copy(r, 0, 69, d->exp.deposit_on, sizeof d->exp.deposit_on);
    db_cell_copy(r, 0, 70, d->exp.deposit_no, sizeof d->exp.deposit_no);
    db_cell_copy(r, 0, 71, d->exp.flat, sizeof d->exp.flat);
    db_cell_copy(r, 0, 72, d->exp.flat_area, sizeof d->exp.flat_area);
    db_cell_copy(r, 0, 73, d->exp.allocated_on, sizeof d->exp.allocated_on);
    db_cell_copy(r, 0, 74, d->exp.moved_in_on, sizeof d->exp.moved_in_on);
    db_cell_copy(r, 0, 75, d->exp.transition_monthly, sizeof d->exp.transition_monthly);
    d->exp.transition_months = db_cell_int(r, 0, 76, 0);
    db_cell_copy(r, 0, 77, d->exp.transition_total, sizeof d->exp.transition_total);
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
    db_cell_copy(r, 0, 63, d->vio.resolved_area_m2, sizeof d->vio.resolved_area_m2);
    db_cell_copy(r, 0, 64, d->vio.outcome_reason, sizeof d->vio.outcome_reason);
    db_cell_copy(r, 0, 78, d->vio.enforcement_decision_on, sizeof d->vio.enforcement_decision_on);
    db_cell_copy(r, 0, 79, d->vio.enforcement_decision_no, sizeof d->vio.enforcement_decision_no);
    db_cell_copy(r, 0, 80, d->vio.enforcement_notice_on, sizeof d->vio.enforcement_notice_on);
    db_cell_copy(r, 0, 81, d->vio.enforcement_notice_no, sizeof d->vio.enforcement_notice_no);
    d->vio.forced = db_cell_int(r, 0, 82, 0);
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
    else if (strcmp(d->row.kind, "petition") == 0) {
        PQclear(r);
        return petition_load(db, id, d) < 0 ? -1 : 0;
    } else
        read_violation(r, d);
    PQclear(r);
    return 0;
}

void case_detail_free(struct case_detail *d)
{
    free(d->note);
    d->note = NULL;
    petition_detail_free(d);
}

/* ---------------------------------------------------------------- save */
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

/* The SET list names only the columns being changed, each set to a
 * parameter: staff may UPDATE the personal columns but not SELECT them, so
 * "party_phone = CASE WHEN $4 IS NULL THEN party_phone ..." would be refused
 * (and an UPDATE that reads a column it cannot SELECT would be a way to
 * probe it).  Every fragment is a constant of this table; '' clears the
 * column (NULLIF).  A value still holding the mask's '*' is refused by the
 * column checks (valid_phone, valid_citizen_id), never saved as a mask. */
struct set_col {
    const char *name, *cast;
};

static const struct set_col CASE_SET[] = {
    { "party_name", "$%d::text" },
    { "party_phone", "nullif($%d::text, '')" },
    { "address", "nullif($%d::text, '')" },
    { "note", "nullif($%d::text, '')" },
};
static const struct set_col EXP_SET[] = {
    { "party_id_no", "nullif($%d::text, '')" },
    { "house_area", "nullif($%d::text, '')::numeric" },
    { "land_area_mu", "nullif($%d::text, '')::numeric" },
};
static const struct set_col PET_SET[] = {
    { "subject", "$%d::text" },
    { "content", "nullif($%d::text, '')" },
};
static const struct set_col VIO_SET[] = {
    { "area_m2", "nullif($%d::text, '')::numeric" },
    { "floors", "nullif($%d::text, '')::smallint" },
    { "lat", "nullif($%d::text, '')::numeric" },
    { "lon", "nullif($%d::text, '')::numeric" },
};

/* UPDATE table SET <the non-NULL vals> WHERE id = $1 AND version = $2;
 * 1 row updated, 0 none, -1 error.  extra: an already formed SET item
 * (handled_by) or NULL; with nothing to change, the last column (one the
 * user may both read and update) is set to itself. */
static int update_changed(db_t *db, const char *table, const struct set_col *cols, int ncols,
                          const char *const *vals, const char *id, const char *version,
                          const char *extra)
{
    char sql[1024], item[160];
    const char *params[8] = { id, version };
    int np = 2;
    size_t len;

    len = (size_t)snprintf(sql, sizeof sql, "UPDATE casedesk.%s SET ", table);
    for (int i = 0; i < ncols && len < sizeof sql; i++) {
        if (!vals[i])
            continue;
        params[np++] = vals[i];
        snprintf(item, sizeof item, cols[i].cast, np);
        len += (size_t)snprintf(sql + len, sizeof sql - len, "%s%s = %s", np > 3 ? ", " : "",
                                cols[i].name, item);
    }
    if (extra && len < sizeof sql)
        len += (size_t)snprintf(sql + len, sizeof sql - len, "%s%s", np > 2 ? ", " : "", extra);
    else if (np == 2 && len < sizeof sql)   /* nothing changed here: the row's version still moves */
        len += (size_t)snprintf(sql + len, sizeof sql - len, "%s = %s", cols[ncols - 1].name, cols[ncols - 1].name);
    if (len < sizeof sql)
        snprintf(sql + len, sizeof sql - len, " WHERE id = $1::bigint AND version = $2::int");
    return update_one(db, sql, np, params);
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
    char idbuf[24], vbuf[16], dvbuf[16], hitem[48];
    const char *pc[4] = { e->party_name, e->party_phone, e->address, e->note };
    const char *pd[4];
    int is_exp = strcmp(d->row.kind, "expropriation") == 0;
    int is_pet = strcmp(d->row.kind, "petition") == 0;
    int rc;

    snprintf(idbuf, sizeof idbuf, "%lld", d->row.id);
    snprintf(vbuf, sizeof vbuf, "%d", d->row.version);
    snprintf(dvbuf, sizeof dvbuf, "%d", d->detail_version);
    /* handled_by: 0 keeps it, -1 clears it, else the official's id (a number
     * formatted here, not user text) */
    if (e->handled_by == -1)
        snprintf(hitem, sizeof hitem, "handled_by = NULL");
    else if (e->handled_by > 0)
        snprintf(hitem, sizeof hitem, "handled_by = %d", e->handled_by);
    pd[0] = is_exp ? e->party_id_no : e->area_m2;
    pd[1] = is_exp ? e->house_area : e->floors;
    pd[2] = is_exp ? e->land_area_mu : e->lat;
    pd[3] = is_exp ? NULL : e->lon;
    if (is_pet) {
        pd[0] = e->subject;
        pd[1] = e->content;
    }

    if (db_begin(db) != 0)
        return CASE_SAVE_ERROR;
    rc = update_changed(db, "case_file", CASE_SET, 4, pc, idbuf, vbuf,
                        e->handled_by != 0 ? hitem : NULL);
    if (rc == 1)
        rc = is_exp ? update_changed(db, "expropriation", EXP_SET, 3, pd, idbuf, dvbuf, NULL)
           : is_pet ? update_changed(db, "petition_case", PET_SET, 2, pd, idbuf, dvbuf, NULL)
                    : update_changed(db, "violation", VIO_SET, 4, pd, idbuf, dvbuf, NULL);
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
    /* payee and recorder only through the definer function (065_personal) */
    r = db_exec(db, "SELECT p.id, p.amount, p.paid_on, p.payee, p.account, coalesce(p.voucher_no, ''),"
                    " coalesce(p.recorded_by_name, '')"
                    " FROM casedesk.case_payments($1::bigint) p", 1, params);
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

/* How casedesk.case_find looks a text up (sql/functions/065_personal.sql). */
static const char *jump_how(int kind)
{
    switch (kind) {
    case JUMP_CASE_NO:       return "case_no";
    case JUMP_CITIZEN_ID:
    case JUMP_CREDIT_CODE:   return "id_no";
    case JUMP_PHONE:         return "phone";
    case JUMP_NAME:          return "name";
    case JUMP_NAME_PREFIX:   return "name_prefix";
    default:                 return NULL;
    }
}

int case_jump(db_t *db, const char *text, int limit, int *kind, struct case_row **out)
{
    const char *how;
    char *pattern, limbuf[16];
    const char *params[4];
    PGresult *r;
    int n, short_name;

    *out = NULL;
    *kind = validate_classify(text);
    short_name = *kind == JUMP_NAME && text_is_short(text);
    how = jump_how(short_name ? JUMP_NAME_PREFIX : *kind);
    if (!how)
        return 0;
    pattern = like_pattern_of(text, short_name);
    snprintf(limbuf, sizeof limbuf, "%d", limit > 0 ? limit : 1);
    params[0] = how;
    params[1] = text;
    params[2] = pattern;
    params[3] = limbuf;
    /* exact names first, then by number */
    r = db_exec(db, "SELECT * FROM casedesk.case_find($1, $2, $3, $4::int)", 4, params);
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

/* ------------------------------------------------------------- reveal */
int case_reveal(db_t *db, long long case_id, const char *field, char *out, size_t outsz)
{
    char idbuf[24];
    const char *params[2] = { idbuf, field };

    char req[24];
    const char *rparams[1] = { req };

    snprintf(idbuf, sizeof idbuf, "%lld", case_id);
    out[0] = '\0';
    /* Two statements, each its own transaction: the look-up's log row is
     * committed before the second one may return the number. */
    if (db_scalar(db, "SELECT casedesk.case_reveal_request($1::bigint, $2)", 2, params, req, sizeof req) != 1)
        return -1;
    return db_scalar(db, "SELECT casedesk.case_reveal($1::bigint)", 1, rparams, out, outsz) == 1 ? 0 : -1;
}

/* ------------------------------------------------------------- find (/) */
/* The next row of the list order of f after key (dir > 0; before it when
 * dir < 0) whose shown text matches pattern (a regular expression, any
 * case) in number, party, village, unit or a date, or whose kind or status
 * is one of codes (a text[] literal: their labels are translated, so the
 * caller matches them).  One statement however far the match is:
 * casedesk.case_find_next (functions/210) asks each column by its own
 * index, in the caller's scope.  1 found (*out), 0 none, -1 error. */
int case_find(db_t *db, const struct case_filter *f, const struct case_key *key, int dir,
              const char *pattern, const char *codes, struct case_row *out)
{
    int sort = f->sort <= CASE_SORT_STATUS ? (int)f->sort : CASE_SORT_NUMBER;
    int asc = (dir >= 0) != (f->descending != 0);
    struct filter_params fp;
    char idbuf[24];
    const char *params[15];
    PGresult *r;
    int found;

    filter_params(f, &fp);
    memcpy(params, fp.p, sizeof fp.p);
    snprintf(idbuf, sizeof idbuf, "%lld", key ? key->id : 0LL);
    params[9] = SORT_NAMES[sort];
    params[10] = asc ? "true" : "false";
    params[11] = idbuf;
    params[12] = key && key->id ? key->sortval : NULL;
    params[13] = pattern;
    params[14] = codes;
    r = db_exec(db,
        "SELECT * FROM casedesk.case_find_next($1, $2, $3::int, $4::int, $5::int, $6::boolean, $7, $8,"
        " $9::boolean, $10, $11::boolean, $12::bigint, $13, $14, $15::text[])", 15, params);
    free(fp.pattern);
    if (!r) return -1;
    found = PQntuples(r) > 0;
    if (found) read_row(r, 0, out);
    PQclear(r);
    return found;
}
