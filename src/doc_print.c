/* doc_print.c — a rendered document to paper: `lp` to a CUPS queue, or the
 * terminal's printer-controller mode (media copy) to the user's own
 * printer.  The data goes through pipes and the terminal only; no file. */
#include "config.h"
#include "doc_output.h"
#include "i18n.h"
#include "util.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define LP_MISSING 127

static int write_all(int fd, const char *p, size_t n)
{
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

/* The child: lp reads the document on stdin; its messages go to the pipe. */
static void run_lp(int in, int msg, const char *queue, const char *title)
{
    const char *lp = "lp";

    dup2(in, STDIN_FILENO);
    dup2(msg, STDOUT_FILENO);
    dup2(msg, STDERR_FILENO);
    execlp(lp, lp, "-d", queue, "-t", title, "--", "-", (char *)NULL);
    _exit(LP_MISSING);
}

static void first_line(char *s)
{
    char *nl = strchr(s, '\n');

    if (nl) *nl = '\0';
}

int doc_lp(const char *queue, const char *title, const char *data, size_t len, char *err, size_t errsz)
{
    int in[2], msg[2], status;
    char out[512];
    ssize_t n, got = 0;
    pid_t pid;
    void (*old)(int);

    if (!queue || !*queue) {
        snprintf(err, errsz, "%s", _("No print queue is set up for your unit; an administrator sets one with casedesk-admin document queue."));
        return -1;
    }
    if (pipe(in) != 0 || pipe(msg) != 0) {
        snprintf(err, errsz, _("The document could not be sent to the printer: %s."), strerror(errno));
        return -1;
    }
    old = signal(SIGPIPE, SIG_IGN);
    if ((pid = fork()) < 0) {
        snprintf(err, errsz, _("The document could not be sent to the printer: %s."), strerror(errno));
        close(in[0]); close(in[1]); close(msg[0]); close(msg[1]);
        signal(SIGPIPE, old);
        return -1;
    }
    if (pid == 0) {
        close(in[1]);
        close(msg[0]);
        run_lp(in[0], msg[1], queue, title);
    }
    close(in[0]);
    close(msg[1]);
    write_all(in[1], data, len);          /* lp gone early: its status says why */
    close(in[1]);
    while ((n = read(msg[0], out + got, sizeof out - 1 - (size_t)got)) > 0 && (size_t)(got += n) < sizeof out - 1)
        ;
    out[got] = '\0';
    close(msg[0]);
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
        ;
    signal(SIGPIPE, old);
    if (WIFEXITED(status) && WEXITSTATUS(status) == LP_MISSING && !out[0]) {
        snprintf(err, errsz, "%s", _("This machine has no CUPS printing (the lp command is not installed); the document stays in the register, print it on your own printer instead."));
        return -1;
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        first_line(out);
        snprintf(err, errsz, _("The print queue %s did not take the document: %s"), queue,
                 out[0] ? out : _("lp failed"));
        return -1;
    }
    return 0;
}

int doc_media_copy(int fd, const char *data, size_t len)
{
    static const char on[] = "\033[5i", off[] = "\033[4i";

    if (write_all(fd, on, sizeof on - 1) != 0) return -1;
    if (write_all(fd, data, len) != 0) return -1;
    return write_all(fd, off, sizeof off - 1);
}
