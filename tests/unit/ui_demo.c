/* ui_demo.c — the UI core without a database, for the tmux tests
 * (tests/e2e/ui_core.sh) and as an example of a main and of two screens.
 *
 * Environment: DEMO_ROLE (staff|inspector...), DEMO_DRAFT (file the form's
 * save_draft writes), CASEDESK_CONFIG (settings file).  It defines its own
 * main-screen registry, which replaces src/ui_registry.c at link time. */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "i18n.h"
#include "screen.h"
#include "settings.h"
#include "ui.h"
#include "util.h"
#include "widgets.h"

/* ---- a list of 1000 rows, of which the "model" holds a window of 40 ---- */

#define TOTAL 1000
#define WINDOW_ROWS 40

struct demo_list {
    struct list_widget list;
    int first;                  /* table row of window row 0 */
    char cells[WINDOW_ROWS][3][128];
    char search[128];
};

static const struct list_col demo_cols[] = {
    { "No.", 6, 0, ALIGN_RIGHT },
    { "单位", 12, 1, ALIGN_LEFT },
    { "当事人", 10, 2, ALIGN_LEFT },
};

static const char *const units[] = { "新城街道办", "老城街道办", "江北街道办", "关庙镇", "张滩镇" };
static const char *const names[] = { "张三", "李四", "王五", "赵六", "欧阳建国-城乡结合部违法建设当事人及其家属共七人" };

/* "Fetch" rows [first, first + WINDOW_ROWS) as a keyset query would. */
static void load_window(struct demo_list *d, int first)
{
    int n = 0;

    if (first < 0) first = 0;
    if (first > TOTAL - WINDOW_ROWS) first = TOTAL - WINDOW_ROWS;
    d->first = first;
    for (int r = first; r < first + WINDOW_ROWS && r < TOTAL; r++, n++) {
        snprintf(d->cells[n][0], 128, "%d", r + 1);
        snprintf(d->cells[n][1], 128, "%s", units[r % 5]);
        snprintf(d->cells[n][2], 128, "%s", names[r % 5]);
    }
    d->list.more_before = first > 0;
    d->list.more_after = first + n < TOTAL;
}

static const char *demo_cell(void *arg, int r, int c)
{
    struct demo_list *d = arg;
    return d->cells[r][c];
}

static int demo_match(void *arg, int r, int c, const char *text, size_t *off, size_t *len)
{
    struct demo_list *d = arg;
    const char *p;

    (void)r; (void)c;
    if (!d->search[0] || !(p = strstr(text, d->search))) return 0;
    *off = (size_t)(p - text);
    *len = strlen(d->search);
    return 1;
}

static int list_open(struct screen *s, void *arg)
{
    struct demo_list *d = s->priv;

    (void)arg;
    list_init(&d->list, demo_cols, 3, demo_cell, d);
    d->list.match = demo_match;
    load_window(d, 0);
    list_set_rows(&d->list, WINDOW_ROWS, 0);
    return 0;
}

static void list_draw_cb(struct screen *s, WINDOW *w)
{
    struct demo_list *d = s->priv;
    list_draw(&d->list, w, 0, 0, getmaxy(w), getmaxx(w));
}

extern const struct screen_ops demo_form_screen;

/* Slide the window so the wanted table row is inside it. */
static void page_to(struct demo_list *d, int want)
{
    if (want < 0) want = 0;
    if (want >= TOTAL) want = TOTAL - 1;
    load_window(d, want - WINDOW_ROWS / 2);
    list_set_rows(&d->list, WINDOW_ROWS, want - d->first);
}

static int list_command_cb(struct screen *s, enum cmd c)
{
    struct demo_list *d = s->priv;

    if (c == CMD_SEARCH) {
        ui_prompt("搜索 / Search", d->search, d->search, sizeof d->search, NULL);
        return 1;
    }
    if (c == CMD_EDIT || c == CMD_NEW) {
        ui_push(&demo_form_screen, d->cells[d->list.sel][2]);
        return 1;
    }
    if (c == CMD_ACTION) {
        static const char *const acts[] = { "核实", "责令停工", "限期拆除", "结案" };
        int k = ui_menu("办理 / Actions", acts, 4, 0);
        if (k >= 0) ui_info("chose %s", acts[k]);
        return 1;
    }
    switch (list_command(&d->list, c)) {
    case LIST_NEED_NEXT:
    case LIST_NEED_PREV: page_to(d, d->first + d->list.want); return 1;
    case LIST_NEED_FIRST: page_to(d, 0); return 1;
    case LIST_NEED_LAST: page_to(d, TOTAL - 1); return 1;
    case LIST_OPEN: ui_push(&demo_form_screen, d->cells[d->list.sel][2]); return 1;
    case LIST_UNHANDLED: return 0;
    default: return 1;
    }
}

static void list_subtitle(struct screen *s, char *buf, size_t bufsz)
{
    struct demo_list *d = s->priv;
    snprintf(buf, bufsz, "%d / %d", d->first + d->list.sel + 1, TOTAL);
}

static const enum cmd list_cmds[] = { CMD_OPEN, CMD_SEARCH, CMD_ACTION, CMD_EDIT, CMD_NONE };

static const struct screen_ops demo_list_screen = {
    .name = "demo-list", .title = "案件", .ctx = KCTX_LIST, .cmds = list_cmds,
    .priv_size = sizeof(struct demo_list), .open = list_open, .draw = list_draw_cb,
    .command = list_command_cb, .subtitle = list_subtitle,
};

/* ---- a form ---- */

static const char *const kinds[] = { "违法占地", "违法建设", "征收安置" };

static int id_valid(const char *v, char *err, size_t errsz)
{
    size_t n = strlen(v);
    for (size_t i = 0; i < n; i++)
        if (!(v[i] >= '0' && v[i] <= '9') && !(i == 17 && (v[i] == 'X' || v[i] == 'x'))) n = 0;
    if (n == 18) return 0;
    snprintf(err, errsz, "身份证号应为18位 (18 characters)");
    return -1;
}

static int form_open(struct screen *s, void *arg)
{
    struct form *f = s->priv;

    form_init(f);
    form_add_text(f, "姓名", 20, NULL, 1);
    form_add_text(f, "身份证号", 18, id_valid, 0);
    form_add_choice(f, "类型", kinds, 3);
    form_add_readonly(f, "单位", "新城街道办");
    form_add_text(f, "备注", 200, NULL, 0);
    for (int i = 0; i < 20; i++) form_add_text(f, "附加", 50, NULL, 0);
    form_set(f, 0, arg);
    return 0;
}

static void form_close(struct screen *s)
{
    form_free(s->priv);
}

static void form_draw_cb(struct screen *s, WINDOW *w)
{
    form_draw(s->priv, w, 1, 2, getmaxy(w) - 2, getmaxx(w) - 4);
}

static int form_command_cb(struct screen *s, enum cmd c)
{
    struct form *f = s->priv;

    if (c == CMD_BACK && form_changed(f) && !ui_confirm("放弃修改? Discard changes?", 0))
        return 1;
    if (c == CMD_BACK) return 0;
    switch (form_command(f, c)) {
    case FORM_INVALID: ui_error("%s", f->err); return 1;
    case FORM_SUBMIT:
        ui_info("已保存 saved: %s / %s / %s", form_get(f, 0), form_get(f, 1), form_get(f, 2));
        form_clear_changed(f);
        ui_pop(s);
        return 1;
    case FORM_OK: return 1;
    default: return 0;
    }
}

static int form_input_cb(struct screen *s, const char *text, size_t len)
{
    struct form *f = s->priv;
    if (form_input(f, text, len) == FORM_INVALID) ui_error("%s", f->err);
    return 1;
}

static void form_save_draft(struct screen *s)
{
    const char *path = getenv("DEMO_DRAFT");
    FILE *fp;

    if (!path || !(fp = fopen(path, "w"))) return;
    fprintf(fp, "draft %s|%s\n", form_get(s->priv, 0), form_get(s->priv, 4));
    fclose(fp);
}

static const enum cmd form_cmds[] = { CMD_SAVE, CMD_NEXT_FIELD, CMD_PREV_FIELD, CMD_NONE };

const struct screen_ops demo_form_screen = {
    .name = "demo-form", .title = "编辑", .ctx = KCTX_FORM, .cmds = form_cmds,
    .priv_size = sizeof(struct form), .open = form_open, .close = form_close, .draw = form_draw_cb,
    .command = form_command_cb, .input = form_input_cb, .save_draft = form_save_draft,
};

/* ---- a main screen only inspectors see ---- */

static int secret_visible(const struct app *app) { return !strcmp(app->me.role, "inspector"); }
static void secret_draw(struct screen *s, WINDOW *w) { (void)s; ui_put(w, 1, 2, 40, "纪检 secret", ALIGN_LEFT); }

static const struct screen_ops demo_secret_screen = {
    .name = "demo-secret", .title = "纪检", .ctx = KCTX_LIST,
    .visible = secret_visible, .draw = secret_draw,
};

static const struct screen_ops demo_timer_screen;
static int ticks, notifies, reloads, loads;
static char last_notify[128];

static void timer_notify(struct screen *s, const char *table, long id, const char *op)
{
    (void)s;
    notifies++;
    snprintf(last_notify, sizeof last_notify, "%s/%ld/%s", table, id, op);
}

static void timer_load(struct screen *s, int why)
{
    (void)s;
    if (why == UI_LOAD_RECONNECT) reloads++;
    else loads++;
}
static const struct ui_watch every_table[] = { { "*", UI_ANY_ROW }, { NULL, 0 } };
static int timer_open(struct screen *s, void *arg) { (void)arg; ui_timer(s, 300); return 0; }
static void timer_tick(struct screen *s) { ticks++; if (ticks < 5) ui_timer(s, 300); }
static void timer_draw(struct screen *s, WINDOW *w)
{
    char buf[256];
    (void)s;
    snprintf(buf, sizeof buf, "ticks=%d", ticks);
    ui_put(w, 1, 2, 40, buf, ALIGN_LEFT);
    snprintf(buf, sizeof buf, "notify=%d last=%s reload=%d loads=%d", notifies, last_notify, reloads, loads);
    ui_put(w, 2, 2, 70, buf, ALIGN_LEFT);
}
static const struct screen_ops demo_timer_screen = {
    .name = "demo-timer", .title = "计时", .ctx = KCTX_LIST,
    .open = timer_open, .draw = timer_draw, .timer = timer_tick,
    .watch = every_table, .notify = timer_notify, .load = timer_load,
};

const struct screen_ops *const ui_main_screens[] = {
    &home_screen, &demo_list_screen, &demo_secret_screen, &demo_timer_screen,
};
const int ui_main_screen_count = 4;

static int jump_hook(struct app *app, enum cmd c)
{
    char buf[64];
    (void)app;
    if (c != CMD_JUMP) return 0;
    if (ui_prompt("跳转 / Jump", "", buf, sizeof buf, NULL)) ui_info("jump: %s", buf);
    return 1;
}

int main(void)
{
    struct app app;
    char err[512];
    const char *role = getenv("DEMO_ROLE");

    memset(&app, 0, sizeof app);
    app.utf8 = i18n_init(NULL);
    keymap_init();
    settings_defaults(&app.settings);
    if (settings_load(&app.settings, err, sizeof err) < 0) {
        fprintf(stderr, "ui_demo: %s\n", err);
        return 2;
    }
    snprintf(app.me.login, sizeof app.me.login, "demo_staff");
    snprintf(app.me.name, sizeof app.me.name, "张三");
    snprintf(app.me.unit_code, sizeof app.me.unit_code, "xcb");
    snprintf(app.me.unit_name, sizeof app.me.unit_name, "新城街道办");
    snprintf(app.me.role, sizeof app.me.role, "%s", role ? role : "staff");
    app.unread = 3;
    /* DEMO_DB set: connect through the libpq environment (PGHOST...). */
    if (getenv("DEMO_DB") && !(app.db = db_open(NULL, "ui_demo", err, sizeof err))) {
        fprintf(stderr, "ui_demo: %s\n", err);
        return 2;
    }
    ui_set_command_hook(jump_hook);
    return ui_run(&app);
}
