/* i18n.h — gettext wrappers.  Every string a user reads goes through _(). */
#ifndef CASEDESK_I18N_H
#define CASEDESK_I18N_H

#include <libintl.h>

#define _(s) gettext(s)
#define N_(s) (s)

/* Set the locale for UTF-8 character handling and load the catalogue.
 * lang: NULL (from the environment) or "zh"/"en" from --lang.
 * Returns 1 when the character set is UTF-8 (possibly after falling back to
 * C.UTF-8), 0 when no UTF-8 locale could be had. */
int i18n_init(const char *lang);

/* Non-zero when the UI language is Chinese. */
int i18n_is_chinese(void);

/* The colon after a field's label, two columns wide in either language:
 * full-width "：" in Chinese, ASCII ": " in English (or when ascii). */
const char *i18n_label_colon(int ascii);

#endif
