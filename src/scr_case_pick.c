/* scr_case_pick.c — the case picker: wherever a case is asked for (linking
 * a task to a case), one types part of its number, the party's name or the
 * address, and chooses among the cases one may see that contain it, shown
 * as number, party, village and status; what is used is the case's id.
 * The search is the case list's (case_list: row-level security decides
 * what is there, addresses included); the picker then narrows further as
 * one types.  A complete case number matching one case is taken at once. */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "caseui.h"
#include "i18n.h"
#include "picker.h"
#include "ui.h"
#include "util.h"
#include "validate.h"

#define CASE_PICK_MAX 200

/* The cases containing text (newest first); count or -1. */
static int find_cases(const char *text, struct case_page *page)
{
    struct case_filter f;
    struct case_key key;

    memset(&f, 0, sizeof f);
    memset(&key, 0, sizeof key);
    f.text = text;
    f.sort = CASE_SORT_OPENED;
    f.descending = 1;
    if (case_list(ui_app()->db, &f, &key, 1, CASE_PICK_MAX, page) < 0) return -1;
    return page->n;
}

static long long choose(const char *title, const struct case_page *page, char *no, size_t nosz)
{
    struct picker_item *items = xcalloc((size_t)page->n, sizeof *items);
    char **details = xcalloc((size_t)page->n, sizeof *details);
    long long id = 0;
    int k;

    for (int i = 0; i < page->n; i++) {
        const struct case_row *r = &page->rows[i];
        details[i] = xasprintf("%s · %s · %s", r->party_name, r->village_name, case_status_label(r->status));
        items[i].name = r->case_no;
        items[i].detail = details[i];
    }
    k = ui_pick(title, items, page->n, 0, "");
    if (k >= 0) {
        id = page->rows[k].id;
        strlcpy_utf8(no, page->rows[k].case_no, nosz);
    }
    for (int i = 0; i < page->n; i++) free(details[i]);
    free(details);
    free(items);
    return id;
}

/* The prompt's check: the cases containing what was typed, kept for the
 * picker; none keeps the prompt open with the text and says so. */
static struct case_page found;

static int search_check(const char *value, char *err, size_t errsz)
{
    char text[64], e[8];
    size_t a = 0, n;

    while (value[a] == ' ') a++;
    strlcpy_utf8(text, value + a, sizeof text);
    for (n = strlen(text); n && text[n - 1] == ' '; ) text[--n] = '\0';
    case_page_free(&found);
    memset(&found, 0, sizeof found);
    if (!text[0]) { snprintf(err, errsz, "%s", _("Type part of a case number, a party's name or an address.")); return -1; }
    if (find_cases(text, &found) < 0) { snprintf(err, errsz, "%s", db_errmsg(ui_app()->db)); return -1; }
    if (found.n > 0) return 0;
    if (validate_case_no(text, e, sizeof e) == 0)
        snprintf(err, errsz, _("No case that you may see has the number %s."), text);
    else
        snprintf(err, errsz, _("No case that you may see contains \"%s\"."), text);
    return -1;
}

long long case_pick(const char *title, char *no, size_t nosz)
{
    char text[64], prompt[256];
    long long id = 0;

    snprintf(prompt, sizeof prompt, _("%s, party or address"), title);
    memset(&found, 0, sizeof found);
    if (!ui_prompt(prompt, "", text, sizeof text, search_check)) { case_page_free(&found); return 0; }
    {
        size_t a = 0, n;
        while (text[a] == ' ') a++;
        memmove(text, text + a, strlen(text + a) + 1);
        for (n = strlen(text); n && text[n - 1] == ' '; ) text[--n] = '\0';
    }
    if (found.n == 1 && strcasecmp(found.rows[0].case_no, text) == 0) {
        id = found.rows[0].id;
        strlcpy_utf8(no, found.rows[0].case_no, nosz);
    } else if (found.n > 0) {
        id = choose(title, &found, no, nosz);
    }
    case_page_free(&found);
    memset(&found, 0, sizeof found);
    return id;
}
