/* textwidth.c — a check program for the shell tests: prints the display
 * width (terminal columns) of each line read from standard input, one number
 * per line.  Wide (CJK) characters count 2, combining marks 0, anything
 * wcwidth cannot measure 1.  Deliberately independent of src/width.c, so a
 * test that measures casedesk's screen with it does not grade casedesk's
 * own arithmetic with that same arithmetic. */
#include "config.h"       /* _GNU_SOURCE for wcwidth */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

int main(void)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;

    if (!setlocale(LC_ALL, "C.UTF-8")) {
        fprintf(stderr, "textwidth: no C.UTF-8 locale\n");
        return 2;
    }
    while ((len = getline(&line, &cap, stdin)) >= 0) {
        mbstate_t st;
        const char *p = line;
        size_t left = (size_t)len;
        long cols = 0;

        if (left > 0 && line[left - 1] == '\n') left--;
        memset(&st, 0, sizeof st);
        while (left > 0) {
            wchar_t wc;
            size_t n = mbrtowc(&wc, p, left, &st);
            int w;

            if (n == (size_t)-1 || n == (size_t)-2) {   /* a bad byte: one cell */
                memset(&st, 0, sizeof st);
                n = 1;
                w = 1;
            } else {
                if (n == 0) n = 1;                        /* an embedded NUL */
                w = wcwidth(wc);
                if (w < 0) w = 1;
            }
            cols += w;
            p += n;
            left -= n;
        }
        printf("%ld\n", cols);
    }
    free(line);
    return ferror(stdin) ? 1 : 0;
}
