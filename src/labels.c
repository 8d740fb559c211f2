/* labels.c — labels of case kinds, statuses and steps (see labels.h). */
#include "config.h"
#include <string.h>

#include "casekind.h"
#include "i18n.h"
#include "labels.h"
#include "model_discipline.h"
#include "model_task.h"
#include "model_targets.h"
#include "util.h"

const char *case_kind_label(const char *kind)
{
    const struct case_kind *k = case_kind_find(kind);

    return k ? _(k->label) : kind;
}

/* Kinds may share a status (demolished, closed): the first kind's label
 * is the label. */
const char *case_status_label(const char *status)
{
    for (int k = 0; case_kinds[k]; k++)
        for (const struct case_status *st = case_kinds[k]->statuses; st->code; st++)
            if (strcmp(st->code, status) == 0) return _(st->label);
    return status;
}

const char *case_step_label(const struct case_step *s)
{
    return i18n_is_chinese() ? s->label_zh : s->label_en;
}

/* Any stored code's label: case kinds and statuses first, then tasks,
 * discipline records and metrics; NULL when none knows it. */
const char *code_label(const char *code)
{
    const char *(*const fns[])(const char *) = {
        case_status_label, case_kind_label, task_status_label, disc_status_label,
        target_metric_label,
    };
    if (!code || !*code) return NULL;
    for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++) {
        const char *l = fns[i](code);
        if (l && l != code && strcmp(l, code) != 0) return l;
    }
    return NULL;
}

/* Every column a clerk may see in a history or ledger, as a clerk calls it. */
static const char *const field_names[][2] = {
    { "status", N_("status") }, { "party_name", N_("party") }, { "party_phone", N_("phone") },
    { "address", N_("address") }, { "note", N_("note") }, { "deadline", N_("deadline") },
    { "handled_by", N_("handled by") }, { "closed_on", N_("closed on") },
    { "opened_on", N_("opened on") }, { "party_id_no", N_("ID number") },
    { "house_area", N_("house area") }, { "land_area_mu", N_("land (mu)") },
    { "area_m2", N_("area") }, { "floors", N_("floors") },
    { "verified_on", N_("verified on") }, { "stop_notice_on", N_("stop-work notice on") },
    { "stop_notice_no", N_("stop-work notice no.") }, { "rectify_ordered_on", N_("rectify ordered on") },
    { "rectify_deadline", N_("rectify by") }, { "resolution", N_("resolution") },
    { "resolved_on", N_("resolved on") }, { "reinspected_on", N_("re-inspected on") },
    { "amount", N_("amount") }, { "paid_on", N_("paid on") }, { "payee", N_("payee") },
    { "paid_total", N_("paid so far") }, { "assessed_compensation", N_("compensation") },
    { "violation_free_since", N_("violation-free since") },
    /* case_file */
    { "case_no", N_("case number") }, { "kind", N_("kind") }, { "unit_id", N_("unit") },
    { "village_id", N_("village") }, { "created_by", N_("created by") },
    { "created_at", N_("created at") }, { "version", N_("version") }, { "id", N_("record") },
    /* expropriation */
    { "project_id", N_("project") }, { "party_kind", N_("party kind") },
    { "surveyed_on", N_("surveyed on") }, { "assessed_on", N_("assessed on") },
    { "resettlement", N_("resettlement") }, { "community_id", N_("resettlement community") },
    { "signed_on", N_("signed on") }, { "vacated_on", N_("vacated on") },
    { "demolished_on", N_("demolished on") }, { "forced", N_("forced demolition") },
    { "expropriation_decision_on", N_("expropriation decision on") },
    { "expropriation_decision_no", N_("expropriation decision no.") },
    { "compensation_decision_on", N_("compensation decision on") },
    { "compensation_decision_no", N_("compensation decision no.") },
    { "court_enforcement_on", N_("court enforcement on") },
    { "court_enforcement_no", N_("court enforcement no.") },
    /* violation */
    { "subkind", N_("violation kind") }, { "found_by", N_("found by") }, { "patrol_id", N_("patrol") },
    { "lat", N_("latitude") }, { "lon", N_("longitude") }, { "built_on", N_("built on") },
    { "stock", N_("stock violation") }, { "found_on", N_("found on") },
    { "first_action_days", N_("days to first action") },
    /* payment */
    { "case_id", N_("case") }, { "account", N_("account") }, { "voucher_no", N_("voucher no.") },
    { "recorded_by", N_("recorded by") },
    /* task */
    { "title", N_("title") }, { "description", N_("description") }, { "source", N_("source") },
    { "level", N_("supervision level") }, { "lead_unit_id", N_("lead unit") },
    { "responsible_id", N_("responsible official") }, { "report_interval", N_("report interval") },
    { "return_reason", N_("return reason") }, { "close_note", N_("closing note") },
    { "signed_at", N_("signed at") }, { "reported_at", N_("reported at") },
    { "closed_at", N_("closed at") }, { "closed_by", N_("closed by") }, { "updated_at", N_("updated at") },
    { "number", N_("task number") },
};

const char *field_label(const char *column)
{
    if (!column) return "";
    for (size_t i = 0; i < sizeof field_names / sizeof field_names[0]; i++)
        if (strcmp(field_names[i][0], column) == 0) return _(field_names[i][1]);
    return column;
}

static const char *pick(const char *v, const char *const (*t)[2], size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(t[i][0], v) == 0) return _(t[i][1]);
    return NULL;
}

const char *value_label(const char *column, const char *value)
{
    static const char *const party[][2] = {
        { "household", N_("Household") }, { "enterprise", N_("Enterprise (party)") } };
    static const char *const resettle[][2] = { { "flat", N_("flat") }, { "money", N_("money") } };
    static const char *const sub[][2] = {
        { "land", N_("illegal land use") }, { "construction", N_("illegal construction") } };
    static const char *const by[][2] = {
        { "patrol", N_("found on patrol") }, { "report", N_("public report") },
        { "satellite", N_("satellite imagery") }, { "petition", N_("petition") } };
    static const char *const yesno[][2] = { { "t", N_("yes") }, { "f", N_("no") },
                                            { "true", N_("yes") }, { "false", N_("no") } };
    const char *l = NULL;

    static char money[4][64];   /* a few at once: "old → new" in one printf */
    static int next;

    if (!value || !*value || !column) return value ? value : "";
    if (looks_like_money(value)
        && (strcmp(column, "amount") == 0 || strcmp(column, "paid_total") == 0
            || strcmp(column, "assessed_compensation") == 0 || strcmp(column, "budget_packaged") == 0
            || strcmp(column, "funding_need") == 0))
        return next = (next + 1) % 4, money_group(money[next], sizeof money[next], value);
    if (strcmp(column, "status") == 0 || strcmp(column, "resolution") == 0)
        l = code_label(value);
    else if (strcmp(column, "kind") == 0) l = case_kind_label(value);
    else if (strcmp(column, "party_kind") == 0) l = pick(value, party, 2);
    else if (strcmp(column, "resettlement") == 0) l = pick(value, resettle, 2);
    else if (strcmp(column, "subkind") == 0) l = pick(value, sub, 2);
    else if (strcmp(column, "found_by") == 0) l = pick(value, by, 4);
    else if (strcmp(column, "level") == 0) l = task_level_label(value);
    else if (strcmp(column, "source") == 0) l = task_source_label(value);
    else if (strcmp(column, "stock") == 0 || strcmp(column, "forced") == 0
             || strcmp(column, "final") == 0 || strcmp(column, "disabled") == 0)
        l = pick(value, yesno, 4);
    return l && *l ? l : value;
}

const char *table_label(const char *table)
{
    static const char *const t[][2] = {
        { "case_file", N_("case") }, { "payment", N_("payment") }, { "patrol", N_("patrol") },
        { "task", N_("task") }, { "village", N_("village") }, { "target", N_("target") },
        { "expropriation", N_("case") }, { "violation", N_("case") },
    };
    const char *l = table ? pick(table, t, sizeof t / sizeof t[0]) : NULL;
    return l ? l : (table ? table : "");
}
