/* model_filter.c — saved filters per person (model_filter.h). */
#include "config.h"
#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model_filter.h"
#include "util.h"

int saved_filters(db_t *db, const char *screen, struct saved_filter **out, int *n)
{
    const char *p[1] = { screen };
    PGresult *r = db_exec(db,
        "SELECT f.id, f.name, coalesce(f.kind, ''), coalesce(f.status, ''), coalesce(f.text, ''),"
        "       coalesce(f.unit_id, 0), coalesce(f.village_id, 0), coalesce(f.project_id, 0), f.overdue,"
        "       coalesce(u.name, ''), coalesce(v.name, ''), coalesce(pr.name, ''),"
        "       coalesce(u.code, '')"
        "  FROM casedesk.saved_filter f"
        "  LEFT JOIN casedesk.unit u ON u.id = f.unit_id"
        "  LEFT JOIN casedesk.village v ON v.id = f.village_id"
        "  LEFT JOIN casedesk.project pr ON pr.id = f.project_id"
        " WHERE f.screen = $1 ORDER BY f.name, f.id", 1, p);

    *out = NULL;
    *n = 0;
    if (!r) return -1;
    *n = PQntuples(r);
    *out = xcalloc((size_t)*n + 1, sizeof **out);
    for (int i = 0; i < *n; i++) {
        struct saved_filter *f = &(*out)[i];
        f->id = db_cell_int(r, i, 0, 0);
        db_cell_copy(r, i, 1, f->name, sizeof f->name);
        db_cell_copy(r, i, 2, f->kind, sizeof f->kind);
        db_cell_copy(r, i, 3, f->status, sizeof f->status);
        db_cell_copy(r, i, 4, f->text, sizeof f->text);
        f->unit_id = db_cell_int(r, i, 5, 0);
        f->village_id = db_cell_int(r, i, 6, 0);
        f->project_id = db_cell_int(r, i, 7, 0);
        f->overdue = db_cell_bool(r, i, 8);
        db_cell_copy(r, i, 9, f->unit_name, sizeof f->unit_name);
        db_cell_copy(r, i, 10, f->village_name, sizeof f->village_name);
        db_cell_copy(r, i, 11, f->project_name, sizeof f->project_name);
        db_cell_copy(r, i, 12, f->unit_code, sizeof f->unit_code);
    }
    PQclear(r);
    return 0;
}

static const char *id_or_null(int id, char *buf, size_t sz)
{
    if (id <= 0) return NULL;
    snprintf(buf, sz, "%d", id);
    return buf;
}

static const char *text_or_null(const char *s)
{
    return s && s[0] ? s : NULL;
}

int saved_filter_save(db_t *db, const char *screen, const struct saved_filter *f)
{
    char unit[16], village[16], project[16];
    const char *p[10] = {
        screen, f->name, text_or_null(f->kind), text_or_null(f->status),
        id_or_null(f->unit_id, unit, sizeof unit), id_or_null(f->village_id, village, sizeof village),
        id_or_null(f->project_id, project, sizeof project), f->overdue ? "t" : "f", text_or_null(f->text),
        text_or_null(f->unit_code)
    };

    /* one's own filter of that name is replaced (the unique key is per login) */
    return db_command(db,
        "INSERT INTO casedesk.saved_filter (screen, name, kind, status, unit_id, village_id, project_id, overdue, text)"
        " VALUES ($1, btrim($2), $3, $4,"
        "         coalesce($5::int, (SELECT u.id FROM casedesk.unit u WHERE u.code = $10)),"
        "         $6::int, $7::int, $8::boolean, $9)"
        " ON CONFLICT (login, screen, name) DO UPDATE SET kind = EXCLUDED.kind, status = EXCLUDED.status,"
        "   unit_id = EXCLUDED.unit_id, village_id = EXCLUDED.village_id, project_id = EXCLUDED.project_id,"
        "   overdue = EXCLUDED.overdue, text = EXCLUDED.text", 10, p) < 0 ? -1 : 0;
}

int saved_filter_rename(db_t *db, int id, const char *name)
{
    char num[16], out[16];
    const char *p[2] = { num, name };

    snprintf(num, sizeof num, "%d", id);
    /* row-level security leaves only one's own row to rename */
    switch (db_scalar(db, "WITH r AS (UPDATE casedesk.saved_filter SET name = btrim($2)"
                          " WHERE id = $1::int RETURNING 1) SELECT count(*) FROM r",
                      2, p, out, sizeof out)) {
    case 1: return atoi(out) > 0;
    case 0: return 0;
    default: return -1;
    }
}

int saved_filter_delete(db_t *db, int id)
{
    char num[16];
    const char *p[1] = { num };
    char out[16];

    snprintf(num, sizeof num, "%d", id);
    switch (db_scalar(db, "SELECT casedesk.saved_filter_delete($1::int)::int", 1, p, out, sizeof out)) {
    case 1: return atoi(out) > 0;
    case 0: return 0;
    default: return -1;
    }
}
