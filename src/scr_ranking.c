/* scr_ranking.c — the assessment ranking (考核排名) of the units with
 * targets, for a year, a quarter or a month: score, the base from the
 * weighted targets, deductions for yellow/red cards and overdue tasks.
 * Units below the accountability threshold (问责线) are highlighted and
 * marked in words (a colour alone does not survive every terminal).
 * P picks the period, [ and ] step through it, y another year, w the
 * scoring rules, c the commendations of the year.
 *
 * Figures come from casedesk.ranking (sql/041) as the server formats them;
 * when it refuses (no targets, no rule) its sentence is shown in the body. */

#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_report.h"
#include "district.h"
#include "i18n.h"
#include "model_targets.h"
#include "screen.h"
#include "targetui.h"
#include "theme.h"
#include "ui.h"
#include "util.h"
#include "widgets.h"

enum { C_RANK, C_UNIT, C_SCORE, C_BASE, C_DED, C_YELLOW, C_RED, C_OVERDUE, C_MARK, C__N };

static const struct list_col rcols[C__N] = {
    { N_("Rank"), 4, 0, ALIGN_RIGHT },
    { N_("Unit"), 10, 3, ALIGN_LEFT },
    { N_("Score"), 6, 0, ALIGN_RIGHT },
    { N_("Base"), 6, 0, ALIGN_RIGHT },
    { N_("Deducted"), 6, 0, ALIGN_RIGHT },
    { N_("Yellow"), 4, 0, ALIGN_RIGHT },
    { N_("Red"), 4, 0, ALIGN_RIGHT },
    { N_("Overdue"), 4, 0, ALIGN_RIGHT },
    { "", 8, 2, ALIGN_LEFT },
};

struct ranking {
    struct list_widget list;
    struct ranking_row *rows;
    int n, year, index, below;
    const char *period;               /* "year" | "quarter" | "month" */
    char error[256];                  /* the server's refusal, shown as the body */
    char tmp[4][32];
    int tmpi;
};

static const char *num(struct ranking *k, const char *v)
{
    k->tmpi = (k->tmpi + 1) % 4;
    tgt_tidy(k->tmp[k->tmpi], sizeof k->tmp[0], v);
    return k->tmp[k->tmpi];
}

static const char *count(struct ranking *k, long v)
{
    k->tmpi = (k->tmpi + 1) % 4;
    snprintf(k->tmp[k->tmpi], sizeof k->tmp[0], "%ld", v);
    return k->tmp[k->tmpi];
}

static const char *rcell(void *arg, int r, int c)
{
    struct ranking *k = arg;
    const struct ranking_row *row = &k->rows[r];

    switch (c) {
    case C_RANK: return count(k, row->rank);
    case C_UNIT: return row->unit_name;
    case C_SCORE: return num(k, row->score);
    case C_BASE: return num(k, row->base_score);
    case C_DED: return num(k, row->deduction);
    case C_YELLOW: return count(k, row->yellow_cards);
    case C_RED: return count(k, row->red_cards);
    case C_OVERDUE: return count(k, row->overdue_tasks);
    default: return row->below_threshold ? _("below threshold") : "";
    }
}

static enum role rrole(void *arg, int r)
{
    return ((struct ranking *)arg)->rows[r].below_threshold ? ROLE_ERROR : ROLE_NORMAL;
}

static void load(struct ranking *k)
{
    db_t *db = db_report(ui_app()->db);
    char note[256];

    ranking_free(k->rows, k->n);
    k->rows = NULL;
    k->n = k->below = 0;
    k->error[0] = '\0';
    if (targets_ranking(db, k->year, k->period, k->index, &k->rows, &k->n) < 0) {
        snprintf(k->error, sizeof k->error, "%s", db_errmsg(db));
        k->rows = NULL;
        k->n = 0;
    } else if (*db_report_note(db, note, sizeof note)) {
        ui_info("%s", note);
    }
    for (int i = 0; i < k->n; i++)
        k->below += k->rows[i].below_threshold;
    k->list.empty_text = k->error[0] ? k->error : _("No unit has targets in this period.");
    list_set_rows(&k->list, k->n, 0);
}

static int rk_open(struct screen *s, void *arg)
{
    struct ranking *k = s->priv;
    (void)arg;

    k->year = district_year();
    k->period = "year";
    list_init(&k->list, rcols, C__N, rcell, k);
    k->list.row_role = rrole;
    load(k);
    return 0;
}

static void rk_close(struct screen *s)
{
    struct ranking *k = s->priv;
    ranking_free(k->rows, k->n);
}

static void period_text(const struct ranking *k, char *buf, size_t sz)
{
    if (strcmp(k->period, "quarter") == 0)
        snprintf(buf, sz, _("%d, quarter %d"), k->year, k->index);
    else if (strcmp(k->period, "month") == 0)
        snprintf(buf, sz, _("%d, month %d"), k->year, k->index);
    else
        snprintf(buf, sz, _("%d, whole year"), k->year);
}

static void rk_draw(struct screen *s, WINDOW *w)
{
    struct ranking *k = s->priv;
    char per[64], line[256];

    period_text(k, per, sizeof per);
    if (k->below)
        snprintf(line, sizeof line, _("Ranking %s · %d units · %d below the accountability threshold"),
                 per, k->n, k->below);
    else
        snprintf(line, sizeof line, _("Ranking %s · %d units · none below the accountability threshold"),
                 per, k->n);
    ui_put_role(w, 0, 0, s->cols, line, ALIGN_LEFT, k->below ? ROLE_WARNING : ROLE_DIM);
    list_draw(&k->list, w, 1, 0, s->rows - 1, s->cols);
}

/* P: whole year, a quarter or a month. */
static void choose_period(struct ranking *k)
{
    char labels[17][48];
    const char *items[17];
    int n = 0, i;

    snprintf(labels[n], sizeof labels[0], "%s", _("Whole year"));
    items[n] = labels[n]; n++;
    for (int q = 1; q <= 4; q++, n++) {
        snprintf(labels[n], sizeof labels[0], _("Quarter %d"), q);
        items[n] = labels[n];
    }
    for (int m = 1; m <= 12; m++, n++) {
        snprintf(labels[n], sizeof labels[0], _("Month %d"), m);
        items[n] = labels[n];
    }
    if ((i = ui_menu(_("Period"), items, n, 0)) < 0)
        return;
    k->period = i == 0 ? "year" : i <= 4 ? "quarter" : "month";
    k->index = i == 0 ? 0 : i <= 4 ? i : i - 4;
    load(k);
}

/* [ and ]: the previous or next period of the same kind. */
static void step_period(struct ranking *k, int d)
{
    int last = strcmp(k->period, "quarter") == 0 ? 4 : strcmp(k->period, "month") == 0 ? 12 : 0;

    if (last == 0) {
        if (k->year + d < 2000 || k->year + d > 2100) return;
        k->year += d;
    } else {
        k->index += d;
        if (k->index < 1) { k->index = last; k->year--; }
        if (k->index > last) { k->index = 1; k->year++; }
    }
    load(k);
}

static int rk_command(struct screen *s, enum cmd c)
{
    struct ranking *k = s->priv;

    switch (c) {
    case CMD_PERIOD: choose_period(k); return 1;
    case CMD_PERIOD_PREV: step_period(k, -1); return 1;
    case CMD_PERIOD_NEXT: step_period(k, 1); return 1;
    case CMD_YEAR:
        if (tgt_choose_year(&k->year)) load(k);
        return 1;
    case CMD_WEIGHTS: ui_push(&score_rules_screen, &k->year); return 1;
    case CMD_COMMENDATIONS: ui_push(&commend_screen, &k->year); return 1;
    case CMD_REFRESH: load(k); return 1;
    default: break;
    }
    switch (list_command(&k->list, c)) {
    case LIST_UNHANDLED: return 0;
    case LIST_NEED_LAST: list_set_rows(&k->list, k->n, k->n - 1); return 1;
    case LIST_NEED_FIRST: list_set_rows(&k->list, k->n, 0); return 1;
    default: return 1;
    }
}

static void rk_load(struct screen *s, int why)
{
    (void)why;
    load(s->priv);
}

/* Case changes move the figures only a little and would rerun the whole
 * scoring on every save: r reloads for those. */
static const struct ui_watch rk_watch[] = {
    { "target", UI_ANY_ROW }, { "score_rule", UI_ANY_ROW }, { "score_deduction", UI_ANY_ROW },
    { "task_card", UI_ANY_ROW }, { NULL, 0 },
};

static const enum cmd rk_cmds[] = {
    CMD_PERIOD, CMD_PERIOD_PREV, CMD_PERIOD_NEXT, CMD_YEAR, CMD_COMMENDATIONS,
    CMD_WEIGHTS, CMD_REFRESH, CMD_NONE,
};

const struct screen_ops ranking_screen = {
    .name = "ranking", .title = N_("Ranking"), .ctx = KCTX_LIST, .cmds = rk_cmds,
    .priv_size = sizeof(struct ranking), .watch = rk_watch, .load = rk_load,
    .open = rk_open, .close = rk_close, .draw = rk_draw, .command = rk_command,
};
