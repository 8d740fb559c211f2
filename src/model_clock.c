/* model_clock.c — the statutory periods of one case (see model_clock.h). */
#include "config.h"
#include "model_clock.h"

#include <stdio.h>
#include <string.h>

static enum clock_state parse_state(const char *s)
{
    if (strcmp(s, "not_yet") == 0) return CLOCK_NOT_YET;
    if (strcmp(s, "open") == 0) return CLOCK_OPEN;
    if (strcmp(s, "overdue") == 0) return CLOCK_OVERDUE;
    return CLOCK_WAITING;
}

int case_clocks_load(db_t *db, long long id, struct legal_clock_row *rows, int max)
{
    char idbuf[24];
    const char *p[1] = { idbuf };
    int n;

    snprintf(idbuf, sizeof idbuf, "%lld", id);
    PGresult *r = db_exec(db,
        "SELECT step_label_zh, step_label_en, coalesce(earliest::text, ''), coalesce(due::text, ''),"
        "       state, source"
        "  FROM casedesk.case_next_legal_steps($1::bigint)", 1, p);
    if (!r)
        return -1;
    n = PQntuples(r) < max ? PQntuples(r) : max;
    for (int i = 0; i < n; i++) {
        struct legal_clock_row *c = &rows[i];
        db_cell_copy(r, i, 0, c->step_label_zh, sizeof c->step_label_zh);
        db_cell_copy(r, i, 1, c->step_label_en, sizeof c->step_label_en);
        db_cell_copy(r, i, 2, c->earliest, sizeof c->earliest);
        db_cell_copy(r, i, 3, c->due, sizeof c->due);
        c->state = parse_state(db_cell(r, i, 4));
        db_cell_copy(r, i, 5, c->source, sizeof c->source);
    }
    PQclear(r);
    return n;
}
