/* scr_villages.c — villages and communities: days since the last patrol
 * (全覆盖: a village not patrolled within its unit's interval, e.g. a week,
 * stands out and is listed first — migration 160), open violation
 * cases, and the violation-free title (无违村): the town applies, a
 * supervisor inspects, certifies after a passed inspection, or revokes; a
 * new violation takes it away (by trigger in the database). */
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
#include "widgets.h"

struct villages {
    struct list_widget list;
    struct village_row *rows;
    int n;
    char tmp[2][32];
};

static const struct list_col cols[] = {
    { N_("Village / community"), 12, 2, ALIGN_LEFT },
    { N_("Unit"), 10, 1, ALIGN_LEFT },
    { N_("Last patrol"), 11, 0, ALIGN_LEFT },
    { N_("Days"), 5, 0, ALIGN_RIGHT },
    { N_("Open cases"), 10, 0, ALIGN_RIGHT },
    { N_("Violation-free"), 14, 0, ALIGN_LEFT },
};

static const char *cell(void *arg, int r, int c)
{
    struct villages *v = arg;
    const struct village_row *x = &v->rows[r];

    switch (c) {
    case 0: return x->name;
    case 1: return x->unit_name;
    case 2: return x->last_patrol[0] ? x->last_patrol : _("never");
    case 3:
        if (x->days_since < 0) return "";
        snprintf(v->tmp[0], sizeof v->tmp[0], "%d", x->days_since);
        return v->tmp[0];
    case 4: snprintf(v->tmp[1], sizeof v->tmp[1], "%d", x->open_violations); return v->tmp[1];
    default:
        if (x->free_since[0]) return x->free_since;
        if (strcmp(x->title_state, "applied") == 0) return _("applied");
        if (strcmp(x->title_state, "passed") == 0) return _("passed");
        if (strcmp(x->title_state, "failed") == 0) return _("not passed");
        return _("no");
    }
}

static enum role row_role(void *arg, int r)
{
    const struct village_row *x = &((struct villages *)arg)->rows[r];

    if (x->free_since[0]) return ROLE_OK;
    if (x->overdue) return ROLE_WARNING;
    return ROLE_NORMAL;
}

static void load(struct villages *v)
{
    int sel = v->list.sel, keep = sel >= 0 && sel < v->n ? v->rows[sel].id : 0;

    free(v->rows);
    v->n = village_status_list(ui_app()->db, ui_role_is("staff") ? ui_app()->me.unit_id : 0, &v->rows);
    if (v->n < 0) { ui_db_error(); v->n = 0; }
    for (int i = 0; keep && i < v->n; i++)
        if (v->rows[i].id == keep) sel = i;
    list_set_rows(&v->list, v->n, sel < 0 ? 0 : sel);
}

/* Staff: apply for the title of the selected village (申请). */
static void apply(struct villages *v, const struct village_row *x)
{
    char on[16], today[16], note[608], q[256];

    district_today(today, sizeof today);
    snprintf(q, sizeof q, _("Apply for the violation-free title of %s on (YYYY-MM-DD)"), x->name);
    if (!ui_prompt(q, today, on, sizeof on, validate_date_past)) return;
    if (!ui_prompt(_("Note for the inspection (optional)"), "", note, sizeof note, NULL)) return;
    if (village_apply(ui_app()->db, x->id, on, note) < 0) { ui_db_error(); return; }
    ui_info(_("Applied for %s; a supervisor inspects it."), x->name);
    load(v);
}

enum title_step { T_PASS, T_FAIL, T_CERTIFY, T_REVOKE, T__N };

/* Supervisors: inspect (passed / not passed), certify, revoke. */
static void title_step(struct villages *v, const struct village_row *x)
{
    const char *items[T__N] = { _("Inspected: passed"), _("Inspected: not passed"),
                                _("Certify violation-free"), _("Revoke the title") };
    char on[16], today[16], text[608], q[256];
    int k = ui_menu(x->name, items, T__N, x->free_since[0] ? T_REVOKE : x->title_state[0] == 'p' ? T_CERTIFY : T_PASS);
    int rc;

    if (k < 0) return;
    district_today(today, sizeof today);
    snprintf(q, sizeof q, k == T_CERTIFY ? _("Certify %s as violation-free on (YYYY-MM-DD)")
                                         : _("Date for %s (YYYY-MM-DD)"), x->name);
    if (!ui_prompt(q, today, on, sizeof on, validate_date_past)) return;
    text[0] = '\0';
    if (k == T_FAIL && !ui_prompt(_("What did the inspection find?"), "", text, sizeof text, validate_nonempty)) return;
    if (k == T_PASS && !ui_prompt(_("Inspection note (optional)"), "", text, sizeof text, NULL)) return;
    if (k == T_REVOKE && !ui_prompt(_("Reason for revoking the title"), "", text, sizeof text, validate_nonempty)) return;
    rc = k == T_CERTIFY ? village_certify(ui_app()->db, x->id, on)
       : k == T_REVOKE ? village_revoke(ui_app()->db, x->id, on, text)
       : village_inspect(ui_app()->db, x->id, on, k == T_PASS, text);
    if (rc < 0) { ui_db_error(); return; }
    /* Say it before reloading: load() frees the row x points into. */
    if (k == T_CERTIFY) ui_info(_("%s is certified violation-free since %s."), x->name, on);
    else if (k == T_REVOKE) ui_info(_("%s no longer holds the violation-free title."), x->name);
    else ui_info(_("Inspection of %s recorded."), x->name);
    load(v);
}

static void title_action(struct villages *v)
{
    if (v->list.sel < 0 || v->list.sel >= v->n) return;
    if (ui_role_is("supervisor")) title_step(v, &v->rows[v->list.sel]);
    else if (ui_role_is("staff")) apply(v, &v->rows[v->list.sel]);
}

static void open_cases(struct villages *v)
{
    struct case_filter f;

    if (v->list.sel < 0 || v->list.sel >= v->n) return;
    memset(&f, 0, sizeof f);
    f.village_id = v->rows[v->list.sel].id;
    f.sort = CASE_SORT_OPENED;
    f.descending = 1;
    if (open_case_list(&f) == 0) cases_name_village(v->rows[v->list.sel].name);
}

static int vl_open(struct screen *s, void *arg)
{
    struct villages *v = s->priv;

    (void)arg;
    list_init(&v->list, cols, (int)ARRAY_SIZE(cols), cell, v);
    v->list.row_role = row_role;
    v->list.empty_text = _("No villages.");
    if (s->app->db) load(v);
    return 0;
}

static void vl_close(struct screen *s)
{
    struct villages *v = s->priv;

    free(v->rows);
}

static void vl_draw(struct screen *s, WINDOW *w)
{
    struct villages *v = s->priv;
    int cw = getmaxx(w), nfree = 0;
    char line[256];

    for (int i = 0; i < v->n; i++) nfree += v->rows[i].free_since[0] != '\0';
    if (ui_role_is("supervisor"))
        snprintf(line, sizeof line, _("%d villages, %d violation-free · %s: inspect, certify, revoke · %s: its cases"),
                 v->n, nfree, keymap_first_key(KCTX_LIST, CMD_ACTION), keymap_first_key(KCTX_LIST, CMD_OPEN));
    else if (ui_role_is("staff"))
        snprintf(line, sizeof line, _("%d villages, %d violation-free · %s: apply for the title · %s: its cases"),
                 v->n, nfree, keymap_first_key(KCTX_LIST, CMD_ACTION), keymap_first_key(KCTX_LIST, CMD_OPEN));
    else
        snprintf(line, sizeof line, _("%d villages, %d violation-free · %s: its cases"), v->n, nfree,
                 keymap_first_key(KCTX_LIST, CMD_OPEN));
    ui_put_role(w, 0, 1, cw - 2, line, ALIGN_LEFT, ROLE_DIM);
    list_draw(&v->list, w, 1, 1, getmaxy(w) - 1, cw - 2);
}

static int vl_command(struct screen *s, enum cmd c)
{
    struct villages *v = s->priv;

    switch (c) {
    case CMD_ACTION:
        if (!ui_role_is("supervisor") && !ui_role_is("staff")) return 0;
        title_action(v);
        return 1;
    case CMD_REFRESH: load(v); return 1;
    default: break;
    }
    switch (list_command(&v->list, c)) {
    case LIST_UNHANDLED: return 0;
    case LIST_OPEN: open_cases(v); return 1;
    default: return 1;
    }
}

static int vl_can(struct screen *s, enum cmd c)
{
    (void)s;
    return c != CMD_ACTION || ui_role_is("supervisor") || ui_role_is("staff");
}

static void vl_load(struct screen *s, int why)
{
    (void)why;
    load(s->priv);
}

static const struct ui_watch vl_watch[] = {
    { "village_certification", UI_ANY_ROW }, { "village_application", UI_ANY_ROW }, { "patrol*", UI_ANY_ROW },
    { "case_file", UI_ANY_ROW }, { "violation", UI_ANY_ROW }, { NULL, 0 },
};

static int vl_visible(const struct app *app)
{
    return strcmp(app->me.role, "staff") == 0 || strcmp(app->me.role, "supervisor") == 0
        || strcmp(app->me.role, "inspector") == 0;
}

static const enum cmd vl_cmds[] = { CMD_OPEN, CMD_ACTION, CMD_REFRESH, CMD_NONE };

const struct screen_ops villages_screen = {
    .name = "villages",
    .title = N_("Villages"),
    .ctx = KCTX_LIST,
    .cmds = vl_cmds,
    .visible = vl_visible,
    .can = vl_can,
    .priv_size = sizeof(struct villages),
    .watch = vl_watch,
    .load = vl_load,
    .open = vl_open,
    .close = vl_close,
    .draw = vl_draw,
    .command = vl_command,
};
