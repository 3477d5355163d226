#!/usr/bin/env bash
# Builds Parley's installers for this operating system from the packaged modules:
#   a small Java runtime made by jlink (JDK modules only: Guice and the other automatic modules cannot be
#   linked, so every non-JDK module ships beside it on the module path), a class-data archive for a quick
#   start, then jpackage: .deb (and .rpm where rpmbuild exists) on Linux, .dmg on macOS, .msi on Windows.
# Usage: installers/build.sh VERSION MODULES_DIR OUTPUT_DIR      (Maven's -Pinstaller runs it)
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

# The JDK modules Parley uses (jdeps on every jar), plus what reflection and services reach at run time.
jdk_modules="$(for jar in "$modules"/*.jar; do
    "$jdk/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release "$parley_min_jdk" \
        --module-path "$modules" "$jar" 2>/dev/null | tail -1
  done | tr ',' '\n' | grep -E '^(java|jdk)\.' | sort -u | tr '\n' ',')"
jdk_modules="${jdk_modules}java.naming,java.sql"
echo "JDK modules: $jdk_modules"

# A class-data archive of the JDK's classes (--generate-cds-archive) roughly halves start-up time.
strip_native=()
if [ "$(uname -s)" = Linux ] && command -v objcopy >/dev/null; then
  strip_native=(--strip-native-debug-symbols exclude-debuginfo-files)
fi
"$jdk/bin/jlink" --add-modules "$jdk_modules" --strip-debug --no-header-files --no-man-pages \
  "${strip_native[@]}" --generate-cds-archive \
  --compress zip-6 --output "$work/runtime"
# The archive for heaps over 32 GB (no compressed oops) is never used by a chat app; it would add 14 MB.
rm -f "$work/runtime/lib/server/classes_nocoops.jsa"

common=(--name Parley --app-version "$version" --vendor "Parley"
        --description "Chat rooms for your local network"
        --copyright "Copyright the Parley authors")

case "$(uname -s)" in
  Linux*) os=linux; icon="$here/icons/parley.png" ;;
  Darwin*) os=mac; icon="$here/icons/parley.icns" ;;
  MINGW*|MSYS*|CYGWIN*) os=windows; icon="$here/icons/parley.ico" ;;
  *) echo "build.sh: unknown OS $(uname -s)" >&2; exit 1 ;;
esac

# 1. The application image: runtime, launcher, and the modules beside it.
"$jdk/bin/jpackage" --type app-image "${common[@]}" --dest "$work" --icon "$icon" \
  --runtime-image "$work/runtime" --module-path "$modules" --module dev.parley.app/dev.parley.app.ParleyMain \
  --java-options '-Xshare:auto'

case "$os" in
  mac) image="$work/Parley.app"; appdir="$image/Contents/app"; launcher="$image/Contents/MacOS/Parley" ;;
  windows) image="$work/Parley"; appdir="$image/app"; launcher="$image/Parley.exe" ;;
  *) image="$work/Parley"; appdir="$image/lib/app"; launcher="$image/bin/Parley" ;;
esac

# 2. A smoke test of the image before packaging it.
"$launcher" --version

# 3. Installers from the image.
mkdir -p "$out"
case "$os" in
  linux)
    linux=(--linux-shortcut --linux-menu-group "Network;Chat;InstantMessaging;" --linux-app-category net
           --linux-package-name parley --linux-deb-maintainer "parley@localhost"
           --resource-dir "$here/linux" --about-url "https://parley.invalid/")
    if command -v dpkg-deb >/dev/null; then
      "$jdk/bin/jpackage" --type deb "${common[@]}" --app-image "$image" --dest "$out" "${linux[@]}"
    fi
    if command -v rpmbuild >/dev/null; then
      "$jdk/bin/jpackage" --type rpm "${common[@]}" --app-image "$image" --dest "$out" "${linux[@]}" \
        --linux-rpm-license-type "MIT"
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
