/* doc_pdf.c — a document's text as a PDF, made by the casedesk-pdf helper
 * (casedesk_pdf.c, pdf_render.c): title and body go to its standard
 * input, the PDF comes back on its standard output, through pipes only.
 * The renderer is a program of its own because pango, cairo and glib add
 * about 5 MB to the memory of every process that links them, and each of
 * a district's 300 sessions would carry them for the minute a year it
 * prints.  Without pango/cairo at build time (HAVE_PANGOCAIRO), or with
 * the helper missing, doc_pdf says so in one sentence. */
#include "config.h"
#include "doc_output.h"
#include "i18n.h"
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#ifdef HAVE_PANGOCAIRO

#define HELPER "casedesk-pdf"
#define HELPER_MISSING 127

/* CASEDESK_PDF_HELPER, else the one beside the programs in the build tree,
 * else the installed one. */
static const char *helper_path(void)
{
    const char *env = getenv("CASEDESK_PDF_HELPER");

    if (env && *env) return env;
    return running_from_build_tree() ? ABS_TOP_BUILDDIR "/" HELPER : PKGLIBEXECDIR "/" HELPER;
}

int doc_pdf_available(void)
{
    return access(helper_path(), X_OK) == 0;
}

struct buf {
    char *p;
    size_t len, cap;
};

static void buf_read(struct buf *b, int fd, int *open)
{
    ssize_t n;

    if (b->cap - b->len < 4096) {
        b->cap = b->cap ? b->cap * 2 : 65536;
        b->p = xrealloc(b->p, b->cap);
    }
    n = read(fd, b->p + b->len, b->cap - b->len - 1);
    if (n > 0) b->len += (size_t)n;
    else if (n == 0 || errno != EINTR) *open = 0;
    b->p[b->len] = '\0';
}

/* Feeds `in` to the child's fd `to` while reading its stdout and stderr,
 * so neither side blocks on a full pipe. */
static void exchange(int to, int from, int msgs, const char *in, size_t inlen, struct buf *out, struct buf *err)
{
    size_t sent = 0;
    int to_open = 1, out_open = 1, err_open = 1;

    while (out_open || err_open) {
        struct pollfd p[3] = { { .fd = out_open ? from : -1, .events = POLLIN },
                               { .fd = err_open ? msgs : -1, .events = POLLIN },
                               { .fd = to_open ? to : -1, .events = POLLOUT } };
        if (to_open && sent == inlen) { close(to); to_open = 0; continue; }
        if (poll(p, 3, -1) < 0) {
            if (errno == EINTR) continue;
            break;
        }
        if (p[0].revents) buf_read(out, from, &out_open);
        if (p[1].revents) buf_read(err, msgs, &err_open);
        if (to_open && p[2].revents) {
            ssize_t w = write(to, in + sent, inlen - sent);
            if (w > 0) sent += (size_t)w;
            else if (w < 0 && errno != EINTR && errno != EAGAIN) { close(to); to_open = 0; }
        }
    }
    if (to_open) close(to);
}

static void run_helper(int in, int out, int msgs, const char *path)
{
    dup2(in, STDIN_FILENO);
    dup2(out, STDOUT_FILENO);
    dup2(msgs, STDERR_FILENO);
    execl(path, HELPER, (char *)NULL);
    _exit(HELPER_MISSING);
}

int doc_pdf(const char *title, const char *body, char **pdf, size_t *len, char *err, size_t errsz)
{
    const char *path = helper_path();
    int in[2], out[2], msgs[2], status = 0;
    struct buf o = { NULL, 0, 0 }, e = { NULL, 0, 0 };
    char *input = xasprintf("%s\n%s", title, body);
    void (*old)(int);
    pid_t pid;

    *pdf = NULL;
    *len = 0;
    if (pipe2(in, O_CLOEXEC) != 0 || pipe2(out, O_CLOEXEC) != 0 || pipe2(msgs, O_CLOEXEC) != 0) {
        snprintf(err, errsz, _("The PDF could not be made: %s."), strerror(errno));
        free(input);
        return -1;
    }
    old = signal(SIGPIPE, SIG_IGN);
    if ((pid = fork()) == 0) run_helper(in[0], out[1], msgs[1], path);
    close(in[0]); close(out[1]); close(msgs[1]);
    if (pid > 0) exchange(in[1], out[0], msgs[0], input, strlen(input), &o, &e);
    else close(in[1]);
    close(out[0]); close(msgs[0]);
    while (pid > 0 && waitpid(pid, &status, 0) < 0 && errno == EINTR)
        ;
    signal(SIGPIPE, old);
    free(input);
    if (pid > 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0 && o.len > 5) {
        *pdf = o.p;
        *len = o.len;
        free(e.p);
        return 0;
    }
    if (pid > 0 && WIFEXITED(status) && WEXITSTATUS(status) == HELPER_MISSING && !e.len)
        snprintf(err, errsz, _("The PDF renderer %s is not installed; the document is kept in the register."), path);
    else {
        char *nl = e.p ? strchr(e.p, '\n') : NULL;
        if (nl) *nl = '\0';
        snprintf(err, errsz, _("The PDF could not be made: %s."),
                 e.len ? e.p : pid < 0 ? strerror(errno) : _("the renderer failed"));
    }
    free(o.p);
    free(e.p);
    return -1;
}

#else

int doc_pdf_available(void)
{
    return 0;
}

int doc_pdf(const char *title, const char *body, char **pdf, size_t *len, char *err, size_t errsz)
{
    (void)title; (void)body;
    *pdf = NULL;
    *len = 0;
    snprintf(err, errsz, "%s", _("This casedesk was built without pango and cairo, so it cannot make PDFs; the document is kept in the register."));
    return -1;
}

#endif
