/* scr_patrols.c — patrol logs (巡查): the latest patrols of the unit, a new
 * patrol with the villages it covered and its members, and recording a
 * finding — which opens a violation case found on that patrol (and costs
 * a violation-free village its title, by trigger in the database). */
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

#define PATROLS_MAX 500

struct patrols {
    struct list_widget list;
    struct patrol_row *rows;
    int n;
    char tmp[16];
};

static const struct list_col cols[] = {
    { N_("Date"), 10, 0, ALIGN_LEFT },
    { N_("Villages covered"), 16, 3, ALIGN_LEFT },
    { N_("Members"), 12, 2, ALIGN_LEFT },
    { N_("Findings"), 8, 0, ALIGN_RIGHT },
    { N_("Notes"), 10, 1, ALIGN_LEFT },
};

static const char *cell(void *arg, int r, int c)
{
    struct patrols *p = arg;
    const struct patrol_row *x = &p->rows[r];

    switch (c) {
    case 0: return x->patrol_on;
    case 1: return x->villages;
    case 2: return x->members;
    case 3: snprintf(p->tmp, sizeof p->tmp, "%d", x->findings); return p->tmp;
    default: return x->notes;
    }
}

static void load(struct patrols *p, long long keep)
{
    int sel = p->list.sel;

    free(p->rows);
    p->n = patrol_list(ui_app()->db, PATROLS_MAX, &p->rows);
    if (p->n < 0) { ui_db_error(); p->n = 0; }
    for (int i = 0; keep && i < p->n; i++)
        if (p->rows[i].id == keep) sel = i;
    list_set_rows(&p->list, p->n, sel < 0 ? 0 : sel);
}

/* Villages covered: pick one at a time until "done". */
static int pick_covered(int *ids, int max)
{
    struct pick_item *items;
    int n = pick_villages(ui_app()->db, ui_app()->me.unit_id, &items), k = 0;
    const char **labels;
    char title[128];

    if (n <= 0) { if (n < 0) ui_db_error(); free(items); return 0; }
    labels = xcalloc((size_t)n + 2, sizeof *labels);
    labels[0] = _("— done —");
    for (int i = 0; i < n; i++) labels[i + 1] = items[i].name;
    while (k < max) {
        int i;
        snprintf(title, sizeof title, _("Villages covered (%d chosen)"), k);
        if ((i = ui_menu(title, labels, n + 1, k ? 0 : 1)) <= 0) break;
        if (labels[i][0] == '*') continue;
        ids[k++] = items[i - 1].id;
        labels[i] = xasprintf("* %s", items[i - 1].name);
    }
    for (int i = 1; i <= n; i++)
        if (labels[i][0] == '*') free((char *)labels[i]);
    free(labels);
    free(items);
    return k;
}

static void new_patrol(struct patrols *p)
{
    char on[16], members[304], notes[608], today[16];
    int ids[64], n;
    long long id;

    if (!ui_role_is("staff")) { ui_error("%s", _("Only staff of a town or office record patrols.")); return; }
    district_today(today, sizeof today);
    if (!ui_prompt(_("Patrol date (YYYY-MM-DD)"), today, on, sizeof on, validate_date_past)) return;
    if (!ui_prompt(_("Members of the patrol"), ui_app()->me.name, members, sizeof members, validate_nonempty)) return;
    if ((n = pick_covered(ids, 64)) == 0) { ui_info("%s", _("A patrol covers at least one village; nothing recorded.")); return; }
    if (!ui_prompt(_("Notes (optional)"), "", notes, sizeof notes, NULL)) return;
    if ((id = patrol_create(ui_app()->db, on, members, notes, ids, n)) < 0) { ui_db_error(); return; }
    load(p, id);
    ui_info(_("Patrol of %s recorded (%d villages)."), on, n);
}

static void record_finding(struct patrols *p)
{
    const struct patrol_row *x;
    const char *sub[2];
    struct pick_item *items;
    char owner[304], addr[608], area[24];
    int n, v, s, village;
    long long id;

    if (p->list.sel < 0 || p->list.sel >= p->n) return;
    x = &p->rows[p->list.sel];
    n = pick_villages(ui_app()->db, ui_app()->me.unit_id, &items);
    if (n <= 0) { if (n < 0) ui_db_error(); free(items); return; }
    v = caseui_pick(_("Where was the violation found?"), items, n);
    village = v >= 0 ? items[v].id : 0;
    free(items);
    if (v < 0) return;
    sub[0] = _("illegal construction");
    sub[1] = _("illegal land use");
    if ((s = ui_menu(_("What kind of violation?"), sub, 2, 0)) < 0) return;
    if (!ui_prompt(_("Owner (party)"), "", owner, sizeof owner, validate_nonempty)) return;
    if (!ui_prompt(_("Address (optional)"), "", addr, sizeof addr, NULL)) return;
    if (!ui_prompt(_("Area in m² (optional)"), "", area, sizeof area, validate_area_or_empty)) return;
    id = patrol_record_finding(ui_app()->db, x->id, village, s ? "land" : "construction", owner, addr, area);
    if (id < 0) { ui_db_error(); return; }
    load(p, x->id);
    ui_info("%s", _("Finding recorded: a violation case is open."));
    open_case_form(id);
}

static int pt_open(struct screen *s, void *arg)
{
    struct patrols *p = s->priv;

    (void)arg;
    list_init(&p->list, cols, (int)ARRAY_SIZE(cols), cell, p);
    p->list.empty_text = _("No patrols recorded yet: press a to record one.");
    if (s->app->db) load(p, 0);
    return 0;
}

static void pt_close(struct screen *s)
{
    struct patrols *p = s->priv;

    free(p->rows);
}

static void pt_draw(struct screen *s, WINDOW *w)
{
    struct patrols *p = s->priv;
    int cw = getmaxx(w);

    ui_put_role(w, 0, 1, cw - 2, ui_role_is("staff")
                ? _("a: new patrol · t: record a finding on the selected patrol · v: villages")
                : _("Patrols of every town and office (read only) · v: villages"), ALIGN_LEFT, ROLE_DIM);
    list_draw(&p->list, w, 1, 1, getmaxy(w) - 1, cw - 2);
}

static int pt_command(struct screen *s, enum cmd c)
{
    struct patrols *p = s->priv;

    switch (c) {
    case CMD_NEW: if (!ui_role_is("staff")) return 0; new_patrol(p); return 1;
    case CMD_ACTION: if (!ui_role_is("staff")) return 0; record_finding(p); return 1;
    case CMD_REFRESH: load(p, 0); return 1;
    case CMD_VILLAGES: ui_push(&villages_screen, NULL); return 1;
    case CMD_ATTACH:   /* the photos of the selected patrol: scr_attach.c */
        if (p->list.sel >= 0 && p->list.sel < p->n) {
            char title[400];
            snprintf(title, sizeof title, _("Attachments · patrol of %s  %s"), p->rows[p->list.sel].patrol_on,
                     p->rows[p->list.sel].villages);
            open_attachments("patrol", p->rows[p->list.sel].id, title);
        }
        return 1;
    case CMD_HISTORY:
        if (p->list.sel >= 0 && p->list.sel < p->n) open_history("patrol", p->rows[p->list.sel].id);
        return 1;
    default: break;
    }
    switch (list_command(&p->list, c)) {
    case LIST_UNHANDLED: return 0;
    case LIST_OPEN: {
        const struct patrol_row *x = &p->rows[p->list.sel];
        ui_info("%s  %s  %s  %s", x->patrol_on, x->villages, x->members, x->notes);
        return 1;
    }
    default: return 1;
    }
}

static int pt_can(struct screen *s, enum cmd c)
{
    (void)s;
    return (c != CMD_NEW && c != CMD_ACTION) || ui_role_is("staff");
}

/* A change keeps the selected patrol; after a reconnect start at the top. */
static void pt_load(struct screen *s, int why)
{
    struct patrols *p = s->priv;

    if (why == UI_LOAD_RECONNECT) load(p, 0);
    else load(p, p->list.sel >= 0 && p->list.sel < p->n ? p->rows[p->list.sel].id : 0);
}

static const struct ui_watch pt_watch[] = {
    { "patrol*", UI_ANY_ROW }, { "violation", UI_ANY_ROW }, { NULL, 0 },
};

static int pt_visible(const struct app *app)
{
    return strcmp(app->me.role, "staff") == 0 || strcmp(app->me.role, "supervisor") == 0
        || strcmp(app->me.role, "inspector") == 0;
}

static const enum cmd pt_cmds[] = { CMD_NEW, CMD_ACTION, CMD_ATTACH, CMD_VILLAGES, CMD_HISTORY, CMD_REFRESH, CMD_NONE };

const struct screen_ops patrols_screen = {
    .name = "patrols",
    .title = N_("Patrols"),
    .ctx = KCTX_LIST,
    .cmds = pt_cmds,
    .visible = pt_visible,
    .can = pt_can,
    .priv_size = sizeof(struct patrols),
    .watch = pt_watch,
    .load = pt_load,
    .open = pt_open,
    .close = pt_close,
    .draw = pt_draw,
    .command = pt_command,
};
