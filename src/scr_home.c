/* scr_home.c — the home screen: who you are, "my work" for today, and the
 * main screens this role can open.
 *
 * Staff see their unit's tasks to sign for, due soon, overdue, returned,
 * with a report due, their unit's open cases and the unread inbox;
 * supervisors see what awaits verification, extension requests and the
 * overdue tasks per unit.  Enter on a line opens what it counts.  The home
 * screen is always open (tab 0), so it also does the start-up work (the
 * unread count, offering drafts, then lazy escalation: after the first
 * screen with content, not before it) and keeps the header's unread count
 * current when the inbox tables change, even while it is hidden (then
 * with the one count, not the whole screen: see home_notify). */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "caseui.h"
#include "district.h"
#include "homequeues.h"
#include "i18n.h"
#include "model_task.h"
#include "screens.h"
#include "targetui.h"
#include "taskui.h"
#include "ui_int.h"
#include "util.h"

enum row_kind { R_BOARD, R_UNIT, R_EXT, R_CASES, R_INBOX, R_SCREEN, R_GAP, R_QUEUE };

struct home_row {
    enum row_kind kind;
    int arg;                     /* board preset, screen index */
    long long task_id;           /* R_EXT */
    char code[20];               /* R_UNIT */
    char text[320];
    char count[16];
    int hot;                     /* a non-zero count that needs attention */
};

struct home {
    struct list_widget list;
    struct home_row *rows;
    int n, cap;
    int started;                 /* 1: content shown; 2: escalation run too */
    int unread_due;              /* an inbox row changed while hidden */
};

static const struct list_col home_cols[] = {
    { N_("My work"), 24, 1, ALIGN_LEFT },
    { N_("Count"), 6, 0, ALIGN_RIGHT },
};

static const char *home_cell(void *arg, int r, int c)
{
    struct home *h = arg;
    return c == 0 ? h->rows[r].text : h->rows[r].count;
}

static enum role home_row_role(void *arg, int r)
{
    const struct home_row *row = &((struct home *)arg)->rows[r];

    if (row->kind == R_GAP) return ROLE_DIM;
    return row->hot ? ROLE_WARNING : ROLE_NORMAL;
}

static struct home_row *add(struct home *h, enum row_kind k, int arg, const char *text, int count, int hot)
{
    struct home_row *row;

    if (h->n == h->cap) {
        h->cap = h->cap ? h->cap * 2 : 32;
        h->rows = xrealloc(h->rows, (size_t)h->cap * sizeof *h->rows);
    }
    row = &h->rows[h->n++];
    memset(row, 0, sizeof *row);
    row->kind = k;
    row->arg = arg;
    strlcpy_utf8(row->text, text, sizeof row->text);
    if (count >= 0) snprintf(row->count, sizeof row->count, "%d", count);
    row->hot = hot && count > 0;
    return row;
}

/* A database without the task tables (the demo, an old schema) is not
 * worth an error on every start: log it; show anything else. */
static void home_error(void)
{
    const char *st = db_sqlstate(ui.app->db);

    if (strcmp(st, "42P01") == 0 || strcmp(st, "42883") == 0 || strcmp(st, "3F000") == 0)
        log_msg("my work: %s", db_errmsg(ui.app->db));
    else
        ui_db_error();
}

static void fill_staff(struct home *h)
{
    struct task_home_staff s;

    if (task_home_staff(ui.app->db, &s) < 0) { home_error(); return; }
    add(h, R_BOARD, BOARD_TO_SIGN, _("Tasks to sign for"), s.to_sign, 1);
    add(h, R_BOARD, BOARD_DUE_SOON, _("Tasks due soon"), s.due_soon, 1);
    add(h, R_BOARD, BOARD_OVERDUE, _("Overdue tasks"), s.overdue, 1);
    add(h, R_BOARD, BOARD_RETURNED, _("Tasks returned to my unit"), s.returned, 1);
    add(h, R_BOARD, BOARD_MY_UNIT, _("Progress reports due"), s.report_due, 1);
    if (s.open_cases >= 0) add(h, R_CASES, 0, _("My unit's open cases"), s.open_cases, 0);
    add(h, R_INBOX, 0, _("Unread in the inbox"), s.unread, 1);
    ui_set_unread(s.unread);
}

static void fill_supervisor(struct home *h)
{
    struct task_home_supervisor s;
    struct task_ext_row *ext = NULL;
    int next = 0;
    char line[400];

    if (task_home_supervisor(ui.app->db, &s) < 0) { home_error(); return; }
    add(h, R_BOARD, BOARD_AWAITING, _("Reported done, awaiting verification"), s.awaiting, 1);
    add(h, R_BOARD, BOARD_ALL, _("Extension requests"), s.pending_extensions, 1);
    add(h, R_BOARD, BOARD_OVERDUE, _("Overdue tasks"), s.overdue, 1);
    add(h, R_INBOX, 0, _("Unread in the inbox"), s.unread, 1);
    ui_set_unread(s.unread);
    if (task_pending_extensions(ui.app->db, 10, &ext, &next) == 0) {
        for (int i = 0; i < next && i < 10; i++) {
            snprintf(line, sizeof line, _("  Extension: %s %s → %s"), ext[i].task_number,
                     ext[i].task_title, ext[i].requested_deadline);
            add(h, R_EXT, 0, line, -1, 0)->task_id = ext[i].task_id;
        }
        task_ext_rows_free(ext, next);
    }
    if (s.n_units) add(h, R_GAP, 0, _("By lead unit: open / overdue / yellow / red cards"), -1, 0);
    for (int i = 0; i < s.n_units && i < 20; i++) {
        const struct task_unit_overdue *u = &s.units[i];
        struct home_row *row;
        snprintf(line, sizeof line, "  %s  %d / %d / %d / %d", u->unit_name, u->open, u->overdue, u->yellow, u->red);
        row = add(h, R_UNIT, 0, line, u->overdue, 1);
        strlcpy_utf8(row->code, u->unit_code, sizeof row->code);
    }
    task_home_supervisor_free(&s);
}

/* Every main screen this role has, by its key, as a block of lines above
 * the footer (never scrolled away below the work rows).  Returns the lines
 * used; draws nothing when w is NULL. */
static int draw_screens(WINDOW *w, int y, int x, int cols)
{
    char line[512] = "", item[160];
    int lines = 0, used = 0;

    static const char *const keys[] = { "1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "F12", "F11" };

    for (int i = 1; i < ui_main_screen_count && i < (int)ARRAY_SIZE(keys); i++) {
        if (ui_main_visible_index(ui.app, i) < 0) continue;
        snprintf(item, sizeof item, "%s %s", keys[i], _(ui_main_screens[i]->title));
        if (used && used + 3 + str_width(item) > cols) {
            if (w) ui_put(w, y + lines, x, cols, line, ALIGN_LEFT);
            lines++;
            line[0] = '\0';
            used = 0;
        }
        if (used) { strlcpy_utf8(line + strlen(line), "   ", sizeof line - strlen(line)); used += 3; }
        strlcpy_utf8(line + strlen(line), item, sizeof line - strlen(line));
        used += str_width(item);
    }
    if (used) {
        if (w) ui_put(w, y + lines, x, cols, line, ALIGN_LEFT);
        lines++;
    }
    return lines;
}

/* Inspectors and admins: their work queues (scr_home_queues.c). */
static void add_queue(void *arg, const char *text, int count, int queue)
{
    add(arg, R_QUEUE, queue, text, count, 1);
}

static void fill_screens(struct home *h)
{
    (void)h;    /* the screens are drawn below the list (draw_screens) */
}

static void fill(struct home *h)
{
    int sel = h->list.sel;

    h->n = 0;
    if (ui.app->db && ui.app->connected) {
        if (ui_role_is("staff")) fill_staff(h);
        else if (ui_role_is("supervisor")) fill_supervisor(h);
        else if (home_queues_fill(h, add_queue) < 0) home_error();
    }
    fill_screens(h);
    list_set_rows(&h->list, h->n, sel < 0 ? 0 : sel >= h->n ? h->n - 1 : sel);
}

/* Once, from the first timer turn (the UI is up, so questions can be
 * asked): the counts, then the drafts a lost session left.  Escalation
 * waits for the next turn, so the screen with content is drawn first. */
static void start_up(struct screen *s, struct home *h)
{
    h->started = 1;
    if (!ui.app->db || !ui.app->connected) return;
    fill(h);                     /* staff and supervisors: the unread count too */
    if (!ui_role_is("staff") && !ui_role_is("supervisor")) inbox_refresh_unread();
    ui_timer(s, 1);
    task_drafts_offer();
    case_drafts_offer();
    payment_drafts_offer();
    flag_drafts_offer();
    target_drafts_offer();
}

/* What each role's home shows is read from these tables only: a change
 * elsewhere (a task's note, a link, a case for a supervisor, whose home
 * counts no cases) cannot change it, so it costs the screen nothing.  The
 * list is the role's (home_open), none before: a supervisor's home does
 * not make the session listen to the unit channels (db_listen.c). */
static const struct ui_watch staff_watch[] = {
    { "task", UI_ANY_ROW }, { "task_report", UI_ANY_ROW }, { "task_setting", UI_ANY_ROW },
    { "calendar_day", UI_ANY_ROW }, { "inbox*", UI_ANY_ROW }, { "case_file", UI_ANY_ROW },
    { NULL, 0 },
};
static const struct ui_watch supervisor_watch[] = {
    { "task", UI_ANY_ROW }, { "task_extension", UI_ANY_ROW }, { "task_card", UI_ANY_ROW },
    { "unit", UI_ANY_ROW }, { "inbox*", UI_ANY_ROW }, { NULL, 0 },
};
static const struct ui_watch other_watch[] = { { "inbox*", UI_ANY_ROW }, { NULL, 0 } };

static int home_open(struct screen *s, void *arg)
{
    struct home *h = s->priv;

    (void)arg;
    list_init(&h->list, home_cols, 2, home_cell, h);
    h->list.row_role = home_row_role;
    h->list.empty_text = _("Nothing waiting for you.");
    fill_screens(h);
    list_set_rows(&h->list, h->n, 0);
    s->watch = ui_role_is("staff") ? staff_watch
             : ui_role_is("supervisor") ? supervisor_watch
             : home_queues_watch() ? home_queues_watch() : other_watch;
    ui_timer(s, 1);
    return 0;
}

static void home_close(struct screen *s)
{
    struct home *h = s->priv;

    free(h->rows);
}

static void home_draw(struct screen *s, WINDOW *w)
{
    struct home *h = s->priv;
    const struct whoami *me = &s->app->me;
    int cols = getmaxx(w), rows = getmaxy(w), lw, ns;
    char line[512], date[64];

    district_today(date, sizeof date);
    snprintf(line, sizeof line, _("Welcome, %s."), me->name[0] ? me->name : me->login);
    ui_put_role(w, 1, 2, cols - 4, line, ALIGN_LEFT, ROLE_TITLE);
    snprintf(line, sizeof line, _("Unit: %s    Today: %s"), me->unit_name, date);
    ui_put(w, 2, 2, cols - 4, line, ALIGN_LEFT);
    ui_hline(w, 3, 2, cols - 4);
    lw = cols - 4 < 90 ? cols - 4 : 90;
    ns = draw_screens(NULL, 0, 0, cols - 4);
    list_draw(&h->list, w, 4, 2, rows - 6 - ns, lw);
    ui_put_role(w, rows - 2 - ns, 2, cols - 4, _("Screens"), ALIGN_LEFT, ROLE_TITLE);
    theme_set(w, ROLE_NORMAL);
    draw_screens(w, rows - 1 - ns, 2, cols - 4);
    snprintf(line, sizeof line, _("Press a number or Enter to open, %s for help, %s to quit."),
             keymap_first_key(KCTX_LIST, CMD_HELP), keymap_first_key(KCTX_LIST, CMD_QUIT));
    ui_put_role(w, rows - 1, 2, cols - 4, line, ALIGN_LEFT, ROLE_DIM);
}

static void open_row(struct home *h)
{
    const struct home_row *row;
    if (h->list.sel < 0 || h->list.sel >= h->n) return;
    row = &h->rows[h->list.sel];
    switch (row->kind) {
    case R_BOARD: tasks_board_show((enum board_preset)row->arg, NULL); break;
    case R_UNIT: tasks_board_show(BOARD_UNIT, row->code); break;
    case R_EXT: open_task_form(row->task_id); break;
    case R_INBOX: open_inbox(); break;
    case R_SCREEN: ui_switch_main(row->arg); break;
    case R_QUEUE: home_queue_open(row->arg); break;
    case R_CASES:
        if (ui_switch_to(&cases_screen) < 0)
            ui_info("%s", _("The case screens are not available."));
        break;
    default: break;
    }
}

static int home_command(struct screen *s, enum cmd c)
{
    struct home *h = s->priv;

    if (c == CMD_REFRESH) { fill(h); return 1; }
    switch (list_command(&h->list, c)) {
    case LIST_OPEN: open_row(h); return 1;
    case LIST_UNHANDLED: return 0;
    default: return 1;
    }
}

static void home_resize(struct screen *s, int rows, int cols)
{
    (void)rows; (void)cols;
    ui_dirty(s);
}

/* Once a day at most: the first session of the day pays for it.  The
 * cards it issues arrive as task_card notifications (home watches task*). */
static void escalate(struct home *h)
{
    h->started = 2;
    if (!ui.app->db || !ui.app->connected) return;
    if (task_escalate_daily(ui.app->db, NULL) < 0)
        log_msg("escalation not run: %s", db_errmsg(ui.app->db));
}

static void home_timer(struct screen *s)
{
    struct home *h = s->priv;

    if (!h->started) { start_up(s, h); return; }
    if (h->started == 1) escalate(h);
    /* Discipline records send no NOTIFY: the inspector's queues are re-read
     * every 30 s while shown (hidden, when shown again after a change). */
    if (ui_role_is("inspector")) {
        if (s == ui_stack_top()) { fill(h); ui_dirty(s); }
        ui_timer(s, 30000);
    }
    /* Hidden, the screen waits to be shown; the header shows the count now. */
    if (h->unread_due && s != ui_stack_top()) inbox_refresh_unread();
    h->unread_due = 0;
}

/* The header's unread count is on every screen: an inbox change (or a
 * reconnect, which lost notifications) refreshes it at the next turn. */
static void home_notify(struct screen *s, const char *table, long id, const char *op)
{
    struct home *h = s->priv;

    (void)id;
    if (strncmp(table, "inbox", 5) == 0 || strcmp(op, "reconnect") == 0) {
        h->unread_due = 1;
        ui_timer(s, 1);
    }
}

/* After a reconnect the unread count may be off as well. */
static void home_load(struct screen *s, int why)
{
    if (why == UI_LOAD_RECONNECT) inbox_refresh_unread();
    fill(s->priv);
}


static const enum cmd home_cmds[] = { CMD_OPEN, CMD_DOWN, CMD_REFRESH, CMD_JUMP, CMD_QUIT, CMD_NONE };

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
    .priv_size = sizeof(struct home),
    .load = home_load,
    .open = home_open,
    .close = home_close,
    .draw = home_draw,
    .command = home_command,
    .resize = home_resize,
    .timer = home_timer,
    .notify = home_notify,
};
