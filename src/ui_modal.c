/* ui_modal.c — one-line prompt, menu and yes/no confirmation.  Each runs a
 * nested event loop, so callers simply get the answer back while the clock,
 * resizes and signals keep being handled; notifications, loads and timers
 * wait until the last modal closes (the screens below keep still). */
#include "config.h"
#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "reldate.h"
#include "ui_int.h"
#include "util.h"

int ui_modal_run(struct modal *m, int cancelled)
{
    struct screen *top;

    if (!ui.running || !ui.curses_on || ui.nmodal >= UI_MAX_MODALS) return cancelled;
    ui.modals[ui.nmodal++] = m;
    ui.frame_dirty = 1;
    while (!m->done && !ui.quitting) ui_turn(&m->done);
    ui.nmodal--;
    if (m->win) delwin(m->win);
    m->win = NULL;
    ui.frame_dirty = 1;
    if ((top = ui_stack_top())) top->dirty = 1;
    return m->done ? m->result : cancelled;
}

int ui_prompt(const char *title, const char *initial, char *out, size_t outsz,
              int (*validate)(const char *, char *, size_t))
{
    struct modal m;
    int r;

    memset(&m, 0, sizeof m);
    m.kind = MODAL_PROMPT;
    m.title = title;
    m.validate = validate;
    le_init(&m.le, outsz ? outsz - 1 : 0, 0);
    le_set(&m.le, initial ? initial : "");
    r = ui_modal_run(&m, 0);
    if (r == 1 && outsz) strlcpy_utf8(out, le_text(&m.le), outsz);
    le_free(&m.le);
    return r == 1;
}

int ui_menu(const char *title, const char *const *items, int n, int initial)
{
    struct modal m;

    if (n <= 0) return -1;
    if (n > MENU_FIND_MIN) return picker_menu(title, items, n, initial);
    memset(&m, 0, sizeof m);
    m.kind = MODAL_MENU;
    m.title = title;
    m.items = items;
    m.n = n;
    m.sel = initial >= 0 && initial < n ? initial : 0;
    return ui_modal_run(&m, -1);
}

int ui_confirm(const char *question, int default_yes)
{
    struct modal m;

    memset(&m, 0, sizeof m);
    m.kind = MODAL_CONFIRM;
    m.title = question;
    m.default_yes = default_yes;
    return ui_modal_run(&m, 0) == 1;
}

static void finish(struct modal *m, int result)
{
    m->done = 1;
    m->result = result;
}

static void prompt_key(struct modal *m, int key)
{
    enum cmd c = keymap_resolve(KCTX_PROMPT, key);

    m->err[0] = '\0';
    if (c == CMD_ACCEPT) {
        /* "+15", "+15wd" in a date prompt become the date, shown in the
         * line; a refused value keeps the prompt open with the text. */
        if (reldate_is_date_validator(m->validate)) {
            char date[32];
            int r = reldate_expand(le_text(&m->le), date, sizeof date, m->err, sizeof m->err);
            if (r < 0) return;
            if (r > 0) le_set(&m->le, date);
        }
        if (m->validate && m->validate(le_text(&m->le), m->err, sizeof m->err) != 0) {
            if (!m->err[0]) snprintf(m->err, sizeof m->err, "%s", _("The value is not valid."));
            return;
        }
        finish(m, 1);
    } else if (c == CMD_CANCEL || c == CMD_BACK) {
        finish(m, 0);
    } else {
        le_command(&m->le, c);
    }
}

static void menu_move(struct modal *m, int d)
{
    m->sel += d;
    if (m->sel < 0) m->sel = 0;
    if (m->sel >= m->n) m->sel = m->n - 1;
}

static void menu_key(struct modal *m, int key)
{
    enum cmd c = keymap_resolve(KCTX_PROMPT, key);

    if (key >= '1' && key <= '9' && key - '1' < m->n) { m->sel = key - '1'; finish(m, m->sel); return; }
    if (key == 'k') c = CMD_UP;
    if (key == 'j') c = CMD_DOWN;
    if (key == 'q') c = CMD_CANCEL;
    switch (c) {
    case CMD_UP: menu_move(m, -1); break;
    case CMD_DOWN: menu_move(m, 1); break;
    case CMD_PAGE_UP: menu_move(m, -10); break;
    case CMD_PAGE_DOWN: menu_move(m, 10); break;
    case CMD_LINE_START: case CMD_TOP: m->sel = 0; break;
    case CMD_LINE_END: case CMD_BOTTOM: m->sel = m->n - 1; break;
    case CMD_ACCEPT: case CMD_OPEN: finish(m, m->sel); break;
    case CMD_CANCEL: case CMD_BACK: finish(m, -1); break;
    default: break;
    }
}

/* y answers yes, n / Esc no, Enter the default.  When the default is the
 * safe No, any other key is no answer at all: the question closes as No and
 * the key goes on to do what it does (typing ahead ": 1234 Enter" after a
 * question one did not expect jumps, and never says yes to it). */
static void confirm_key(struct modal *m, int key)
{
    enum cmd c = keymap_resolve(KCTX_PROMPT, key);

    if (key == 'y' || key == 'Y' || key == 0x662F /* 是 */) finish(m, 1);
    else if (key == 'n' || key == 'N' || key == 'q' || key == 0x5426 /* 否 */) finish(m, 0);
    else if (c == CMD_ACCEPT) finish(m, m->default_yes);
    else if (c == CMD_CANCEL || c == CMD_BACK) finish(m, 0);
    else if (!m->default_yes && !UI_KEY_IS_BADBYTE(key) && key != UI_KEY_PASTE) {
        finish(m, 0);
        ui_unget_key(key);
    }
}

void ui_modal_key(struct modal *m, int key)
{
    switch (m->kind) {
    case MODAL_PROMPT: prompt_key(m, key); break;
    case MODAL_MENU: menu_key(m, key); break;
    case MODAL_CONFIRM: confirm_key(m, key); break;
    case MODAL_PICK: picker_key(m, key); break;
    }
}

void ui_modal_text(struct modal *m, const char *text, size_t len)
{
    int st;

    if (m->kind == MODAL_PICK) { picker_text(m, text, len); return; }
    if (m->kind != MODAL_PROMPT) return;
    m->err[0] = '\0';
    if ((st = le_insert(&m->le, text, len)) != LE_OK)
        snprintf(m->err, sizeof m->err, "%s", le_strerror(st));
}

void ui_modal_hints(struct modal *m, char *buf, size_t bufsz)
{
    char k1[32], k2[32];

    if (m->kind == MODAL_PICK) { picker_hints(m, buf, bufsz); return; }
    keymap_keys_for(KCTX_PROMPT, CMD_ACCEPT, k1, sizeof k1, 1);
    keymap_keys_for(KCTX_PROMPT, CMD_CANCEL, k2, sizeof k2, 1);
    if (m->kind == MODAL_CONFIRM)
        snprintf(buf, bufsz, "y %s  n %s  %s %s", _("yes"), _("no"), k2, _("cancel"));
    else if (m->kind == MODAL_MENU)
        snprintf(buf, bufsz, "↑↓ %s  1-9 %s  %s %s  %s %s", _("choose"), _("pick"),
                 k1, _("accept"), k2, _("cancel"));
    else
        snprintf(buf, bufsz, "%s %s  %s %s  %s %s", k1, _("accept"), k2, _("cancel"),
                 keymap_first_key(KCTX_PROMPT, CMD_KILL_START), _("clear"));
}

/* ---- drawing ---- */

WINDOW *ui_modal_window(struct modal *m, int h, int w)
{
    int maxh = ui.rows - 2, maxw = ui.cols - 2;

    if (h > maxh) h = maxh;
    if (w > maxw) w = maxw;
    if (h < 3 || w < 10) return NULL;
    if (m->win && (getmaxy(m->win) != h || getmaxx(m->win) != w)) { delwin(m->win); m->win = NULL; }
    if (!m->win) m->win = newwin(h, w, (ui.rows - h) / 2, (ui.cols - w) / 2);
    if (m->win) { werase(m->win); theme_set(m->win, ROLE_NORMAL); ui_box(m->win); }
    return m->win;
}

static void draw_menu(struct modal *m, WINDOW *w)
{
    int h = getmaxy(w) - 2, width = getmaxx(w) - 4;
    char line[512];

    if (m->sel < m->top) m->top = m->sel;
    if (m->sel >= m->top + h) m->top = m->sel - h + 1;
    for (int i = 0; i < h && m->top + i < m->n; i++) {
        int k = m->top + i;
        if (k < 9) snprintf(line, sizeof line, " %d %s", k + 1, m->items[k]);
        else snprintf(line, sizeof line, "   %s", m->items[k]);
        theme_set(w, k == m->sel ? ROLE_SELECTED : ROLE_NORMAL);
        ui_put(w, 1 + i, 2, width, line, ALIGN_LEFT);
    }
}

void ui_modal_draw(struct modal *m)
{
    int tw = str_width(m->title), h, width;
    WINDOW *w;

    if (m->kind == MODAL_PICK) { picker_draw(m); return; }
    if (m->kind == MODAL_MENU) {
        width = tw + 6;
        for (int i = 0; i < m->n; i++)
            if (str_width(m->items[i]) + 8 > width) width = str_width(m->items[i]) + 8;
        h = m->n + 2;
    } else {
        width = tw + 6;
        if (m->kind == MODAL_PROMPT && width < 60) width = 60;
        h = 4;
    }
    if (width < 30) width = 30;
    if (!(w = ui_modal_window(m, h, width))) return;
    width = getmaxx(w);
    theme_set(w, ROLE_TITLE);
    {
        char t[512];
        snprintf(t, sizeof t, " %s ", m->kind == MODAL_CONFIRM ? _("Confirm") : m->title);
        ui_puts(w, 0, 2, width - 4, t);
    }
    theme_set(w, ROLE_NORMAL);
    if (m->kind == MODAL_MENU) {
        draw_menu(m, w);
    } else if (m->kind == MODAL_CONFIRM) {
        char q[128];
        snprintf(q, sizeof q, m->default_yes ? "[Y/n]" : "[y/N]");
        ui_put(w, 1, 2, width - 4, m->title, ALIGN_LEFT);
        ui_put(w, 2, 2, width - 4, q, ALIGN_RIGHT);
    } else {
        theme_set(w, ROLE_SELECTED);
        le_draw(&m->le, w, 1, 2, width - 4, 1);
        ui_put_role(w, 2, 2, width - 4, m->err, ALIGN_LEFT, ROLE_ERROR);
    }
    wnoutrefresh(w);
}
