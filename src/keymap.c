/* keymap.c — default key tables, overrides, lookup and help generation. */
#include "config.h"
#include <curses.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <wchar.h>

#include "i18n.h"
#include "keymap.h"
#include "util.h"
#include "width.h"

#define CMD_NAME_(e, n, d) n,
#define CMD_DESC_(e, n, d) d,
static const char *const cmd_names[] = { CMD_LIST(CMD_NAME_) };
static const char *const cmd_descs[] = { CMD_LIST(CMD_DESC_) };

static const char *const kctx_names[KCTX__COUNT] = { "global", "list", "form", "prompt" };

struct binding { int key; enum cmd cmd; };

#define MAX_BINDINGS 160
static struct binding tables[KCTX__COUNT][MAX_BINDINGS];
static int ntables[KCTX__COUNT];

struct default_binding { enum key_context ctx; int key; enum cmd cmd; };

#define F(k) KEYC_FN(k)
#define C(c) KEYC_CTRL(c)
/* Order matters: the first key of a command is the one shown in hints. */
static const struct default_binding defaults[] = {
    /* Esc and q go back one level and never quit; quitting is Q or F10. */
    { KCTX_GLOBAL, 27, CMD_BACK }, { KCTX_GLOBAL, 'q', CMD_BACK },
    { KCTX_GLOBAL, 'Q', CMD_QUIT }, { KCTX_GLOBAL, F(KEY_F(10)), CMD_QUIT },
    { KCTX_GLOBAL, '?', CMD_HELP }, { KCTX_GLOBAL, F(KEY_F(1)), CMD_HELP },
    { KCTX_GLOBAL, C('L'), CMD_REDRAW }, { KCTX_GLOBAL, ':', CMD_JUMP },
    { KCTX_GLOBAL, '1', CMD_SCREEN1 }, { KCTX_GLOBAL, '2', CMD_SCREEN2 },
    { KCTX_GLOBAL, '3', CMD_SCREEN3 }, { KCTX_GLOBAL, '4', CMD_SCREEN4 },
    { KCTX_GLOBAL, '5', CMD_SCREEN5 }, { KCTX_GLOBAL, '6', CMD_SCREEN6 },
    { KCTX_GLOBAL, '7', CMD_SCREEN7 }, { KCTX_GLOBAL, '8', CMD_SCREEN8 },
    { KCTX_GLOBAL, '9', CMD_SCREEN9 },
    { KCTX_GLOBAL, F(KEY_F(2)), CMD_SCREEN2 }, { KCTX_GLOBAL, F(KEY_F(3)), CMD_SCREEN3 },
    { KCTX_GLOBAL, F(KEY_F(4)), CMD_SCREEN4 }, { KCTX_GLOBAL, F(KEY_F(5)), CMD_SCREEN5 },
    { KCTX_GLOBAL, F(KEY_F(6)), CMD_SCREEN6 }, { KCTX_GLOBAL, F(KEY_F(7)), CMD_SCREEN7 },
    { KCTX_GLOBAL, F(KEY_F(8)), CMD_SCREEN8 }, { KCTX_GLOBAL, F(KEY_F(9)), CMD_SCREEN9 },
    { KCTX_GLOBAL, F(KEY_UP), CMD_UP }, { KCTX_GLOBAL, F(KEY_DOWN), CMD_DOWN },
    { KCTX_GLOBAL, F(KEY_PPAGE), CMD_PAGE_UP }, { KCTX_GLOBAL, F(KEY_NPAGE), CMD_PAGE_DOWN },
    { KCTX_GLOBAL, '\r', CMD_OPEN }, { KCTX_GLOBAL, F(KEY_ENTER), CMD_OPEN },

    { KCTX_LIST, F(KEY_UP), CMD_UP }, { KCTX_LIST, 'k', CMD_UP },
    { KCTX_LIST, F(KEY_DOWN), CMD_DOWN }, { KCTX_LIST, 'j', CMD_DOWN },
    { KCTX_LIST, F(KEY_PPAGE), CMD_PAGE_UP }, { KCTX_LIST, C('B'), CMD_PAGE_UP },
    { KCTX_LIST, F(KEY_NPAGE), CMD_PAGE_DOWN }, { KCTX_LIST, C('F'), CMD_PAGE_DOWN },
    { KCTX_LIST, ' ', CMD_PAGE_DOWN },
    { KCTX_LIST, F(KEY_HOME), CMD_TOP }, { KCTX_LIST, 'g', CMD_TOP },
    { KCTX_LIST, F(KEY_END), CMD_BOTTOM }, { KCTX_LIST, 'G', CMD_BOTTOM },
    { KCTX_LIST, '\r', CMD_OPEN }, { KCTX_LIST, F(KEY_ENTER), CMD_OPEN },
    { KCTX_LIST, 'a', CMD_NEW }, { KCTX_LIST, F(KEY_IC), CMD_NEW },
    { KCTX_LIST, 'e', CMD_EDIT },
    { KCTX_LIST, 'd', CMD_DELETE }, { KCTX_LIST, F(KEY_DC), CMD_DELETE },
    { KCTX_LIST, 't', CMD_ACTION },
    { KCTX_LIST, '/', CMD_SEARCH }, { KCTX_LIST, 'n', CMD_SEARCH_NEXT },
    { KCTX_LIST, 'N', CMD_SEARCH_PREV },
    { KCTX_LIST, 'f', CMD_FILTER }, { KCTX_LIST, 's', CMD_SORT },
    { KCTX_LIST, 'r', CMD_REFRESH }, { KCTX_LIST, 'h', CMD_HISTORY },
    { KCTX_LIST, 'A', CMD_ASSIGN }, { KCTX_LIST, 'p', CMD_REPORT },
    { KCTX_LIST, '!', CMD_FLAG }, { KCTX_LIST, 'X', CMD_EXPORT },

    { KCTX_FORM, '\t', CMD_NEXT_FIELD }, { KCTX_FORM, F(KEY_DOWN), CMD_NEXT_FIELD },
    { KCTX_FORM, '\r', CMD_NEXT_FIELD }, { KCTX_FORM, F(KEY_ENTER), CMD_NEXT_FIELD },
    { KCTX_FORM, F(KEY_BTAB), CMD_PREV_FIELD }, { KCTX_FORM, F(KEY_UP), CMD_PREV_FIELD },
    { KCTX_FORM, C('S'), CMD_SAVE }, { KCTX_FORM, F(KEY_F(2)), CMD_SAVE },
    { KCTX_FORM, F(KEY_PPAGE), CMD_PAGE_UP }, { KCTX_FORM, F(KEY_NPAGE), CMD_PAGE_DOWN },

    { KCTX_PROMPT, '\r', CMD_ACCEPT }, { KCTX_PROMPT, F(KEY_ENTER), CMD_ACCEPT },
    { KCTX_PROMPT, 27, CMD_CANCEL }, { KCTX_PROMPT, C('G'), CMD_CANCEL },
    { KCTX_PROMPT, F(KEY_UP), CMD_UP }, { KCTX_PROMPT, F(KEY_DOWN), CMD_DOWN },
    { KCTX_PROMPT, '\t', CMD_DOWN }, { KCTX_PROMPT, F(KEY_BTAB), CMD_UP },
    /* tasks: conflict screen, inbox, actions and reports from a task form */
    { KCTX_LIST, 'M', CMD_KEEP_MINE }, { KCTX_LIST, 'T', CMD_TAKE_THEIRS },
    { KCTX_LIST, 'R', CMD_MARK_ALL_READ },
    { KCTX_FORM, C('T'), CMD_ACTION }, { KCTX_FORM, C('R'), CMD_REFRESH },
    /* discipline, progress and briefing screens; flagging from anywhere */
    { KCTX_GLOBAL, '!', CMD_FLAG },
    /* in a form '!' is text: flagging there is Ctrl-V (F11 went to reference data) */
    { KCTX_FORM, C('V'), CMD_FLAG },
    { KCTX_LIST, 'E', CMD_EVIDENCE }, { KCTX_LIST, 'S', CMD_STATS },
    { KCTX_LIST, 'y', CMD_YEAR },
    /* cases: narrow the list as you type; a record's history from a form */
    { KCTX_LIST, 'l', CMD_LIMIT }, { KCTX_FORM, C('O'), CMD_HISTORY },
    /* targets and ranking: screens past 9, weights, commendations, periods */
    { KCTX_GLOBAL, '0', CMD_SCREEN10 }, { KCTX_GLOBAL, F(KEY_F(12)), CMD_SCREEN11 },
    { KCTX_GLOBAL, F(KEY_F(11)), CMD_SCREEN12 },   /* reference data (admins) */
    { KCTX_LIST, 'w', CMD_WEIGHTS }, { KCTX_LIST, 'c', CMD_COMMENDATIONS },
    { KCTX_LIST, 'P', CMD_PERIOD }, { KCTX_LIST, '[', CMD_PERIOD_PREV },
    { KCTX_LIST, ']', CMD_PERIOD_NEXT },
    { KCTX_LIST, 'v', CMD_VILLAGES },
    /* a case form: the full numbers behind the masks, each look-up logged */
    { KCTX_FORM, C('N'), CMD_REVEAL },
    /* a case form: the case's one timeline (scr_reader.c) */
    { KCTX_FORM, C('Y'), CMD_TIMELINE },
    /* evidence: the photos and documents attached to a case, patrol or task */
    { KCTX_FORM, C('P'), CMD_ATTACH }, { KCTX_LIST, 'F', CMD_ATTACH },
    /* reference data: retire a merged village or a finished project, or restore it */
    { KCTX_LIST, 'x', CMD_RETIRE },
};

/* Line-editing keys, shared by the two text contexts. */
static const struct { int key; enum cmd cmd; } edit_defaults[] = {
    { F(KEY_LEFT), CMD_CHAR_LEFT }, { C('B'), CMD_CHAR_LEFT },
    { F(KEY_RIGHT), CMD_CHAR_RIGHT }, { C('F'), CMD_CHAR_RIGHT },
    { F(KEY_SLEFT), CMD_WORD_LEFT }, { F(KEY_SRIGHT), CMD_WORD_RIGHT },
    { F(KEY_HOME), CMD_LINE_START }, { C('A'), CMD_LINE_START },
    { F(KEY_END), CMD_LINE_END }, { C('E'), CMD_LINE_END },
    { F(KEY_BACKSPACE), CMD_DEL_BACK }, { 127, CMD_DEL_BACK }, { C('H'), CMD_DEL_BACK },
    { F(KEY_DC), CMD_DEL_CHAR }, { C('D'), CMD_DEL_CHAR },
    { C('U'), CMD_KILL_START }, { C('K'), CMD_KILL_END }, { C('W'), CMD_KILL_WORD },
};
#undef F
#undef C

const char *cmd_name(enum cmd c)
{
    return (unsigned)c < CMD__COUNT ? cmd_names[c] : "?";
}

const char *cmd_desc(enum cmd c)
{
    return (unsigned)c < CMD__COUNT && cmd_descs[c][0] ? _(cmd_descs[c]) : "";
}

enum cmd cmd_by_name(const char *name)
{
    for (int i = 0; i < CMD__COUNT; i++)
        if (strcmp(cmd_names[i], name) == 0) return (enum cmd)i;
    return CMD__COUNT;
}

const char *kctx_name(enum key_context k)
{
    return (unsigned)k < KCTX__COUNT ? kctx_names[k] : "?";
}

static int kctx_by_name(const char *name)   /* -1 if unknown */
{
    for (int i = 0; i < KCTX__COUNT; i++)
        if (strcmp(kctx_names[i], name) == 0) return i;
    return -1;
}

int kctx_is_text(enum key_context ctx)
{
    return ctx == KCTX_FORM || ctx == KCTX_PROMPT;
}

static struct binding *find(enum key_context ctx, int key)
{
    for (int i = 0; i < ntables[ctx]; i++)
        if (tables[ctx][i].key == key) return &tables[ctx][i];
    return NULL;
}

static int set_binding(enum key_context ctx, int key, enum cmd c)
{
    struct binding *b = find(ctx, key);

    if (b) { b->cmd = c; return 0; }
    if (ntables[ctx] >= MAX_BINDINGS) return -1;
    tables[ctx][ntables[ctx]].key = key;
    tables[ctx][ntables[ctx]].cmd = c;
    ntables[ctx]++;
    return 0;
}

void keymap_init(void)
{
    memset(ntables, 0, sizeof ntables);
    for (size_t i = 0; i < ARRAY_SIZE(defaults); i++)
        set_binding(defaults[i].ctx, defaults[i].key, defaults[i].cmd);
    for (size_t i = 0; i < ARRAY_SIZE(edit_defaults); i++) {
        set_binding(KCTX_FORM, edit_defaults[i].key, edit_defaults[i].cmd);
        set_binding(KCTX_PROMPT, edit_defaults[i].key, edit_defaults[i].cmd);
    }
}

static int is_text_key(int key)
{
    return !KEYC_IS_FN(key) && key >= 0x20 && key != 0x7F && cp_printable((uint32_t)key);
}

enum cmd keymap_resolve(enum key_context ctx, int key)
{
    struct binding *b;

    if ((unsigned)ctx >= KCTX__COUNT) ctx = KCTX_GLOBAL;
    if (key == '\n') key = '\r';
    /* An explicit binding (even to "none") in the context wins. */
    if ((b = find(ctx, key))) return b->cmd;
    if (kctx_is_text(ctx) && is_text_key(key)) return CMD_NONE;
    if ((b = find(KCTX_GLOBAL, key))) return b->cmd;
    return CMD_NONE;
}

static const struct { const char *name; int key; } key_names[] = {
    { "Enter", '\r' }, { "Esc", 27 }, { "Tab", '\t' }, { "Space", ' ' },
    { "BackTab", KEYC_FN(KEY_BTAB) }, { "S-Tab", KEYC_FN(KEY_BTAB) },
    { "Backspace", KEYC_FN(KEY_BACKSPACE) }, { "DEL", 127 },
    { "Delete", KEYC_FN(KEY_DC) }, { "Insert", KEYC_FN(KEY_IC) },
    { "Home", KEYC_FN(KEY_HOME) }, { "End", KEYC_FN(KEY_END) },
    { "PgUp", KEYC_FN(KEY_PPAGE) }, { "PgDn", KEYC_FN(KEY_NPAGE) },
    { "Up", KEYC_FN(KEY_UP) }, { "Down", KEYC_FN(KEY_DOWN) },
    { "Left", KEYC_FN(KEY_LEFT) }, { "Right", KEYC_FN(KEY_RIGHT) },
    { "S-Left", KEYC_FN(KEY_SLEFT) }, { "S-Right", KEYC_FN(KEY_SRIGHT) },
    { "KpEnter", KEYC_FN(KEY_ENTER) },
};

int keymap_parse_key(const char *name)
{
    size_t len = strlen(name);
    uint32_t cp;
    int ok;

    if (len == 0) return -1;
    for (size_t i = 0; i < ARRAY_SIZE(key_names); i++)
        if (strcasecmp(key_names[i].name, name) == 0) return key_names[i].key;
    if ((name[0] == 'F' || name[0] == 'f') && len >= 2 && len <= 3) {
        int n = 0;
        for (size_t i = 1; i < len; i++) {
            if (name[i] < '0' || name[i] > '9') return -1;
            n = n * 10 + (name[i] - '0');
        }
        return n >= 1 && n <= 12 ? KEYC_FN(KEY_F(n)) : -1;
    }
    if (len == 3 && (name[0] == 'C' || name[0] == 'c') && name[1] == '-' &&
        ((name[2] | 0x20) >= 'a' && (name[2] | 0x20) <= 'z'))
        return KEYC_CTRL(name[2]);
    if (len == 6 && strncasecmp(name, "ctrl-", 5) == 0 && ((name[5] | 0x20) >= 'a' && (name[5] | 0x20) <= 'z'))
        return KEYC_CTRL(name[5]);
    if (len == 2 && name[0] == '^' && ((name[1] | 0x20) >= 'a' && (name[1] | 0x20) <= 'z'))
        return KEYC_CTRL(name[1]);
    /* A single printable character, any script. */
    if (utf8_decode(name, len, &cp, &ok) == len && ok && is_text_key((int)cp))
        return (int)cp;
    return -1;
}

const char *keymap_key_name(int key, char *buf, size_t bufsz)
{
    for (size_t i = 0; i < ARRAY_SIZE(key_names); i++)
        if (key_names[i].key == key) return snprintf(buf, bufsz, "%s", key_names[i].name), buf;
    if (KEYC_IS_FN(key)) {
        int k = key & ~KEYC_FN_FLAG;
        if (k >= KEY_F(1) && k <= KEY_F(12)) snprintf(buf, bufsz, "F%d", k - KEY_F(0));
        else snprintf(buf, bufsz, "<%d>", k);
        return buf;
    }
    if (key >= 1 && key < 0x20) {
        snprintf(buf, bufsz, "Ctrl-%c", key + '@');
        return buf;
    }
    if (bufsz >= 5) buf[utf8_encode((uint32_t)key, buf)] = '\0';
    else if (bufsz) buf[0] = '\0';
    return buf;
}

/* What the key bar and the help show for a key: a named key in the
 * reader's language when the catalogue has it (msgid "NAME (key)"), else
 * keymap_key_name, the spelling the key file uses. */
const char *keymap_key_label(int key, char *buf, size_t bufsz)
{
    static const struct { int key; const char *label; } labels[] = {
        { '\r', N_("Enter (key)") }, { ' ', N_("Space (key)") }, { KEYC_FN(KEY_BTAB), N_("BackTab (key)") },
        { KEYC_FN(KEY_BACKSPACE), N_("Backspace (key)") }, { 127, N_("DEL (key)") },
        { KEYC_FN(KEY_DC), N_("Delete (key)") }, { KEYC_FN(KEY_IC), N_("Insert (key)") },
        { KEYC_FN(KEY_HOME), N_("Home (key)") }, { KEYC_FN(KEY_END), N_("End (key)") },
        { KEYC_FN(KEY_PPAGE), N_("PgUp (key)") }, { KEYC_FN(KEY_NPAGE), N_("PgDn (key)") },
        { KEYC_FN(KEY_UP), N_("Up (key)") }, { KEYC_FN(KEY_DOWN), N_("Down (key)") },
        { KEYC_FN(KEY_LEFT), N_("Left (key)") }, { KEYC_FN(KEY_RIGHT), N_("Right (key)") },
        { KEYC_FN(KEY_SLEFT), N_("S-Left (key)") }, { KEYC_FN(KEY_SRIGHT), N_("S-Right (key)") },
        { KEYC_FN(KEY_ENTER), N_("Enter (key)") },
    };
    for (size_t i = 0; i < ARRAY_SIZE(labels); i++) {
        const char *t;
        if (labels[i].key != key) continue;
        t = _(labels[i].label);
        if (t != labels[i].label) return snprintf(buf, bufsz, "%s", t), buf;
        break;
    }
    return keymap_key_name(key, buf, bufsz);
}

int keymap_bind(const char *ctx, const char *key, const char *command,
                char *err, size_t errsz)
{
    int k = kctx_by_name(ctx), code;
    enum cmd c;

    if (k < 0) {
        snprintf(err, errsz, _("unknown key context \"%s\" (use global, list, form or prompt)"), ctx);
        return -1;
    }
    if ((code = keymap_parse_key(key)) < 0) {
        snprintf(err, errsz, _("unknown key \"%s\" (use a character, Enter, Esc, Tab, F1-F12, C-a...)"), key);
        return -1;
    }
    if ((c = cmd_by_name(command)) == CMD__COUNT) {
        snprintf(err, errsz, _("unknown command \"%s\""), command);
        return -1;
    }
    if (set_binding((enum key_context)k, code, c) < 0) {
        snprintf(err, errsz, _("too many key bindings in context \"%s\""), ctx);
        return -1;
    }
    return 0;
}

/* Append the keys of ctx bound to c; returns how many were added. */
static int append_keys(enum key_context ctx, enum cmd c, int skip_text, char *buf,
                       size_t bufsz, int have, int max)
{
    char name[32];
    int added = 0;

    for (int i = 0; i < ntables[ctx]; i++) {
        const struct binding *b = &tables[ctx][i];
        if (b->cmd != c || (skip_text && is_text_key(b->key))) continue;
        if (b->key == KEYC_FN(KEY_ENTER)) continue;    /* same as Enter */
        if (max && have + added >= max) break;
        keymap_key_label(b->key, name, sizeof name);
        size_t len = strlen(buf);
        snprintf(buf + len, bufsz - len, "%s%s", have + added ? "/" : "", name);
        added++;
    }
    return added;
}

const char *keymap_keys_for(enum key_context ctx, enum cmd c, char *buf,
                            size_t bufsz, int max)
{
    int n;

    if (bufsz == 0) return buf;
    buf[0] = '\0';
    if ((unsigned)ctx >= KCTX__COUNT) ctx = KCTX_GLOBAL;
    n = append_keys(ctx, c, 0, buf, bufsz, 0, max);
    /* Global keys also work in the context unless shadowed; in text
     * contexts printable global keys are text, so they do not count. */
    if (ctx != KCTX_GLOBAL && (!max || n < max)) {
        for (int i = 0; i < ntables[KCTX_GLOBAL]; i++) {
            const struct binding *b = &tables[KCTX_GLOBAL][i];
            char name[32];
            size_t len;
            if (b->cmd != c || find(ctx, b->key) || b->key == KEYC_FN(KEY_ENTER)) continue;
            if (kctx_is_text(ctx) && is_text_key(b->key)) continue;
            if (max && n >= max) break;
            keymap_key_label(b->key, name, sizeof name);
            len = strlen(buf);
            snprintf(buf + len, bufsz - len, "%s%s", n ? "/" : "", name);
            n++;
        }
    }
    return buf;
}

const char *keymap_first_key(enum key_context ctx, enum cmd c)
{
    static char bufs[4][32];
    static int next;
    char *buf = bufs[next++ & 3];

    keymap_keys_for(ctx, c, buf, sizeof bufs[0], 1);
    return buf;
}

int keymap_help(enum key_context ctx, const enum cmd *cmds,
                int (*visible)(enum cmd, void *), void *varg,
                void (*emit)(enum cmd c, const char *keys, const char *desc, void *),
                void *earg)
{
    char keys[128];
    int n = 0;

    for (; cmds && *cmds != CMD_NONE; cmds++) {
        if (visible && !visible(*cmds, varg)) continue;
        keymap_keys_for(ctx, *cmds, keys, sizeof keys, 3);
        if (!keys[0]) continue;
        emit(*cmds, keys, cmd_desc(*cmds), earg);
        n++;
    }
    return n;
}
