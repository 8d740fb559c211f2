/* lineedit.h — a one-line UTF-8 text editor that knows display widths.
 *
 * Pure logic, no curses: the form widget and the prompt translate keys into
 * these calls and draw the visible slice that le_view() computes, so every
 * behaviour here is unit-tested.  Moves and deletes go by character (a base
 * character together with its combining marks), measures go by columns. */
#ifndef CASEDESK_LINEEDIT_H
#define CASEDESK_LINEEDIT_H

#include <stddef.h>
#include <stdint.h>

enum le_status {
    LE_OK = 0,
    LE_ERR_CONTROL = -1,   /* control byte/character refused */
    LE_ERR_UTF8 = -2,      /* input is not valid UTF-8 */
    LE_ERR_FULL = -3,      /* length limit reached; what fitted was inserted */
    LE_ERR_READONLY = -4
};

struct lineedit {
    char *buf;          /* always NUL-terminated, always valid UTF-8 */
    size_t len;         /* bytes */
    size_t cap;
    size_t cur;         /* cursor, byte offset on a character boundary */
    size_t nchars;      /* code points in buf */
    size_t max_bytes;   /* 0 = unlimited */
    size_t max_chars;   /* 0 = unlimited */
    int scroll;         /* first visible column (le_view keeps it sane) */
    int readonly;
};

/* The visible part of the text inside a field `width` columns wide. */
struct le_view {
    size_t start;       /* first byte shown */
    size_t end;         /* one past the last byte shown */
    int lead;           /* blank columns before start (half of a cut wide char) */
    int cursor_col;     /* cursor column relative to the field's left edge */
};

void le_init(struct lineedit *le, size_t max_bytes, size_t max_chars);
void le_free(struct lineedit *le);

/* Replace the text (validated like input); cursor goes to the end. */
int le_set(struct lineedit *le, const char *text);
const char *le_text(const struct lineedit *le);

/* Insert at the cursor.  The whole input is checked first: control bytes
 * (C0, DEL, C1) → LE_ERR_CONTROL, malformed UTF-8 → LE_ERR_UTF8, nothing is
 * inserted.  If the limit is reached, the characters that fit are inserted
 * and LE_ERR_FULL is returned.  Handles pastes of any size in one call. */
int le_insert(struct lineedit *le, const char *s, size_t n);

void le_left(struct lineedit *le);
void le_right(struct lineedit *le);
void le_home(struct lineedit *le);
void le_end(struct lineedit *le);
void le_word_left(struct lineedit *le);
void le_word_right(struct lineedit *le);
void le_backspace(struct lineedit *le);
void le_delete(struct lineedit *le);
void le_kill_to_start(struct lineedit *le);  /* ^U */
void le_kill_to_end(struct lineedit *le);    /* ^K */
void le_kill_word(struct lineedit *le);      /* ^W: word before the cursor */

/* Columns from the start of the text to the cursor. */
int le_cursor_col(const struct lineedit *le);

/* Compute the slice to draw in a field of `width` columns, scrolling
 * horizontally so the cursor stays visible (a margin of a few columns is kept
 * when the field is wide enough).  Updates le->scroll. */
void le_view(struct lineedit *le, int width, struct le_view *v);

/* One sentence describing a status, translated. */
const char *le_strerror(int status);

#endif
