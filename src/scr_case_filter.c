/* scr_case_filter.c — narrowing the case list by text as it is typed.
 *
 * A one-line editor pushed over the case list: it draws the list below
 * its line, and each key re-reads the list at once with the text as a
 * filter (no pause: when more keys are already typed, the read waits for
 * them, so a result that the next key would make stale is never asked
 * for) (number, party or address containing it; one or two
 * characters match as a prefix of number or party, see case_list in
 * model_case.c).  Enter keeps the filter, Esc puts the old one back.
 *
 * Saved filters: the case list's part of them (what a saved filter shows,
 * case_saved_filters); the menu entries are scr_saved_filter.c's. */
#include "config.h"
#include <stdlib.h>
#include <string.h>

#include "caseui.h"
#include "filterui.h"
#include "i18n.h"
#include "model_filter.h"
#include <stdio.h>
#include "ui.h"
#include "util.h"
#include "widgets.h"

struct fline {
    struct screen *list;
    struct lineedit le;
    char old[64];
};

static int fl_open(struct screen *s, void *arg)
{
    struct fline *fl = s->priv;

    fl->list = arg;
    le_init(&fl->le, 63, 40);
    strlcpy_utf8(fl->old, cases_text(fl->list), sizeof fl->old);
    le_set(&fl->le, fl->old);
    return 0;
}

static void fl_close(struct screen *s)
{
    struct fline *fl = s->priv;

    le_free(&fl->le);
}

static void fl_draw(struct screen *s, WINDOW *w)
{
    struct fline *fl = s->priv;
    const char *label = _("Only cases containing: ");
    int lw = str_width(label), cols = getmaxx(w);

    cases_draw_list(fl->list, w, 1, getmaxy(w) - 1);
    ui_put_role(w, 0, 1, lw, label, ALIGN_LEFT, ROLE_TITLE);
    le_draw(&fl->le, w, 0, 1 + lw, cols - 2 - lw, 1);
}

static void apply(struct screen *s)
{
    struct fline *fl = s->priv;

    ui_timer(s, 0);
    if (strcmp(cases_text(fl->list), le_text(&fl->le)) != 0)
        cases_set_text(fl->list, le_text(&fl->le));
}

/* Keys still waiting (typed ahead, or queued behind this one): their text
 * is the one to show; look again on the next turn, after they are handled. */
static void fl_timer(struct screen *s)
{
    if (ui_keys_waiting()) ui_timer(s, 1);
    else apply(s);
}

static void changed(struct screen *s)
{
    fl_timer(s);
}

static int fl_command(struct screen *s, enum cmd c)
{
    struct fline *fl = s->priv;

    switch (c) {
    case CMD_NEXT_FIELD: case CMD_OPEN: case CMD_ACCEPT: case CMD_SAVE:
        apply(s);
        ui_pop(s);
        return 1;
    case CMD_BACK: case CMD_CANCEL:
        if (strcmp(cases_text(fl->list), fl->old) != 0) cases_set_text(fl->list, fl->old);
        ui_pop(s);
        return 1;
    default:
        if (!le_command(&fl->le, c)) return 0;
        changed(s);
        return 1;
    }
}

static int fl_input(struct screen *s, const char *text, size_t len)
{
    struct fline *fl = s->priv;
    int st = le_insert(&fl->le, text, len);

    if (st != LE_OK) ui_error("%s", le_strerror(st));
    changed(s);
    return 1;
}

static const enum cmd fl_cmds[] = { CMD_NEXT_FIELD, CMD_BACK, CMD_NONE };

static const struct screen_ops filter_line_screen = {
    .name = "case-filter",
    .title = N_("Cases"),
    .ctx = KCTX_FORM,
    .cmds = fl_cmds,
    .priv_size = sizeof(struct fline),
    .open = fl_open,
    .close = fl_close,
    .draw = fl_draw,
    .command = fl_command,
    .input = fl_input,
    .timer = fl_timer,
};

int case_filter_line(struct screen *list)
{
    return ui_push(&filter_line_screen, list) ? 0 : -1;
}

/* ---- saved filters ---- */

/* What a saved filter shows, as the filter line says it. */
static void describe_saved(const struct saved_filter *f, char *buf, size_t sz)
{
    size_t n = 0;

#define ADD(...) do { if (n < sz) n += (size_t)snprintf(buf + n, sz - n, __VA_ARGS__); } while (0)
    ADD("%s", f->kind[0] ? case_kind_label(f->kind) : _("all cases"));
    if (f->status[0]) ADD(" · %s", case_status_label(f->status));
    if (f->unit_id) ADD(" · %s", f->unit_name);
    if (f->village_id) ADD(" · %s", f->village_name);
    if (f->project_id) ADD(" · %s", f->project_name);
    if (f->overdue) ADD(" · %s", _("overdue"));
    if (f->text[0]) ADD(" · \"%s\"", f->text);
#undef ADD
}

const struct saved_filter_host case_saved_filters = {
    .screen = "cases",
    .get = cases_get_filter,
    .set = cases_set_filter,
    .describe = describe_saved,
};
