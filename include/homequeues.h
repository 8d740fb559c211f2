/* homequeues.h — the work queues of the inspector's and the administrator's
 * home screens (src/scr_home_queues.c): the counts, and Enter on one opens
 * exactly its rows. */
#ifndef CASEDESK_HOMEQUEUES_H
#define CASEDESK_HOMEQUEUES_H

struct ui_watch;

/* The queues of this role: add(arg, text, count, queue) once per line, where
 * queue is what home_queue_open takes.  Returns -1 when the counts could not
 * be read (the database said why), 0 otherwise, also for a role without
 * queues. */
int home_queues_fill(void *arg, void (*add)(void *arg, const char *text, int count, int queue));
/* Open the rows of one queue. */
void home_queue_open(int queue);
/* The tables the queues of this role are read from, NULL for none. */
const struct ui_watch *home_queues_watch(void);

#endif
