/* form_drafts.c — a form's draft, generic over the form (form_drafts.h). */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "form_drafts.h"
#include "util.h"

void form_draft_fill(const struct form *f, const char *const *keys, struct draft *d)
{
    char bkey[64];

    for (int i = 0; i < f->n; i++) {
        if (!keys[i] || f->fields[i].kind == FIELD_READONLY) continue;
        if (d->id && !f->fields[i].changed) continue;
        draft_set(d, keys[i], form_get(f, i));
        if (!d->id) continue;
        snprintf(bkey, sizeof bkey, "base.%s", keys[i]);
        draft_set(d, bkey, form_base(f, i));
    }
}

int form_draft_save(const struct form *f, const char *const *keys, const char *login,
                    const char *kind, long long id, int version)
{
    struct draft d;
    int rc;

    draft_init(&d, login, kind, id, version);
    form_draft_fill(f, keys, &d);
    rc = draft_write(&d);
    if (rc < 0) log_msg("could not write the draft of %s %lld", kind, id);
    draft_free(&d);
    return rc;
}

void form_draft_apply(struct form *f, const char *const *keys, const struct draft *d)
{
    char bkey[64];

    for (int i = 0; i < f->n; i++) {
        struct form_field *fld = &f->fields[i];
        const char *v, *b;
        if (!keys[i] || fld->kind == FIELD_READONLY || !(v = draft_get(d, keys[i]))) continue;
        if (fld->kind == FIELD_CHOICE) {
            for (int k = 0; k < fld->nchoices; k++)
                if (strcmp(fld->choices[k], v) == 0) fld->choice = k;
        } else {
            form_set(f, i, v);
        }
        fld->changed = 1;
        snprintf(bkey, sizeof bkey, "base.%s", keys[i]);
        if ((b = draft_get(d, bkey))) {
            free(fld->base);
            fld->base = xstrdup(b);
        }
    }
}
