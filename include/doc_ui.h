/* doc_ui.h — the documents screen of a case (src/scr_documents.c). */
#ifndef CASEDESK_DOC_UI_H
#define CASEDESK_DOC_UI_H

struct case_detail;

/* Push the register's documents of the case; kind (e.g. "stop_order") or
 * NULL selects the latest document of that kind.  0, or -1. */
int open_case_documents(const struct case_detail *d, const char *kind);

#endif
