/* model_clock.h — the statutory periods of one case (casedesk.legal_clock,
 * migration 102): the next legal steps with the day they become lawful,
 * the day they are due and the law that says so. */
#ifndef CASEDESK_MODEL_CLOCK_H
#define CASEDESK_MODEL_CLOCK_H

#include "db.h"

enum clock_state { CLOCK_WAITING, CLOCK_NOT_YET, CLOCK_OPEN, CLOCK_OVERDUE };

struct legal_clock_row {
    char step_label_zh[96], step_label_en[96];
    char earliest[16], due[16];      /* YYYY-MM-DD or "" */
    enum clock_state state;
    char source[224];
};

/* Up to max next legal steps of case id (one per step, its periods
 * combined) into rows; the count, or -1 (db_errmsg). */
int case_clocks_load(db_t *db, long long id, struct legal_clock_row *rows, int max);

#endif
