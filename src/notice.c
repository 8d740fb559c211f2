/* notice.c — stop-work (责令停工) and rectification (限期整改) notices of a
 * violation case.  The official documents live in the register (the
 * documents screen, scr_documents.c, and sql/functions/081_documents.sql);
 * notice_print opens them there.  notice_fill still fills a plain template
 * with {{placeholders}} from a case (an unknown placeholder is left as it
 * is, so a typo shows on paper instead of vanishing). */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "casekind.h"
#include "caseui.h"
#include "doc_ui.h"
#include "i18n.h"
#include "ui.h"
#include "util.h"

int notice_available(const struct case_detail *d, const char *which)
{
    const char *st = d->row.status;

    const struct case_kind *kind = case_kind_find(d->row.kind);

    if (!kind || !kind->notices) return 0;
    if (strcmp(which, "stop_work") == 0)
        return d->vio.stop_notice_no[0] && (strcmp(st, "stop_notice") == 0 || strcmp(st, "rectifying") == 0);
    if (strcmp(which, "rectify") == 0)
        return d->vio.rectify_deadline[0] && strcmp(st, "rectifying") == 0;
    return 0;
}

static const char *value_of(const char *key, size_t klen, const struct case_detail *d,
                            const char *today)
{
#define K(name, val) if (klen == sizeof name - 1 && memcmp(key, name, klen) == 0) return (val)
    K("case_no", d->row.case_no);
    K("party_name", d->row.party_name);
    K("address", d->address);
    K("village", d->row.village_name);
    K("unit", d->row.unit_name);
    K("subkind", strcmp(d->vio.subkind, "land") == 0 ? "违法占地" : "违法建设");
    K("area_m2", d->vio.area_m2[0] ? d->vio.area_m2 : "—");
    K("found_on", d->vio.found_on);
    K("verified_on", d->vio.verified_on);
    K("notice_no", d->vio.stop_notice_no);
    K("notice_on", d->vio.stop_notice_on);
    K("rectify_ordered_on", d->vio.rectify_ordered_on);
    K("rectify_deadline", d->vio.rectify_deadline);
    K("today", today);
#undef K
    return NULL;
}

static void grow(char **out, size_t *len, size_t *cap, const char *s, size_t n)
{
    if (*len + n + 1 > *cap) {
        *cap = (*len + n + 1) * 2;
        *out = xrealloc(*out, *cap);
    }
    memcpy(*out + *len, s, n);
    *len += n;
    (*out)[*len] = '\0';
}

char *notice_fill(const char *tmpl, const struct case_detail *d, const char *today)
{
    char *out = NULL;
    size_t len = 0, cap = 0;
    const char *p = tmpl;

    grow(&out, &len, &cap, "", 0);
    while (*p) {
        const char *open = strstr(p, "{{"), *close, *v;
        if (!open || !(close = strstr(open + 2, "}}"))) { grow(&out, &len, &cap, p, strlen(p)); break; }
        grow(&out, &len, &cap, p, (size_t)(open - p));
        v = value_of(open + 2, (size_t)(close - open - 2), d, today);
        if (v) grow(&out, &len, &cap, v, strlen(v));
        else grow(&out, &len, &cap, open, (size_t)(close + 2 - open));
        p = close + 2;
    }
    return out;
}

/* The notice is in the register: the step issued it, numbered, in its own
 * transaction (sql/functions/081_documents.sql).  "Print" opens the case's
 * documents with it selected; from there it goes to the unit's CUPS
 * queue, to the user's own printer through the terminal, or stays in the
 * register.  Nothing is written to the home directory (or anywhere). */
int notice_print(const struct case_detail *d, const char *which)
{
    if (!notice_available(d, which)) {
        ui_error("%s", _("This case is not in a state for that notice."));
        return -1;
    }
    if (open_case_documents(d, strcmp(which, "rectify") == 0 ? "rectify_decision" : "stop_order") < 0)
        return -1;
    ui_info("%s", _("The notice is in the register; t prints it or records its service."));
    return 0;
}
