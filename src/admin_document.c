/* admin_document.c — `casedesk-admin document ...`: the register from the
 * command line, run with the caller's own role (RLS decides what they see):
 *   document list [--case CASE_NO]      number, kind, issued, served, case
 *   document text NUMBER                the stored text
 *   document pdf NUMBER                 the PDF on standard output (a pipe)
 *   document print NUMBER               to the CUPS queue of its unit (lp)
 *   document serve NUMBER --on D --way in_person|post|notice [--to NAME]
 *   document queue --unit CODE [--queue NAME]   (admins) the unit's queue */
#include "config.h"
#include "admin.h"
#include "doc.h"
#include "doc_output.h"
#include "i18n.h"
#include "util.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int usage_fail(void)
{
    return admin_fail(2, "%s", _("usage: document list [--case CASE_NO] | document text|pdf|print NUMBER\n"
                                 "       document serve NUMBER --on YYYY-MM-DD --way in_person|post|notice [--to NAME]\n"
                                 "       document queue --unit CODE [--queue NAME]"));
}

struct doc_opts {
    const char *case_no, *on, *way, *to, *unit, *queue;
};

static int parse(int argc, char **argv, struct doc_opts *o)
{
    static const struct option opts[] = {
        { "case", required_argument, NULL, 'c' }, { "on", required_argument, NULL, 'o' },
        { "way", required_argument, NULL, 'w' }, { "to", required_argument, NULL, 't' },
        { "unit", required_argument, NULL, 'u' }, { "queue", required_argument, NULL, 'q' },
        { NULL, 0, NULL, 0 }
    };
    int c;

    memset(o, 0, sizeof *o);
    optind = 0;   /* 0: glibc starts afresh (main parsed its own options) */
    while ((c = getopt_long(argc, argv, "c:o:w:t:u:q:", opts, NULL)) != -1) {
        switch (c) {
        case 'c': o->case_no = optarg; break;
        case 'o': o->on = optarg; break;
        case 'w': o->way = optarg; break;
        case 't': o->to = optarg; break;
        case 'u': o->unit = optarg; break;
        case 'q': o->queue = optarg; break;
        default: return -1;
        }
    }
    return 0;
}

static int list(db_t *db, const char *case_no)
{
    const char *params[1] = { case_no };
    char idbuf[24] = "0";
    struct doc_row *rows;
    int n;

    if (case_no && db_scalar(db, "SELECT id FROM casedesk.case_file WHERE case_no = upper($1)", 1, params,
                             idbuf, sizeof idbuf) != 1)
        return admin_fail(1, _("No case %s that you may see."), case_no);
    if ((n = doc_list(db, strtoll(idbuf, NULL, 10), &rows)) < 0)
        return admin_fail(1, "%s", db_errmsg(db));
    for (int i = 0; i < n; i++)
        printf("%s\t%s\t%s\t%s\t%s\t%s\n", rows[i].doc_no, rows[i].kind, rows[i].issued_on,
               rows[i].served_on[0] ? rows[i].served_on : "-", rows[i].case_no[0] ? rows[i].case_no : "-",
               rows[i].sha256);
    free(rows);
    return fflush(stdout) == 0 ? 0 : admin_fail(1, "%s", _("could not write the output"));
}

/* The document with this number, its row and text. */
static int find(db_t *db, const char *no, struct doc_row *d, char **body)
{
    long long id = doc_find(db, no);

    if (id < 0) return admin_fail(1, "%s", db_errmsg(db));
    if (id == 0) return admin_fail(1, _("No document %s that you may see."), no);
    if (doc_load(db, id, d, body) < 0) return admin_fail(1, "%s", db_errmsg(db));
    return 0;
}

static int output(db_t *db, const char *what, const char *no)
{
    struct doc_row d;
    char *body = NULL, *pdf = NULL, err[600], queue[160];
    size_t len = 0;
    int rc;

    if ((rc = find(db, no, &d, &body)) != 0) return rc;
    if (strcmp(what, "text") == 0) {
        fputs(body, stdout);
        free(body);
        return fflush(stdout) == 0 ? 0 : admin_fail(1, "%s", _("could not write the output"));
    }
    if (strcmp(what, "pdf") == 0 && isatty(STDOUT_FILENO)) {
        free(body);
        return admin_fail(2, "%s", _("The PDF is binary: send it to a pipe or a file (document pdf NUMBER | lp)."));
    }
    rc = doc_pdf(d.doc_no, body, &pdf, &len, err, sizeof err);
    free(body);
    if (rc < 0) return admin_fail(1, "%s", err);
    if (strcmp(what, "pdf") == 0) {
        rc = fwrite(pdf, 1, len, stdout) == len && fflush(stdout) == 0 ? 0
             : admin_fail(1, "%s", _("could not write the output"));
    } else if (doc_queue(db, d.id, queue, sizeof queue) < 0) {
        rc = admin_fail(1, "%s", db_errmsg(db));
    } else if (doc_lp(queue, d.doc_no, pdf, len, err, sizeof err) < 0) {
        rc = admin_fail(1, "%s", err);
    } else {
        printf(_("%s was sent to the print queue %s.\n"), d.doc_no, queue);
        rc = 0;
    }
    free(pdf);
    return rc;
}

int admin_document(db_t *db, int argc, char **argv)
{
    struct doc_opts o;
    struct doc_row d;
    const char *sub = argc >= 2 ? argv[1] : "";
    int rc;

    if (argc < 2 || parse(argc - 1, argv + 1, &o) < 0) return usage_fail();
    argc -= optind + 1;
    argv += optind + 1;
    if (strcmp(sub, "list") == 0 && argc == 0) return list(db, o.case_no);
    if (strcmp(sub, "queue") == 0 && argc == 0 && o.unit) {
        if (doc_set_queue(db, o.unit, o.queue ? o.queue : "") < 0) return admin_fail(1, "%s", db_errmsg(db));
        return 0;
    }
    if (argc != 1) return usage_fail();
    if (strcmp(sub, "text") == 0 || strcmp(sub, "pdf") == 0 || strcmp(sub, "print") == 0)
        return output(db, sub, argv[0]);
    if (strcmp(sub, "serve") == 0 && o.on && o.way) {
        if ((rc = find(db, argv[0], &d, NULL)) != 0) return rc;
        if (doc_serve(db, d.id, o.on, o.way, o.to) < 0) return admin_fail(1, "%s", db_errmsg(db));
        return 0;
    }
    return usage_fail();
}
