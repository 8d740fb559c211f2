/* tasks_model_test.c — the task and inbox models against a real cluster,
 * connecting as the login roles that tests/sql/tasks_common.sh creates.
 * Run by tests/sql/tasks_model.sh (PGHOST etc. in the environment). */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "model_inbox.h"
#include "model_task.h"
#include "util.h"

static int n_test, n_fail;

static void ok(int cond, const char *what)
{
    n_test++;
    printf("%sok %d - %s\n", cond ? "" : "not ", n_test, what);
    if (!cond)
        n_fail++;
}

static void ok_err(int rc, db_t *db, const char *want, const char *what)
{
    int good = rc < 0 && strstr(db_errmsg(db), want) != NULL;

    ok(good, what);
    if (!good)
        printf("#   rc=%d message: %s\n", rc, rc < 0 ? db_errmsg(db) : "(none)");
}

static db_t *as(const char *login)
{
    char conninfo[128], err[256];
    db_t *db;

    snprintf(conninfo, sizeof conninfo, "user=%s", login);
    db = db_open(conninfo, "tasks_model_test", err, sizeof err);
    if (!db) {
        printf("Bail out! cannot connect as %s: %s\n", login, err);
        exit(99);
    }
    return db;
}

static int board_has(db_t *db, const struct task_filter *f, long long id, int *part)
{
    struct task_page pg;
    int i, found = 0;

    if (task_board(db, f, NULL, 500, &pg) < 0)
        return -1;
    for (i = 0; i < pg.n; i++)
        if (pg.rows[i].id == id) {
            found = 1;
            if (part)
                *part = pg.rows[i].my_part;
        }
    task_page_free(&pg);
    return found;
}

static void test_workflow(db_t *sup, db_t *lead, db_t *co, db_t *other, const char *d10, long long *tid)
{
    static const char *const co_units[] = { "ldb", NULL };
    struct task_new n = { .title = "北环线棚改项目征收进度督办", .description = "逐户推进",
                     .lead_unit_code = "xcb", .deadline = d10, .level = "listed",
                     .responsible = "t_lead", .cohandling = co_units };
    struct task_filter mine_unit = { .my_unit = 1 };
    struct task_detail d;
    long long id = 0, rep = 0;
    int part = -1, v = 0;

    ok(task_create(sup, &n, &id) == 0 && id > 0, "supervisor creates a task through the model");
    *tid = id;
    ok_err(task_create(lead, &n, NULL), lead, "Only a supervisor may create a task", "staff cannot create");
    ok(board_has(lead, &mine_unit, id, &part) == 1 && part == 1, "lead unit sees it on its board as lead");
    ok(board_has(co, &mine_unit, id, &part) == 1 && part == 2, "co-handling unit sees it as co-handling");
    ok(board_has(other, NULL, id, NULL) == 0, "unrelated unit does not see it");

    ok(task_detail_load(lead, id, &d) == 1, "lead loads the detail");
    ok(strcmp(d.cohandling, "老城街道办") == 0, "detail lists the co-handling unit");
    ok(strcmp(d.t.responsible, "王小明") == 0 && strcmp(d.t.status, "assigned") == 0, "detail row filled");
    v = d.t.version;
    task_detail_free(&d);
    ok(task_detail_load(other, id, &d) == 0, "unrelated unit: no such task");

    ok_err(task_sign(lead, id, v - 1, NULL), lead, "changed by someone else", "stale version refused");
    ok_err(task_sign(co, id, v, NULL), co, "Only the lead unit signs", "co-handling cannot sign");
    ok(task_sign(lead, id, v, &v) == 0, "lead signs with the version seen");
    ok_err(task_add_report(lead, id, "进展", 101, NULL), lead, "between 0 and 100", "percent 101 refused");
    ok(task_add_report(lead, id, "已签约30户", 40, &rep) == 0 && rep > 0, "lead reports 40%");
    ok(task_add_report(co, id, "配合评估", 20, NULL) == 0, "co-handling unit reports too");

    ok(task_detail_load(sup, id, &d) == 1 && d.n_reports == 2 && d.t.percent == 20
       && strcmp(d.t.status, "in_progress") == 0, "supervisor sees both reports, latest percent");
    ok(d.next_report_due[0] != '\0', "next progress report date is known");
    task_detail_free(&d);
}

static void test_save_conflict(db_t *sup, long long id)
{
    struct task_detail d;
    struct task_conflict c;
    struct task_edit e = { .title = "北环线棚改项目征收进度挂牌督办", .description = "改",
                      .source = "leader", .level = "listed", .report_interval = 3,
                      .responsible = "t_lead2" };
    int v, nv = 0, rc;

    task_detail_load(sup, id, &d);
    v = d.t.version;
    task_detail_free(&d);
    ok(task_save(sup, id, v, &e, &nv, &c) == 0 && nv == v + 1, "save with the version seen");
    e.title = "我的改动";
    rc = task_save(sup, id, v, &e, &nv, &c);
    ok(rc == 1 && !c.gone, "a stale save is a conflict");
    ok(rc == 1 && strcmp(c.theirs.t.title, "北环线棚改项目征收进度挂牌督办") == 0
       && strcmp(c.theirs.t.responsible, "李红") == 0, "the conflict carries their version");
    ok(rc == 1 && strncmp(c.changed_by, "t_sup", 5) == 0 && c.changed_at[0],
       "and who changed it, from the audit trail");
    if (rc == 1)
        task_conflict_free(&c);
    e.responsible = "nobody_such";
    ok(task_save(sup, id, nv, &e, NULL, &c) < 0, "an unknown responsible login is refused");
    rc = task_save(sup, 999999, 1, &e, NULL, &c);
    ok(rc == 1 && c.gone, "saving a task that does not exist says it is gone");
}

/* Walk the board two rows at a time: every task once, in deadline order. */
static void test_paging(db_t *sup, db_t *lead)
{
    struct task_filter f = { .unit_code = "xcb" };
    struct task_cursor cur = { "", 0 };
    struct task_page pg;
    char prev[16] = "";
    long long prev_id = 0, seen = 0;
    int pages = 0, ordered = 1, i, last_more = 1;
    char title[64];

    for (i = 0; i < 5; i++) {
        struct task_new n = { .title = title, .lead_unit_code = "xcb", .deadline = NULL };
        char dl[16];
        snprintf(dl, sizeof dl, "2039-0%d-1%d", 1 + i % 3, i);
        snprintf(title, sizeof title, "“两违”整治第%d批", i + 1);
        n.deadline = dl;
        task_create(sup, &n, NULL);
    }
    while (last_more && pages < 10) {
        if (task_board(lead, &f, &cur, 2, &pg) < 0)
            break;
        for (i = 0; i < pg.n; i++) {
            int cmp = strcmp(pg.rows[i].deadline, prev);
            if (cmp < 0 || (cmp == 0 && pg.rows[i].id <= prev_id))
                ordered = 0;
            strlcpy_utf8(prev, pg.rows[i].deadline, sizeof prev);
            prev_id = pg.rows[i].id;
            seen++;
        }
        last_more = pg.more;
        pages++;
        task_page_free(&pg);
    }
    ok(seen == 6 && pages == 3, "keyset pages of 2 cover all 6 tasks in 3 pages");
    ok(ordered, "pages follow deadline, id order without repeats");
    {
        struct task_filter t = { .text = "第3批" };
        struct task_page p2;
        ok(task_board(lead, &t, NULL, 50, &p2) == 0 && p2.n == 1, "text filter finds a title fragment");
        task_page_free(&p2);
        t.text = "db-";
        ok(task_board(lead, &t, NULL, 50, &p2) == 0 && p2.n == 6, "text filter matches task numbers");
        task_page_free(&p2);
        t.text = "%";
        ok(task_board(lead, &t, NULL, 50, &p2) == 0 && p2.n == 0, "LIKE wildcards are plain text");
        task_page_free(&p2);
    }
}

/* task_home_staff computes "report due" and "due soon" set-based (a
 * calendar join); they must equal the per-task definitions in SQL. */
static void test_home_reference(db_t *lead, const struct task_home_staff *hs)
{
    char due[32] = "", soon[32] = "";

    db_scalar(lead, "SELECT count(*) FROM casedesk.task t WHERE t.status IN ('signed','in_progress','returned')"
                    " AND casedesk.task_next_report_due(t.id) <= current_date", 0, NULL, due, sizeof due);
    db_scalar(lead, "SELECT count(*) FROM casedesk.task t, casedesk.task_setting s"
                    " WHERE s.id = 1 AND t.status IN ('assigned','signed','in_progress','returned')"
                    " AND t.deadline >= current_date AND t.deadline <= current_date + (s.warn_workdays * 2 + 14)"
                    " AND casedesk.workdays_between(current_date, t.deadline) <= s.warn_workdays",
              0, NULL, soon, sizeof soon);
    ok(due[0] && atoi(due) == hs->report_due, "staff home: reports due equal task_next_report_due");
    ok(soon[0] && atoi(soon) == hs->due_soon, "staff home: due soon equals workdays_between");
}

static void test_extensions_home(db_t *sup, db_t *lead, long long id)
{
    struct task_ext_row *rows;
    struct task_home_staff hs;
    struct task_home_supervisor hv;
    long long ext = 0;
    int n = 0, i, found = 0;

    ok(task_request_extension(lead, id, "2039-12-31", "拆迁资金未到位", &ext) == 0 && ext > 0,
       "lead requests an extension");
    ok(task_pending_extensions(sup, 0, &rows, &n) == 0, "supervisor lists pending extensions");
    for (i = 0; i < n; i++)
        if (rows[i].id == ext && strcmp(rows[i].reason, "拆迁资金未到位") == 0)
            found = 1;
    ok(found, "the request is in the queue with its reason");
    task_ext_rows_free(rows, n);
    ok(task_home_supervisor(sup, &hv) == 0 && hv.pending_extensions == 1 && hv.n_units >= 1
       && strcmp(hv.units[0].unit_code, "xcb") == 0, "supervisor home: pending request, xcb listed");
    task_home_supervisor_free(&hv);
    ok_err(task_decide_extension(lead, ext, 1, NULL), lead, "Only a supervisor may decide",
           "staff cannot decide");
    ok(task_decide_extension(sup, ext, 1, "同意") == 0, "supervisor approves");
    ok(task_home_staff(lead, &hs) == 0 && hs.to_sign == 5 && hs.overdue == 0 && hs.open_cases >= 0,
       "staff home: five tasks to sign, none overdue");
    ok(hs.unread > 0, "staff home: unread messages counted");
    test_home_reference(lead, &hs);
}

static void test_inbox_escalate(db_t *sup, db_t *lead, db_t *other)
{
    struct inbox_item *it;
    int n = 0, cards = -1, i, new_task = 0, decided = 0;

    ok(inbox_list(lead, 0, 0, 100, &it, &n) == 0 && n > 0, "lead lists the inbox");
    for (i = 0; i < n; i++) {
        new_task += strcmp(it[i].kind, "new_task") == 0 && it[i].to_unit;
        decided += strcmp(it[i].kind, "extension_decided") == 0 && !it[i].to_unit
                   && strcmp(inbox_kind_label(it[i].kind, it[i].detail), "Extension approved") == 0;
    }
    ok(new_task == 6 && decided == 1, "new tasks to the unit, the decision to me");
    ok(n > 1 && it[0].id > it[n - 1].id, "newest first");
    ok(inbox_mark_read(lead, it[0].id) == 1 && inbox_mark_read(lead, it[0].id) == 0,
       "mark read once");
    ok_err(inbox_mark_read(other, it[0].id), other, "not in your inbox", "not someone else's message");
    free(it);
    ok(inbox_list(other, 0, 0, 100, &it, &n) == 0 && n == 0, "unrelated unit's inbox is empty");
    free(it);
    ok(inbox_mark_all_read(lead) > 0 && inbox_unread_count(lead) == 0, "mark all read");
    ok(inbox_list(lead, 1, 0, 100, &it, &n) == 0 && n == 0, "no unread left");
    free(it);

    ok(task_escalate(sup, "2040-01-10", &cards) == 0 && cards == 12, "supervisor escalates: six yellow and six red cards");
    ok(task_escalate(sup, "2040-01-10", &cards) == 0 && cards == 0, "again: nothing new");
    ok_err(task_escalate(lead, "2040-01-10", NULL), lead, "Only a supervisor may run the escalation",
           "staff cannot escalate another day");
    ok(task_escalate(lead, NULL, &cards) == 0, "staff run today's escalation");
    {
        struct task_filter f = { .card = "yellow" };
        struct task_page pg;
        ok(task_board(sup, &f, NULL, 50, &pg) == 0 && pg.n == 6, "board filter by card kind");
        task_page_free(&pg);
    }
}

int main(void)
{
    db_t *sup = as("t_sup"), *lead = as("t_lead"), *co = as("t_co"), *other = as("t_other");
    char d10[16];
    long long id = 0;

    if (db_scalar(sup, "SELECT (current_date + 10)::text", 0, NULL, d10, sizeof d10) <= 0) {
        printf("Bail out! %s\n", db_errmsg(sup));
        return 99;
    }
    test_workflow(sup, lead, co, other, d10, &id);
    test_save_conflict(sup, id);
    test_paging(sup, lead);
    test_extensions_home(sup, lead, id);
    test_inbox_escalate(sup, lead, other);
    printf("1..%d\n", n_test);
    db_close(sup);
    db_close(lead);
    db_close(co);
    db_close(other);
    return n_fail ? 1 : 0;
}
