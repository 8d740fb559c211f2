/* report_export.c — the ranking and the case export (CSV or text), and the
 * in-memory buffer every report renders into first.  No curses.
 *
 * The export runs with the caller's own role: row-level security decides
 * which cases appear, exactly as in psql.  Rows are read through a cursor
 * in batches so a large export does not need one huge PGresult. */
#include "config.h"
#include "report.h"
#include "report_priv.h"
#include "i18n.h"
#include "labels.h"
#include "util.h"
#include "width.h"
#include "attach.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int membuf_open(struct membuf *m, char *err, size_t errsz)
{
    m->buf = NULL;
    m->len = 0;
    m->f = open_memstream(&m->buf, &m->len);
    if (!m->f) {
        snprintf(err, errsz, "%s", report_tr("Out of memory while preparing the report.",
                                             "生成报表时内存不足。"));
        return -1;
    }
    return 0;
}

void membuf_discard(struct membuf *m)
{
    if (m->f)
        fclose(m->f);
    free(m->buf);
    m->f = NULL;
    m->buf = NULL;
}

int membuf_flush_to(struct membuf *m, FILE *out, char *err, size_t errsz)
{
    int rc = 0;
    if (fclose(m->f) != 0) {
        m->f = NULL;
        membuf_discard(m);
        snprintf(err, errsz, "%s", report_tr("Out of memory while preparing the report.",
                                             "生成报表时内存不足。"));
        return -1;
    }
    m->f = NULL;
    if (fwrite(m->buf, 1, m->len, out) != m->len || fflush(out) != 0) {
        snprintf(err, errsz, report_tr("Cannot write the report: %s.", "无法写出报表：%s。"), strerror(errno));
        rc = -1;
    }
    membuf_discard(m);
    return rc;
}

/* Spreadsheets run a cell starting with = + @ (or - not followed by a digit)
 * as a formula: such text gets a leading apostrophe. */
static int looks_like_formula(const char *s)
{
    return *s == '=' || *s == '+' || *s == '@'
        || (*s == '-' && !isdigit((unsigned char)s[1]));
}

void report_csv_field(FILE *f, const char *s)
{
    int quote = looks_like_formula(s) || strpbrk(s, ",\"\r\n") != NULL;
    if (!quote) {
        fputs(s, f);
        return;
    }
    fputc('"', f);
    if (looks_like_formula(s))
        fputc('\'', f);
    for (; *s; s++) {
        if (*s == '"')
            fputc('"', f);
        fputc(*s, f);
    }
    fputc('"', f);
}

static void csv_row(FILE *f, PGresult *r, int row)
{
    for (int c = 0; c < PQnfields(r); c++) {
        if (c)
            fputc(',', f);
        report_csv_field(f, db_cell(r, row, c));
    }
    fputs("\r\n", f);
}

static void csv_header(FILE *f, const char *const *names, int n)
{
    for (int i = 0; i < n; i++) {
        if (i)
            fputc(',', f);
        report_csv_field(f, names[i]);
    }
    fputs("\r\n", f);
}

static void ranking_text(FILE *f, PGresult *r, int year, const char *period, int index)
{
    static const int w[] = { 4, 14, 8, 8, 8, 7, 7, 7, 12 };
    static const enum align al[] = { ALIGN_RIGHT, ALIGN_LEFT, ALIGN_RIGHT, ALIGN_RIGHT, ALIGN_RIGHT,
                                     ALIGN_RIGHT, ALIGN_RIGHT, ALIGN_RIGHT, ALIGN_LEFT };
    const char *head[] = {
        report_tr("Rank", "名次"), report_tr("Unit", "单位"), report_tr("Score", "得分"),
        report_tr("Base", "基础分"), report_tr("Deduct", "扣分"), report_tr("Yellow", "黄牌"),
        report_tr("Red", "红牌"), report_tr("Overdue", "逾期"), report_tr("Note", "备注"),
    };
    char cell[512];

    if (strcmp(period, "year") == 0)
        fprintf(f, report_tr("Ranking %d\n", "%d年度考核排名\n"), year);
    else if (strcmp(period, "quarter") == 0)
        fprintf(f, report_tr("Ranking %d, quarter %d\n", "%d年第%d季度考核排名\n"), year, index);
    else
        fprintf(f, report_tr("Ranking %d, month %d\n", "%d年%d月考核排名\n"), year, index);
    for (int row = -1; row < PQntuples(r); row++) {
        for (int c = 0; c < 9; c++) {
            const char *s = row < 0 ? head[c]
                : c == 8 ? (db_cell_bool(r, row, 9) ? report_tr("accountable", "问责") : "")
                : db_cell(r, row, c == 0 ? 0 : c + 1);
            if (c < 8)
                str_format(cell, sizeof cell, s, w[c], al[c]);
            else   /* the last column: no trailing padding */
                str_trunc(cell, sizeof cell, s, w[c]);
            if (c < 8 || *cell)
                fprintf(f, "%s%s", c ? "  " : "", cell);
        }
        fputc('\n', f);
    }
}

int report_ranking(db_t *db, FILE *out, int year, const char *period, int index, int csv,
                   char *err, size_t errsz)
{
    static const char *const names[] = { "rank", "unit_code", "unit_name", "score", "base_score",
                                         "deduction", "yellow_cards", "red_cards", "overdue_tasks",
                                         "below_threshold" };
    char y[16], ix[16];
    const char *per = period && *period ? period : "year";
    struct membuf m;
    PGresult *r;

    snprintf(y, sizeof y, "%d", year);
    snprintf(ix, sizeof ix, "%d", index);
    const char *p[] = { y, per, strcmp(per, "year") == 0 ? NULL : ix };
    r = db_exec(db, "SELECT rank, unit_code, unit_name, score, base_score, deduction, yellow_cards,"
                    " red_cards, overdue_tasks, below_threshold"
                    " FROM casedesk.ranking($1::int, $2::text, $3::int)", 3, p);
    if (!r) {
        snprintf(err, errsz, "%s", db_errmsg(db));
        return -1;
    }
    if (membuf_open(&m, err, errsz) != 0) {
        PQclear(r);
        return -1;
    }
    if (csv) {
        csv_header(m.f, names, (int)ARRAY_SIZE(names));
        for (int i = 0; i < PQntuples(r); i++)
            csv_row(m.f, r, i);
    } else {
        ranking_text(m.f, r, year, per, index);
    }
    PQclear(r);
    return membuf_flush_to(&m, out, err, errsz);
}

/* Column lists of the case export; the English names are the CSV header
 * unless the UI is Chinese.  Names, addresses and the masked phone and ID
 * numbers come from casedesk.case_party_export (065_personal): the export
 * never carries a full number (PIPL), and staff cannot name those columns. */
struct col { const char *expr, *en, *zh; };

static const struct col common_cols[] = {
    { "c.case_no", "case_no", "案件编号" }, { "u.code", "unit_code", "单位代码" },
    { "u.name", "unit_name", "单位" }, { "v.name", "village", "村（社区）" },
    { "c.status", "status", "状态" }, { "c.opened_on", "opened_on", "立案日期" },
    { "c.closed_on", "closed_on", "结案日期" }, { "q.party_name", "party_name", "当事人" },
    { "q.address", "address", "地址" }, { "q.party_phone", "phone_masked", "联系电话（脱敏）" },
    /* the evidence, by name and hash, as far as the caller may see it */
    { "(SELECT string_agg(a.file_name || ' sha256:' || a.sha256, '; ' ORDER BY a.id)"
      " FROM casedesk.attachment a WHERE a.record_kind = 'case' AND a.record_id = c.id)",
      "attachments", "附件（文件名与 SHA-256）" },
};
static const struct col exp_cols[] = {
    { "e.party_kind", "party_kind", "类别" }, { "q.party_id_no", "id_no_masked", "证件号码（脱敏）" },
    { "e.house_area", "house_area_m2", "房屋面积（平方米）" },
    { "e.land_area_mu", "land_area_mu", "土地面积（亩）" },
    { "e.assessed_compensation", "assessed_compensation", "评估补偿（元）" },
    { "e.resettlement", "resettlement", "安置方式" }, { "e.signed_on", "signed_on", "签约日期" },
    { "e.paid_total", "paid_total", "已付补偿（元）" }, { "e.demolished_on", "demolished_on", "拆除日期" },
};
static const struct col vio_cols[] = {
    { "x.subkind", "subkind", "类别" }, { "x.found_by", "found_by", "发现方式" },
    { "x.area_m2", "area_m2", "面积（平方米）" }, { "x.floors", "floors", "层数" },
    { "x.stock", "stock", "存量" }, { "x.found_on", "found_on", "发现日期" },
    { "x.resolution", "resolution", "处置结果" }, { "x.resolved_on", "resolved_on", "处置日期" },
};

static char *export_sql(int expropriation)
{
    const struct col *k = expropriation ? exp_cols : vio_cols;
    size_t nk = expropriation ? ARRAY_SIZE(exp_cols) : ARRAY_SIZE(vio_cols);
    char *sql = xstrdup("DECLARE casedesk_export NO SCROLL CURSOR FOR SELECT ");
    for (size_t i = 0; i < ARRAY_SIZE(common_cols) + nk; i++) {
        const char *e = i < ARRAY_SIZE(common_cols) ? common_cols[i].expr : k[i - ARRAY_SIZE(common_cols)].expr;
        char *next = xasprintf("%s%s%s", sql, i ? ", " : "", e);
        free(sql);
        sql = next;
    }
    char *full = xasprintf("%s FROM casedesk.case_file c"
        " JOIN casedesk.unit u ON u.id = c.unit_id"
        " JOIN casedesk.village v ON v.id = c.village_id"
        " JOIN casedesk.%s ON %s.id = c.id"
        " JOIN casedesk.case_party_export($1, coalesce(casedesk.unit_id_of($2::text), 0), $3::date, $4::date) q"
        "   ON q.id = c.id"
        " WHERE c.kind = $1 AND ($2::text IS NULL OR c.unit_id = casedesk.unit_id_of($2::text))"
        " AND c.opened_on BETWEEN $3::date AND $4::date ORDER BY c.id",
        sql, expropriation ? "expropriation e" : "violation x", expropriation ? "e" : "x");
    free(sql);
    return full;
}

static void export_header(FILE *f, int expropriation)
{
    const struct col *k = expropriation ? exp_cols : vio_cols;
    size_t nk = expropriation ? ARRAY_SIZE(exp_cols) : ARRAY_SIZE(vio_cols);
    int zh = i18n_is_chinese();
    for (size_t i = 0; i < ARRAY_SIZE(common_cols) + nk; i++) {
        const struct col *c = i < ARRAY_SIZE(common_cols) ? &common_cols[i] : &k[i - ARRAY_SIZE(common_cols)];
        if (i)
            fputc(',', f);
        report_csv_field(f, zh ? c->zh : c->en);
    }
    fputs("\r\n", f);
}

/* One exported row; in Chinese, codes as their labels (column names are
 * the English header names, the stored columns' own). */
static void export_row(FILE *f, PGresult *r, int row, int expropriation)
{
    const struct col *k = expropriation ? exp_cols : vio_cols;
    int zh = i18n_is_chinese();
    for (int c = 0; c < PQnfields(r); c++) {
        const char *v = db_cell(r, row, c);
        size_t nc = ARRAY_SIZE(common_cols);
        const struct col *col = (size_t)c < nc ? &common_cols[c] : &k[c - (int)nc];
        if (c)
            fputc(',', f);
        report_csv_field(f, zh ? value_label(col->en, v) : v);
    }
    fputs("\r\n", f);
}

/* Fetch the open cursor batch by batch into f; 0 or -1. */
static int export_rows(db_t *db, FILE *f, int expropriation)
{
    for (;;) {
        PGresult *r = db_exec(db, "FETCH 5000 FROM casedesk_export", 0, NULL);
        if (!r)
            return -1;
        int n = PQntuples(r);
        for (int i = 0; i < n; i++)
            export_row(f, r, i, expropriation);
        PQclear(r);
        if (n == 0)
            return 0;
    }
}

static int valid_date(const char *s)
{
    int y, mo, d;
    char tail;
    return s && sscanf(s, "%4d-%2d-%2d%c", &y, &mo, &d, &tail) == 3 && strlen(s) == 10
        && mo >= 1 && mo <= 12 && d >= 1 && d <= 31;
}

/* The attachments of the exported cases into dir/CASE_NO/ (attach_export
 * names each ID-NAME); same filter as export_sql, same transaction. */
static int export_files(db_t *db, const char *const p[4], const char *dir, int *nfiles,
                        char *err, size_t errsz)
{
    PGresult *r = db_exec(db, "SELECT a.id, c.case_no FROM casedesk.case_file c"
        " JOIN casedesk.attachment a ON a.record_kind = 'case' AND a.record_id = c.id"
        " WHERE c.kind = $1 AND ($2::text IS NULL OR c.unit_id = casedesk.unit_id_of($2::text))"
        " AND c.opened_on BETWEEN $3::date AND $4::date ORDER BY c.id, a.id", 4, p);
    char sub[4096], path[4096];
    int rc = 0;

    if (!r) {
        snprintf(err, errsz, "%s", db_errmsg(db));
        return -1;
    }
    for (int i = 0; i < PQntuples(r) && rc == 0; i++) {
        const char *no = db_cell(r, i, 1);
        if (!*no || strchr(no, '/') || no[0] == '.') continue;   /* never outside dir */
        snprintf(sub, sizeof sub, "%s/%s", dir, no);
        if (mkdir(sub, 0700) != 0 && errno != EEXIST) {
            snprintf(err, errsz, report_tr("Cannot create %s: %s.", "无法创建 %s：%s。"), sub, strerror(errno));
            rc = -1;
        } else if (attach_export(db, db_cell_ll(r, i, 0), sub, path, sizeof path, err, errsz) == 0) {
            ++*nfiles;
        } else {
            rc = -1;
        }
    }
    PQclear(r);
    return rc;
}

int report_export_cases(db_t *db, FILE *out, const char *kind, const char *unit_code,
                        const char *from, const char *to, int bom, const char *files_dir,
                        int *nfiles, char *err, size_t errsz)
{
    int exp = kind && strcmp(kind, "expropriation") == 0;
    struct membuf m;

    if (!exp && !(kind && strcmp(kind, "violation") == 0)) {
        snprintf(err, errsz, "%s", report_tr("The kind must be expropriation or violation.",
                                             "案件类别必须是 expropriation（征收）或 violation（两违）。"));
        return -1;
    }
    if (!valid_date(from) || !valid_date(to) || strcmp(from, to) > 0) {
        snprintf(err, errsz, "%s", report_tr("The dates must be given as YYYY-MM-DD, the first not after the second.",
                                             "日期格式应为 YYYY-MM-DD，且起始日期不得晚于截止日期。"));
        return -1;
    }
    const char *p[] = { kind, unit_code && *unit_code ? unit_code : NULL, from, to };
    char *sql = export_sql(exp);
    /* one snapshot for the rows and their files */
    int ok = db_command(db, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", 0, NULL) == 0
             && db_command(db, sql, 4, p) == 0;
    free(sql);
    if (!ok) {
        snprintf(err, errsz, "%s", db_errmsg(db));
        db_rollback(db);
        return -1;
    }
    if (membuf_open(&m, err, errsz) != 0) {
        db_rollback(db);
        return -1;
    }
    if (bom)
        fputs("\xEF\xBB\xBF", m.f);
    export_header(m.f, exp);
    if (nfiles) *nfiles = 0;
    if (export_rows(db, m.f, exp) != 0) {
        snprintf(err, errsz, "%s", db_errmsg(db));
        membuf_discard(&m);
        db_rollback(db);
        return -1;
    }
    if (files_dir && export_files(db, p, files_dir, nfiles, err, errsz) != 0) {
        membuf_discard(&m);
        db_rollback(db);
        return -1;
    }
    db_rollback(db);   /* read only: nothing to keep */
    return membuf_flush_to(&m, out, err, errsz);
}
