/* validate.h — field rules shared by forms, the jump prompt and import.
 *
 * The database enforces the same rules (sql/010, 011); checking here too lets
 * a form say what is wrong before a round trip.  Patterns are PCRE2, compiled
 * once (JIT where available) with cached match data.  No curses, no libpq.
 *
 * Every validator returns 0 when the text is valid, or -1 after writing one
 * translated sentence naming the field and the rule into err (when err is
 * not NULL).  Leading/trailing blanks are not trimmed: trim before calling. */
#ifndef CASEDESK_VALIDATE_H
#define CASEDESK_VALIDATE_H

#include <stddef.h>

/* 公民身份号码, GB 11643: 17 digits + check digit (0-9 or X, x accepted),
 * birth date YYYYMMDD that exists, from 1900 and not after today. */
int validate_citizen_id(const char *s, char *err, size_t errlen);
/* 统一社会信用代码, GB 32100: 18 chars over 0-9A-HJ-NPQRTUWXY, check char
 * last (lower case accepted). */
int validate_credit_code(const char *s, char *err, size_t errlen);
/* Mobile 1[3-9] + 9 digits, or landline 0AA(A)-NNNNNNN(N) (dash optional). */
int validate_phone(const char *s, char *err, size_t errlen);
/* Case number ZS-2024-000123 (征收) / LW-2025-000456 (两违). */
int validate_case_no(const char *s, char *err, size_t errlen);
/* Supervision task number DB-2026-0042 (four or more digits). */
int validate_task_no(const char *s, char *err, size_t errlen);
/* Money in yuan: 0 <= x < 10,000,000,000 with at most two decimals. */
int validate_amount(const char *s, const char *field, char *err, size_t errlen);
/* Area in m²: 0 < x < 1,000,000 with at most two decimals. */
int validate_area(const char *s, const char *field, char *err, size_t errlen);
/* Land in mu (亩): 0 < x < 1,500 with at most three decimals. */
int validate_land_mu(const char *s, const char *field, char *err, size_t errlen);

/* Floors of a building: a whole number 0 to 99. */
int validate_floors(const char *s, char *err, size_t errlen);
/* A coordinate in decimal degrees, -180 to 180. */
int validate_degrees(const char *s, char *err, size_t errlen);

/* A calendar date YYYY-MM-DD.  With VDATE_PAST, not after today (local). */
#define VDATE_PAST 1
int validate_date(const char *s, int flags, const char *field, char *err, size_t errlen);

/* The one set of date and year validators the forms and prompts use (the
 * signature ui_prompt and form fields take): a real calendar date that is
 * not after today; any real date; empty or a real date; a year 2000-2100. */
int validate_date_past(const char *s, char *err, size_t errlen);
int validate_date_any(const char *s, char *err, size_t errlen);
int validate_date_or_empty(const char *s, char *err, size_t errlen);
int validate_year(const char *s, char *err, size_t errlen);
/* Other fields of prompts: not only spaces; an area in m² or empty; money
 * in yuan; a number >= 0 with at most two decimals (targets). */
int validate_nonempty(const char *s, char *err, size_t errlen);
/* A name (person, household, enterprise): no invisible format characters
 * (U+200B, U+202E, U+2066, U+FEFF, category Cf); every validator above
 * refuses them too, naming the character. */
int validate_name(const char *s, char *err, size_t errlen);
/* Not empty, and no invisible character (a party, a payee). */
int validate_name_required(const char *s, char *err, size_t errlen);
int validate_area_or_empty(const char *s, char *err, size_t errlen);
int validate_amount_yuan(const char *s, char *err, size_t errlen);
int validate_decimal2(const char *s, char *err, size_t errlen);

/* Check characters, exposed for import tools and tests.  first17 must hold 17
 * valid characters; returns the 18th, or 0 when the input is not valid. */
char citizen_id_check_digit(const char *first17);
char credit_code_check_char(const char *first17);

/* What the user typed at the jump prompt. */
enum jump_kind {
    JUMP_NONE,          /* empty or unrecognisable */
    JUMP_CASE_NO,       /* ZS-/LW-YYYY-NNNNNN (case-insensitive) */
    JUMP_TASK_NO,       /* DB-YYYY-NNNN */
    JUMP_CITIZEN_ID,    /* 18 characters shaped like an ID number */
    JUMP_CREDIT_CODE,   /* a valid unified social credit code */
    JUMP_PHONE,         /* mobile or landline */
    JUMP_NAME           /* anything else with a letter or a Han character */
};
enum jump_kind validate_classify(const char *text);
const char *jump_kind_name(enum jump_kind k);   /* translated, for messages */

/* "Find in list": a UTF-8, caseless search compiled once, matched against
 * many rows.  With VSEARCH_LITERAL the text is searched as is, otherwise it
 * is a PCRE2 pattern. */
#define VSEARCH_LITERAL 1
typedef struct vsearch vsearch_t;
vsearch_t *vsearch_new(const char *pattern, int flags, char *err, size_t errlen);
/* Look for the next match in text at or after byte offset start.  Returns 1
 * and the byte offsets [*mstart, *mend) of the match, 0 for no match. */
int vsearch_match(vsearch_t *vs, const char *text, size_t start, size_t *mstart, size_t *mend);
void vsearch_free(vsearch_t *vs);

/* Free the cached patterns (at exit, so leak checkers stay quiet). */
void validate_cleanup(void);

#endif
