/* discui.h — the discipline, progress and briefing screens: what their
 * files share.  Cross-module openers live in screens.h (open_flag_form). */
#ifndef CASEDESK_DISCUI_H
#define CASEDESK_DISCUI_H

#include <curses.h>

#include "keymap.h"

struct app;
struct screen;

/* Main screens (registered in ui_registry.c). */
extern const struct screen_ops discipline_screen;   /* inspectors only */
extern const struct screen_ops progress_screen;
extern const struct screen_ops briefing_screen;

/* Pushed screens. */
int open_receipts(void);                              /* scr_receipts.c */
int open_disc_record(long long id);                   /* scr_disc_record.c */
void disc_record_actions(struct screen *record);      /* its actions menu */
void disc_list_changed(void);                         /* scr_discipline.c */
int open_evidence(int official_id, const char *name); /* scr_evidence.c */
int open_disc_reports(void);                          /* scr_disc_reports.c */
/* The discipline list showing one home queue (new, due, overdue, awaiting). */
int discipline_show_queue(const char *queue);         /* scr_discipline.c */
const char *disc_queue_label(const char *queue);

/* The global CMD_FLAG handler: flag an official, or list my receipts. */
int disc_flag_command(struct app *app);

/* 1 for an inspector session: the only role that ever sees discipline
 * screens, their help entries or any count of records. */
int disc_is_inspector(const struct app *app);

#endif
