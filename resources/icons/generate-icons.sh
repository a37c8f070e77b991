#!/bin/sh
# Regenerates the application icon's PNG sizes and the Windows .ico from safeledger.svg.
# The outputs are committed, so that no build (least of all on Windows) needs these tools;
# run this only after changing the SVG. Needs rsvg-convert (librsvg2-bin) and ImageMagick's convert.
set -eu
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256; do
    rsvg-convert -w "$size" -h "$size" safeledger.svg -o "safeledger-$size.png"
done
# One .ico with every size Windows asks for: 16/24/32 (lists, title bars), 48 (Explorer), 64/128/256 (large icons).
convert safeledger-16.png safeledger-24.png safeledger-32.png safeledger-48.png safeledger-64.png \
        safeledger-128.png safeledger-256.png safeledger.ico
