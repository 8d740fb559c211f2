/* ui_hooks.h — program-wide commands that belong to no single screen (the
 * jump prompt, the flag form reachable from anywhere) and work done once at
 * start (drafts to offer, the unread count).  Installed by main. */
#ifndef CASEDESK_UI_HOOKS_H
#define CASEDESK_UI_HOOKS_H

struct app;

void ui_install_hooks(struct app *app);

#endif
