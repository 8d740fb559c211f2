/* settings.h — casedesk.conf(5): /etc/casedesk.conf, then the user's
 * ~/.config/casedesk/config (or $XDG_CONFIG_HOME/casedesk/config).
 *
 *   # comment
 *   theme = default | mono
 *   lang  = zh | en
 *   log   = /path/to/file
 *   clock = on | off
 *   ascii = on | off          (plain '#' bars and '~' ellipsis)
 *   report_conninfo = CONNINFO (reports from a standby; db_report.h)
 *   bind <context> <key> <command>
 *
 * Any unknown key or bad value is an error "FILE:LINE: sentence" and main
 * exits non-zero: a typo must never be silently ignored. */
#ifndef CASEDESK_SETTINGS_H
#define CASEDESK_SETTINGS_H

#include <stddef.h>

enum theme_kind { THEME_DEFAULT, THEME_MONO };

struct settings {
    enum theme_kind theme;
    char lang[8];          /* "" = from the environment */
    char log[512];         /* "" = no log */
    int clock;             /* show HH:MM in the header */
    int ascii;             /* ASCII bars/ellipsis */
    char report_conninfo[1024]; /* "" = reports read from the primary (db_report.h) */
};

/* Defaults: theme default, clock on, ascii off, no log, lang from env. */
void settings_defaults(struct settings *s);

/* Parse one file.  A missing file is not an error (returns 0); an
 * unreadable one is.  Returns 0, or -1 with "path:line: sentence" in err.
 * `bind` lines go to the keymap, so keymap_init() must have run. */
int settings_load_file(struct settings *s, const char *path, char *err, size_t errsz);

/* Parse text as if it were a file named `name` (used by tests). */
int settings_load_string(struct settings *s, const char *name, const char *text,
                         char *err, size_t errsz);

/* The system file then the user file.  $CASEDESK_CONFIG, when set, replaces
 * both (one file; used by tests and for trying a configuration). */
int settings_load(struct settings *s, char *err, size_t errsz);

/* The user file's path (into buf); "" if HOME is unknown. */
const char *settings_user_path(char *buf, size_t bufsz);

#endif
