/* scr_discipline.c — the discipline records list (纪检监察), a main screen
 * that exists only for inspectors: its visible() predicate keeps it out of
 * every other role's title line, number keys, home screen and help.
 *
 * Discipline tables deliberately send no NOTIFY (a notification is seen by
 * every listener), so the list refreshes itself on a timer instead, and on
 * r.  Every page fetched is logged by the server as read; pages are
 * therefore fetched only as the inspector scrolls. */

#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "discui.h"
#include "i18n.h"
#include "model_discipline.h"
#include "screen.h"
#include "ui.h"
#include "util.h"
#include "widgets.h"

#define PAGE_ROWS 100
#define REFRESH_MS 30000

enum mode { M_OPEN, M_OVERDUE, M_ALL, M_CATEGORY, M_STATUS, M_QUEUE };

struct dlist {
    struct list_widget list;
    enum mode mode;
    const char *code;             /* category, status or home queue of M_CATEGORY... */
    struct disc_row *rows;
    int n, more;
};

enum { C_RECEIPT, C_OFFICIAL, C_UNIT, C_CATEGORY, C_STATUS, C_DUE, C_LATE, C__N };

static const struct list_col dcols[C__N] = {
    { N_("Receipt"), 17, 0, ALIGN_LEFT },
    { N_("Official"), 6, 1, ALIGN_LEFT },
    { N_("Unit"), 8, 2, ALIGN_LEFT },
    { N_("Category"), 8, 2, ALIGN_LEFT },
    { N_("Status"), 8, 2, ALIGN_LEFT },
    { N_("Review due"), 10, 0, ALIGN_LEFT },
    { N_("Late"), 4, 0, ALIGN_LEFT },
};

static const char *dcell(void *arg, int r, int c)
{
    const struct disc_row *d = &((struct dlist *)arg)->rows[r];

    switch (c) {
    case C_RECEIPT: return d->receipt;
    case C_OFFICIAL: return d->official_name;
    case C_UNIT: return d->unit_name;
    case C_CATEGORY: return disc_category_label(d->category);
    case C_STATUS: return disc_status_label(d->status);
    case C_DUE: return d->review_due;
    default: return d->overdue ? _("late") : "";
    }
}

static enum role drole(void *arg, int r)
{
    const struct disc_row *d = &((struct dlist *)arg)->rows[r];

    if (d->overdue) return ROLE_ERROR;
    if (strcmp(d->status, "set_aside") == 0 || strcmp(d->status, "concluded") == 0) return ROLE_DIM;
    if (strcmp(d->status, "received") == 0) return ROLE_WARNING;
    return ROLE_NORMAL;
}

static void filter_of(const struct dlist *dl, struct disc_filter *f)
{
    memset(f, 0, sizeof *f);
    switch (dl->mode) {
    case M_OPEN: f->status = "open"; break;
    case M_OVERDUE: f->status = "preliminary_review"; break;
    case M_ALL: break;
    case M_CATEGORY: f->category = dl->code; break;
    case M_STATUS: f->status = dl->code; break;
    case M_QUEUE: f->queue = dl->code; break;
    }
}

/* Append one page after the last row (keyset on the last id). */
static int load_page(struct dlist *dl, int limit)
{
    struct disc_filter f;
    struct disc_row *page;
    int n;

    filter_of(dl, &f);
    if (disc_list(ui_app()->db, &f, dl->n ? dl->rows[dl->n - 1].id : 0, limit, &page, &n) < 0) {
        ui_db_error();
        return -1;
    }
    dl->more = n == limit;
    dl->rows = xrealloc(dl->rows, (size_t)(dl->n + n + 1) * sizeof *dl->rows);
    for (int i = 0; i < n; i++) {
        if (dl->mode == M_OVERDUE && !page[i].overdue) {
            struct disc_row *d = &page[i];     /* not wanted: free its strings */
            disc_rows_free(memcpy(xmalloc(sizeof *d), d, sizeof *d), 1);
            continue;
        }
        dl->rows[dl->n++] = page[i];
    }
    free(page);                /* the strings now belong to dl->rows */
    dl->list.more_after = dl->more;
    return n;
}

/* Reload as many rows as were shown, keeping the selected record. */
static void reload(struct dlist *dl)
{
    long long id = dl->list.sel >= 0 && dl->list.sel < dl->n ? dl->rows[dl->list.sel].id : 0;
    int want = dl->n > PAGE_ROWS ? dl->n : PAGE_ROWS, sel = dl->list.sel;

    disc_rows_free(dl->rows, dl->n);
    dl->rows = NULL;
    dl->n = 0;
    load_page(dl, want > 500 ? 500 : want);
    for (int i = 0; i < dl->n; i++)
        if (dl->rows[i].id == id) { sel = i; break; }
    list_set_rows(&dl->list, dl->n, sel < 0 ? 0 : sel);
}

/* The records are not announced (NOTIFY is visible to every listener):
 * a record view that changed one says so. */
void disc_list_changed(void)
{
    ui_mark_stale_ops(&discipline_screen);
    ui_mark_stale_ops(&home_screen);    /* the inspector's queues */
}

/* The home screen's queues (model_queue.h), by their code. */
const char *disc_queue_label(const char *queue)
{
    if (strcmp(queue, "new") == 0) return _("new flags");
    if (strcmp(queue, "due") == 0) return _("reviews due within 7 days");
    if (strcmp(queue, "overdue") == 0) return _("overdue reviews");
    return _("awaiting disposition");
}

static struct screen *the_list;      /* for discipline_show_queue */

/* Show exactly the rows of one home queue. */
int discipline_show_queue(const char *queue)
{
    struct dlist *dl;

    if (ui_switch_to(&discipline_screen) < 0 || !the_list) return -1;
    dl = the_list->priv;
    dl->mode = M_QUEUE;
    dl->code = queue;
    dl->list.sel = 0;
    disc_rows_free(dl->rows, dl->n);
    dl->rows = NULL;
    dl->n = 0;
    reload(dl);
    ui_dirty(the_list);
    return 0;
}

static void dl_load(struct screen *s, int why)
{
    (void)why;
    reload(s->priv);
}

static int dl_open(struct screen *s, void *arg)
{
    struct dlist *dl = s->priv;
    (void)arg;

    list_init(&dl->list, dcols, C__N, dcell, dl);
    dl->list.row_role = drole;
    dl->list.empty_text = _("No discipline records match.");
    dl->mode = M_OPEN;
    the_list = s;
    reload(dl);
    ui_timer(s, REFRESH_MS);
    return 0;
}

static void dl_close(struct screen *s)
{
    struct dlist *dl = s->priv;
    if (the_list == s) the_list = NULL;
    disc_rows_free(dl->rows, dl->n);
}

static void dl_timer(struct screen *s)
{
    reload(s->priv);
    ui_dirty(s);
    ui_timer(s, REFRESH_MS);
}

static const char *mode_name(const struct dlist *dl)
{
    switch (dl->mode) {
    case M_OPEN: return _("open");
    case M_OVERDUE: return _("overdue reviews");
    case M_ALL: return _("all");
    case M_CATEGORY: return disc_category_label(dl->code);
    case M_QUEUE: return disc_queue_label(dl->code);
    default: return disc_status_label(dl->code);
    }
}

static void dl_draw(struct screen *s, WINDOW *w)
{
    struct dlist *dl = s->priv;

    char line[160];

    /* in the body, not a subtitle: at 80 columns the title line is full */
    snprintf(line, sizeof line, _("Showing: %s  %d%s"), mode_name(dl), dl->n, dl->more ? "+" : "");
    ui_put_role(w, 0, 0, s->cols, line, ALIGN_LEFT, ROLE_DIM);
    list_draw(&dl->list, w, 1, 0, s->rows - 1, s->cols);
}

/* A menu of codes with their labels; the chosen code or NULL. */
static const char *choose_code(const char *title, const char *const *codes,
                               const char *(*label)(const char *))
{
    const char *items[16];
    int n = 0, i;

    for (; codes[n] && n < 16; n++)
        items[n] = label(codes[n]);
    i = ui_menu(title, items, n, 0);
    return i >= 0 ? codes[i] : NULL;
}

static void choose_filter(struct dlist *dl)
{
    const char *items[] = { _("Open records"), _("Overdue reviews"), _("All records"),
                            _("By category..."), _("By status...") };
    int i = ui_menu(_("Show"), items, 5, dl->mode == M_QUEUE ? 0 : (int)dl->mode);
    const char *code = NULL;

    if (i < 0)
        return;
    if (i == M_CATEGORY && !(code = choose_code(_("Category"), disc_categories, disc_category_label)))
        return;
    if (i == M_STATUS && !(code = choose_code(_("Status"), disc_statuses, disc_status_label)))
        return;
    dl->mode = (enum mode)i;
    dl->code = code;
    dl->list.sel = 0;
    disc_rows_free(dl->rows, dl->n);
    dl->rows = NULL;
    dl->n = 0;
    reload(dl);
}

static const struct disc_row *selected(struct dlist *dl)
{
    return dl->list.sel >= 0 && dl->list.sel < dl->n ? &dl->rows[dl->list.sel] : NULL;
}

static int dl_command(struct screen *s, enum cmd c)
{
    struct dlist *dl = s->priv;
    const struct disc_row *d = selected(dl);

    switch (c) {
    case CMD_REFRESH: reload(dl); ui_info("%s", _("Reloaded.")); return 1;
    case CMD_FILTER: choose_filter(dl); return 1;
    case CMD_STATS: open_disc_reports(); return 1;
    case CMD_EVIDENCE:
        if (d) open_evidence(d->official_id, d->official_name);
        return 1;
    case CMD_ACTION:
        /* open the record, so the inspector sees what they act on */
        if (d && open_disc_record(d->id) == 0)
            disc_record_actions(ui_top());
        return 1;
    default: break;
    }
    switch (list_command(&dl->list, c)) {
    case LIST_UNHANDLED: return 0;
    case LIST_OPEN:
        if (d) open_disc_record(d->id);
        return 1;
    case LIST_NEED_NEXT:
        if (dl->more && load_page(dl, PAGE_ROWS) >= 0)
            list_set_rows(&dl->list, dl->n, dl->list.want < dl->n ? dl->list.want : dl->n - 1);
        return 1;
    case LIST_NEED_LAST:
        while (dl->more && dl->n < 5000 && load_page(dl, PAGE_ROWS) > 0)
            ;
        list_set_rows(&dl->list, dl->n, dl->n - 1);
        return 1;
    case LIST_NEED_FIRST:
        list_set_rows(&dl->list, dl->n, 0);
        return 1;
    default:
        return 1;
    }
}

static const enum cmd dl_cmds[] = {
    CMD_OPEN, CMD_ACTION, CMD_FILTER, CMD_EVIDENCE, CMD_STATS, CMD_REFRESH, CMD_NONE,
};

const struct screen_ops discipline_screen = {
    .name = "discipline", .title = N_("Discipline"), .ctx = KCTX_LIST, .cmds = dl_cmds,
    .visible = disc_is_inspector, .priv_size = sizeof(struct dlist), .load = dl_load,
    .open = dl_open, .close = dl_close, .draw = dl_draw, .command = dl_command,
    .timer = dl_timer,
};
