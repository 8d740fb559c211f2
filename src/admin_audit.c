/* admin_audit.c — `casedesk-admin audit verify [--checkpoint FILE|TEXT]` and
 * `casedesk-admin audit checkpoint`: walk both hash chains, and prove that
 * they still hold what a checkpoint kept outside the database saw.
 *
 * A checkpoint is one line per chain, "CHAIN ROWS HEAD-HASH".  Keep the
 * lines somewhere the database's superuser cannot write (append them to a
 * file on another host every night): a chain cut back and its head moved,
 * or a row edited and every later hash recomputed, is consistent in itself
 * and only a checkpoint catches it.  Several checkpoints of one chain narrow
 * a rewrite down to the rows between the last one that still matches and
 * the first one that does not. */
#include "config.h"
#include "admin.h"
#include "i18n.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const chains[] = { "audit_log", "discipline_audit" };

/* Chain everything committed so far (the sealer takes 5000 rows a call). */
static int seal(db_t *db)
{
    char n[32];
    do {
        if (db_scalar(db, "SELECT casedesk.audit_seal()", 0, NULL, n, sizeof n) < 0)
            return admin_fail(1, "%s", db_errmsg(db));
    } while (atoi(n) >= 5000);
    return 0;
}

static void describe_row(db_t *db, const char *chain, const char *id)
{
    const char *q[] = { chain, id };
    PGresult *res = db_exec(db, "SELECT id, at, login, table_name, row_id, op "
                                "FROM casedesk.audit_chain_rows($1) WHERE id = $2::bigint", 2, q);
    if (res && PQntuples(res) == 1)
        fprintf(stderr, _("casedesk-admin: %s: chain broken at row %s (%s %s of %s row %s by %s)\n"),
                chain, id, db_cell(res, 0, 1), db_cell(res, 0, 5), db_cell(res, 0, 3),
                db_cell(res, 0, 4), db_cell(res, 0, 2));
    else
        fprintf(stderr, _("casedesk-admin: %s: chain broken at row %s\n"), chain, id);
    PQclear(res);
}

static int verify_chain(db_t *db, const char *chain)
{
    const char *p[] = { chain };
    char broken[32], count[32];

    if (db_scalar(db, "SELECT casedesk.audit_first_broken($1)", 1, p, broken, sizeof broken) < 0)
        return admin_fail(1, "%s", db_errmsg(db));
    if (!*broken) {
        if (db_scalar(db, "SELECT count(*) FROM casedesk.audit_chain_rows($1)", 1, p, count, sizeof count) < 0)
            snprintf(count, sizeof count, "?");
        printf(_("%s: %s rows, chain intact\n"), chain, count);
        return 0;
    }
    describe_row(db, chain, broken);
    return 3;
}

struct checkpoint { char chain[32]; long long rows; char hash[80]; };

static int cmp_checkpoint(const void *a, const void *b)
{
    const struct checkpoint *x = a, *y = b;
    int c = strcmp(x->chain, y->chain);
    return c ? c : (x->rows > y->rows) - (x->rows < y->rows);
}

/* Parses "CHAIN ROWS HASH" lines (from FILE if it is one, else the text
 * itself; lines may also be separated by ';').  Returns the count, or -1. */
static int parse_checkpoints(const char *arg, struct checkpoint **out)
{
    char *text = NULL;
    FILE *f = fopen(arg, "r");
    if (f) {
        size_t cap = 0;
        if (getdelim(&text, &cap, '\0', f) < 0) {
            free(text);
            text = xstrdup("");
        }
        fclose(f);
    } else {
        text = xstrdup(arg);
    }
    int n = 0, cap = 8;
    struct checkpoint *cp = xcalloc((size_t)cap, sizeof *cp);
    char *save = NULL;
    for (char *line = strtok_r(text, "\n;", &save); line; line = strtok_r(NULL, "\n;", &save)) {
        char chain[32], hash[80], extra[2];
        long long rows;
        int k = sscanf(line, " %31s %lld %79s %1s", chain, &rows, hash, extra);
        if (k <= 0 || chain[0] == '#')
            continue;
        if (k == 2 && rows == 0)      /* an empty chain has no head hash */
            snprintf(hash, sizeof hash, "-"), k = 3;
        if (k != 3 || rows < 0 || (strcmp(chain, chains[0]) != 0 && strcmp(chain, chains[1]) != 0)) {
            free(text);
            free(cp);
            return -1;
        }
        if (n == cap)
            cp = xrealloc(cp, (size_t)(cap *= 2) * sizeof *cp);
        snprintf(cp[n].chain, sizeof cp[n].chain, "%s", chain);
        snprintf(cp[n].hash, sizeof cp[n].hash, "%s", hash);
        cp[n++].rows = rows;
    }
    free(text);
    qsort(cp, (size_t)n, sizeof *cp, cmp_checkpoint);
    *out = cp;
    return n;
}

/* 0 when every checkpoint still holds; 3 naming the first that does not. */
static int verify_checkpoints(db_t *db, const struct checkpoint *cp, int n)
{
    int rc = 0;
    for (int i = 0; i < n; i++) {
        char rows[32], bad[32];
        snprintf(rows, sizeof rows, "%lld", cp[i].rows);
        const char *p[] = { cp[i].chain, rows, cp[i].hash };
        /* the chains were just walked: only compare the checkpointed rows */
        if (db_scalar(db, "SELECT casedesk.audit_verify_checkpoint($1, $2::bigint, $3, false)", 3, p,
                      bad, sizeof bad) < 0)
            return admin_fail(1, "%s", db_errmsg(db));
        if (!*bad)
            continue;
        long long from = (i > 0 && strcmp(cp[i - 1].chain, cp[i].chain) == 0) ? cp[i - 1].rows + 1 : 1;
        fprintf(stderr, _("casedesk-admin: %s: the chain no longer holds the %lld rows of the checkpoint: "
                          "row %s is not the row it was (rows %lld to %lld were changed, removed or rewound)\n"),
                cp[i].chain, cp[i].rows, bad, from, cp[i].rows);
        rc = 3;
        /* one report per chain: skip its later checkpoints */
        while (i + 1 < n && strcmp(cp[i + 1].chain, cp[i].chain) == 0)
            i++;
    }
    if (rc == 0 && n > 0)
        printf(_("%d checkpoints hold\n"), n);
    return rc;
}

static int checkpoint(db_t *db)
{
    int rc = seal(db);
    if (rc)
        return rc;
    for (size_t i = 0; i < ARRAY_SIZE(chains); i++) {
        const char *p[] = { chains[i] };
        PGresult *res = db_exec(db, "SELECT chain, row_count, head_hash FROM casedesk.audit_checkpoint($1)",
                                1, p);
        if (!res || PQntuples(res) != 1) {
            PQclear(res);
            return admin_fail(1, "%s", db_errmsg(db));
        }
        const char *h = db_cell(res, 0, 2);
        printf("%s %s %s\n", db_cell(res, 0, 0), db_cell(res, 0, 1), *h ? h : "-");
        PQclear(res);
    }
    return 0;
}

int admin_audit(db_t *db, int argc, char **argv)
{
    const char *usage = _("usage: audit verify [--checkpoint FILE|TEXT] | audit checkpoint");
    const char *cparg = NULL;

    if (argc == 2 && strcmp(argv[1], "checkpoint") == 0)
        return checkpoint(db);
    if (argc == 4 && strcmp(argv[1], "verify") == 0 && strcmp(argv[2], "--checkpoint") == 0)
        cparg = argv[3];
    else if (argc != 2 || strcmp(argv[1], "verify") != 0)
        return admin_fail(2, "%s", usage);

    struct checkpoint *cp = NULL;
    int ncp = 0;
    if (cparg && (ncp = parse_checkpoints(cparg, &cp)) < 0)
        return admin_fail(2, "%s", _("A checkpoint is lines of: chain, number of rows, head hash."));
    int rc = seal(db);
    if (rc) {
        free(cp);
        return rc;
    }
    rc = verify_chain(db, chains[0]);
    int rc2 = verify_chain(db, chains[1]);
    int rc3 = (rc || rc2) ? 0 : verify_checkpoints(db, cp, ncp);
    free(cp);
    return rc ? rc : rc2 ? rc2 : rc3;
}
