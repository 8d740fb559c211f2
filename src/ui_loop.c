/* ui_loop.c — terminal set-up and the event loop.
 *
 * One poll() over the terminal, a signal self-pipe and the libpq socket,
 * with a timeout to the next timer, reconnect attempt or minute boundary
 * (the header clock); idle means an infinite wait.  Signal handlers only
 * write the signal number to the pipe: all work happens in the loop. */
#include "config.h"
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/time.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "db.h"
#include "district.h"
#include "i18n.h"
#include "notify_filter.h"
#include "ui_idle.h"
#include "ui_int.h"
#include "util.h"

static int sigfd[2] = { -1, -1 };
static int tty_idle_wakes;     /* readable but nothing to read: a dead tty */

enum db_state { DB_UP, DB_WAIT, DB_POLLING };
static enum db_state dbst;
static long long db_next_ms;
static int db_backoff_ms;
static long long db_attempt_ms;      /* next full attempt without a probe */

/* ---- timing: log-only figures for `make bench` ----
 * Only when a log is open (--log FILE): the loop notes when input or a
 * notification became readable and logs the time to the doupdate() that
 * showed its effect.  Without a log nothing is measured. */
static struct timespec t_start;      /* process start (a constructor) */
static struct timespec t_ready;      /* poll() returned readable */
static struct timespec t_notify;     /* first notification not yet shown */
static struct timespec t_keyed;      /* a key batch whose timers still run */
static struct timespec t_timer;      /* a due timer is about to fire */
static int t_timed;
static char t_key[32];               /* first key of the batch, "" none */
static char t_settle[32];            /* that batch's key, "" none */
static int t_notified, t_first_done;

__attribute__((constructor)) static void timing_start(void)
{
    clock_gettime(CLOCK_MONOTONIC, &t_start);
}

static int timing_on(void)
{
    return ui.app && ui.app->settings.log[0];
}

static double ms_since(const struct timespec *t0)
{
    struct timespec t;

    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)(t.tv_sec - t0->tv_sec) * 1e3 + (double)(t.tv_nsec - t0->tv_nsec) / 1e6;
}

/* A timer or a coalesced load of the screen on top is pending: it debounces
 * work whose result is not shown yet (screens in other tabs do not count:
 * they are hidden). */
static int top_timer_pending(void)
{
    struct screen *top = ui_stack_top();

    if (top && top->stale) return 1;
    for (int i = 0; i < ui.ntimers; i++)
        if (ui.timers[i].s == top) return 1;
    return 0;
}

/* After ui_draw(): one line per input batch; one per notification burst,
 * once the top screen's coalesced load has run (the reload is then shown). */
static void timing_log(void)
{
    struct screen *top;

    if (!timing_on()) return;
    if (!t_first_done) {
        t_first_done = 1;
        log_msg("timing first_draw ms=%.2f", ms_since(&t_start));
    }
    top = ui_stack_top();
    if (t_key[0]) {
        log_msg("timing key=%s screen=%s ms=%.2f", t_key,
                top && top->ops->name ? top->ops->name : "-", ms_since(&t_ready));
        /* A screen that debounces (search as you type) shows the result
         * after its timer: log that too, as "settle". */
        if (top_timer_pending()) {
            t_keyed = t_ready;
            snprintf(t_settle, sizeof t_settle, "%s", t_key);
        } else {
            t_settle[0] = '\0';
        }
    } else if (t_settle[0] && !top_timer_pending()) {
        if (t_timed)   /* the debounced work itself: timer fired → shown */
            log_msg("timing timer screen=%s ms=%.2f",
                    top && top->ops->name ? top->ops->name : "-", ms_since(&t_timer));
        log_msg("timing settle key=%s screen=%s ms=%.2f", t_settle,
                top && top->ops->name ? top->ops->name : "-", ms_since(&t_keyed));
        t_settle[0] = '\0';
    }
    if (t_notified && !top_timer_pending()) {
        log_msg("timing notify ms=%.2f", ms_since(&t_notify));
        t_notified = 0;
    }
    t_key[0] = '\0';
    t_timed = 0;
}

static void on_signal(int sig)
{
    int saved = errno;
    unsigned char c = (unsigned char)sig;

    if (sigfd[1] >= 0 && write(sigfd[1], &c, 1) < 0) { /* full pipe: burst */ }
    errno = saved;
}

static void catch(int sig, void (*fn)(int))
{
    struct sigaction sa;

    memset(&sa, 0, sizeof sa);
    sa.sa_handler = fn;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(sig, &sa, NULL);
}

static void install_signals(void)
{
    static const int sigs[] = { SIGWINCH, SIGHUP, SIGTERM, SIGINT, SIGQUIT, SIGTSTP, SIGCONT };

    for (size_t i = 0; i < ARRAY_SIZE(sigs); i++) catch(sigs[i], on_signal);
    catch(SIGPIPE, SIG_IGN);
}

void ui_cleanup(void)
{
    if (!ui.curses_on) return;
    ui.curses_on = 0;
    fputs("\033[?2004l", stdout);
    curs_set(1);
    endwin();
    fflush(stdout);
}

/* ^S/^Q are ours (save), not flow control.  A ^S typed before we start
 * has already stopped output: a write would then block for ever, and the
 * signal handling with it; so output is restarted too.  The terminal's own
 * setting comes back at exit and while we are stopped (^Z). */
static tcflag_t tty_flow_saved;
static int tty_flow_known;

static void tty_flow_restore(void)
{
    struct termios t;

    if (!tty_flow_known || tcgetattr(STDIN_FILENO, &t) != 0) return;
    t.c_iflag = (t.c_iflag & ~(tcflag_t)(IXON | IXOFF)) | tty_flow_saved;
    tcsetattr(STDIN_FILENO, TCSADRAIN, &t);
}

void ui_tty_flow_off(void)
{
    struct termios t;

    if (!isatty(STDIN_FILENO) || tcgetattr(STDIN_FILENO, &t) != 0) return;
    if (!tty_flow_known) {
        tty_flow_saved = t.c_iflag & (IXON | IXOFF);
        tty_flow_known = 1;
        atexit(tty_flow_restore);
    }
    if (t.c_iflag & (IXON | IXOFF)) {
        t.c_iflag &= ~(tcflag_t)(IXON | IXOFF);
        tcsetattr(STDIN_FILENO, TCSANOW, &t);
    }
    tcflow(STDIN_FILENO, TCOON);
}

/* The modes we need, after start-up and after every SIGCONT (the shell
 * that ran the stopped job set the terminal its own way): no flow
 * control, keypad transmit mode (so the arrows send what terminfo says),
 * bracketed paste (a pasted line break is text, not Enter). */
static void term_modes_on(void)
{
    const char *smkx = tigetstr("smkx");

    ui_tty_flow_off();
    def_prog_mode();
    if (smkx && smkx != (char *)-1) putp(smkx);
    fputs("\033[?2004h", stdout);   /* bracketed paste */
    fflush(stdout);
}

static int term_init(void)
{
    ui_tty_flow_off();
    if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
        fprintf(stderr, "casedesk: %s\n", _("standard input and output must be a terminal"));
        return -1;
    }
    if (!newterm(NULL, stdout, stdin)) {
        fprintf(stderr, _("casedesk: unknown terminal type \"%s\"; set TERM (e.g. TERM=xterm-256color)\n"),
                getenv("TERM") ? getenv("TERM") : "");
        return -1;
    }
    ui.curses_on = 1;
    set_escdelay(25);
    cbreak();
    noecho();
    nonl();
    intrflush(stdscr, FALSE);
    keypad(stdscr, TRUE);
    nodelay(stdscr, TRUE);
    term_modes_on();
    theme_init(ui.app->settings.theme);
    curs_set(0);
    clear();
    refresh();
    return 0;
}

/* Rebuild the windows for the current LINES x COLS. */
static void relayout(void)
{
    for (int i = 0; i < ui.nmodal; i++)
        if (ui.modals[i]->win) { delwin(ui.modals[i]->win); ui.modals[i]->win = NULL; }
    ui_layout();
}

/* SIGWINCH: ask the kernel for the size.  resizeterm() queues a KEY_RESIZE
 * which read_keys then ignores because the size already matches. */
static void do_resize(void)
{
    struct winsize ws;

    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_row > 0 && ws.ws_col > 0 &&
        (ws.ws_row != LINES || ws.ws_col != COLS))
        resizeterm(ws.ws_row, ws.ws_col);
    relayout();
}

static void save_one(struct screen *s, void *arg)
{
    (void)arg;
    if (s->ops->save_draft) s->ops->save_draft(s);
}

void ui_save_drafts_and_exit(int status)
{
    /* A statement still running (a lock wait) would keep its backend
     * until the statement timeout: cancel it before going. */
    if (ui.app && ui.app->db) db_cancel(ui.app->db);
    log_msg("exiting with status %d: saving drafts", status);
    ui_for_each_screen(save_one, NULL);
    ui_cleanup();
    exit(status);
}

/* Back from a stop (our ^Z or anyone's SIGSTOP): the shell has set the
 * terminal its own way; set ours again and repaint everything. */
static void resume(void)
{
    ui.curses_on = 1;
    ui_idle_touch();                  /* fg was typed: time stopped is not idle */
    reset_prog_mode();
    term_modes_on();
    ui.full_redraw = 1;
    do_resize();
}

static void suspend(void)
{
    ui_cleanup();
    tty_flow_restore();
    catch(SIGTSTP, SIG_DFL);
    raise(SIGTSTP);                 /* stops here until SIGCONT */
    catch(SIGTSTP, on_signal);
    resume();
}

static void handle_signals(void)
{
    unsigned char buf[64];
    int winch = 0, intr = 0, tstp = 0, cont = 0, die = 0;
    ssize_t n;

    /* Drain everything: a burst of SIGWINCH becomes one resize. */
    while ((n = read(sigfd[0], buf, sizeof buf)) > 0)
        for (ssize_t i = 0; i < n; i++) {
            switch (buf[i]) {
            case SIGWINCH: winch = 1; break;
            case SIGINT: case SIGQUIT: intr = 1; break;
            case SIGTSTP: tstp = 1; break;
            case SIGCONT: cont = 1; break;
            case SIGHUP: die = 129; break;
            case SIGTERM: if (!die) die = 143; break;
            }
        }
    if (die) ui_save_drafts_and_exit(die);
    if (tstp) suspend();
    else if (cont) resume();
    else if (winch) do_resize();
    if (intr) ui_queue_key(UI_KEY_INTR);
}

/* ---- reading the terminal ----
 * Bytes come from wgetch (keypad decodes the function keys) and are put
 * together as UTF-8 here, not by get_wch: a byte that is not UTF-8 is
 * refused by name (UI_KEY_BADBYTE, a message) and the valid text around
 * it is kept.  Bracketed paste (ESC [200~ ... ESC [201~) is collected into
 * ui.paste and queued as one UI_KEY_PASTE: one edit of one field, line
 * breaks as spaces, never as keys that move between fields. */
static const char paste_start[] = "\033[200~", paste_end[] = "\033[201~";
static int esc_have;                 /* bytes of paste_start / paste_end matched */
static int in_paste;
static uint32_t u8_cp;               /* the character being put together */
static int u8_need, u8_have, u8_first;
static int bad_byte = -1;            /* the first refused byte of this read */

static void refuse_byte(int b)
{
    if (bad_byte < 0) bad_byte = b;
}

static void paste_add(uint32_t cp)
{
    char u[4];
    size_t n;

    if (cp == '\r' || cp == '\n' || cp == '\t' || cp == 0x0B || cp == 0x0C) {
        /* a run of line breaks (CR LF, or tmux's CR CR) is one space */
        if (ui.paste_changed == 2) return;
        ui.paste_changed = 2;
        cp = ' ';
    } else {
        if (ui.paste_changed == 2) ui.paste_changed = 1;
        if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) { ui.paste_changed = 1; return; }
    }
    n = utf8_encode(cp, u);
    if (ui.paste_len + n + 1 > ui.paste_cap) {
        ui.paste_cap = ui.paste_cap * 2 + 256;
        ui.paste = xrealloc(ui.paste, ui.paste_cap);
    }
    memcpy(ui.paste + ui.paste_len, u, n);
    ui.paste_len += n;
    ui.paste[ui.paste_len] = '\0';
}

static void put_char(uint32_t cp)
{
    if (in_paste) paste_add(cp);
    else ui_queue_key((int)cp);
}

/* One byte of text (not a function key) through the UTF-8 decoder. */
static void put_byte(int b)
{
    if (u8_need) {
        if ((b & 0xC0) == 0x80) {
            u8_cp = (u8_cp << 6) | (uint32_t)(b & 0x3F);
            if (++u8_have < u8_need) return;
            u8_need = 0;
            /* overlong forms, surrogates and beyond U+10FFFF are not UTF-8 */
            if ((u8_have == 2 && u8_cp < 0x800) || (u8_have == 3 && u8_cp < 0x10000)
                || (u8_cp >= 0xD800 && u8_cp <= 0xDFFF) || u8_cp > 0x10FFFF)
                refuse_byte(u8_first);
            else
                put_char(u8_cp);
            return;
        }
        refuse_byte(u8_first);       /* cut short: refuse it, then read b afresh */
        u8_need = 0;
    }
    if (b < 0x80) { put_char((uint32_t)b); return; }
    u8_first = b;
    u8_have = 0;
    if (b >= 0xC2 && b <= 0xDF) { u8_need = 1; u8_cp = (uint32_t)(b & 0x1F); }
    else if (b >= 0xE0 && b <= 0xEF) { u8_need = 2; u8_cp = (uint32_t)(b & 0x0F); }
    else if (b >= 0xF0 && b <= 0xF4) { u8_need = 3; u8_cp = (uint32_t)(b & 0x07); }
    else refuse_byte(b);
}

/* The bytes of an escape sequence that turned out not to be a paste marker. */
static void esc_flush(const char *marker)
{
    for (int i = 0; i < esc_have; i++) {
        if (i == 0 && !in_paste) ui_queue_key(27);       /* Esc, then its followers */
        else if (i > 0) put_byte((unsigned char)marker[i]);
        else ui.paste_changed = 1;                        /* an ESC inside a paste */
    }
    esc_have = 0;
}

static void take_byte(int b)
{
    const char *marker = in_paste ? paste_end : paste_start;

    if (b == (unsigned char)marker[esc_have]) {
        if (marker[++esc_have]) return;
        esc_have = 0;
        if (in_paste) { in_paste = 0; ui_queue_key(UI_KEY_PASTE); }
        else in_paste = 1;
        return;
    }
    if (esc_have) esc_flush(marker);
    if (b == 27) { esc_have = 1; return; }
    put_byte(b);
}

static void take_fn_key(int k)
{
    if (esc_have) esc_flush(in_paste ? paste_end : paste_start);
    if (u8_need) { refuse_byte(u8_first); u8_need = 0; }
    if (k == KEY_RESIZE) { if (LINES != ui.rows || COLS != ui.cols) relayout(); return; }
    if (in_paste) { ui.paste_changed = 1; return; }   /* a key code inside a paste: dropped */
    ui_queue_key(KEYC_FN(k));
}

/* Drain the terminal: curses buffers escape sequences and pastes. */
static void read_keys(void)
{
    int k, got = 0, avail = 0;

    if (ioctl(STDIN_FILENO, FIONREAD, &avail) < 0 || avail == 0) {
        /* Readable with nothing to read is end of file (hang-up, EIO). */
        if (++tty_idle_wakes >= 3) ui_save_drafts_and_exit(129);
    }
    while ((k = getch()) != ERR) {
        got++;
        if (k >= KEY_MIN) take_fn_key(k);
        else take_byte(k);
        if (got == 1 && timing_on())
            keymap_key_name(k >= KEY_MIN ? KEYC_FN(k) : k, t_key, sizeof t_key);
    }
    /* A lone Esc is the Esc key (curses waited ESCDELAY for more). */
    if (esc_have && !in_paste) esc_flush(paste_start);
    if (bad_byte >= 0) { ui_queue_key(UI_KEY_BADBYTE(bad_byte)); bad_byte = -1; }
    if (got) { tty_idle_wakes = 0; ui_idle_touch(); }
}


/* ---- waiting on the database ----
 * db_exec calls on_db_wait while a statement takes long (a row lock, a
 * slow server).  The screen shows "Saving… N s (Esc cancels)"; Esc or ^C
 * cancels the statement; a hang-up or SIGTERM cancels it and exits (the
 * backend is then gone at once); other keys typed at the waiting screen
 * are dropped, so they neither erase the outcome nor queue more saves.
 * Resizes and ^Z wait until the statement is over. */
static long wait_shown_s = -1;
static int wait_winch, wait_cont;

static void wait_show(long elapsed_ms)
{
    long secs = elapsed_ms / 1000;

    if (!ui.curses_on || ui.too_small || !ui.msgw) return;
    if (ui.msg_is_wait && secs == wait_shown_s) return;
    wait_shown_s = secs;
    snprintf(ui.msg, sizeof ui.msg,
             ui.saving ? _("Saving… %ld s (Esc cancels)") : _("Waiting for the database… %ld s (Esc cancels)"),
             secs);
    ui.msg_err = 0;
    ui.msg_is_wait = 1;
    werase(ui.msgw);
    ui_put_role(ui.msgw, 0, 0, ui.cols, ui.msg, ALIGN_LEFT, ROLE_NORMAL);
    wnoutrefresh(ui.msgw);
    doupdate();
}

static int wait_signals(void)
{
    unsigned char buf[64];
    int cancel = 0, die = 0;
    ssize_t n;

    while ((n = read(sigfd[0], buf, sizeof buf)) > 0)
        for (ssize_t i = 0; i < n; i++) {
            switch (buf[i]) {
            case SIGINT: case SIGQUIT: cancel = 1; break;
            case SIGHUP: die = 129; break;
            case SIGTERM: if (!die) die = 143; break;
            case SIGWINCH: wait_winch = 1; break;
            case SIGCONT: wait_cont = 1; break;
            default: break;          /* SIGTSTP: not in the middle of a statement */
            }
        }
    if (die) ui_save_drafts_and_exit(die);   /* cancels the statement first */
    return cancel;
}

static int wait_keys(void)
{
    wint_t ch;
    int r, cancel = 0, avail = 0;

    if (ioctl(STDIN_FILENO, FIONREAD, &avail) < 0 || avail == 0) {
        if (++tty_idle_wakes >= 3) ui_save_drafts_and_exit(129);
        return 0;
    }
    tty_idle_wakes = 0;
    ui_idle_touch();                  /* keys at the waiting screen: not idle */
    while ((r = get_wch(&ch)) != ERR)
        if (r == OK && (ch == 27 || ch == 3)) cancel = 1;
    return cancel;
}

static int on_db_wait(void *arg, int dbfd, long elapsed_ms)
{
    struct pollfd fds[3];
    int ms = 1000 - (int)(elapsed_ms % 1000), cancel = 0;

    (void)arg;
    wait_show(elapsed_ms);
    fds[0] = (struct pollfd){ .fd = STDIN_FILENO, .events = POLLIN };
    fds[1] = (struct pollfd){ .fd = sigfd[0], .events = POLLIN };
    fds[2] = (struct pollfd){ .fd = dbfd, .events = POLLIN };
    if (poll(fds, 3, ms > 250 ? 250 : ms) <= 0) return DB_WAIT_GO_ON;
    if (fds[1].revents) cancel |= wait_signals();
    if (fds[0].revents & (POLLHUP | POLLERR | POLLNVAL)) ui_save_drafts_and_exit(129);
    if (fds[0].revents & POLLIN) cancel |= wait_keys();
    if (cancel && ui.msg_is_wait) {
        snprintf(ui.msg, sizeof ui.msg, "%s", _("Cancelling…"));
        wait_shown_s = -1;
        werase(ui.msgw);
        ui_put_role(ui.msgw, 0, 0, ui.cols, ui.msg, ALIGN_LEFT, ROLE_NORMAL);
        wnoutrefresh(ui.msgw);
        doupdate();
    }
    return cancel ? DB_WAIT_CANCEL : DB_WAIT_GO_ON;
}

void ui_after_wait(void)
{
    ui.saving = 0;
    if (!ui.app || !ui.app->db || !db_take_waited(ui.app->db)) return;
    ui_idle_touch();                  /* the wait was not the user's idleness */
    ui.nkeys = ui.keys_head = 0;      /* typed at the waiting screen */
    ui.paste_len = 0;
    ui.paste_changed = 0;
    if (ui.msg_is_wait) { ui.msg[0] = '\0'; ui.msg_is_wait = 0; }
    ui.frame_dirty = 1;
    if (wait_cont) resume();
    else if (wait_winch) do_resize();
    wait_winch = wait_cont = 0;
}
/* ---- the database connection ---- */

static void on_notify(const char *channel, const char *payload, void *arg)
{
    char buf[512], *parts[4] = { buf, (char *)"", (char *)"", (char *)"" }, *p;

    (void)arg;
    snprintf(buf, sizeof buf, "%s", payload ? payload : "");
    if ((p = strchr(buf, ':'))) { *p = '\0'; parts[1] = p + 1; }
    if (p && (p = strchr(parts[1], ':'))) { *p = '\0'; parts[2] = p + 1; }
    if (p && (p = strchr(parts[2], ':'))) { *p = '\0'; parts[3] = p + 1; }   /* u3,v40 */
    if (notify_forged(channel, parts[0])) {
        log_msg("notify dropped (%s on the district channel is forged)", payload);
        return;
    }
    log_msg("notify %s", payload ? payload : "");
    if (!t_notified && timing_on()) t_notify = t_ready;
    t_notified = 1;
    ui_refresh_notify(parts[0], strtol(parts[1], NULL, 10), parts[2], parts[3]);
}

static void db_lost(void)
{
    if (dbst != DB_UP) return;
    log_msg("database connection lost");
    dbst = DB_WAIT;
    db_next_ms = ui_now_ms();
    db_backoff_ms = 500;
    db_attempt_ms = 0;
    ui.app->connected = 0;
    ui.frame_dirty = 1;
    ui_error("%s", _("The connection to the database was lost; reconnecting…"));
}

/* Reconnecting.  While the server is away a probe (a bare connect() to its
 * Unix socket, which costs it nothing) runs every DB_PROBE_MS; a full
 * attempt is made as soon as the probe answers, so the session is back
 * within a fraction of a second of the server accepting again.  Full
 * attempts without a probe (TCP, or the probe cannot tell) back off up to
 * DB_BACKOFF_MAX_MS.  An attempt that fails while the server answers
 * (still starting up) is retried after DB_PROBE_MS. */
#define DB_PROBE_MS 200
#define DB_BACKOFF_MAX_MS 4000

static void db_attempt(db_t *db)
{
    int r = db_reconnect_start(db);

    dbst = r < 0 ? DB_WAIT : DB_POLLING;
    db_next_ms = ui_now_ms() + (r < 0 ? DB_PROBE_MS : 10);
    if (r < 0) {
        db_attempt_ms = ui_now_ms() + db_backoff_ms;
        if (db_backoff_ms < DB_BACKOFF_MAX_MS) db_backoff_ms *= 2;
    }
}

static void db_step(void)
{
    db_t *db = ui.app->db;
    int r;

    if (dbst == DB_UP || ui_now_ms() < db_next_ms) return;
    if (dbst == DB_WAIT) {
        if (db_server_answers(db) == 1 || ui_now_ms() >= db_attempt_ms) db_attempt(db);
        else db_next_ms = ui_now_ms() + DB_PROBE_MS;
        return;
    }
    r = db_reconnect_poll(db);
    if (r == 0) { db_next_ms = ui_now_ms() + 10; return; }
    if (r < 0) {
        dbst = DB_WAIT;
        db_next_ms = ui_now_ms() + DB_PROBE_MS;
        db_attempt_ms = ui_now_ms() + db_backoff_ms;
        if (db_backoff_ms < DB_BACKOFF_MAX_MS) db_backoff_ms *= 2;
        return;
    }
    dbst = DB_UP;
    ui.app->connected = 1;
    db_listen_mine(db, ui_listen_need());
    log_msg("database connection restored");
    /* Notifications sent meanwhile are lost: every screen reloads. */
    ui_refresh_reconnect();
    ui_info("%s", _("Reconnected to the database."));
}

/* ---- the loop ---- */

static int clock_minute(int *ms_to_next)
{
    struct timeval tv;
    struct tm tm;

    gettimeofday(&tv, NULL);
    district_tm(tv.tv_sec, &tm);
    *ms_to_next = (60 - tm.tm_sec) * 1000 - (int)(tv.tv_usec / 1000) + 20;
    return tm.tm_hour * 60 + tm.tm_min;
}

static int poll_timeout(void)
{
    int t = -1, ms;

    if (ui.app->settings.clock) { clock_minute(&ms); t = ms; }
    ms = ui_timer_next_ms();
    if (ms >= 0 && (t < 0 || ms < t)) t = ms;
    ms = ui_refresh_next_ms();
    if (ms >= 0 && (t < 0 || ms < t)) t = ms;
    ms = ui_idle_next_ms();
    if (ms >= 0 && (t < 0 || ms < t)) t = ms;
    if (ui.app->db && dbst != DB_UP && !ui.nmodal) {
        long long d = db_next_ms - ui_now_ms();
        ms = d < 0 ? 0 : d > 60000 ? 60000 : (int)d;
        if (t < 0 || ms < t) t = ms;
    }
    return t;
}

static void after_dispatch(void)
{
    int ms, minute;

    if (!ui.nmodal) ui_reap_closed();       /* pops from timer/notify hooks */
    if (ui.app->db && dbst == DB_UP && !db_ok(ui.app->db)) db_lost();
    if (ui.app->settings.clock && (minute = clock_minute(&ms)) != ui.last_minute) {
        ui.last_minute = minute;
        ui.frame_dirty = 1;
    }
    ui_refresh_run();       /* a screen shown by these keys loads before it is drawn */
}

void ui_turn(const int *stop)
{
    struct pollfd fds[3];
    int nfds = 2, dbfd = -1, r;

    if (ui.nkeys) {
        ui_dispatch_pending(stop);
        after_dispatch();
        ui_draw();
        return;
    }
    ui_draw();
    timing_log();
    fds[0] = (struct pollfd){ .fd = STDIN_FILENO, .events = POLLIN };
    fds[1] = (struct pollfd){ .fd = sigfd[0], .events = POLLIN };
    /* While a prompt or menu is open, notifications wait in the socket:
     * delivering them would reload the rows its caller is looking at. */
    if (ui.app->db && dbst != DB_WAIT && !ui.nmodal && (dbfd = db_socket(ui.app->db)) >= 0)
        fds[nfds++] = (struct pollfd){ .fd = dbfd, .events = POLLIN };
    /* A query run in this turn may have read a NOTIFY into libpq's buffer;
     * the socket then stays quiet, so collect those before sleeping (their
     * handlers set the timers poll_timeout() below takes into account). */
    int buffered = 0;
    if (ui.app->db && dbst == DB_UP && !ui.nmodal
        && (buffered = db_poll_notify(ui.app->db, on_notify, NULL)) < 0)
        db_lost();
    /* Something was delivered: do not sleep before drawing it. */
    r = poll(fds, (nfds_t)nfds, buffered > 0 ? 0 : poll_timeout());
    if (r > 0 && timing_on()) clock_gettime(CLOCK_MONOTONIC, &t_ready);
    if (r < 0 && errno != EINTR) fatal("poll: %s", strerror(errno));
    if (r > 0 && fds[1].revents) handle_signals();
    if (r > 0 && (fds[0].revents & (POLLHUP | POLLERR | POLLNVAL)))
        ui_save_drafts_and_exit(129);
    if (r > 0 && (fds[0].revents & POLLIN)) read_keys();
    /* Not while a signal waits: a SIGCONT after a long stop says the time
     * went by stopped, not idle (resume() restarts the idle clock). */
    if (r >= 0 && poll(&(struct pollfd){ .fd = sigfd[0], .events = POLLIN }, 1, 0) == 0)
        ui_idle_check();
    if (r > 0 && nfds == 3 && fds[2].revents) {
        if (dbst == DB_UP) {
            if (db_poll_notify(ui.app->db, on_notify, NULL) < 0) db_lost();
        } else {
            db_next_ms = 0;
        }
    }
    if (ui.app->db && !ui.nmodal) db_step();
    if ((t_timed = timing_on() && ui_timer_next_ms() == 0))
        clock_gettime(CLOCK_MONOTONIC, &t_timer);
    ui_timer_fire();
    ui_refresh_run();
    ui_dispatch_pending(stop);
    after_dispatch();
    ui_draw();
    timing_log();
}

int ui_run(struct app *app)
{
    int ms;

    ui.app = app;
    ui.quitting = 0;
    ui.exit_code = 0;
    theme_set_ascii(app->settings.ascii || !app->utf8);
    if (sigfd[0] < 0 && pipe2(sigfd, O_NONBLOCK | O_CLOEXEC) < 0) {
        fprintf(stderr, "casedesk: pipe: %s\n", strerror(errno));
        return 1;
    }
    install_signals();
    fatal_set_cleanup(ui_cleanup);
    if (term_init() < 0) return 1;
    if (app->db) db_set_wait_hook(app->db, on_db_wait, NULL);
    ui.running = 1;
    dbst = DB_UP;
    app->connected = app->db && db_ok(app->db);
    if (app->connected && db_listen_mine(app->db, 0) < 0)
        log_msg("LISTEN failed: %s", db_errmsg(app->db));
    if (app->db && !app->connected) { dbst = DB_UP; db_lost(); }
    ui.last_minute = clock_minute(&ms);
    ui_layout();
    if (ui_switch_main(0) < 0) {
        ui_cleanup();
        fprintf(stderr, "casedesk: %s\n", _("the home screen could not be opened"));
        return 1;
    }
    while (!ui.quitting) ui_turn(NULL);
    ui_close_all();
    ui_cleanup();
    if (app->db) db_set_wait_hook(app->db, NULL, NULL);
    ui.running = 0;
    return ui.exit_code;
}
