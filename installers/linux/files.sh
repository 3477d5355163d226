#!/usr/bin/env bash
# Lays out, under ROOT, the Linux packages' files that live outside /opt/parley-chat (jpackage only packages the
# application directory): the command on the PATH, the menu entry and icons where the desktop looks for them,
# the man page and the room's systemd unit. build.sh adds them to the .deb and the .rpm.
# Usage: files.sh INSTALLERS_DIR ROOT
set -euo pipefail
here="$1/linux"
icons="$1/icons"
root="$2"
rm -rf "$root"

install -D -m 0755 "$here/parley-chat.sh" "$root/usr/bin/parley-chat"

install -D -m 0644 "$here/parley-chat.desktop" "$root/usr/share/applications/parley-chat.desktop"
for png in "$icons"/hicolor/*/apps/parley-chat.png; do
  install -D -m 0644 "$png" "$root/usr/share/icons/${png#"$icons"/}"
done
install -D -m 0644 "$icons/parley.svg" "$root/usr/share/icons/hicolor/scalable/apps/parley-chat.svg"

install -d "$root/usr/share/man/man1"
gzip -9n < "$here/parley-chat.1" > "$root/usr/share/man/man1/parley-chat.1.gz"
chmod 0644 "$root/usr/share/man/man1/parley-chat.1.gz"

# /usr/lib/systemd/system is where systemd looks on Fedora and on Debian and Ubuntu with merged /usr.
install -D -m 0644 "$here/parley-chat-room.service" "$root/usr/lib/systemd/system/parley-chat-room.service"
