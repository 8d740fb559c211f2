/* i18n.c — locale and catalogue set-up.
 *
 * A fresh Debian has only C, C.UTF-8 and POSIX locales.  With LANG=zh_CN.UTF-8
 * and no such locale installed, setlocale(LC_ALL, "") fails and both wide
 * characters and translations break.  So: try the environment; if that does
 * not give UTF-8, fall back to C.UTF-8 for character handling and carry the
 * wanted language in LANGUAGE, which glibc's gettext honours under C.UTF-8. */
#include "config.h"
#include "i18n.h"
#include "util.h"

#include <langinfo.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

static int chinese;

static int codeset_is_utf8(void)
{
    const char *cs = nl_langinfo(CODESET);
    return cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}

/* The language the user asked for, from the first of LANGUAGE, LC_ALL,
 * LC_MESSAGES, LANG that is set. */
static const char *wanted_language(void)
{
    static const char *vars[] = { "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG" };
    for (size_t i = 0; i < ARRAY_SIZE(vars); i++) {
        const char *v = getenv(vars[i]);
        if (v && *v)
            return v;
    }
    return "";
}

int i18n_init(const char *lang)
{
    int utf8;
    const char *want;

    if (lang && strncmp(lang, "zh", 2) == 0) {
        setenv("LANGUAGE", "zh_CN", 1);
    } else if (lang && strncmp(lang, "en", 2) == 0) {
        setenv("LANGUAGE", "en", 1);
    }
    want = wanted_language();
    chinese = want[0] == 'z' && want[1] == 'h';

    if (!setlocale(LC_ALL, "") || !codeset_is_utf8()) {
        /* Keep whatever was asked for as the UI language. */
        const char *language = getenv("LANGUAGE");
        if (chinese && (!language || !*language))
            setenv("LANGUAGE", "zh_CN", 1);
        if (!setlocale(LC_ALL, "C.UTF-8"))
            setlocale(LC_ALL, "C");
    }
    /* Under the C/POSIX locale glibc ignores LANGUAGE; C.UTF-8 is not "C". */
    utf8 = codeset_is_utf8();
    bindtextdomain(PACKAGE, data_dir_locale());
    bind_textdomain_codeset(PACKAGE, "UTF-8");
    textdomain(PACKAGE);
    return utf8;
}

int i18n_is_chinese(void)
{
    return chinese;
}

const char *i18n_label_colon(int ascii)
{
    return chinese && !ascii ? "\uff1a" : ": ";
}
