/* width.h — the one source of display widths for the whole program.
 *
 * Every column count on screen comes from here: UTF-8 is decoded by hand
 * (invalid bytes never reach curses), widths come from wcwidth() (CJK = 2),
 * and what cannot be printed is shown as U+FFFD, one column wide.
 * Needs an UTF-8 LC_CTYPE (i18n_init / setlocale) for wcwidth to know CJK. */
#ifndef CASEDESK_WIDTH_H
#define CASEDESK_WIDTH_H

#include <stddef.h>
#include <stdint.h>

#define WIDTH_REPLACEMENT 0xFFFDu

enum align { ALIGN_LEFT, ALIGN_RIGHT, ALIGN_CENTER };

/* Decode one code point from s (at most len bytes).  Returns the number of
 * bytes consumed (>= 1 when len > 0, 0 when len == 0).  Invalid, overlong,
 * surrogate or truncated sequences consume one byte and yield U+FFFD with
 * *valid = 0. */
size_t utf8_decode(const char *s, size_t len, uint32_t *cp, int *valid);

/* Encode cp into out (>= 4 bytes); returns bytes written (0 if not encodable). */
size_t utf8_encode(uint32_t cp, char *out);

/* 1 when the whole buffer is well-formed UTF-8. */
int utf8_valid(const char *s, size_t len);

/* Display width of one code point: 0 for combining marks, 2 for wide CJK,
 * 1 for everything that will be shown as U+FFFD (controls, unassigned). */
int cp_width(uint32_t cp);

/* 1 when the code point is shown as itself (not replaced by U+FFFD). */
int cp_printable(uint32_t cp);

/* Invisible format characters (category Cf: U+200B, U+202E, U+2066, U+FEFF...)
 * and U+2028/2029.  Refused in names, numbers and codes (validate.c);
 * allowed in free text, where they are shown as U+FFFD.
 * str_first_invisible: the first one in s, 0 if none. */
int cp_invisible(uint32_t cp);
uint32_t str_first_invisible(const char *s);

/* Columns needed to show s (NUL-terminated) or its first n bytes. */
int str_width(const char *s);
int strn_width(const char *s, size_t n);

/* How many bytes of s fit into cols columns without splitting a character
 * (combining marks stay with their base).  *used receives the columns taken. */
size_t str_fit(const char *s, int cols, int *used);

/* Where to break s for a line of at most cols columns: the bytes of the
 * longest prefix that fits and ends at a break opportunity — after a
 * space, or between two wide (CJK) characters, or between a wide and a
 * narrow one — never inside a run of narrow characters (a word, a number
 * such as 1.5% or 2026-03-01), never before closing punctuation (，。）…)
 * nor after opening punctuation (（「“).  A run wider than cols is cut as
 * str_fit does.  *next receives where the following line starts (spaces
 * at the break skipped). */
size_t str_wrap(const char *s, int cols, size_t *next);

/* Copy s into dst replacing invalid bytes and non-printables by U+FFFD, so
 * the result is safe to hand to curses.  Always NUL-terminates; never splits
 * a character.  Returns dst. */
char *str_sanitize(char *dst, size_t dstsz, const char *s);

/* Render s into exactly cols columns: sanitised, truncated with an ellipsis
 * ("…", or "~" in ASCII mode) when too wide, padded with spaces per align.
 * A wide character that would straddle the edge is replaced by padding.
 * dst needs room for about 4*cols+4 bytes; output is cut short (still valid
 * UTF-8) if dstsz is smaller.  Returns the columns actually produced. */
int str_format(char *dst, size_t dstsz, const char *s, int cols, enum align al);

/* Truncate only (no padding): like str_format with ALIGN_LEFT but without
 * trailing spaces.  Returns the columns produced. */
int str_trunc(char *dst, size_t dstsz, const char *s, int cols);

/* ASCII mode: ellipsis "~" and replacement "?" (non-UTF-8 terminals). */
void width_set_ascii(int on);

#endif
