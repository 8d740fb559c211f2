/* model_targets.c — targets, scoring rules, commendations and the ranking
 * over sql/040-042.  No curses; every statement parameterised. */
#include "config.h"
#include "model_targets.h"
#include "i18n.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const target_metrics[] = {
    "households_expropriated", "enterprises_expropriated", "house_area_m2", "land_mu",
    "households_resettled", "violations_removed", "villages_certified",
    "patrol_coverage_pct", "tasks_closed_on_time", NULL,
};

struct metric_text { const char *code, *label, *unit; };

static const struct metric_text metric_texts[] = {
    { "households_expropriated", N_("Households expropriated"), N_("households") },
    { "enterprises_expropriated", N_("Enterprises and institutions expropriated"), N_("enterprises") },
    { "house_area_m2", N_("House area expropriated"), N_("m2") },
    { "land_mu", N_("Land acquired"), N_("mu") },
    { "households_resettled", N_("Households moved into resettlement flats"), N_("households") },
    { "violations_removed", N_("Violations removed"), N_("violations") },
    { "villages_certified", N_("Villages certified violation-free"), N_("villages") },
    { "patrol_coverage_pct", N_("Patrol coverage"), N_("percent") },
    { "tasks_closed_on_time", N_("Tasks closed on time"), N_("percent") },
};

static const struct metric_text *metric_find(const char *metric)
{
    for (size_t i = 0; metric && i < ARRAY_SIZE(metric_texts); i++)
        if (strcmp(metric_texts[i].code, metric) == 0)
            return &metric_texts[i];
    return NULL;
}

const char *target_metric_label(const char *metric)
{
    const struct metric_text *m = metric_find(metric);
    return m ? _(m->label) : (metric ? metric : "");
}

const char *target_metric_unit(const char *metric)
{
    const struct metric_text *m = metric_find(metric);
    return m ? _(m->unit) : "";
}

int target_metric_valid(const char *metric)
{
    return metric_find(metric) != NULL;
}

int targets_list(db_t *db, int year, const char *unit_code, struct target_row **rows, int *n)
{
    char y[16];
    snprintf(y, sizeof y, "%d", year);
    const char *p[] = { y, unit_code && *unit_code ? unit_code : NULL };
    PGresult *r = db_exec(db,
        "SELECT t.id, t.unit_id, t.year, t.version, u.code, u.name, t.metric, t.target_value,"
        " t.signed_on, t.note FROM casedesk.target t JOIN casedesk.unit u ON u.id = t.unit_id"
        " WHERE t.year = $1::int AND ($2::text IS NULL OR u.code = $2::text)"
        " ORDER BY u.code, array_position(casedesk.target_metrics(), t.metric)", 2, p);
    if (!r)
        return -1;
    *n = PQntuples(r);
    *rows = xcalloc((size_t)*n + 1, sizeof **rows);
    for (int i = 0; i < *n; i++) {
        struct target_row *t = &(*rows)[i];
        t->id = db_cell_int(r, i, 0, 0);
        t->unit_id = db_cell_int(r, i, 1, 0);
        t->year = db_cell_int(r, i, 2, 0);
        t->version = db_cell_int(r, i, 3, 0);
        t->unit_code = db_cell_dup(r, i, 4);
        t->unit_name = db_cell_dup(r, i, 5);
        t->metric = db_cell_dup(r, i, 6);
        t->target_value = db_cell_dup(r, i, 7);
        t->signed_on = db_cell_dup(r, i, 8);
        t->note = db_cell_dup(r, i, 9);
    }
    PQclear(r);
    return 0;
}

void targets_free(struct target_row *rows, int n)
{
    for (int i = 0; rows && i < n; i++) {
        free(rows[i].unit_code); free(rows[i].unit_name); free(rows[i].metric);
        free(rows[i].target_value); free(rows[i].signed_on); free(rows[i].note);
    }
    free(rows);
}

int target_add(db_t *db, const char *unit_code, int year, const char *metric,
               const char *value, const char *signed_on, const char *note)
{
    char y[16], id[16];
    snprintf(y, sizeof y, "%d", year);
    const char *p[] = { unit_code, y, metric, value, signed_on && *signed_on ? signed_on : NULL, note };
    if (db_scalar(db, "INSERT INTO casedesk.target (unit_id, year, metric, target_value, signed_on, note)"
                      " VALUES (casedesk.unit_id_of($1), $2::int, $3, $4::numeric, $5::date, $6)"
                      " RETURNING id", 6, p, id, sizeof id) != 1)
        return -1;
    return atoi(id);
}

int target_save(db_t *db, int id, int version, const char *value, const char *signed_on,
                const char *note)
{
    char ids[16], v[16], out[16];
    snprintf(ids, sizeof ids, "%d", id);
    snprintf(v, sizeof v, "%d", version);
    const char *p[] = { ids, v, value, signed_on && *signed_on ? signed_on : NULL, note };
    int rc = db_scalar(db, "UPDATE casedesk.target SET target_value = $3::numeric, signed_on = $4::date,"
                           " note = $5 WHERE id = $1::int AND version = $2::int RETURNING id",
                       5, p, out, sizeof out);
    return rc < 0 ? -1 : rc;
}

/* Append s to *json as a JSON string (escaped). */
static void json_str(char **json, const char *s)
{
    size_t len = strlen(*json), cap = len + strlen(s) * 6 + 3;
    char *o = xrealloc(*json, cap), *w = o + len;
    *w++ = '"';
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\') {
            *w++ = '\\';
            *w++ = (char)c;
        } else if (c < 0x20) {
            w += sprintf(w, "\\u%04x", c);
        } else {
            *w++ = (char)c;
        }
    }
    *w++ = '"';
    *w = '\0';
    *json = o;
}

int score_rule_set(db_t *db, int year, const char *const *metrics, const char *const *weights, int n)
{
    char y[16];
    char *json = xstrdup("{");
    snprintf(y, sizeof y, "%d", year);
    /* The server checks the metrics, the numbers and the sum of 100. */
    for (int i = 0; i < n; i++) {
        if (i) {
            json = xrealloc(json, strlen(json) + 2);
            strcat(json, ",");
        }
        json_str(&json, metrics[i]);
        json = xrealloc(json, strlen(json) + 2);
        strcat(json, ":");
        json_str(&json, weights[i]);
    }
    json = xrealloc(json, strlen(json) + 2);
    strcat(json, "}");
    const char *p[] = { y, json };
    int rc = db_command(db, "SELECT casedesk.score_rule_set($1::int, $2::jsonb)", 2, p);
    free(json);
    return rc;
}

int commendation_add(db_t *db, int year, const char *unit_code, int official_id, const char *title)
{
    char y[16], o[16];
    snprintf(y, sizeof y, "%d", year);
    snprintf(o, sizeof o, "%d", official_id);
    const char *p[] = { y, official_id > 0 ? NULL : unit_code, official_id > 0 ? o : NULL, title };
    return db_command(db, "INSERT INTO casedesk.commendation (year, unit_id, official_id, title)"
                          " VALUES ($1::int, casedesk.unit_id_of($2), $3::int, $4)", 4, p);
}

/* Run a ranking-shaped call: $1 year, $2 period, $3 index (NULL for a year). */
static PGresult *period_call(db_t *db, const char *sql, int year, const char *period, int index)
{
    char y[16], ix[16];
    const char *per = period && *period ? period : "year";
    snprintf(y, sizeof y, "%d", year);
    snprintf(ix, sizeof ix, "%d", index);
    const char *p[] = { y, per, strcmp(per, "year") == 0 ? NULL : ix };
    return db_exec(db, sql, 3, p);
}

int targets_ranking(db_t *db, int year, const char *period, int index,
                    struct ranking_row **rows, int *n)
{
    PGresult *r = period_call(db,
        "SELECT unit_id, rank, below_threshold, yellow_cards, red_cards, overdue_tasks,"
        " unit_code, unit_name, score, base_score, deduction"
        " FROM casedesk.ranking($1::int, $2::text, $3::int)", year, period, index);
    if (!r)
        return -1;
    *n = PQntuples(r);
    *rows = xcalloc((size_t)*n + 1, sizeof **rows);
    for (int i = 0; i < *n; i++) {
        struct ranking_row *k = &(*rows)[i];
        k->unit_id = db_cell_int(r, i, 0, 0);
        k->rank = db_cell_int(r, i, 1, 0);
        k->below_threshold = db_cell_bool(r, i, 2);
        k->yellow_cards = db_cell_ll(r, i, 3);
        k->red_cards = db_cell_ll(r, i, 4);
        k->overdue_tasks = db_cell_ll(r, i, 5);
        k->unit_code = db_cell_dup(r, i, 6);
        k->unit_name = db_cell_dup(r, i, 7);
        k->score = db_cell_dup(r, i, 8);
        k->base_score = db_cell_dup(r, i, 9);
        k->deduction = db_cell_dup(r, i, 10);
    }
    PQclear(r);
    return 0;
}

void ranking_free(struct ranking_row *rows, int n)
{
    for (int i = 0; rows && i < n; i++) {
        free(rows[i].unit_code); free(rows[i].unit_name); free(rows[i].score);
        free(rows[i].base_score); free(rows[i].deduction);
    }
    free(rows);
}

int targets_scores(db_t *db, int year, const char *period, int index,
                   struct score_row **rows, int *n)
{
    PGresult *r = period_call(db,
        "SELECT unit_id, metric, target, actual, pct, weight, points"
        " FROM casedesk.unit_scores($1::int, $2::text, $3::int)"
        " ORDER BY unit_id, array_position(casedesk.target_metrics(), metric)", year, period, index);
    if (!r)
        return -1;
    *n = PQntuples(r);
    *rows = xcalloc((size_t)*n + 1, sizeof **rows);
    for (int i = 0; i < *n; i++) {
        struct score_row *s = &(*rows)[i];
        s->unit_id = db_cell_int(r, i, 0, 0);
        s->metric = db_cell_dup(r, i, 1);
        s->target = db_cell_dup(r, i, 2);
        s->actual = db_cell_dup(r, i, 3);
        s->pct = db_cell_dup(r, i, 4);
        s->weight = db_cell_dup(r, i, 5);
        s->points = db_cell_dup(r, i, 6);
    }
    PQclear(r);
    return 0;
}

void scores_free(struct score_row *rows, int n)
{
    for (int i = 0; rows && i < n; i++) {
        free(rows[i].metric); free(rows[i].target); free(rows[i].actual);
        free(rows[i].pct); free(rows[i].weight); free(rows[i].points);
    }
    free(rows);
}

/* ---- for the targets and ranking screens and casedesk-admin target ---- */

int target_units(db_t *db, struct target_unit **rows, int *n)
{
    PGresult *r = db_exec(db, "SELECT id, code, name FROM casedesk.unit"
                              " WHERE kind IN ('town','subdistrict') ORDER BY code", 0, NULL);
    if (!r)
        return -1;
    *n = PQntuples(r);
    *rows = xcalloc((size_t)*n + 1, sizeof **rows);
    for (int i = 0; i < *n; i++) {
        (*rows)[i].id = db_cell_int(r, i, 0, 0);
        (*rows)[i].code = db_cell_dup(r, i, 1);
        (*rows)[i].name = db_cell_dup(r, i, 2);
    }
    PQclear(r);
    return 0;
}

void target_units_free(struct target_unit *rows, int n)
{
    for (int i = 0; rows && i < n; i++) {
        free(rows[i].code); free(rows[i].name);
    }
    free(rows);
}

int score_rules_get(db_t *db, int year, int *rule_year, struct score_weight **rows, int *n)
{
    char y[16];
    snprintf(y, sizeof y, "%d", year);
    const char *p[] = { y };
    PGresult *r = db_exec(db,
        "SELECT year, metric, trim_scale(weight)::text FROM casedesk.score_rule"
        " WHERE year = casedesk.score_rule_year($1::int)"
        " ORDER BY array_position(casedesk.target_metrics(), metric)", 1, p);
    if (!r)
        return -1;
    *n = PQntuples(r);
    *rule_year = *n ? db_cell_int(r, 0, 0, 0) : 0;
    *rows = xcalloc((size_t)*n + 1, sizeof **rows);
    for (int i = 0; i < *n; i++) {
        (*rows)[i].metric = db_cell_dup(r, i, 1);
        (*rows)[i].weight = db_cell_dup(r, i, 2);
    }
    PQclear(r);
    return 0;
}

void score_rules_free(struct score_weight *rows, int n)
{
    for (int i = 0; rows && i < n; i++) {
        free(rows[i].metric); free(rows[i].weight);
    }
    free(rows);
}

int score_deduction_get(db_t *db, int year, struct score_deduction *d)
{
    char y[16];
    snprintf(y, sizeof y, "%d", year);
    const char *p[] = { y };
    /* the defaults are those casedesk.ranking uses without a row */
    PGresult *r = db_exec(db,
        "SELECT coalesce(x.id, 0), coalesce(x.year, 0), coalesce(x.version, 0),"
        " trim_scale(coalesce(x.per_yellow, 1))::text, trim_scale(coalesce(x.per_red, 3))::text,"
        " trim_scale(coalesce(x.per_overdue, 0.5))::text, trim_scale(coalesce(x.max_deduction, 30))::text,"
        " trim_scale(coalesce(x.accountability_threshold, 60))::text"
        " FROM (SELECT 1) one LEFT JOIN casedesk.score_deduction x ON x.year ="
        " (SELECT max(y.year) FROM casedesk.score_deduction y WHERE y.year <= $1::int)", 1, p);
    if (!r)
        return -1;
    memset(d, 0, sizeof *d);
    d->id = db_cell_int(r, 0, 0, 0);
    d->year = db_cell_int(r, 0, 1, 0);
    d->version = db_cell_int(r, 0, 2, 0);
    db_cell_copy(r, 0, 3, d->per_yellow, sizeof d->per_yellow);
    db_cell_copy(r, 0, 4, d->per_red, sizeof d->per_red);
    db_cell_copy(r, 0, 5, d->per_overdue, sizeof d->per_overdue);
    db_cell_copy(r, 0, 6, d->max_deduction, sizeof d->max_deduction);
    db_cell_copy(r, 0, 7, d->threshold, sizeof d->threshold);
    PQclear(r);
    return 0;
}

int score_deduction_save(db_t *db, int year, const struct score_deduction *d)
{
    char y[16], ids[16], v[16], out[16];
    snprintf(y, sizeof y, "%d", year);
    snprintf(ids, sizeof ids, "%d", d->id);
    snprintf(v, sizeof v, "%d", d->version);
    if (d->year == year && d->id > 0) {
        const char *p[] = { ids, v, d->per_yellow, d->per_red, d->per_overdue, d->max_deduction, d->threshold };
        int rc = db_scalar(db, "UPDATE casedesk.score_deduction SET per_yellow = $3::numeric,"
                               " per_red = $4::numeric, per_overdue = $5::numeric, max_deduction = $6::numeric,"
                               " accountability_threshold = $7::numeric"
                               " WHERE id = $1::int AND version = $2::int RETURNING id", 7, p, out, sizeof out);
        return rc < 0 ? -1 : rc;
    }
    const char *p[] = { y, d->per_yellow, d->per_red, d->per_overdue, d->max_deduction, d->threshold };
    return db_scalar(db, "INSERT INTO casedesk.score_deduction (year, per_yellow, per_red, per_overdue,"
                         " max_deduction, accountability_threshold) VALUES ($1::int, $2::numeric, $3::numeric,"
                         " $4::numeric, $5::numeric, $6::numeric) RETURNING id", 6, p, out, sizeof out) < 0 ? -1 : 1;
}

int commendations_list(db_t *db, int year, struct commendation_row **rows, int *n)
{
    char y[16];
    snprintf(y, sizeof y, "%d", year);
    const char *p[] = { y };
    PGresult *r = db_exec(db,
        "SELECT c.id, c.year, (c.official_id IS NOT NULL)::int, coalesce(o.name, u.name, ''),"
        " coalesce(ou.name, u.name, ''), c.title, c.granted_on::text"
        " FROM casedesk.commendation c LEFT JOIN casedesk.unit u ON u.id = c.unit_id"
        " LEFT JOIN casedesk.official o ON o.id = c.official_id"
        " LEFT JOIN casedesk.unit ou ON ou.id = o.unit_id"
        " WHERE c.year = $1::int ORDER BY (c.official_id IS NOT NULL), c.granted_on, c.id", 1, p);
    if (!r)
        return -1;
    *n = PQntuples(r);
    *rows = xcalloc((size_t)*n + 1, sizeof **rows);
    for (int i = 0; i < *n; i++) {
        struct commendation_row *c = &(*rows)[i];
        c->id = db_cell_int(r, i, 0, 0);
        c->year = db_cell_int(r, i, 1, 0);
        c->is_person = db_cell_int(r, i, 2, 0);
        c->subject = db_cell_dup(r, i, 3);
        c->unit_name = db_cell_dup(r, i, 4);
        c->title = db_cell_dup(r, i, 5);
        c->granted_on = db_cell_dup(r, i, 6);
    }
    PQclear(r);
    return 0;
}

void commendations_free(struct commendation_row *rows, int n)
{
    for (int i = 0; rows && i < n; i++) {
        free(rows[i].subject); free(rows[i].unit_name); free(rows[i].title); free(rows[i].granted_on);
    }
    free(rows);
}
