/* scr_attach.c — the evidence attached to one record (a case, a patrol, a
 * task): name, type, size, the time and place the photo was taken (EXIF),
 * who attached it.  a picks a file from the user's incoming directory on
 * the host (~/incoming, created 0700, where a clerk scp's the photos;
 * casedesk.conf attach_dir) and attaches it; Enter shows everything known
 * about one as text (sha256 included); X writes the record's files into a
 * directory the user names.  The server decides what may be seen and
 * attached, the type and the hash (model_attach.c). */
#include "config.h"
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "attach.h"
#include "i18n.h"
#include "picker.h"
#include "screen.h"
#include "screens.h"
#include "ui.h"
#include "util.h"
#include "widgets.h"

#define INCOMING_MAX 500

struct attachments {
    struct list_widget list;
    char kind[16];
    long long record_id;
    char title[400];
    struct attach_row *rows;
    int n;
    char tmp[64];
};

static const struct list_col cols[] = {
    { N_("File"), 16, 3, ALIGN_LEFT },
    { N_("Type"), 10, 0, ALIGN_LEFT },
    { N_("Size"), 9, 0, ALIGN_RIGHT },
    { N_("Taken"), 16, 0, ALIGN_LEFT },
    { N_("GPS"), 20, 1, ALIGN_LEFT },
};

static const char *cell(void *arg, int r, int c)
{
    struct attachments *p = arg;
    const struct attach_row *a = &p->rows[r];

    switch (c) {
    case 0: return a->name;
    case 1: return a->media_type;
    case 2: return attach_size_text(a->size, p->tmp, sizeof p->tmp);
    case 3: snprintf(p->tmp, sizeof p->tmp, "%.16s", a->taken_at); return p->tmp;
    default:
        if (!a->has_gps) return "";
        snprintf(p->tmp, sizeof p->tmp, "%.5f, %.5f", a->lat, a->lon);
        return p->tmp;
    }
}

static void load(struct attachments *p, long long keep)
{
    int sel = p->list.sel;

    free(p->rows);
    p->n = attach_list(ui_app()->db, p->kind, p->record_id, &p->rows);
    if (p->n < 0) { ui_db_error(); p->n = 0; }
    for (int i = 0; keep && i < p->n; i++)
        if (p->rows[i].id == keep) sel = i;
    list_set_rows(&p->list, p->n, sel < 0 ? 0 : sel);
}

/* ~/incoming, or the attach_dir of casedesk.conf; made 0700 when missing. */
static const char *incoming_dir(char *buf, size_t sz)
{
    const char *set = ui_app()->settings.attach_dir, *home = getenv("HOME");

    if (set[0])
        snprintf(buf, sz, "%s", set);
    else
        snprintf(buf, sz, "%s/incoming", home && home[0] ? home : ".");
    if (mkdir(buf, 0700) < 0 && errno != EEXIST)
        ui_error(_("Cannot create %s: %s."), buf, strerror(errno));
    return buf;
}

struct incoming { char name[256]; char detail[64]; };

static int by_name(const void *a, const void *b)
{
    return strcmp(((const struct incoming *)a)->name, ((const struct incoming *)b)->name);
}

/* The regular files of dir, by name, with their size and time. */
static int list_incoming(const char *dir, struct incoming **out)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    int n = 0;

    *out = xcalloc(INCOMING_MAX, sizeof **out);
    if (!d) return -1;
    while ((e = readdir(d)) && n < INCOMING_MAX) {
        char path[4096], size[32], when[20];
        struct stat st;
        if (e->d_name[0] == '.' || strlen(e->d_name) >= sizeof (*out)->name) continue;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        if (stat(path, &st) < 0 || !S_ISREG(st.st_mode)) continue;
        strftime(when, sizeof when, "%Y-%m-%d %H:%M", localtime(&st.st_mtime));
        snprintf((*out)[n].name, sizeof (*out)[n].name, "%s", e->d_name);
        snprintf((*out)[n].detail, sizeof (*out)[n].detail, "%s  %s",
                 attach_size_text((long long)st.st_size, size, sizeof size), when);
        n++;
    }
    closedir(d);
    qsort(*out, (size_t)n, sizeof **out, by_name);
    return n;
}

static void pick_and_attach(struct attachments *p)
{
    char dir[1024], path[4096], err[600], title[1200];
    struct incoming *files;
    struct picker_item *items;
    int n = list_incoming(incoming_dir(dir, sizeof dir), &files), k;
    long long id;

    if (n <= 0) {
        if (n < 0) ui_error(_("Cannot read %s: %s."), dir, strerror(errno));
        else ui_info(_("No files in %s: copy photos there (scp) and press %s again."), dir,
                     keymap_first_key(KCTX_LIST, CMD_NEW));
        free(files);
        return;
    }
    items = xcalloc((size_t)n, sizeof *items);
    for (int i = 0; i < n; i++) {
        items[i].name = files[i].name;
        items[i].detail = files[i].detail;
    }
    snprintf(title, sizeof title, _("Attach a file from %s"), dir);
    k = ui_pick(title, items, n, 0, "");
    if (k >= 0) {
        snprintf(path, sizeof path, "%s/%s", dir, files[k].name);
        if ((id = attach_file(ui_app()->db, p->kind, p->record_id, path, err, sizeof err)) < 0)
            ui_error("%s", err);
        else {
            load(p, id);
            ui_info(_("%s attached."), files[k].name);
        }
    }
    free(items);
    free(files);
}

static void show_info(struct attachments *p)
{
    const struct attach_row *a;
    char size[32], gps[64] = "", *text;

    if (p->list.sel < 0 || p->list.sel >= p->n) return;
    a = &p->rows[p->list.sel];
    if (a->has_gps) snprintf(gps, sizeof gps, "%.6f, %.6f", a->lat, a->lon);
    text = xasprintf("%s%s\n%s%s\n%s%s (%lld B)\n%s%s\n%s%s\n%s%s\n%s%s\n%s%s\n",
                     _("File: "), a->name, _("Type: "), a->media_type,
                     _("Size: "), attach_size_text(a->size, size, sizeof size), a->size,
                     _("Taken (EXIF): "), a->taken_at[0] ? a->taken_at : _("not recorded"),
                     _("Position (GPS): "), gps[0] ? gps : _("not recorded"),
                     _("Attached by: "), a->attached_by, _("Attached at: "), a->attached_at,
                     _("sha256: "), a->sha256);
    open_reader(a->name, text);
    free(text);
}

static void export_all(struct attachments *p)
{
    char dir[1024], def[1024], out[4096], err[600];
    int done = 0;

    if (p->n == 0) { ui_info("%s", _("The record has no attachments.")); return; }
    incoming_dir(def, sizeof def);
    if (!ui_prompt(_("Write the files into the directory"), def, dir, sizeof dir, NULL)) return;
    for (int i = 0; i < p->n; i++) {
        if (attach_export(ui_app()->db, p->rows[i].id, dir, out, sizeof out, err, sizeof err) < 0) {
            ui_error("%s", err);
            return;
        }
        done++;
    }
    ui_info(ngettext("%d file written into %s.", "%d files written into %s.", (unsigned long)done), done, dir);
}

struct attach_arg { const char *kind; long long id; const char *title; };

static int at_open(struct screen *s, void *arg)
{
    const struct attach_arg *a = arg;
    struct attachments *p = s->priv;

    snprintf(p->kind, sizeof p->kind, "%s", a->kind);
    p->record_id = a->id;
    snprintf(p->title, sizeof p->title, "%s", a->title);
    list_init(&p->list, cols, (int)ARRAY_SIZE(cols), cell, p);
    p->list.empty_text = _("Nothing attached yet.");
    load(p, 0);
    return 0;
}

static void at_close(struct screen *s)
{
    free(((struct attachments *)s->priv)->rows);
}

static void at_draw(struct screen *s, WINDOW *w)
{
    struct attachments *p = s->priv;
    int cw = getmaxx(w);
    char hint[300];

    snprintf(hint, sizeof hint, _("%s: attach a file from your incoming directory · Enter: details · %s: export"),
             keymap_first_key(KCTX_LIST, CMD_NEW), keymap_first_key(KCTX_LIST, CMD_EXPORT));
    ui_put_role(w, 0, 1, cw - 2, p->title, ALIGN_LEFT, ROLE_TITLE);
    ui_put_role(w, 1, 1, cw - 2, hint, ALIGN_LEFT, ROLE_DIM);
    list_draw(&p->list, w, 3, 1, getmaxy(w) - 3, cw - 2);
}

static int at_command(struct screen *s, enum cmd c)
{
    struct attachments *p = s->priv;

    switch (c) {
    case CMD_NEW: pick_and_attach(p); return 1;
    case CMD_EXPORT: export_all(p); return 1;
    case CMD_REFRESH: load(p, 0); return 1;
    case CMD_HISTORY:
        if (p->list.sel >= 0 && p->list.sel < p->n) open_history("attachment", p->rows[p->list.sel].id);
        return 1;
    default: break;
    }
    switch (list_command(&p->list, c)) {
    case LIST_UNHANDLED: return 0;
    case LIST_OPEN: show_info(p); return 1;
    default: return 1;
    }
}

static void at_load(struct screen *s, int why)
{
    struct attachments *p = s->priv;

    (void)why;
    load(p, p->list.sel >= 0 && p->list.sel < p->n ? p->rows[p->list.sel].id : 0);
}

static const struct ui_watch at_watch[] = { { "attachment", UI_ANY_ROW }, { NULL, 0 } };
static const enum cmd at_cmds[] = { CMD_NEW, CMD_OPEN, CMD_EXPORT, CMD_HISTORY, CMD_REFRESH, CMD_BACK, CMD_NONE };

static const struct screen_ops attachments_screen = {
    .name = "attachments", .title = N_("Attachments"), .ctx = KCTX_LIST, .cmds = at_cmds,
    .priv_size = sizeof(struct attachments), .watch = at_watch, .load = at_load,
    .open = at_open, .close = at_close, .draw = at_draw, .command = at_command,
};

int open_attachments(const char *kind, long long id, const char *title)
{
    struct attach_arg a = { kind, id, title };

    return ui_push(&attachments_screen, &a) ? 0 : -1;
}
