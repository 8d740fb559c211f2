/* lineedit.c — one-line UTF-8 editor logic (see lineedit.h).  No curses. */
#include "config.h"
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "lineedit.h"
#include "util.h"
#include "width.h"

void le_init(struct lineedit *le, size_t max_bytes, size_t max_chars)
{
    memset(le, 0, sizeof *le);
    le->cap = 16;
    le->buf = xmalloc(le->cap);
    le->buf[0] = '\0';
    le->max_bytes = max_bytes;
    le->max_chars = max_chars;
}

void le_free(struct lineedit *le)
{
    free(le->buf);
    le->buf = NULL;
    le->len = le->cap = le->cur = le->nchars = 0;
}

const char *le_text(const struct lineedit *le)
{
    return le->buf ? le->buf : "";
}

static int is_control(uint32_t cp)
{
    return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0);
}

/* Width of the code point at byte i (buffer is known-valid). */
static int width_at(const struct lineedit *le, size_t i, size_t *n)
{
    uint32_t cp;

    *n = utf8_decode(le->buf + i, le->len - i, &cp, NULL);
    return cp_width(cp);
}

/* End of the character starting at i: the code point plus following
 * zero-width (combining) code points, so a cursor never lands between them. */
static size_t next_boundary(const struct lineedit *le, size_t i)
{
    size_t n;

    if (i >= le->len) return le->len;
    width_at(le, i, &n);
    i += n;
    while (i < le->len && width_at(le, i, &n) == 0) i += n;
    return i;
}

static size_t prev_cp(const struct lineedit *le, size_t i)
{
    if (i == 0) return 0;
    do i--; while (i > 0 && ((unsigned char)le->buf[i] & 0xC0) == 0x80);
    return i;
}

static size_t prev_boundary(const struct lineedit *le, size_t i)
{
    size_t n;

    i = prev_cp(le, i);
    while (i > 0 && width_at(le, i, &n) == 0) i = prev_cp(le, i);
    return i;
}

static size_t count_cps(const char *s, size_t n)
{
    size_t c = 0, i;

    for (i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) c++;
    return c;
}

static void reserve(struct lineedit *le, size_t need)
{
    if (need + 1 <= le->cap) return;
    while (le->cap < need + 1) le->cap *= 2;
    le->buf = xrealloc(le->buf, le->cap);
}

/* Check input; returns LE_OK or an error and the byte count that fits the
 * limits in *fit (whole characters only). */
static int check_input(const struct lineedit *le, const char *s, size_t n, size_t *fit)
{
    size_t i = 0, k, chars = le->nchars;
    uint32_t cp;
    int ok;

    *fit = 0;
    while (i < n) {
        k = utf8_decode(s + i, n - i, &cp, &ok);
        if (!ok) return LE_ERR_UTF8;
        if (is_control(cp)) return LE_ERR_CONTROL;
        i += k;
    }
    for (i = 0; i < n; i += k) {
        k = utf8_decode(s + i, n - i, &cp, NULL);
        if (le->max_bytes && le->len + i + k > le->max_bytes) break;
        if (le->max_chars && chars + 1 > le->max_chars) break;
        chars++;
    }
    *fit = i;
    return i < n ? LE_ERR_FULL : LE_OK;
}

int le_insert(struct lineedit *le, const char *s, size_t n)
{
    size_t fit;
    int st;

    if (le->readonly) return LE_ERR_READONLY;
    st = check_input(le, s, n, &fit);
    if (st != LE_OK && st != LE_ERR_FULL) return st;
    if (fit == 0) return st;
    reserve(le, le->len + fit);
    memmove(le->buf + le->cur + fit, le->buf + le->cur, le->len - le->cur + 1);
    memcpy(le->buf + le->cur, s, fit);
    le->len += fit;
    le->cur += fit;
    le->nchars += count_cps(s, fit);
    return st;
}

int le_set(struct lineedit *le, const char *text)
{
    int ro = le->readonly, st;

    le->len = le->cur = le->nchars = 0;
    le->buf[0] = '\0';
    le->scroll = 0;
    le->readonly = 0;
    st = le_insert(le, text ? text : "", text ? strlen(text) : 0);
    le->readonly = ro;
    return st;
}

void le_left(struct lineedit *le) { le->cur = prev_boundary(le, le->cur); }
void le_right(struct lineedit *le) { le->cur = next_boundary(le, le->cur); }
void le_home(struct lineedit *le) { le->cur = 0; }
void le_end(struct lineedit *le) { le->cur = le->len; }

static void delete_range(struct lineedit *le, size_t a, size_t b)
{
    if (le->readonly || b <= a) return;
    le->nchars -= count_cps(le->buf + a, b - a);
    memmove(le->buf + a, le->buf + b, le->len - b + 1);
    le->len -= b - a;
    le->cur = a;
}

void le_backspace(struct lineedit *le)
{
    delete_range(le, prev_boundary(le, le->cur), le->cur);
}

void le_delete(struct lineedit *le)
{
    delete_range(le, le->cur, next_boundary(le, le->cur));
}

void le_kill_to_start(struct lineedit *le) { delete_range(le, 0, le->cur); }
void le_kill_to_end(struct lineedit *le) { delete_range(le, le->cur, le->len); }

/* A "word" separator: ASCII space and punctuation, and CJK punctuation and
 * full-width space, so ^W deletes back to the last 、，。 too. */
static int is_sep_at(const struct lineedit *le, size_t i)
{
    uint32_t cp;

    utf8_decode(le->buf + i, le->len - i, &cp, NULL);
    if (cp < 0x80) return strchr(" \t,.;:/-_()[]{}\"'!?", (int)cp) != NULL && cp;
    return cp == 0x3000 || cp == 0x3001 || cp == 0x3002 || cp == 0xFF0C ||
           cp == 0xFF1B || cp == 0xFF1A || cp == 0xFF08 || cp == 0xFF09;
}

void le_word_left(struct lineedit *le)
{
    size_t i = le->cur;

    while (i > 0 && is_sep_at(le, prev_boundary(le, i))) i = prev_boundary(le, i);
    while (i > 0 && !is_sep_at(le, prev_boundary(le, i))) i = prev_boundary(le, i);
    le->cur = i;
}

void le_word_right(struct lineedit *le)
{
    size_t i = le->cur;

    while (i < le->len && is_sep_at(le, i)) i = next_boundary(le, i);
    while (i < le->len && !is_sep_at(le, i)) i = next_boundary(le, i);
    le->cur = i;
}

void le_kill_word(struct lineedit *le)
{
    size_t end = le->cur;

    le_word_left(le);
    delete_range(le, le->cur, end);
}

int le_cursor_col(const struct lineedit *le)
{
    return strn_width(le->buf, le->cur);
}

static void clamp_scroll(struct lineedit *le, int width, int cc, int total)
{
    int margin = width >= 8 ? (width - 1) / 4 : 0;

    if (margin > 3) margin = 3;
    if (cc < le->scroll + margin) le->scroll = cc - margin;
    if (cc > le->scroll + width - 1 - margin) le->scroll = cc - (width - 1 - margin);
    /* No empty space on the right while text is hidden on the left. */
    if (le->scroll > 0 && total - le->scroll < width - 1) le->scroll = total - width + 1;
    if (total + 1 <= width || le->scroll < 0) le->scroll = 0;
}

void le_view(struct lineedit *le, int width, struct le_view *v)
{
    int cc = le_cursor_col(le), total = str_width(le->buf), col = 0, w;
    size_t i = 0, n;

    memset(v, 0, sizeof *v);
    if (width <= 0) return;
    clamp_scroll(le, width, cc, total);
    /* Skip characters left of the window; a wide one cut in half is blank. */
    while (i < le->len && col < le->scroll) {
        size_t e = next_boundary(le, i);
        w = strn_width(le->buf + i, e - i);
        col += w;
        i = e;
    }
    v->start = i;
    v->lead = col - le->scroll;
    col = v->lead;
    while (i < le->len) {
        size_t e = next_boundary(le, i);
        w = strn_width(le->buf + i, e - i);
        if (col + w > width) break;
        col += w;
        i = e;
    }
    v->end = i;
    v->cursor_col = cc - le->scroll;
    (void)n;
}

const char *le_strerror(int status)
{
    switch (status) {
    case LE_OK: return "";
    case LE_ERR_CONTROL: return _("Control characters cannot be typed into this field.");
    case LE_ERR_UTF8: return _("The input is not valid UTF-8 text and was refused.");
    case LE_ERR_FULL: return _("The field is full; the rest of the text was not inserted.");
    case LE_ERR_READONLY: return _("This field is read-only.");
    }
    return _("Input refused.");
}
