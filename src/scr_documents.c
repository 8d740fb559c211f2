/* scr_documents.c — the documents of a case from the register (文书): their
 * official numbers, issue dates, deadlines and service.  Enter reads one;
 * t sends it on its way over SSH — the unit's CUPS queue (lp), the user's
 * own printer through the terminal (media copy: PuTTY, SecureCRT), or
 * nowhere (it stays in the register) — or records its service (送达);
 * a issues a 催告书, 强制拆除决定书 or 送达回证 that refers to the selected
 * document.  Nothing is written to a file. */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "caseui.h"
#include "district.h"
#include "doc.h"
#include "doc_output.h"
#include "doc_ui.h"
#include "i18n.h"
#include "screen.h"
#include "screens.h"
#include "ui.h"
#include "util.h"
#include "validate.h"
#include "widgets.h"

struct docs {
    struct list_widget list;
    long long case_id, want_id;
    char title[400];
    struct doc_row *rows;
    int n;
    char tmp[64];
};

static const struct list_col cols[] = {
    { N_("Number"), 24, 2, ALIGN_LEFT },
    { N_("Document"), 14, 2, ALIGN_LEFT },
    { N_("Issued"), 10, 0, ALIGN_LEFT },
    { N_("Deadline"), 10, 0, ALIGN_LEFT },
    { N_("Served"), 16, 1, ALIGN_LEFT },
};

static const char *way_label(const char *way)
{
    if (strcmp(way, "in_person") == 0) return _("in person");
    if (strcmp(way, "post") == 0) return _("by post");
    if (strcmp(way, "notice") == 0) return _("by public notice");
    return "";
}

static const char *cell(void *arg, int r, int c)
{
    struct docs *p = arg;
    const struct doc_row *d = &p->rows[r];

    switch (c) {
    case 0: return d->doc_no;
    case 1: return d->kind_name;
    case 2: return d->issued_on;
    case 3: return d->deadline;
    default:
        if (!d->served_on[0]) return _("not served");
        snprintf(p->tmp, sizeof p->tmp, "%s %s", d->served_on, way_label(d->served_way));
        return p->tmp;
    }
}

static enum role row_role(void *arg, int r)
{
    return ((struct docs *)arg)->rows[r].served_on[0] ? ROLE_NORMAL : ROLE_WARNING;
}

static void load(struct docs *p)
{
    int sel = p->list.sel;

    free(p->rows);
    p->n = doc_list(ui_app()->db, p->case_id, &p->rows);
    if (p->n < 0) { ui_db_error(); p->n = 0; }
    for (int i = 0; p->want_id && i < p->n; i++)
        if (p->rows[i].id == p->want_id) sel = i;
    p->want_id = 0;
    list_set_rows(&p->list, p->n, sel >= 0 && sel < p->n ? sel : p->n - 1);
}

static const struct doc_row *selected(struct docs *p)
{
    if (p->list.sel < 0 || p->list.sel >= p->n) {
        ui_info("%s", _("There is no document to act on."));
        return NULL;
    }
    return &p->rows[p->list.sel];
}

/* ------------------------------------------------------------- output */
static int render(long long id, char **pdf, size_t *len, char *no, size_t nosz)
{
    struct doc_row d;
    char *body = NULL, err[512];

    if (doc_load(ui_app()->db, id, &d, &body) < 0) { ui_db_error(); return -1; }
    snprintf(no, nosz, "%s", d.doc_no);
    if (doc_pdf(d.doc_no, body, pdf, len, err, sizeof err) < 0) {
        free(body);
        ui_error("%s", err);
        return -1;
    }
    free(body);
    return 0;
}

static void to_cups(long long id)
{
    char queue[160], no[128], err[600];
    char *pdf;
    size_t len;

    if (doc_queue(ui_app()->db, id, queue, sizeof queue) < 0) { ui_db_error(); return; }
    if (render(id, &pdf, &len, no, sizeof no) < 0) return;
    if (doc_lp(queue, no, pdf, len, err, sizeof err) < 0) ui_error("%s", err);
    else ui_info(_("%s was sent to the print queue %s."), no, queue);
    free(pdf);
}

/* Printer-controller mode: the terminal passes the bytes to the printer
 * of the user's own computer instead of showing them; then the screen is
 * drawn again in full. */
static void to_terminal(long long id)
{
    char no[128];
    char *pdf;
    size_t len;

    if (render(id, &pdf, &len, no, sizeof no) < 0) return;
    fflush(stdout);
    if (doc_media_copy(STDOUT_FILENO, pdf, len) < 0)
        ui_error("%s", _("The document could not be sent to the terminal."));
    else
        ui_info(_("%s was sent to your own printer through the terminal (PuTTY, SecureCRT: printer-controller mode)."), no);
    free(pdf);
    clearok(curscr, TRUE);
    ui_dirty(NULL);
}

static void serve(struct docs *p, const struct doc_row *d)
{
    const char *ways[3] = { _("In person"), _("By post"), _("By public notice") };
    static const char *const keys[3] = { "in_person", "post", "notice" };
    char on[16], to[304], today[16], q[256];
    long long id = d->id;
    int w;

    district_today(today, sizeof today);
    snprintf(q, sizeof q, _("%s served on (YYYY-MM-DD)"), d->doc_no);
    if (!ui_prompt(q, today, on, sizeof on, validate_date_past)) return;
    if ((w = ui_menu(_("Served how?"), ways, 3, 0)) < 0) return;
    if (!ui_prompt(_("Served to (the person who received it)"), d->party, to, sizeof to, NULL)) return;
    if (doc_serve(ui_app()->db, id, on, keys[w], to) < 0) { ui_db_error(); return; }
    ui_info(_("Service recorded: %s, %s."), on, ways[w]);
    p->want_id = id;
    load(p);
}

static void act(struct docs *p)
{
    const char *items[4] = {
        _("Print on the unit's printer (CUPS)"),
        _("Print on my own printer (through the terminal)"),
        _("Record its service…"),
        _("Keep it in the register only"),
    };
    const struct doc_row *d = selected(p);
    char no[128];

    if (!d) return;
    snprintf(no, sizeof no, "%s", d->doc_no);
    switch (ui_menu(no, items, 4, 0)) {
    case 0: to_cups(d->id); break;
    case 1: to_terminal(d->id); break;
    case 2: serve(p, d); break;
    case 3: ui_info(_("%s stays in the register; nothing was printed."), no); break;
    default: break;
    }
}

static void issue(struct docs *p)
{
    static const char *const kinds[3] = { "demand", "forced_demolition", "service_receipt" };
    const char *items[3] = { _("Demand to comply"), _("Forced demolition decision"),
                             _("Service receipt") };
    const struct doc_row *d = selected(p);
    char deadline[16] = "", q[256];
    long long about, id;
    int k;

    if (!d) return;
    about = d->id;
    snprintf(q, sizeof q, _("Issue, referring to %s:"), d->doc_no);
    if ((k = ui_menu(q, items, 3, 0)) < 0) return;
    if (k < 2 && !ui_prompt(_("Deadline (YYYY-MM-DD)"), "", deadline, sizeof deadline, validate_date_any)) return;
    if ((id = doc_issue(ui_app()->db, kinds[k], p->case_id, NULL, deadline, about, NULL)) < 0) {
        ui_db_error();
        return;
    }
    p->want_id = id;
    load(p);
    if (p->list.sel >= 0 && p->list.sel < p->n)
        ui_info(_("Issued %s."), p->rows[p->list.sel].doc_no);
}

/* ------------------------------------------------------------- reading */
struct docview {
    struct textview tv;
    long long id;
    char title[200];
};

static int dv_open(struct screen *s, void *arg)
{
    struct docview *v = s->priv;
    const struct doc_row *d = arg;
    struct doc_row row;
    char *body = NULL, *text;

    v->id = d->id;
    if (doc_load(ui_app()->db, d->id, &row, &body) < 0) { ui_db_error(); return -1; }
    snprintf(v->title, sizeof v->title, "%s · sha256 %.16s…", row.doc_no, row.sha256);
    text = xasprintf("%s", body);
    textview_set(&v->tv, text);
    free(text);
    free(body);
    return 0;
}

static void dv_close(struct screen *s)
{
    textview_free(&((struct docview *)s->priv)->tv);
}

static void dv_draw(struct screen *s, WINDOW *w)
{
    struct docview *v = s->priv;

    ui_put_role(w, 0, 1, s->cols - 2, v->title, ALIGN_LEFT, ROLE_DIM);
    textview_draw(&v->tv, w, 1, s->rows - 1, s->cols);
}

static int dv_command(struct screen *s, enum cmd c)
{
    return textview_command(&((struct docview *)s->priv)->tv, c);
}

static const enum cmd dv_cmds[] = { CMD_PAGE_DOWN, CMD_PAGE_UP, CMD_BACK, CMD_NONE };

static const struct screen_ops document_view_screen = {
    .name = "document", .title = N_("Document"), .ctx = KCTX_LIST, .cmds = dv_cmds,
    .priv_size = sizeof(struct docview), .open = dv_open, .close = dv_close,
    .draw = dv_draw, .command = dv_command,
};

/* ------------------------------------------------------------- the list */
struct docs_arg {
    long long case_id;
    const char *title;
    const char *kind;       /* select the latest of this kind, or NULL */
};

static int ds_open(struct screen *s, void *arg)
{
    const struct docs_arg *a = arg;
    struct docs *p = s->priv;

    p->case_id = s->watch_id = a->case_id;
    snprintf(p->title, sizeof p->title, "%s", a->title);
    list_init(&p->list, cols, (int)ARRAY_SIZE(cols), cell, p);
    p->list.row_role = row_role;
    p->list.empty_text = _("No documents have been issued for this case yet.");
    load(p);
    for (int i = p->n - 1; a->kind && i >= 0; i--)
        if (strcmp(p->rows[i].kind, a->kind) == 0) { list_set_rows(&p->list, p->n, i); break; }
    return 0;
}

static void ds_close(struct screen *s)
{
    free(((struct docs *)s->priv)->rows);
}

static void ds_draw(struct screen *s, WINDOW *w)
{
    struct docs *p = s->priv;
    int cw = getmaxx(w);

    ui_put_role(w, 0, 1, cw - 2, p->title, ALIGN_LEFT, ROLE_TITLE);
    ui_put_role(w, 1, 1, cw - 2, _("Enter reads it · t prints it or records its service · a issues a demand, decision or receipt"),
                ALIGN_LEFT, ROLE_DIM);
    list_draw(&p->list, w, 3, 1, getmaxy(w) - 3, cw - 2);
}

static int ds_command(struct screen *s, enum cmd c)
{
    struct docs *p = s->priv;
    const struct doc_row *d;

    switch (c) {
    case CMD_ACTION: act(p); return 1;
    case CMD_NEW: issue(p); return 1;
    case CMD_REFRESH: load(p); return 1;
    case CMD_HISTORY:
        if ((d = selected(p))) open_history("document", d->id);
        return 1;
    default: break;
    }
    switch (list_command(&p->list, c)) {
    case LIST_UNHANDLED: return 0;
    case LIST_OPEN:
        if ((d = selected(p))) ui_push(&document_view_screen, (void *)d);
        return 1;
    default: return 1;
    }
}

static void ds_load(struct screen *s, int why)
{
    (void)why;
    load(s->priv);
}

static const struct ui_watch ds_watch[] = { { "document", UI_ANY_ROW }, { NULL, 0 } };
static const enum cmd ds_cmds[] = { CMD_OPEN, CMD_ACTION, CMD_NEW, CMD_HISTORY, CMD_REFRESH, CMD_BACK, CMD_NONE };

static const struct screen_ops documents_screen = {
    .name = "documents", .title = N_("Documents"), .ctx = KCTX_LIST, .cmds = ds_cmds,
    .priv_size = sizeof(struct docs), .watch = ds_watch, .load = ds_load, .open = ds_open,
    .close = ds_close, .draw = ds_draw, .command = ds_command,
};

int open_case_documents(const struct case_detail *d, const char *kind)
{
    struct docs_arg a = { d->row.id, NULL, kind };
    char title[400];

    snprintf(title, sizeof title, _("Documents · %s  %s"), d->row.case_no, d->row.party_name);
    a.title = title;
    return ui_push(&documents_screen, &a) ? 0 : -1;
}
