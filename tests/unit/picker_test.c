/* picker_test.c — pinyin initials and the picker's matching; relative
 * dates without a database. */
#include "config.h"
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "district.h"
#include "picker.h"
#include "pinyin.h"
#include "reldate.h"
#include "ui_tap.h"
#include "validate.h"

static int fake_workdays(int n, char *out, size_t outsz, char *err, size_t errlen)
{
    (void)err; (void)errlen;
    district_date_after(n + n / 5 * 2, out, outsz);   /* roughly: weekends */
    return 0;
}

int main(void)
{
    char buf[64], err[256], want[32];
    struct picker_item xcb = { "新城街道办", "xcb", NULL };
    struct picker_item wlz = { "五里镇", "wlz", NULL };
    struct picker_item zhang = { "张三", "zhang_san", "新城街道办" };

    if (!setlocale(LC_ALL, "C.UTF-8")) { printf("1..0 # SKIP no C.UTF-8 locale\n"); return 0; }

    pinyin_initials("新城街道办", buf, sizeof buf);
    is_str(buf, "xcjdb", "新城街道办 → xcjdb");
    pinyin_initials("五里镇", buf, sizeof buf);
    is_str(buf, "wlz", "五里镇 → wlz");
    pinyin_initials("关庙镇", buf, sizeof buf);
    is_str(buf, "gmz", "关庙镇 → gmz");
    pinyin_initials("汉滨区督查室", buf, sizeof buf);
    is_str(buf, "hbqdcs", "汉滨区督查室 → hbqdcs");
    pinyin_initials("啊芭擦搭蛾发噶哈击喀垃妈拿哦啪期然撒塌挖昔压匝", buf, sizeof buf);
    is_str(buf, "abcdefghjklmnopqrstwxyz", "each range starts at its first character");
    pinyin_initials("B区3号", buf, sizeof buf);
    is_str(buf, "bq3h", "ASCII letters and digits are their own initials, lowercased");
    is_int(pinyin_initial(0x4E28), 0, "a character outside GB 2312 level 1 has no initial");

    is_int(pick_match(&xcb, "xcjdb", "新城"), 2, "name prefix matches first");
    is_int(pick_match(&xcb, "xcjdb", "街道"), 1, "a part of the name matches");
    is_int(pick_match(&xcb, "xcjdb", "XCB"), 2, "the code, case-insensitive");
    is_int(pick_match(&xcb, "xcjdb", "xcj"), 2, "pinyin initials");
    is_int(pick_match(&xcb, "xcjdb", "jd"), 1, "inside the initials");
    is_int(pick_match(&wlz, "wlz", "新城"), 0, "no match");
    is_int(pick_match(&zhang, "zs", "新城"), 1, "the detail (unit) matches");
    is_int(pick_match(&zhang, "zs", "  zs "), 2, "spaces around the query are ignored");
    is_int(pick_match(&wlz, "wlz", ""), 2, "an empty query matches everything");

    district_date_after(15, want, sizeof want);
    is_int(reldate_expand("+15", buf, sizeof buf, err, sizeof err), 1, "+15 is a relative date");
    is_str(buf, want, "+15 is today + 15 days");
    district_date_after(-3, want, sizeof want);
    reldate_expand(" -3 ", buf, sizeof buf, err, sizeof err);
    is_str(buf, want, "-3 is three days ago");
    is_int(reldate_expand("2026-01-02", buf, sizeof buf, err, sizeof err), 0, "a date is not relative");
    is_int(reldate_expand("+5wd", buf, sizeof buf, err, sizeof err), -1, "working days without the calendar are refused");
    ok(strstr(err, "YYYY-MM-DD") != NULL, "with a sentence: %s", err);
    reldate_set_workdays(fake_workdays);
    is_int(reldate_expand("+5wd", buf, sizeof buf, err, sizeof err), 1, "+5wd through the calendar hook");
    district_date_after(7, want, sizeof want);
    is_str(buf, want, "the hook's answer is the date");
    is_int(reldate_expand("+5工作日", buf, sizeof buf, err, sizeof err), 1, "+5工作日 too");
    is_int(reldate_expand("+5x", buf, sizeof buf, err, sizeof err), -1, "an unknown unit is refused");
    ok(reldate_is_date_validator(validate_date_any) && reldate_is_date_validator(validate_date_past),
       "date validators take relative dates");
    ok(!reldate_is_date_validator(validate_nonempty), "others do not");
    return done_testing();
}
