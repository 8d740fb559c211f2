/* notify_filter.h — which notifications the client believes.
 *
 * Any login may NOTIFY any channel (PostgreSQL has no privilege for it).
 * The rows of one unit (cases and their details), tasks and the inbox are
 * announced only on keyed channels (sql/functions/059_notify_channels.sql);
 * the district-wide channel 'casedesk' carries only rows everyone reads.
 * A payload naming a private table on the district channel is therefore
 * forged: the loop drops it (and logs it) instead of reloading for it.
 * No curses, no libpq. */
#ifndef CASEDESK_NOTIFY_FILTER_H
#define CASEDESK_NOTIFY_FILTER_H

/* Non-zero when a payload about table on channel cannot be genuine. */
int notify_forged(const char *channel, const char *table);

/* Where a change happened: the fourth field of a unit row's payload
 * ("case_file:12:update:u3,v40,v41", sql/functions/002_audit.sql) names
 * its unit(s) and village(s), old and new.  Non-zero when that says the row
 * is outside a screen filtered to unit_id / village_id (0: no such filter):
 * it names villages (units) and none of them is the screen's.  A payload
 * that names none cannot be placed, and is never out of scope. */
int notify_out_of_scope(const char *scope, int unit_id, int village_id);

/* Non-zero when a screen watching `watched` (a table, or a prefix ending in
 * '*') can be told of a change only on the per-unit channels: the case
 * family's rows.  Tasks travel there too, but also on the oversight channel
 * of those who read every task. */
int notify_unit_table(const char *watched);
/* 'u' for a per-unit channel, 'o' for the oversight channel (the names of
 * functions/059_notify_channels.sql), 0 for any other. */
int notify_channel_kind(const char *channel);

#endif
