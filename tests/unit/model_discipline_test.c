/* model_discipline_test.c — the discipline and targets models against a
 * live database (started by tests/sql/discipline_model.sh, which passes the
 * official ids in the environment).  Each part connects as a real login
 * role: t_flagger (staff), t_ins (inspector), t_sup (supervisor).  TAP. */
#include "config.h"
#include "db.h"
#include "model_discipline.h"
#include "model_targets.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int tap_n, tap_failed;

static void ok(int cond, const char *what)
{
    tap_n++;
    printf("%sok %d - %s\n", cond ? "" : "not ", tap_n, what);
    if (!cond)
        tap_failed++;
}

static db_t *as(const char *login)
{
    char conninfo[128], err[512];
    snprintf(conninfo, sizeof conninfo, "user=%s", login);
    db_t *db = db_open(conninfo, "model_test", err, sizeof err);
    if (!db) {
        printf("Bail out! cannot connect as %s: %s\n", login, err);
        exit(99);
    }
    return db;
}

static long long find(struct disc_row *rows, int n, const char *receipt)
{
    for (int i = 0; i < n; i++)
        if (strcmp(rows[i].receipt, receipt) == 0)
            return rows[i].id;
    return 0;
}

static void discipline_part(int flagged)
{
    db_t *st = as("t_flagger"), *ins = as("t_ins");
    char receipt[64] = "";
    struct disc_row *rows;
    struct disc_detail d;
    int n;

    ok(disc_flag(st, flagged, "leaking", "提前泄露评估结果", NULL, 0, NULL, 0, receipt, sizeof receipt) == 0
       && strncmp(receipt, "JB-", 3) == 0, "disc_flag returns a receipt");
    ok(disc_receipt_state(st, receipt) == 1, "the flagger's receipt is open");
    ok(disc_receipt_state(st, "JB-0000-0000-0000") == 2, "an unknown receipt is 'unknown'");
    ok(disc_flag(st, flagged, "leaking", "  ", NULL, 0, NULL, 0, receipt + 32, 32) == -1
       && strstr(db_detail(st), "must not be empty"), "empty facts are refused with the server's sentence");
    ok(disc_list(st, NULL, 0, 10, &rows, &n) == -1, "staff cannot list discipline records");

    ok(disc_list(ins, &(struct disc_filter){ .status = "received" }, 0, 10, &rows, &n) == 0 && n >= 1,
       "an inspector lists the received records");
    long long id = find(rows, n, receipt);
    ok(id > 0, "the new flag is in the list");
    disc_rows_free(rows, n);

    ok(disc_get(ins, id, &d) == 1 && strcmp(d.facts, "提前泄露评估结果") == 0
       && strcmp(d.flagger_name, "张三") == 0 && strcmp(d.status, "received") == 0,
       "disc_get returns the facts, the flagger and the state");
    int v = d.version;
    disc_detail_free(&d);
    ok(disc_start_review(ins, id, NULL, v + 1) == -1, "a stale version is refused");
    ok(disc_start_review(ins, id, NULL, v) == 0, "start the review with the version on screen");
    ok(disc_route(ins, id, "talk_letter", "发函询问", 0) == 0, "route to a talk letter");
    ok(disc_conclude(ins, id, "criticism", "2000-01-01", "汉纪〔2025〕9号", NULL, 0) == -1,
       "a decision dated before the flag is refused");
    ok(disc_conclude(ins, id, "criticism", NULL, "汉纪〔2025〕9号", NULL, 0) == -1, "a decision without a date is refused");
    ok(disc_get(ins, id, &d) == 1, "re-read");
    char today[16];
    snprintf(today, sizeof today, "%.10s", d.review_started_on);
    disc_detail_free(&d);
    ok(disc_conclude(ins, id, "criticism", today, "汉纪〔2025〕9号", "批评教育", 0) == 0, "conclude");
    ok(disc_receipt_state(st, receipt) == 0, "the flagger now sees 'closed'");

    struct disc_evidence *ev;
    ok(disc_evidence(ins, flagged, &ev, &n) == 0 && n >= 1 && strcmp(ev[0].kind, "flag") == 0,
       "the evidence view lists the official's flags first");
    disc_evidence_free(ev, n);
    ok(strcmp(disc_category_label("leaking"), "") != 0 && strcmp(disc_status_label("nope"), "nope") == 0,
       "labels for known codes, the code itself otherwise");
    db_close(st);
    db_close(ins);
}

static void targets_part(void)
{
    db_t *sup = as("t_sup"), *st = as("t_flagger");
    struct target_row *t;
    struct ranking_row *r;
    struct score_row *s;
    int n, id;

    id = target_add(sup, "xcb", 2030, "land_mu", "12.5", "2030-02-01", "目标责任书");
    ok(id > 0, "a supervisor adds a target");
    ok(target_add(st, "xcb", 2030, "violations_removed", "5", NULL, NULL) == -1, "staff cannot");
    ok(targets_list(st, 2030, "xcb", &t, &n) == 0 && n == 1 && strcmp(t[0].target_value, "12.50") == 0,
       "everyone reads the targets");
    int v = n == 1 ? t[0].version : 0;
    targets_free(t, n);
    ok(target_save(sup, id, v, "0", "2030-02-02", NULL) == 1, "save with the version on screen");
    ok(target_save(sup, id, v, "3", NULL, NULL) == 0, "a second save with the old version reports 'changed'");
    const char *m[] = { "land_mu", "violations_removed" }, *w90[] = { "50", "40" }, *w[] = { "60", "40" };
    ok(score_rule_set(sup, 2030, m, w90, 2) == -1 && strstr(db_detail(sup), "add up to 90, not 100"),
       "weights adding up to 90 are refused");
    ok(score_rule_set(sup, 2030, m, w, 2) == 0, "weights adding up to 100 are accepted");
    ok(targets_ranking(st, 2030, "year", 0, &r, &n) == 0 && n == 1 && strcmp(r[0].score, "100.00") == 0
       && r[0].rank == 1, "zero and missing targets earn the full weight: 100");
    ranking_free(r, n);
    ok(targets_scores(st, 2030, "quarter", 2, &s, &n) == 0 && n == 2, "scores per metric for a quarter");
    scores_free(s, n);
    ok(targets_ranking(st, 2030, "quarter", 9, &r, &n) == -1 && strstr(db_detail(st), "quarter must be between 1 and 4"),
       "a bad quarter is refused");
    ok(commendation_add(sup, 2030, "xcb", 0, "2030年度先进单位") == 0, "record a commendation");
    ok(strcmp(target_metric_label("land_mu"), "land_mu") != 0 && target_metric_valid("land_mu")
       && !target_metric_valid("land"), "metric labels and validation");
    db_close(sup);
    db_close(st);
}

int main(void)
{
    const char *flagged = getenv("ID_FLAGGED");
    if (!flagged) {
        printf("1..0 # SKIP run through tests/sql/discipline_model.sh\n");
        return 0;
    }
    discipline_part(atoi(flagged));
    targets_part();
    printf("1..%d\n", tap_n);
    return tap_failed ? 1 : 0;
}
