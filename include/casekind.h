/* casekind.h — a case kind is data: one file per kind (src/kind_*.c) fills
 * one struct case_kind, and src/casekind.c lists them in one table (the
 * way tmux lists its window modes).  The case screens ask the kind of a
 * case for its fields, facts, labels and its new-case dialog instead of
 * branching on the kind code.
 *
 * A new kind: write src/kind_NAME.c, add it to case_kinds[] and to
 * src/caseui.mk, translate its strings.  Its code, number prefix and detail
 * table come from the database (casedesk.case_kind). */
#ifndef CASEDESK_CASEKIND_H
#define CASEDESK_CASEKIND_H

#include <stddef.h>

#include "model_case.h"

struct ui_watch;

#define CASE_KIND_FIELDS 8

/* One editable field of a kind's detail row. */
struct case_field {
    const char *label;            /* translated */
    size_t max;                   /* characters */
    int (*valid)(const char *value, char *err, size_t errsz);   /* NULL: any */
    const char *value;            /* the loaded value, in the struct case_detail */
    size_t edit_off;              /* offsetof(struct case_edit, ...) of its const char * */
};

struct case_status {
    const char *code;             /* case_file.status */
    const char *label;            /* N_("Surveyed") */
};

typedef void (*case_fact_fn)(void *ctx, const char *label, const char *value);

struct case_kind {
    const char *code;             /* case_file.kind, as the SQL spells it */
    const char *label;            /* N_("Expropriation") */
    const char *abbrev;           /* N_("Exp."): the list's kind column */
    const char *filter_label;     /* N_("Expropriation cases"): the filter menu */
    const char *new_label;        /* N_("An expropriation case (征收)"): New case menu */
    int new_menu_pos;             /* its place in that menu, 0 first */
    const char *detail_table;     /* the kind's own table: NOTIFY and history */
    const char *party_label;      /* N_("Household / enterprise"): party_name */
    const struct case_status *statuses;   /* in workflow order; code NULL ends */
    int payments;                 /* has payments (the actions menu offers them) */
    int notices;                  /* stop-work and rectification notices (notice.c) */
    /* Its editable fields of d into f (at most CASE_KIND_FIELDS); how many. */
    int (*fields)(const struct case_detail *d, struct case_field *f);
    /* Optional: d's form takes a key (validators without context may
     * depend on the case: read it from here). */
    void (*focus)(const struct case_detail *d);
    /* Its read-only facts of d, in order; empty values are skipped by fact. */
    void (*facts)(const struct case_detail *d, case_fact_fn fact, void *ctx);
    /* Text after the kind in the form's header (" · " before it), or "". */
    const char *(*subkind)(const struct case_detail *d);
    /* The new-case dialog: the new case's id, 0 cancelled, -1 db error. */
    long long (*create)(void);
};

/* Every kind, in menu order; NULL-terminated. */
extern const struct case_kind *const case_kinds[];

/* The kind with this code, or NULL. */
const struct case_kind *case_kind_find(const char *code);
/* "a  b", either alone, or "" (a fact of two parts: a date and a number). */
void case_kind_pair(char *buf, size_t sz, const char *a, const char *b);
/* Append to w (room for max entries, NULL-terminated) case_file and every
 * kind's detail table with `rows` (UI_ANY_ROW / UI_THIS_ROW); the count. */
int case_kind_watch(struct ui_watch *w, int max, int rows);
/* case_file and every kind's detail table, NULL-terminated (history). */
const char *const *case_kind_tables(void);

#endif
