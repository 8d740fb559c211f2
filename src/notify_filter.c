/* notify_filter.c — forged notifications on the district channel
 * (notify_filter.h). */
#include "config.h"
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
