/* ui.h — the terminal UI core: what main calls and what every screen uses.
 *
 * One UI per process (a terminal is a singleton), so the calls below need no
 * handle.  main: i18n_init, settings (keymap_init + settings_load), db_open,
 * fill struct app (db, me, settings, utf8), then `return ui_run(&app);`.
 * ui_run registers ui_cleanup with fatal_set_cleanup, so a fatal() anywhere
 * restores the terminal before printing.
 *
 * Screens (see screen.h) never block the loop for input: for a question they
 * call ui_prompt / ui_menu / ui_confirm, which run a nested event loop.  The
 * clock, resizes and signals keep working meanwhile; notifications, loads
 * and timers wait until it closes, so the screens below keep still (the
 * caller may hold pointers into their rows). */
#ifndef CASEDESK_UI_H
#define CASEDESK_UI_H

#include <stddef.h>

#include "keymap.h"
#include "settings.h"

struct screen;
struct screen_ops;
typedef struct db db_t;   /* db.h; screens do not need libpq */

#include "whoami.h"

struct app {
    db_t *db;             /* may be NULL (UI without a database: tests) */
    struct whoami me;
    struct settings settings;
    int utf8;             /* from i18n_init: 0 = ASCII bars and ellipsis */
    int unread;           /* inbox count in the header; use ui_set_unread */
    int connected;        /* kept by the loop: 1 connected, 0 reconnecting */
    void *user;           /* free for main's use */
};

/* Run until the user quits.  Returns the exit status for main: 0 after a
 * normal quit, 1 when the terminal could not be set up (message on stderr).
 * On SIGHUP/SIGTERM or a dead terminal every screen's save_draft runs, the
 * terminal is restored and the process exits: 129 after SIGHUP or when the
 * terminal is gone (EOF/EIO/POLLHUP), 143 after SIGTERM — main's atexit
 * handlers run, code after ui_run does not. */
int ui_run(struct app *app);

/* Restore the terminal.  Idempotent; safe before ui_run and after. */
void ui_cleanup(void);

/* Before the first byte is written: flow control off (an early ^S would
 * stop our output, and the program with it) and output restarted if a ^S
 * already stopped it.  main calls it first; ui_run again. */
void ui_tty_flow_off(void);

/* The running app (NULL outside ui_run). */
struct app *ui_app(void);

/* Role helpers: me.role compared to "staff", "supervisor", ... */
int ui_role_is(const char *role);

/* Message line: one line, cleared by the next key.  Errors use the error
 * colour.  ui_db_error shows db_errmsg() of the app's connection. */
void ui_info(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void ui_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void ui_db_error(void);

/* Header counters. */
void ui_set_unread(int n);

/* The screen stack of the active main screen.  ui_push opens a screen on
 * top (ops->open(s, arg); NULL if open returned non-zero).  ui_pop closes s
 * after the current key has been handled (safe to call from s's own
 * handler).  ui_dirty(s) asks for s to be redrawn; NULL = everything. */
struct screen *ui_push(const struct screen_ops *ops, void *arg);
void ui_pop(struct screen *s);
void ui_dirty(struct screen *s);
struct screen *ui_top(void);

/* Switch to main screen `index` in the registry (0 = home).  Returns 0, or
 * -1 if there is no such screen or it is not visible to this role.
 * ui_switch_to does the same for the main screen with these ops. */
int ui_switch_main(int index);
int ui_switch_to(const struct screen_ops *ops);

/* Mark s stale (a change the database will not announce, e.g. one this
 * session made elsewhere): its load runs with the next coalesced burst.
 * ui_mark_stale_ops marks every open screen with these ops. */
void ui_mark_stale(struct screen *s);
void ui_mark_stale_ops(const struct screen_ops *ops);

/* Ask for s->ops->timer(s) to run once, after ms milliseconds (replaces an
 * earlier request of the same screen).  ms <= 0 cancels. */
void ui_timer(struct screen *s, int ms);

/* 1 when keys are typed and not yet handled (a result being worked out for
 * the keys before them is stale: skip it). */
int ui_keys_waiting(void);

/* A handler for commands no screen took (e.g. CMD_JUMP, the jump prompt);
 * returns 1 if it handled the command. */
void ui_set_command_hook(int (*hook)(struct app *app, enum cmd c));

/* Modal questions (nested loop; return after the user answers).
 *  ui_prompt: one line of text.  validate (may be NULL) returns 0 or -1 with
 *    a sentence in err; the prompt stays open until valid or cancelled.
 *    Returns 1 accepted (out filled), 0 cancelled.
 *  ui_menu: choose one of n items; returns the index or -1 if cancelled.
 *  ui_confirm: yes/no question; y/Y/Enter = yes only when default_yes,
 *    otherwise Enter = no; Esc = no.  Returns 1 for yes. */
int ui_prompt(const char *title, const char *initial, char *out, size_t outsz,
              int (*validate)(const char *value, char *err, size_t errsz));
int ui_menu(const char *title, const char *const *items, int n, int initial);
int ui_confirm(const char *question, int default_yes);

/* "Ctrl-S save · Esc back": keys (first of each, as in the key bar) and
 * descriptions of cmds in ctx — for a top line that names keys, so it and
 * the bar never disagree. */
void ui_key_hints(enum key_context ctx, const enum cmd *cmds, char *buf, size_t bufsz);

/* Minimum terminal size. */
#define UI_MIN_COLS 80
#define UI_MIN_ROWS 24

#endif
