/* notice.c — stop-work (责令停工) and rectification (限期整改) notices for a
 * violation case, written to a text file from a template.
 *
 * Templates are plain UTF-8 files in $(pkgdatadir)/templates (the source
 * tree's templates/ when run from the build tree; CASEDESK_TEMPLATEDIR
 * overrides) with {{placeholders}}.  An unknown placeholder is left as it
 * is, so a typo in a template shows on paper instead of vanishing. */
#include "config.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "casekind.h"
#include "caseui.h"
#include "district.h"
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

static char *read_template(const char *which)
{
    const char *dir = getenv("CASEDESK_TEMPLATEDIR");
    char path[1024], *buf;
    FILE *f;
    long n;

    if (!dir || !*dir)
        dir = running_from_build_tree() ? ABS_TOP_SRCDIR "/templates" : PKGDATADIR "/templates";
    snprintf(path, sizeof path, "%s/%s.txt", dir, which);
    if (!(f = fopen(path, "r"))) {
        ui_error(_("The notice template %s cannot be read: %s."), path, strerror(errno));
        return NULL;
    }
    fseek(f, 0, SEEK_END);
    n = ftell(f);
    rewind(f);
    buf = xmalloc(n > 0 ? (size_t)n + 1 : 1);
    n = (long)fread(buf, 1, n > 0 ? (size_t)n : 0, f);
    buf[n > 0 ? n : 0] = '\0';
    fclose(f);
    return buf;
}

/* ~ at the start means the home directory. */
static void expand_home(const char *in, char *out, size_t sz)
{
    const char *home = getenv("HOME");

    if (in[0] == '~' && (in[1] == '/' || !in[1]) && home) snprintf(out, sz, "%s%s", home, in + 1);
    else snprintf(out, sz, "%s", in);
}

static int path_valid(const char *v, char *err, size_t errsz)
{
    if (!v[0]) { snprintf(err, errsz, "%s", _("Give a file name.")); return -1; }
    return 0;
}

int notice_print(const struct case_detail *d, const char *which)
{
    char def[512], path[512], full[1024], today[16];
    char *tmpl, *text;
    FILE *f;
    int ok;

    if (!notice_available(d, which)) {
        ui_error("%s", _("This case is not in a state for that notice."));
        return -1;
    }
    snprintf(def, sizeof def, "~/casedesk-notice-%s%s.txt", d->row.case_no,
             strcmp(which, "rectify") == 0 ? "-rectify" : "");
    if (!ui_prompt(_("Write the notice to the file"), def, path, sizeof path, path_valid)) return -1;
    expand_home(path, full, sizeof full);
    if (!(tmpl = read_template(which))) return -1;
    district_today(today, sizeof today);
    text = notice_fill(tmpl, d, today);
    free(tmpl);
    ok = (f = fopen(full, "w")) && fputs(text, f) >= 0;
    if (f && fclose(f) != 0) ok = 0;
    free(text);
    if (!ok) { ui_error(_("The notice could not be written to %s: %s."), full, strerror(errno)); return -1; }
    ui_info(_("Notice written to %s."), full);
    return 0;
}
