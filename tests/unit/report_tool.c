/* report_tool.c — drives the report API directly for the shell tests in
 * tests/sql/targets_*.sh (independent of casedesk-admin's verb parsing).
 *   report_tool briefing YEAR [UNIT|-] [text|csv]
 *   report_tool ranking YEAR [year|quarter|month] [INDEX] [text|csv]
 *   report_tool cases KIND UNIT|- FROM TO [bom]
 * Connects through the libpq environment; exit 1 with the sentence on error. */
#include "config.h"
#include "db.h"
#include "i18n.h"
#include "report.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *arg(int argc, char **argv, int i, const char *dflt)
{
    return i < argc && strcmp(argv[i], "-") != 0 ? argv[i] : dflt;
}

int main(int argc, char **argv)
{
    char err[1024] = "";
    int rc;
    i18n_init(NULL);
    if (argc < 3) {
        fprintf(stderr, "usage: report_tool briefing|ranking|cases ...\n");
        return 2;
    }
    db_t *db = db_open(NULL, "report_tool", err, sizeof err);
    if (!db) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    const char *fmt = NULL;
    if (strcmp(argv[1], "briefing") == 0) {
        fmt = arg(argc, argv, 4, "text");
        rc = report_briefing(db, stdout, atoi(argv[2]), arg(argc, argv, 3, NULL),
                             strcmp(fmt, "csv") == 0, err, sizeof err);
    } else if (strcmp(argv[1], "ranking") == 0) {
        fmt = arg(argc, argv, 5, "text");
        rc = report_ranking(db, stdout, atoi(argv[2]), arg(argc, argv, 3, "year"),
                            atoi(arg(argc, argv, 4, "0")), strcmp(fmt, "csv") == 0, err, sizeof err);
    } else if (strcmp(argv[1], "cases") == 0 && argc >= 6) {
        rc = report_export_cases(db, stdout, argv[2], arg(argc, argv, 3, NULL), argv[4], argv[5],
                                 argc > 6 && strcmp(argv[6], "bom") == 0, NULL, NULL, err, sizeof err);
    } else {
        fprintf(stderr, "usage: report_tool briefing|ranking|cases ...\n");
        db_close(db);
        return 2;
    }
    if (rc != 0)
        fprintf(stderr, "%s\n", err);
    db_close(db);
    return rc == 0 ? 0 : 1;
}
