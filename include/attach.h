/* attach.h — evidence attached to records (model; no curses).
 *
 * Files go in through casedesk.attach_add (the server detects the type,
 * hashes the bytes, applies the size limit and the record's visibility);
 * the client refuses a file over the limit before reading it, and reads
 * the EXIF time and position of a JPEG (exif.h) to send along. */
#ifndef CASEDESK_ATTACH_H
#define CASEDESK_ATTACH_H

#include <stddef.h>
#include "db.h"

struct attach_row {
    long long id;
    char kind[16];
    long long record_id;
    char name[256];
    char media_type[40];
    long long size;
    char sha256[65];
    char taken_at[20];     /* "" when the file had no EXIF time */
    int has_gps;
    double lat, lon;
    char attached_by[128];
    char attached_at[20];
};

/* "case" "patrol" "task" "task_report" "discipline": 1 when kind is one. */
int attach_kind_valid(const char *kind);

/* The record's id from what a person types: a case number (XC-2026-000123)
 * or a number.  Returns the id, or -1 with a sentence in err. */
long long attach_resolve(db_t *db, const char *kind, const char *text, char *err, size_t errsz);

/* The server's limit in bytes (casedesk.attach_max_bytes). */
long long attach_max_bytes(db_t *db);

/* Attach the file at path to the record; returns the attachment's id, or -1
 * with one sentence in err (too large, not a regular file, refused by the
 * server...).  A file over the limit is refused from its size, unread. */
long long attach_file(db_t *db, const char *kind, long long record_id, const char *path,
                      char *err, size_t errsz);

/* The record's attachments, oldest first; *rows malloc'd (free()). Returns
 * the count or -1. */
int attach_list(db_t *db, const char *kind, long long record_id, struct attach_row **rows);

/* Write attachment id into dir as "ID-NAME" (created 0600, never over an
 * existing file); the path written goes into out.  0, or -1 with err. */
int attach_export(db_t *db, long long id, const char *dir, char *out, size_t outsz, char *err, size_t errsz);

/* "1.5 MiB", "820 KiB", "312 B". */
const char *attach_size_text(long long bytes, char *buf, size_t bufsz);

#endif
