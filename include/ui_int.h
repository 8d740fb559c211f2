/* ui_int.h — state shared by the ui_*.c files only.  Screens use ui.h. */
#ifndef CASEDESK_UI_INT_H
#define CASEDESK_UI_INT_H

#include <curses.h>

#include "lineedit.h"
#include "screen.h"
#include "ui.h"
#include "widgets.h"

#define UI_MAX_TABS 12            /* keys 1-9, 0 and F12 reach 11 */
#define UI_MAX_DEPTH 16
#define UI_MAX_MODALS 4
#define UI_MAX_TIMERS 32

enum modal_kind { MODAL_PROMPT, MODAL_MENU, MODAL_CONFIRM, MODAL_PICK };

struct picker;

struct modal {
    enum modal_kind kind;
    const char *title;
    struct lineedit le;
    const char *const *items;
    int n, sel, top;
    int default_yes;
    int (*validate)(const char *value, char *err, size_t errsz);
    int done, result;
    WINDOW *win;
    char err[256];
    struct picker *pick;         /* MODAL_PICK (widget_picker.c) */
};

/* Modals that take typed text (a prompt's line, a picker's query). */
#define MODAL_TAKES_TEXT(m) ((m)->kind == MODAL_PROMPT || (m)->kind == MODAL_PICK)

struct tab {
    struct screen *stack[UI_MAX_DEPTH];
    int depth;
};

struct ui_timer_req {
    struct screen *s;
    long long due_ms;            /* CLOCK_MONOTONIC */
};

struct ui_state {
    struct app *app;
    int running;                 /* inside ui_run */
    int curses_on;
    struct tab tabs[UI_MAX_TABS];
    int cur_tab;                 /* registry index of the active main screen */
    struct modal *modals[UI_MAX_MODALS];
    int nmodal;
    WINDOW *hdr, *tabline, *body, *msgw, *bar;
    int rows, cols, too_small;
    int frame_dirty, full_redraw;
    char msg[512];
    int msg_err;
    int msg_is_wait;             /* msg is the loop's "Saving… N s", not an outcome */
    int saving;                  /* the command running is a save (for that text) */
    char *paste;                 /* the text of the pastes queued as UI_KEY_PASTE */
    size_t paste_len, paste_cap;
    int paste_changed;           /* line breaks or control characters were replaced */
    int want_cursor, cur_y, cur_x;   /* text cursor, relative to cur_win */
    WINDOW *cur_win;
    struct ui_timer_req timers[UI_MAX_TIMERS];
    int ntimers;
    int quitting, exit_code;
    int (*hook)(struct app *app, enum cmd c);
    int *keys;                   /* pending keys (FIFO), see keymap.h codes */
    size_t nkeys, keys_head, keys_cap;
    int last_minute;
    long long stale_due_ms;      /* coalesced loads run then; 0 = none */
};

extern struct ui_state ui;

/* Pseudo-keys queued by the loop so they are handled in order with keys. */
#define UI_KEY_INTR KEYC_FN(0x7FF01)     /* SIGINT (^C) */
#define UI_KEY_RESIZE KEYC_FN(0x7FF02)   /* handled by the loop, never queued */
#define UI_KEY_PASTE KEYC_FN(0x7FF03)    /* a bracketed paste: its text is ui.paste */
#define UI_KEY_BADBYTE(b) KEYC_FN(0x7FE00 | (b))  /* a byte that is not UTF-8 */
#define UI_KEY_IS_BADBYTE(k) (((k) & ~0xFF) == KEYC_FN(0x7FE00))

void ui_queue_key(int key);
void ui_unget_key(int key);            /* back in front of the queue */

long long ui_now_ms(void);

/* ui_core.c */
void ui_layout(void);                       /* (re)create windows for LINES x COLS */
void ui_draw(void);                         /* one frame if anything is dirty */
void ui_dispatch_pending(const int *stop);  /* handle queued keys */
void ui_reap_closed(void);
void ui_close_all(void);
void ui_for_each_screen(void (*fn)(struct screen *s, void *arg), void *arg);
int ui_timer_next_ms(void);                 /* -1 = none */
void ui_timer_fire(void);
void ui_quit_confirm(void);
struct screen *ui_stack_top(void);

/* ui_refresh.c: watched tables, stale screens, coalesced loads */
void ui_refresh_notify(const char *table, long id, const char *op,  /* a NOTIFY */
                       const char *scope);
void ui_refresh_reconnect(void);            /* every screen loads now */
int ui_watch_matches(const struct ui_watch *w, long long watch_id, const char *table, long id);
int ui_refresh_next_ms(void);               /* -1 = nothing pending */
void ui_refresh_run(void);                  /* load what is stale and due */
/* Hear the per-unit channels exactly while a shown screen (or `opening`,
 * about to be) watches a case-family table (db_listen.c says why); on
 * turning them on, what watches such a table is stale. */
void ui_listen_sync(const struct ui_watch *opening);
int ui_listen_need(void);                   /* what ui_listen_sync would ask */

/* ui_loop.c */
void ui_turn(const int *stop);              /* one poll + dispatch + draw */
void ui_save_drafts_and_exit(int status);
void ui_after_wait(void);                   /* after a command: keys typed while it waited go */

/* ui_modal.c */
void ui_modal_draw(struct modal *m);
void ui_modal_key(struct modal *m, int key);
void ui_modal_text(struct modal *m, const char *text, size_t len);
void ui_modal_hints(struct modal *m, char *buf, size_t bufsz);
int ui_modal_run(struct modal *m, int cancelled);   /* nested loop; the result */
WINDOW *ui_modal_window(struct modal *m, int h, int w);   /* boxed, centred, erased */

/* widget_picker.c */
void picker_key(struct modal *m, int key);
void picker_text(struct modal *m, const char *text, size_t len);
void picker_draw(struct modal *m);
void picker_hints(struct modal *m, char *buf, size_t bufsz);
#define MENU_FIND_MIN 10      /* a menu of more entries is a picker (type-to-find) */
int picker_menu(const char *title, const char *const *labels, int n, int initial);

#endif
