/* model_patrol.h — patrol logs (巡查), villages and their violation-free
 * status (无违村), and the small reference lists the case screens pick
 * from (villages, units, projects, resettlement communities).  No curses.
 *
 * Row security decides what each role sees: staff their own unit's patrols
 * and villages' patrol dates, supervisors everything.  Functions returning
 * int give a count / id, or -1 with db_errmsg(db) saying why. */
#ifndef CASEDESK_MODEL_PATROL_H
#define CASEDESK_MODEL_PATROL_H

#include "db.h"

struct patrol_row {
    long long id;
    char patrol_on[11];
    char members[304];
    char notes[608];
    char villages[608];        /* names joined by 、 */
    int findings;              /* violation cases opened from it */
};

/* The latest patrols visible to the user, newest first, at most limit. */
int patrol_list(db_t *db, int limit, struct patrol_row **out);
/* A patrol of the user's unit covering the villages; returns its id. */
long long patrol_create(db_t *db, const char *patrol_on, const char *members, const char *notes,
                        const int *village_ids, int nvillages);
/* A violation found on a patrol: opens a case (found_by patrol); its id. */
long long patrol_record_finding(db_t *db, long long patrol_id, int village_id, const char *subkind,
                                const char *owner_name, const char *address, const char *area_m2);

struct village_row {
    int id;
    int unit_id;
    char name[96];
    char unit_name[64];
    char kind[12];             /* village | community */
    char last_patrol[11];      /* "" never */
    int days_since;            /* -1 never */
    char free_since[11];       /* violation-free since, "" not certified */
    int open_violations;
    char title_state[8];       /* without the title: applied | passed | failed | "" (migration 105) */
    int interval_days;         /* the unit's patrol interval (migration 160) */
    int overdue;               /* no patrol within it: listed first */
};

/* Villages with patrol and violation-free status, overdue ones first;
 * unit_id 0 = all visible. */
int village_status_list(db_t *db, int unit_id, struct village_row **out);
/* The title's life cycle (functions/105): staff apply, supervisors inspect
 * (passed or not, note required when not), certify after a passed
 * inspection, revoke with a reason.  0 done, -1 refused (db_errmsg). */
int village_apply(db_t *db, int village_id, const char *on, const char *note);
int village_inspect(db_t *db, int village_id, const char *on, int passed, const char *note);
int village_certify(db_t *db, int village_id, const char *on);
int village_revoke(db_t *db, int village_id, const char *on, const char *reason);

/* A name and an id, for pick lists. */
struct pick_item {
    int id;
    char name[128];
    char retired[16];    /* the date a village was retired / a project finished, "" in use */
};
/* The villages and projects that take new rows: retired ones are left out
 * (migration 195).  The *_filter variants, for filters over existing rows,
 * list the retired ones too, after the others, with their date. */
int pick_villages(db_t *db, int unit_id, struct pick_item **out);   /* 0 = all */
int pick_villages_filter(db_t *db, int unit_id, struct pick_item **out);
int pick_units(db_t *db, struct pick_item **out);                   /* towns and offices */
int pick_projects(db_t *db, int unit_id, struct pick_item **out);   /* 0 = all */
int pick_projects_filter(db_t *db, int unit_id, struct pick_item **out);
int pick_communities(db_t *db, struct pick_item **out);

#endif
