/* width.c — UTF-8 decoding and display widths (see width.h). */
#include "config.h"
#include <string.h>
#include <wchar.h>

#include "width.h"

static int ascii_mode;

void width_set_ascii(int on) { ascii_mode = on; }

size_t utf8_decode(const char *s, size_t len, uint32_t *cp, int *valid)
{
    const unsigned char *u = (const unsigned char *)s;
    uint32_t c, min;
    size_t n, i;

    if (len == 0) {
        *cp = 0;
        if (valid) *valid = 0;
        return 0;
    }
    c = u[0];
    if (c < 0x80) { *cp = c; if (valid) *valid = 1; return 1; }
    if (c >= 0xC2 && c <= 0xDF) { n = 2; c &= 0x1F; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { n = 3; c &= 0x0F; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { n = 4; c &= 0x07; min = 0x10000; }
    else goto bad;
    if (n > len) goto bad;
    for (i = 1; i < n; i++) {
        if ((u[i] & 0xC0) != 0x80) goto bad;
        c = (c << 6) | (u[i] & 0x3F);
    }
    /* Overlongs, surrogates and values past U+10FFFF are not UTF-8. */
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) goto bad;
    *cp = c;
    if (valid) *valid = 1;
    return n;
bad:
    *cp = WIDTH_REPLACEMENT;
    if (valid) *valid = 0;
    return 1;
}

size_t utf8_encode(uint32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;

    if (cp < 0x80) { o[0] = (unsigned char)cp; return 1; }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp >= 0xD800 && cp <= 0xDFFF) return 0;
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    if (cp <= 0x10FFFF) {
        o[0] = (unsigned char)(0xF0 | (cp >> 18));
        o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
        o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[3] = (unsigned char)(0x80 | (cp & 0x3F));
        return 4;
    }
    return 0;
}

int utf8_valid(const char *s, size_t len)
{
    size_t i = 0;
    uint32_t cp;
    int ok;

    while (i < len) {
        i += utf8_decode(s + i, len - i, &cp, &ok);
        if (!ok) return 0;
    }
    return 1;
}

int cp_printable(uint32_t cp)
{
    if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) return 0;
    if (cp == WIDTH_REPLACEMENT) return 1;
    return wcwidth((wchar_t)cp) >= 0;
}

int cp_width(uint32_t cp)
{
    int w;

    if (!cp_printable(cp) || cp_invisible(cp)) return 1;   /* shown as U+FFFD */
    w = wcwidth((wchar_t)cp);
    return w < 0 ? 1 : w;
}

/* Next displayed character: its source length, the code point to show and
 * its width.  Invalid bytes, non-printables and invisible format
 * characters (cp_invisible) become U+FFFD: a zero-width space in free text
 * is seen, not hidden. */
static size_t next_char(const char *s, size_t len, uint32_t *show, int *w)
{
    unsigned char c = (unsigned char)s[0];
    int ok, cw = -1;
    size_t n;

    /* Printable ASCII (most of a list: numbers, dates, the padding) is one
     * column in every locale: no wcwidth() lookup, which was a third of a
     * list's redraw (issue 16). */
    if (c >= 0x20 && c < 0x7F) { *show = c; *w = 1; return 1; }
    n = utf8_decode(s, len, show, &ok);
    /* cp_printable() and cp_width() in one wcwidth() call, not three */
    if (ok && *show != WIDTH_REPLACEMENT && !(*show < 0x20 || *show == 0x7F || (*show >= 0x80 && *show < 0xA0))
        && !cp_invisible(*show))
        cw = wcwidth((wchar_t)*show);          /* -1: not printable */
    if (cw < 0) {   /* invalid, a control, invisible, unprintable, or U+FFFD itself */
        *show = WIDTH_REPLACEMENT;
        cw = wcwidth((wchar_t)WIDTH_REPLACEMENT);
    }
    *w = cw < 0 ? 1 : cw;
    return n;
}

int strn_width(const char *s, size_t n)
{
    size_t i = 0;
    int total = 0, w;
    uint32_t cp;

    while (i < n && s[i]) {
        i += next_char(s + i, n - i, &cp, &w);
        total += w;
    }
    return total;
}

int str_width(const char *s)
{
    return s ? strn_width(s, strlen(s)) : 0;
}

size_t str_fit(const char *s, int cols, int *used)
{
    size_t len = strlen(s), i = 0, n;
    int u = 0, w;
    uint32_t cp;

    while (i < len) {
        n = next_char(s + i, len - i, &cp, &w);
        if (u + w > cols) break;
        u += w;
        i += n;
    }
    if (used) *used = u;
    return i;
}

/* Closing punctuation may not start a line, opening may not end one. */
static int cp_no_line_start(uint32_t cp)
{
    static const uint32_t t[] = { 0xFF0C, 0x3002, 0x3001, 0xFF1B, 0xFF1A, 0xFF01, 0xFF1F, 0xFF09,
                                  0x300D, 0x300F, 0x201D, 0x2019, 0x3011, 0x300B, 0x2026, 0x00B7,
                                  0xFF05, ',', '.', ';', ':', '!', '?', ')', ']', '%' };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) if (t[i] == cp) return 1;
    return 0;
}
static int cp_no_line_end(uint32_t cp)
{
    static const uint32_t t[] = { 0xFF08, 0x300C, 0x300E, 0x201C, 0x2018, 0x3010, 0x300A, '(', '[' };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) if (t[i] == cp) return 1;
    return 0;
}

size_t str_wrap(const char *s, int cols, size_t *next)
{
    size_t len = strlen(s), i = 0, n, brk = 0, brk_next = 0;
    int u = 0, w, have_brk = 0;
    uint32_t cp, prev = 0;
    int prev_w = 0;

    while (i < len) {
        n = next_char(s + i, len - i, &cp, &w);
        /* a break opportunity before this character? */
        if (i > 0 && cp != ' ' && prev != ' ' && !cp_no_line_start(cp) && !cp_no_line_end(prev)
            && (w == 2 || prev_w == 2) && w > 0) {
            brk = i; brk_next = i; have_brk = 1;
        }
        if (cp == ' ') {
            size_t j = i;
            while (j < len && s[j] == ' ') j++;
            brk = i; brk_next = j; have_brk = 1;
            if (j >= len) { i = len; break; }
        }
        if (u + w > cols) {
            if (cp == ' ') {   /* the break is right here */
                size_t j = i;
                while (j < len && s[j] == ' ') j++;
                if (next) *next = j;
                return i;
            }
            if (have_brk && brk > 0) { if (next) *next = brk_next; return brk; }
            if (next) *next = i ? i : n;   /* one run wider than the line: cut it */
            return i ? i : n;
        }
        if (w > 0) { prev = cp; prev_w = w; }
        u += w;
        i += n;
    }
    /* it all fits: trailing spaces are dropped */
    {
        size_t e = i;
        while (e > 0 && s[e - 1] == ' ') e--;
        if (next) *next = len;
        return e;
    }
}

/* In ASCII mode the box-drawing characters (U+2500-U+257F) that text
 * carries (separators, "── heading ──") become - | and +. */
static uint32_t ascii_box(uint32_t cp)
{
    static const uint32_t across[] = { 0x2500, 0x2501, 0x2504, 0x2505, 0x2508, 0x2509, 0x254c,
                                       0x254d, 0x2550, 0x2574, 0x2576, 0x2578, 0x257a, 0x257c, 0x257e };
    static const uint32_t down[] = { 0x2502, 0x2503, 0x2506, 0x2507, 0x250a, 0x250b, 0x254e,
                                     0x254f, 0x2551, 0x2575, 0x2577, 0x2579, 0x257b, 0x257d, 0x257f };
    size_t i;

    if (cp < 0x2500 || cp > 0x257f) return cp;
    for (i = 0; i < sizeof across / sizeof across[0]; i++)
        if (cp == across[i]) return '-';
    for (i = 0; i < sizeof down / sizeof down[0]; i++)
        if (cp == down[i]) return '|';
    return '+';
}

/* Append the bytes of one code point if they fit (keeping room for NUL). */
static int put_cp(char *dst, size_t dstsz, size_t *pos, uint32_t cp)
{
    char tmp[4];
    size_t n;

    if (ascii_mode && cp == WIDTH_REPLACEMENT) cp = '?';
    if (ascii_mode) cp = ascii_box(cp);
    n = utf8_encode(cp, tmp);
    if (*pos + n + 1 > dstsz) return -1;
    memcpy(dst + *pos, tmp, n);
    *pos += n;
    dst[*pos] = '\0';
    return 0;
}

/* Copy characters of s worth at most cols columns, sanitised; returns the
 * columns written.  Stops early (cleanly) when dst is full. */
static int copy_cols(char *dst, size_t dstsz, size_t *pos, const char *s, int cols)
{
    size_t len = strlen(s), i = 0;
    int u = 0, w;
    uint32_t cp;

    while (i < len) {
        size_t n = next_char(s + i, len - i, &cp, &w);
        if (u + w > cols) break;
        if (put_cp(dst, dstsz, pos, cp) < 0) break;
        u += w;
        i += n;
    }
    return u;
}

static int pad(char *dst, size_t dstsz, size_t *pos, int n)
{
    int done = 0;

    while (done < n && put_cp(dst, dstsz, pos, ' ') == 0) done++;
    return done;
}

char *str_sanitize(char *dst, size_t dstsz, const char *s)
{
    size_t pos = 0;

    if (dstsz == 0) return dst;
    dst[0] = '\0';
    copy_cols(dst, dstsz, &pos, s ? s : "", 1 << 30);
    return dst;
}

/* Text part of a formatted cell: returns the columns of text produced. */
static int format_text(char *dst, size_t dstsz, size_t *pos, const char *s, int cols)
{
    int w = str_width(s), u;

    if (w <= cols) return copy_cols(dst, dstsz, pos, s, cols);
    u = copy_cols(dst, dstsz, pos, s, cols - 1);
    if (put_cp(dst, dstsz, pos, ascii_mode ? '~' : 0x2026) == 0) u++;
    return u;
}

int str_format(char *dst, size_t dstsz, const char *s, int cols, enum align al)
{
    size_t pos = 0;
    int w, left, u;

    if (dstsz == 0) return 0;
    dst[0] = '\0';
    if (cols <= 0) return 0;
    if (!s) s = "";
    /* Right/centre alignment must know the text width first. */
    if (al != ALIGN_LEFT) {
        char tmp[1024];
        size_t tp = 0;
        tmp[0] = '\0';          /* "" copies nothing: keep tmp a string */
        w = format_text(tmp, sizeof tmp, &tp, s, cols);
        left = al == ALIGN_RIGHT ? cols - w : (cols - w) / 2;
        u = pad(dst, dstsz, &pos, left);
        if (u < left) return u;
        if (pos + tp + 1 > dstsz) {
            /* buffer too small: fall back to a clean, shorter copy */
            u += copy_cols(dst, dstsz, &pos, tmp, cols - left);
            return u;
        }
        memcpy(dst + pos, tmp, tp + 1);
        pos += tp;
        return left + w + pad(dst, dstsz, &pos, cols - left - w);
    }
    u = format_text(dst, dstsz, &pos, s, cols);
    return u + pad(dst, dstsz, &pos, cols - u);
}

int str_trunc(char *dst, size_t dstsz, const char *s, int cols)
{
    size_t pos = 0;

    if (dstsz == 0) return 0;
    dst[0] = '\0';
    if (cols <= 0) return 0;
    return format_text(dst, dstsz, &pos, s ? s : "", cols);
}

/* Invisible format characters (general category Cf, plus the line and
 * paragraph separators): zero-width spaces and joiners, bidi controls and
 * isolates, the BOM, tags.  They change what a name or number means
 * without showing; the validators refuse them and the display shows them
 * as U+FFFD. */
int cp_invisible(uint32_t cp)
{
    static const uint32_t r[][2] = {
        { 0x00AD, 0x00AD }, { 0x0600, 0x0605 }, { 0x061C, 0x061C }, { 0x06DD, 0x06DD },
        { 0x070F, 0x070F }, { 0x0890, 0x0891 }, { 0x08E2, 0x08E2 }, { 0x180E, 0x180E },
        { 0x200B, 0x200F }, { 0x2028, 0x202E }, { 0x2060, 0x2064 }, { 0x2066, 0x206F },
        { 0xFEFF, 0xFEFF }, { 0xFFF9, 0xFFFB }, { 0x110BD, 0x110BD }, { 0x110CD, 0x110CD },
        { 0x13430, 0x1343F }, { 0x1BCA0, 0x1BCA3 }, { 0x1D173, 0x1D17A },
        { 0xE0001, 0xE0001 }, { 0xE0020, 0xE007F },
    };

    for (size_t i = 0; i < sizeof r / sizeof r[0]; i++)
        if (cp >= r[i][0] && cp <= r[i][1]) return 1;
    return 0;
}

/* The first invisible character of s (0 if none). */
uint32_t str_first_invisible(const char *s)
{
    size_t len = strlen(s), i = 0;
    uint32_t cp;
    int ok;

    while (i < len) {
        i += utf8_decode(s + i, len - i, &cp, &ok);
        if (ok && cp_invisible(cp)) return cp;
    }
    return 0;
}
