/* model_history.h — the change history of one record, from
 * casedesk.row_history (the SQL function decides what the caller may see:
 * rows they cannot read, and columns they may not select, never appear).
 * No curses. */
#ifndef CASEDESK_MODEL_HISTORY_H
#define CASEDESK_MODEL_HISTORY_H

#include "db.h"

struct history_row {
    long long audit_id;
    char at[20];               /* YYYY-MM-DD HH:MM */
    char login[64];
    char who[96];              /* the official's name, "" unknown */
    char op[8];                /* INSERT | UPDATE | DELETE */
    char table[40];
    char field[64];
    char *old_value, *new_value;   /* malloc'd; "" for none */
};

/* One line per changed field of row id of each table in tables (NULL
 * terminated), ordered by change.  Returns the count or -1. */
int history_load(db_t *db, const char *const *tables, long long id, struct history_row **out);
void history_free(struct history_row *rows, int n);

/* Who last changed the row, and when ("" when unknown).  0, or -1. */
int history_last_change(db_t *db, const char *table, long long id, char *who, size_t whosz,
                        char *at, size_t atsz);

#endif
