/* model_ref.h — reference lists for pickers: units, officials, villages,
 * projects.  Each row has the key a screen stores or passes on (a unit code,
 * a login, an id as text), the name people read and a detail that tells two
 * equal names apart (an official's unit, a village's town).  No curses. */
#ifndef CASEDESK_MODEL_REF_H
#define CASEDESK_MODEL_REF_H

#include <stddef.h>

typedef struct db db_t;

struct ref_row {
    long long id;
    char key[64];        /* unit code, login, or the id as text */
    char name[160];
    char detail[160];
};

/* Every unit (key = code), by kind then name. */
int ref_units(db_t *db, struct ref_row **rows, int *n);
/* Active officials (key = login, detail = unit name); unit_code NULL = all. */
int ref_officials(db_t *db, const char *unit_code, struct ref_row **rows, int *n);
/* The villages and communities the session may see (key = id, detail =
 * unit name). */
int ref_villages(db_t *db, struct ref_row **rows, int *n);
/* Projects (key = code). */
int ref_projects(db_t *db, struct ref_row **rows, int *n);
/* The name of a unit code / a login, into out ("" if none).  0 or -1. */
int ref_unit_name(db_t *db, const char *code, char *out, size_t outsz);
/* The number people read of a case / task id ("" when not visible). */
int ref_case_number(db_t *db, long long id, char *out, size_t outsz);
int ref_task_number(db_t *db, long long id, char *out, size_t outsz);
int ref_official_name(db_t *db, const char *login, char *out, size_t outsz);

/* n working days after the district's today, by the working-day calendar
 * (casedesk.add_workdays), into out; 0, or -1 with the sentence in err. */
int ref_workdays_after(db_t *db, int n, char *out, size_t outsz, char *err, size_t errlen);

#endif
