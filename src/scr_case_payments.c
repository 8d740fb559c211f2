/* scr_case_payments.c — the compensation payments of an expropriation
 * case (专户存储、专款专用): the list; a adds one (scr_payment_form.c). */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "caseui.h"
#include "district.h"
#include "i18n.h"
#include "screens.h"
#include "ui.h"
#include "util.h"
#include "validate.h"
#include "widgets.h"

struct pays {
    struct list_widget list;
    long long case_id;
    char title[400], case_no[24];
    char compensation[CASE_NUM_SZ], paid[CASE_NUM_SZ], party[CASE_NAME_SZ];
    char money[CASE_NUM_SZ + 8];     /* a cell's amount, grouped */
    struct payment_row *rows;
    int n;
};

static const struct list_col cols[] = {
    { N_("Paid on"), 10, 0, ALIGN_LEFT },
    { N_("Amount"), 12, 0, ALIGN_RIGHT },
    { N_("Payee"), 10, 2, ALIGN_LEFT },
    { N_("Voucher"), 10, 1, ALIGN_LEFT },
    { N_("Account"), 12, 0, ALIGN_LEFT },
    { N_("Recorded by"), 8, 1, ALIGN_LEFT },
};

static const char *cell(void *arg, int r, int c)
{
    const struct payment_row *p = &((struct pays *)arg)->rows[r];

    switch (c) {
    case 0: return p->paid_on;
    case 1: return money_group(((struct pays *)arg)->money, sizeof ((struct pays *)arg)->money, p->amount);
    case 2: return p->payee;
    case 3: return p->voucher_no;
    case 4: return p->account;
    default: return p->recorded_by;
    }
}

static void load(struct pays *p)
{
    struct case_detail d;

    free(p->rows);
    p->rows = NULL;
    p->n = case_payments(ui_app()->db, p->case_id, &p->rows);
    if (p->n < 0) { ui_db_error(); p->n = 0; }
    if (case_load(ui_app()->db, p->case_id, &d) == 0) {
        money_group(p->compensation, sizeof p->compensation, d.exp.compensation);
        money_group(p->paid, sizeof p->paid, d.exp.paid_total);
        case_detail_free(&d);
    }
    list_set_rows(&p->list, p->n, p->n - 1);
}

static int pay_open(struct screen *s, void *arg)
{
    const struct case_detail *d = arg;
    struct pays *p = s->priv;

    p->case_id = s->watch_id = d->row.id;
    snprintf(p->title, sizeof p->title, "%s  %s", d->row.case_no, d->row.party_name);
    strlcpy_utf8(p->party, d->row.party_name, sizeof p->party);
    strlcpy_utf8(p->case_no, d->row.case_no, sizeof p->case_no);
    list_init(&p->list, cols, (int)ARRAY_SIZE(cols), cell, p);
    p->list.empty_text = _("No payments yet.");
    load(p);
    return 0;
}

static void pay_close(struct screen *s)
{
    struct pays *p = s->priv;

    free(p->rows);
}

static void pay_draw(struct screen *s, WINDOW *w)
{
    struct pays *p = s->priv;
    int cw = getmaxx(w);
    char line[600];

    ui_put_role(w, 0, 1, cw - 2, p->title, ALIGN_LEFT, ROLE_TITLE);
    snprintf(line, sizeof line, _("Assessed compensation: %s   Paid: %s   (a adds a payment)"),
             p->compensation[0] ? p->compensation : "—", p->paid[0] ? p->paid : "0");
    ui_put(w, 1, 1, cw - 2, line, ALIGN_LEFT);
    list_draw(&p->list, w, 3, 1, getmaxy(w) - 3, cw - 2);
}

static int pay_command(struct screen *s, enum cmd c)
{
    struct pays *p = s->priv;

    switch (c) {
    case CMD_NEW: open_payment_form(p->case_id, p->case_no, p->party, s); return 1;
    case CMD_REFRESH: load(p); return 1;
    case CMD_HISTORY:
        if (p->list.sel >= 0 && p->list.sel < p->n) open_history("payment", p->rows[p->list.sel].id);
        return 1;
    default: break;
    }
    return list_command(&p->list, c) != LIST_UNHANDLED;
}

static void pay_load(struct screen *s, int why)
{
    (void)why;
    load(s->priv);
}

static const struct ui_watch pay_watch[] = {
    { "payment", UI_ANY_ROW }, { "expropriation", UI_THIS_ROW }, { NULL, 0 },
};

static const enum cmd pay_cmds[] = { CMD_NEW, CMD_HISTORY, CMD_REFRESH, CMD_BACK, CMD_NONE };

const struct screen_ops case_payments_screen = {
    .name = "payments",
    .title = N_("Payments"),
    .ctx = KCTX_LIST,
    .cmds = pay_cmds,
    .priv_size = sizeof(struct pays),
    .watch = pay_watch,
    .load = pay_load,
    .open = pay_open,
    .close = pay_close,
    .draw = pay_draw,
    .command = pay_command,
};

int open_case_payments(const struct case_detail *d)
{
    return ui_push(&case_payments_screen, (void *)d) ? 0 : -1;
}
