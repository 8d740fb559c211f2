/* casedesk_pdf.c — casedesk-pdf, the PDF renderer run by casedesk and
 * casedesk-admin when a document is to be printed (doc_pdf.c).  Reads the
 * title (one line) and the body from standard input, writes the PDF to
 * standard output; on failure, cairo's words on standard error and exit
 * status 1.  A program of its own so the sessions never load pango. */
#include "config.h"
#include "pdf_render.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The whole of standard input, NUL-terminated; NULL when out of memory. */
static char *read_all(void)
{
    size_t len = 0, cap = 8192;
    char *buf = malloc(cap);
    ssize_t n;

    while (buf) {
        if (len + 1 >= cap) {
            char *b = realloc(buf, cap * 2);
            if (!b) { free(buf); return NULL; }
            buf = b;
            cap *= 2;
        }
        n = read(STDIN_FILENO, buf + len, cap - 1 - len);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        len += (size_t)n;
    }
    if (buf) buf[len] = '\0';
    return buf;
}

int main(void)
{
    char *in = read_all(), *body, *pdf = NULL;
    const char *why = "out of memory";
    size_t len = 0, off = 0;

    if (!in) { fprintf(stderr, "%s\n", why); return 1; }
    body = strchr(in, '\n');
    if (body) *body++ = '\0';
    else body = in + strlen(in);
    if (pdf_render(in, body, &pdf, &len, &why) != 0) {
        fprintf(stderr, "%s\n", why);
        return 1;
    }
    while (off < len) {
        ssize_t w = write(STDOUT_FILENO, pdf + off, len - off);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) { fprintf(stderr, "%s\n", strerror(errno)); return 1; }
        off += (size_t)w;
    }
    free(pdf);
    free(in);
    return 0;
}
