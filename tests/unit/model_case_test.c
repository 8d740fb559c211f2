/* model_case_test — src/model_case.c against a seeded database, connected
 * as a real staff login (PGUSER, set by tests/sql/cases_model.sh).
 * OTHER_ID names a case of another town, PROJECT_ID a project of ours,
 * VILLAGE_ID one of our villages. */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "db.h"
#include "model_case.h"
#include "validate.h"

static int n_test, n_fail;
static db_t *db;

static void ok(int cond, const char *desc)
{
    n_test++;
    if (!cond)
        n_fail++;
    printf("%sok %d - %s\n", cond ? "" : "not ", n_test, desc);
    if (!cond && db)
        printf("#   last database message: %s\n", db_detail(db));
}

static char today[11];

static void test_paging(void)
{
    struct case_filter f = { 0 };
    struct case_page p1, p2, back, end;
    struct case_key key = { "", 0 };
    int sorted = 1, mine = 1, overlap = 0, capped;
    long long total = 0, count;

    f.sort = CASE_SORT_NUMBER;
    ok(case_list(db, &f, &key, 1, 20, &p1) == 0 && p1.n == 20 && p1.more, "first page: 20 rows and more");
    for (int i = 0; i < p1.n; i++) {
        sorted &= i == 0 || strcmp(p1.rows[i - 1].case_no, p1.rows[i].case_no) < 0;
        mine &= strcmp(p1.rows[i].unit_code, "gmz") == 0;
    }
    ok(sorted, "rows ordered by case number");
    ok(mine, "row security: only our town's cases");
    case_key_of(&p1.rows[19], &key);
    ok(case_list(db, &f, &key, 1, 20, &p2) == 0 && p2.n > 0, "second page");
    for (int i = 0; i < p2.n; i++)
        for (int j = 0; j < p1.n; j++)
            overlap |= p2.rows[i].id == p1.rows[j].id;
    ok(!overlap && strcmp(p2.rows[0].case_no, p1.rows[19].case_no) > 0, "second page follows the first without overlap");
    case_key_of(&p2.rows[0], &key);
    ok(case_list(db, &f, &key, -1, 20, &back) == 0 && back.n == 20 && back.rows[0].id == p1.rows[0].id
       && back.rows[19].id == p1.rows[19].id, "paging back returns the first page, in list order");
    memset(&key, 0, sizeof key);
    ok(case_list(db, &f, &key, -1, 5, &end) == 0 && end.n == 5 && end.more, "jump to the end");
    /* walk everything forward and compare with the count */
    char last[20] = "";
    memset(&key, 0, sizeof key);
    for (;;) {
        struct case_page p;
        int more;
        if (case_list(db, &f, &key, 1, 50, &p) != 0)
            break;
        total += p.n;
        if (p.n) {
            snprintf(last, sizeof last, "%s", p.rows[p.n - 1].case_no);
            case_key_of(&p.rows[p.n - 1], &key);
        }
        more = p.more;
        case_page_free(&p);
        if (!more)
            break;
    }
    ok(strcmp(last, end.rows[4].case_no) == 0, "walking forward ends at the last row");
    count = case_count(db, &f, 1000000, &capped);
    ok(count == total && !capped, "case_count equals the rows paged through");
    ok(case_count(db, &f, 10, &capped) == 10 && capped, "case_count stops at the cap");
    case_page_free(&p1);
    case_page_free(&p2);
    case_page_free(&back);
    case_page_free(&end);
}

static void test_filters(void)
{
    struct case_filter f = { 0 };
    struct case_page p;
    struct case_key key = { "", 0 };
    int all = 1;

    f.kind = "violation";
    f.sort = CASE_SORT_OPENED;
    f.descending = 1;
    ok(case_list(db, &f, &key, 1, 50, &p) == 0 && p.n > 0, "violations newest first");
    for (int i = 0; i < p.n; i++) {
        all &= strcmp(p.rows[i].kind, "violation") == 0;
        all &= i == 0 || strcmp(p.rows[i - 1].opened_on, p.rows[i].opened_on) >= 0;
    }
    ok(all, "only violations, dates not increasing");
    if (p.n > 1) {
        struct case_page p2;
        case_key_of(&p.rows[0], &key);
        ok(case_list(db, &f, &key, 1, 1, &p2) == 0 && p2.n == 1 && p2.rows[0].id == p.rows[1].id,
           "descending keyset continues with the next row");
        case_page_free(&p2);
        memset(&key, 0, sizeof key);
    }
    case_page_free(&p);

    memset(&f, 0, sizeof f);
    f.overdue = 1;
    all = 1;
    ok(case_list(db, &f, &key, 1, 100, &p) == 0, "overdue filter runs");
    for (int i = 0; i < p.n; i++)
        all &= p.rows[i].overdue && p.rows[i].deadline[0] && strcmp(p.rows[i].deadline, today) < 0;
    ok(all, "overdue rows all have a past deadline");
    case_page_free(&p);

    memset(&f, 0, sizeof f);
    ok(case_list(db, &f, &key, 1, 1, &p) == 0 && p.n == 1, "one row to search for");
    char name[CASE_NAME_SZ];
    snprintf(name, sizeof name, "%s", p.rows[0].party_name);
    case_page_free(&p);
    f.text = name;
    all = 1;
    ok(case_list(db, &f, &key, 1, 100, &p) == 0 && p.n >= 1, "text search finds the party name");
    for (int i = 0; i < p.n; i++)
        all &= strstr(p.rows[i].party_name, name) != NULL || strstr(p.rows[i].case_no, name) != NULL;
    ok(all, "every hit contains the text");
    case_page_free(&p);
    /* One or two characters match as a prefix (an index range), not anywhere. */
    char first[8];
    size_t flen = 1;
    while (name[flen] && ((unsigned char)name[flen] & 0xC0) == 0x80 && flen < sizeof first - 1)
        flen++;
    memcpy(first, name, flen);
    first[flen] = '\0';
    f.text = first;
    all = 1;
    ok(case_list(db, &f, &key, 1, 100, &p) == 0 && p.n >= 1, "a one-character search finds the party");
    for (int i = 0; i < p.n; i++)
        all &= strncmp(p.rows[i].party_name, first, flen) == 0 || strncmp(p.rows[i].case_no, first, flen) == 0;
    ok(all, "a one-character search matches the start of the name");
    case_page_free(&p);
    f.text = "zs";
    all = 1;
    ok(case_list(db, &f, &key, 1, 20, &p) == 0, "a two-letter search runs");
    for (int i = 0; i < p.n; i++)
        all &= strncmp(p.rows[i].case_no, "ZS", 2) == 0;
    ok(all, "a short case-number prefix ignores case");
    case_page_free(&p);
    f.text = "%";
    ok(case_list(db, &f, &key, 1, 5, &p) == 0 && p.n == 0, "a % in the search is a character, not a wildcard");
    case_page_free(&p);
}

static void test_detail_and_save(long long other_id)
{
    struct case_filter f = { 0 };
    struct case_page p;
    struct case_key key = { "", 0 };
    struct case_detail d, d2, ghost;
    struct case_edit e = { 0 };

    f.kind = "expropriation";
    f.status = "registered";
    ok(case_list(db, &f, &key, 1, 1, &p) == 0 && p.n == 1, "a registered expropriation case");
    ok(case_load(db, p.rows[0].id, &d) == 0 && strcmp(d.row.case_no, p.rows[0].case_no) == 0
       && d.exp.project_id > 0 && d.exp.party_kind[0], "case_load reads the case and its expropriation detail");
    ok(case_load(db, other_id, &ghost) == 1, "another town's case is not found");
    e.note = "入户时无人，约定周五再访";
    ok(case_save(db, &d, &e) == CASE_SAVED, "save with the loaded versions");
    ok(case_load(db, d.row.id, &d2) == 0 && strcmp(d2.note, e.note) == 0 && d2.row.version == d.row.version + 1,
       "the note is saved and the version bumped");
    ok(case_save(db, &d, &e) == CASE_SAVE_CONFLICT, "saving the stale copy: changed by someone");
    struct case_edit bad = { 0 };
    bad.party_phone = "12345";
    ok(case_save(db, &d2, &bad) == CASE_SAVE_ERROR && strstr(db_detail(db), "phone") != NULL,
       "an invalid phone is refused with the database's sentence");
    ghost = d2;
    ghost.note = NULL;
    ghost.row.id = other_id;
    ok(case_save(db, &ghost, &e) == CASE_SAVE_GONE, "saving a case we cannot see: no longer visible");
    case_detail_free(&d);
    case_detail_free(&d2);
    case_page_free(&p);
}

static void test_workflow(int project_id, int village_id)
{
    long long v, x;
    int ver, n;
    struct case_step *steps;
    struct case_detail d;
    struct payment_row *pay;
    const char *k1[] = { "on" }, *v1[] = { today };
    const char *k2[] = { "on", "amount" }, *v2[] = { today, "50000" };
    const char *k3[] = { "on", "resettlement" }, *v3[] = { today, "money" };

    v = case_create_violation(db, village_id, "construction", "report", today, "测试户\"引号\\", NULL, "80", "2", NULL);
    ok(v > 0, "create a violation case");
    n = case_next_steps(db, v, &steps);
    /* verify asks the date and when it was built (the class follows); void is the other way out */
    ok(n == 2 && strcmp(steps[0].step, "verify") == 0 && steps[0].nneeds == 2
       && strcmp(steps[0].needs[0], "on") == 0 && strcmp(steps[0].needs[1], "built_on") == 0
       && strcmp(steps[1].step, "void") == 0, "next steps: verify, needing a date and the construction date; or void");
    free(steps);
    case_load(db, v, &d);
    ok(strcmp(d.row.party_name, "测试户\"引号\\") == 0, "quotes and backslashes survive the round trip");
    ver = case_transition(db, v, d.row.version, "verify", k1, v1, 1);
    ok(ver == d.row.version + 1, "verify returns the new version");
    ok(case_transition(db, v, d.row.version, "stop_notice", k1, v1, 1) == -1
       && strcmp(db_sqlstate(db), "40001") == 0, "a stale version is refused (40001)");
    case_detail_free(&d);
    ok(case_create_violation(db, village_id, "construction", "report", "2999-01-01", "x", NULL, NULL, NULL, NULL) == -1
       && strstr(db_detail(db), "future") != NULL, "a future finding date is refused");

    x = case_create_expropriation(db, project_id, village_id, "household", "测试户", "11010519491231002X",
                                  "0915-3212345", NULL, "120", NULL, NULL);
    ok(x > 0, "create an expropriation case");
    case_load(db, x, &d);
    ver = case_transition(db, x, d.row.version, "survey", k1, v1, 1);
    ver = case_transition(db, x, ver, "assess", k2, v2, 2);
    ver = case_transition(db, x, ver, "sign", k3, v3, 2);
    ok(ver > 0, "survey, assess and sign");
    ok(case_payment_add(db, x, "30000", today, "测试户", "PZ-1") > 0, "record a payment");
    ok(case_payment_add(db, x, "30000", today, "测试户", NULL) == -1
       && strstr(db_detail(db), "more than the assessed compensation") != NULL, "overpayment refused");
    n = case_payments(db, x, &pay);
    ok(n == 1 && strcmp(pay[0].amount, "30000.00") == 0 && pay[0].account[0] && pay[0].recorded_by[0],
       "payments list with account and recorder");
    free(pay);
    case_detail_free(&d);

    int kind;
    struct case_row *hits;
    ok(case_jump(db, "0915-3212345", 5, &kind, &hits) >= 1 && kind == JUMP_PHONE, "jump by landline");
    free(hits);
    ok(case_jump(db, "09153212345", 5, &kind, &hits) >= 1, "jump by landline without the dash");
    free(hits);
    ok(case_jump(db, "11010519491231002x", 5, &kind, &hits) >= 1 && kind == JUMP_CITIZEN_ID, "jump by citizen ID");
    free(hits);
    ok(case_jump(db, "测试户", 5, &kind, &hits) >= 1 && kind == JUMP_NAME && strcmp(hits[0].party_name, "测试户") == 0,
       "jump by name, exact name first");
    free(hits);
    /* One or two characters match the start of the name (as the `l`
     * filter does), so a short jump is an index range, not a scan. */
    n = case_jump(db, "测试", 50, &kind, &hits);
    {
        int all = n >= 1, seen = 0;
        for (int i = 0; i < n; i++) {
            all &= strncmp(hits[i].party_name, "测试", strlen("测试")) == 0;
            seen |= strcmp(hits[i].party_name, "测试户") == 0;
        }
        ok(all && seen && kind == JUMP_NAME, "a two-character name jump matches the start of the name");
    }
    free(hits);
    n = case_jump(db, "试户", 50, &kind, &hits);
    {
        int none = n >= 0;
        for (int i = 0; i < n; i++)
            none &= strncmp(hits[i].party_name, "试户", strlen("试户")) == 0;
        ok(none, "a two-character name jump does not match inside a name");
    }
    char no[20];
    case_load(db, x, &d);
    snprintf(no, sizeof no, "%s", d.row.case_no);
    no[0] = 'z';
    no[1] = 's';
    free(hits);
    ok(case_jump(db, no, 5, &kind, &hits) == 1 && hits[0].id == x, "jump by case number, any case");
    free(hits);
    ok(case_jump(db, "DB-2026-0001", 5, &kind, &hits) == 0 && kind == JUMP_TASK_NO, "a task number is not a case");
    free(hits);
    case_detail_free(&d);
}

int main(void)
{
    char err[256];
    time_t now = time(NULL);
    const char *other = getenv("OTHER_ID"), *proj = getenv("PROJECT_ID"), *vil = getenv("VILLAGE_ID");

    db = db_open(NULL, "model_case_test", err, sizeof err);
    if (!db || !other || !proj || !vil) {
        printf("Bail out! %s\n", db ? "OTHER_ID, PROJECT_ID, VILLAGE_ID not set" : err);
        return 1;
    }
    /* "today" is the database's: the session's time zone may not be ours */
    if (db_scalar(db, "SELECT current_date::text", 0, NULL, today, sizeof today) != 1)
        strftime(today, sizeof today, "%Y-%m-%d", localtime(&now));
    test_paging();
    test_filters();
    test_detail_and_save(strtoll(other, NULL, 10));
    test_workflow(atoi(proj), atoi(vil));
    db_close(db);
    validate_cleanup();
    printf("1..%d\n", n_test);
    return n_fail ? 1 : 0;
}
