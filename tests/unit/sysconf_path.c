/* sysconf_path.c — the test build's system configuration path.
 *
 * Linked only into tests/unit/casedesk_sysconf (a check program, never
 * installed) in place of src/settings_path.c, so the end-to-end tests can
 * play the administrator with their own "/etc/casedesk.conf" without root.
 * The installed casedesk has no such variable: a user cannot lift a fixed
 * setting by naming another system file (tests/security/attacks_config.sh). */
#include "config.h"
#include <stdlib.h>

#include "settings.h"

const char *settings_system_path(void)
{
    const char *p = getenv("CASEDESK_TEST_SYSTEM_CONFIG");

    return p && *p ? p : "/etc/casedesk.conf";
}
