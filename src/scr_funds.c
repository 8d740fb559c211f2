/* scr_funds.c — the funds of each project (资金): its dedicated account
 * (专户), the packaged budget (包装的拆迁资金), the area's estimated need,
 * what the signed agreements commit, what has been paid (net of
 * reversals), what is still to pay, and the gap (资金需求出入) — the speech's
 * "包装的拆迁资金与片区实际征迁资金需求出入较大" as a figure per project.
 * Figures in 万元 in the list, in yuan for the selected project. */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "model_ledger.h"
#include "screen.h"
#include "ui.h"
#include "util.h"
#include "widgets.h"

struct funds {
    struct list_widget list;
    struct project_funds *rows;
    int n;
    char tmp[48];
};

static const struct list_col cols[] = {
    { N_("Project"), 12, 3, ALIGN_LEFT },
    { N_("Budget"), 10, 0, ALIGN_RIGHT },
    { N_("Need"), 10, 0, ALIGN_RIGHT },
    { N_("Committed"), 10, 0, ALIGN_RIGHT },
    { N_("Paid"), 10, 0, ALIGN_RIGHT },
    { N_("To pay"), 10, 0, ALIGN_RIGHT },
    { N_("Gap"), 10, 0, ALIGN_RIGHT },
};

/* yuan text → 万元 with two decimals, rounded half away from zero, grouped. */
static const char *wan(const char *yuan, char *buf, size_t sz)
{
    long long fen, u;
    char t[40];

    if (!yuan || !*yuan) {
        snprintf(buf, sz, "%s", "—");
        return buf;
    }
    fen = ledger_fen(yuan);
    u = (fen + (fen < 0 ? -5000 : 5000)) / 10000;      /* hundredths of 万元 */
    return ledger_money(ledger_fen_text(u, t, sizeof t), buf, sz);
}

static const char *cell(void *arg, int r, int c)
{
    struct funds *f = arg;
    const struct project_funds *x = &f->rows[r];

    switch (c) {
    case 0: return x->name;
    case 1: return wan(x->budget, f->tmp, sizeof f->tmp);
    case 2: return wan(x->need, f->tmp, sizeof f->tmp);
    case 3: return wan(x->committed, f->tmp, sizeof f->tmp);
    case 4: return wan(x->paid, f->tmp, sizeof f->tmp);
    case 5: return wan(x->to_pay, f->tmp, sizeof f->tmp);
    default: return wan(x->gap, f->tmp, sizeof f->tmp);
    }
}

/* A project whose need is beyond its packaged budget stands out. */
static enum role row_role(void *arg, int r)
{
    const struct project_funds *x = &((struct funds *)arg)->rows[r];

    return x->gap[0] && ledger_fen(x->gap) > 0 ? ROLE_WARNING : ROLE_NORMAL;
}

static void load(struct funds *f)
{
    int sel = f->list.sel;

    free(f->rows);
    f->rows = NULL;
    f->n = ledger_project_funds(ui_app()->db, NULL, &f->rows);
    if (f->n < 0) { ui_db_error(); f->n = 0; }
    list_set_rows(&f->list, f->n, sel >= 0 && sel < f->n ? sel : 0);
}

static int fu_open(struct screen *s, void *arg)
{
    struct funds *f = s->priv;

    (void)arg;
    list_init(&f->list, cols, (int)ARRAY_SIZE(cols), cell, f);
    f->list.row_role = row_role;
    f->list.empty_text = _("No projects.");
    if (s->app->db) load(f);
    return 0;
}

static void fu_close(struct screen *s)
{
    free(((struct funds *)s->priv)->rows);
}

static void fu_draw(struct screen *s, WINDOW *w)
{
    struct funds *f = s->priv;
    int cw = getmaxx(w);
    char line[800], a[48], b[48], c[48], d[48], e[48];

    ui_put_role(w, 0, 1, cw - 2, _("Funds per project, in 10,000 yuan · gap: the real need minus the packaged budget"),
                ALIGN_LEFT, ROLE_DIM);
    list_draw(&f->list, w, 1, 1, getmaxy(w) - 4, cw - 2);
    if (f->list.sel < 0 || f->list.sel >= f->n) return;
    const struct project_funds *x = &f->rows[f->list.sel];
    snprintf(line, sizeof line, _("%s · dedicated account %s · %lld households, %lld agreements signed"),
             x->name, x->account_no, x->households, x->signed_n);
    ui_put_role(w, getmaxy(w) - 3, 1, cw - 2, line, ALIGN_LEFT, ROLE_TITLE);
    snprintf(line, sizeof line, _("Budget %s · committed %s · paid %s (reversed %s) · to pay %s yuan"),
             x->budget[0] ? ledger_money(x->budget, a, sizeof a) : "—", ledger_money(x->committed, b, sizeof b),
             ledger_money(x->paid, c, sizeof c), ledger_money(x->reversed, d, sizeof d),
             ledger_money(x->to_pay, e, sizeof e));
    ui_put(w, getmaxy(w) - 2, 1, cw - 2, line, ALIGN_LEFT);
    if (!x->gap[0])
        snprintf(line, sizeof line, "%s", _("No packaged budget is recorded, so there is no gap to show."));
    else if (ledger_fen(x->gap) > 0)
        snprintf(line, sizeof line, _("Gap between need and budget: the budget falls short by %s yuan."),
                 ledger_money(x->gap, a, sizeof a));
    else
        snprintf(line, sizeof line, _("Gap between need and budget: none, the budget covers the need with %s yuan to spare."),
                 ledger_money(x->gap[0] == '-' ? x->gap + 1 : x->gap, a, sizeof a));
    ui_put_role(w, getmaxy(w) - 1, 1, cw - 2, line, ALIGN_LEFT,
                ledger_fen(x->gap) > 0 ? ROLE_WARNING : ROLE_NORMAL);
}

static int fu_command(struct screen *s, enum cmd c)
{
    struct funds *f = s->priv;

    if (c == CMD_REFRESH) { load(f); return 1; }
    switch (list_command(&f->list, c)) {
    case LIST_UNHANDLED: return 0;
    default: return 1;
    }
}

static void fu_load(struct screen *s, int why)
{
    (void)why;
    load(s->priv);
}

static const struct ui_watch fu_watch[] = {
    { "project", UI_ANY_ROW }, { "payment", UI_ANY_ROW }, { NULL, 0 },
};

static const enum cmd fu_cmds[] = { CMD_REFRESH, CMD_NONE };

const struct screen_ops funds_screen = {
    .name = "funds",
    .title = N_("Funds"),
    .ctx = KCTX_LIST,
    .cmds = fu_cmds,
    .priv_size = sizeof(struct funds),
    .watch = fu_watch,
    .load = fu_load,
    .open = fu_open,
    .close = fu_close,
    .draw = fu_draw,
    .command = fu_command,
};
