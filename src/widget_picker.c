/* widget_picker.c — the picker (picker.h): a modal with a query line over
 * a list that narrows as one types.  It runs in ui_modal.c's nested loop
 * as MODAL_PICK; this file has its matching, keys and drawing. */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "i18n.h"
#include "picker.h"
#include "pinyin.h"
#include "ui_int.h"
#include "util.h"

struct picker {
    const struct picker_item *items;
    int n;
    char **initials;       /* pinyin initials of each name */
    int *match;            /* indexes of the items shown, best first */
    int nmatch, sel, top;
    int menu;              /* a long ui_menu: 1-9 and q keep their menu
                              meaning while nothing is typed */
};

static int starts_with(const char *s, const char *q, size_t qn)
{
    return s && strncasecmp(s, q, qn) == 0;
}

static int contains(const char *s, const char *q)
{
    return s && strcasestr(s, q) != NULL;
}

int pick_match(const struct picker_item *it, const char *initials, const char *q)
{
    char buf[256];
    size_t qn;

    while (*q == ' ') q++;
    strlcpy_utf8(buf, q, sizeof buf);
    for (qn = strlen(buf); qn && buf[qn - 1] == ' '; ) buf[--qn] = '\0';
    if (!qn) return 2;
    if (starts_with(it->name, buf, qn) || starts_with(it->key, buf, qn) || starts_with(initials, buf, qn))
        return 2;
    if (contains(it->name, buf) || contains(it->key, buf) || contains(it->detail, buf) || contains(initials, buf))
        return 1;
    return 0;
}

static void refilter(struct modal *m)
{
    struct picker *p = m->pick;
    const char *q = le_text(&m->le);
    int keep = p->nmatch && p->sel < p->nmatch ? p->match[p->sel] : -1;

    p->nmatch = 0;
    for (int pass = 2; pass >= 1; pass--)
        for (int i = 0; i < p->n; i++)
            if (pick_match(&p->items[i], p->initials[i], q) == pass) p->match[p->nmatch++] = i;
    p->sel = 0;
    for (int k = 0; k < p->nmatch; k++)
        if (p->match[k] == keep && !q[0]) p->sel = k;
    p->top = 0;
}

static int pick_run(const char *title, const struct picker_item *items, int n, int initial,
                    const char *typed, int menu)
{
    struct modal m;
    struct picker p;
    int r;

    if (n <= 0) return -1;
    memset(&m, 0, sizeof m);
    memset(&p, 0, sizeof p);
    p.items = items;
    p.n = n;
    p.menu = menu;
    p.initials = xcalloc((size_t)n, sizeof *p.initials);
    p.match = xcalloc((size_t)n, sizeof *p.match);
    for (int i = 0; i < n; i++) {
        char ini[128];
        pinyin_initials(items[i].name ? items[i].name : "", ini, sizeof ini);
        p.initials[i] = xstrdup(ini);
    }
    m.kind = MODAL_PICK;
    m.title = title;
    m.pick = &p;
    le_init(&m.le, 80, 0);
    p.nmatch = 1;
    p.match[0] = initial >= 0 && initial < n ? initial : 0;
    le_set(&m.le, typed ? typed : "");
    refilter(&m);
    r = ui_modal_run(&m, -1);
    le_free(&m.le);
    for (int i = 0; i < n; i++) free(p.initials[i]);
    free(p.initials);
    free(p.match);
    return r;
}

int ui_pick(const char *title, const struct picker_item *items, int n, int initial,
            const char *typed)
{
    return pick_run(title, items, n, initial, typed, 0);
}

/* A menu too long to read at a glance is a picker over its labels (ui_menu
 * in ui_modal.c sends every menu of more than MENU_FIND_MIN entries here),
 * so a menu added later narrows as one types without asking for it. */
int picker_menu(const char *title, const char *const *labels, int n, int initial)
{
    struct picker_item *items;
    int r;

    if (n <= 0) return -1;
    items = xcalloc((size_t)n, sizeof *items);
    for (int i = 0; i < n; i++) items[i].name = labels[i];
    r = pick_run(title, items, n, initial, "", 1);
    free(items);
    return r;
}

static void pick_move(struct picker *p, int d)
{
    p->sel += d;
    if (p->sel >= p->nmatch) p->sel = p->nmatch - 1;
    if (p->sel < 0) p->sel = 0;
}

void picker_key(struct modal *m, int key)
{
    struct picker *p = m->pick;
    enum cmd c = keymap_resolve(KCTX_PROMPT, key);
    size_t before = m->le.len;

    m->err[0] = '\0';
    switch (c) {
    case CMD_ACCEPT: case CMD_OPEN:
        if (!p->nmatch) { snprintf(m->err, sizeof m->err, "%s", _("Nothing matches; change the text.")); return; }
        m->done = 1;
        m->result = p->match[p->sel];
        return;
    case CMD_CANCEL: case CMD_BACK:
        /* Esc first clears what was typed (the whole list again), then closes. */
        if (m->le.len) { le_set(&m->le, ""); refilter(m); return; }
        m->done = 1; m->result = -1; return;
    case CMD_UP: pick_move(p, -1); return;
    case CMD_DOWN: pick_move(p, 1); return;
    case CMD_PAGE_UP: pick_move(p, -10); return;
    case CMD_PAGE_DOWN: pick_move(p, 10); return;
    default:
        le_command(&m->le, c);
        if (m->le.len != before) refilter(m);
    }
}

void picker_text(struct modal *m, const char *text, size_t len)
{
    struct picker *p = m->pick;
    int st;

    /* a long menu: while nothing is typed, 1-9 pick as in any menu, q goes back */
    if (p->menu && m->le.len == 0 && len == 1) {
        if (text[0] >= '1' && text[0] <= '9' && text[0] - '1' < p->n) {
            m->done = 1;
            m->result = text[0] - '1';
            return;
        }
        if (text[0] == 'q') { m->done = 1; m->result = -1; return; }
    }
    st = le_insert(&m->le, text, len);
    m->err[0] = '\0';
    if (st != LE_OK) snprintf(m->err, sizeof m->err, "%s", le_strerror(st));
    refilter(m);
}

void picker_hints(struct modal *m, char *buf, size_t bufsz)
{
    if (m->pick->menu) {
        snprintf(buf, bufsz, _("type to find  ↑↓ choose  1-9 pick  %s accept  %s clear, cancel"),
                 keymap_first_key(KCTX_PROMPT, CMD_ACCEPT), keymap_first_key(KCTX_PROMPT, CMD_CANCEL));
        return;
    }
    snprintf(buf, bufsz, _("type to find (name, pinyin initials or code)  ↑↓ choose  %s pick  %s cancel"),
             keymap_first_key(KCTX_PROMPT, CMD_ACCEPT), keymap_first_key(KCTX_PROMPT, CMD_CANCEL));
}

void picker_draw(struct modal *m)
{
    struct picker *p = m->pick;
    int width = str_width(m->title) + 6, h, lines, w_in;
    char line[512], count[64];
    WINDOW *w;

    for (int i = 0; i < p->n; i++) {
        int iw = str_width(p->items[i].name) + (p->items[i].detail ? str_width(p->items[i].detail) + 2 : 0) + 6;
        if (iw > width) width = iw;
    }
    if (width < 50) width = 50;
    lines = p->n < 12 ? p->n : 12;
    h = lines + 4;
    if (!(w = ui_modal_window(m, h, width))) return;
    width = getmaxx(w);
    h = getmaxy(w);
    lines = h - 4;
    w_in = width - 4;
    theme_set(w, ROLE_TITLE);
    snprintf(line, sizeof line, " %s ", m->title);
    ui_puts(w, 0, 2, w_in, line);
    snprintf(count, sizeof count, " %d / %d ", p->nmatch, p->n);
    ui_puts(w, h - 1, width - 2 - str_width(count), str_width(count), count);
    if (p->sel < p->top) p->top = p->sel;
    if (p->sel >= p->top + lines) p->top = p->sel - lines + 1;
    for (int r = 0; r < lines && p->top + r < p->nmatch; r++) {
        const struct picker_item *it = &p->items[p->match[p->top + r]];
        int sel = p->top + r == p->sel, nw = str_width(it->name);
        theme_set(w, sel ? ROLE_SELECTED : ROLE_NORMAL);
        if (p->menu) {
            /* the digit that picks it, while digits pick (nothing typed) */
            int k = p->match[p->top + r];
            if (m->le.len == 0 && k < 9) snprintf(line, sizeof line, "%d %s", k + 1, it->name);
            else snprintf(line, sizeof line, "  %s", it->name);
            ui_put(w, 2 + r, 2, w_in, line, ALIGN_LEFT);
            continue;
        }
        ui_put(w, 2 + r, 2, w_in, it->name, ALIGN_LEFT);
        if (it->detail && it->detail[0] && nw + 3 < w_in)
            ui_put_role(w, 2 + r, 2 + nw + 2, w_in - nw - 2, it->detail, ALIGN_LEFT, sel ? ROLE_SELECTED : ROLE_DIM);
    }
    if (!p->nmatch) ui_put_role(w, 2, 2, w_in, m->err[0] ? m->err : _("Nothing matches; change the text."), ALIGN_LEFT, ROLE_ERROR);
    theme_set(w, ROLE_SELECTED);
    le_draw(&m->le, w, 1, 2, w_in, 1);
    theme_set(w, ROLE_NORMAL);
    wnoutrefresh(w);
}
