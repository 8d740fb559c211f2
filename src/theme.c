/* theme.c — colour and monochrome schemes (see theme.h). */
#include "config.h"
#include <stdlib.h>
#include <string.h>

#include "theme.h"
#include "width.h"

struct scheme_entry { short fg, bg; attr_t color_attr; attr_t mono_attr; };

/* -1 = terminal default colour (use_default_colors). */
static const struct scheme_entry scheme[ROLE__COUNT] = {
    [ROLE_NORMAL]   = { -1, -1, A_NORMAL, A_NORMAL },
    [ROLE_HEADER]   = { COLOR_WHITE, COLOR_BLUE, A_BOLD, A_REVERSE },
    [ROLE_STATUS]   = { COLOR_BLACK, COLOR_CYAN, A_NORMAL, A_REVERSE },
    [ROLE_SELECTED] = { COLOR_BLACK, COLOR_YELLOW, A_NORMAL, A_REVERSE },
    [ROLE_MATCH]    = { COLOR_BLACK, COLOR_GREEN, A_BOLD, A_UNDERLINE | A_BOLD },
    [ROLE_ERROR]    = { COLOR_RED, -1, A_BOLD, A_BOLD | A_REVERSE },
    [ROLE_WARNING]  = { COLOR_YELLOW, -1, A_BOLD, A_BOLD },
    [ROLE_OK]       = { COLOR_GREEN, -1, A_NORMAL, A_NORMAL },
    [ROLE_DIM]      = { COLOR_BLUE, -1, A_BOLD, A_DIM },
    [ROLE_TITLE]    = { COLOR_CYAN, -1, A_BOLD, A_BOLD | A_UNDERLINE },
    [ROLE_BAR]      = { COLOR_GREEN, -1, A_NORMAL, A_NORMAL },
};

static int use_color;
static int ascii_bars;

void theme_init(enum theme_kind kind)
{
    const char *nc = getenv("NO_COLOR");

    use_color = kind != THEME_MONO && !(nc && *nc) && has_colors();
    if (!use_color) return;
    start_color();
    use_default_colors();
    for (int r = 0; r < ROLE__COUNT; r++)
        init_pair((short)(r + 1), scheme[r].fg, scheme[r].bg);
}

/* curses attributes (including the colour pair) for a role. */
static attr_t theme_attr(enum role r)
{
    if ((unsigned)r >= ROLE__COUNT) r = ROLE_NORMAL;
    if (!use_color) return scheme[r].mono_attr;
    return scheme[r].color_attr | COLOR_PAIR(r + 1);
}

void theme_set(WINDOW *w, enum role r)
{
    wattrset(w, (int)theme_attr(r));
}

void theme_set_ascii(int ascii) { ascii_bars = ascii; width_set_ascii(ascii); }
int theme_ascii(void) { return ascii_bars; }

static size_t put(char *buf, size_t bufsz, size_t pos, const char *s)
{
    size_t n = strlen(s);

    if (pos + n + 1 > bufsz) return pos;
    memcpy(buf + pos, s, n + 1);
    return pos + n;
}

char *theme_bar(char *buf, size_t bufsz, int cols, double frac)
{
    static const char *const eighths[8] = { "", "▏", "▎", "▍", "▌", "▋", "▊", "▉" };
    size_t pos = 0;
    int full, part, used;

    if (bufsz == 0) return buf;
    buf[0] = '\0';
    if (cols <= 0) return buf;
    if (frac < 0 || frac != frac) frac = 0;
    if (frac > 1) frac = 1;
    full = (int)(frac * cols * 8 + 0.5);
    part = full % 8;
    full /= 8;
    if (ascii_bars) part = 0;
    for (used = 0; used < full; used++) pos = put(buf, bufsz, pos, ascii_bars ? "#" : "█");
    if (part && used < cols) { pos = put(buf, bufsz, pos, eighths[part]); used++; }
    for (; used < cols; used++) pos = put(buf, bufsz, pos, " ");
    return buf;
}
