/* widget_form.c — labelled fields, each a lineedit; validation when a field
 * is left; choice and read-only fields; a body that scrolls to the focus. */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "picker.h"
#include "reldate.h"
#include "ui_int.h"
#include "util.h"

int le_command(struct lineedit *le, enum cmd c)
{
    switch (c) {
    case CMD_CHAR_LEFT: le_left(le); break;
    case CMD_CHAR_RIGHT: le_right(le); break;
    case CMD_WORD_LEFT: le_word_left(le); break;
    case CMD_WORD_RIGHT: le_word_right(le); break;
    case CMD_LINE_START: le_home(le); break;
    case CMD_LINE_END: le_end(le); break;
    case CMD_DEL_BACK: le_backspace(le); break;
    case CMD_DEL_CHAR: le_delete(le); break;
    case CMD_KILL_START: le_kill_to_start(le); break;
    case CMD_KILL_END: le_kill_to_end(le); break;
    case CMD_KILL_WORD: le_kill_word(le); break;
    default: return 0;
    }
    return 1;
}

void le_draw(struct lineedit *le, WINDOW *w, int y, int x, int cols, int focus)
{
    struct le_view v;
    char part[4096];
    size_t n;

    if (cols <= 0) return;
    le_view(le, cols, &v);
    ui_put(w, y, x, cols, "", ALIGN_LEFT);           /* field background */
    n = v.end - v.start;
    if (n >= sizeof part) n = sizeof part - 1;
    memcpy(part, le_text(le) + v.start, n);
    part[n] = '\0';
    ui_puts(w, y, x + v.lead, cols - v.lead, part);
    if (focus) ui_cursor(w, y, x + (v.cursor_col < cols ? v.cursor_col : cols - 1));
}

void form_init(struct form *f)
{
    memset(f, 0, sizeof *f);
}

void form_free(struct form *f)
{
    for (int i = 0; i < f->n; i++) {
        le_free(&f->fields[i].le);
        free(f->fields[i].base);
    }
    free(f->fields);
    memset(f, 0, sizeof *f);
}

static struct form_field *add(struct form *f, const char *label, enum field_kind k)
{
    struct form_field *fld;

    if (f->n == f->cap) {
        f->cap = f->cap ? f->cap * 2 : 8;
        f->fields = xrealloc(f->fields, (size_t)f->cap * sizeof *f->fields);
    }
    fld = &f->fields[f->n++];
    memset(fld, 0, sizeof *fld);
    fld->label = label;
    fld->kind = k;
    le_init(&fld->le, 0, 0);
    return fld;
}

/* Focus starts on the first field one can edit. */
static int editable(const struct form *f, int i)
{
    return f->fields[i].kind != FIELD_READONLY;
}

static void focus_first(struct form *f)
{
    for (f->cur = 0; f->cur < f->n - 1 && !editable(f, f->cur); f->cur++) {}
}

int form_add_text(struct form *f, const char *label, size_t max_chars,
                  int (*validate)(const char *, char *, size_t), int required)
{
    struct form_field *fld = add(f, label, FIELD_TEXT);

    fld->le.max_chars = max_chars;
    fld->validate = validate;
    fld->required = required;
    focus_first(f);
    return f->n - 1;
}

int form_add_choice(struct form *f, const char *label, const char *const *choices, int n)
{
    struct form_field *fld = add(f, label, FIELD_CHOICE);

    fld->choices = choices;
    fld->nchoices = n;
    focus_first(f);
    return f->n - 1;
}

int form_add_readonly(struct form *f, const char *label, const char *value)
{
    struct form_field *fld = add(f, label, FIELD_READONLY);

    le_set(&fld->le, value);
    fld->le.readonly = 1;
    focus_first(f);
    return f->n - 1;
}

int form_add_pick(struct form *f, const char *label, const struct picker_item *items, int n,
                  int multi, int required)
{
    struct form_field *fld = add(f, label, FIELD_PICK);

    fld->pitems = items;
    fld->npitems = n;
    fld->multi = multi;
    fld->required = required;
    focus_first(f);
    return f->n - 1;
}

static const struct picker_item *pick_by_key(const struct form_field *fld, const char *key, size_t klen)
{
    for (int i = 0; i < fld->npitems; i++)
        if (fld->pitems[i].key && strlen(fld->pitems[i].key) == klen && !strncmp(fld->pitems[i].key, key, klen))
            return &fld->pitems[i];
    return NULL;
}

/* The names of the keys in value (a pick field's text). */
static void pick_names_of(const struct form_field *fld, const char *value, char *buf, size_t bufsz)
{
    const char *v, *e;
    size_t len = 0;

    if (!bufsz) return;
    buf[0] = '\0';
    for (v = value ? value : ""; *v; v = *e ? e + 1 : e) {
        const struct picker_item *it;
        size_t klen;
        e = strchr(v, ',');
        if (!e) e = v + strlen(v);
        klen = (size_t)(e - v);
        if (!klen) continue;
        it = pick_by_key(fld, v, klen);
        len = strlen(buf);
        if (it) snprintf(buf + len, bufsz - len, "%s%s", len ? "、" : "", it->name);
        else snprintf(buf + len, bufsz - len, "%s%.*s", len ? "、" : "", (int)klen, v);
    }
}

void form_pick_names(const struct form *f, int idx, char *buf, size_t bufsz)
{
    if (bufsz) buf[0] = '\0';
    if (idx < 0 || idx >= f->n) return;
    pick_names_of(&f->fields[idx], le_text(&f->fields[idx].le), buf, bufsz);
}

/* Open the picker on the field (seeded with what was typed) and take the
 * choice: replace it, or with multi add it. */
static void pick_into(struct form_field *fld, const char *typed)
{
    int i = ui_pick(fld->label, fld->pitems, fld->npitems, -1, typed);
    const char *key;
    char buf[1024];

    if (i < 0 || !(key = fld->pitems[i].key)) return;
    if (fld->multi && le_text(&fld->le)[0]) {
        snprintf(buf, sizeof buf, ",%s,", le_text(&fld->le));
        char needle[160];
        snprintf(needle, sizeof needle, ",%s,", key);
        if (strstr(buf, needle)) return;          /* already chosen */
        snprintf(buf, sizeof buf, "%s,%s", le_text(&fld->le), key);
        le_set(&fld->le, buf);
    } else {
        le_set(&fld->le, key);
    }
    fld->changed = 1;
}

/* Backspace and friends on a pick field: take the (last) choice away. */
static int unpick(struct form_field *fld, enum cmd c)
{
    char buf[1024], *comma;

    if (c != CMD_DEL_BACK && c != CMD_DEL_CHAR && c != CMD_KILL_START && c != CMD_KILL_END && c != CMD_KILL_WORD)
        return 0;
    strlcpy_utf8(buf, le_text(&fld->le), sizeof buf);
    if (!buf[0]) return 1;
    if (fld->multi && c != CMD_KILL_START && (comma = strrchr(buf, ','))) *comma = '\0';
    else buf[0] = '\0';
    le_set(&fld->le, buf);
    fld->changed = 1;
    return 1;
}

/* A reload must not move the cursor: the same text keeps it where it is;
 * a cursor at the end stays at the end; elsewhere a new text keeps the byte
 * offset when it still falls on a character. */
void form_set(struct form *f, int idx, const char *value)
{
    struct lineedit *le;
    size_t cur;

    if (idx < 0 || idx >= f->n) return;
    le = &f->fields[idx].le;
    f->fields[idx].changed = 0;
    if (!value) value = "";
    if (strcmp(le_text(le), value) == 0) return;
    cur = le->cur < le->len ? le->cur : (size_t)-1;
    le_set(le, value);
    if (cur < le->len && ((unsigned char)le->buf[cur] & 0xC0) != 0x80) le->cur = cur;
}

const char *form_get(const struct form *f, int idx)
{
    const struct form_field *fld;

    if (idx < 0 || idx >= f->n) return "";
    fld = &f->fields[idx];
    if (fld->kind == FIELD_CHOICE)
        return fld->nchoices > 0 ? fld->choices[fld->choice] : "";
    return le_text(&fld->le);
}

void form_set_choice(struct form *f, int idx, int choice)
{
    if (idx < 0 || idx >= f->n || choice < 0 || choice >= f->fields[idx].nchoices) return;
    f->fields[idx].choice = choice;
    f->fields[idx].changed = 0;
}

int form_choice(const struct form *f, int idx)
{
    return idx >= 0 && idx < f->n ? f->fields[idx].choice : -1;
}

int form_changed(const struct form *f)
{
    for (int i = 0; i < f->n; i++)
        if (f->fields[i].changed) return 1;
    return 0;
}

void form_clear_changed(struct form *f)
{
    for (int i = 0; i < f->n; i++) f->fields[i].changed = 0;
}

void form_mark_base(struct form *f)
{
    for (int i = 0; i < f->n; i++) {
        free(f->fields[i].base);
        f->fields[i].base = xstrdup(form_get(f, i));
    }
}

const char *form_base(const struct form *f, int idx)
{
    return idx >= 0 && idx < f->n && f->fields[idx].base ? f->fields[idx].base : "";
}

int form_reload_allowed(const struct form *f)
{
    return !form_changed(f);
}

void form_adopt_theirs(struct form *f, const char *const *theirs)
{
    for (int i = 0; i < f->n; i++) {
        struct form_field *fld = &f->fields[i];
        if (!theirs[i] || fld->changed || fld->kind == FIELD_READONLY) continue;
        if (fld->kind == FIELD_CHOICE) {
            for (int k = 0; k < fld->nchoices; k++)
                if (strcmp(fld->choices[k], theirs[i]) == 0) fld->choice = k;
        } else {
            form_set(f, i, theirs[i]);
        }
        free(fld->base);
        fld->base = xstrdup(theirs[i]);
    }
    /* The fields I changed are now based on theirs too. */
    for (int i = 0; i < f->n; i++)
        if (theirs[i] && f->fields[i].changed) {
            free(f->fields[i].base);
            f->fields[i].base = xstrdup(theirs[i]);
        }
}

int form_conflict_open(const struct form *f, const char *const *theirs, const char *what,
                       const char *changed_by, const char *changed_at,
                       void (*resolve)(void *, int), void *arg)
{
    struct conflict_req r = { 0 };
    static char names[CONFLICT_MAX_FIELDS][3][256];   /* pick fields: keys → names */

    r.what = what;
    r.changed_by = changed_by;
    r.changed_at = changed_at;
    for (int i = 0; i < f->n && r.n < CONFLICT_MAX_FIELDS; i++) {
        if (!theirs[i] || f->fields[i].kind == FIELD_READONLY) continue;
        r.labels[r.n] = f->fields[i].label;
        r.theirs[r.n] = theirs[i];
        r.mine[r.n] = f->fields[i].changed ? form_get(f, i) : theirs[i];
        r.base[r.n] = form_base(f, i);
        r.mine_changed[r.n] = f->fields[i].changed;
        if (f->fields[i].kind == FIELD_PICK) {   /* people read names, not codes or logins */
            pick_names_of(&f->fields[i], r.theirs[r.n], names[r.n][0], sizeof names[0][0]);
            pick_names_of(&f->fields[i], r.mine[r.n], names[r.n][1], sizeof names[0][1]);
            pick_names_of(&f->fields[i], r.base[r.n], names[r.n][2], sizeof names[0][2]);
            r.theirs[r.n] = names[r.n][0];
            r.mine[r.n] = names[r.n][1];
            r.base[r.n] = names[r.n][2];
        }
        r.n++;
    }
    r.resolve = resolve;
    r.arg = arg;
    return open_conflict(&r);
}

enum form_leave form_ask_leave(void)
{
    const char *items[3];

    items[0] = _("Go back to my edit");
    items[1] = _("Keep my edit as a draft");
    items[2] = _("Discard my edit");
    switch (ui_menu(_("You have unsaved edits"), items, 3, 0)) {
    case 1: return FORM_LEAVE_DRAFT;
    case 2: return FORM_LEAVE_DISCARD;
    default: return FORM_LEAVE_BACK;
    }
}

/* 0 if field i is acceptable, else -1 with f->err set. */
static int check_field(struct form *f, int i)
{
    struct form_field *fld = &f->fields[i];
    const char *v = le_text(&fld->le);
    char err[200] = "";

    if (fld->kind != FIELD_TEXT && fld->kind != FIELD_PICK) return 0;
    if (reldate_is_date_validator(fld->validate) && v[0]) {
        char date[32];
        int r = reldate_expand(v, date, sizeof date, err, sizeof err);
        if (r < 0) {
            snprintf(f->err, sizeof f->err, "%s: %s", fld->label, err);
            return -1;
        }
        if (r > 0) { le_set(&fld->le, date); fld->changed = 1; v = le_text(&fld->le); }
    }
    if (fld->required && !v[0]) {
        snprintf(f->err, sizeof f->err, _("%s: this field is required."), fld->label);
        return -1;
    }
    if (fld->validate && v[0] && fld->validate(v, err, sizeof err) != 0) {
        snprintf(f->err, sizeof f->err, "%s: %s", fld->label, err[0] ? err : _("the value is not valid."));
        return -1;
    }
    return 0;
}

int form_validate_all(struct form *f)
{
    for (int i = 0; i < f->n; i++)
        if (check_field(f, i) < 0) return i;
    f->err[0] = '\0';
    return -1;
}

/* Move focus by d (+1/-1) to the next editable field, validating first. */
static enum form_result move_focus(struct form *f, int d)
{
    int i = f->cur;

    if (check_field(f, f->cur) < 0) return FORM_INVALID;
    do i += d; while (i >= 0 && i < f->n && !editable(f, i));
    if (i >= 0 && i < f->n) f->cur = i;
    return FORM_OK;
}

static void cycle_choice(struct form_field *fld, int d)
{
    if (fld->nchoices <= 0) return;
    fld->choice = (fld->choice + d + fld->nchoices) % fld->nchoices;
    fld->changed = 1;
}

enum form_result form_command(struct form *f, enum cmd c)
{
    struct form_field *fld = f->n ? &f->fields[f->cur] : NULL;
    int bad;

    f->err[0] = '\0';
    if (!fld) return c == CMD_SAVE ? FORM_SUBMIT : FORM_UNHANDLED;
    switch (c) {
    case CMD_NEXT_FIELD: return move_focus(f, 1);
    case CMD_PREV_FIELD: return move_focus(f, -1);
    case CMD_PAGE_DOWN: for (int k = 0; k < 5; k++) if (move_focus(f, 1) != FORM_OK) return FORM_INVALID; return FORM_OK;
    case CMD_PAGE_UP: for (int k = 0; k < 5; k++) if (move_focus(f, -1) != FORM_OK) return FORM_INVALID; return FORM_OK;
    case CMD_SAVE:
        if ((bad = form_validate_all(f)) >= 0) { f->cur = bad; return FORM_INVALID; }
        return FORM_SUBMIT;
    default: break;
    }
    if (fld->kind == FIELD_CHOICE) {
        if (c == CMD_CHAR_LEFT) { cycle_choice(fld, -1); return FORM_OK; }
        if (c == CMD_CHAR_RIGHT) { cycle_choice(fld, 1); return FORM_OK; }
        return FORM_UNHANDLED;
    }
    if (fld->kind == FIELD_READONLY) return FORM_UNHANDLED;
    if (fld->kind == FIELD_PICK) return unpick(fld, c) ? FORM_OK : FORM_UNHANDLED;
    {
        size_t before = fld->le.len;
        if (!le_command(&fld->le, c)) return FORM_UNHANDLED;
        if (before != fld->le.len) fld->changed = 1;   /* moves keep the length */
    }
    return FORM_OK;
}

enum form_result form_input(struct form *f, const char *text, size_t len)
{
    struct form_field *fld;
    int st;

    f->err[0] = '\0';
    if (!f->n) return FORM_UNHANDLED;
    fld = &f->fields[f->cur];
    if (fld->kind == FIELD_CHOICE) {
        if (len == 1 && text[0] == ' ') cycle_choice(fld, 1);
        return FORM_OK;
    }
    if (fld->kind == FIELD_READONLY) {
        snprintf(f->err, sizeof f->err, "%s", le_strerror(LE_ERR_READONLY));
        return FORM_INVALID;
    }
    if (fld->kind == FIELD_PICK) {
        char typed[256];
        strlcpy_utf8(typed, len == 1 && text[0] == ' ' ? "" : text, sizeof typed < len + 1 ? sizeof typed : len + 1);
        pick_into(fld, typed);
        return FORM_OK;
    }
    st = le_insert(&fld->le, text, len);
    if (st != LE_ERR_CONTROL && st != LE_ERR_UTF8) fld->changed = 1;
    if (st != LE_OK) {
        snprintf(f->err, sizeof f->err, "%s", le_strerror(st));
        return FORM_INVALID;
    }
    return FORM_OK;
}

void form_draw(struct form *f, WINDOW *w, int y, int x, int h, int width)
{
    int lw = 0, fw;

    for (int i = 0; i < f->n; i++) {
        int l = str_width(f->fields[i].label);
        if (l > lw) lw = l;
    }
    if (lw > width / 3) lw = width / 3;
    f->label_w = lw;
    fw = width - lw - 3;
    if (h <= 0 || fw <= 0) return;
    if (f->cur < f->top) f->top = f->cur;
    if (f->cur >= f->top + h) f->top = f->cur - h + 1;
    for (int r = 0; r < h && f->top + r < f->n; r++) {
        int i = f->top + r, focus = i == f->cur;
        struct form_field *fld = &f->fields[i];
        ui_put_role(w, y + r, x, lw, fld->label, ALIGN_RIGHT, focus ? ROLE_TITLE : ROLE_NORMAL);
        ui_put_role(w, y + r, x + lw, 2, i18n_label_colon(theme_ascii()), ALIGN_LEFT, ROLE_NORMAL);
        if (fld->kind == FIELD_CHOICE) {
            char buf[512];
            snprintf(buf, sizeof buf, theme_ascii() ? "< %s >" : "◀ %s ▶",
                     fld->nchoices ? fld->choices[fld->choice] : "");
            ui_put_role(w, y + r, x + lw + 3, fw, buf, ALIGN_LEFT, focus ? ROLE_SELECTED : ROLE_NORMAL);
        } else if (fld->kind == FIELD_PICK) {
            char names[1024];
            form_pick_names(f, i, names, sizeof names);
            if (!names[0] && focus)
                ui_put_role(w, y + r, x + lw + 3, fw, _("(type a name, pinyin initials or code to choose)"),
                            ALIGN_LEFT, ROLE_SELECTED);
            else
                ui_put_role(w, y + r, x + lw + 3, fw, names, ALIGN_LEFT, focus ? ROLE_SELECTED : ROLE_NORMAL);
            if (focus) ui_cursor(w, y + r, x + lw + 3 + (str_width(names) < fw ? str_width(names) : fw - 1));
        } else {
            theme_set(w, fld->kind == FIELD_READONLY ? ROLE_DIM : focus ? ROLE_SELECTED : ROLE_NORMAL);
            /* Unfocused fields show their start, with an ellipsis if long. */
            if (focus && fld->kind == FIELD_TEXT) le_draw(&fld->le, w, y + r, x + lw + 3, fw, 1);
            else ui_put(w, y + r, x + lw + 3, fw, le_text(&fld->le), ALIGN_LEFT);
            theme_set(w, ROLE_NORMAL);
        }
    }
    /* Scroll marks when fields are hidden above or below. */
    if (f->top > 0)
        ui_put_role(w, y, x + width - 1, 1, theme_ascii() ? "^" : "↑", ALIGN_LEFT, ROLE_DIM);
    if (f->top + h < f->n)
        ui_put_role(w, y + h - 1, x + width - 1, 1, theme_ascii() ? "v" : "↓", ALIGN_LEFT, ROLE_DIM);
}
