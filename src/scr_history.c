/* scr_history.c — the change history of any record: who, when, which
 * field, old → new.  The rows come from casedesk.row_history, which
 * decides for the user: a record they may not read has no history for
 * them, columns they may not read are left out, and ID and phone numbers
 * come masked (138****5678; the case form's Ctrl-N shows them in full,
 * logged).  A case's history includes its expropriation or violation
 * detail row (same id). */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "casekind.h"
#include "caseui.h"
#include "i18n.h"
#include "labels.h"
#include "model_history.h"
#include "screens.h"
#include "ui.h"
#include "util.h"
#include "widgets.h"

struct hist {
    struct list_widget list;
    char table[40];
    long long id;
    char title[200];
    struct history_row *rows;
    int n;
    struct ui_watch watch[12];    /* this row (and a case's detail rows) */
    char tmp[2][128];
};

static const struct list_col cols[] = {
    { N_("When"), 16, 0, ALIGN_LEFT },
    { N_("Who"), 8, 1, ALIGN_LEFT },
    { N_("Field"), 10, 1, ALIGN_LEFT },
    { N_("Old value"), 10, 3, ALIGN_LEFT },
    { N_("New value"), 10, 3, ALIGN_LEFT },
};

static const char *cell(void *arg, int r, int c)
{
    struct hist *h = arg;
    const struct history_row *x = &h->rows[r];

    switch (c) {
    case 0: return x->at;
    case 1: return x->who[0] ? x->who : x->login;
    case 2:
        if (strcmp(x->op, "UPDATE") == 0) return field_label(x->field);
        snprintf(h->tmp[0], sizeof h->tmp[0], "%s %s", strcmp(x->op, "INSERT") == 0 ? "+" : "−",
                 field_label(x->field));
        return h->tmp[0];
    case 3: return value_label(x->field, x->old_value);
    default: return value_label(x->field, x->new_value);
    }
}

static void load(struct hist *h)
{
    const char *one[] = { h->table, NULL };

    history_free(h->rows, h->n);
    h->rows = NULL;
    h->n = history_load(ui_app()->db, strcmp(h->table, "case_file") == 0 ? case_kind_tables() : one,
                        h->id, &h->rows);
    if (h->n < 0) { ui_db_error(); h->n = 0; }
    list_set_rows(&h->list, h->n, h->n - 1);
}

static void make_title(struct hist *h)
{
    struct case_detail d;

    if (strcmp(h->table, "case_file") == 0 && case_load(ui_app()->db, h->id, &d) == 0) {
        snprintf(h->title, sizeof h->title, _("History of case %s"), d.row.case_no);
        case_detail_free(&d);
    } else {
        snprintf(h->title, sizeof h->title, _("History of %s #%lld"), table_label(h->table), h->id);
    }
}

static int h_open(struct screen *s, void *arg)
{
    const struct hist *a = arg;
    struct hist *h = s->priv;

    strlcpy_utf8(h->table, a->table, sizeof h->table);
    h->id = s->watch_id = a->id;
    if (strcmp(h->table, "case_file") == 0)
        case_kind_watch(h->watch, (int)ARRAY_SIZE(h->watch), UI_THIS_ROW);
    else
        h->watch[0] = (struct ui_watch){ h->table, UI_THIS_ROW };
    s->watch = h->watch;
    list_init(&h->list, cols, (int)ARRAY_SIZE(cols), cell, h);
    h->list.empty_text = _("No changes that you may see.");
    make_title(h);
    load(h);
    return 0;
}

static void h_close(struct screen *s)
{
    struct hist *h = s->priv;

    history_free(h->rows, h->n);
}

static void h_draw(struct screen *s, WINDOW *w)
{
    struct hist *h = s->priv;
    int cw = getmaxx(w);

    ui_put_role(w, 0, 1, cw - 2, h->title, ALIGN_LEFT, ROLE_TITLE);
    list_draw(&h->list, w, 1, 1, getmaxy(w) - 1, cw - 2);
}

/* The whole old → new of the selected line, for values wider than a cell. */
static void show_line(struct hist *h)
{
    const struct history_row *x;

    if (h->list.sel < 0 || h->list.sel >= h->n) return;
    x = &h->rows[h->list.sel];
    ui_info("%s: %s → %s", field_label(x->field), x->old_value[0] ? value_label(x->field, x->old_value) : "—",
            x->new_value[0] ? value_label(x->field, x->new_value) : "—");
}

static int h_command(struct screen *s, enum cmd c)
{
    struct hist *h = s->priv;
    enum list_result r;

    if (c == CMD_REFRESH) { load(h); return 1; }
    r = list_command(&h->list, c);
    if (r == LIST_OPEN) show_line(h);
    return r != LIST_UNHANDLED;
}

static void h_load(struct screen *s, int why)
{
    (void)why;
    load(s->priv);
}

static const enum cmd h_cmds[] = { CMD_OPEN, CMD_REFRESH, CMD_BACK, CMD_NONE };

const struct screen_ops history_screen = {
    .name = "history",
    .title = N_("History"),
    .ctx = KCTX_LIST,
    .cmds = h_cmds,
    .priv_size = sizeof(struct hist),
    .load = h_load,
    .open = h_open,
    .close = h_close,
    .draw = h_draw,
    .command = h_command,
};

int open_history(const char *table, long long row_id)
{
    struct hist a;

    memset(&a, 0, sizeof a);
    strlcpy_utf8(a.table, table, sizeof a.table);
    a.id = row_id;
    return ui_push(&history_screen, &a) ? 0 : -1;
}
