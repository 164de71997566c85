#!/usr/bin/env python3
"""Draws CrampBot's Teams icons (our own, no downloads) into appPackage/:

  color.png    192x192, full colour: a white crescent moon (night) and a zig-zag (the cramp) on the accent colour.
  outline.png  32x32, white on transparent, as Teams requires for the outline icon: the crescent alone.

Plain Python (zlib + struct); shapes are sampled 4x4 per pixel for smooth edges. Run it again after changing
a shape; the output is deterministic, so unchanged shapes give identical files.
"""
import os
import struct
import sys
import zlib

ACCENT = (0x2E, 0x3A, 0x8C)  # keep in step with accentColor in appPackage/manifest.json
WHITE = (0xFF, 0xFF, 0xFF)
SAMPLES = 4


def in_circle(x, y, cx, cy, r):
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def in_crescent(x, y):
    """A crescent: inside one disc, outside a second disc shifted up and right."""
    return in_circle(x, y, 0.44, 0.52, 0.34) and not in_circle(x, y, 0.60, 0.40, 0.28)


BOLT = [(0.62, 0.18), (0.78, 0.18), (0.69, 0.32), (0.79, 0.32), (0.57, 0.58), (0.63, 0.41), (0.54, 0.41)]


def in_polygon(x, y, points):
    inside = False
    j = len(points) - 1
    for i, (xi, yi) in enumerate(points):
        xj, yj = points[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def coverage(px, py, size, shape):
    """The share of the pixel's sub-samples inside the shape (0..1)."""
    hits = 0
    for sy in range(SAMPLES):
        for sx in range(SAMPLES):
            x = (px + (sx + 0.5) / SAMPLES) / size
            y = (py + (sy + 0.5) / SAMPLES) / size
            hits += shape(x, y)
    return hits / (SAMPLES * SAMPLES)


def png(size, pixel):
    """An RGBA PNG of size x size; pixel(x, y) returns (r, g, b, a)."""
    rows = bytearray()
    for y in range(size):
        rows.append(0)  # filter type 0 (None) for every row
        for x in range(size):
            rows.extend(pixel(x, y))

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA, no interlace
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(bytes(rows), 9)) + chunk(b"IEND", b"")


def color_pixel(x, y, size=192):
    c = coverage(x, y, size, lambda u, v: in_crescent(u, v) or in_polygon(u, v, BOLT))
    rgb = tuple(round(a + (w - a) * c) for a, w in zip(ACCENT, WHITE))
    return (*rgb, 255)


def outline_pixel(x, y, size=32):
    c = coverage(x, y, size, in_crescent)
    return (*WHITE, round(255 * c))


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "appPackage")
    with open(os.path.join(out, "color.png"), "wb") as f:
        f.write(png(192, color_pixel))
    with open(os.path.join(out, "outline.png"), "wb") as f:
        f.write(png(32, outline_pixel))
    print("wrote color.png (192x192) and outline.png (32x32) to " + out)


if __name__ == "__main__":
    main()
