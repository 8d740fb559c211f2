/* scr_progress.c — targets progress (目标责任书完成情况): each unit's actual
 * against its target per metric, with a bar, for a chosen year.  Sortable by
 * any column (s cycles), one metric or all (f), another year (y).  Enter
 * drills down to the case list behind a figure.
 *
 * Figures come from casedesk.unit_scores (sql/041) through the targets
 * model, so the screen shows exactly what the ranking and the briefing use;
 * numbers stay text as the server formats them. */

#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "discui.h"
#include "db_report.h"
#include "district.h"
#include "i18n.h"
#include "model_case.h"
#include "model_targets.h"
#include "screen.h"
#include "screens.h"
#include "theme.h"
#include "ui.h"
#include "util.h"
#include "validate.h"
#include "widgets.h"

struct prow {
    int unit_id;
    char unit_code[24], unit_name[96];
    const char *metric;           /* static, from target_metrics */
    char target[32], actual[32], pct[16];
    double t, a, p;               /* for sorting and the bar; p < 0: none */
};

enum { C_UNIT, C_METRIC, C_TARGET, C_ACTUAL, C_PCT, C_BAR, C__N };

struct progress {
    struct list_widget list;
    struct prow *rows;
    int n, year, sort;            /* sort: a column, C_UNIT..C_PCT */
    const char *metric;           /* NULL = every metric */
    char tmp[4][512];
    int tmpi;
};

static const struct list_col pcols[C__N] = {
    { N_("Unit"), 8, 2, ALIGN_LEFT },
    { N_("Metric"), 12, 3, ALIGN_LEFT },
    { N_("Target"), 8, 0, ALIGN_RIGHT },
    { N_("Actual"), 8, 0, ALIGN_RIGHT },
    { N_("%"), 6, 0, ALIGN_RIGHT },
    { N_("Progress"), 10, 3, ALIGN_LEFT },
};

static const char *pcell(void *arg, int r, int c)
{
    struct progress *pg = arg;
    const struct prow *p = &pg->rows[r];
    char *buf;

    switch (c) {
    case C_UNIT: return p->unit_name;
    case C_METRIC: return target_metric_label(p->metric);
    case C_TARGET: return p->target;
    case C_ACTUAL: return p->actual;
    case C_PCT: return p->pct;
    default:
        pg->tmpi = (pg->tmpi + 1) % 4;
        buf = pg->tmp[pg->tmpi];
        /* the bar fills its column: 100% of the target is the full width */
        return theme_bar(buf, sizeof pg->tmp[0], pg->list.widths[C_BAR],
                         p->p < 0 ? 0 : p->p / 100.0);
    }
}

static enum role prole(void *arg, int r)
{
    const struct prow *p = &((struct progress *)arg)->rows[r];

    if (p->p >= 100) return ROLE_OK;
    if (p->p >= 0 && p->p < 60) return ROLE_WARNING;
    return ROLE_NORMAL;
}

/* "1234.50" → "1234.5", "80.00" → "80": the server's text, tidied. */
static void tidy(char *dst, size_t sz, const char *num)
{
    char *dot;

    strlcpy_utf8(dst, num, sz);
    if ((dot = strchr(dst, '.'))) {
        char *end = dst + strlen(dst) - 1;
        while (end > dot && *end == '0') *end-- = '\0';
        if (end == dot) *end = '\0';
    }
}

static int cmp_rows(const struct prow *x, const struct prow *y, int col)
{
    int d = 0;

    switch (col) {
    case C_UNIT: d = strcmp(x->unit_code, y->unit_code); break;
    case C_METRIC: d = strcmp(x->metric, y->metric); break;
    /* figures: largest first */
    case C_TARGET: d = (x->t < y->t) - (x->t > y->t); break;
    case C_ACTUAL: d = (x->a < y->a) - (x->a > y->a); break;
    default: d = (x->p < y->p) - (x->p > y->p); break;
    }
    return d;
}

static int sort_col;
static int cmp_qsort(const void *a, const void *b)
{
    int d = cmp_rows(a, b, sort_col);
    if (d == 0 && sort_col != C_UNIT) d = cmp_rows(a, b, C_UNIT);
    if (d == 0) d = cmp_rows(a, b, C_METRIC);
    return d;
}

static void sort_rows(struct progress *pg)
{
    sort_col = pg->sort;
    qsort(pg->rows, (size_t)pg->n, sizeof *pg->rows, cmp_qsort);
}

static const char *metric_static(const char *m)
{
    for (int i = 0; target_metrics[i]; i++)
        if (strcmp(target_metrics[i], m) == 0) return target_metrics[i];
    return NULL;
}

/* The unit names come with the targets of the year. */
static void name_units(struct progress *pg, const struct target_row *t, int nt)
{
    for (int i = 0; i < pg->n; i++)
        for (int j = 0; j < nt; j++)
            if (t[j].unit_id == pg->rows[i].unit_id) {
                strlcpy_utf8(pg->rows[i].unit_code, t[j].unit_code, sizeof pg->rows[i].unit_code);
                strlcpy_utf8(pg->rows[i].unit_name, t[j].unit_name, sizeof pg->rows[i].unit_name);
                break;
            }
}

static void add_row(struct progress *pg, const struct score_row *s)
{
    const char *m = metric_static(s->metric);
    struct prow *p;

    if (!m || (pg->metric && strcmp(pg->metric, m) != 0) || !s->target[0])
        return;
    p = &pg->rows[pg->n++];
    memset(p, 0, sizeof *p);
    p->unit_id = s->unit_id;
    p->metric = m;
    tidy(p->target, sizeof p->target, s->target);
    tidy(p->actual, sizeof p->actual, s->actual[0] ? s->actual : "0");
    tidy(p->pct, sizeof p->pct, s->pct);
    p->t = atof(s->target);
    p->a = atof(s->actual);
    p->p = s->pct[0] ? atof(s->pct) : -1;
}

static void load(struct progress *pg)
{
    struct score_row *s = NULL;
    struct target_row *t = NULL;
    int ns = 0, nt = 0;
    db_t *db = db_report(ui_app()->db);
    char note[256];

    free(pg->rows);
    pg->rows = NULL;
    pg->n = 0;
    if (targets_scores(db, pg->year, "year", 0, &s, &ns) < 0 ||
        targets_list(db, pg->year, NULL, &t, &nt) < 0) {
        ui_error("%s", db_errmsg(db));
    } else {
        if (*db_report_note(db, note, sizeof note)) ui_info("%s", note);
        pg->rows = xcalloc((size_t)ns + 1, sizeof *pg->rows);
        for (int i = 0; i < ns; i++)
            add_row(pg, &s[i]);
        name_units(pg, t, nt);
        sort_rows(pg);
    }
    scores_free(s, ns);
    targets_free(t, nt);
    list_set_rows(&pg->list, pg->n, 0);
}

static int pg_open(struct screen *s, void *arg)
{
    struct progress *pg = s->priv;
    (void)arg;

    pg->year = district_year();
    pg->sort = C_UNIT;
    list_init(&pg->list, pcols, C__N, pcell, pg);
    pg->list.row_role = prole;
    pg->list.empty_text = _("No targets for this year.");
    load(pg);
    return 0;
}

static void pg_close(struct screen *s)
{
    struct progress *pg = s->priv;
    free(pg->rows);
}

static void pg_draw(struct screen *s, WINDOW *w)
{
    struct progress *pg = s->priv;
    char line[256];

    /* the state line lives in the body: at 80 columns the title line is
     * full of screen names and has no room for a subtitle */
    snprintf(line, sizeof line, _("%d · %s · sorted by %s"), pg->year,
             pg->metric ? target_metric_label(pg->metric) : _("all metrics"),
             _(pcols[pg->sort].title));
    ui_put_role(w, 0, 0, s->cols, line, ALIGN_LEFT, ROLE_DIM);
    list_draw(&pg->list, w, 1, 0, s->rows - 1, s->cols);
}

static void choose_year(struct progress *pg)
{
    char cur[16], out[16];

    snprintf(cur, sizeof cur, "%d", pg->year);
    if (!ui_prompt(_("Year"), cur, out, sizeof out, validate_year))
        return;
    pg->year = atoi(out);
    load(pg);
}

static void choose_metric(struct progress *pg)
{
    const char *items[16];
    int n = 0, i;

    items[n++] = _("All metrics");
    for (int m = 0; target_metrics[m] && n < 16; m++)
        items[n++] = target_metric_label(target_metrics[m]);
    if ((i = ui_menu(_("Metric"), items, n, 0)) < 0)
        return;
    pg->metric = i == 0 ? NULL : target_metrics[i - 1];
    load(pg);
}

/* The case list behind a figure: the unit's cases of the kind the metric
 * counts (case_filter has no period: the list shows all the unit's cases
 * of that kind and state). */
static void drill_down(const struct prow *p)
{
    struct case_filter f;

    memset(&f, 0, sizeof f);
    f.unit_id = p->unit_id;
    if (strcmp(p->metric, "violations_removed") == 0) {
        f.kind = "violation";
    } else if (strcmp(p->metric, "households_resettled") == 0) {
        f.kind = "expropriation";
        f.status = "closed";
    } else if (strstr(p->metric, "expropriated") || strcmp(p->metric, "house_area_m2") == 0 ||
               strcmp(p->metric, "land_mu") == 0) {
        f.kind = "expropriation";
    } else {
        ui_info("%s", _("This figure counts villages, patrols or tasks, not cases."));
        return;
    }
    if (ui_role_is("staff") && p->unit_id != ui_app()->me.unit_id) {
        ui_info(_("The cases of %s are not yours to see."), p->unit_name);
        return;
    }
    open_case_list(&f);
}

static int pg_command(struct screen *s, enum cmd c)
{
    struct progress *pg = s->priv;

    switch (c) {
    case CMD_SORT:
        pg->sort = (pg->sort + 1) % C_BAR;
        sort_rows(pg);
        list_set_rows(&pg->list, pg->n, 0);
        return 1;
    case CMD_YEAR: choose_year(pg); return 1;
    case CMD_FILTER: choose_metric(pg); return 1;
    case CMD_REFRESH: load(pg); return 1;
    default: break;
    }
    switch (list_command(&pg->list, c)) {
    case LIST_UNHANDLED: return 0;
    case LIST_OPEN:
        if (pg->list.sel >= 0 && pg->list.sel < pg->n)
            drill_down(&pg->rows[pg->list.sel]);
        return 1;
    case LIST_NEED_LAST: list_set_rows(&pg->list, pg->n, pg->n - 1); return 1;
    case LIST_NEED_FIRST: list_set_rows(&pg->list, pg->n, 0); return 1;
    default: return 1;
    }
}

static void pg_load(struct screen *s, int why)
{
    (void)why;
    load(s->priv);
}

/* A changed target reloads; case changes move figures only a little, and
 * reloading on each would rerun the scoring: r does that. */
static const struct ui_watch pg_watch[] = { { "target", UI_ANY_ROW }, { NULL, 0 } };

static const enum cmd pg_cmds[] = {
    CMD_OPEN, CMD_SORT, CMD_FILTER, CMD_YEAR, CMD_REFRESH, CMD_NONE,
};

const struct screen_ops progress_screen = {
    .name = "progress", .title = N_("Progress"), .ctx = KCTX_LIST, .cmds = pg_cmds,
    .priv_size = sizeof(struct progress), .watch = pg_watch, .load = pg_load,
    .open = pg_open, .close = pg_close, .draw = pg_draw, .command = pg_command,
};
