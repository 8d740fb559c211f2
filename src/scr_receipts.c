/* scr_receipts.c — the flagger's own receipts: the number, the day it was
 * filed and whether it is still open or closed.  That is all a flagger may
 * learn (casedesk.my_flag_receipts decides); no category, official or
 * disposition is ever fetched here. */

#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "discui.h"
#include "i18n.h"
#include "model_discipline.h"
#include "screen.h"
#include "screens.h"
#include "ui.h"
#include "util.h"
#include "widgets.h"

struct receipts {
    struct list_widget list;
    struct disc_receipt *rows;
    int n;
};

static const struct list_col receipt_cols[] = {
    { N_("Receipt"), 18, 0, ALIGN_LEFT },
    { N_("Filed on"), 10, 0, ALIGN_LEFT },
    { N_("State"), 8, 1, ALIGN_LEFT },
};

static const char *receipt_cell(void *arg, int r, int c)
{
    const struct disc_receipt *d = &((struct receipts *)arg)->rows[r];

    switch (c) {
    case 0: return d->receipt;
    case 1: return d->filed_on;
    default: return d->open ? _("Open") : _("Closed");
    }
}

static enum role receipt_role(void *arg, int r)
{
    return ((struct receipts *)arg)->rows[r].open ? ROLE_NORMAL : ROLE_DIM;
}

static void load(struct receipts *rc)
{
    disc_receipts_free(rc->rows, rc->n);
    rc->rows = NULL;
    rc->n = 0;
    if (disc_my_receipts(ui_app()->db, &rc->rows, &rc->n) < 0)
        ui_db_error();
    list_set_rows(&rc->list, rc->n, rc->list.sel < 0 ? 0 : rc->list.sel);
}

static int receipts_open(struct screen *s, void *arg)
{
    struct receipts *rc = s->priv;
    (void)arg;

    list_init(&rc->list, receipt_cols, (int)ARRAY_SIZE(receipt_cols), receipt_cell, rc);
    rc->list.row_role = receipt_role;
    rc->list.empty_text = _("You have not flagged anyone.");
    load(rc);
    return 0;
}

static void receipts_close(struct screen *s)
{
    struct receipts *rc = s->priv;
    disc_receipts_free(rc->rows, rc->n);
}

static void receipts_draw(struct screen *s, WINDOW *w)
{
    struct receipts *rc = s->priv;
    list_draw(&rc->list, w, 0, 0, s->rows, s->cols);
}

static int receipts_command(struct screen *s, enum cmd c)
{
    struct receipts *rc = s->priv;

    if (c == CMD_REFRESH) {
        load(rc);
        return 1;
    }
    if (c == CMD_NEW) {
        open_flag_form(0);
        return 1;
    }
    switch (list_command(&rc->list, c)) {
    case LIST_UNHANDLED: return 0;
    case LIST_OPEN: return 1;   /* nothing more to show about a receipt */
    default: return 1;
    }
}

static void receipts_subtitle(struct screen *s, char *buf, size_t bufsz)
{
    struct receipts *rc = s->priv;
    snprintf(buf, bufsz, "%d", rc->n);
}

static const enum cmd receipts_cmds[] = { CMD_NEW, CMD_REFRESH, CMD_BACK, CMD_NONE };

static const struct screen_ops receipts_screen = {
    .name = "receipts", .title = N_("My flag receipts"), .ctx = KCTX_LIST, .cmds = receipts_cmds,
    .priv_size = sizeof(struct receipts),
    .open = receipts_open, .close = receipts_close, .draw = receipts_draw,
    .command = receipts_command, .subtitle = receipts_subtitle,
};

int open_receipts(void)
{
    return ui_push(&receipts_screen, NULL) ? 0 : -1;
}
