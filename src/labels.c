/* labels.c — labels of case kinds, statuses and steps (see labels.h). */
#include "config.h"
#include <string.h>

#include "casekind.h"
#include "i18n.h"
#include "labels.h"
#include "model_discipline.h"
#include "model_task.h"
#include "model_targets.h"

const char *case_kind_label(const char *kind)
{
    const struct case_kind *k = case_kind_find(kind);

    return k ? _(k->label) : kind;
}

/* Kinds may share a status (demolished, closed): the first kind's label
 * is the label. */
const char *case_status_label(const char *status)
{
    for (int k = 0; case_kinds[k]; k++)
        for (const struct case_status *st = case_kinds[k]->statuses; st->code; st++)
            if (strcmp(st->code, status) == 0) return _(st->label);
    return status;
}

const char *case_step_label(const struct case_step *s)
{
    return i18n_is_chinese() ? s->label_zh : s->label_en;
}

/* Any stored code's label: case kinds and statuses first, then tasks,
 * discipline records and metrics; NULL when none knows it. */
const char *code_label(const char *code)
{
    const char *(*const fns[])(const char *) = {
        case_status_label, case_kind_label, task_status_label, disc_status_label,
        target_metric_label,
    };
    if (!code || !*code) return NULL;
    for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++) {
        const char *l = fns[i](code);
        if (l && l != code && strcmp(l, code) != 0) return l;
    }
    return NULL;
}
