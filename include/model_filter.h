/* model_filter.h — saved filters per person (table casedesk.saved_filter,
 * migration 130): a named copy of what a list's filter holds, recalled from
 * the list's filter menu.  Only one's own filters exist for one (row-level
 * security); at most 50 a list.  No curses. */
#ifndef CASEDESK_MODEL_FILTER_H
#define CASEDESK_MODEL_FILTER_H

#include "db.h"

#define SAVED_FILTER_NAME_MAX 60

struct saved_filter {
    int id;
    char name[4 * SAVED_FILTER_NAME_MAX + 4];
    char kind[16], status[24], text[64];
    int unit_id, village_id, project_id, overdue;
    char unit_name[64], village_name[128], project_name[128];   /* read with the row */
    char unit_code[20];   /* read with the row; saved as the unit when unit_id is 0 */
};

/* The caller's saved filters of a list ("cases", "tasks"), by name.  0 or -1. */
int saved_filters(db_t *db, const char *screen, struct saved_filter **out, int *n);
/* Save f under f->name (replacing one's own filter of that name).  0 or -1
 * (db_errmsg says why: the cap, an empty name). */
int saved_filter_save(db_t *db, const char *screen, const struct saved_filter *f);
/* Rename one's own filter id to name; 1 renamed, 0 not there, -1 error
 * (db_errmsg: a blank or taken name). */
int saved_filter_rename(db_t *db, int id, const char *name);
/* Delete one's own filter id; 1 deleted, 0 not there (not one's own), -1 error. */
int saved_filter_delete(db_t *db, int id);

#endif
