/* lineedit_test.c — the line editor's logic without a terminal. */
#include "config.h"
#include <locale.h>
#include <stdlib.h>

#include "lineedit.h"
#include "ui_tap.h"
#include "util.h"
#include "width.h"

static int ins(struct lineedit *le, const char *s)
{
    return le_insert(le, s, strlen(s));
}

static void test_basic(void)
{
    struct lineedit le;

    le_init(&le, 0, 0);
    is_int(ins(&le, "张三"), LE_OK, "insert CJK");
    is_str(le_text(&le), "张三", "text after insert");
    is_int(le_cursor_col(&le), 4, "cursor after two CJK is at column 4");
    le_left(&le);
    is_int(le.cur, 3, "left moves one character (3 bytes), not one byte");
    ins(&le, "a");
    is_str(le_text(&le), "张a三", "insert in the middle");
    le_home(&le);
    is_int(le.cur, 0, "home");
    le_delete(&le);
    is_str(le_text(&le), "a三", "delete removes a whole character");
    le_end(&le);
    le_backspace(&le);
    is_str(le_text(&le), "a", "backspace removes a whole CJK character");
    is_int(le.nchars, 1, "character count kept");
    le_backspace(&le);
    le_backspace(&le);
    is_str(le_text(&le), "", "backspace at start is harmless");
    le_right(&le);
    is_int(le.cur, 0, "right at end is harmless");

    le_set(&le, "cafe\xcc\x81!");
    le_end(&le);
    le_left(&le);
    le_left(&le);
    is_int(le.cur, 3, "left skips a combining mark together with its base");
    le_delete(&le);
    is_str(le_text(&le), "caf!", "delete removes base and combining mark");
    le_free(&le);
}

static void test_kills(void)
{
    struct lineedit le;

    le_init(&le, 0, 0);
    ins(&le, "新城街道 老城街道 江北");
    le_kill_word(&le);
    is_str(le_text(&le), "新城街道 老城街道 ", "^W deletes the previous word");
    le_kill_word(&le);
    is_str(le_text(&le), "新城街道 ", "^W over trailing space deletes the word before it");
    le_set(&le, "关庙镇，张滩镇");
    le_kill_word(&le);
    is_str(le_text(&le), "关庙镇，", "^W stops at CJK punctuation");
    le_set(&le, "abcdef");
    le_home(&le); le_right(&le); le_right(&le);
    le_kill_to_end(&le);
    is_str(le_text(&le), "ab", "^K deletes to the end");
    le_set(&le, "abcdef");
    le_home(&le); le_right(&le); le_right(&le);
    le_kill_to_start(&le);
    is_str(le_text(&le), "cdef", "^U deletes to the start");
    is_int(le.cur, 0, "cursor at start after ^U");
    le_set(&le, "one two three");
    le_word_left(&le);
    is_int(le.cur, 8, "word left lands at the start of the last word");
    le_home(&le);
    le_word_right(&le);
    is_int(le.cur, 3, "word right lands after the first word");
    le_free(&le);
}

static void test_refusals(void)
{
    struct lineedit le;

    le_init(&le, 0, 0);
    ins(&le, "ok");
    is_int(ins(&le, "a\tb"), LE_ERR_CONTROL, "tab refused as control");
    is_int(ins(&le, "a\nb"), LE_ERR_CONTROL, "newline refused as control");
    is_int(ins(&le, "\x1b[A"), LE_ERR_CONTROL, "escape refused");
    is_int(ins(&le, "\xc2\x85"), LE_ERR_CONTROL, "C1 control (NEL) refused");
    is_int(ins(&le, "\x7f"), LE_ERR_CONTROL, "DEL refused");
    is_int(ins(&le, "ab\xff"), LE_ERR_UTF8, "invalid UTF-8 refused");
    is_int(ins(&le, "\xe6\xb1"), LE_ERR_UTF8, "truncated UTF-8 refused");
    is_int(le_insert(&le, "a\0b", 3), LE_ERR_CONTROL, "NUL byte refused");
    is_str(le_text(&le), "ok", "refused input inserts nothing at all");
    ok(*le_strerror(LE_ERR_CONTROL) != 0 && *le_strerror(LE_ERR_UTF8) != 0, "errors have sentences");
    le_free(&le);

    le_init(&le, 0, 5);
    is_int(ins(&le, "一二三四五六七"), LE_ERR_FULL, "max chars: over-long insert reports full");
    is_str(le_text(&le), "一二三四五", "...and keeps the characters that fit");
    le_free(&le);
    le_init(&le, 7, 0);
    is_int(ins(&le, "汉滨区"), LE_ERR_FULL, "max bytes: 9 bytes into 7");
    is_str(le_text(&le), "汉滨", "...never splits a character");
    le_free(&le);
    le_init(&le, 0, 0);
    le.readonly = 1;
    is_int(ins(&le, "x"), LE_ERR_READONLY, "read-only refuses input");
    le_free(&le);
}

static void test_paste(void)
{
    struct lineedit le;
    size_t n = 10 * 1024;
    char *big = xmalloc(n + 1);

    /* 10 KB mixing ASCII and 3-byte CJK, as a paste would arrive. */
    for (size_t i = 0; i < n; ) {
        if (i % 4 == 0 && i + 3 <= n) { memcpy(big + i, "中", 3); i += 3; }
        else big[i++] = 'x';
    }
    big[n] = '\0';
    le_init(&le, 0, 0);
    is_int(ins(&le, big), LE_OK, "10 KB paste accepted in one call");
    is_int(le.len, n, "all bytes inserted");
    is_int(le_cursor_col(&le), str_width(big), "cursor column equals the text width");
    le_home(&le);
    ins(&le, "前");
    is_int(le.len, n + 3, "insert at start of a long text");
    le_free(&le);
    free(big);
}

static void test_view(void)
{
    struct lineedit le;
    struct le_view v;

    le_init(&le, 0, 0);
    ins(&le, "abc");
    le_view(&le, 10, &v);
    ok(v.start == 0 && v.end == 3 && v.cursor_col == 3 && le.scroll == 0, "short text: no scroll");

    le_set(&le, "0123456789abcdefghij");     /* 20 columns, cursor at end */
    le_view(&le, 10, &v);
    is_int(v.cursor_col, 9, "cursor at the end stays in the last column");
    is_int(le.scroll, 11, "scrolled so the end is visible");
    is_int(v.end, 20, "last character shown");
    le_home(&le);
    le_view(&le, 10, &v);
    ok(le.scroll == 0 && v.cursor_col == 0 && v.start == 0, "home scrolls back to the start");
    for (int i = 0; i < 12; i++) le_right(&le);
    le_view(&le, 10, &v);
    ok(v.cursor_col >= 0 && v.cursor_col <= 9, "cursor visible after moving right (col %d)", v.cursor_col);
    ok(v.cursor_col <= 9 - 2, "a margin is kept on the right while text follows");

    /* Wide characters: a field of 7 columns, text of 10 CJK (20 columns). */
    le_set(&le, "一二三四五六七八九十");
    le_view(&le, 7, &v);
    is_int(v.cursor_col, 6, "CJK: cursor in the last column");
    ok(str_width(le_text(&le) + v.start) - str_width(le_text(&le) + v.end) + v.lead <= 7,
       "CJK: visible slice fits the field");
    le_home(&le);
    le_right(&le); le_right(&le); le_right(&le); le_right(&le); le_right(&le); le_right(&le);
    le_view(&le, 7, &v);
    ok(v.cursor_col >= 0 && v.cursor_col < 7, "CJK: cursor visible in the middle (col %d)", v.cursor_col);
    ok(v.lead == 0 || v.lead == 1, "a half-cut wide character becomes one blank column");
    is_int((int)(v.cursor_col - v.lead) % 2, 0, "cursor sits on a character boundary");

    le_set(&le, "");
    le_view(&le, 1, &v);
    ok(v.cursor_col == 0 && v.start == 0 && v.end == 0, "one-column empty field");
    le_set(&le, "中文");
    le_view(&le, 1, &v);
    ok(v.cursor_col == 0 && v.end - v.start == 0, "one-column field with CJK shows the cursor only");
    le_free(&le);
}

int main(void)
{
    if (!setlocale(LC_ALL, "C.UTF-8")) { printf("1..0 # SKIP no C.UTF-8 locale\n"); return 0; }
    test_basic();
    test_kills();
    test_refusals();
    test_paste();
    test_view();
    return done_testing();
}
