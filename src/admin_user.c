/* admin_user.c — `casedesk-admin user ...`: every change goes through the
 * reviewed SQL functions casedesk.user_*, which alone may create roles. */
#include "config.h"
#include "admin.h"
#include "i18n.h"
#include "util.h"
#include "width.h"

#include <getopt.h>
#include <stdio.h>
#include <string.h>

static int user_add(db_t *db, int argc, char **argv)
{
    static const struct option opts[] = {
        { "name", required_argument, NULL, 'n' },
        { "unit", required_argument, NULL, 'u' },
        { "role", required_argument, NULL, 'r' },
        { NULL, 0, NULL, 0 }
    };
    const char *name = NULL, *unit = NULL, *role = NULL, *login;
    char id[32];
    int c;

    optind = 0;
    while ((c = getopt_long(argc, argv, "n:u:r:", opts, NULL)) != -1) {
        switch (c) {
        case 'n': name = optarg; break;
        case 'u': unit = optarg; break;
        case 'r': role = optarg; break;
        default: return admin_fail(2, "%s", _("usage: user add LOGIN --name NAME --unit CODE --role staff|supervisor|inspector|admin"));
        }
    }
    if (optind != argc - 1 || !name || !unit || !role)
        return admin_fail(2, "%s", _("usage: user add LOGIN --name NAME --unit CODE --role staff|supervisor|inspector|admin"));
    login = argv[optind];
    const char *p[] = { login, name, unit, role };
    if (db_scalar(db, "SELECT casedesk.user_add($1, $2, $3, $4)", 4, p, id, sizeof id) < 0)
        return admin_fail(1, "%s", db_errmsg(db));
    printf(_("added %s (%s, %s, %s)\n"), login, name, unit, role);
    return 0;
}

static const char *role_label(const char *role)
{
    static const struct { const char *code, *label; } roles[] = {
        { "staff", N_("staff") }, { "supervisor", N_("supervisor") },
        { "inspector", N_("inspector") }, { "admin", N_("administrator") },
    };
    for (size_t i = 0; i < ARRAY_SIZE(roles); i++)
        if (strcmp(roles[i].code, role) == 0)
            return _(roles[i].label);
    return role;
}

static void print_user_row(const char *const *cells, const char *status)
{
    /* Columns padded by display width: names are Chinese. */
    static const int widths[] = { 20, 12, 14, 20, 10 };
    char cell[256];
    for (int c = 0; c < 5; c++) {
        str_format(cell, sizeof cell, cells[c], widths[c], ALIGN_LEFT);
        printf("%s ", cell);
    }
    puts(status);
}

static int user_list(db_t *db)
{
    PGresult *res = db_exec(db,
        "SELECT login, name, unit_code, unit_name, role, disabled "
        "FROM casedesk.user_list ORDER BY unit_code, login", 0, NULL);
    if (!res)
        return admin_fail(1, "%s", db_errmsg(db));
    const char *header[] = { _("Login"), _("Full name"), _("Unit"), _("Unit name"), _("Role") };
    print_user_row(header, _("Status"));
    for (int i = 0; i < PQntuples(res); i++) {
        const char *row[] = { db_cell(res, i, 0), db_cell(res, i, 1), db_cell(res, i, 2),
                              db_cell(res, i, 3), role_label(db_cell(res, i, 4)) };
        print_user_row(row, db_cell_bool(res, i, 5) ? _("disabled") : "");
    }
    PQclear(res);
    return 0;
}

/* user disable LOGIN | user set-unit LOGIN CODE | user set-role LOGIN ROLE */
static int user_simple(db_t *db, const char *sql, int want, int argc, char **argv,
                       const char *usage, const char *done)
{
    if (argc != want + 1)
        return admin_fail(2, "%s", usage);
    const char *p[] = { argv[1], want > 1 ? argv[2] : NULL };
    if (db_command(db, sql, want, p) != 0)
        return admin_fail(1, "%s", db_errmsg(db));
    printf(done, argv[1]);
    return 0;
}

int admin_user(db_t *db, int argc, char **argv)
{
    const char *sub = argc > 1 ? argv[1] : "";
    if (strcmp(sub, "add") == 0)
        return user_add(db, argc - 1, argv + 1);
    if (strcmp(sub, "list") == 0)
        return user_list(db);
    if (strcmp(sub, "disable") == 0)
        return user_simple(db, "SELECT casedesk.user_disable($1)", 1, argc - 1, argv + 1,
                           _("usage: user disable LOGIN"), _("disabled %s\n"));
    if (strcmp(sub, "set-unit") == 0)
        return user_simple(db, "SELECT casedesk.user_set_unit($1, $2)", 2, argc - 1, argv + 1,
                           _("usage: user set-unit LOGIN CODE"), _("moved %s\n"));
    if (strcmp(sub, "set-role") == 0)
        return user_simple(db, "SELECT casedesk.user_set_role($1, $2)", 2, argc - 1, argv + 1,
                           _("usage: user set-role LOGIN ROLE"), _("changed role of %s\n"));
    return admin_fail(2, "%s", _("usage: user add|list|disable|set-unit|set-role ..."));
}
