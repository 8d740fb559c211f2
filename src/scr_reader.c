/* scr_reader.c — a reader for any long text: a title and the text, wrapped
 * at word and number boundaries by display width (widget_textview.c) and
 * scrolled with the list keys; Esc goes back.  Used for a task's timeline
 * (every event, every report in full, every return reason). */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "model_case.h"
#include "model_task.h"
#include "screen.h"
#include "screens.h"
#include "timeline.h"
#include "ui.h"
#include "util.h"
#include "widgets.h"

struct reader {
    struct textview tv;
    char title[256];
    long long task_id;           /* a task's timeline: reloaded when it changes */
    long long case_id;           /* a case's timeline (case_timeline.c), likewise */
    struct ui_watch watch[2];
};

struct reader_arg { const char *title, *text; long long task_id, case_id; };

static void load_timeline(struct reader *r)
{
    struct task_detail d;
    char *text;

    if (task_detail_load(ui_app()->db, r->task_id, &d) != 1) { ui_db_error(); return; }
    snprintf(r->title, sizeof r->title, _("Timeline of task %s"), d.t.number);
    text = task_timeline_text(ui_app()->db, &d);
    if (!text) ui_db_error();
    else textview_keep_set(&r->tv, text);
    free(text);
    task_detail_free(&d);
}

static void load_case_timeline(struct reader *r)
{
    struct case_detail d;
    char *text;

    switch (case_load(ui_app()->db, r->case_id, &d)) {
    case 0: break;
    case 1: ui_error("%s", _("The case is no longer there for you.")); return;
    default: ui_db_error(); return;
    }
    snprintf(r->title, sizeof r->title, _("Timeline of case %s"), d.row.case_no);
    case_detail_free(&d);
    text = case_timeline_text(ui_app()->db, r->case_id);
    if (!text) ui_db_error();
    else textview_keep_set(&r->tv, text);
    free(text);
}

static int rd_open(struct screen *s, void *arg)
{
    const struct reader_arg *a = arg;
    struct reader *r = s->priv;

    r->task_id = a->task_id;
    r->case_id = a->case_id;
    if (r->case_id) {
        s->watch_id = r->case_id;
        r->watch[0] = (struct ui_watch){ "case_file", UI_THIS_ROW };
        s->watch = r->watch;
        load_case_timeline(r);
    } else if (r->task_id) {
        s->watch_id = r->task_id;
        r->watch[0] = (struct ui_watch){ "task", UI_THIS_ROW };
        s->watch = r->watch;
        load_timeline(r);
    } else {
        strlcpy_utf8(r->title, a->title ? a->title : "", sizeof r->title);
        textview_set(&r->tv, a->text ? a->text : "");
    }
    return 0;
}

static void rd_close(struct screen *s)
{
    struct reader *r = s->priv;
    textview_free(&r->tv);
}

static void rd_load(struct screen *s, int why)
{
    struct reader *r = s->priv;
    (void)why;
    if (r->case_id) load_case_timeline(r);
    else if (r->task_id) load_timeline(r);
}

static void rd_draw(struct screen *s, WINDOW *w)
{
    struct reader *r = s->priv;
    char pos[48];

    ui_put_role(w, 0, 1, s->cols - 2, r->title, ALIGN_LEFT, ROLE_TITLE);
    textview_draw(&r->tv, w, 1, s->rows - 1, s->cols);
    textview_position(&r->tv, pos, sizeof pos);
}

static void rd_subtitle(struct screen *s, char *buf, size_t bufsz)
{
    textview_position(&((struct reader *)s->priv)->tv, buf, bufsz);
}

static int rd_command(struct screen *s, enum cmd c)
{
    struct reader *r = s->priv;
    if (c == CMD_REFRESH) { rd_load(s, 0); return 1; }
    return textview_command(&r->tv, c);
}

static const enum cmd rd_cmds[] = { CMD_DOWN, CMD_UP, CMD_PAGE_DOWN, CMD_PAGE_UP, CMD_REFRESH, CMD_BACK, CMD_NONE };

static const struct screen_ops reader_screen = {
    .name = "reader", .title = N_("Reader"), .ctx = KCTX_LIST, .cmds = rd_cmds,
    .priv_size = sizeof(struct reader),
    .open = rd_open, .close = rd_close, .load = rd_load, .draw = rd_draw,
    .command = rd_command, .subtitle = rd_subtitle,
};

int open_reader(const char *title, const char *text)
{
    struct reader_arg a = { title, text, 0, 0 };
    return ui_push(&reader_screen, &a) ? 0 : -1;
}

int open_task_timeline(long long task_id)
{
    struct reader_arg a = { NULL, NULL, task_id, 0 };
    return ui_push(&reader_screen, &a) ? 0 : -1;
}

int open_case_timeline(long long case_id)
{
    struct reader_arg a = { NULL, NULL, 0, case_id };
    return ui_push(&reader_screen, &a) ? 0 : -1;
}
