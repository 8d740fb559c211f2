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

/* The global CMD_FLAG handler: flag an official, or list my receipts. */
int disc_flag_command(struct app *app);

/* 1 for an inspector session: the only role that ever sees discipline
 * screens, their help entries or any count of records. */
int disc_is_inspector(const struct app *app);

/* ---- a scrollable, word-wrapped page of text (disc_textview.c) ----
 * Lines starting with "## " are headings (drawn in the title role, marker
 * stripped); "!! " marks a warning line. */
struct textview {
    char *text;         /* owned copy */
    char **lines;       /* wrapped lines, pointers into own storage */
    int nlines, wrap_cols, top, height;
};

void tv_set(struct textview *tv, const char *text);   /* copies; resets top */
void tv_keep_set(struct textview *tv, const char *text);  /* keeps top */
void tv_free(struct textview *tv);
void tv_draw(struct textview *tv, WINDOW *w, int y, int h, int cols);
/* Scrolling commands (UP, DOWN, PAGE_*, TOP, BOTTOM); 1 when handled. */
int tv_command(struct textview *tv, enum cmd c);
/* "12-34 / 80" for a subtitle. */
void tv_position(const struct textview *tv, char *buf, size_t bufsz);

#endif
