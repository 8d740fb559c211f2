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
 * The life cycle is the core's (src/ui_refresh.c).  It allocates s->priv
 * (priv_size bytes, zeroed) before open and frees it after close; close
 * frees only what priv points to.  open reads the first state (it may call
 * the screen's own load).  When a row changes in the database ("table:id:op"
 * on the casedesk channel) the core compares the table with s->watch (from
 * ops->watch unless open set its own) and marks the screen stale.  A stale
 * screen that is shown gets ops->load(s, UI_LOAD_CHANGED) in the same turn
 * (changes arriving while it loads become one more load); a hidden one
 * (another tab, or below another screen) only when it is shown again.
 * After a reconnect (notifications were lost) the screens shown get
 * ops->load(s, UI_LOAD_RECONNECT), the hidden ones are marked stale.  Loads run before drawing, never while a
 * prompt or menu is open (the code that opened it may point into the
 * screen's rows).  draw only paints what load read: it never queries.
 *
 * A minimal screen file (see tests/unit/ui_demo.c for a list with keyset
 * paging and a form):
 *
 *   struct x { struct list_widget list; struct row *rows; int n; };
 *   static void x_load(struct screen *s, int why) { struct x *x = s->priv; reread(x); }
 *   static int x_open(struct screen *s, void *arg) { x_load(s, UI_LOAD_CHANGED); return 0; }
 *   static void x_close(struct screen *s) { struct x *x = s->priv; free(x->rows); }
 *   static void x_draw(struct screen *s, WINDOW *w) { list_draw(..., w, 0, 0, s->rows, s->cols); }
 *   static int x_command(struct screen *s, enum cmd c) {
 *       if (c == CMD_NEW) { ui_push(&x_form_screen, NULL); return 1; }
 *       return list_command(...) != LIST_UNHANDLED;   // 0: core handles it
 *   }
 *   static const enum cmd x_cmds[] = { CMD_OPEN, CMD_NEW, CMD_SEARCH, CMD_NONE };
 *   static const struct ui_watch x_watch[] = { { "case_file", UI_ANY_ROW }, { NULL, 0 } };
 *   const struct screen_ops x_screen = {
 *       .name = "x", .title = N_("Cases"), .ctx = KCTX_LIST, .cmds = x_cmds,
 *       .priv_size = sizeof(struct x), .watch = x_watch, .load = x_load,
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

/* A table a screen shows rows of.  table is a name ("case_file") or a
 * prefix ending in '*' ("task*": task, task_note...).  The first entry whose
 * name matches decides: UI_ANY_ROW, any row changed; UI_THIS_ROW, only the
 * row s->watch_id (never while it is 0).  A list ends with table == NULL. */
enum { UI_ANY_ROW, UI_THIS_ROW };
struct ui_watch {
    const char *table;
    int rows;
};
extern const struct ui_watch ui_case_rows_watch[];   /* case_file, any row */

/* Why ops->load runs. */
enum { UI_LOAD_CHANGED, UI_LOAD_RECONNECT };

struct screen_ops {
    const char *name;             /* "cases": logs, tests */
    const char *title;            /* N_("Cases"): translated when shown */
    enum key_context ctx;         /* KCTX_LIST, KCTX_FORM... */
    const enum cmd *cmds;         /* commands handled, CMD_NONE-terminated:
                                     drives the hint bar and the help screen */
    int (*visible)(const struct app *app);      /* main screens: for this role? */
    int (*can)(struct screen *s, enum cmd c);   /* command available now? */
    size_t priv_size;             /* s->priv: allocated and freed by the core */
    const struct ui_watch *watch; /* tables that make the screen stale; a
                                   * screen that sets its own in open still
                                   * names one here (ui_case_rows_watch):
                                   * the session listens for them before
                                   * its first load */
    void (*load)(struct screen *s, int why);    /* re-read (UI_LOAD_*) */
    int (*open)(struct screen *s, void *arg);   /* 0 ok; else not pushed */
    void (*close)(struct screen *s);            /* free what s->priv holds */
    void (*draw)(struct screen *s, WINDOW *w);  /* body window, werase'd */
    int (*command)(struct screen *s, enum cmd c);           /* 1 = handled */
    int (*input)(struct screen *s, const char *text, size_t len); /* 1 = taken */
    /* Optional: each change to a watched row, as it arrives, before the
     * coalesced load (for a screen that needs the ids; most only watch),
     * hidden or shown; after a reconnect a hidden screen gets
     * notify(s, "", 0, "reconnect"). */
    void (*notify)(struct screen *s, const char *table, long id, const char *op);
    void (*resize)(struct screen *s, int rows, int cols);
    void (*save_draft)(struct screen *s);       /* SIGHUP/SIGTERM/terminal lost */
    int (*unsaved)(struct screen *s);           /* 1: edits not saved (quit asks) */
    void (*drop_draft)(struct screen *s);       /* quit, discarding: forget its draft */
    void (*timer)(struct screen *s);            /* see ui_timer */
    /* Optional text on the right of the title line ("12 / 3,456"). */
    void (*subtitle)(struct screen *s, char *buf, size_t bufsz);
};

struct screen {
    const struct screen_ops *ops;
    struct app *app;
    void *priv;                   /* the screen's own state (priv_size) */
    const struct ui_watch *watch; /* ops->watch, or the screen's own */
    long long watch_id;           /* the row UI_THIS_ROW entries mean */
    int scope_unit, scope_village; /* > 0: shows only that unit's / village's
                                     rows; a change placed elsewhere
                                     (notify_out_of_scope) is not its own */
    int rows, cols;               /* body size, valid in draw and after open */
    int dirty;
    int stale;                    /* a watched table changed: load pending */
    int closing;                  /* ui_pop requested */
};

/* The main screens, in menu order (1..9).  The registry lives in
 * src/ui_registry.c: append your screen there. */
extern const struct screen_ops *const ui_main_screens[];
extern const int ui_main_screen_count;

/* Screens provided by the core. */
extern const struct screen_ops home_screen;
extern const struct screen_ops help_screen;   /* arg: the screen asking */

/* Main screens are numbered by their place in the registry, the same for
 * every role (key n+1 is ui_main_screens[n]; key 0 the tenth).
 * ui_main_visible_index: n if the role has screen n, else -1.
 * ui_main_absent: 1 if screen n exists but not for this role (drawn dim).
 * ui_main_switch_key: switch to screen n, or say why not. */
int ui_main_visible_index(const struct app *app, int n);
int ui_main_absent(const struct app *app, int n);
void ui_main_switch_key(int n);

#endif
