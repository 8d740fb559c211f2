/* validate.c — field rules with PCRE2 (compiled once, JIT where available)
 * and the check-digit arithmetic of GB 11643 and GB 32100.
 *
 * The patterns only decide the shape; arithmetic and calendar checks are C,
 * so each failure gets its own sentence. */
#include "config.h"
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "district.h"
#include "i18n.h"
#include "util.h"
#include "validate.h"
#include "width.h"

enum pat {
    P_CITIZEN, P_CREDIT, P_PHONE, P_CASE, P_TASK, P_AMOUNT, P_AREA, P_MU, P_DATE,
    P_NAME, P_COUNT
};

struct cached {
    const char *src;
    uint32_t opts;
    pcre2_code *re;
    pcre2_match_data *md;
};

static struct cached pats[P_COUNT] = {
    [P_CITIZEN] = { "^[0-9]{17}[0-9Xx]$", 0, NULL, NULL },
    [P_CREDIT]  = { "^[0-9A-HJ-NPQRTUW-Y]{18}$", PCRE2_CASELESS, NULL, NULL },
    [P_PHONE]   = { "^(?:1[3-9][0-9]{9}|0[1-9][0-9]{1,2}-?[2-9][0-9]{6,7})$", 0, NULL, NULL },
    [P_CASE]    = { "^(?:ZS|LW|XF)-[0-9]{4}-[0-9]{6}$", PCRE2_CASELESS, NULL, NULL },
    [P_TASK]    = { "^DB-[0-9]{4}-[0-9]{4,6}$", PCRE2_CASELESS, NULL, NULL },
    [P_AMOUNT]  = { "^[0-9]{1,10}(?:\\.[0-9]{1,2})?$", 0, NULL, NULL },
    [P_AREA]    = { "^[0-9]{1,7}(?:\\.[0-9]{1,2})?$", 0, NULL, NULL },
    [P_MU]      = { "^[0-9]{1,4}(?:\\.[0-9]{1,3})?$", 0, NULL, NULL },
    [P_DATE]    = { "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", 0, NULL, NULL },
    /* a name: at least one letter of any script, nothing but letters, marks,
     * the middle dot of minority names, spaces and a few joiners */
    [P_NAME]    = { "^(?=.*\\pL)[\\pL\\pM·•. ()（）-]{1,100}$", PCRE2_UTF | PCRE2_UCP, NULL, NULL },
};

static const char CREDIT_ALPHABET[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/* Compile on first use; a pattern that does not compile is a programming
 * error, so it is fatal. */
static struct cached *pat(enum pat p)
{
    struct cached *c = &pats[p];
    int errcode;
    PCRE2_SIZE erroff;

    if (c->re)
        return c;
    c->re = pcre2_compile((PCRE2_SPTR)c->src, PCRE2_ZERO_TERMINATED, c->opts, &errcode, &erroff, NULL);
    if (!c->re) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(errcode, msg, sizeof msg);
        fatal("validate: pattern %d does not compile at %zu: %s", (int)p, (size_t)erroff, (char *)msg);
    }
    (void)pcre2_jit_compile(c->re, PCRE2_JIT_COMPLETE);  /* falls back to the interpreter */
    c->md = pcre2_match_data_create_from_pattern(c->re, NULL);
    if (!c->md)
        fatal("validate: out of memory");
    return c;
}

static int matches(enum pat p, const char *s)
{
    struct cached *c;

    if (!s)
        return 0;
    c = pat(p);
    return pcre2_match(c->re, (PCRE2_SPTR)s, strlen(s), 0, 0, c->md, NULL) >= 0;
}

static int fail(char *err, size_t errlen, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static int fail(char *err, size_t errlen, const char *fmt, ...)
{
    va_list ap;

    if (err && errlen) {
        va_start(ap, fmt);
        vsnprintf(err, errlen, fmt, ap);
        va_end(ap);
    }
    return -1;
}


/* Names, numbers and codes take only characters one can see: a zero-width
 * space or a bidi control makes two names that look equal differ (and a
 * number read backwards).  The sentence names the character. */
static int invisible(const char *s, char *err, size_t errlen)
{
    uint32_t cp = s ? str_first_invisible(s) : 0;

    if (!cp) return 0;
    return fail(err, errlen, _("It contains an invisible character (U+%04X): names, numbers and codes take only visible characters. Delete it and type the text again."),
                (unsigned)cp);
}

int validate_name(const char *s, char *err, size_t errlen)
{
    return invisible(s, err, errlen);
}

int validate_name_required(const char *s, char *err, size_t errlen)
{
    if (validate_nonempty(s, err, errlen) < 0) return -1;
    return invisible(s, err, errlen);
}
static int leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int real_date(int y, int m, int d)
{
    static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

    if (y < 1 || m < 1 || m > 12 || d < 1)
        return 0;
    return d <= mdays[m - 1] + (m == 2 && leap(y));
}

/* Today as yyyymmdd in the district (see district.h). */
static long today_ymd(void)
{
    return district_today_ymd();
}

static int digits(const char *s, int n)
{
    int v = 0;

    for (int i = 0; i < n; i++)
        v = v * 10 + (s[i] - '0');
    return v;
}

char citizen_id_check_digit(const char *first17)
{
    static const int w[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    int sum = 0;

    for (int i = 0; i < 17; i++) {
        if (first17[i] < '0' || first17[i] > '9')
            return 0;
        sum += (first17[i] - '0') * w[i];
    }
    return "10X98765432"[sum % 11];
}

static int credit_value(char ch)
{
    const char *p;

    if (ch >= 'a' && ch <= 'z')
        ch = (char)(ch - 'a' + 'A');
    p = ch ? strchr(CREDIT_ALPHABET, ch) : NULL;
    return p ? (int)(p - CREDIT_ALPHABET) : -1;
}

char credit_code_check_char(const char *first17)
{
    int sum = 0, weight = 1;

    /* weights are 3^i mod 31 */
    for (int i = 0; i < 17; i++) {
        int v = credit_value(first17[i]);
        if (v < 0)
            return 0;
        sum += v * weight;
        weight = weight * 3 % 31;
    }
    return CREDIT_ALPHABET[(31 - sum % 31) % 31];
}

int validate_citizen_id(const char *s, char *err, size_t errlen)
{
    int y, m, d;
    char want;
    if (invisible(s, err, errlen)) return -1;

    if (!matches(P_CITIZEN, s))
        return fail(err, errlen, "%s", _("The citizen ID number must have 18 characters: 17 digits and a check digit (0-9 or X)."));
    y = digits(s + 6, 4);
    m = digits(s + 10, 2);
    d = digits(s + 12, 2);
    if (y < 1900 || !real_date(y, m, d) || y * 10000L + m * 100 + d > today_ymd())
        return fail(err, errlen, "%s", _("The birth date inside the citizen ID number (characters 7 to 14) is not a real past date."));
    want = citizen_id_check_digit(s);
    if (want != (s[17] == 'x' ? 'X' : s[17]))
        return fail(err, errlen, "%s", _("The check digit of the citizen ID number is wrong: please check every digit."));
    return 0;
}

int validate_credit_code(const char *s, char *err, size_t errlen)
{
    if (invisible(s, err, errlen)) return -1;
    if (!s || strlen(s) != 18)
        return fail(err, errlen, "%s", _("The unified social credit code must have exactly 18 characters."));
    if (!matches(P_CREDIT, s))
        return fail(err, errlen, "%s", _("The unified social credit code may contain only digits and capital letters other than I, O, S, V and Z."));
    if (credit_code_check_char(s) != (char)(s[17] >= 'a' && s[17] <= 'z' ? s[17] - 'a' + 'A' : s[17]))
        return fail(err, errlen, "%s", _("The check character of the unified social credit code is wrong: please check every character."));
    return 0;
}

int validate_phone(const char *s, char *err, size_t errlen)
{
    if (invisible(s, err, errlen)) return -1;
    if (!matches(P_PHONE, s))
        return fail(err, errlen, "%s", _("The phone number must be a mobile number (11 digits starting with 13 to 19) or a landline number with its area code, such as 0915-3212345."));
    return 0;
}

int validate_case_no(const char *s, char *err, size_t errlen)
{
    if (invisible(s, err, errlen)) return -1;
    if (!matches(P_CASE, s))
        return fail(err, errlen, "%s", _("The case number must look like ZS-2024-000123 or LW-2025-000456."));
    return 0;
}

int validate_task_no(const char *s, char *err, size_t errlen)
{
    if (invisible(s, err, errlen)) return -1;
    if (!matches(P_TASK, s))
        return fail(err, errlen, "%s", _("The task number must look like DB-2026-0042."));
    return 0;
}

int validate_amount(const char *s, const char *field, char *err, size_t errlen)
{
    if (invisible(s, err, errlen)) return -1;
    if (!matches(P_AMOUNT, s))
        return fail(err, errlen, _("%s must be an amount in yuan from 0 to 9999999999.99, with at most two decimals."), field);
    return 0;
}

int validate_area(const char *s, const char *field, char *err, size_t errlen)
{
    if (invisible(s, err, errlen)) return -1;
    if (!matches(P_AREA, s) || strtod(s, NULL) <= 0 || strtod(s, NULL) >= 1e6)
        return fail(err, errlen, _("%s must be an area in square metres greater than 0 and less than 1,000,000, with at most two decimals."), field);
    return 0;
}

int validate_land_mu(const char *s, const char *field, char *err, size_t errlen)
{
    if (invisible(s, err, errlen)) return -1;
    if (!matches(P_MU, s) || strtod(s, NULL) <= 0 || strtod(s, NULL) >= 1500)
        return fail(err, errlen, _("%s must be an area in mu greater than 0 and less than 1,500, with at most three decimals."), field);
    return 0;
}

int validate_floors(const char *s, char *err, size_t errlen)
{
    char *end;
    long f = strtol(s, &end, 10);
    if (invisible(s, err, errlen)) return -1;

    if (*end || f < 0 || f > 99) return fail(err, errlen, "%s", _("Give the number of floors, 0 to 99."));
    return 0;
}

int validate_degrees(const char *s, char *err, size_t errlen)
{
    char *end;
    double x = strtod(s, &end);
    if (invisible(s, err, errlen)) return -1;

    if (*end || x < -180 || x > 180)
        return fail(err, errlen, "%s", _("Give degrees as a decimal number, like 32.684."));
    return 0;
}

int validate_date(const char *s, int flags, const char *field, char *err, size_t errlen)
{
    int y, m, d;
    if (invisible(s, err, errlen)) return -1;

    if (!matches(P_DATE, s))
        return fail(err, errlen, _("%s must be a date written as YYYY-MM-DD."), field);
    y = digits(s, 4);
    m = digits(s + 5, 2);
    d = digits(s + 8, 2);
    if (y < 1900 || !real_date(y, m, d))
        return fail(err, errlen, _("%s is not a real calendar date."), field);
    if ((flags & VDATE_PAST) && y * 10000L + m * 100 + d > today_ymd())
        return fail(err, errlen, _("%s cannot be in the future."), field);
    return 0;
}

int validate_date_past(const char *s, char *err, size_t errlen)
{
    return validate_date(s, VDATE_PAST, _("The date"), err, errlen);
}

int validate_date_any(const char *s, char *err, size_t errlen)
{
    return validate_date(s, 0, _("The date"), err, errlen);
}

int validate_date_or_empty(const char *s, char *err, size_t errlen)
{
    return !*s ? 0 : validate_date(s, 0, _("The date"), err, errlen);
}

int validate_year(const char *s, char *err, size_t errlen)
{
    char *end;
    long y = strtol(s, &end, 10);
    if (invisible(s, err, errlen)) return -1;

    if (*s && *end == '\0' && y >= 2000 && y <= 2100)
        return 0;
    return fail(err, errlen, "%s", _("Type a year such as 2024."));
}

int validate_nonempty(const char *s, char *err, size_t errlen)
{
    if (invisible(s, err, errlen)) return -1;
    for (const char *p = s; *p; p++)
        if (*p != ' ') return 0;
    return fail(err, errlen, "%s", _("This must not be empty."));
}

int validate_area_or_empty(const char *s, char *err, size_t errlen)
{
    return !s[0] ? 0 : validate_area(s, _("The area"), err, errlen);
}

int validate_amount_yuan(const char *s, char *err, size_t errlen)
{
    return validate_amount(s, _("The amount"), err, errlen);
}

int validate_decimal2(const char *s, char *err, size_t errlen)
{
    const char *p = s;
    int digits = 0, decimals = -1;
    if (invisible(s, err, errlen)) return -1;

    for (; *p; p++) {
        if (*p >= '0' && *p <= '9') {
            if (decimals >= 0) decimals++;
            else digits++;
        } else if (*p == '.' && decimals < 0) {
            decimals = 0;
        } else {
            break;
        }
    }
    if (*p == '\0' && digits > 0 && digits <= 12 && decimals != 0 && decimals <= 2)
        return 0;
    return fail(err, errlen, "%s", _("Type a number such as 120 or 35.5 (at most two decimals)."));
}

enum jump_kind validate_classify(const char *text)
{
    if (!text || !*text)
        return JUMP_NONE;
    if (matches(P_CASE, text))
        return JUMP_CASE_NO;
    if (matches(P_TASK, text))
        return JUMP_TASK_NO;
    /* An 18-digit text may be either; a valid credit code wins over an
     * ID-shaped text whose check digit fails. */
    if (matches(P_CITIZEN, text) && validate_citizen_id(text, NULL, 0) == 0)
        return JUMP_CITIZEN_ID;
    if (matches(P_CREDIT, text) && validate_credit_code(text, NULL, 0) == 0)
        return JUMP_CREDIT_CODE;
    if (matches(P_CITIZEN, text))
        return JUMP_CITIZEN_ID;
    if (matches(P_PHONE, text))
        return JUMP_PHONE;
    if (matches(P_NAME, text))
        return JUMP_NAME;
    return JUMP_NONE;
}

const char *jump_kind_name(enum jump_kind k)
{
    switch (k) {
    case JUMP_CASE_NO:     return _("case number");
    case JUMP_TASK_NO:     return _("task number");
    case JUMP_CITIZEN_ID:  return _("citizen ID number");
    case JUMP_CREDIT_CODE: return _("unified social credit code");
    case JUMP_PHONE:       return _("phone number");
    case JUMP_NAME:        return _("name");
    case JUMP_NONE:        break;
    }
    return _("nothing recognisable");
}

/* ------------------------------------------------------------ list search */
struct vsearch {
    pcre2_code *re;
    pcre2_match_data *md;
};

vsearch_t *vsearch_new(const char *pattern, int flags, char *err, size_t errlen)
{
    uint32_t opts = PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS | PCRE2_MATCH_INVALID_UTF;
    vsearch_t *vs;
    int errcode;
    PCRE2_SIZE erroff;

    if (!pattern || !*pattern) {
        fail(err, errlen, "%s", _("The search text is empty."));
        return NULL;
    }
    /* PCRE2_LITERAL refuses UCP; UTF alone still folds case beyond ASCII */
    if (flags & VSEARCH_LITERAL)
        opts = (opts & ~(uint32_t)PCRE2_UCP) | PCRE2_LITERAL;
    vs = xcalloc(1, sizeof *vs);
    vs->re = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED, opts, &errcode, &erroff, NULL);
    if (!vs->re) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(errcode, msg, sizeof msg);
        fail(err, errlen, _("The search pattern is not valid at character %zu: %s."), (size_t)erroff + 1, (char *)msg);
        free(vs);
        return NULL;
    }
    (void)pcre2_jit_compile(vs->re, PCRE2_JIT_COMPLETE);
    vs->md = pcre2_match_data_create_from_pattern(vs->re, NULL);
    if (!vs->md)
        fatal("validate: out of memory");
    return vs;
}

int vsearch_match(vsearch_t *vs, const char *text, size_t start, size_t *mstart, size_t *mend)
{
    size_t len;
    PCRE2_SIZE *ov;

    if (!vs || !text)
        return 0;
    len = strlen(text);
    if (start > len)
        return 0;
    /* an empty match would stall a highlighting loop: never report one */
    if (pcre2_match(vs->re, (PCRE2_SPTR)text, len, start, PCRE2_NOTEMPTY, vs->md, NULL) < 0)
        return 0;
    ov = pcre2_get_ovector_pointer(vs->md);
    *mstart = ov[0];
    *mend = ov[1];
    return 1;
}

void vsearch_free(vsearch_t *vs)
{
    if (!vs)
        return;
    pcre2_match_data_free(vs->md);
    pcre2_code_free(vs->re);
    free(vs);
}

void validate_cleanup(void)
{
    for (size_t i = 0; i < ARRAY_SIZE(pats); i++) {
        pcre2_match_data_free(pats[i].md);
        pcre2_code_free(pats[i].re);
        pats[i].md = NULL;
        pats[i].re = NULL;
    }
}
