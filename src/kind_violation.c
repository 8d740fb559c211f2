/* kind_violation.c — 两违: a violation case (illegal construction or land
 * use), found by a patrol, a report, a satellite image or a petition, and
 * taken through verification, a stop-work notice and rectification. */
#include "config.h"
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "casekind.h"
#include "caseui.h"
#include "district.h"
#include "i18n.h"
#include "ui.h"
#include "validate.h"

static const struct case_status statuses[] = {
    { "found", N_("Found") }, { "verified", N_("Verified") },
    { "stop_notice", N_("Stop-work notice") }, { "rectifying", N_("Rectifying") },
    { "demolished", N_("Demolished") }, { "rectified", N_("Rectified") },
    { "stock_disposal", N_("Stock disposal") }, { "reinspected", N_("Re-inspected") },
    { "closed", N_("Closed") }, { NULL, NULL },
};

static const char *subkind_label(const char *subkind)
{
    if (strcmp(subkind, "land") == 0) return _("illegal land use");
    if (strcmp(subkind, "construction") == 0) return _("illegal construction");
    return subkind;
}

/* A resolution is a status reached (demolished...) or, for a case closed
 * without one, the outcome itself (migration 101): not in the status list,
 * so the status filter does not offer it. */
static const char *resolution_label(const char *resolution)
{
    if (strcmp(resolution, "not_violation") == 0) return _("Not a violation");
    if (strcmp(resolution, "void") == 0) return _("Void");
    return case_status_label(resolution);
}

static int v_area(const char *v, char *e, size_t n) { return validate_area(v, _("area"), e, n); }

static int fields(const struct case_detail *d, struct case_field *f)
{
    f[0] = (struct case_field){ _("Area (m²)"), 12, v_area, d->vio.area_m2, offsetof(struct case_edit, area_m2) };
    f[1] = (struct case_field){ _("Floors"), 2, validate_floors, d->vio.floors, offsetof(struct case_edit, floors) };
    f[2] = (struct case_field){ _("Latitude"), 12, validate_degrees, d->vio.lat, offsetof(struct case_edit, lat) };
    f[3] = (struct case_field){ _("Longitude"), 12, validate_degrees, d->vio.lon, offsetof(struct case_edit, lon) };
    return 4;
}

static void facts(const struct case_detail *d, case_fact_fn fact, void *ctx)
{
    char buf[700];

    fact(ctx, _("Found on"), d->vio.found_on);
    fact(ctx, _("Verified on"), d->vio.verified_on);
    case_kind_pair(buf, sizeof buf, d->vio.stop_notice_on, d->vio.stop_notice_no);
    fact(ctx, _("Stop-work notice"), buf);
    fact(ctx, _("Rectify ordered"), d->vio.rectify_ordered_on);
    fact(ctx, _("Rectify by"), d->vio.rectify_deadline);
    case_kind_pair(buf, sizeof buf, d->vio.resolution[0] ? resolution_label(d->vio.resolution) : "",
                   d->vio.resolved_on);
    fact(ctx, _("Resolution"), buf);
    case_kind_pair(buf, sizeof buf, d->vio.enforcement_decision_on, d->vio.enforcement_decision_no);
    fact(ctx, _("Forced-demolition decision"), buf);
    case_kind_pair(buf, sizeof buf, d->vio.enforcement_notice_on, d->vio.enforcement_notice_no);
    fact(ctx, _("Notice and demand"), buf);
    fact(ctx, _("Area removed (m²)"), d->vio.resolved_area_m2);
    fact(ctx, _("Demolished by force"), d->vio.forced ? _("yes") : "");
    fact(ctx, _("Reason"), d->vio.outcome_reason);
    fact(ctx, _("Re-inspected on"), d->vio.reinspected_on);
    fact(ctx, _("Built on"), d->vio.built_on[0] ? d->vio.built_on : _("unknown (the date found counts)"));
    /* 市管存量、区管增量: who must deal with it follows from the class */
    fact(ctx, _("Class"), d->vio.stock ? _("stock (city)") : _("new (district)"));
    if (d->vio.first_action_days >= 0) {
        snprintf(buf, sizeof buf, "%d", d->vio.first_action_days);
        fact(ctx, _("Days to first action"), buf);
    }
}

static const char *subkind(const struct case_detail *d)
{
    return subkind_label(d->vio.subkind);
}

static long long create(void)
{
    const char *sub[2] = { _("illegal construction"), _("illegal land use") };
    const char *by[4] = { _("patrol"), _("report"), _("satellite"), _("petition") };
    static const char *const by_codes[4] = { "patrol", "report", "satellite", "petition" };
    char today[16], on[16], built[16], owner[304], addr[608], area[24];
    int village, s, b;

    district_today(today, sizeof today);
    if ((village = caseui_pick_id(pick_villages, _("Village or community"))) < 0) return 0;
    if ((s = ui_menu(_("What kind of violation?"), sub, 2, 0)) < 0) return 0;
    if ((b = ui_menu(_("Found by"), by, 4, 1)) < 0) return 0;
    if (!ui_prompt(_("Found on (YYYY-MM-DD)"), today, on, sizeof on, validate_date_past)) return 0;
    /* The class (stock or new) follows from this date and the cut-off. */
    if (!ui_prompt(_("Built on (YYYY-MM-DD; empty if unknown)"), "", built, sizeof built,
                   validate_date_or_empty)) return 0;
    if (!ui_prompt(_("Owner (party)"), "", owner, sizeof owner, validate_name_required)) return 0;
    if (!ui_prompt(_("Address (optional)"), "", addr, sizeof addr, NULL)) return 0;
    if (!ui_prompt(_("Area in m² (optional)"), "", area, sizeof area, validate_area_or_empty)) return 0;
    return case_create_violation(ui_app()->db, village, s ? "land" : "construction", by_codes[b], on,
                                 owner, addr, area, NULL, built[0] ? built : NULL);
}

const struct case_kind case_kind_violation = {
    .code = "violation",
    .label = N_("Violation"),
    .abbrev = N_("Viol."),
    .filter_label = N_("Violation cases"),
    .new_label = N_("A violation case (两违)"),
    .new_menu_pos = 0,
    .detail_table = "violation",
    .party_label = N_("Party (owner)"),
    .statuses = statuses,
    .notices = 1,
    .fields = fields,
    .facts = facts,
    .subkind = subkind,
    .create = create,
};
