/* admin_report.c — `casedesk-admin report ...` and `export ...`: option
 * parsing only; the figures and files come from report.c, run with the
 * caller's own role (so RLS decides what a ledger may contain). */
#include "config.h"
#include "admin.h"
#include "i18n.h"
#include "report.h"
#include "report_funds.h"
#include "util.h"

#include <getopt.h>
#include <sys/stat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct report_opts {
    int year, index, csv, bom;
    const char *unit, *period, *kind, *from, *to, *project, *files;
};

static int parse_int(const char *s, int *out)
{
    char *end;
    long v = strtol(s, &end, 10);
    if (*s == '\0' || *end != '\0' || v < 0 || v > 100000)
        return -1;
    *out = (int)v;
    return 0;
}

/* Common options of report/export; returns 0 or a usage exit status. */
static int parse_report_opts(int argc, char **argv, struct report_opts *o, const char *usage)
{
    static const struct option opts[] = {
        { "year",   required_argument, NULL, 'y' },
        { "unit",   required_argument, NULL, 'u' },
        { "format", required_argument, NULL, 'f' },
        { "period", required_argument, NULL, 'p' },
        { "index",  required_argument, NULL, 'i' },
        { "kind",   required_argument, NULL, 'k' },
        { "from",   required_argument, NULL, 'F' },
        { "to",     required_argument, NULL, 'T' },
        { "bom",    no_argument,       NULL, 'b' },
        { "project", required_argument, NULL, 'j' },
        { "attachments", required_argument, NULL, 'A' },
        { NULL, 0, NULL, 0 }
    };
    int c;
    memset(o, 0, sizeof *o);
    optind = 0;
    while ((c = getopt_long(argc, argv, "y:u:f:p:i:k:F:T:bj:A:", opts, NULL)) != -1) {
        switch (c) {
        case 'y': if (parse_int(optarg, &o->year) != 0)
                      return admin_fail(2, _("--year takes a year such as 2024, not \"%s\""), optarg);
                  break;
        case 'i': if (parse_int(optarg, &o->index) != 0)
                      return admin_fail(2, _("--index takes a number, not \"%s\""), optarg);
                  break;
        case 'u': o->unit = optarg; break;
        case 'p': o->period = optarg; break;
        case 'k': o->kind = optarg; break;
        case 'A': o->files = optarg; break;
        case 'F': o->from = optarg; break;
        case 'T': o->to = optarg; break;
        case 'b': o->bom = 1; break;
        case 'j': o->project = optarg; break;
        case 'f':
            if (strcmp(optarg, "csv") == 0) o->csv = 1;
            else if (strcmp(optarg, "text") == 0) o->csv = 0;
            else return admin_fail(2, _("--format takes \"text\" or \"csv\", not \"%s\""), optarg);
            break;
        default: return admin_fail(2, "%s", usage);
        }
    }
    if (optind != argc)
        return admin_fail(2, "%s", usage);
    return 0;
}

static int finish(int rc, const char *err)
{
    if (rc != 0)
        return admin_fail(1, "%s", err);
    return fflush(stdout) == 0 ? 0 : admin_fail(1, "%s", _("could not write the output"));
}

int admin_report(db_t *db, int argc, char **argv)
{
    const char *usage = _("usage: report briefing --year Y [--unit CODE] [--format text|csv]\n"
                          "       report funds [--project CODE] [--format text|csv]");
    struct report_opts o;
    char err[512] = "";
    int rc;

    if (argc < 2 || (strcmp(argv[1], "briefing") != 0 && strcmp(argv[1], "funds") != 0))
        return admin_fail(2, "%s", usage);
    if ((rc = parse_report_opts(argc - 1, argv + 1, &o, usage)) != 0)
        return rc;
    if (strcmp(argv[1], "funds") == 0)
        return finish(report_funds(db, stdout, o.project, o.csv, err, sizeof err), err);
    if (!o.year)
        return admin_fail(2, "%s", usage);
    return finish(report_briefing(db, stdout, o.year, o.unit, o.csv, err, sizeof err), err);
}

static int export_cases(db_t *db, const struct report_opts *o)
{
    struct stat st;
    char err[512] = "";
    int nfiles = 0, rc;

    if (o->files && (stat(o->files, &st) != 0 || !S_ISDIR(st.st_mode)))
        return admin_fail(1, _("%s is not a directory."), o->files);
    rc = finish(report_export_cases(db, stdout, o->kind, o->unit, o->from, o->to, o->bom, o->files,
                                    &nfiles, err, sizeof err), err);
    if (rc == 0 && o->files)
        fprintf(stderr, _("%d attachments written under %s.\n"), nfiles, o->files);
    return rc;
}

int admin_export(db_t *db, int argc, char **argv)
{
    const char *usage = _("usage: export cases --kind expropriation|violation [--unit CODE] --from DATE --to DATE [--bom]\n"
                          "                    [--attachments DIR]\n"
                          "       export ranking --year Y [--period year|quarter|month --index N] [--format text|csv]");
    struct report_opts o;
    char err[512] = "";
    int rc;

    if (argc < 2)
        return admin_fail(2, "%s", usage);
    if ((rc = parse_report_opts(argc - 1, argv + 1, &o, usage)) != 0)
        return rc;
    if (strcmp(argv[1], "cases") == 0) {
        if (!o.kind || !o.from || !o.to)
            return admin_fail(2, "%s", usage);
        return export_cases(db, &o);
    }
    if (strcmp(argv[1], "ranking") == 0) {
        if (!o.year)
            return admin_fail(2, "%s", usage);
        return finish(report_ranking(db, stdout, o.year, o.period, o.index, o.csv, err, sizeof err), err);
    }
    return admin_fail(2, "%s", usage);
}
