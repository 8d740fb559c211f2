/* pinyin.h — pinyin initials of Chinese names, for type-to-find ("xcjdb"
 * finds 新城街道办).
 *
 * No pinyin dictionary is installed on the hosts we target, but one is not
 * needed for initials: the 3,755 characters of GB 2312 level 1 (the common
 * ones, which nearly all unit, village and person names use) are ordered by
 * pinyin, so the letter of a character is the range its GB 2312 code falls
 * in.  The codes come from the C library's own EUC-CN converter (iconv, in
 * libc6), the 23 range starts (啊 芭 擦 … 匝) are the table in pinyin.c.
 * Characters of level 2 (ordered by radical) and of no GB 2312 row have no
 * initial and are skipped. */
#ifndef CASEDESK_PINYIN_H
#define CASEDESK_PINYIN_H

#include <stddef.h>
#include <stdint.h>

/* The lowercase initial of one character ('a'..'z'), the character itself
 * for ASCII letters and digits (lowercased), or 0. */
int pinyin_initial(uint32_t cp);

/* The initials of a UTF-8 string, e.g. "新城街道办" → "xcjdb", "B区" →
 * "bq"; other characters are skipped.  Always NUL-terminated. */
void pinyin_initials(const char *utf8, char *out, size_t outsz);

#endif
