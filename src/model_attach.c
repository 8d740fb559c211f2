/* model_attach.c — evidence attached to records: in through
 * casedesk.attach_add, listed from casedesk.attachment, out of
 * casedesk.attachment_blob (RLS decides what the caller sees).  Bytes
 * travel as hex text (bytea's text form), so no binary protocol is needed. */
#include "config.h"
#include "attach.h"
#include "exif.h"
#include "i18n.h"

#include <errno.h>
#include <fcntl.h>
#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int attach_kind_valid(const char *kind)
{
    static const char *const kinds[] = { "case", "patrol", "task", "task_report", "discipline" };

    for (size_t i = 0; kind && i < sizeof kinds / sizeof kinds[0]; i++)
        if (strcmp(kind, kinds[i]) == 0)
            return 1;
    return 0;
}

long long attach_resolve(db_t *db, const char *kind, const char *text, char *err, size_t errsz)
{
    const char *p[2] = { kind, text };
    char buf[32];
    int r;

    if (!attach_kind_valid(kind)) {
        snprintf(err, errsz, "%s", _("Evidence is attached to a case, a patrol, a task, a task report or a discipline record."));
        return -1;
    }
    r = db_scalar(db, "SELECT CASE WHEN $1 = 'case' AND $2 !~ '^[0-9]{1,18}$' "
                      "THEN (SELECT id FROM casedesk.case_file WHERE case_no = upper($2)) "
                      "WHEN $2 ~ '^[0-9]{1,18}$' THEN $2::bigint END", 2, p, buf, sizeof buf);
    if (r < 0) {
        snprintf(err, errsz, "%s", db_errmsg(db));
        return -1;
    }
    if (r == 0 || !buf[0]) {
        snprintf(err, errsz, "%s", _("There is no such record that you may see."));
        return -1;
    }
    return strtoll(buf, NULL, 10);
}

long long attach_max_bytes(db_t *db)
{
    char buf[32];

    if (db_scalar(db, "SELECT casedesk.attach_max_bytes()", 0, NULL, buf, sizeof buf) != 1)
        return 20LL * 1024 * 1024;
    return strtoll(buf, NULL, 10);
}

static void too_large(long long size, long long max, char *err, size_t errsz)
{
    snprintf(err, errsz, _("The file is %.1f MiB; the limit is %.1f MiB per file."),
             size / 1048576.0, max / 1048576.0);
}

/* The whole file, after checking it is a regular file within the limit. */
static unsigned char *read_limited(const char *path, long long max, size_t *len, char *err, size_t errsz)
{
    int fd = open(path, O_RDONLY | O_NOCTTY | O_NONBLOCK);
    struct stat st;
    unsigned char *buf = NULL;
    size_t got = 0;

    if (fd < 0 || fstat(fd, &st) < 0) {
        snprintf(err, errsz, _("Cannot open %s: %s."), path, strerror(errno));
        if (fd >= 0)
            close(fd);
        return NULL;
    }
    if (!S_ISREG(st.st_mode)) {
        snprintf(err, errsz, _("%s is not a regular file."), path);
    } else if (st.st_size > max) {
        too_large((long long)st.st_size, max, err, errsz);
    } else if (st.st_size == 0) {
        snprintf(err, errsz, "%s", _("The file is empty."));
    } else if ((buf = malloc((size_t)st.st_size)) != NULL) {
        ssize_t n;
        while (got < (size_t)st.st_size && (n = read(fd, buf + got, (size_t)st.st_size - got)) > 0)
            got += (size_t)n;
        if (got != (size_t)st.st_size) {
            snprintf(err, errsz, _("Cannot read %s: %s."), path, got ? _("it changed while it was read") : strerror(errno));
            free(buf);
            buf = NULL;
        }
    } else {
        snprintf(err, errsz, "%s", _("Out of memory."));
    }
    close(fd);
    *len = got;
    return buf;
}

static char *hex_bytea(const unsigned char *p, size_t len)
{
    static const char hx[] = "0123456789abcdef";
    char *s = malloc(2 * len + 3), *o = s;

    if (!s)
        return NULL;
    *o++ = '\\';
    *o++ = 'x';
    for (size_t i = 0; i < len; i++) {
        *o++ = hx[p[i] >> 4];
        *o++ = hx[p[i] & 15];
    }
    *o = '\0';
    return s;
}

long long attach_file(db_t *db, const char *kind, long long record_id, const char *path,
                      char *err, size_t errsz)
{
    size_t len = 0;
    unsigned char *data = read_limited(path, attach_max_bytes(db), &len, err, errsz);
    struct exif_info ex;
    char idbuf[24], lat[32], lon[32], out[24];
    const char *base = strrchr(path, '/');
    char *hex;
    int r;

    if (!data)
        return -1;
    exif_parse(data, len, &ex);
    hex = hex_bytea(data, len);
    free(data);
    if (!hex) {
        snprintf(err, errsz, "%s", _("Out of memory."));
        return -1;
    }
    snprintf(idbuf, sizeof idbuf, "%lld", record_id);
    snprintf(lat, sizeof lat, "%.7f", ex.lat);
    snprintf(lon, sizeof lon, "%.7f", ex.lon);
    {
        const char *p[7] = { kind, idbuf, base ? base + 1 : path, hex, ex.has_time ? ex.taken_at : NULL,
                             ex.has_gps ? lat : NULL, ex.has_gps ? lon : NULL };
        r = db_scalar(db, "SELECT casedesk.attach_add($1, $2::bigint, $3, $4::bytea, $5::timestamp, "
                          "$6::double precision, $7::double precision)", 7, p, out, sizeof out);
    }
    free(hex);
    if (r != 1) {
        snprintf(err, errsz, "%s", db_errmsg(db));
        return -1;
    }
    return strtoll(out, NULL, 10);
}

int attach_list(db_t *db, const char *kind, long long record_id, struct attach_row **rows)
{
    char idbuf[24];
    const char *p[2] = { kind, idbuf };
    PGresult *r;
    int n;

    snprintf(idbuf, sizeof idbuf, "%lld", record_id);
    r = db_exec(db, "SELECT a.id, a.record_kind, a.record_id, a.file_name, a.media_type, a.size_bytes, a.sha256, "
                    "coalesce(to_char(a.taken_at, 'YYYY-MM-DD HH24:MI:SS'), ''), a.gps_lat IS NOT NULL, "
                    "coalesce(a.gps_lat, 0), coalesce(a.gps_lon, 0), coalesce(o.name, ''), "
                    "to_char(a.attached_at AT TIME ZONE casedesk.district_zone(), 'YYYY-MM-DD HH24:MI') "
                    "FROM casedesk.attachment a LEFT JOIN casedesk.official o ON o.id = a.attached_by "
                    "WHERE a.record_kind = $1 AND a.record_id = $2::bigint ORDER BY a.id", 2, p);
    if (!r)
        return -1;
    n = PQntuples(r);
    *rows = calloc(n ? (size_t)n : 1, sizeof **rows);
    if (!*rows) {
        PQclear(r);
        return -1;
    }
    for (int i = 0; i < n; i++) {
        struct attach_row *a = &(*rows)[i];
        a->id = db_cell_ll(r, i, 0);
        db_cell_copy(r, i, 1, a->kind, sizeof a->kind);
        a->record_id = db_cell_ll(r, i, 2);
        db_cell_copy(r, i, 3, a->name, sizeof a->name);
        db_cell_copy(r, i, 4, a->media_type, sizeof a->media_type);
        a->size = db_cell_ll(r, i, 5);
        db_cell_copy(r, i, 6, a->sha256, sizeof a->sha256);
        db_cell_copy(r, i, 7, a->taken_at, sizeof a->taken_at);
        a->has_gps = db_cell_bool(r, i, 8);
        a->lat = strtod(db_cell(r, i, 9), NULL);
        a->lon = strtod(db_cell(r, i, 10), NULL);
        db_cell_copy(r, i, 11, a->attached_by, sizeof a->attached_by);
        db_cell_copy(r, i, 12, a->attached_at, sizeof a->attached_at);
    }
    PQclear(r);
    return n;
}

static int write_all(int fd, const unsigned char *p, size_t len)
{
    while (len > 0) {
        ssize_t n = write(fd, p, len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return -1;
        p += n;
        len -= (size_t)n;
    }
    return 0;
}

int attach_export(db_t *db, long long id, const char *dir, char *out, size_t outsz, char *err, size_t errsz)
{
    char idbuf[24];
    const char *p[1] = { idbuf };
    PGresult *r;
    unsigned char *bytes;
    size_t len;
    int fd, rc = -1;

    snprintf(idbuf, sizeof idbuf, "%lld", id);
    r = db_exec(db, "SELECT a.file_name, b.data FROM casedesk.attachment a "
                    "JOIN casedesk.attachment_blob b ON b.attachment_id = a.id WHERE a.id = $1::bigint", 1, p);
    if (!r) {
        snprintf(err, errsz, "%s", db_errmsg(db));
        return -1;
    }
    if (PQntuples(r) != 1) {
        snprintf(err, errsz, _("There is no attachment %lld that you may see."), id);
        PQclear(r);
        return -1;
    }
    snprintf(out, outsz, "%s/%lld-%s", dir, id, db_cell(r, 0, 0));
    bytes = PQunescapeBytea((const unsigned char *)db_cell(r, 0, 1), &len);
    PQclear(r);
    if (!bytes) {
        snprintf(err, errsz, "%s", _("Out of memory."));
        return -1;
    }
    fd = open(out, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0600);
    if (fd < 0) {
        snprintf(err, errsz, _("Cannot write %s: %s."), out, strerror(errno));
    } else {
        int bad = write_all(fd, bytes, len) < 0;
        if (close(fd) < 0)
            bad = 1;
        if (bad) {
            snprintf(err, errsz, _("Cannot write %s: %s."), out, strerror(errno));
            unlink(out);
        } else {
            rc = 0;
        }
    }
    PQfreemem(bytes);
    return rc;
}

const char *attach_size_text(long long bytes, char *buf, size_t bufsz)
{
    if (bytes >= 1024 * 1024)
        snprintf(buf, bufsz, "%.1f MiB", bytes / 1048576.0);
    else if (bytes >= 1024)
        snprintf(buf, bufsz, "%lld KiB", (bytes + 512) / 1024);
    else
        snprintf(buf, bufsz, "%lld B", bytes);
    return buf;
}
