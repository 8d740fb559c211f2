/* settings_test.c — configuration parsing and its error sentences. */
#include "config.h"
#include <locale.h>
#include <stdlib.h>
#include <unistd.h>

#include "keymap.h"
#include "settings.h"
#include "ui_tap.h"

static int load(struct settings *s, const char *text, char *err, size_t errsz)
{
    settings_defaults(s);
    err[0] = '\0';
    return settings_load_string(s, "test.conf", text, err, errsz);
}

int main(void)
{
    struct settings s;
    char err[512], path[] = "/tmp/casedesk-settings-XXXXXX";
    int fd;

    setlocale(LC_ALL, "C.UTF-8");
    keymap_init();

    settings_defaults(&s);
    ok(s.theme == THEME_DEFAULT && s.clock == 1 && s.ascii == 0 && !s.log[0] && !s.lang[0],
       "defaults: colour theme, clock on, no log");
    is_int(load(&s, "# comment\n\ntheme = mono\nlang=zh\nclock = off\nascii = on\nlog = /tmp/cd.log\n",
                err, sizeof err), 0, "a valid file loads");
    ok(s.theme == THEME_MONO && !strcmp(s.lang, "zh") && s.clock == 0 && s.ascii == 1 &&
       !strcmp(s.log, "/tmp/cd.log"), "every key took effect");
    is_int(load(&s, "bind list x search\n", err, sizeof err), 0, "bind line");
    is_int(keymap_resolve(KCTX_LIST, 'x'), CMD_SEARCH, "bind applied to the keymap");

    is_int(load(&s, "theme = mono\n\ncolour = red\n", err, sizeof err), -1, "unknown key refused");
    is_str(err, "test.conf:3: unknown key \"colour\" (known: theme, lang, log, clock, ascii, idle_timeout, bind)",
           "message has file:line and names the key");
    is_int(load(&s, "theme = pink\n", err, sizeof err), -1, "bad theme refused");
    is_str(err, "test.conf:1: bad value \"pink\" for theme: use default or mono", "bad theme message");
    is_int(load(&s, "\nclock = maybe\n", err, sizeof err), -1, "bad boolean refused");
    is_str(err, "test.conf:2: bad value \"maybe\" for clock: use on or off", "bad boolean message");
    is_int(load(&s, "lang = fr\n", err, sizeof err), -1, "bad language refused");
    ok(strstr(err, "test.conf:1:") && strstr(err, "zh or en"), "bad language message: %s", err);
    is_int(load(&s, "log = relative.log\n", err, sizeof err), -1, "relative log path refused");
    is_int(load(&s, "theme\n", err, sizeof err), -1, "key without value refused");
    is_str(err, "test.conf:1: expected \"theme = VALUE\"", "missing value message");
    is_int(load(&s, "bind list x\n", err, sizeof err), -1, "bind with two words refused");
    ok(strstr(err, "test.conf:1:") && strstr(err, "three words"), "bind usage message: %s", err);
    is_int(load(&s, "\n\n\nbind list x teleport\n", err, sizeof err), -1, "bind to unknown command refused");
    ok(strstr(err, "test.conf:4:") && strstr(err, "teleport"), "line 4 and the command: %s", err);
    is_int(load(&s, "bind form Hyper-q save\n", err, sizeof err), -1, "bind of unknown key refused");
    ok(strstr(err, "Hyper-q") != NULL, "names the key: %s", err);

    /* idle_timeout: minutes, or with a unit; off; at most a day. */
    settings_defaults(&s);
    is_int(s.idle_timeout, 15 * 60, "idle_timeout defaults to 15 minutes");
    is_int(load(&s, "idle_timeout = 20\n", err, sizeof err), 0, "idle_timeout in minutes");
    is_int(s.idle_timeout, 1200, "20 = 20 minutes");
    load(&s, "idle_timeout = 90s\n", err, sizeof err);
    is_int(s.idle_timeout, 90, "90s");
    load(&s, "idle_timeout = 1h\n", err, sizeof err);
    is_int(s.idle_timeout, 3600, "1h");
    load(&s, "idle_timeout = off\n", err, sizeof err);
    is_int(s.idle_timeout, 0, "off: never");
    is_int(load(&s, "idle_timeout = soon\n", err, sizeof err), -1, "a word refused");
    is_str(err, "test.conf:1: bad value \"soon\" for idle_timeout: use minutes (15), or 90s, 15m, 1h, or off",
           "bad idle_timeout message");
    is_int(load(&s, "idle_timeout = 2d\n", err, sizeof err), -1, "an unknown unit refused");
    is_int(load(&s, "idle_timeout = 1441\n", err, sizeof err), -1, "more than a day refused");

    /* fixed: only in the system file; then neither the user's file nor an
     * option changes the key. */
    settings_defaults(&s);
    is_int(settings_load_system_string(&s, "sys.conf", "fixed idle_timeout = 3s\nclock = off\n", err, sizeof err),
           0, "the system file fixes idle_timeout");
    ok(settings_is_fixed(&s, "idle_timeout") && !settings_is_fixed(&s, "clock"), "idle_timeout fixed, clock not");
    is_int(settings_load_string(&s, "user.conf", "clock = on\nidle_timeout = 1h\n", err, sizeof err), 0,
           "a user file setting a fixed key still loads");
    is_int(s.idle_timeout, 3, "the fixed idle_timeout is kept");
    is_int(s.clock, 1, "the user's clock (not fixed) is taken");
    is_str(s.ignored, "idle_timeout (user.conf:2)", "the ignored line is named for the log");
    is_int(settings_set_option(&s, "idle_timeout", "off", err, sizeof err), 1, "an option for a fixed key is ignored");
    is_int(s.idle_timeout, 3, "still 3 s");
    is_int(settings_set_option(&s, "clock", "off", err, sizeof err), 0, "an option for a free key is taken");
    is_int(settings_set_option(&s, "idle_timeout", "x", err, sizeof err), 1, "even a bad value for a fixed key is just ignored");
    settings_defaults(&s);
    settings_load_system_string(&s, "sys.conf", "idle_timeout = 3s\n", err, sizeof err);
    settings_load_string(&s, "user.conf", "idle_timeout = 1h\n", err, sizeof err);
    is_int(s.idle_timeout, 3600, "a system value not fixed is the user's to change");
    is_int(load(&s, "fixed idle_timeout = off\n", err, sizeof err), -1, "fixed in a user file refused");
    is_str(err, "test.conf:1: only the system file /etc/casedesk.conf can fix a setting", "and says who can");
    settings_defaults(&s);
    is_int(settings_load_system_string(&s, "sys.conf", "fixed bind list x search\n", err, sizeof err), -1,
           "fixed bind refused");
    is_str(err, "sys.conf:1: only settings can be fixed, not key bindings", "fixed bind message");
    is_int(settings_load_system_string(&s, "sys.conf", "fixed colour = red\n", err, sizeof err), -1,
           "fixed unknown key refused");

    /* Real files: a missing file is fine, an error names the path. */
    settings_defaults(&s);
    is_int(settings_load_file(&s, "/nonexistent/casedesk.conf", err, sizeof err), 0, "missing file is not an error");
    fd = mkstemp(path);
    ok(fd >= 0 && write(fd, "clock = on\nfrobnicate = 1\n", 26) == 26, "write a temp config");
    close(fd);
    is_int(settings_load_file(&s, path, err, sizeof err), -1, "bad file refused");
    ok(strncmp(err, path, strlen(path)) == 0 && strstr(err, ":2: unknown key \"frobnicate\""),
       "file error starts with path:2: %s", err);
    setenv("CASEDESK_CONFIG", path, 1);
    is_int(settings_load(&s, err, sizeof err), -1, "CASEDESK_CONFIG names the file to read");
    unlink(path);
    return done_testing();
}
