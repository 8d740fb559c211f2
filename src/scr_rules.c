/* scr_rules.c — the scoring rule of a year's assessment (考核): a weight per
 * metric, which must add up to 100, and the deductions per yellow card, red
 * card and overdue task with their cap and the accountability threshold
 * (问责线).  Administrators and supervisors edit; others read.
 *
 * The weights are replaced in one step by casedesk.score_rule_set, which
 * refuses a set that does not add up to 100 with its own sentence: that
 * sentence is shown as it is.  The sum is shown live as a help, not as the
 * check.  Deductions are saved with their version. */

#include "config.h"
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

#define NMETRICS 9   /* target_metrics[] */

enum { D_YELLOW, D_RED, D_OVERDUE, D_MAX, D_THRESHOLD, D__N };

struct rules {
    struct form form;
    int year, rule_year, edit;
    int nm;                           /* weight fields 0..nm-1, then D__N */
    struct score_deduction ded;
};

/* An empty weight leaves the metric out of the assessment. */
static int valid_weight(const char *v, char *err, size_t errsz)
{
    return *v ? validate_decimal2(v, err, errsz) : 0;
}

static void add_field(struct rules *r, const char *label, size_t max,
                      int (*validate)(const char *, char *, size_t))
{
    if (r->edit) form_add_text(&r->form, label, max, validate, validate == validate_decimal2);
    else form_add_readonly(&r->form, label, "");
}

static void build(struct rules *r)
{
    static const char *const dlabels[D__N] = {
        N_("Deduction per yellow card"), N_("Deduction per red card"),
        N_("Deduction per overdue task"), N_("Deductions at most"),
        N_("Accountability threshold"),
    };

    form_init(&r->form);
    for (r->nm = 0; target_metrics[r->nm] && r->nm < NMETRICS; r->nm++)
        add_field(r, target_metric_label(target_metrics[r->nm]), 8, valid_weight);
    for (int i = 0; i < D__N; i++)
        add_field(r, _(dlabels[i]), 8, validate_decimal2);
}

/* Read the rule in force and the deductions into the fields. */
static void load(struct rules *r)
{
    struct score_weight *w = NULL;
    int n = 0;
    db_t *db = ui_app()->db;

    for (int i = 0; i < r->nm; i++)
        form_set(&r->form, i, "");
    if (score_rules_get(db, r->year, &r->rule_year, &w, &n) < 0) {
        ui_db_error();
    } else {
        for (int i = 0; i < n; i++)
            for (int m = 0; m < r->nm; m++)
                if (strcmp(target_metrics[m], w[i].metric) == 0)
                    form_set(&r->form, m, w[i].weight);
    }
    score_rules_free(w, n);
    if (score_deduction_get(db, r->year, &r->ded) < 0) {
        ui_db_error();
    } else {
        const char *dv[D__N] = { r->ded.per_yellow, r->ded.per_red, r->ded.per_overdue,
                                 r->ded.max_deduction, r->ded.threshold };
        for (int i = 0; i < D__N; i++)
            form_set(&r->form, r->nm + i, dv[i]);
    }
    form_clear_changed(&r->form);
}

static int ru_open(struct screen *s, void *arg)
{
    struct rules *r = s->priv;

    r->year = arg ? *(int *)arg : district_year();
    r->edit = tgt_can_maintain();
    build(r);
    load(r);
    return 0;
}

static void ru_close(struct screen *s)
{
    struct rules *r = s->priv;
    form_free(&r->form);
}

static double weight_sum(const struct rules *r)
{
    double sum = 0;
    for (int i = 0; i < r->nm; i++)
        sum += atof(form_get(&r->form, i));
    return sum;
}

static void ru_draw(struct screen *s, WINDOW *w)
{
    struct rules *r = s->priv;
    char line[256], from[64] = "";
    double sum = weight_sum(r);

    if (r->rule_year && r->rule_year != r->year)
        snprintf(from, sizeof from, _(" (in force since %d)"), r->rule_year);
    snprintf(line, sizeof line, _("Scoring rules for %d%s · weights add up to %g%s"), r->year, from, sum,
             r->edit ? "" : _(" · read-only"));
    ui_put_role(w, 0, 0, s->cols, line, ALIGN_LEFT, sum == 100 ? ROLE_DIM : ROLE_WARNING);
    form_draw(&r->form, w, 2, 2, s->rows - 2, s->cols - 4);
}

static int weights_changed(const struct rules *r)
{
    for (int i = 0; i < r->nm; i++)
        if (r->form.fields[i].changed) return 1;
    return 0;
}

static int save_weights(struct rules *r)
{
    const char *metrics[NMETRICS], *weights[NMETRICS];
    int n = 0;

    for (int i = 0; i < r->nm; i++)
        if (*form_get(&r->form, i)) {
            metrics[n] = target_metrics[i];
            weights[n++] = form_get(&r->form, i);
        }
    if (score_rule_set(ui_app()->db, r->year, metrics, weights, n) < 0) {
        ui_db_error();
        return -1;
    }
    return 0;
}

static int save_deductions(struct rules *r)
{
    struct score_deduction d = r->ded;
    char *dst[D__N] = { d.per_yellow, d.per_red, d.per_overdue, d.max_deduction, d.threshold };
    int rc;

    for (int i = 0; i < D__N; i++)
        strlcpy_utf8(dst[i], form_get(&r->form, r->nm + i), sizeof d.per_yellow);
    rc = score_deduction_save(ui_app()->db, r->year, &d);
    if (rc < 0)
        ui_db_error();
    else if (rc == 0)
        ui_error("%s", _("Someone else changed the deductions meanwhile; the current values are shown."));
    return rc == 1 ? 0 : -1;
}

static void save(struct rules *r)
{
    int ded_changed = 0;

    for (int i = 0; i < D__N; i++)
        if (r->form.fields[r->nm + i].changed) ded_changed = 1;
    if (!weights_changed(r) && !ded_changed) {
        ui_info("%s", _("Nothing changed."));
        return;
    }
    /* the weights first: when the server refuses them the form stays as
     * typed, so the user can correct it */
    if (weights_changed(r) && save_weights(r) < 0)
        return;
    if (ded_changed && save_deductions(r) < 0) {
        load(r);
        return;
    }
    load(r);
    ui_info(_("Scoring rules for %d saved."), r->year);
}

static int ru_command(struct screen *s, enum cmd c)
{
    struct rules *r = s->priv;

    if (c == CMD_BACK || c == CMD_CANCEL) {
        if (form_changed(&r->form) && !ui_confirm(_("Discard the changes to the scoring rules?"), 0))
            return 1;
        ui_pop(s);
        return 1;
    }
    if (c == CMD_SAVE && !r->edit) {
        ui_info("%s", _("The scoring rules are read-only for you."));
        return 1;
    }
    switch (form_command(&r->form, c)) {
    case FORM_INVALID: ui_error("%s", r->form.err); return 1;
    case FORM_SUBMIT: save(r); return 1;
    case FORM_OK: return 1;
    default: return 0;
    }
}

static int ru_input(struct screen *s, const char *text, size_t len)
{
    struct rules *r = s->priv;

    if (form_input(&r->form, text, len) == FORM_INVALID)
        ui_error("%s", r->form.err);
    return 1;
}

static int ru_can(struct screen *s, enum cmd c)
{
    return c != CMD_SAVE || ((struct rules *)s->priv)->edit;
}

static const enum cmd ru_cmds[] = { CMD_SAVE, CMD_NEXT_FIELD, CMD_PREV_FIELD, CMD_NONE };

const struct screen_ops score_rules_screen = {
    .name = "score-rules", .title = N_("Scoring rules"), .ctx = KCTX_FORM, .cmds = ru_cmds,
    .priv_size = sizeof(struct rules),
    .can = ru_can, .open = ru_open, .close = ru_close, .draw = ru_draw,
    .command = ru_command, .input = ru_input,
};
