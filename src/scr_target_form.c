/* scr_target_form.c — add or edit one target (unit × metric of a year):
 * the value, the date the responsibility agreement was signed, a note.
 *
 * No transaction is open while the form is on screen: an edit is saved
 * with the version it was read at (target_save), and when someone saved
 * in between, their values are shown and the user decides again. */

#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "form_drafts.h"
#include "i18n.h"
#include "model_targets.h"
#include "screen.h"
#include "targetui.h"
#include "ui.h"
#include "util.h"
#include "validate.h"
#include "widgets.h"

enum { F_UNIT, F_METRIC, F_VALUE, F_SIGNED, F_NOTE };

struct tform {
    struct form form;
    int year, id, version;        /* id 0: a new target */
    char unit_code[32], metric[40];
    struct screen *opener;        /* reloads after a save */
    char value_label[96];
    struct target_row theirs;     /* shown on the conflict screen */
    int have_theirs;
    char theirs_value[32];
    int from_draft;               /* a draft file exists for this form */
};

/* Draft keys of the form fields (unit and metric are kept separately). */
static const char *const tf_keys[] = { NULL, NULL, "value", "signed_on", "note" };

static void fill(struct tform *tf, const struct target_row *r)
{
    char v[32];

    tf->version = r->version;
    tgt_tidy(v, sizeof v, r->target_value);
    form_set(&tf->form, F_VALUE, v);
    form_set(&tf->form, F_SIGNED, r->signed_on);
    form_set(&tf->form, F_NOTE, r->note);
    form_clear_changed(&tf->form);
    form_mark_base(&tf->form);
}

static int tf_open(struct screen *s, void *arg)
{
    const struct target_form_arg *a = arg;
    struct tform *tf = s->priv;
    const char *metric = a->row ? a->row->metric : a->metric;

    tf->year = a->year;
    tf->opener = a->opener;
    tf->id = a->row ? a->row->id : 0;
    strlcpy_utf8(tf->unit_code, a->row ? a->row->unit_code : a->unit_code, sizeof tf->unit_code);
    strlcpy_utf8(tf->metric, metric, sizeof tf->metric);
    snprintf(tf->value_label, sizeof tf->value_label, _("Target (%s)"), target_metric_unit(metric));
    form_init(&tf->form);
    form_add_readonly(&tf->form, _("Unit"), a->row ? a->row->unit_name : a->unit_name);
    form_add_readonly(&tf->form, _("Metric"), target_metric_label(metric));
    form_add_text(&tf->form, tf->value_label, 16, validate_decimal2, 1);
    form_add_text(&tf->form, _("Signed on"), 10, validate_date_or_empty, 0);
    form_add_text(&tf->form, _("Note"), 200, NULL, 0);
    tf->form.cur = F_VALUE;
    if (a->row)
        fill(tf, a->row);
    if (a->draft) {
        form_draft_apply(&tf->form, tf_keys, a->draft);
        if (a->draft->version > 0) tf->version = a->draft->version;   /* the base */
        tf->from_draft = 1;
    }
    return 0;
}

static void tf_drop_draft(struct screen *s)
{
    struct tform *tf = s->priv;

    if (tf->from_draft) draft_remove(s->app->me.login, "target", tf->id);
    tf->from_draft = 0;
}

static void tf_save_draft(struct screen *s)
{
    struct tform *tf = s->priv;
    struct draft d;
    char year[16];

    if (!form_changed(&tf->form)) return;
    draft_init(&d, s->app->me.login, "target", tf->id, tf->version);
    snprintf(year, sizeof year, "%d", tf->year);
    draft_set(&d, "year", year);
    draft_set(&d, "unit_code", tf->unit_code);
    draft_set(&d, "unit_name", form_get(&tf->form, F_UNIT));
    draft_set(&d, "metric", tf->metric);
    form_draft_fill(&tf->form, tf_keys, &d);
    if (draft_write(&d) < 0) log_msg("could not write the draft of target %d", tf->id);
    else tf->from_draft = 1;
    draft_free(&d);
}

static int tf_unsaved(struct screen *s)
{
    return form_changed(&((struct tform *)s->priv)->form);
}

static void drop_theirs(struct tform *tf);

static void tf_close(struct screen *s)
{
    struct tform *tf = s->priv;
    form_free(&tf->form);
    drop_theirs(tf);
}

static void tf_draw(struct screen *s, WINDOW *w)
{
    struct tform *tf = s->priv;
    char line[160];

    snprintf(line, sizeof line, tf->id ? _("Target for %d") : _("New target for %d"), tf->year);
    ui_put_role(w, 0, 0, s->cols, line, ALIGN_LEFT, ROLE_DIM);
    form_draw(&tf->form, w, 2, 2, s->rows - 2, s->cols - 4);
}

static void save(struct screen *s, struct tform *tf);

static void drop_theirs(struct tform *tf)
{
    if (!tf->have_theirs) return;
    free(tf->theirs.target_value);
    free(tf->theirs.signed_on);
    free(tf->theirs.note);
    tf->have_theirs = 0;
}

/* theirs[form index] from tf->theirs (the read-only fields are not compared). */
static void theirs_values(struct tform *tf, const char **theirs)
{
    tgt_tidy(tf->theirs_value, sizeof tf->theirs_value, tf->theirs.target_value);
    theirs[F_UNIT] = theirs[F_METRIC] = NULL;
    theirs[F_VALUE] = tf->theirs_value;
    theirs[F_SIGNED] = tf->theirs.signed_on;
    theirs[F_NOTE] = tf->theirs.note;
}

static void resolve(void *arg, int keep_mine)
{
    struct screen *s = arg;
    struct tform *tf = s->priv;
    const char *theirs[F_NOTE + 1];

    if (!tf->have_theirs) return;
    if (keep_mine) {
        /* My changed fields over the version shown; the others are theirs. */
        theirs_values(tf, theirs);
        form_adopt_theirs(&tf->form, theirs);
        tf->version = tf->theirs.version;
        drop_theirs(tf);
        save(s, tf);
        return;
    }
    fill(tf, &tf->theirs);
    drop_theirs(tf);
    ui_info("%s", _("Their version is shown; your edits were dropped."));
}

/* Someone saved since the form was read: theirs / mine / base, field by
 * field; nothing typed is replaced until the user chooses. */
static void show_conflict(struct screen *s, struct tform *tf)
{
    struct target_row *rows = NULL;
    const char *theirs[F_NOTE + 1];
    char what[200];
    int n = 0;

    if (targets_list(ui_app()->db, tf->year, tf->unit_code, &rows, &n) < 0) {
        ui_db_error();
        return;
    }
    drop_theirs(tf);
    for (int i = 0; i < n; i++)
        if (rows[i].id == tf->id) {
            /* Only what the conflict needs, copied: rows are freed below. */
            memset(&tf->theirs, 0, sizeof tf->theirs);
            tf->theirs.id = rows[i].id;
            tf->theirs.version = rows[i].version;
            tf->theirs.target_value = xstrdup(rows[i].target_value ? rows[i].target_value : "");
            tf->theirs.signed_on = xstrdup(rows[i].signed_on ? rows[i].signed_on : "");
            tf->theirs.note = xstrdup(rows[i].note ? rows[i].note : "");
            tf->have_theirs = 1;
        }
    targets_free(rows, n);
    if (!tf->have_theirs) { ui_error("%s", _("This target no longer exists.")); return; }
    theirs_values(tf, theirs);
    snprintf(what, sizeof what, "%s · %s %d", form_get(&tf->form, F_UNIT)[0] ? form_get(&tf->form, F_UNIT) : tf->unit_code,
             target_metric_label(tf->metric), tf->year);
    form_conflict_open(&tf->form, theirs, what, "", "", resolve, s);
}

static void save(struct screen *s, struct tform *tf)
{
    db_t *db = ui_app()->db;
    const char *value = form_get(&tf->form, F_VALUE), *signed_on = form_get(&tf->form, F_SIGNED);
    const char *note = form_get(&tf->form, F_NOTE);
    int rc;

    if (tf->id == 0) {
        rc = target_add(db, tf->unit_code, tf->year, tf->metric, value, signed_on, note) > 0 ? 1 : -1;
    } else {
        rc = target_save(db, tf->id, tf->version, value, signed_on, note);
    }
    if (rc < 0) {
        ui_db_error();
    } else if (rc == 0) {
        show_conflict(s, tf);
    } else {
        ui_info(_("Target saved: %s, %s."), target_metric_label(tf->metric), value);
        form_clear_changed(&tf->form);
        tf_drop_draft(s);
        ui_mark_stale(tf->opener);
        ui_pop(s);
    }
}

static int tf_command(struct screen *s, enum cmd c)
{
    struct tform *tf = s->priv;

    if (c == CMD_BACK || c == CMD_CANCEL) {
        if (form_changed(&tf->form)) {
            switch (form_ask_leave()) {
            case FORM_LEAVE_DRAFT: tf_save_draft(s); break;
            case FORM_LEAVE_DISCARD: tf_drop_draft(s); break;
            default: return 1;
            }
        }
        ui_pop(s);
        return 1;
    }
    switch (form_command(&tf->form, c)) {
    case FORM_INVALID: ui_error("%s", tf->form.err); return 1;
    case FORM_SUBMIT: save(s, tf); return 1;
    case FORM_OK: return 1;
    default: return 0;
    }
}

static int tf_input(struct screen *s, const char *text, size_t len)
{
    struct tform *tf = s->priv;

    if (form_input(&tf->form, text, len) == FORM_INVALID)
        ui_error("%s", tf->form.err);
    return 1;
}

static const enum cmd tf_cmds[] = { CMD_SAVE, CMD_NEXT_FIELD, CMD_PREV_FIELD, CMD_NONE };

const struct screen_ops target_form_screen = {
    .name = "target-form", .title = N_("Target"), .ctx = KCTX_FORM, .cmds = tf_cmds,
    .priv_size = sizeof(struct tform), .open = tf_open, .close = tf_close, .draw = tf_draw,
    .command = tf_command, .input = tf_input,
    .save_draft = tf_save_draft, .unsaved = tf_unsaved, .drop_draft = tf_drop_draft,
};

/* Open the form of one kept draft: the row it edits (looked up again), or
 * a new target; 0 opened. */
static int open_target_draft(const struct draft *d)
{
    struct target_row *rows = NULL;
    int n = 0, year = atoi(draft_get(d, "year") ? draft_get(d, "year") : "0"), rc = -1;
    const char *unit = draft_get(d, "unit_code"), *metric = draft_get(d, "metric");
    struct target_form_arg a = { year, NULL, unit, draft_get(d, "unit_name"), metric, NULL, d };

    if (!unit || !metric) return -1;
    if (d->id && targets_list(ui_app()->db, year, unit, &rows, &n) < 0) return -1;
    for (int i = 0; i < n; i++)
        if (rows[i].id == d->id) a.row = &rows[i];
    if (!d->id || a.row) rc = ui_push(&target_form_screen, &a) ? 0 : -1;
    targets_free(rows, n);
    return rc;
}

void target_drafts_offer(void)
{
    const char *login = ui_app()->me.login;
    long long *ids;
    int n = drafts_list(login, "target", &ids);

    for (int i = 0; i < n; i++) {
        struct draft d;
        char q[512];

        if (draft_read(login, "target", ids[i], &d) <= 0) continue;
        snprintf(q, sizeof q, _("Restore the unsaved edit of the target %s · %s %s?"),
                 draft_get(&d, "unit_name") ? draft_get(&d, "unit_name") : "?",
                 target_metric_label(draft_get(&d, "metric") ? draft_get(&d, "metric") : ""),
                 draft_get(&d, "year") ? draft_get(&d, "year") : "?");
        if (ui_confirm(q, 1) == 1 && open_target_draft(&d) == 0)
            ui_info(_("Your unsaved edit is back; press %s to save it."), keymap_first_key(KCTX_FORM, CMD_SAVE));
        else
            draft_remove(login, "target", ids[i]);
        draft_free(&d);
    }
    free(ids);
}
