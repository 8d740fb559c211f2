/* widget_list.c — a table of rows the screen supplies a window of.
 * The widget never assumes it holds the whole table: moving past either end
 * of the loaded window returns LIST_NEED_NEXT/PREV so the model can page
 * with keyset pagination. */
#include "config.h"
#include <string.h>

#include "i18n.h"
#include "ui_int.h"

void list_init(struct list_widget *l, const struct list_col *cols, int ncols,
               const char *(*cell)(void *, int, int), void *arg)
{
    memset(l, 0, sizeof *l);
    l->cols = cols;
    l->ncols = ncols > 32 ? 32 : ncols;
    l->cell = cell;
    l->arg = arg;
    l->sel = -1;
    l->height = 10;
}

static void keep_visible(struct list_widget *l)
{
    int h = l->height > 0 ? l->height : 1;

    if (l->sel < 0) { l->top = 0; return; }
    if (l->sel < l->top) l->top = l->sel;
    if (l->sel >= l->top + h) l->top = l->sel - h + 1;
    if (l->top > l->nrows - h) l->top = l->nrows - h;
    if (l->top < 0) l->top = 0;
}

void list_set_rows(struct list_widget *l, int nrows, int sel)
{
    l->nrows = nrows < 0 ? 0 : nrows;
    if (sel >= l->nrows) sel = l->nrows - 1;
    if (sel < 0) sel = l->nrows ? 0 : -1;
    l->sel = sel;
    l->want = l->sel;
    keep_visible(l);
}

/* What a column needs to show everything loaded: its header and its
 * widest cell (of at most LIST_MEASURE_ROWS loaded rows), at most
 * LIST_NATURAL_MAX columns. */
#define LIST_MEASURE_ROWS 300
#define LIST_NATURAL_MAX 48
static int natural_width(const struct list_widget *l, int c)
{
    char text[1024];
    const char *t = l->cols[c].title;
    int w = t && t[0] ? str_width(_(t)) : 0;

    for (int r = 0; r < l->nrows && r < LIST_MEASURE_ROWS && l->cell; r++) {
        const char *raw = l->cell(l->arg, r, c);
        int cw;
        if (!raw || !*raw) continue;
        str_sanitize(text, sizeof text, raw);
        if ((cw = str_width(text)) > w) w = cw;
        if (w >= LIST_NATURAL_MAX) return LIST_NATURAL_MAX;
    }
    return w;
}

/* Grow the fixed columns (weight 0: numbers, dates, statuses, cards) to
 * their natural width from *spare, left to right; returns what is still
 * missing. */
static int grow_fixed(struct list_widget *l, const int *nat, int *spare)
{
    int missing = 0;
    for (int c = 0; c < l->ncols; c++) {
        if (!l->widths[c] || l->cols[c].weight || nat[c] <= l->widths[c]) continue;
        int add = nat[c] - l->widths[c];
        if (add > *spare) add = *spare;
        l->widths[c] += add;
        *spare -= add;
        missing += nat[c] - l->widths[c];
    }
    return missing;
}

#define LIST_FLOOR 6

/* The spare columns to the growing columns by weight, each up to what its
 * content needs, round after round; what no content needs goes to the
 * last growing column. */
static void share(struct list_widget *l, const int *nat, int spare, int last)
{
    while (spare > 0) {
        int wopen = 0, given = 0;
        for (int c = 0; c < l->ncols; c++)
            if (l->widths[c] && l->cols[c].weight && l->widths[c] < nat[c]) wopen += l->cols[c].weight;
        if (wopen == 0) break;
        for (int c = 0; c < l->ncols && given < spare; c++) {
            if (!l->widths[c] || !l->cols[c].weight || l->widths[c] >= nat[c]) continue;
            int add = spare * l->cols[c].weight / wopen;
            if (add < 1) add = 1;
            if (add > nat[c] - l->widths[c]) add = nat[c] - l->widths[c];
            if (add > spare - given) add = spare - given;
            l->widths[c] += add;
            given += add;
        }
        spare -= given;
        if (given == 0) break;
    }
    if (spare > 0 && last >= 0) l->widths[last] += spare;
}

/* Priority: every column gets its minimum (columns that do not fit at all
 * are hidden, from the right); then the fixed columns get the width their
 * content needs, taken from the growing columns (titles, names) down to a
 * floor when the screen is narrow, so a status or a number is cut only
 * after the titles (a list that must show a column at 80 columns, such as
 * the unit of an all-units list, puts it before the titles); the rest is shared by weight among the growing
 * columns, each up to its content, the remainder to the last of them. */
void list_layout(struct list_widget *l, int width)
{
    int used = 0, shown = 0, spare, wsum = 0, last = -1, nat[32];

    for (int c = 0; c < l->ncols; c++) {
        int need = l->cols[c].min + (shown ? 1 : 0);
        /* Once a column is dropped, drop the rest too: order matters. */
        if (c > 0 && shown < c) { l->widths[c] = 0; continue; }
        if (used + need > width) { l->widths[c] = 0; continue; }
        l->widths[c] = l->cols[c].min;
        used += need;
        shown++;
        wsum += l->cols[c].weight;
        if (l->cols[c].weight) last = c;
    }
    for (int c = 0; c < l->ncols; c++)
        nat[c] = l->widths[c] ? natural_width(l, c) : 0;
    spare = width - used;
    if (spare < 0) spare = 0;
    if (grow_fixed(l, nat, &spare) > 0) {
        /* Narrow: the growing columns give back down to a floor. */
        for (int c = 0; c < l->ncols; c++) {
            int floor = l->cols[c].min < LIST_FLOOR ? l->cols[c].min : LIST_FLOOR;
            if (!l->widths[c] || !l->cols[c].weight || l->widths[c] <= floor) continue;
            spare += l->widths[c] - floor;
            l->widths[c] = floor;
        }
        grow_fixed(l, nat, &spare);
        /* what they did not need goes back below */
    }
    if (spare <= 0 || wsum == 0) return;
    share(l, nat, spare, last);
}

/* One cell, with the search hit (if any) drawn in the match colour. */
static void draw_cell(struct list_widget *l, WINDOW *w, int y, int x, int cw, int r, int c,
                      enum role base)
{
    const char *raw = l->cell ? l->cell(l->arg, r, c) : NULL;
    char text[1024];
    size_t off = 0, len = 0, keep, tl;
    int used, trunc, pad;

    str_sanitize(text, sizeof text, raw ? raw : "");
    tl = strlen(text);
    if (!l->match || !l->match(l->arg, r, c, text, &off, &len) || len == 0 || off + len > tl) {
        ui_put(w, y, x, cw, text, l->cols[c].align);
        return;
    }
    trunc = str_width(text) > cw;
    keep = trunc ? str_fit(text, cw - 1, &used) : tl;
    if (!trunc) used = str_width(text);
    pad = cw - used - trunc;
    if (l->cols[c].align == ALIGN_RIGHT) { ui_put(w, y, x, pad, "", ALIGN_LEFT); x += pad; }
    if (l->cols[c].align == ALIGN_CENTER) { ui_put(w, y, x, pad / 2, "", ALIGN_LEFT); x += pad / 2; }
    if (off > keep) off = keep;
    if (off + len > keep) len = keep - off;
    mvwaddnstr(w, y, x, text, (int)off);
    theme_set(w, ROLE_MATCH);
    waddnstr(w, text + off, (int)len);
    theme_set(w, base);
    waddnstr(w, text + off + len, (int)(keep - off - len));
    if (trunc) waddstr(w, theme_ascii() ? "~" : "…");
}

void list_draw(struct list_widget *l, WINDOW *w, int y, int x, int h, int width)
{
    int cx;

    if (h <= 0 || width <= 0) return;
    list_layout(l, width);
    l->height = h - 1;
    keep_visible(l);
    theme_set(w, ROLE_TITLE);
    ui_put(w, y, x, width, "", ALIGN_LEFT);
    cx = x;
    for (int c = 0; c < l->ncols; c++) {
        if (!l->widths[c]) continue;
        /* _("") would return the catalogue header. */
        ui_put(w, y, cx, l->widths[c], l->cols[c].title[0] ? _(l->cols[c].title) : "", l->cols[c].align);
        cx += l->widths[c] + 1;
    }
    if (l->nrows == 0) {
        theme_set(w, ROLE_DIM);
        ui_put(w, y + 1 < y + h ? y + 1 : y, x, width,
               l->empty_text ? l->empty_text : _("(nothing to show)"), ALIGN_CENTER);
        theme_set(w, ROLE_NORMAL);
        return;
    }
    for (int i = 0; i < h - 1 && l->top + i < l->nrows; i++) {
        int r = l->top + i;
        enum role role = r == l->sel ? ROLE_SELECTED : l->row_role ? l->row_role(l->arg, r) : ROLE_NORMAL;
        theme_set(w, role);
        ui_put(w, y + 1 + i, x, width, "", ALIGN_LEFT);
        cx = x;
        for (int c = 0; c < l->ncols; c++) {
            if (!l->widths[c]) continue;
            draw_cell(l, w, y + 1 + i, cx, l->widths[c], r, c, role);
            theme_set(w, role);
            cx += l->widths[c] + 1;
        }
    }
    theme_set(w, ROLE_NORMAL);
}

/* Move by d rows; past the loaded window, ask the screen for more. */
static enum list_result list_move(struct list_widget *l, int d)
{
    int target;

    l->want = d;
    if (l->nrows == 0) return d > 0 ? (l->more_after ? LIST_NEED_NEXT : LIST_MOVED)
                                    : (l->more_before ? LIST_NEED_PREV : LIST_MOVED);
    target = l->sel + d;
    l->want = target;
    if (target >= l->nrows) {
        l->sel = l->nrows - 1;
        if (l->more_after) { keep_visible(l); return LIST_NEED_NEXT; }
    } else if (target < 0) {
        l->sel = 0;
        if (l->more_before) { keep_visible(l); return LIST_NEED_PREV; }
    } else {
        l->sel = target;
    }
    keep_visible(l);
    return LIST_MOVED;
}

enum list_result list_command(struct list_widget *l, enum cmd c)
{
    int page = l->height > 1 ? l->height - 1 : 1;

    switch (c) {
    case CMD_UP: return list_move(l, -1);
    case CMD_DOWN: return list_move(l, 1);
    case CMD_PAGE_UP: return list_move(l, -page);
    case CMD_PAGE_DOWN: return list_move(l, page);
    case CMD_TOP:
        if (l->more_before) return LIST_NEED_FIRST;
        list_set_rows(l, l->nrows, 0);
        return LIST_MOVED;
    case CMD_BOTTOM:
        if (l->more_after) return LIST_NEED_LAST;
        list_set_rows(l, l->nrows, l->nrows - 1);
        return LIST_MOVED;
    case CMD_OPEN:
        return l->nrows > 0 && l->sel >= 0 ? LIST_OPEN : LIST_UNHANDLED;
    default:
        return LIST_UNHANDLED;
    }
}
