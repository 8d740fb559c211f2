/* doc_output.h — a document on its way to paper, over SSH: rendered as
 * PDF (pango + cairo, a CJK font from Debian's fonts-noto-cjk or
 * fonts-wqy-zenhei), sent to a CUPS queue with lp, or passed to the user's
 * own printer through the terminal's printer-controller mode (VT100 media
 * copy, ESC [ 5 i … ESC [ 4 i, which PuTTY and SecureCRT support).  No
 * file is written anywhere; everything stays in memory.  No curses, no
 * libpq.  Errors are one sentence in err. */
#ifndef CASEDESK_DOC_OUTPUT_H
#define CASEDESK_DOC_OUTPUT_H

#include <stddef.h>

/* 1 when this casedesk was built with pango and cairo. */
int doc_pdf_available(void);
/* Render title (the document number, as PDF metadata) and body (UTF-8,
 * paragraphs separated by newlines) to an A4 PDF in *pdf (malloc'd,
 * *len bytes).  0 or -1. */
int doc_pdf(const char *title, const char *body, char **pdf, size_t *len, char *err, size_t errsz);
/* Print data with `lp -d queue -t title` (data on lp's standard input).
 * 0 or -1; a machine without lp, or lp refusing, is one sentence. */
int doc_lp(const char *queue, const char *title, const char *data, size_t len,
           char *err, size_t errsz);
/* Write ESC [ 5 i, data, ESC [ 4 i to fd in full.  0 or -1 (errno). */
int doc_media_copy(int fd, const char *data, size_t len);

#endif
