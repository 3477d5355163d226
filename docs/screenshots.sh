#!/usr/bin/env bash
# Saves screenshots of every window under docs/images/, for the README. Run by hand (not by CI):
#   docs/screenshots.sh
# It builds Parley, starts a virtual display with a window manager (Debian: xvfb, openbox, fonts-dejavu-core),
# and walks through the app with dev.parley.ui.ScreenshotTour.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

for tool in Xvfb openbox; do
  command -v "$tool" >/dev/null || { echo "screenshots.sh needs $tool (apt-get install xvfb openbox)" >&2; exit 1; }
done

# Built in the reactor, not installed: the UI's tests use the other modules' jars straight from their target/.
./mvnw -q -pl modules/ui -am -DskipTests package dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/modules/ui/target/tour.classpath"

. scripts/find-jdk.sh
java_home="$(find_jdk)"
[ -n "$java_home" ] || { echo "screenshots.sh needs a JDK 25; set JAVA_HOME" >&2; exit 1; }

. scripts/virtual-display.sh
start_virtual_display

"$java_home/bin/java" \
  --add-opens java.base/java.util=ALL-UNNAMED --add-opens java.desktop/java.awt=ALL-UNNAMED \
  --add-opens java.desktop/sun.awt=ALL-UNNAMED \
  -cp "modules/ui/target/test-classes:modules/ui/target/classes:$(cat modules/ui/target/tour.classpath)" \
  dev.parley.ui.ScreenshotTour docs/images
