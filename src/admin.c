/* admin.c — casedesk-admin: option parsing and the verb table. */
#include "config.h"
#include "admin.h"
#include "i18n.h"
#include "labels.h"
#include "servermsg.h"
#include "util.h"

#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct verb {
    const char *name;
    int (*run)(db_t *db, int argc, char **argv);
    const char *usage;
};

static const struct verb verbs[] = {
    { "init",    admin_init,   N_("init                       create or upgrade the schema (idempotent)") },
    { "seed",    admin_seed,   N_("seed --scale N             load deterministic demo data into an empty database") },
    { "user",    admin_user,   N_("user add LOGIN --name NAME --unit CODE --role staff|supervisor|inspector|admin\n"
                                  "  user list | user disable LOGIN | user set-unit LOGIN CODE | user set-role LOGIN ROLE") },
    { "audit",   admin_audit,  N_("audit verify               check the audit hash chains") },
    { "report",  admin_report, N_("report briefing --year Y [--unit CODE] [--format text|csv]") },
    { "export",  admin_export, N_("export cases --kind K --from D --to D [--unit CODE] [--bom] | export ranking --year Y") },
    { "escalate", admin_escalate, N_("escalate [--date D]        issue deadline warnings and yellow/red cards") },
    { "target",  admin_target, N_("target set --year Y --unit CODE --metric M --value V [--signed D] | target list --year Y") },
    { "unit",    admin_ref,    N_("unit add CODE --name NAME --kind K [--parent CODE] | unit rename CODE NAME | unit list") },
    { "village", admin_ref,    N_("village add UNIT NAME [--kind village|community] | village rename UNIT OLD NEW | village list [UNIT]\n"
                                  "  village retire UNIT NAME --on D [--reason TEXT] | village restore UNIT NAME") },
    { "project", admin_ref,    N_("project add CODE --name N --kind K --account A [--lead UNIT] [--started D] [--budget Y] [--need Y]\n"
                                  "  project money CODE [--budget Y] [--need Y] | project add-unit CODE UNIT | project list\n"
                                  "  project retire CODE --on D [--reason TEXT] | project restore CODE") },
    { "community", admin_ref,  N_("community add NAME [--unit UNIT] [--flats N] | community flats NAME PLANNED READY | community list") },
    { "calendar", admin_ref,   N_("calendar set DAY holiday|workday [NAME] | calendar clear DAY | calendar list YEAR") },
    { "document", admin_document, N_("document list [--case N] | document text|pdf|print NUMBER | document serve NUMBER --on D --way W\n"
                                  "  document queue --unit CODE [--queue NAME]   the register of official documents") },
    { "attach",  admin_attach, N_("attach KIND ID FILE | attach list KIND ID | attach export KIND ID DIR | attach export --id N DIR\n"
                                  "  evidence on a case, patrol, task, task_report or discipline record") },
    { "watchdog", admin_watchdog, N_("watchdog [--interval S] [--once]  enforce the session limits (run as a service)") },
};

static void usage(FILE *out)
{
    fprintf(out, "%s", _("Usage: casedesk-admin [-d CONNINFO] [--lang zh|en] VERB [ARGS]\n"
                         "Administer a casedesk database.\n\nVerbs:\n"));
    for (size_t i = 0; i < ARRAY_SIZE(verbs); i++)
        fprintf(out, "  %s\n", _(verbs[i].usage));
    fprintf(out, "%s", _("\nOptions:\n"
                         "  -d, --dbname=CONNINFO  database to use (default: the libpq environment, PGHOST, PGDATABASE...)\n"
                         "      --lang=zh|en       language of messages\n"
                         "  -h, --help             show this help\n"
                         "  -V, --version          show the version\n"));
}

int admin_fail(int status, const char *fmt, ...)
{
    va_list ap;
    fputs("casedesk-admin: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    return status;
}

char *admin_read_file(const char *path, char *err, size_t errsz)
{
    FILE *f = fopen(path, "rb");
    char *buf;
    long len;
    if (!f) {
        snprintf(err, errsz, _("cannot read %s: %s"), path, strerror(errno));
        return NULL;
    }
    fseek(f, 0, SEEK_END);
    len = ftell(f);
    fseek(f, 0, SEEK_SET);
    buf = xmalloc((size_t)len + 1);
    if (len > 0 && fread(buf, 1, (size_t)len, f) != (size_t)len) {
        snprintf(err, errsz, _("cannot read %s: %s"), path, strerror(errno));
        fclose(f);
        free(buf);
        return NULL;
    }
    buf[len] = '\0';
    fclose(f);
    return buf;
}

static int is_numbered_sql(const char *name)
{
    size_t n = strlen(name);
    return n > 8 && name[0] >= '0' && name[0] <= '9' && name[1] >= '0' && name[1] <= '9'
        && name[2] >= '0' && name[2] <= '9' && name[3] == '_' && strcmp(name + n - 4, ".sql") == 0;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

char **admin_list_sql(const char *dir, int *count)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    char **list = NULL;
    int n = 0;
    *count = 0;
    if (!d)
        return NULL;
    while ((e = readdir(d))) {
        if (!is_numbered_sql(e->d_name))
            continue;
        list = xrealloc(list, sizeof *list * (size_t)(n + 1));
        list[n++] = xstrdup(e->d_name);
    }
    closedir(d);
    if (n)
        qsort(list, (size_t)n, sizeof *list, cmp_str);
    *count = n;
    return list;
}

void admin_free_list(char **list, int count)
{
    for (int i = 0; i < count; i++)
        free(list[i]);
    free(list);
}

int main(int argc, char **argv)
{
    static const struct option opts[] = {
        { "dbname",  required_argument, NULL, 'd' },
        { "lang",    required_argument, NULL, 'L' },
        { "help",    no_argument,       NULL, 'h' },
        { "version", no_argument,       NULL, 'V' },
        { NULL, 0, NULL, 0 }
    };
    const char *conninfo = NULL, *lang = NULL;
    char err[1024];
    int c, rc;
    db_t *db;

    /* Stop at the verb: its own options (--name, --scale...) follow it. */
    while ((c = getopt_long(argc, argv, "+d:hV", opts, NULL)) != -1) {
        switch (c) {
        case 'd': conninfo = optarg; break;
        case 'L': lang = optarg; break;
        case 'h': i18n_init(lang); usage(stdout); return 0;
        case 'V': printf("casedesk-admin %s\n", PACKAGE_VERSION); return 0;
        default:  i18n_init(lang); usage(stderr); return 2;
        }
    }
    i18n_init(lang);
    servermsg_set_labeller(code_label);
    if (optind >= argc) {
        usage(stderr);
        return 2;
    }
    for (size_t i = 0; i < ARRAY_SIZE(verbs); i++) {
        if (strcmp(argv[optind], verbs[i].name) != 0)
            continue;
        db = db_open(conninfo, "casedesk-admin", err, sizeof err);
        if (!db)
            return admin_fail(1, "%s", err);
        /* Verbs parse their own options with getopt from the verb on;
         * optind = 0 makes glibc's getopt start afresh. */
        int vi = optind;
        optind = 0;
        rc = verbs[i].run(db, argc - vi, argv + vi);
        db_close(db);
        return rc;
    }
    return admin_fail(2, _("unknown verb \"%s\"; see casedesk-admin --help"), argv[optind]);
}
