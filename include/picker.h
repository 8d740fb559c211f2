/* picker.h — one way to choose a unit, official, village, project, case or
 * task: a list of names with type-to-find.
 *
 * What is typed narrows the list to the items whose name, pinyin initials
 * (pinyin.h: "xcjdb" finds 新城街道办), key (a unit code, a login) or
 * detail contain it, prefix matches first.  The list shows names and
 * details, never the key; what the caller stores is the key or the id of
 * the item chosen.  Up/Down/PgUp/PgDn move, Enter chooses, Esc clears the text, then (nothing typed) cancels;
 * every printable key is text (digits too).
 *
 * ui_pick runs like ui_menu (a nested loop); typed is the text to start
 * with (the character that opened it from a form field).  In a form, a
 * FIELD_PICK (form_add_pick, widgets.h) opens it on typing. */
#ifndef CASEDESK_PICKER_H
#define CASEDESK_PICKER_H

struct picker_item {
    const char *name;      /* shown and searched */
    const char *key;       /* searched, never shown (code, login) */
    const char *detail;    /* shown dim after the name, searched; may be NULL */
};

/* The index chosen, or -1 if cancelled (or n == 0). */
int ui_pick(const char *title, const struct picker_item *items, int n, int initial,
            const char *typed);

/* How well item it (whose name has pinyin initials `initials`) matches the
 * query q: 0 not at all, 1 contains, 2 starts with.  Case-insensitive for
 * Latin letters; leading and trailing spaces of q are ignored. */
int pick_match(const struct picker_item *it, const char *initials, const char *q);

#endif
