/* admin_init.c — `casedesk-admin init` and `seed`: apply the numbered SQL
 * files.  The files are trusted, shipped with casedesk; they are the only SQL
 * ever run as whole scripts. */
#include "config.h"
#include "admin.h"
#include "i18n.h"
#include "util.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int run_file(db_t *db, const char *dir, const char *name)
{
    char err[512];
    char *path = xasprintf("%s/%s", dir, name);
    char *sql = admin_read_file(path, err, sizeof err);
    int rc;
    free(path);
    if (!sql)
        return admin_fail(1, "%s", err);
    rc = db_script(db, sql);
    free(sql);
    if (rc != 0)
        return admin_fail(1, _("%s failed: %s"), name, db_detail(db));
    return 0;
}

static int already_applied(db_t *db, const char *name)
{
    const char *p[] = { name };
    char out[8];
    return db_scalar(db, "SELECT 1 FROM casedesk.schema_migration WHERE version = $1", 1, p,
                     out, sizeof out) == 1;
}

/* One migration, one transaction, run as the NOLOGIN owner role. */
static int apply_migration(db_t *db, const char *dir, const char *name)
{
    const char *p[] = { name };
    if (db_begin(db) != 0 || db_command(db, "SET LOCAL ROLE casedesk_owner", 0, NULL) != 0)
        return admin_fail(1, "%s", db_detail(db));
    if (run_file(db, dir, name) != 0) {
        db_rollback(db);
        return 1;
    }
    if (db_command(db, "RESET ROLE", 0, NULL) != 0
        || db_command(db, "INSERT INTO casedesk.schema_migration(version) VALUES ($1)", 1, p) != 0
        || db_commit(db) != 0) {
        db_rollback(db);
        return admin_fail(1, _("%s failed: %s"), name, db_detail(db));
    }
    printf(_("applied %s\n"), name);
    return 0;
}

int admin_init(db_t *db, int argc, char **argv)
{
    const char *dir = data_dir_sql();
    int n, applied = 0, rc = 0;
    char **files;

    (void)argc; (void)argv;
    /* Two inits at once would race on the same migration. */
    if (db_command(db, "SELECT pg_advisory_lock(hashtext('casedesk.init'))", 0, NULL) != 0)
        return admin_fail(1, "%s", db_errmsg(db));
    if (run_file(db, dir, "000_bootstrap.sql") != 0)
        return 1;
    files = admin_list_sql(dir, &n);
    if (!files)
        return admin_fail(1, _("no migrations found in %s"), dir);
    for (int i = 0; i < n && rc == 0; i++) {
        if (strcmp(files[i], "000_bootstrap.sql") == 0 || already_applied(db, files[i]))
            continue;
        rc = apply_migration(db, dir, files[i]);
        applied += rc == 0;
    }
    admin_free_list(files, n);
    if (rc == 0)
        printf(applied ? _("schema up to date (%d migrations applied)\n")
                       : _("schema already up to date\n"), applied);
    return rc;
}

static int parse_scale(const char *s, double *scale)
{
    char *end;
    *scale = strtod(s, &end);
    return *end == '\0' && *scale > 0 && *scale <= 1000;
}

/* Fresh statistics for the planner — but not for discipline tables: their
 * pg_class.reltuples is readable by every role and would leak a count. */
static void analyze_open_tables(db_t *db)
{
    PGresult *res = db_exec(db,
        "SELECT format('ANALYZE %I.%I', schemaname, tablename) FROM pg_tables "
        "WHERE schemaname = 'casedesk' AND tablename NOT LIKE 'discipline%'", 0, NULL);
    if (!res)
        return;
    for (int i = 0; i < PQntuples(res); i++)
        db_command(db, db_cell(res, i, 0), 0, NULL);
    PQclear(res);
}

int admin_seed(db_t *db, int argc, char **argv)
{
    static const struct option opts[] = {
        { "scale", required_argument, NULL, 's' },
        { NULL, 0, NULL, 0 }
    };
    double scale = 1;
    char dir[1024], buf[64];
    const char *p[1];
    char **files;
    int c, n, rc = 0;

    while ((c = getopt_long(argc, argv, "s:", opts, NULL)) != -1) {
        if (c != 's' || !parse_scale(optarg, &scale))
            return admin_fail(2, "%s", _("seed --scale takes a number greater than 0 and at most 1000"));
    }
    if (db_scalar(db, "SELECT count(*) FROM casedesk.unit", 0, NULL, buf, sizeof buf) < 0)
        return admin_fail(1, "%s", db_errmsg(db));
    if (strcmp(buf, "0") != 0)
        return admin_fail(1, "%s", _("the database already holds data; seed only a freshly initialised database"));
    snprintf(dir, sizeof dir, "%s/seed", data_dir_sql());
    files = admin_list_sql(dir, &n);
    if (!files)
        return admin_fail(1, _("no seed scripts found in %s"), dir);
    snprintf(buf, sizeof buf, "%g", scale);
    p[0] = buf;
    /* One transaction: a failed seed leaves nothing behind.  Bulk load runs
     * with triggers off (replica mode), so the scripts keep data consistent. */
    if (db_begin(db) != 0
        || db_command(db, "SELECT set_config('casedesk.seed_scale', $1, true)", 1, p) != 0
        || db_command(db, "SET LOCAL session_replication_role = replica", 0, NULL) != 0
        || db_command(db, "SET LOCAL max_parallel_workers_per_gather = 0", 0, NULL) != 0) {
        db_rollback(db);
        admin_free_list(files, n);
        return admin_fail(1, "%s", db_detail(db));
    }
    for (int i = 0; i < n && rc == 0; i++) {
        rc = run_file(db, dir, files[i]);
        if (rc == 0)
            printf(_("loaded %s\n"), files[i]);
        fflush(stdout);
    }
    admin_free_list(files, n);
    if (rc != 0 || db_commit(db) != 0) {
        db_rollback(db);
        return rc ? rc : admin_fail(1, "%s", db_detail(db));
    }
    analyze_open_tables(db);
    printf(_("seeded at scale %s\n"), buf);
    return 0;
}
