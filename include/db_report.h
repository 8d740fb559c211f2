/* db_report.h — the optional second connection for reports (progress,
 * ranking, briefing): `report_conninfo` in casedesk.conf, typically a list
 * of hosts with target_session_attrs=prefer-standby, so the figures are
 * read from a standby and the primary keeps its work for the clerks.
 * Writes, live screens and discipline reads (which log who read what)
 * always stay on the main connection.  No curses here. */
#ifndef CASEDESK_DB_REPORT_H
#define CASEDESK_DB_REPORT_H

#include <stddef.h>

typedef struct db db_t;

/* conninfo NULL or "": no report server, reports read from the primary. */
void db_report_configure(const char *conninfo);

/* The connection to read report figures from: the report server when one
 * is configured and answers, otherwise `primary` (a lost or unreachable
 * report server is tried again after a while, never blocking a screen for
 * longer than its connect_timeout).  Same role as `primary`, always. */
db_t *db_report(db_t *primary);

/* How old the figures on `db` may be: 0 on a primary, or on a standby that
 * has replayed all it received; otherwise the seconds since the last commit
 * it replayed (as_of: that time, HH:MM:SS in the district's zone), or -1
 * when it is behind but has replayed no commit since it started.
 * Returns 1 on a standby, 0 on a primary, -1 on error. */
int db_report_lag(db_t *db, long *secs, char *as_of, size_t as_of_sz);

/* A sentence for the screen when the figures are behind ("" when they are
 * current or read from the primary).  Returns buf. */
const char *db_report_note(db_t *db, char *buf, size_t bufsz);

void db_report_close(void);

#endif
