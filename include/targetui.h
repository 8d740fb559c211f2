/* targetui.h — the targets maintenance and ranking screens (scr_targets.c,
 * scr_target_form.c, scr_rules.c, scr_ranking.c, scr_commend.c) and the
 * small helpers they share. */
#ifndef CASEDESK_TARGETUI_H
#define CASEDESK_TARGETUI_H

#include <stddef.h>

#include "screen.h"

extern const struct screen_ops targets_screen;      /* main: targets of a year */
extern const struct screen_ops ranking_screen;      /* main: assessment ranking */
extern const struct screen_ops target_form_screen;  /* arg: struct target_form_arg * */
extern const struct screen_ops score_rules_screen;  /* arg: int * (the year) */
extern const struct screen_ops commend_screen;      /* arg: int * (the year) */

struct target_row;

struct screen;

/* What the target form edits: an existing row (copied), or a new target of
 * unit × metric.  The opener is marked stale after a save. */
struct target_form_arg {
    int year;
    const struct target_row *row;   /* NULL: a new target */
    const char *unit_code, *unit_name, *metric;
    struct screen *opener;
    const struct draft *draft;      /* restore this draft (drafts.h) */
};
struct draft;
/* At start: offer each kept draft of a target form (scr_target_form.c). */
void target_drafts_offer(void);

/* Administrators and supervisors maintain targets, rules and commendations;
 * the server refuses everyone else, so others are offered no such action. */
int tgt_can_maintain(void);
/* Ask for a year (prompt prefilled with *year); 1 when *year changed. */
int tgt_choose_year(int *year);
/* "1234.50" → "1234.5", "80.00" → "80". */
void tgt_tidy(char *dst, size_t sz, const char *num);

#endif
