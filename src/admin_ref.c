/* admin_ref.c — `casedesk-admin unit|village|project|community|calendar`:
 * the district's reference data from the command line, for scripts (a new
 * year's holidays, a new project).  Every change is one call of the
 * checked functions in sql/functions/100_reference.sql as the person who
 * runs the command, so the database's grants decide who may do it.
 *
 * The commands are data: one row per sub-verb names the SQL, how many
 * positional arguments it takes and which --options follow them (a '!'
 * marks a required one); the arguments become $1..$n in that order. */
#include "config.h"
#include "admin.h"
#include "i18n.h"
#include "util.h"
#include "width.h"

#include <getopt.h>
#include <stdio.h>
#include <string.h>

#define REF_MAX_OPTS 7

struct ref_cmd {
    const char *verb, *sub;
    const char *sql;
    int npos, npos_optional;         /* positional arguments; the last npos_optional may be left out */
    const char *opts[REF_MAX_OPTS];  /* "name" or "name!" (required) */
    const char *usage;
    const char *done;                /* printf format with the first argument */
};

static const struct ref_cmd ref_cmds[] = {
    { "unit", "add", "SELECT casedesk.unit_add($1, $2, $3, $4)", 1, 0,
      { "name!", "kind!", "parent" },
      N_("usage: unit add CODE --name NAME --kind district|town|subdistrict|department [--parent CODE]"),
      N_("unit %s added\n") },
    { "unit", "rename", "SELECT casedesk.unit_rename($1, $2)", 2, 0, { NULL },
      N_("usage: unit rename CODE NAME"), N_("unit %s renamed\n") },
    { "village", "add", "SELECT casedesk.village_add($1, $2, $3)", 2, 0, { "kind" },
      N_("usage: village add UNIT NAME [--kind village|community]"), N_("village added to %s\n") },
    { "village", "rename", "SELECT casedesk.village_rename($1, $2, $3)", 3, 0, { NULL },
      N_("usage: village rename UNIT OLD-NAME NEW-NAME"), N_("village of %s renamed\n") },
    /* merged (村居撤并): gone from every picker from --on, kept in the record */
    { "village", "retire", "SELECT casedesk.village_retire($1, $2, $3::date, $4)", 2, 0, { "on!", "reason" },
      N_("usage: village retire UNIT NAME --on YYYY-MM-DD [--reason TEXT]"), N_("village of %s retired\n") },
    { "village", "restore", "SELECT casedesk.village_restore($1, $2)", 2, 0, { NULL },
      N_("usage: village restore UNIT NAME"), N_("village of %s restored\n") },
    { "project", "add", "SELECT casedesk.project_add($1, $2, $3, $4, $5, $6::date, $7::numeric, $8::numeric)",
      1, 0, { "name!", "kind!", "lead", "account!", "started", "budget", "need" },
      N_("usage: project add CODE --name NAME --kind shantytown|major --account DIGITS"
         " [--lead UNIT] [--started YYYY-MM-DD] [--budget YUAN] [--need YUAN]"),
      N_("project %s added\n") },
    { "project", "money", "SELECT casedesk.project_set_money($1, $2::numeric, $3::numeric)", 1, 0,
      { "budget", "need" },
      N_("usage: project money CODE [--budget YUAN] [--need YUAN]"), N_("money of project %s set\n") },
    { "project", "add-unit", "SELECT casedesk.project_add_unit($1, $2)", 2, 0, { NULL },
      N_("usage: project add-unit CODE UNIT"), N_("project %s runs through one more unit\n") },
    { "project", "retire", "SELECT casedesk.project_retire($1, $2::date, $3)", 1, 0, { "on!", "reason" },
      N_("usage: project retire CODE --on YYYY-MM-DD [--reason TEXT]"), N_("project %s marked finished\n") },
    { "project", "restore", "SELECT casedesk.project_restore($1)", 1, 0, { NULL },
      N_("usage: project restore CODE"), N_("project %s restored\n") },
    { "community", "add", "SELECT casedesk.community_add($1, $2, $3::integer)", 1, 0,
      { "unit", "flats" },
      N_("usage: community add NAME [--unit UNIT] [--flats N]"), N_("community %s added\n") },
    { "community", "flats", "SELECT casedesk.community_set_flats($1, $2::integer, $3::integer)", 3, 0,
      { NULL }, N_("usage: community flats NAME PLANNED READY"), N_("flats of %s set\n") },
    { "calendar", "set", "SELECT casedesk.calendar_set($1::date, $2, $3)", 3, 1, { NULL },
      N_("usage: calendar set YYYY-MM-DD holiday|workday [NAME]"), N_("%s set\n") },
    { "calendar", "clear", "SELECT casedesk.calendar_clear($1::date)", 1, 0, { NULL },
      N_("usage: calendar clear YYYY-MM-DD"), N_("%s cleared\n") },
};

static int opt_count(const struct ref_cmd *c)
{
    int n = 0;
    while (n < REF_MAX_OPTS && c->opts[n])
        n++;
    return n;
}

/* "name!" -> "name", required */
static void opt_name(const char *o, char *buf, size_t bufsz, int *required)
{
    size_t n = strlen(o);
    *required = n > 0 && o[n - 1] == '!';
    snprintf(buf, bufsz, "%.*s", (int)(*required ? n - 1 : n), o);
}

static int run_change(db_t *db, const struct ref_cmd *c, int argc, char **argv)
{
    struct option lopts[REF_MAX_OPTS + 2];
    char names[REF_MAX_OPTS][32];
    const char *params[3 + REF_MAX_OPTS] = { NULL };
    int nopt = opt_count(c), req[REF_MAX_OPTS], ch;

    for (int i = 0; i < nopt; i++) {
        opt_name(c->opts[i], names[i], sizeof names[i], &req[i]);
        lopts[i] = (struct option){ names[i], required_argument, NULL, 'A' + i };
    }
    lopts[nopt] = (struct option){ NULL, 0, NULL, 0 };
    optind = 0;   /* 0: re-initialise GNU getopt (main parsed its own options); argv[0] is the sub-verb */
    while ((ch = getopt_long(argc, argv, "", lopts, NULL)) != -1) {
        if (ch < 'A' || ch >= 'A' + nopt)
            return admin_fail(2, "%s", _(c->usage));
        params[c->npos + (ch - 'A')] = optarg;
    }
    int got = argc - optind;
    if (got > c->npos || got < c->npos - c->npos_optional)
        return admin_fail(2, "%s", _(c->usage));
    for (int i = 0; i < got; i++)
        params[i] = argv[optind + i];
    for (int i = 0; i < nopt; i++)
        if (req[i] && !params[c->npos + i])
            return admin_fail(2, "%s", _(c->usage));
    if (db_command(db, c->sql, c->npos + nopt, params) != 0)
        return admin_fail(1, "%s", db_errmsg(db));
    printf(_(c->done), params[0]);
    return 0;
}

/* ---------------------------------------------------------------- lists */

struct ref_list {
    const char *verb;
    const char *sql;
    int nparams;                     /* 0 or 1 (optional unit, required year) */
    const char *headers[8];
    int widths[8];
};

static const struct ref_list ref_lists[] = {
    { "unit", "SELECT u.code, u.name, u.kind, coalesce(p.code, '') FROM casedesk.unit u"
              " LEFT JOIN casedesk.unit p ON p.id = u.parent_id ORDER BY u.code", 0,
      { N_("Code"), N_("Name"), N_("Kind"), N_("Parent") }, { 14, 24, 12, 10 } },
    { "village", "SELECT u.code, u.name, v.name, v.kind, coalesce(v.retired_on::text, '') FROM casedesk.village v"
                 " JOIN casedesk.unit u ON u.id = v.unit_id WHERE $1::text IS NULL OR u.code = $1"
                 " ORDER BY u.code, v.name", 1,
      { N_("Unit"), N_("Unit name"), N_("Village"), N_("Kind"), N_("Retired on") }, { 14, 24, 20, 10, 10 } },
    { "project", "SELECT p.code, p.name, p.kind, coalesce(u.name, ''), p.account_no,"
                 " coalesce(to_char(p.budget_packaged, 'FM999,999,999,990.00'), ''),"
                 " coalesce(to_char(p.funding_need, 'FM999,999,999,990.00'), ''), coalesce(p.retired_on::text, '')"
                 " FROM casedesk.project p LEFT JOIN casedesk.unit u ON u.id = p.lead_unit_id"
                 " ORDER BY p.code", 0,
      { N_("Code"), N_("Name"), N_("Kind"), N_("Lead unit"), N_("Account"), N_("Budget"), N_("Need"),
        N_("Finished on") },
      { 14, 24, 10, 20, 22, 18, 18, 10 } },
    { "community", "SELECT c.name, coalesce(u.name, ''), c.flats_planned::text, c.flats_ready::text"
                   " FROM casedesk.resettlement_community c LEFT JOIN casedesk.unit u ON u.id = c.unit_id"
                   " ORDER BY c.name", 0,
      { N_("Community"), N_("Unit"), N_("Planned"), N_("Ready") }, { 20, 24, 8, 8 } },
    { "calendar", "SELECT day::text, kind, name FROM casedesk.calendar_day"
                  " WHERE extract(year FROM day) = $1::integer ORDER BY day", 1,
      { N_("Day"), N_("Kind"), N_("Name") }, { 12, 10, 20 } },
};

static void print_cells(const char *const *cells, const int *widths)
{
    char cell[512];
    for (int c = 0; cells[c]; c++) {
        str_format(cell, sizeof cell, cells[c], widths[c], ALIGN_LEFT);
        fputs(cell, stdout);
        fputs(cells[c + 1] ? " " : "\n", stdout);
    }
}

/* Rows padded by display width (names are Chinese) under a header line:
 * `casedesk-admin village list xcb | cut -c...` stays usable. */
static int run_list(db_t *db, const struct ref_list *l, int argc, char **argv)
{
    const char *p[1] = { argc > 1 ? argv[1] : NULL };
    const char *row[9] = { NULL };
    int ncol = 0;

    if (argc > 2 || (strcmp(l->verb, "calendar") == 0 && argc != 2))
        return admin_fail(2, "%s", strcmp(l->verb, "calendar") == 0 ? _("usage: calendar list YEAR")
                                                                    : _("usage: VERB list [UNIT]"));
    PGresult *res = db_exec(db, l->sql, l->nparams, l->nparams ? p : NULL);
    if (!res)
        return admin_fail(1, "%s", db_errmsg(db));
    while (ncol < 8 && l->headers[ncol]) {
        row[ncol] = _(l->headers[ncol]);
        ncol++;
    }
    print_cells(row, l->widths);
    for (int i = 0; i < PQntuples(res); i++) {
        for (int c = 0; c < ncol; c++)
            row[c] = db_cell(res, i, c);
        print_cells(row, l->widths);
    }
    PQclear(res);
    return 0;
}

int admin_ref(db_t *db, int argc, char **argv)
{
    const char *sub = argc > 1 ? argv[1] : "";

    if (strcmp(sub, "list") == 0)
        for (size_t i = 0; i < ARRAY_SIZE(ref_lists); i++)
            if (strcmp(ref_lists[i].verb, argv[0]) == 0)
                return run_list(db, &ref_lists[i], argc - 1, argv + 1);
    for (size_t i = 0; i < ARRAY_SIZE(ref_cmds); i++)
        if (strcmp(ref_cmds[i].verb, argv[0]) == 0 && strcmp(ref_cmds[i].sub, sub) == 0)
            return run_change(db, &ref_cmds[i], argc - 1, argv + 1);
    fprintf(stderr, "%s", _("usage:\n"));
    for (size_t i = 0; i < ARRAY_SIZE(ref_cmds); i++)
        if (strcmp(ref_cmds[i].verb, argv[0]) == 0)
            fprintf(stderr, "  %s\n", _(ref_cmds[i].usage));
    return 2;
}
