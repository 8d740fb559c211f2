/* servermsg.c — server sentences with values, translated (see servermsg.h).
 *
 * Each format becomes one PCRE2 pattern, compiled once on first use: its
 * text literal, each %s / %I / %L (or %N$s) a lazy capture, anchored at both
 * ends.  Of the formats that match, the one with the most literal text wins
 * ("There is no unit with code %s." over "%s is not ...").  The translation
 * may reorder the values with %1$s, %2$s. */
#include "config.h"
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "servermsg.h"
#include "util.h"

#define MAX_VALUES 9

static const char *const formats[] = {
#include "src/sql_formats.inc"
};
#define NFORMATS ARRAY_SIZE(formats)

struct compiled {
    pcre2_code *re;
    int literal;              /* characters of fixed text: more is more specific */
    int arg[MAX_VALUES];      /* capture group i+1 holds value arg[i] (0-based) */
    int ncap;
};

static struct compiled compiled[NFORMATS];
static int compiled_done;
static pcre2_match_data *md;
static const char *(*labeller)(const char *value);

void servermsg_set_labeller(const char *(*label)(const char *value))
{
    labeller = label;
}

int servermsg_format_count(void)
{
    return (int)NFORMATS;
}

/* The pattern of one format; counts its literal text and maps captures. */
static char *pattern_of(const char *fmt, struct compiled *c)
{
    size_t cap = strlen(fmt) * 2 + 64, n = 0;
    char *p = xmalloc(cap);
    int next = 0;

    p[n++] = '^';
    for (const char *s = fmt; *s; s++) {
        if (*s == '%' && s[1] == '%') {
            p[n++] = '%'; s++; c->literal++;
            continue;
        }
        if (*s == '%') {
            const char *t = s + 1;
            int pos = -1;
            if (t[0] >= '1' && t[0] <= '9' && t[1] == '$') { pos = t[0] - '1'; t += 2; }
            if (*t == 's' || *t == 'I' || *t == 'L') {
                const char *g = *t == 'L' ? "'?(.*?)'?" : "(.*?)";
                if (c->ncap < MAX_VALUES) c->arg[c->ncap++] = pos >= 0 ? pos : next;
                next = (pos >= 0 ? pos : next) + 1;
                memcpy(p + n, g, strlen(g)); n += strlen(g);
                s = t;
                continue;
            }
        }
        if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9')
              || *s == ' ' || (unsigned char)*s >= 0x80))
            p[n++] = '\\';
        p[n++] = *s;
        c->literal++;
    }
    p[n++] = '$';
    p[n] = '\0';
    return p;
}

static void compile_all(void)
{
    int errcode;
    PCRE2_SIZE erroff;

    compiled_done = 1;
    for (size_t i = 0; i < NFORMATS; i++) {
        char *p = pattern_of(formats[i], &compiled[i]);
        compiled[i].re = pcre2_compile((PCRE2_SPTR)p, PCRE2_ZERO_TERMINATED,
                                       PCRE2_DOTALL | PCRE2_UTF, &errcode, &erroff, NULL);
        if (!compiled[i].re)
            log_msg("servermsg: format %zu does not compile: %s", i, p);
        else
            pcre2_jit_compile(compiled[i].re, PCRE2_JIT_COMPLETE);
        free(p);
    }
    md = pcre2_match_data_create(MAX_VALUES + 1, NULL);
}

/* The best-matching format, or -1. */
static int best_format(const char *msg)
{
    int best = -1;
    for (size_t i = 0; i < NFORMATS; i++) {
        if (!compiled[i].re) continue;
        if (pcre2_match(compiled[i].re, (PCRE2_SPTR)msg, PCRE2_ZERO_TERMINATED, 0, 0, md, NULL) < 0)
            continue;
        if (best < 0 || compiled[i].literal > compiled[best].literal)
            best = (int)i;
    }
    if (best >= 0)   /* leave the winner's captures in md */
        pcre2_match(compiled[best].re, (PCRE2_SPTR)msg, PCRE2_ZERO_TERMINATED, 0, 0, md, NULL);
    return best;
}

static const char *label_of(const char *v)
{
    static char money[MAX_VALUES][64];
    static int next;
    const char *l = labeller ? labeller(v) : NULL;
    if (looks_like_money(v)) {   /* fill() copies each value at once; a few in turn anyway */
        next = (next + 1) % MAX_VALUES;
        return money_group(money[next], sizeof money[next], v);
    }
    if (l && *l) return l;
    return *v ? gettext(v) : v;
}

/* Fills the translated format tr with the values into buf. */
static void fill(const char *tr, char vals[][256], int nvals, char *buf, size_t bufsz)
{
    size_t n = 0;
    int next = 0;

    for (const char *s = tr; *s && n + 1 < bufsz; s++) {
        if (*s == '%' && s[1] == '%') { buf[n++] = '%'; s++; continue; }
        if (*s == '%') {
            const char *t = s + 1;
            int pos = next;
            if (t[0] >= '1' && t[0] <= '9' && t[1] == '$') { pos = t[0] - '1'; t += 2; }
            if (*t == 's' || *t == 'I' || *t == 'L') {
                const char *v = pos < nvals ? label_of(vals[pos]) : "";
                size_t l = strlen(v);
                if (l > bufsz - 1 - n) l = bufsz - 1 - n;
                memcpy(buf + n, v, l); n += l;
                next = pos + 1; s = t;
                continue;
            }
        }
        buf[n++] = *s;
    }
    buf[n] = '\0';
}

const char *servermsg_translate(const char *msg, char *buf, size_t bufsz)
{
    const char *tr = gettext(msg);
    char vals[MAX_VALUES][256] = { { 0 } };
    int f, nvals = 0;

    if (tr != msg || !*msg) {
        snprintf(buf, bufsz, "%s", tr);
        return buf;
    }
    if (!compiled_done) compile_all();
    f = best_format(msg);
    tr = f >= 0 ? gettext(formats[f]) : msg;
    if (f < 0 || tr == formats[f]) {   /* unknown, or not translated */
        snprintf(buf, bufsz, "%s", msg);
        return buf;
    }
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
    for (int i = 0; i < compiled[f].ncap; i++) {
        int a = compiled[f].arg[i];
        size_t len = ov[2 * (i + 1) + 1] - ov[2 * (i + 1)];
        if (a >= MAX_VALUES) continue;
        if (len > sizeof vals[0] - 1) len = sizeof vals[0] - 1;
        memcpy(vals[a], msg + ov[2 * (i + 1)], len);
        vals[a][len] = '\0';
        if (a + 1 > nvals) nvals = a + 1;
    }
    fill(tr, vals, nvals, buf, bufsz);
    return buf;
}
