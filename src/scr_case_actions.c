/* scr_case_actions.c — what can be done with a case, and the labels and
 * validators the case screens share.
 *
 * The actions menu offers exactly the steps casedesk.case_next_steps
 * returns for this user now (the database's own rules: role, unit,
 * status), then payments, history and the notices the state allows.  Each
 * step's needs[] say what to ask for (date, document number, amount,
 * deadline, resettlement); the step runs with the version that was read,
 * and a refusal is shown as db_errmsg's plain sentence. */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "caseui.h"
#include "district.h"
#include "i18n.h"
#include "screens.h"
#include "ui.h"
#include "util.h"
#include "validate.h"

/* ---- labels ---- */

static const char *const status_codes[][2] = {
    { "registered", N_("Registered") }, { "surveyed", N_("Surveyed") },
    { "assessed", N_("Assessed") }, { "agreement_signed", N_("Agreement signed") },
    { "compensation_paid", N_("Compensation paid") }, { "vacated", N_("Vacated") },
    { "demolished", N_("Demolished") }, { "closed", N_("Closed") },
    { "found", N_("Found") }, { "verified", N_("Verified") },
    { "stop_notice", N_("Stop-work notice") }, { "rectifying", N_("Rectifying") },
    { "rectified", N_("Rectified") }, { "stock_disposal", N_("Stock disposal") },
    { "reinspected", N_("Re-inspected") },
};

const char *case_status_label(const char *status)
{
    for (size_t i = 0; i < ARRAY_SIZE(status_codes); i++)
        if (strcmp(status_codes[i][0], status) == 0) return _(status_codes[i][1]);
    return status;
}

const char *case_kind_label(const char *kind)
{
    if (strcmp(kind, "expropriation") == 0) return _("Expropriation");
    if (strcmp(kind, "violation") == 0) return _("Violation");
    return kind;
}

const char *case_subkind_label(const char *subkind)
{
    if (strcmp(subkind, "land") == 0) return _("illegal land use");
    if (strcmp(subkind, "construction") == 0) return _("illegal construction");
    return subkind;
}

const char *case_step_label(const struct case_step *s)
{
    return i18n_is_chinese() ? s->label_zh : s->label_en;
}

/* ---- shared helpers ---- */

int caseui_date_valid(const char *v, char *err, size_t errsz)
{
    return validate_date(v, VDATE_PAST, _("The date"), err, errsz);
}

int caseui_any_date_valid(const char *v, char *err, size_t errsz)
{
    return validate_date(v, 0, _("The date"), err, errsz);
}

int caseui_area_valid(const char *v, char *err, size_t errsz)
{
    return !v[0] ? 0 : validate_area(v, _("The area"), err, errsz);
}

int caseui_amount_valid(const char *v, char *err, size_t errsz)
{
    return validate_amount(v, _("The amount"), err, errsz);
}

int caseui_nonempty(const char *v, char *err, size_t errsz)
{
    for (const char *p = v; *p; p++)
        if (*p != ' ') return 0;
    snprintf(err, errsz, "%s", _("This must not be empty."));
    return -1;
}

int caseui_pick(const char *title, const struct pick_item *items, int n)
{
    const char **labels = xcalloc((size_t)n + 1, sizeof *labels);
    int i;

    for (i = 0; i < n; i++) labels[i] = items[i].name;
    i = ui_menu(title, labels, n, 0);
    free(labels);
    return i;
}

/* ---- a step's arguments ---- */

struct args {
    const char *keys[8];
    const char *vals[8];
    char buf[8][256];
    int n;
};

static int ask_community(struct args *a, int i)
{
    struct pick_item *items;
    int n = pick_communities(ui_app()->db, &items), k;

    if (n <= 0) { if (n < 0) ui_db_error(); free(items); return 0; }
    k = caseui_pick(_("Resettlement community"), items, n);
    if (k >= 0) snprintf(a->buf[i], sizeof a->buf[i], "%d", items[k].id);
    free(items);
    return k >= 0;
}

/* Ask for one argument; 0 when the user cancelled. */
static int ask_need(const char *need, struct args *a)
{
    int i = a->n;
    char today[16];
    const char *choices[2];

    district_today(today, sizeof today);
    a->keys[i] = need;
    a->vals[i] = a->buf[i];
    a->buf[i][0] = '\0';
    if (strcmp(need, "on") == 0) {
        if (!ui_prompt(_("Date (YYYY-MM-DD)"), today, a->buf[i], sizeof a->buf[i], caseui_date_valid)) return 0;
    } else if (strcmp(need, "doc_no") == 0) {
        if (!ui_prompt(_("Document number"), "", a->buf[i], sizeof a->buf[i], caseui_nonempty)) return 0;
    } else if (strcmp(need, "amount") == 0) {
        if (!ui_prompt(_("Amount in yuan"), "", a->buf[i], sizeof a->buf[i], caseui_amount_valid)) return 0;
    } else if (strcmp(need, "deadline") == 0) {
        if (!ui_prompt(_("Deadline (YYYY-MM-DD)"), "", a->buf[i], sizeof a->buf[i], caseui_any_date_valid)) return 0;
    } else if (strcmp(need, "resettlement") == 0) {
        int k;
        choices[0] = _("Money (monetised)");
        choices[1] = _("A resettlement flat");
        if ((k = ui_menu(_("Resettlement"), choices, 2, 0)) < 0) return 0;
        strcpy(a->buf[i], k ? "flat" : "money");
        if (k) {
            a->n++;
            a->keys[a->n] = "community_id";
            a->vals[a->n] = a->buf[a->n];
            if (!ask_community(a, a->n)) return 0;
        }
    } else if (strcmp(need, "community_id") == 0) {
        if (!ask_community(a, i)) return 0;
    } else {
        if (!ui_prompt(need, "", a->buf[i], sizeof a->buf[i], NULL)) return 0;
    }
    a->n++;
    return 1;
}

static int run_step(const struct case_detail *d, const struct case_step *st)
{
    struct args a;

    memset(&a, 0, sizeof a);
    for (int i = 0; i < st->nneeds && a.n < 6; i++)
        if (!ask_need(st->needs[i], &a)) return 0;
    if (case_transition(ui_app()->db, d->row.id, d->row.version, st->step, a.keys, a.vals, a.n) < 0) {
        ui_db_error();
        return 1;          /* the case may have moved on: show it fresh */
    }
    ui_info(_("Done: %s."), case_step_label(st));
    return 1;
}

enum extra { X_PAYMENTS, X_HISTORY, X_STOP, X_RECTIFY, X__N };

int case_actions_menu(const struct case_detail *d)
{
    struct case_step *steps;
    int n = case_next_steps(ui_app()->db, d->row.id, &steps), m = 0, i, rc = 0;
    const char *items[40];
    enum extra extras[X__N];
    int nx = 0;

    if (n < 0) { ui_db_error(); return 0; }
    for (i = 0; i < n && m < 30; i++) items[m++] = case_step_label(&steps[i]);
    if (strcmp(d->row.kind, "expropriation") == 0) extras[nx++] = X_PAYMENTS;
    extras[nx++] = X_HISTORY;
    if (notice_available(d, "stop_work")) extras[nx++] = X_STOP;
    if (notice_available(d, "rectify")) extras[nx++] = X_RECTIFY;
    for (i = 0; i < nx; i++)
        items[m++] = extras[i] == X_PAYMENTS ? _("Payments…") : extras[i] == X_HISTORY ? _("History…")
                   : extras[i] == X_STOP ? _("Print the stop-work notice…") : _("Print the rectification notice…");
    i = ui_menu(_("Case actions"), items, m, 0);
    if (i >= 0 && i < n) {
        rc = run_step(d, &steps[i]);
    } else if (i >= n) {
        switch (extras[i - n]) {
        case X_PAYMENTS: open_case_payments(d); break;
        case X_HISTORY: open_history("case_file", d->row.id); break;
        case X_STOP: notice_print(d, "stop_work"); break;
        case X_RECTIFY: notice_print(d, "rectify"); break;
        default: break;
        }
    }
    free(steps);
    return rc;
}

/* ---- new cases ---- */

static int pick_id(int (*load)(db_t *, int, struct pick_item **), const char *title)
{
    struct pick_item *items;
    int n = load(ui_app()->db, ui_app()->me.unit_id, &items), k, id = -1;

    if (n < 0) ui_db_error();
    else if (n == 0) ui_info("%s", _("There is nothing to choose from."));
    else if ((k = caseui_pick(title, items, n)) >= 0) id = items[k].id;
    free(items);
    return id;
}

static long long new_violation(void)
{
    const char *sub[2] = { _("illegal construction"), _("illegal land use") };
    const char *by[4] = { _("patrol"), _("report"), _("satellite"), _("petition") };
    static const char *const by_codes[4] = { "patrol", "report", "satellite", "petition" };
    char today[16], on[16], owner[304], addr[608], area[24];
    int village, s, b;

    district_today(today, sizeof today);
    if ((village = pick_id(pick_villages, _("Village or community"))) < 0) return 0;
    if ((s = ui_menu(_("What kind of violation?"), sub, 2, 0)) < 0) return 0;
    if ((b = ui_menu(_("Found by"), by, 4, 1)) < 0) return 0;
    if (!ui_prompt(_("Found on (YYYY-MM-DD)"), today, on, sizeof on, caseui_date_valid)) return 0;
    if (!ui_prompt(_("Owner (party)"), "", owner, sizeof owner, caseui_nonempty)) return 0;
    if (!ui_prompt(_("Address (optional)"), "", addr, sizeof addr, NULL)) return 0;
    if (!ui_prompt(_("Area in m² (optional)"), "", area, sizeof area, caseui_area_valid)) return 0;
    return case_create_violation(ui_app()->db, village, s ? "land" : "construction", by_codes[b], on,
                                 owner, addr, area, NULL, NULL);
}

static int enterprise_kind;
static int idno_valid(const char *v, char *err, size_t errsz)
{
    if (!v[0]) return 0;
    return enterprise_kind ? validate_credit_code(v, err, errsz) : validate_citizen_id(v, err, errsz);
}

static long long new_expropriation(void)
{
    const char *kinds[2] = { _("Household"), _("Enterprise or institution") };
    char name[304], idno[24], phone[24], addr[608], area[24], today[16];
    int project, village, k;

    district_today(today, sizeof today);
    if ((project = pick_id(pick_projects, _("Project"))) < 0) return 0;
    if ((village = pick_id(pick_villages, _("Village or community"))) < 0) return 0;
    if ((k = ui_menu(_("Household or enterprise?"), kinds, 2, 0)) < 0) return 0;
    enterprise_kind = k;
    if (!ui_prompt(k ? _("Enterprise name") : _("Head of household"), "", name, sizeof name, caseui_nonempty)) return 0;
    if (!ui_prompt(k ? _("Credit code (optional)") : _("Citizen ID (optional)"), "", idno, sizeof idno, idno_valid)) return 0;
    if (!ui_prompt(_("Phone (optional)"), "", phone, sizeof phone, NULL)) return 0;
    if (!ui_prompt(_("Address (optional)"), "", addr, sizeof addr, NULL)) return 0;
    if (!ui_prompt(_("House area in m² (optional)"), "", area, sizeof area, caseui_area_valid)) return 0;
    return case_create_expropriation(ui_app()->db, project, village, k ? "enterprise" : "household",
                                     name, idno, phone, addr, area, NULL, today);
}

int case_new_interactive(void)
{
    const char *kinds[2] = { _("A violation case (两违)"), _("An expropriation case (征收)") };
    long long id;
    int k;

    if (!ui_role_is("staff")) {
        ui_error("%s", _("Only staff of a town or office open cases."));
        return -1;
    }
    if ((k = ui_menu(_("New case"), kinds, 2, 0)) < 0) return 0;
    id = k ? new_expropriation() : new_violation();
    if (id < 0) { ui_db_error(); return -1; }
    if (id == 0) return 0;
    ui_info("%s", _("Case opened."));
    return open_case_form(id);
}
