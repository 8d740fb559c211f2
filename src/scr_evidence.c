/* scr_evidence.c — everything about one official in one place, for an
 * inspector: flags past and present, cases handled, tasks responsible and
 * their cards, payments recorded and audit history, newest first, from
 * casedesk.official_evidence (which logs the read in the confidential
 * chain).  Enter on a case or a task opens it. */

#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "discui.h"
#include "i18n.h"
#include "labels.h"
#include "model_discipline.h"
#include "model_task.h"
#include "screen.h"
#include "screens.h"
#include "servermsg.h"
#include "ui.h"
#include "util.h"
#include "widgets.h"

struct evidence {
    struct list_widget list;
    int official_id;
    char name[128];
    struct disc_evidence *rows;
    int n;
    char summary_buf[512];
};

static const struct list_col ev_cols[] = {
    { N_("Kind"), 6, 0, ALIGN_LEFT },
    { N_("Reference"), 14, 0, ALIGN_LEFT },
    { N_("Date"), 10, 0, ALIGN_LEFT },
    { N_("State"), 8, 1, ALIGN_LEFT },
    { N_("Summary"), 16, 4, ALIGN_LEFT },
};

static const char *kind_label(const char *k)
{
    if (strcmp(k, "flag") == 0) return _("Flag");
    if (strcmp(k, "case") == 0) return _("Case");
    if (strcmp(k, "task") == 0) return _("Task");
    if (strcmp(k, "card") == 0) return _("Card");
    if (strcmp(k, "payment") == 0) return _("Payment");
    if (strcmp(k, "audit") == 0) return _("Audit");
    return k;
}

/* The state column in the reader's language: each kind's own labels. */
static const char *ev_state(const struct disc_evidence *e)
{
    if (strcmp(e->kind, "flag") == 0) return disc_status_label(e->state);
    if (strcmp(e->kind, "case") == 0) return case_status_label(e->state);
    if (strcmp(e->kind, "task") == 0) return task_status_label(e->state);
    if (strcmp(e->kind, "card") == 0) return task_card_label(e->state);
    if (strcmp(e->kind, "audit") == 0)
        return strcmp(e->state, "INSERT") == 0 ? _("added") : strcmp(e->state, "UPDATE") == 0 ? _("changed")
             : strcmp(e->state, "DELETE") == 0 ? _("removed") : e->state;
    return e->state;
}

/* A case's summary starts with its kind code, a task's names its cards
 * ("[red 2026-03-01, yellow ...]"): both as labels. */
static const char *ev_summary(void *arg, const struct disc_evidence *e)
{
    char *buf = ((struct evidence *)arg)->summary_buf;
    size_t sz = sizeof ((struct evidence *)arg)->summary_buf, n = 0;
    const char *s = e->summary, *sp;

    if (strcmp(e->kind, "case") == 0 && (sp = strchr(s, ' '))) {
        char code[32];
        snprintf(code, sizeof code, "%.*s", (int)(sp - s), s);
        snprintf(buf, sz, "%s%s", case_kind_label(code), sp);
        return buf;
    }
    if (strcmp(e->kind, "card") == 0)   /* "overdue by 3 working days": the server's sentence */
        return servermsg_translate(s, buf, sz);
    if (strcmp(e->kind, "payment") == 0 && (sp = strchr(s, ' '))) {   /* "372400.00 元 → 甲" */
        char num[40], grouped[48];
        snprintf(num, sizeof num, "%.*s", (int)(sp - s), s);
        snprintf(buf, sz, "%s%s", money_group(grouped, sizeof grouped, num), sp);
        return buf;
    }
    if (strcmp(e->kind, "task") != 0 || !strchr(s, '[')) return s;
    while (*s && n + 1 < sz) {
        const char *w = s;
        while (*s && *s != ' ' && *s != ',' && *s != '[' && *s != ']') s++;
        if (s > w) {
            char word[32];
            const char *l;
            snprintf(word, sizeof word, "%.*s", (int)(s - w), w);
            l = (s - w) < (int)sizeof word && w > e->summary && (w[-1] == '[' || w[-1] == ' ')
                && strchr(e->summary, '[') < w ? task_card_label(word) : NULL;
            n += (size_t)snprintf(buf + n, sz - n, "%s", l && strcmp(l, word) ? l : word);
        } else {
            buf[n++] = *s++;
        }
        if (n >= sz) n = sz - 1;
    }
    buf[n] = '\0';
    return buf;
}

static const char *ev_cell(void *arg, int r, int c)
{
    const struct disc_evidence *e = &((struct evidence *)arg)->rows[r];

    switch (c) {
    case 0: return kind_label(e->kind);
    case 1: return strcmp(e->kind, "flag") == 0 ? disc_category_label(e->ref_no) : e->ref_no;
    case 2: return e->on_date;
    case 3: return ev_state(e);
    default: return ev_summary(arg, e);
    }
}

static enum role ev_role(void *arg, int r)
{
    const struct disc_evidence *e = &((struct evidence *)arg)->rows[r];

    if (strcmp(e->kind, "flag") == 0) return ROLE_WARNING;
    if (strcmp(e->kind, "card") == 0) return ROLE_ERROR;
    if (strcmp(e->kind, "audit") == 0) return ROLE_DIM;
    return ROLE_NORMAL;
}

static void load(struct evidence *ev)
{
    disc_evidence_free(ev->rows, ev->n);
    ev->rows = NULL;
    ev->n = 0;
    if (disc_evidence(ui_app()->db, ev->official_id, &ev->rows, &ev->n) < 0)
        ui_db_error();
    list_set_rows(&ev->list, ev->n, ev->list.sel < 0 ? 0 : ev->list.sel);
}

struct ev_arg { int official_id; const char *name; };

static int ev_open(struct screen *s, void *arg)
{
    const struct ev_arg *a = arg;
    struct evidence *ev = s->priv;

    ev->official_id = a->official_id;
    strlcpy_utf8(ev->name, a->name ? a->name : "", sizeof ev->name);
    list_init(&ev->list, ev_cols, (int)ARRAY_SIZE(ev_cols), ev_cell, ev);
    ev->list.row_role = ev_role;
    ev->list.empty_text = _("Nothing on record about this official.");
    load(ev);
    return 0;
}

static void ev_close(struct screen *s)
{
    struct evidence *ev = s->priv;
    disc_evidence_free(ev->rows, ev->n);
}

static void ev_draw(struct screen *s, WINDOW *w)
{
    struct evidence *ev = s->priv;
    char line[200];

    snprintf(line, sizeof line, _("Evidence about %s"), ev->name);
    ui_put_role(w, 0, 0, s->cols, line, ALIGN_LEFT, ROLE_TITLE);
    list_draw(&ev->list, w, 1, 0, s->rows - 1, s->cols);
}

static void open_row(const struct disc_evidence *e)
{
    /* ref_id is the row of its own kind: a card's or payment's id opens nothing */
    if (strcmp(e->kind, "case") == 0) {
        open_case_form(e->ref_id);
    } else if (strcmp(e->kind, "task") == 0) {
        open_task_form(e->ref_id);
    } else if (strcmp(e->kind, "flag") == 0) {
        open_disc_record(e->ref_id);
    }
}

static int ev_command(struct screen *s, enum cmd c)
{
    struct evidence *ev = s->priv;

    if (c == CMD_REFRESH) {
        load(ev);
        return 1;
    }
    switch (list_command(&ev->list, c)) {
    case LIST_UNHANDLED: return 0;
    case LIST_OPEN:
        if (ev->list.sel >= 0 && ev->list.sel < ev->n)
            open_row(&ev->rows[ev->list.sel]);
        return 1;
    default: return 1;
    }
}

static void ev_subtitle(struct screen *s, char *buf, size_t bufsz)
{
    snprintf(buf, bufsz, "%d", ((struct evidence *)s->priv)->n);
}

static const enum cmd ev_cmds[] = { CMD_OPEN, CMD_REFRESH, CMD_BACK, CMD_NONE };

static const struct screen_ops evidence_screen = {
    .name = "evidence", .title = N_("Evidence"), .ctx = KCTX_LIST, .cmds = ev_cmds,
    .visible = disc_is_inspector,
    .priv_size = sizeof(struct evidence),
    .open = ev_open, .close = ev_close, .draw = ev_draw, .command = ev_command,
    .subtitle = ev_subtitle,
};

int open_evidence(int official_id, const char *name)
{
    struct ev_arg a = { official_id, name };

    if (!disc_is_inspector(ui_app()))
        return -1;
    return ui_push(&evidence_screen, &a) ? 0 : -1;
}
