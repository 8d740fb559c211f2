/* model_ref.c — reference lists for pickers (see model_ref.h). */
#include "config.h"
#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>

#include "db.h"
#include "model_ref.h"
#include "util.h"
#include <string.h>

static int fill(db_t *db, const char *sql, int np, const char *const *p,
                struct ref_row **rows, int *n)
{
    PGresult *r = db_exec(db, sql, np, p);

    *rows = NULL;
    *n = 0;
    if (!r) return -1;
    *n = PQntuples(r);
    *rows = xcalloc((size_t)*n + 1, sizeof **rows);
    for (int i = 0; i < *n; i++) {
        struct ref_row *row = &(*rows)[i];
        row->id = db_cell_ll(r, i, 0);
        db_cell_copy(r, i, 1, row->key, sizeof row->key);
        db_cell_copy(r, i, 2, row->name, sizeof row->name);
        db_cell_copy(r, i, 3, row->detail, sizeof row->detail);
    }
    PQclear(r);
    return 0;
}

int ref_units(db_t *db, struct ref_row **rows, int *n)
{
    return fill(db, "SELECT id, code, name, '' FROM casedesk.unit"
                    " ORDER BY CASE kind WHEN 'district' THEN 0 WHEN 'department' THEN 1 ELSE 2 END, name",
                0, NULL, rows, n);
}

int ref_officials(db_t *db, const char *unit_code, struct ref_row **rows, int *n)
{
    const char *p[1] = { unit_code };

    return fill(db, "SELECT o.id, o.login, o.name, u.name FROM casedesk.official o"
                    " JOIN casedesk.unit u ON u.id = o.unit_id"
                    " WHERE NOT o.disabled AND ($1::text IS NULL OR u.code = $1)"
                    " ORDER BY u.name, o.name", 1, p, rows, n);
}

int ref_villages(db_t *db, struct ref_row **rows, int *n)
{
    return fill(db, "SELECT v.id, v.id::text, v.name, u.name FROM casedesk.village v"
                    " JOIN casedesk.unit u ON u.id = v.unit_id WHERE v.retired_on IS NULL ORDER BY u.name, v.name",
                0, NULL, rows, n);
}

int ref_projects(db_t *db, struct ref_row **rows, int *n)
{
    return fill(db, "SELECT id, code, name, '' FROM casedesk.project WHERE retired_on IS NULL ORDER BY name", 0, NULL, rows, n);
}

int ref_workdays_after(db_t *db, int n, char *out, size_t outsz, char *err, size_t errlen)
{
    char num[16];
    const char *p[1] = { num };

    snprintf(num, sizeof num, "%d", n);
    if (db_scalar(db, "SELECT casedesk.add_workdays(casedesk.today(), $1::integer)", 1, p, out, outsz) <= 0) {
        snprintf(err, errlen, "%s", db_errmsg(db));
        return -1;
    }
    return 0;
}

static int number_of(db_t *db, const char *sql, long long id, char *out, size_t outsz)
{
    char num[24];
    const char *p[1] = { num };

    snprintf(num, sizeof num, "%lld", id);
    return db_scalar(db, sql, 1, p, out, outsz) < 0 ? -1 : 0;
}

int ref_case_number(db_t *db, long long id, char *out, size_t outsz)
{
    return number_of(db, "SELECT case_no FROM casedesk.case_file WHERE id = $1::bigint", id, out, outsz);
}

int ref_task_number(db_t *db, long long id, char *out, size_t outsz)
{
    return number_of(db, "SELECT number FROM casedesk.task WHERE id = $1::bigint", id, out, outsz);
}

int ref_unit_name(db_t *db, const char *code, char *out, size_t outsz)
{
    const char *p[1] = { code };

    return db_scalar(db, "SELECT name FROM casedesk.unit WHERE code = $1", 1, p, out, outsz) < 0 ? -1 : 0;
}

int ref_official_name(db_t *db, const char *login, char *out, size_t outsz)
{
    const char *p[1] = { login };

    return db_scalar(db, "SELECT name FROM casedesk.official WHERE login = $1", 1, p, out, outsz) < 0 ? -1 : 0;
}

/* ---- reference data kept by administrators (see model_ref.h) ---- */

static const char *const refdata_sql[RD__N] = {
    [RD_UNITS] = "SELECT u.code, u.name, u.kind, p.name, p.code FROM casedesk.unit u"
                 " LEFT JOIN casedesk.unit p ON p.id = u.parent_id"
                 " ORDER BY CASE u.kind WHEN 'district' THEN 0 WHEN 'department' THEN 2 ELSE 1 END, u.name",
    [RD_VILLAGES] = "SELECT u.code, v.name, v.kind, u.name, v.retired_on::text, v.retired_reason FROM casedesk.village v"
                    " JOIN casedesk.unit u ON u.id = v.unit_id ORDER BY u.name, v.name",
    [RD_PROJECTS] = "SELECT p.code, p.name, p.kind, u.name, p.account_no, p.budget_packaged::text,"
                    " p.funding_need::text, p.started_on::text, p.retired_on::text, p.retired_reason"
                    " FROM casedesk.project p"
                    " LEFT JOIN casedesk.unit u ON u.id = p.lead_unit_id ORDER BY p.name",
    [RD_COMMUNITIES] = "SELECT c.name, c.name, u.name, c.flats_planned::text, c.flats_ready::text"
                       " FROM casedesk.resettlement_community c"
                       " LEFT JOIN casedesk.unit u ON u.id = c.unit_id ORDER BY c.name",
    [RD_CALENDAR] = "SELECT day::text, extract(isodow FROM day)::int::text, kind, name"
                    " FROM casedesk.calendar_day WHERE extract(year FROM day) = $1::int ORDER BY day",
};

int refdata_list(db_t *db, enum refdata_kind k, int year, struct refdata_row **rows, int *n)
{
    char y[16];
    const char *p[1] = { y };
    PGresult *r;

    snprintf(y, sizeof y, "%d", year);
    *rows = NULL;
    *n = 0;
    if (k < 0 || k >= RD__N) return -1;
    r = db_exec(db, refdata_sql[k], k == RD_CALENDAR ? 1 : 0, k == RD_CALENDAR ? p : NULL);
    if (!r) return -1;
    *n = PQntuples(r);
    *rows = xcalloc((size_t)*n + 1, sizeof **rows);
    for (int i = 0; i < *n; i++)
        for (int c = 0; c < REFDATA_COLS; c++)
            (*rows)[i].c[c] = xstrdup(c < PQnfields(r) ? PQgetvalue(r, i, c) : "");
    PQclear(r);
    return 0;
}

void refdata_free(struct refdata_row *rows, int n)
{
    for (int i = 0; i < n; i++)
        for (int c = 0; c < REFDATA_COLS; c++) free(rows[i].c[c]);
    free(rows);
}

int refdata_count(db_t *db, enum refdata_kind k, int year)
{
    struct refdata_row *rows;
    int n;

    if (refdata_list(db, k, year, &rows, &n) < 0) return -1;
    refdata_free(rows, n);
    return n;
}

static const struct { const char *sql; int n; } refdata_changes[RC__N] = {
    [RC_UNIT_ADD] = { "SELECT casedesk.unit_add($1, $2, $3, $4)", 4 },
    [RC_UNIT_RENAME] = { "SELECT casedesk.unit_rename($1, $2)", 2 },
    [RC_VILLAGE_ADD] = { "SELECT casedesk.village_add($1, $2, $3)", 3 },
    [RC_VILLAGE_RENAME] = { "SELECT casedesk.village_rename($1, $2, $3)", 3 },
    [RC_PROJECT_ADD] = { "SELECT casedesk.project_add($1, $2, $3, $4, $5, $6::date, $7::numeric, $8::numeric)", 8 },
    [RC_PROJECT_MONEY] = { "SELECT casedesk.project_set_money($1, $2::numeric, $3::numeric)", 3 },
    [RC_PROJECT_ADD_UNIT] = { "SELECT casedesk.project_add_unit($1, $2)", 2 },
    [RC_COMMUNITY_ADD] = { "SELECT casedesk.community_add($1, $2, $3::integer)", 3 },
    [RC_COMMUNITY_FLATS] = { "SELECT casedesk.community_set_flats($1, $2::integer, $3::integer)", 3 },
    [RC_CALENDAR_SET] = { "SELECT casedesk.calendar_set($1::date, $2, $3)", 3 },
    [RC_CALENDAR_CLEAR] = { "SELECT casedesk.calendar_clear($1::date)", 1 },
    [RC_VILLAGE_RETIRE] = { "SELECT casedesk.village_retire($1, $2, $3::date, $4)", 4 },
    [RC_VILLAGE_RESTORE] = { "SELECT casedesk.village_restore($1, $2)", 2 },
    [RC_PROJECT_RETIRE] = { "SELECT casedesk.project_retire($1, $2::date, $3)", 3 },
    [RC_PROJECT_RESTORE] = { "SELECT casedesk.project_restore($1)", 1 },
};

int refdata_change(db_t *db, enum refdata_change c, const char *const *values)
{
    const char *p[8];
    PGresult *r;

    if (c < 0 || c >= RC__N) return -1;
    for (int i = 0; i < refdata_changes[c].n; i++)
        p[i] = values[i] && values[i][0] ? values[i] : NULL;
    r = db_exec(db, refdata_changes[c].sql, refdata_changes[c].n, p);
    if (!r) return -1;
    PQclear(r);
    return 0;
}
