/* model_targets.h — targets (目标责任书), scoring rules, commendations and
 * the ranking, over sql/040-042.  No curses.
 *
 * Everyone reads; supervisors and administrators maintain (the server
 * refuses others).  Functions return -1 on error with the sentence in
 * db_errmsg(db).  Numbers stay text as the server formats them (numeric),
 * so nothing is lost to floating point. */
#ifndef CASEDESK_MODEL_TARGETS_H
#define CASEDESK_MODEL_TARGETS_H

#include "db.h"

/* NULL-terminated list of the metric codes, in display order. */
extern const char *const target_metrics[];
/* Translated label ("Households expropriated") and unit ("households"). */
const char *target_metric_label(const char *metric);
const char *target_metric_unit(const char *metric);
int target_metric_valid(const char *metric);

struct target_row {
    int id, unit_id, year, version;
    char *unit_code, *unit_name, *metric, *target_value, *signed_on, *note;
};

/* Targets of a year; unit_code NULL = every unit. */
int targets_list(db_t *db, int year, const char *unit_code, struct target_row **rows, int *n);
void targets_free(struct target_row *rows, int n);

/* Add a target; returns its id or -1. */
int target_add(db_t *db, const char *unit_code, int year, const char *metric,
               const char *value, const char *signed_on, const char *note);
/* Save with the version on screen: 1 saved, 0 changed by someone else since
 * (re-read and show it), -1 error. */
int target_save(db_t *db, int id, int version, const char *value, const char *signed_on,
                const char *note);

/* Replace a year's weights in one step (they must add up to 100). */
int score_rule_set(db_t *db, int year, const char *const *metrics, const char *const *weights, int n);

/* Record a commendation of a unit (unit_code) or a person (official_id > 0). */
int commendation_add(db_t *db, int year, const char *unit_code, int official_id, const char *title);

struct ranking_row {
    int unit_id, rank, below_threshold;
    long yellow_cards, red_cards, overdue_tasks;
    char *unit_code, *unit_name, *score, *base_score, *deduction;
};

/* period "year" | "quarter" | "month" (index 1-4 / 1-12). */
int targets_ranking(db_t *db, int year, const char *period, int index,
                    struct ranking_row **rows, int *n);
void ranking_free(struct ranking_row *rows, int n);

struct score_row {
    int unit_id;
    char *metric, *target, *actual, *pct, *weight, *points;   /* "" when none */
};

/* Per unit and metric: target, actual, percent and points of a period. */
int targets_scores(db_t *db, int year, const char *period, int index,
                   struct score_row **rows, int *n);
void scores_free(struct score_row *rows, int n);

/* ---- for the targets and ranking screens and casedesk-admin target ---- */

/* Towns and sub-district offices: the units that sign targets. */
struct target_unit { int id; char *code, *name; };
int target_units(db_t *db, struct target_unit **rows, int *n);
void target_units_free(struct target_unit *rows, int n);

/* The weights in force for a year (its own, else the latest earlier year's):
 * *rule_year is the year they were set for, 0 when there are none. */
struct score_weight { char *metric, *weight; };
int score_rules_get(db_t *db, int year, int *rule_year, struct score_weight **rows, int *n);
void score_rules_free(struct score_weight *rows, int n);

/* Deductions and the accountability threshold in force for a year; year 0
 * when none was ever set (the server's defaults are filled in). */
struct score_deduction {
    int id, year, version;
    char per_yellow[24], per_red[24], per_overdue[24], max_deduction[24], threshold[24];
};
int score_deduction_get(db_t *db, int year, struct score_deduction *d);
/* Save d as the year's deductions: updates the year's own row with the
 * version check (1 saved, 0 changed by someone since), or inserts one when
 * the year had none of its own (1).  -1 error. */
int score_deduction_save(db_t *db, int year, const struct score_deduction *d);

/* Commendations of a year (units first, then people). */
struct commendation_row {
    int id, year, is_person;
    char *subject, *unit_name, *title, *granted_on;
};
int commendations_list(db_t *db, int year, struct commendation_row **rows, int *n);
void commendations_free(struct commendation_row *rows, int n);

#endif
