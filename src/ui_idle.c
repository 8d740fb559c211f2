/* ui_idle.c — the idle logout (ui_idle.h). */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>

#include "i18n.h"
#include "ui_idle.h"
#include "ui_int.h"
#include "util.h"

static long long last_key_ms;        /* 0: not started */
static int idle_s;                   /* the timeout that fired */

static int timeout_s(void)
{
    return ui.app ? ui.app->settings.idle_timeout : 0;
}

void ui_idle_touch(void)
{
    last_key_ms = ui_now_ms();
}

int ui_idle_next_ms(void)
{
    long long left;

    if (timeout_s() <= 0) return -1;
    if (!last_key_ms) ui_idle_touch();
    left = last_key_ms + timeout_s() * 1000LL - ui_now_ms();
    return left < 0 ? 0 : left > 3600000 ? 3600000 : (int)left;
}

/* Run by exit(), after ui_save_drafts_and_exit has ended curses. */
static void say_why(void)
{
    int n = idle_s;

    if (n % 60 == 0)
        printf(ngettext("Logged out after %d minute without a key.",
                        "Logged out after %d minutes without a key.", (unsigned long)(n / 60)), n / 60);
    else
        printf(ngettext("Logged out after %d second without a key.",
                        "Logged out after %d seconds without a key.", (unsigned long)n), n);
    putchar('\n');
    fflush(stdout);
}

void ui_idle_check(void)
{
    if (ui_idle_next_ms() != 0) return;
    idle_s = timeout_s();
    log_msg("idle for %d s: logging out", idle_s);
    atexit(say_why);
    ui_save_drafts_and_exit(UI_IDLE_EXIT);
}
