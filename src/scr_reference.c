/* scr_reference.c — reference data for administrators (基础数据), main
 * screen F11: the lists of units, villages, projects (with the dedicated
 * account and the packaged budget), resettlement communities and the
 * working-day calendar of a year (holidays and make-up working days).
 * a adds, Enter or e edits (a name, a project's money, a community's
 * flats), t on a project adds a unit it runs through, d clears a calendar
 * day, y (or [ ]) changes the calendar's year, x retires a merged village
 * or a finished project (or restores one retired by mistake; retired rows
 * stay listed, marked with their date, and leave every picker).  Every change is one call of
 * the database's checked functions (refui.h, scr_reference_form.c): the
 * database's grants decide, so the screen exists only for admins and the
 * functions refuse everyone else in psql as well. */
#include "config.h"
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "district.h"
#include "i18n.h"
#include "model_ref.h"
#include "refui.h"
#include "screen.h"
#include "ui.h"
#include "util.h"
#include "validate.h"
#include "widgets.h"

int ref_is_admin(const struct app *app)
{
    return app && strcmp(app->me.role, "admin") == 0;
}

static const char *const rd_title[RD__N] = {
    N_("Units"), N_("Villages and communities"), N_("Projects"), N_("Resettlement communities"),
    N_("Working-day calendar"),
};

/* ---- codes and their labels ---- */
static const char *const unit_kinds[] = { "town", "subdistrict", "department", "district" };
static const char *unit_kind_labels[4];
static const char *const village_kinds[] = { "village", "community" };
static const char *village_kind_labels[2];
static const char *const project_kinds[] = { "shantytown", "major" };
static const char *project_kind_labels[2];
static const char *const day_kinds[] = { "holiday", "workday" };
static const char *day_kind_labels[2];

static void labels_init(void)
{
    unit_kind_labels[0] = _("Town"); unit_kind_labels[1] = _("Subdistrict");
    unit_kind_labels[2] = _("Department"); unit_kind_labels[3] = _("District");
    village_kind_labels[0] = _("Village"); village_kind_labels[1] = _("Residents' community");
    project_kind_labels[0] = _("Shantytown renewal"); project_kind_labels[1] = _("Major project");
    day_kind_labels[0] = _("Holiday"); day_kind_labels[1] = _("Make-up working day");
}

static const char *label_of(const char *code, const char *const *codes, const char *const *labels, int n)
{
    for (int i = 0; i < n; i++)
        if (strcmp(code, codes[i]) == 0) return labels[i];
    return code;
}

static const char *weekday(const char *iso)
{
    static const char *const d[] = { N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun") };
    int i = atoi(iso);
    return i >= 1 && i <= 7 ? _(d[i - 1]) : "";
}

/* ---- one list ---- */

struct rlist {
    struct list_widget list;
    enum refdata_kind k;
    int year;
    struct refdata_row *rows;
    int n;
    char money[2][40];
    char mark[200];
    int status_col;        /* projects: 1 while some project is finished, else 0 (no column) */
};

static const struct list_col unit_cols[] = {
    { N_("Name"), 12, 3, ALIGN_LEFT }, { N_("Kind"), 6, 1, ALIGN_LEFT }, { N_("Parent unit"), 10, 2, ALIGN_LEFT },
};
static const struct list_col village_cols[] = {
    { N_("Name"), 10, 3, ALIGN_LEFT }, { N_("Kind"), 6, 1, ALIGN_LEFT }, { N_("Unit"), 10, 2, ALIGN_LEFT },
    { N_("Status"), 17, 0, ALIGN_LEFT },
};
static const struct list_col project_cols[] = {
    { N_("Name"), 12, 3, ALIGN_LEFT }, { N_("Kind"), 8, 0, ALIGN_LEFT }, { N_("Lead unit"), 8, 1, ALIGN_LEFT },
    { N_("Dedicated account"), 19, 0, ALIGN_LEFT }, { N_("Packaged budget"), 16, 0, ALIGN_RIGHT },
    { N_("Funding need"), 16, 0, ALIGN_RIGHT },
};
/* the same with the date a project finished, second so it is never cut */
static const struct list_col project_status_cols[] = {
    { N_("Name"), 12, 3, ALIGN_LEFT }, { N_("Status"), 17, 0, ALIGN_LEFT }, { N_("Kind"), 8, 0, ALIGN_LEFT },
    { N_("Lead unit"), 8, 1, ALIGN_LEFT }, { N_("Dedicated account"), 19, 0, ALIGN_LEFT },
    { N_("Packaged budget"), 16, 0, ALIGN_RIGHT }, { N_("Funding need"), 16, 0, ALIGN_RIGHT },
};
static const struct list_col community_cols[] = {
    { N_("Name"), 12, 3, ALIGN_LEFT }, { N_("Unit"), 10, 2, ALIGN_LEFT },
    { N_("Flats planned"), 6, 0, ALIGN_RIGHT }, { N_("Flats ready"), 6, 0, ALIGN_RIGHT },
};
static const struct list_col calendar_cols[] = {
    { N_("Day"), 10, 0, ALIGN_LEFT }, { N_("Weekday"), 4, 0, ALIGN_LEFT }, { N_("Kind"), 8, 1, ALIGN_LEFT },
    { N_("Name"), 10, 3, ALIGN_LEFT },
};

static const char *rcell(void *arg, int r, int c)
{
    struct rlist *rl = arg;
    char *const *v = rl->rows[r].c;

    switch (rl->k) {
    case RD_UNITS:
        return c == 0 ? v[1] : c == 1 ? label_of(v[2], unit_kinds, unit_kind_labels, 4) : v[3];
    case RD_VILLAGES:
        if (c == 3) {   /* merged villages stay listed, marked with the date */
            if (!v[4][0]) return "";
            snprintf(rl->mark, sizeof rl->mark, _("retired %s"), v[4]);
            return rl->mark;
        }
        return c == 0 ? v[1] : c == 1 ? label_of(v[2], village_kinds, village_kind_labels, 2) : v[3];
    case RD_PROJECTS:
        if (rl->status_col && c == 1) {
            if (!v[8][0]) return "";
            snprintf(rl->mark, sizeof rl->mark, _("finished %s"), v[8]);
            return rl->mark;
        }
        if (rl->status_col && c > 1) c--;
        if (c == 0) return v[1];
        if (c == 1) return label_of(v[2], project_kinds, project_kind_labels, 2);
        if (c == 2) return v[3];
        if (c == 3) return v[4];
        money_group(rl->money[c - 4], sizeof rl->money[0], v[c + 1]);
        return rl->money[c - 4];
    case RD_COMMUNITIES:
        return v[c + 1];
    default:
        return c == 0 ? v[0] : c == 1 ? weekday(v[1]) : c == 2 ? label_of(v[2], day_kinds, day_kind_labels, 2) : v[3];
    }
}

static void rload(struct screen *s, int why)
{
    struct rlist *rl = s->priv;
    int sel = rl->list.sel;

    (void)why;
    refdata_free(rl->rows, rl->n);
    rl->rows = NULL;
    rl->n = 0;
    if (refdata_list(ui_app()->db, rl->k, rl->year, &rl->rows, &rl->n) < 0) ui_db_error();
    if (rl->k == RD_PROJECTS) {
        rl->status_col = 0;
        for (int i = 0; i < rl->n; i++)
            if (rl->rows[i].c[8][0]) rl->status_col = 1;
        rl->list.cols = rl->status_col ? project_status_cols : project_cols;
        rl->list.ncols = rl->status_col ? 7 : 6;
    }
    list_set_rows(&rl->list, rl->n, sel < 0 ? 0 : sel >= rl->n ? rl->n - 1 : sel);
    ui_dirty(s);
}

static int ropen(struct screen *s, void *arg)
{
    struct rlist *rl = s->priv;
    static const struct { const struct list_col *c; int n; } cols[RD__N] = {
        { unit_cols, 3 }, { village_cols, 4 }, { project_cols, 6 }, { community_cols, 4 }, { calendar_cols, 4 },
    };

    /* arg: the kind, plus 16 x a year for the calendar of that year */
    rl->k = (enum refdata_kind)((intptr_t)arg % 16);
    rl->year = (intptr_t)arg >= 16 ? (int)((intptr_t)arg / 16) : district_year();
    labels_init();
    list_init(&rl->list, cols[rl->k].c, cols[rl->k].n, rcell, rl);
    rl->list.empty_text = rl->k == RD_CALENDAR ? _("No holidays or make-up working days entered")
                                               : _("Nothing recorded yet.");
    if (rl->k == RD_CALENDAR) {
        static const struct ui_watch w[] = { { "calendar_day", UI_ANY_ROW }, { NULL, 0 } };
        s->watch = w;
    }
    rload(s, UI_LOAD_CHANGED);
    return 0;
}

static void rclose(struct screen *s)
{
    struct rlist *rl = s->priv;
    refdata_free(rl->rows, rl->n);
}

static void rdraw(struct screen *s, WINDOW *w)
{
    struct rlist *rl = s->priv;
    char line[200];

    if (rl->k == RD_CALENDAR)
        snprintf(line, sizeof line, _("Working-day calendar of %d · %d days"), rl->year, rl->n);
    else
        snprintf(line, sizeof line, _("Showing: %s  %d"), _(rd_title[rl->k]), rl->n);
    ui_put_role(w, 0, 0, s->cols, line, ALIGN_LEFT, ROLE_DIM);
    list_draw(&rl->list, w, 1, 0, s->rows - 1, s->cols);
}

/* ---- the forms: what each change asks for ---- */

static struct rf_field text(const char *label, int max, int required,
                            int (*validate)(const char *, char *, size_t), const char *value)
{
    return (struct rf_field){ .label = label, .type = RF_TEXT, .max = max, .required = required,
                              .validate = validate, .value = value };
}
static struct rf_field choice(const char *label, const char *const *codes, const char *const *labels,
                              int n, const char *value)
{
    return (struct rf_field){ .label = label, .type = RF_CHOICE, .codes = codes, .labels = labels,
                              .ncodes = n, .value = value };
}
static struct rf_field unit(const char *label, int required, const char *code)
{
    return (struct rf_field){ .label = label, .type = RF_UNIT, .required = required, .value = code };
}
static struct rf_field fixed(const char *label, const char *value, const char *shown)
{
    return (struct rf_field){ .label = label, .type = RF_FIXED, .value = value, .shown = shown };
}

static void add_row(struct screen *s, struct rlist *rl)
{
    struct ref_form_arg a = { .opener = s };
    char day[16];

    switch (rl->k) {
    case RD_UNITS:
        a = (struct ref_form_arg){ _("New unit"), RC_UNIT_ADD, 4, {
            text(_("Code"), 16, 1, NULL, NULL), text(_("Name"), 100, 1, NULL, NULL),
            choice(_("Kind"), unit_kinds, unit_kind_labels, 4, NULL), unit(_("Parent unit"), 0, NULL) }, s };
        break;
    case RD_VILLAGES:
        a = (struct ref_form_arg){ _("New village or community"), RC_VILLAGE_ADD, 3, {
            unit(_("Unit"), 1, NULL), text(_("Name"), 100, 1, NULL, NULL),
            choice(_("Kind"), village_kinds, village_kind_labels, 2, NULL) }, s };
        break;
    case RD_PROJECTS:
        a = (struct ref_form_arg){ _("New project"), RC_PROJECT_ADD, 8, {
            text(_("Code"), 32, 1, NULL, NULL), text(_("Name"), 100, 1, NULL, NULL),
            choice(_("Kind"), project_kinds, project_kind_labels, 2, NULL), unit(_("Lead unit"), 0, NULL),
            text(_("Dedicated account"), 25, 1, NULL, NULL),
            text(_("Started on"), 10, 0, validate_date_or_empty, NULL),
            text(_("Packaged budget (yuan)"), 20, 0, validate_decimal2, NULL),
            text(_("Funding need (yuan)"), 20, 0, validate_decimal2, NULL) }, s };
        break;
    case RD_COMMUNITIES:
        a = (struct ref_form_arg){ _("New resettlement community"), RC_COMMUNITY_ADD, 3, {
            text(_("Name"), 100, 1, NULL, NULL), unit(_("Unit"), 0, NULL),
            text(_("Flats planned"), 9, 0, NULL, NULL) }, s };
        break;
    default:
        snprintf(day, sizeof day, "%d-", rl->year);
        a = (struct ref_form_arg){ _("Holiday or make-up working day"), RC_CALENDAR_SET, 3, {
            text(_("Day"), 10, 1, validate_date_any, day),
            choice(_("Kind"), day_kinds, day_kind_labels, 2, NULL), text(_("Name"), 60, 0, NULL, NULL) }, s };
        break;
    }
    open_ref_form(&a);
}

static void edit_row(struct screen *s, struct rlist *rl)
{
    struct ref_form_arg a;
    char *const *v;

    if (rl->list.sel < 0 || rl->list.sel >= rl->n) return;
    v = rl->rows[rl->list.sel].c;
    switch (rl->k) {
    case RD_UNITS:
        a = (struct ref_form_arg){ _("Rename the unit"), RC_UNIT_RENAME, 2, {
            fixed(_("Unit"), v[0], v[1]), text(_("New name"), 100, 1, NULL, v[1]) }, s };
        break;
    case RD_VILLAGES:
        a = (struct ref_form_arg){ _("Rename the village"), RC_VILLAGE_RENAME, 3, {
            fixed(_("Unit"), v[0], v[3]), fixed(_("Name"), v[1], v[1]),
            text(_("New name"), 100, 1, NULL, v[1]) }, s };
        break;
    case RD_PROJECTS:
        a = (struct ref_form_arg){ _("The project's money"), RC_PROJECT_MONEY, 3, {
            fixed(_("Project"), v[0], v[1]),
            text(_("Packaged budget (yuan)"), 20, 0, validate_decimal2, v[5]),
            text(_("Funding need (yuan)"), 20, 0, validate_decimal2, v[6]) }, s };
        break;
    case RD_COMMUNITIES:
        a = (struct ref_form_arg){ _("Flats of the community"), RC_COMMUNITY_FLATS, 3, {
            fixed(_("Name"), v[0], v[1]), text(_("Flats planned"), 9, 1, NULL, v[3]),
            text(_("Flats ready"), 9, 1, NULL, v[4]) }, s };
        break;
    default:
        a = (struct ref_form_arg){ _("Holiday or make-up working day"), RC_CALENDAR_SET, 3, {
            fixed(_("Day"), v[0], v[0]), choice(_("Kind"), day_kinds, day_kind_labels, 2, v[2]),
            text(_("Name"), 60, 0, NULL, v[3]) }, s };
        break;
    }
    open_ref_form(&a);
}

static void project_add_unit(struct screen *s, struct rlist *rl)
{
    char *const *v;
    struct ref_form_arg a;

    if (rl->k != RD_PROJECTS || rl->list.sel < 0 || rl->list.sel >= rl->n) return;
    v = rl->rows[rl->list.sel].c;
    a = (struct ref_form_arg){ _("A unit the project runs through"), RC_PROJECT_ADD_UNIT, 2, {
        fixed(_("Project"), v[0], v[1]), unit(_("Unit"), 1, NULL) }, s };
    open_ref_form(&a);
}

static void clear_day(struct screen *s, struct rlist *rl)
{
    char q[200];
    const char *v[1];

    if (rl->k != RD_CALENDAR || rl->list.sel < 0 || rl->list.sel >= rl->n) return;
    v[0] = rl->rows[rl->list.sel].c[0];
    snprintf(q, sizeof q, _("Clear %s from the calendar (a plain day again)?"), v[0]);
    if (ui_confirm(q, 0) != 1) return;
    if (refdata_change(ui_app()->db, RC_CALENDAR_CLEAR, v) < 0) { ui_db_error(); return; }
    ui_info("%s", _("Saved."));
    rload(s, UI_LOAD_CHANGED);
}

/* x: retire the village or project under the cursor from a date (today by
 * default), with a reason; on a retired one, restore it after asking.  The
 * database refuses in one sentence (open cases, a future date...). */
static void retire_row(struct screen *s, struct rlist *rl)
{
    struct ref_form_arg a;
    char *const *v, today[16], q[300];
    const char *p[2];
    int villages = rl->k == RD_VILLAGES;

    if ((rl->k != RD_VILLAGES && rl->k != RD_PROJECTS) || rl->list.sel < 0 || rl->list.sel >= rl->n) return;
    v = rl->rows[rl->list.sel].c;
    if (v[villages ? 4 : 8][0]) {
        snprintf(q, sizeof q, villages ? _("Restore %s (retired %s) to use?") : _("Restore %s (finished %s) to use?"),
                 v[1], v[villages ? 4 : 8]);
        if (ui_confirm(q, 0) != 1) return;
        p[0] = v[0];
        p[1] = v[1];
        if (refdata_change(ui_app()->db, villages ? RC_VILLAGE_RESTORE : RC_PROJECT_RESTORE, p) < 0) {
            ui_db_error();
            return;
        }
        ui_info("%s", _("Saved."));
        rload(s, UI_LOAD_CHANGED);
        return;
    }
    district_today(today, sizeof today);
    if (villages)
        a = (struct ref_form_arg){ _("Retire the village (merged)"), RC_VILLAGE_RETIRE, 4, {
            fixed(_("Unit"), v[0], v[3]), fixed(_("Name"), v[1], v[1]),
            text(_("Retired on"), 10, 1, validate_date_past, today),
            text(_("Reason"), 200, 0, NULL, NULL) }, s };
    else
        a = (struct ref_form_arg){ _("Mark the project finished"), RC_PROJECT_RETIRE, 3, {
            fixed(_("Project"), v[0], v[1]),
            text(_("Finished on"), 10, 1, validate_date_past, today),
            text(_("Reason"), 200, 0, NULL, NULL) }, s };
    open_ref_form(&a);
}

static int rcommand(struct screen *s, enum cmd c)
{
    struct rlist *rl = s->priv;

    switch (c) {
    case CMD_NEW: add_row(s, rl); return 1;
    case CMD_EDIT: edit_row(s, rl); return 1;
    case CMD_ACTION: project_add_unit(s, rl); return 1;
    case CMD_DELETE: clear_day(s, rl); return 1;
    case CMD_RETIRE: retire_row(s, rl); return 1;
    case CMD_REFRESH: rload(s, UI_LOAD_CHANGED); return 1;
    case CMD_YEAR: case CMD_PERIOD_PREV: case CMD_PERIOD_NEXT:
        if (rl->k != RD_CALENDAR) return 0;
        if (c == CMD_YEAR) {
            char buf[16], cur[16];
            snprintf(cur, sizeof cur, "%d", rl->year);
            if (!ui_prompt(_("Year"), cur, buf, sizeof buf, validate_year)) return 1;
            rl->year = atoi(buf);
        } else {
            rl->year += c == CMD_PERIOD_NEXT ? 1 : -1;
        }
        rl->list.sel = 0;
        rload(s, UI_LOAD_CHANGED);
        return 1;
    default: break;
    }
    switch (list_command(&rl->list, c)) {
    case LIST_UNHANDLED: return 0;
    case LIST_OPEN: edit_row(s, rl); return 1;
    case LIST_NEED_LAST: list_set_rows(&rl->list, rl->n, rl->n - 1); return 1;
    case LIST_NEED_FIRST: list_set_rows(&rl->list, rl->n, 0); return 1;
    default: ui_dirty(s); return 1;
    }
}

static int rcan(struct screen *s, enum cmd c)
{
    struct rlist *rl = s->priv;

    if (c == CMD_ACTION) return rl->k == RD_PROJECTS;
    if (c == CMD_RETIRE) return rl->k == RD_VILLAGES || rl->k == RD_PROJECTS;
    if (c == CMD_DELETE || c == CMD_YEAR || c == CMD_PERIOD_PREV || c == CMD_PERIOD_NEXT)
        return rl->k == RD_CALENDAR;
    return 1;
}

static void rsubtitle(struct screen *s, char *buf, size_t bufsz)
{
    snprintf(buf, bufsz, "%d", ((struct rlist *)s->priv)->n);
}

static const enum cmd rcmds[] = {
    CMD_OPEN, CMD_NEW, CMD_EDIT, CMD_ACTION, CMD_RETIRE, CMD_DELETE, CMD_YEAR, CMD_PERIOD_PREV, CMD_PERIOD_NEXT,
    CMD_REFRESH, CMD_BACK, CMD_NONE,
};
static const struct ui_watch rwatch[] = {
    { "unit", UI_ANY_ROW }, { "village", UI_ANY_ROW }, { "project*", UI_ANY_ROW },
    { "resettlement_community", UI_ANY_ROW }, { NULL, 0 },
};

static const struct screen_ops ref_list_screen = {
    .name = "reference-list", .title = N_("Reference data"), .ctx = KCTX_LIST, .cmds = rcmds,
    .can = rcan, .priv_size = sizeof(struct rlist), .watch = rwatch, .load = rload,
    .open = ropen, .close = rclose, .draw = rdraw, .command = rcommand, .subtitle = rsubtitle,
};

int open_ref_calendar(int year)
{
    return ui_push(&ref_list_screen, (void *)(intptr_t)(RD_CALENDAR + 16 * (intptr_t)year)) ? 0 : -1;
}

/* ---- the main screen: the five lists and their sizes ---- */

struct rmain {
    struct list_widget list;
    char count[RD__N][16];
};

static const struct list_col main_cols[] = {
    { N_("Reference data"), 20, 1, ALIGN_LEFT }, { N_("Count"), 6, 0, ALIGN_RIGHT },
};

static const char *mcell(void *arg, int r, int c)
{
    struct rmain *m = arg;
    return c == 0 ? _(rd_title[r]) : m->count[r];
}

static void mload(struct screen *s, int why)
{
    struct rmain *m = s->priv;

    (void)why;
    for (int k = 0; k < RD__N; k++) {
        int n = refdata_count(ui_app()->db, (enum refdata_kind)k, district_year());
        if (n < 0) { ui_db_error(); n = 0; }
        snprintf(m->count[k], sizeof m->count[k], "%d", n);
    }
    ui_dirty(s);
}

static int mopen(struct screen *s, void *arg)
{
    struct rmain *m = s->priv;

    (void)arg;
    labels_init();
    list_init(&m->list, main_cols, 2, mcell, m);
    list_set_rows(&m->list, RD__N, 0);
    mload(s, UI_LOAD_CHANGED);
    return 0;
}

static void mdraw(struct screen *s, WINDOW *w)
{
    struct rmain *m = s->priv;
    char line[200];

    snprintf(line, sizeof line, _("The district's reference data; the calendar counts the days of %d."),
             district_year());
    ui_put_role(w, 0, 0, s->cols, line, ALIGN_LEFT, ROLE_DIM);
    list_draw(&m->list, w, 1, 0, s->rows - 1, s->cols < 60 ? s->cols : 60);
}

static int mcommand(struct screen *s, enum cmd c)
{
    struct rmain *m = s->priv;

    if (c == CMD_REFRESH) { mload(s, UI_LOAD_CHANGED); return 1; }
    switch (list_command(&m->list, c)) {
    case LIST_UNHANDLED: return 0;
    case LIST_OPEN:
        if (m->list.sel >= 0 && m->list.sel < RD__N) ui_push(&ref_list_screen, (void *)(intptr_t)m->list.sel);
        return 1;
    default: ui_dirty(s); return 1;
    }
}

static const enum cmd mcmds[] = { CMD_OPEN, CMD_REFRESH, CMD_NONE };
static const struct ui_watch mwatch[] = {
    { "unit", UI_ANY_ROW }, { "village", UI_ANY_ROW }, { "project", UI_ANY_ROW },
    { "resettlement_community", UI_ANY_ROW }, { "calendar_day", UI_ANY_ROW }, { NULL, 0 },
};

const struct screen_ops reference_screen = {
    .name = "reference", .title = N_("Reference data"), .ctx = KCTX_LIST, .cmds = mcmds,
    .visible = ref_is_admin, .priv_size = sizeof(struct rmain), .watch = mwatch, .load = mload,
    .open = mopen, .draw = mdraw, .command = mcommand,
};
