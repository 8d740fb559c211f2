/* export_test — what leaves casedesk as text: CSV fields of the exports
 * (report_csv_field: RFC 4180 quoting, spreadsheet formulas defused) and
 * the printed notices (notice_fill over a case, and the shipped templates
 * with no placeholder left unknown). */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "caseui.h"
#include "report.h"
#include "ui_tap.h"

static const char *csv(const char *field)
{
    static char *buf;
    size_t len;
    FILE *f;

    free(buf);
    buf = NULL;
    if (!(f = open_memstream(&buf, &len)))
        return "(open_memstream failed)";
    report_csv_field(f, field);
    fclose(f);
    return buf;
}

static void test_csv(void)
{
    is_str(csv("新城街道办"), "新城街道办", "plain text (UTF-8) is written as it is");
    is_str(csv(""), "", "an empty field stays empty");
    is_str(csv("ZS-2024-000123"), "ZS-2024-000123", "a hyphen inside is nothing special");
    is_str(csv("-12.5"), "-12.5", "a negative number is not a formula");
    is_str(csv("a,b"), "\"a,b\"", "a comma is quoted");
    is_str(csv("say \"yes\""), "\"say \"\"yes\"\"\"", "quotes are quoted and doubled");
    is_str(csv("two\nlines"), "\"two\nlines\"", "a newline is quoted");
    is_str(csv("cr\rhere"), "\"cr\rhere\"", "a carriage return is quoted");
    is_str(csv("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"", "= starts a formula: apostrophe, quoted");
    is_str(csv("+86 138 0000 0000"), "\"'+86 138 0000 0000\"", "+ starts a formula");
    is_str(csv("@SUM(A1)"), "\"'@SUM(A1)\"", "@ starts a formula");
    is_str(csv("-x"), "\"'-x\"", "- before a non-digit starts a formula");
    is_str(csv("x=1,y"), "\"x=1,y\"", "= later in the text is no formula (quoted for the comma only)");
}

static void fill_case(struct case_detail *d)
{
    memset(d, 0, sizeof *d);
    snprintf(d->row.case_no, sizeof d->row.case_no, "WF-2026-000042");
    snprintf(d->row.kind, sizeof d->row.kind, "violation");
    snprintf(d->row.status, sizeof d->row.status, "rectifying");
    snprintf(d->row.party_name, sizeof d->row.party_name, "欧阳建国");
    snprintf(d->row.village_name, sizeof d->row.village_name, "东关村");
    snprintf(d->row.unit_name, sizeof d->row.unit_name, "新城街道办");
    snprintf(d->address, sizeof d->address, "三组 17 号");
    snprintf(d->vio.subkind, sizeof d->vio.subkind, "construction");
    snprintf(d->vio.area_m2, sizeof d->vio.area_m2, "86.5");
    snprintf(d->vio.found_on, sizeof d->vio.found_on, "2026-11-02");
    snprintf(d->vio.verified_on, sizeof d->vio.verified_on, "2026-11-03");
    snprintf(d->vio.stop_notice_no, sizeof d->vio.stop_notice_no, "新停字〔2026〕7号");
    snprintf(d->vio.stop_notice_on, sizeof d->vio.stop_notice_on, "2026-11-04");
    snprintf(d->vio.rectify_ordered_on, sizeof d->vio.rectify_ordered_on, "2026-11-10");
    snprintf(d->vio.rectify_deadline, sizeof d->vio.rectify_deadline, "2026-12-10");
}

static void is_fill(const char *tmpl, const struct case_detail *d, const char *want, const char *desc)
{
    char *got = notice_fill(tmpl, d, "2026-12-01");
    is_str(got, want, "%s", desc);
    free(got);
}

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "r");
    char *buf = NULL;
    size_t cap = 0, len = 0, n;

    if (!f) return NULL;
    do {
        if (len + 4096 + 1 > cap) buf = realloc(buf, cap = (len + 4096 + 1) * 2);
        n = fread(buf + len, 1, 4096, f);
        len += n;
    } while (n > 0);
    fclose(f);
    buf[len] = '\0';
    return buf;
}

static void test_template(const char *name, const struct case_detail *d)
{
    char path[1024], *tmpl, *text;

    snprintf(path, sizeof path, "%s/templates/%s.txt", ABS_TOP_SRCDIR, name);
    if (!(tmpl = slurp(path))) {
        ok(0, "template %s can be read", path);
        return;
    }
    text = notice_fill(tmpl, d, "2026-12-01");
    ok(strstr(tmpl, "{{") != NULL, "%s: the template has placeholders", name);
    ok(strstr(text, "{{") == NULL && strstr(text, "}}") == NULL,
       "%s: every placeholder is known and filled", name);
    ok(strstr(text, "WF-2026-000042") && strstr(text, "欧阳建国") && strstr(text, "新城街道办"),
       "%s: names the case, the party and the unit", name);
    free(text);
    free(tmpl);
}

static void test_notice(void)
{
    struct case_detail d;

    fill_case(&d);
    is_fill("", &d, "", "an empty template gives empty text");
    is_fill("no placeholders", &d, "no placeholders", "text without placeholders is copied");
    is_fill("{{case_no}}", &d, "WF-2026-000042", "a placeholder alone");
    is_fill("致{{party_name}}：{{village}}{{address}}", &d, "致欧阳建国：东关村三组 17 号",
            "adjacent placeholders among CJK text");
    is_fill("{{subkind}}", &d, "违法建设", "construction is 违法建设");
    snprintf(d.vio.subkind, sizeof d.vio.subkind, "land");
    is_fill("{{subkind}}", &d, "违法占地", "land is 违法占地");
    is_fill("{{area_m2}} m²", &d, "86.5 m²", "the area");
    d.vio.area_m2[0] = '\0';
    is_fill("{{area_m2}} m²", &d, "— m²", "no area is a dash, not a blank");
    is_fill("{{notice_no}} {{notice_on}} {{rectify_ordered_on}} {{rectify_deadline}}", &d,
            "新停字〔2026〕7号 2026-11-04 2026-11-10 2026-12-10", "notice number and dates");
    is_fill("{{found_on}}/{{verified_on}} {{unit}} {{today}}", &d,
            "2026-11-02/2026-11-03 新城街道办 2026-12-01", "found, verified, unit, today (the caller's)");
    is_fill("{{nope}} and {{case_no}}", &d, "{{nope}} and WF-2026-000042",
            "an unknown placeholder is left as it is");
    is_fill("{{}}", &d, "{{}}", "an empty placeholder is left as it is");
    is_fill("open {{case_no", &d, "open {{case_no", "an unclosed placeholder is left as it is");
    is_fill("{{case_no}} }} {{", &d, "WF-2026-000042 }} {{", "stray braces are copied");
    is_fill("{{ case_no }}", &d, "{{ case_no }}", "spaces make it another (unknown) name");

    fill_case(&d);
    test_template("stop_work", &d);
    test_template("rectify", &d);
}

int main(void)
{
    test_csv();
    test_notice();
    return done_testing();
}
