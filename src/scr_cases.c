/* scr_cases.c — the case list (cases of every kind, casekind.h), a main screen.
 *
 * The table may hold a million cases, so the screen never loads it: it
 * keeps a window of at most WIN_MAX rows around the cursor, read with the
 * model's keyset pagination (case_list), and moves the window when the
 * cursor leaves it — page down appends and drops from the front, jump to
 * the end reads the last page backwards.  A change notification reloads
 * the window around the selected case, which stays selected by id.
 *
 * Filters (kind, status, unit, village, project, overdue) come from a
 * menu; `l` narrows by text as you type (scr_case_filter.c); `/`
 * highlights matches among the rows (PCRE2, caseless) and n / N move
 * between them: within the window on the client, beyond it with one
 * statement for the next match (case_find), however far it is. */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "casekind.h"
#include "caseui.h"
#include "filterui.h"
#include "i18n.h"
#include "model_filter.h"
#include "screens.h"
#include "ui.h"
#include "util.h"
#include "validate.h"
#include "widgets.h"

#define PAGE 60
#define WIN_MAX 240
#define SEARCH_HOPS 50         /* n/N: database finds whose row the pattern
                                  then does not match as shown (see find_db) */

struct clist {
    struct list_widget list;
    struct case_filter f;
    char kind[16], status[24], text[64];
    char unit_name[64], village_name[128], project_name[128];
    struct case_row *rows;
    int n;
    long long count;           /* matching rows, capped */
    int count_due;             /* reloaded: count at the next turn */
    int capped;
    vsearch_t *vs;
    char pattern[64];
    struct ui_watch watch[12];     /* case_file and each kind's table */
};

static struct screen *the_list;

enum { C_NO, C_KIND, C_PARTY, C_VILLAGE, C_STATUS, C_OPENED, C_DEADLINE, C_UNIT, C__N };

/* A list of one unit: on 80 columns the unit column does not fit and is
 * dropped (from the right), it says nothing there. */
static const struct list_col cols[C__N] = {
    { N_("Number"), 14, 0, ALIGN_LEFT },
    { N_("Kind"), 5, 0, ALIGN_LEFT },
    { N_("Party"), 8, 3, ALIGN_LEFT },
    { N_("Village"), 10, 2, ALIGN_LEFT },
    { N_("Status"), 10, 0, ALIGN_LEFT },
    { N_("Opened"), 10, 0, ALIGN_LEFT },
    { N_("Deadline"), 10, 0, ALIGN_LEFT },
    { N_("Unit"), 10, 1, ALIGN_LEFT },
};

/* A list of all units: the unit comes right after the kind, so it is shown
 * at 80 columns too; cells are still asked for by C_* (all_cell). */
static const int all_order[C__N] = { C_NO, C_KIND, C_UNIT, C_PARTY, C_VILLAGE, C_STATUS, C_OPENED, C_DEADLINE };
static const struct list_col all_cols[C__N] = {
    { N_("Number"), 14, 0, ALIGN_LEFT },
    { N_("Kind"), 5, 0, ALIGN_LEFT },
    { N_("Unit"), 8, 1, ALIGN_LEFT },
    { N_("Party"), 8, 3, ALIGN_LEFT },
    { N_("Village"), 8, 2, ALIGN_LEFT },
    { N_("Status"), 10, 0, ALIGN_LEFT },
    { N_("Opened"), 10, 0, ALIGN_LEFT },
    { N_("Deadline"), 10, 0, ALIGN_LEFT },
};

static const char *cell(void *arg, int r, int c);
static const char *all_cell(void *arg, int r, int c) { return cell(arg, r, all_order[c]); }

static const char *cell(void *arg, int r, int c)
{
    const struct case_row *x = &((struct clist *)arg)->rows[r];

    switch (c) {
    case C_NO: return x->case_no;
    case C_KIND: { const struct case_kind *k = case_kind_find(x->kind); return k ? _(k->abbrev) : x->kind; }
    case C_PARTY: return x->party_name;
    case C_VILLAGE: return x->village_name;
    case C_STATUS: return case_status_label(x->status);
    case C_OPENED: return x->opened_on;
    case C_DEADLINE: return x->deadline;
    case C_UNIT: return x->unit_name;
    }
    return "";
}

static enum role row_role(void *arg, int r)
{
    const struct case_row *x = &((struct clist *)arg)->rows[r];

    if (strcmp(x->status, "closed") == 0) return ROLE_DIM;
    return x->overdue ? ROLE_ERROR : ROLE_NORMAL;
}

static int match(void *arg, int r, int c, const char *text, size_t *off, size_t *len)
{
    struct clist *cl = arg;
    size_t s, e;

    (void)r; (void)c;
    if (!cl->vs || !vsearch_match(cl->vs, text, 0, &s, &e)) return 0;
    *off = s;
    *len = e - s;
    return 1;
}

/* ---- the window ---- */

static void set_window(struct clist *cl, struct case_row *rows, int n, int sel)
{
    free(cl->rows);
    cl->rows = rows;
    cl->n = n;
    list_set_rows(&cl->list, n, sel);
}

static int fetch(struct clist *cl, const struct case_key *key, int dir, int limit,
                 struct case_page *p)
{
    /* What the list shows from now on: a change in another unit or village
     * does not reload it (issue 16). */
    if (the_list && the_list->priv == cl) {
        the_list->scope_unit = cl->f.unit_id;
        the_list->scope_village = cl->f.village_id;
    }
    if (case_list(ui_app()->db, &cl->f, key, dir, limit, p) < 0) {
        ui_db_error();
        return -1;
    }
    return 0;
}

static void load_first(struct clist *cl)
{
    struct case_page p;
    struct case_key k = { "", 0 };

    if (fetch(cl, &k, 1, PAGE, &p) < 0) return;
    cl->list.more_before = 0;
    cl->list.more_after = p.more;
    set_window(cl, p.rows, p.n, 0);
}

static void load_last(struct clist *cl)
{
    struct case_page p;
    struct case_key k = { "", 0 };

    if (fetch(cl, &k, -1, PAGE, &p) < 0) return;
    cl->list.more_before = p.more;
    cl->list.more_after = 0;
    set_window(cl, p.rows, p.n, p.n - 1);
}

/* Append the next page; drop rows from the front beyond WIN_MAX.  Returns
 * the number of rows dropped (window indexes shift by it), -1 on error. */
static int load_next(struct clist *cl)
{
    struct case_page p;
    struct case_key k;
    int drop;

    if (!cl->n) { load_first(cl); return 0; }
    case_key_of(&cl->rows[cl->n - 1], &k);
    if (fetch(cl, &k, 1, PAGE, &p) < 0) return -1;
    cl->rows = xrealloc(cl->rows, (size_t)(cl->n + p.n + 1) * sizeof *cl->rows);
    memcpy(cl->rows + cl->n, p.rows, (size_t)p.n * sizeof *p.rows);
    cl->n += p.n;
    cl->list.more_after = p.more;
    case_page_free(&p);
    drop = cl->n > WIN_MAX ? cl->n - WIN_MAX : 0;
    if (drop) {
        memmove(cl->rows, cl->rows + drop, (size_t)(cl->n - drop) * sizeof *cl->rows);
        cl->n -= drop;
        cl->list.more_before = 1;
    }
    return drop;
}

/* Prepend the previous page; drop rows from the end.  Returns rows added. */
static int load_prev(struct clist *cl)
{
    struct case_page p;
    struct case_key k;
    struct case_row *rows;

    if (!cl->n) return 0;
    case_key_of(&cl->rows[0], &k);
    if (fetch(cl, &k, -1, PAGE, &p) < 0) return -1;
    rows = xcalloc((size_t)(cl->n + p.n + 1), sizeof *rows);
    memcpy(rows, p.rows, (size_t)p.n * sizeof *rows);
    memcpy(rows + p.n, cl->rows, (size_t)cl->n * sizeof *rows);
    free(cl->rows);
    cl->rows = rows;
    cl->n += p.n;
    cl->list.more_before = p.more;
    if (cl->n > WIN_MAX) {
        cl->n = WIN_MAX;
        cl->list.more_after = 1;
    }
    case_page_free(&p);
    return p.n;
}

/* Reload the window around the selected case (rows before it, then it and
 * the rows after), keeping it selected when it still matches. */
static void reload_keep(struct clist *cl)
{
    struct case_page before, after;
    struct case_key k = { "", 0 };
    long long id;
    int sel;
    struct case_row *rows;

    if (cl->list.sel < 0 || cl->list.sel >= cl->n) { load_first(cl); return; }
    id = cl->rows[cl->list.sel].id;
    case_key_of(&cl->rows[cl->list.sel], &k);
    if (fetch(cl, &k, -1, PAGE / 2, &before) < 0) return;
    if (before.n) case_key_of(&before.rows[before.n - 1], &k);
    else memset(&k, 0, sizeof k);
    if (fetch(cl, &k, 1, PAGE, &after) < 0) { case_page_free(&before); return; }
    rows = xcalloc((size_t)(before.n + after.n + 1), sizeof *rows);
    memcpy(rows, before.rows, (size_t)before.n * sizeof *rows);
    memcpy(rows + before.n, after.rows, (size_t)after.n * sizeof *rows);
    sel = before.n;
    for (int i = 0; i < after.n; i++)
        if (after.rows[i].id == id) { sel = before.n + i; break; }
    cl->list.more_before = before.n ? before.more : 0;
    cl->list.more_after = after.more;
    set_window(cl, rows, before.n + after.n, sel);
    case_page_free(&before);
    case_page_free(&after);
}

static void recount(struct clist *cl)
{
    cl->count = case_count(ui_app()->db, &cl->f, 1000, &cl->capped);
}

static void refilter(struct clist *cl)
{
    cl->f.kind = cl->kind[0] ? cl->kind : NULL;
    cl->f.status = cl->status[0] ? cl->status : NULL;
    cl->f.text = cl->text[0] ? cl->text : NULL;
    load_first(cl);
    recount(cl);
}

/* ---- search within the list (/, n, N) ---- */

static int row_matches(struct clist *cl, int r)
{
    size_t s, e;

    for (int c = 0; c < C__N; c++) {
        const char *t = cell(cl, r, c);
        if (cl->list.widths[c] && t && vsearch_match(cl->vs, t, 0, &s, &e)) return 1;
    }
    return 0;
}

/* The kinds and statuses whose label (as shown) matches: a text[] literal
 * of their codes, which are constants (letters and '_'), for case_find. */
static void matching_codes(struct clist *cl, char *buf, size_t sz)
{
    size_t n = 0, st, en;
    int first = 1;

    buf[n++] = '{';
    for (int k = 0; case_kinds[k]; k++) {
        const struct case_kind *kd = case_kinds[k];
        if (cl->list.widths[C_KIND] && vsearch_match(cl->vs, _(kd->abbrev), 0, &st, &en)
            && n + strlen(kd->code) + 3 < sz) {
            n += (size_t)snprintf(buf + n, sz - n, "%s%s", first ? "" : ",", kd->code);
            first = 0;
        }
        for (const struct case_status *x = kd->statuses; x->code; x++)
            if (cl->list.widths[C_STATUS]
                && vsearch_match(cl->vs, case_status_label(x->code), 0, &st, &en)
                && n + strlen(x->code) + 3 < sz) {
                n += (size_t)snprintf(buf + n, sz - n, "%s%s", first ? "" : ",", x->code);
                first = 0;
            }
    }
    buf[n++] = '}';
    buf[n] = '\0';
}

/* The window around row r (found beyond the window), r selected. */
static void show_found(struct clist *cl, const struct case_row *r)
{
    cl->rows = xrealloc(cl->rows, (size_t)(cl->n + 1) * sizeof *cl->rows);
    cl->rows[cl->n] = *r;
    list_set_rows(&cl->list, cl->n + 1, cl->n);
    cl->n++;
    reload_keep(cl);
}

/* Past the window: ask the database for the next match after the last
 * row (before the first).  The database's regular expressions are not
 * PCRE2's, so a row it finds is checked as shown; one it finds that the
 * list would not highlight is skipped (rare: SEARCH_HOPS of them at most).
 * 1 found and shown, 0 none, -1 could not ask (the caller pages). */
static int find_db(struct clist *cl, int d)
{
    struct case_row row;
    struct case_key k;
    char codes[512];
    int r;

    if (!cl->n) return 0;
    matching_codes(cl, codes, sizeof codes);
    case_key_of(&cl->rows[d > 0 ? cl->n - 1 : 0], &k);
    for (int hop = 0; hop < SEARCH_HOPS; hop++) {
        if ((r = case_find(ui_app()->db, &cl->f, &k, d, cl->pattern, codes, &row)) <= 0) return r;
        show_found(cl, &row);
        if (cl->list.sel >= 0 && cl->list.sel < cl->n && row_matches(cl, cl->list.sel)) return 1;
        case_key_of(&row, &k);
    }
    return 0;
}

/* Page by page, for a pattern the database cannot read as a regular
 * expression (PCRE2 syntax it lacks): slower, but it does not give up. */
static void search_pages(struct clist *cl, int d, int i)
{
    for (;;) {
        for (i += d; i >= 0 && i < cl->n; i += d)
            if (row_matches(cl, i)) { list_set_rows(&cl->list, cl->n, i); return; }
        if (d > 0 && cl->list.more_after) {
            int drop = load_next(cl);
            if (drop < 0) return;
            i -= drop + 1;
            if (i < -1) i = -1;
        } else if (d < 0 && cl->list.more_before) {
            int add = load_prev(cl);
            if (add <= 0) break;
            i = add;
        } else {
            break;
        }
        list_set_rows(&cl->list, cl->n, cl->list.sel);
    }
    ui_info(_("No more matches for \"%s\"."), cl->pattern);
}

static void search_move(struct clist *cl, int d)
{
    int i = cl->list.sel, r;

    if (!cl->vs) { ui_info("%s", _("Press / to search first.")); return; }
    for (i += d; i >= 0 && i < cl->n; i += d)
        if (row_matches(cl, i)) { list_set_rows(&cl->list, cl->n, i); return; }
    if (!(d > 0 ? cl->list.more_after : cl->list.more_before)) r = 0;
    else r = find_db(cl, d);
    if (r > 0) return;
    if (r < 0) {
        log_msg("find: %s; searching page by page", db_errmsg(ui_app()->db));
        search_pages(cl, d, d > 0 ? cl->n - 1 : 0);
        return;
    }
    ui_info(_("No more matches for \"%s\"."), cl->pattern);
}

static void search(struct clist *cl)
{
    char pat[64], err[256];
    vsearch_t *vs;

    if (!ui_prompt(_("Find in the list (a pattern; empty clears)"), cl->pattern, pat, sizeof pat, NULL))
        return;
    if (!pat[0]) {
        vsearch_free(cl->vs);
        cl->vs = NULL;
        cl->pattern[0] = '\0';
        return;
    }
    if (!(vs = vsearch_new(pat, 0, err, sizeof err))) { ui_error("%s", err); return; }
    vsearch_free(cl->vs);
    cl->vs = vs;
    strlcpy_utf8(cl->pattern, pat, sizeof cl->pattern);
    if (cl->list.sel >= 0 && cl->list.sel < cl->n && row_matches(cl, cl->list.sel)) return;
    search_move(cl, 1);
}

/* ---- filters ---- */

/* The statuses of the kind shown (of every kind when none is), once each. */
static void pick_status(struct clist *cl)
{
    const char *codes[40], *labels[40];
    int n = 0, i;

    for (int k = 0; case_kinds[k]; k++) {
        if (cl->kind[0] && strcmp(cl->kind, case_kinds[k]->code) != 0) continue;
        for (const struct case_status *st = case_kinds[k]->statuses;
             st->code && n < (int)ARRAY_SIZE(codes); st++) {
            int dup = 0;
            for (int j = 0; j < n; j++) dup |= strcmp(codes[j], st->code) == 0;
            if (!dup) codes[n++] = st->code;
        }
    }
    for (i = 0; i < n; i++) labels[i] = case_status_label(codes[i]);
    if ((i = ui_menu(_("Status"), labels, n, 0)) >= 0) strlcpy_utf8(cl->status, codes[i], sizeof cl->status);
}

static void pick_from(int (*load)(db_t *, int, struct pick_item **), int unit, const char *title,
                      int *id, char *name, size_t namesz)
{
    struct pick_item *items;
    int n = load(ui_app()->db, unit, &items), i;

    if (n < 0) { ui_db_error(); return; }
    if (n == 0) { ui_info("%s", _("There is nothing to choose from.")); free(items); return; }
    for (int k = 0; k < n; k++)   /* a filter finds old cases in a retired village or project too */
        if (items[k].retired[0]) {
            char buf[sizeof items[k].name];
            snprintf(buf, sizeof buf, load == pick_projects_filter ? _("%s (finished %s)") : _("%s (retired %s)"),
                     items[k].name, items[k].retired);
            strlcpy_utf8(items[k].name, buf, sizeof items[k].name);
        }
    if ((i = caseui_pick(title, items, n)) >= 0) {
        *id = items[i].id;
        strlcpy_utf8(name, items[i].name, namesz);
    }
    free(items);
}

static int units_loader(db_t *db, int unit, struct pick_item **out)
{
    (void)unit;
    return pick_units(db, out);
}

/* All cases, one line per kind, then the other filters. */
enum { F_STATUS, F_VILLAGE, F_PROJECT, F_OVERDUE, F_TEXT, F_UNIT, F_SAVED };

static void filter_menu(struct clist *cl)
{
    const char *items[24];
    int staff = ui_role_is("staff"), unit = staff ? ui_app()->me.unit_id : cl->f.unit_id;
    int nk = 0, n = 0, i, what[24];
    char text[64];

    items[n++] = _("All cases (clear the filters)");
    for (; case_kinds[nk] && n < 12; nk++) items[n++] = _(case_kinds[nk]->filter_label);
    items[n++] = _("By status…");
    items[n++] = _("By village or community…");
    items[n++] = _("By project…");
    items[n++] = _("Overdue only");
    items[n++] = _("Containing text…");
    if (!staff) items[n++] = _("By town or office…");
    for (int k = 0; k < n; k++) what[k] = k - 1 - nk;
    /* saved filters (scr_case_filter.c), last so the numbers above stay */
    saved_filter_menu_items(items, what, &n, F_SAVED);
    if ((i = ui_menu(_("Show cases"), items, n, 0)) < 0) return;
    if (i == 0) {
        cl->kind[0] = cl->status[0] = cl->text[0] = '\0';
        cl->f.unit_id = cl->f.village_id = cl->f.project_id = cl->f.overdue = 0;
    } else if (i <= nk) {
        strlcpy_utf8(cl->kind, case_kinds[i - 1]->code, sizeof cl->kind);
        cl->status[0] = '\0';
    }
    if (what[i] >= F_SAVED) { saved_filter_run(&case_saved_filters, the_list, what[i] - F_SAVED); return; }
    switch (what[i]) {
    case F_STATUS: pick_status(cl); break;
    case F_VILLAGE: pick_from(pick_villages_filter, unit, _("Village or community"), &cl->f.village_id,
                              cl->village_name, sizeof cl->village_name); break;
    case F_PROJECT: pick_from(pick_projects_filter, unit, _("Project"), &cl->f.project_id,
                              cl->project_name, sizeof cl->project_name); break;
    case F_OVERDUE: cl->f.overdue = !cl->f.overdue; break;
    case F_TEXT:
        if (!ui_prompt(_("Number, party or address containing"), cl->text, text, sizeof text, NULL)) return;
        strlcpy_utf8(cl->text, text, sizeof cl->text);
        break;
    case F_UNIT: pick_from(units_loader, 0, _("Town or office"), &cl->f.unit_id,
                           cl->unit_name, sizeof cl->unit_name); break;
    default: break;
    }
    refilter(cl);
}

static void cycle_sort(struct clist *cl)
{
    static const char *names[] = { N_("number"), N_("newest first"), N_("oldest first"), N_("status") };
    int k = cl->f.sort == CASE_SORT_NUMBER ? 0 : cl->f.sort == CASE_SORT_STATUS ? 3
          : cl->f.descending ? 1 : 2;

    k = (k + 1) % 4;
    cl->f.sort = k == 0 ? CASE_SORT_NUMBER : k == 3 ? CASE_SORT_STATUS : CASE_SORT_OPENED;
    cl->f.descending = k == 1;
    reload_keep(cl);
    ui_info(_("Sorted by %s."), _(names[k]));
}

/* The filter line: what is shown. */
static void describe(const struct clist *cl, char *buf, size_t sz)
{
    size_t n = 0;

#define ADD(...) do { if (n < sz) n += (size_t)snprintf(buf + n, sz - n, __VA_ARGS__); } while (0)
    ADD("%s", _("Showing: "));
    ADD("%s", cl->kind[0] ? case_kind_label(cl->kind) : _("all cases"));
    if (cl->status[0]) ADD(" · %s", case_status_label(cl->status));
    if (cl->f.unit_id) ADD(" · %s", cl->unit_name);
    if (cl->f.village_id) ADD(" · %s", cl->village_name);
    if (cl->f.project_id) ADD(" · %s", cl->project_name);
    if (cl->f.overdue) ADD(" · %s", _("overdue"));
    if (cl->text[0]) ADD(" · \"%s\"", cl->text);
    if (cl->count >= 0) ADD(cl->capped ? _("  (%lld+ cases)") : _("  (%lld cases)"), cl->count);
#undef ADD
}

/* ---- screen ops ---- */

static int cases_visible(const struct app *app)
{
    return strcmp(app->me.role, "staff") == 0 || strcmp(app->me.role, "supervisor") == 0
        || strcmp(app->me.role, "inspector") == 0;
}

static int cases_open(struct screen *s, void *arg)
{
    struct clist *cl = s->priv;

    (void)arg;
    list_init(&cl->list, cols, C__N, cell, cl);
    cl->list.row_role = row_role;
    cl->list.match = match;
    cl->list.empty_text = _("No cases match this filter.");
    cl->f.sort = CASE_SORT_OPENED;
    cl->f.descending = 1;
    case_kind_watch(cl->watch, (int)ARRAY_SIZE(cl->watch), UI_ANY_ROW);
    s->watch = cl->watch;
    the_list = s;
    if (s->app->db) refilter(cl);
    return 0;
}

static void cases_close(struct screen *s)
{
    struct clist *cl = s->priv;

    if (the_list == s) the_list = NULL;
    vsearch_free(cl->vs);
    free(cl->rows);
}

/* All units (not staff, no unit chosen): the unit column comes early. */
static void choose_columns(struct clist *cl)
{
    int all = !ui_role_is("staff") && cl->f.unit_id == 0;
    cl->list.cols = all ? all_cols : cols;
    cl->list.cell = all ? all_cell : cell;
}

static void cases_draw(struct screen *s, WINDOW *w)
{
    struct clist *cl = s->priv;
    int rows = getmaxy(w), cw = getmaxx(w);
    char line[512];

    choose_columns(cl);
    describe(cl, line, sizeof line);
    ui_put_role(w, 0, 1, cw - 2, line, ALIGN_LEFT, ROLE_DIM);
    list_draw(&cl->list, w, 1, 1, rows - 1, cw - 2);
}

static int cases_list_cmd(struct clist *cl, enum cmd c)
{
    int want, k;

    switch (list_command(&cl->list, c)) {
    case LIST_UNHANDLED: return 0;
    case LIST_NEED_NEXT:
        want = cl->list.want;
        if ((k = load_next(cl)) < 0) return 1;
        list_set_rows(&cl->list, cl->n, want - k);
        return 1;
    case LIST_NEED_PREV:
        want = cl->list.want;
        if ((k = load_prev(cl)) < 0) return 1;
        list_set_rows(&cl->list, cl->n, want + k);
        return 1;
    case LIST_NEED_FIRST: load_first(cl); return 1;
    case LIST_NEED_LAST: load_last(cl); return 1;
    case LIST_OPEN:
        open_case_form(cl->rows[cl->list.sel].id);
        return 1;
    default: return 1;
    }
}

static int cases_command(struct screen *s, enum cmd c)
{
    struct clist *cl = s->priv;

    switch (c) {
    case CMD_FILTER: filter_menu(cl); return 1;
    case CMD_SORT: cycle_sort(cl); return 1;
    case CMD_SEARCH: search(cl); return 1;
    case CMD_SEARCH_NEXT: search_move(cl, 1); return 1;
    case CMD_SEARCH_PREV: search_move(cl, -1); return 1;
    case CMD_LIMIT: case_filter_line(s); return 1;
    case CMD_VILLAGES: ui_push(&villages_screen, NULL); return 1;
    case CMD_REFRESH: reload_keep(cl); recount(cl); return 1;
    case CMD_NEW:
        if (!ui_role_is("staff")) return 0;
        case_new_interactive();
        return 1;
    case CMD_HISTORY:
        if (cl->list.sel >= 0 && cl->list.sel < cl->n) open_history("case_file", cl->rows[cl->list.sel].id);
        return 1;
    default: return cases_list_cmd(cl, c);
    }
}

static int cases_can(struct screen *s, enum cmd c)
{
    struct clist *cl = s->priv;

    if (c == CMD_NEW) return ui_role_is("staff");
    if (c == CMD_SEARCH_NEXT || c == CMD_SEARCH_PREV) return cl->vs != NULL;
    return 1;
}

/* A change (a case added, one that left the filter, a reconnect) reloads
 * the window around the selection at once, and the count (capped, one
 * more statement) a turn later: the changed row is drawn first, and the
 * count follows within a millisecond, before any key is read. */
static void cases_load(struct screen *s, int why)
{
    struct clist *cl = s->priv;

    (void)why;
    reload_keep(cl);
    cl->count_due = 1;
    ui_timer(s, 1);
}

static void cases_timer(struct screen *s)
{
    struct clist *cl = s->priv;

    if (!cl->count_due) return;
    cl->count_due = 0;
    recount(cl);
    ui_dirty(s);
}


static void cases_subtitle(struct screen *s, char *buf, size_t bufsz)
{
    struct clist *cl = s->priv;

    if (cl->list.sel >= 0 && cl->list.sel < cl->n)
        snprintf(buf, bufsz, "%s", cl->rows[cl->list.sel].case_no);
    else
        buf[0] = '\0';
}

static const enum cmd cases_cmds[] = {
    CMD_OPEN, CMD_NEW, CMD_FILTER, CMD_LIMIT, CMD_SEARCH, CMD_SEARCH_NEXT, CMD_SORT,
    CMD_HISTORY, CMD_REFRESH, CMD_JUMP, CMD_PAGE_DOWN, CMD_BOTTOM, CMD_NONE
};

const struct screen_ops cases_screen = {
    .name = "cases",
    .title = N_("Cases"),
    .ctx = KCTX_LIST,
    .cmds = cases_cmds,
    .visible = cases_visible,
    .can = cases_can,
    .priv_size = sizeof(struct clist),
    .watch = ui_case_rows_watch,   /* cases_open sets the kinds' */
    .load = cases_load,
    .timer = cases_timer,
    .open = cases_open,
    .close = cases_close,
    .draw = cases_draw,
    .command = cases_command,
    .subtitle = cases_subtitle,
};

/* ---- for scr_case_filter and other screens ---- */

void cases_draw_list(struct screen *s, WINDOW *w, int y, int h)
{
    struct clist *cl = s->priv;

    choose_columns(cl);
    list_draw(&cl->list, w, y, 1, h, getmaxx(w) - 2);
}

const char *cases_text(struct screen *s)
{
    return ((struct clist *)s->priv)->text;
}

void cases_set_text(struct screen *s, const char *text)
{
    struct clist *cl = s->priv;

    strlcpy_utf8(cl->text, text, sizeof cl->text);
    refilter(cl);
}

int open_case_list(const struct case_filter *f)
{
    struct clist *cl;

    if (ui_switch_to(&cases_screen) < 0 || !the_list) {
        ui_error("%s", _("The case list is not available to your role."));
        return -1;
    }
    if (!f) return 0;
    cl = the_list->priv;
    strlcpy_utf8(cl->kind, f->kind ? f->kind : "", sizeof cl->kind);
    strlcpy_utf8(cl->status, f->status ? f->status : "", sizeof cl->status);
    strlcpy_utf8(cl->text, f->text ? f->text : "", sizeof cl->text);
    cl->f.unit_id = f->unit_id;
    cl->f.village_id = f->village_id;
    cl->f.project_id = f->project_id;
    cl->f.overdue = f->overdue;
    cl->unit_name[0] = cl->village_name[0] = cl->project_name[0] = '\0';
    if (f->village_id) snprintf(cl->village_name, sizeof cl->village_name, "%s", _("one village"));
    if (f->unit_id) snprintf(cl->unit_name, sizeof cl->unit_name, "%s", _("one unit"));
    if (f->project_id) snprintf(cl->project_name, sizeof cl->project_name, "%s", _("one project"));
    refilter(cl);
    ui_dirty(the_list);
    return 0;
}

/* What the list's filter holds, as a saved filter (names too), and back. */
void cases_get_filter(struct screen *s, struct saved_filter *f)
{
    struct clist *cl = s->priv;

    strlcpy_utf8(f->kind, cl->kind, sizeof f->kind);
    strlcpy_utf8(f->status, cl->status, sizeof f->status);
    strlcpy_utf8(f->text, cl->text, sizeof f->text);
    f->unit_id = cl->f.unit_id;
    f->village_id = cl->f.village_id;
    f->project_id = cl->f.project_id;
    f->overdue = cl->f.overdue;
    strlcpy_utf8(f->unit_name, cl->unit_name, sizeof f->unit_name);
    strlcpy_utf8(f->village_name, cl->village_name, sizeof f->village_name);
    strlcpy_utf8(f->project_name, cl->project_name, sizeof f->project_name);
}

void cases_set_filter(struct screen *s, const struct saved_filter *f)
{
    struct clist *cl = s->priv;

    strlcpy_utf8(cl->kind, f->kind, sizeof cl->kind);
    strlcpy_utf8(cl->status, f->status, sizeof cl->status);
    strlcpy_utf8(cl->text, f->text, sizeof cl->text);
    /* staff see their own unit whatever was saved */
    cl->f.unit_id = ui_role_is("staff") ? 0 : f->unit_id;
    cl->f.village_id = f->village_id;
    cl->f.project_id = f->project_id;
    cl->f.overdue = f->overdue;
    strlcpy_utf8(cl->unit_name, f->unit_name, sizeof cl->unit_name);
    strlcpy_utf8(cl->village_name, f->village_name, sizeof cl->village_name);
    strlcpy_utf8(cl->project_name, f->project_name, sizeof cl->project_name);
    refilter(cl);
    ui_dirty(s);
}

/* The village name for the filter line, when another screen set it. */
void cases_name_village(const char *name)
{
    if (the_list) strlcpy_utf8(((struct clist *)the_list->priv)->village_name, name,
                               sizeof ((struct clist *)the_list->priv)->village_name);
}
