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
/* The villages and communities in use (not retired) the session may see (key = id, detail =
 * unit name). */
int ref_villages(db_t *db, struct ref_row **rows, int *n);
/* Projects in use, not finished (key = code). */
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

/* ---- reference data kept by administrators (the F11 screen) ----
 * One list per kind, rows of text columns (REFDATA_COLS, "" for NULL), in
 * the order given by refdata_list's comment; changes go through the checked
 * functions of sql/functions/100_reference.sql (the same as `casedesk-admin
 * unit|village|project|community|calendar`), so the database decides who may. */
enum refdata_kind { RD_UNITS, RD_VILLAGES, RD_PROJECTS, RD_COMMUNITIES, RD_CALENDAR, RD__N };
#define REFDATA_COLS 10
struct refdata_row { char *c[REFDATA_COLS]; };
/* units: code, name, kind, parent name, parent code
 * villages: unit code, name, kind, unit name, retired on ("" in use), reason
 * projects: code, name, kind, lead unit name, account, budget, need, started on,
 *           finished (retired) on ("" in use), reason
 * communities: name, unit name, flats planned, flats ready
 * calendar (of year): day, ISO weekday 1-7, kind, name */
int refdata_list(db_t *db, enum refdata_kind k, int year, struct refdata_row **rows, int *n);
void refdata_free(struct refdata_row *rows, int n);
/* How many rows each list has (the calendar: days of the year given). */
int refdata_count(db_t *db, enum refdata_kind k, int year);

enum refdata_change {
    RC_UNIT_ADD,          /* code, name, kind, parent code */
    RC_UNIT_RENAME,       /* code, name */
    RC_VILLAGE_ADD,       /* unit code, name, kind */
    RC_VILLAGE_RENAME,    /* unit code, old name, new name */
    RC_PROJECT_ADD,       /* code, name, kind, lead unit code, account, started on, budget, need */
    RC_PROJECT_MONEY,     /* code, budget, need */
    RC_PROJECT_ADD_UNIT,  /* code, unit code */
    RC_COMMUNITY_ADD,     /* name, unit code, flats planned */
    RC_COMMUNITY_FLATS,   /* name, planned, ready */
    RC_CALENDAR_SET,      /* day, holiday|workday, name */
    RC_CALENDAR_CLEAR,    /* day */
    RC_VILLAGE_RETIRE,    /* unit code, name, on, reason (migration 195) */
    RC_VILLAGE_RESTORE,   /* unit code, name */
    RC_PROJECT_RETIRE,    /* code, on, reason */
    RC_PROJECT_RESTORE,   /* code */
    RC__N
};
/* One change; an empty value is NULL.  0, or -1 (db_errmsg says why). */
int refdata_change(db_t *db, enum refdata_change c, const char *const *values);

#endif
