/* util.c — allocation, fatal errors, the opt-in log, data directories. */
#include "config.h"
#include "util.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static void (*fatal_cleanup)(void);
static FILE *log_file;

static void out_of_memory(void)
{
    fatal("out of memory");
}

void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        out_of_memory();
    return p;
}

void *xcalloc(size_t nmemb, size_t size)
{
    void *p = calloc(nmemb ? nmemb : 1, size ? size : 1);
    if (!p)
        out_of_memory();
    return p;
}

void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q)
        out_of_memory();
    return q;
}

char *xstrdup(const char *s)
{
    return xstrndup(s, strlen(s));
}

char *xstrndup(const char *s, size_t n)
{
    size_t len = strnlen(s, n);
    char *p = xmalloc(len + 1);
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

char *xasprintf(const char *fmt, ...)
{
    va_list ap;
    char *p;
    va_start(ap, fmt);
    if (vasprintf(&p, fmt, ap) < 0)
        out_of_memory();
    va_end(ap);
    return p;
}

size_t strlcpy_utf8(char *dst, const char *src, size_t dstsz)
{
    size_t len = strlen(src);
    if (dstsz == 0)
        return len;
    size_t n = len < dstsz - 1 ? len : dstsz - 1;
    /* Back off so we never cut a multi-byte sequence in two. */
    if (n < len)
        while (n > 0 && ((unsigned char)src[n] & 0xC0) == 0x80)
            n--;
    memcpy(dst, src, n);
    dst[n] = '\0';
    return len;
}

void fatal_set_cleanup(void (*fn)(void))
{
    fatal_cleanup = fn;
}

void fatal(const char *fmt, ...)
{
    va_list ap;
    if (fatal_cleanup) {
        void (*fn)(void) = fatal_cleanup;
        fatal_cleanup = NULL;   /* a failing cleanup must not recurse */
        fn();
    }
    fputs("casedesk: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    if (log_file) {
        va_start(ap, fmt);
        fputs("fatal: ", log_file);
        vfprintf(log_file, fmt, ap);
        fputc('\n', log_file);
        va_end(ap);
        fclose(log_file);
    }
    exit(1);
}

void log_open(const char *path)
{
    if (log_file)
        fclose(log_file);
    log_file = fopen(path, "a");
    if (log_file)
        setvbuf(log_file, NULL, _IOLBF, 0);
}

void log_msg(const char *fmt, ...)
{
    va_list ap;
    char stamp[32];
    time_t now;
    if (!log_file)
        return;
    now = time(NULL);
    strftime(stamp, sizeof stamp, "%Y-%m-%d %H:%M:%S", localtime(&now));
    fprintf(log_file, "%s [%ld] ", stamp, (long)getpid());
    va_start(ap, fmt);
    vfprintf(log_file, fmt, ap);
    va_end(ap);
    fputc('\n', log_file);
}

void log_close(void)
{
    if (log_file)
        fclose(log_file);
    log_file = NULL;
}

/* A program started from the build tree uses the sources beside it, so that
 * `./casedesk-admin init` works before `make install`. */
int running_from_build_tree(void)
{
    static int cached = -1;
    char exe[PATH_MAX];
    ssize_t n;
    if (cached >= 0)
        return cached;
    cached = 0;
    if (getenv("CASEDESK_INSTALLED"))
        return cached;
    n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash) {
            *slash = '\0';
            cached = strcmp(exe, ABS_TOP_BUILDDIR) == 0;
        }
    }
    return cached;
}

const char *data_dir_sql(void)
{
    const char *env = getenv("CASEDESK_SQLDIR");
    if (env && *env)
        return env;
    return running_from_build_tree() ? ABS_TOP_SRCDIR "/sql" : PKGDATADIR "/sql";
}

const char *data_dir_locale(void)
{
    const char *env = getenv("CASEDESK_LOCALEDIR");
    if (env && *env)
        return env;
    return running_from_build_tree() ? ABS_TOP_BUILDDIR "/po/locale" : LOCALEDIR;
}

int looks_like_money(const char *s)
{
    const char *p = s;
    int digits = 0, frac = 0;

    if (!s) return 0;
    if (*p == '-') p++;
    while (*p >= '0' && *p <= '9') { p++; digits++; }
    if (*p != '.') return 0;
    for (p++; *p >= '0' && *p <= '9'; p++) frac++;
    return digits > 0 && frac > 0 && *p == '\0';
}

char *money_group(char *dst, size_t dstsz, const char *num)
{
    const char *p = num ? num : "", *dot;
    size_t n = 0, intlen;
    int ok = 1;

    if (dstsz == 0) return dst;
    if (*p == '-') p++;
    intlen = strspn(p, "0123456789");
    dot = p + intlen;
    if (intlen == 0 || (*dot && *dot != '.') || (*dot == '.' && dot[1 + strspn(dot + 1, "0123456789")]))
        ok = 0;
    if (!ok || intlen <= 3) {
        snprintf(dst, dstsz, "%s", num ? num : "");
        return dst;
    }
    if (*num == '-' && n + 1 < dstsz) dst[n++] = '-';
    for (size_t i = 0; i < intlen && n + 1 < dstsz; i++) {
        if (i && (intlen - i) % 3 == 0 && n + 2 < dstsz) dst[n++] = ',';
        dst[n++] = p[i];
    }
    dst[n] = '\0';
    if (*dot) snprintf(dst + n, dstsz - n, "%s", dot);
    return dst;
}
