/* admin_attach.c — `casedesk-admin attach ...`, run with the caller's own
 * role (the server decides what they may see and attach to):
 *   attach KIND ID FILE               attach one file (KIND: case, patrol,
 *                                     task, task_report, discipline; ID: a
 *                                     case number or a record's number)
 *   attach list KIND ID               id, name, type, size, time, GPS, sha256
 *   attach export KIND ID DIR         every file of the record into DIR
 *   attach export --id N DIR          one attachment */
#include "config.h"
#include "admin.h"
#include "attach.h"
#include "i18n.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int usage_fail(void)
{
    return admin_fail(2, "%s", _("usage: attach KIND ID FILE | attach list KIND ID | attach export KIND ID DIR\n"
                                 "       attach export --id N DIR   (KIND: case, patrol, task, task_report, discipline)"));
}

static int list(db_t *db, const char *kind, long long id)
{
    struct attach_row *rows;
    int n = attach_list(db, kind, id, &rows);
    char size[32];

    if (n < 0)
        return admin_fail(1, "%s", db_errmsg(db));
    for (int i = 0; i < n; i++) {
        char gps[64] = "-";
        if (rows[i].has_gps)
            snprintf(gps, sizeof gps, "%.6f,%.6f", rows[i].lat, rows[i].lon);
        printf("%lld\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", rows[i].id, rows[i].name, rows[i].media_type,
               attach_size_text(rows[i].size, size, sizeof size), rows[i].taken_at[0] ? rows[i].taken_at : "-",
               gps, rows[i].attached_at, rows[i].attached_by, rows[i].sha256);
    }
    free(rows);
    return fflush(stdout) == 0 ? 0 : admin_fail(1, "%s", _("could not write the output"));
}

static int export_one(db_t *db, long long id, const char *dir)
{
    char path[4096], err[512];

    if (attach_export(db, id, dir, path, sizeof path, err, sizeof err) < 0)
        return admin_fail(1, "%s", err);
    printf("%s\n", path);
    return 0;
}

static int export_all(db_t *db, const char *kind, long long id, const char *dir)
{
    struct attach_row *rows;
    int n = attach_list(db, kind, id, &rows), rc = 0;

    if (n < 0)
        return admin_fail(1, "%s", db_errmsg(db));
    for (int i = 0; i < n && rc == 0; i++)
        rc = export_one(db, rows[i].id, dir);
    free(rows);
    if (rc == 0 && n == 0)
        fprintf(stderr, "%s\n", _("The record has no attachments."));
    return rc;
}

static int check_dir(const char *dir)
{
    struct stat st;

    if (stat(dir, &st) < 0 || !S_ISDIR(st.st_mode))
        return admin_fail(1, _("%s is not a directory."), dir);
    return 0;
}

int admin_attach(db_t *db, int argc, char **argv)
{
    char err[512];
    long long rid, aid;

    if (argc == 4 && strcmp(argv[1], "export") == 0 && strcmp(argv[2], "--id") != 0)
        return usage_fail();
    if (argc == 5 && strcmp(argv[1], "export") == 0 && strcmp(argv[2], "--id") == 0)
        return check_dir(argv[4]) ? 1 : export_one(db, strtoll(argv[3], NULL, 10), argv[4]);
    if (argc == 4 && strcmp(argv[1], "list") == 0) {
        if ((rid = attach_resolve(db, argv[2], argv[3], err, sizeof err)) < 0)
            return admin_fail(1, "%s", err);
        return list(db, argv[2], rid);
    }
    if (argc == 5 && strcmp(argv[1], "export") == 0) {
        if (check_dir(argv[4]))
            return 1;
        if ((rid = attach_resolve(db, argv[2], argv[3], err, sizeof err)) < 0)
            return admin_fail(1, "%s", err);
        return export_all(db, argv[2], rid, argv[4]);
    }
    if (argc != 4)
        return usage_fail();
    if ((rid = attach_resolve(db, argv[1], argv[2], err, sizeof err)) < 0)
        return admin_fail(1, "%s", err);
    if ((aid = attach_file(db, argv[1], rid, argv[3], err, sizeof err)) < 0)
        return admin_fail(1, "%s", err);
    printf("%lld\n", aid);
    return 0;
}
