#!/usr/bin/env bash
# Makes parley.png (Linux), parley.ico (Windows) and parley.icns (macOS) from parley.svg. Run by hand after
# changing the SVG; needs Debian's librsvg2-bin, imagemagick and icnsutils.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for size in 16 32 48 128 256 512; do
  rsvg-convert -w "$size" -h "$size" parley.svg -o "$tmp/$size.png"
done
cp "$tmp/256.png" parley.png
convert "$tmp/16.png" "$tmp/32.png" "$tmp/48.png" "$tmp/256.png" parley.ico
png2icns parley.icns "$tmp/16.png" "$tmp/32.png" "$tmp/128.png" "$tmp/256.png" "$tmp/512.png" >/dev/null
