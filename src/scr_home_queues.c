/* scr_home_queues.c — the work queues of the inspector's and the
 * administrator's home screens, and the list each admin queue drills down
 * to.  Inspectors: new flags, reviews due within 7 days, overdue reviews,
 * awaiting disposition; Enter shows exactly those records in the discipline
 * list (read through the read protocol).  Administrators: disabled
 * accounts, calendar years without holidays, units without targets for
 * this year; Enter pushes the list of exactly those rows.  Counts and rows
 * come from one SQL predicate each (sql/functions/120_home_queues.sql). */
#include "config.h"
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "discui.h"
#include "homequeues.h"
#include "i18n.h"
#include "model_queue.h"
#include "refui.h"
#include "screen.h"
#include "ui.h"
#include "util.h"
#include "widgets.h"

enum queue { Q_NEW, Q_DUE, Q_OVERDUE, Q_AWAITING, Q_DISABLED, Q_CALENDAR, Q_TARGETS, Q__N };

static const char *const queue_code[Q__N] = {
    "new", "due", "overdue", "awaiting", "disabled", "calendar", "targets",
};

int home_queues_fill(void *arg, void (*add)(void *arg, const char *text, int count, int queue))
{
    db_t *db = ui_app()->db;

    if (ui_role_is("inspector")) {
        struct queue_inspector q;
        if (queue_inspector_counts(db, &q) < 0) return -1;
        add(arg, _("New flags not yet taken"), q.new_flags, Q_NEW);
        add(arg, _("Reviews due within 7 days"), q.due, Q_DUE);
        add(arg, _("Overdue reviews"), q.overdue, Q_OVERDUE);
        add(arg, _("Awaiting disposition"), q.awaiting, Q_AWAITING);
    } else if (ui_role_is("admin")) {
        struct queue_admin q;
        if (queue_admin_counts(db, &q) < 0) return -1;
        add(arg, _("Disabled accounts"), q.disabled, Q_DISABLED);
        add(arg, _("Calendar years without holidays"), q.calendar, Q_CALENDAR);
        add(arg, _("Units without targets this year"), q.targets, Q_TARGETS);
    }
    return 0;
}

/* Discipline records send no NOTIFY: the inspector's home re-reads on r
 * and whenever it is shown after the discipline screens changed a record. */
static const struct ui_watch admin_watch[] = {
    { "official", UI_ANY_ROW }, { "calendar_day", UI_ANY_ROW }, { "target", UI_ANY_ROW },
    { "unit", UI_ANY_ROW }, { "inbox*", UI_ANY_ROW }, { NULL, 0 },
};

const struct ui_watch *home_queues_watch(void)
{
    return ui_role_is("admin") ? admin_watch : NULL;
}

/* ---- the list of one admin queue ---- */

struct qlist {
    struct list_widget list;
    enum queue q;
    struct queue_row *rows;
    int n;
};

static const struct list_col qcols[] = {
    { N_("Name"), 12, 2, ALIGN_LEFT },
    { N_("Detail"), 10, 1, ALIGN_LEFT },
};

static const char *qcell(void *arg, int r, int c)
{
    const struct qlist *ql = arg;
    const struct queue_row *row = &ql->rows[r];

    if (c == 0) return row->name;
    if (ql->q == Q_CALENDAR) return _("No holidays or make-up working days entered");
    if (ql->q == Q_TARGETS) return _("No target signed for this year");
    return row->detail;
}

static void qload(struct screen *s, int why)
{
    struct qlist *ql = s->priv;

    (void)why;
    free(ql->rows);
    ql->rows = NULL;
    ql->n = 0;
    if (queue_admin_rows(ui_app()->db, queue_code[ql->q], &ql->rows, &ql->n) < 0) ui_db_error();
    list_set_rows(&ql->list, ql->n, ql->list.sel < 0 ? 0 : ql->list.sel >= ql->n ? ql->n - 1 : ql->list.sel);
    ui_dirty(s);
}

static int qopen(struct screen *s, void *arg)
{
    struct qlist *ql = s->priv;

    ql->q = (enum queue)(intptr_t)arg;
    list_init(&ql->list, qcols, (int)ARRAY_SIZE(qcols), qcell, ql);
    ql->list.empty_text = _("Nothing waiting for you.");
    qload(s, UI_LOAD_CHANGED);
    return 0;
}

static void qclose(struct screen *s)
{
    free(((struct qlist *)s->priv)->rows);
}

static void qdraw(struct screen *s, WINDOW *w)
{
    struct qlist *ql = s->priv;
    const char *title = ql->q == Q_DISABLED ? _("Disabled accounts")
                      : ql->q == Q_CALENDAR ? _("Calendar years without holidays")
                      : _("Units without targets this year");
    char line[200];

    snprintf(line, sizeof line, _("Showing: %s  %d"), title, ql->n);
    ui_put_role(w, 0, 0, s->cols, line, ALIGN_LEFT, ROLE_DIM);
    list_draw(&ql->list, w, 1, 0, s->rows - 1, s->cols);
}

static int qcommand(struct screen *s, enum cmd c)
{
    struct qlist *ql = s->priv;

    if (c == CMD_REFRESH) { qload(s, UI_LOAD_CHANGED); return 1; }
    switch (list_command(&ql->list, c)) {
    case LIST_UNHANDLED: return 0;
    case LIST_OPEN:
        /* a year without holidays: its calendar, to enter them */
        if (ql->q == Q_CALENDAR && ql->list.sel >= 0 && ql->list.sel < ql->n)
            open_ref_calendar(atoi(ql->rows[ql->list.sel].key));
        return 1;
    default: ui_dirty(s); return 1;
    }
}

static void qsubtitle(struct screen *s, char *buf, size_t bufsz)
{
    snprintf(buf, bufsz, "%d", ((struct qlist *)s->priv)->n);
}

static const enum cmd qcmds[] = { CMD_OPEN, CMD_REFRESH, CMD_BACK, CMD_NONE };

static const struct screen_ops queue_list_screen = {
    .name = "home_queue", .title = N_("Work queue"), .ctx = KCTX_LIST, .cmds = qcmds,
    .priv_size = sizeof(struct qlist), .watch = admin_watch, .load = qload,
    .open = qopen, .close = qclose, .draw = qdraw, .command = qcommand, .subtitle = qsubtitle,
};

void home_queue_open(int queue)
{
    if (queue < 0 || queue >= Q__N) return;
    if (queue <= Q_AWAITING) {
        if (discipline_show_queue(queue_code[queue]) < 0)
            ui_info("%s", _("The discipline screens are not available."));
        return;
    }
    ui_push(&queue_list_screen, (void *)(intptr_t)queue);
}
