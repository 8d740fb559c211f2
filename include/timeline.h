/* timeline.h — one timeline of a task: every workflow event (created and
 * assigned, signed, reported, returned with its reason, closed), every
 * progress report in full and every other change, with who and when, in
 * the order they happened.  Read from casedesk.row_history (which decides
 * what the caller may see) and the task's own detail.  No curses. */
#ifndef CASEDESK_TIMELINE_H
#define CASEDESK_TIMELINE_H

#include "db.h"
#include "model_task.h"

/* The timeline as text (one paragraph per event, newest last; malloc'd),
 * or NULL on a database error. */
char *task_timeline_text(db_t *db, const struct task_detail *d);

/* One timeline of a case (case_timeline.c): its status changes and other
 * changes (the case and its kind's record), payments and reversals,
 * documents issued and served, tasks linked; who by name, and when.  Text
 * as above, or NULL on a database error. */
char *case_timeline_text(db_t *db, long long case_id);

#endif
