/* casedesk.c — the TUI's main: options, configuration, locale, connection,
 * identity; then the UI loop takes over.  Every failure before the screen
 * opens is one sentence on stderr and a non-zero exit. */
#include "config.h"
#include "db.h"
#include "db_report.h"
#include "i18n.h"
#include "labels.h"
#include "servermsg.h"
#include "keymap.h"
#include "model_session.h"
#include "settings.h"
#include "ui.h"
#include "ui_hooks.h"
#include "util.h"

#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

struct options {
    const char *conninfo;
    const char *lang;
    const char *config;
    const char *log;
    const char *theme;
    const char *idle;
};

static void usage(FILE *out)
{
    fprintf(out, "%s", _("Usage: casedesk [OPTION]...\n"
        "The case, supervision and discipline desk of a district government.\n\n"
        "  -d, --dbname=CONNINFO   database to connect to (default: PGHOST, PGDATABASE, PGSERVICE...)\n"
        "      --lang=zh|en        interface language\n"
        "      --config=FILE       read FILE instead of ~/.config/casedesk/config\n"
        "      --log=FILE          append a log to FILE (never to the terminal)\n"
        "      --theme=default|mono  colour scheme\n"
        "      --idle-timeout=TIME log out after TIME without a key (15m, 90s, off)\n"
        "  -h, --help              show this help\n"
        "  -V, --version           show the version\n\n"
        "Press ? inside casedesk for the keys.  See casedesk(1).\n"));
}

static int fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int fail(const char *fmt, ...)
{
    va_list ap;
    fputs("casedesk: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    return 1;
}

static int parse_options(int argc, char **argv, struct options *o)
{
    static const struct option longopts[] = {
        { "dbname",  required_argument, NULL, 'd' },
        { "lang",    required_argument, NULL, 'L' },
        { "config",  required_argument, NULL, 'c' },
        { "log",     required_argument, NULL, 'l' },
        { "theme",   required_argument, NULL, 't' },
        { "idle-timeout", required_argument, NULL, 'i' },
        { "help",    no_argument,       NULL, 'h' },
        { "version", no_argument,       NULL, 'V' },
        { NULL, 0, NULL, 0 }
    };
    int c;
    while ((c = getopt_long(argc, argv, "d:hV", longopts, NULL)) != -1) {
        switch (c) {
        case 'd': o->conninfo = optarg; break;
        case 'L': o->lang = optarg; break;
        case 'c': o->config = optarg; break;
        case 'l': o->log = optarg; break;
        case 't': o->theme = optarg; break;
        case 'i': o->idle = optarg; break;
        case 'h': return 'h';
        case 'V': return 'V';
        default:  return '?';
        }
    }
    if (optind < argc)
        return '?';
    return 0;
}

/* A locale that names a character set other than UTF-8 means the terminal
 * speaks that set; drawing UTF-8 on it would be garbage.  An unset, C or
 * POSIX locale says nothing about the terminal: we fall back to UTF-8. */
static const char *non_utf8_charset(void)
{
    static const char *vars[] = { "LC_ALL", "LC_CTYPE", "LANG" };
    for (size_t i = 0; i < ARRAY_SIZE(vars); i++) {
        const char *v = getenv(vars[i]);
        if (!v || !*v)
            continue;
        const char *dot = strchr(v, '.');
        if (!dot)
            return NULL;
        if (strncasecmp(dot + 1, "utf-8", 5) == 0 || strncasecmp(dot + 1, "utf8", 4) == 0)
            return NULL;
        return dot + 1;
    }
    return NULL;
}

static int load_settings(struct settings *s, const struct options *o)
{
    char err[512];
    int rc;
    settings_defaults(s);
    /* The system file is always read; --config and $CASEDESK_CONFIG only
     * name the user's file.  Options lose to keys the system file fixed. */
    rc = settings_load_with(s, o->config, err, sizeof err);
    if (rc != 0)
        return fail("%s", err);
    if (o->theme) {
        if (strcmp(o->theme, "mono") != 0 && strcmp(o->theme, "default") != 0)
            return fail(_("--theme takes \"default\" or \"mono\", not \"%s\""), o->theme);
        settings_set_option(s, "theme", o->theme, err, sizeof err);
    }
    if (o->log && settings_is_fixed(s, "log"))
        settings_set_option(s, "log", o->log, err, sizeof err);    /* noted as ignored */
    else if (o->log)
        snprintf(s->log, sizeof s->log, "%s", o->log);      /* any path, as before */
    if (o->idle && settings_set_option(s, "idle_timeout", o->idle, err, sizeof err) < 0)
        return fail("--idle-timeout: %s", err);
    if (o->lang && settings_is_fixed(s, "lang"))
        settings_set_option(s, "lang", o->lang, err, sizeof err);   /* noted as ignored */
    /* A fixed colour scheme holds against NO_COLOR too. */
    if (settings_is_fixed(s, "theme"))
        unsetenv("NO_COLOR");
    return 0;
}

static int identify(db_t *db, struct whoami *me)
{
    char role[64] = "";
    switch (model_whoami(db, me)) {
    case WHOAMI_OK:
        return 0;
    case WHOAMI_NO_SCHEMA:
        return fail("%s", _("This database has no casedesk schema: ask the administrator to run \"casedesk-admin init\"."));
    case WHOAMI_UNKNOWN_USER:
        db_scalar(db, "SELECT session_user", 0, NULL, role, sizeof role);
        return fail(_("The login role \"%s\" is not an active casedesk user: ask an administrator to add it with \"casedesk-admin user add\"."), role);
    default:
        return fail("%s", db_errmsg(db));
    }
}

int main(int argc, char **argv)
{
    struct options o = { 0 };
    struct app app;
    char err[1024];
    const char *charset;
    int rc;

    memset(&app, 0, sizeof app);
    rc = parse_options(argc, argv, &o);
    ui_tty_flow_off();          /* before anything can write */
    app.utf8 = i18n_init(o.lang);
    if (rc == 'h') { usage(stdout); return 0; }
    if (rc == 'V') { printf("casedesk %s\n", PACKAGE_VERSION); return 0; }
    if (rc == '?') { usage(stderr); return 2; }

    if ((charset = non_utf8_charset()))
        return fail(_("The terminal uses the %s character set; casedesk needs UTF-8. Set LANG=C.UTF-8 (or zh_CN.UTF-8) and a UTF-8 terminal."), charset);
    keymap_init();
    servermsg_set_labeller(code_label);   /* codes in server sentences → labels */
    if (load_settings(&app.settings, &o) != 0)
        return 1;
    if (app.settings.lang[0] && (!o.lang || settings_is_fixed(&app.settings, "lang")))
        app.utf8 = i18n_init(app.settings.lang);
    if (!app.utf8)
        return fail("%s", _("No UTF-8 locale is available (not even C.UTF-8); casedesk cannot show Chinese text."));
    if (app.settings.log[0])
        log_open(app.settings.log);
    if (app.settings.ignored[0])
        log_msg("fixed in %s, so not changed: %s", settings_system_path(), app.settings.ignored);
    if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO))
        return fail("%s", _("casedesk needs a terminal; use casedesk-admin for scripts."));

    app.db = db_open(o.conninfo, "casedesk", err, sizeof err);
    if (!app.db)
        return fail("%s", err);
    if (identify(app.db, &app.me) != 0) {
        db_close(app.db);
        return 1;
    }
    app.connected = 1;
    db_report_configure(app.settings.report_conninfo);
    ui_install_hooks(&app);
    log_msg("start: %s (%s, %s)", app.me.login, app.me.unit_code, app.me.role);
    rc = ui_run(&app);
    db_report_close();
    db_close(app.db);
    log_close();
    return rc;
}
