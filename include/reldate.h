/* reldate.h — dates typed relative to today, in every date field and
 * prompt: "+15" (15 days from today), "+15wd" or "+15工作日" (15 working
 * days, by the district's working-day calendar), "-3", "today" / "今天".
 * The UI core turns them into YYYY-MM-DD before the field's validator
 * runs (ui_modal.c prompts, widget_form.c fields), so what is checked,
 * shown and stored is always a real date.  No curses, no libpq: working
 * days come through a hook the program sets (model_ref.c asks the
 * database's casedesk.add_workdays). */
#ifndef CASEDESK_RELDATE_H
#define CASEDESK_RELDATE_H

#include <stddef.h>

/* 1 and the date in out when s is a relative date; 0 when it is not one
 * (leave it to the validator); -1 with one sentence in err. */
int reldate_expand(const char *s, char *out, size_t outsz, char *err, size_t errlen);

/* n working days after today into out ("YYYY-MM-DD"); 0 or -1 with err. */
typedef int (*reldate_workdays_fn)(int n, char *out, size_t outsz, char *err, size_t errlen);
void reldate_set_workdays(reldate_workdays_fn fn);

/* 1 when v is one of the date validators (validate.h), whose fields and
 * prompts take relative dates. */
int reldate_is_date_validator(int (*v)(const char *, char *, size_t));
/* A screen's own date validator (one that also asks the server) joins
 * them; idempotent. */
void reldate_register_validator(int (*v)(const char *, char *, size_t));

#endif
