/* settings_path.c — where the system configuration lives (settings.h).
 *
 * Compiled in, and nothing at run time changes it: an administrator's fixed
 * settings (idle_timeout...) must hold against a user who controls the
 * environment and the command line.  The test build links
 * tests/unit/sysconf_path.c instead (never installed). */
#include "config.h"
#include "settings.h"

const char *settings_system_path(void)
{
    return "/etc/casedesk.conf";
}
