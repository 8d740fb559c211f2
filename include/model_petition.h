/* model_petition.h — 信访 cases (migration 140): the petition row of a case
 * (read through casedesk.petition_detail, the ID number masked) and
 * registration.  No curses. */
#ifndef CASEDESK_MODEL_PETITION_H
#define CASEDESK_MODEL_PETITION_H

#include "db.h"
#include "model_case.h"

/* Fill d->pet and d->detail_version for case id: 0 loaded, 1 none, -1 error. */
int petition_load(db_t *db, long long id, struct case_detail *d);
void petition_detail_free(struct case_detail *d);

/* Register a petition; channel visit|letter|phone|online|transferred;
 * "" for the optional ones; project_id 0 none; about_case_no the number of
 * a case of the unit it concerns, or "".  The new id or -1. */
long long case_create_petition(db_t *db, int village_id, const char *channel,
                               const char *received_on, const char *petitioner,
                               const char *id_no, const char *phone, const char *address,
                               const char *subject, const char *content, int project_id,
                               const char *about_case_no);

#endif
