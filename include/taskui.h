/* taskui.h — how the task screens reach each other (board, task form,
 * actions, inbox, conflict, home).  Screens only; no libpq. */
#ifndef CASEDESK_TASKUI_H
#define CASEDESK_TASKUI_H

#include "model_task.h"
#include "screen.h"

struct draft;

extern const struct screen_ops tasks_screen;      /* scr_tasks.c */
extern const struct screen_ops inbox_screen;      /* scr_inbox.c */
extern const struct screen_ops task_form_screen;  /* scr_task_form.c */
extern const struct screen_ops conflict_screen;   /* scr_conflict.c */

/* Board presets the home screen opens ("overdue", "awaiting"...). */
enum board_preset {
    BOARD_ALL, BOARD_MINE, BOARD_MY_UNIT, BOARD_OVERDUE, BOARD_DUE_SOON,
    BOARD_AWAITING, BOARD_RETURNED, BOARD_TO_SIGN, BOARD_CARD, BOARD_UNIT,
    BOARD_CLOSED
};
/* Switch to the board with a preset (unit_code for BOARD_UNIT, card kind
 * for BOARD_CARD; NULL otherwise).  0, or -1 when the board is hidden. */
int tasks_board_show(enum board_preset p, const char *arg);

/* The new-task form (supervisors). */
int open_task_new(void);
/* A task form with a restored draft applied (d->id 0: a new task). */
int open_task_draft(const struct draft *d);
/* At start: offer each saved task draft of this login. */
void task_drafts_offer(void);

/* The actions menu of a task form: offers what the role may do in the
 * task's current state, runs the chosen one.  Returns 1 when the task
 * changed (reload it), 0 otherwise; *new_version receives the version
 * after a versioned transition (0 when unknown). */
int task_actions_menu(const struct task_detail *d, int *new_version);
/* Number of actions offered (0: the form hides the hint). */
int task_actions_count(const struct task_detail *d);

/* The inbox count in the header, from the database. */
void inbox_refresh_unread(void);

/* The conflict screen and form_conflict_open: include/widgets.h. */

/* Shared helpers (scr_tasks.c). */

#endif
