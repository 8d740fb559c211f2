/* ui_hooks.h — program-wide commands that belong to no single screen (the
 * jump prompt, the flag form reachable from anywhere, main screens 10 and
 * 11), installed by main as the UI core's command hook (src/app_hooks.c).
 * Work done once at start (escalation, drafts to offer, the unread count)
 * is the home screen's (scr_home.c). */
#ifndef CASEDESK_UI_HOOKS_H
#define CASEDESK_UI_HOOKS_H

struct app;

void ui_install_hooks(struct app *app);

#endif
