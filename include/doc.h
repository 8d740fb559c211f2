/* doc.h — the document register (文书登记): list, read, issue and serve
 * documents, and the print queue of their unit.  No curses.
 *
 * Numbers, text, sha256 and every rule are PostgreSQL's
 * (sql/migrations/081, sql/functions/081_documents.sql).  Functions
 * returning int give 0 or a count on success and -1 on error; then
 * db_errmsg(db) holds the sentence to show. */
#ifndef CASEDESK_DOC_H
#define CASEDESK_DOC_H

#include <stddef.h>
#include "db.h"

struct doc_row {
    long long id, case_id, petition_id;
    char kind[32], kind_name[96], doc_no[128];
    char issued_on[11], deadline[11], served_on[11], served_way[16];
    char party[304], served_to[304], sha256[65], case_no[24];
};

/* The documents of a case (or all the caller may see when case_id is 0,
 * newest first, at most 200); count or -1. */
int doc_list(db_t *db, long long case_id, struct doc_row **out);
/* One document by id, with its text (malloc'd, free it); 0 or -1. */
int doc_load(db_t *db, long long id, struct doc_row *row, char **body);
/* The id of the document with this number that the caller may see, 0 if
 * none, -1 on error. */
long long doc_find(db_t *db, const char *doc_no);
/* The number of the document step `step` of the case issued (functions/180:
 * one per case and step) into out, "" when it issued none; 0 or -1. */
int doc_of_step(db_t *db, long long case_id, const char *step, char *out, size_t sz);
/* Issue a document of a case (see casedesk.document_issue); on, deadline,
 * facts may be NULL or ""; about 0 for none.  Returns its id or -1. */
long long doc_issue(db_t *db, const char *kind, long long case_id, const char *on,
                    const char *deadline, long long about, const char *facts);
/* Record service: on YYYY-MM-DD, way in_person|post|notice, to (may be ""). */
int doc_serve(db_t *db, long long id, const char *on, const char *way, const char *to);
/* The CUPS queue of the unit of document id ("" when none is set); 0 or -1. */
int doc_queue(db_t *db, long long id, char *queue, size_t sz);
/* Set a unit's queue (admins); queue "" removes it.  0 or -1. */
int doc_set_queue(db_t *db, const char *unit_code, const char *queue);

#endif
