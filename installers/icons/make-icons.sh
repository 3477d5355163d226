#!/usr/bin/env bash
# Makes, from parley.svg: parley.png (jpackage's Linux icon), parley.ico (Windows), parley.icns (macOS), and the
# PNG sizes of the hicolor theme the Linux packages ship (hicolor/SIZExSIZE/apps/parley-chat.png; build.sh adds
# parley.svg as the scalable one; named after the package, since KDE's vocabulary trainer owns the icon name
# "parley"). Run by hand after changing the SVG; needs Debian's librsvg2-bin, imagemagick and
# icnsutils. The results are committed, so a build needs none of these.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for size in 16 22 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" parley.svg -o "$tmp/$size.png"
  mkdir -p "hicolor/${size}x${size}/apps"
  cp "$tmp/$size.png" "hicolor/${size}x${size}/apps/parley-chat.png"
  # the app's windows and taskbar icon (AppIcon), from the UI module's resources
  case "$size" in 16|32|48|64|128|256) cp "$tmp/$size.png" "../../modules/ui/src/main/resources/dev/parley/ui/icons/parley-$size.png" ;; esac
done
[ "${1:-}" = --hicolor-only ] && exit 0
cp "$tmp/256.png" parley.png
convert "$tmp/16.png" "$tmp/32.png" "$tmp/48.png" "$tmp/256.png" parley.ico
png2icns parley.icns "$tmp/16.png" "$tmp/32.png" "$tmp/128.png" "$tmp/256.png" "$tmp/512.png" >/dev/null
