/* model_ledger.h — the compensation ledger of a case (payments and their
 * reversal entries) and the funds of each project.  No curses.
 *
 * The rules are PostgreSQL's (sql/migrations/080, sql/functions/080_ledger):
 * a correction is a reversal row (negative amount, the payment it corrects,
 * a reason), never an edit.  Functions returning int give a count or 0 on
 * success and -1 on error; then db_errmsg(db) holds the sentence to show. */
#ifndef CASEDESK_MODEL_LEDGER_H
#define CASEDESK_MODEL_LEDGER_H

#include "db.h"

#define LEDGER_NUM_SZ 24

struct ledger_row {
    long long id;
    long long reverses_id;            /* 0: a payment; else the payment it reverses */
    char amount[LEDGER_NUM_SZ];       /* signed: reversals are negative */
    char left[LEDGER_NUM_SZ];         /* a payment: what is not yet reversed */
    char paid_on[11];
    char payee[304];
    char account[32];
    char voucher_no[64];
    char recorded_by[304];
    char reason[512];                 /* reversals only */
};

/* The entries of a case in ledger order (date, then id); count or -1. */
int ledger_rows(db_t *db, long long case_id, struct ledger_row **out);
/* Reverse a payment, all that is left of it (amount NULL or "") or amount
 * yuan; returns the id of the reversal row or -1. */
long long ledger_reverse(db_t *db, long long payment_id, const char *reason, const char *amount);

struct project_funds {
    int id;
    char code[40], name[304], kind[16], account_no[32];
    char budget[LEDGER_NUM_SZ], need[LEDGER_NUM_SZ];      /* "" when not set */
    char committed[LEDGER_NUM_SZ], paid[LEDGER_NUM_SZ], reversed[LEDGER_NUM_SZ];
    char to_pay[LEDGER_NUM_SZ], gap[LEDGER_NUM_SZ];       /* gap "" without a budget */
    long long households, signed_n;
};

/* Every project, or the one with code (NULL: all); count or -1. */
int ledger_project_funds(db_t *db, const char *code, struct project_funds **out);

/* Money as whole fen (cents), exactly: "-1234.5" → -123450; a text that
 * is not a number with at most two decimals gives 0.  ledger_fen_text
 * writes it back as "-1234.50". */
long long ledger_fen(const char *v);
const char *ledger_fen_text(long long fen, char *buf, size_t sz);

/* "1234567.80" → "1,234,567.80" (a leading '-' kept), into buf. */
const char *ledger_money(const char *v, char *buf, size_t sz);

#endif
