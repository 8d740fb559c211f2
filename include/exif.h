/* exif.h — the time and place a photo was taken, read from the EXIF block
 * (APP1) of a JPEG: DateTimeOriginal (or DateTime) and the GPS latitude and
 * longitude.  A small bounds-checked reader of the TIFF structure; no
 * library, no allocation.  No curses, no libpq. */
#ifndef CASEDESK_EXIF_H
#define CASEDESK_EXIF_H

#include <stddef.h>

struct exif_info {
    int has_time;
    char taken_at[20];     /* "YYYY-MM-DD HH:MM:SS" */
    int has_gps;
    double lat, lon;       /* degrees, south and west negative */
};

/* Fills *out from the JPEG in buf; returns 1 when a time or a position was
 * found, 0 when the file has neither (or is not a JPEG). */
int exif_parse(const unsigned char *buf, size_t len, struct exif_info *out);

#endif
