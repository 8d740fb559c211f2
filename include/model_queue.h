/* model_queue.h — the work queues of the inspector's and the administrator's
 * home screens (sql/functions/120_home_queues.sql).  Each count is the
 * number of rows its drill-down shows.  No curses. */
#ifndef CASEDESK_MODEL_QUEUE_H
#define CASEDESK_MODEL_QUEUE_H

typedef struct db db_t;

/* The inspector's queues: new flags, reviews due within 7 days, overdue
 * reviews, awaiting disposition.  The rows are read with disc_list and
 * disc_filter.queue = "new", "due", "overdue" or "awaiting". */
struct queue_inspector { int new_flags, due, overdue, awaiting; };
int queue_inspector_counts(db_t *db, struct queue_inspector *q);

/* The administrator's queues: "disabled" accounts, "calendar" years with no
 * holiday or make-up day, units without "targets" for this year. */
struct queue_admin { int disabled, calendar, targets; };
int queue_admin_counts(db_t *db, struct queue_admin *q);

/* The rows of one administrator's queue (key: a login, a year, a unit
 * code; name; detail: the unit of an account). */
struct queue_row { char key[64], name[160], detail[160]; };
int queue_admin_rows(db_t *db, const char *kind, struct queue_row **rows, int *n);

#endif
