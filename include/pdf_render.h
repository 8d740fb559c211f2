/* pdf_render.h — the PDF renderer proper (pango + cairo), linked only into
 * the casedesk-pdf helper so that casedesk and casedesk-admin do not map
 * the pango/cairo/glib stack (about 5 MB of each session's memory) for the
 * rare moment a document is printed.  See doc_pdf.c for the caller. */
#ifndef CASEDESK_PDF_RENDER_H
#define CASEDESK_PDF_RENDER_H

#include <stddef.h>

/* title: PDF metadata; body: UTF-8 paragraphs separated by newlines.
 * 0 with *pdf (malloc'd, *len bytes), or -1 with *why (cairo's words). */
int pdf_render(const char *title, const char *body, char **pdf, size_t *len, const char **why);

#endif
