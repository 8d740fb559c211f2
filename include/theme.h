/* theme.h — colour roles.  Screens never pick colours: they ask for a role.
 * Two schemes: colour, and monochrome (bold/reverse/underline only), chosen
 * by config `theme = mono`, by NO_COLOR, or when the terminal has no colour. */
#ifndef CASEDESK_THEME_H
#define CASEDESK_THEME_H

#include <curses.h>

#include "settings.h"

enum role {
    ROLE_NORMAL, ROLE_HEADER, ROLE_STATUS, ROLE_SELECTED, ROLE_MATCH,
    ROLE_ERROR, ROLE_WARNING, ROLE_OK, ROLE_DIM, ROLE_TITLE, ROLE_BAR,
    ROLE__COUNT
};

/* After initscr: set up colour pairs for the chosen scheme. */
void theme_init(enum theme_kind kind);
/* The role's attributes combined with another role's (e.g. selected+match). */
void theme_set(WINDOW *w, enum role r);

/* Bars: in UTF-8 mode block characters, otherwise '#'.  theme_bar renders
 * `frac` (0..1) of `cols` columns into buf, using eighth blocks for the
 * fractional part, padded with spaces to exactly `cols` columns. */
void theme_set_ascii(int ascii);
int theme_ascii(void);
char *theme_bar(char *buf, size_t bufsz, int cols, double frac);

#endif
