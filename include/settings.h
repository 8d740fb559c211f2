/* settings.h — casedesk.conf(5): /etc/casedesk.conf, then the user's
 * ~/.config/casedesk/config (or $XDG_CONFIG_HOME/casedesk/config, or the
 * file named by $CASEDESK_CONFIG or --config).
 *
 *   # comment
 *   theme = default | mono
 *   lang  = zh | en
 *   log   = /path/to/file
 *   clock = on | off
 *   ascii = on | off          (plain '#' bars and '~' ellipsis)
 *   idle_timeout = 15 | 15m | 90s | 1h | off   (log out after so long without a key)
 *   report_conninfo = CONNINFO (reports from a standby; db_report.h)
 *   attach_dir = /path      (the picker's directory of files to attach; ~/incoming)
 *   bind <context> <key> <command>
 *   fixed KEY = VALUE         (system file only: the user cannot change KEY)
 *
 * The system file is always read, whatever the environment or the options
 * say; a key it marks `fixed` keeps its value against the user's file, the
 * environment (CASEDESK_CONFIG, XDG_CONFIG_HOME, HOME, LANG, NO_COLOR) and
 * the command line.  The system file's path is compiled in
 * (settings_system_path(), src/settings_path.c); only the test build links
 * another definition (tests/unit/sysconf_path.c), never installed.
 *
 * Any unknown key or bad value is an error "FILE:LINE: sentence" and main
 * exits non-zero: a typo must never be silently ignored.  A user setting of
 * a fixed key is not an error (the administrator may fix a key after users
 * set it): it is ignored and named in s->ignored for the log. */
#ifndef CASEDESK_SETTINGS_H
#define CASEDESK_SETTINGS_H

#include <stddef.h>

enum theme_kind { THEME_DEFAULT, THEME_MONO };

#define SETTINGS_IDLE_DEFAULT (15 * 60)   /* seconds */

struct settings {
    enum theme_kind theme;
    char lang[8];          /* "" = from the environment */
    char log[512];         /* "" = no log */
    int clock;             /* show HH:MM in the header */
    int ascii;             /* ASCII bars/ellipsis */
    int idle_timeout;      /* seconds without a key before logging out; 0 never */
    unsigned fixed;        /* keys fixed by the system file (settings_is_fixed) */
    char ignored[256];     /* "KEY (FILE:LINE), ..." user settings of fixed keys */
    char report_conninfo[1024]; /* "" = reports read from the primary (db_report.h) */
    char attach_dir[512];  /* "" = ~/incoming: the files the attachment picker offers */
};

/* Defaults: theme default, clock on, ascii off, no log, lang from env,
 * idle_timeout 15 minutes, nothing fixed. */
void settings_defaults(struct settings *s);

/* The compiled-in system file, /etc/casedesk.conf. */
const char *settings_system_path(void);

/* Parse one user file.  A missing file is not an error (returns 0); an
 * unreadable one is.  Returns 0, or -1 with "path:line: sentence" in err.
 * `bind` lines go to the keymap, so keymap_init() must have run. */
int settings_load_file(struct settings *s, const char *path, char *err, size_t errsz);

/* Parse text as if it were a user file named `name` (used by tests). */
int settings_load_string(struct settings *s, const char *name, const char *text,
                         char *err, size_t errsz);
/* ... or as if it were the system file (where `fixed` is allowed). */
int settings_load_system_string(struct settings *s, const char *name, const char *text,
                                char *err, size_t errsz);

/* The system file (always), then the user file: user_file when not NULL
 * (--config), else $CASEDESK_CONFIG when set, else settings_user_path(). */
int settings_load_with(struct settings *s, const char *user_file, char *err, size_t errsz);
/* settings_load_with(s, NULL, ...). */
int settings_load(struct settings *s, char *err, size_t errsz);

/* A command-line value for key: 0 taken, 1 ignored because the key is
 * fixed (noted in s->ignored), -1 bad value (a sentence in err). */
int settings_set_option(struct settings *s, const char *key, const char *value,
                        char *err, size_t errsz);

/* Non-zero when the system file fixed key ("idle_timeout", "lang"...). */
int settings_is_fixed(const struct settings *s, const char *key);

/* The user file's path (into buf); "" if HOME is unknown. */
const char *settings_user_path(char *buf, size_t bufsz);

#endif
