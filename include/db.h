/* db.h — the only module that talks libpq.  No curses here.
 *
 * Every statement is parameterised (PQexecParams); no SQL is ever built from
 * user data.  Errors are turned into one sentence a clerk understands
 * (db_errmsg); the raw SQLSTATE stays available for code that branches on it. */
#ifndef CASEDESK_DB_H
#define CASEDESK_DB_H

#include <stddef.h>
#include <libpq-fe.h>

typedef struct db db_t;

/* conninfo: NULL/"" uses the libpq environment (PGHOST, PGSERVICE...);
 * otherwise a conninfo string or URI (expand_dbname, so "service=x" works).
 * On failure returns NULL and writes one sentence into err. */
db_t *db_open(const char *conninfo, const char *appname, char *err, size_t errlen);
void db_close(db_t *db);
/* db_open as the given role whatever conninfo says (NULL: as conninfo says);
 * db_user: the role a connection logged in as. */
db_t *db_open_as(const char *conninfo, const char *appname, const char *user, char *err, size_t errlen);
const char *db_user(const db_t *db);

/* Run a parameterised statement.  params may be NULL entries (SQL NULL).
 * Returns the result (PGRES_TUPLES_OK / PGRES_COMMAND_OK) or NULL on error; in
 * that case db_errmsg/db_sqlstate describe it.  Caller PQclear()s the result. */
PGresult *db_exec(db_t *db, const char *sql, int nparams, const char *const *params);

/* Like db_exec but for statements that return no rows; returns 0 or -1. */
int db_command(db_t *db, const char *sql, int nparams, const char *const *params);

/* Convenience: first column of first row copied into out ("" when NULL or no row).
 * Returns 1 if a row was found, 0 if none, -1 on error. */
int db_scalar(db_t *db, const char *sql, int nparams, const char *const *params,
              char *out, size_t outsz);

/* Run a whole script (multiple statements, no parameters): used only for the
 * trusted migration files shipped with casedesk, never with user data. */
int db_script(db_t *db, const char *sql);

/* Reading the cells of a result (the model layer's only way): SQL NULL, and a
 * row or column the result does not have, read as "", 0 or false — or as
 * NULL from db_cell_or_null, for callers that tell "no value" apart. */
const char *db_cell(const PGresult *r, int row, int col);
const char *db_cell_or_null(const PGresult *r, int row, int col);
/* Into a fixed buffer, never splitting a UTF-8 character. */
void db_cell_copy(const PGresult *r, int row, int col, char *buf, size_t sz);
char *db_cell_dup(const PGresult *r, int row, int col);   /* malloc'd; free() it */
int db_cell_int(const PGresult *r, int row, int col, int dflt);   /* dflt for NULL */
long long db_cell_ll(const PGresult *r, int row, int col);
int db_cell_bool(const PGresult *r, int row, int col);    /* "t" is true */

const char *db_errmsg(const db_t *db);   /* friendly sentence, translated */
const char *db_sqlstate(const db_t *db); /* "42501" etc., "" if none */
const char *db_detail(const db_t *db);   /* server's primary message, untranslated */

/* Transactions for multi-statement changes (never held across a keystroke). */
int db_begin(db_t *db);
int db_in_transaction(const db_t *db);   /* a transaction block is open (or failed) */
int db_commit(db_t *db);
void db_rollback(db_t *db);

/* Connection state and LISTEN/NOTIFY.  Fetch db_socket() again after every
 * reconnect.  db_poll_notify drains pending notifications and calls cb for each;
 * returns the number delivered, or -1 if the connection was lost. */
int db_socket(db_t *db);
int db_ok(const db_t *db);
int db_listen(db_t *db, const char *channel);
/* LISTEN on the channels casedesk.my_channels() names for this login; the
 * per-unit ones only when `units` (a screen shows case-family rows) or
 * when the login hears of its tasks nowhere else (db_listen.c says why). */
int db_listen_mine(db_t *db, int units);
/* Start or stop hearing the per-unit channels: 1 when they are heard from
 * now on and were not (what changed meanwhile was not heard), 0 when
 * nothing changed, -1 on error. */
int db_listen_units(db_t *db, int on);
typedef void (*db_notify_cb)(const char *channel, const char *payload, void *arg);
int db_poll_notify(db_t *db, db_notify_cb cb, void *arg);

/* Non-blocking reconnect: start once, then call db_reconnect_poll when the
 * socket is ready or a timer fires; returns 1 when connected again, 0 while in
 * progress, -1 on failure (try again later). */
int db_reconnect_start(db_t *db);
int db_reconnect_poll(db_t *db);
/* Between attempts: 1 if the server's socket (Unix, or TCP at the address
 * libpq used) accepts a connection now, 0 if not or not yet (a TCP connect
 * runs in the background between calls), -1 if that cannot be told. */
int db_server_answers(db_t *db);

/* Waiting on a statement.  When one takes longer than a moment, db_exec
 * calls the hook in a loop until the answer is there: the hook waits (at
 * most a few hundred ms) for the socket fd to be readable, together with
 * whatever else it watches, and returns DB_WAIT_CANCEL to cancel the
 * statement (it then fails with SQLSTATE 57014 and a "Cancelled" sentence).
 * db_cancel cancels the statement running now, if any (exit paths: the
 * backend stops at once instead of at the statement timeout).
 * db_take_waited: 1 if a statement waited long enough for the hook since
 * the last call. */
enum { DB_WAIT_GO_ON = 0, DB_WAIT_CANCEL = 1 };
typedef int (*db_wait_hook)(void *arg, int fd, long elapsed_ms);
void db_set_wait_hook(db_t *db, db_wait_hook fn, void *arg);
/* The same hook on another connection (the report connection waits as
 * visibly, and as cancellably, as the main one). */
void db_share_wait_hook(db_t *to, const db_t *from);
int db_cancel(db_t *db);
int db_take_waited(db_t *db);

/* Map an SQLSTATE plus server message to a sentence; exposed for tests. */
const char *db_friendly(const char *sqlstate, const char *server_msg, char *buf, size_t bufsz);

/* Join libpq's multi-line message (one line per fact, repeated per address
 * tried) into sentences: "No such file or directory. Is the server running
 * locally and accepting connections on that socket?"  Returns out. */
const char *db_sentences(const char *raw, char *out, size_t outsz);

#endif
