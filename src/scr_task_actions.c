/* scr_task_actions.c — the actions menu of a task form.  It offers only
 * what the caller's role and part may do in the task's current state (the
 * same rules the workflow functions in sql/023 enforce), asks for what each
 * needs (a reason, a percentage, a date) and runs it.  The database still
 * decides: a refusal is shown as the plain sentence db_errmsg gives. */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "caseui.h"
#include "model_case.h"
#include "model_patrol.h"
#include "model_ref.h"
#include "model_task.h"
#include "picker.h"
#include "reldate.h"
#include "taskui.h"
#include "ui.h"
#include "util.h"
#include "validate.h"

enum action {
    A_SIGN, A_REPORT, A_SUBMIT, A_REQUEST_EXT,          /* staff */
    A_CLOSE, A_RETURN, A_DEADLINE, A_DECIDE_EXT,        /* supervisors */
    A_REASSIGN, A_ADD_UNIT, A_REMOVE_UNIT,              /* supervisors */
    A_LINK_CASE, A_LINK_PROJECT, A_UNLINK,              /* supervisors, lead unit */
    A__N
};

static const char *const action_labels[A__N] = {
    N_("Sign for the task"), N_("Report progress"), N_("Report the task done"),
    N_("Request an extension"), N_("Verify and close"), N_("Return with a reason"),
    N_("Set the deadline"), N_("Decide the extension request"),
    N_("Assign to another unit"), N_("Add a co-handling unit"), N_("Remove a co-handling unit"),
    N_("Link a case"), N_("Link a project"), N_("Remove a link"),
};

static int is(const char *status, const char *s) { return strcmp(status, s) == 0; }

static int working(const char *st)
{
    return is(st, "signed") || is(st, "in_progress") || is(st, "returned");
}

static const struct task_ext_row *pending_ext(const struct task_detail *d)
{
    for (int i = 0; i < d->n_exts; i++)
        if (is(d->exts[i].status, "pending")) return &d->exts[i];
    return NULL;
}

/* The links of a task (sql/025): supervisors and the lead unit's staff. */
static int offer_links(const struct task_detail *d, enum action *acts, int n)
{
    acts[n++] = A_LINK_CASE;
    acts[n++] = A_LINK_PROJECT;
    if (d->n_links) acts[n++] = A_UNLINK;
    return n;
}

/* Fill acts with the actions offered; returns how many. */
static int offered(const struct task_detail *d, enum action *acts)
{
    const char *st = d->t.status;
    int n = 0;

    if (ui_role_is("staff")) {
        int lead = d->t.my_part == 1, co = d->t.my_part == 2;
        if (lead && is(st, "assigned")) acts[n++] = A_SIGN;
        if ((lead || co) && working(st)) acts[n++] = A_REPORT;
        if (lead && working(st)) acts[n++] = A_SUBMIT;
        if (lead && !is(st, "closed") && !is(st, "reported") && !pending_ext(d)) acts[n++] = A_REQUEST_EXT;
        if (lead && !is(st, "closed")) n = offer_links(d, acts, n);
    } else if (ui_role_is("supervisor")) {
        if (is(st, "reported")) { acts[n++] = A_CLOSE; acts[n++] = A_RETURN; }
        if (!is(st, "closed")) acts[n++] = A_DEADLINE;
        if (pending_ext(d)) acts[n++] = A_DECIDE_EXT;
        if (!is(st, "closed")) {
            acts[n++] = A_REASSIGN;
            acts[n++] = A_ADD_UNIT;
            if (d->cohandling[0]) acts[n++] = A_REMOVE_UNIT;
            n = offer_links(d, acts, n);
        }
    }
    return n;
}

int task_actions_count(const struct task_detail *d)
{
    enum action acts[A__N];

    return offered(d, acts);
}

static int percent_valid(const char *v, char *err, size_t errsz)
{
    char *end;
    long n = strtol(v, &end, 10);

    if (!*v || *end || n < 0 || n > 100) {
        snprintf(err, errsz, "%s", _("Give a whole number from 0 to 100."));
        return -1;
    }
    return 0;
}

static int ask(const char *title, const char *initial, char *out, size_t outsz,
               int (*validate)(const char *, char *, size_t))
{
    return ui_prompt(title, initial ? initial : "", out, outsz, validate);
}

static int do_report(const struct task_detail *d)
{
    char body[2000], pct[8], init[16];

    if (!ask(_("Progress report: what was done"), NULL, body, sizeof body, NULL)) return 0;
    snprintf(init, sizeof init, "%d", d->t.percent > 0 ? d->t.percent : 0);
    if (!ask(_("Percentage done (0-100)"), init, pct, sizeof pct, percent_valid)) return 0;
    if (task_add_report(ui_app()->db, d->t.id, body, atoi(pct), NULL) < 0) return -1;
    ui_info("%s", _("Progress reported."));
    return 1;
}

/* The task whose extension is being asked for (the deadline validator
 * has no other way to know it; prompts are modal, one at a time). */
static long long ext_task_id;

/* The date is a real date (relative dates already expanded by the
 * prompt) and the server accepts it for this task: refused here, the
 * prompt stays open with what was typed and the server's sentence. */
static int ext_deadline_valid(const char *v, char *err, size_t errsz)
{
    if (validate_date_any(v, err, errsz) != 0) return -1;
    return task_extension_check(ui_app()->db, ext_task_id, v, err, errsz);
}

static int do_request_ext(const struct task_detail *d)
{
    char date[16], reason[1000];

    /* Everything that can be checked before typing is checked first. */
    if (task_extension_check(ui_app()->db, d->t.id, NULL, NULL, 0) < 0) return -1;
    ext_task_id = d->t.id;
    reldate_register_validator(ext_deadline_valid);
    if (!ask(_("New deadline requested (YYYY-MM-DD, +N days, +N wd)"), d->t.deadline, date, sizeof date,
             ext_deadline_valid)) return 0;
    if (!ask(_("Why is more time needed?"), NULL, reason, sizeof reason, NULL)) return 0;
    if (task_request_extension(ui_app()->db, d->t.id, date, reason, NULL) < 0) return -1;
    ui_info("%s", _("Extension requested; the supervisor decides."));
    return 1;
}

static int do_decide_ext(const struct task_detail *d)
{
    const struct task_ext_row *e = pending_ext(d);
    const char *items[2] = { _("Approve"), _("Refuse") };
    char title[256], note[1000];
    int i;

    if (!e) return 0;
    snprintf(title, sizeof title, _("Extension to %s: %s"), e->requested_deadline, e->reason ? e->reason : "");
    if ((i = ui_menu(title, items, 2, 0)) < 0) return 0;
    if (!ask(_("Note (optional)"), NULL, note, sizeof note, NULL)) return 0;
    if (task_decide_extension(ui_app()->db, e->id, i == 0, note) < 0) return -1;
    ui_info("%s", i == 0 ? _("Extension approved.") : _("Extension refused."));
    return 1;
}

/* Choose from reference rows in the picker: the key (code, login) and the
 * name of the row chosen.  With `none`, a first line of that text chooses
 * nobody (key "").  1 chosen, 0 cancelled, -1 database error. */
static int pick_ref(const char *title, struct ref_row *rows, int n, const char *none,
                    char *key, size_t keysz, char *name, size_t namesz)
{
    struct picker_item *items = xcalloc((size_t)n + 2, sizeof *items);
    int off = none ? 1 : 0, k;

    if (none) items[0] = (struct picker_item){ none, "", NULL };
    for (int i = 0; i < n; i++)
        items[i + off] = (struct picker_item){ rows[i].name, rows[i].key, rows[i].detail[0] ? rows[i].detail : NULL };
    k = ui_pick(title, items, n + off, 0, "");
    if (k >= 0) {
        strlcpy_utf8(key, k < off ? "" : rows[k - off].key, keysz);
        strlcpy_utf8(name, k < off ? "" : rows[k - off].name, namesz);
    }
    free(items);
    return k >= 0;
}

static int pick_unit(const char *title, char *code, size_t codesz, char *name, size_t namesz)
{
    struct ref_row *rows;
    int n, r;

    if (ref_units(ui_app()->db, &rows, &n) < 0) return -1;
    r = pick_ref(title, rows, n, NULL, code, codesz, name, namesz);
    free(rows);
    return r;
}

static int pick_official(const char *title, const char *unit_code, char *login, size_t loginsz)
{
    struct ref_row *rows;
    char name[160];
    int n, r;

    if (ref_officials(ui_app()->db, unit_code, &rows, &n) < 0) return -1;
    r = pick_ref(title, rows, n, _("(nobody in particular)"), login, loginsz, name, sizeof name);
    free(rows);
    return r;
}

static int do_reassign(const struct task_detail *d, int *nv)
{
    char unit[64], uname[160], resp[64];
    int r;

    if ((r = pick_unit(_("Lead unit"), unit, sizeof unit, uname, sizeof uname)) <= 0) return r;
    if ((r = pick_official(_("Responsible (optional)"), unit, resp, sizeof resp)) <= 0) return r;
    if (task_reassign(ui_app()->db, d->t.id, d->t.version, unit, resp[0] ? resp : NULL, nv) < 0)
        return -1;
    ui_info(_("Assigned to %s."), uname);
    return 1;
}

static int do_unit(const struct task_detail *d, int add)
{
    char unit[64], uname[160];
    int r;

    if ((r = pick_unit(add ? _("Co-handling unit to add") : _("Co-handling unit to remove"),
                       unit, sizeof unit, uname, sizeof uname)) <= 0) return r;
    if ((add ? task_add_unit : task_remove_unit)(ui_app()->db, d->t.id, unit) < 0) return -1;
    ui_info(add ? _("%s now co-handles the task.") : _("%s no longer co-handles the task."), uname);
    return 1;
}

static int do_link_case(const struct task_detail *d)
{
    char no[32];
    long long case_id;

    if ((case_id = case_pick(_("Case number"), no, sizeof no)) <= 0) return 0;   /* scr_case_pick.c */
    if (task_link_case(ui_app()->db, d->t.id, case_id) < 0) return -1;
    ui_info(_("Case %s linked."), no);
    return 1;
}

static int do_link_project(const struct task_detail *d)
{
    struct pick_item *items;
    const char **labels;
    int n = pick_projects(ui_app()->db, 0, &items), k;

    if (n < 0) return -1;
    if (n == 0) { ui_info("%s", _("There is nothing to choose from.")); free(items); return 0; }
    (void)labels;
    k = caseui_pick(_("Project"), items, n);
    if (k >= 0 && task_link_project(ui_app()->db, d->t.id, items[k].id) < 0) { free(items); return -1; }
    if (k >= 0) ui_info(_("Project %s linked."), items[k].name);
    free(items);
    return k >= 0;
}

static int do_unlink(const struct task_detail *d)
{
    const char *labels[64];
    char text[64][300];
    int n = d->n_links < 64 ? d->n_links : 64, k;

    for (int i = 0; i < n; i++) {
        snprintf(text[i], sizeof text[i], "%s %s", d->links[i].case_id ? _("Case") : _("Project"),
                 d->links[i].label);
        labels[i] = text[i];
    }
    if ((k = ui_menu(_("Remove which link?"), labels, n, 0)) < 0) return 0;
    if (task_unlink(ui_app()->db, d->links[k].id) < 0) return -1;
    ui_info(_("Link removed: %s."), text[k]);
    return 1;
}

/* Versioned transitions: the version the user saw goes with the request. */
static int run(const struct task_detail *d, enum action a, int *nv)
{
    db_t *db = ui_app()->db;
    long long id = d->t.id;
    int v = d->t.version;
    char text[2000], date[16];

    switch (a) {
    case A_SIGN:
        if (task_sign(db, id, v, nv) < 0) return -1;
        ui_info("%s", _("Signed for; the task is now your unit's."));
        return 1;
    case A_REPORT: return do_report(d);
    case A_SUBMIT:
        if (!ask(_("Final report: what was achieved"), NULL, text, sizeof text, NULL)) return 0;
        if (task_submit(db, id, v, text, nv) < 0) return -1;
        ui_info("%s", _("Reported done; waiting for the supervisor's verification."));
        return 1;
    case A_REQUEST_EXT: return do_request_ext(d);
    case A_CLOSE:
        if (!ask(_("Closing note (optional)"), NULL, text, sizeof text, NULL)) return 0;
        if (task_close(db, id, v, text[0] ? text : NULL, nv) < 0) return -1;
        ui_info("%s", _("Verified and closed."));
        return 1;
    case A_RETURN:
        if (!ask(_("Why is it returned?"), NULL, text, sizeof text, NULL)) return 0;
        if (task_return(db, id, v, text, nv) < 0) return -1;
        ui_info("%s", _("Returned to the unit."));
        return 1;
    case A_DEADLINE:
        if (!ask(_("New deadline (YYYY-MM-DD)"), d->t.deadline, date, sizeof date, validate_date_any)) return 0;
        if (task_set_deadline(db, id, v, date, nv) < 0) return -1;
        ui_info("%s", _("Deadline changed."));
        return 1;
    case A_DECIDE_EXT: return do_decide_ext(d);
    case A_REASSIGN: return do_reassign(d, nv);
    case A_ADD_UNIT: return do_unit(d, 1);
    case A_REMOVE_UNIT: return do_unit(d, 0);
    case A_LINK_CASE: return do_link_case(d);
    case A_LINK_PROJECT: return do_link_project(d);
    case A_UNLINK: return do_unlink(d);
    default: return 0;
    }
}

int task_actions_menu(const struct task_detail *d, int *new_version)
{
    enum action acts[A__N];
    const char *items[A__N];
    int n = offered(d, acts), i, rc;

    *new_version = 0;
    if (n == 0) {
        ui_info("%s", _("There is nothing you can do with this task now."));
        return 0;
    }
    for (i = 0; i < n; i++) items[i] = _(action_labels[acts[i]]);
    if ((i = ui_menu(_("Task actions"), items, n, 0)) < 0) return 0;
    rc = run(d, acts[i], new_version);
    if (rc < 0) {
        ui_db_error();
        return 1;              /* the task may have moved on: show it fresh */
    }
    return rc;
}
