/* scr_conflict.c — someone saved the same row first.  Shows who and when,
 * then per field theirs beside mine (fields that differ are marked), and
 * lets the user save mine over the new version or take theirs.  Esc goes
 * back to the form with everything typed still there.  Generic: the form
 * that opens it supplies labels, both texts and a resolve callback. */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "taskui.h"
#include "ui.h"
#include "util.h"
#include "widgets.h"

struct conflict {
    struct conflict_req r;       /* strings owned (copied) */
    int top;
};

static char *dup_or_empty(const char *s) { return xstrdup(s ? s : ""); }

static int conf_open(struct screen *s, void *arg)
{
    const struct conflict_req *in = arg;
    struct conflict *c = s->priv;

    c->r = *in;
    c->r.what = dup_or_empty(in->what);
    c->r.changed_by = dup_or_empty(in->changed_by);
    c->r.changed_at = dup_or_empty(in->changed_at);
    for (int i = 0; i < in->n && i < 16; i++) {
        c->r.labels[i] = dup_or_empty(in->labels[i]);
        c->r.mine[i] = dup_or_empty(in->mine[i]);
        c->r.theirs[i] = dup_or_empty(in->theirs[i]);
    }
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
    }
}

static void conf_draw(struct screen *s, WINDOW *w)
{
    struct conflict *c = s->priv;
    int rows = getmaxy(w), cols = getmaxx(w), lw = 0, y = 0, half;
    char line[1024];

    snprintf(line, sizeof line, _("Changed meanwhile by %s at %s: %s"),
             c->r.changed_by[0] ? c->r.changed_by : _("someone"),
             c->r.changed_at[0] ? c->r.changed_at : "?", c->r.what);
    ui_put_role(w, y++, 1, cols - 2, line, ALIGN_LEFT, ROLE_WARNING);
    y++;
    for (int i = 0; i < c->r.n; i++)
        if (str_width(c->r.labels[i]) > lw) lw = str_width(c->r.labels[i]);
    if (lw > cols / 4) lw = cols / 4;
    half = (cols - lw - 6) / 2;
    ui_put_role(w, y, lw + 3, half, _("Theirs (saved)"), ALIGN_LEFT, ROLE_TITLE);
    ui_put_role(w, y++, lw + 4 + half, half, _("Mine (not saved)"), ALIGN_LEFT, ROLE_TITLE);
    for (int i = c->top; i < c->r.n && y < rows - 2; i++, y++) {
        int differ = strcmp(c->r.mine[i], c->r.theirs[i]) != 0;
        ui_put_role(w, y, 1, 1, differ ? "*" : " ", ALIGN_LEFT, ROLE_WARNING);
        ui_put_role(w, y, 2, lw, c->r.labels[i], ALIGN_RIGHT, ROLE_NORMAL);
        ui_put_role(w, y, lw + 3, half, c->r.theirs[i], ALIGN_LEFT, differ ? ROLE_DIM : ROLE_NORMAL);
        ui_put_role(w, y, lw + 4 + half, half, c->r.mine[i], ALIGN_LEFT, differ ? ROLE_WARNING : ROLE_NORMAL);
    }
    ui_put_role(w, rows - 1, 1, cols - 2,
                _("M: save mine over theirs   T: take theirs   Esc: back to my edit"),
                ALIGN_LEFT, ROLE_DIM);
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
    case CMD_DOWN: if (cf->top + 1 < cf->r.n) cf->top++; return 1;
    case CMD_UP: if (cf->top > 0) cf->top--; return 1;
    default: return 0;
    }
}

static const enum cmd conf_cmds[] = { CMD_KEEP_MINE, CMD_TAKE_THEIRS, CMD_BACK, CMD_NONE };

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
};

int open_conflict(const struct conflict_req *r)
{
    return ui_push(&conflict_screen, (void *)r) ? 0 : -1;
}
