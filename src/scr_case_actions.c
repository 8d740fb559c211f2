/* scr_case_actions.c — what can be done with a case (the actions menu and
 * the new-case menu), and the pickers the case screens share.
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

#include "casekind.h"
#include "caseui.h"
#include "doc_ui.h"
#include "district.h"
#include "doc.h"
#include "i18n.h"
#include "labels.h"
#include "picker.h"
#include "screens.h"
#include "ui.h"
#include "util.h"
#include "validate.h"

/* ---- shared helpers ---- */

/* Villages, projects, communities and units are chosen in the picker
 * (type-to-find over names and pinyin initials), never from a long menu. */
int caseui_pick(const char *title, const struct pick_item *items, int n)
{
    struct picker_item *p = xcalloc((size_t)n + 1, sizeof *p);
    int i;

    for (i = 0; i < n; i++) p[i].name = items[i].name;
    i = ui_pick(title, p, n, 0, "");
    free(p);
    return i;
}

/* ---- a step's arguments ---- */

struct args {
    const char *keys[8];
    const char *vals[8];
    char buf[8][256];
    char prev[8][256];    /* what was typed before the server refused it */
    int n, have_prev;
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

static int v_flat_area(const char *v, char *e, size_t n) { return validate_area(v, _("The area"), e, n); }
static int v_amount_or_empty(const char *v, char *e, size_t n) { return !v[0] ? 0 : validate_amount_yuan(v, e, n); }

/* HH:MM on the 24-hour clock; whether the hour is lawful (not at night) is
 * the server's to say (migration 160). */
static int v_time(const char *v, char *e, size_t n)
{
    unsigned h, m;
    char end;
    if (sscanf(v, "%2u:%2u%c", &h, &m, &end) == 2 && h < 24 && m < 60 && strlen(v) <= 5 && v[strlen(v) - 3] == ':')
        return 0;
    snprintf(e, n, "%s", _("A time is written HH:MM (24-hour clock)."));
    return -1;
}

/* The arguments a step's needs[] name, as data: the prompt, its check and
 * where the first value comes from (what was typed before a refusal wins). */
enum need_default { ND_NONE, ND_TODAY, ND_BUILT_ON, ND_AREA_FOUND };

struct need_prompt {
    const char *key;
    const char *prompt;
    int (*valid)(const char *, char *, size_t);
    enum need_default from;
};

static const struct need_prompt need_prompts[] = {
    { "on", N_("Date (YYYY-MM-DD)"), validate_date_past, ND_TODAY },
    { "doc_no", N_("Document number"), validate_nonempty, ND_NONE },
    { "amount", N_("Amount in yuan"), validate_amount_yuan, ND_NONE },
    { "deadline", N_("Deadline (YYYY-MM-DD)"), validate_date_any, ND_NONE },
    /* optional: empty keeps "unknown", and the date found decides the class */
    { "built_on", N_("Built on (YYYY-MM-DD; empty if unknown)"), validate_date_or_empty, ND_BUILT_ON },
    { "building", N_("Building (e.g. 3号楼)"), validate_nonempty, ND_NONE },
    { "unit_no", N_("Unit (optional, e.g. 1单元)"), NULL, ND_NONE },
    { "room", N_("Room (e.g. 502)"), validate_nonempty, ND_NONE },
    { "flat_area", N_("Flat area in m²"), v_flat_area, ND_NONE },
    { "monthly", N_("Transition allowance per month in yuan (optional)"), v_amount_or_empty, ND_NONE },
    { "reason", N_("Reason"), validate_nonempty, ND_NONE },
    { "area", N_("Area demolished or rectified in m²"), validate_area_or_empty, ND_AREA_FOUND },
    /* petitions (信访) */
    { "answer", N_("Answer or opinion (text)"), validate_nonempty, ND_NONE },
    { "days", N_("Extension in days (1 to 30)"), validate_nonempty, ND_NONE },
    /* forced demolition: the hour it starts, never at night (migration 160) */
    { "at", N_("Time it starts (HH:MM, not between 22:00 and 06:00)"), v_time, ND_NONE },
};

static const char *need_default(const struct case_detail *d, enum need_default from, char *today, size_t tsz)
{
    switch (from) {
    case ND_TODAY: district_today(today, tsz); return today;
    case ND_BUILT_ON: return d->vio.built_on;
    case ND_AREA_FOUND: return d->vio.area_m2;
    default: return "";
    }
}

static int ask_resettlement(struct args *a, int i)
{
    const char *choices[2] = { _("Money (monetised)"), _("A resettlement flat") };
    int k;

    if ((k = ui_menu(_("Resettlement"), choices, 2, 0)) < 0) return 0;
    strcpy(a->buf[i], k ? "flat" : "money");
    if (k) {
        a->n++;
        a->keys[a->n] = "community_id";
        a->vals[a->n] = a->buf[a->n];
        if (!ask_community(a, a->n)) return 0;
    }
    return 1;
}

/* Ask for one argument; 0 when the user cancelled. */
static int ask_need(const struct case_detail *d, const char *need, struct args *a)
{
    int i = a->n;
    char today[16];
    const char *was = a->have_prev ? a->prev[i] : "";

    a->keys[i] = need;
    a->vals[i] = a->buf[i];
    a->buf[i][0] = '\0';
    if (strcmp(need, "resettlement") == 0) {
        if (!ask_resettlement(a, i)) return 0;
    } else if (strcmp(need, "community_id") == 0) {
        if (!ask_community(a, i)) return 0;
    } else {
        const struct need_prompt *np = NULL;
        for (size_t k = 0; k < ARRAY_SIZE(need_prompts); k++)
            if (strcmp(need_prompts[k].key, need) == 0) np = &need_prompts[k];
        if (!ui_prompt(np ? _(np->prompt) : need,
                       was[0] || !np ? was : need_default(d, np->from, today, sizeof today),
                       a->buf[i], sizeof a->buf[i], np ? np->valid : NULL)) return 0;
    }
    a->n++;
    return 1;
}

/* A step the database refuses (a date before the notice, a missing
 * document...) is asked again with what was typed and the refusal on the
 * message line, until it goes through or the person cancels (Esc): no
 * typing is lost to a refusal. */
static int run_step(const struct case_detail *d, const struct case_step *st)
{
    struct args a;

    memset(&a, 0, sizeof a);
    for (int tries = 0; tries < 10; tries++) {
        a.n = 0;
        for (int i = 0; i < st->nneeds && a.n < 6; i++)
            if (!ask_need(d, st->needs[i], &a)) return tries > 0;   /* refreshed if it was refused */
        if (case_transition(ui_app()->db, d->row.id, d->row.version, st->step, a.keys, a.vals, a.n) >= 0) {
            char no[80];    /* the document the step issued, with its official number */
            if (doc_of_step(ui_app()->db, d->row.id, st->step, no, sizeof no) == 0 && no[0])
                ui_info(_("Done: %s. Issued %s."), case_step_label(st), no);
            else
                ui_info(_("Done: %s."), case_step_label(st));
            return 1;
        }
        ui_db_error();
        if (!st->nneeds) return 1;          /* nothing typed: show the case fresh */
        memcpy(a.prev, a.buf, sizeof a.prev);
        a.have_prev = 1;
    }
    return 1;
}

enum extra { X_PAYMENTS, X_HISTORY, X_STOP, X_RECTIFY, X_DOCS, X_TIMELINE, X__N };

int case_actions_menu(const struct case_detail *d)
{
    struct case_step *steps;
    int n = case_next_steps(ui_app()->db, d->row.id, &steps), m = 0, i, rc = 0;
    const struct case_kind *kind = case_kind_find(d->row.kind);
    const char *items[40];
    enum extra extras[X__N];
    int nx = 0;

    if (n < 0) { ui_db_error(); return 0; }
    for (i = 0; i < n && m < 30; i++) items[m++] = case_step_label(&steps[i]);
    if (kind && kind->payments) extras[nx++] = X_PAYMENTS;
    extras[nx++] = X_HISTORY;
    if (notice_available(d, "stop_work")) extras[nx++] = X_STOP;
    if (notice_available(d, "rectify")) extras[nx++] = X_RECTIFY;
    extras[nx++] = X_DOCS;                  /* the register (scr_documents.c) */
    extras[nx++] = X_TIMELINE;              /* the case's one timeline (scr_reader.c) */
    for (i = 0; i < nx; i++)
        items[m++] = extras[i] == X_PAYMENTS ? _("Payments…") : extras[i] == X_HISTORY ? _("History…")
                   : extras[i] == X_STOP ? _("Print the stop-work notice…")
                   : extras[i] == X_DOCS ? _("Documents…") : extras[i] == X_TIMELINE ? _("Timeline…")
                   : _("Print the rectification notice…");
    i = ui_menu(_("Case actions"), items, m, 0);
    if (i >= 0 && i < n) {
        rc = run_step(d, &steps[i]);
    } else if (i >= n) {
        switch (extras[i - n]) {
        case X_PAYMENTS: open_case_payments(d); break;
        case X_HISTORY: open_history("case_file", d->row.id); break;
        case X_STOP: notice_print(d, "stop_work"); break;
        case X_RECTIFY: notice_print(d, "rectify"); break;
        case X_DOCS: open_case_documents(d, NULL); break;
        case X_TIMELINE: open_case_timeline(d->row.id); break;
        default: break;
        }
    }
    free(steps);
    return rc;
}

/* ---- new cases ---- */

int caseui_pick_id(int (*load)(db_t *, int, struct pick_item **), const char *title)
{
    struct pick_item *items;
    int n = load(ui_app()->db, ui_app()->me.unit_id, &items), k, id = -1;

    if (n < 0) ui_db_error();
    else if (n == 0) ui_info("%s", _("There is nothing to choose from."));
    else if ((k = caseui_pick(title, items, n)) >= 0) id = items[k].id;
    free(items);
    return id;
}

int case_new_interactive(void)
{
    const struct case_kind *kinds[16] = { 0 };
    const char *labels[16];
    long long id;
    int n = 0, k;

    if (!ui_role_is("staff")) {
        ui_error("%s", _("Only staff of a town or office open cases."));
        return -1;
    }
    for (int i = 0; case_kinds[i]; i++) {
        int at = case_kinds[i]->new_menu_pos;
        if (at >= 0 && at < (int)ARRAY_SIZE(kinds) && !kinds[at]) kinds[at] = case_kinds[i];
    }
    for (int i = 0; i < (int)ARRAY_SIZE(kinds); i++)
        if (kinds[i]) { kinds[n] = kinds[i]; labels[n++] = _(kinds[i]->new_label); }
    if ((k = ui_menu(_("New case"), labels, n, 0)) < 0) return 0;
    id = kinds[k]->create();
    if (id < 0) { ui_db_error(); return -1; }
    if (id == 0) return 0;
    ui_info("%s", _("Case opened."));
    return open_case_form(id);
}
