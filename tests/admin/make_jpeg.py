#!/usr/bin/env python3
"""Write a small JPEG with an EXIF block (tests/admin/attach.sh).

make_jpeg.py OUT ORDER [TIME [LAT LON]]
  ORDER  II (little-endian TIFF) or MM (big-endian)
  TIME   "YYYY:MM:DD HH:MM:SS" for DateTimeOriginal
  LAT/LON  signed decimal degrees, written as degrees/minutes/seconds
The image data is a minimal baseline JPEG frame; only the headers matter."""
import struct
import sys


def dms(value):
    v = abs(value)
    d = int(v)
    m = int((v - d) * 60)
    s = round(((v - d) * 60 - m) * 60 * 100)
    return [(d, 1), (m, 1), (s, 100)]


def tiff(order, when, lat, lon):
    e = '<' if order == 'II' else '>'
    out = bytearray(order.encode() + struct.pack(e + 'HI', 42, 8))

    def ifd(entries, extra_at):
        # entries: (tag, type, count, payload bytes); payload > 4 bytes goes after the IFD
        body = bytearray(struct.pack(e + 'H', len(entries)))
        extra = bytearray()
        start = extra_at + 2 + 12 * len(entries) + 4
        for tag, typ, count, payload in entries:
            if len(payload) <= 4:
                body += struct.pack(e + 'HHI', tag, typ, count) + payload.ljust(4, b'\0')
            else:
                body += struct.pack(e + 'HHII', tag, typ, count, start + len(extra))
                extra += payload
                if len(extra) % 2:
                    extra += b'\0'
        body += struct.pack(e + 'I', 0)
        return bytes(body + extra)

    def rationals(parts):
        return b''.join(struct.pack(e + 'II', n, d) for n, d in parts)

    # IFD0 at 8: Make, ExifIFD pointer, GPS pointer (offsets filled below).
    make = b'casedesk test\0'
    ifd0_len = len(ifd([(0x010f, 2, len(make), make), (0x8769, 4, 1, b'\0' * 4), (0x8825, 4, 1, b'\0' * 4)], 8))
    exif_at = 8 + ifd0_len
    exif_entries = []
    if when:
        t = when.encode() + b'\0'
        exif_entries.append((0x9003, 2, len(t), t))
    exif = ifd(exif_entries, exif_at)
    gps_at = exif_at + len(exif)
    gps_entries = []
    if lat is not None:
        gps_entries = [(1, 2, 2, (b'N' if lat >= 0 else b'S') + b'\0'), (2, 5, 3, rationals(dms(lat))),
                       (3, 2, 2, (b'E' if lon >= 0 else b'W') + b'\0'), (4, 5, 3, rationals(dms(lon)))]
    gps = ifd(gps_entries, gps_at)
    ifd0 = ifd([(0x010f, 2, len(make), make), (0x8769, 4, 1, struct.pack(e + 'I', exif_at)),
                (0x8825, 4, 1, struct.pack(e + 'I', gps_at))], 8)
    return bytes(out + ifd0 + exif + gps)


def main():
    out, order = sys.argv[1], sys.argv[2]
    when = sys.argv[3] if len(sys.argv) > 3 else None
    lat = float(sys.argv[4]) if len(sys.argv) > 5 else None
    lon = float(sys.argv[5]) if len(sys.argv) > 5 else None
    app1 = b'Exif\0\0' + tiff(order, when, lat, lon)
    jpeg = b'\xff\xd8' + b'\xff\xe1' + struct.pack('>H', len(app1) + 2) + app1
    # SOF0 8x8 grey, then EOI: enough for file(1) and for casedesk.
    jpeg += b'\xff\xc0' + struct.pack('>HBHHB', 11, 8, 8, 8, 1) + b'\x01\x11\x00'
    jpeg += b'\xff\xd9'
    with open(out, 'wb') as f:
        f.write(jpeg)


main()
