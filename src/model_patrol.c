/* model_patrol.c — patrols, villages and pick lists.  Parameterised SQL
 * only; row security in the database decides what each role sees. */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model_patrol.h"
#include "util.h"

int patrol_list(db_t *db, int limit, struct patrol_row **out)
{
    char lim[16];
    const char *p[1] = { lim };
    PGresult *r;
    int n;

    *out = NULL;
    snprintf(lim, sizeof lim, "%d", limit > 0 ? limit : 100);
    r = db_exec(db,
        "SELECT p.id, p.patrol_on::text, p.members, coalesce(p.notes, ''),"
        " coalesce((SELECT string_agg(v.name, '、' ORDER BY v.name) FROM casedesk.patrol_village pv"
        "   JOIN casedesk.village v ON v.id = pv.village_id WHERE pv.patrol_id = p.id), ''),"
        " (SELECT count(*) FROM casedesk.violation w WHERE w.patrol_id = p.id)"
        " FROM casedesk.patrol p ORDER BY p.patrol_on DESC, p.id DESC LIMIT $1::int", 1, p);
    if (!r) return -1;
    n = PQntuples(r);
    *out = xcalloc(n ? (size_t)n : 1, sizeof **out);
    for (int i = 0; i < n; i++) {
        struct patrol_row *x = &(*out)[i];
        x->id = db_cell_ll(r, i, 0);
        db_cell_copy(r, i, 1, x->patrol_on, sizeof x->patrol_on);
        db_cell_copy(r, i, 2, x->members, sizeof x->members);
        db_cell_copy(r, i, 3, x->notes, sizeof x->notes);
        db_cell_copy(r, i, 4, x->villages, sizeof x->villages);
        x->findings = db_cell_int(r, i, 5, 0);
    }
    PQclear(r);
    return n;
}

/* One transaction: the patrol and the villages it covered. */
long long patrol_create(db_t *db, const char *patrol_on, const char *members, const char *notes,
                        const int *village_ids, int nvillages)
{
    const char *p[3] = { patrol_on, members, notes && *notes ? notes : NULL };
    char id[24] = "", vid[16];
    const char *pv[2] = { id, vid };

    if (db_begin(db) != 0) return -1;
    if (db_scalar(db, "INSERT INTO casedesk.patrol (patrol_on, members, notes)"
                      " VALUES ($1::date, $2, $3) RETURNING id", 3, p, id, sizeof id) != 1)
        goto fail;
    for (int i = 0; i < nvillages; i++) {
        snprintf(vid, sizeof vid, "%d", village_ids[i]);
        if (db_command(db, "INSERT INTO casedesk.patrol_village (patrol_id, village_id)"
                           " VALUES ($1::bigint, $2::int) ON CONFLICT DO NOTHING", 2, pv) != 0)
            goto fail;
    }
    if (db_commit(db) != 0) return -1;
    return strtoll(id, NULL, 10);
fail:
    db_rollback(db);
    return -1;
}

long long patrol_record_finding(db_t *db, long long patrol_id, int village_id, const char *subkind,
                                const char *owner_name, const char *address, const char *area_m2)
{
    char pid[24], vid[16], out[24];
    const char *p[6] = { pid, vid, subkind, owner_name, address && *address ? address : NULL,
                         area_m2 && *area_m2 ? area_m2 : NULL };

    snprintf(pid, sizeof pid, "%lld", patrol_id);
    snprintf(vid, sizeof vid, "%d", village_id);
    if (db_scalar(db, "SELECT casedesk.patrol_record_finding($1::bigint, $2::int, $3, $4, $5,"
                      " $6::numeric)", 6, p, out, sizeof out) != 1)
        return -1;
    return strtoll(out, NULL, 10);
}

int village_status_list(db_t *db, int unit_id, struct village_row **out)
{
    char u[16];
    const char *p[1] = { u };
    PGresult *r;
    int n;

    *out = NULL;
    snprintf(u, sizeof u, "%d", unit_id);
    r = db_exec(db,
        "SELECT s.village_id, s.unit_id, s.name, un.name, s.kind, coalesce(s.last_patrolled_on::text, ''),"
        " s.days_since_patrol, coalesce(s.violation_free_since::text, ''),"
        " (SELECT count(*) FROM casedesk.case_file c WHERE c.village_id = s.village_id"
        "   AND c.kind = 'violation' AND c.status IN ('found','verified','stop_notice','rectifying')),"
        /* where the latest application stands, for a village without the title */
        " CASE WHEN s.violation_free_since IS NULL THEN"
        "  (SELECT CASE WHEN a.inspected_on IS NULL THEN 'applied'"
        "               WHEN a.passed AND NOT a.certified THEN 'passed'"
        "               WHEN NOT a.passed THEN 'failed' END"
        "     FROM casedesk.village_application a WHERE a.village_id = s.village_id"
        "    ORDER BY a.id DESC LIMIT 1) END,"
        /* the unit's patrol interval; overdue villages first (migration 160) */
        " iv.d, coalesce(s.days_since_patrol >= iv.d, true)"
        " FROM casedesk.village_patrol_status s JOIN casedesk.unit un ON un.id = s.unit_id"
        " CROSS JOIN LATERAL (SELECT casedesk.patrol_interval(s.unit_id) AS d) iv"
        " WHERE ($1::int = 0 OR s.unit_id = $1::int)"
        " ORDER BY coalesce(s.days_since_patrol >= iv.d, true) DESC, un.id, s.name, s.village_id", 1, p);
    if (!r) return -1;
    n = PQntuples(r);
    *out = xcalloc(n ? (size_t)n : 1, sizeof **out);
    for (int i = 0; i < n; i++) {
        struct village_row *v = &(*out)[i];
        v->id = db_cell_int(r, i, 0, 0);
        v->unit_id = db_cell_int(r, i, 1, 0);
        db_cell_copy(r, i, 2, v->name, sizeof v->name);
        db_cell_copy(r, i, 3, v->unit_name, sizeof v->unit_name);
        db_cell_copy(r, i, 4, v->kind, sizeof v->kind);
        db_cell_copy(r, i, 5, v->last_patrol, sizeof v->last_patrol);
        v->days_since = db_cell_int(r, i, 6, -1);
        db_cell_copy(r, i, 7, v->free_since, sizeof v->free_since);
        v->open_violations = db_cell_int(r, i, 8, 0);
        db_cell_copy(r, i, 9, v->title_state, sizeof v->title_state);
        v->interval_days = db_cell_int(r, i, 10, 7);
        v->overdue = db_cell_bool(r, i, 11);
    }
    PQclear(r);
    return n;
}

int village_certify(db_t *db, int village_id, const char *on)
{
    char vid[16];
    const char *p[2] = { vid, on };

    snprintf(vid, sizeof vid, "%d", village_id);
    return db_command(db, "SELECT casedesk.village_certify_violation_free($1::int, $2::date)", 2, p);
}

static int picks(db_t *db, const char *sql, int nparams, const char *const *params,
                 struct pick_item **out)
{
    PGresult *r = db_exec(db, sql, nparams, params);
    int n;

    *out = NULL;
    if (!r) return -1;
    n = PQntuples(r);
    *out = xcalloc(n ? (size_t)n : 1, sizeof **out);
    for (int i = 0; i < n; i++) {
        (*out)[i].id = db_cell_int(r, i, 0, 0);
        db_cell_copy(r, i, 1, (*out)[i].name, sizeof (*out)[i].name);
        if (PQnfields(r) > 2)
            db_cell_copy(r, i, 2, (*out)[i].retired, sizeof (*out)[i].retired);
    }
    PQclear(r);
    return n;
}

#define VILLAGES_SQL(where) \
    "SELECT v.id, CASE WHEN $1::int = 0 THEN u.name || ' ' ELSE '' END || v.name, v.retired_on::text" \
    " FROM casedesk.village v JOIN casedesk.unit u ON u.id = v.unit_id" \
    " WHERE ($1::int = 0 OR v.unit_id = $1::int)" where \
    " ORDER BY v.retired_on IS NOT NULL, u.id, v.name, v.id"

static int villages(db_t *db, int unit_id, int with_retired, struct pick_item **out)
{
    char u[16];
    const char *p[1] = { u };

    snprintf(u, sizeof u, "%d", unit_id);
    return picks(db, with_retired ? VILLAGES_SQL("") : VILLAGES_SQL(" AND v.retired_on IS NULL"), 1, p, out);
}

int pick_villages(db_t *db, int unit_id, struct pick_item **out)
{
    return villages(db, unit_id, 0, out);
}

int pick_villages_filter(db_t *db, int unit_id, struct pick_item **out)
{
    return villages(db, unit_id, 1, out);
}

int pick_units(db_t *db, struct pick_item **out)
{
    return picks(db, "SELECT id, name FROM casedesk.unit WHERE kind IN ('town','subdistrict')"
                     " ORDER BY id", 0, NULL, out);
}

#define PROJECTS_SQL(where) \
    "SELECT p.id, p.name, p.retired_on::text FROM casedesk.project p WHERE ($1::int = 0" \
    " OR p.lead_unit_id = $1::int OR EXISTS (SELECT 1 FROM casedesk.project_unit pu" \
    "   WHERE pu.project_id = p.id AND pu.unit_id = $1::int))" where \
    " ORDER BY p.retired_on IS NOT NULL, p.id"

static int projects(db_t *db, int unit_id, int with_retired, struct pick_item **out)
{
    char u[16];
    const char *p[1] = { u };

    snprintf(u, sizeof u, "%d", unit_id);
    return picks(db, with_retired ? PROJECTS_SQL("") : PROJECTS_SQL(" AND p.retired_on IS NULL"), 1, p, out);
}

int pick_projects(db_t *db, int unit_id, struct pick_item **out)
{
    return projects(db, unit_id, 0, out);
}

int pick_projects_filter(db_t *db, int unit_id, struct pick_item **out)
{
    return projects(db, unit_id, 1, out);
}

int pick_communities(db_t *db, struct pick_item **out)
{
    return picks(db, "SELECT id, name FROM casedesk.resettlement_community ORDER BY id", 0, NULL, out);
}

int village_apply(db_t *db, int village_id, const char *on, const char *note)
{
    char vid[16];
    const char *p[3] = { vid, on, note };

    snprintf(vid, sizeof vid, "%d", village_id);
    return db_command(db, "SELECT casedesk.village_apply_violation_free($1::int, $2::date, $3)", 3, p);
}

int village_inspect(db_t *db, int village_id, const char *on, int passed, const char *note)
{
    char vid[16];
    const char *p[4] = { vid, on, passed ? "true" : "false", note };

    snprintf(vid, sizeof vid, "%d", village_id);
    return db_command(db, "SELECT casedesk.village_inspect_violation_free($1::int, $2::date, $3::boolean, $4)", 4, p);
}

int village_revoke(db_t *db, int village_id, const char *on, const char *reason)
{
    char vid[16];
    const char *p[3] = { vid, on, reason };

    snprintf(vid, sizeof vid, "%d", village_id);
    return db_command(db, "SELECT casedesk.village_revoke_violation_free($1::int, $2::date, $3)", 3, p);
}
