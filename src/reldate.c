/* reldate.c — relative dates (see reldate.h). */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "district.h"
#include "i18n.h"
#include "reldate.h"
#include "validate.h"

static reldate_workdays_fn workdays;

void reldate_set_workdays(reldate_workdays_fn fn) { workdays = fn; }

#define MAX_EXTRA 16
static int (*extra[MAX_EXTRA])(const char *, char *, size_t);
static int nextra;

void reldate_register_validator(int (*v)(const char *, char *, size_t))
{
    for (int i = 0; i < nextra; i++)
        if (extra[i] == v) return;
    if (nextra < MAX_EXTRA) extra[nextra++] = v;
}

int reldate_is_date_validator(int (*v)(const char *, char *, size_t))
{
    if (!v) return 0;
    if (v == validate_date_any || v == validate_date_past || v == validate_date_or_empty) return 1;
    for (int i = 0; i < nextra; i++)
        if (extra[i] == v) return 1;
    return 0;
}

static const char *skip_spaces(const char *s)
{
    while (*s == ' ') s++;
    return s;
}

int reldate_expand(const char *s, char *out, size_t outsz, char *err, size_t errlen)
{
    const char *p = skip_spaces(s);
    char unit[32];
    long n;
    int sign, len;
    char *end;

    if (!strcmp(p, "today") || !strcmp(p, "今天")) { district_today(out, outsz); return 1; }
    if (*p != '+' && *p != '-') return 0;
    sign = *p == '-' ? -1 : 1;
    p = skip_spaces(p + 1);
    if (*p < '0' || *p > '9') return 0;
    n = strtol(p, &end, 10);
    p = skip_spaces(end);
    len = (int)strlen(p);
    while (len && p[len - 1] == ' ') len--;
    snprintf(unit, sizeof unit, "%.*s", len, p);
    if (n > 3660) {
        snprintf(err, errlen, "%s", _("That is more than ten years away; type the date as YYYY-MM-DD."));
        return -1;
    }
    if (!unit[0] || !strcmp(unit, "d") || !strcmp(unit, "天")) {
        district_date_after((int)(sign * n), out, outsz);
        return 1;
    }
    if (!strcmp(unit, "wd") || !strcmp(unit, "工作日")) {
        if (sign < 0) {
            snprintf(err, errlen, "%s", _("Working days count forward only: type +N wd."));
            return -1;
        }
        if (!workdays) {
            snprintf(err, errlen, "%s", _("Working days need the database's calendar; type the date as YYYY-MM-DD."));
            return -1;
        }
        return workdays((int)n, out, outsz, err, errlen) == 0 ? 1 : -1;
    }
    snprintf(err, errlen, "%s", _("Type +N for days or +N wd for working days from today, or a date as YYYY-MM-DD."));
    return -1;
}
