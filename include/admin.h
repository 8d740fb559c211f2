/* admin.h — verbs of casedesk-admin, one file per concern (admin_*.c). */
#ifndef CASEDESK_ADMIN_H
#define CASEDESK_ADMIN_H

#include "db.h"

/* Each verb gets the connection and its own argv (argv[0] is the verb). */
int admin_init(db_t *db, int argc, char **argv);
int admin_seed(db_t *db, int argc, char **argv);
int admin_user(db_t *db, int argc, char **argv);
int admin_audit(db_t *db, int argc, char **argv);
int admin_report(db_t *db, int argc, char **argv);
int admin_export(db_t *db, int argc, char **argv);
int admin_escalate(db_t *db, int argc, char **argv);
int admin_watchdog(db_t *db, int argc, char **argv);
int admin_target(db_t *db, int argc, char **argv);
/* unit, village, project, community, calendar (admin_ref.c) */
int admin_ref(db_t *db, int argc, char **argv);
int admin_document(db_t *db, int argc, char **argv);
int admin_attach(db_t *db, int argc, char **argv);

/* Shared helpers. */
char *admin_read_file(const char *path, char *err, size_t errsz);
/* Sorted list of files in dir matching NNN_*.sql; caller frees with admin_free_list. */
char **admin_list_sql(const char *dir, int *count);
void admin_free_list(char **list, int count);
/* Print "casedesk-admin: <sentence>" to stderr and return the exit status. */
int admin_fail(int status, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
