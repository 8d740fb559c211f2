/* screens.h — how one screen opens another across modules.  Each function
 * pushes the screen on the stack (ui_push) and returns 0, or shows a message
 * and returns -1.  Implemented in the file of the screen it opens. */
#ifndef CASEDESK_SCREENS_H
#define CASEDESK_SCREENS_H

struct case_filter;
struct screen_ops;

/* Main screens another screen switches to (ui_switch_to). */
extern const struct screen_ops cases_screen;           /* scr_cases.c */
extern const struct screen_ops inbox_screen;           /* scr_inbox.c */
extern const struct screen_ops tasks_screen;           /* scr_tasks.c */

int open_case_form(long long case_id);                 /* scr_case_form.c */
int open_case_list(const struct case_filter *filter);  /* scr_cases.c; NULL = default */
int open_task_form(long long task_id);                 /* scr_task_form.c */
int open_history(const char *table, long long row_id); /* scr_history.c */
/* scr_reader.c: any long text in a scrollable reader; a task's timeline. */
int open_reader(const char *title, const char *text);
int open_task_timeline(long long task_id);
int open_case_timeline(long long case_id);   /* scr_reader.c, case_timeline.c */
int open_flag_form(int official_id);                   /* scr_flag.c; 0 = ask */
void flag_drafts_offer(void);                          /* scr_flag.c: at start */
int open_inbox(void);                                  /* scr_inbox.c */
/* scr_attach.c: the evidence attached to a record (kind: case, patrol, task). */
int open_attachments(const char *kind, long long id, const char *title);

#endif
