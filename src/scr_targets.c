/* scr_targets.c — targets maintenance (目标责任书): for a year, each unit ×
 * metric with its target value and signing date.  Administrators and
 * supervisors add (a) and edit (e, Enter) targets; everyone else reads.
 * w opens the year's scoring weights and deductions, y another year.
 *
 * The list is small (about 15 units × 9 metrics), so it is loaded whole;
 * a change anywhere (NOTIFY on target or unit) reloads it. */
#include "config.h"
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "district.h"
#include "i18n.h"
#include "model_targets.h"
#include "screen.h"
#include "targetui.h"
#include "theme.h"
#include "ui.h"
#include "util.h"
#include "validate.h"
#include "widgets.h"

/* ---- helpers shared by the targets and ranking screens ---- */

int tgt_can_maintain(void)
{
    return ui_role_is("admin") || ui_role_is("supervisor");
}

int tgt_choose_year(int *year)
{
    char cur[16], out[16];

    snprintf(cur, sizeof cur, "%d", *year);
    if (!ui_prompt(_("Year"), cur, out, sizeof out, validate_year) || atoi(out) == *year)
        return 0;
    *year = atoi(out);
    return 1;
}

void tgt_tidy(char *dst, size_t sz, const char *num)
{
    char *dot;

    strlcpy_utf8(dst, num, sz);
    if ((dot = strchr(dst, '.'))) {
        char *end = dst + strlen(dst) - 1;
        while (end > dot && *end == '0') *end-- = '\0';
        if (end == dot) *end = '\0';
    }
}

/* ---- the list ---- */

enum { C_UNIT, C_METRIC, C_TARGET, C_MEASURE, C_SIGNED, C_NOTE, C__N };

static const struct list_col tcols[C__N] = {
    { N_("Unit"), 8, 2, ALIGN_LEFT },
    { N_("Metric"), 14, 3, ALIGN_LEFT },
    { N_("Target"), 9, 0, ALIGN_RIGHT },
    { N_("Measure"), 10, 0, ALIGN_LEFT },
    { N_("Signed on"), 10, 0, ALIGN_LEFT },
    { N_("Note"), 4, 1, ALIGN_LEFT },
};

struct targets {
    struct list_widget list;
    struct target_row *rows;
    int n, year;
    char tmp[2][32];
    int tmpi;
};

static const char *tcell(void *arg, int r, int c)
{
    struct targets *t = arg;
    const struct target_row *row = &t->rows[r];

    switch (c) {
    case C_UNIT: return row->unit_name;
    case C_METRIC: return target_metric_label(row->metric);
    case C_TARGET:
        t->tmpi ^= 1;
        tgt_tidy(t->tmp[t->tmpi], sizeof t->tmp[0], row->target_value);
        return t->tmp[t->tmpi];
    case C_MEASURE: return target_metric_unit(row->metric);
    case C_SIGNED: return row->signed_on;
    default: return row->note;
    }
}

static void load(struct targets *t)
{
    int keep = t->list.sel;

    targets_free(t->rows, t->n);
    t->rows = NULL;
    t->n = 0;
    if (targets_list(ui_app()->db, t->year, NULL, &t->rows, &t->n) < 0)
        ui_db_error();
    list_set_rows(&t->list, t->n, keep < 0 ? 0 : keep);
}

static int tg_open(struct screen *s, void *arg)
{
    struct targets *t = s->priv;
    (void)arg;

    t->year = district_year();
    list_init(&t->list, tcols, C__N, tcell, t);
    t->list.empty_text = _("No targets for this year.");
    load(t);
    return 0;
}

static void tg_close(struct screen *s)
{
    struct targets *t = s->priv;
    targets_free(t->rows, t->n);
}

static void tg_draw(struct screen *s, WINDOW *w)
{
    struct targets *t = s->priv;
    char line[256];

    snprintf(line, sizeof line, _("%d · %d targets · %s"), t->year, t->n,
             tgt_can_maintain() ? _("a add, e edit, w scoring rules")
                                : _("read-only; w shows the scoring rules"));
    ui_put_role(w, 0, 0, s->cols, line, ALIGN_LEFT, ROLE_DIM);
    list_draw(&t->list, w, 1, 0, s->rows - 1, s->cols);
}

/* A: pick the unit and the metric, then the form. */
static void add_target(struct targets *t)
{
    struct target_unit *u = NULL;
    const char *items[64], *metrics[16];
    int nu = 0, iu, im, nm = 0;

    if (target_units(ui_app()->db, &u, &nu) < 0) {
        ui_db_error();
        return;
    }
    for (int i = 0; i < nu && i < 64; i++)
        items[i] = u[i].name;
    if (nu == 0 || (iu = ui_menu(_("Unit"), items, nu < 64 ? nu : 64, 0)) < 0)
        goto out;
    for (; target_metrics[nm] && nm < 16; nm++)
        metrics[nm] = target_metric_label(target_metrics[nm]);
    if ((im = ui_menu(_("Metric"), metrics, nm, 0)) < 0)
        goto out;
    for (int i = 0; i < t->n; i++)
        if (t->rows[i].unit_id == u[iu].id && strcmp(t->rows[i].metric, target_metrics[im]) == 0) {
            /* one target per unit, year and metric: edit the one there is */
            ui_info("%s", _("That unit already has this target; editing it."));
            list_set_rows(&t->list, t->n, i);
            struct target_form_arg a = { t->year, &t->rows[i], NULL, NULL, NULL, ui_top(), NULL };
            ui_push(&target_form_screen, &a);
            goto out;
        }
    struct target_form_arg a = { t->year, NULL, u[iu].code, u[iu].name, target_metrics[im], ui_top(), NULL };
    ui_push(&target_form_screen, &a);
out:
    target_units_free(u, nu);
}

static void edit_target(struct targets *t)
{
    if (t->list.sel < 0 || t->list.sel >= t->n)
        return;
    struct target_form_arg a = { t->year, &t->rows[t->list.sel], NULL, NULL, NULL, ui_top(), NULL };
    ui_push(&target_form_screen, &a);
}

static int tg_can(struct screen *s, enum cmd c)
{
    (void)s;
    if (c == CMD_NEW || c == CMD_EDIT)
        return tgt_can_maintain();
    return 1;
}

static int tg_command(struct screen *s, enum cmd c)
{
    struct targets *t = s->priv;

    switch (c) {
    case CMD_NEW:
    case CMD_EDIT:
        if (!tgt_can_maintain()) {
            ui_info("%s", _("Targets are read-only for you: administrators and supervisors maintain them."));
            return 1;
        }
        if (c == CMD_NEW) add_target(t);
        else edit_target(t);
        return 1;
    case CMD_WEIGHTS: ui_push(&score_rules_screen, &t->year); return 1;
    case CMD_YEAR:
        if (tgt_choose_year(&t->year)) load(t);
        return 1;
    case CMD_REFRESH: load(t); return 1;
    default: break;
    }
    switch (list_command(&t->list, c)) {
    case LIST_UNHANDLED: return 0;
    case LIST_OPEN:
        if (tgt_can_maintain()) edit_target(t);
        return 1;
    case LIST_NEED_LAST: list_set_rows(&t->list, t->n, t->n - 1); return 1;
    case LIST_NEED_FIRST: list_set_rows(&t->list, t->n, 0); return 1;
    default: return 1;
    }
}

static void tg_load(struct screen *s, int why)
{
    (void)why;
    load(s->priv);
}

static const struct ui_watch tg_watch[] = {
    { "target", UI_ANY_ROW }, { "unit", UI_ANY_ROW }, { NULL, 0 },
};

static const enum cmd tg_cmds[] = {
    CMD_NEW, CMD_EDIT, CMD_WEIGHTS, CMD_YEAR, CMD_REFRESH, CMD_NONE,
};

const struct screen_ops targets_screen = {
    .name = "targets", .title = N_("Targets"), .ctx = KCTX_LIST, .cmds = tg_cmds,
    .can = tg_can, .priv_size = sizeof(struct targets), .watch = tg_watch, .load = tg_load,
    .open = tg_open, .close = tg_close, .draw = tg_draw, .command = tg_command,
};
