/* admin_audit.c — `casedesk-admin audit verify`: walk both hash chains. */
#include "config.h"
#include "admin.h"
#include "i18n.h"
#include "util.h"

#include <stdio.h>
#include <string.h>

static int verify_chain(db_t *db, const char *chain)
{
    const char *p[] = { chain };
    char broken[32], count[32];
    PGresult *res;

    if (db_scalar(db, "SELECT casedesk.audit_first_broken($1)", 1, p, broken, sizeof broken) < 0)
        return admin_fail(1, "%s", db_errmsg(db));
    if (!*broken) {
        if (db_scalar(db, "SELECT count(*) FROM casedesk.audit_chain_rows($1)", 1, p, count, sizeof count) < 0)
            snprintf(count, sizeof count, "?");
        printf(_("%s: %s rows, chain intact\n"), chain, count);
        return 0;
    }
    const char *q[] = { chain, broken };
    res = db_exec(db, "SELECT id, at, login, table_name, row_id, op "
                      "FROM casedesk.audit_chain_rows($1) WHERE id = $2::bigint", 2, q);
    if (res && PQntuples(res) == 1)
        fprintf(stderr, _("casedesk-admin: %s: chain broken at row %s (%s %s of %s row %s by %s)\n"),
                chain, broken, db_cell(res, 0, 1), db_cell(res, 0, 5), db_cell(res, 0, 3),
                db_cell(res, 0, 4), db_cell(res, 0, 2));
    else
        fprintf(stderr, _("casedesk-admin: %s: chain broken at row %s\n"), chain, broken);
    PQclear(res);
    return 3;
}

int admin_audit(db_t *db, int argc, char **argv)
{
    int rc;
    if (argc != 2 || strcmp(argv[1], "verify") != 0)
        return admin_fail(2, "%s", _("usage: audit verify"));
    rc = verify_chain(db, "audit_log");
    int rc2 = verify_chain(db, "discipline_audit");
    return rc ? rc : rc2;
}
