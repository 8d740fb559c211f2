/* scr_briefing.c — the year-end briefing (年度工作汇报数据) on screen: the
 * text report_briefing writes for casedesk-admin, rendered into memory and
 * shown as a scrollable page.  Chinese under a Chinese UI (report.c
 * decides by i18n_is_chinese).  Staff see their own unit's briefing;
 * other roles the whole district, or one unit they choose.  The discipline
 * section appears only for inspectors: report.c asks the server, which
 * decides by role. */

#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "discui.h"
#include "db_report.h"
#include "district.h"
#include "i18n.h"
#include "report.h"
#include "screen.h"
#include "ui.h"
#include "model_ref.h"
#include "picker.h"
#include "util.h"
#include "validate.h"
#include "widgets.h"

struct briefing {
    struct textview tv;
    int year;
    char unit[32];               /* "" = the whole district */
    char unit_name[160];         /* what the header shows */
};

static void load(struct briefing *b)
{
    char *buf = NULL, err[512] = "", note[256];
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    db_t *db = db_report(ui_app()->db);
    int rc = report_briefing(db, f, b->year, b->unit, 0, err, sizeof err);

    fclose(f);
    if (rc < 0) {
        char *msg = xasprintf("!! %s", err);
        ui_error("%s", err);
        textview_set(&b->tv, msg);
        free(msg);
    } else {
        textview_set(&b->tv, buf);
        if (*db_report_note(db, note, sizeof note)) ui_info("%s", note);
    }
    free(buf);
}

static int br_open(struct screen *s, void *arg)
{
    struct briefing *b = s->priv;
    (void)arg;

    b->year = district_year();
    /* staff report on their own unit only */
    if (ui_role_is("staff"))
    {
        strlcpy_utf8(b->unit, ui_app()->me.unit_code, sizeof b->unit);
        strlcpy_utf8(b->unit_name, ui_app()->me.unit_name, sizeof b->unit_name);
    }
    load(b);
    return 0;
}

static void br_close(struct screen *s)
{
    struct briefing *b = s->priv;
    textview_free(&b->tv);
}

static void br_draw(struct screen *s, WINDOW *w)
{
    struct briefing *b = s->priv;
    char line[320], pos[48];

    textview_draw(&b->tv, w, 1, s->rows - 1, s->cols);
    textview_position(&b->tv, pos, sizeof pos);
    snprintf(line, sizeof line, "%d · %s · %s", b->year, b->unit[0] ? (b->unit_name[0] ? b->unit_name : b->unit) : _("district"), pos);
    ui_put_role(w, 0, 0, s->cols, line, ALIGN_LEFT, ROLE_DIM);
}

static void choose_year(struct briefing *b)
{
    char cur[16], out[16];

    snprintf(cur, sizeof cur, "%d", b->year);
    if (ui_prompt(_("Year"), cur, out, sizeof out, validate_year)) {
        b->year = atoi(out);
        load(b);
    }
}

static void choose_unit(struct briefing *b)
{
    struct ref_row *rows;
    struct picker_item *items;
    int n, k;

    if (ui_role_is("staff")) {
        ui_info("%s", _("Staff see the briefing of their own unit."));
        return;
    }
    if (ref_units(ui_app()->db, &rows, &n) < 0) { ui_db_error(); return; }
    items = xcalloc((size_t)n + 2, sizeof *items);
    items[0] = (struct picker_item){ _("The whole district"), "", NULL };
    for (int i = 0; i < n; i++) items[i + 1] = (struct picker_item){ rows[i].name, rows[i].key, NULL };
    k = ui_pick(_("Briefing of"), items, n + 1, 0, "");
    if (k == 0) {
        b->unit[0] = b->unit_name[0] = '\0';
        load(b);
    } else if (k > 0) {
        strlcpy_utf8(b->unit, rows[k - 1].key, sizeof b->unit);
        strlcpy_utf8(b->unit_name, rows[k - 1].name, sizeof b->unit_name);
        load(b);
    }
    free(items);
    free(rows);
}

static int br_command(struct screen *s, enum cmd c)
{
    struct briefing *b = s->priv;

    switch (c) {
    case CMD_YEAR: choose_year(b); return 1;
    case CMD_FILTER: choose_unit(b); return 1;
    case CMD_REFRESH: load(b); return 1;
    default: return textview_command(&b->tv, c);
    }
}

static const enum cmd br_cmds[] = { CMD_YEAR, CMD_FILTER, CMD_REFRESH, CMD_NONE };

const struct screen_ops briefing_screen = {
    .name = "briefing", .title = N_("Briefing"), .ctx = KCTX_LIST, .cmds = br_cmds,
    .priv_size = sizeof(struct briefing),
    .open = br_open, .close = br_close, .draw = br_draw, .command = br_command,
};
