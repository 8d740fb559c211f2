/* report.h — the year-end briefing, the ranking and the case export, as text
 * or CSV.  No curses: casedesk-admin and the TUI both call these.
 *
 * Every function renders into memory first and writes to `out` only when all
 * of it was fetched: on failure nothing is written, -1 is returned and err
 * holds one sentence (the server's, for refusals such as a year without
 * targets or an unknown unit code).  Figures come from the SQL functions
 * casedesk.briefing_* and casedesk.ranking (most figures from the per-unit
 * totals kept in casedesk.unit_day_total), run with the caller's own role;
 * the discipline section appears only for inspectors.
 *
 * Text is Chinese when i18n_is_chinese(), English otherwise; CSV headers and
 * keys are always English (machine-readable), values are UTF-8. */
#ifndef CASEDESK_REPORT_H
#define CASEDESK_REPORT_H

#include <stddef.h>
#include <stdio.h>
#include "db.h"

/* report briefing --year Y [--unit CODE] [--format text|csv]
 * unit_code NULL or "" = the whole district.  CSV is "section,figure,unit,value". */
int report_briefing(db_t *db, FILE *out, int year, const char *unit_code, int csv,
                    char *err, size_t errsz);

/* export ranking --year Y [--period year|quarter|month --index N] [--format]
 * period NULL = "year" (index ignored). */
int report_ranking(db_t *db, FILE *out, int year, const char *period, int index, int csv,
                   char *err, size_t errsz);

/* export cases --kind expropriation|violation [--unit CODE] --from D --to D [--bom]
 *              [--attachments DIR]
 * CSV of the cases opened in [from, to] that the caller may see (RLS decides),
 * each row naming its attachments with their sha256.  bom: start with a UTF-8
 * byte-order mark, for spreadsheet programs.  files_dir (or NULL): the
 * attachments themselves, written as files_dir/CASE_NO/ID-NAME, read in the
 * same snapshot as the rows; *nfiles counts them. */
int report_export_cases(db_t *db, FILE *out, const char *kind, const char *unit_code,
                        const char *from, const char *to, int bom, const char *files_dir,
                        int *nfiles, char *err, size_t errsz);

/* One CSV field: quoted when needed (RFC 4180); text that a spreadsheet
 * would take for a formula (= + - @ at the start) is prefixed with '.
 * Exposed for tests. */
void report_csv_field(FILE *f, const char *s);

#endif
