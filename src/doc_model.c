/* doc_model.c — the document register: thin, parameterised wrappers over
 * casedesk.document and sql/functions/081_documents.sql.  No curses. */
#include "config.h"
#include "doc.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DOC_COLS "d.id, coalesce(d.case_id, 0), coalesce(d.petition_id, 0), d.kind, k.name, d.doc_no," \
    " d.issued_on, coalesce(d.deadline::text, ''), coalesce(d.served_on::text, ''), coalesce(d.served_way, '')," \
    " coalesce(casedesk.document_field(d.id, 'party_name'), '')," \
    " coalesce(casedesk.document_field(d.id, 'served_to'), ''), d.sha256, coalesce(c.case_no, ''), d.body" \
    " FROM casedesk.document d JOIN casedesk.doc_kind k ON k.kind = d.kind" \
    " LEFT JOIN casedesk.case_file c ON c.id = d.case_id"

static void fill(PGresult *r, int i, struct doc_row *d)
{
    memset(d, 0, sizeof *d);
    d->id = db_cell_ll(r, i, 0);
    d->case_id = db_cell_ll(r, i, 1);
    d->petition_id = db_cell_ll(r, i, 2);
    db_cell_copy(r, i, 3, d->kind, sizeof d->kind);
    db_cell_copy(r, i, 4, d->kind_name, sizeof d->kind_name);
    db_cell_copy(r, i, 5, d->doc_no, sizeof d->doc_no);
    db_cell_copy(r, i, 6, d->issued_on, sizeof d->issued_on);
    db_cell_copy(r, i, 7, d->deadline, sizeof d->deadline);
    db_cell_copy(r, i, 8, d->served_on, sizeof d->served_on);
    db_cell_copy(r, i, 9, d->served_way, sizeof d->served_way);
    db_cell_copy(r, i, 10, d->party, sizeof d->party);
    db_cell_copy(r, i, 11, d->served_to, sizeof d->served_to);
    db_cell_copy(r, i, 12, d->sha256, sizeof d->sha256);
    db_cell_copy(r, i, 13, d->case_no, sizeof d->case_no);
}

int doc_list(db_t *db, long long case_id, struct doc_row **out)
{
    char idbuf[24];
    const char *params[1] = { idbuf };
    PGresult *r;
    int n;

    *out = NULL;
    snprintf(idbuf, sizeof idbuf, "%lld", case_id);
    r = db_exec(db, "SELECT " DOC_COLS " WHERE ($1::bigint = 0 OR d.case_id = $1::bigint)"
                    " ORDER BY CASE WHEN $1::bigint = 0 THEN -d.id ELSE d.id END LIMIT 200", 1, params);
    if (!r) return -1;
    n = PQntuples(r);
    *out = xcalloc(n ? (size_t)n : 1, sizeof **out);
    for (int i = 0; i < n; i++) fill(r, i, &(*out)[i]);
    PQclear(r);
    return n;
}

int doc_load(db_t *db, long long id, struct doc_row *row, char **body)
{
    char idbuf[24];
    const char *params[1] = { idbuf };
    PGresult *r;

    snprintf(idbuf, sizeof idbuf, "%lld", id);
    r = db_exec(db, "SELECT " DOC_COLS " WHERE d.id = $1::bigint", 1, params);
    if (!r) return -1;
    if (PQntuples(r) != 1) {
        PQclear(r);
        return -1;
    }
    fill(r, 0, row);
    if (body) *body = db_cell_dup(r, 0, 14);
    PQclear(r);
    return 0;
}

long long doc_find(db_t *db, const char *doc_no)
{
    const char *params[1] = { doc_no };
    char out[24] = "";
    int n = db_scalar(db, "SELECT id FROM casedesk.document WHERE doc_no = $1", 1, params, out, sizeof out);

    if (n < 0) return -1;
    return n == 1 ? strtoll(out, NULL, 10) : 0;
}

int doc_of_step(db_t *db, long long case_id, const char *step, char *out, size_t sz)
{
    char idbuf[24];
    const char *params[2] = { idbuf, step };

    snprintf(idbuf, sizeof idbuf, "%lld", case_id);
    out[0] = '\0';
    return db_scalar(db, "SELECT coalesce((SELECT doc_no FROM casedesk.document"
                         " WHERE case_id = $1::bigint AND step = $2), '')",
                     2, params, out, sz) < 0 ? -1 : 0;
}

static const char *opt(const char *s)
{
    return s && *s ? s : NULL;
}

long long doc_issue(db_t *db, const char *kind, long long case_id, const char *on,
                    const char *deadline, long long about, const char *facts)
{
    char idbuf[24], abuf[24], out[24];
    const char *params[6] = { kind, idbuf, opt(on), opt(deadline), about ? abuf : NULL, opt(facts) };

    snprintf(idbuf, sizeof idbuf, "%lld", case_id);
    snprintf(abuf, sizeof abuf, "%lld", about);
    if (db_scalar(db, "SELECT casedesk.document_issue($1, $2::bigint, jsonb_strip_nulls(jsonb_build_object("
                      "'on', $3::text, 'deadline', $4::text, 'about', $5::text, 'facts', $6::text)))",
                  6, params, out, sizeof out) != 1)
        return -1;
    return strtoll(out, NULL, 10);
}

int doc_serve(db_t *db, long long id, const char *on, const char *way, const char *to)
{
    char idbuf[24];
    const char *params[4] = { idbuf, on, way, opt(to) };

    snprintf(idbuf, sizeof idbuf, "%lld", id);
    return db_command(db, "SELECT casedesk.document_serve($1::bigint, $2::date, $3, $4)", 4, params);
}

int doc_queue(db_t *db, long long id, char *queue, size_t sz)
{
    char idbuf[24];
    const char *params[1] = { idbuf };

    snprintf(idbuf, sizeof idbuf, "%lld", id);
    queue[0] = '\0';
    return db_scalar(db, "SELECT coalesce((SELECT u.cups_queue FROM casedesk.doc_unit u"
                         " JOIN casedesk.document d ON d.unit_id = u.unit_id WHERE d.id = $1::bigint), '')",
                     1, params, queue, sz) < 0 ? -1 : 0;
}

int doc_set_queue(db_t *db, const char *unit_code, const char *queue)
{
    const char *params[2] = { unit_code, opt(queue) };

    return db_command(db, "INSERT INTO casedesk.doc_unit (unit_id, cups_queue)"
                          " SELECT u.id, $2 FROM casedesk.unit u WHERE u.code = $1"
                          " ON CONFLICT (unit_id) DO UPDATE SET cups_queue = excluded.cups_queue", 2, params);
}
