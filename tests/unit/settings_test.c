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
    is_str(err, "test.conf:3: unknown key \"colour\" (known: theme, lang, log, clock, ascii, bind)",
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
