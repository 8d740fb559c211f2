/* kind_petition.c — 信访: a petition (a visit, letter, call, online message
 * or a transferred matter) registered, accepted or not within 15 days,
 * answered within 60 (+30 once), then 复查 and 复核 on the petitioner's
 * request (《信访工作条例》; the periods are legal_clock rows, migration 140). */
#include "config.h"
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "casekind.h"
#include "caseui.h"
#include "district.h"
#include "i18n.h"
#include "model_patrol.h"
#include "model_petition.h"
#include "ui.h"
#include "validate.h"

static const struct case_status statuses[] = {
    { "registered", N_("Registered") }, { "accepted", N_("Accepted (handling)") },
    { "not_accepted", N_("Not accepted") }, { "answered", N_("Answered") },
    { "review_requested", N_("Review requested") }, { "reviewed", N_("Reviewed") },
    { "recheck_requested", N_("Second review requested") }, { "rechecked", N_("Second review done") },
    { "closed", N_("Closed") }, { NULL, NULL },
};

static const char *const channel_codes[5] = { "visit", "letter", "phone", "online", "transferred" };

static const char *channel_label(const char *code)
{
    const char *labels[5] = { _("visit"), _("letter"), _("phone call"), _("online"), _("transferred") };

    for (int i = 0; i < 5; i++)
        if (strcmp(code, channel_codes[i]) == 0) return labels[i];
    return code;
}

static int v_subject(const char *v, char *e, size_t n) { return validate_nonempty(v, e, n); }

static int fields(const struct case_detail *d, struct case_field *f)
{
    f[0] = (struct case_field){ _("Subject"), 200, v_subject, d->pet.subject, offsetof(struct case_edit, subject) };
    f[1] = (struct case_field){ _("Content"), 4000, NULL, d->pet.content,
                                offsetof(struct case_edit, content) };
    return 2;
}

static void facts(const struct case_detail *d, case_fact_fn fact, void *ctx)
{
    char buf[700];

    fact(ctx, _("Channel"), d->pet.channel[0] ? channel_label(d->pet.channel) : "");
    fact(ctx, _("Citizen ID"), d->pet.id_no);
    fact(ctx, _("Received on"), d->pet.received_on);
    fact(ctx, _("Project"), d->pet.project_name);
    fact(ctx, _("About case"), d->pet.about_case_no);
    case_kind_pair(buf, sizeof buf, d->pet.decided_on,
                   d->pet.accepted == 1 ? _("accepted") : d->pet.accepted == 0 ? _("not accepted") : "");
    fact(ctx, _("Acceptance decided"), buf);
    fact(ctx, _("Why not accepted"), d->pet.not_accepted_reason);
    if (d->pet.extended_on[0]) {
        snprintf(buf, sizeof buf, _("%s: %s days (%s)"), d->pet.extended_on, d->pet.extended_days,
                 d->pet.extension_reason);
        fact(ctx, _("Extended"), buf);
    }
    fact(ctx, _("Answered on"), d->pet.answered_on);
    fact(ctx, _("Answer"), d->pet.answer ? d->pet.answer : "");
    fact(ctx, _("Review requested on"), d->pet.review_requested_on);
    case_kind_pair(buf, sizeof buf, d->pet.reviewed_on, d->pet.review_opinion ? d->pet.review_opinion : "");
    fact(ctx, _("Review opinion"), buf);
    fact(ctx, _("Second review requested on"), d->pet.recheck_requested_on);
    case_kind_pair(buf, sizeof buf, d->pet.rechecked_on, d->pet.recheck_opinion ? d->pet.recheck_opinion : "");
    fact(ctx, _("Second review opinion"), buf);
    fact(ctx, _("Concluded on"), d->pet.concluded_on);
}

static const char *subkind(const struct case_detail *d)
{
    return d->pet.channel[0] ? channel_label(d->pet.channel) : "";
}

static int idno_valid(const char *v, char *err, size_t errsz)
{
    return !v[0] ? 0 : validate_citizen_id(v, err, errsz);
}

static int phone_valid(const char *v, char *err, size_t errsz)
{
    return !v[0] ? 0 : validate_phone(v, err, errsz);
}

static int case_no_or_empty(const char *v, char *err, size_t errsz)
{
    return !v[0] ? 0 : validate_case_no(v, err, errsz);
}

static long long create(void)
{
    const char *channels[5] = { _("visit"), _("letter"), _("phone call"), _("online"), _("transferred") };
    char today[16], on[16], name[304], idno[24], phone[24], addr[608], subject[608], content[1200];
    char about_no[24];
    int village, project = 0, ch;

    district_today(today, sizeof today);
    if ((village = caseui_pick_id(pick_villages, _("Village or community"))) < 0) return 0;
    if ((ch = ui_menu(_("How did the petition come in?"), channels, 5, 0)) < 0) return 0;
    if (!ui_prompt(_("Received on (YYYY-MM-DD)"), today, on, sizeof on, validate_date_past)) return 0;
    if (!ui_prompt(_("Petitioner"), "", name, sizeof name, validate_name_required)) return 0;
    if (!ui_prompt(_("Citizen ID (optional)"), "", idno, sizeof idno, idno_valid)) return 0;
    if (!ui_prompt(_("Phone (optional)"), "", phone, sizeof phone, phone_valid)) return 0;
    if (!ui_prompt(_("Address (optional)"), "", addr, sizeof addr, NULL)) return 0;
    if (!ui_prompt(_("Subject"), "", subject, sizeof subject, v_subject)) return 0;
    if (!ui_prompt(_("Content (optional)"), "", content, sizeof content, NULL)) return 0;
    {
        const char *about[2] = { _("No project"), _("About a project…") };
        int k = ui_menu(_("Is it about a project?"), about, 2, 0);
        if (k < 0) return 0;
        if (k == 1 && (project = caseui_pick_id(pick_projects, _("Project"))) < 0) return 0;
    }
    if (!ui_prompt(_("About the case number (optional)"), "", about_no, sizeof about_no,
                   case_no_or_empty)) return 0;
    return case_create_petition(ui_app()->db, village, channel_codes[ch], on, name, idno, phone, addr,
                                subject, content, project, about_no);
}

const struct case_kind case_kind_petition = {
    .code = "petition",
    .label = N_("Petition"),
    .abbrev = N_("Pet."),
    .filter_label = N_("Petitions"),
    .new_label = N_("A petition (信访)"),
    .new_menu_pos = 2,
    .detail_table = "petition_case",
    .party_label = N_("Petitioner"),
    .statuses = statuses,
    .fields = fields,
    .facts = facts,
    .subkind = subkind,
    .create = create,
};
