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
                    " JOIN casedesk.unit u ON u.id = v.unit_id ORDER BY u.name, v.name",
                0, NULL, rows, n);
}

int ref_projects(db_t *db, struct ref_row **rows, int *n)
{
    return fill(db, "SELECT id, code, name, '' FROM casedesk.project ORDER BY name", 0, NULL, rows, n);
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
