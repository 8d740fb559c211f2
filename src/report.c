/* report.c — the year-end briefing (年度通报) as text or CSV.  No curses.
 *
 * The briefing is a document, not a screen: its language is picked with
 * i18n_is_chinese() from the pairs below rather than through the message
 * catalogue, so a Chinese briefing is complete even where the catalogue is
 * not installed.  All figure groups are read in one REPEATABLE READ
 * transaction (one consistent snapshot) and rendered into memory; `out` is
 * written only when everything succeeded. */
#include "config.h"
#include "report.h"
#include "report_priv.h"
#include "i18n.h"
#include "util.h"
#include "width.h"

#include <stdlib.h>
#include <string.h>

enum { G_EXP, G_VIO, G_RANK, G_TASK, G_COMM, G_DISC, G_PET, G_COV, G_AREA, G_HOME, G_PROJ, G_DDET, G_NGROUPS };

struct briefing {
    PGresult *g[G_NGROUPS];
    char scope[256];       /* district or unit name */
    int year;
    int inspector;
};

/* Figure groups, each one query; $1 year, $2 unit code or NULL. */
static const char *const group_sql[G_NGROUPS] = {
    [G_EXP] = "SELECT projects_started, households, house_area_m2, round(house_area_m2 / 10000, 2),"
              " enterprises, land_mu, land_target_mu, land_share_pct, households_resettled,"
              " monetised, flats, monetisation_pct"
              " FROM casedesk.briefing_expropriation($1::int, $2::text)",
    [G_VIO] = "SELECT unit_code, unit_name, unit_kind, found, removed, stock_disposed, villages,"
              " patrolled, coverage_pct, violation_free"
              " FROM casedesk.briefing_violations($1::int, $2::text)",
    [G_RANK] = "SELECT rank, unit_code, unit_name, score, base_score, deduction, yellow_cards,"
               " red_cards, overdue_tasks, below_threshold"
               " FROM casedesk.ranking($1::int, 'year', NULL)"
               " WHERE $2::text IS NULL OR unit_code = $2::text",
    [G_TASK] = "SELECT tasks_due, closed_on_time, overdue, open_overdue, warnings, yellow_cards,"
               " red_cards FROM casedesk.briefing_tasks($1::int, $2::text)",
    [G_COMM] = "SELECT title, unit_name, coalesce(official_name, '')"
               " FROM casedesk.briefing_commendations($1::int, $2::text)",
    [G_DISC] = "SELECT raised, concluded, set_aside, sanctioned, open_now"
               " FROM casedesk.briefing_discipline($1::int, $2::text)",
    [G_PET] = "SELECT received, accepted, concluded, overdue"
              " FROM casedesk.briefing_petitions($1::int, $2::text)",   /* functions/140 */
    /* migration 160: coverage on schedule, area removed, move-ins per
     * community, the projects' households */
    [G_COV] = "SELECT unit_code, unit_name, interval_days, villages, on_schedule, overdue, coverage_pct"
              " FROM casedesk.briefing_coverage($1::int, $2::text)",
    [G_AREA] = "SELECT demolished_m2, rectified_m2, removed_m2"
               " FROM casedesk.briefing_removed_area($1::int, $2::text)",
    [G_HOME] = "SELECT community, moved_in FROM casedesk.briefing_communities($1::int, $2::text)",
    [G_PROJ] = "SELECT project_code, project_name, households, signed, paid, vacated, gap,"
               " signed_in_year, vacated_in_year FROM casedesk.briefing_projects($1::int, $2::text)",
    [G_DDET] = "SELECT figure, n FROM casedesk.briefing_discipline_detail($1::int, $2::text)",
};

const char *report_tr(const char *en, const char *zh)
{
    return i18n_is_chinese() ? zh : en;
}

/* A number, or a dash when there is none (no target, nothing to divide). */
static const char *num(PGresult *r, int row, int col)
{
    const char *v = db_cell_or_null(r, row, col);
    return v ? v : "—";
}

/* "85.3%" or a sentence saying why there is no percentage. */
static void pct(char *buf, size_t sz, PGresult *r, int row, int col, const char *why)
{
    const char *v = db_cell_or_null(r, row, col);
    if (v)
        snprintf(buf, sz, "%s%%", v);
    else
        snprintf(buf, sz, "%s", why);
}

static int fetch_groups(db_t *db, struct briefing *b, const char *unit, char *err, size_t errsz)
{
    char y[16];
    snprintf(y, sizeof y, "%d", b->year);
    const char *p[] = { y, unit };
    for (int i = 0; i < G_NGROUPS; i++) {
        if ((i == G_DISC || i == G_DDET) && !b->inspector)
            continue;
        b->g[i] = db_exec(db, group_sql[i], 2, p);
        if (!b->g[i]) {
            snprintf(err, errsz, "%s", db_errmsg(db));
            return -1;
        }
    }
    return 0;
}

static int fetch_context(db_t *db, struct briefing *b, const char *unit, char *err, size_t errsz)
{
    char role[32];
    const char *p[] = { unit };
    if (db_scalar(db, "SELECT coalesce(casedesk.my_role(), '')", 0, NULL, role, sizeof role) < 0)
        goto fail;
    b->inspector = strcmp(role, "inspector") == 0;
    /* The unit's name, or the district's when no unit was asked for. */
    if (db_scalar(db, "SELECT coalesce((SELECT name FROM casedesk.unit WHERE code = $1),"
                      " (SELECT name FROM casedesk.unit WHERE kind = 'district' ORDER BY id LIMIT 1), '')",
                  1, p, b->scope, sizeof b->scope) < 0)
        goto fail;
    return 0;
fail:
    snprintf(err, errsz, "%s", db_errmsg(db));
    return -1;
}

static void text_row(FILE *f, const char *const *cells, const int *w, const enum align *al, int n);

/* 当年分配入住：柑树安置社区12户、西坝安置社区3户。 (English: one line each) */
static void text_communities(FILE *f, struct briefing *b)
{
    PGresult *r = b->g[G_HOME];
    int n = PQntuples(r);
    if (n == 0) {
        fprintf(f, "%s\n", report_tr("   No household moved into a resettlement community this year.",
                                      "   当年无安置社区分配入住。"));
        return;
    }
    if (!i18n_is_chinese()) {
        /* one line each: a CJK name inside an English sentence would be
         * wrapped between its characters */
        fputs("   Moved in this year:\n", f);
        for (int i = 0; i < n; i++)
            fprintf(f, "     %s: %s households\n", db_cell(r, i, 0), db_cell(r, i, 1));
        return;
    }
    fputs("   当年分配入住：", f);
    for (int i = 0; i < n; i++)
        fprintf(f, "%s%s%s户", i ? "、" : "", db_cell(r, i, 0), db_cell(r, i, 1));
    fputs("。\n", f);
}

/* The projects' households: registered, signed, paid in full, vacated and
 * still to vacate (the gap) by the year's end. */
static void text_projects(FILE *f, struct briefing *b)
{
    PGresult *r = b->g[G_PROJ];
    static const int w[] = { 20, 8, 8, 8, 8, 8 };
    static const enum align al[] = { ALIGN_LEFT, ALIGN_RIGHT, ALIGN_RIGHT, ALIGN_RIGHT, ALIGN_RIGHT, ALIGN_RIGHT };
    const char *head[] = {
        report_tr("Project", "项目"), report_tr("Homes", "户数"), report_tr("Signed", "已签约"),
        report_tr("Paid", "已付清"), report_tr("Vacated", "已腾房"), report_tr("Gap", "未腾房"),
    };
    if (PQntuples(r) == 0)
        return;
    fprintf(f, "%s\n", report_tr("   The projects by the year's end (households):", "   各项目截至年底进展（户）："));
    text_row(f, head, w, al, 6);
    for (int i = 0; i < PQntuples(r); i++) {
        const char *c[] = { db_cell(r, i, 1), db_cell(r, i, 2), db_cell(r, i, 3), db_cell(r, i, 4),
                            db_cell(r, i, 5), db_cell(r, i, 6) };
        text_row(f, c, w, al, 6);
    }
}

/* The coverage row of a unit code (NULL: the total row), or -1. */
static int coverage_row(PGresult *r, const char *code)
{
    for (int i = 0; i < PQntuples(r); i++) {
        const char *c = db_cell_or_null(r, i, 0);
        if (code ? c && strcmp(c, code) == 0 : c == NULL)
            return i;
    }
    return -1;
}

static void text_expropriation(FILE *f, struct briefing *b)
{
    PGresult *r = b->g[G_EXP];
    char land[256], money[64];
    /* The share of the land task only when a task was set (no division by zero). */
    if (db_cell_or_null(r, 0, 7))
        snprintf(land, sizeof land, report_tr("land acquired: %s mu, %s%% of the target (%s mu)",
                                              "城市规模统征土地%s亩，占任务的%s%%（任务%s亩）"),
                 num(r, 0, 5), num(r, 0, 7), num(r, 0, 6));
    else
        snprintf(land, sizeof land, report_tr("land acquired: %s mu (no land target set)",
                                              "城市规模统征土地%s亩（未下达任务）"), num(r, 0, 5));
    pct(money, sizeof money, r, 0, 11, "—");
    fprintf(f, "%s\n", report_tr("1. Expropriation and resettlement", "一、房屋征收安置"));
    fprintf(f, report_tr(
        "   %s shanty-town projects started. Expropriated this year: %s households, %s ten-thousand m2 "
        "of houses, and %s enterprises or institutions; %s; %s households moved into resettlement "
        "flats; monetisation rate: %s.\n",
        "   %s个棚改项目启动实施，当年征收房屋%s户%s万平方米、企事业单位%s个；%s；"
        "%s户分配入住；货币化安置率达到%s。\n"),
        num(r, 0, 0), num(r, 0, 1), num(r, 0, 3), num(r, 0, 4), land, num(r, 0, 8), money);
    text_communities(f, b);
    text_projects(f, b);
}

/* One table row: cells padded to display widths (CJK counts 2). */
static void text_row(FILE *f, const char *const *cells, const int *w, const enum align *al, int n)
{
    char buf[512];
    fputs("   ", f);
    for (int i = 0; i < n; i++) {
        str_format(buf, sizeof buf, cells[i] ? cells[i] : "—", w[i], al[i]);
        fprintf(f, "%s%s", buf, i + 1 < n ? "  " : "\n");
    }
}

static void text_violations(FILE *f, struct briefing *b)
{
    PGresult *r = b->g[G_VIO];
    int n = PQntuples(r), towns = 0, offices = 0, last = n - 1;
    static const int w[] = { 14, 6, 10, 8, 8, 9, 8, 8 };
    static const enum align al[] = { ALIGN_LEFT, ALIGN_RIGHT, ALIGN_RIGHT, ALIGN_RIGHT,
                                     ALIGN_RIGHT, ALIGN_RIGHT, ALIGN_RIGHT, ALIGN_RIGHT };
    char cov[64];

    for (int i = 0; i < last; i++) {
        const char *k = db_cell_or_null(r, i, 2);
        towns += k && strcmp(k, "town") == 0;
        offices += k && strcmp(k, "subdistrict") == 0;
    }
    PGresult *cv = b->g[G_COV], *ar = b->g[G_AREA];
    int ct = coverage_row(cv, NULL);
    pct(cov, sizeof cov, cv, ct, 6, "—");
    fprintf(f, "%s\n", report_tr("2. Control of the \"two violations\"", "二、“两违”管控"));
    fprintf(f, report_tr(
        "   Control covers %d sub-district offices and %d towns. Found this year: %s; removed "
        "(demolished or rectified): %s, %s m2; stock cases disposed of: %s. Patrol coverage: %s "
        "(%s of %s villages and communities patrolled on schedule; %s overdue); violation-free "
        "villages and communities: %s.\n",
        "   “两违”管控覆盖城区%d个街道办及周边%d个镇，当年发现“两违”%s处，拆除整改%s处%s平方米，"
        "存量处置%s处；巡查覆盖率%s（按期巡查%s/%s个村、社区，逾期未巡查%s个）；无违村（社区）%s个。\n"),
        offices, towns, num(r, last, 3), num(r, last, 4), num(ar, 0, 2), num(r, last, 5), cov,
        num(cv, ct, 4), num(cv, ct, 3), num(cv, ct, 5), num(r, last, 9));
    const char *head[] = {
        report_tr("Unit", "单位"), report_tr("Found", "发现"), report_tr("Removed", "拆除整改"),
        report_tr("Stock", "存量处置"), report_tr("Villages", "村社区"), report_tr("On time", "按期巡查"),
        report_tr("Coverage", "覆盖率"), report_tr("Free", "无违村"),
    };
    text_row(f, head, w, al, 8);
    for (int i = 0; i < last; i++) {
        int ci = coverage_row(cv, db_cell_or_null(r, i, 0));
        if (ci >= 0)
            pct(cov, sizeof cov, cv, ci, 6, "—");
        else
            snprintf(cov, sizeof cov, "—");
        const char *c[] = { db_cell_or_null(r, i, 1), db_cell_or_null(r, i, 3), db_cell_or_null(r, i, 4), db_cell_or_null(r, i, 5),
                            db_cell_or_null(r, i, 6), ci >= 0 ? db_cell_or_null(cv, ci, 4) : NULL, cov,
                            db_cell_or_null(r, i, 9) };
        text_row(f, c, w, al, 8);
    }
}

static void text_ranking(FILE *f, struct briefing *b)
{
    PGresult *r = b->g[G_RANK];
    static const int w[] = { 4, 14, 8, 8, 8, 7, 7, 7 };
    static const enum align al[] = { ALIGN_RIGHT, ALIGN_LEFT, ALIGN_RIGHT, ALIGN_RIGHT,
                                     ALIGN_RIGHT, ALIGN_RIGHT, ALIGN_RIGHT, ALIGN_RIGHT };
    const char *head[] = {
        report_tr("Rank", "名次"), report_tr("Unit", "单位"), report_tr("Score", "得分"),
        report_tr("Base", "基础分"), report_tr("Deduct", "扣分"), report_tr("Yellow", "黄牌"),
        report_tr("Red", "红牌"), report_tr("Overdue", "逾期"),
    };
    int below = 0;

    fprintf(f, "%s\n", report_tr("3. Assessment ranking", "三、考核排名"));
    text_row(f, head, w, al, 8);
    for (int i = 0; i < PQntuples(r); i++) {
        const char *c[] = { db_cell_or_null(r, i, 0), db_cell_or_null(r, i, 2), db_cell_or_null(r, i, 3), db_cell_or_null(r, i, 4),
                            db_cell_or_null(r, i, 5), db_cell_or_null(r, i, 6), db_cell_or_null(r, i, 7), db_cell_or_null(r, i, 8) };
        text_row(f, c, w, al, 8);
    }
    for (int i = 0; i < PQntuples(r); i++) {
        if (!db_cell_bool(r, i, 9))
            continue;
        fprintf(f, "%s%s", below++ ? report_tr(", ", "、")
                                   : report_tr("   Below the accountability threshold: ", "   低于问责线："),
                db_cell(r, i, 2));
    }
    fprintf(f, "%s\n", below ? report_tr(".", "。")
                             : report_tr("   No unit is below the accountability threshold.", "   无低于问责线的单位。"));
}

static void text_tasks(FILE *f, struct briefing *b)
{
    PGresult *r = b->g[G_TASK];
    fprintf(f, "%s\n", report_tr("4. Supervision", "四、督查督办"));
    fprintf(f, report_tr(
        "   Tasks due this year: %s; closed on time: %s; overdue: %s (still open: %s). "
        "Warnings: %s; yellow cards: %s; red cards: %s.\n",
        "   当年到期督办任务%s件，按期办结%s件，逾期%s件（其中仍未办结%s件）；"
        "预警%s次，黄牌%s张，红牌%s张。\n"),
        num(r, 0, 0), num(r, 0, 1), num(r, 0, 2), num(r, 0, 3), num(r, 0, 4), num(r, 0, 5), num(r, 0, 6));
}

static void text_commendations(FILE *f, struct briefing *b)
{
    PGresult *r = b->g[G_COMM];
    int units = 0, people = 0;
    fprintf(f, "%s\n", report_tr("5. Commendations", "五、表彰"));
    for (int i = 0; i < PQntuples(r); i++) {
        int person = *db_cell(r, i, 2) != '\0';
        fprintf(f, "   %s%s%s\n", db_cell(r, i, 0), report_tr(": ", "："),
                person ? db_cell(r, i, 2) : db_cell(r, i, 1));
        if (person)
            people++;
        else
            units++;
    }
    if (units + people == 0)
        fprintf(f, "%s\n", report_tr("   None recorded.", "   暂无。"));
}

/* 信访 (《信访工作条例》): overdue = decided or answered after the statutory
 * day, or not yet and past it. */
static void text_petitions(FILE *f, struct briefing *b)
{
    PGresult *r = b->g[G_PET];
    fprintf(f, "%s\n", report_tr("6. Petitions", "六、信访工作"));
    fprintf(f, report_tr(
        "   Petitions received this year: %s; accepted: %s; concluded: %s; "
        "past a statutory period (15 days to accept, 60 to answer): %s.\n",
        "   当年受理登记信访事项%s件，受理%s件，办结%s件；超过法定期限（受理15日、办理60日）%s件。\n"),
        num(r, 0, 0), num(r, 0, 1), num(r, 0, 2), num(r, 0, 3));
}

/* The flags reviewed and the dispositions, in briefing_discipline_detail's
 * order: reviewed, then no_violation, reminder_talk, criticism, warning,
 * serious_warning, removal, judicial_referral. */
static void text_discipline_detail(FILE *f, struct briefing *b)
{
    PGresult *r = b->g[G_DDET];
    if (PQntuples(r) < 8)
        return;
    fprintf(f, report_tr(
        "   Preliminary reviews begun: %s. Dispositions: no violation found %s, reminder talks %s, "
        "criticism %s, warnings %s, serious warnings %s, removals from post %s, referred to the "
        "judiciary %s.\n",
        "   当年开展初步核实%s件。处置结果：未发现违纪%s件，提醒谈话%s件，批评教育%s件，警告%s件，"
        "严重警告%s件，撤职%s件，移送司法机关%s件。\n"),
        num(r, 0, 1), num(r, 1, 1), num(r, 2, 1), num(r, 3, 1), num(r, 4, 1), num(r, 5, 1),
        num(r, 6, 1), num(r, 7, 1));
}

static void text_discipline(FILE *f, struct briefing *b)
{
    PGresult *r = b->g[G_DISC];
    fprintf(f, "%s\n", report_tr("7. Discipline (inspectors only)", "七、纪检监察（仅限纪检监察人员）"));
    fprintf(f, report_tr(
        "   Flags raised this year: %s; concluded: %s (with a sanction: %s); set aside: %s; "
        "open now: %s.\n",
        "   当年受理问题线索%s件，办结%s件（其中给予处理处分%s件），予以了结%s件；目前在办%s件。\n"),
        num(r, 0, 0), num(r, 0, 1), num(r, 0, 3), num(r, 0, 2), num(r, 0, 4));
    text_discipline_detail(f, b);
}

static void render_text(FILE *f, struct briefing *b)
{
    fprintf(f, report_tr("%s: key-project expropriation, resettlement and \"two violations\" control, %d\n\n",
                         "%s%d年度重点项目征收安置和“两违”管控工作情况通报\n\n"),
            b->scope, b->year);
    text_expropriation(f, b);
    text_violations(f, b);
    text_ranking(f, b);
    text_tasks(f, b);
    text_commendations(f, b);
    text_petitions(f, b);
    if (b->inspector)
        text_discipline(f, b);
}

/* section,figure,unit,value — one line per figure. */
static void csv_line(FILE *f, const char *section, const char *figure, const char *unit, const char *value)
{
    report_csv_field(f, section);
    fputc(',', f);
    report_csv_field(f, figure);
    fputc(',', f);
    report_csv_field(f, unit ? unit : "");
    fputc(',', f);
    report_csv_field(f, value ? value : "");
    fputs("\r\n", f);
}

static void csv_group(FILE *f, const char *section, PGresult *r, int unit_col, int first, const char *skip)
{
    for (int i = 0; i < PQntuples(r); i++)
        for (int c = first; c < PQnfields(r); c++)
            if (!skip || !strstr(skip, PQfname(r, c)))
                csv_line(f, section, PQfname(r, c), unit_col >= 0 ? db_cell_or_null(r, i, unit_col) : NULL, db_cell_or_null(r, i, c));
}

static void render_csv(FILE *f, struct briefing *b)
{
    csv_line(f, "section", "figure", "unit", "value");
    csv_group(f, "expropriation", b->g[G_EXP], -1, 0, "round");
    csv_group(f, "violations", b->g[G_VIO], 0, 3, NULL);
    csv_group(f, "ranking", b->g[G_RANK], 1, 0, ",unit_code,unit_name,");
    csv_group(f, "tasks", b->g[G_TASK], -1, 0, NULL);
    csv_group(f, "coverage", b->g[G_COV], 0, 2, NULL);
    csv_group(f, "removed_area", b->g[G_AREA], -1, 0, NULL);
    for (int i = 0; i < PQntuples(b->g[G_HOME]); i++)
        csv_line(f, "moved_in", db_cell(b->g[G_HOME], i, 0), NULL, db_cell(b->g[G_HOME], i, 1));
    csv_group(f, "projects", b->g[G_PROJ], 0, 2, NULL);
    for (int i = 0; i < PQntuples(b->g[G_COMM]); i++) {
        const char *who = *db_cell(b->g[G_COMM], i, 2) ? db_cell(b->g[G_COMM], i, 2)
                                                          : db_cell(b->g[G_COMM], i, 1);
        csv_line(f, "commendation", db_cell(b->g[G_COMM], i, 0), NULL, who);
    }
    csv_group(f, "petitions", b->g[G_PET], -1, 0, NULL);
    if (b->inspector) {
        csv_group(f, "discipline", b->g[G_DISC], -1, 0, NULL);
        for (int i = 0; i < PQntuples(b->g[G_DDET]); i++)
            csv_line(f, "discipline_detail", db_cell(b->g[G_DDET], i, 0), NULL, db_cell(b->g[G_DDET], i, 1));
    }
}

static void briefing_free(struct briefing *b)
{
    for (int i = 0; i < G_NGROUPS; i++)
        PQclear(b->g[i]);
}

int report_briefing(db_t *db, FILE *out, int year, const char *unit_code, int csv,
                    char *err, size_t errsz)
{
    struct briefing b = { .year = year };
    const char *unit = unit_code && *unit_code ? unit_code : NULL;
    struct membuf m;
    int rc = -1;

    if (db_command(db, "BEGIN ISOLATION LEVEL REPEATABLE READ", 0, NULL) != 0) {
        snprintf(err, errsz, "%s", db_errmsg(db));
        return -1;
    }
    if (fetch_context(db, &b, unit, err, errsz) != 0 || fetch_groups(db, &b, unit, err, errsz) != 0
        || membuf_open(&m, err, errsz) != 0) {
        db_rollback(db);
        briefing_free(&b);
        return -1;
    }
    if (csv)
        render_csv(m.f, &b);
    else
        render_text(m.f, &b);
    briefing_free(&b);
    /* Commit even a read: an inspector's read of the discipline figures is
     * logged, and nothing is printed unless that log entry is durable. */
    if (db_commit(db) != 0) {
        snprintf(err, errsz, "%s", db_errmsg(db));
        membuf_discard(&m);
        return -1;
    }
    rc = membuf_flush_to(&m, out, err, errsz);
    return rc;
}
