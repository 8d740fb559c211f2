/* refui.h — the reference-data screens of administrators (F11): units,
 * villages, projects, resettlement communities, the working-day calendar
 * (src/scr_reference.c), and the one form every change goes through
 * (src/scr_reference_form.c). */
#ifndef CASEDESK_REFUI_H
#define CASEDESK_REFUI_H

#include "model_ref.h"

struct app;
struct screen;

extern const struct screen_ops reference_screen;    /* main screen, admins only */
int ref_is_admin(const struct app *app);

/* A field of a reference form.  RF_CHOICE offers labels[], passes codes[];
 * RF_UNIT is a unit picker (passes the code, shows names); RF_FIXED shows
 * shown and passes value unchanged. */
enum rf_type { RF_TEXT, RF_CHOICE, RF_UNIT, RF_FIXED };
#define RF_MAX 8
struct rf_field {
    const char *label;                 /* translated */
    enum rf_type type;
    int max, required;
    int (*validate)(const char *value, char *err, size_t errsz);
    const char *const *codes, *const *labels;
    int ncodes;
    const char *value, *shown;         /* the start (copied by the form) */
};
struct ref_form_arg {
    const char *title;                 /* translated */
    enum refdata_change change;        /* the values are its arguments, in order */
    int n;
    struct rf_field f[RF_MAX];
    struct screen *opener;             /* reloaded after a save */
};
int open_ref_form(const struct ref_form_arg *a);
/* The working-day calendar of one year (from the admin's home queue). */
int open_ref_calendar(int year);

#endif
