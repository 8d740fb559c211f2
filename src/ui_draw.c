/* ui_draw.c — the frame: header, title line, body, message line and hint
 * bar, composed once per loop turn and sent with a single doupdate(). */
#include "config.h"
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "i18n.h"
#include "district.h"
#include "ui_int.h"

void ui_put(WINDOW *w, int y, int x, int cols, const char *s, enum align al)
{
    char buf[2048];

    if (cols <= 0) return;
    if (cols > 500) cols = 500;
    str_format(buf, sizeof buf, s ? s : "", cols, al);
    mvwaddstr(w, y, x, buf);
}

void ui_put_role(WINDOW *w, int y, int x, int cols, const char *s, enum align al,
                 enum role r)
{
    attr_t a;
    short pair;

    wattr_get(w, &a, &pair, NULL);
    theme_set(w, r);
    ui_put(w, y, x, cols, s, al);
    wattr_set(w, a, pair, NULL);
}

int ui_puts(WINDOW *w, int y, int x, int cols, const char *s)
{
    char buf[2048];
    int used;

    if (cols <= 0) return 0;
    if (cols > 500) cols = 500;
    used = str_trunc(buf, sizeof buf, s ? s : "", cols);
    mvwaddstr(w, y, x, buf);
    return used;
}

void ui_cursor(WINDOW *w, int y, int x)
{
    ui.want_cursor = 1;
    ui.cur_win = w;
    ui.cur_y = y;
    ui.cur_x = x;
}

/* Lines are drawn with the Unicode box-drawing characters in a UTF-8 locale
 * and with ASCII otherwise — never with the alternate character set: PuTTY,
 * the Linux console and tmux or screen under a foreign TERM ignore it in
 * UTF-8 mode and show its letters ("qqqq", "lqk"). */
static int ascii_lines(void)
{
    return theme_ascii() || !ui.app || !ui.app->utf8;
}

static void line_char(cchar_t *cc, wchar_t unicode)
{
    wchar_t wc[2] = { unicode, L'\0' };
    setcchar(cc, wc, A_NORMAL, 0, NULL);
}

void ui_hline(WINDOW *w, int y, int x, int cols)
{
    cchar_t hl;

    if (ascii_lines()) {
        mvwhline(w, y, x, '-', cols);
        return;
    }
    line_char(&hl, L'\x2500');
    mvwhline_set(w, y, x, &hl, cols);
}

void ui_box(WINDOW *w)
{
    cchar_t hl, vl, ul, ur, ll, lr;

    if (ascii_lines()) {
        wborder(w, '|', '|', '-', '-', '+', '+', '+', '+');
        return;
    }
    line_char(&hl, L'\x2500');
    line_char(&vl, L'\x2502');
    line_char(&ul, L'\x250c');
    line_char(&ur, L'\x2510');
    line_char(&ll, L'\x2514');
    line_char(&lr, L'\x2518');
    wborder_set(w, &vl, &vl, &hl, &hl, &ul, &ur, &ll, &lr);
}

static void del(WINDOW **w)
{
    if (*w) delwin(*w);
    *w = NULL;
}

void ui_layout(void)
{
    struct screen *s;

    del(&ui.hdr); del(&ui.tabline); del(&ui.body); del(&ui.msgw); del(&ui.bar);
    ui.rows = LINES;
    ui.cols = COLS;
    ui.too_small = LINES < UI_MIN_ROWS || COLS < UI_MIN_COLS;
    ui.frame_dirty = ui.full_redraw = 1;
    if (ui.too_small) return;
    ui.hdr = newwin(1, COLS, 0, 0);
    ui.tabline = newwin(1, COLS, 1, 0);
    ui.body = newwin(LINES - 4, COLS, 2, 0);
    ui.msgw = newwin(1, COLS, LINES - 2, 0);
    ui.bar = newwin(1, COLS, LINES - 1, 0);
    for (int ti = 0; ti < UI_MAX_TABS; ti++)
        for (int i = 0; i < ui.tabs[ti].depth; i++) {
            s = ui.tabs[ti].stack[i];
            s->rows = LINES - 4;
            s->cols = COLS;
            s->dirty = 1;
            if (s->ops->resize) s->ops->resize(s, s->rows, s->cols);
        }
}

static const char *role_label(const char *role)
{
    if (!strcmp(role, "staff")) return _("Staff");
    if (!strcmp(role, "supervisor")) return _("Supervisor");
    if (!strcmp(role, "inspector")) return _("Inspector");
    if (!strcmp(role, "admin")) return _("Administrator");
    return role;
}

/* Replace the box-drawing separator by '|' in ASCII mode (in place). */
static void ascii_separators(char *s)
{
    for (char *p; (p = strstr(s, "│")); ) {
        memmove(p + 1, p + 3, strlen(p + 3) + 1);
        *p = '|';
    }
}

static void draw_header(void)
{
    const struct whoami *me = &ui.app->me;
    const char *unit = me->unit_name[0] ? me->unit_name : me->unit_code;
    char left[3][512], right[256], clock[16] = "";
    int rw, i;

    if (ui.app->settings.clock) {
        time_t now = time(NULL);
        struct tm tm;
        district_tm(now, &tm);
        strftime(clock, sizeof clock, " │ %H:%M", &tm);
    }
    /* Longest first; the first that fits beside the right part is used. */
    snprintf(left[0], sizeof left[0], " casedesk │ %s (%s) │ %s │ %s", me->name, me->login, unit,
             role_label(me->role));
    snprintf(left[1], sizeof left[1], " %s (%s) │ %s │ %s", me->name, me->login, unit,
             role_label(me->role));
    snprintf(left[2], sizeof left[2], " %s │ %s │ %s", me->name, unit, role_label(me->role));
    snprintf(right, sizeof right, "%s │ %s %d%s ",
             !ui.app->db ? _("offline") : ui.app->connected ? _("connected") : _("reconnecting…"),
             _("unread"), ui.app->unread, clock);
    if (ascii_lines()) {
        for (i = 0; i < 3; i++) ascii_separators(left[i]);
        ascii_separators(right);
    }
    theme_set(ui.hdr, ROLE_HEADER);
    rw = str_width(right);
    if (rw > ui.cols / 2) rw = ui.cols / 2;
    for (i = 0; i < 2 && str_width(left[i]) + 2 > ui.cols - rw; i++) {}
    ui_put(ui.hdr, 0, 0, ui.cols - rw - 2, left[i], ALIGN_LEFT);
    ui_put(ui.hdr, 0, ui.cols - rw - 2, 2, "", ALIGN_LEFT);
    ui_put(ui.hdr, 0, ui.cols - rw, rw, right, ALIGN_RIGHT);
}

/* The title line names every main screen, numbered by its place in the
 * registry (the same number for every role; a screen the role does not
 * have keeps its place as its number alone, dim — never its name, which
 * would tell staff what they may not see).  The first layout that fits wins:
 *   " 2 Tasks " / "2 Tasks" / "2Tasks", with the subtitle on the right;
 *   the same without the subtitle (names matter more);
 *   then the longest names cut by display width, one column at a time,
 *   never below two columns. */
enum { TAB_ROOMY, TAB_PLAIN, TAB_TIGHT };
#define TAB_MAX 12           /* keys 1-9, 0, then F12, F11 (UI_MAX_TABS) */

struct tab_fit {
    int style;
    int cap[TAB_MAX];            /* name width: -1 whole, 0 no name */
};

/* The key of main screen i as the tab line shows it: 1-9, 0, F12, F11. */
static const char *tab_key(int i)
{
    static const char *const keys[] = { "1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "F12", "F11" };
    return i >= 0 && i < (int)(sizeof keys / sizeof keys[0]) ? keys[i] : "";
}

/* Screens past key 0 (F12, F11) that the role lacks are left off the end:
 * no number after them moves, and 80 columns keep room for the names. */
static int tab_count(void)
{
    int n = ui_main_screen_count < UI_MAX_TABS ? ui_main_screen_count : UI_MAX_TABS;

    if (n > TAB_MAX) n = TAB_MAX;
    while (n > 10 && ui_main_absent(ui.app, n - 1)) n--;
    return n;
}

static void tab_label(char *buf, size_t sz, int i, int style, int cap)
{
    char name[128] = "";
    const char *title = _(ui_main_screens[i]->title);

    if (cap < 0 || str_width(title) <= cap) snprintf(name, sizeof name, "%s", title);
    else if (cap > 0) str_trunc(name, sizeof name, title, cap);
    if (!name[0]) snprintf(buf, sz, style == TAB_ROOMY ? " %s " : "%s ", tab_key(i));
    else if (style == TAB_ROOMY) snprintf(buf, sz, " %s %s ", tab_key(i), name);
    else if (style == TAB_PLAIN) snprintf(buf, sz, "%s %s ", tab_key(i), name);
    else snprintf(buf, sz, "%s%s ", tab_key(i), name);
}

static int tabs_width(const struct tab_fit *t)
{
    char buf[256];
    int w = t->style == TAB_ROOMY ? 0 : 1;

    for (int i = 0; i < tab_count(); i++) {
        tab_label(buf, sizeof buf, i, t->style, t->cap[i]);
        w += str_width(buf);
    }
    return w;
}

/* Whole names (absent screens: the number only) in some style. */
static int fit_whole(struct tab_fit *t, int room)
{
    for (t->style = TAB_ROOMY; t->style <= TAB_TIGHT; t->style++) {
        for (int i = 0; i < tab_count(); i++)
            t->cap[i] = ui_main_absent(ui.app, i) ? 0 : -1;
        if (tabs_width(t) <= room) return 1;
    }
    t->style = TAB_TIGHT;
    return 0;
}

/* Cut the longest present name by one column until it fits. */
static void fit_cut(struct tab_fit *t, int room)
{
    fit_whole(t, room);
    for (int i = 0; i < tab_count(); i++)
        if (t->cap[i] < 0) t->cap[i] = str_width(_(ui_main_screens[i]->title));
    while (tabs_width(t) > room) {
        int best = -1;
        for (int i = 0; i < tab_count(); i++)
            if (t->cap[i] > 2 && (best < 0 || t->cap[i] > t->cap[best])) best = i;
        if (best < 0) break;
        t->cap[best]--;
    }
}

static void draw_tabs(void)
{
    struct screen *top = ui_stack_top();
    char buf[256], sub[128] = "", crumb[160] = "";
    int x = 0, sw;
    struct tab_fit t;

    if (top && top->ops->subtitle) top->ops->subtitle(top, sub, sizeof sub);
    if (top && ui.tabs[ui.cur_tab].depth > 1)
        snprintf(crumb, sizeof crumb, "› %s", _(top->ops->title));
    sw = sub[0] ? str_width(sub) + 1 : 0;
    if (!fit_whole(&t, ui.cols - sw)) {
        sw = 0;                      /* the names come first */
        sub[0] = '\0';
        if (!fit_whole(&t, ui.cols)) fit_cut(&t, ui.cols);
    }

    theme_set(ui.tabline, ROLE_STATUS);
    ui_put(ui.tabline, 0, 0, ui.cols, "", ALIGN_LEFT);
    if (t.style != TAB_ROOMY) x = ui_puts(ui.tabline, 0, 0, 1, " ");
    for (int i = 0; i < tab_count(); i++) {
        int absent = ui_main_absent(ui.app, i), cur = i == ui.cur_tab;
        tab_label(buf, sizeof buf, i, t.style, t.cap[i]);
        if (t.style != TAB_ROOMY && cur) buf[strlen(buf) - 1] = '\0';
        theme_set(ui.tabline, cur ? ROLE_SELECTED : ROLE_STATUS);
        if (absent) wattron(ui.tabline, A_DIM);
        x += ui_puts(ui.tabline, 0, x, ui.cols - x - sw, buf);
        if (absent) wattroff(ui.tabline, A_DIM);
        if (t.style != TAB_ROOMY && cur) {
            theme_set(ui.tabline, ROLE_STATUS);
            x += ui_puts(ui.tabline, 0, x, ui.cols - x - sw, " ");
        }
    }
    theme_set(ui.tabline, ROLE_STATUS);
    if (crumb[0] && x + 4 < ui.cols - sw)
        x += ui_puts(ui.tabline, 0, x, ui.cols - x - sw, crumb);
    if (sub[0] && x + sw <= ui.cols) ui_put(ui.tabline, 0, ui.cols - sw, sw, sub, ALIGN_LEFT);
}

/* "Ctrl-S save · Ctrl-T actions · Esc back": the bar's own words, for a
 * screen that repeats its keys in a top line. */
void ui_key_hints(enum key_context ctx, const enum cmd *cmds, char *buf, size_t bufsz)
{
    char keys[64];
    size_t len;

    if (!bufsz) return;
    buf[0] = '\0';
    for (; cmds && *cmds != CMD_NONE; cmds++) {
        keymap_keys_for(ctx, *cmds, keys, sizeof keys, 1);
        if (!keys[0]) continue;
        len = strlen(buf);
        snprintf(buf + len, bufsz - len, "%s%s %s", len ? " · " : "", keys, cmd_desc(*cmds));
    }
}

/* "key description" pairs of the current screen, as many as fit. */
static void draw_hints(void)
{
    struct screen *top = ui_stack_top();
    struct modal *m = ui.nmodal ? ui.modals[ui.nmodal - 1] : NULL;
    enum key_context ctx = top ? top->ops->ctx : KCTX_GLOBAL;
    static const enum cmd tail[] = { CMD_HELP, CMD_BACK, CMD_NONE };
    char keys[64], item[160], line[1024] = "";
    int x = 0;

    theme_set(ui.bar, ROLE_STATUS);
    ui_put(ui.bar, 0, 0, ui.cols, "", ALIGN_LEFT);
    if (m) {
        ui_modal_hints(m, line, sizeof line);
        ui_put(ui.bar, 0, 0, ui.cols, line, ALIGN_LEFT);
        return;
    }
    for (int pass = 0; pass < 2; pass++) {
        const enum cmd *c = pass == 0 ? (top ? top->ops->cmds : NULL) : tail;
        for (; c && *c != CMD_NONE; c++) {
            if (pass == 0 && (*c == CMD_HELP || *c == CMD_BACK)) continue;
            if (top && top->ops->can && !top->ops->can(top, *c)) continue;
            keymap_keys_for(ctx, *c, keys, sizeof keys, 1);
            if (!keys[0]) continue;
            snprintf(item, sizeof item, "%s %s  ", keys, cmd_desc(*c));
            if (x + str_width(item) > ui.cols) return;
            wattron(ui.bar, A_BOLD);
            x += ui_puts(ui.bar, 0, x, ui.cols - x, keys);
            wattroff(ui.bar, A_BOLD);
            snprintf(item, sizeof item, " %s  ", cmd_desc(*c));
            x += ui_puts(ui.bar, 0, x, ui.cols - x, item);
        }
    }
}

static void draw_too_small(void)
{
    char line[128];

    werase(stdscr);
    snprintf(line, sizeof line, "终端太小 / terminal too small: need %dx%d, have %dx%d",
             UI_MIN_COLS, UI_MIN_ROWS, COLS, LINES);
    /* Centre when it fits, otherwise wrap by columns so all of it shows. */
    if (str_width(line) <= COLS) {
        ui_put(stdscr, LINES / 2, (COLS - str_width(line)) / 2, str_width(line), line, ALIGN_LEFT);
    } else {
        const char *p = line;
        for (int y = 0; *p && y < LINES; y++) {
            int used;
            size_t n = str_fit(p, COLS, &used);
            char part[128];
            if (n == 0) break;
            snprintf(part, sizeof part, "%.*s", (int)n, p);
            mvwaddstr(stdscr, y, 0, part);
            p += n;
        }
    }
    wnoutrefresh(stdscr);
}

static int any_dirty(void)
{
    struct screen *top = ui_stack_top();
    return ui.frame_dirty || ui.full_redraw || (top && top->dirty);
}

void ui_draw(void)
{
    struct screen *top = ui_stack_top();

    if (!ui.curses_on || !any_dirty()) return;
    if (ui.full_redraw) clearok(curscr, TRUE);
    ui.want_cursor = 0;
    ui.cur_win = NULL;
    if (ui.too_small) {
        draw_too_small();
    } else {
        werase(ui.hdr); werase(ui.tabline); werase(ui.body); werase(ui.msgw); werase(ui.bar);
        draw_header();
        draw_tabs();
        theme_set(ui.body, ROLE_NORMAL);
        if (top) {
            top->rows = getmaxy(ui.body);
            top->cols = getmaxx(ui.body);
            top->ops->draw(top, ui.body);
            theme_set(ui.body, ROLE_NORMAL);
        }
        ui_put_role(ui.msgw, 0, 0, ui.cols, ui.msg, ALIGN_LEFT, ui.msg_err ? ROLE_ERROR : ROLE_NORMAL);
        draw_hints();
        wnoutrefresh(ui.hdr); wnoutrefresh(ui.tabline); wnoutrefresh(ui.body);
        wnoutrefresh(ui.msgw); wnoutrefresh(ui.bar);
        for (int i = 0; i < ui.nmodal; i++) ui_modal_draw(ui.modals[i]);
    }
    curs_set(ui.want_cursor ? 1 : 0);
    /* The physical cursor follows the last window refreshed. */
    if (ui.want_cursor && ui.cur_win) {
        wmove(ui.cur_win, ui.cur_y, ui.cur_x);
        wnoutrefresh(ui.cur_win);
    }
    doupdate();
    ui.frame_dirty = ui.full_redraw = 0;
    if (top) top->dirty = 0;
}
