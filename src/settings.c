/* settings.c — the configuration file parser (see settings.h). */
#include "config.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "keymap.h"
#include "settings.h"
#include "util.h"

/* The keys, in the order of the "known:" sentence; a key's index is its
 * bit in settings.fixed. */
static const char *const keys[] = { "theme", "lang", "log", "clock", "ascii", "idle_timeout", "attach_dir" };
#define NKEYS (sizeof keys / sizeof keys[0])

/* Where a line comes from: the system file may fix keys, a user's may not
 * change them. */
struct origin {
    const char *name;
    int line;
    int system;
};

void settings_defaults(struct settings *s)
{
    memset(s, 0, sizeof *s);
    s->theme = THEME_DEFAULT;
    s->clock = 1;
    s->idle_timeout = SETTINGS_IDLE_DEFAULT;
}

static int key_index(const char *key)
{
    for (size_t i = 0; i < NKEYS; i++)
        if (!strcmp(key, keys[i])) return (int)i;
    return -1;
}

int settings_is_fixed(const struct settings *s, const char *key)
{
    int k = key_index(key);
    return k >= 0 && (s->fixed & (1u << k));
}

static void note_ignored(struct settings *s, const char *key, const char *where)
{
    size_t n = strlen(s->ignored);

    if (n + strlen(key) + strlen(where) + 6 >= sizeof s->ignored) return;
    snprintf(s->ignored + n, sizeof s->ignored - n, "%s%s (%s)", n ? ", " : "", key, where);
}

static char *trim(char *p)
{
    char *e;

    while (*p == ' ' || *p == '\t') p++;
    e = p + strlen(p);
    while (e > p && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r' || e[-1] == '\n')) *--e = '\0';
    return p;
}

static int parse_bool(const char *v, int *out)
{
    if (!strcmp(v, "on") || !strcmp(v, "yes") || !strcmp(v, "true")) { *out = 1; return 0; }
    if (!strcmp(v, "off") || !strcmp(v, "no") || !strcmp(v, "false")) { *out = 0; return 0; }
    return -1;
}

/* `bind CONTEXT KEY COMMAND`: exactly three words. */
static int parse_bind(char *rest, char *msg, size_t msgsz)
{
    char *w[4];
    int n = 0;
    char *save = NULL, *tok;

    for (tok = strtok_r(rest, " \t", &save); tok && n < 4; tok = strtok_r(NULL, " \t", &save))
        w[n++] = tok;
    if (n != 3) {
        snprintf(msg, msgsz, "%s", _("bind takes three words: bind CONTEXT KEY COMMAND"));
        return -1;
    }
    return keymap_bind(w[0], w[1], w[2], msg, msgsz);
}

/* idle_timeout: minutes ("15"), or with a unit ("90s", "15m", "1h"), or
 * "off" / "0" for never; at most a day. */
static int parse_idle(const char *v, int *out)
{
    char *end;
    long n;

    if (!strcmp(v, "off") || !strcmp(v, "never")) { *out = 0; return 0; }
    if (*v < '0' || *v > '9') return -1;
    errno = 0;
    n = strtol(v, &end, 10);
    if (errno || n > 86400) return -1;
    if (*end == '\0' || !strcmp(end, "m") || !strcmp(end, "min")) n *= 60;
    else if (!strcmp(end, "h")) n *= 3600;
    else if (strcmp(end, "s") != 0) return -1;
    if (n > 86400) return -1;
    *out = (int)n;
    return 0;
}

static int set_value(struct settings *s, const char *key, const char *val,
                     char *msg, size_t msgsz)
{
    if (!strcmp(key, "idle_timeout")) {
        if (parse_idle(val, &s->idle_timeout) < 0) {
            snprintf(msg, msgsz, _("bad value \"%s\" for idle_timeout: use minutes (15), or 90s, 15m, 1h, or off"), val);
            return -1;
        }
    } else if (!strcmp(key, "theme")) {
        if (!strcmp(val, "default")) s->theme = THEME_DEFAULT;
        else if (!strcmp(val, "mono")) s->theme = THEME_MONO;
        else goto bad;
    } else if (!strcmp(key, "lang")) {
        if (strcmp(val, "zh") && strcmp(val, "en")) goto bad;
        snprintf(s->lang, sizeof s->lang, "%s", val);
    } else if (!strcmp(key, "log")) {
        if (val[0] != '/' && val[0] != '~') {
            snprintf(msg, msgsz, _("bad value \"%s\" for log: give an absolute path"), val);
            return -1;
        }
        if (val[0] == '~' && getenv("HOME"))
            snprintf(s->log, sizeof s->log, "%s%s", getenv("HOME"), val + 1);
        else
            snprintf(s->log, sizeof s->log, "%s", val);
    } else if (!strcmp(key, "clock")) {
        if (parse_bool(val, &s->clock) < 0) goto bad;
    } else if (!strcmp(key, "ascii")) {
        if (parse_bool(val, &s->ascii) < 0) goto bad;
    } else if (!strcmp(key, "attach_dir")) {
        if (val[0] != '/' && val[0] != '~') {
            snprintf(msg, msgsz, _("bad value \"%s\" for attach_dir: give an absolute path"), val);
            return -1;
        }
        if (val[0] == '~' && getenv("HOME"))
            snprintf(s->attach_dir, sizeof s->attach_dir, "%s%s", getenv("HOME"), val + 1);
        else
            snprintf(s->attach_dir, sizeof s->attach_dir, "%s", val);
    } else if (!strcmp(key, "report_conninfo")) {
        snprintf(s->report_conninfo, sizeof s->report_conninfo, "%s", val);
    } else {
        snprintf(msg, msgsz, _("unknown key \"%s\" (known: theme, lang, log, clock, ascii, idle_timeout, bind)"), key);
        return -1;
    }
    return 0;
bad:
    if (!strcmp(key, "theme"))
        snprintf(msg, msgsz, _("bad value \"%s\" for theme: use default or mono"), val);
    else if (!strcmp(key, "lang"))
        snprintf(msg, msgsz, _("bad value \"%s\" for lang: use zh or en"), val);
    else
        snprintf(msg, msgsz, _("bad value \"%s\" for %s: use on or off"), val, key);
    return -1;
}

/* KEY = VALUE from file o: a key the system file fixed is ignored in a
 * user's file (noted); `fixed KEY = VALUE` only in the system file. */
static int assign(struct settings *s, char *p, int fix, const struct origin *o,
                  char *msg, size_t msgsz)
{
    char *eq = strchr(p, '='), where[300], *key;
    int k;

    if (!eq) {
        char *sp = p + strcspn(p, " \t");
        *sp = '\0';
        if (key_index(p) >= 0)
            snprintf(msg, msgsz, _("expected \"%s = VALUE\""), p);
        else if (!strcmp(p, "bind"))
            snprintf(msg, msgsz, "%s", fix ? _("only settings can be fixed, not key bindings")
                                          : _("bind takes three words: bind CONTEXT KEY COMMAND"));
        else
            snprintf(msg, msgsz, _("unknown key \"%s\" (known: theme, lang, log, clock, ascii, idle_timeout, bind)"), p);
        return -1;
    }
    *eq = '\0';
    key = trim(p);
    k = key_index(key);
    if (k >= 0 && !o->system && (s->fixed & (1u << k))) {
        snprintf(where, sizeof where, "%s:%d", o->name, o->line);
        note_ignored(s, key, where);
        return 0;
    }
    if (set_value(s, key, trim(eq + 1), msg, msgsz) < 0) return -1;
    if (fix) s->fixed |= 1u << k;
    return 0;
}

static int parse_line(struct settings *s, char *line, const struct origin *o,
                      char *msg, size_t msgsz)
{
    char *p = trim(line);
    int fix = 0;

    if (*p == '\0' || *p == '#') return 0;
    if (!strncmp(p, "fixed", 5) && (p[5] == ' ' || p[5] == '\t')) {
        if (!o->system) {
            snprintf(msg, msgsz, _("only the system file %s can fix a setting"), settings_system_path());
            return -1;
        }
        fix = 1;
        p = trim(p + 6);
    }
    if (!strncmp(p, "bind", 4) && (p[4] == ' ' || p[4] == '\t')) {
        if (fix) {
            snprintf(msg, msgsz, "%s", _("only settings can be fixed, not key bindings"));
            return -1;
        }
        return parse_bind(p + 5, msg, msgsz);
    }
    return assign(s, p, fix, o, msg, msgsz);
}

static int load_text(struct settings *s, const char *name, const char *text, int system,
                     char *err, size_t errsz)
{
    char msg[256], *copy = xstrdup(text), *line, *p = copy;
    struct origin o = { name, 0, system };
    int rc = 0;

    /* strtok_r would merge empty lines and skew the line numbers. */
    while (p) {
        line = p;
        p = strchr(p, '\n');
        if (p) *p++ = '\0';
        o.line++;
        msg[0] = '\0';
        if (parse_line(s, line, &o, msg, sizeof msg) < 0) {
            snprintf(err, errsz, "%s:%d: %s", name, o.line, msg);
            rc = -1;
            break;
        }
    }
    free(copy);
    return rc;
}

int settings_load_string(struct settings *s, const char *name, const char *text,
                         char *err, size_t errsz)
{
    return load_text(s, name, text, 0, err, errsz);
}

int settings_load_system_string(struct settings *s, const char *name, const char *text,
                                char *err, size_t errsz)
{
    return load_text(s, name, text, 1, err, errsz);
}

static int load_file(struct settings *s, const char *path, int system, char *err, size_t errsz)
{
    FILE *f = fopen(path, "r");
    char *text = NULL;
    size_t len = 0;
    int rc;

    if (!f) {
        if (errno == ENOENT || errno == ENOTDIR) return 0;
        snprintf(err, errsz, _("%s: cannot read: %s"), path, strerror(errno));
        return -1;
    }
    {
        FILE *m = open_memstream(&text, &len);
        char buf[4096];
        size_t n;
        while ((n = fread(buf, 1, sizeof buf, f)) > 0) fwrite(buf, 1, n, m);
        fclose(m);
    }
    fclose(f);
    rc = load_text(s, path, text ? text : "", system, err, errsz);
    free(text);
    return rc;
}

int settings_load_file(struct settings *s, const char *path, char *err, size_t errsz)
{
    return load_file(s, path, 0, err, errsz);
}

const char *settings_user_path(char *buf, size_t bufsz)
{
    const char *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");

    if (xdg && xdg[0] == '/') snprintf(buf, bufsz, "%s/casedesk/config", xdg);
    else if (home && *home) snprintf(buf, bufsz, "%s/.config/casedesk/config", home);
    else if (bufsz) buf[0] = '\0';
    return buf;
}

/* The system file first and always: nothing a user controls (environment,
 * options) names another one, so its fixed keys hold. */
int settings_load_with(struct settings *s, const char *user_file, char *err, size_t errsz)
{
    const char *env = getenv("CASEDESK_CONFIG");
    char user[1024];

    if (load_file(s, settings_system_path(), 1, err, errsz) < 0) return -1;
    if (user_file) snprintf(user, sizeof user, "%s", user_file);
    else if (env && *env) snprintf(user, sizeof user, "%s", env);
    else settings_user_path(user, sizeof user);
    if (user[0] && load_file(s, user, 0, err, errsz) < 0) return -1;
    return 0;
}

int settings_load(struct settings *s, char *err, size_t errsz)
{
    return settings_load_with(s, NULL, err, errsz);
}

int settings_set_option(struct settings *s, const char *key, const char *value,
                        char *err, size_t errsz)
{
    char opt[64];

    if (settings_is_fixed(s, key)) {
        snprintf(opt, sizeof opt, "--%s", key);
        for (char *c = opt; *c; c++) if (*c == '_') *c = '-';
        note_ignored(s, key, opt);
        return 1;
    }
    return set_value(s, key, value, err, errsz) < 0 ? -1 : 0;
}
