/* width_test.c — display widths, truncation, padding, invalid bytes. */
#include "config.h"
#include <locale.h>
#include <stdlib.h>

#include "theme.h"
#include "ui_tap.h"
#include "width.h"

int main(void)
{
    char buf[256];
    uint32_t cp;
    int valid, used;
    size_t n;

    if (!setlocale(LC_ALL, "C.UTF-8")) { printf("1..0 # SKIP no C.UTF-8 locale\n"); return 0; }

    is_int(str_width("abc"), 3, "ASCII is one column per character");
    is_int(str_width("汉滨区"), 6, "CJK is two columns per character");
    is_int(str_width("A汉b滨"), 6, "mixed ASCII and CJK");
    is_int(str_width("ｱ"), 1, "half-width katakana is one column");
    is_int(str_width("e\xcc\x81"), 1, "combining acute accent adds no width");
    is_int(str_width("\x80\xff"), 2, "each invalid byte shows as one U+FFFD column");
    is_int(str_width("a\tb"), 3, "a control character shows as one U+FFFD column");
    is_int(str_width("a\x7f\xc2\x85" "b"), 4, "DEL and a C1 control show as one U+FFFD column each");
    is_int(str_width("\xe2\x80\x8b"), 1, "a zero-width space is shown (one U+FFFD column), not hidden");
    is_int(str_width("\xef\xbf\xbd"), 1, "U+FFFD itself is one column");
    is_int(str_width("ZS-2026-000001 王建 2026-12-01"), 30, "a list row's ASCII and CJK together");
    is_int(str_width(""), 0, "empty string");
    is_int(str_width(NULL), 0, "NULL string");

    n = utf8_decode("\xe6\xb1\x89", 3, &cp, &valid);
    ok(n == 3 && cp == 0x6C49 && valid, "decode 汉 as U+6C49 in 3 bytes");
    n = utf8_decode("\xe6\xb1", 2, &cp, &valid);
    ok(n == 1 && cp == 0xFFFD && !valid, "truncated sequence: one byte, U+FFFD");
    n = utf8_decode("\xc0\xaf", 2, &cp, &valid);
    ok(n == 1 && !valid, "overlong encoding refused");
    n = utf8_decode("\xed\xa0\x80", 3, &cp, &valid);
    ok(n == 1 && !valid, "UTF-16 surrogate refused");
    ok(utf8_valid("中文ok", strlen("中文ok")), "valid UTF-8 accepted");
    ok(!utf8_valid("ab\xfe", 3), "invalid UTF-8 detected");

    str_format(buf, sizeof buf, "汉滨区新城街道办", 8, ALIGN_LEFT);
    is_str(buf, "汉滨区… ", "truncate CJK to 8 columns: ellipsis, and a space for the half character");
    is_int(str_width(buf), 8, "the cell is exactly 8 columns");
    str_format(buf, sizeof buf, "汉滨区新城街道办", 9, ALIGN_LEFT);
    is_str(buf, "汉滨区新…", "9 columns: four CJK and an ellipsis");
    str_format(buf, sizeof buf, "汉滨区", 10, ALIGN_LEFT);
    is_str(buf, "汉滨区    ", "pad to 10 columns on the right");
    str_format(buf, sizeof buf, "汉滨区", 10, ALIGN_RIGHT);
    is_str(buf, "    汉滨区", "right alignment pads on the left");
    str_format(buf, sizeof buf, "ab", 6, ALIGN_CENTER);
    is_str(buf, "  ab  ", "centre alignment");
    str_format(buf, sizeof buf, "汉滨区", 6, ALIGN_LEFT);
    is_str(buf, "汉滨区", "exact fit: no ellipsis");
    str_format(buf, sizeof buf, "汉滨区", 5, ALIGN_RIGHT);
    is_str(buf, "汉滨…", "truncation with right alignment keeps exact width");
    is_int(str_width(buf), 5, "...exactly 5 columns");
    memset(buf, 'Z', sizeof buf);
    str_format(buf, sizeof buf, "", 5, ALIGN_RIGHT);
    is_str(buf, "     ", "empty text right-aligned is all padding");
    memset(buf, 'Z', sizeof buf);
    str_format(buf, sizeof buf, "", 4, ALIGN_CENTER);
    is_str(buf, "    ", "empty text centred is all padding");
    str_format(buf, sizeof buf, "abc", 1, ALIGN_LEFT);
    is_str(buf, "…", "one column: just the ellipsis");
    str_format(buf, sizeof buf, "abc", 0, ALIGN_LEFT);
    is_str(buf, "", "zero columns: empty");
    str_format(buf, sizeof buf, "a\x80z", 5, ALIGN_LEFT);
    is_str(buf, "a\xef\xbf\xbdz  ", "invalid byte replaced by U+FFFD in output");
    str_format(buf, sizeof buf, "x\x1b[31m", 8, ALIGN_LEFT);
    ok(!strchr(buf, 0x1b), "escape sequences never reach the terminal");
    str_format(buf, sizeof buf, "cafe\xcc\x81 ok", 5, ALIGN_LEFT);
    is_str(buf, "cafe\xcc\x81…", "combining mark stays with its base when truncating");

    n = str_fit("汉滨区", 5, &used);
    ok(n == 6 && used == 4, "str_fit: 5 columns hold two CJK characters (6 bytes, 4 cols)");
    n = str_fit("汉滨区", 1, &used);
    ok(n == 0 && used == 0, "str_fit: 1 column holds no CJK character");

    str_trunc(buf, sizeof buf, "新城街道办事处", 6);
    is_str(buf, "新城…", "str_trunc: no padding");
    str_sanitize(buf, sizeof buf, "ok\x01\xff");
    is_str(buf, "ok\xef\xbf\xbd\xef\xbf\xbd", "sanitize replaces controls and invalid bytes");

    /* A tiny buffer: output is cut short but stays valid UTF-8. */
    str_format(buf, 5, "汉滨区", 6, ALIGN_LEFT);
    ok(utf8_valid(buf, strlen(buf)) && strlen(buf) <= 4, "small buffer: no split character");

    str_format(buf, sizeof buf, "── a │ b", 8, ALIGN_LEFT);
    is_str(buf, "── a │ b", "UTF-8 mode keeps box-drawing characters");
    width_set_ascii(1);
    str_format(buf, sizeof buf, "abcdef", 4, ALIGN_LEFT);
    is_str(buf, "abc~", "ASCII mode ellipsis is ~");
    str_format(buf, sizeof buf, "── 进展 ── a │ b ┌┐└┘ ├ ┼ ═", 40, ALIGN_LEFT);
    is_str(buf, "-- 进展 -- a | b ++++ + + -" "             ", "ASCII mode draws box-drawing characters as - | +");
    is_int(str_width(buf), 40, "and keeps the width");
    width_set_ascii(0);

    theme_set_ascii(0);
    theme_bar(buf, sizeof buf, 10, 0.5);
    is_str(buf, "█████     ", "bar: half of 10 columns in blocks");
    theme_bar(buf, sizeof buf, 4, 0.3);
    is_str(buf, "█▎  ", "bar: eighth blocks for the fraction (9.6 eighths → 10)");
    is_int(str_width(buf), 4, "bar is exactly its width");
    theme_bar(buf, sizeof buf, 5, 1.7);
    is_str(buf, "█████", "bar: clamped at 100 percent");
    theme_set_ascii(1);
    theme_bar(buf, sizeof buf, 10, 0.5);
    is_str(buf, "#####     ", "bar: ASCII mode uses #");
    theme_set_ascii(0);
    return done_testing();
}
