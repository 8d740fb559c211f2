/* scr_case_form.c — one case: the fields staff may edit, the facts that
 * only workflow steps change, the actions menu (scr_case_actions.c),
 * payments (scr_case_payments.c) and history (scr_history.c).
 *
 * Nothing is locked while the form is on screen: the case is read, the
 * user types, and the save is one transaction guarded by the versions that
 * were read (case_save).  When someone saved first the case is reloaded,
 * the typed fields are kept, and the message says who changed it and when.
 * Each field is validated as it is left (validate.c); the database checks
 * the same rules again and its sentence is shown when it refuses.
 *
 * Phone and ID numbers arrive masked (138****5678; PIPL, sql/065).  Ctrl-N
 * asks the database for the full numbers, which logs the look-up; a masked
 * field that is edited without them is refused at save, so a mask is never
 * written back. */
#include "config.h"
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "casekind.h"
#include "form_drafts.h"
#include "caseui.h"
#include "i18n.h"
#include "model_clock.h"
#include "model_history.h"
#include "screens.h"
#include "ui.h"
#include "util.h"
#include "validate.h"
#include "widgets.h"

/* The fields every case has; the kind's own follow them (casekind.h). */
enum fkey { K_PARTY, K_PHONE, K_ADDRESS, K_NOTE, K__COMMON, K__N = K__COMMON + CASE_KIND_FIELDS };

struct cform {
    long long id;
    struct case_detail d;
    const struct case_kind *kind;   /* NULL: a kind this program does not know */
    int loaded, editable;
    struct form form;
    int fi[K__N];                   /* form index of each key, -1 if absent */
    struct case_field kf[CASE_KIND_FIELDS];
    int nkf;
    char facts[24][2][160];
    int nfacts;
    struct legal_clock_row clocks[4];   /* the next legal steps (model_clock.h) */
    int nclocks;
    struct ui_watch watch[12];
    int base_version, base_detail_version;   /* what the edit started from */
    struct case_detail theirs;           /* shown on the conflict screen */
    int have_theirs;
    int from_draft;                 /* a draft file exists for this form */
    int revealed;                   /* the full numbers were asked for */
};

/* ---- building the form ---- */

/* The masked phone as loaded: leaving that field unchanged is fine (a
 * validator has no context, hence the static; one form is in focus at a
 * time).  Saving a field that still holds stars is refused in save(). */
static char loaded_phone[32];

static int v_phone(const char *v, char *e, size_t n)
{
    if (strchr(v, '*') && strcmp(v, loaded_phone) == 0) return 0;
    return validate_phone(v, e, n);
}

static void add(struct cform *cf, int k, const char *label, size_t max,
                int (*v)(const char *, char *, size_t), int req, const char *value)
{
    struct form *f = &cf->form;

    cf->fi[k] = cf->editable ? form_add_text(f, label, max, v, req) : form_add_readonly(f, label, "");
    form_set(f, cf->fi[k], value);
}

static void build_form(struct cform *cf)
{
    const struct case_detail *d = &cf->d;

    form_free(&cf->form);
    form_init(&cf->form);
    for (int k = 0; k < K__N; k++) cf->fi[k] = -1;
    cf->kind = case_kind_find(d->row.kind);
    cf->nkf = cf->kind ? cf->kind->fields(d, cf->kf) : 0;
    add(cf, K_PARTY, cf->kind ? _(cf->kind->party_label) : _("Party (owner)"), 100, validate_name, 1,
        d->row.party_name);
    strlcpy_utf8(loaded_phone, d->party_phone, sizeof loaded_phone);
    add(cf, K_PHONE, _("Phone"), 20, v_phone, 0, d->party_phone);
    add(cf, K_ADDRESS, _("Address"), 200, NULL, 0, d->address);
    add(cf, K_NOTE, _("Note"), 4000, NULL, 0, d->note ? d->note : "");
    for (int i = 0; i < cf->nkf; i++)
        add(cf, K__COMMON + i, cf->kf[i].label, cf->kf[i].max, cf->kf[i].valid, 0, cf->kf[i].value);
    form_clear_changed(&cf->form);
}

static void fact(void *ctx, const char *label, const char *value)
{
    struct cform *cf = ctx;

    if (cf->nfacts >= (int)ARRAY_SIZE(cf->facts) || !value || !value[0]) return;
    strlcpy_utf8(cf->facts[cf->nfacts][0], label, sizeof cf->facts[0][0]);
    strlcpy_utf8(cf->facts[cf->nfacts][1], value, sizeof cf->facts[0][1]);
    cf->nfacts++;
}

/* "Next legal step": what the law allows next, from when, due when and
 * by which article — the clocks of migration 102, one full-width line
 * each (the article does not fit a fact column). */
static void clock_line(const struct legal_clock_row *c, char *buf, size_t bufsz)
{
    const char *step = i18n_is_chinese() ? c->step_label_zh : c->step_label_en;
    char when[160] = "";

    if (c->earliest[0] && c->due[0])
        snprintf(when, sizeof when, _("from %s, due %s"), c->earliest, c->due);
    else if (c->earliest[0])
        snprintf(when, sizeof when, _("from %s"), c->earliest);
    else if (c->due[0])
        snprintf(when, sizeof when, _("due %s"), c->due);
    snprintf(buf, bufsz, "%s%s · %s · %s", c->state == CLOCK_OVERDUE ? _("OVERDUE ") : "",
             step, when, c->source);
}

static int draw_clocks(struct cform *cf, WINDOW *w, int y, int rows, int cols)
{
    const char *label = _("Next legal step");
    int lw = str_width(label);
    char buf[480];

    for (int i = 0; i < cf->nclocks && y < rows; i++, y++) {
        clock_line(&cf->clocks[i], buf, sizeof buf);
        ui_put_role(w, y, 1, lw, label, ALIGN_RIGHT, cf->clocks[i].state == CLOCK_OVERDUE ? ROLE_WARNING : ROLE_DIM);
        ui_put(w, y, 1 + lw, 2, i18n_label_colon(theme_ascii()), ALIGN_LEFT);
        ui_put(w, y, 3 + lw, cols - lw - 4, buf, ALIGN_LEFT);
    }
    return y;
}

static void build_facts(struct cform *cf)
{
    cf->nfacts = 0;
    fact(cf, _("Unit"), cf->d.row.unit_name);
    fact(cf, _("Opened on"), cf->d.row.opened_on);
    fact(cf, _("Deadline"), cf->d.row.deadline);
    fact(cf, _("Handled by"), cf->d.handled_by_name);
    if (cf->kind) cf->kind->facts(&cf->d, fact, cf);
    fact(cf, _("Closed on"), cf->d.closed_on);
}

/* ---- loading ---- */

static int may_edit(const struct case_detail *d)
{
    return ui_role_is("staff") && d->unit_id == ui_app()->me.unit_id && strcmp(d->row.status, "closed") != 0;
}

static const char *get_key(const struct cform *cf, int k)
{
    return cf->fi[k] >= 0 ? form_get(&cf->form, cf->fi[k]) : "";
}

/* The loaded value of key k in d (kf: d's kind fields). */
static const char *key_value(const struct case_detail *d, const struct case_field *kf, int k)
{
    switch (k) {
    case K_PARTY: return d->row.party_name;
    case K_PHONE: return d->party_phone;
    case K_ADDRESS: return d->address;
    case K_NOTE: return d->note ? d->note : "";
    default: return kf[k - K__COMMON].value ? kf[k - K__COMMON].value : "";
    }
}

/* Every field from cf->d, in place: the focus and the cursor stay. */
static void fill_fields(struct cform *cf)
{
    for (int k = 0; k < K__N; k++)
        if (cf->fi[k] >= 0) form_set(&cf->form, cf->fi[k], key_value(&cf->d, cf->kf, k));
}

/* Read the case again (conflict rules: widgets.h).  With no edit in
 * progress the fields and the base version follow the database; during an
 * edit nothing typed and not the base version changes, only the facts. */
static int cf_refresh(struct cform *cf)
{
    struct case_detail nd;
    int rc = case_load(ui_app()->db, cf->id, &nd), was = cf->loaded;
    int idle = !was || form_reload_allowed(&cf->form), cur = cf->form.cur;

    if (rc < 0) { ui_db_error(); return -1; }
    if (rc == 1) { ui_error("%s", _("This case is no longer visible to you.")); return -1; }
    if (was) case_detail_free(&cf->d);
    cf->d = nd;
    cf->loaded = 1;
    cf->nclocks = case_clocks_load(ui_app()->db, cf->id, cf->clocks, (int)ARRAY_SIZE(cf->clocks));
    if (cf->nclocks < 0) cf->nclocks = 0;   /* the form without its clocks, not no form */
    if (cf->kind) cf->kind->fields(&cf->d, cf->kf);   /* values point into d */
    if (idle) {
        if (!was || may_edit(&nd) != cf->editable || case_kind_find(nd.row.kind) != cf->kind) {
            cf->editable = may_edit(&nd);
            build_form(cf);
            if (was && cur < cf->form.n) cf->form.cur = cur;
        } else {
            fill_fields(cf);
        }
        form_mark_base(&cf->form);
        cf->base_version = nd.row.version;
        cf->base_detail_version = nd.detail_version;
    } else if (nd.row.version != cf->base_version || nd.detail_version != cf->base_detail_version) {
        ui_info("%s", _("Someone changed this case meanwhile; saving will show both versions."));
    }
    build_facts(cf);
    return 0;
}

/* ---- drafts (drafts.h): the changed fields, their base values and the
 * base versions, so a restored edit meets the conflict screen when the
 * case changed meanwhile ---- */

/* The draft key of each form field: party, phone, address, note, kind0.. */
static void draft_keys(const struct cform *cf, const char **keys, char (*kbuf)[16])
{
    static const char *const common[K__COMMON] = { "party", "phone", "address", "note" };

    for (int i = 0; i < cf->form.n; i++) keys[i] = NULL;
    for (int k = 0; k < K__N; k++) {
        if (cf->fi[k] < 0) continue;
        if (k < K__COMMON) snprintf(kbuf[k], sizeof kbuf[k], "%s", common[k]);
        else snprintf(kbuf[k], sizeof kbuf[k], "kind%d", k - K__COMMON);
        keys[cf->fi[k]] = kbuf[k];
    }
}

static void case_draft_drop(struct screen *s)
{
    struct cform *cf = s->priv;

    if (cf->from_draft) draft_remove(s->app->me.login, "case", cf->id);
    cf->from_draft = 0;
}

static void cf_save_draft(struct screen *s)
{
    struct cform *cf = s->priv;
    struct draft dr;
    const char *keys[K__N];
    char kbuf[K__N][16], dv[16];

    if (!cf->editable || !form_changed(&cf->form)) return;
    draft_keys(cf, keys, kbuf);
    draft_init(&dr, s->app->me.login, "case", cf->id, cf->base_version);
    snprintf(dv, sizeof dv, "%d", cf->base_detail_version);
    draft_set(&dr, "detail_version", dv);
    form_draft_fill(&cf->form, keys, &dr);
    if (draft_write(&dr) < 0) log_msg("could not write the draft of case %lld", cf->id);
    else cf->from_draft = 1;
    draft_free(&dr);
}

/* Typed fields back, based on the versions the draft was made from. */
static void apply_draft(struct cform *cf, const struct draft *dr)
{
    const char *keys[K__N], *dv = draft_get(dr, "detail_version");
    char kbuf[K__N][16];

    if (!cf->editable) return;
    draft_keys(cf, keys, kbuf);
    form_draft_apply(&cf->form, keys, dr);
    if (dr->version > 0) cf->base_version = dr->version;
    if (dv) cf->base_detail_version = atoi(dv);
    cf->from_draft = 1;
}

/* ---- saving ---- */

/* The value of key k if the user changed it, else NULL.  A masked number
 * put back exactly as it was loaded is unchanged: it is not sent. */
static const char *edited(const struct cform *cf, int k)
{
    const char *v;

    if (cf->fi[k] < 0 || !cf->form.fields[cf->fi[k]].changed) return NULL;
    v = get_key(cf, k);
    if (strchr(v, '*') && strcmp(v, key_value(&cf->d, cf->kf, k)) == 0) return NULL;
    return v;
}

/* theirs[form index] from cf->theirs. */
static void theirs_values(struct cform *cf, const char **theirs)
{
    struct case_field tkf[CASE_KIND_FIELDS];

    if (cf->kind) cf->kind->fields(&cf->theirs, tkf);
    for (int i = 0; i < cf->form.n; i++) theirs[i] = NULL;
    for (int k = 0; k < K__N; k++)
        if (cf->fi[k] >= 0) theirs[cf->fi[k]] = key_value(&cf->theirs, tkf, k);
}

static void drop_theirs(struct cform *cf)
{
    if (cf->have_theirs) case_detail_free(&cf->theirs);
    cf->have_theirs = 0;
}

static void save(struct screen *s);

static void resolve(void *arg, int keep_mine)
{
    struct screen *s = arg;
    struct cform *cf = s->priv;
    const char *theirs[K__N];

    if (!cf->have_theirs) return;
    if (keep_mine) {
        /* Mine over the version just shown, not over a newer one. */
        theirs_values(cf, theirs);
        form_adopt_theirs(&cf->form, theirs);
        cf->base_version = cf->theirs.row.version;
        cf->base_detail_version = cf->theirs.detail_version;
        drop_theirs(cf);
        save(s);
        return;
    }
    drop_theirs(cf);
    form_clear_changed(&cf->form);
    cf_refresh(cf);
    case_draft_drop(s);
    ui_info("%s", _("Their version is shown; your edits were dropped."));
}

static void show_conflict(struct screen *s)
{
    struct cform *cf = s->priv;
    const char *theirs[K__N];
    char who[128] = "", at[32] = "", what[400];

    drop_theirs(cf);
    switch (case_load(ui_app()->db, cf->id, &cf->theirs)) {
    case 0: break;
    case 1: ui_error("%s", _("This case is no longer visible to you; your edits were not saved.")); return;
    default: ui_db_error(); return;
    }
    cf->have_theirs = 1;
    history_last_change(ui_app()->db, "case_file", cf->id, who, sizeof who, at, sizeof at);
    snprintf(what, sizeof what, "%s %s", cf->theirs.row.case_no, cf->theirs.row.party_name);
    theirs_values(cf, theirs);
    form_conflict_open(&cf->form, theirs, what, who, at, resolve, s);
}

/* An edited value that still holds a mask's stars. */
static int still_masked(const char *v)
{
    return v && strchr(v, '*') != NULL;
}

/* The form field of the kind's ID number, or -1. */
static int idno_key(const struct cform *cf)
{
    for (int i = 0; i < cf->nkf; i++)
        if (cf->kf[i].edit_off == offsetof(struct case_edit, party_id_no)) return K__COMMON + i;
    return -1;
}

/* Ctrl-N: the full phone and ID numbers from casedesk.case_reveal, which
 * records each look-up before it answers.  Fields being edited keep what
 * was typed; the others show the full number, and it becomes their base. */
static void reveal(struct cform *cf)
{
    char full[64];
    int shown = 0, k;

    if (cf->d.party_phone[0]) {
        if (case_reveal(ui_app()->db, cf->id, "party_phone", full, sizeof full) < 0) { ui_db_error(); return; }
        strlcpy_utf8(cf->d.party_phone, full, sizeof cf->d.party_phone);
        if (cf->fi[K_PHONE] >= 0 && !cf->form.fields[cf->fi[K_PHONE]].changed)
            form_set(&cf->form, cf->fi[K_PHONE], full);
        shown++;
    }
    k = idno_key(cf);
    if (k >= 0 && cf->d.exp.party_id_no[0]) {
        if (case_reveal(ui_app()->db, cf->id, "party_id_no", full, sizeof full) < 0) { ui_db_error(); return; }
        strlcpy_utf8(cf->d.exp.party_id_no, full, sizeof cf->d.exp.party_id_no);
        if (cf->fi[k] >= 0 && !cf->form.fields[cf->fi[k]].changed)
            form_set(&cf->form, cf->fi[k], full);
        shown++;
    }
    cf->revealed = shown > 0;
    if (shown) ui_info("%s", _("The full numbers are shown; the look-up has been logged."));
    else ui_info("%s", _("This case has no phone or ID number to show."));
}

static void save(struct screen *s)
{
    struct cform *cf = s->priv;
    struct case_edit e = { 0 };
    struct case_detail base = cf->d;   /* the versions this edit started from */

    base.row.version = cf->base_version;
    base.detail_version = cf->base_detail_version;
    e.party_name = edited(cf, K_PARTY);
    e.party_phone = edited(cf, K_PHONE);
    e.address = edited(cf, K_ADDRESS);
    e.note = edited(cf, K_NOTE);
    for (int i = 0; i < cf->nkf; i++)
        *(const char **)((char *)&e + cf->kf[i].edit_off) = edited(cf, K__COMMON + i);
    if (still_masked(e.party_phone) || still_masked(e.party_id_no)) {
        ui_error("%s", _("A masked number cannot be saved: press Ctrl-N to show the full number, or type the whole number."));
        return;
    }
    switch (case_save(ui_app()->db, &base, &e)) {
    case CASE_SAVED:
        form_clear_changed(&cf->form);
        case_draft_drop(s);
        cf_refresh(cf);
        ui_info("%s", _("Saved."));
        break;
    case CASE_SAVE_CONFLICT:
        show_conflict(s);
        break;
    case CASE_SAVE_GONE:
        ui_error("%s", _("This case is no longer visible to you; your edits were not saved."));
        break;
    default:
        ui_db_error();
        break;
    }
}

/* ---- screen ops ---- */

struct cf_arg {
    long long id;
    const struct draft *draft;
};

static int cf_open(struct screen *s, void *arg)
{
    const struct cf_arg *a = arg;
    struct cform *cf = s->priv;
    int n;

    cf->id = s->watch_id = a->id;
    form_init(&cf->form);
    for (int k = 0; k < K__N; k++) cf->fi[k] = -1;
    if (cf_refresh(cf) < 0) {
        form_free(&cf->form);
        return -1;
    }
    if (a->draft) apply_draft(cf, a->draft);
    /* This case's rows; any payment of a kind that has them (the payload
     * names the payment, not its case). */
    n = case_kind_watch(cf->watch, (int)ARRAY_SIZE(cf->watch) - 1, UI_THIS_ROW);
    if (cf->kind && cf->kind->payments) cf->watch[n++] = (struct ui_watch){ "payment", UI_ANY_ROW };
    cf->watch[n] = (struct ui_watch){ NULL, 0 };
    s->watch = cf->watch;
    return 0;
}

static void cf_close(struct screen *s)
{
    struct cform *cf = s->priv;

    form_free(&cf->form);
    if (cf->loaded) case_detail_free(&cf->d);
    drop_theirs(cf);
}

static void draw_header(struct cform *cf, WINDOW *w, int cols)
{
    const struct case_row *r = &cf->d.row;
    const char *sub = cf->kind && cf->kind->subkind ? cf->kind->subkind(&cf->d) : NULL;
    char line[700];

    snprintf(line, sizeof line, "%s  [%s]  %s%s%s  %s", r->case_no, case_status_label(r->status),
             case_kind_label(r->kind), sub ? " · " : "", sub ? sub : "", r->village_name);
    ui_put_role(w, 0, 1, cols - 2, line, ALIGN_LEFT, r->overdue ? ROLE_ERROR : ROLE_TITLE);
    {   /* the same keys and words as the bar: one source */
        static const enum cmd ed[] = { CMD_SAVE, CMD_ACTION, CMD_TIMELINE, CMD_HISTORY, CMD_REVEAL, CMD_BACK, CMD_NONE };
        char keys[400];
        ui_key_hints(KCTX_FORM, cf->editable ? ed : ed + 1, keys, sizeof keys);
        if (cf->editable) snprintf(line, sizeof line, "%s", keys);
        else snprintf(line, sizeof line, "%s · %s", _("Read only"), keys);
    }
    ui_put_role(w, 1, 1, cols - 2, line, ALIGN_LEFT, ROLE_DIM);
}

/* Facts in two columns when there is room. */
static int draw_facts(struct cform *cf, WINDOW *w, int y, int rows, int cols)
{
    int ncol = cols >= 100 ? 2 : cols >= 76 ? 2 : 1, cw = (cols - 2) / ncol, lw = 0;

    for (int i = 0; i < cf->nfacts; i++) {
        int l = str_width(cf->facts[i][0]);
        if (l > lw) lw = l;
    }
    if (lw > cw / 2) lw = cw / 2;
    for (int i = 0; i < cf->nfacts; i++) {
        int r = y + i / ncol, x = 1 + (i % ncol) * cw;
        if (r >= rows) break;
        ui_put_role(w, r, x, lw, cf->facts[i][0], ALIGN_RIGHT, ROLE_DIM);
        ui_put(w, r, x + lw, 2, i18n_label_colon(theme_ascii()), ALIGN_LEFT);
        ui_put(w, r, x + lw + 2, cw - lw - 3, cf->facts[i][1], ALIGN_LEFT);
    }
    return y + (cf->nfacts + ncol - 1) / ncol;
}

static void cf_draw(struct screen *s, WINDOW *w)
{
    struct cform *cf = s->priv;
    int rows = getmaxy(w), cols = getmaxx(w), fh = cf->form.n, y;

    draw_header(cf, w, cols);
    if (fh > rows - 6) fh = rows - 6;
    y = 2 + fh;
    ui_hline(w, y, 1, cols - 2);
    draw_clocks(cf, w, draw_facts(cf, w, y + 1, rows, cols), rows, cols);
    form_draw(&cf->form, w, 2, 1, fh, cols - 2);   /* last: it places the cursor */
}

static void run_actions(struct cform *cf)
{
    int current = cf->base_version == cf->d.row.version && cf->base_detail_version == cf->d.detail_version;

    if (!case_actions_menu(&cf->d)) return;
    cf_refresh(cf);
    /* My own step moved the version on: typed edits stay based on it. */
    if (current) {
        cf->base_version = cf->d.row.version;
        cf->base_detail_version = cf->d.detail_version;
    }
}

/* Esc with unsaved edits: go back (the default), keep a draft, discard. */
static int cf_back(struct screen *s)
{
    struct cform *cf = s->priv;

    if (!cf->editable || !form_changed(&cf->form)) return 0;
    switch (form_ask_leave()) {
    case FORM_LEAVE_DRAFT: cf_save_draft(s); return 0;
    case FORM_LEAVE_DISCARD: case_draft_drop(s); return 0;
    default: return 1;
    }
}

static int cf_unsaved(struct screen *s)
{
    struct cform *cf = s->priv;

    return cf->editable && form_changed(&cf->form);
}

static int cf_command(struct screen *s, enum cmd c)
{
    struct cform *cf = s->priv;

    if (cf->kind && cf->kind->focus) cf->kind->focus(&cf->d);   /* several forms may be open */
    strlcpy_utf8(loaded_phone, cf->d.party_phone, sizeof loaded_phone);
    switch (c) {
    case CMD_BACK: case CMD_CANCEL: return cf_back(s);
    case CMD_ACTION: run_actions(cf); return 1;
    case CMD_HISTORY: open_history("case_file", cf->id); return 1;
    case CMD_TIMELINE: open_case_timeline(cf->id); return 1;
    case CMD_REVEAL: reveal(cf); return 1;
    case CMD_REFRESH: cf_refresh(cf); return 1;
    case CMD_ATTACH: {   /* evidence: scr_attach.c */
        char title[400];
        snprintf(title, sizeof title, _("Attachments · %s  %s"), cf->d.row.case_no, cf->d.row.party_name);
        open_attachments("case", cf->id, title);
        return 1;
    }
    default: break;
    }
    switch (form_command(&cf->form, c)) {
    case FORM_UNHANDLED: return 0;
    case FORM_INVALID: ui_error("%s", cf->form.err); return 1;
    case FORM_SUBMIT:
        if (!cf->editable) ui_info(_("You may not edit this case; %s offers what you can do."), keymap_first_key(KCTX_FORM, CMD_ACTION));
        else if (!form_changed(&cf->form)) ui_info("%s", _("Nothing to save."));
        else save(s);
        return 1;
    default: return 1;
    }
}

static int cf_input(struct screen *s, const char *text, size_t len)
{
    struct cform *cf = s->priv;

    if (form_input(&cf->form, text, len) == FORM_INVALID) {
        if (!cf->editable) ui_info(_("Read only: %s offers what you can do with this case."), keymap_first_key(KCTX_FORM, CMD_ACTION));
        else ui_error("%s", cf->form.err);
    }
    return 1;
}

static void cf_load(struct screen *s, int why)
{
    (void)why;
    cf_refresh(s->priv);
}



static int cf_can(struct screen *s, enum cmd c)
{
    struct cform *cf = s->priv;

    return c != CMD_SAVE || cf->editable;
}

static void cf_subtitle(struct screen *s, char *buf, size_t bufsz)
{
    snprintf(buf, bufsz, "%s", ((struct cform *)s->priv)->d.row.case_no);
}

static const enum cmd cf_cmds[] = {
    CMD_SAVE, CMD_ACTION, CMD_TIMELINE, CMD_ATTACH, CMD_HISTORY, CMD_REVEAL, CMD_NEXT_FIELD, CMD_REFRESH, CMD_BACK, CMD_NONE
};

const struct screen_ops case_form_screen = {
    .name = "case",
    .title = N_("Case"),
    .watch = ui_case_rows_watch,   /* cf_open sets its own */
    .ctx = KCTX_FORM,
    .cmds = cf_cmds,
    .can = cf_can,
    .priv_size = sizeof(struct cform),
    .load = cf_load,
    .open = cf_open,
    .close = cf_close,
    .draw = cf_draw,
    .command = cf_command,
    .input = cf_input,
    .save_draft = cf_save_draft,
    .unsaved = cf_unsaved,
    .drop_draft = case_draft_drop,
    .subtitle = cf_subtitle,
};

int open_case_form(long long case_id)
{
    struct cf_arg a = { case_id, NULL };

    return ui_push(&case_form_screen, &a) ? 0 : -1;
}

/* At start: each draft of a case, offered; a refused one is removed. */
void case_drafts_offer(void)
{
    const char *login = ui_app()->me.login;
    long long *ids;
    int n = drafts_list(login, "case", &ids);

    for (int i = 0; i < n; i++) {
        struct draft d;
        struct case_detail cd;
        char q[512], number[32] = "";
        struct cf_arg a = { ids[i], NULL };

        if (draft_read(login, "case", ids[i], &d) <= 0) continue;
        if (case_load(ui_app()->db, ids[i], &cd) == 0) {
            strlcpy_utf8(number, cd.row.case_no, sizeof number);
            case_detail_free(&cd);
        }
        snprintf(q, sizeof q, _("Restore the unsaved edit of case %s?"), number[0] ? number : "?");
        a.draft = &d;
        if (ui_confirm(q, 1) == 1 && ui_push(&case_form_screen, &a))
            ui_info(_("Your unsaved edit is back; press %s to save it."), keymap_first_key(KCTX_FORM, CMD_SAVE));
        else
            draft_remove(login, "case", ids[i]);
        draft_free(&d);
    }
    free(ids);
}
