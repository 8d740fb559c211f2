/* db_test — the db layer's words without a server: libpq's multi-line
 * connection messages joined into sentences (db_sentences), and SQLSTATEs
 * mapped to sentences a clerk reads (db_friendly), in English and Chinese.
 * The raw messages are libpq 15's own wording. */
#include "config.h"
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "i18n.h"
#include "ui_tap.h"

static const char *joined(const char *raw)
{
    static char buf[512];
    return db_sentences(raw, buf, sizeof buf);
}

static void test_sentences(void)
{
    char small[24];

    is_str(joined("connection to server on socket \"/nonexistent/.s.PGSQL.5432\" failed: "
                  "No such file or directory\n\tIs the server running locally and accepting "
                  "connections on that socket?\n"),
           "No such file or directory. Is the server running locally and accepting "
           "connections on that socket?",
           "a missing socket: the two lines are two sentences, without the socket path");
    is_str(joined("connection to server at \"localhost\" (::1), port 1 failed: Connection refused\n"
                  "\tIs the server running on that host and accepting TCP/IP connections?\n"
                  "connection to server at \"localhost\" (127.0.0.1), port 1 failed: Connection refused\n"
                  "\tIs the server running on that host and accepting TCP/IP connections?\n"),
           "Connection refused. Is the server running on that host and accepting TCP/IP connections?",
           "a refused TCP host tried at two addresses says it once");
    is_str(joined("connection to server on socket \"/tmp/.s.PGSQL.5432\" failed: "
                  "FATAL:  role \"nobody_here\" does not exist\n"),
           "Role \"nobody_here\" does not exist.",
           "a FATAL line loses its tag, gains a capital and a full stop");
    is_str(joined("connection to server on socket \"/tmp/.s.PGSQL.5432\" failed: "
                  "FATAL:  database \"nosuchdb\" does not exist\n"),
           "Database \"nosuchdb\" does not exist.", "an unknown database");
    is_str(joined("server closed the connection unexpectedly\n"
                  "\tThis probably means the server terminated abnormally\n"
                  "\tbefore or while processing the request.\n"),
           "Server closed the connection unexpectedly. This probably means the server "
           "terminated abnormally before or while processing the request.",
           "a sentence wrapped onto a lower-case line stays one sentence");
    is_str(joined("could not translate host name \"nohost.invalid\" to address: "
                  "Name or service not known\n"),
           "Could not translate host name \"nohost.invalid\" to address: Name or service not known.",
           "a one-line message ends with a full stop");
    is_str(joined("Already a sentence!\n"), "Already a sentence!", "no second stop after \"!\"");
    is_str(joined(""), "", "an empty message stays empty");
    is_str(joined(NULL), "", "no message at all is empty");
    is_str(joined("\n\t\n"), "", "blank lines only are empty");
    db_sentences("No such file or directory\n\tIs the server running?\n", small, sizeof small);
    is_int(strlen(small), sizeof small - 1, "a small buffer is filled and terminated (\"%s\")", small);
    ok(strstr(joined("x\n\ty\n"), "X. y.") == NULL, "a lower-case line after a finished one is not glued");
    is_str(joined("Connection refused\nConnection refused\n"), "Connection refused.",
           "a repeated sentence is dropped");
}

static const char *friendly(const char *state, const char *msg)
{
    static char buf[512];
    return db_friendly(state, msg, buf, sizeof buf);
}

static void test_friendly_en(void)
{
    is_str(friendly("08006", "server closed the connection unexpectedly"),
           "The connection to the database was lost; reconnecting.", "08xxx: connection lost");
    is_str(friendly("57P01", "terminating connection due to administrator command"),
           "The connection to the database was lost; reconnecting.", "57P01: an administrator ended the session");
    is_str(friendly("42501", "permission denied for table case_file"),
           "You do not have permission to do that.", "42501 permission denied");
    is_str(friendly("42501", "new row violates row-level security policy for table \"task\""),
           "You do not have permission to do that.", "42501 row-level security");
    is_str(friendly("42501", "Only inspectors may close a discipline record."),
           "Only inspectors may close a discipline record.",
           "42501 with our own sentence passes through");
    is_str(friendly("57014", "canceling statement due to statement timeout"),
           "The database took too long and stopped the request; nothing was changed.", "57014 timeout");
    is_str(friendly("55P03", "could not obtain lock on row"),
           "Another session holds a lock this change needs; nothing was saved. Try again in a moment.",
           "55P03 lock: says what is known (a lock), not who holds it");
    is_str(friendly("40P01", "deadlock detected"),
           "Someone else is changing the same record right now; try again.", "40P01 deadlock");
    is_str(friendly("40001", "could not serialize access"),
           "Someone else is changing the same record right now; try again.", "40001 serialization");
    is_str(friendly("23505", "duplicate key value violates unique constraint \"case_file_no_key\""),
           "A record with the same number already exists.", "23505 duplicate key");
    is_str(friendly("23505", "That number is taken."), "That number is taken.",
           "23505 with our own sentence passes through");
    is_str(friendly("23503", "insert or update on table \"task\" violates foreign key constraint"),
           "It refers to a record that does not exist or that you cannot see.", "23503 foreign key");
    is_str(friendly("23502", "null value in column \"title\" violates not-null constraint"),
           "A required field is empty.", "23502 not null");
    is_str(friendly("23514", "new row for relation \"case_file\" violates check constraint"),
           "A value breaks one of the rules for this record.", "23514 generic check");
    is_str(friendly("23514", "The deadline must be after the start."),
           "The deadline must be after the start.", "23514 with our own sentence passes through");
    is_str(friendly("22P02", "invalid input syntax for type numeric"),
           "A value is not in the right format (numbers as 123.45, dates as 2024-05-31).", "22P02 syntax");
    is_str(friendly("22007", "invalid input syntax for type date"),
           "A value is not in the right format (numbers as 123.45, dates as 2024-05-31).", "22007 date");
    is_str(friendly("22008", "date/time field value out of range"),
           "A value is not in the right format (numbers as 123.45, dates as 2024-05-31).", "22008 range");
    is_str(friendly("22003", "numeric field overflow"), "A number is too large.", "22003 overflow");
    is_str(friendly("3F000", "schema \"casedesk\" does not exist"),
           "The casedesk schema is missing: run \"casedesk-admin init\".", "3F000 no schema");
    is_str(friendly("42P01", "relation \"casedesk.task\" does not exist"),
           "The casedesk schema is missing: run \"casedesk-admin init\".", "42P01 on a casedesk table");
    is_str(friendly("42P01", "relation \"other\" does not exist"), "relation \"other\" does not exist",
           "42P01 elsewhere passes through");
    is_str(friendly("42883", "function casedesk.task_reassign(bigint) does not exist"),
           "The database schema is older than this program: run \"casedesk-admin init\".",
           "42883 on a casedesk function");
    is_str(friendly("P0001", "The case is closed."), "The case is closed.", "P0001 passes through");
    is_str(friendly("P0001", ""), "The database refused the request.", "no message at all");
    is_str(friendly(NULL, NULL), "The database refused the request.", "NULL state and message");
}

static void test_friendly_zh(void)
{
    /* The catalogue compiled in the build tree (the test is not the program). */
    setenv("CASEDESK_LOCALEDIR", ABS_TOP_BUILDDIR "/po/locale", 1);
    if (!i18n_init("zh") || !i18n_is_chinese()) {
        ok(1, "# SKIP no UTF-8 locale for the Chinese catalogue");
        return;
    }
    is_str(friendly("42501", "permission denied for table task"), "您无权进行此项操作。",
           "42501 in Chinese");
    ok(strcmp(friendly("08006", ""), "The connection to the database was lost; reconnecting.") != 0,
       "the lost connection is translated (%s)", friendly("08006", ""));
}

int main(void)
{
    test_sentences();
    test_friendly_en();
    test_friendly_zh();
    return done_testing();
}
