/* ui_registry.c — the main screens, in the order of keys 1..9 and of the
 * title line.  To add one: declare it below and append it to the array.
 * A screen with ops->visible is skipped (and numbered past) for roles it
 * returns 0 for, e.g. discipline for anyone but inspectors.
 * Keep only the two definitions below in this file: tests/unit/ui_demo.c
 * defines its own registry, which works because the linker then never
 * pulls this object out of libcasedesk.a. */
#include "config.h"
#include "screen.h"

extern const struct screen_ops cases_screen, patrols_screen; /* caseui.h */

extern const struct screen_ops tasks_screen, inbox_screen;   /* taskui.h */
extern const struct screen_ops discipline_screen, progress_screen, briefing_screen; /* discui.h */
extern const struct screen_ops targets_screen, ranking_screen;   /* targetui.h */
extern const struct screen_ops funds_screen;                     /* scr_funds.c */
extern const struct screen_ops reference_screen;                 /* refui.h */

const struct screen_ops *const ui_main_screens[] = {
    &home_screen,
    &tasks_screen,
    &inbox_screen,
    &discipline_screen,     /* inspectors only (visible) */
    &progress_screen,
    &briefing_screen,
    &cases_screen,          /* caseui.h: cases, patrols (v: villages) */
    &patrols_screen,
    &targets_screen,        /* targetui.h; past 9 screens keys 0 and F12 */
    &ranking_screen,
    &funds_screen,          /* project funds: budget, committed, paid, gap */
    &reference_screen,      /* F11, admins only: units, villages, projects, communities, calendar */
    /* &cases_screen, &tasks_screen, &discipline_screen, &progress_screen,
     * &briefing_screen, &inbox_screen, */
};

const int ui_main_screen_count = (int)(sizeof ui_main_screens / sizeof ui_main_screens[0]);
