/* notify_filter.c — forged notifications on the district channel
 * (notify_filter.h). */
#include "config.h"
#include <stdlib.h>
#include <string.h>

#include "notify_filter.h"

/* Tables announced only on the per-unit channels: those whose notify
 * trigger has the 'unit' argument (functions/010_cases.sql and the kinds'
 * files; notify_trigger in 002_audit.sql).  Keep in step with them. */
static const char *const unit_tables[] = {
    "case_file", "expropriation", "violation", "payment", "patrol", "patrol_village", "petition",
    "petition_case", "document", "village_application",
};
/* ... and on the task and inbox channels (notify_channels in 059). */
static const char *const keyed_tables[] = {
    "task", "task_unit", "task_report", "task_extension", "task_card", "task_link",
    "inbox", "inbox_read",
};

static int listed(const char *table, const char *const *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!strcmp(table, list[i])) return 1;
    return 0;
}

int notify_forged(const char *channel, const char *table)
{
    if (!channel || strcmp(channel, "casedesk") != 0 || !table) return 0;
    return listed(table, unit_tables, sizeof unit_tables / sizeof unit_tables[0])
        || listed(table, keyed_tables, sizeof keyed_tables / sizeof keyed_tables[0]);
}

int notify_unit_table(const char *watched)
{
    size_t n = watched ? strlen(watched) : 0;

    if (!n) return 0;
    if (watched[n - 1] != '*')
        return listed(watched, unit_tables, sizeof unit_tables / sizeof unit_tables[0]);
    for (size_t i = 0; i < sizeof unit_tables / sizeof unit_tables[0]; i++)
        if (!strncmp(unit_tables[i], watched, n - 1)) return 1;
    return 0;
}

int notify_channel_kind(const char *channel)
{
    if (!channel || strncmp(channel, "casedesk_", 9) != 0) return 0;
    return channel[9] == 'u' || channel[9] == 'o' ? channel[9] : 0;
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
