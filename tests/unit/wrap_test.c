/* wrap_test — long text is wrapped at word and number boundaries by
 * display width (str_wrap, used by every text view: the briefing, reports,
 * reasons), and money is shown with thousands separators (money_group). */
#include "config.h"
#include <locale.h>
#include <stdlib.h>

#include "ui_tap.h"
#include "util.h"
#include "width.h"

/* The text wrapped at cols, lines joined by '|'. */
static const char *wrapped(const char *s, int cols)
{
    static char out[4096];
    size_t n = 0;
    while (*s && n < sizeof out - 200) {
        size_t next, len = str_wrap(s, cols, &next);
        if (n) out[n++] = '|';
        memcpy(out + n, s, len); n += len;
        if (strn_width(s, len) > cols) return "(a line wider than cols)";
        if (next == 0) break;
        s += next;
    }
    out[n] = '\0';
    return out;
}

int main(void)
{
    char buf[64];

    setlocale(LC_ALL, "C.UTF-8");
    /* "6" / "1.5%" in the briefing: a number stays whole */
    is_str(wrapped("货币化安置率达到61.5%。", 18), "货币化安置率达到|61.5%。",
           "a percentage moves to the next line whole, its full stop with it");
    is_str(wrapped("巡查覆盖率98.8%（79/80个村、社区）", 20), "巡查覆盖率98.8%|（79/80个村、社区）",
           "a number and its bracket stay whole");
    /* "insti" / "tutions" in English */
    is_str(wrapped("Units and institutions of the district", 17), "Units and|institutions of|the district",
           "English breaks between words");
    is_str(wrapped("一二三四五，六七", 10), "一二三四|五，六七", "a closing comma never starts a line");
    is_str(wrapped("通报「重点项目」进展", 6), "通报|「重点|项目」|进展", "an opening bracket never ends a line");
    is_str(wrapped("Supercalifragilisticexpialidocious", 10), "Supercalif|ragilistic|expialidoc|ious",
           "a word wider than the line is cut rather than lost");
    is_str(wrapped("short", 10), "short", "text that fits is one line");

    is_str(money_group(buf, sizeof buf, "372401.00"), "372,401.00", "money: thousands separated");
    is_str(money_group(buf, sizeof buf, "1234567"), "1,234,567", "money without decimals");
    is_str(money_group(buf, sizeof buf, "-1234.5"), "-1,234.5", "a negative amount");
    is_str(money_group(buf, sizeof buf, "999.99"), "999.99", "below a thousand unchanged");
    is_str(money_group(buf, sizeof buf, "2026-03-01"), "2026-03-01", "a date is not a number");
    ok(looks_like_money("123.00") && !looks_like_money("2026") && !looks_like_money("1.2.3"),
       "money is a decimal with a fraction");
    return done_testing();
}
