/* scr_disc_reports.c — inspector reports: open flags by category and unit,
 * preliminary reviews past their deadline, and officials flagged more than
 * once.  Aggregates from the sql/031 report functions (each call logged as
 * one read), laid out as a scrollable page with columns measured by
 * display width, so Chinese names line up. */

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
#include "width.h"

struct reports {
    struct textview tv;
};

/* One table row: cells padded to their widths (negative = right-aligned). */
static void put_row(FILE *f, const char *const *cells, const int *w, int n)
{
    char buf[512];

    for (int i = 0; i < n; i++) {
        str_format(buf, sizeof buf, cells[i] ? cells[i] : "", w[i] < 0 ? -w[i] : w[i],
                   w[i] < 0 ? ALIGN_RIGHT : ALIGN_LEFT);
        fprintf(f, "%s%s", i ? "  " : "", buf);
    }
    fputc('\n', f);
}

static void section_open(FILE *f, db_t *db)
{
    static const int w[] = { 20, 28, -6 };
    struct disc_table t;
    const char *head[] = { _("Unit"), _("Category"), _("Open") };

    fprintf(f, "## %s\n", _("Open flags by unit and category"));
    if (disc_report_table(db, DISC_REPORT_OPEN, &t) < 0) {
        fprintf(f, "!! %s\n\n", db_errmsg(db));
        return;
    }
    put_row(f, head, w, 3);
    for (int i = 0; i < t.nrows; i++) {
        const char *row[] = { disc_table_cell(&t, i, 1),
                              disc_category_label(disc_table_cell(&t, i, 2)),
                              disc_table_cell(&t, i, 3) };
        put_row(f, row, w, 3);
    }
    if (t.nrows == 0)
        fprintf(f, "%s\n", _("No open flags."));
    fputc('\n', f);
    disc_table_free(&t);
}

static void section_overdue(FILE *f, db_t *db)
{
    static const int w[] = { 10, 20, 20, 10, -5 };
    struct disc_table t;
    const char *head[] = { _("Official"), _("Unit"), _("Category"), _("Due"), _("Days") };

    fprintf(f, "## %s\n", _("Preliminary reviews past their deadline"));
    if (disc_report_table(db, DISC_REPORT_OVERDUE, &t) < 0) {
        fprintf(f, "!! %s\n\n", db_errmsg(db));
        return;
    }
    put_row(f, head, w, 5);
    for (int i = 0; i < t.nrows; i++) {
        const char *row[] = { disc_table_cell(&t, i, 1), disc_table_cell(&t, i, 2),
                              disc_category_label(disc_table_cell(&t, i, 3)),
                              disc_table_cell(&t, i, 4), disc_table_cell(&t, i, 5) };
        put_row(f, row, w, 5);
    }
    if (t.nrows == 0)
        fprintf(f, "%s\n", _("No review is overdue."));
    fputc('\n', f);
    disc_table_free(&t);
}

static void section_repeat(FILE *f, db_t *db)
{
    static const int w[] = { 10, 20, -5, -5, -9 };
    struct disc_table t;
    const char *head[] = { _("Official"), _("Unit"), _("Flags"), _("Open"), _("Sanctions") };

    fprintf(f, "## %s\n", _("Officials flagged more than once"));
    if (disc_report_table(db, DISC_REPORT_REPEAT, &t) < 0) {
        fprintf(f, "!! %s\n\n", db_errmsg(db));
        return;
    }
    put_row(f, head, w, 5);
    for (int i = 0; i < t.nrows; i++) {
        const char *row[] = { disc_table_cell(&t, i, 1), disc_table_cell(&t, i, 2),
                              disc_table_cell(&t, i, 3), disc_table_cell(&t, i, 4),
                              disc_table_cell(&t, i, 5) };
        put_row(f, row, w, 5);
    }
    if (t.nrows == 0)
        fprintf(f, "%s\n", _("No official has been flagged more than once."));
    disc_table_free(&t);
}

static void load(struct reports *r)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    db_t *db = ui_app()->db;

    section_open(f, db);
    section_overdue(f, db);
    section_repeat(f, db);
    fclose(f);
    textview_keep_set(&r->tv, buf);
    free(buf);
}

static int rep_open(struct screen *s, void *arg)
{
    struct reports *r = s->priv;
    (void)arg;

    load(r);
    return 0;
}

static void rep_close(struct screen *s)
{
    struct reports *r = s->priv;
    textview_free(&r->tv);
}

static void rep_draw(struct screen *s, WINDOW *w)
{
    textview_draw(&((struct reports *)s->priv)->tv, w, 0, s->rows, s->cols);
}

static int rep_command(struct screen *s, enum cmd c)
{
    struct reports *r = s->priv;

    if (c == CMD_REFRESH) {
        load(r);
        return 1;
    }
    return textview_command(&r->tv, c);
}

static void rep_subtitle(struct screen *s, char *buf, size_t bufsz)
{
    textview_position(&((struct reports *)s->priv)->tv, buf, bufsz);
}

static const enum cmd rep_cmds[] = { CMD_REFRESH, CMD_BACK, CMD_NONE };

static const struct screen_ops reports_screen = {
    .name = "discipline-reports", .title = N_("Discipline reports"), .ctx = KCTX_LIST,
    .cmds = rep_cmds, .visible = disc_is_inspector,
    .priv_size = sizeof(struct reports),
    .open = rep_open, .close = rep_close, .draw = rep_draw, .command = rep_command,
    .subtitle = rep_subtitle,
};

int open_disc_reports(void)
{
    if (!disc_is_inspector(ui_app()))
        return -1;
    return ui_push(&reports_screen, NULL) ? 0 : -1;
}
