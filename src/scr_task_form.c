/* scr_task_form.c — one task: its fields, progress history, extensions,
 * cards and linked items; the actions menu (scr_task_actions.c); editing
 * of the descriptive fields by supervisors; and the new-task form.
 *
 * No transaction is held while the form is on screen: the task is read,
 * the user types, and the save is one UPDATE guarded by the version that
 * was read (task_save).  When someone saved first, the conflict screen
 * shows theirs beside mine and nothing typed is lost.  A notification
 * about the task reloads what is shown; typed fields are kept. */
#include "config.h"
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "drafts.h"
#include "i18n.h"
#include "model_ref.h"
#include "model_task.h"
#include "picker.h"
#include "screens.h"
#include "taskui.h"
#include "ui.h"
#include "util.h"
#include "validate.h"
#include "widgets.h"

enum fkey { K_TITLE, K_LEAD, K_DEADLINE, K_DESC, K_SOURCE, K_LEVEL, K_COHAND, K_RESP,
            K_INTERVAL, K__N };

static const char *const key_names[K__N] = {
    "title", "lead", "deadline", "description", "source", "level", "cohandling",
    "responsible", "interval",
};
static const char *const source_codes[] = { "meeting", "leader", "target", "inspection" };
static const char *const level_codes[] = { "normal", "key", "listed" };
#define NSOURCE 4
#define NLEVEL 3

struct tform {
    long long id;                /* 0: a new task, not yet created */
    int base_version;            /* the version the typed edits are based on */
    int editable;
    struct task_detail d;
    int loaded;
    struct form form;
    int fi[K__N];                /* form index of each key, -1 if absent */
    const char *src_labels[NSOURCE], *lvl_labels[NLEVEL];
    char **hist;
    int nhist, hscroll;
    int from_draft;              /* a draft file exists for this form */
    struct task_conflict conf;        /* shown on the conflict screen */
    int have_conf;
    /* what the unit and person fields are chosen from (pickers) */
    struct ref_row *units, *offs;
    struct picker_item *unit_items, *off_items;
    int nunits, noffs;
};

struct open_arg {
    long long id;
    const struct draft *draft;
};

/* ---- fields ---- */

static int interval_valid(const char *v, char *err, size_t errsz)
{
    char *end;
    long n = strtol(v, &end, 10);

    if (*end || n < 1 || n > 60) {
        snprintf(err, errsz, "%s", _("Give a number of working days from 1 to 60."));
        return -1;
    }
    return 0;
}

static int code_index(const char *const *codes, int n, const char *code)
{
    for (int i = 0; i < n; i++)
        if (code && strcmp(codes[i], code) == 0) return i;
    return 0;
}

/* The units and officials the pickers offer, read once per form. */
static void load_refs(struct tform *tf)
{
    db_t *db = ui_app()->db;

    if (tf->unit_items || !db) return;
    if (ref_units(db, &tf->units, &tf->nunits) < 0) ui_db_error();
    if (ref_officials(db, NULL, &tf->offs, &tf->noffs) < 0) ui_db_error();
    tf->unit_items = xcalloc((size_t)tf->nunits + 1, sizeof *tf->unit_items);
    tf->off_items = xcalloc((size_t)tf->noffs + 1, sizeof *tf->off_items);
    for (int i = 0; i < tf->nunits; i++)
        tf->unit_items[i] = (struct picker_item){ tf->units[i].name, tf->units[i].key, NULL };
    for (int i = 0; i < tf->noffs; i++)
        tf->off_items[i] = (struct picker_item){ tf->offs[i].name, tf->offs[i].key, tf->offs[i].detail };
}

static void free_refs(struct tform *tf)
{
    free(tf->units); free(tf->offs); free(tf->unit_items); free(tf->off_items);
    tf->units = tf->offs = NULL;
    tf->unit_items = tf->off_items = NULL;
}

static void add_field(struct tform *tf, enum fkey k)
{
    struct form *f = &tf->form;
    int ro = !tf->editable;

    switch (k) {
    case K_TITLE: tf->fi[k] = ro ? form_add_readonly(f, _("Title"), "") : form_add_text(f, _("Title"), 200, NULL, 1); break;
    case K_LEAD: tf->fi[k] = form_add_pick(f, _("Lead unit"), tf->unit_items, tf->nunits, 0, 1); break;
    case K_DEADLINE: tf->fi[k] = form_add_text(f, _("Deadline"), 10, validate_date_any, 1); break;
    case K_DESC: tf->fi[k] = ro ? form_add_readonly(f, _("Description"), "") : form_add_text(f, _("Description"), 2000, NULL, 0); break;
    case K_SOURCE: tf->fi[k] = ro ? form_add_readonly(f, _("Source"), "") : form_add_choice(f, _("Source"), tf->src_labels, NSOURCE); break;
    case K_LEVEL: tf->fi[k] = ro ? form_add_readonly(f, _("Level"), "") : form_add_choice(f, _("Level"), tf->lvl_labels, NLEVEL); break;
    case K_COHAND: tf->fi[k] = form_add_pick(f, _("Co-handling units"), tf->unit_items, tf->nunits, 1, 0); break;
    case K_RESP: tf->fi[k] = ro ? form_add_readonly(f, _("Responsible"), "") : form_add_pick(f, _("Responsible"), tf->off_items, tf->noffs, 0, 0); break;
    case K_INTERVAL: tf->fi[k] = ro ? form_add_readonly(f, _("Report every (days)"), "") : form_add_text(f, _("Report every (days)"), 2, interval_valid, 1); break;
    default: break;
    }
}

static void build_form(struct tform *tf)
{
    static const enum fkey new_keys[] = { K_TITLE, K_LEAD, K_DEADLINE, K_DESC, K_SOURCE, K_LEVEL, K_COHAND, K_RESP };
    static const enum fkey edit_keys[] = { K_TITLE, K_DESC, K_SOURCE, K_LEVEL, K_RESP, K_INTERVAL };
    const enum fkey *keys = tf->id ? edit_keys : new_keys;
    int n = tf->id ? (int)ARRAY_SIZE(edit_keys) : (int)ARRAY_SIZE(new_keys);

    form_free(&tf->form);
    form_init(&tf->form);
    if (tf->editable) load_refs(tf);
    for (int k = 0; k < K__N; k++) tf->fi[k] = -1;
    for (int i = 0; i < n; i++) add_field(tf, keys[i]);
}

static void set_key(struct tform *tf, enum fkey k, const char *v)
{
    int i = tf->fi[k];
    struct form_field *fld;

    if (i < 0) return;
    fld = &tf->form.fields[i];
    if (fld->kind == FIELD_CHOICE)
        form_set_choice(&tf->form, i, code_index(k == K_SOURCE ? source_codes : level_codes,
                                                 k == K_SOURCE ? NSOURCE : NLEVEL, v));
    else if (fld->kind == FIELD_READONLY && (k == K_SOURCE || k == K_LEVEL))
        form_set(&tf->form, i, k == K_SOURCE ? task_source_label(v) : task_level_label(v));
    else
        form_set(&tf->form, i, v);
}

/* The value to store: codes for choices. */
static const char *get_key(const struct tform *tf, enum fkey k)
{
    int i = tf->fi[k];

    if (i < 0) return "";
    if (tf->form.fields[i].kind == FIELD_CHOICE)
        return k == K_SOURCE ? source_codes[form_choice(&tf->form, i)]
                             : level_codes[form_choice(&tf->form, i)];
    return form_get(&tf->form, i);
}

static void fill_from_detail(struct tform *tf, const struct task_detail *d)
{
    char iv[16];

    set_key(tf, K_TITLE, d->t.title);
    set_key(tf, K_DESC, d->description ? d->description : "");
    set_key(tf, K_SOURCE, d->t.source);
    set_key(tf, K_LEVEL, d->t.level);
    set_key(tf, K_RESP, tf->editable ? d->responsible_login : d->t.responsible);
    snprintf(iv, sizeof iv, "%d", d->report_interval);
    set_key(tf, K_INTERVAL, iv);
    form_clear_changed(&tf->form);
}

/* ---- history lines ---- */

static void hist_add(struct tform *tf, char *line)
{
    for (char *p = line; *p; p++)
        if (*p == '\n' || *p == '\r' || *p == '\t') *p = ' ';
    tf->hist = xrealloc(tf->hist, (size_t)(tf->nhist + 1) * sizeof *tf->hist);
    tf->hist[tf->nhist++] = line;
}

static void hist_free(struct tform *tf)
{
    for (int i = 0; i < tf->nhist; i++) free(tf->hist[i]);
    free(tf->hist);
    tf->hist = NULL;
    tf->nhist = 0;
}

static void build_history(struct tform *tf)
{
    const struct task_detail *d = &tf->d;

    hist_free(tf);
    hist_add(tf, xasprintf("── %s (%d) ──", _("Progress reports"), d->n_reports));
    for (int i = 0; i < d->n_reports; i++) {
        const struct task_report_row *r = &d->reports[i];
        hist_add(tf, xasprintf("%s %3d%%%s %s（%s）%s", r->reported_on, r->percent,
                               r->final ? _(" final") : "", r->author, r->unit, r->body ? r->body : ""));
    }
    if (d->n_exts) hist_add(tf, xasprintf("── %s ──", _("Extensions")));
    for (int i = 0; i < d->n_exts; i++) {
        const struct task_ext_row *e = &d->exts[i];
        const char *st = strcmp(e->status, "pending") == 0 ? _("pending")
                       : strcmp(e->status, "approved") == 0 ? _("approved") : _("refused");
        hist_add(tf, xasprintf("%s → %s  %s  %s: %s%s%s", e->old_deadline, e->requested_deadline,
                               st, e->requested_by, e->reason ? e->reason : "",
                               e->note && e->note[0] ? " / " : "", e->note ? e->note : ""));
    }
    if (d->n_cards) hist_add(tf, xasprintf("── %s ──", _("Cards")));
    for (int i = 0; i < d->n_cards; i++) {
        const struct task_card_row *c = &d->cards[i];
        hist_add(tf, xasprintf(_("%s  %s  deadline %s, issued %s"), task_card_label(c->kind),
                               c->unit, c->deadline, c->issued_on));
    }
    if (d->n_links) hist_add(tf, xasprintf("── %s ──", _("Linked cases and projects")));
    for (int i = 0; i < d->n_links; i++)
        hist_add(tf, xasprintf("%s %s", d->links[i].case_id ? _("Case") : _("Project"), d->links[i].label));
    if (tf->hscroll >= tf->nhist) tf->hscroll = 0;
}

/* ---- loading ---- */

static int may_edit(const struct task_detail *d)
{
    return ui_role_is("supervisor") && strcmp(d->t.status, "closed") != 0;
}

/* Read the task again.  Typed fields are kept (and so is the version they
 * are based on, so a save still detects the change); untouched fields take
 * the new values. */
static int tf_refresh(struct tform *tf)
{
    struct task_detail nd;
    int rc = task_detail_load(ui_app()->db, tf->id, &nd);

    if (rc < 0) { ui_db_error(); return -1; }
    if (rc == 0) { ui_error("%s", _("This task is no longer visible to you.")); return -1; }
    if (tf->loaded) task_detail_free(&tf->d);
    tf->d = nd;
    tf->loaded = 1;
    if (!form_changed(&tf->form)) {
        if (may_edit(&nd) != tf->editable) {
            tf->editable = may_edit(&nd);
            build_form(tf);
        }
        fill_from_detail(tf, &nd);
        form_mark_base(&tf->form);
        tf->base_version = nd.t.version;
    } else if (nd.t.version != tf->base_version) {
        ui_info("%s", _("Someone changed this task meanwhile; saving will show both versions."));
    }
    build_history(tf);
    return 0;
}

/* ---- drafts ---- */

/* The changed fields come back as changed, with the values they were
 * based on (base.KEY), so the conflict screen can show the base. */
static void apply_draft(struct tform *tf, const struct draft *dr)
{
    char bkey[48];

    for (int k = 0; k < K__N; k++) {
        const char *v = draft_get(dr, key_names[k]), *b;
        struct form_field *fld;
        if (!v || tf->fi[k] < 0 || tf->form.fields[tf->fi[k]].kind == FIELD_READONLY) continue;
        set_key(tf, (enum fkey)k, v);
        fld = &tf->form.fields[tf->fi[k]];
        fld->changed = 1;
        snprintf(bkey, sizeof bkey, "base.%s", key_names[k]);
        if ((b = draft_get(dr, bkey))) {
            free(fld->base);
            fld->base = xstrdup(b);
        }
    }
    if (dr->version > 0) tf->base_version = dr->version;
    tf->from_draft = 1;
}

static void tform_save_draft(struct screen *s)
{
    struct tform *tf = s->priv;
    struct draft dr;

    if (!tf->editable || !form_changed(&tf->form)) return;
    draft_init(&dr, s->app->me.login, "task", tf->id, tf->base_version);
    for (int k = 0; k < K__N; k++) {
        char bkey[48];
        /* A new task keeps every field; an edit only what was changed. */
        if (tf->fi[k] < 0 || (tf->id && !tf->form.fields[tf->fi[k]].changed)) continue;
        draft_set(&dr, key_names[k], get_key(tf, (enum fkey)k));
        snprintf(bkey, sizeof bkey, "base.%s", key_names[k]);
        if (tf->id) draft_set(&dr, bkey, form_base(&tf->form, tf->fi[k]));
    }
    if (draft_write(&dr) < 0) log_msg("could not write the draft of task %lld", tf->id);
    else tf->from_draft = 1;
    draft_free(&dr);
}

static void drop_draft(struct screen *s)
{
    struct tform *tf = s->priv;

    if (tf->from_draft) draft_remove(s->app->me.login, "task", tf->id);
    tf->from_draft = 0;
}

/* ---- saving ---- */

static void split_units(char *buf, const char **out, int max)
{
    int n = 0;
    char *save = NULL;

    for (char *p = buf; *p; p++)
        if (*p == ',' || *p == ';') *p = ' ';
    for (char *t = strtok_r(buf, " ", &save); t && n < max - 1; t = strtok_r(NULL, " ", &save))
        out[n++] = t;
    out[n] = NULL;
}

static void save_new(struct screen *s)
{
    struct tform *tf = s->priv;
    char units[256];
    const char *co[16];
    struct task_new n = { 0 };
    long long id;

    strlcpy_utf8(units, get_key(tf, K_COHAND), sizeof units);
    split_units(units, co, 16);
    n.title = get_key(tf, K_TITLE);
    n.description = get_key(tf, K_DESC);
    n.source = get_key(tf, K_SOURCE);
    n.level = get_key(tf, K_LEVEL);
    n.lead_unit_code = get_key(tf, K_LEAD);
    n.deadline = get_key(tf, K_DEADLINE);
    n.responsible = get_key(tf, K_RESP)[0] ? get_key(tf, K_RESP) : NULL;
    n.cohandling = co[0] ? co : NULL;
    if (task_create(s->app->db, &n, &id) < 0) { ui_db_error(); return; }
    drop_draft(s);
    /* The form becomes the new task's form. */
    form_clear_changed(&tf->form);
    tf->id = s->watch_id = id;
    s->watch = task_form_screen.watch;
    tf->editable = 1;
    build_form(tf);
    if (tf_refresh(tf) == 0) ui_info(_("Task %s created."), tf->d.t.number);
}

static void save_existing(struct screen *s);

/* theirs[form index] from the conflict's row (display texts of choices). */
static void theirs_values(struct tform *tf, const char **theirs, char *iv, size_t ivsz)
{
    const struct task_detail *t = &tf->conf.theirs;

    snprintf(iv, ivsz, "%d", t->report_interval);
    for (int i = 0; i < tf->form.n; i++) theirs[i] = NULL;
#define THEIRS(k, v) do { if (tf->fi[k] >= 0) theirs[tf->fi[k]] = (v); } while (0)
    THEIRS(K_TITLE, t->t.title);
    THEIRS(K_DESC, t->description ? t->description : "");
    THEIRS(K_SOURCE, task_source_label(t->t.source));
    THEIRS(K_LEVEL, task_level_label(t->t.level));
    THEIRS(K_RESP, t->responsible_login);
    THEIRS(K_INTERVAL, iv);
#undef THEIRS
}

static void drop_conflict(struct tform *tf)
{
    if (tf->have_conf) task_conflict_free(&tf->conf);
    tf->have_conf = 0;
}

static void resolve_conflict(void *arg, int keep_mine)
{
    struct screen *s = arg;
    struct tform *tf = s->priv;
    const char *theirs[K__N];
    char iv[16];

    if (!tf->have_conf) return;
    if (keep_mine) {
        /* My changed fields over the version just shown; the fields I did
         * not touch are theirs.  A newer change conflicts again. */
        theirs_values(tf, theirs, iv, sizeof iv);
        form_adopt_theirs(&tf->form, theirs);
        tf->base_version = tf->conf.theirs.t.version;
        drop_conflict(tf);
        save_existing(s);
        return;
    }
    drop_conflict(tf);
    form_clear_changed(&tf->form);
    tf_refresh(tf);
    drop_draft(s);
    ui_info("%s", _("Their version is shown; your edits were dropped."));
}

static void show_conflict(struct screen *s)
{
    struct tform *tf = s->priv;
    const struct task_detail *t = &tf->conf.theirs;
    const char *theirs[K__N];
    char what[700], iv[16];

    snprintf(what, sizeof what, "%s %s", t->t.number, t->t.title);
    theirs_values(tf, theirs, iv, sizeof iv);
    form_conflict_open(&tf->form, theirs, what, tf->conf.changed_by, tf->conf.changed_at,
                       resolve_conflict, s);
}

static void save_existing(struct screen *s)
{
    struct tform *tf = s->priv;
    struct task_edit e = { 0 };
    int nv = 0, rc;

    e.title = get_key(tf, K_TITLE);
    e.description = get_key(tf, K_DESC);
    e.source = get_key(tf, K_SOURCE);
    e.level = get_key(tf, K_LEVEL);
    e.report_interval = atoi(get_key(tf, K_INTERVAL));
    e.responsible = get_key(tf, K_RESP);
    drop_conflict(tf);
    rc = task_save(s->app->db, tf->id, tf->base_version, &e, &nv, &tf->conf);
    if (rc < 0) { ui_db_error(); return; }
    if (rc == 1) {
        tf->have_conf = 1;
        if (tf->conf.gone) {
            ui_error("%s", _("This task is no longer visible to you; your edits were not saved."));
            drop_conflict(tf);
        } else {
            show_conflict(s);
        }
        return;
    }
    form_clear_changed(&tf->form);
    tf->base_version = nv;
    drop_draft(s);
    tf_refresh(tf);
    ui_info("%s", _("Saved."));
}

/* ---- screen ops ---- */

static int tform_open(struct screen *s, void *arg)
{
    const struct open_arg *a = arg;
    struct tform *tf = s->priv;

    for (int i = 0; i < NSOURCE; i++) tf->src_labels[i] = task_source_label(source_codes[i]);
    for (int i = 0; i < NLEVEL; i++) tf->lvl_labels[i] = task_level_label(level_codes[i]);
    tf->id = s->watch_id = a->id;
    if (!a->id) s->watch = NULL;   /* until it is created */
    tf->editable = a->id == 0;
    if (a->id) {
        struct task_detail d;
        int rc = task_detail_load(s->app->db, a->id, &d);
        if (rc <= 0) {
            if (rc < 0) ui_db_error();
            else ui_error("%s", _("There is no such task, or you may not see it."));
            return -1;
        }
        tf->editable = may_edit(&d);
        task_detail_free(&d);
    }
    build_form(tf);
    if (a->id) tf_refresh(tf);
    if (a->draft) apply_draft(tf, a->draft);
    return 0;
}

static void tform_close(struct screen *s)
{
    struct tform *tf = s->priv;

    form_free(&tf->form);
    if (tf->loaded) task_detail_free(&tf->d);
    hist_free(tf);
    drop_conflict(tf);
    free_refs(tf);
}

static int draw_header(struct tform *tf, WINDOW *w, int cols)
{
    const struct task_detail *d = &tf->d;
    char line[1024], left[64] = "", pct[16] = "";
    int y = 0;

    if (!tf->id) {
        snprintf(line, sizeof line, _("New supervision task: fill in and press %s to assign it."), keymap_first_key(KCTX_FORM, CMD_SAVE));
        ui_put_role(w, 0, 1, cols - 2, line, ALIGN_LEFT, ROLE_TITLE);
        return 2;
    }
    if (strcmp(d->t.status, "closed") != 0 && strcmp(d->t.status, "reported") != 0)
        snprintf(left, sizeof left, d->t.workdays_left < 0 ? _(" (%d working days overdue)")
                 : _(" (%d working days left)"), abs(d->t.workdays_left));
    snprintf(line, sizeof line, _("%s  [%s]  lead: %s  deadline: %s%s"), d->t.number,
             task_status_label(d->t.status), d->t.lead_unit_name, d->t.deadline, left);
    ui_put_role(w, y++, 1, cols - 2, line, ALIGN_LEFT,
                d->t.workdays_left < 0 && left[0] ? ROLE_ERROR : ROLE_TITLE);
    if (d->t.percent >= 0) snprintf(pct, sizeof pct, "%d%%", d->t.percent);
    snprintf(line, sizeof line, _("Done: %s  Card: %s  Co-handling: %s  Created by %s %s"),
             d->t.percent >= 0 ? pct : "—", d->t.worst_card[0] ? task_card_label(d->t.worst_card) : "—",
             d->cohandling[0] ? d->cohandling : "—", d->created_by, d->created_at);
    ui_put(w, y++, 1, cols - 2, line, ALIGN_LEFT);
    if (strcmp(d->t.status, "returned") == 0 && d->return_reason && d->return_reason[0]) {
        snprintf(line, sizeof line, _("Returned: %s"), d->return_reason);
        ui_put_role(w, y++, 1, cols - 2, line, ALIGN_LEFT, ROLE_WARNING);
    } else if (strcmp(d->t.status, "closed") == 0) {
        snprintf(line, sizeof line, _("Verified and closed. %s"), d->close_note ? d->close_note : "");
        ui_put_role(w, y++, 1, cols - 2, line, ALIGN_LEFT, ROLE_OK);
    } else if (d->next_report_due[0]) {
        snprintf(line, sizeof line, _("Next progress report due: %s"), d->next_report_due);
        ui_put_role(w, y++, 1, cols - 2, line, ALIGN_LEFT, ROLE_DIM);
    }
    return y;
}

static void tform_draw(struct screen *s, WINDOW *w)
{
    struct tform *tf = s->priv;
    int rows = getmaxy(w), cols = getmaxx(w), y, fh, hy;

    y = draw_header(tf, w, cols);
    fh = tf->form.n < rows - y - 3 ? tf->form.n : rows - y - 3;
    if (!tf->id) fh = rows - y;
    if (fh < 1) fh = 1;
    hy = y + fh;
    /* Draw the history first: the form places the text cursor last. */
    if (tf->id && hy + 1 < rows) {
        ui_hline(w, hy, 1, cols - 2);
        for (int r = hy + 1, i = tf->hscroll; r < rows && i < tf->nhist; r++, i++)
            ui_put_role(w, r, 1, cols - 2, tf->hist[i], ALIGN_LEFT,
                        strncmp(tf->hist[i], "──", 6) == 0 ? ROLE_TITLE : ROLE_NORMAL);
    }
    form_draw(&tf->form, w, y, 1, fh, cols - 2);
}

static void run_actions(struct screen *s)
{
    struct tform *tf = s->priv;
    int old = tf->d.t.version, nv = 0;

    if (!tf->id || !tf->loaded) return;
    if (!task_actions_menu(&tf->d, &nv)) return;
    /* My own transition moved the version on: typed edits stay based on it. */
    if (nv > 0 && tf->base_version == old) tf->base_version = nv;
    tf_refresh(tf);
}

/* Esc with unsaved edits: go back (the default), keep a draft, discard. */
static int tform_back(struct screen *s)
{
    struct tform *tf = s->priv;

    if (tf->editable && form_changed(&tf->form)) {
        switch (form_ask_leave()) {
        case FORM_LEAVE_DRAFT: tform_save_draft(s); return 0;
        case FORM_LEAVE_DISCARD: break;
        default: return 1;
        }
    }
    drop_draft(s);
    return 0;
}

static int tform_unsaved(struct screen *s)
{
    struct tform *tf = s->priv;

    return tf->editable && form_changed(&tf->form);
}

/* The evidence of the task itself, or of one of its reports (a report
 * of completion, a return): chosen from a menu when there are reports. */
static void task_attachments(struct tform *tf)
{
    int n = tf->d.n_reports < 20 ? tf->d.n_reports : 20, k = 0;
    const char *items[21];
    char labels[20][200], title[700];

    items[0] = _("The task itself");
    for (int i = 0; i < n; i++) {
        snprintf(labels[i], sizeof labels[i], _("Report of %s (%d%%, %s)"), tf->d.reports[i].reported_on,
                 tf->d.reports[i].percent, tf->d.reports[i].author);
        items[i + 1] = labels[i];
    }
    if (n > 0 && (k = ui_menu(_("Attachments of"), items, n + 1, 0)) < 0)
        return;
    if (k == 0) {
        snprintf(title, sizeof title, _("Attachments · %s  %s"), tf->d.t.number, tf->d.t.title);
        open_attachments("task", tf->id, title);
    } else {
        snprintf(title, sizeof title, _("Attachments · %s  %s"), tf->d.t.number, labels[k - 1]);
        open_attachments("task_report", tf->d.reports[k - 1].id, title);
    }
}

static int tform_command(struct screen *s, enum cmd c)
{
    struct tform *tf = s->priv;

    switch (c) {
    case CMD_BACK: case CMD_CANCEL: return tform_back(s);
    case CMD_ACTION: run_actions(s); return 1;
    case CMD_HISTORY: if (tf->id) open_task_timeline(tf->id); return 1;   /* scr_reader.c */
    case CMD_ATTACH: if (tf->id && tf->loaded) task_attachments(tf); return 1;   /* scr_attach.c */
    case CMD_REFRESH: if (tf->id) tf_refresh(tf); return 1;
    case CMD_PAGE_DOWN: if (tf->hscroll + 1 < tf->nhist) tf->hscroll += 5; if (tf->hscroll >= tf->nhist) tf->hscroll = tf->nhist ? tf->nhist - 1 : 0; return 1;
    case CMD_PAGE_UP: tf->hscroll = tf->hscroll > 5 ? tf->hscroll - 5 : 0; return 1;
    default: break;
    }
    switch (form_command(&tf->form, c)) {
    case FORM_UNHANDLED: return 0;
    case FORM_INVALID: ui_error("%s", tf->form.err); return 1;
    case FORM_SUBMIT:
        if (!tf->editable) ui_info(_("You may not edit this task; %s offers what you can do."), keymap_first_key(KCTX_FORM, CMD_ACTION));
        else if (!tf->id) save_new(s);
        else save_existing(s);
        return 1;
    default: return 1;
    }
}

static int tform_input(struct screen *s, const char *text, size_t len)
{
    struct tform *tf = s->priv;

    if (form_input(&tf->form, text, len) == FORM_INVALID) {
        if (!tf->editable) ui_info(_("Read only: %s offers what you can do with this task."), keymap_first_key(KCTX_FORM, CMD_ACTION));
        else ui_error("%s", tf->form.err);
    }
    return 1;
}

static void tform_load(struct screen *s, int why)
{
    struct tform *tf = s->priv;

    (void)why;
    if (tf->id) tf_refresh(tf);
}

/* This task, and any row of its notes, cards... (their payloads carry
 * their own ids); a new task watches nothing until it is created. */
static const struct ui_watch tform_watch[] = {
    { "task", UI_THIS_ROW }, { "task*", UI_ANY_ROW }, { NULL, 0 },
};

static int tform_can(struct screen *s, enum cmd c)
{
    struct tform *tf = s->priv;

    if (c == CMD_SAVE) return tf->editable;
    if (c == CMD_ACTION) return tf->id && tf->loaded && task_actions_count(&tf->d) > 0;
    return 1;
}

static void tform_subtitle(struct screen *s, char *buf, size_t bufsz)
{
    struct tform *tf = s->priv;

    snprintf(buf, bufsz, "%s", tf->id ? tf->d.t.number : _("new"));
}

static const enum cmd tform_cmds[] = {
    CMD_SAVE, CMD_ACTION, CMD_ATTACH, CMD_HISTORY, CMD_NEXT_FIELD, CMD_REFRESH, CMD_PAGE_DOWN, CMD_BACK, CMD_NONE
};

const struct screen_ops task_form_screen = {
    .name = "task",
    .title = N_("Task"),
    .ctx = KCTX_FORM,
    .cmds = tform_cmds,
    .can = tform_can,
    .priv_size = sizeof(struct tform),
    .watch = tform_watch,
    .load = tform_load,
    .open = tform_open,
    .close = tform_close,
    .draw = tform_draw,
    .command = tform_command,
    .input = tform_input,
    .save_draft = tform_save_draft,
    .unsaved = tform_unsaved,
    .drop_draft = drop_draft,
    .subtitle = tform_subtitle,
};

/* ---- openers ---- */

int open_task_form(long long task_id)
{
    struct open_arg a = { task_id, NULL };

    return ui_push(&task_form_screen, &a) ? 0 : -1;
}

int open_task_new(void)
{
    struct open_arg a = { 0, NULL };

    if (!ui_role_is("supervisor")) {
        ui_error("%s", _("Only supervisors create tasks."));
        return -1;
    }
    return ui_push(&task_form_screen, &a) ? 0 : -1;
}

int open_task_draft(const struct draft *d)
{
    struct open_arg a = { d->id, d };

    return ui_push(&task_form_screen, &a) ? 0 : -1;
}

void task_drafts_offer(void)
{
    const char *login = ui_app()->me.login;
    long long *ids;
    int n = drafts_list(login, "task", &ids);

    for (int i = 0; i < n; i++) {
        struct draft d;
        struct task_detail td;
        char q[512], number[32] = "", when[32];
        const char *title;

        if (draft_read(login, "task", ids[i], &d) <= 0) continue;
        if (ids[i] && task_detail_load(ui_app()->db, ids[i], &td) > 0) {
            strlcpy_utf8(number, td.t.number, sizeof number);
            task_detail_free(&td);
        }
        draft_saved_at(&d, when, sizeof when);
        title = draft_get(&d, "title") ? draft_get(&d, "title") : "";
        if (ids[i] && when[0])
            snprintf(q, sizeof q, _("Restore the unsaved edit of task %s (saved %s)?"), number[0] ? number : "?", when);
        else if (ids[i]) snprintf(q, sizeof q, _("Restore the unsaved edit of task %s?"), number[0] ? number : "?");
        else if (when[0]) snprintf(q, sizeof q, _("Restore the unsaved new task \"%s\" (saved %s)?"), title, when);
        else snprintf(q, sizeof q, _("Restore the unsaved new task \"%s\"?"), title);
        if (ui_confirm(q, 1) == 1 && open_task_draft(&d) == 0)
            ui_info(_("Your unsaved edit is back; press %s to save it."), keymap_first_key(KCTX_FORM, CMD_SAVE));
        else
            draft_remove(login, "task", ids[i]);
        draft_free(&d);
    }
    free(ids);
}
