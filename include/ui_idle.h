/* ui_idle.h — logging out a session left without a key for idle_timeout
 * (casedesk.conf(5)).  The loop (ui_loop.c) calls ui_idle_touch() for every
 * batch of keys and at the end of every wait for the database (a wait is not
 * the user being idle: the save in progress finishes, and the clock starts
 * again after it), sleeps at most ui_idle_next_ms(), and calls
 * ui_idle_check() after each wake.  At the deadline every open form keeps a
 * draft, curses ends, one sentence says why on the terminal and casedesk
 * exits with UI_IDLE_EXIT. */
#ifndef CASEDESK_UI_IDLE_H
#define CASEDESK_UI_IDLE_H

#define UI_IDLE_EXIT 3

void ui_idle_touch(void);
int ui_idle_next_ms(void);       /* -1: no idle timeout */
void ui_idle_check(void);        /* does not return at the deadline */

#endif
