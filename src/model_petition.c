/* model_petition.c — the petition row of a 信访 case and registration. */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model_petition.h"

static const char DETAIL_SQL[] =
    "SELECT channel, coalesce(id_no, ''), subject, coalesce(content, ''), coalesce(project_name, ''),"
    /* 5 */ " coalesce(about_case_no, ''), received_on::text, coalesce(accept_decided_on::text, ''),"
    /* 8 */ " CASE WHEN accepted IS NULL THEN -1 WHEN accepted THEN 1 ELSE 0 END,"
    /* 9 */ " coalesce(not_accepted_reason, ''), coalesce(extended_on::text, ''),"
    /* 11 */ " coalesce(extended_days::text, ''), coalesce(extension_reason, ''),"
    /* 13 */ " coalesce(answered_on::text, ''), coalesce(answer, ''),"
    /* 15 */ " coalesce(review_requested_on::text, ''), coalesce(reviewed_on::text, ''),"
    /* 17 */ " coalesce(review_opinion, ''), coalesce(recheck_requested_on::text, ''),"
    /* 19 */ " coalesce(rechecked_on::text, ''), coalesce(recheck_opinion, ''),"
    /* 21 */ " coalesce(concluded_on::text, ''), version"
    " FROM casedesk.petition_detail($1::bigint)";

int petition_load(db_t *db, long long id, struct case_detail *d)
{
    char idbuf[24];
    const char *params[1] = { idbuf };
    PGresult *r;

    snprintf(idbuf, sizeof idbuf, "%lld", id);
    if (!(r = db_exec(db, DETAIL_SQL, 1, params))) return -1;
    if (PQntuples(r) == 0) { PQclear(r); return 1; }
    db_cell_copy(r, 0, 0, d->pet.channel, sizeof d->pet.channel);
    db_cell_copy(r, 0, 1, d->pet.id_no, sizeof d->pet.id_no);
    db_cell_copy(r, 0, 2, d->pet.subject, sizeof d->pet.subject);
    db_cell_copy(r, 0, 3, d->pet.content, sizeof d->pet.content);
    db_cell_copy(r, 0, 4, d->pet.project_name, sizeof d->pet.project_name);
    db_cell_copy(r, 0, 5, d->pet.about_case_no, sizeof d->pet.about_case_no);
    db_cell_copy(r, 0, 6, d->pet.received_on, sizeof d->pet.received_on);
    db_cell_copy(r, 0, 7, d->pet.decided_on, sizeof d->pet.decided_on);
    d->pet.accepted = db_cell_int(r, 0, 8, -1);
    db_cell_copy(r, 0, 9, d->pet.not_accepted_reason, sizeof d->pet.not_accepted_reason);
    db_cell_copy(r, 0, 10, d->pet.extended_on, sizeof d->pet.extended_on);
    db_cell_copy(r, 0, 11, d->pet.extended_days, sizeof d->pet.extended_days);
    db_cell_copy(r, 0, 12, d->pet.extension_reason, sizeof d->pet.extension_reason);
    db_cell_copy(r, 0, 13, d->pet.answered_on, sizeof d->pet.answered_on);
    d->pet.answer = db_cell_dup(r, 0, 14);
    db_cell_copy(r, 0, 15, d->pet.review_requested_on, sizeof d->pet.review_requested_on);
    db_cell_copy(r, 0, 16, d->pet.reviewed_on, sizeof d->pet.reviewed_on);
    d->pet.review_opinion = db_cell_dup(r, 0, 17);
    db_cell_copy(r, 0, 18, d->pet.recheck_requested_on, sizeof d->pet.recheck_requested_on);
    db_cell_copy(r, 0, 19, d->pet.rechecked_on, sizeof d->pet.rechecked_on);
    d->pet.recheck_opinion = db_cell_dup(r, 0, 20);
    db_cell_copy(r, 0, 21, d->pet.concluded_on, sizeof d->pet.concluded_on);
    d->detail_version = db_cell_int(r, 0, 22, 0);
    PQclear(r);
    return 0;
}

void petition_detail_free(struct case_detail *d)
{
    free(d->pet.answer);
    free(d->pet.review_opinion);
    free(d->pet.recheck_opinion);
    d->pet.answer = d->pet.review_opinion = d->pet.recheck_opinion = NULL;
}

static const char *opt(const char *s)
{
    return s && *s ? s : NULL;
}

long long case_create_petition(db_t *db, int village_id, const char *channel,
                               const char *received_on, const char *petitioner,
                               const char *id_no, const char *phone, const char *address,
                               const char *subject, const char *content, int project_id,
                               const char *about_case_no)
{
    char vbuf[16], pbuf[16], out[24];
    const char *params[11] = { vbuf, channel, received_on, petitioner, opt(id_no), opt(phone),
                               opt(address), subject, opt(content), project_id > 0 ? pbuf : NULL,
                               opt(about_case_no) };

    snprintf(vbuf, sizeof vbuf, "%d", village_id);
    snprintf(pbuf, sizeof pbuf, "%d", project_id);
    if (db_scalar(db, "SELECT casedesk.case_create_petition($1::int, $2, $3::date, $4, $5, $6, $7,"
                      " $8, $9, $10::int, $11)", 11, params, out, sizeof out) != 1)
        return -1;
    return strtoll(out, NULL, 10);
}
