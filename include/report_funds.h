/* report_funds.h — `casedesk-admin report funds`: the funds of each project
 * (dedicated account, packaged budget, need, committed, paid, reversed, to
 * pay, gap), from casedesk.project_funds (sql/functions/080_ledger.sql),
 * as text (Chinese when i18n_is_chinese(); 万元) or CSV (yuan, English keys).
 * Rendered in memory first: on failure nothing is written, -1, err set. */
#ifndef CASEDESK_REPORT_FUNDS_H
#define CASEDESK_REPORT_FUNDS_H

#include <stddef.h>
#include <stdio.h>
#include "db.h"

int report_funds(db_t *db, FILE *out, const char *project_code, int csv, char *err, size_t errsz);

#endif
