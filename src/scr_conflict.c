/* scr_conflict.c — someone saved the same row first.  Shows who and when,
 * then field by field what is saved now (theirs), what this person typed
 * (mine) and what both started from (base), wrapped to the width so long
 * values can be told apart at 80 columns, and scrollable.  M saves the
 * fields this person changed over theirs (the others stay theirs), T takes
 * theirs, Esc goes back to the form with everything typed still there.
 * Generic: form_conflict_open (widget_form.c) fills the request from any
 * form; the form supplies the resolve callback. */
#include "config.h"
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "screen.h"
#include "ui.h"
#include "util.h"
#include "widgets.h"

struct conflict {
    struct conflict_req r;       /* strings owned (copied) */
    struct textview tv;
};

static char *dup_or_empty(const char *s) { return xstrdup(s ? s : ""); }

struct sbuf { char *s; size_t len, cap; };

static void sb_printf(struct sbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void sb_printf(struct sbuf *b, const char *fmt, ...)
{
    va_list ap;
    char *piece;
    size_t k;

    va_start(ap, fmt);
    if (vasprintf(&piece, fmt, ap) < 0) piece = NULL;
    va_end(ap);
    if (!piece) return;
    k = strlen(piece);
    if (b->len + k + 1 > b->cap) {
        b->cap = (b->len + k + 1) * 2;
        b->s = xrealloc(b->s, b->cap);
    }
    memcpy(b->s + b->len, piece, k + 1);
    b->len += k;
    free(piece);
}

/* One block per field that differs anywhere; the fields nobody changed are
 * listed on one line at the end. */
static void build_text(struct conflict *c)
{
    const struct conflict_req *r = &c->r;
    struct sbuf b = { 0 };
    int same = 0;

    for (int i = 0; i < r->n; i++) {
        int differ = strcmp(r->mine[i], r->theirs[i]) != 0;
        int theirs_changed = strcmp(r->theirs[i], r->base[i]) != 0;
        const char *empty = _("(empty)");
        if (!differ && !theirs_changed && !r->mine_changed[i]) { same++; continue; }
        sb_printf(&b, "## %s %s\n", differ ? "*" : " ", r->labels[i]);
        sb_printf(&b, "  %s %s\n", _("Theirs (saved):"), r->theirs[i][0] ? r->theirs[i] : empty);
        if (r->mine_changed[i])
            sb_printf(&b, "!!   %s %s\n", _("Mine (typed):"), r->mine[i][0] ? r->mine[i] : empty);
        else
            sb_printf(&b, "  %s %s\n", _("Mine:"), _("not changed by me; theirs is kept"));
        sb_printf(&b, "  %s %s\n", _("Base (when I started):"), r->base[i][0] ? r->base[i] : empty);
    }
    if (same) {
        sb_printf(&b, "%s", _("Unchanged by both:"));
        for (int i = 0, k = 0; i < r->n; i++)
            if (!strcmp(r->mine[i], r->theirs[i]) && !strcmp(r->theirs[i], r->base[i]) && !r->mine_changed[i])
                sb_printf(&b, "%s%s", k++ ? ", " : " ", r->labels[i]);
        sb_printf(&b, "\n");
    }
    textview_set(&c->tv, b.s ? b.s : "");
    free(b.s);
}

static int conf_open(struct screen *s, void *arg)
{
    const struct conflict_req *in = arg;
    struct conflict *c = s->priv;

    c->r = *in;
    if (c->r.n > CONFLICT_MAX_FIELDS) c->r.n = CONFLICT_MAX_FIELDS;
    c->r.what = dup_or_empty(in->what);
    c->r.changed_by = dup_or_empty(in->changed_by);
    c->r.changed_at = dup_or_empty(in->changed_at);
    for (int i = 0; i < c->r.n; i++) {
        c->r.labels[i] = dup_or_empty(in->labels[i]);
        c->r.mine[i] = dup_or_empty(in->mine[i]);
        c->r.theirs[i] = dup_or_empty(in->theirs[i]);
        c->r.base[i] = dup_or_empty(in->base[i]);
    }
    build_text(c);
    return 0;
}

static void conf_close(struct screen *s)
{
    struct conflict *c = s->priv;

    free((char *)c->r.what);
    free((char *)c->r.changed_by);
    free((char *)c->r.changed_at);
    for (int i = 0; i < c->r.n; i++) {
        free((char *)c->r.labels[i]);
        free((char *)c->r.mine[i]);
        free((char *)c->r.theirs[i]);
        free((char *)c->r.base[i]);
    }
    textview_free(&c->tv);
}

static void conf_draw(struct screen *s, WINDOW *w)
{
    struct conflict *c = s->priv;
    int rows = getmaxy(w), cols = getmaxx(w);
    char line[1024];

    snprintf(line, sizeof line, _("Changed meanwhile by %s at %s: %s"),
             c->r.changed_by[0] ? c->r.changed_by : _("someone"),
             c->r.changed_at[0] ? c->r.changed_at : "?", c->r.what);
    ui_put_role(w, 0, 1, cols - 2, line, ALIGN_LEFT, ROLE_WARNING);
    if (rows > 3) textview_draw(&c->tv, w, 1, rows - 2, cols);
    snprintf(line, sizeof line, _("%s: save my changed fields over theirs   %s: take theirs   %s: back to my edit"),
             keymap_first_key(KCTX_LIST, CMD_KEEP_MINE), keymap_first_key(KCTX_LIST, CMD_TAKE_THEIRS),
             keymap_first_key(KCTX_LIST, CMD_BACK));
    ui_put_role(w, rows - 1, 1, cols - 2, line, ALIGN_LEFT, ROLE_DIM);
}

static int conf_command(struct screen *s, enum cmd c)
{
    struct conflict *cf = s->priv;
    void (*resolve)(void *, int) = cf->r.resolve;
    void *arg = cf->r.arg;

    switch (c) {
    case CMD_KEEP_MINE: case CMD_TAKE_THEIRS:
        /* Close first: resolving may open a new conflict screen. */
        ui_pop(s);
        if (resolve) resolve(arg, c == CMD_KEEP_MINE);
        return 1;
    default:
        return textview_command(&cf->tv, c);
    }
}

static void conf_subtitle(struct screen *s, char *buf, size_t bufsz)
{
    textview_position(&((struct conflict *)s->priv)->tv, buf, bufsz);
}

static const enum cmd conf_cmds[] = { CMD_KEEP_MINE, CMD_TAKE_THEIRS, CMD_PAGE_DOWN, CMD_BACK, CMD_NONE };

const struct screen_ops conflict_screen = {
    .name = "conflict",
    .title = N_("Edit conflict"),
    .ctx = KCTX_LIST,
    .cmds = conf_cmds,
    .priv_size = sizeof(struct conflict),
    .open = conf_open,
    .close = conf_close,
    .draw = conf_draw,
    .command = conf_command,
    .subtitle = conf_subtitle,
};

int open_conflict(const struct conflict_req *r)
{
    return ui_push(&conflict_screen, (void *)r) ? 0 : -1;
}
