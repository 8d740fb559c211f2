/* district_test — the district's clock without a database: before db.c
 * sets the zone the host's local time is used; after, the database's offset,
 * whatever TZ the host has.  The expected values are worked out here with
 * gmtime_r and fixed instants, independently of src/district.c. */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "district.h"
#include "ui_tap.h"

static void ymd(time_t t, char *buf, size_t sz)
{
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(buf, sz, "%Y-%m-%d", &tm);
}

int main(void)
{
    char buf[32], want[32];
    struct tm tm;
    time_t now;
    /* 2025-12-31 16:30:00 UTC: New Year's Day 00:30 in Shanghai, still
     * 2025-12-31 08:30 in Los Angeles. */
    const time_t newyear = 1767198600;

    /* The host far away from the district. */
    setenv("TZ", "XST+8", 1);
    tzset();

    is_str(district_zone(), "", "no zone before the database says");
    district_tm(newyear, &tm);
    is_int(tm.tm_year + 1900, 2025, "without a database, the host's year (2025 at UTC-8)");
    is_int(tm.tm_hour, 8, "and the host's hour");

    district_set("Asia/Shanghai", 8 * 3600);
    is_str(district_zone(), "Asia/Shanghai", "the database's zone is kept");
    district_tm(newyear, &tm);
    is_int(tm.tm_year + 1900, 2026, "the district's year at 16:30 UTC on 31 December is the next");
    is_int(tm.tm_mon, 0, "January");
    is_int(tm.tm_mday, 1, "the first");
    is_int(tm.tm_hour, 0, "at 00");
    is_int(tm.tm_min, 30, "30");

    now = time(NULL);
    district_today(buf, sizeof buf);
    ymd(now + 8 * 3600, want, sizeof want);
    if (strcmp(buf, want) != 0) {           /* midnight passed between the two */
        now = time(NULL);
        district_today(buf, sizeof buf);
        ymd(now + 8 * 3600, want, sizeof want);
    }
    is_str(buf, want, "today is the date at UTC+8, not the host's UTC-8");
    is_int(district_today_ymd(), atol(want) * 10000 + atol(want + 5) * 100 + atol(want + 8),
           "today as yyyymmdd agrees");
    is_int(district_year(), atoi(want), "this year agrees");
    district_date_after(30, buf, sizeof buf);
    ymd(now + 8 * 3600 + 30 * 86400, want, sizeof want);
    is_str(buf, want, "30 days from today in the district");
    district_date_after(-1, buf, sizeof buf);
    ymd(now + 8 * 3600 - 86400, want, sizeof want);
    is_str(buf, want, "yesterday in the district");

    district_set("America/St_Johns", -(3 * 3600 + 30 * 60));
    district_tm(newyear, &tm);
    is_int(tm.tm_hour * 60 + tm.tm_min, 13 * 60, "a half-hour offset: 16:30 UTC is 13:00 at UTC-3:30");
    return done_testing();
}
