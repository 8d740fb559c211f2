/* keymap.h — commands and keys as data.
 *
 * Every action a key can trigger is one `enum cmd`, generated from the single
 * CMD_LIST below (name used in config files, description shown in help and
 * the hint bar).  Each key context (global, list, form, prompt) has a default
 * table; users override it with `bind CONTEXT KEY COMMAND` lines.  Help and
 * the hint bar are generated from the same tables.
 *
 * Keys are ints: a Unicode character is its code point; a curses function key
 * is KEYC_FN(KEY_xxx).  Screens that need a new command append one X() line
 * here (and, if it has a default key, one line in keymap.c). */
#ifndef CASEDESK_KEYMAP_H
#define CASEDESK_KEYMAP_H

#include <stddef.h>

#define KEYC_FN_FLAG 0x40000000
#define KEYC_FN(k) (KEYC_FN_FLAG | (k))
#define KEYC_IS_FN(k) (((k) & KEYC_FN_FLAG) != 0)
#define KEYC_CTRL(c) ((c) & 0x1f)

/* X(ENUM, "config-name", N_("description")) */
#define CMD_LIST(X) \
    X(NONE,        "none",        "") \
    X(QUIT,        "quit",        N_("quit casedesk")) \
    X(BACK,        "back",        N_("back / close")) \
    X(HELP,        "help",        N_("help")) \
    X(REDRAW,      "redraw",      N_("redraw the screen")) \
    X(SCREEN1,     "screen-1",    N_("main screen 1")) \
    X(SCREEN2,     "screen-2",    N_("main screen 2")) \
    X(SCREEN3,     "screen-3",    N_("main screen 3")) \
    X(SCREEN4,     "screen-4",    N_("main screen 4")) \
    X(SCREEN5,     "screen-5",    N_("main screen 5")) \
    X(SCREEN6,     "screen-6",    N_("main screen 6")) \
    X(SCREEN7,     "screen-7",    N_("main screen 7")) \
    X(SCREEN8,     "screen-8",    N_("main screen 8")) \
    X(SCREEN9,     "screen-9",    N_("main screen 9")) \
    X(UP,          "up",          N_("previous line")) \
    X(DOWN,        "down",        N_("next line")) \
    X(PAGE_UP,     "page-up",     N_("previous page")) \
    X(PAGE_DOWN,   "page-down",   N_("next page")) \
    X(TOP,         "top",         N_("first line")) \
    X(BOTTOM,      "bottom",      N_("last line")) \
    X(OPEN,        "open",        N_("open")) \
    X(NEW,         "new",         N_("new")) \
    X(EDIT,        "edit",        N_("edit")) \
    X(DELETE,      "delete",      N_("delete")) \
    X(ACTION,      "action",      N_("actions")) \
    X(SEARCH,      "search",      N_("search")) \
    X(SEARCH_NEXT, "search-next", N_("next match")) \
    X(SEARCH_PREV, "search-prev", N_("previous match")) \
    X(FILTER,      "filter",      N_("filter")) \
    X(SORT,        "sort",        N_("sort")) \
    X(JUMP,        "jump",        N_("jump to")) \
    X(REFRESH,     "refresh",     N_("reload")) \
    X(HISTORY,     "history",     N_("history")) \
    X(ASSIGN,      "assign",      N_("assign")) \
    X(REPORT,      "report",      N_("report progress")) \
    X(FLAG,        "flag",        N_("flag an official")) \
    X(EXPORT,      "export",      N_("export")) \
    X(SAVE,        "save",        N_("save")) \
    X(CANCEL,      "cancel",      N_("cancel")) \
    X(ACCEPT,      "accept",      N_("accept")) \
    X(NEXT_FIELD,  "next-field",  N_("next field")) \
    X(PREV_FIELD,  "prev-field",  N_("previous field")) \
    X(CHAR_LEFT,   "char-left",   N_("cursor left")) \
    X(CHAR_RIGHT,  "char-right",  N_("cursor right")) \
    X(WORD_LEFT,   "word-left",   N_("word left")) \
    X(WORD_RIGHT,  "word-right",  N_("word right")) \
    X(LINE_START,  "line-start",  N_("start of line")) \
    X(LINE_END,    "line-end",    N_("end of line")) \
    X(DEL_BACK,    "delete-back", N_("delete previous character")) \
    X(DEL_CHAR,    "delete-char", N_("delete character")) \
    X(KILL_START,  "kill-start",  N_("delete to start of line")) \
    X(KILL_END,    "kill-end",    N_("delete to end of line")) \
    X(KILL_WORD,   "kill-word",   N_("delete previous word")) \
    X(YES,         "yes",         N_("yes")) \
    X(NO,          "no",          N_("no")) \
    X(KEEP_MINE,   "keep-mine",   N_("save mine over theirs")) \
    X(TAKE_THEIRS, "take-theirs", N_("take theirs")) \
    X(MARK_ALL_READ, "mark-all-read", N_("mark all read")) \
    X(EVIDENCE,    "evidence",    N_("evidence about the official")) \
    X(STATS,       "statistics",  N_("reports and statistics")) \
    X(YEAR,        "year",        N_("choose the year")) \
    X(LIMIT,       "limit",       N_("show only rows containing text")) \
    X(SCREEN10,    "screen-10",   N_("main screen 10")) \
    X(SCREEN11,    "screen-11",   N_("main screen 11")) \
    X(WEIGHTS,     "weights",     N_("scoring weights and deductions")) \
    X(COMMENDATIONS, "commendations", N_("commendations")) \
    X(PERIOD,      "period",      N_("year, quarter or month")) \
    X(PERIOD_PREV, "period-prev", N_("previous period")) \
    X(PERIOD_NEXT, "period-next", N_("next period")) \
    X(VILLAGES,    "villages",    N_("villages and communities")) \
    X(REVEAL,      "reveal",      N_("show the full ID and phone numbers (logged)")) \
    X(SCREEN12,    "screen-12",   N_("main screen 12")) \
    X(TIMELINE,    "timeline",    N_("timeline")) \
    X(ATTACH,      "attach",      N_("attachments")) \
    X(RETIRE,      "retire",      N_("retire or restore"))

#define CMD_ENUM_(e, n, d) CMD_##e,
enum cmd { CMD_LIST(CMD_ENUM_) CMD__COUNT };
#undef CMD_ENUM_

/* Contexts, searched from the screen's own context to KCTX_GLOBAL. */
enum key_context { KCTX_GLOBAL, KCTX_LIST, KCTX_FORM, KCTX_PROMPT, KCTX__COUNT };

const char *cmd_name(enum cmd c);          /* "search" */
const char *cmd_desc(enum cmd c);          /* translated description */
enum cmd cmd_by_name(const char *name);    /* CMD__COUNT if unknown */

const char *kctx_name(enum key_context k); /* "list" */

/* Key names: "q", "中", "Enter", "Esc", "Tab", "BackTab", "Space",
 * "Backspace", "Delete", "Insert", "Home", "End", "PgUp", "PgDn", "Up",
 * "Down", "Left", "Right", "F1".."F12", "C-a".."C-z" (also "^A", "Ctrl-A";
 * shown as "Ctrl-A").
 * keymap_parse_key returns -1 for an unknown name. */
int keymap_parse_key(const char *name);
const char *keymap_key_name(int key, char *buf, size_t bufsz);
/* The key as the key bar and the help show it, in the reader's language. */
const char *keymap_key_label(int key, char *buf, size_t bufsz);

/* Load the compiled-in defaults (also resets overrides). */
void keymap_init(void);

/* Look up in ctx, then in the global context.  In text contexts (form,
 * prompt) printable characters are not looked up at all: they are text. */
enum cmd keymap_resolve(enum key_context ctx, int key);

/* 1 when ctx takes typed text (form, prompt). */
int kctx_is_text(enum key_context ctx);

/* Bind (or with command "none", unbind) a key: used by `bind` config lines.
 * Returns 0, or -1 with one sentence in err (unknown context/key/command). */
int keymap_bind(const char *ctx, const char *key, const char *command,
                char *err, size_t errsz);

/* The keys bound to c in ctx (falling back to global), joined by "/" into
 * buf ("" if none); only the first `max` keys (0 = all). */
const char *keymap_keys_for(enum key_context ctx, enum cmd c, char *buf,
                            size_t bufsz, int max);

/* The first key of c in ctx, as shown in the key bar ("Ctrl-S"): every
 * sentence that names a key takes it from here, so the bar, the top lines
 * and the help never disagree.  A static buffer (four in rotation). */
const char *keymap_first_key(enum key_context ctx, enum cmd c);

/* Help generation: call emit(command, keys, description) for each command
 * in cmds (terminated by CMD_NONE) that has a key in ctx and for which
 * visible() is NULL or returns 1.  Returns the number of lines emitted. */
int keymap_help(enum key_context ctx, const enum cmd *cmds,
                int (*visible)(enum cmd, void *), void *varg,
                void (*emit)(enum cmd c, const char *keys, const char *desc, void *),
                void *earg);

#endif
