/* model_ledger.c — the compensation ledger and the project funds: thin,
 * parameterised wrappers over sql/functions/080_ledger.sql.  No curses. */
#include "config.h"
#include "model_ledger.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int ledger_rows(db_t *db, long long case_id, struct ledger_row **out)
{
    char idbuf[24];
    const char *params[1] = { idbuf };
    PGresult *r;
    int n;

    *out = NULL;
    snprintf(idbuf, sizeof idbuf, "%lld", case_id);
    r = db_exec(db, "SELECT p.id, coalesce(p.reverses_id, 0), p.amount,"
                    " CASE WHEN p.reverses_id IS NULL THEN p.amount + coalesce((SELECT sum(x.amount)"
                    "   FROM casedesk.payment x WHERE x.reverses_id = p.id), 0) END,"
                    " p.paid_on, coalesce(q.payee, ''), p.account, coalesce(p.voucher_no, ''),"
                    " coalesce(q.recorded_by_name, ''), coalesce(p.reason, '')"
                    /* payee and recorder are personal columns: read through the definer (065) */
                    " FROM casedesk.payment p LEFT JOIN casedesk.case_payments($1::bigint) q ON q.id = p.id"
                    " WHERE p.case_id = $1::bigint ORDER BY p.paid_on, p.id", 1, params);
    if (!r)
        return -1;
    n = PQntuples(r);
    *out = xcalloc(n ? (size_t)n : 1, sizeof **out);
    for (int i = 0; i < n; i++) {
        struct ledger_row *p = &(*out)[i];
        p->id = db_cell_ll(r, i, 0);
        p->reverses_id = db_cell_ll(r, i, 1);
        db_cell_copy(r, i, 2, p->amount, sizeof p->amount);
        db_cell_copy(r, i, 3, p->left, sizeof p->left);
        db_cell_copy(r, i, 4, p->paid_on, sizeof p->paid_on);
        db_cell_copy(r, i, 5, p->payee, sizeof p->payee);
        db_cell_copy(r, i, 6, p->account, sizeof p->account);
        db_cell_copy(r, i, 7, p->voucher_no, sizeof p->voucher_no);
        db_cell_copy(r, i, 8, p->recorded_by, sizeof p->recorded_by);
        db_cell_copy(r, i, 9, p->reason, sizeof p->reason);
    }
    PQclear(r);
    return n;
}

long long ledger_reverse(db_t *db, long long payment_id, const char *reason, const char *amount)
{
    char idbuf[24], out[24];
    const char *params[3] = { idbuf, reason, amount && *amount ? amount : NULL };

    snprintf(idbuf, sizeof idbuf, "%lld", payment_id);
    if (db_scalar(db, "SELECT casedesk.payment_reverse($1::bigint, $2, $3::numeric)", 3, params,
                  out, sizeof out) != 1)
        return -1;
    return strtoll(out, NULL, 10);
}

int ledger_project_funds(db_t *db, const char *code, struct project_funds **out)
{
    const char *params[1] = { code };
    PGresult *r;
    int n;

    *out = NULL;
    r = db_exec(db, "SELECT project_id, code, name, kind, account_no, coalesce(budget_packaged::text, ''),"
                    " coalesce(funding_need::text, ''), committed, paid, reversed, to_pay,"
                    " coalesce(gap::text, ''), households, signed"
                    " FROM casedesk.project_funds($1)", 1, params);
    if (!r)
        return -1;
    n = PQntuples(r);
    *out = xcalloc(n ? (size_t)n : 1, sizeof **out);
    for (int i = 0; i < n; i++) {
        struct project_funds *f = &(*out)[i];
        f->id = db_cell_int(r, i, 0, 0);
        db_cell_copy(r, i, 1, f->code, sizeof f->code);
        db_cell_copy(r, i, 2, f->name, sizeof f->name);
        db_cell_copy(r, i, 3, f->kind, sizeof f->kind);
        db_cell_copy(r, i, 4, f->account_no, sizeof f->account_no);
        db_cell_copy(r, i, 5, f->budget, sizeof f->budget);
        db_cell_copy(r, i, 6, f->need, sizeof f->need);
        db_cell_copy(r, i, 7, f->committed, sizeof f->committed);
        db_cell_copy(r, i, 8, f->paid, sizeof f->paid);
        db_cell_copy(r, i, 9, f->reversed, sizeof f->reversed);
        db_cell_copy(r, i, 10, f->to_pay, sizeof f->to_pay);
        db_cell_copy(r, i, 11, f->gap, sizeof f->gap);
        f->households = db_cell_ll(r, i, 12);
        f->signed_n = db_cell_ll(r, i, 13);
    }
    PQclear(r);
    return n;
}

const char *ledger_money(const char *v, char *buf, size_t sz)
{
    const char *dot, *digits = v;
    size_t n, o = 0;

    if (!v || !*v) {
        snprintf(buf, sz, "%s", "");
        return buf;
    }
    if (*digits == '-') digits++;
    dot = strchr(digits, '.');
    n = dot ? (size_t)(dot - digits) : strlen(digits);
    if (sz < n + n / 3 + strlen(digits + n) + 3) {     /* too small: as it is */
        snprintf(buf, sz, "%s", v);
        return buf;
    }
    if (digits != v) buf[o++] = '-';
    for (size_t i = 0; i < n; i++) {
        if (i && (n - i) % 3 == 0) buf[o++] = ',';
        buf[o++] = digits[i];
    }
    snprintf(buf + o, sz - o, "%s", digits + n);
    return buf;
}

long long ledger_fen(const char *v)
{
    long long whole = 0, frac = 0;
    int neg = 0, nd = 0;

    if (!v) return 0;
    if (*v == '-') { neg = 1; v++; }
    if (*v < '0' || *v > '9') return 0;
    for (; *v >= '0' && *v <= '9'; v++) {
        if (whole > 100000000000000LL) return 0;
        whole = whole * 10 + (*v - '0');
    }
    if (*v == '.')
        for (v++; *v >= '0' && *v <= '9'; v++, nd++) {
            if (nd >= 2) return 0;
            frac = frac * 10 + (*v - '0');
        }
    if (*v) return 0;
    if (nd == 1) frac *= 10;
    return (neg ? -1 : 1) * (whole * 100 + frac);
}

const char *ledger_fen_text(long long fen, char *buf, size_t sz)
{
    unsigned long long a = fen < 0 ? (unsigned long long)-fen : (unsigned long long)fen;

    snprintf(buf, sz, "%s%llu.%02llu", fen < 0 ? "-" : "", a / 100, a % 100);
    return buf;
}
