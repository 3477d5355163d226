#!/usr/bin/env bash
# Builds Parley's installers for this operating system from the packaged modules:
#   one runtime image made by jlink that holds Parley, every module it needs and the JDK modules they use (all
#   of them explicit modules: the launcher's build gives Guice, aopalliance and JmDNS descriptors), then jpackage:
#   .deb (and .rpm where rpmbuild exists) on Linux, .dmg on macOS, .msi on Windows.
# Usage: installers/build.sh VERSION MODULES_DIR OUTPUT_DIR      (Maven's -Pinstaller runs it)
#
# Linux packages are named parley-chat (package, command, /opt/parley-chat, menu entry "Parley Chat"): Debian,
# Ubuntu and Fedora already ship KDE's vocabulary trainer as "parley". Their files outside /opt/parley-chat (the
# command on the PATH, the .desktop file, hicolor icons, the man page, the room's systemd unit) are package files
# laid out by linux/files.sh. jpackage only packages its application directory, so the .deb is built with
# dpkg-deb from jpackage's application image (linux/make-deb.sh), and the .rpm by jpackage with our own spec
# (linux/rpm/parley-chat.spec, a resource-dir override of jpackage's). See installers/README.md.
set -euo pipefail

version="$1"
modules="$(cd "$2" && pwd)"
out="$3"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../scripts/find-jdk.sh
. "$here/../scripts/find-jdk.sh"
jdk="$(find_jdk)"
[ -n "$jdk" ] || { echo "build.sh: no JDK $parley_min_jdk or newer found" >&2; exit 1; }

work="$out/work"
rm -rf "$out"
mkdir -p "$work"

# Parley and what its descriptors require, plus the JDK modules its jars use without saying so (jdeps on every
# jar) and what reflection and services reach at run time.
jdk_modules="$(for jar in "$modules"/*.jar; do
    "$jdk/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release "$parley_min_jdk" \
        --module-path "$modules" "$jar" 2>/dev/null | tail -1
  done | tr ',' '\n' | grep -E '^(java|jdk)\.' | sort -u | tr '\n' ',')"
jdk_modules="${jdk_modules}java.naming,java.sql"
echo "JDK modules: $jdk_modules"

# A class-data archive of the JDK's classes (--generate-cds-archive) roughly halves start-up time; the Linux
# packages add one of Parley's own classes at install time (linux/postinst), where the final paths are known.
strip_native=()
if [ "$(uname -s)" = Linux ] && command -v objcopy >/dev/null; then
  strip_native=(--strip-native-debug-symbols exclude-debuginfo-files)
fi
"$jdk/bin/jlink" --module-path "$modules" --add-modules "dev.parley.app,$jdk_modules" --strip-debug --no-header-files --no-man-pages \
  "${strip_native[@]}" --generate-cds-archive \
  --compress zip-6 --output "$work/runtime"
# The archive for heaps over 32 GB (no compressed oops) is never used by a chat app; it would add 14 MB.
rm -f "$work/runtime/lib/server/classes_nocoops.jsa"

case "$(uname -s)" in
  Linux*) os=linux; name=parley-chat; icon="$here/icons/parley.png" ;;
  Darwin*) os=mac; name=Parley; icon="$here/icons/parley.icns" ;;
  MINGW*|MSYS*|CYGWIN*) os=windows; name=Parley; icon="$here/icons/parley.ico" ;;
  *) echo "build.sh: unknown OS $(uname -s)" >&2; exit 1 ;;
esac

common=(--name "$name" --app-version "$version" --vendor "Parley"
        --description "Chat rooms for your local network"
        --copyright "Copyright the Parley authors")

# Out of memory, the JVM exits rather than lingering half-dead, so a supervisor (systemd, a script) restarts it.
java_options=(--java-options '-Xshare:auto' --java-options '-XX:+ExitOnOutOfMemoryError')
if [ "$os" = linux ]; then
  # The installed command's name for --help and messages; the application class-data archive postinst makes
  # ($APPDIR is the launcher's own lib/app, wherever the package put it). Until it exists the JVM runs without
  # class data; -Xlog:cds=off keeps the JVM's notes about that (and about module options) off the terminal.
  java_options+=(--java-options '-Dparley.command=parley-chat'
                 --java-options '-XX:SharedArchiveFile=$APPDIR/parley-chat.jsa'
                 --java-options '-Xlog:cds=off' --java-options '-Xlog:aot=off')
fi

# 1. The application image: the runtime (Parley inside it) and the launcher.
"$jdk/bin/jpackage" --type app-image "${common[@]}" --dest "$work" --icon "$icon" \
  --runtime-image "$work/runtime" --module dev.parley.app/dev.parley.app.ParleyMain \
  "${java_options[@]}"

case "$os" in
  mac) image="$work/Parley.app"; appdir="$image/Contents/app"; launcher="$image/Contents/MacOS/Parley" ;;
  windows) image="$work/Parley"; appdir="$image/app"; launcher="$image/Parley.exe" ;;
  *) image="$work/$name"; appdir="$image/lib/app"; launcher="$image/bin/$name" ;;
esac

# 2. A smoke test of the image before packaging it.
"$launcher" --version

# 3. Installers from the image.
mkdir -p "$out"
case "$os" in
  linux)
    # No --linux-shortcut: jpackage would install the menu entry with xdg-desktop-menu from postinst, which
    # fails on machines without /usr/share/desktop-directories (servers, containers). linux/files.sh ships the
    # .desktop file and icons as package files instead, and the desktop's own triggers pick them up.
    linux=(--linux-app-category net --linux-package-name parley-chat --linux-deb-maintainer "parley@localhost"
           --about-url "https://parley.invalid/")
    extra="$work/extra"
    bash "$here/linux/files.sh" "$here" "$extra"
    if command -v dpkg-deb >/dev/null; then
      bash "$here/linux/make-deb.sh" "$image" "$extra" "$version" "$out"
    fi
    if command -v rpmbuild >/dev/null; then
      # Our spec reads the extra files from PARLEY_EXTRA_FILES (jpackage passes the environment to rpmbuild).
      PARLEY_EXTRA_FILES="$extra" "$jdk/bin/jpackage" --type rpm "${common[@]}" --app-image "$image" \
        --dest "$out" "${linux[@]}" --linux-rpm-license-type "MIT" --resource-dir "$here/linux/rpm"
    fi
    ;;
  mac)
    "$jdk/bin/jpackage" --type dmg "${common[@]}" --app-image "$image" --dest "$out" \
      --mac-package-identifier dev.parley.app --mac-package-name Parley
    ;;
  windows)
    "$jdk/bin/jpackage" --type msi "${common[@]}" --app-image "$image" --dest "$out" \
      --win-menu --win-menu-group Parley --win-shortcut --win-dir-chooser \
      --win-upgrade-uuid 6f1d3b52-7c1e-4f8e-9a55-2d9c4b0e8a17
    ;;
esac
ls -l "$out"
