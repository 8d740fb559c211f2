/* jump.c — the jump prompt (`:` anywhere): type a case number, a citizen
 * ID or credit code, a phone number, a task number or a name, and go there.
 * validate_classify decides what the text is; one match opens it, several
 * show a pick list, none says so in words. */
#include "config.h"
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "caseui.h"
#include "i18n.h"
#include "model_task.h"
#include "screens.h"
#include "ui.h"
#include "util.h"
#include "validate.h"

#define JUMP_MAX 50

static void trim(char *s)
{
    size_t n = strlen(s), i = 0;

    while (n && isspace((unsigned char)s[n - 1])) s[--n] = '\0';
    while (s[i] && isspace((unsigned char)s[i])) i++;
    memmove(s, s + i, n - i + 1);
}

static int jump_task(const char *text)
{
    struct task_filter f;
    struct task_cursor cur;
    struct task_page p;
    long long id = 0;

    memset(&f, 0, sizeof f);
    memset(&cur, 0, sizeof cur);
    f.text = text;
    f.include_closed = 1;
    if (task_board(ui_app()->db, &f, &cur, 20, &p) < 0) { ui_db_error(); return -1; }
    for (int i = 0; i < p.n; i++)
        if (strcasecmp(p.rows[i].number, text) == 0) id = p.rows[i].id;
    task_page_free(&p);
    if (!id) { ui_error(_("No task %s that you may see."), text); return -1; }
    return open_task_form(id);
}

static int pick_case(struct case_row *rows, int n)
{
    char **lines = xcalloc((size_t)n + 1, sizeof *lines);
    int k;

    for (int i = 0; i < n; i++)
        lines[i] = xasprintf("%s  %s  %s  %s", rows[i].case_no, rows[i].party_name,
                             rows[i].village_name, case_status_label(rows[i].status));
    k = ui_menu(_("Several cases match: choose one"), (const char *const *)lines, n, 0);
    for (int i = 0; i < n; i++) free(lines[i]);
    free(lines);
    return k;
}

int jump_prompt(struct app *app)
{
    char text[128];
    struct case_row *rows;
    int kind, n, k;

    if (!app->db) return 0;
    if (!ui_prompt(_("Jump to (case or task number, ID number, phone, name)"), "", text, sizeof text, NULL))
        return 1;
    trim(text);
    if (!text[0]) return 1;
    kind = validate_classify(text);
    if (kind == JUMP_TASK_NO) { jump_task(text); return 1; }
    if (kind == JUMP_NONE) {
        ui_error(_("\"%s\" is not a case number, ID number, phone or name."), text);
        return 1;
    }
    n = case_jump(app->db, text, JUMP_MAX, &kind, &rows);
    if (n < 0) { ui_db_error(); return 1; }
    if (n == 0) ui_error(_("No case that you may see matches %s \"%s\"."), jump_kind_name(kind), text);
    else if (n == 1) open_case_form(rows[0].id);
    else if ((k = pick_case(rows, n)) >= 0) open_case_form(rows[k].id);
    free(rows);
    return 1;
}
