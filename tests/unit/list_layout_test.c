/* list_layout_test — the list widget's column widths by priority: numbers,
 * dates, statuses and cards (columns that do not grow) get the width their
 * content needs before titles take the spare width, at 80 and 132 columns;
 * titles give back first when the screen is narrow; a column that fits by
 * narrowing the titles is shown rather than hidden. */
#include "config.h"
#include <locale.h>

#include "ui_tap.h"
#include "widgets.h"

static const struct list_col task_cols[] = {
    { "Number", 12, 0, ALIGN_LEFT },
    { "Title", 16, 4, ALIGN_LEFT },
    { "Lead unit", 10, 1, ALIGN_LEFT },
    { "Deadline", 10, 0, ALIGN_LEFT },
    { "Days", 4, 0, ALIGN_RIGHT },
    { "Status", 8, 0, ALIGN_LEFT },
    { "Done", 4, 0, ALIGN_RIGHT },
    { "Card", 6, 0, ALIGN_LEFT },
};
static const char *const task_rows[][8] = {
    { "DB-2026-0001", "A very long title about the shanty-town renovation of the east district",
      "Xincheng subdistrict", "2026-12-31", "-12", "Signed for", "100%", "Red card" },
    { "DB-2026-0002", "Short", "Guanmiao", "2026-11-30", "3", "Reported done", "40%", "Yellow card" },
};
static const char *task_cell(void *arg, int r, int c) { (void)arg; return task_rows[r][c]; }

static const struct list_col rank_cols[] = {
    { "Rank", 4, 0, ALIGN_RIGHT }, { "Unit", 10, 3, ALIGN_LEFT }, { "Score", 6, 0, ALIGN_RIGHT },
    { "Base", 6, 0, ALIGN_RIGHT }, { "Deducted", 6, 0, ALIGN_RIGHT }, { "Yellow", 4, 0, ALIGN_RIGHT },
    { "Red", 4, 0, ALIGN_RIGHT }, { "Overdue", 4, 0, ALIGN_RIGHT },
};
static const char *const rank_rows[][8] = { { "1", "新城街道办事处", "98.5", "100", "1.5", "0", "0", "0" } };
static const char *rank_cell(void *arg, int r, int c) { (void)arg; return rank_rows[r][c]; }

static const struct list_col case_cols[] = {
    { "Number", 14, 0, ALIGN_LEFT }, { "Kind", 5, 0, ALIGN_LEFT }, { "Party", 8, 3, ALIGN_LEFT },
    { "Village", 10, 2, ALIGN_LEFT }, { "Status", 10, 0, ALIGN_LEFT }, { "Opened", 10, 0, ALIGN_LEFT },
    { "Deadline", 10, 0, ALIGN_LEFT }, { "Unit", 10, 1, ALIGN_LEFT },
};
static const char *const case_rows[][8] = {
    { "ZS-2026-000001", "Exp.", "欧阳建国与李明华共有房屋", "东关村", "Agreement signed", "2026-01-02", "2026-03-01", "新城街道" },
};
static const char *case_cell(void *arg, int r, int c) { (void)arg; return case_rows[r][c]; }

static int sum(const struct list_widget *l)
{
    int s = 0, n = 0;
    for (int c = 0; c < l->ncols; c++) if (l->widths[c]) { s += l->widths[c]; n++; }
    return s + (n ? n - 1 : 0);
}

int main(void)
{
    struct list_widget l;

    setlocale(LC_ALL, "C.UTF-8");
    list_init(&l, task_cols, 8, task_cell, NULL);
    list_set_rows(&l, 2, 0);
    for (int w = 80; w <= 132; w += 52) {
        list_layout(&l, w);
        is_int(sum(&l), w, "tasks at %d: the columns fill the width", w);
        ok(l.widths[5] >= 13, "tasks at %d: the status column shows \"Reported done\" whole (%d)", w, l.widths[5]);
        ok(l.widths[7] >= 11, "tasks at %d: the card column shows \"Yellow card\" whole (%d)", w, l.widths[7]);
        ok(l.widths[0] >= 12 && l.widths[3] >= 10, "tasks at %d: number and deadline whole", w);
    }
    list_layout(&l, 132);
    ok(l.widths[1] > 16, "tasks at 132: the title takes what the others leave (%d)", l.widths[1]);

    list_init(&l, rank_cols, 8, rank_cell, NULL);
    list_set_rows(&l, 1, 0);
    list_layout(&l, 80);
    ok(l.widths[4] >= 8 && l.widths[5] >= 6 && l.widths[7] >= 7,
       "ranking at 80: the headers Deducted, Yellow, Overdue are not cut (%d %d %d)",
       l.widths[4], l.widths[5], l.widths[7]);

    list_init(&l, case_cols, 8, case_cell, NULL);
    list_set_rows(&l, 1, 0);
    list_layout(&l, 132);
    int party132 = l.widths[2];
    list_layout(&l, 80);
    ok(l.widths[4] >= 16, "cases at 80: the status whole (%d)", l.widths[4]);
    ok(l.widths[2] < party132 && l.widths[2] >= 6, "cases at 80: the party narrower instead (%d < %d)", l.widths[2], party132);
    ok(sum(&l) <= 80, "cases at 80: within the width");
    return done_testing();
}
