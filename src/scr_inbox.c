/* scr_inbox.c — the inbox: what happened to my tasks (new task, returned,
 * cards, extension decisions...), newest first.  Enter opens the task and
 * marks the item read; R marks everything read; f shows unread only.
 * The header's unread count is kept here (inbox_refresh_unread), called on
 * start and whenever the inbox tables change. */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "model_inbox.h"
#include "screens.h"
#include "taskui.h"
#include "ui.h"
#include "util.h"
#include "widgets.h"

#define INBOX_PAGE 100

struct inbox {
    struct list_widget list;
    struct inbox_item *items;
    int n, more, unread_only;
};

enum { I_NEW, I_WHEN, I_KIND, I_NUM, I_TITLE, I_DATE, I__N };

static const struct list_col inbox_cols[I__N] = {
    { "*", 1, 0, ALIGN_LEFT },
    { N_("When"), 11, 0, ALIGN_LEFT },
    { N_("What"), 14, 1, ALIGN_LEFT },
    { N_("Number"), 12, 0, ALIGN_LEFT },
    { N_("Title"), 14, 3, ALIGN_LEFT },
    { N_("Date"), 10, 0, ALIGN_LEFT },
};

void inbox_refresh_unread(void)
{
    struct app *app = ui_app();
    int n;

    if (!app || !app->db || !app->connected) return;
    if ((n = inbox_unread_count(app->db)) >= 0) ui_set_unread(n);
}

static const char *inbox_cell(void *arg, int r, int c)
{
    const struct inbox_item *it = &((struct inbox *)arg)->items[r];

    switch (c) {
    case I_NEW: return it->read ? "" : "●";
    case I_WHEN: return it->created_at + 5;       /* MM-DD HH:MM:SS → drop the year */
    case I_KIND: return inbox_kind_label(it->kind, it->detail);
    case I_NUM: return it->task_number;
    case I_TITLE: return it->task_title;
    case I_DATE: return it->ref_date;
    }
    return "";
}

static enum role inbox_row_role(void *arg, int r)
{
    const struct inbox_item *it = &((struct inbox *)arg)->items[r];

    if (it->read) return ROLE_DIM;
    if (strcmp(it->kind, "card_issued") == 0 || strcmp(it->kind, "returned") == 0) return ROLE_WARNING;
    return ROLE_NORMAL;
}

/* Load max(limit, loaded) newest items; keep the selected item selected. */
static void load(struct inbox *b, int limit)
{
    long long id = b->list.sel >= 0 && b->list.sel < b->n ? b->items[b->list.sel].id : 0;
    struct inbox_item *items;
    int n, sel = b->list.sel < 0 ? 0 : b->list.sel;

    if (limit < b->n) limit = b->n;
    if (inbox_list(ui_app()->db, b->unread_only, 0, limit + 1, &items, &n) < 0) {
        ui_db_error();
        return;
    }
    free(b->items);
    b->items = items;
    b->more = n > limit;
    b->n = b->more ? limit : n;
    for (int i = 0; i < b->n; i++)
        if (b->items[i].id == id) { sel = i; break; }
    if (sel >= b->n) sel = b->n - 1;
    b->list.more_after = b->more;
    list_set_rows(&b->list, b->n, sel < 0 ? 0 : sel);
    inbox_refresh_unread();
}

static void load_next(struct inbox *b)
{
    struct inbox_item *items;
    int n;

    if (!b->more || b->n == 0) return;
    if (inbox_list(ui_app()->db, b->unread_only, b->items[b->n - 1].id, INBOX_PAGE + 1, &items, &n) < 0) {
        ui_db_error();
        return;
    }
    b->more = n > INBOX_PAGE;
    if (b->more) n = INBOX_PAGE;
    b->items = xrealloc(b->items, (size_t)(b->n + n + 1) * sizeof *b->items);
    if (n > 0)
        memcpy(b->items + b->n, items, (size_t)n * sizeof *items);
    b->n += n;
    free(items);
    b->list.more_after = b->more;
}

static int inbox_visible(const struct app *app)
{
    return strcmp(app->me.role, "staff") == 0 || strcmp(app->me.role, "supervisor") == 0;
}

static int inbox_open(struct screen *s, void *arg)
{
    struct inbox *b = s->priv;

    (void)arg;
    list_init(&b->list, inbox_cols, I__N, inbox_cell, b);
    b->list.row_role = inbox_row_role;
    b->list.empty_text = _("Nothing in your inbox.");
    load(b, INBOX_PAGE);
    return 0;
}

static void inbox_close(struct screen *s)
{
    struct inbox *b = s->priv;

    free(b->items);
}

static void inbox_draw(struct screen *s, WINDOW *w)
{
    struct inbox *b = s->priv;
    char line[160];

    snprintf(line, sizeof line, "%s   %s", b->unread_only ? _("Showing: unread") : _("Showing: all"),
             "");
    {
        size_t len = strlen(line);
        snprintf(line + len, sizeof line - len, _("%s: open the task and mark read · %s: mark all read · %s: unread/all"),
                 keymap_first_key(KCTX_LIST, CMD_OPEN), keymap_first_key(KCTX_LIST, CMD_MARK_ALL_READ),
                 keymap_first_key(KCTX_LIST, CMD_FILTER));
    }
    ui_put_role(w, 0, 1, getmaxx(w) - 2, line, ALIGN_LEFT, ROLE_DIM);
    list_draw(&b->list, w, 1, 1, getmaxy(w) - 1, getmaxx(w) - 2);
}

static void open_item(struct inbox *b)
{
    struct inbox_item *it;

    if (b->list.sel < 0 || b->list.sel >= b->n) return;
    it = &b->items[b->list.sel];
    if (!it->read && inbox_mark_read(ui_app()->db, it->id) >= 0) {
        it->read = 1;
        inbox_refresh_unread();
    }
    if (it->case_id) open_case_form(it->case_id);      /* a missed statutory period */
    else if (it->task_id && it->task_number[0]) open_task_form(it->task_id);
    else if (it->task_id) ui_error("%s", _("That task is no longer visible to you."));
}

static int inbox_command(struct screen *s, enum cmd c)
{
    struct inbox *b = s->priv;

    switch (c) {
    case CMD_MARK_ALL_READ: {
        int n = inbox_mark_all_read(s->app->db);
        if (n < 0) { ui_db_error(); return 1; }
        load(b, INBOX_PAGE);
        ui_info(ngettext("%d item marked read.", "%d items marked read.", (unsigned long)n), n);
        return 1;
    }
    case CMD_FILTER:
        b->unread_only = !b->unread_only;
        b->list.sel = 0;
        load(b, INBOX_PAGE);
        return 1;
    case CMD_REFRESH: load(b, INBOX_PAGE); return 1;
    default: break;
    }
    switch (list_command(&b->list, c)) {
    case LIST_UNHANDLED: return 0;
    case LIST_NEED_NEXT:
        load_next(b);
        list_set_rows(&b->list, b->n, b->list.want < b->n ? b->list.want : b->n - 1);
        return 1;
    case LIST_NEED_LAST:
        for (int k = 0; k < 100 && b->more; k++) load_next(b);
        list_set_rows(&b->list, b->n, b->n - 1);
        return 1;
    case LIST_NEED_PREV: case LIST_NEED_FIRST: list_set_rows(&b->list, b->n, 0); return 1;
    case LIST_OPEN: open_item(b); return 1;
    default: return 1;
    }
}

static void inbox_load(struct screen *s, int why)
{
    (void)why;
    load(s->priv, INBOX_PAGE);
}

static const struct ui_watch inbox_watch[] = {
    { "inbox*", UI_ANY_ROW }, { "task", UI_ANY_ROW }, { NULL, 0 },
};

static void inbox_subtitle(struct screen *s, char *buf, size_t bufsz)
{
    struct inbox *b = s->priv;

    snprintf(buf, bufsz, _("%d unread"), s->app->unread);
    (void)b;
}

static const enum cmd inbox_cmds[] = {
    CMD_OPEN, CMD_MARK_ALL_READ, CMD_FILTER, CMD_REFRESH, CMD_DOWN, CMD_NONE
};

const struct screen_ops inbox_screen = {
    .name = "inbox",
    .title = N_("Inbox"),
    .ctx = KCTX_LIST,
    .cmds = inbox_cmds,
    .visible = inbox_visible,
    .priv_size = sizeof(struct inbox),
    .watch = inbox_watch,
    .load = inbox_load,
    .open = inbox_open,
    .close = inbox_close,
    .draw = inbox_draw,
    .command = inbox_command,
    .subtitle = inbox_subtitle,
};

int open_inbox(void)
{
    return ui_switch_to(&inbox_screen);
}
