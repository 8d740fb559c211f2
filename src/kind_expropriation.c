/* kind_expropriation.c — 征收安置: an expropriation case, one household or
 * enterprise of a project, with its survey, assessment, agreement,
 * payments and the decisions that may follow. */
#include "config.h"
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "casekind.h"
#include "caseui.h"
#include "district.h"
#include "i18n.h"
#include "model_ledger.h"
#include "ui.h"
#include "util.h"
#include "validate.h"

static const struct case_status statuses[] = {
    { "registered", N_("Registered") }, { "surveyed", N_("Surveyed") },
    { "assessed", N_("Assessed") }, { "agreement_signed", N_("Agreement signed") },
    { "compensation_paid", N_("Compensation paid") }, { "vacated", N_("Vacated") },
    { "demolished", N_("Demolished") }, { "closed", N_("Closed") }, { NULL, NULL },
};

/* A citizen ID for a household, a credit code for an enterprise: the form
 * (built per case) and the new-case dialog each note which before asking
 * (a validator has no context). */
static int form_enterprise, new_enterprise;

static int idno(int enterprise, const char *v, char *e, size_t n)
{
    return enterprise ? validate_credit_code(v, e, n) : validate_citizen_id(v, e, n);
}

/* The ID number arrives masked (6109**********8416, sql/065): left as
 * loaded it is not re-validated; a changed value with stars is refused at
 * save (scr_case_form.c), so a mask is never saved. */
static char form_idno_loaded[24];

static int v_idno(const char *v, char *e, size_t n)
{
    if (strchr(v, '*') && strcmp(v, form_idno_loaded) == 0) return 0;
    return idno(form_enterprise, v, e, n);
}

static int v_house(const char *v, char *e, size_t n) { return validate_area(v, _("house area"), e, n); }
static int v_land(const char *v, char *e, size_t n) { return validate_land_mu(v, _("land area"), e, n); }

static void focus(const struct case_detail *d)
{
    form_enterprise = strcmp(d->exp.party_kind, "enterprise") == 0;
    snprintf(form_idno_loaded, sizeof form_idno_loaded, "%s", d->exp.party_id_no);
}

static int fields(const struct case_detail *d, struct case_field *f)
{
    focus(d);
    f[0] = (struct case_field){ form_enterprise ? _("Credit code") : _("Citizen ID"), 18, v_idno,
                                d->exp.party_id_no, offsetof(struct case_edit, party_id_no) };
    f[1] = (struct case_field){ _("House area (m²)"), 12, v_house, d->exp.house_area,
                                offsetof(struct case_edit, house_area) };
    f[2] = (struct case_field){ _("Land (mu)"), 12, v_land, d->exp.land_area_mu,
                                offsetof(struct case_edit, land_area_mu) };
    return 3;
}

/* The flat, the move-in and the transition allowance (过渡费) owed from
 * vacating until moving in (migration 104). */
static void resettlement_facts(const struct case_detail *d, case_fact_fn fact, void *ctx)
{
    char buf[700];

    if (d->exp.allocated_on[0]) {
        snprintf(buf, sizeof buf, _("%s, %s m², allocated %s"), d->exp.flat, d->exp.flat_area,
                 d->exp.allocated_on);
        fact(ctx, _("Resettlement flat"), buf);
    }
    fact(ctx, _("Moved in on"), d->exp.moved_in_on);
    if (d->exp.transition_monthly[0] && d->exp.transition_months > 0) {
        snprintf(buf, sizeof buf, _("%s a month × %d = %s yuan%s"), d->exp.transition_monthly,
                 d->exp.transition_months, d->exp.transition_total,
                 d->exp.moved_in_on[0] ? "" : _(" so far"));
        fact(ctx, _("Transition allowance"), buf);
    }
}

static void facts(const struct case_detail *d, case_fact_fn fact, void *ctx)
{
    char buf[700], comp[40], paid[40], owed[40];

    fact(ctx, _("Project"), d->exp.project_name);
    fact(ctx, _("Surveyed on"), d->exp.surveyed_on);
    fact(ctx, _("Assessed on"), d->exp.assessed_on);
    fact(ctx, _("Compensation"), money_group(comp, sizeof comp, d->exp.compensation));
    fact(ctx, _("Paid so far"), money_group(paid, sizeof paid, d->exp.paid_total));
    /* What the household is still owed (compensation - paid so far, net of reversals). */
    fact(ctx, _("Outstanding"), d->exp.compensation[0] ? money_group(owed, sizeof owed,
         ledger_fen_text(ledger_fen(d->exp.compensation) - ledger_fen(d->exp.paid_total), buf, sizeof buf)) : "");
    case_kind_pair(buf, sizeof buf, strcmp(d->exp.resettlement, "flat") == 0 ? _("flat") :
                   d->exp.resettlement[0] ? _("money") : "", d->exp.community_name);
    fact(ctx, _("Resettlement"), buf);
    fact(ctx, _("Signed on"), d->exp.signed_on);
    fact(ctx, _("Paid on"), d->exp.paid_on);
    fact(ctx, _("Vacated on"), d->exp.vacated_on);
    fact(ctx, _("Demolished on"), d->exp.demolished_on);
    case_kind_pair(buf, sizeof buf, d->exp.exp_decision_on, d->exp.exp_decision_no);
    fact(ctx, _("Expropriation decision"), buf);
    case_kind_pair(buf, sizeof buf, d->exp.comp_decision_on, d->exp.comp_decision_no);
    fact(ctx, _("Compensation decision"), buf);
    case_kind_pair(buf, sizeof buf, d->exp.court_on, d->exp.court_no);
    fact(ctx, _("Court ruling"), buf);
    case_kind_pair(buf, sizeof buf, d->exp.demand_on, d->exp.demand_no);
    fact(ctx, _("Demand to comply"), buf);
    case_kind_pair(buf, sizeof buf, d->exp.application_on, d->exp.application_no);
    fact(ctx, _("Court application"), buf);
    case_kind_pair(buf, sizeof buf, d->exp.deposit_on, d->exp.deposit_no);
    fact(ctx, _("Compensation deposited"), buf);
    resettlement_facts(d, fact, ctx);
}

static int idno_valid(const char *v, char *err, size_t errsz)
{
    return !v[0] ? 0 : idno(new_enterprise, v, err, errsz);
}

static long long create(void)
{
    const char *kinds[2] = { _("Household"), _("Enterprise or institution") };
    char name[304], idno[24], phone[24], addr[608], area[24], today[16];
    int project, village, k;

    district_today(today, sizeof today);
    if ((project = caseui_pick_id(pick_projects, _("Project"))) < 0) return 0;
    if ((village = caseui_pick_id(pick_villages, _("Village or community"))) < 0) return 0;
    if ((k = ui_menu(_("Household or enterprise?"), kinds, 2, 0)) < 0) return 0;
    new_enterprise = k;
    if (!ui_prompt(k ? _("Enterprise name") : _("Head of household"), "", name, sizeof name, validate_name_required)) return 0;
    if (!ui_prompt(k ? _("Credit code (optional)") : _("Citizen ID (optional)"), "", idno, sizeof idno, idno_valid)) return 0;
    if (!ui_prompt(_("Phone (optional)"), "", phone, sizeof phone, NULL)) return 0;
    if (!ui_prompt(_("Address (optional)"), "", addr, sizeof addr, NULL)) return 0;
    if (!ui_prompt(_("House area in m² (optional)"), "", area, sizeof area, validate_area_or_empty)) return 0;
    return case_create_expropriation(ui_app()->db, project, village, k ? "enterprise" : "household",
                                     name, idno, phone, addr, area, NULL, today);
}

const struct case_kind case_kind_expropriation = {
    .code = "expropriation",
    .label = N_("Expropriation"),
    .abbrev = N_("Exp."),
    .filter_label = N_("Expropriation cases"),
    .new_label = N_("An expropriation case (征收)"),
    .new_menu_pos = 1,
    .detail_table = "expropriation",
    .party_label = N_("Household / enterprise"),
    .statuses = statuses,
    .payments = 1,
    .fields = fields,
    .focus = focus,
    .facts = facts,
    .create = create,
};
