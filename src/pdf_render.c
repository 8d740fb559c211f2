/* pdf_render.c — a document's text as an A4 PDF, in memory, with pango and
 * cairo: the first line (the issuing body) and the second (the kind of
 * document) centred and large, the number centred, the rest as justified
 * paragraphs, lines of signatures and the seal as written.  The font is a
 * CJK family Debian ships (fonts-noto-cjk, fonts-wqy-zenhei); fontconfig
 * picks whichever is installed.  Part of casedesk-pdf only (pdf_render.h). */
#include "config.h"
#include "pdf_render.h"

#include <stdlib.h>
#include <string.h>

#include <cairo.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#define PT_PER_MM (72.0 / 25.4)
#define PAGE_W (210 * PT_PER_MM)
#define PAGE_H (297 * PT_PER_MM)
#define MARGIN (25 * PT_PER_MM)
#define FONT "Noto Serif CJK SC, Noto Sans CJK SC, WenQuanYi Zen Hei, serif"

struct sink {
    char *buf;
    size_t len, cap;
    int failed;
};

static cairo_status_t sink_write(void *arg, const unsigned char *data, unsigned int n)
{
    struct sink *s = arg;

    if (s->len + n > s->cap) {
        size_t cap = (s->len + n) * 2;
        char *b = realloc(s->buf, cap);
        if (!b) {
            s->failed = 1;
            return CAIRO_STATUS_NO_MEMORY;
        }
        s->buf = b;
        s->cap = cap;
    }
    memcpy(s->buf + s->len, data, n);
    s->len += n;
    return CAIRO_STATUS_SUCCESS;
}

/* One paragraph at y (points from the top); a new page when it does not fit. */
static double put_para(cairo_t *cr, PangoLayout *lay, const char *text, int size, int bold,
                       PangoAlignment al, double y)
{
    PangoFontDescription *fd = pango_font_description_from_string(FONT);
    int w, h;

    pango_font_description_set_size(fd, size * PANGO_SCALE);
    pango_font_description_set_weight(fd, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_layout_set_font_description(lay, fd);
    pango_font_description_free(fd);
    pango_layout_set_width(lay, (int)((PAGE_W - 2 * MARGIN) * PANGO_SCALE));
    pango_layout_set_wrap(lay, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_alignment(lay, al);
    pango_layout_set_justify(lay, al == PANGO_ALIGN_LEFT);
    pango_layout_set_text(lay, *text ? text : " ", -1);
    pango_layout_get_size(lay, &w, &h);
    if (y + (double)h / PANGO_SCALE > PAGE_H - MARGIN && y > MARGIN + 1) {
        cairo_show_page(cr);
        y = MARGIN;
    }
    cairo_move_to(cr, MARGIN, y);
    pango_cairo_show_layout(cr, lay);
    return y + (double)h / PANGO_SCALE + size * 0.35;
}

static double put_line(cairo_t *cr, PangoLayout *lay, const char *line, int n, double y)
{
    if (n == 0) return put_para(cr, lay, line, 16, 1, PANGO_ALIGN_CENTER, y);
    if (n == 1) return put_para(cr, lay, line, 20, 1, PANGO_ALIGN_CENTER, y);
    if (n == 2) return put_para(cr, lay, line, 12, 0, PANGO_ALIGN_CENTER, y) + 12;
    if (strstr(line, "（印章）") || (line[0] >= '0' && line[0] <= '9' && strstr(line, "年")))
        return put_para(cr, lay, line, 12, 0, PANGO_ALIGN_RIGHT, y);
    return put_para(cr, lay, line, 12, 0, PANGO_ALIGN_LEFT, y);
}

int pdf_render(const char *title, const char *body, char **pdf, size_t *len, const char **why)
{
    struct sink s = { NULL, 0, 0, 0 };
    cairo_surface_t *surf = cairo_pdf_surface_create_for_stream(sink_write, &s, PAGE_W, PAGE_H);
    cairo_t *cr = cairo_create(surf);
    PangoLayout *lay = pango_cairo_create_layout(cr);
    char *copy = strdup(body), *line, *save;
    double y = MARGIN;
    int n = 0;
    cairo_status_t st;

    cairo_pdf_surface_set_metadata(surf, CAIRO_PDF_METADATA_TITLE, title);
    cairo_pdf_surface_set_metadata(surf, CAIRO_PDF_METADATA_CREATOR, "casedesk");
    save = copy;
    while (save && (line = strsep(&save, "\n")) != NULL) {
        if (!*line) {                   /* a blank line: a little space between paragraphs */
            y += 6;
            continue;
        }
        y = put_line(cr, lay, line, n++, y);
    }
    free(copy);
    g_object_unref(lay);
    cairo_destroy(cr);
    cairo_surface_finish(surf);
    st = copy ? cairo_surface_status(surf) : CAIRO_STATUS_NO_MEMORY;
    cairo_surface_destroy(surf);
    if (st != CAIRO_STATUS_SUCCESS || s.failed) {
        free(s.buf);
        *why = cairo_status_to_string(s.failed ? CAIRO_STATUS_NO_MEMORY : st);
        return -1;
    }
    *pdf = s.buf;
    *len = s.len;
    return 0;
}
