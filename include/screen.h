/* screen.h — one table of operations per screen file.
 *
 * A screen is opened (ui_push, or by switching to a main screen), drawn into
 * the body window whenever it is dirty, receives commands from the key maps,
 * and is closed when popped or at exit.  Every hook except draw is optional.
 *
 * Key handling order: a key is resolved in the screen's context (ctx) and
 * then the global context (keymap_resolve); the command goes to
 * ops->command first; if that returns 0 the core handles it (back, quit,
 * help, main screen switch, redraw, the command hook).  In text contexts
 * (KCTX_FORM, KCTX_PROMPT) printable keys are text: a whole run of them (a
 * paste) is delivered by one ops->input call.
 *
 * notify runs for every screen (all tabs) when a row changes in the
 * database ("table:id:op" from the casedesk channel, op = insert|update|
 * delete).  It must only note what to reload and return: the core marks the
 * screen dirty.  reload runs after a reconnect (notifications were lost).
 *
 * A minimal screen file (see tests/unit/ui_demo.c for a list with keyset
 * paging and a form):
 *
 *   static int x_open(struct screen *s, void *arg) { s->priv = load(arg); return 0; }
 *   static void x_close(struct screen *s) { free(s->priv); }
 *   static void x_draw(struct screen *s, WINDOW *w) { list_draw(..., w, 0, 0, s->rows, s->cols); }
 *   static int x_command(struct screen *s, enum cmd c) {
 *       if (c == CMD_NEW) { ui_push(&x_form_screen, NULL); return 1; }
 *       return list_command(...) != LIST_UNHANDLED;   // 0: core handles it
 *   }
 *   static const enum cmd x_cmds[] = { CMD_OPEN, CMD_NEW, CMD_SEARCH, CMD_NONE };
 *   const struct screen_ops x_screen = {
 *       .name = "x", .title = N_("Cases"), .ctx = KCTX_LIST, .cmds = x_cmds,
 *       .open = x_open, .close = x_close, .draw = x_draw, .command = x_command,
 *   };
 */
#ifndef CASEDESK_SCREEN_H
#define CASEDESK_SCREEN_H

#include <curses.h>
#include <stddef.h>

#include "keymap.h"

struct app;
struct screen;

struct screen_ops {
    const char *name;             /* "cases": logs, tests */
    const char *title;            /* N_("Cases"): translated when shown */
    enum key_context ctx;         /* KCTX_LIST, KCTX_FORM... */
    const enum cmd *cmds;         /* commands handled, CMD_NONE-terminated:
                                     drives the hint bar and the help screen */
    int (*visible)(const struct app *app);      /* main screens: for this role? */
    int (*can)(struct screen *s, enum cmd c);   /* command available now? */
    int (*open)(struct screen *s, void *arg);   /* 0 ok; else not pushed */
    void (*close)(struct screen *s);            /* free s->priv */
    void (*draw)(struct screen *s, WINDOW *w);  /* body window, werase'd */
    int (*command)(struct screen *s, enum cmd c);           /* 1 = handled */
    int (*input)(struct screen *s, const char *text, size_t len); /* 1 = taken */
    void (*notify)(struct screen *s, const char *table, long id, const char *op);
    void (*resize)(struct screen *s, int rows, int cols);
    void (*save_draft)(struct screen *s);       /* SIGHUP/SIGTERM/terminal lost */
    void (*reload)(struct screen *s);           /* after reconnect */
    void (*timer)(struct screen *s);            /* see ui_timer */
    /* Optional text on the right of the title line ("12 / 3,456"). */
    void (*subtitle)(struct screen *s, char *buf, size_t bufsz);
};

struct screen {
    const struct screen_ops *ops;
    struct app *app;
    void *priv;                   /* the screen's own state */
    int rows, cols;               /* body size, valid in draw and after open */
    int dirty;
    int closing;                  /* ui_pop requested */
};

/* The main screens, in menu order (1..9).  The registry lives in
 * src/ui_registry.c: append your screen there. */
extern const struct screen_ops *const ui_main_screens[];
extern const int ui_main_screen_count;

/* Screens provided by the core. */
extern const struct screen_ops home_screen;
extern const struct screen_ops help_screen;   /* arg: the screen asking */

/* Main-screen index visible position helpers: the n-th (0-based) main screen
 * visible to this app's role, or -1. */
int ui_main_visible_index(const struct app *app, int n);

#endif
