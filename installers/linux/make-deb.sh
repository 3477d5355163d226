#!/usr/bin/env bash
# Builds parley-chat_VERSION_ARCH.deb with dpkg-deb from jpackage's application image (installed as
# /opt/parley-chat) and the files files.sh laid out (the command, menu entry, icons, man page, unit), with our
# maintainer scripts from deb/. jpackage's own --type deb cannot ship files outside the application directory,
# and opening its .deb to add them meant compressing 90 MB twice; what it did besides is here: the Depends line,
# from the packages that own the shared libraries the runtime links (ldd, dpkg -S).
# Usage: make-deb.sh APP_IMAGE EXTRA_ROOT VERSION OUT_DIR
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
image="$1"
extra="$2"
version="$3"
out="$4"
tree="$(mktemp -d)"
trap 'rm -rf "$tree"' EXIT
pkg="$tree/pkg"

mkdir -p "$pkg/opt" "$pkg/DEBIAN"
cp -a "$image" "$pkg/opt/parley-chat"
cp -a "$extra/." "$pkg/"
install -D -m 0644 "$here/copyright" "$pkg/usr/share/doc/parley-chat/copyright"
find "$pkg" -type d -exec chmod 0755 {} +
for script in postinst prerm postrm; do
  install -m 0755 "$here/deb/$script" "$pkg/DEBIAN/$script"
done

# Depends: the package of every library an ELF file in the image links, less the image's own.
libs="$(find "$pkg/opt/parley-chat" -type f \( -name '*.so' -o -perm -u+x \) -exec ldd {} + 2>/dev/null \
  | awk '$2 == "=>" && $3 ~ /^\// {print $3}' | grep -v "^$pkg" | sort -u)"
depends="$(for lib in $libs; do
    dpkg -S "$lib" 2>/dev/null || dpkg -S "$(readlink -f "$lib")" 2>/dev/null || true
  done | cut -d: -f1 | sort -u | paste -sd, - | sed 's/,/, /g')"
[ -n "$depends" ] || { echo "make-deb.sh: found no library packages for Depends" >&2; exit 1; }

arch="$(dpkg --print-architecture)"
cat > "$pkg/DEBIAN/control" <<CONTROL
Package: parley-chat
Version: $version
Section: net
Priority: optional
Architecture: $arch
Maintainer: Parley <parley@localhost>
Depends: $depends
Installed-Size: $(du -sk --exclude=DEBIAN "$pkg" | cut -f1)
Homepage: https://parley.invalid/
Description: Chat rooms for your local network
 Parley hosts a chat room on this machine that others on the local network join,
 or joins one someone else hosts: accounts, a user list, typing indicators, and a
 host who can kick and ban. It carries its own Java runtime.
 .
 The parley-chat-room service (not enabled) runs a room without a window.
CONTROL

(cd "$pkg" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | LC_ALL=C sort -z \
  | xargs -0 md5sum > DEBIAN/md5sums)

mkdir -p "$out"
deb="$out/parley-chat_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz -b "$pkg" "$deb" >/dev/null
echo "built $deb (Depends: $depends)"
