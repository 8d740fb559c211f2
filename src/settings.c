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

#define SYSTEM_CONFIG "/etc/casedesk.conf"

void settings_defaults(struct settings *s)
{
    memset(s, 0, sizeof *s);
    s->theme = THEME_DEFAULT;
    s->clock = 1;
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

static int set_value(struct settings *s, const char *key, const char *val,
                     char *msg, size_t msgsz)
{
    if (!strcmp(key, "theme")) {
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
    } else if (!strcmp(key, "report_conninfo")) {
        snprintf(s->report_conninfo, sizeof s->report_conninfo, "%s", val);
    } else {
        snprintf(msg, msgsz, _("unknown key \"%s\" (known: theme, lang, log, clock, ascii, bind)"), key);
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

static int parse_line(struct settings *s, char *line, char *msg, size_t msgsz)
{
    char *p = trim(line), *eq;

    if (*p == '\0' || *p == '#') return 0;
    if (!strncmp(p, "bind", 4) && (p[4] == ' ' || p[4] == '\t'))
        return parse_bind(p + 5, msg, msgsz);
    if (!(eq = strchr(p, '='))) {
        char *sp = p + strcspn(p, " \t");
        *sp = '\0';
        if (!strcmp(p, "theme") || !strcmp(p, "lang") || !strcmp(p, "log") ||
            !strcmp(p, "clock") || !strcmp(p, "ascii"))
            snprintf(msg, msgsz, _("expected \"%s = VALUE\""), p);
        else if (!strcmp(p, "bind"))
            snprintf(msg, msgsz, "%s", _("bind takes three words: bind CONTEXT KEY COMMAND"));
        else
            snprintf(msg, msgsz, _("unknown key \"%s\" (known: theme, lang, log, clock, ascii, bind)"), p);
        return -1;
    }
    *eq = '\0';
    return set_value(s, trim(p), trim(eq + 1), msg, msgsz);
}

int settings_load_string(struct settings *s, const char *name, const char *text,
                         char *err, size_t errsz)
{
    char msg[256], *copy = xstrdup(text), *line, *p = copy;
    int lineno = 0, rc = 0;

    /* strtok_r would merge empty lines and skew the line numbers. */
    while (p) {
        line = p;
        p = strchr(p, '\n');
        if (p) *p++ = '\0';
        lineno++;
        msg[0] = '\0';
        if (parse_line(s, line, msg, sizeof msg) < 0) {
            snprintf(err, errsz, "%s:%d: %s", name, lineno, msg);
            rc = -1;
            break;
        }
    }
    free(copy);
    return rc;
}

int settings_load_file(struct settings *s, const char *path, char *err, size_t errsz)
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
    rc = settings_load_string(s, path, text ? text : "", err, errsz);
    free(text);
    return rc;
}

const char *settings_user_path(char *buf, size_t bufsz)
{
    const char *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");

    if (xdg && xdg[0] == '/') snprintf(buf, bufsz, "%s/casedesk/config", xdg);
    else if (home && *home) snprintf(buf, bufsz, "%s/.config/casedesk/config", home);
    else if (bufsz) buf[0] = '\0';
    return buf;
}

int settings_load(struct settings *s, char *err, size_t errsz)
{
    const char *only = getenv("CASEDESK_CONFIG");
    char user[1024];

    if (only && *only) return settings_load_file(s, only, err, errsz);
    if (settings_load_file(s, SYSTEM_CONFIG, err, errsz) < 0) return -1;
    settings_user_path(user, sizeof user);
    if (user[0] && settings_load_file(s, user, err, errsz) < 0) return -1;
    return 0;
}
