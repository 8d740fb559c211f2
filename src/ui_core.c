/* ui_core.c — the screen stack, the frame (header, title line, message
 * line, hint bar), timers and key dispatch.  The loop is in ui_loop.c. */
#include "config.h"
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "db.h"
#include "i18n.h"
#include "ui_int.h"
#include "util.h"

struct ui_state ui;

long long ui_now_ms(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

struct app *ui_app(void) { return ui.running ? ui.app : NULL; }

int ui_role_is(const char *role)
{
    return ui.app && strcmp(ui.app->me.role, role) == 0;
}

static void set_msg(int err, const char *fmt, va_list ap)
{
    vsnprintf(ui.msg, sizeof ui.msg, fmt, ap);
    ui.msg_err = err;
    ui.msg_is_wait = 0;
    ui.frame_dirty = 1;
    log_msg("%s: %s", err ? "error" : "info", ui.msg);
}

void ui_info(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    set_msg(0, fmt, ap);
    va_end(ap);
}

void ui_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    set_msg(1, fmt, ap);
    va_end(ap);
}

void ui_db_error(void)
{
    if (ui.app && ui.app->db) ui_error("%s", db_errmsg(ui.app->db));
}

void ui_set_unread(int n)
{
    if (ui.app && ui.app->unread != n) {
        ui.app->unread = n;
        ui.frame_dirty = 1;
    }
}

void ui_set_command_hook(int (*hook)(struct app *, enum cmd)) { ui.hook = hook; }

/* ---- the stack ---- */

struct screen *ui_stack_top(void)
{
    struct tab *t = &ui.tabs[ui.cur_tab];
    return t->depth ? t->stack[t->depth - 1] : NULL;
}

struct screen *ui_top(void) { return ui_stack_top(); }

static void body_size(int *rows, int *cols)
{
    *rows = ui.body ? getmaxy(ui.body) : (LINES > 4 ? LINES - 4 : 1);
    *cols = ui.body ? getmaxx(ui.body) : COLS;
}

struct screen *ui_push(const struct screen_ops *ops, void *arg)
{
    struct tab *t = &ui.tabs[ui.cur_tab];
    struct screen *s;

    if (t->depth >= UI_MAX_DEPTH) {
        ui_error(_("Too many screens open; close some with %s first."), keymap_first_key(KCTX_GLOBAL, CMD_BACK));
        return NULL;
    }
    s = xcalloc(1, sizeof *s);
    s->ops = ops;
    s->app = ui.app;
    s->watch = ops->watch;
    if (ops->priv_size) s->priv = xcalloc(1, ops->priv_size);
    body_size(&s->rows, &s->cols);
    if (ops->watch) ui_listen_sync(ops->watch);
    if (ops->open && ops->open(s, arg) != 0) {
        if (ops->priv_size) free(s->priv);
        free(s);
        return NULL;
    }
    s->dirty = 1;
    t->stack[t->depth++] = s;
    ui.frame_dirty = 1;
    return s;
}

void ui_pop(struct screen *s)
{
    if (s) s->closing = 1;
    ui.frame_dirty = 1;
}

static void destroy(struct screen *s)
{
    for (int i = 0; i < ui.ntimers; i++)
        if (ui.timers[i].s == s) ui.timers[i--] = ui.timers[--ui.ntimers];
    if (s->ops->close) s->ops->close(s);
    if (s->ops->priv_size) free(s->priv);
    free(s);
}

/* Remove screens marked closing (they may sit anywhere in a stack). */
void ui_reap_closed(void)
{
    for (int ti = 0; ti < UI_MAX_TABS; ti++) {
        struct tab *t = &ui.tabs[ti];
        int j = 0;
        for (int i = 0; i < t->depth; i++) {
            if (t->stack[i]->closing) { destroy(t->stack[i]); ui.frame_dirty = 1; }
            else t->stack[j++] = t->stack[i];
        }
        t->depth = j;
        if (j) t->stack[j - 1]->dirty = 1;
    }
    /* A main screen popped itself: show home again. */
    if (ui.tabs[ui.cur_tab].depth == 0 && ui.cur_tab != 0 && !ui.quitting)
        ui_switch_main(0);
}

void ui_close_all(void)
{
    for (int ti = 0; ti < UI_MAX_TABS; ti++) {
        struct tab *t = &ui.tabs[ti];
        while (t->depth > 0) destroy(t->stack[--t->depth]);
    }
    ui.ntimers = 0;
}

void ui_for_each_screen(void (*fn)(struct screen *, void *), void *arg)
{
    for (int ti = 0; ti < UI_MAX_TABS; ti++)
        for (int i = 0; i < ui.tabs[ti].depth; i++) fn(ui.tabs[ti].stack[i], arg);
}

void ui_dirty(struct screen *s)
{
    if (s) s->dirty = 1;
    else ui.frame_dirty = ui.full_redraw = 1;
}

/* Main screen numbers are registry positions, the same for every role: a
 * screen the role does not have keeps its number and is shown as absent. */
int ui_main_visible_index(const struct app *app, int n)
{
    const struct screen_ops *o;

    if (n < 0 || n >= ui_main_screen_count || n >= UI_MAX_TABS) return -1;
    o = ui_main_screens[n];
    return o->visible && !o->visible(app) ? -1 : n;
}

int ui_main_absent(const struct app *app, int n)
{
    const struct screen_ops *o;

    if (n < 0 || n >= ui_main_screen_count || n >= UI_MAX_TABS) return 0;
    o = ui_main_screens[n];
    return o->visible && !o->visible(app);
}

void ui_main_switch_key(int n)
{
    if (ui_switch_main(ui_main_visible_index(ui.app, n)) == 0) return;
    if (ui_main_absent(ui.app, n) && n >= 10)
        ui_info(_("Screen %s is not available to your role."), n == 10 ? "F12" : "F11");
    else if (ui_main_absent(ui.app, n))
        ui_info(_("Screen %d is not available to your role."), n + 1 == 10 ? 0 : n + 1);
    else
        ui_info(_("There is no main screen %d."), n + 1 == 10 ? 0 : n + 1);
}

int ui_switch_main(int index)
{
    const struct screen_ops *o;
    int prev = ui.cur_tab;

    if (index < 0 || index >= ui_main_screen_count || index >= UI_MAX_TABS) return -1;
    o = ui_main_screens[index];
    if (o->visible && !o->visible(ui.app)) return -1;
    ui.cur_tab = index;
    if (ui.tabs[index].depth == 0 && !ui_push(o, NULL)) {
        ui.cur_tab = prev;
        return -1;
    }
    ui_stack_top()->dirty = 1;
    ui.frame_dirty = 1;
    return 0;
}

int ui_switch_to(const struct screen_ops *ops)
{
    for (int i = 0; i < ui_main_screen_count && i < UI_MAX_TABS; i++)
        if (ui_main_screens[i] == ops) return ui_switch_main(i);
    return -1;
}

/* ---- timers ---- */

void ui_timer(struct screen *s, int ms)
{
    int i;

    for (i = 0; i < ui.ntimers; i++)
        if (ui.timers[i].s == s) break;
    if (ms <= 0) {
        if (i < ui.ntimers) ui.timers[i] = ui.timers[--ui.ntimers];
        return;
    }
    if (i == ui.ntimers) {
        if (ui.ntimers >= UI_MAX_TIMERS) return;
        ui.ntimers++;
    }
    ui.timers[i].s = s;
    ui.timers[i].due_ms = ui_now_ms() + ms;
}

/* While a prompt or menu is open the screens below it keep still: their
 * timers (debounced reloads) wait, so the code that opened the prompt can
 * keep pointers into the screen's rows across it. */
int ui_timer_next_ms(void)
{
    long long now = ui_now_ms(), best = -1;

    if (ui.nmodal)
        return -1;

    for (int i = 0; i < ui.ntimers; i++) {
        long long d = ui.timers[i].due_ms - now;
        if (d < 0) d = 0;
        if (best < 0 || d < best) best = d;
    }
    return best > 86400000 ? 86400000 : (int)best;
}

void ui_timer_fire(void)
{
    long long now = ui_now_ms();

    if (ui.nmodal)
        return;

    for (int i = 0; i < ui.ntimers; i++) {
        if (ui.timers[i].due_ms > now) continue;
        struct screen *s = ui.timers[i].s;
        ui.timers[i--] = ui.timers[--ui.ntimers];
        if (s->ops->timer) s->ops->timer(s);
        s->dirty = 1;
    }
}

/* ---- commands ---- */

static void count_unsaved(struct screen *s, void *arg)
{
    if (s->ops->unsaved && s->ops->unsaved(s)) ++*(int *)arg;
}

static void draft_one(struct screen *s, void *arg)
{
    (void)arg;
    if (s->ops->unsaved && s->ops->unsaved(s) && s->ops->save_draft) s->ops->save_draft(s);
}

/* "Discard and quit": a draft this edit was restored from goes too, or the
 * next start would offer what was just thrown away. */
static void drop_one(struct screen *s, void *arg)
{
    (void)arg;
    if (s->ops->unsaved && s->ops->unsaved(s) && s->ops->drop_draft) s->ops->drop_draft(s);
}

/* Quitting never loses an edit silently: with unsaved edits the question
 * is "go back / keep as draft / discard", going back by default; where no
 * question can be shown (terminal too small) the edits are kept as drafts. */
static void quit_with_edits(int ask)
{
    int n = 0;
    const char *items[3];

    ui_for_each_screen(count_unsaved, &n);
    if (!n) {
        /* No is the default: a stray Enter never ends the session. */
        if (!ask || ui_confirm(_("Quit casedesk?"), 0) == 1) ui.quitting = 1;
        return;
    }
    if (!ask) { ui_for_each_screen(draft_one, NULL); ui.quitting = 1; return; }
    items[0] = _("Go back to my edit");
    items[1] = _("Keep my edit as a draft and quit");
    items[2] = _("Discard my edit and quit");
    switch (ui_menu(_("You have unsaved edits"), items, 3, 0)) {
    case 1: ui_for_each_screen(draft_one, NULL); ui.quitting = 1; break;
    case 2: ui_for_each_screen(drop_one, NULL); ui.quitting = 1; break;
    default: break;
    }
}

void ui_quit_confirm(void)
{
    quit_with_edits(1);
}

static void global_command(enum cmd c)
{
    struct tab *t = &ui.tabs[ui.cur_tab];
    struct screen *top = ui_stack_top();

    switch (c) {
    case CMD_QUIT:
        ui_quit_confirm();
        break;
    case CMD_BACK:
    case CMD_CANCEL:
        /* One level back, never out of the program: quitting is its own
         * key (Q, F10), so Esc pressed once too often costs nothing. */
        if (t->depth > 1) ui_pop(top);
        else if (ui.cur_tab != 0) ui_switch_main(0);
        else ui_info(_("This is the home screen; %s quits."), keymap_first_key(KCTX_GLOBAL, CMD_QUIT));
        break;
    case CMD_HELP:
        if (!top || top->ops != &help_screen) ui_push(&help_screen, top);
        break;
    case CMD_REDRAW:
        ui_dirty(NULL);
        break;
    case CMD_SCREEN1: case CMD_SCREEN2: case CMD_SCREEN3:
    case CMD_SCREEN4: case CMD_SCREEN5: case CMD_SCREEN6:
    case CMD_SCREEN7: case CMD_SCREEN8: case CMD_SCREEN9:
        ui_main_switch_key(c - CMD_SCREEN1);
        break;
    default:
        if (ui.hook && ui.hook(ui.app, c)) break;
        ui_info(_("\"%s\" is not available here; press ? for help."), cmd_desc(c));
        break;
    }
}

static void run_command(struct screen *top, enum cmd c)
{
    ui.saving = c == CMD_SAVE;       /* "Saving…" if it has to wait */
    if (top && top->ops->command && top->ops->command(top, c))
        top->dirty = 1;
    else
        global_command(c);
    ui_after_wait();
}

static int pop_key(void)
{
    int k = ui.keys[ui.keys_head++];

    ui.nkeys--;
    if (ui.nkeys == 0) ui.keys_head = 0;
    return k;
}

static int is_text_key(int k)
{
    return !KEYC_IS_FN(k) && k >= 0x20 && k != 0x7F && cp_printable((uint32_t)k);
}

/* Collect a run of printable keys (a paste arrives as many keys at once)
 * into one UTF-8 string, so it reaches the editor in one call. */
static size_t take_text(int first, char **buf, size_t *cap)
{
    size_t len = 0;
    int k = first;

    for (;;) {
        if (len + 5 > *cap) { *cap = *cap * 2 + 64; *buf = xrealloc(*buf, *cap); }
        len += utf8_encode((uint32_t)k, *buf + len);
        if (ui.nkeys == 0 || !is_text_key(ui.keys[ui.keys_head])) break;
        k = pop_key();
    }
    (*buf)[len] = '\0';
    return len;
}

/* A bracketed paste is one edit of the field being typed in: its text in
 * one call, line breaks already spaces (ui_loop.c).  Outside a text field
 * it does nothing: pasted letters must not become commands. */
static void deliver_paste(struct modal *m, struct screen *top, enum key_context ctx)
{
    int changed = ui.paste_changed;
    size_t len = ui.paste_len;

    ui.paste_len = 0;
    ui.paste_changed = 0;
    if (!ui.paste || !len) return;
    ui.paste[len] = '\0';
    if (m && MODAL_TAKES_TEXT(m)) ui_modal_text(m, ui.paste, len);
    else if (!m && kctx_is_text(ctx) && top && top->ops->input) { top->ops->input(top, ui.paste, len); top->dirty = 1; }
    else { ui_info("%s", _("Pasted text goes into a field; nothing was changed here.")); return; }
    if (changed)
        ui_info("%s", _("Pasted as one line: line breaks became spaces and control characters were left out."));
}

static void dispatch_key(int key)
{
    static char *text;
    static size_t cap;
    struct modal *m = ui.nmodal ? ui.modals[ui.nmodal - 1] : NULL;
    struct screen *top = ui_stack_top();
    enum key_context ctx = m ? KCTX_PROMPT : top ? top->ops->ctx : KCTX_GLOBAL;
    enum cmd c;
    char qk[32];

    ui.msg[0] = '\0';
    ui.frame_dirty = 1;
    if (key == UI_KEY_INTR) {
        /* ^C: never lose typing; elsewhere it means "quit?". */
        if (m || kctx_is_text(ctx))
            ui_info(_("Press %s to cancel, %s to quit."), keymap_first_key(KCTX_PROMPT, CMD_CANCEL),
                    keymap_keys_for(KCTX_FORM, CMD_QUIT, qk, sizeof qk, 1));
        else if (ui.too_small) quit_with_edits(0);
        else ui_quit_confirm();
        return;
    }
    if (key == UI_KEY_PASTE) { deliver_paste(m, top, ctx); return; }
    if (UI_KEY_IS_BADBYTE(key)) {
        ui_error(_("Refused the byte 0x%02X: it is not UTF-8 text (is the terminal set to UTF-8?). The rest was kept."),
                 (unsigned)(key & 0xFF));
        return;
    }
    if (m && !MODAL_TAKES_TEXT(m)) { ui_modal_key(m, key); return; }
    c = keymap_resolve(ctx, key);
    if (c == CMD_NONE && kctx_is_text(ctx) && is_text_key(key)) {
        size_t len = take_text(key, &text, &cap);
        if (m) ui_modal_text(m, text, len);
        else if (top && top->ops->input) { top->ops->input(top, text, len); top->dirty = 1; }
        return;
    }
    if (m) { ui_modal_key(m, key); return; }
    if (ui.too_small && c != CMD_QUIT && c != CMD_REDRAW) return;
    if (c == CMD_NONE) {
        char name[32];
        ui_info(_("Key %s does nothing here; press ? for help."), keymap_key_name(key, name, sizeof name));
        return;
    }
    if (ui.too_small) { quit_with_edits(0); return; }
    run_command(top, c);
}

/* Put a key back in front of the queue: a question that a key did not
 * answer closes and the key is handled as if the question had not come. */
void ui_unget_key(int key)
{
    ui_queue_key(key);
    if (ui.nkeys > 1) {
        memmove(ui.keys + ui.keys_head + 1, ui.keys + ui.keys_head, (ui.nkeys - 1) * sizeof *ui.keys);
        ui.keys[ui.keys_head] = key;
    }
}

void ui_queue_key(int key)
{
    if (ui.keys_head + ui.nkeys >= ui.keys_cap) {
        if (ui.keys_head > 0) {
            memmove(ui.keys, ui.keys + ui.keys_head, ui.nkeys * sizeof *ui.keys);
            ui.keys_head = 0;
        }
        if (ui.nkeys >= ui.keys_cap) {
            ui.keys_cap = ui.keys_cap ? ui.keys_cap * 2 : 256;
            ui.keys = xrealloc(ui.keys, ui.keys_cap * sizeof *ui.keys);
        }
    }
    ui.keys[ui.keys_head + ui.nkeys++] = key;
}

void ui_dispatch_pending(const int *stop)
{
    while (ui.nkeys > 0 && !ui.quitting && !(stop && *stop)) {
        dispatch_key(pop_key());
        /* Inside a modal the screen that asked is still running its
         * handler: reap only at the outermost level. */
        if (!ui.nmodal) ui_reap_closed();
    }
}
