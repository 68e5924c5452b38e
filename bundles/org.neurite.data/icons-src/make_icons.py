#!/usr/bin/env python3
"""Draws the data nodes' 16x16 icons: a rounded square in the category's colour with two white letters.
Run from this folder: python3 make_icons.py (writes ../icons/*.png). Standard library only."""
import struct
import zlib
from pathlib import Path

FONT = {  # 3x5 glyphs, rows top to bottom, bits left to right
    'A': ['010', '101', '111', '101', '101'], 'B': ['110', '101', '110', '101', '110'],
    'C': ['011', '100', '100', '100', '011'], 'D': ['110', '101', '101', '101', '110'],
    'E': ['111', '100', '110', '100', '111'], 'F': ['111', '100', '110', '100', '100'],
    'G': ['011', '100', '101', '101', '011'], 'H': ['101', '101', '111', '101', '101'],
    'I': ['111', '010', '010', '010', '111'], 'K': ['101', '101', '110', '101', '101'],
    'L': ['100', '100', '100', '100', '111'], 'M': ['101', '111', '111', '101', '101'],
    'N': ['110', '101', '101', '101', '101'], 'O': ['010', '101', '101', '101', '010'],
    'P': ['110', '101', '110', '100', '100'], 'R': ['110', '101', '110', '101', '101'],
    'S': ['011', '100', '010', '001', '110'], 'T': ['111', '010', '010', '010', '010'],
    'U': ['101', '101', '101', '101', '111'], 'V': ['101', '101', '101', '101', '010'], 'W': ['101', '101', '111', '111', '101'],
    'X': ['101', '101', '010', '101', '101'], 'Z': ['111', '001', '010', '100', '111'],
    '1': ['010', '110', '010', '010', '111'], '#': ['101', '111', '101', '111', '101'],
    '%': ['101', '001', '010', '100', '101'], '>': ['100', '010', '001', '010', '100'],
}

COLOURS = {'read': (0x2A, 0x6F, 0xB8), 'transform': (0x2A, 0x8C, 0x52), 'write': (0xC0, 0x6A, 0x1E),
           'score': (0x7A, 0x3C, 0xA8)}

ICONS = {
    'csv-reader': ('read', 'CS'), 'idx-reader': ('read', 'ID'), 'image-folder-reader': ('read', 'IM'),
    'table-reader': ('read', 'TB'), 'columns-to-tensor': ('transform', 'CT'), 'tensor-to-columns': ('transform', 'TC'),
    'partitioning': ('transform', 'PA'), 'normalizer': ('transform', 'NO'), 'apply-normalizer': ('transform', 'AN'),
    'category-to-number': ('transform', 'C1'), 'one-hot': ('transform', 'OH'), 'sequence-windows': ('transform', 'SW'),
    'rows-to-sequence': ('transform', 'RS'), 'table-writer': ('write', 'WR'), 'table-summary': ('score', 'SU'),
    'scorer': ('score', 'SC'),
}


def png(pixels):
    raw = b''.join(b'\x00' + bytes(v for px in row for v in px) for row in pixels)
    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data))
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', 16, 16, 8, 6, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def icon(colour, letters):
    r, g, b = colour
    px = [[(0, 0, 0, 0)] * 16 for _ in range(16)]
    for y in range(1, 15):
        for x in range(1, 15):
            corner = (x in (1, 14)) and (y in (1, 14))
            if not corner:
                px[y][x] = (r, g, b, 255)
    for n, ch in enumerate(letters):
        glyph = FONT[ch]
        x0 = 3 + n * 6 if len(letters) == 2 else 6
        for gy, bits in enumerate(glyph):
            for gx, bit in enumerate(bits):
                if bit == '1':
                    for dy in (0, 1):
                        y = 3 + gy * 2 + dy
                        if y < 14:
                            px[y][x0 + gx] = (255, 255, 255, 255)
    return px


if __name__ == '__main__':
    out = Path(__file__).resolve().parent.parent / 'icons'
    out.mkdir(exist_ok=True)
    for name, (kind, letters) in ICONS.items():
        (out / (name + '.png')).write_bytes(png(icon(COLOURS[kind], letters)))
    print('wrote', len(ICONS), 'icons to', out)
