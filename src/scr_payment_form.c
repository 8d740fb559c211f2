/* scr_payment_form.c — record one compensation payment of a case: amount,
 * date, payee, voucher, in one form (the database refuses a payment beyond
 * the assessed compensation; its sentence is shown and the form is kept).
 * An insert has no version to conflict with; what was typed is kept as a
 * draft (one per case) when the session ends or on "keep as draft", and
 * offered at the next start. */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "caseui.h"
#include "district.h"
#include "form_drafts.h"
#include "i18n.h"
#include "ui.h"
#include "util.h"
#include "validate.h"
#include "widgets.h"

enum { P_AMOUNT, P_ON, P_PAYEE, P_VOUCHER };
static const char *const pay_keys[] = { "amount", "paid_on", "payee", "voucher" };

struct payform {
    struct form form;
    long long case_id;
    char title[400];
    struct screen *opener;       /* the payments list: reloaded after a save */
    int from_draft;
};

struct payform_arg {
    long long case_id;
    const char *case_no, *party;
    struct screen *opener;
    const struct draft *draft;
};

static int pf_open(struct screen *s, void *arg)
{
    const struct payform_arg *a = arg;
    struct payform *p = s->priv;
    char today[16];

    p->case_id = a->case_id;
    p->opener = a->opener;
    snprintf(p->title, sizeof p->title, _("New payment · %s  %s"),
             a->case_no, a->party);
    district_today(today, sizeof today);
    form_init(&p->form);
    form_add_text(&p->form, _("Amount in yuan"), 16, validate_amount_yuan, 1);
    form_add_text(&p->form, _("Paid on (YYYY-MM-DD)"), 10, validate_date_past, 1);
    form_add_text(&p->form, _("Payee"), 100, validate_name_required, 1);
    form_add_text(&p->form, _("Voucher number (optional)"), 60, NULL, 0);
    form_set(&p->form, P_ON, today);
    form_set(&p->form, P_PAYEE, a->party);
    form_mark_base(&p->form);
    if (a->draft) {
        form_draft_apply(&p->form, pay_keys, a->draft);
        p->from_draft = 1;
    }
    return 0;
}

static void pf_close(struct screen *s)
{
    form_free(&((struct payform *)s->priv)->form);
}

static void pf_draw(struct screen *s, WINDOW *w)
{
    struct payform *p = s->priv;

    ui_put_role(w, 0, 1, s->cols - 2, p->title, ALIGN_LEFT, ROLE_DIM);
    form_draw(&p->form, w, 2, 1, s->rows - 2, s->cols - 2);
}

static void pf_drop_draft(struct screen *s)
{
    struct payform *p = s->priv;

    if (p->from_draft) draft_remove(s->app->me.login, "payment", p->case_id);
    p->from_draft = 0;
}

static void pf_save_draft(struct screen *s)
{
    struct payform *p = s->priv;

    if (!form_changed(&p->form)) return;
    if (form_draft_save(&p->form, pay_keys, s->app->me.login, "payment", p->case_id, 0) == 0)
        p->from_draft = 1;
}

static int pf_unsaved(struct screen *s)
{
    return form_changed(&((struct payform *)s->priv)->form);
}

static void record(struct screen *s)
{
    struct payform *p = s->priv;
    const char *amount = form_get(&p->form, P_AMOUNT);

    if (case_payment_add(ui_app()->db, p->case_id, amount, form_get(&p->form, P_ON),
                         form_get(&p->form, P_PAYEE), form_get(&p->form, P_VOUCHER)) < 0) {
        ui_db_error();              /* the form stays as typed */
        return;
    }
    {
        char grouped[64];
        ui_info(_("Payment of %s yuan recorded."), money_group(grouped, sizeof grouped, amount));
    }
    form_clear_changed(&p->form);
    pf_drop_draft(s);
    ui_mark_stale(p->opener);
    ui_pop(s);
}

static int pf_command(struct screen *s, enum cmd c)
{
    struct payform *p = s->priv;

    if (c == CMD_BACK || c == CMD_CANCEL) {
        if (form_changed(&p->form)) {
            switch (form_ask_leave()) {
            case FORM_LEAVE_DRAFT: pf_save_draft(s); break;
            case FORM_LEAVE_DISCARD: pf_drop_draft(s); break;
            default: return 1;
            }
        }
        ui_pop(s);
        return 1;
    }
    switch (form_command(&p->form, c)) {
    case FORM_INVALID: ui_error("%s", p->form.err); return 1;
    case FORM_SUBMIT: record(s); return 1;
    case FORM_OK: return 1;
    default: return 0;
    }
}

static int pf_input(struct screen *s, const char *text, size_t len)
{
    struct payform *p = s->priv;

    if (form_input(&p->form, text, len) == FORM_INVALID) ui_error("%s", p->form.err);
    return 1;
}

static const enum cmd pf_cmds[] = { CMD_SAVE, CMD_NEXT_FIELD, CMD_PREV_FIELD, CMD_BACK, CMD_NONE };

static const struct screen_ops payment_form_screen = {
    .name = "payment-form", .title = N_("New payment"), .ctx = KCTX_FORM, .cmds = pf_cmds,
    .priv_size = sizeof(struct payform), .open = pf_open, .close = pf_close, .draw = pf_draw,
    .command = pf_command, .input = pf_input,
    .save_draft = pf_save_draft, .unsaved = pf_unsaved, .drop_draft = pf_drop_draft,
};

int open_payment_form(long long case_id, const char *case_no, const char *party,
                      struct screen *opener)
{
    struct payform_arg a = { case_id, case_no, party, opener, NULL };

    return ui_push(&payment_form_screen, &a) ? 0 : -1;
}

void payment_drafts_offer(void)
{
    const char *login = ui_app()->me.login;
    long long *ids;
    int n = drafts_list(login, "payment", &ids);

    for (int i = 0; i < n; i++) {
        struct draft dr;
        struct case_detail d;
        char q[512];
        int opened = 0;

        if (draft_read(login, "payment", ids[i], &dr) <= 0) continue;
        if (case_load(ui_app()->db, ids[i], &d) == 0) {
            struct payform_arg a = { ids[i], d.row.case_no, d.row.party_name, NULL, &dr };
            snprintf(q, sizeof q, _("Restore the unsaved payment of case %s?"), d.row.case_no);
            if (ui_confirm(q, 1) == 1 && ui_push(&payment_form_screen, &a)) {
                ui_info(_("Your unsaved edit is back; press %s to save it."), keymap_first_key(KCTX_FORM, CMD_SAVE));
                opened = 1;
            }
            case_detail_free(&d);
        }
        if (!opened) draft_remove(login, "payment", ids[i]);
        draft_free(&dr);
    }
    free(ids);
}
