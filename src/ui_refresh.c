/* ui_refresh.c — the screens' life cycle after open: which tables each
 * screen watches, marking screens stale when a NOTIFY names one, and one
 * coalesced load per burst of changes (and for every screen after a
 * reconnect).  Screens only say what they watch and how to load. */
#include "config.h"
#include <string.h>

#include "ui_int.h"

/* Changes arriving within this window become one load per screen. */
#define UI_COALESCE_MS 100

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
    if (!ui.stale_due_ms) ui.stale_due_ms = ui_now_ms() + UI_COALESCE_MS;
}

struct match { const char *table; long id; const char *op; const struct screen_ops *ops; };

static void mark_if_watching(struct screen *s, void *arg)
{
    const struct match *m = arg;

    if (m->ops) {
        if (s->ops == m->ops) ui_mark_stale(s);
    } else if (watches(s, m->table, m->id)) {
        if (s->ops->notify) s->ops->notify(s, m->table, m->id, m->op);
        ui_mark_stale(s);
        s->dirty = 1;
    }
}

void ui_mark_stale_ops(const struct screen_ops *ops)
{
    struct match m = { NULL, 0, NULL, ops };

    ui_for_each_screen(mark_if_watching, &m);
}

void ui_refresh_notify(const char *table, long id, const char *op)
{
    struct match m = { table, id, op, NULL };

    ui_for_each_screen(mark_if_watching, &m);
}

static void load_one(struct screen *s, int why)
{
    s->stale = 0;
    s->ops->load(s, why);
    s->dirty = 1;
}

static void load_if_stale(struct screen *s, void *arg)
{
    (void)arg;
    if (s->stale && !s->closing) load_one(s, UI_LOAD_CHANGED);
}

static void load_all(struct screen *s, void *arg)
{
    (void)arg;
    if (s->ops->load && !s->closing) load_one(s, UI_LOAD_RECONNECT);
    else s->dirty = 1;
}

void ui_refresh_reconnect(void)
{
    ui.stale_due_ms = 0;
    ui_for_each_screen(load_all, NULL);
}

/* While a prompt or menu is open the screens below it keep still, like
 * their timers (see ui_timer_next_ms). */
int ui_refresh_next_ms(void)
{
    long long d;

    if (!ui.stale_due_ms || ui.nmodal) return -1;
    d = ui.stale_due_ms - ui_now_ms();
    return d < 0 ? 0 : (int)d;
}

void ui_refresh_run(void)
{
    if (!ui.stale_due_ms || ui.nmodal || ui_now_ms() < ui.stale_due_ms) return;
    ui.stale_due_ms = 0;
    ui_for_each_screen(load_if_stale, NULL);
}
