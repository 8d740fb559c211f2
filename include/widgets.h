/* widgets.h — drawing helpers, the list widget and the form widget.
 *
 * Widgets hold no data of their own beyond what is on screen: the list asks
 * the screen for cell texts of a *window* of rows (the model pages with
 * keyset pagination and tells the widget how many rows it currently holds);
 * the form owns one lineedit per field. */
#ifndef CASEDESK_WIDGETS_H
#define CASEDESK_WIDGETS_H

#include <curses.h>
#include <stddef.h>

#include "keymap.h"
#include "lineedit.h"
#include "theme.h"
#include "width.h"

/* ---- drawing helpers (every string goes through width.c) ---- */

/* Draw s into exactly cols columns at (y, x) with the current attributes:
 * truncated with an ellipsis or padded per al. */
void ui_put(WINDOW *w, int y, int x, int cols, const char *s, enum align al);
/* Same, with a colour role. */
void ui_put_role(WINDOW *w, int y, int x, int cols, const char *s, enum align al,
                 enum role r);
/* Draw s (no padding) and return the columns used, at most cols. */
int ui_puts(WINDOW *w, int y, int x, int cols, const char *s);
/* Put the terminal cursor at (y, x) of w after this frame (text fields);
 * otherwise it is hidden. */
void ui_cursor(WINDOW *w, int y, int x);
/* A horizontal rule of cols columns, and a border round w: Unicode box
 * drawing in UTF-8, ASCII otherwise (never the alternate character set). */
void ui_hline(WINDOW *w, int y, int x, int cols);
void ui_box(WINDOW *w);

/* Apply a line-editing command (CHAR_LEFT ... KILL_WORD) to le; returns 1
 * if c was one of them. */
int le_command(struct lineedit *le, enum cmd c);
/* Draw le in a field of `cols` columns at (y, x), scrolled so the cursor
 * shows; with focus, the terminal cursor is placed on it. */
void le_draw(struct lineedit *le, WINDOW *w, int y, int x, int cols, int focus);

/* ---- list ---- */

struct list_col {
    const char *title;     /* N_(): translated when drawn */
    int min;               /* minimum columns */
    int weight;            /* share of spare columns (0 = never grows) */
    enum align align;
};

/* Result of list_command: what the screen should do next. */
enum list_result {
    LIST_UNHANDLED = 0,
    LIST_MOVED,            /* selection changed (redraw) */
    LIST_NEED_NEXT,        /* the user asked for row l->want (an index
                              relative to the loaded window, >= nrows): load
                              rows after the last one (keyset), then call
                              list_set_rows(l, n, index of that row in the
                              new window) and set more_before/more_after.
                              Meanwhile sel sits on the last loaded row. */
    LIST_NEED_PREV,        /* the same before the first row (l->want < 0) */
    LIST_NEED_FIRST,       /* CMD_TOP: load the first page */
    LIST_NEED_LAST,        /* CMD_BOTTOM: load the last page */
    LIST_OPEN              /* CMD_OPEN on a row */
};

struct list_widget {
    const struct list_col *cols;
    int ncols;
    /* cell text of loaded row r (0..nrows-1), column c; NULL = empty */
    const char *(*cell)(void *arg, int r, int c);
    /* optional: colour role of a row (overdue → ROLE_ERROR, ...) */
    enum role (*row_role)(void *arg, int r);
    /* optional: a search hit in a cell's (sanitised) text: return 1 and the
     * byte range [*off, *off + *len) to highlight */
    int (*match)(void *arg, int r, int c, const char *text, size_t *off, size_t *len);
    void *arg;
    int nrows;             /* rows currently loaded (the window) */
    int sel;               /* selected row within the window, -1 if none */
    int top;               /* first row shown */
    int height;            /* body rows at the last draw (for paging) */
    int widths[32];        /* computed by list_layout */
    int more_before, more_after;   /* set by the screen: rows exist outside */
    int want;                      /* see LIST_NEED_NEXT / LIST_NEED_PREV */
    const char *empty_text;        /* shown when nrows == 0 */
};

void list_init(struct list_widget *l, const struct list_col *cols, int ncols,
               const char *(*cell)(void *, int, int), void *arg);
/* The window now holds nrows rows; select `sel` (clamped) and keep it shown. */
void list_set_rows(struct list_widget *l, int nrows, int sel);
/* Fit the columns into width: every column gets its minimum (columns that do
 * not fit at all get 0 and are hidden, from the right), spare columns are
 * shared by weight; one blank column separates columns. */
void list_layout(struct list_widget *l, int width);
/* Draw header + rows in the rectangle. */
void list_draw(struct list_widget *l, WINDOW *w, int y, int x, int h, int width);
/* Movement commands (UP, DOWN, PAGE_*, TOP, BOTTOM, OPEN). */
enum list_result list_command(struct list_widget *l, enum cmd c);

/* ---- form ---- */

/* FIELD_PICK: a reference chosen in a picker (picker.h).  Its text (form_get,
 * form_set, drafts, conflicts) is the key of the item chosen — with multi,
 * the keys joined by commas — and it shows the items' names.  Typing opens
 * the picker with what was typed; Backspace, Delete and Ctrl-U take the
 * (last) choice away. */
enum field_kind { FIELD_TEXT, FIELD_CHOICE, FIELD_READONLY, FIELD_PICK };
struct picker_item;

struct form_field {
    const char *label;     /* translated by the caller (already _()) */
    enum field_kind kind;
    struct lineedit le;    /* text and read-only fields */
    const char *const *choices;   /* choice fields (display texts) */
    int nchoices, choice;
    int (*validate)(const char *value, char *err, size_t errsz);
    int required;          /* empty text refused when leaving / saving */
    const struct picker_item *pitems;   /* FIELD_PICK: what can be chosen */
    int npitems, multi;
    int changed;
    char *base;            /* the value the edit started from (form_mark_base) */
};

struct form {
    struct form_field *fields;
    int n, cap;
    int cur;               /* focused field */
    int top;               /* first field row shown (scrolling body) */
    int label_w;           /* label column width (computed) */
    char err[256];         /* last validation error ("" none) */
};

void form_init(struct form *f);
void form_free(struct form *f);
/* Add fields; return the field index. */
int form_add_text(struct form *f, const char *label, size_t max_chars,
                  int (*validate)(const char *, char *, size_t), int required);
int form_add_choice(struct form *f, const char *label, const char *const *choices, int n);
int form_add_readonly(struct form *f, const char *label, const char *value);
int form_add_pick(struct form *f, const char *label, const struct picker_item *items, int n,
                  int multi, int required);
/* The names a pick field shows for its value ("新城街道办、五里镇"). */
void form_pick_names(const struct form *f, int idx, char *buf, size_t bufsz);

void form_set(struct form *f, int idx, const char *value);  /* text/readonly */
const char *form_get(const struct form *f, int idx);        /* text or choice */
void form_set_choice(struct form *f, int idx, int choice);
int form_choice(const struct form *f, int idx);
int form_changed(const struct form *f);                     /* any field edited */
void form_clear_changed(struct form *f);

/* ---- one conflict mechanism for every form (widget_form.c, scr_conflict.c)
 *
 * A form's save carries the version the person started editing from (the
 * base).  The rules every form screen follows:
 *  - a reload while no field is changed fills every field (form_set keeps
 *    the focused field and the cursor) and then form_mark_base() records
 *    the values, and the screen the row's version, as the new base;
 *  - a reload while an edit is in progress changes neither the fields nor
 *    the base version (form_reload_allowed() says which case it is);
 *  - a save refused because the row changed opens form_conflict_open(),
 *    field by field theirs / mine / base;
 *  - "keep mine": form_adopt_theirs() puts theirs into every field this
 *    person did not change, the base version becomes the version shown,
 *    and the save runs again (a newer change conflicts again);
 *  - "take theirs": form_clear_changed() and a full reload. */
void form_mark_base(struct form *f);
const char *form_base(const struct form *f, int idx);       /* "" before any */
int form_reload_allowed(const struct form *f);              /* !form_changed */
/* theirs[i]: the saved value of field i as form_get would give it (the
 * display text of a choice), NULL for a field not compared. */
void form_adopt_theirs(struct form *f, const char *const *theirs);

/* Leaving a form with unsaved edits: "go back" is the default (and Esc). */
enum form_leave { FORM_LEAVE_BACK, FORM_LEAVE_DRAFT, FORM_LEAVE_DISCARD };
enum form_leave form_ask_leave(void);

#define CONFLICT_MAX_FIELDS 32
struct conflict_req {
    const char *what;            /* "DB-2026-0042 督查标题" */
    const char *changed_by;      /* "" unknown */
    const char *changed_at;
    int n;
    const char *labels[CONFLICT_MAX_FIELDS];
    const char *mine[CONFLICT_MAX_FIELDS];
    const char *theirs[CONFLICT_MAX_FIELDS];
    const char *base[CONFLICT_MAX_FIELDS];
    int mine_changed[CONFLICT_MAX_FIELDS];   /* this person edited the field */
    void (*resolve)(void *arg, int keep_mine);
    void *arg;
};
/* The conflict screen (scr_conflict.c): M keep mine, T take theirs, Esc back. */
int open_conflict(const struct conflict_req *r);
/* Fill a conflict_req from a form (labels, mine, base, what I changed) and
 * theirs[] (see form_adopt_theirs), then open the conflict screen. */
int form_conflict_open(const struct form *f, const char *const *theirs, const char *what,
                       const char *changed_by, const char *changed_at,
                       void (*resolve)(void *, int), void *arg);

/* Result of form_command / form_input. */
enum form_result {
    FORM_UNHANDLED = 0,
    FORM_OK,               /* handled, redraw */
    FORM_INVALID,          /* validation failed: f->err says why (shown by
                              the caller with ui_error) */
    FORM_SUBMIT            /* CMD_SAVE and every field valid */
};

/* CMD_NEXT_FIELD/PREV_FIELD (validate the field being left), the editing
 * commands (CHAR_LEFT...KILL_WORD), PAGE_UP/DOWN, SAVE (validate all). */
enum form_result form_command(struct form *f, enum cmd c);
/* Typed text into the focused field (Space cycles a choice field).  Errors
 * of the line editor become FORM_INVALID with f->err set. */
enum form_result form_input(struct form *f, const char *text, size_t len);
/* Run every validator; returns the first bad field index or -1. */
int form_validate_all(struct form *f);
/* Draw labels and fields in the rectangle, scrolling to show the focus. */
void form_draw(struct form *f, WINDOW *w, int y, int x, int h, int width);

/* ---- text view (widget_textview.c): a scrollable page of text ----
 * Lines are wrapped by display width.  Lines starting with "## " are
 * headings (drawn in the title role, marker stripped); "!! " marks a
 * warning line. */
struct textview {
    char *text;         /* owned copy */
    char **lines;       /* wrapped lines, pointers into own storage */
    int nlines, wrap_cols, top, height;
};

void textview_set(struct textview *tv, const char *text);       /* copies; resets top */
void textview_keep_set(struct textview *tv, const char *text);  /* keeps top */
void textview_free(struct textview *tv);
void textview_draw(struct textview *tv, WINDOW *w, int y, int h, int cols);
/* Scrolling commands (UP, DOWN, PAGE_*, TOP, BOTTOM); 1 when handled. */
int textview_command(struct textview *tv, enum cmd c);
/* "12-34 / 80" for a subtitle. */
void textview_position(const struct textview *tv, char *buf, size_t bufsz);

#endif
