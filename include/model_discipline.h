/* model_discipline.h — discipline records (纪检监察): typed records over the
 * SQL functions of sql/030-033.  No curses.
 *
 * Everything goes through SECURITY DEFINER functions; there is no table
 * access (inspectors included).  Every read (list, record, history,
 * evidence, report) follows the server's read protocol: ask for a token
 * (its own statement, so it commits), seal, wait until the read is chained
 * in casedesk.discipline_audit, then fetch the content with the token -- so
 * call these outside a transaction.  A filed flag is staged and becomes a
 * record when the sealer files it (the next read seals first).  Anyone may
 * flag; everything else is for inspectors, and the server refuses everyone
 * else with a sentence.
 * Functions return -1 on error: db_errmsg(db) then holds that sentence. */
#ifndef CASEDESK_MODEL_DISCIPLINE_H
#define CASEDESK_MODEL_DISCIPLINE_H

#include <stddef.h>
#include "db.h"

/* NULL-terminated lists of the codes, in display order. */
extern const char *const disc_categories[];    /* soliciting, favouritism, ... */
extern const char *const disc_dispositions[];  /* no_violation ... judicial_referral */
extern const char *const disc_statuses[];      /* received ... concluded */

/* Translated label of a code (the code itself when unknown). */
const char *disc_category_label(const char *code);
const char *disc_disposition_label(const char *code);
const char *disc_status_label(const char *code);

/* Flag an official (anyone).  case_ids / task_ids may be NULL.  On success
 * copies the receipt ("JB-XXXX-XXXX-XXXX") into receipt and returns 0. */
int disc_flag(db_t *db, int official_id, const char *category, const char *facts,
              const long long *case_ids, int ncases, const long long *task_ids, int ntasks,
              char *receipt, size_t receiptsz);

/* State of a receipt the caller filed: 1 open, 0 closed, 2 unknown (not
 * theirs, or no such receipt: the two look the same on purpose), -1 error. */
int disc_receipt_state(db_t *db, const char *receipt);

struct disc_row {
    long long id;
    char *receipt, *official_name, *unit_name, *category, *source, *status;
    char *received_at, *review_due, *disposition, *decision_no;
    int official_id, unit_id, overdue, version;
};

/* Filters; NULL / 0 = any.  status may also be "open" (not set aside or concluded). */
struct disc_filter {
    const char *status, *category;
    int unit_id, official_id;
    const char *queue;           /* a home queue (model_queue.h): new, due, overdue, awaiting */
};

/* One page, newest first; before_id 0 for the first page, then the last id
 * seen (keyset).  Returns 0 and sets *rows / *n; free with disc_rows_free. */
int disc_list(db_t *db, const struct disc_filter *f, long long before_id, int limit,
              struct disc_row **rows, int *n);
void disc_rows_free(struct disc_row *rows, int n);

struct disc_detail {
    long long id;
    char *receipt, *official_name, *official_login, *unit_name, *category, *facts;
    char *source, *status, *received_at, *review_started_on, *review_due, *reviewer_name;
    char *note, *disposition, *disposition_on, *decision_no, *decided_by_name, *closed_at;
    char *flagger_name, *flagger_unit;     /* empty for automatic flags */
    long long *case_ids, *task_ids;
    int ncases, ntasks, official_id, unit_id, version;
};

/* 1 found, 0 not found (or about the caller), -1 error. */
int disc_get(db_t *db, long long id, struct disc_detail *d);
void disc_detail_free(struct disc_detail *d);

/* Workflow (inspectors).  version: the one on screen, or 0 to skip the check.
 * due / decided_on: "YYYY-MM-DD" or NULL (due defaults to 30 days). */
int disc_start_review(db_t *db, long long id, const char *due, int version);
int disc_route(db_t *db, long long id, const char *to, const char *note, int version);
int disc_conclude(db_t *db, long long id, const char *disposition, const char *decided_on,
                  const char *decision_no, const char *note, int version);

/* The evidence around one official (inspectors): kind is flag, case, task,
 * card, payment or audit. */
struct disc_evidence {
    char *kind, *ref_no, *on_date, *state, *summary;
    long long ref_id;
};
int disc_evidence(db_t *db, int official_id, struct disc_evidence **rows, int *n);
void disc_evidence_free(struct disc_evidence *rows, int n);

/* ---- added for the discipline screens (scr_flag, scr_receipts,
 * scr_discipline, scr_disc_reports) ---- */

/* The official directory (everyone reads it): active officials whose name
 * contains text, or whose login is text; at most limit, by name. */
struct disc_official {
    int id;
    char *name, *login, *unit_name;
};
int disc_official_find(db_t *db, const char *text, int limit, struct disc_official **rows, int *n);
/* 1 found (o filled; release with disc_official_clear), 0 no such active
 * official, -1 error. */
int disc_official_get(db_t *db, int id, struct disc_official *o);
void disc_official_clear(struct disc_official *o);
void disc_officials_free(struct disc_official *rows, int n);

/* The caller's own receipts with their open/closed state only, newest first. */
struct disc_receipt {
    char *receipt, *filed_on;
    int open;
};
int disc_my_receipts(db_t *db, struct disc_receipt **rows, int *n);
void disc_receipts_free(struct disc_receipt *rows, int n);

/* A case number (ZS-2024-000123) or task number (DB-2026-0042), or a plain
 * id, that the caller can see: kind "case" or "task".  1 found (*id set),
 * 0 not found, -1 error. */
int disc_ref_id(db_t *db, const char *kind, const char *text, long long *id);

/* The history of one record from the confidential audit chain (inspectors):
 * who changed it when, from which status to which. */
struct disc_event {
    char *at, *login, *op, *from_status, *to_status, *detail;
};
int disc_history(db_t *db, long long id, struct disc_event **rows, int *n);
void disc_events_free(struct disc_event *rows, int n);

/* Inspector reports as plain tables of text (row-major cells):
 *  DISC_REPORT_OPEN:    unit_code, unit_name, category, open_count
 *  DISC_REPORT_OVERDUE: id, official_name, unit_name, category, review_due, days_overdue
 *  DISC_REPORT_REPEAT:  official_id, official_name, unit_name, flags, open_flags,
 *                       sanctions, categories */

enum disc_report { DISC_REPORT_OPEN, DISC_REPORT_OVERDUE, DISC_REPORT_REPEAT };
struct disc_table {
    int nrows, ncols;
    char **cells;
};
int disc_report_table(db_t *db, enum disc_report which, struct disc_table *t);
const char *disc_table_cell(const struct disc_table *t, int row, int col);
void disc_table_free(struct disc_table *t);

#endif
