/* scr_disc_record.c — one discipline record for an inspector: facts,
 * links, review and disposition, and its history from the confidential
 * audit chain; the actions menu offers only the legal next steps:
 *
 *   received            → start preliminary review (deadline)
 *   preliminary_review  → talk/letter | investigation | set aside (reason) | conclude
 *   talk_letter         → investigation | conclude
 *   investigation       → conclude (disposition, date, decision number)
 *
 * (the same graph sql/031 enforces; the database still decides, and its
 * refusal is shown as the sentence db_errmsg gives).  Every transition
 * carries the version on screen, so a record changed meanwhile by another
 * inspector is refused rather than overwritten. */

#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "discui.h"
#include "district.h"
#include "i18n.h"
#include "model_discipline.h"
#include "model_ref.h"
#include "screen.h"
#include "screens.h"
#include "ui.h"
#include "util.h"
#include "validate.h"
#include "widgets.h"

#define REFRESH_MS 30000

struct record {
    long long id;
    struct disc_detail d;
    int loaded;
    struct textview tv;
};

static void put_field(FILE *f, const char *label, const char *value)
{
    if (value && *value)
        fprintf(f, "%s: %s\n", label, value);
}

/* Linked cases and tasks by the numbers people read, never the ids. */
static void put_ids(FILE *f, const char *label, const long long *ids, int n, int cases)
{
    if (n <= 0)
        return;
    fprintf(f, "%s:", label);
    for (int i = 0; i < n; i++) {
        char no[64] = "";
        (cases ? ref_case_number : ref_task_number)(ui_app()->db, ids[i], no, sizeof no);
        fprintf(f, " %s", no[0] ? no : "—");
    }
    fputc('\n', f);
}

static void put_history(FILE *f, long long id)
{
    struct disc_event *ev;
    int n;

    fprintf(f, "\n## %s\n", _("History"));
    if (disc_history(ui_app()->db, id, &ev, &n) < 0) {
        fprintf(f, "!! %s\n", db_errmsg(ui_app()->db));
        return;
    }
    for (int i = 0; i < n; i++) {
        const struct disc_event *e = &ev[i];
        if (strcmp(e->op, "INSERT") == 0)
            fprintf(f, "%s  %s  %s\n", e->at, e->login, _("flag received"));
        else if (strcmp(e->from_status, e->to_status) != 0)
            fprintf(f, "%s  %s  %s → %s  %s\n", e->at, e->login, disc_status_label(e->from_status),
                    disc_status_label(e->to_status), e->detail);
        else
            fprintf(f, "%s  %s  %s\n", e->at, e->login, _("updated"));
    }
    disc_events_free(ev, n);
}

/* The whole record as text for the view. */
static char *render(const struct disc_detail *d)
{
    char *buf = NULL, line[256];
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);

    fprintf(f, "## %s  [%s]\n", d->receipt, disc_status_label(d->status));
    snprintf(line, sizeof line, _("%s (%s)"), d->official_name, d->unit_name);
    put_field(f, _("Official"), line);
    put_field(f, _("Category"), disc_category_label(d->category));
    put_field(f, _("Received"), d->received_at);
    if (d->flagger_name[0]) {
        snprintf(line, sizeof line, _("%s (%s)"), d->flagger_name, d->flagger_unit);
        put_field(f, _("Flagged by"), line);
    } else {
        put_field(f, _("Flagged by"), _("automatic (overdue task)"));
    }
    put_field(f, _("Review started"), d->review_started_on);
    put_field(f, _("Review due"), d->review_due);
    put_field(f, _("Reviewer"), d->reviewer_name);
    put_field(f, _("Disposition"), d->disposition[0] ? disc_disposition_label(d->disposition) : "");
    put_field(f, _("Decided on"), d->disposition_on);
    put_field(f, _("Decision number"), d->decision_no);
    put_field(f, _("Decided by"), d->decided_by_name);
    put_field(f, _("Closed"), d->closed_at);
    put_ids(f, _("Linked cases"), d->case_ids, d->ncases, 1);
    put_ids(f, _("Linked tasks"), d->task_ids, d->ntasks, 0);
    fprintf(f, "\n## %s\n%s\n", _("Facts"), d->facts);
    if (d->note[0])
        fprintf(f, "\n## %s\n%s\n", _("Notes"), d->note);
    put_history(f, d->id);
    fclose(f);
    return buf;
}

static int load(struct record *rc)
{
    int found;

    if (rc->loaded)
        disc_detail_free(&rc->d);
    rc->loaded = 0;
    found = disc_get(ui_app()->db, rc->id, &rc->d);
    if (found < 0) {
        ui_db_error();
        return -1;
    }
    if (found == 0) {
        ui_error("%s", _("This discipline record does not exist."));
        return -1;
    }
    rc->loaded = 1;
    char *text = render(&rc->d);
    textview_keep_set(&rc->tv, text);
    free(text);
    return 0;
}

/* ---- the actions ---- */

static int not_empty(const char *v, char *err, size_t errsz)
{
    if (v[strspn(v, " ")] != '\0')
        return 0;
    snprintf(err, errsz, "%s", _("This cannot be empty."));
    return -1;
}

enum act { A_START, A_TALK, A_INVESTIGATE, A_SET_ASIDE, A_CONCLUDE, A__N };

static const char *const act_labels[A__N] = {
    N_("Start preliminary review"), N_("Route to talk or letter inquiry"),
    N_("Route to investigation"), N_("Set aside (with a reason)"),
    N_("Conclude with a disposition"),
};

static int offered(const char *st, enum act *acts)
{
    int n = 0;

    if (strcmp(st, "received") == 0) {
        acts[n++] = A_START;
    } else if (strcmp(st, "preliminary_review") == 0) {
        acts[n++] = A_TALK; acts[n++] = A_INVESTIGATE; acts[n++] = A_SET_ASIDE; acts[n++] = A_CONCLUDE;
    } else if (strcmp(st, "talk_letter") == 0) {
        acts[n++] = A_INVESTIGATE; acts[n++] = A_CONCLUDE;
    } else if (strcmp(st, "investigation") == 0) {
        acts[n++] = A_CONCLUDE;
    }
    return n;
}

/* Ask what a conclusion needs and run it; 0 done, -1 refused, 1 cancelled. */
static int conclude(struct record *rc)
{
    const char *items[16];
    char date[16], today[16], number[128], note[512];
    int n = 0, i;

    for (; disc_dispositions[n] && n < 16; n++)
        items[n] = disc_disposition_label(disc_dispositions[n]);
    if ((i = ui_menu(_("Disposition"), items, n, 0)) < 0)
        return 1;
    district_today(today, sizeof today);
    if (!ui_prompt(_("Date of the decision (YYYY-MM-DD)"), today, date, sizeof date, validate_date_any) ||
        !ui_prompt(_("Decision document number"), "", number, sizeof number, not_empty) ||
        !ui_prompt(_("Note (optional)"), "", note, sizeof note, NULL))
        return 1;
    return disc_conclude(ui_app()->db, rc->id, disc_dispositions[i], date, number, note,
                         rc->d.version);
}

static int run(struct record *rc, enum act a)
{
    db_t *db = ui_app()->db;
    char due[16], def[16], note[512];

    switch (a) {
    case A_START:
        district_date_after(30, def, sizeof def);
        if (!ui_prompt(_("Review deadline (YYYY-MM-DD)"), def, due, sizeof due, validate_date_any))
            return 1;
        return disc_start_review(db, rc->id, due, rc->d.version);
    case A_TALK:
    case A_INVESTIGATE:
        if (!ui_prompt(_("Note (optional)"), "", note, sizeof note, NULL))
            return 1;
        return disc_route(db, rc->id, a == A_TALK ? "talk_letter" : "investigation", note,
                          rc->d.version);
    case A_SET_ASIDE:
        if (!ui_prompt(_("Why is it set aside?"), "", note, sizeof note, not_empty))
            return 1;
        return disc_route(db, rc->id, "set_aside", note, rc->d.version);
    default:
        return conclude(rc);
    }
}

static void actions(struct screen *s)
{
    struct record *rc = s->priv;
    enum act acts[A__N];
    const char *items[A__N];
    int n, i, rcode;

    if (!rc->loaded)
        return;
    n = offered(rc->d.status, acts);
    if (n == 0) {
        ui_info("%s", _("This record is closed: there is no further step."));
        return;
    }
    for (i = 0; i < n; i++)
        items[i] = _(act_labels[acts[i]]);
    if ((i = ui_menu(_("Next step"), items, n, 0)) < 0)
        return;
    rcode = run(rc, acts[i]);
    if (rcode < 0) {
        ui_db_error();          /* before load() replaces the connection's message */
        return;
    }
    if (rcode == 0) {
        load(rc);
        disc_list_changed();
        ui_info(_("Done: %s."), disc_status_label(rc->d.status));
    }
    ui_dirty(s);
}


/* ---- the screen ---- */

static int rec_open(struct screen *s, void *arg)
{
    struct record *rc = s->priv;

    rc->id = *(const long long *)arg;
    if (load(rc) < 0) {
        textview_free(&rc->tv);
        return -1;
    }
    ui_timer(s, REFRESH_MS);
    return 0;
}

static void rec_close(struct screen *s)
{
    struct record *rc = s->priv;
    if (rc->loaded)
        disc_detail_free(&rc->d);
    textview_free(&rc->tv);
}

static void rec_draw(struct screen *s, WINDOW *w)
{
    struct record *rc = s->priv;
    textview_draw(&rc->tv, w, 0, s->rows, s->cols);
}

static void rec_timer(struct screen *s)
{
    load(s->priv);
    ui_dirty(s);
    ui_timer(s, REFRESH_MS);
}

static int rec_command(struct screen *s, enum cmd c)
{
    struct record *rc = s->priv;

    switch (c) {
    case CMD_ACTION: actions(s); return 1;
    case CMD_REFRESH: load(rc); return 1;
    case CMD_EVIDENCE: open_evidence(rc->d.official_id, rc->d.official_name); return 1;
    case CMD_FLAG: return 0;
    default: return textview_command(&rc->tv, c);
    }
}

static void rec_subtitle(struct screen *s, char *buf, size_t bufsz)
{
    textview_position(&((struct record *)s->priv)->tv, buf, bufsz);
}

static const enum cmd rec_cmds[] = { CMD_ACTION, CMD_EVIDENCE, CMD_REFRESH, CMD_BACK, CMD_NONE };

static const struct screen_ops record_screen = {
    .name = "discipline-record", .title = N_("Discipline record"), .ctx = KCTX_LIST,
    .priv_size = sizeof(struct record),
    .cmds = rec_cmds, .open = rec_open, .close = rec_close, .draw = rec_draw,
    .command = rec_command, .timer = rec_timer, .subtitle = rec_subtitle,
};

void disc_record_actions(struct screen *s)
{
    if (s && s->ops == &record_screen && s->priv)
        actions(s);
}

int open_disc_record(long long id)
{
    return ui_push(&record_screen, &id) ? 0 : -1;
}
