/* district.h — the district's clock.  The header clock and every date the
 * client works out (today, this year, "in N days") are in the database's
 * time zone (Asia/Shanghai, set by `casedesk-admin init`), not the host's:
 * staff may log in from a host, or an SSH session, in any zone.
 *
 * db.c reads the zone and its offset from UTC at connect and after every
 * reconnect (district_set).  Until then (no database: tests, the demo) the
 * host's local time is used.  No curses, no libpq. */
#ifndef CASEDESK_DISTRICT_H
#define CASEDESK_DISTRICT_H

#include <stddef.h>
#include <time.h>

/* The database's zone name and its current offset east of UTC in seconds. */
void district_set(const char *zone, long utc_offset);
/* The zone name, "" while the host's zone is used. */
const char *district_zone(void);

/* t (seconds since the epoch) as the district's wall clock.  tm_gmtoff and
 * tm_zone are not meaningful: format dates and times, not zones. */
void district_tm(time_t t, struct tm *tm);
/* Today + days in the district, as "YYYY-MM-DD". */
void district_date_after(int days, char *buf, size_t sz);
/* Today in the district as "YYYY-MM-DD", as yyyymmdd, and its year. */
void district_today(char *buf, size_t sz);
long district_today_ymd(void);
int district_year(void);

#endif
