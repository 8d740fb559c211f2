/* form_drafts.h — the draft of any form (drafts.h on disk, widgets.h form).
 *
 * keys[i] names form field i in the draft (NULL: not kept).  For an
 * existing row (id != 0) only the fields this person changed are written,
 * each with its base value ("base.KEY"), so a restored edit meets the
 * conflict screen exactly like an edit that was never interrupted; for a
 * row not yet created (id 0) every field is written. */
#ifndef CASEDESK_FORM_DRAFTS_H
#define CASEDESK_FORM_DRAFTS_H

#include "drafts.h"
#include "widgets.h"

/* Fill d (draft_init'ed by the caller, who may add keys of its own). */
void form_draft_fill(const struct form *f, const char *const *keys, struct draft *d);
/* Write the form's draft; 0 written, -1 not (logged). */
int form_draft_save(const struct form *f, const char *const *keys, const char *login,
                    const char *kind, long long id, int version);
/* Put the draft's fields back, marked changed, with their base values. */
void form_draft_apply(struct form *f, const char *const *keys, const struct draft *d);

#endif
