/* scr_commend.c — commendations of a year (表彰): advanced units and
 * advanced individuals (先进单位、先进个人).  Everyone reads; administrators
 * and supervisors record a new one (a): a unit from the list, or a person
 * found by name or login in the official directory, and the title. */

#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "district.h"
#include "i18n.h"
#include "model_discipline.h"
#include "model_ref.h"
#include "model_targets.h"
#include "picker.h"
#include "screen.h"
#include "targetui.h"
#include "theme.h"
#include "ui.h"
#include "util.h"
#include "widgets.h"

enum { C_KIND, C_SUBJECT, C_UNIT, C_TITLE, C_ON, C__N };

static const struct list_col ccols[C__N] = {
    { N_("Kind"), 6, 0, ALIGN_LEFT },
    { N_("Commended"), 10, 1, ALIGN_LEFT },
    { N_("Unit"), 10, 1, ALIGN_LEFT },
    { N_("Title"), 16, 4, ALIGN_LEFT },
    { N_("Granted on"), 10, 0, ALIGN_LEFT },
};

struct commend {
    struct list_widget list;
    struct commendation_row *rows;
    int n, year;
};

static const char *ccell(void *arg, int r, int c)
{
    const struct commendation_row *row = &((struct commend *)arg)->rows[r];

    switch (c) {
    case C_KIND: return row->is_person ? _("Person") : _("Unit");
    case C_SUBJECT: return row->subject;
    case C_UNIT: return row->unit_name;
    case C_TITLE: return row->title;
    default: return row->granted_on;
    }
}

static void load(struct commend *cm)
{
    commendations_free(cm->rows, cm->n);
    cm->rows = NULL;
    cm->n = 0;
    if (commendations_list(ui_app()->db, cm->year, &cm->rows, &cm->n) < 0)
        ui_db_error();
    list_set_rows(&cm->list, cm->n, 0);
}

static int cm_open(struct screen *s, void *arg)
{
    struct commend *cm = s->priv;

    cm->year = arg ? *(int *)arg : district_year();
    list_init(&cm->list, ccols, C__N, ccell, cm);
    cm->list.empty_text = _("No commendations recorded for this year.");
    load(cm);
    return 0;
}

static void cm_close(struct screen *s)
{
    struct commend *cm = s->priv;
    commendations_free(cm->rows, cm->n);
}

static void cm_draw(struct screen *s, WINDOW *w)
{
    struct commend *cm = s->priv;
    char line[200];

    snprintf(line, sizeof line, _("Commendations of %d · %d recorded"), cm->year, cm->n);
    ui_put_role(w, 0, 0, s->cols, line, ALIGN_LEFT, ROLE_DIM);
    list_draw(&cm->list, w, 1, 0, s->rows - 1, s->cols);
}

/* A unit: returns its code in buf, or 0 when cancelled. */
static int pick_unit(char *buf, size_t sz)
{
    struct target_unit *u = NULL;
    struct picker_item *items;
    int n = 0, i = -1;

    if (target_units(ui_app()->db, &u, &n) < 0) {
        ui_db_error();
        return 0;
    }
    items = xcalloc((size_t)n + 1, sizeof *items);
    for (int j = 0; j < n; j++)
        items[j] = (struct picker_item){ u[j].name, u[j].code, NULL };
    if (n > 0 && (i = ui_pick(_("Advanced unit"), items, n, 0, "")) >= 0)
        strlcpy_utf8(buf, u[i].code, sz);
    free(items);
    target_units_free(u, n);
    return i >= 0;
}

/* A person from the directory: returns the official's id, 0 if none chosen. */
static int pick_person(void)
{
    struct ref_row *rows;
    struct picker_item *items;
    int n = 0, i, id = 0;

    /* The whole directory in the picker: type part of the name, its
     * pinyin initials or the login; the list shows names and units. */
    if (ref_officials(ui_app()->db, NULL, &rows, &n) < 0) {
        ui_db_error();
        return 0;
    }
    items = xcalloc((size_t)n + 1, sizeof *items);
    for (i = 0; i < n; i++) items[i] = (struct picker_item){ rows[i].name, rows[i].key, rows[i].detail };
    if ((i = ui_pick(_("Advanced individual"), items, n, 0, "")) >= 0)
        id = (int)rows[i].id;
    free(items);
    free(rows);
    return id;
}

static void add(struct commend *cm)
{
    const char *kinds[] = { _("An advanced unit"), _("An advanced individual") };
    char code[32] = "", title[256], def[256];
    int kind, official = 0;

    if (!tgt_can_maintain()) {
        ui_info("%s", _("Commendations are recorded by administrators and supervisors."));
        return;
    }
    if ((kind = ui_menu(_("Commend"), kinds, 2, 0)) < 0)
        return;
    if (kind == 0 ? !pick_unit(code, sizeof code) : (official = pick_person()) == 0)
        return;
    snprintf(def, sizeof def, kind == 0 ? _("Advanced unit of %d") : _("Advanced individual of %d"), cm->year);
    if (!ui_prompt(_("Title of the commendation"), def, title, sizeof title, NULL) || !*title)
        return;
    if (commendation_add(ui_app()->db, cm->year, code, official, title) < 0) {
        ui_db_error();
        return;
    }
    ui_info("%s", _("Commendation recorded."));
    load(cm);
}

static int cm_can(struct screen *s, enum cmd c)
{
    (void)s;
    return c != CMD_NEW || tgt_can_maintain();
}

static int cm_command(struct screen *s, enum cmd c)
{
    struct commend *cm = s->priv;

    switch (c) {
    case CMD_NEW: add(cm); return 1;
    case CMD_YEAR:
        if (tgt_choose_year(&cm->year)) load(cm);
        return 1;
    case CMD_REFRESH: load(cm); return 1;
    default: break;
    }
    switch (list_command(&cm->list, c)) {
    case LIST_UNHANDLED: return 0;
    case LIST_NEED_LAST: list_set_rows(&cm->list, cm->n, cm->n - 1); return 1;
    case LIST_NEED_FIRST: list_set_rows(&cm->list, cm->n, 0); return 1;
    default: return 1;
    }
}

static void cm_load(struct screen *s, int why)
{
    (void)why;
    load(s->priv);
}

static const struct ui_watch cm_watch[] = { { "commendation", UI_ANY_ROW }, { NULL, 0 } };

static const enum cmd cm_cmds[] = { CMD_NEW, CMD_YEAR, CMD_REFRESH, CMD_NONE };

const struct screen_ops commend_screen = {
    .name = "commendations", .title = N_("Commendations"), .ctx = KCTX_LIST, .cmds = cm_cmds,
    .can = cm_can, .priv_size = sizeof(struct commend), .watch = cm_watch, .load = cm_load,
    .open = cm_open, .close = cm_close, .draw = cm_draw, .command = cm_command,
};
