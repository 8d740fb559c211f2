/* model_task.h — supervision tasks (督查督办): board, detail, transitions,
 * save with version check, "my work" figures.  No curses here.
 *
 * Every rule lives in PostgreSQL (sql/021-025): these calls are thin,
 * parameterised wrappers.  Functions returning int give 0 on success and -1
 * on error; then db_errmsg(db) holds the sentence to show (the database's own
 * "Only staff of the lead unit may sign for this task." etc.). */
#ifndef CASEDESK_MODEL_TASK_H
#define CASEDESK_MODEL_TASK_H

#include "db.h"

#define TASK_DATE_SZ 11     /* YYYY-MM-DD */
#define TASK_TS_SZ 20       /* YYYY-MM-DD HH:MM:SS */
#define TASK_NAME_SZ 128    /* people and units */
#define TASK_TITLE_SZ 608   /* 200 characters of UTF-8 */

/* One line of the task board. */
struct task_row {
    long long id;
    int version;
    char number[24];                /* DB-2026-0042 */
    char title[TASK_TITLE_SZ];
    char status[16];                /* assigned signed in_progress reported returned closed */
    char level[12];                 /* normal key listed */
    char source[16];                /* meeting leader target inspection */
    char lead_unit_code[20];
    char lead_unit_name[TASK_NAME_SZ];
    char responsible[TASK_NAME_SZ]; /* name, "" when none */
    char deadline[TASK_DATE_SZ];
    int workdays_left;              /* working days to the deadline; < 0 overdue */
    int percent;                    /* latest progress report, -1 when none */
    char worst_card[8];             /* "", "warning", "yellow", "red" (current deadline or earlier) */
    int my_part;                    /* for staff: 1 lead, 2 co-handling, 0 otherwise */
};

/* Board filters; zero/NULL means "don't filter". */
struct task_filter {
    int mine;              /* I am the responsible official */
    int my_unit;           /* my unit leads or co-handles it */
    int overdue;           /* open and past the deadline */
    int due_within;        /* open and due within this many working days (0: off) */
    int awaiting;          /* reported, awaiting verification */
    int returned;          /* returned to the unit */
    int include_closed;    /* closed tasks are hidden unless asked for */
    const char *card;      /* "warning" / "yellow" / "red": has such a card */
    const char *status;    /* exact status */
    const char *unit_code; /* lead unit */
    const char *text;      /* in the number or the title */
};

/* Keyset position: the board is ordered by deadline, then id.  Start with
 * an empty cursor (deadline ""); task_board leaves it after the last row. */
struct task_cursor {
    char deadline[TASK_DATE_SZ];
    long long id;
};

struct task_page {
    struct task_row *rows;
    int n;
    int more;             /* another page follows */
};

int task_board(db_t *db, const struct task_filter *f, struct task_cursor *cur, int limit,
               struct task_page *out);
void task_page_free(struct task_page *p);

struct task_report_row {
    long long id;
    char reported_on[TASK_DATE_SZ];
    int percent;
    int final;
    char author[TASK_NAME_SZ];
    char unit[TASK_NAME_SZ];
    char *body;
};

struct task_ext_row {
    long long id;
    long long task_id;
    char task_number[24];
    char task_title[TASK_TITLE_SZ];
    char old_deadline[TASK_DATE_SZ];
    char requested_deadline[TASK_DATE_SZ];
    char status[10];                /* pending approved refused */
    char requested_by[TASK_NAME_SZ];
    char requested_at[TASK_TS_SZ];
    char decided_by[TASK_NAME_SZ];
    char decided_on[TASK_DATE_SZ];
    char *reason;
    char *note;
};

struct task_card_row {
    long long id;
    char kind[8];
    char unit[TASK_NAME_SZ];
    char deadline[TASK_DATE_SZ];
    char issued_on[TASK_DATE_SZ];
    char reason[128];
};

struct task_link_row {
    long long id;
    long long case_id;              /* 0 when a project link */
    long long project_id;           /* 0 when a case link */
    char label[256];                /* case number / project name, or "#id" if hidden */
};

struct task_detail {
    struct task_row t;
    char *description;
    char *return_reason;
    char *close_note;
    int report_interval;
    char next_report_due[TASK_DATE_SZ];
    char created_by[TASK_NAME_SZ];
    char created_at[TASK_TS_SZ];
    char cohandling[512];           /* unit names, "、"-separated */
    struct task_report_row *reports; int n_reports;   /* newest first */
    struct task_ext_row *exts;       int n_exts;
    struct task_card_row *cards;     int n_cards;
    struct task_link_row *links;     int n_links;
    char responsible_login[64];     /* "" when none: what struct task_edit takes */
};

/* Returns 1 when loaded, 0 when no such task (or not visible), -1 on error. */
int task_detail_load(db_t *db, long long id, struct task_detail *d);
void task_detail_free(struct task_detail *d);

/* New task (supervisors). */
struct task_new {
    const char *title;
    const char *description;
    const char *source;         /* NULL: meeting */
    const char *level;          /* NULL: normal */
    const char *lead_unit_code;
    const char *deadline;       /* YYYY-MM-DD */
    int report_interval;        /* 0: 5 working days */
    const char *responsible;    /* login or NULL */
    const char *const *cohandling; /* unit codes, NULL-terminated, or NULL */
};

int task_create(db_t *db, const struct task_new *n, long long *id_out);

/* Transitions.  version is the row version the user saw; *new_version (may
 * be NULL) receives the version after the change. */
int task_sign(db_t *db, long long id, int version, int *new_version);
int task_add_report(db_t *db, long long id, const char *body, int percent, long long *report_id);
int task_submit(db_t *db, long long id, int version, const char *body, int *new_version);
int task_return(db_t *db, long long id, int version, const char *reason, int *new_version);
int task_close(db_t *db, long long id, int version, const char *note, int *new_version);
int task_reassign(db_t *db, long long id, int version, const char *unit_code,
                  const char *responsible, int *new_version);
int task_set_deadline(db_t *db, long long id, int version, const char *deadline, int *new_version);
int task_add_unit(db_t *db, long long id, const char *unit_code);
int task_remove_unit(db_t *db, long long id, const char *unit_code);
int task_request_extension(db_t *db, long long id, const char *deadline, const char *reason,
                           long long *ext_id);
/* Whether an extension may be requested (deadline NULL) or to this
 * deadline, before any reason is typed: the server's own checks
 * (casedesk.task_extension_check).  0, or -1 with db_errmsg (and, when
 * err is not NULL, the same sentence in err). */
int task_extension_check(db_t *db, long long id, const char *deadline, char *err, size_t errsz);
int task_decide_extension(db_t *db, long long ext_id, int approve, const char *note);
int task_link_case(db_t *db, long long id, long long case_id);
int task_link_project(db_t *db, long long id, long long project_id);
int task_unlink(db_t *db, long long link_id);

/* Run the escalation for today (today NULL) or another day (supervisors);
 * *cards (may be NULL) receives the number of cards issued. */
int task_escalate(db_t *db, const char *today, int *cards);
/* Run the escalation for today only if no session has yet done so today. */
int task_escalate_daily(db_t *db, int *cards);

/* Save the descriptive fields (supervisors) with the version seen.
 * Returns 0 saved (*new_version set), 1 conflict, -1 error.  On conflict
 * *c holds the current row ("theirs") and who changed it last, for the form
 * to show beside "mine"; c->gone is set when the row is no longer visible. */
struct task_edit {
    const char *title;
    const char *description;
    const char *source;
    const char *level;
    int report_interval;
    const char *responsible;    /* login, "" or NULL for none */
};

struct task_conflict {
    int gone;
    struct task_detail theirs;
    char changed_by[TASK_NAME_SZ];   /* login (name) from the audit trail, "" if unknown */
    char changed_at[TASK_TS_SZ];
};

int task_save(db_t *db, long long id, int version, const struct task_edit *e,
              int *new_version, struct task_conflict *c);
void task_conflict_free(struct task_conflict *c);

/* "My work" on the home screen. */
struct task_home_staff {
    int to_sign;          /* assigned to my unit, not yet signed */
    int due_soon;         /* open, due within the warning window */
    int overdue;
    int returned;
    int report_due;       /* a progress report is due */
    int open_cases;       /* my unit's open cases */
    int unread;           /* inbox */
};

int task_home_staff(db_t *db, struct task_home_staff *h);

struct task_unit_overdue {
    char unit_code[20];
    char unit_name[TASK_NAME_SZ];
    int open;
    int overdue;
    int yellow;           /* cards this year */
    int red;
};

struct task_home_supervisor {
    int awaiting;            /* reported, awaiting verification */
    int pending_extensions;
    int overdue;
    int unread;
    struct task_unit_overdue *units; int n_units;   /* worst first */
};

int task_home_supervisor(db_t *db, struct task_home_supervisor *h);
void task_home_supervisor_free(struct task_home_supervisor *h);

/* Pending extension requests (supervisors' queue), oldest first: at most
 * limit of them (limit <= 0: all); requested_by and decided_by are left
 * empty (the home's lines do not show them). */
int task_pending_extensions(db_t *db, int limit, struct task_ext_row **rows, int *n);
void task_ext_rows_free(struct task_ext_row *rows, int n);

/* Translated labels for codes stored in the database. */
const char *task_status_label(const char *status);
const char *task_level_label(const char *level);
const char *task_source_label(const char *source);
const char *task_card_label(const char *kind);

#endif
