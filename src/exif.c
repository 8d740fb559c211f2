/* exif.c — DateTimeOriginal and the GPS position from a JPEG's EXIF block.
 *
 * A JPEG is a run of segments (FF xx, 16-bit big-endian length); EXIF is
 * the APP1 segment (FF E1) starting "Exif\0\0", holding a TIFF structure:
 * a byte-order mark (II little, MM big), 42, the offset of IFD0.  Each IFD
 * is a count and 12-byte entries (tag, type, count, value or offset).  IFD0
 * points to the Exif IFD (tag 8769: 9003 DateTimeOriginal) and the GPS IFD
 * (tag 8825: 1/2 latitude ref and value, 3/4 longitude), values as three
 * RATIONALs (degrees, minutes, seconds).  Every offset is checked against
 * the segment: a damaged or hostile file yields "nothing found". */
#include "config.h"
#include "exif.h"

#include <stdint.h>
#include <string.h>

struct tiff {
    const unsigned char *p;
    size_t len;
    int le;
};

static unsigned rd16(const struct tiff *t, size_t off)
{
    const unsigned char *b = t->p + off;
    return t->le ? (unsigned)(b[0] | b[1] << 8) : (unsigned)(b[0] << 8 | b[1]);
}

static uint32_t rd32(const struct tiff *t, size_t off)
{
    const unsigned char *b = t->p + off;
    return t->le ? ((uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24)
                 : ((uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 | (uint32_t)b[2] << 8 | (uint32_t)b[3]);
}

/* The entry of tag in the IFD at off: its type, count and the offset of its
 * value (inside the entry when it fits in 4 bytes).  0 when absent. */
static int ifd_find(const struct tiff *t, size_t off, unsigned tag, unsigned *type, uint32_t *count,
                    size_t *voff)
{
    static const unsigned tsize[] = { 0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8 };
    unsigned n;

    if (off + 2 > t->len)
        return 0;
    n = rd16(t, off);
    for (unsigned i = 0; i < n; i++) {
        size_t e = off + 2 + (size_t)i * 12;
        uint64_t bytes;

        if (e + 12 > t->len)
            return 0;
        if (rd16(t, e) != tag)
            continue;
        *type = rd16(t, e + 2);
        *count = rd32(t, e + 4);
        if (*type == 0 || *type >= sizeof tsize / sizeof tsize[0])
            return 0;
        bytes = (uint64_t)tsize[*type] * *count;
        *voff = bytes <= 4 ? e + 8 : rd32(t, e + 8);
        return bytes <= t->len && *voff <= t->len - bytes;
    }
    return 0;
}

static int ifd_offset(const struct tiff *t, size_t ifd, unsigned tag, size_t *out)
{
    unsigned type;
    uint32_t count;
    size_t v;

    if (!ifd_find(t, ifd, tag, &type, &count, &v) || (type != 4 && type != 13) || count != 1)
        return 0;
    *out = rd32(t, v);
    return *out < t->len;
}

/* "YYYY:MM:DD HH:MM:SS" into "YYYY-MM-DD HH:MM:SS". */
static int read_time(const struct tiff *t, size_t ifd, unsigned tag, char out[20])
{
    unsigned type;
    uint32_t count;
    size_t v;
    const char *s;

    if (!ifd_find(t, ifd, tag, &type, &count, &v) || type != 2 || count < 19)
        return 0;
    s = (const char *)t->p + v;
    for (int i = 0; i < 19; i++) {
        int digit = i != 4 && i != 7 && i != 10 && i != 13 && i != 16;
        if (digit ? (s[i] < '0' || s[i] > '9') : (s[i] != (i == 10 ? ' ' : ':')))
            return 0;
    }
    if (memcmp(s, "0000", 4) == 0)
        return 0;
    memcpy(out, s, 19);
    out[4] = out[7] = '-';
    out[19] = '\0';
    return 1;
}

/* Three RATIONALs (d, m, s) as degrees; the ref tag's 'S' or 'W' negates. */
static int read_coord(const struct tiff *t, size_t ifd, unsigned ref_tag, unsigned tag, double max, double *out)
{
    unsigned type;
    uint32_t count;
    size_t v, r;
    double part[3];
    char ref;

    if (!ifd_find(t, ifd, ref_tag, &type, &count, &r) || type != 2 || count < 1)
        return 0;
    ref = (char)t->p[r];
    if (!ifd_find(t, ifd, tag, &type, &count, &v) || type != 5 || count != 3)
        return 0;
    for (int i = 0; i < 3; i++) {
        uint32_t num = rd32(t, v + (size_t)i * 8), den = rd32(t, v + (size_t)i * 8 + 4);
        if (den == 0)
            return 0;
        part[i] = (double)num / den;
    }
    *out = part[0] + part[1] / 60.0 + part[2] / 3600.0;
    if (*out > max)
        return 0;
    if (ref == 'S' || ref == 'W')
        *out = -*out;
    else if (ref != 'N' && ref != 'E')
        return 0;
    return 1;
}

static int parse_tiff(const unsigned char *p, size_t len, struct exif_info *out)
{
    struct tiff t = { p, len, 0 };
    size_t ifd0, sub;

    if (len < 8)
        return 0;
    if (p[0] == 'I' && p[1] == 'I')
        t.le = 1;
    else if (!(p[0] == 'M' && p[1] == 'M'))
        return 0;
    if (rd16(&t, 2) != 42 || (ifd0 = rd32(&t, 4)) >= len)
        return 0;
    if (ifd_offset(&t, ifd0, 0x8769, &sub))
        out->has_time = read_time(&t, sub, 0x9003, out->taken_at);
    if (!out->has_time)
        out->has_time = read_time(&t, ifd0, 0x0132, out->taken_at);
    if (ifd_offset(&t, ifd0, 0x8825, &sub))
        out->has_gps = read_coord(&t, sub, 1, 2, 90.0, &out->lat)
                    && read_coord(&t, sub, 3, 4, 180.0, &out->lon);
    return out->has_time || out->has_gps;
}

int exif_parse(const unsigned char *buf, size_t len, struct exif_info *out)
{
    size_t i = 2;

    memset(out, 0, sizeof *out);
    if (len < 4 || buf[0] != 0xFF || buf[1] != 0xD8)
        return 0;
    while (i + 4 <= len && buf[i] == 0xFF) {
        unsigned marker = buf[i + 1];
        size_t seg = (size_t)buf[i + 2] << 8 | buf[i + 3];

        if (seg < 2 || i + 2 + seg > len)
            return 0;
        if (marker == 0xE1 && seg >= 8 && memcmp(buf + i + 4, "Exif\0\0", 6) == 0)
            return parse_tiff(buf + i + 10, seg - 8, out);
        if (marker == 0xDA || marker == 0xD9)   /* start of scan: no EXIF after it */
            return 0;
        i += 2 + seg;
    }
    return 0;
}
