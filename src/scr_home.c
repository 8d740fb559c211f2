/* scr_home.c — the home screen: who you are, today's date, and the main
 * screens this role can open.  Minimal on purpose: the tasks engineer adds
 * the "due soon / overdue" summary here. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "i18n.h"
#include "ui_int.h"
#include "util.h"

struct home {
    struct list_widget list;
    int idx[UI_MAX_TABS];        /* registry index of each listed screen */
    char num[UI_MAX_TABS][4];
    int n;
};

static const struct list_col home_cols[] = {
    { N_("Key"), 4, 0, ALIGN_CENTER },
    { N_("Screen"), 20, 1, ALIGN_LEFT },
};

static const char *home_cell(void *arg, int r, int c)
{
    struct home *h = arg;
    return c == 0 ? h->num[r] : _(ui_main_screens[h->idx[r]]->title);
}

static void fill(struct home *h)
{
    h->n = 0;
    for (int n = 1; n < 9; n++) {     /* 0 is home itself */
        int i = ui_main_visible_index(ui.app, n);
        if (i < 0) break;
        h->idx[h->n] = i;
        snprintf(h->num[h->n], sizeof h->num[h->n], "%d", n + 1);
        h->n++;
    }
    list_set_rows(&h->list, h->n, h->list.sel);
}

static int home_open(struct screen *s, void *arg)
{
    struct home *h = xcalloc(1, sizeof *h);

    (void)arg;
    list_init(&h->list, home_cols, 2, home_cell, h);
    h->list.empty_text = _("No other screens are available to your role.");
    fill(h);
    s->priv = h;
    return 0;
}

static void home_close(struct screen *s)
{
    free(s->priv);
}

static void home_draw(struct screen *s, WINDOW *w)
{
    struct home *h = s->priv;
    const struct whoami *me = &s->app->me;
    int cols = getmaxx(w), rows = getmaxy(w);
    char line[512], date[64];
    time_t now = time(NULL);
    struct tm tm;

    localtime_r(&now, &tm);
    strftime(date, sizeof date, "%Y-%m-%d", &tm);
    snprintf(line, sizeof line, _("Welcome, %s."), me->name[0] ? me->name : me->login);
    ui_put_role(w, 1, 2, cols - 4, line, ALIGN_LEFT, ROLE_TITLE);
    snprintf(line, sizeof line, _("Unit: %s (%s)    Today: %s"),
             me->unit_name, me->unit_code, date);
    ui_put(w, 2, 2, cols - 4, line, ALIGN_LEFT);
    ui_hline(w, 3, 2, cols - 4);
    list_draw(&h->list, w, 5, 2, rows - 6 < 12 ? rows - 6 : 12, cols / 2 < 40 ? cols - 4 : cols / 2);
    ui_put_role(w, rows - 1, 2, cols - 4,
                _("Press a number or Enter to open a screen, ? for help, Q to quit."),
                ALIGN_LEFT, ROLE_DIM);
}

static int home_command(struct screen *s, enum cmd c)
{
    struct home *h = s->priv;

    switch (list_command(&h->list, c)) {
    case LIST_OPEN:
        ui_switch_main(h->idx[h->list.sel]);
        return 1;
    case LIST_UNHANDLED:
        return 0;
    default:
        return 1;
    }
}

static void home_resize(struct screen *s, int rows, int cols)
{
    (void)rows; (void)cols;
    fill(s->priv);
}

static const enum cmd home_cmds[] = { CMD_OPEN, CMD_DOWN, CMD_JUMP, CMD_QUIT, CMD_NONE };

static int home_can(struct screen *s, enum cmd c)
{
    (void)s;
    return c != CMD_JUMP || ui.hook != NULL;
}

const struct screen_ops home_screen = {
    .name = "home",
    .title = N_("Home"),
    .ctx = KCTX_LIST,
    .cmds = home_cmds,
    .can = home_can,
    .open = home_open,
    .close = home_close,
    .draw = home_draw,
    .command = home_command,
    .resize = home_resize,
};
