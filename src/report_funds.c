/* report_funds.c — `casedesk-admin report funds [--project CODE]`: the
 * money of each project as the speech asks for it (专户存储、专款专用;
 * 包装的拆迁资金与实际征迁资金需求出入).  No curses. */
#include "config.h"
#include "report_funds.h"
#include "report.h"
#include "report_priv.h"
#include "model_ledger.h"
#include "width.h"

#include <stdlib.h>
#include <string.h>

/* yuan text → 万元, two decimals, grouped ("—" for none). */
static const char *wan(const char *yuan, char *buf, size_t sz)
{
    long long fen, u;
    char t[40];

    if (!yuan || !*yuan) {
        snprintf(buf, sz, "%s", "—");
        return buf;
    }
    fen = ledger_fen(yuan);
    u = (fen + (fen < 0 ? -5000 : 5000)) / 10000;
    return ledger_money(ledger_fen_text(u, t, sizeof t), buf, sz);
}

static void csv_out(FILE *f, const struct project_funds *x, int n)
{
    fputs("code,name,account_no,budget_packaged,funding_need,households,signed,committed,paid,"
          "reversed,to_pay,gap\n", f);
    for (int i = 0; i < n; i++, x++) {
        report_csv_field(f, x->code);
        fputc(',', f);
        report_csv_field(f, x->name);
        fputc(',', f);
        report_csv_field(f, x->account_no);
        fprintf(f, ",%s,%s,%lld,%lld,%s,%s,%s,%s,%s\n", x->budget, x->need, x->households,
                x->signed_n, x->committed, x->paid, x->reversed, x->to_pay, x->gap);
    }
}

static void row(FILE *f, const char *const *cells, const int *w, int n)
{
    char buf[512];

    for (int i = 0; i < n; i++) {
        str_format(buf, sizeof buf, cells[i], w[i], i < 2 ? ALIGN_LEFT : ALIGN_RIGHT);
        fprintf(f, "%s%s", buf, i + 1 < n ? "  " : "\n");
    }
}

static void text_out(FILE *f, const struct project_funds *x, int n)
{
    static const int w[] = { 20, 22, 11, 11, 11, 11, 10, 11, 11 };
    const char *head[] = {
        report_tr("Project", "项目"), report_tr("Dedicated account", "专户账号"),
        report_tr("Budget", "包装资金"), report_tr("Need", "需求测算"),
        report_tr("Committed", "已签约"), report_tr("Paid", "已兑付"),
        report_tr("Reversed", "冲正"), report_tr("To pay", "待兑付"),
        report_tr("Gap", "资金需求出入"),
    };
    char b[9][48];
    long long short_fen = 0;
    int short_n = 0;

    fprintf(f, "%s\n", report_tr("Funds per project (10,000 yuan)", "征收项目资金情况（万元）"));
    row(f, head, w, 9);
    for (int i = 0; i < n; i++, x++) {
        const char *cells[9] = { x->name, x->account_no, wan(x->budget, b[2], 48), wan(x->need, b[3], 48),
                                 wan(x->committed, b[4], 48), wan(x->paid, b[5], 48),
                                 wan(x->reversed, b[6], 48), wan(x->to_pay, b[7], 48),
                                 wan(x->gap, b[8], 48) };
        row(f, cells, w, 9);
        if (x->gap[0] && ledger_fen(x->gap) > 0) {
            short_fen += ledger_fen(x->gap);
            short_n++;
        }
    }
    {
        char t[40], m[48];
        ledger_fen_text(short_fen, t, sizeof t);
        fprintf(f, report_tr("%d projects need more than their packaged budget: %s yuan in all "
                             "(gap = the real need, or what is already committed when more, minus the packaged budget).\n",
                             "%d个项目包装的拆迁资金与实际征迁资金需求出入合计%s元（出入 = 实际需求或已签约金额之较大者 − 包装资金）。\n"),
                short_n, ledger_money(t, m, sizeof m));
    }
}

int report_funds(db_t *db, FILE *out, const char *project_code, int csv, char *err, size_t errsz)
{
    struct project_funds *rows;
    struct membuf m;
    int n = ledger_project_funds(db, project_code && *project_code ? project_code : NULL, &rows);

    if (n < 0) {
        snprintf(err, errsz, "%s", db_errmsg(db));
        return -1;
    }
    if (membuf_open(&m, err, errsz) != 0) {
        free(rows);
        return -1;
    }
    if (csv)
        csv_out(m.f, rows, n);
    else
        text_out(m.f, rows, n);
    free(rows);
    return membuf_flush_to(&m, out, err, errsz);
}
