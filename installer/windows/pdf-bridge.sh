#!/usr/bin/env bash
# The Linux side of tests/common/PdfTools.h for the Windows tests under Wine: runs pdftotext / pdffonts on the PDFs
# the Windows programs drop into DIR (DIR/<id>.pdf + DIR/<id>.request naming the tool) and answers with
# DIR/<id>.done. Runs until DIR/stop appears. Usage: pdf-bridge.sh DIR
set -u
dir=$1
shopt -s nullglob
while [ ! -e "$dir/stop" ]; do
    for request in "$dir"/*.request; do
        id=${request%.request}
        tool=$(head -n 1 "$request")
        rm -f "$request"
        case "$tool" in
            pdftotext) pdftotext -enc UTF-8 "$id.pdf" - > "$id.out" 2>/dev/null ;;
            pdffonts) pdffonts "$id.pdf" > "$id.out" 2>/dev/null ;;
            *) : > "$id.out" ;;
        esac
        mv "$id.out" "$id.done"
    done
    sleep 0.1
done
