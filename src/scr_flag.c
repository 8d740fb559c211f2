/* scr_flag.c — flag an official (举报): open to every role.
 *
 * The flagger names the official (picked from the directory by name), a
 * category, the facts and optionally the cases and tasks concerned.  What
 * comes back is a receipt number and nothing else: the flag goes where
 * only discipline inspectors read it, and the form never shows a count or
 * a status of anything already on file.  No transaction is held while the
 * form is open; flag_official runs once, on submit. */

#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "caseui.h"
#include "discui.h"
#include "form_drafts.h"
#include "i18n.h"
#include "model_discipline.h"
#include "screen.h"
#include "screens.h"
#include "ui.h"
#include "util.h"
#include "widgets.h"

#define MAX_REFS 20

enum { F_OFFICIAL, F_CATEGORY, F_FACTS, F_CASES, F_TASKS };

struct flag {
    struct form form;
    const char *cat_labels[16];
    int official_id;
    char resolved[256];       /* the directory line the official field shows */
    char receipt[40];         /* set once filed: the form turns into the receipt */
    char cases_label[128];    /* names the key that opens the case picker */
};

/* The directory line for an official: "张三（新城街道办）". */
static void set_official(struct flag *fl, const struct disc_official *o)
{
    fl->official_id = o->id;
    snprintf(fl->resolved, sizeof fl->resolved, _("%s (%s)"), o->name, o->unit_name);
    form_set(&fl->form, F_OFFICIAL, fl->resolved);
}

/* Choose among directory matches for text; 1 chosen, 0 not. */
static int pick_official(struct flag *fl, const char *text)
{
    struct disc_official *rows;
    int n, chosen = -1;

    if (!*text) {
        ui_error("%s", _("Type the name of the official to flag."));
        return 0;
    }
    if (disc_official_find(ui_app()->db, text, 30, &rows, &n) < 0) {
        ui_db_error();
        return 0;
    }
    if (n == 0) {
        ui_error(_("No active official is named \"%s\"."), text);
    } else if (n == 1) {
        chosen = 0;
    } else {
        char **items = xcalloc((size_t)n, sizeof *items);
        for (int i = 0; i < n; i++)
            items[i] = xasprintf("%s  %s", rows[i].name, rows[i].unit_name);   /* names, no login */
        chosen = ui_menu(_("Which official?"), (const char *const *)items, n, 0);
        for (int i = 0; i < n; i++)
            free(items[i]);
        free(items);
    }
    if (chosen >= 0)
        set_official(fl, &rows[chosen]);
    disc_officials_free(rows, n);
    return chosen >= 0;
}

/* The official field is settled when it still shows the chosen line. */
static int official_ok(struct flag *fl)
{
    const char *text = form_get(&fl->form, F_OFFICIAL);

    if (fl->official_id > 0 && strcmp(text, fl->resolved) == 0)
        return 1;
    fl->official_id = 0;
    return pick_official(fl, text);
}

/* "ZS-2024-000123, 42" → ids the caller can see; 0 ok, -1 (message shown). */
static int parse_refs(const char *kind, const char *text, long long *ids, int *n)
{
    char *copy = xstrdup(text), *save = NULL;
    int rc = 0;

    *n = 0;
    /* ASCII separators; a Chinese comma or 、 is turned into one first */
    for (char *p; (p = strstr(copy, "，")) || (p = strstr(copy, "、")); )
        memset(p, ' ', 3);
    for (char *tok = strtok_r(copy, " ,;\t", &save); tok; tok = strtok_r(NULL, " ,;\t", &save)) {
        long long id;
        int found = *n < MAX_REFS ? disc_ref_id(ui_app()->db, kind, tok, &id) : -2;
        if (found == -2) {
            ui_error(_("At most %d cases and %d tasks can be named."), MAX_REFS, MAX_REFS);
            rc = -1;
        } else if (found < 0) {
            ui_db_error();
            rc = -1;
        } else if (found == 0) {
            ui_error(strcmp(kind, "case") == 0 ? _("There is no case %s that you can see.")
                                                : _("There is no task %s that you can see."), tok);
            rc = -1;
        } else {
            ids[(*n)++] = id;
        }
        if (rc)
            break;
    }
    free(copy);
    return rc;
}

static void submit(struct screen *s)
{
    struct flag *fl = s->priv;
    long long cases[MAX_REFS], tasks[MAX_REFS];
    int ncases, ntasks;

    if (!official_ok(fl)) {
        fl->form.cur = F_OFFICIAL;
        return;
    }
    if (parse_refs("case", form_get(&fl->form, F_CASES), cases, &ncases) < 0 ||
        parse_refs("task", form_get(&fl->form, F_TASKS), tasks, &ntasks) < 0)
        return;
    if (disc_flag(ui_app()->db, fl->official_id,
                  disc_categories[form_choice(&fl->form, F_CATEGORY)],
                  form_get(&fl->form, F_FACTS), cases, ncases, tasks, ntasks,
                  fl->receipt, sizeof fl->receipt) < 0) {
        fl->receipt[0] = '\0';
        ui_db_error();
        return;
    }
    ui_info(_("Flag received. Receipt number %s."), fl->receipt);
    draft_remove(ui_app()->me.login, "flag", 0);
}

/* ---- drafts: one unfiled flag per person (id 0), kept when the session
 * dies or on "keep as draft" ---- */

static const char *const flag_keys[] = { "official", "category", "facts", "cases", "tasks" };
static const struct draft *restoring;   /* set by flag_draft_open around ui_push */

static void flag_save_draft(struct screen *s)
{
    struct flag *fl = s->priv;
    struct draft d;
    char id[16];

    if (fl->receipt[0] || !form_changed(&fl->form)) return;
    draft_init(&d, s->app->me.login, "flag", 0, 0);
    form_draft_fill(&fl->form, flag_keys, &d);
    snprintf(id, sizeof id, "%d", fl->official_id);
    draft_set(&d, "official_id", id);
    if (draft_write(&d) < 0) log_msg("could not write the draft of a flag");
    draft_free(&d);
}

static void flag_drop_draft(struct screen *s)
{
    draft_remove(s->app->me.login, "flag", 0);
}

static int flag_unsaved(struct screen *s)
{
    struct flag *fl = s->priv;

    return !fl->receipt[0] && form_changed(&fl->form);
}

static int flag_open(struct screen *s, void *arg)
{
    struct flag *fl = s->priv;
    int official_id = (int)(long)arg, n = 0;

    for (; disc_categories[n] && n < 15; n++)
        fl->cat_labels[n] = disc_category_label(disc_categories[n]);
    form_init(&fl->form);
    form_add_text(&fl->form, _("Official"), 60, NULL, 1);
    form_add_choice(&fl->form, _("Category"), fl->cat_labels, n);
    form_add_text(&fl->form, _("Facts"), 4000, NULL, 1);
    snprintf(fl->cases_label, sizeof fl->cases_label, _("Cases (numbers; %s picks one)"),
             keymap_first_key(KCTX_FORM, CMD_ACTION));
    form_add_text(&fl->form, fl->cases_label, 400, NULL, 0);
    form_add_text(&fl->form, _("Tasks (numbers)"), 400, NULL, 0);
    if (restoring && draft_get(restoring, "official_id"))
        official_id = atoi(draft_get(restoring, "official_id"));
    if (official_id > 0) {
        struct disc_official o;
        int rc = disc_official_get(ui_app()->db, official_id, &o);
        if (rc < 0)
            ui_db_error();
        if (rc == 1) {
            set_official(fl, &o);
            fl->form.cur = F_CATEGORY;
            disc_official_clear(&o);
        }
    }
    form_clear_changed(&fl->form);
    if (restoring) form_draft_apply(&fl->form, flag_keys, restoring);
    return 0;
}

static void flag_close(struct screen *s)
{
    struct flag *fl = s->priv;
    form_free(&fl->form);
}

static void draw_receipt(struct flag *fl, WINDOW *w, int cols)
{
    char line[160];

    ui_put_role(w, 1, 2, cols - 4, _("Your flag has been received."), ALIGN_LEFT, ROLE_OK);
    snprintf(line, sizeof line, _("Receipt number: %s"), fl->receipt);
    ui_put_role(w, 3, 2, cols - 4, line, ALIGN_LEFT, ROLE_TITLE);
    ui_put(w, 5, 2, cols - 4, _("Keep this number. With it you can see whether the flag is"), ALIGN_LEFT);
    ui_put(w, 6, 2, cols - 4, _("still open or closed, and nothing more."), ALIGN_LEFT);
    {
        char line2[128];
        snprintf(line2, sizeof line2, _("Press %s to close."), keymap_first_key(KCTX_LIST, CMD_BACK));
        ui_put_role(w, 8, 2, cols - 4, line2, ALIGN_LEFT, ROLE_DIM);
    }
}

static void flag_draw(struct screen *s, WINDOW *w)
{
    struct flag *fl = s->priv;

    if (fl->receipt[0]) {
        draw_receipt(fl, w, s->cols);
        return;
    }
    ui_put_role(w, 0, 1, s->cols - 2,
                _("Only discipline inspectors read flags; the official is never told who flagged."),
                ALIGN_LEFT, ROLE_DIM);
    form_draw(&fl->form, w, 2, 1, s->rows - 2, s->cols - 2);
}

/* The case picker (scr_case_pick.c) adds the number of the case chosen to
 * the cases field. */
static void add_picked_case(struct flag *fl)
{
    char no[32], *v;
    const char *cur = form_get(&fl->form, F_CASES);

    if (case_pick(_("Case number"), no, sizeof no) <= 0) return;
    if (strstr(cur, no)) return;
    v = xasprintf("%s%s%s", cur, cur[0] ? ", " : "", no);
    form_set(&fl->form, F_CASES, v);
    free(v);
}

static int flag_command(struct screen *s, enum cmd c)
{
    struct flag *fl = s->priv;
    enum form_result r;

    if (fl->receipt[0])
        return c == CMD_SAVE || c == CMD_NEXT_FIELD || c == CMD_PREV_FIELD;
    if (c == CMD_BACK && form_changed(&fl->form)) {
        switch (form_ask_leave()) {
        case FORM_LEAVE_DRAFT: flag_save_draft(s); ui_pop(s); return 1;
        case FORM_LEAVE_DISCARD: draft_remove(s->app->me.login, "flag", 0); ui_pop(s); return 1;
        default: return 1;
        }
    }
    if (c == CMD_ACTION && fl->form.cur == F_CASES) {
        add_picked_case(fl);
        return 1;
    }
    if ((c == CMD_NEXT_FIELD || c == CMD_PREV_FIELD) && fl->form.cur == F_OFFICIAL &&
        !official_ok(fl))
        return 1;
    r = form_command(&fl->form, c);
    if (r == FORM_INVALID)
        ui_error("%s", fl->form.err);
    else if (r == FORM_SUBMIT)
        submit(s);
    return r != FORM_UNHANDLED;
}

static int flag_input(struct screen *s, const char *text, size_t len)
{
    struct flag *fl = s->priv;

    if (fl->receipt[0]) {
        if (len == 1 && (text[0] == 'q' || text[0] == '\r'))
            ui_pop(s);
        return 1;
    }
    if (form_input(&fl->form, text, len) == FORM_INVALID)
        ui_error("%s", fl->form.err);
    return 1;
}

static const enum cmd flag_cmds[] = { CMD_SAVE, CMD_NEXT_FIELD, CMD_PREV_FIELD, CMD_ACTION, CMD_BACK, CMD_NONE };

static const struct screen_ops flag_screen = {
    .name = "flag", .title = N_("Flag an official"), .ctx = KCTX_FORM, .cmds = flag_cmds,
    .priv_size = sizeof(struct flag),
    .open = flag_open, .close = flag_close, .draw = flag_draw,
    .command = flag_command, .input = flag_input,
    .save_draft = flag_save_draft, .unsaved = flag_unsaved, .drop_draft = flag_drop_draft,
};

/* At start: the unfiled flag kept as a draft, offered. */
void flag_drafts_offer(void)
{
    const char *login = ui_app()->me.login;
    struct draft d;

    if (draft_read(login, "flag", 0, &d) <= 0) return;
    restoring = &d;
    if (ui_confirm(_("Restore the flag you had not filed yet?"), 1) == 1 && ui_push(&flag_screen, NULL))
        ui_info(_("Your unsaved edit is back; press %s to save it."), keymap_first_key(KCTX_FORM, CMD_SAVE));
    else
        draft_remove(login, "flag", 0);
    restoring = NULL;
    draft_free(&d);
}

int open_flag_form(int official_id)
{
    if (official_id <= 0) {
        char name[128];
        struct flag probe = { .official_id = 0 };
        struct screen *s;
        if (!ui_prompt(_("Name of the official to flag"), "", name, sizeof name, NULL))
            return -1;
        form_init(&probe.form);
        form_add_text(&probe.form, "", 60, NULL, 0);
        if (!pick_official(&probe, name)) {
            form_free(&probe.form);
            return -1;
        }
        official_id = probe.official_id;
        form_free(&probe.form);
        s = ui_push(&flag_screen, (void *)(long)official_id);
        return s ? 0 : -1;
    }
    return ui_push(&flag_screen, (void *)(long)official_id) ? 0 : -1;
}

int disc_flag_command(struct app *app)
{
    const char *items[2];
    (void)app;

    items[0] = _("Flag an official...");
    items[1] = _("My flag receipts");
    switch (ui_menu(_("Flag an official"), items, 2, 0)) {
    case 0: open_flag_form(0); break;
    case 1: open_receipts(); break;
    default: break;
    }
    return 1;
}

int disc_is_inspector(const struct app *app)
{
    return app && strcmp(app->me.role, "inspector") == 0;
}
