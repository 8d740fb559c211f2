/* doc_pdf.c — a document's text as an A4 PDF, in memory, with pango and
 * cairo: the first line (the issuing body) and the second (the kind of
 * document) centred and large, the number centred, the rest as justified
 * paragraphs, lines of signatures and the seal as written.  The font is a
 * CJK family Debian ships (fonts-noto-cjk, fonts-wqy-zenhei); fontconfig
 * picks whichever is installed.  Built only with pango/cairo
 * (HAVE_PANGOCAIRO); otherwise doc_pdf says so in one sentence. */
#include "config.h"
#include "doc_output.h"
#include "i18n.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef HAVE_PANGOCAIRO
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
};

static cairo_status_t sink_write(void *arg, const unsigned char *data, unsigned int n)
{
    struct sink *s = arg;

    if (s->len + n > s->cap) {
        s->cap = (s->len + n) * 2;
        s->buf = xrealloc(s->buf, s->cap);
    }
    memcpy(s->buf + s->len, data, n);
    s->len += n;
    return CAIRO_STATUS_SUCCESS;
}

int doc_pdf_available(void)
{
    return 1;
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

int doc_pdf(const char *title, const char *body, char **pdf, size_t *len, char *err, size_t errsz)
{
    struct sink s = { NULL, 0, 0 };
    cairo_surface_t *surf = cairo_pdf_surface_create_for_stream(sink_write, &s, PAGE_W, PAGE_H);
    cairo_t *cr = cairo_create(surf);
    PangoLayout *lay = pango_cairo_create_layout(cr);
    char *copy = xstrdup(body), *line, *save;
    double y = MARGIN;
    int n = 0;
    cairo_status_t st;

    cairo_pdf_surface_set_metadata(surf, CAIRO_PDF_METADATA_TITLE, title);
    cairo_pdf_surface_set_metadata(surf, CAIRO_PDF_METADATA_CREATOR, "casedesk");
    save = copy;
    while ((line = strsep(&save, "\n")) != NULL) {
        if (!*line) {                   /* a blank line: a little space between paragraphs */
            y += 6;
            continue;
        }
        if (n == 0) y = put_para(cr, lay, line, 16, 1, PANGO_ALIGN_CENTER, y);
        else if (n == 1) y = put_para(cr, lay, line, 20, 1, PANGO_ALIGN_CENTER, y);
        else if (n == 2) y = put_para(cr, lay, line, 12, 0, PANGO_ALIGN_CENTER, y) + 12;
        else if (strstr(line, "（印章）") || (line[0] >= '0' && line[0] <= '9' && strstr(line, "年")))
            y = put_para(cr, lay, line, 12, 0, PANGO_ALIGN_RIGHT, y);
        else y = put_para(cr, lay, line, 12, 0, PANGO_ALIGN_LEFT, y);
        n++;
    }
    free(copy);
    g_object_unref(lay);
    cairo_destroy(cr);
    cairo_surface_finish(surf);
    st = cairo_surface_status(surf);
    cairo_surface_destroy(surf);
    if (st != CAIRO_STATUS_SUCCESS) {
        free(s.buf);
        snprintf(err, errsz, _("The PDF could not be made: %s."), cairo_status_to_string(st));
        return -1;
    }
    *pdf = s.buf;
    *len = s.len;
    return 0;
}

#else

int doc_pdf_available(void)
{
    return 0;
}

int doc_pdf(const char *title, const char *body, char **pdf, size_t *len, char *err, size_t errsz)
{
    (void)title; (void)body;
    *pdf = NULL;
    *len = 0;
    snprintf(err, errsz, "%s", _("This casedesk was built without pango and cairo, so it cannot make PDFs; the document is kept in the register."));
    return -1;
}

#endif
