/* db.c — the libpq layer: connect, parameterised queries, friendly errors,
 * LISTEN/NOTIFY and non-blocking reconnect.  Knows nothing of curses. */
#include "config.h"
#include "db.h"
#include "db_int.h"
#include "district.h"
#include "i18n.h"
#include "servermsg.h"
#include "util.h"

#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

/* libpq prints server notices to stderr by default — over the screen.  They
 * go to the log instead. */
static void notice_to_log(void *arg, const char *message)
{
    (void)arg;
    log_msg("server notice: %s", message);
}

/* libpq's connection messages span lines: "connection to server on socket
 * \"...\" failed: No such file or directory\n\tIs the server running locally
 * and accepting connections on that socket?\n", repeated once per address
 * tried; a long sentence is wrapped onto a second line that starts in lower
 * case.  Keep what follows "failed: " and the FATAL: tag, join wrapped lines,
 * drop repeated sentences, and give each a capital letter and a full stop
 * (unless it ends in one, "?" or "!"). */
static int sentence_end(char c)
{
    return c == '.' || c == '?' || c == '!';
}

/* The text of one line, trimmed, in [*p, *e); returns 1 when the line opens a
 * new report (a "connection to server ... failed:" or a severity tag). */
static int line_text(const char **p, const char **e)
{
    static const char *const tag[] = { "FATAL:", "ERROR:" };
    const char *f;
    int fresh = 0;
    size_t i;

    while (*p < *e && (**p == ' ' || **p == '\t'))
        (*p)++;
    if ((strncmp(*p, "connection to server", 20) == 0 || strncmp(*p, "could not connect", 17) == 0)
        && (f = strstr(*p, "failed: ")) && f < *e) {
        *p = f + 8;
        fresh = 1;
    }
    for (i = 0; i < sizeof tag / sizeof tag[0]; i++)
        if ((size_t)(*e - *p) >= strlen(tag[i]) && strncmp(*p, tag[i], strlen(tag[i])) == 0) {
            *p += strlen(tag[i]);
            fresh = 1;
        }
    while (*p < *e && (**p == ' ' || **p == '\t'))
        (*p)++;
    while (*e > *p && ((*e)[-1] == ' ' || (*e)[-1] == '\t' || (*e)[-1] == '\r'))
        (*e)--;
    return fresh;
}

/* Append sentence s (capitalised, with its full stop) to out unless out
 * already holds it; n is out's length, returned updated. */
static size_t add_sentence(char *out, size_t outsz, size_t n, char *s, size_t len)
{
    const char *f;

    if (len == 0)
        return n;
    if (s[0] >= 'a' && s[0] <= 'z')
        s[0] = (char)(s[0] - 'a' + 'A');
    if (!sentence_end(s[len - 1]))
        s[len++] = '.';
    s[len] = '\0';
    for (f = out; (f = strstr(f, s)) != NULL; f++)
        if ((f == out || f[-1] == ' ') && (f[len] == '\0' || f[len] == ' '))
            return n;
    n += (size_t)snprintf(out + n, outsz - n, "%s%s", n > 0 ? " " : "", s);
    return n < outsz ? n : outsz - 1;
}

const char *db_sentences(const char *raw, char *out, size_t outsz)
{
    const char *line = raw ? raw : "";
    char s[512];
    size_t n = 0, len = 0;

    if (outsz == 0)
        return out;
    out[0] = '\0';
    while (*line) {
        const char *eol = strchr(line, '\n');
        const char *p = line, *e = eol ? eol : line + strlen(line);
        int fresh = line_text(&p, &e);

        line = eol ? eol + 1 : e;
        if (p == e)
            continue;
        /* A lower-case line after an unfinished one is the same sentence. */
        if (fresh || len == 0 || sentence_end(s[len - 1]) || !(*p >= 'a' && *p <= 'z')) {
            n = add_sentence(out, outsz, n, s, len);
            len = 0;
        } else if (len + 2 < sizeof s) {
            s[len++] = ' ';
        }
        for (; p < e && len + 2 < sizeof s; p++)
            s[len++] = *p == '\t' ? ' ' : *p;
    }
    add_sentence(out, outsz, n, s, len);
    return out;
}

static void set_conn_error(char *err, size_t errlen, PGconn *conn)
{
    const char *raw = conn ? PQerrorMessage(conn) : "";
    char m[512];

    /* Classified by libpq's own wording, before it is made into sentences. */
    db_sentences(raw, m, sizeof m);
    if (strstr(raw, "does not exist") && strstr(raw, "role \""))
        snprintf(err, errlen, _("The database does not know your login role; ask an administrator to add you with \"casedesk-admin user add\". (%s)"), m);
    else if (strstr(raw, "No such file") || strstr(raw, "Connection refused") || strstr(raw, "could not connect"))
        snprintf(err, errlen, _("Cannot reach the database server: is PostgreSQL running and PGHOST/--dbname right? (%s)"), m);
    else if (strstr(raw, "database") && strstr(raw, "does not exist"))
        snprintf(err, errlen, _("The database does not exist: create it and run \"casedesk-admin init\". (%s)"), m);
    else
        snprintf(err, errlen, _("Cannot connect to the database: %s"), m);
}

/* The district's clock follows the database's own TimeZone setting (ALTER
 * DATABASE ... SET timezone, done by init), not the session's: a session's
 * TimeZone is whatever the client asked for (PGTZ, PGOPTIONS).  The session
 * is set to the district's zone too, so that the dates the server works out
 * (current_date: overdue, due soon, working days left) agree with the
 * client's.  The offset is the server's arithmetic, so the host needs no
 * time-zone data. */
static void fetch_district_zone(db_t *db)
{
    static const char sql[] =
        "SELECT z, extract(epoch FROM (now() AT TIME ZONE z) - (now() AT TIME ZONE 'UTC'))::bigint,"
        "       set_config('TimeZone', z, false)"
        "  FROM (SELECT coalesce((SELECT substr(c, strpos(c, '=') + 1)"
        "          FROM pg_catalog.pg_db_role_setting s, unnest(s.setconfig) c"
        "         WHERE s.setdatabase = (SELECT oid FROM pg_catalog.pg_database"
        "                                 WHERE datname = current_database())"
        "           AND s.setrole = 0 AND lower(c) LIKE 'timezone=%' LIMIT 1),"
        "        current_setting('TimeZone')) AS z) q";
    PGresult *r = db_exec(db, sql, 0, NULL);

    if (r && PQntuples(r) == 1) {
        district_set(db_cell(r, 0, 0), (long)db_cell_ll(r, 0, 1));
        log_msg("district time zone %s (UTC%+lld s)", district_zone(), db_cell_ll(r, 0, 1));
    } else {
        log_msg("district time zone unknown, using the host's: %s", db_detail(db));
    }
    PQclear(r);
}

db_t *db_open(const char *conninfo, const char *appname, char *err, size_t errlen)
{
    return db_open_as(conninfo, appname, NULL, err, errlen);
}

const char *db_user(const db_t *db)
{
    return db && db->conn ? PQuser(db->conn) : "";
}

db_t *db_open_as(const char *conninfo, const char *appname, const char *user, char *err, size_t errlen)
{
    /* A key after dbname overrides what the expanded conninfo says. */
    const char *keys[] = { "dbname", "fallback_application_name", "client_encoding", "user", NULL };
    const char *vals[] = { conninfo && *conninfo ? conninfo : NULL, appname, "UTF8", user, NULL };
    PGconn *conn;
    db_t *db;

    /* expand_dbname=1 so that "service=x" and URIs work in --dbname. */
    conn = PQconnectdbParams(keys, vals, 1);
    if (!conn || PQstatus(conn) != CONNECTION_OK) {
        set_conn_error(err, errlen, conn);
        PQfinish(conn);
        return NULL;
    }
    PQsetNoticeProcessor(conn, notice_to_log, NULL);
    db = xcalloc(1, sizeof *db);
    db->conn = conn;
    db->probe_fd = -1;
    fetch_district_zone(db);
    return db;
}

void db_close(db_t *db)
{
    if (!db)
        return;
    if (db->probe_fd >= 0)
        close(db->probe_fd);
    db_channels_free(db);
    PQfinish(db->conn);
    free(db);
}

static void clear_error(db_t *db)
{
    db->sqlstate[0] = db->errmsg[0] = db->detail[0] = '\0';
}


/* ---- waiting on a statement: visible, cancellable ----
 * A statement is sent without blocking (PQsendQueryParams); while it runs
 * the wait hook, when one is set, does the waiting (it polls the socket
 * together with the terminal) and may ask for a cancel.  Without a hook
 * the socket alone is polled.  The first moments pass without the hook:
 * most statements answer at once and nothing should flicker. */
#define DB_WAIT_QUIET_MS 150

static long long mono_ms(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

void db_set_wait_hook(db_t *db, db_wait_hook fn, void *arg)
{
    db->wait_hook = fn;
    db->wait_arg = arg;
}

void db_share_wait_hook(db_t *to, const db_t *from)
{
    if (to && from) db_set_wait_hook(to, from->wait_hook, from->wait_arg);
}

int db_cancel(db_t *db)
{
    char err[256];
    PGcancel *c;
    int ok;

    if (!db || !db->conn || PQstatus(db->conn) != CONNECTION_OK) return -1;
    if (PQtransactionStatus(db->conn) != PQTRANS_ACTIVE) return 0;   /* nothing runs */
    if (!(c = PQgetCancel(db->conn))) return -1;
    ok = PQcancel(c, err, sizeof err);
    PQfreeCancel(c);
    db->cancelled = 1;
    log_msg("statement cancel %s%s", ok ? "sent" : "failed: ", ok ? "" : err);
    return ok ? 0 : -1;
}

int db_take_waited(db_t *db)
{
    int w = db->waited;

    db->waited = 0;
    return w;
}

/* Wait until libpq has a whole result (or the connection broke). */
static int wait_result(db_t *db, long long t0)
{
    while (PQisBusy(db->conn)) {
        int fd = PQsocket(db->conn);
        long long el = mono_ms() - t0;
        int ready;

        if (fd < 0) return -1;
        if (db->wait_hook && el >= DB_WAIT_QUIET_MS) {
            db->waited = 1;
            ready = db->wait_hook(db->wait_arg, fd, (long)el);
            if (ready == DB_WAIT_CANCEL && !db->cancelled) db_cancel(db);
        } else {
            struct pollfd p = { .fd = fd, .events = POLLIN };
            int ms = db->wait_hook ? (int)(DB_WAIT_QUIET_MS - el) : -1;
            if (poll(&p, 1, ms) < 0 && errno != EINTR) return -1;
        }
        if (!PQconsumeInput(db->conn)) return -1;
    }
    return 0;
}

/* PQexecParams, but waiting through wait_result.  Returns the last result
 * (NULL when the connection broke); the caller checks its status. */
static PGresult *exec_waiting(db_t *db, const char *sql, int nparams, const char *const *params)
{
    PGresult *res, *last = NULL;
    long long t0 = mono_ms();

    db->cancelled = 0;
    if (!PQsendQueryParams(db->conn, sql, nparams, NULL, params, NULL, NULL, 0))
        return NULL;
    for (;;) {
        if (wait_result(db, t0) < 0) break;
        if (!(res = PQgetResult(db->conn))) break;
        if (last) PQclear(last);
        last = res;
    }
    return last;
}

/* The sentences for waiting, cancelling and a database that cannot take a
 * write, in the reader's language.  Returns 1 if it wrote one. */
static int friendly_wait_state(const db_t *db, const char *s, char *buf, size_t bufsz)
{
    const char *m = NULL;

    if (strcmp(s, "57014") == 0)
        m = db && db->cancelled ? _("Cancelled: the change was not made. Your form is kept.")
                                : _("The database took too long and stopped the request; nothing was changed.");
    else if (strcmp(s, "55P03") == 0)
        m = _("Another session holds a lock this change needs; nothing was saved. Try again in a moment.");
    else if (strcmp(s, "25006") == 0)
        m = _("The database is read-only at the moment (maintenance or a standby server); nothing was saved. Your form is kept: try again later.");
    else if (strcmp(s, "53100") == 0)
        m = _("The database server's disk is full; nothing was saved. Your form is kept: tell the administrator.");
    if (!m) return 0;
    snprintf(buf, bufsz, "%s", m);
    return 1;
}
static void record_error(db_t *db, const PGresult *res)
{
    const char *st = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : NULL;
    const char *msg = res ? PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY) : NULL;
    if (!st && PQstatus(db->conn) != CONNECTION_OK)
        st = "08006";
    snprintf(db->sqlstate, sizeof db->sqlstate, "%s", st ? st : "");
    if (msg)
        snprintf(db->detail, sizeof db->detail, "%s", msg);
    else /* libpq's own, multi-line ("server closed the connection...") */
        db_sentences(PQerrorMessage(db->conn), db->detail, sizeof db->detail);
    db_friendly(db->sqlstate, db->detail, db->errmsg, sizeof db->errmsg);
    friendly_wait_state(db, db->sqlstate, db->errmsg, sizeof db->errmsg);
    log_msg("sql error %s: %s", db->sqlstate, db->detail);
}

PGresult *db_exec(db_t *db, const char *sql, int nparams, const char *const *params)
{
    PGresult *res;
    clear_error(db);
    res = exec_waiting(db, sql, nparams, params);
    switch (res ? PQresultStatus(res) : PGRES_FATAL_ERROR) {
    case PGRES_TUPLES_OK:
    case PGRES_COMMAND_OK:
        return res;
    default:
        record_error(db, res);
        PQclear(res);
        return NULL;
    }
}

int db_command(db_t *db, const char *sql, int nparams, const char *const *params)
{
    PGresult *res = db_exec(db, sql, nparams, params);
    if (!res)
        return -1;
    PQclear(res);
    return 0;
}

int db_scalar(db_t *db, const char *sql, int nparams, const char *const *params,
              char *out, size_t outsz)
{
    PGresult *res = db_exec(db, sql, nparams, params);
    int found;
    if (outsz)
        out[0] = '\0';
    if (!res)
        return -1;
    found = PQntuples(res) > 0;
    if (found && outsz && !PQgetisnull(res, 0, 0))
        strlcpy_utf8(out, PQgetvalue(res, 0, 0), outsz);
    PQclear(res);
    return found;
}

int db_script(db_t *db, const char *sql)
{
    PGresult *res;
    int ok;
    clear_error(db);
    res = PQexec(db->conn, sql);
    ok = res && (PQresultStatus(res) == PGRES_COMMAND_OK || PQresultStatus(res) == PGRES_TUPLES_OK
                 || PQresultStatus(res) == PGRES_EMPTY_QUERY);
    if (!ok)
        record_error(db, res);
    PQclear(res);
    return ok ? 0 : -1;
}

/* ---- reading cells ---- */

const char *db_cell_or_null(const PGresult *r, int row, int col)
{
    if (!r || row < 0 || row >= PQntuples(r) || col < 0 || col >= PQnfields(r)
        || PQgetisnull(r, row, col))
        return NULL;
    return PQgetvalue(r, row, col);
}

const char *db_cell(const PGresult *r, int row, int col)
{
    const char *v = db_cell_or_null(r, row, col);
    return v ? v : "";
}

void db_cell_copy(const PGresult *r, int row, int col, char *buf, size_t sz)
{
    strlcpy_utf8(buf, db_cell(r, row, col), sz);
}

char *db_cell_dup(const PGresult *r, int row, int col)
{
    return xstrdup(db_cell(r, row, col));
}

int db_cell_int(const PGresult *r, int row, int col, int dflt)
{
    const char *v = db_cell_or_null(r, row, col);
    return v ? (int)strtol(v, NULL, 10) : dflt;
}

long long db_cell_ll(const PGresult *r, int row, int col)
{
    return strtoll(db_cell(r, row, col), NULL, 10);
}

int db_cell_bool(const PGresult *r, int row, int col)
{
    return db_cell(r, row, col)[0] == 't';
}

const char *db_errmsg(const db_t *db) { return db->errmsg; }
const char *db_sqlstate(const db_t *db) { return db->sqlstate; }
const char *db_detail(const db_t *db) { return db->detail; }

int db_begin(db_t *db) { return db_command(db, "BEGIN", 0, NULL); }
int db_in_transaction(const db_t *db) { return PQtransactionStatus(db->conn) != PQTRANS_IDLE; }
int db_commit(db_t *db) { return db_command(db, "COMMIT", 0, NULL); }

void db_rollback(db_t *db)
{
    PGresult *res = PQexec(db->conn, "ROLLBACK");
    PQclear(res);
}

int db_socket(db_t *db)
{
    return db->conn ? PQsocket(db->conn) : -1;
}

int db_ok(const db_t *db)
{
    return db->conn && !db->reconnecting && PQstatus(db->conn) == CONNECTION_OK;
}

int db_reconnect_start(db_t *db)
{
    db->reconnecting = 1;
    return PQresetStart(db->conn) ? 0 : -1;
}

static void note_refusal(db_t *db);

int db_reconnect_poll(db_t *db)
{
    switch (PQresetPoll(db->conn)) {
    case PGRES_POLLING_OK:
        db->reconnecting = 0;
        db->refuse_ms = 0;
        PQsetNoticeProcessor(db->conn, notice_to_log, NULL);
        fetch_district_zone(db);
        return 1;
    case PGRES_POLLING_FAILED:
        note_refusal(db);
        return -1;
    default:
        return 0;
    }
}


/* ---- failover: a standby answers but will not take writes ----
 * With several hosts and target_session_attrs=read-write (or primary),
 * libpq refuses a server that is in hot standby.  During a failover the
 * standby accepts connections long before it is promoted, so the probe
 * below answers at once and every session would try a full connection
 * (a backend on the standby) every DB_PROBE_MS.  After such a refusal the
 * probe says "not yet" for a while instead: 250 ms, doubling to 600 ms, with
 * some jitter so that many sessions do not arrive together; the promoted
 * server is reached within about a second.  libpq's sentence may be
 * translated (its own catalogue, libpq5-MAJOR), so both are looked for. */
#define DB_REFUSE_FIRST_MS 250
#define DB_REFUSE_MAX_MS 600

static int libpq_said(const char *raw, const char *msgid)
{
    char dom[32], tr[256];
    size_t n;

    if (strstr(raw, msgid)) return 1;
    snprintf(dom, sizeof dom, "libpq5-%d", PQlibVersion() / 10000);
    snprintf(tr, sizeof tr, "%s", dgettext(dom, msgid));
    n = strlen(tr);
    while (n > 0 && tr[n - 1] == '\n') tr[--n] = '\0';
    return n > 0 && strstr(raw, tr) != NULL;
}

static int refused_as_standby(const char *raw)
{
    static const char *const ids[] = {
        "session is read-only\n", "server is in hot standby mode\n",
        "session is read-only", "server is in hot standby mode",
    };
    size_t i;

    for (i = 0; i < sizeof ids / sizeof ids[0]; i++)
        if (libpq_said(raw, ids[i])) return 1;
    return 0;
}

static void note_refusal(db_t *db)
{
    long long jitter;

    if (!refused_as_standby(PQerrorMessage(db->conn))) return;
    db->refuse_ms = db->refuse_ms ? db->refuse_ms * 2 : DB_REFUSE_FIRST_MS;
    if (db->refuse_ms > DB_REFUSE_MAX_MS) db->refuse_ms = DB_REFUSE_MAX_MS;
    /* Not rand(): unseeded, every session would draw the same. */
    jitter = (long long)(((unsigned)getpid() * 2654435761u + (unsigned)mono_ms())
                         % (unsigned)(db->refuse_ms / 4 + 1));
    db->refuse_until = mono_ms() + db->refuse_ms * 3 / 4 + jitter;
    log_msg("a standby refused the connection (read-only); next try in %lld ms",
            db->refuse_until - mono_ms());
}

/* ---- reconnecting: is the server there again? ----
 * A cheap probe between reconnect attempts: whether a bare connect() to
 * the server's socket succeeds.  A refused or missing socket costs the
 * server nothing (no backend, no log line).  For TCP the connect runs in
 * the background: started by one call, its outcome read by a later one,
 * so an unreachable host never stalls the terminal.  Returns 1 when the
 * server accepts, 0 when not (yet), -1 when it cannot tell (a host name
 * we would have to look up). */
#define DB_PROBE_STALE_MS 3000

static void probe_close(db_t *db)
{
    if (db->probe_fd >= 0) close(db->probe_fd);
    db->probe_fd = -1;
}

static int probe_start(db_t *db, const char *host, const char *port)
{
    struct sockaddr_storage ss;
    socklen_t len;
    int fd, r;

    memset(&ss, 0, sizeof ss);
    if (host[0] == '/') {
        struct sockaddr_un *su = (struct sockaddr_un *)&ss;
        su->sun_family = AF_UNIX;
        if ((size_t)snprintf(su->sun_path, sizeof su->sun_path, "%s/.s.PGSQL.%s", host, port)
            >= sizeof su->sun_path)
            return -1;
        len = sizeof *su;
    } else {
        struct sockaddr_in *s4 = (struct sockaddr_in *)&ss;
        struct sockaddr_in6 *s6 = (struct sockaddr_in6 *)&ss;
        if (inet_pton(AF_INET, host, &s4->sin_addr) == 1) {
            s4->sin_family = AF_INET;
            s4->sin_port = htons((uint16_t)atoi(port));
            len = sizeof *s4;
        } else if (inet_pton(AF_INET6, host, &s6->sin6_addr) == 1) {
            s6->sin6_family = AF_INET6;
            s6->sin6_port = htons((uint16_t)atoi(port));
            len = sizeof *s6;
        } else {
            return -1;
        }
    }
    if ((fd = socket(ss.ss_family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0)) < 0) return -1;
    r = connect(fd, (struct sockaddr *)&ss, len);
    if (r == 0 || (ss.ss_family == AF_UNIX && errno == EAGAIN)) { close(fd); return 1; }
    if (errno != EINPROGRESS) { close(fd); return 0; }
    db->probe_fd = fd;
    db->probe_t0 = mono_ms();
    return 0;
}

int db_server_answers(db_t *db)
{
    const char *host, *port, *addr;
    struct pollfd p;
    int err = 0;
    socklen_t elen = sizeof err;

    if (!db || !db->conn) return -1;
    if (db->refuse_ms && mono_ms() < db->refuse_until) return 0;
    if (db->probe_fd >= 0) {            /* a TCP connect under way */
        p = (struct pollfd){ .fd = db->probe_fd, .events = POLLOUT };
        if (poll(&p, 1, 0) == 0) {
            if (mono_ms() - db->probe_t0 > DB_PROBE_STALE_MS) probe_close(db);
            return 0;
        }
        if (getsockopt(db->probe_fd, SOL_SOCKET, SO_ERROR, &err, &elen) < 0) err = errno;
        probe_close(db);
        return err == 0;
    }
    host = PQhost(db->conn);
    port = PQport(db->conn);
    addr = PQhostaddr(db->conn);
    if (!port || !*port) port = "5432";
    if (host && host[0] != '/' && addr && *addr) host = addr;   /* the address libpq used */
    if (!host || !*host) return -1;
    return probe_start(db, host, port);
}
/* Our own workflow functions raise one plain sentence (P0001, 23514, 42501
 * with a custom text); those pass through, translated when the catalogue
 * knows them.  PostgreSQL's generic messages become sentences a clerk reads. */
const char *db_friendly(const char *sqlstate, const char *server_msg, char *buf, size_t bufsz)
{
    const char *m = server_msg ? server_msg : "";
    const char *s = sqlstate ? sqlstate : "";

    if (friendly_wait_state(NULL, s, buf, bufsz))
        return buf;
    if (strncmp(s, "08", 2) == 0 || strcmp(s, "57P01") == 0)
        snprintf(buf, bufsz, "%s", _("The connection to the database was lost; reconnecting."));
    else if (strcmp(s, "42501") == 0 && (strncmp(m, "permission denied", 17) == 0
                                         || strncmp(m, "new row violates row-level security", 35) == 0))
        snprintf(buf, bufsz, "%s", _("You do not have permission to do that."));
    else if (strcmp(s, "40P01") == 0 || strcmp(s, "40001") == 0)
        snprintf(buf, bufsz, "%s", _("Someone else is changing the same record right now; try again."));
    else if (strcmp(s, "23505") == 0 && strncmp(m, "duplicate key", 13) == 0)
        snprintf(buf, bufsz, "%s", _("A record with the same number already exists."));
    else if (strcmp(s, "23503") == 0 && strstr(m, "foreign key"))
        snprintf(buf, bufsz, "%s", _("It refers to a record that does not exist or that you cannot see."));
    else if (strcmp(s, "23502") == 0)
        snprintf(buf, bufsz, "%s", _("A required field is empty."));
    else if (strcmp(s, "23514") == 0 && strstr(m, "_visible\""))
        snprintf(buf, bufsz, "%s", _("A name, number or code contains an invisible character; type it again."));
    else if (strcmp(s, "23514") == 0 && (strstr(m, "_size\"") || strstr(m, "_length\"")))
        snprintf(buf, bufsz, "%s", _("A text is longer than this field allows."));
    else if (strcmp(s, "23514") == 0 && strncmp(m, "new row for relation", 20) == 0)
        snprintf(buf, bufsz, "%s", _("A value breaks one of the rules for this record."));
    else if (strcmp(s, "22P02") == 0 || strcmp(s, "22007") == 0 || strcmp(s, "22008") == 0)
        snprintf(buf, bufsz, "%s", _("A value is not in the right format (numbers as 123.45, dates as 2024-05-31)."));
    else if (strcmp(s, "22003") == 0)
        snprintf(buf, bufsz, "%s", _("A number is too large."));
    else if (strcmp(s, "3F000") == 0 || (strcmp(s, "42P01") == 0 && strstr(m, "casedesk.")))
        snprintf(buf, bufsz, "%s", _("The casedesk schema is missing: run \"casedesk-admin init\"."));
    else if (strcmp(s, "42883") == 0 && strstr(m, "casedesk."))
        snprintf(buf, bufsz, "%s", _("The database schema is older than this program: run \"casedesk-admin init\"."));
    else if (*m)
        servermsg_translate(m, buf, bufsz);
    else
        snprintf(buf, bufsz, "%s", _("The database refused the request."));
    return buf;
}
