/* pinyin.c — pinyin initials from the GB 2312 level-1 order (see pinyin.h). */
#include "config.h"
#include <iconv.h>
#include <string.h>

#include "pinyin.h"
#include "width.h"

/* The first character of each initial in GB 2312 level 1 (B0A1-D7F9); no
 * syllable starts with i, u or v. */
static const struct { const char *first; char letter; } starts[] = {
    { "啊", 'a' }, { "芭", 'b' }, { "擦", 'c' }, { "搭", 'd' }, { "蛾", 'e' },
    { "发", 'f' }, { "噶", 'g' }, { "哈", 'h' }, { "击", 'j' }, { "喀", 'k' },
    { "垃", 'l' }, { "妈", 'm' }, { "拿", 'n' }, { "哦", 'o' }, { "啪", 'p' },
    { "期", 'q' }, { "然", 'r' }, { "撒", 's' }, { "塌", 't' }, { "挖", 'w' },
    { "昔", 'x' }, { "压", 'y' }, { "匝", 'z' },
};
#define NSTARTS (sizeof starts / sizeof starts[0])
#define LEVEL1_END 0xD7F9

static iconv_t cd = (iconv_t)-1;
static int ready;                 /* 1 ok, -1 no converter */
static unsigned start_code[NSTARTS];

/* The GB 2312 (EUC-CN) code of one UTF-8 character, 0 if it has none. */
static unsigned gb_code(const char *u8, size_t n)
{
    char out[8], *op = out, *ip = (char *)u8;
    size_t il = n, ol = sizeof out;

    iconv(cd, NULL, NULL, NULL, NULL);
    if (iconv(cd, &ip, &il, &op, &ol) == (size_t)-1 || op - out != 2) return 0;
    return ((unsigned)(unsigned char)out[0] << 8) | (unsigned char)out[1];
}

static int init(void)
{
    if (ready) return ready;
    cd = iconv_open("EUC-CN", "UTF-8");
    if (cd == (iconv_t)-1) return ready = -1;
    for (size_t i = 0; i < NSTARTS; i++)
        if (!(start_code[i] = gb_code(starts[i].first, strlen(starts[i].first)))) return ready = -1;
    return ready = 1;
}

int pinyin_initial(uint32_t cp)
{
    char u8[4];
    unsigned code;
    size_t n;

    if (cp < 0x80) {
        if (cp >= 'A' && cp <= 'Z') return (int)(cp + 32);
        if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) return (int)cp;
        return 0;
    }
    if (cp < 0x4E00 || cp > 0x9FFF || init() < 0) return 0;
    n = utf8_encode(cp, u8);
    code = gb_code(u8, n);
    if (code < start_code[0] || code > LEVEL1_END) return 0;
    for (size_t i = NSTARTS; i-- > 0; )
        if (code >= start_code[i]) return starts[i].letter;
    return 0;
}

void pinyin_initials(const char *s, char *out, size_t outsz)
{
    size_t o = 0, len = strlen(s), i = 0;

    if (!outsz) return;
    while (i < len && o + 1 < outsz) {
        uint32_t cp;
        int ok, c;
        size_t k = utf8_decode(s + i, len - i, &cp, &ok);
        if (k == 0) break;
        i += k;
        if (ok && (c = pinyin_initial(cp))) out[o++] = (char)c;
    }
    out[o] = '\0';
}
