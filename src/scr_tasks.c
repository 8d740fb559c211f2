/* scr_tasks.c — the task board (督查督办): a list of tasks with filters,
 * keyset paging from the model, live reload on change notifications.
 *
 * Rows are accumulated page by page (the model pages forward by deadline,
 * id): the list widget's window is everything loaded so far, so moving up
 * never needs a query.  A reload after a notification reads as many rows as
 * were loaded and re-finds the selected task by id, so the cursor stays on
 * the same task even when rows move. */
#include "config.h"
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "filterui.h"
#include "i18n.h"
#include "model_filter.h"
#include "model_ref.h"
#include "model_task.h"
#include "picker.h"
#include "screens.h"
#include "taskui.h"
#include "ui.h"
#include "util.h"
#include "widgets.h"

#define PAGE_ROWS 100
#define MAX_ROWS 20000          /* "G" stops loading here */

struct board {
    struct list_widget list;
    struct task_filter f;
    enum board_preset preset;
    char unit[20], card[8], text[64];
    char unit_name[160];         /* BOARD_UNIT: shown instead of the code */
    struct task_row *rows;
    int n, cap, more;
    struct task_cursor cur;
    char tmp[4][96];            /* cell texts built on the fly */
    int tmpi;
};

static struct screen *the_board;     /* for tasks_board_show */

enum { C_NUM, C_TITLE, C_UNIT, C_DEADLINE, C_LEFT, C_STATUS, C_PCT, C_CARD, C__N };

static const struct list_col board_cols[C__N] = {
    { N_("Number"), 12, 0, ALIGN_LEFT },
    { N_("Title"), 16, 4, ALIGN_LEFT },
    { N_("Lead unit"), 10, 1, ALIGN_LEFT },
    { N_("Deadline"), 10, 0, ALIGN_LEFT },
    { N_("Days"), 4, 0, ALIGN_RIGHT },
    { N_("Status"), 8, 0, ALIGN_LEFT },
    { N_("Done"), 4, 0, ALIGN_RIGHT },
    { N_("Card"), 6, 0, ALIGN_LEFT },
};

static int is_open(const struct task_row *t)
{
    return strcmp(t->status, "closed") != 0 && strcmp(t->status, "reported") != 0;
}

static char *scratch(struct board *b)
{
    b->tmpi = (b->tmpi + 1) % 4;
    return b->tmp[b->tmpi];
}

static const char *board_cell(void *arg, int r, int c)
{
    struct board *b = arg;
    const struct task_row *t = &b->rows[r];
    char *buf;

    switch (c) {
    case C_NUM: return t->number;
    case C_TITLE: return t->title;
    case C_UNIT: return t->lead_unit_name;
    case C_DEADLINE: return t->deadline;
    case C_LEFT:
        if (!is_open(t)) return "";
        buf = scratch(b);
        snprintf(buf, 96, "%d", t->workdays_left);
        return buf;
    case C_STATUS: return task_status_label(t->status);
    case C_PCT:
        if (t->percent < 0) return "";
        buf = scratch(b);
        snprintf(buf, 96, "%d%%", t->percent);
        return buf;
    case C_CARD: return t->worst_card[0] ? task_card_label(t->worst_card) : "";
    }
    return "";
}

static enum role board_row_role(void *arg, int r)
{
    const struct task_row *t = &((struct board *)arg)->rows[r];

    if (strcmp(t->status, "closed") == 0) return ROLE_DIM;
    if (strcmp(t->worst_card, "red") == 0 || (is_open(t) && t->workdays_left < 0)) return ROLE_ERROR;
    if (strcmp(t->worst_card, "yellow") == 0 || strcmp(t->status, "returned") == 0) return ROLE_WARNING;
    if (strcmp(t->status, "reported") == 0) return ROLE_OK;
    return ROLE_NORMAL;
}

/* ---- loading ---- */

static void append(struct board *b, const struct task_page *p)
{
    if (b->n + p->n > b->cap) {
        b->cap = (b->n + p->n) * 2 + 16;
        b->rows = xrealloc(b->rows, (size_t)b->cap * sizeof *b->rows);
    }
    if (p->n > 0)   /* an empty page has no rows array; memcpy(NULL) is UB */
        memcpy(b->rows + b->n, p->rows, (size_t)p->n * sizeof *p->rows);
    b->n += p->n;
    b->more = p->more;
}

/* Load `limit` rows from the start (replacing what was loaded). */
static int load_from_start(struct board *b, int limit)
{
    struct task_page p;

    memset(&b->cur, 0, sizeof b->cur);
    if (task_board(ui_app()->db, &b->f, &b->cur, limit, &p) < 0) {
        ui_db_error();
        return -1;
    }
    b->n = 0;
    append(b, &p);
    task_page_free(&p);
    b->list.more_after = b->more;
    return 0;
}

static int load_next(struct board *b)
{
    struct task_page p;

    if (!b->more) return 0;
    if (task_board(ui_app()->db, &b->f, &b->cur, PAGE_ROWS, &p) < 0) {
        ui_db_error();
        return -1;
    }
    append(b, &p);
    task_page_free(&p);
    b->list.more_after = b->more;
    return p.n;
}

/* Reload what is shown, keeping the selected task (by id) selected. */
static void reload_keep(struct board *b)
{
    long long id = b->list.sel >= 0 && b->list.sel < b->n ? b->rows[b->list.sel].id : 0;
    int sel = b->list.sel, want = b->n > PAGE_ROWS ? b->n : PAGE_ROWS;

    if (load_from_start(b, want) < 0) return;
    for (int i = 0; i < b->n; i++)
        if (b->rows[i].id == id) { sel = i; break; }
    if (sel >= b->n) sel = b->n - 1;
    list_set_rows(&b->list, b->n, sel < 0 ? 0 : sel);
}

/* ---- filters ---- */

/* The presets by the code a saved filter keeps (saved_filter.kind). */
static const char *const preset_codes[] = {
    [BOARD_ALL] = "all", [BOARD_MINE] = "mine", [BOARD_MY_UNIT] = "my_unit",
    [BOARD_OVERDUE] = "overdue", [BOARD_DUE_SOON] = "due_soon", [BOARD_AWAITING] = "awaiting",
    [BOARD_RETURNED] = "returned", [BOARD_TO_SIGN] = "to_sign", [BOARD_CARD] = "card",
    [BOARD_UNIT] = "unit", [BOARD_CLOSED] = "closed",
};

static const char *preset_label(enum board_preset p, const char *card, const char *unit)
{
    static char buf[160];

    switch (p) {
    case BOARD_MINE: return _("mine");
    case BOARD_MY_UNIT: return _("my unit");
    case BOARD_OVERDUE: return _("overdue");
    case BOARD_DUE_SOON: return _("due soon");
    case BOARD_AWAITING: return _("awaiting verification");
    case BOARD_RETURNED: return _("returned");
    case BOARD_TO_SIGN: return _("to sign for");
    case BOARD_CLOSED: return _("closed");
    case BOARD_CARD: return task_card_label(card);
    case BOARD_UNIT: snprintf(buf, sizeof buf, _("unit %s"), unit); return buf;
    default: return _("all open");
    }
}

static const char *preset_name(const struct board *b)
{
    return preset_label(b->preset, b->card, b->unit_name[0] ? b->unit_name : b->unit);
}

static void apply_preset(struct board *b, enum board_preset p, const char *arg)
{
    memset(&b->f, 0, sizeof b->f);
    b->preset = p;
    switch (p) {
    case BOARD_MINE: b->f.mine = 1; break;
    case BOARD_MY_UNIT: b->f.my_unit = 1; break;
    case BOARD_OVERDUE: b->f.overdue = 1; break;
    case BOARD_DUE_SOON: b->f.due_within = 3; break;
    case BOARD_AWAITING: b->f.awaiting = 1; break;
    case BOARD_RETURNED: b->f.returned = 1; break;
    case BOARD_TO_SIGN: b->f.status = "assigned"; b->f.my_unit = 1; break;
    case BOARD_CLOSED: b->f.status = "closed"; break;
    case BOARD_CARD:
        strlcpy_utf8(b->card, arg ? arg : "red", sizeof b->card);
        b->f.card = b->card;
        break;
    case BOARD_UNIT:
        strlcpy_utf8(b->unit, arg ? arg : "", sizeof b->unit);
        b->f.unit_code = b->unit;
        b->unit_name[0] = '\0';
        if (b->unit[0] && ref_unit_name(ui_app()->db, b->unit, b->unit_name, sizeof b->unit_name) < 0)
            b->unit_name[0] = '\0';
        break;
    default: break;
    }
    b->f.text = b->text[0] ? b->text : NULL;
    if (load_from_start(b, PAGE_ROWS) == 0) list_set_rows(&b->list, b->n, 0);
}

/* The lead unit for "By lead unit…", chosen by name in the picker; its
 * code into code.  0 when cancelled. */
static int choose_unit(char *code, size_t codesz)
{
    struct ref_row *rows;
    struct picker_item *items;
    int n, k;

    if (ref_units(ui_app()->db, &rows, &n) < 0) { ui_db_error(); return 0; }
    items = xcalloc((size_t)n + 1, sizeof *items);
    for (int i = 0; i < n; i++) items[i] = (struct picker_item){ rows[i].name, rows[i].key, NULL };
    k = ui_pick(_("Lead unit"), items, n, 0, "");
    if (k >= 0) strlcpy_utf8(code, rows[k].key, codesz);
    free(items);
    free(rows);
    return k >= 0;
}

/* ---- saved filters (filterui.h) ---- */

static void board_get_filter(struct screen *s, struct saved_filter *f)
{
    struct board *b = s->priv;

    strlcpy_utf8(f->kind, preset_codes[b->preset], sizeof f->kind);
    if (b->preset == BOARD_CARD) strlcpy_utf8(f->status, b->card, sizeof f->status);
    if (b->preset == BOARD_UNIT) {
        strlcpy_utf8(f->unit_code, b->unit, sizeof f->unit_code);
        strlcpy_utf8(f->unit_name, b->unit_name, sizeof f->unit_name);
    }
    strlcpy_utf8(f->text, b->text, sizeof f->text);
}

static enum board_preset preset_of(const char *code)
{
    for (int p = 0; p < (int)ARRAY_SIZE(preset_codes); p++)
        if (preset_codes[p] && strcmp(preset_codes[p], code) == 0) return (enum board_preset)p;
    return BOARD_ALL;
}

static void board_set_filter(struct screen *s, const struct saved_filter *f)
{
    struct board *b = s->priv;
    enum board_preset p = preset_of(f->kind);

    strlcpy_utf8(b->text, f->text, sizeof b->text);
    /* a unit since deleted: the unit is gone from the filter, not the filter */
    if (p == BOARD_UNIT && !f->unit_code[0]) p = BOARD_ALL;
    apply_preset(b, p, p == BOARD_CARD ? f->status : p == BOARD_UNIT ? f->unit_code : NULL);
    ui_dirty(s);
}

static void board_describe(const struct saved_filter *f, char *buf, size_t sz)
{
    enum board_preset p = preset_of(f->kind);

    snprintf(buf, sz, "%s%s%s%s", preset_label(p, f->status[0] ? f->status : "red", f->unit_name),
             f->text[0] ? " · \"" : "", f->text, f->text[0] ? "\"" : "");
}

static const struct saved_filter_host task_saved_filters = {
    .screen = "tasks",
    .get = board_get_filter,
    .set = board_set_filter,
    .describe = board_describe,
};

enum { F_SAVED = 100 };

static void filter_menu(struct board *b)
{
    static const char *const items[] = {
        N_("All open tasks"), N_("Mine (I am responsible)"), N_("My unit's"),
        N_("Overdue"), N_("Due within 3 working days"), N_("Awaiting verification"),
        N_("Returned"), N_("To sign for"), N_("With a red card"), N_("With a yellow card"),
        N_("With a warning"), N_("By lead unit…"), N_("Closed"),
    };
    static const enum board_preset map[] = {
        BOARD_ALL, BOARD_MINE, BOARD_MY_UNIT, BOARD_OVERDUE, BOARD_DUE_SOON, BOARD_AWAITING,
        BOARD_RETURNED, BOARD_TO_SIGN, BOARD_CARD, BOARD_CARD, BOARD_CARD, BOARD_UNIT, BOARD_CLOSED,
    };
    const char *tr[ARRAY_SIZE(items) + SF__N];
    int what[ARRAY_SIZE(items) + SF__N], n = 0;
    char code[20];
    int i;

    for (i = 0; i < (int)ARRAY_SIZE(items); i++) { what[n] = i; tr[n++] = _(items[i]); }
    /* saved filters (scr_saved_filter.c), last so the numbers above stay */
    saved_filter_menu_items(tr, what, &n, F_SAVED);
    i = ui_menu(_("Show tasks"), tr, n, 0);
    if (i < 0) return;
    if (what[i] >= F_SAVED) { saved_filter_run(&task_saved_filters, the_board, what[i] - F_SAVED); return; }
    if (map[i] == BOARD_UNIT) {
        if (!choose_unit(code, sizeof code)) return;
        apply_preset(b, BOARD_UNIT, code);
    } else {
        apply_preset(b, map[i], i == 8 ? "red" : i == 9 ? "yellow" : i == 10 ? "warning" : NULL);
    }
}

static void search(struct board *b)
{
    char text[64];

    if (!ui_prompt(_("Number or words in the title (empty: all)"), b->text, text, sizeof text, NULL))
        return;
    strlcpy_utf8(b->text, text, sizeof b->text);
    b->f.text = b->text[0] ? b->text : NULL;
    if (load_from_start(b, PAGE_ROWS) == 0) list_set_rows(&b->list, b->n, 0);
}

/* ---- screen ops ---- */

static int board_visible(const struct app *app)
{
    return strcmp(app->me.role, "staff") == 0 || strcmp(app->me.role, "supervisor") == 0
        || strcmp(app->me.role, "inspector") == 0;
}

static int board_open(struct screen *s, void *arg)
{
    struct board *b = s->priv;

    (void)arg;
    list_init(&b->list, board_cols, C__N, board_cell, b);
    b->list.row_role = board_row_role;
    b->list.empty_text = _("No tasks match this filter.");
    the_board = s;
    /* Staff start on their unit's tasks: the rest is noise to them. */
    apply_preset(b, ui_role_is("staff") ? BOARD_MY_UNIT : BOARD_ALL, NULL);
    return 0;
}

static void board_close(struct screen *s)
{
    struct board *b = s->priv;

    if (the_board == s) the_board = NULL;
    free(b->rows);
}

static void board_draw(struct screen *s, WINDOW *w)
{
    struct board *b = s->priv;
    int rows = getmaxy(w), cols = getmaxx(w);
    char line[256];

    snprintf(line, sizeof line, _("Showing: %s%s%s"), preset_name(b),
             b->text[0] ? " · " : "", b->text);
    ui_put_role(w, 0, 1, cols - 2, line, ALIGN_LEFT, ROLE_DIM);
    list_layout(&b->list, cols - 2);
    list_draw(&b->list, w, 1, 1, rows - 1, cols - 2);
}

static int board_list(struct screen *s, enum cmd c)
{
    struct board *b = s->priv;

    switch (list_command(&b->list, c)) {
    case LIST_UNHANDLED: return 0;
    case LIST_NEED_NEXT:
        load_next(b);
        list_set_rows(&b->list, b->n, b->list.want < b->n ? b->list.want : b->n - 1);
        return 1;
    case LIST_NEED_PREV: case LIST_NEED_FIRST:
        list_set_rows(&b->list, b->n, 0);
        return 1;
    case LIST_NEED_LAST:
        while (b->more && b->n < MAX_ROWS && load_next(b) > 0) {}
        list_set_rows(&b->list, b->n, b->n - 1);
        return 1;
    case LIST_OPEN:
        if (b->list.sel >= 0 && b->list.sel < b->n) open_task_form(b->rows[b->list.sel].id);
        return 1;
    default: return 1;
    }
}

static int board_command(struct screen *s, enum cmd c)
{
    struct board *b = s->priv;

    switch (c) {
    case CMD_FILTER: filter_menu(b); return 1;
    case CMD_SEARCH: search(b); return 1;
    case CMD_REFRESH: reload_keep(b); return 1;
    case CMD_HISTORY:   /* the timeline: every event, report and reason */
        if (b->list.sel >= 0 && b->list.sel < b->n) open_task_timeline(b->rows[b->list.sel].id);
        return 1;
    case CMD_NEW:
        if (!ui_role_is("supervisor")) return 0;
        open_task_new();
        return 1;
    default: return board_list(s, c);
    }
}

static int board_can(struct screen *s, enum cmd c)
{
    (void)s;
    return c != CMD_NEW || ui_role_is("supervisor");
}

static void board_load(struct screen *s, int why)
{
    (void)why;
    reload_keep(s->priv);
}

static const struct ui_watch board_watch[] = { { "task*", UI_ANY_ROW }, { NULL, 0 } };

static void board_subtitle(struct screen *s, char *buf, size_t bufsz)
{
    struct board *b = s->priv;

    snprintf(buf, bufsz, "%d / %d%s", b->n ? b->list.sel + 1 : 0, b->n, b->more ? "+" : "");
}

static const enum cmd board_cmds[] = {
    CMD_OPEN, CMD_NEW, CMD_HISTORY, CMD_FILTER, CMD_SEARCH, CMD_REFRESH, CMD_DOWN, CMD_PAGE_DOWN, CMD_NONE
};

const struct screen_ops tasks_screen = {
    .name = "tasks",
    .title = N_("Tasks"),
    .ctx = KCTX_LIST,
    .cmds = board_cmds,
    .visible = board_visible,
    .can = board_can,
    .priv_size = sizeof(struct board),
    .watch = board_watch,
    .load = board_load,
    .open = board_open,
    .close = board_close,
    .draw = board_draw,
    .command = board_command,
    .subtitle = board_subtitle,
};

/* ---- shared helpers ---- */

int tasks_board_show(enum board_preset p, const char *arg)
{
    if (ui_switch_to(&tasks_screen) < 0 || !the_board) return -1;
    apply_preset(the_board->priv, p, arg);
    ui_dirty(the_board);
    return 0;
}

