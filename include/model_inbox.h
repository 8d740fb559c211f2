/* model_inbox.h — the inbox: what happened to my tasks while I was away.
 * No curses.  Rows are produced by the database (triggers on the task
 * tables, task_escalate); row-level security shows each person only their
 * own and their unit's rows. */
#ifndef CASEDESK_MODEL_INBOX_H
#define CASEDESK_MODEL_INBOX_H

#include "db.h"

struct inbox_item {
    long long id;
    char kind[24];          /* new_task returned closed reported card_issued due_tomorrow ... */
    long long task_id;      /* 0 when none */
    char task_number[24];   /* "" when the task is no longer visible; the case number of a case row */
    char task_title[608];   /* or, for a missed statutory period, the step's label */
    long long case_id;      /* legal_step_overdue: the case; 0 otherwise */
    char detail[256];       /* card kind, approved/refused, a reason */
    char ref_date[11];      /* the deadline or due date it concerns, "" if none */
    char created_at[20];
    int to_unit;            /* sent to my whole unit rather than to me */
    int read;
};

/* Newest first.  before_id 0 starts at the newest; pass the last id of a
 * page to get the next.  Returns 0 and sets *items and *n (free *items with free()),
 * or -1 on error. */
int inbox_list(db_t *db, int unread_only, long long before_id, int limit,
               struct inbox_item **items, int *n);
int inbox_unread_count(db_t *db);            /* -1 on error */
int inbox_mark_read(db_t *db, long long id); /* 1 newly read, 0 already, -1 error */
int inbox_mark_all_read(db_t *db);           /* rows marked, -1 on error */

/* One translated sentence for the list: "New task", "Red card", ... */
const char *inbox_kind_label(const char *kind, const char *detail);

#endif
