/* scr_reference_form.c — the one form for every change of reference data:
 * a unit, village, project, community or calendar day added, renamed or
 * given new figures.  The fields are data (struct ref_form_arg, refui.h);
 * saving calls the checked database function of the change (model_ref.c),
 * so a refusal is the database's sentence, shown in the user's language,
 * and the form stays open with everything typed in it. */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "picker.h"
#include "refui.h"
#include "screen.h"
#include "ui.h"
#include "util.h"
#include "widgets.h"

struct rform {
    struct form form;
    struct ref_form_arg a;
    char *values[RF_MAX];            /* RF_FIXED values, owned */
    char title[160];
    struct ref_row *units;
    struct picker_item *items;
    int nunits;
};

static int load_units(struct rform *rf)
{
    if (rf->items) return 0;
    if (ref_units(ui_app()->db, &rf->units, &rf->nunits) < 0) { ui_db_error(); return -1; }
    rf->items = xcalloc((size_t)rf->nunits + 1, sizeof *rf->items);
    for (int i = 0; i < rf->nunits; i++)
        rf->items[i] = (struct picker_item){ rf->units[i].name, rf->units[i].key, NULL };
    return 0;
}

static int add_field(struct rform *rf, int i)
{
    const struct rf_field *f = &rf->a.f[i];
    int idx = -1;

    switch (f->type) {
    case RF_TEXT:
        idx = form_add_text(&rf->form, f->label, (size_t)(f->max ? f->max : 200), f->validate, f->required);
        if (f->value) form_set(&rf->form, idx, f->value);
        break;
    case RF_CHOICE:
        idx = form_add_choice(&rf->form, f->label, f->labels, f->ncodes);
        for (int c = 0; f->value && c < f->ncodes; c++)
            if (strcmp(f->codes[c], f->value) == 0) form_set_choice(&rf->form, idx, c);
        break;
    case RF_UNIT:
        if (load_units(rf) < 0) return -1;
        idx = form_add_pick(&rf->form, f->label, rf->items, rf->nunits, 0, f->required);
        if (f->value) form_set(&rf->form, idx, f->value);
        break;
    case RF_FIXED:
        idx = form_add_readonly(&rf->form, f->label, f->shown ? f->shown : f->value ? f->value : "");
        rf->values[i] = xstrdup(f->value ? f->value : "");
        break;
    }
    return idx;
}

static int rf_open(struct screen *s, void *arg)
{
    struct rform *rf = s->priv;

    rf->a = *(const struct ref_form_arg *)arg;
    strlcpy_utf8(rf->title, rf->a.title, sizeof rf->title);
    form_init(&rf->form);
    for (int i = 0; i < rf->a.n; i++) {
        if (add_field(rf, i) < 0) return -1;
        rf->a.f[i].value = rf->a.f[i].shown = NULL;   /* the caller's strings are not ours */
    }
    rf->form.cur = 0;
    while (rf->form.cur < rf->a.n - 1 && rf->a.f[rf->form.cur].type == RF_FIXED) rf->form.cur++;
    form_clear_changed(&rf->form);
    return 0;
}

static void rf_close(struct screen *s)
{
    struct rform *rf = s->priv;

    form_free(&rf->form);
    for (int i = 0; i < RF_MAX; i++) free(rf->values[i]);
    free(rf->items);
    free(rf->units);
}

static void rf_draw(struct screen *s, WINDOW *w)
{
    struct rform *rf = s->priv;

    ui_put_role(w, 0, 0, s->cols, rf->title, ALIGN_LEFT, ROLE_DIM);
    form_draw(&rf->form, w, 2, 2, s->rows - 2, s->cols - 4);
}

static void save(struct screen *s, struct rform *rf)
{
    const char *v[RF_MAX];

    for (int i = 0; i < rf->a.n; i++) {
        const struct rf_field *f = &rf->a.f[i];
        if (f->type == RF_FIXED) v[i] = rf->values[i];
        else if (f->type == RF_CHOICE) v[i] = f->codes[form_choice(&rf->form, i)];
        else v[i] = form_get(&rf->form, i);
    }
    if (refdata_change(ui_app()->db, rf->a.change, v) < 0) {
        ui_db_error();               /* the form stays, with what was typed */
        return;
    }
    ui_info("%s", _("Saved."));
    form_clear_changed(&rf->form);
    if (rf->a.opener) ui_mark_stale(rf->a.opener);
    ui_pop(s);
}

static int rf_command(struct screen *s, enum cmd c)
{
    struct rform *rf = s->priv;

    if (c == CMD_BACK || c == CMD_CANCEL) {
        if (form_changed(&rf->form) && form_ask_leave() == FORM_LEAVE_BACK) return 1;
        ui_pop(s);
        return 1;
    }
    switch (form_command(&rf->form, c)) {
    case FORM_INVALID: ui_error("%s", rf->form.err); return 1;
    case FORM_SUBMIT: save(s, rf); return 1;
    case FORM_OK: return 1;
    default: return 0;
    }
}

static int rf_input(struct screen *s, const char *text, size_t len)
{
    struct rform *rf = s->priv;

    if (form_input(&rf->form, text, len) == FORM_INVALID) ui_error("%s", rf->form.err);
    return 1;
}

static int rf_unsaved(struct screen *s)
{
    return form_changed(&((struct rform *)s->priv)->form);
}

static const enum cmd rf_cmds[] = { CMD_SAVE, CMD_NEXT_FIELD, CMD_PREV_FIELD, CMD_NONE };

static const struct screen_ops ref_form_screen = {
    .name = "reference-form", .title = N_("Reference data"), .ctx = KCTX_FORM, .cmds = rf_cmds,
    .priv_size = sizeof(struct rform), .open = rf_open, .close = rf_close, .draw = rf_draw,
    .command = rf_command, .input = rf_input, .unsaved = rf_unsaved,
};

int open_ref_form(const struct ref_form_arg *a)
{
    return ui_push(&ref_form_screen, (void *)a) ? 0 : -1;
}
