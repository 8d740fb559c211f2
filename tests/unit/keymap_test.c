/* keymap_test.c — default tables, overrides, key names, help generation. */
#include "config.h"
#include <curses.h>
#include <locale.h>
#include <stdlib.h>

#include "keymap.h"
#include "ui_tap.h"

static int lines;
static char seen[4096];

static void emit(enum cmd c, const char *keys, const char *desc, void *arg)
{
    (void)arg;
    lines++;
    strncat(seen, cmd_name(c), sizeof seen - strlen(seen) - 1);
    strncat(seen, ":", sizeof seen - strlen(seen) - 1);
    strncat(seen, keys, sizeof seen - strlen(seen) - 1);
    strncat(seen, "=", sizeof seen - strlen(seen) - 1);
    strncat(seen, desc, sizeof seen - strlen(seen) - 1);
    strncat(seen, ";", sizeof seen - strlen(seen) - 1);
}

static int not_delete(enum cmd c, void *arg)
{
    (void)arg;
    return c != CMD_DELETE;
}

int main(void)
{
    char err[256], buf[128];
    static const enum cmd cmds[] = { CMD_OPEN, CMD_SEARCH, CMD_DELETE, CMD_SAVE, CMD_NONE };

    setlocale(LC_ALL, "C.UTF-8");
    keymap_init();

    is_int(keymap_resolve(KCTX_LIST, 'j'), CMD_DOWN, "list: j is down");
    is_int(keymap_resolve(KCTX_LIST, KEYC_FN(KEY_DOWN)), CMD_DOWN, "list: Down arrow is down");
    is_int(keymap_resolve(KCTX_LIST, 'q'), CMD_BACK, "list: q falls back to the global table (back)");
    is_int(keymap_resolve(KCTX_LIST, '?'), CMD_HELP, "list: ? is help");
    is_int(keymap_resolve(KCTX_LIST, '3'), CMD_SCREEN3, "list: 3 switches to main screen 3");
    is_int(keymap_resolve(KCTX_LIST, '\n'), CMD_OPEN, "newline is treated like Enter");
    is_int(keymap_resolve(KCTX_FORM, 'q'), CMD_NONE, "form: q is text, not back");
    is_int(keymap_resolve(KCTX_FORM, 0x4E2D), CMD_NONE, "form: 中 is text");
    is_int(keymap_resolve(KCTX_FORM, 27), CMD_BACK, "form: Esc still goes back");
    is_int(keymap_resolve(KCTX_FORM, '\t'), CMD_NEXT_FIELD, "form: Tab is next field");
    is_int(keymap_resolve(KCTX_FORM, KEYC_CTRL('U')), CMD_KILL_START, "form: ^U kills to start");
    is_int(keymap_resolve(KCTX_FORM, KEYC_CTRL('S')), CMD_SAVE, "form: ^S saves");
    is_int(keymap_resolve(KCTX_PROMPT, 27), CMD_CANCEL, "prompt: Esc cancels");
    is_int(keymap_resolve(KCTX_PROMPT, 'y'), CMD_NONE, "prompt: y is text");
    is_int(keymap_resolve(KCTX_FORM, KEYC_FN(KEY_F(10))), CMD_QUIT, "F10 quits from a form");

    is_int(keymap_parse_key("Enter"), '\r', "key name Enter");
    is_int(keymap_parse_key("esc"), 27, "key names are case-insensitive");
    is_int(keymap_parse_key("F5"), KEYC_FN(KEY_F(5)), "key name F5");
    is_int(keymap_parse_key("C-x"), KEYC_CTRL('x'), "key name C-x");
    is_int(keymap_parse_key("^X"), KEYC_CTRL('x'), "key name ^X");
    is_int(keymap_parse_key("Ctrl-X"), KEYC_CTRL('x'), "key name Ctrl-X");
    is_int(keymap_parse_key("中"), 0x4E2D, "a CJK character is a key");
    is_int(keymap_parse_key("F13"), -1, "F13 is unknown");
    is_int(keymap_parse_key("ab"), -1, "two letters are not a key");
    is_str(keymap_key_name(KEYC_CTRL('k'), buf, sizeof buf), "Ctrl-K", "name of ^K: Ctrl-K, as sentences name it");
    is_str(keymap_key_name(KEYC_FN(KEY_F(2)), buf, sizeof buf), "F2", "name of F2");
    is_str(keymap_key_name('/', buf, sizeof buf), "/", "name of /");

    is_int(keymap_bind("list", "x", "search", err, sizeof err), 0, "bind list x search");
    is_int(keymap_resolve(KCTX_LIST, 'x'), CMD_SEARCH, "override takes effect");
    is_int(keymap_bind("global", "q", "quit", err, sizeof err), 0, "rebind a global key");
    is_int(keymap_resolve(KCTX_LIST, 'q'), CMD_QUIT, "global override seen from the list");
    is_int(keymap_bind("list", "j", "none", err, sizeof err), 0, "unbind with none");
    is_int(keymap_resolve(KCTX_LIST, 'j'), CMD_NONE, "unbound key does nothing");
    is_int(keymap_bind("list", "x", "fly", err, sizeof err), -1, "unknown command refused");
    ok(strstr(err, "fly") != NULL, "error names the command: %s", err);
    is_int(keymap_bind("list", "Hyper-x", "search", err, sizeof err), -1, "unknown key refused");
    ok(strstr(err, "Hyper-x") != NULL, "error names the key: %s", err);
    is_int(keymap_bind("desk", "x", "search", err, sizeof err), -1, "unknown context refused");
    ok(strstr(err, "desk") != NULL, "error names the context: %s", err);

    is_int(cmd_by_name("search-next"), CMD_SEARCH_NEXT, "command by name");
    is_str(cmd_name(CMD_KILL_WORD), "kill-word", "name of a command");

    keymap_init();
    is_int(keymap_resolve(KCTX_LIST, 'j'), CMD_DOWN, "keymap_init restores defaults");
    is_str(keymap_keys_for(KCTX_LIST, CMD_SEARCH, buf, sizeof buf, 0), "/", "keys for search");
    is_str(keymap_keys_for(KCTX_LIST, CMD_UP, buf, sizeof buf, 0), "Up/k", "all keys for up, in order");
    is_str(keymap_keys_for(KCTX_FORM, CMD_BACK, buf, sizeof buf, 0), "Esc", "form: only non-text keys for back");
    is_str(keymap_keys_for(KCTX_LIST, CMD_BACK, buf, sizeof buf, 1), "Esc", "max 1 key: Esc, the same back key as in forms");
    is_str(keymap_first_key(KCTX_FORM, CMD_SAVE), "Ctrl-S", "form: the save key shown first is Ctrl-S");
    is_str(keymap_first_key(KCTX_LIST, CMD_QUIT), "Q", "quit is Q");
    is_str(keymap_keys_for(KCTX_LIST, CMD_QUIT, buf, sizeof buf, 0), "Q/F10", "quit: Q and F10 only");
    is_int(keymap_resolve(KCTX_FORM, '!'), CMD_NONE, "form: ! is text");
    is_int(keymap_resolve(KCTX_FORM, ':'), CMD_NONE, "form: : is text");
    is_int(keymap_resolve(KCTX_FORM, '7'), CMD_NONE, "form: digits are text");

    lines = 0; seen[0] = '\0';
    is_int(keymap_help(KCTX_LIST, cmds, NULL, NULL, emit, NULL), 3, "help lists the commands with keys");
    ok(strstr(seen, "search:/=search;") != NULL, "help gives command name, key and description: %s", seen);
    ok(strstr(seen, "save") == NULL, "a command with no key in this context is left out");
    lines = 0; seen[0] = '\0';
    keymap_help(KCTX_LIST, cmds, not_delete, NULL, emit, NULL);
    ok(strstr(seen, "delete") == NULL && lines == 2, "help leaves out commands not visible to the role");
    return done_testing();
}
