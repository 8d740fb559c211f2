/* drafts.h — unsaved form edits kept on disk when the session dies.
 *
 * When SIGHUP/SIGTERM arrives or the terminal goes away, a form's
 * save_draft writes what was typed as key/value pairs; at the next start
 * casedesk offers to restore it.  Generic: any form (task, case...) names
 * itself by a kind and a row id (0 for a row not yet created).
 *
 * Files: $XDG_STATE_HOME/casedesk/drafts (default ~/.local/state/casedesk/
 * drafts), directory mode 0700, one file <login>-<kind>-<id>.draft, mode 0600.
 * Format: a first line "casedesk-draft 1", then "key=value" lines (saved= is
 * the time written, seconds since the epoch, shown in the district's zone); in
 * values backslash, newline and carriage return are written as \\, \n, \r.
 * No curses, no database. */
#ifndef CASEDESK_DRAFTS_H
#define CASEDESK_DRAFTS_H

#include <stddef.h>

#define DRAFT_MAX_FIELDS 32

struct draft {
    char login[64];
    char kind[32];
    long long id;
    int version;                 /* row version the edit was based on */
    long long saved;             /* when written (seconds since the epoch; 0 unknown) */
    int n;
    char *keys[DRAFT_MAX_FIELDS];
    char *vals[DRAFT_MAX_FIELDS];
};

/* Start an empty draft. */
void draft_init(struct draft *d, const char *login, const char *kind, long long id, int version);
/* Add one field (copied); silently ignored past DRAFT_MAX_FIELDS. */
void draft_set(struct draft *d, const char *key, const char *value);
/* The value of key, or NULL. */
const char *draft_get(const struct draft *d, const char *key);
void draft_free(struct draft *d);
/* When it was saved, in the district's zone ("MM-DD HH:MM"; "" unknown). */
void draft_saved_at(const struct draft *d, char *buf, size_t sz);

/* Write the draft atomically (temp file + rename).  0 or -1. */
int draft_write(const struct draft *d);
/* Read the draft of (login, kind, id): 1 found, 0 none, -1 unreadable. */
int draft_read(const char *login, const char *kind, long long id, struct draft *d);
/* Remove it (no error if absent). */
void draft_remove(const char *login, const char *kind, long long id);

/* Ids of login's drafts of one kind, sorted; *ids is malloc'd (free it).
 * Returns the count (0 when none or no directory). */
int drafts_list(const char *login, const char *kind, long long **ids);

#endif
