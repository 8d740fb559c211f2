/* model_session.c — identify the connected official. */
#include "config.h"
#include "model_session.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

enum whoami_status model_whoami(db_t *db, struct whoami *me)
{
    char reg[64];
    PGresult *res;

    memset(me, 0, sizeof *me);
    /* A role outside every casedesk group may not even look into the schema. */
    if (db_scalar(db, "SELECT coalesce(to_regclass('casedesk.official')::text, '')", 0, NULL,
                  reg, sizeof reg) < 0)
        return strcmp(db_sqlstate(db), "42501") == 0 ? WHOAMI_UNKNOWN_USER : WHOAMI_ERROR;
    if (!*reg)
        return WHOAMI_NO_SCHEMA;
    res = db_exec(db,
        "SELECT o.id, o.login, o.name, u.code, u.name, o.role, o.unit_id "
        "FROM casedesk.official o JOIN casedesk.unit u ON u.id = o.unit_id "
        "WHERE o.login = session_user::text AND NOT o.disabled", 0, NULL);
    if (!res)
        return strcmp(db_sqlstate(db), "42501") == 0 ? WHOAMI_UNKNOWN_USER : WHOAMI_ERROR;
    if (PQntuples(res) != 1) {
        PQclear(res);
        return WHOAMI_UNKNOWN_USER;
    }
    me->official_id = db_cell_int(res, 0, 0, 0);
    db_cell_copy(res, 0, 1, me->login, sizeof me->login);
    db_cell_copy(res, 0, 2, me->name, sizeof me->name);
    db_cell_copy(res, 0, 3, me->unit_code, sizeof me->unit_code);
    db_cell_copy(res, 0, 4, me->unit_name, sizeof me->unit_name);
    db_cell_copy(res, 0, 5, me->role, sizeof me->role);
    me->unit_id = db_cell_int(res, 0, 6, 0);
    PQclear(res);
    return WHOAMI_OK;
}
