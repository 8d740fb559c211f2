/* admin_escalate.c — `casedesk-admin escalate [--date D]`: the daily run
 * (cron or a systemd timer) that issues deadline warnings, due-tomorrow
 * messages and yellow/red cards.  Idempotent: a second run issues nothing. */
#include "config.h"
#include "admin.h"
#include "i18n.h"
#include "model_task.h"

#include <getopt.h>
#include <stdio.h>

int admin_escalate(db_t *db, int argc, char **argv)
{
    static const struct option opts[] = {
        { "date", required_argument, NULL, 'D' },
        { NULL, 0, NULL, 0 }
    };
    const char *date = NULL;
    int c, cards = 0;

    optind = 0;
    while ((c = getopt_long(argc, argv, "D:", opts, NULL)) != -1) {
        if (c != 'D')
            return admin_fail(2, "%s", _("usage: escalate [--date YYYY-MM-DD]"));
        date = optarg;
    }
    if (optind != argc)
        return admin_fail(2, "%s", _("usage: escalate [--date YYYY-MM-DD]"));
    if (task_escalate(db, date, &cards) != 0)
        return admin_fail(1, "%s", db_errmsg(db));
    printf(_("issued %d cards\n"), cards);
    return 0;
}
