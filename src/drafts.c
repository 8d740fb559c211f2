/* drafts.c — unsaved form edits on disk (see drafts.h).
 *
 * Called from save_draft while the process is about to exit (signal or
 * hang-up, outside the signal handler), so it only uses plain stdio and
 * never touches the terminal or the database. */
#include "config.h"
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "district.h"
#include "drafts.h"
#include "util.h"

#define DRAFT_MAGIC "casedesk-draft 1"

/* mkdir -p with mode 0700 for every component we create. */
static int mkdir_p(char *path)
{
    for (char *p = path + 1; *p; p++) {
        if (*p != '/') continue;
        *p = '\0';
        if (mkdir(path, 0700) < 0 && errno != EEXIST) { *p = '/'; return -1; }
        *p = '/';
    }
    if (mkdir(path, 0700) < 0 && errno != EEXIST) return -1;
    return 0;
}

/* The drafts directory (created 0700 when create is set).  Returns 0, or -1
 * when there is no HOME/XDG_STATE_HOME or it could not be created. */
static int drafts_dir(char *buf, size_t bufsz, int create)
{
    const char *xdg = getenv("XDG_STATE_HOME"), *home = getenv("HOME");
    int n;

    if (xdg && xdg[0] == '/')
        n = snprintf(buf, bufsz, "%s/casedesk/drafts", xdg);
    else if (home && home[0])
        n = snprintf(buf, bufsz, "%s/.local/state/casedesk/drafts", home);
    else
        return -1;
    if (n < 0 || (size_t)n >= bufsz) return -1;
    if (create) {
        if (mkdir_p(buf) < 0) return -1;
        chmod(buf, 0700);      /* an older, looser directory is tightened */
    }
    return 0;
}

/* Logins and kinds become part of a file name: refuse anything odd.  A
 * kind never holds '-', so "<login>-<kind>-" stays unambiguous. */
static int name_ok(const char *s)
{
    if (!s || !*s || *s == '.') return 0;
    for (; *s; s++)
        if (*s == '/' || (unsigned char)*s < 0x20) return 0;
    return 1;
}

static int kind_ok(const char *s)
{
    return name_ok(s) && !strchr(s, '-');
}

static int draft_path(char *buf, size_t bufsz, const char *login, const char *kind,
                      long long id, int create)
{
    char dir[1024];
    int n;

    if (!name_ok(login) || !kind_ok(kind) || drafts_dir(dir, sizeof dir, create) < 0) return -1;
    n = snprintf(buf, bufsz, "%s/%s-%s-%lld.draft", dir, login, kind, id);
    return n < 0 || (size_t)n >= bufsz ? -1 : 0;
}

void draft_init(struct draft *d, const char *login, const char *kind, long long id, int version)
{
    memset(d, 0, sizeof *d);
    strlcpy_utf8(d->login, login, sizeof d->login);
    strlcpy_utf8(d->kind, kind, sizeof d->kind);
    d->id = id;
    d->version = version;
}

void draft_set(struct draft *d, const char *key, const char *value)
{
    if (d->n >= DRAFT_MAX_FIELDS) return;
    d->keys[d->n] = xstrdup(key);
    d->vals[d->n] = xstrdup(value ? value : "");
    d->n++;
}

const char *draft_get(const struct draft *d, const char *key)
{
    for (int i = 0; i < d->n; i++)
        if (strcmp(d->keys[i], key) == 0) return d->vals[i];
    return NULL;
}

void draft_free(struct draft *d)
{
    for (int i = 0; i < d->n; i++) { free(d->keys[i]); free(d->vals[i]); }
    d->n = 0;
}

void draft_saved_at(const struct draft *d, char *buf, size_t sz)
{
    struct tm tm;

    if (sz == 0) return;
    buf[0] = '\0';
    if (d->saved <= 0) return;
    district_tm((time_t)d->saved, &tm);
    strftime(buf, sz, "%m-%d %H:%M", &tm);
}

static void put_escaped(FILE *fp, const char *s)
{
    for (; *s; s++) {
        if (*s == '\\') fputs("\\\\", fp);
        else if (*s == '\n') fputs("\\n", fp);
        else if (*s == '\r') fputs("\\r", fp);
        else fputc(*s, fp);
    }
}

static char *unescape(const char *s)
{
    char *out = xmalloc(strlen(s) + 1), *o = out;

    for (; *s; s++) {
        if (*s != '\\' || !s[1]) { *o++ = *s; continue; }
        s++;
        *o++ = *s == 'n' ? '\n' : *s == 'r' ? '\r' : *s;
    }
    *o = '\0';
    return out;
}

int draft_write(const struct draft *d)
{
    char path[1200], tmp[1300];
    FILE *fp;
    int fd, bad;

    if (draft_path(path, sizeof path, d->login, d->kind, d->id, 1) < 0) return -1;
    snprintf(tmp, sizeof tmp, "%s.XXXXXX", path);
    if ((fd = mkstemp(tmp)) < 0) return -1;      /* mkstemp: mode 0600 */
    if (!(fp = fdopen(fd, "w"))) { close(fd); unlink(tmp); return -1; }
    fprintf(fp, "%s\nkind=%s\nid=%lld\nversion=%d\nsaved=%lld\n", DRAFT_MAGIC, d->kind, d->id,
            d->version, (long long)time(NULL));
    for (int i = 0; i < d->n; i++) {
        fprintf(fp, "f.%s=", d->keys[i]);
        put_escaped(fp, d->vals[i]);
        fputc('\n', fp);
    }
    bad = ferror(fp);
    bad |= fflush(fp) != 0 || fsync(fileno(fp)) != 0;
    bad |= fclose(fp) != 0;
    if (bad || rename(tmp, path) < 0) { unlink(tmp); return -1; }
    return 0;
}

static void read_line(struct draft *d, char *line)
{
    char *eq = strchr(line, '='), *v;

    if (!eq) return;
    *eq = '\0';
    v = eq + 1;
    if (strcmp(line, "version") == 0) d->version = atoi(v);
    else if (strcmp(line, "saved") == 0) d->saved = strtoll(v, NULL, 10);
    else if (strncmp(line, "f.", 2) == 0 && d->n < DRAFT_MAX_FIELDS) {
        d->keys[d->n] = xstrdup(line + 2);
        d->vals[d->n] = unescape(v);
        d->n++;
    }
}

int draft_read(const char *login, const char *kind, long long id, struct draft *d)
{
    char path[1200], *line = NULL;
    size_t cap = 0;
    ssize_t len;
    FILE *fp;
    int first = 1, ok = 1;

    draft_init(d, login, kind, id, 0);
    if (draft_path(path, sizeof path, login, kind, id, 0) < 0) return 0;
    if (!(fp = fopen(path, "r"))) return errno == ENOENT ? 0 : -1;
    while ((len = getline(&line, &cap, fp)) >= 0) {
        while (len > 0 && line[len - 1] == '\n') line[--len] = '\0';
        if (first) { ok = strcmp(line, DRAFT_MAGIC) == 0; first = 0; if (!ok) break; continue; }
        read_line(d, line);
    }
    free(line);
    fclose(fp);
    if (!ok || first) { draft_free(d); return -1; }
    return 1;
}

void draft_remove(const char *login, const char *kind, long long id)
{
    char path[1200];

    if (draft_path(path, sizeof path, login, kind, id, 0) == 0) unlink(path);
}

static int cmp_ll(const void *a, const void *b)
{
    long long x = *(const long long *)a, y = *(const long long *)b;
    return x < y ? -1 : x > y;
}

int drafts_list(const char *login, const char *kind, long long **ids)
{
    char dir[1024], prefix[200];
    struct dirent *e;
    DIR *dp;
    int n = 0, cap = 0;
    size_t pl;

    *ids = NULL;
    if (!name_ok(login) || !kind_ok(kind) || drafts_dir(dir, sizeof dir, 0) < 0) return 0;
    if (!(dp = opendir(dir))) return 0;
    pl = (size_t)snprintf(prefix, sizeof prefix, "%s-%s-", login, kind);
    while ((e = readdir(dp))) {
        char *end;
        long long id;
        if (strncmp(e->d_name, prefix, pl) != 0) continue;
        id = strtoll(e->d_name + pl, &end, 10);
        if (end == e->d_name + pl || strcmp(end, ".draft") != 0) continue;
        if (n == cap) { cap = cap ? cap * 2 : 8; *ids = xrealloc(*ids, (size_t)cap * sizeof **ids); }
        (*ids)[n++] = id;
    }
    closedir(dp);
    if (n) qsort(*ids, (size_t)n, sizeof **ids, cmp_ll);
    return n;
}
