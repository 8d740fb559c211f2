/* app_hooks.c — global commands: a table from command to handler, consulted
 * by the UI core when the current screen did not take a command. */
#include "config.h"
#include <stdio.h>
#include "caseui.h"
#include "discui.h"
#include "i18n.h"
#include "screen.h"
#include "keymap.h"
#include "model_ref.h"
#include "reldate.h"
#include "ui.h"
#include "ui_hooks.h"
#include "util.h"

struct global_command {
    enum cmd cmd;
    int (*run)(struct app *app);
};

/* Main screens 10, 11 and 12 (keys 0, F12, F11): the core's own switch covers 1-9. */
static int main_screen_n(struct app *app, int n)
{
    (void)app;
    ui_main_switch_key(n);
    return 1;
}
static int main_screen10(struct app *app) { return main_screen_n(app, 9); }
static int main_screen11(struct app *app) { return main_screen_n(app, 10); }
static int main_screen12(struct app *app) { return main_screen_n(app, 11); }

static const struct global_command global_commands[] = {
    { CMD_FLAG, disc_flag_command },        /* scr_flag.c: flag, or my receipts */
    { CMD_JUMP, jump_prompt },              /* jump.c: go to a case or task */
    { CMD_SCREEN10, main_screen10 },
    { CMD_SCREEN11, main_screen11 },
    { CMD_SCREEN12, main_screen12 },
    { CMD_NONE, NULL },
};

static int dispatch(struct app *app, enum cmd c)
{
    for (size_t i = 0; i < ARRAY_SIZE(global_commands); i++)
        if (global_commands[i].run && global_commands[i].cmd == c)
            return global_commands[i].run(app);
    return 0;
}

/* "+15wd" in a date field: the database's working-day calendar. */
static int workdays(int n, char *out, size_t outsz, char *err, size_t errlen)
{
    struct app *app = ui_app();

    if (!app || !app->db) {
        snprintf(err, errlen, "%s", _("Working days need the database's calendar; type the date as YYYY-MM-DD."));
        return -1;
    }
    return ref_workdays_after(app->db, n, out, outsz, err, errlen);
}

void ui_install_hooks(struct app *app)
{
    (void)app;
    ui_set_command_hook(dispatch);
    reldate_set_workdays(workdays);
}
