#!/usr/bin/env python3
"""Writes gb18030.table, the mapping the GB18030 decoder of core/io/Gb18030.cpp reads.

Qt builds without ICU (the official Windows builds among them) cannot decode GB18030, the encoding of the CSV
files Chinese Excel and WPS save. The mapping is a national standard's table, so it is generated once from
Python's codec and kept as data. Python's codec follows GB18030-2000; GB18030-2005 (what ICU, Windows code page
54936 and glibc use) swaps two code points, applied below. TestGb18030 compares every code with ICU's decoder.

Layout, all integers little-endian:
  23940 x uint16   the two-byte codes, lead 0x81..0xFE x trail 0x40..0x7E, 0x80..0xFE, in that order
  uint32           the number of four-byte ranges
  n x 3 x uint32   (first linear four-byte index, first code point, length) for the BMP codes 0x81308130..0x8431A439
Four-byte codes from 0x90308130 on are U+10000 onwards in order and need no table.
"""
import struct
import sys

SWAPPED_IN_2005 = {b'\xa8\xbc': 0x1E3F, b'\x81\x35\xf4\x37': 0xE7C7}


def decode(raw):
    if raw in SWAPPED_IN_2005:
        return SWAPPED_IN_2005[raw]
    return ord(raw.decode('gb18030'))


def main(out_path):
    out = bytearray()
    trails = list(range(0x40, 0x7F)) + list(range(0x80, 0xFF))
    for lead in range(0x81, 0xFF):
        for trail in trails:
            out += struct.pack('<H', decode(bytes([lead, trail])))
    ranges = []
    for b1 in range(0x81, 0x85):
        for b2 in range(0x30, 0x3A):
            for b3 in range(0x81, 0xFF):
                for b4 in range(0x30, 0x3A):
                    linear = (((b1 - 0x81) * 10 + (b2 - 0x30)) * 126 + (b3 - 0x81)) * 10 + (b4 - 0x30)
                    try:
                        code = decode(bytes([b1, b2, b3, b4]))
                    except UnicodeDecodeError:
                        continue
                    last = ranges[-1] if ranges else None
                    if last and last[0] + last[2] == linear and last[1] + last[2] == code:
                        last[2] += 1
                    else:
                        ranges.append([linear, code, 1])
    out += struct.pack('<I', len(ranges))
    for r in ranges:
        out += struct.pack('<III', *r)
    with open(out_path, 'wb') as f:
        f.write(out)


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else 'gb18030.table')
