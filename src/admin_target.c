/* admin_target.c — `casedesk-admin target set|list`: the yearly targets of
 * the responsibility agreements (目标责任书) from the command line, e.g. to
 * load them from a spreadsheet in a script.  `set` adds the target or, when
 * the unit already has one for that metric and year, saves the new value
 * with the version it read (so a concurrent edit on a screen is not lost
 * silently: the verb fails and says so). */
#include "config.h"
#include "admin.h"
#include "i18n.h"
#include "model_targets.h"
#include "util.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct target_opts {
    int year;
    const char *unit, *metric, *value, *signed_on;
};

static int usage_fail(void)
{
    return admin_fail(2, "%s", _("usage: target set --year Y --unit CODE --metric M --value V"
                                 " [--signed YYYY-MM-DD] | target list --year Y"));
}

static int parse(int argc, char **argv, struct target_opts *o)
{
    static const struct option opts[] = {
        { "year", required_argument, NULL, 'y' }, { "unit", required_argument, NULL, 'u' },
        { "metric", required_argument, NULL, 'm' }, { "value", required_argument, NULL, 'v' },
        { "signed", required_argument, NULL, 's' }, { NULL, 0, NULL, 0 }
    };
    char *end;
    int c;

    memset(o, 0, sizeof *o);
    optind = 1;   /* argv[0] is the sub-verb */
    while ((c = getopt_long(argc, argv, "y:u:m:v:s:", opts, NULL)) != -1) {
        switch (c) {
        case 'y': o->year = (int)strtol(optarg, &end, 10); if (*end) o->year = -1; break;
        case 'u': o->unit = optarg; break;
        case 'm': o->metric = optarg; break;
        case 'v': o->value = optarg; break;
        case 's': o->signed_on = optarg; break;
        default: return -1;
        }
    }
    return optind == argc && o->year != 0 ? 0 : -1;
}

static int find(db_t *db, const struct target_opts *o, struct target_row *out, int *found)
{
    struct target_row *rows = NULL;
    int n = 0;

    *found = 0;
    if (targets_list(db, o->year, o->unit, &rows, &n) < 0)
        return -1;
    for (int i = 0; i < n; i++)
        if (strcmp(rows[i].metric, o->metric) == 0) {
            *out = rows[i];
            *found = 1;
            out->note = xstrdup(rows[i].note);
            out->signed_on = xstrdup(rows[i].signed_on);
        }
    targets_free(rows, n);
    return 0;
}

static int target_set(db_t *db, const struct target_opts *o)
{
    struct target_row cur;
    int found, rc;

    if (!o->unit || !o->metric || !o->value)
        return usage_fail();
    if (!target_metric_valid(o->metric))
        return admin_fail(2, _("\"%s\" is not an assessment metric."), o->metric);
    if (find(db, o, &cur, &found) < 0)
        return admin_fail(1, "%s", db_errmsg(db));
    if (!found) {
        if (target_add(db, o->unit, o->year, o->metric, o->value, o->signed_on, NULL) < 0)
            return admin_fail(1, "%s", db_errmsg(db));
        printf(_("target added: %s %d %s = %s\n"), o->unit, o->year, o->metric, o->value);
        return 0;
    }
    rc = target_save(db, cur.id, cur.version, o->value, o->signed_on ? o->signed_on : cur.signed_on, cur.note);
    free(cur.note);
    free(cur.signed_on);
    if (rc < 0)
        return admin_fail(1, "%s", db_errmsg(db));
    if (rc == 0)
        return admin_fail(1, "%s", _("the target was changed by someone else meanwhile; run the command again"));
    printf(_("target updated: %s %d %s = %s\n"), o->unit, o->year, o->metric, o->value);
    return 0;
}

static int target_list(db_t *db, const struct target_opts *o)
{
    struct target_row *rows = NULL;
    int n = 0;

    if (targets_list(db, o->year, o->unit, &rows, &n) < 0)
        return admin_fail(1, "%s", db_errmsg(db));
    /* tab-separated, one target a line: easy to read and to cut/awk */
    for (int i = 0; i < n; i++)
        printf("%s\t%s\t%d\t%s\t%s\t%s\n", rows[i].unit_code, rows[i].unit_name, rows[i].year,
               rows[i].metric, rows[i].target_value, rows[i].signed_on);
    targets_free(rows, n);
    return 0;
}

int admin_target(db_t *db, int argc, char **argv)
{
    struct target_opts o;

    if (argc < 2 || parse(argc - 1, argv + 1, &o) < 0 || o.year < 2000 || o.year > 2100)
        return usage_fail();
    if (strcmp(argv[1], "set") == 0)
        return target_set(db, &o);
    if (strcmp(argv[1], "list") == 0)
        return target_list(db, &o);
    return usage_fail();
}
