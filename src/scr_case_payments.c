/* scr_case_payments.c — the compensation ledger of an expropriation case
 * (专户存储、专款专用): payments and their reversal entries; a adds a
 * payment (scr_payment_form.c), t reverses the selected one with a reason
 * (the database keeps the original row and refuses what the ledger rules
 * forbid: sql/functions/080_ledger.sql). */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "caseui.h"
#include "district.h"
#include "i18n.h"
#include "model_ledger.h"
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
    struct ledger_row *rows;
    int n;
    char tmp[3][96];
};

static const struct list_col cols[] = {
    { N_("Paid on"), 10, 0, ALIGN_LEFT },
    { N_("Amount"), 13, 0, ALIGN_RIGHT },
    { N_("Entry"), 14, 1, ALIGN_LEFT },
    { N_("Payee"), 8, 2, ALIGN_LEFT },
    { N_("Voucher"), 8, 1, ALIGN_LEFT },
    { N_("Reason"), 10, 3, ALIGN_LEFT },
    { N_("Recorded by"), 8, 1, ALIGN_LEFT },
};

/* The ledger row a reversal names, or NULL. */
static const struct ledger_row *find_row(const struct pays *p, long long id)
{
    for (int i = 0; i < p->n; i++)
        if (p->rows[i].id == id) return &p->rows[i];
    return NULL;
}

static const char *entry(struct pays *p, const struct ledger_row *x)
{
    char m[48];
    const struct ledger_row *o;

    if (x->reverses_id) {
        o = find_row(p, x->reverses_id);
        snprintf(p->tmp[1], sizeof p->tmp[1], _("reverses %s"), o ? o->paid_on : "?");
    } else if (strcmp(x->left, x->amount) == 0) {
        snprintf(p->tmp[1], sizeof p->tmp[1], "%s", _("payment"));
    } else if (ledger_fen(x->left) <= 0) {
        snprintf(p->tmp[1], sizeof p->tmp[1], "%s", _("reversed in full"));
    } else {
        snprintf(p->tmp[1], sizeof p->tmp[1], _("%s left"), ledger_money(x->left, m, sizeof m));
    }
    return p->tmp[1];
}

static const char *cell(void *arg, int r, int c)
{
    struct pays *p = arg;
    const struct ledger_row *x = &p->rows[r];

    switch (c) {
    case 0: return x->paid_on;
    case 1: return ledger_money(x->amount, p->tmp[0], sizeof p->tmp[0]);
    case 2: return entry(p, x);
    case 3: return x->payee;
    case 4: return x->voucher_no;
    case 5: return x->reason;
    default: return x->recorded_by;
    }
}

static enum role row_role(void *arg, int r)
{
    const struct ledger_row *x = &((struct pays *)arg)->rows[r];

    if (x->reverses_id) return ROLE_WARNING;
    return ledger_fen(x->left) <= 0 ? ROLE_DIM : ROLE_NORMAL;
}

static void load(struct pays *p)
{
    struct case_detail d;

    int sel = p->list.sel;

    free(p->rows);
    p->rows = NULL;
    p->n = ledger_rows(ui_app()->db, p->case_id, &p->rows);
    if (p->n < 0) { ui_db_error(); p->n = 0; }
    if (case_load(ui_app()->db, p->case_id, &d) == 0) {
        /* raw amounts: the totals are computed from them (ledger_fen) and
         * grouped only when drawn (ledger_money) */
        snprintf(p->compensation, sizeof p->compensation, "%s", d.exp.compensation);
        snprintf(p->paid, sizeof p->paid, "%s", d.exp.paid_total);
        case_detail_free(&d);
    }
    list_set_rows(&p->list, p->n, sel >= 0 && sel < p->n ? sel : p->n - 1);
}

/* t on a payment: how much (all that is left, unless less is typed) and
 * why; the database writes the reversal row or says why not. */
static void reverse(struct pays *p)
{
    const struct ledger_row *x;
    char amount[32], reason[512], q[256], m[48];
    long long id;

    if (p->list.sel < 0 || p->list.sel >= p->n) return;
    x = &p->rows[p->list.sel];
    if (x->reverses_id) {
        ui_error("%s", _("A reversal cannot itself be reversed; record the payment again instead."));
        return;
    }
    id = x->id;
    snprintf(q, sizeof q, _("Reverse how much of the payment of %s yuan of %s?"),
             ledger_money(x->amount, m, sizeof m), x->paid_on);
    if (!ui_prompt(q, x->left, amount, sizeof amount, validate_amount_yuan)) return;
    if (!ui_prompt(_("Reason for the reversal (required)"), "", reason, sizeof reason,
                   validate_nonempty)) return;
    if (ledger_reverse(ui_app()->db, id, reason, amount) < 0) {
        ui_db_error();
        return;
    }
    ui_info(_("Reversed %s yuan; the original payment stays in the ledger."), amount);
    load(p);
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
    p->list.row_role = row_role;
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
    char line[600], c[48], pd[48], o[48], rv[32], rvm[48], diff[32];
    long long reversed = 0;

    for (int i = 0; i < p->n; i++)
        if (p->rows[i].reverses_id) reversed -= ledger_fen(p->rows[i].amount);
    ledger_fen_text(ledger_fen(p->compensation) - ledger_fen(p->paid), diff, sizeof diff);
    ledger_fen_text(reversed, rv, sizeof rv);
    ui_put_role(w, 0, 1, cw - 2, p->title, ALIGN_LEFT, ROLE_TITLE);
    snprintf(line, sizeof line, _("Assessed compensation: %s   Paid so far: %s   Outstanding: %s   Reversed: %s"),
             p->compensation[0] ? ledger_money(p->compensation, c, sizeof c) : "—",
             ledger_money(p->paid[0] ? p->paid : "0", pd, sizeof pd),
             p->compensation[0] ? ledger_money(diff, o, sizeof o) : "—", ledger_money(rv, rvm, sizeof rvm));
    ui_put(w, 1, 1, cw - 2, line, ALIGN_LEFT);
    ui_put_role(w, 2, 1, cw - 2, _("a adds a payment · t reverses the selected payment (with a reason)"),
                ALIGN_LEFT, ROLE_DIM);
    list_draw(&p->list, w, 3, 1, getmaxy(w) - 3, cw - 2);
}

static int pay_command(struct screen *s, enum cmd c)
{
    struct pays *p = s->priv;

    switch (c) {
    case CMD_NEW: open_payment_form(p->case_id, p->case_no, p->party, s); return 1;
    case CMD_ACTION: case CMD_DELETE: reverse(p); return 1;
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

static const enum cmd pay_cmds[] = { CMD_NEW, CMD_ACTION, CMD_HISTORY, CMD_REFRESH, CMD_BACK, CMD_NONE };

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
