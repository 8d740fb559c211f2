/* doc_output_test.c — a document on its way to paper (doc_pdf.c,
 * doc_print.c): the PDF is a PDF (or, built without pango/cairo, one
 * sentence says so); media copy frames the bytes with ESC [5i / ESC [4i;
 * printing with no queue, or on a machine without lp, is one sentence. */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "doc_output.h"
#include "ui_tap.h"

int main(void)
{
    char *pdf = NULL, err[600] = "", buf[64];
    size_t len = 0;
    int fds[2];
    ssize_t n;

#ifdef HAVE_PANGOCAIRO
    /* The renderer is the casedesk-pdf helper; this test is not beside it. */
    char helper[4096];
    const char *top = getenv("top_builddir");
    snprintf(helper, sizeof helper, "%s/casedesk-pdf", top ? top : ".");
    setenv("CASEDESK_PDF_HELPER", helper, 1);
    ok(doc_pdf_available(), "built with pango/cairo: the PDF renderer is there");
#endif
    if (doc_pdf_available()) {
        ok(doc_pdf("关庙停字〔2026〕第001号", "关庙镇\n责令停止违法行为通知书\n关庙停字〔2026〕第001号\n\n当事人：冯十一\n",
                   &pdf, &len, err, sizeof err) == 0, "a document renders to PDF");
        ok(len > 1000 && memcmp(pdf, "%PDF-", 5) == 0, "and it is a PDF");
        free(pdf);
        pdf = NULL;
        /* a long document: more than a pipe holds, both ways */
        size_t big = 200000, at = 0;
        char *body = malloc(big + 64);
        at += (size_t)sprintf(body, "关庙镇\n通知书\n第001号\n");
        while (at < big) at += (size_t)sprintf(body + at, "当事人冯十一于本村违法占地建房，责令限期拆除。\n");
        ok(doc_pdf("第001号", body, &pdf, &len, err, sizeof err) == 0 && len > 65536,
           "a long document renders too (%zu bytes of text, %zu of PDF)", at, len);
        free(body);
        free(pdf);
        pdf = NULL;
        setenv("CASEDESK_PDF_HELPER", "/nonexistent/casedesk-pdf", 1);
        ok(!doc_pdf_available(), "the renderer missing: no PDF is offered");
        ok(doc_pdf("x", "y", &pdf, &len, err, sizeof err) < 0 && strstr(err, "is not installed") != NULL,
           "and asked anyway, one sentence says the renderer is not installed");
    } else {
        ok(doc_pdf("x", "y", &pdf, &len, err, sizeof err) < 0, "built without pango/cairo: no PDF");
        ok(strstr(err, "built without pango and cairo") != NULL, "and one sentence says why");
    }
    free(pdf);

    if (pipe(fds) != 0) return 1;
    ok(doc_media_copy(fds[1], "%PDF-1.5 abc", 12) == 0, "media copy writes");
    close(fds[1]);
    n = read(fds[0], buf, sizeof buf);
    close(fds[0]);
    ok(n == 20 && memcmp(buf, "\033[5i%PDF-1.5 abc\033[4i", 20) == 0, "ESC [5i, the bytes, ESC [4i, nothing else");

    ok(doc_lp("", "t", "x", 1, err, sizeof err) < 0 && strstr(err, "No print queue is set up") != NULL,
       "no queue for the unit: one sentence");
    setenv("PATH", "/nonexistent", 1);            /* a machine without CUPS's lp */
    ok(doc_lp("office", "t", "x", 1, err, sizeof err) < 0
       && strstr(err, "This machine has no CUPS printing (the lp command is not installed)") != NULL,
       "no lp on the machine: one sentence");
    return done_testing();
}
