/* servermsg.h — the sentences the database raises, in the reader's language.
 *
 * A fixed sentence is looked up in the catalogue as it is.  A sentence built
 * with values (format('There is no unit with code %s.', v) in sql/functions)
 * is matched against every such format, extracted from the SQL at build time
 * (po/sql-formats.sh): the values are captured, the format's translation is
 * filled with them (each value through the labeller, so codes become labels),
 * and an unknown sentence is shown as it came. */
#ifndef CASEDESK_SERVERMSG_H
#define CASEDESK_SERVERMSG_H

#include <stddef.h>

/* Writes the translated sentence into buf and returns buf. */
const char *servermsg_translate(const char *msg, char *buf, size_t bufsz);

/* A value's label (a status code → its label); NULL or the value itself
 * when it has none.  Without a labeller, values go through the catalogue. */
void servermsg_set_labeller(const char *(*label)(const char *value));

/* How many formats the client knows (for tests). */
int servermsg_format_count(void);

#endif
