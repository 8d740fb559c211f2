/* scr_help.c — the help screen, generated from the key tables: the keys of
 * the screen it was opened from (only commands available there, for this
 * role), the main screens this role can see, and the keys that work
 * everywhere.  Nothing here is written by hand per screen. */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "settings.h"
#include "ui_int.h"
#include "util.h"

struct help_line { char keys[64]; char text[192]; char name[32]; int heading; };

struct help {
    struct help_line *lines;
    int n, cap, top;
};

static struct help_line *add_line(struct help *h, const char *keys, const char *text, int heading)
{
    if (h->n == h->cap) {
        h->cap = h->cap ? h->cap * 2 : 64;
        h->lines = xrealloc(h->lines, (size_t)h->cap * sizeof *h->lines);
    }
    snprintf(h->lines[h->n].keys, sizeof h->lines[h->n].keys, "%s", keys);
    snprintf(h->lines[h->n].text, sizeof h->lines[h->n].text, "%s", text);
    h->lines[h->n].name[0] = '\0';
    h->lines[h->n].heading = heading;
    return &h->lines[h->n++];
}

/* The config-file name of the command is shown too, for `bind` lines. */
static void emit(enum cmd c, const char *keys, const char *desc, void *arg)
{
    struct help_line *l = add_line(arg, keys, desc, 0);
    snprintf(l->name, sizeof l->name, "%s", cmd_name(c));
}

static int can_cmd(enum cmd c, void *arg)
{
    struct screen *s = arg;
    return !s->ops->can || s->ops->can(s, c);
}

static void screen_section(struct help *h, struct screen *from)
{
    static const enum cmd editing[] = {
        CMD_CHAR_LEFT, CMD_CHAR_RIGHT, CMD_WORD_LEFT, CMD_WORD_RIGHT, CMD_LINE_START,
        CMD_LINE_END, CMD_DEL_BACK, CMD_DEL_CHAR, CMD_KILL_START, CMD_KILL_END,
        CMD_KILL_WORD, CMD_NONE
    };
    char title[192];

    snprintf(title, sizeof title, _("On this screen: %s"), _(from->ops->title));
    add_line(h, "", title, 1);
    keymap_help(from->ops->ctx, from->ops->cmds, can_cmd, from, emit, h);
    if (kctx_is_text(from->ops->ctx)) {
        add_line(h, "", "", 0);
        add_line(h, "", _("Editing a field"), 1);
        keymap_help(from->ops->ctx, editing, NULL, NULL, emit, h);
    }
}

static void global_section(struct help *h, enum key_context ctx)
{
    static const enum cmd everywhere[] = {
        CMD_HELP, CMD_BACK, CMD_QUIT, CMD_REDRAW, CMD_NONE
    };
    static const enum cmd jump[] = { CMD_JUMP, CMD_FLAG, CMD_NONE };
    char keys[64];

    add_line(h, "", "", 0);
    add_line(h, "", _("Main screens"), 1);
    for (int n = 0; n < ui_main_screen_count && n < 12; n++) {
        enum cmd c = n < 9 ? (enum cmd)(CMD_SCREEN1 + n) : n == 9 ? CMD_SCREEN10
                   : n == 10 ? CMD_SCREEN11 : CMD_SCREEN12;
        if (ui_main_visible_index(ui.app, n) < 0) continue;
        keymap_keys_for(ctx, c, keys, sizeof keys, 2);
        if (keys[0])
            snprintf(add_line(h, keys, _(ui_main_screens[n]->title), 0)->name, 32, "%s", cmd_name(c));
    }
    add_line(h, "", "", 0);
    add_line(h, "", _("Everywhere"), 1);
    keymap_help(ctx, everywhere, NULL, NULL, emit, h);
    if (ui.hook) keymap_help(ctx, jump, NULL, NULL, emit, h);
}

/* The navigation model, in four sentences built from the key tables (so
 * they name the keys this person has bound). */
static void model_section(struct help *h)
{
    char line[192], k1[32], k2[32];

    add_line(h, "", _("How to move around"), 1);
    keymap_keys_for(KCTX_LIST, CMD_BACK, k1, sizeof k1, 2);
    snprintf(line, sizeof line, _("%s goes back one level (a form asks first if you changed it); it never quits."), k1);
    add_line(h, "", line, 2);
    keymap_keys_for(KCTX_LIST, CMD_QUIT, k2, sizeof k2, 2);
    snprintf(line, sizeof line, _("%s quits, after asking; the answer No is the default."), k2);
    add_line(h, "", line, 2);
    snprintf(line, sizeof line, _("In a form every letter, digit and sign is text; commands there are Ctrl and F keys (%s saves)."),
             keymap_first_key(KCTX_FORM, CMD_SAVE));
    add_line(h, "", line, 2);
    add_line(h, "", _("Main screens keep their number for every role; a screen your role does not have is dim."), 2);
    add_line(h, "", "", 0);
}

static int help_open(struct screen *s, void *arg)
{
    struct screen *from = arg;
    struct help *h = s->priv;

    {
        char path[512], line[192];
        settings_user_path(path, sizeof path);
        snprintf(line, sizeof line, _("Keys can be changed in %s: bind %s KEY COMMAND"),
                 path[0] ? path : "~/.config/casedesk/config",
                 kctx_name(from ? from->ops->ctx : KCTX_GLOBAL));
        add_line(h, "", line, 2);           /* a note across the width */
        add_line(h, "", "", 0);
    }
    if (from) screen_section(h, from);
    global_section(h, from ? from->ops->ctx : KCTX_GLOBAL);
    add_line(h, "", "", 0);
    model_section(h);
    return 0;
}

static void help_close(struct screen *s)
{
    struct help *h = s->priv;
    free(h->lines);
}

static void help_draw(struct screen *s, WINDOW *w)
{
    struct help *h = s->priv;
    int rows = getmaxy(w), cols = getmaxx(w), kw = 18, nw = 16;

    if (h->top > h->n - rows) h->top = h->n - rows;
    if (h->top < 0) h->top = 0;
    for (int i = 0; i < rows && h->top + i < h->n; i++) {
        const struct help_line *l = &h->lines[h->top + i];
        if (l->heading) {
            ui_put_role(w, i, 1, cols - 2, l->text, ALIGN_LEFT, l->heading == 2 ? ROLE_DIM : ROLE_TITLE);
            continue;
        }
        ui_put_role(w, i, 3, kw, l->keys, ALIGN_LEFT, ROLE_WARNING);
        ui_put_role(w, i, 3 + kw + 1, cols - kw - nw - 6, l->text, ALIGN_LEFT, ROLE_NORMAL);
        ui_put_role(w, i, cols - nw - 1, nw, l->name, ALIGN_LEFT, ROLE_DIM);
    }
}

static int help_command(struct screen *s, enum cmd c)
{
    struct help *h = s->priv;
    int page = s->rows > 2 ? s->rows - 1 : 1;

    switch (c) {
    case CMD_UP: h->top--; break;
    case CMD_DOWN: h->top++; break;
    case CMD_PAGE_UP: h->top -= page; break;
    case CMD_PAGE_DOWN: h->top += page; break;
    case CMD_TOP: h->top = 0; break;
    case CMD_BOTTOM: h->top = h->n; break;
    case CMD_HELP: break;                 /* already here */
    default: return 0;
    }
    if (h->top > h->n - s->rows) h->top = h->n - s->rows;
    if (h->top < 0) h->top = 0;
    return 1;
}

static void help_subtitle(struct screen *s, char *buf, size_t bufsz)
{
    struct help *h = s->priv;
    snprintf(buf, bufsz, "%d/%d", h->n ? h->top + 1 : 0, h->n);
}

static const enum cmd help_cmds[] = { CMD_DOWN, CMD_UP, CMD_PAGE_DOWN, CMD_NONE };

const struct screen_ops help_screen = {
    .name = "help",
    .title = N_("Help"),
    .ctx = KCTX_LIST,
    .cmds = help_cmds,
    .priv_size = sizeof(struct help),
    .open = help_open,
    .close = help_close,
    .draw = help_draw,
    .command = help_command,
    .subtitle = help_subtitle,
};
