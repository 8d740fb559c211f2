/* widget_textview.c — the text view widget (widgets.h): a scrollable page
 * of text (the briefing, the inspector reports, the discipline record).  Lines are wrapped by
 * display width (width.c) at word and number boundaries (str_wrap): Chinese
 * text breaks between characters, never before a closing mark, and a word
 * or a number such as 61.5% stays whole; wrapping is redone when the width
 * changes.  Table rows (lines starting with "| " or a box character) are
 * not wrapped but cut, so their cells stay under their headers. */

#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "theme.h"
#include "util.h"
#include "widgets.h"
#include "width.h"

static void tv_clear_lines(struct textview *tv)
{
    for (int i = 0; i < tv->nlines; i++)
        free(tv->lines[i]);
    free(tv->lines);
    tv->lines = NULL;
    tv->nlines = 0;
    tv->wrap_cols = 0;
}

static void add_line(struct textview *tv, int *cap, const char *s, size_t len)
{
    if (tv->nlines == *cap) {
        *cap = *cap ? *cap * 2 : 64;
        tv->lines = xrealloc(tv->lines, (size_t)*cap * sizeof *tv->lines);
    }
    tv->lines[tv->nlines++] = xstrndup(s, len);
}

/* Wrap one source line (no '\n') into lines of at most cols columns;
 * continuation lines keep a heading's marker so they keep its colour. */
static void wrap_line(struct textview *tv, int *cap, const char *s, size_t len, int cols)
{
    char *line = xstrndup(s, len);
    const char *p = line;
    int first = 1;

    do {
        size_t next, n = str_wrap(p, cols, &next);
        if (next == 0 && *p)
            next = n = 1;        /* never loop on a character wider than cols */
        if (first || strncmp(line, "## ", 3) != 0) {
            add_line(tv, cap, p, n);
        } else {
            char *h = xasprintf("## %.*s", (int)n, p);
            add_line(tv, cap, h, strlen(h));
            free(h);
        }
        p += next;
        first = 0;
    } while (*p);
    free(line);
}

/* A row of a table laid out with spaces: at least two gaps of three or
 * more spaces after its first word. */
static int is_table_row(const char *s, size_t len)
{
    size_t i = 0;
    int gaps = 0;
    while (i < len && s[i] == ' ') i++;
    while (i < len) {
        size_t j = i;
        while (j < len && s[j] == ' ') j++;
        if (j - i >= 3 && j < len) gaps++;
        i = j > i ? j : i + 1;
    }
    return gaps >= 2;
}

static void tv_wrap(struct textview *tv, int cols)
{
    int cap = 0;

    tv_clear_lines(tv);
    tv->wrap_cols = cols;
    for (const char *s = tv->text ? tv->text : ""; *s; ) {
        const char *nl = strchr(s, '\n');
        size_t len = nl ? (size_t)(nl - s) : strlen(s);
        if (len == 0 || is_table_row(s, len))
            add_line(tv, &cap, s, len);   /* a table row is cut when drawn, not wrapped */
        else
            wrap_line(tv, &cap, s, len, cols > 4 ? cols : 4);
        s += len + (nl ? 1 : 0);
    }
}

void textview_keep_set(struct textview *tv, const char *text)
{
    free(tv->text);
    tv->text = xstrdup(text ? text : "");
    tv_clear_lines(tv);
}

void textview_set(struct textview *tv, const char *text)
{
    textview_keep_set(tv, text);
    tv->top = 0;
}

void textview_free(struct textview *tv)
{
    tv_clear_lines(tv);
    free(tv->text);
    memset(tv, 0, sizeof *tv);
}

static void clamp_top(struct textview *tv)
{
    int max = tv->nlines - (tv->height > 0 ? tv->height : 1);
    if (tv->top > max) tv->top = max;
    if (tv->top < 0) tv->top = 0;
}

void textview_draw(struct textview *tv, WINDOW *w, int y, int h, int cols)
{
    if (tv->wrap_cols != cols || (!tv->lines && tv->text))
        tv_wrap(tv, cols);
    tv->height = h;
    clamp_top(tv);
    for (int i = 0; i < h && tv->top + i < tv->nlines; i++) {
        const char *s = tv->lines[tv->top + i];
        if (strncmp(s, "## ", 3) == 0)
            ui_put_role(w, y + i, 0, cols, s + 3, ALIGN_LEFT, ROLE_TITLE);
        else if (strncmp(s, "!! ", 3) == 0)
            ui_put_role(w, y + i, 0, cols, s + 3, ALIGN_LEFT, ROLE_WARNING);
        else
            ui_put(w, y + i, 0, cols, s, ALIGN_LEFT);
    }
}

int textview_command(struct textview *tv, enum cmd c)
{
    int page = tv->height > 1 ? tv->height - 1 : 1;

    switch (c) {
    case CMD_UP: tv->top--; break;
    case CMD_DOWN: tv->top++; break;
    case CMD_PAGE_UP: tv->top -= page; break;
    case CMD_PAGE_DOWN: tv->top += page; break;
    case CMD_TOP: tv->top = 0; break;
    case CMD_BOTTOM: tv->top = tv->nlines; break;
    default: return 0;
    }
    clamp_top(tv);
    return 1;
}

void textview_position(const struct textview *tv, char *buf, size_t bufsz)
{
    int last = tv->top + tv->height;

    if (!tv->lines) {           /* not laid out yet: the first draw wraps it */
        snprintf(buf, bufsz, "%s", "");
        return;
    }
    if (last > tv->nlines) last = tv->nlines;
    snprintf(buf, bufsz, "%d-%d / %d", tv->nlines ? tv->top + 1 : 0, last, tv->nlines);
}
