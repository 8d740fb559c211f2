/* casekind.c — the table of case kinds and what is asked of all of them. */
#include "config.h"
#include <stdio.h>
#include <string.h>

#include "casekind.h"
#include "i18n.h"
#include "screen.h"
#include "util.h"

extern const struct case_kind case_kind_expropriation;   /* kind_expropriation.c */
extern const struct case_kind case_kind_violation;       /* kind_violation.c */
extern const struct case_kind case_kind_petition;        /* kind_petition.c */

const struct case_kind *const case_kinds[] = {
    &case_kind_expropriation,
    &case_kind_violation,
    &case_kind_petition,
    NULL,
};

const struct case_kind *case_kind_find(const char *code)
{
    for (int i = 0; code && case_kinds[i]; i++)
        if (strcmp(case_kinds[i]->code, code) == 0) return case_kinds[i];
    return NULL;
}

void case_kind_pair(char *buf, size_t sz, const char *a, const char *b)
{
    snprintf(buf, sz, "%s%s%s", a, a[0] && b[0] ? "  " : "", b);
}

int case_kind_watch(struct ui_watch *w, int max, int rows)
{
    int n = 0;

    if (n < max - 1) w[n++] = (struct ui_watch){ "case_file", rows };
    for (int i = 0; case_kinds[i] && n < max - 1; i++)
        w[n++] = (struct ui_watch){ case_kinds[i]->detail_table, rows };
    w[n] = (struct ui_watch){ NULL, 0 };
    return n;
}

const char *const *case_kind_tables(void)
{
    static const char *tables[16];

    if (!tables[0]) {
        int n = 0;
        tables[n++] = "case_file";
        for (int i = 0; case_kinds[i] && n < (int)ARRAY_SIZE(tables) - 1; i++)
            tables[n++] = case_kinds[i]->detail_table;
    }
    return tables;
}
