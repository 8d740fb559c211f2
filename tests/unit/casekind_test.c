/* casekind_test — the case kinds table (src/casekind.c, src/kind_*.c) is
 * well formed, so a new kind that forgets a part fails here rather than in
 * a form; the labels module and the NOTIFY watch lists built from it. */
#include <stddef.h>
#include <string.h>

#include "casekind.h"
#include "labels.h"
#include "screen.h"
#include "ui_int.h"
#include "ui_tap.h"

/* The common fields of struct case_edit the form fills itself. */
static int is_common(size_t off)
{
    return off == offsetof(struct case_edit, party_name) || off == offsetof(struct case_edit, party_phone)
        || off == offsetof(struct case_edit, address) || off == offsetof(struct case_edit, note);
}

static void test_kind(const struct case_kind *k, int i)
{
    static struct case_detail d;
    struct case_field f[CASE_KIND_FIELDS + 1];
    int n, fine = 1;

    ok(k->code && k->code[0] && k->label && k->abbrev && k->filter_label && k->new_label
       && k->party_label, "kind %d (%s) has its code and labels", i, k->code);
    ok(k->detail_table && k->detail_table[0], "%s names its detail table", k->code);
    ok(k->statuses && k->statuses[0].code, "%s has statuses", k->code);
    for (const struct case_status *st = k->statuses; st && st->code; st++)
        fine &= st->label != NULL;
    ok(fine, "%s: every status has a label", k->code);
    ok(k->fields && k->facts && k->create, "%s has fields, facts and a new-case dialog", k->code);
    memset(&d, 0, sizeof d);
    strcpy(d.row.kind, k->code);
    n = k->fields(&d, f);
    ok(n > 0 && n <= CASE_KIND_FIELDS, "%s: %d editable fields (1..%d)", k->code, n, CASE_KIND_FIELDS);
    fine = 1;
    for (int a = 0; a < n; a++) {
        fine &= f[a].label && f[a].max > 0 && f[a].value
             && (const char *)f[a].value >= (const char *)&d
             && (const char *)f[a].value < (const char *)(&d + 1);
        fine &= f[a].edit_off % sizeof(const char *) == 0
             && f[a].edit_off + sizeof(const char *) <= sizeof(struct case_edit)
             && f[a].edit_off != offsetof(struct case_edit, handled_by) && !is_common(f[a].edit_off);
        for (int b = 0; b < a; b++) fine &= f[a].edit_off != f[b].edit_off;
    }
    ok(fine, "%s: fields read the detail and write distinct edit fields", k->code);
    ok(case_kind_find(k->code) == k, "%s is found by its code", k->code);
}

int main(void)
{
    int n = 0, fine = 1;
    struct ui_watch w[12];

    for (; case_kinds[n]; n++) test_kind(case_kinds[n], n);
    ok(n >= 2, "%d kinds registered", n);
    for (int a = 0; a < n; a++)
        for (int b = 0; b < a; b++)
            fine &= strcmp(case_kinds[a]->code, case_kinds[b]->code) != 0
                 && strcmp(case_kinds[a]->detail_table, case_kinds[b]->detail_table) != 0
                 && case_kinds[a]->new_menu_pos != case_kinds[b]->new_menu_pos;
    ok(fine, "codes, detail tables and New case menu places are distinct");
    ok(case_kind_find("nonesuch") == NULL, "an unknown code is no kind");

    is_str(case_kind_label("violation"), "Violation", "kind label");
    is_str(case_kind_label("nonesuch"), "nonesuch", "an unknown kind shows its code");
    is_str(case_status_label("stop_notice"), "Stop-work notice", "status label of one kind");
    is_str(case_status_label("surveyed"), "Surveyed", "status label of the other");
    is_str(case_status_label("closed"), "Closed", "a status both kinds have");
    is_str(case_status_label("nonesuch"), "nonesuch", "an unknown status shows its code");

    is_int(case_kind_watch(w, (int)(sizeof w / sizeof w[0]), UI_THIS_ROW), n + 1,
           "watch list: case_file and each kind's table");
    ok(w[n + 1].table == NULL, "...ends with NULL");
    ok(ui_watch_matches(w, 7, "case_file", 7) && ui_watch_matches(w, 7, "violation", 7)
       && ui_watch_matches(w, 7, "expropriation", 7), "the case's own rows match");
    ok(!ui_watch_matches(w, 7, "violation", 8), "another case's row does not");
    ok(!ui_watch_matches(w, 0, "case_file", 0), "UI_THIS_ROW never matches without a row");
    ok(!ui_watch_matches(w, 7, "payment", 7), "an unwatched table does not");
    {
        static const struct ui_watch tw[] = {
            { "task", UI_THIS_ROW }, { "task*", UI_ANY_ROW }, { NULL, 0 },
        };
        ok(ui_watch_matches(tw, 3, "task", 3) && !ui_watch_matches(tw, 3, "task", 4),
           "the first matching entry decides (task: this row only)");
        ok(ui_watch_matches(tw, 3, "task_note", 99), "a prefix entry matches task_note");
        ok(!ui_watch_matches(tw, 3, "tas", 3), "...but not a shorter name");
        ok(!ui_watch_matches(NULL, 3, "task", 3), "no watch list matches nothing");
    }
    const char *const *t = case_kind_tables();
    ok(t[0] && strcmp(t[0], "case_file") == 0 && t[n] && !t[n + 1], "history tables: case_file and %d kinds", n);
    return done_testing();
}
