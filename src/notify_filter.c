/* notify_filter.c — forged notifications on the district channel
 * (notify_filter.h). */
#include "config.h"
#include <stdlib.h>
#include <string.h>

#include "notify_filter.h"

/* Tables announced only on keyed channels: keep in step with the 'unit'
 * triggers of functions/010_cases.sql and notify_trigger in 002_audit.sql. */
static const char *const private_tables[] = {
    "case_file", "expropriation", "violation", "payment", "patrol", "patrol_village", "petition",
    "petition_case",
    "task", "task_unit", "task_report", "task_extension", "task_card", "task_link",
    "inbox", "inbox_read",
};

int notify_forged(const char *channel, const char *table)
{
    if (!channel || strcmp(channel, "casedesk") != 0 || !table) return 0;
    for (size_t i = 0; i < sizeof private_tables / sizeof private_tables[0]; i++)
        if (!strcmp(table, private_tables[i])) return 1;
    return 0;
}

/* Does the comma list name any token of this letter, and is id among them? */
static void scan(const char *scope, char letter, int id, int *named, int *hit)
{
    const char *p = scope;

    *named = *hit = 0;
    while (p && *p) {
        if (*p == letter) {
            char *end;
            long v = strtol(p + 1, &end, 10);
            if (end != p + 1 && (*end == ',' || *end == '\0')) {
                *named = 1;
                if (v == id) *hit = 1;
            }
        }
        p = strchr(p, ',');
        if (p) p++;
    }
}

int notify_out_of_scope(const char *scope, int unit_id, int village_id)
{
    int named, hit;

    if (!scope || !*scope) return 0;
    if (village_id > 0) {
        scan(scope, 'v', village_id, &named, &hit);
        if (named && !hit) return 1;
    }
    if (unit_id > 0) {
        scan(scope, 'u', unit_id, &named, &hit);
        if (named && !hit) return 1;
    }
    return 0;
}
