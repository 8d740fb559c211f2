/* filterui.h — the saved-filter part of a list's filter menu (one's own
 * filters, model_filter.h), shared by every list that has one (the case
 * list, the task board).  A list describes itself in a saved_filter_host;
 * its filter menu appends saved_filter_menu_items and hands a chosen one to
 * saved_filter_run. */
#ifndef CASEDESK_FILTERUI_H
#define CASEDESK_FILTERUI_H

#include <stddef.h>

struct screen;
struct saved_filter;

struct saved_filter_host {
    const char *screen;                   /* saved_filter.screen: "cases", "tasks" */
    /* what the list shows, as a saved filter (names too), and back */
    void (*get)(struct screen *list, struct saved_filter *f);
    void (*set)(struct screen *list, const struct saved_filter *f);
    /* a saved filter as the list's "Showing:" line says it */
    void (*describe)(const struct saved_filter *f, char *buf, size_t sz);
};

enum saved_filter_op { SF_SAVE, SF_RECALL, SF_RENAME, SF_DELETE, SF__N };

/* Append the saved-filter entries to a filter menu: items[*n…], and in
 * what[*n…] the value base + op of each; *n grows by SF__N. */
void saved_filter_menu_items(const char **items, int *what, int *n, int base);
/* Do op (SF_SAVE …) for list. */
void saved_filter_run(const struct saved_filter_host *h, struct screen *list, int op);

#endif
