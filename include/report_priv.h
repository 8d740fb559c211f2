/* report_priv.h — helpers shared by report.c and report_export.c. */
#ifndef CASEDESK_REPORT_PRIV_H
#define CASEDESK_REPORT_PRIV_H

#include <stddef.h>
#include <stdio.h>

/* The report is rendered here first, and copied to the real output only
 * when complete (no partial output on error). */
struct membuf {
    FILE *f;
    char *buf;
    size_t len;
};

int membuf_open(struct membuf *m, char *err, size_t errsz);
/* Write everything to out and release the buffer; 0 or -1 (err set). */
int membuf_flush_to(struct membuf *m, FILE *out, char *err, size_t errsz);
void membuf_discard(struct membuf *m);

/* The English or the Chinese text, by i18n_is_chinese(). */
const char *report_tr(const char *en, const char *zh);

#endif
