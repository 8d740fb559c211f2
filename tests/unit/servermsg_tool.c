/* servermsg_tool — each line of stdin is a sentence the server raised
 * (SQLSTATE TAB message); prints what casedesk shows for it, in the language
 * of --lang (argv[1]: zh or en).  Used by tests/po/server_messages.sh with
 * sentences a real PostgreSQL raised; "--count" prints how many formats the
 * client knows. */
#include "config.h"
#include <stdio.h>
#include <string.h>

#include "db.h"
#include "i18n.h"
#include "labels.h"
#include "servermsg.h"

int main(int argc, char **argv)
{
    char line[4096], out[4096];

    i18n_init(argc > 1 ? argv[1] : "zh");
    servermsg_set_labeller(code_label);
    if (argc > 2 && strcmp(argv[2], "--count") == 0) {
        printf("%d\n", servermsg_format_count());
        return 0;
    }
    while (fgets(line, sizeof line, stdin)) {
        char *tab = strchr(line, '\t'), *msg = line;
        const char *state = "P0001";
        line[strcspn(line, "\n")] = '\0';
        if (tab) { *tab = '\0'; state = line; msg = tab + 1; }
        puts(db_friendly(state, msg, out, sizeof out));
    }
    return 0;
}
