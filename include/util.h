/* util.h — allocation that never returns NULL, fatal errors, the opt-in log. */
#ifndef CASEDESK_UTIL_H
#define CASEDESK_UTIL_H

#include <stddef.h>
#include <stdarg.h>

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

void *xmalloc(size_t n);
void *xcalloc(size_t nmemb, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Copy at most dstsz-1 bytes, always terminated; never splits a UTF-8 sequence. */
size_t strlcpy_utf8(char *dst, const char *src, size_t dstsz);

/* A decimal number as money is read: thousands separated ("1234567.5" →
 * "1,234,567.5"); anything that is not a plain decimal number is copied
 * as it is.  Returns dst. */
char *money_group(char *dst, size_t dstsz, const char *num);
/* 1 when s is a plain decimal number with a fraction ("123456.00"): how
 * amounts of money come from the database. */
int looks_like_money(const char *s);

/* A hook run before a fatal message is printed (the UI restores the terminal). */
void fatal_set_cleanup(void (*fn)(void));
void fatal(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));

/* Logging goes to a file only when asked for (--log FILE or config "log"). */
void log_open(const char *path);
void log_msg(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void log_close(void);

/* Where installed data lives, or the source tree when run from the build tree. */
const char *data_dir_sql(void);     /* directory holding NNN_*.sql migrations */
const char *data_dir_locale(void);  /* directory for bindtextdomain */
int running_from_build_tree(void);

#endif
