#!/usr/bin/env python3
"""Draws the placeholder Teams icons (color 192x192, outline 32x32) with the standard library only.

usage: python3 tools/make-icons.py manifests/teams
"""
import struct
import sys
import zlib


def png(path, size, pixel):
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y, size)) for x in range(size)) for y in range(size))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def newspaper(x, y, size, ink, paper):
    """A folded newspaper: a page with three text lines and a heading bar."""
    m = size // 6
    inside = m <= x < size - m and m <= y < size - m
    if not inside:
        return paper
    u = (size - 2 * m) / 8
    rx, ry = (x - m) / u, (y - m) / u
    border = rx < 0.5 or rx > 7.5 or ry < 0.5 or ry > 7.5
    heading = 1.3 <= ry < 2.6 and 1.2 <= rx < 6.8
    line = any(a <= ry < a + 0.6 for a in (3.6, 4.8, 6.0)) and 1.2 <= rx < 6.8
    return ink if border or heading or line else paper


def color(x, y, size):
    # White page on the brand blue.
    return newspaper(x, y, size, (255, 255, 255, 255), (38, 87, 160, 255))


def outline(x, y, size):
    # Teams wants a white outline on transparency.
    return newspaper(x, y, size, (255, 255, 255, 255), (0, 0, 0, 0))


folder = sys.argv[1] if len(sys.argv) > 1 else "."
png(f"{folder}/color.png", 192, color)
png(f"{folder}/outline.png", 32, outline)
