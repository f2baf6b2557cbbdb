"""Reads a PNG's size and pixels with the standard library only (zlib):
the browser test checks a screenshot without installing an image library."""
import struct
import zlib


def _unfilter(rows, width, bpp):
    prev = bytearray(width * bpp)
    out = []
    for row in rows:
        kind, data = row[0], bytearray(row[1:])
        for i in range(len(data)):
            a = data[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if kind == 1:
                data[i] = (data[i] + a) & 0xFF
            elif kind == 2:
                data[i] = (data[i] + b) & 0xFF
            elif kind == 3:
                data[i] = (data[i] + (a + b) // 2) & 0xFF
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else b if pb <= pc else c
                data[i] = (data[i] + pred) & 0xFF
        out.append(bytes(data))
        prev = data
    return out


def read(path):
    """(width, height, rows of bytes, bytes per pixel) of an 8-bit RGB or
    RGBA PNG, what Chromium writes."""
    with open(path, "rb") as f:
        blob = f.read()
    if blob[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("%s is not a PNG" % path)
    pos, idat, width = 8, b"", None
    while pos < len(blob):
        length, kind = struct.unpack(">I4s", blob[pos:pos + 8])
        body = blob[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            if depth != 8 or colour not in (2, 6):
                raise ValueError("%s: not 8-bit RGB(A)" % path)
            bpp = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * bpp + 1
    rows = [raw[y * stride:(y + 1) * stride] for y in range(height)]
    return width, height, _unfilter(rows, width, bpp), bpp
