/* caseui.h — how the case screens reach each other: the case list, case
 * form (+ actions, payments), history, patrols, villages, the jump prompt
 * and notice printing.  Screens only; no libpq calls. */
#ifndef CASEDESK_CASEUI_H
#define CASEDESK_CASEUI_H

#include <stddef.h>

#include "model_case.h"
#include "model_patrol.h"
#include "screen.h"

struct app;

extern const struct screen_ops cases_screen;          /* scr_cases.c */
extern const struct screen_ops case_form_screen;      /* scr_case_form.c */
extern const struct screen_ops case_payments_screen;  /* scr_case_payments.c */
extern const struct screen_ops history_screen;        /* scr_history.c */
extern const struct screen_ops patrols_screen;        /* scr_patrols.c */
extern const struct screen_ops villages_screen;       /* scr_villages.c */

#include "labels.h"   /* case_status_label, case_kind_label, case_step_label */

/* The actions menu of a case form: the steps legal now (case_next_steps),
 * then payments, history and notices.  Asks for what the chosen step
 * needs and runs it.  Returns 1 when the case changed (reload it). */
int case_actions_menu(const struct case_detail *d);
/* Staff: create a case (asks kind, village...); opens its form. */
int case_new_interactive(void);
/* Payments of an expropriation case. */
int open_case_payments(const struct case_detail *d);
/* The new-payment form (scr_payment_form.c); opener is reloaded after it. */
int open_payment_form(long long case_id, const char *case_no, const char *party,
                      struct screen *opener);
/* At start: offer each kept draft of a payment (scr_payment_form.c). */
void payment_drafts_offer(void);
/* At start: offer each kept draft of a case form (scr_case_form.c). */
void case_drafts_offer(void);

/* Notices (notice.c): which is "stop_work" or "rectify".  1 when the case
 * is in a state to print it. */
int notice_available(const struct case_detail *d, const char *which);
/* Ask for a path and write the notice; 0 written, -1 not. */
int notice_print(const struct case_detail *d, const char *which);
/* Fill a template (pure; exposed for tests): returns malloc'd text. */
char *notice_fill(const char *tmpl, const struct case_detail *d, const char *today);

/* The case list (scr_cases.c) as used by the filter line (scr_case_filter.c). */
void cases_draw_list(struct screen *s, WINDOW *w, int y, int h);
const char *cases_text(struct screen *s);
void cases_set_text(struct screen *s, const char *text);
void cases_name_village(const char *name);
struct saved_filter;
void cases_get_filter(struct screen *s, struct saved_filter *f);
void cases_set_filter(struct screen *s, const struct saved_filter *f);
/* Saved filters of the case list (scr_case_filter.c): name the list's
 * filter, recall one from the picker of one's own, delete one. */
extern const struct saved_filter_host case_saved_filters;   /* filterui.h */
/* Narrow the list by text as it is typed (`l`). */
int case_filter_line(struct screen *list);

/* The jump prompt (jump.c), the CMD_JUMP handler. */
int jump_prompt(struct app *app);

/* Pick one item of a list in the picker (type-to-find); the index or -1.  caseui_pick_id
 * loads the list for the user's unit first: the chosen id, or -1. */
int caseui_pick(const char *title, const struct pick_item *items, int n);
/* The case picker (scr_case_pick.c): part of a number, party or address,
 * then a pick among the cases one may see; the id (case number in no), 0
 * when cancelled. */
long long case_pick(const char *title, char *no, size_t nosz);
int caseui_pick_id(int (*load)(db_t *, int, struct pick_item **), const char *title);

#endif
