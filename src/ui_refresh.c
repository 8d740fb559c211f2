/* ui_refresh.c — the screens' life cycle after open: which tables each
 * screen watches, marking screens stale when a NOTIFY names one, and
 * loading a stale screen only while it is shown (and for every screen after
 * a reconnect).  Screens only say what they watch and how to load.
 *
 * A notification costs a hidden screen nothing: it is only marked stale,
 * and loads when it is shown again (its tab is chosen, or the screen above
 * it closes).  A shown screen loads on the leading edge, in the same turn
 * the notification arrives; what arrives while that load runs is read in
 * one go at the next turn and becomes one more load (no timer delays the
 * first change, and a burst costs one load per load time, not one per
 * change).
 *
 * Which channels are heard follows what is shown: a session whose shown
 * screens watch no case-family table does not listen to the per-unit
 * channels at all (db_listen.c), and the screens that do watch one are
 * stale when it starts listening again (what changed meanwhile was not
 * heard). */
#include "config.h"
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "casekind.h"
#include "db.h"
#include "notify_filter.h"
#include "ui_int.h"
#include "util.h"

/* CASEDESK_DEBUG_LOADS=1: log each load a notification causes, with the
 * screen's name, so a test can count them from the session's log. */
static int debug_loads = -1;

static void note_load(const struct screen *s, int why)
{
    if (debug_loads < 0) {
        const char *e = getenv("CASEDESK_DEBUG_LOADS");
        debug_loads = e && *e && strcmp(e, "0") != 0;
    }
    if (debug_loads)
        log_msg("load screen=%s why=%s", s->ops->name ? s->ops->name : "-",
                why == UI_LOAD_RECONNECT ? "reconnect" : "changed");
}

/* The screen is on the terminal: the top of the current tab, or the one
 * right below a top that has nothing of its own to load (a line drawn over
 * the list it narrows, see scr_case_filter.c). */
static int shown(const struct screen *s)
{
    const struct tab *t = &ui.tabs[ui.cur_tab];

    if (!t->depth) return 0;
    if (t->stack[t->depth - 1] == s) return 1;
    return t->depth >= 2 && t->stack[t->depth - 2] == s && !t->stack[t->depth - 1]->ops->load;
}

/* The entry of `w` that decides for `table`, or NULL. */
static const struct ui_watch *watch_entry(const struct ui_watch *w, const char *table)
{
    for (; w && w->table; w++) {
        size_t n = strlen(w->table);
        if (n && w->table[n - 1] == '*' ? strncmp(table, w->table, n - 1) == 0
                                       : strcmp(table, w->table) == 0)
            return w;
    }
    return NULL;
}

int ui_watch_matches(const struct ui_watch *watch, long long watch_id, const char *table, long id)
{
    const struct ui_watch *w = watch_entry(watch, table);

    if (!w) return 0;
    return w->rows == UI_ANY_ROW || (watch_id != 0 && id == watch_id);
}

static int watches(const struct screen *s, const char *table, long id)
{
    return ui_watch_matches(s->watch, s->watch_id, table, id);
}

void ui_mark_stale(struct screen *s)
{
    if (!s || !s->ops->load) return;
    s->stale = 1;
}

struct match { const char *table; long id; const char *op; const char *scope; const struct screen_ops *ops; };

static void mark_if_watching(struct screen *s, void *arg)
{
    const struct match *m = arg;

    if (m->ops) {
        if (s->ops == m->ops) ui_mark_stale(s);
    } else if (watches(s, m->table, m->id)
               && !notify_out_of_scope(m->scope, s->scope_unit, s->scope_village)) {
        if (s->ops->notify) s->ops->notify(s, m->table, m->id, m->op);
        ui_mark_stale(s);
        s->dirty = 1;
    }
}

void ui_mark_stale_ops(const struct screen_ops *ops)
{
    struct match m = { NULL, 0, NULL, NULL, ops };

    ui_for_each_screen(mark_if_watching, &m);
}

void ui_refresh_notify(const char *table, long id, const char *op, const char *scope)
{
    struct match m = { table, id, op, scope, NULL };

    ui_for_each_screen(mark_if_watching, &m);
}

static void load_one(struct screen *s, int why)
{
    s->stale = 0;
    note_load(s, why);
    s->ops->load(s, why);
    s->dirty = 1;
}

static void load_if_stale(struct screen *s, void *arg)
{
    (void)arg;
    if (s->stale && !s->closing && shown(s)) load_one(s, UI_LOAD_CHANGED);
}

static void any_due(struct screen *s, void *arg)
{
    if (s->stale && !s->closing && shown(s)) *(int *)arg = 1;
}

/* Notifications sent while the connection was down are lost: the screens
 * shown load now, the hidden ones when they are shown. */
static void load_all(struct screen *s, void *arg)
{
    (void)arg;
    if (!s->ops->load || s->closing) { s->dirty = 1; return; }
    if (shown(s)) {
        load_one(s, UI_LOAD_RECONNECT);
    } else {
        s->stale = 1;
        if (s->ops->notify) s->ops->notify(s, "", 0, "reconnect");
    }
}

void ui_refresh_reconnect(void)
{
    ui.stale_due_ms = 0;
    ui_for_each_screen(load_all, NULL);
}

int ui_keys_waiting(void)
{
    struct pollfd p = { .fd = STDIN_FILENO, .events = POLLIN };

    return ui.nkeys > 0 || poll(&p, 1, 0) > 0;
}

/* While a prompt or menu is open the screens below it keep still, like
 * their timers (see ui_timer_next_ms). */
int ui_refresh_next_ms(void)
{
    int due = 0;

    if (ui.nmodal) return -1;
    ui_for_each_screen(any_due, &due);
    return due ? 0 : -1;
}

void ui_refresh_run(void)
{
    if (ui.nmodal) return;
    ui_listen_sync(NULL);
    ui_for_each_screen(load_if_stale, NULL);
}

/* ---- the per-unit channels ---- */

const struct ui_watch ui_case_rows_watch[] = { { "case_file", UI_ANY_ROW }, { NULL, 0 } };

static int watch_needs_units(const struct ui_watch *w)
{
    const char *const *kinds = case_kind_tables();

    for (; w && w->table; w++) {
        if (notify_unit_table(w->table)) return 1;
        for (int i = 0; kinds[i]; i++)
            if (!strcmp(kinds[i], w->table)) return 1;
    }
    return 0;
}

static void shown_needs_units(struct screen *s, void *arg)
{
    if (!s->closing && shown(s) && watch_needs_units(s->watch)) *(int *)arg = 1;
}

static void stale_if_units(struct screen *s, void *arg)
{
    (void)arg;
    if (!s->closing && watch_needs_units(s->watch)) ui_mark_stale(s);
}

int ui_listen_need(void)
{
    int need = 0;

    ui_for_each_screen(shown_needs_units, &need);
    return need;
}

void ui_listen_sync(const struct ui_watch *opening)
{
    int need, r;

    if (!ui.app || !ui.app->db || !ui.app->connected) return;
    /* Before a screen opens only turn them on: its first load must not
     * miss what is saved right after it; what it hides is settled by the
     * loop's next call. */
    need = watch_needs_units(opening);
    if (!need && opening) return;
    if (!need) need = ui_listen_need();
    r = db_listen_units(ui.app->db, need);
    if (r < 0) log_msg("LISTEN/UNLISTEN of the unit channels failed: %s", db_errmsg(ui.app->db));
    if (r > 0) ui_for_each_screen(stale_if_units, NULL);
}
