#!/usr/bin/env python3
"""Draws Roster's PNG icons for the web app manifest (assets/icon-192.png, assets/icon-512.png)
from the same shapes as assets/icon.svg, with Python's standard library only (zlib for the PNG).

Run it again after changing the design: python3 tools/make_icons.py
The PNGs are committed, so the build needs nothing beyond what it already has."""
import math
import struct
import sys
import zlib
from pathlib import Path

BLUE = (0x29, 0x61, 0xC7)
WHITE = (0xFF, 0xFF, 0xFF)


def rounded_rect_distance(x, y, x0, y0, w, h, r):
    """Signed distance (negative inside) from (x, y) to a rectangle with rounded corners."""
    cx, cy = x0 + w / 2, y0 + h / 2
    qx = abs(x - cx) - (w / 2 - r)
    qy = abs(y - cy) - (h / 2 - r)
    outside = math.hypot(max(qx, 0.0), max(qy, 0.0))
    return outside + min(max(qx, qy), 0.0) - r


def circle_distance(x, y, cx, cy, r):
    return math.hypot(x - cx, y - cy) - r


def coverage(distance, pixel):
    """How much of a pixel (of side `pixel` in design units) a shape covers, from its distance."""
    return min(max(0.5 - distance / pixel, 0.0), 1.0)


def draw(size):
    """RGBA rows of the icon at size x size: the 64-unit design of assets/icon.svg, scaled."""
    unit = 64.0 / size
    rows = []
    for j in range(size):
        row = bytearray()
        y = (j + 0.5) * unit
        for i in range(size):
            x = (i + 0.5) * unit
            alpha = coverage(rounded_rect_distance(x, y, 0, 0, 64, 64, 14), unit)
            colour = list(BLUE)
            # Shapes over the background, each blended in with its coverage and opacity.
            for shape, opacity in (
                (circle_distance(x, y, 24, 26, 9), 0.9),
                (circle_distance(x, y, 40, 26, 9), 0.6),
                (rounded_rect_distance(x, y, 13, 42, 38, 6, 3), 1.0),
            ):
                a = coverage(shape, unit) * opacity
                if a > 0:
                    colour = [c * (1 - a) + w * a for c, w in zip(colour, WHITE)]
            row += bytes(round(c) for c in colour) + bytes([round(alpha * 255)])
        rows.append(bytes(row))
    return rows


def png(size, rows):
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + r for r in rows)  # filter type 0 on every row
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9))
            + chunk(b"IEND", b""))


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "assets"
    for size in (192, 512):
        path = out / f"icon-{size}.png"
        path.write_bytes(png(size, draw(size)))
        print(f"{path}: {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
