/* scr_saved_filter.c — saved filters in a list's filter menu (filterui.h):
 * name what the list shows, recall one of one's own filters from a picker
 * (name, and what it shows; type-to-find), rename one, delete one.  The
 * same for every list; the list says what its filter is through its
 * saved_filter_host. */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "filterui.h"
#include "i18n.h"
#include "model_filter.h"
#include "picker.h"
#include "ui.h"
#include "util.h"

void saved_filter_menu_items(const char **items, int *what, int *n, int base)
{
    what[*n] = base + SF_SAVE; items[(*n)++] = _("Save this filter as…");
    what[*n] = base + SF_RECALL; items[(*n)++] = _("Saved filters…");
    what[*n] = base + SF_DELETE; items[(*n)++] = _("Delete a saved filter…");
    what[*n] = base + SF_RENAME; items[(*n)++] = _("Rename a saved filter…");
}

static int name_given(const char *v, char *err, size_t errsz)
{
    while (*v == ' ') v++;
    if (*v) return 0;
    snprintf(err, errsz, "%s", _("Give the filter a name."));
    return -1;
}

static void save(const struct saved_filter_host *h, struct screen *list)
{
    struct saved_filter f;

    memset(&f, 0, sizeof f);
    h->get(list, &f);
    if (!ui_prompt(_("Name of this filter"), "", f.name, sizeof f.name, name_given)) return;
    if (saved_filter_save(ui_app()->db, h->screen, &f) < 0) { ui_db_error(); return; }
    ui_info(_("Filter \"%s\" saved; recall it from the filter menu."), f.name);
}

/* The picker of one's saved filters: the index chosen or -1 (*rows, *n set). */
static int choose(const struct saved_filter_host *h, const char *title,
                  struct saved_filter **rows, int *n)
{
    struct picker_item *items;
    char **details;
    int k;

    if (saved_filters(ui_app()->db, h->screen, rows, n) < 0) { ui_db_error(); return -1; }
    if (*n == 0) { ui_info("%s", _("You have no saved filters.")); return -1; }
    items = xcalloc((size_t)*n, sizeof *items);
    details = xcalloc((size_t)*n, sizeof *details);
    for (int i = 0; i < *n; i++) {
        char d[512];
        h->describe(&(*rows)[i], d, sizeof d);
        details[i] = xstrdup(d);
        items[i].name = (*rows)[i].name;
        items[i].detail = details[i];
    }
    k = ui_pick(title, items, *n, 0, "");
    for (int i = 0; i < *n; i++) free(details[i]);
    free(details);
    free(items);
    return k;
}

static void recall(const struct saved_filter_host *h, struct screen *list)
{
    struct saved_filter *rows = NULL;
    int n = 0, k = choose(h, _("Saved filters"), &rows, &n);

    if (k >= 0) {
        h->set(list, &rows[k]);
        ui_info(_("Showing the saved filter \"%s\"."), rows[k].name);
    }
    free(rows);
}

static void rename_one(const struct saved_filter_host *h)
{
    struct saved_filter *rows = NULL;
    int n = 0, k = choose(h, _("Rename which saved filter?"), &rows, &n), r, taken = 0;
    char name[sizeof rows->name];

    if (k >= 0 && ui_prompt(_("New name of this filter"), rows[k].name, name, sizeof name, name_given)) {
        for (int i = 0; i < n; i++) taken |= i != k && strcmp(rows[i].name, name) == 0;
        if (taken) ui_error(_("You have a saved filter named \"%s\" already."), name);
        else if ((r = saved_filter_rename(ui_app()->db, rows[k].id, name)) < 0) ui_db_error();
        else if (r == 0) ui_error("%s", _("That filter is no longer there."));
        else ui_info(_("Saved filter \"%s\" is now \"%s\"."), rows[k].name, name);
    }
    free(rows);
}

static void delete_one(const struct saved_filter_host *h)
{
    struct saved_filter *rows = NULL;
    int n = 0, k = choose(h, _("Delete which saved filter?"), &rows, &n);
    char q[512];

    if (k >= 0) {
        snprintf(q, sizeof q, _("Delete the saved filter \"%s\"?"), rows[k].name);
        if (ui_confirm(q, 0)) {
            int r = saved_filter_delete(ui_app()->db, rows[k].id);
            if (r < 0) ui_db_error();
            else if (r == 0) ui_error("%s", _("That filter is no longer there."));
            else ui_info(_("Saved filter \"%s\" deleted."), rows[k].name);
        }
    }
    free(rows);
}

void saved_filter_run(const struct saved_filter_host *h, struct screen *list, int op)
{
    switch (op) {
    case SF_SAVE: save(h, list); break;
    case SF_RECALL: recall(h, list); break;
    case SF_RENAME: rename_one(h); break;
    case SF_DELETE: delete_one(h); break;
    default: break;
    }
}
