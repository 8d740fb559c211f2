/* model_case.h — cases (征收安置 expropriation, 两违 violation): list with
 * keyset pagination, detail, save with version check, workflow steps,
 * payments, jump lookup.  No curses here.
 *
 * Every rule lives in PostgreSQL (sql/010-013): row security decides what a
 * user sees, casedesk.case_transition decides what may happen next.  These
 * calls are thin, parameterised wrappers.  Functions returning int give 0 (or
 * a count / id / version) on success and -1 on error; then db_errmsg(db)
 * holds the sentence to show. */
#ifndef CASEDESK_MODEL_CASE_H
#define CASEDESK_MODEL_CASE_H

#include "db.h"

#define CASE_DATE_SZ 11     /* YYYY-MM-DD */
#define CASE_NUM_SZ 24      /* numeric as text: "123456.78" */
#define CASE_NAME_SZ 304    /* 100 characters of UTF-8 */
#define CASE_TEXT_SZ 608    /* addresses: 200 characters */

enum case_sort { CASE_SORT_NUMBER, CASE_SORT_OPENED, CASE_SORT_STATUS };

/* One line of the case list. */
struct case_row {
    long long id;
    int version;
    char case_no[20];               /* ZS-2024-000123 */
    char kind[16];                  /* expropriation | violation */
    char status[24];
    char unit_code[20];
    char unit_name[64];
    char village_name[96];
    char party_name[CASE_NAME_SZ];  /* household / enterprise / owner */
    char opened_on[CASE_DATE_SZ];
    char deadline[CASE_DATE_SZ];    /* "" when none */
    int overdue;                    /* deadline passed, not closed */
    char sortval[CASE_NAME_SZ];     /* the sort column, for the keyset */
};

/* Filters; zero / "" means "don't filter". */
struct case_filter {
    const char *kind;       /* "expropriation" / "violation" */
    const char *status;
    int unit_id;
    int village_id;
    int project_id;         /* expropriation cases of this project */
    int overdue;
    const char *text;       /* substring of number, party name or address */
    enum case_sort sort;
    int descending;         /* newest / highest first */
};

/* Keyset position: the sort value and id of a row.  A zeroed key (id 0)
 * means "from the start" going forward, "from the end" going backward. */
struct case_key {
    char sortval[CASE_NAME_SZ];
    long long id;
};

struct case_page {
    struct case_row *rows;       /* always in list order, whatever the direction */
    int n;
    int more;               /* more rows beyond the page in that direction */
};

/* dir > 0: the rows after key; dir < 0: the rows before key (page up, or
 * jump to the end with a zeroed key). */
int case_list(db_t *db, const struct case_filter *f, const struct case_key *key, int dir, int limit,
              struct case_page *out);
void case_page_free(struct case_page *p);
/* Key of a row, to continue from it. */
void case_key_of(const struct case_row *r, struct case_key *key);
/* The first row after key (dir > 0) or before it (dir < 0), in the order of
 * f, that shows pattern (a regular expression, any case) or whose kind or
 * status is one of codes (a text[] literal, "{}" for none): one indexed
 * statement.  1 found (*out), 0 none, -1 error. */
int case_find(db_t *db, const struct case_filter *f, const struct case_key *key, int dir,
              const char *pattern, const char *codes, struct case_row *out);
/* Rows matching f, counted up to cap; *capped set when there are more. */
long long case_count(db_t *db, const struct case_filter *f, long long cap, int *capped);

struct case_detail {
    struct case_row row;
    int unit_id, village_id;
    char party_phone[32];
    char address[CASE_TEXT_SZ];
    char *note;                     /* malloc'd, "" when none */
    char closed_on[CASE_DATE_SZ];
    int handled_by;                 /* official id, 0 none */
    char handled_by_name[CASE_NAME_SZ];
    int detail_version;             /* version of the expropriation / violation row */
    struct {
        int project_id;
        char project_name[CASE_NAME_SZ];
        char party_kind[12];        /* household | enterprise */
        char party_id_no[24];       /* citizen ID / credit code */
        char house_area[CASE_NUM_SZ], land_area_mu[CASE_NUM_SZ];
        char surveyed_on[CASE_DATE_SZ], assessed_on[CASE_DATE_SZ];
        char compensation[CASE_NUM_SZ], paid_total[CASE_NUM_SZ];
        char resettlement[8];       /* money | flat | "" */
        char community_name[CASE_NAME_SZ];
        char signed_on[CASE_DATE_SZ], paid_on[CASE_DATE_SZ];
        char vacated_on[CASE_DATE_SZ], demolished_on[CASE_DATE_SZ];
        int forced;
        char exp_decision_on[CASE_DATE_SZ], exp_decision_no[CASE_NAME_SZ];
        char comp_decision_on[CASE_DATE_SZ], comp_decision_no[CASE_NAME_SZ];
        char court_on[CASE_DATE_SZ], court_no[CASE_NAME_SZ];
        /* the compulsory route (migration 102) */
        char demand_on[CASE_DATE_SZ], demand_no[CASE_NAME_SZ];
        char application_on[CASE_DATE_SZ], application_no[CASE_NAME_SZ];
        char deposit_on[CASE_DATE_SZ], deposit_no[CASE_NAME_SZ];
        /* the resettlement flat (migration 104) */
        char flat[136];                     /* building unit room */
        char flat_area[CASE_NUM_SZ];
        char allocated_on[CASE_DATE_SZ], moved_in_on[CASE_DATE_SZ];
        char transition_monthly[CASE_NUM_SZ];   /* 过渡费 per month, "" if none */
        int transition_months;              /* from vacating to moving in (or today) */
        char transition_total[24];
    } exp;
    struct {
        char subkind[16];           /* land | construction */
        char found_by[12];          /* patrol | report | satellite | petition */
        char lat[CASE_NUM_SZ], lon[CASE_NUM_SZ];
        char area_m2[CASE_NUM_SZ];
        char floors[8];
        char built_on[CASE_DATE_SZ];
        int stock;                  /* 存量: the city's */
        char found_on[CASE_DATE_SZ], verified_on[CASE_DATE_SZ];
        char stop_notice_on[CASE_DATE_SZ], stop_notice_no[CASE_NAME_SZ];
        char rectify_ordered_on[CASE_DATE_SZ], rectify_deadline[CASE_DATE_SZ];
        char resolution[16];        /* demolished | rectified | stock_disposal | not_violation | void */
        char resolved_on[CASE_DATE_SZ], reinspected_on[CASE_DATE_SZ];
        int first_action_days;      /* -1 unknown */
        char resolved_area_m2[CASE_NUM_SZ];   /* m² demolished or rectified */
        char outcome_reason[608];             /* why not a violation / void: 200 characters */
        char enforcement_decision_on[CASE_DATE_SZ], enforcement_decision_no[CASE_NAME_SZ];
        char enforcement_notice_on[CASE_DATE_SZ], enforcement_notice_no[CASE_NAME_SZ];
        int forced;                           /* demolished by force (migration 103) */
    } vio;
    struct {                        /* 信访 (migration 140; model_petition.c) */
        char channel[16];           /* visit | letter | phone | online | transferred */
        char id_no[24];             /* masked; "" for staff */
        char subject[CASE_TEXT_SZ];
        char content[12004];        /* 4000 characters */
        char project_name[CASE_NAME_SZ];
        char about_case_no[24];
        char received_on[CASE_DATE_SZ], decided_on[CASE_DATE_SZ];
        int accepted;               /* -1 undecided, 0 not accepted, 1 accepted */
        char not_accepted_reason[CASE_TEXT_SZ];
        char extended_on[CASE_DATE_SZ], extended_days[8];
        char extension_reason[CASE_TEXT_SZ];
        char answered_on[CASE_DATE_SZ];
        char *answer, *review_opinion, *recheck_opinion;   /* malloc'd, "" when none */
        char review_requested_on[CASE_DATE_SZ], reviewed_on[CASE_DATE_SZ];
        char recheck_requested_on[CASE_DATE_SZ], rechecked_on[CASE_DATE_SZ];
        char concluded_on[CASE_DATE_SZ];
    } pet;
};

/* 0 loaded, 1 not found / not visible, -1 error. */
int case_load(db_t *db, long long id, struct case_detail *out);
void case_detail_free(struct case_detail *d);

/* The freely editable fields (everything else changes through steps).
 * NULL leaves a field unchanged; "" clears it. */
struct case_edit {
    const char *party_name, *party_phone, *address, *note;
    int handled_by;                 /* 0 unchanged, -1 clear */
    /* expropriation */
    const char *party_id_no, *house_area, *land_area_mu;
    /* violation */
    const char *area_m2, *floors, *lat, *lon;
    /* petition */
    const char *subject, *content;
};

enum case_save_result {
    CASE_SAVED = 0,
    CASE_SAVE_CONFLICT = 1,  /* someone changed it since it was loaded: reload */
    CASE_SAVE_GONE = 2,      /* no longer visible to this user (or deleted) */
    CASE_SAVE_ERROR = -1     /* refused: db_errmsg says why */
};
/* Saves with WHERE id AND version, in one transaction; d's versions must be
 * those read by case_load. */
enum case_save_result case_save(db_t *db, const struct case_detail *d, const struct case_edit *e);

/* Steps legal now for this user (empty for anyone but staff of the unit). */
struct case_step {
    char step[40];
    char label_zh[96];
    char label_en[96];
    int nneeds;
    char needs[6][16];              /* argument keys: on, doc_no, amount, ... */
};
int case_next_steps(db_t *db, long long id, struct case_step **out);   /* count or -1 */

/* Take a step; keys/vals are the arguments (see sql/012 header).  Returns
 * the case's new version, or -1 (db_sqlstate "40001": changed meanwhile). */
int case_transition(db_t *db, long long id, int version, const char *step,
                    const char *const *keys, const char *const *vals, int nargs);

/* Create cases; return the new id or -1. */
long long case_create_violation(db_t *db, int village_id, const char *subkind,
                                const char *found_by, const char *found_on,
                                const char *owner_name, const char *address,
                                const char *area_m2, const char *floors, const char *built_on);
long long case_create_expropriation(db_t *db, int project_id, int village_id,
                                    const char *party_kind, const char *party_name,
                                    const char *party_id_no, const char *phone,
                                    const char *address, const char *house_area,
                                    const char *land_area_mu, const char *opened_on);

struct payment_row {
    long long id;
    char amount[CASE_NUM_SZ];
    char paid_on[CASE_DATE_SZ];
    char payee[CASE_NAME_SZ];
    char account[32];
    char voucher_no[64];
    char recorded_by[CASE_NAME_SZ];
};
int case_payments(db_t *db, long long case_id, struct payment_row **out);   /* count or -1 */
long long case_payment_add(db_t *db, long long case_id, const char *amount, const char *paid_on,
                           const char *payee, const char *voucher_no);

/* Jump prompt: recognise what was typed (validate_classify) and find the
 * visible cases it names, at most limit.  *kind receives the enum jump_kind.
 * Returns the count or -1. */
int case_jump(db_t *db, const char *text, int limit, int *kind, struct case_row **out);

/* The full number behind a mask ("show full number"): field "party_phone"
 * or "party_id_no".  The database logs the look-up (casedesk.number_reveal)
 * before it answers.  0, or -1 with db_errmsg() set. */
int case_reveal(db_t *db, long long case_id, const char *field, char *out, size_t outsz);

#endif
