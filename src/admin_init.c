/* admin_init.c — `casedesk-admin init` and `seed`: apply the SQL files of
 * sql/migrations, sql/functions and sql/seed.  The files are trusted, shipped
 * with casedesk; they are the only SQL ever run as whole scripts. */
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

/* The schema is built from two kinds of file (README, "HACKING"):
 *   migrations/NNN_*.sql  tables, indexes, policies, data changes; each runs
 *                         once and its sha256 is recorded: editing one that
 *                         was applied is refused;
 *   functions/NNN_*.sql   the one current definition of each function, view
 *                         and trigger; re-run whenever its sha256 changes.
 * Both are numbered on one scale.  On a fresh database they interleave: a
 * functions file runs before the first pending migration numbered above it,
 * so migrations may use the functions of lower-numbered files (policies,
 * defaults, checks).  On an upgrade every pending migration runs first, then
 * each changed functions file (all of them when a migration ran, since a
 * migration may have dropped what they define), in order. */
enum { KIND_MIGRATION, KIND_FUNCTIONS };

struct sql_file {
    char *name;        /* "010_cases.sql" */
    char *record;      /* key in schema_migration: name, or "functions/" name */
    char *sql;
    char sha256[65];   /* of the file as it is now */
    char recorded[65]; /* as applied, "" when never applied */
    int kind, number, done;
};

static int load_files(db_t *db, const char *dir, const char *sub, int kind,
                      struct sql_file **out, int *count)
{
    char *path = xasprintf("%s/%s", dir, sub);
    char err[512];
    int n, k = 0, rc = 0;
    char **names = admin_list_sql(path, &n);
    struct sql_file *f;

    *out = NULL;
    *count = 0;
    if (!names) {
        rc = admin_fail(1, _("no SQL files found in %s"), path);
        free(path);
        return rc;
    }
    f = xcalloc((size_t)n, sizeof *f);
    for (int i = 0; i < n && rc == 0; i++) {
        struct sql_file *g = &f[k];
        char *file;
        const char *p[1];
        /* 000_bootstrap runs every time, as the installer, and is not recorded. */
        if (kind == KIND_MIGRATION && strcmp(names[i], "000_bootstrap.sql") == 0)
            continue;
        k++;
        g->name = xstrdup(names[i]);
        g->kind = kind;
        g->number = atoi(g->name);
        g->record = kind == KIND_FUNCTIONS ? xasprintf("functions/%s", g->name) : xstrdup(g->name);
        file = xasprintf("%s/%s", path, g->name);
        g->sql = admin_read_file(file, err, sizeof err);
        free(file);
        if (!g->sql) {
            rc = admin_fail(1, "%s", err);
            break;
        }
        p[0] = g->sql;
        if (db_scalar(db, "SELECT encode(sha256(convert_to($1, 'UTF8')), 'hex')", 1, p,
                      g->sha256, sizeof g->sha256) != 1) {
            rc = admin_fail(1, "%s", db_errmsg(db));
            break;
        }
        p[0] = g->record;
        if (db_scalar(db, "SELECT coalesce(sha256, '') FROM casedesk.schema_migration WHERE version = $1",
                      1, p, g->recorded, sizeof g->recorded) < 0) {
            rc = admin_fail(1, "%s", db_errmsg(db));
            break;
        }
    }
    admin_free_list(names, n);
    free(path);
    *out = f;
    *count = k;
    return rc;
}

static void free_files(struct sql_file *f, int n)
{
    for (int i = 0; i < n; i++) {
        free(f[i].name);
        free(f[i].record);
        free(f[i].sql);
    }
    free(f);
}

/* One file, one transaction, run as the NOLOGIN owner role; its hash is
 * recorded in the same transaction. */
static int apply_file(db_t *db, struct sql_file *f)
{
    const char *p[] = { f->record, f->sha256, f->kind == KIND_FUNCTIONS ? "functions" : "migration" };
    if (db_begin(db) != 0 || db_command(db, "SET LOCAL ROLE casedesk_owner", 0, NULL) != 0) {
        db_rollback(db);
        return admin_fail(1, "%s", db_detail(db));
    }
    if (db_script(db, f->sql) != 0) {
        admin_fail(1, _("%s failed: %s"), f->record, db_detail(db));
        db_rollback(db);
        return 1;
    }
    if (db_command(db, "RESET ROLE", 0, NULL) != 0
        || db_command(db, "INSERT INTO casedesk.schema_migration AS m (version, sha256, kind) "
                          "VALUES ($1, $2, $3) ON CONFLICT (version) DO UPDATE "
                          "SET sha256 = excluded.sha256, applied_at = now()", 3, p) != 0
        || db_commit(db) != 0) {
        admin_fail(1, _("%s failed: %s"), f->record, db_detail(db));
        db_rollback(db);
        return 1;
    }
    f->done = 1;
    printf(_("applied %s\n"), f->record);
    return 0;
}

/* A database made before migrations carried a checksum cannot be upgraded:
 * nothing of that layout was released, so it is simply made anew. */
static int check_layout(db_t *db)
{
    char out[8];
    if (db_scalar(db, "SELECT count(*) FROM pg_catalog.pg_attribute "
                      "WHERE attrelid = 'casedesk.schema_migration'::regclass "
                      "AND attname = 'sha256' AND NOT attisdropped", 0, NULL, out, sizeof out) != 1)
        return admin_fail(1, "%s", db_errmsg(db));
    if (strcmp(out, "1") != 0)
        return admin_fail(1, "%s", _("this database was initialised by an unreleased development layout "
                                     "of the schema and cannot be upgraded: drop it, create it again "
                                     "and run init"));
    return 0;
}

static int check_unchanged(const struct sql_file *m, int n)
{
    for (int i = 0; i < n; i++) {
        if (m[i].recorded[0] && strcmp(m[i].recorded, m[i].sha256) != 0)
            return admin_fail(1, _("migration %s has changed since it was applied (sha256 %.12s then, "
                                   "%.12s now); a migration is never edited once applied: "
                                   "put the change in a new migration"),
                              m[i].name, m[i].recorded, m[i].sha256);
    }
    return 0;
}

static int apply_all(db_t *db, struct sql_file *m, int nm, struct sql_file *fn, int nf,
                     int *nmig, int *nfun)
{
    int j = 0;
    /* Pending migrations, each preceded by the functions files numbered
     * below it that this database has never had. */
    for (int i = 0; i < nm; i++) {
        if (m[i].recorded[0])
            continue;
        for (; j < nf && fn[j].number < m[i].number; j++) {
            if (fn[j].recorded[0])
                continue;
            if (apply_file(db, &fn[j]) != 0)
                return 1;
            (*nfun)++;
        }
        if (apply_file(db, &m[i]) != 0)
            return 1;
        (*nmig)++;
    }
    /* Then the functions files that changed (all, after a migration). */
    for (j = 0; j < nf; j++) {
        if (fn[j].done || (*nmig == 0 && strcmp(fn[j].recorded, fn[j].sha256) == 0))
            continue;
        if (apply_file(db, &fn[j]) != 0)
            return 1;
        (*nfun)++;
    }
    return 0;
}

int admin_init(db_t *db, int argc, char **argv)
{
    const char *dir = data_dir_sql();
    char *boot = xasprintf("%s/migrations", dir);
    struct sql_file *m = NULL, *fn = NULL;
    int nm = 0, nf = 0, nmig = 0, nfun = 0, rc;

    (void)argc; (void)argv;
    /* Two inits at once would race on the same migration. */
    if (db_command(db, "SELECT pg_advisory_lock(hashtext('casedesk.init'))", 0, NULL) != 0) {
        free(boot);
        return admin_fail(1, "%s", db_errmsg(db));
    }
    rc = run_file(db, boot, "000_bootstrap.sql");
    free(boot);
    if (rc == 0)
        rc = check_layout(db);
    if (rc == 0)
        rc = load_files(db, dir, "migrations", KIND_MIGRATION, &m, &nm);
    if (rc == 0)
        rc = load_files(db, dir, "functions", KIND_FUNCTIONS, &fn, &nf);
    if (rc == 0)
        rc = check_unchanged(m, nm);
    if (rc == 0)
        rc = apply_all(db, m, nm, fn, nf, &nmig, &nfun);
    if (rc == 0) {
        if (nmig + nfun == 0)
            printf("%s", _("schema already up to date\n"));
        else
            printf(_("schema up to date (%d migrations and %d functions files applied)\n"), nmig, nfun);
    }
    free_files(m, nm);
    free_files(fn, nf);
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
