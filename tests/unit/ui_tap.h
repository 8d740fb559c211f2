/* ui_tap.h — minimal TAP output for the UI core's C unit tests. */
#ifndef UI_TAP_H
#define UI_TAP_H

#include <stdio.h>
#include <string.h>

static int tap_n, tap_failed;

#define ok(cond, ...) do { \
    int ok_ = !!(cond); tap_n++; \
    printf("%sok %d - ", ok_ ? "" : "not ", tap_n); printf(__VA_ARGS__); printf("\n"); \
    if (!ok_) { tap_failed++; printf("#   at %s:%d\n", __FILE__, __LINE__); } \
} while (0)

#define is_int(got, want, ...) do { \
    long g_ = (long)(got), w_ = (long)(want); tap_n++; \
    printf("%sok %d - ", g_ == w_ ? "" : "not ", tap_n); printf(__VA_ARGS__); printf("\n"); \
    if (g_ != w_) { tap_failed++; printf("#   got %ld, want %ld (%s:%d)\n", g_, w_, __FILE__, __LINE__); } \
} while (0)

#define is_str(got, want, ...) do { \
    const char *g_ = (got), *w_ = (want); int e_ = g_ && w_ && strcmp(g_, w_) == 0; tap_n++; \
    printf("%sok %d - ", e_ ? "" : "not ", tap_n); printf(__VA_ARGS__); printf("\n"); \
    if (!e_) { tap_failed++; printf("#   got  '%s'\n#   want '%s' (%s:%d)\n", g_ ? g_ : "(null)", w_ ? w_ : "(null)", __FILE__, __LINE__); } \
} while (0)

static int done_testing(void)
{
    printf("1..%d\n", tap_n);
    return tap_failed ? 1 : 0;
}

#endif
