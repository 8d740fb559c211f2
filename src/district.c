/* district.c — the district's clock (see district.h): the host's UTC clock
 * plus the database's offset.  The offset is the one in force at connect
 * (or reconnect); Asia/Shanghai keeps one all year. */
#include "config.h"
#include <stdio.h>
#include <string.h>

#include "district.h"

static int known;
static long offset;
static char zone[64];

void district_set(const char *z, long utc_offset)
{
    snprintf(zone, sizeof zone, "%s", z ? z : "");
    offset = utc_offset;
    known = 1;
}

const char *district_zone(void)
{
    return known ? zone : "";
}

void district_tm(time_t t, struct tm *tm)
{
    if (!known) {
        localtime_r(&t, tm);
        return;
    }
    t += (time_t)offset;
    gmtime_r(&t, tm);
}

void district_date_after(int days, char *buf, size_t sz)
{
    struct tm tm;

    district_tm(time(NULL) + (time_t)days * 86400, &tm);
    strftime(buf, sz, "%Y-%m-%d", &tm);
}

void district_today(char *buf, size_t sz)
{
    district_date_after(0, buf, sz);
}

long district_today_ymd(void)
{
    struct tm tm;

    district_tm(time(NULL), &tm);
    return (tm.tm_year + 1900) * 10000L + (tm.tm_mon + 1) * 100L + tm.tm_mday;
}

int district_year(void)
{
    struct tm tm;

    district_tm(time(NULL), &tm);
    return tm.tm_year + 1900;
}
